"""The one loader for data files (packs and lexicons under `detente/data/`).

YAML is read with line numbers kept, then validated with pydantic models; a problem is
reported as `DataError("file:line: problem")` so the person editing the pack can fix it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from detente.errors import DataError

__all__ = ["DATA_DIR", "load_yaml", "load_models", "data_path"]

DATA_DIR = Path(str(resources.files("detente") / "data"))
LINE_KEY = "__line__"

M = TypeVar("M", bound=BaseModel)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records the line of every mapping under `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def data_path(relative: str) -> Path:
    """Path of a bundled data file, e.g. `lexicon/speech.yaml`."""
    return DATA_DIR / relative


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, keeping line numbers; raise DataError naming the file on failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror}); check the path") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise DataError(f"{where}: invalid YAML ({getattr(exc, 'problem', exc)})") from None


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != LINE_KEY}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def validate(model: type[M], raw: Any, path: Path, line: int | None = None) -> M:
    """Validate one mapping against a model, naming file and line in the error."""
    if line is None and isinstance(raw, dict):
        line = raw.get(LINE_KEY)
    try:
        return model.model_validate(_strip_lines(raw))
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise DataError(f"{path}:{line or 1}: {loc}: {first['msg']}") from None


def load_models(model: type[M], path: Path, key: str | None = None) -> list[M]:
    """Load a YAML list of mappings (optionally under `key`) as validated models."""
    raw = load_yaml(path)
    if key is not None:
        if not isinstance(raw, dict) or key not in raw:
            raise DataError(f"{path}:1: expected a top-level '{key}:' list")
        raw = raw[key]
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise DataError(f"{path}:1: expected a list of entries")
    return [validate(model, item, path) for item in raw]


@lru_cache(maxsize=None)
def load_mapping(relative: str) -> dict[str, Any]:
    """Load a bundled YAML mapping (lexicons) without line keys; cached."""
    path = data_path(relative)
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(f"{path}:1: expected a mapping at the top level")
    return _Mapping(path, _strip_lines(raw))


class _Mapping(dict):
    """A lexicon's top level: a key the code needs and the file lacks is a DataError naming both."""

    def __init__(self, path: Path, items: dict[str, Any]) -> None:
        super().__init__(items)
        self.path = path

    def __missing__(self, key: str) -> Any:
        raise DataError(f"{self.path}: missing '{key}'; see the bundled file for its format")
