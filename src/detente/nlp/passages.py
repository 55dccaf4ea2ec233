"""Quoted passages: a character scanner that tells quotation marks from apostrophes.

Rules: “…” and «…» pair as written; straight double quotes pair within a paragraph; single
marks (‘…’ and '…', the British style) open only before a letter after a space or
bracket, and close only before a non-letter, so "Trump’s" and "don’t" never open or close
a quote. A quote never crosses a paragraph: a new paragraph that reopens the marks is a new
quote, and an unclosed mark runs to the end of its paragraph.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from detente.resources import load_mapping

__all__ = ["Passage", "SpanIndex", "find_passages", "paragraph_spans"]

PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'",
         "”": "”"}  # a closing mark typed as the opener ("”Fear. I am …”), where nothing precedes it
OPENERS_BEFORE = set(" \t\n([{—–-/:;,") | {""}


@dataclass(slots=True)
class Passage:
    """A quoted passage: marks at `open` and `close`, content [start, end)."""

    open: int
    close: int
    start: int
    end: int
    para_start: int
    para_end: int

    @property
    def sentence_like(self) -> bool:
        """True when the content reads as a whole utterance (several words, ends in punctuation)."""
        return self.end - self.start >= 12 and self.end > self.start

    @property
    def whole_paragraph(self) -> bool:
        return self.open <= self.para_start + 1 and self.close >= self.para_end - 2


class SpanIndex:
    """Whether an offset lies inside any of some spans, in O(log n) (every token of a document
    is tested against its quoted passages)."""

    def __init__(self, spans: list[tuple[int, int]], *, closed: bool = True) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans starting up to here
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)
        self.closed = closed

    def covers(self, pos: int) -> bool:
        """Whether start <= pos <= end (closed) or start <= pos < end for some span."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and (pos <= self.reach[i] if self.closed else pos < self.reach[i])


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line-separated paragraph."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + len(line.rstrip())))
        pos = end + 1
    return spans


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if text[i] in "“«„":
        return True
    if before and before not in OPENERS_BEFORE and not before in "“«‘":
        return False
    if not before and text.startswith((" …", " ..."), i + 1):
        return True  # a paragraph that opens a quote with an ellipsis ("” … he delivered a mix")
    return bool(after) and not after.isspace()


def _can_close(text: str, i: int, mark: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else ""
    if mark in ("”", "»", "“"):
        return True
    if mark == '"':
        return True
    # single marks: an apostrophe is followed by a letter (don’t, Trump’s)
    if _is_letter(after):
        return False
    before = text[i - 1] if i > 0 else ""
    return bool(before) and not before.isspace()


def find_passages(text: str, *, double_apostrophes: bool | None = None) -> list[Passage]:
    """All quoted passages of a text, in order, outermost only. `double_apostrophes`: read
    '' as a double quote (newspaper archives); by default as `lexicon/speech.yaml` says."""
    passages: list[Passage] = []
    if double_apostrophes is None:
        double_apostrophes = _double_apostrophes()
    # scan a copy where '' reads as one double mark, or as no mark at all (never as two
    # single marks), at the same offsets
    text = text.replace("''", ' "' if double_apostrophes else "  ")
    for para_start, para_end in paragraph_spans(text):
        i = para_start
        while i < para_end:
            ch = text[i]
            if ch in PAIRS and _can_open(text, i, para_start):
                close = _find_close(text, i, para_end, PAIRS[ch])
                if close is None and ch in "‘'":
                    i += 1
                    continue
                close_at = close if close is not None else para_end
                start, end = _strip(text, i + 1, close_at)
                if ch in "‘'" and end - start <= 1:
                    i += 1  # an elision in apostrophes, no quote: "rock 'n' roll"
                    continue
                if end > start and any(c.isalpha() for c in text[start:end]):
                    passages.append(Passage(i, close_at, start, end, para_start, para_end))
                i = close_at + 1
                continue
            i += 1
    return passages


@lru_cache(maxsize=1)
def _double_apostrophes() -> bool:
    return bool(load_mapping("lexicon/speech.yaml").get("double_apostrophe_quotes", False))


def _find_close(text: str, i: int, para_end: int, mark: str) -> int | None:
    j = i + 1
    # straight and curly double marks get mixed up in scraped text: either closes the other
    closers = {'"': '"”', "”": '”"'}.get(mark, mark)
    while j < para_end:
        if text[j] == "“" and mark in ('"', "”"):
            # a quote inside the quote, in the same double marks ("… what she called “a rant,”
            # a series of …"): when another close follows the inner one in the paragraph, the
            # inner pair is nested, not the end of the outer quote
            inner = text.find("”", j + 1, para_end)
            lead = text[max(i + 1, j - 3):j].rstrip()
            if inner != -1 and inner - j <= 80 and not lead.endswith((".", "?", "!", ",")) \
                    and any(text[k] in closers for k in range(inner + 1, para_end)) \
                    and "“" not in text[j + 1:inner]:
                j = inner + 1
                continue
        if text[j] in closers and text[j] != mark and _can_close(text, j, text[j]):
            return j
        if mark == "”" and text[j] == "“":
            # a new opening mark before the close: the first quote was closed with a wrong
            # mark (’ ' ") or not at all; close it at the last such mark, else before the opener
            for k in range(j - 1, i, -1):
                if text[k] in "’'\"" and (k + 1 >= len(text) or not _is_letter(text[k + 1])):
                    while k - 1 > i and text[k - 1] in "’'\"":
                        k -= 1
                    return k
            return j - 1
        if text[j] == mark and _can_close(text, j, mark):
            return j
        if mark == "’" and text[j] == "’" and j + 1 < para_end and not _is_letter(text[j + 1]):
            return j
        j += 1
    return None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
