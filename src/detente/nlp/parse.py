"""`detente_parse`: run the tagger and parser only on sentences the extractors can use.

Writes `doc._.detente_parses`: a list of (character offset, parsed sentence Doc). A sentence
is parsed when it holds a quotation mark or any cue word registered by an extractor
(`register_cues`), so sentences that no rule could use cost nothing beyond NER.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["SentenceParser", "register_cues", "cue_pattern"]

_CUES: set[str] = set()
QUOTE_CHARS = "\"“”‘’«»"

if not Doc.has_extension("detente_parses"):
    Doc.set_extension("detente_parses", default=None)


def register_cues(words: Iterable[str]) -> None:
    """Add words (lowercase word stems) whose presence makes a sentence worth parsing."""
    _CUES.update(w.lower() for w in words if w)


def cue_pattern() -> re.Pattern[str]:
    """Regex matching a quote mark or any registered cue at a word start."""
    stems = "|".join(sorted((re.escape(c) for c in _CUES), key=len, reverse=True))
    quote = "[" + re.escape(QUOTE_CHARS) + "]"
    if not stems:
        return re.compile(quote)
    return re.compile(rf"{quote}|\b(?:{stems})", re.IGNORECASE)


@Language.component("detente_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence (headings, captions and paragraphs never run together)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.factory("detente_parse", default_config={"pipes": [], "select": True})
def make_sentence_parser(nlp: Language, name: str, pipes: list[str], select: bool) -> "SentenceParser":
    """spaCy factory for the selective parser."""
    return SentenceParser(nlp, pipes=pipes, select=select)


class SentenceParser:
    """Parse selected sentences with the model's own (disabled) tagger/parser components."""

    def __init__(self, nlp: Language, *, pipes: list[str], select: bool = True) -> None:
        self.nlp = nlp
        self.pipes = pipes
        self.select = select
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = cue_pattern()
        return self._pattern

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= 8:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    def _process(self, docs: list[Doc]) -> list[Doc]:
        owners: list[tuple[Doc, int]] = []
        sentences: list[Doc] = []
        for doc in docs:
            doc._.detente_parses = []
            for sent in doc.sents:
                if not self.select or self.pattern.search(sent.text):
                    owners.append((doc, sent.start_char))
                    sentences.append(sent.as_doc())
        stream: Iterable[Doc] = sentences
        for name in self.pipes:
            stream = self.nlp.get_pipe(name).pipe(stream, batch_size=256)
        for (doc, offset), parsed in zip(owners, stream):
            doc._.detente_parses.append((offset, parsed))
        return docs
