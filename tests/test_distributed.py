"""Analysis on a Dask cluster: a local cluster of worker processes stores exactly what one
process stores, and a scheduler that does not answer is a one-line error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.views import SAMPLE_PATH

pytest.importorskip("dask.distributed", reason="Dask is an extra: pip install 'detente[dask]'")

runner = CliRunner()


def _export(db: str, tmp_path: Path, name: str) -> dict:
    out = tmp_path / name
    result = runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def _facts(export: dict) -> dict:
    """Everything extracted, without the cross-document ids that depend on store order."""
    return {kind: sorted(json.dumps({k: v for k, v in row.items() if k != "cluster_id"}, sort_keys=True)
                         for row in export[kind])
            for kind in ("documents", "actors", "quotes", "events", "positions")}


def test_local_cluster_stores_what_one_process_stores(tmp_path: Path) -> None:
    one, many = str(tmp_path / "one.db"), str(tmp_path / "many.db")
    assert runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", one, "-q"]).exit_code == 0
    result = runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", many, "-q", "--dask", "local", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    a, b = _facts(_export(one, tmp_path, "one.json")), _facts(_export(many, tmp_path, "many.json"))
    assert len(a["quotes"]) > 0 and len(a["positions"]) > 0
    assert a == b


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    result = runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", db, "-q", "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "tcp://127.0.0.1:9" in lines[0] and "Dask scheduler" in lines[0]
    assert "Traceback" not in result.output + result.stderr


def test_a_failing_worker_is_one_clear_error() -> None:
    from detente.errors import DetenteError
    from detente.nlp.distributed import _result

    class Failed:
        def result(self):
            raise RuntimeError("worker lost")

    with pytest.raises(DetenteError, match="a Dask worker failed: RuntimeError: worker lost"):
        _result(Failed(), "tcp://10.0.0.5:8786")
