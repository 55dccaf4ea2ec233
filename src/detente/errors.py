"""The project's own exceptions. Core code raises these; the CLI and API turn them into
exit codes and HTTP errors. Every message names the thing at fault, the problem and the fix."""
from __future__ import annotations


class DetenteError(Exception):
    """Base class: a problem a user can act on."""


class InputError(DetenteError):
    """An input (file, URL, record) cannot be read or holds no usable article."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class DataError(DetenteError):
    """A data file (pack, lexicon) is malformed; the message names the file and line."""


class ModelError(DetenteError):
    """The spaCy model cannot be loaded."""


class StoreError(DetenteError):
    """The database cannot be opened or has an incompatible schema."""
