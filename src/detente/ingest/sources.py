"""Read inputs of every supported kind into Document records.

Each input yields Documents or InputErrors (never raises for one bad input), so a run
goes on with the other inputs and reports every failure on one line.
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from detente.errors import InputError
from detente.ingest.html import extract_html, looks_like_html
from detente.ingest.text import check_text, content_hash, decode_bytes
from detente.records import Document

__all__ = ["iter_documents", "read_jsonl_records", "SUPPORTED_SUFFIXES", "make_document"]

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".json", ".xml", ".rss",
                      ".atom"}
USER_AGENT = "detente/0.1 (+https://github.com/detente)"
FETCH_TIMEOUT = 20
MAX_BYTES = 20_000_000

Item = Document | InputError


def normalise_date(value: Any, source: str) -> str | None:
    """`YYYY-MM-DD` from a date, datetime or ISO string; InputError when malformed."""
    if value in (None, ""):
        return None
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        raise InputError(source, f"'published' is not a date ({text!r}); use YYYY-MM-DD") from None


def make_document(text: str, source: str, *, doc_id: str | None = None,
                  published: Any = None, **meta: Any) -> Document:
    """Build a checked Document; the id is the record's own or one derived from the text."""
    text = check_text(text, source)
    digest = content_hash(text)
    clean = {k: (str(v).strip() or None) if v is not None else None for k, v in meta.items()}
    return Document(id=str(doc_id) if doc_id not in (None, "") else f"doc-{digest[:16]}",
                    text=text, source=source, published=normalise_date(published, source),
                    content_hash=digest, **clean)


def read_jsonl_records(lines: Iterable[str], source: str,
                       default_published: str | None = None) -> Iterator[Item]:
    """Documents from JSONL lines in the SPEC §2 shape; a bad line is an error, not a stop."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        yield from _from_record(record, where, source, default_published)


def _from_record(record: Any, where: str, source: str, default_published: str | None) -> Iterator[Item]:
    if not isinstance(record, dict):
        yield InputError(where, "expected a JSON object with 'id' and 'text'")
        return
    if not isinstance(record.get("text"), str):
        yield InputError(where, "record has no 'text' string; see SPEC §2 for the shape")
        return
    try:
        yield make_document(record["text"], source, doc_id=record.get("id"),
                            published=record.get("published") or default_published,
                            url=record.get("url"), title=record.get("title"),
                            outlet=record.get("outlet"), author=record.get("author"))
    except InputError as exc:
        yield InputError(where, exc.problem)


def _read_json(text: str, source: str, published: str | None) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(source, f"malformed JSON ({exc.msg} at line {exc.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        yield from _from_record(record, f"{source}[{number}]", source, published)


def _from_text(text: str, source: str, published: str | None, suffix: str) -> Iterator[Item]:
    try:
        if suffix == ".jsonl":
            yield from read_jsonl_records(text.splitlines(), source, published)
        elif suffix == ".json":
            yield from _read_json(text, source, published)
        elif suffix in (".html", ".htm") or looks_like_html(text):
            yield _html_document(text, source, published)
        elif text.lstrip().startswith("{") and suffix not in (".txt", ".text", ".md"):
            yield from read_jsonl_records(text.splitlines(), source, published)
        else:
            yield make_document(text, source, published=published)
    except InputError as exc:
        yield exc


def _html_document(html: str, source: str, published: str | None, url: str | None = None) -> Document:
    page = extract_html(html, source)
    return make_document(page.text, source, published=page.published or published, url=url,
                         title=page.title, author=page.author, outlet=page.outlet)


def _read_file(path: Path, published: str | None) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield InputError(source, f"file too large ({size:,} bytes, limit {MAX_BYTES:,})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror})")
        return
    try:
        text = decode_bytes(data, source)
    except InputError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    if suffix in (".xml", ".rss", ".atom"):
        from detente.ingest.web import documents_from_feed
        yield from documents_from_feed(data, source, published)
        return
    yield from _from_text(text, source, published, suffix)


def _read_dir(path: Path, published: str | None) -> Iterator[Item]:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
    if not files:
        yield InputError(str(path), "directory holds no .txt, .html, .json or .jsonl files")
    for file in files:
        yield from _read_file(file, published)


def _read_stdin(published: str | None) -> Iterator[Item]:
    try:
        text = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    except InputError as exc:
        yield exc
        return
    yield from _from_text(text, "<stdin>", published, ".jsonl" if text.lstrip().startswith("{") else "")


def iter_documents(inputs: Iterable[str], published: str | None = None) -> Iterator[Item]:
    """Documents (or InputErrors) from paths, directories, '-' (stdin) and http(s) URLs."""
    for raw in inputs:
        if raw == "-":
            yield from _read_stdin(published)
        elif raw.startswith(("http://", "https://")):
            from detente.ingest.web import documents_from_url
            yield from documents_from_url(raw, published)
        else:
            path = Path(raw)
            if path.is_dir():
                yield from _read_dir(path, published)
            elif path.is_file():
                yield from _read_file(path, published)
            else:
                yield InputError(raw, "no such file or directory")


def fetch(url: str) -> tuple[bytes, str]:
    """GET a URL (bounded size and time); return (body, content type)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
            body = response.read(MAX_BYTES + 1)
            ctype = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(url, f"cannot fetch ({reason})") from None
    if len(body) > MAX_BYTES:
        raise InputError(url, f"response too large (over {MAX_BYTES:,} bytes)")
    return body, ctype
