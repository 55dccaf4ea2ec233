"""Export the store as SPEC §1: JSON (one object), JSONL, CSV or Parquet (one file per table)."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from detente.errors import DetenteError
from detente.records import Actor, Document, Event, Position, Quote
from detente.store.sql import Store

__all__ = ["FORMATS", "snapshot", "write_export"]

FORMATS = ("json", "jsonl", "csv", "parquet")
DOCUMENT_FIELDS = ["id", "source", "url", "title", "outlet", "author", "published"]
TABLES: dict[str, list[str]] = {
    "documents": DOCUMENT_FIELDS,
    "actors": [c for c in Actor.columns()],
    "quotes": Quote.columns(),
    "events": Event.columns(),
    "positions": Position.columns(),
}


def snapshot(store: Store, *, with_text: bool = False) -> dict[str, list[dict[str, Any]]]:
    """The whole store as the SPEC §1 object (document text only when asked)."""
    docs = []
    for d in store.documents(with_text=with_text):
        row = {k: getattr(d, k) for k in DOCUMENT_FIELDS}
        if with_text:
            row["text"] = d.text
        docs.append(row)
    return {
        "documents": docs,
        "actors": [a.to_dict() for a in store.actors()],
        "quotes": [q.to_dict() for q in store.quotes()],
        "events": [e.to_dict() for e in store.events()],
        "positions": [p.to_dict() for p in store.positions()],
    }


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_export(store: Store, fmt: str, output: str | None, stdout: TextIO) -> list[str]:
    """Write an export; return the paths written (empty when written to stdout)."""
    if fmt not in FORMATS:
        raise DetenteError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    data = snapshot(store)
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=1)
        return _write_text(text, output, stdout)
    if fmt == "jsonl":
        lines = [json.dumps({"table": t, **row}, ensure_ascii=False) for t, rows in data.items()
                 for row in rows]
        return _write_text("\n".join(lines) + "\n", output, stdout)
    if not output:
        raise DetenteError(f"--format {fmt} writes one file per table; give -o DIRECTORY")
    directory = Path(output)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table, rows in data.items():
        columns = TABLES[table]
        if fmt == "csv":
            path = directory / f"{table}.csv"
            with path.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
                writer.writeheader()
                writer.writerows({k: _cell(r.get(k)) for k in columns} for r in rows)
        else:
            path = directory / f"{table}.parquet"
            table_data = {c: [r.get(c) for r in rows] for c in columns}
            pq.write_table(pa.table(table_data) if rows else _empty_table(table, columns), path)
        written.append(str(path))
    return written


def _empty_table(table: str, columns: list[str]) -> pa.Table:
    kinds = {"documents": Document, "actors": Actor, "quotes": Quote, "events": Event,
             "positions": Position}
    record = kinds[table]
    types = {f.name: f.type for f in record.__dataclass_fields__.values()}  # type: ignore[attr-defined]
    fields = []
    for c in columns:
        t = str(types.get(c, "str"))
        arrow = (pa.list_(pa.string()) if "list" in t else pa.bool_() if "bool" in t
                 else pa.int64() if t.startswith("int") else pa.string())
        fields.append(pa.field(c, arrow))
    return pa.schema(fields).empty_table()


def _write_text(text: str, output: str | None, stdout: TextIO) -> list[str]:
    if not output or output == "-":
        stdout.write(text if text.endswith("\n") else text + "\n")
        return []
    Path(output).write_text(text, encoding="utf-8")
    return [output]
