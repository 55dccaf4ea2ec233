"""Ingest: turn files, directories, stdin, URLs and feeds into Document records."""
from detente.ingest.sources import iter_documents, read_jsonl_records

__all__ = ["iter_documents", "read_jsonl_records"]
