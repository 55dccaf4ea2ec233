"""Data packs: the actors and issues of one negotiation, as YAML under `data/packs/NAME/`.

A pack directory holds `pack.yaml` (name, title, file names), `actors.yaml` and
`issues.yaml`. Everything is validated on load; errors name the file and line.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from detente.errors import DataError
from detente.resources import DATA_DIR, load_models, load_yaml, validate

__all__ = ["ActorEntry", "IssueEntry", "Pack", "load_pack", "available_packs", "scaffold_pack",
           "DEFAULT_PACK"]

DEFAULT_PACK = "ru-ua"
PACKS_DIR = DATA_DIR / "packs"

ActorKind = Literal["person", "state", "organization", "group", "other"]


class ActorEntry(BaseModel):
    """One actor of a pack."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.:-]*$")
    name: str
    kind: ActorKind
    country: str | None = Field(default=None, pattern=r"^([A-Z]{3}|EU)$")
    description: str | None = None
    # how the press refers to a person ("he", "she"): read when "he said" must choose between
    # people named before; left out, only what the text shows counts
    pronoun: Literal["he", "she"] | None = None
    aliases: list[str] = []
    metonyms: list[str] = []
    demonyms: list[str] = []
    # places in a state (cities, regions): an attack on one is an attack on the state; a place
    # never speaks for it, so these are read only where an act has a target
    places: list[str] = []
    # nouns a definite description calls the actor by once the text has named it ("the alliance"
    # for NATO, "the bloc" for the EU): "The alliance said" is the actor's word
    called: list[str] = []


class IssueEntry(BaseModel):
    """One issue: a proposition and the cue patterns that detect it (see issues.yaml)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    proposition: str
    cues: list[str] = Field(min_length=1)
    against: list[str] = []
    # a sentence that names one of `elsewhere` and none of `about` speaks of another target
    # ("a secondary tariff on buyers of Venezuelan oil" is no sanction on Russia)
    about: list[str] = []
    elsewhere: list[str] = []
    # verbs that, with the issue phrase as object, carry it out ("Hamas would release the
    # hostages"): their subject stands for the issue (lemmas)
    acts: list[str] = []

    @field_validator("cues", "against", "about", "elsewhere", "acts")
    @classmethod
    def _lowercase(cls, value: list[str]) -> list[str]:
        return [v.lower() for v in value]


class PackMeta(BaseModel):
    """pack.yaml."""

    model_config = ConfigDict(extra="forbid")
    name: str
    title: str
    description: str | None = None
    actors: str = "actors.yaml"
    issues: str = "issues.yaml"


@dataclass(frozen=True)
class Pack:
    """A loaded, validated pack."""

    name: str
    title: str
    path: Path
    actors: tuple[ActorEntry, ...]
    issues: tuple[IssueEntry, ...] = field(default=())

    def actor(self, actor_id: str) -> ActorEntry | None:
        """The pack actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)


def _pack_dir(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if path.is_dir():
        return path
    candidate = PACKS_DIR / name_or_path
    if candidate.is_dir():
        return candidate
    known = ", ".join(available_packs())
    raise DataError(f"pack '{name_or_path}': not found; use one of: {known}, or a pack directory")


def available_packs() -> list[str]:
    """Names of the packs bundled with detente."""
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.yaml").is_file())


@lru_cache(maxsize=8)
def load_pack(name_or_path: str | None = None) -> Pack:
    """Load a pack by bundled name or directory (default: $DETENTE_PACK or ru-ua)."""
    directory = _pack_dir(name_or_path or os.environ.get("DETENTE_PACK") or DEFAULT_PACK)
    meta_path = directory / "pack.yaml"
    meta = validate(PackMeta, load_yaml(meta_path), meta_path)
    actors = load_models(ActorEntry, directory / meta.actors, key="actors")
    issues_path = directory / meta.issues
    issues = load_models(IssueEntry, issues_path, key="issues") if issues_path.is_file() else []
    _check_unique(directory / meta.actors, [a.id for a in actors], "actor")
    _check_unique(issues_path, [i.id for i in issues], "issue")
    return Pack(meta.name, meta.title, directory, tuple(actors), tuple(issues))


def _check_unique(path: Path, ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise DataError(f"{path}: duplicate {what} id '{value}'; ids must be unique")
        seen.add(value)


def scaffold_pack(name: str, target: Path) -> Path:
    """Create a new pack directory at `target/name` with commented starter files."""
    directory = target / name
    if directory.exists():
        raise DataError(f"{directory}: already exists; choose another name or remove it")
    directory.mkdir(parents=True)
    template = PACKS_DIR / "_template"
    for src in template.iterdir():
        text = src.read_text(encoding="utf-8").replace("NAME", name)
        (directory / src.name).write_text(text, encoding="utf-8")
    return directory
