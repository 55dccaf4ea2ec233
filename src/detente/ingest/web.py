"""URLs and RSS/Atom feeds: a page becomes one document, a feed every item's page."""
from __future__ import annotations

from collections.abc import Iterator

import feedparser

from detente.errors import InputError
from detente.ingest.html import extract_html, looks_like_html
from detente.ingest.sources import Item, fetch, make_document
from detente.ingest.text import decode_bytes

__all__ = ["documents_from_url", "documents_from_feed", "is_feed"]


def is_feed(body: bytes, content_type: str) -> bool:
    """True for RSS/Atom responses."""
    if any(t in content_type for t in ("rss", "atom", "xml")) and "html" not in content_type:
        return True
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in body[:2000] or b"<feed" in body[:2000])


def documents_from_url(url: str, published: str | None = None) -> Iterator[Item]:
    """One document from an article URL, or one per item from a feed URL."""
    try:
        body, ctype = fetch(url)
        if is_feed(body, ctype):
            yield from documents_from_feed(body, url, published)
            return
        yield _page_document(body, url, published)
    except InputError as exc:
        yield exc


def _page_document(body: bytes, url: str, published: str | None, title: str | None = None) -> Item:
    text = decode_bytes(body, url)
    if looks_like_html(text) or "<" in text[:1000]:
        page = extract_html(text, url)
        return make_document(page.text, url, url=url, published=page.published or published,
                             title=page.title or title, author=page.author, outlet=page.outlet)
    return make_document(text, url, url=url, published=published, title=title)


def documents_from_feed(body: bytes, source: str, published: str | None = None) -> Iterator[Item]:
    """Fetch and extract every item's page of an RSS/Atom feed."""
    feed = feedparser.parse(body)
    if feed.bozo and not feed.entries:
        yield InputError(source, f"malformed feed ({feed.bozo_exception})")
        return
    if not feed.entries:
        yield InputError(source, "feed has no items")
        return
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            yield InputError(source, f"feed item {entry.get('title')!r} has no link")
            continue
        item_date = None
        if entry.get("published_parsed"):
            item_date = "%04d-%02d-%02d" % tuple(entry.published_parsed[:3])
        try:
            page_body, _ = fetch(link)
            yield _page_document(page_body, link, item_date or published, entry.get("title"))
        except InputError as exc:
            yield exc
