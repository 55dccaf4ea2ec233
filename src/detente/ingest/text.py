"""Decoding and checks on raw article text: encoding, binary, size, language."""
from __future__ import annotations

import hashlib
import re

from charset_normalizer import from_bytes
from spacy.lang.en.stop_words import STOP_WORDS

from detente.errors import InputError

__all__ = ["decode_bytes", "check_text", "content_hash", "MAX_CHARS"]

MAX_CHARS = 2_000_000  # ~300k words: far above any article, low enough to keep memory bounded
MIN_ENGLISH_STOPWORD_SHARE = 0.2  # English news runs at 0.4-0.5; other languages near 0
WORD = re.compile(r"[A-Za-z’']+|[^\W\d_]+", re.UNICODE)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes of unknown encoding; raise InputError for binary or undecodable data."""
    if not data.strip():
        raise InputError(source, "empty input; nothing to analyse")
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file (NUL bytes); give a text, HTML or JSONL file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "cannot detect the text encoding; convert it to UTF-8")
    return str(best)


def check_text(text: str, source: str) -> str:
    """Validate article text (not empty, not huge, English); return it unchanged."""
    if not text or not text.strip():
        raise InputError(source, "empty text; nothing to analyse")
    if "\x00" in text or sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f") > 8:
        raise InputError(source, "binary data (control characters); give article text")
    if len(text) > MAX_CHARS:
        raise InputError(source, f"text too large ({len(text):,} characters, limit "
                                 f"{MAX_CHARS:,}); split it into articles")
    words = WORD.findall(text[:20000])
    if len(words) >= 20:
        share = sum(1 for w in words if w.lower() in STOP_WORDS) / len(words)
        if share < MIN_ENGLISH_STOPWORD_SHARE:
            raise InputError(source, "text does not look like English (detente's models are "
                                     "English-only); translate it first")
    return text


def content_hash(text: str) -> str:
    """Hash of the text with whitespace normalised: the same article stored once."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
