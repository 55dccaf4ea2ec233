"""HTML to article text with trafilatura (boilerplate stripped, metadata kept)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from detente.errors import InputError

__all__ = ["Page", "extract_html", "looks_like_html"]

MIN_ARTICLE_WORDS = 8  # fewer words is a menu or a caption left over, not an article
HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)


@dataclass(slots=True)
class Page:
    """Main text and metadata of a web page."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None


def looks_like_html(text: str) -> bool:
    """True when a text opens like an HTML document."""
    return bool(HTML_START.match(text[:200]))


def extract_html(html: str, source: str) -> Page:
    """Extract the article of an HTML page; InputError when there is none."""
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(source, f"malformed HTML ({type(exc).__name__})") from None
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (data.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(source, "HTML page holds no article text (only boilerplate or empty)")
    date = data.get("date")
    return Page(text=text, title=data.get("title"), author=data.get("author"),
                published=date[:10] if date else None, outlet=data.get("sitename"))
