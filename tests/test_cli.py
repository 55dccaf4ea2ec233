"""The CLI through Typer's runner: exit codes, one-line errors, tables and exports."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.views import SAMPLE_PATH

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "sample.db")
    result = runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_analyze_prints_summary(sample_db: str) -> None:
    result = runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", sample_db, "-q"])
    assert result.exit_code == 0
    assert "documents analysed" in result.output
    assert "already stored (skipped)" in result.output
    # second run: all six stored already
    row = next(line for line in result.output.splitlines() if "already stored" in line)
    assert "6" in row


def test_bad_input_exit_code_and_one_line_error(tmp_path: Path, sample_db: str) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\xff" * 50)
    result = runner.invoke(app, ["analyze", str(bad), str(tmp_path / "nope.txt"), "--db", sample_db, "-q"])
    assert result.exit_code == 1
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 2
    assert "binary" in errors[0] and "no such file" in errors[1]
    assert "Traceback" not in result.output + result.stderr


def test_bad_published_option_is_a_clean_error(sample_db: str) -> None:
    result = runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", sample_db, "--published", "yesterday"])
    assert result.exit_code == 2
    assert "not a date" in result.stderr and "Traceback" not in result.stderr


def test_missing_model_names_package(sample_db: str) -> None:
    result = runner.invoke(app, ["analyze", str(SAMPLE_PATH), "--db", sample_db, "--model", "xx_no_such_model"])
    assert result.exit_code == 2
    assert "pip install xx-no-such-model" in result.stderr


def test_show_documents_and_actor_filter(sample_db: str) -> None:
    result = runner.invoke(app, ["show", "documents", "--db", sample_db, "--actor", "Umerov"])
    assert result.exit_code == 0
    assert "sample-2025-03-25-black-sea" in result.output
    assert "sample-2025-03-12-jeddah" not in result.output


def test_show_actors_lists_pack_and_text_actors(sample_db: str) -> None:
    result = runner.invoke(app, ["show", "actors", "--db", sample_db, "--limit", "0"])
    assert result.exit_code == 0
    for expected in ("vladimir-putin", "dmitry-peskov", "U.S. senator (R-S.C.)"):
        assert expected in result.output


def test_export_json_has_spec_shape(sample_db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = runner.invoke(app, ["export", "--db", sample_db, "--format", "json", "-o", str(target)])
    assert result.exit_code == 0
    data = json.loads(target.read_text())
    assert set(data) == {"documents", "actors", "quotes", "events", "positions"}
    doc = next(d for d in data["documents"] if d["id"] == "sample-2025-03-14-putin-conditions")
    assert doc["published"] == "2025-03-14" and doc["source"].endswith("talks-sample.jsonl")
    assert set(doc) >= {"id", "source", "url", "title", "outlet", "author", "published"}
    russia = next(a for a in data["actors"] if a["id"] == "russia")
    assert russia["kind"] == "state" and russia["country"] == "RUS" and "Kremlin" in russia["aliases"]


def test_export_csv_and_parquet_one_file_per_table(sample_db: str, tmp_path: Path) -> None:
    for fmt in ("csv", "parquet"):
        result = runner.invoke(app, ["export", "--db", sample_db, "--format", fmt, "-o", str(tmp_path / fmt)])
        assert result.exit_code == 0, result.output
    with (tmp_path / "csv" / "actors.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert {"id", "name", "kind", "country", "description", "aliases"} <= set(rows[0])
    table = pq.read_table(tmp_path / "parquet" / "documents.parquet")
    assert table.num_rows == 6 and "published" in table.column_names
    for name in ("quotes", "events", "positions"):
        assert (tmp_path / "parquet" / f"{name}.parquet").is_file()


def test_export_csv_without_directory_is_an_error(sample_db: str) -> None:
    result = runner.invoke(app, ["export", "--db", sample_db, "--format", "csv"])
    assert result.exit_code == 2 and "-o DIRECTORY" in result.stderr


def test_pack_new_scaffolds_a_loadable_pack(tmp_path: Path) -> None:
    from detente.packs import load_pack
    result = runner.invoke(app, ["pack", "new", "trade-talks", "--dir", str(tmp_path)])
    assert result.exit_code == 0
    pack = load_pack(str(tmp_path / "trade-talks"))
    assert pack.name == "trade-talks" and pack.actors and pack.issues


def test_every_command_is_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"detente {name}" in readme, f"`detente {name}` is not in README.md"


def test_analyze_reads_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "stdin.db")
    text = ("Ukraine and Russia exchanged prisoners of war on Saturday, officials in Kyiv said, "
            "in the largest swap since talks resumed in Istanbul.")
    result = runner.invoke(app, ["analyze", "-", "--db", db, "-q", "--published", "2025-05-24"], input=text)
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["show", "documents", "--db", db])
    assert "2025-05-24" in shown.output and "<stdin>" in shown.output


def test_show_quotes_prints_article_text_as_it_stands_and_a_mixed_quotes_sentence(tmp_path: Path) -> None:
    # (brackets in article text are no markup: "[/b]" would end a style that was never opened)
    article = tmp_path / "brackets.txt"
    article.write_text("Lavrov said the plan was “a review of [his] terms [/b] and nothing more.”\n",
                       encoding="utf-8")
    db = str(tmp_path / "b.db")
    assert runner.invoke(app, ["analyze", str(article), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(app, ["show", "quotes", "--db", db])
    assert result.exit_code == 0, result.output
    assert "[his]" in result.output and "[/b]" in result.output
    assert "in the sentence" in result.output and "Lavrov said" in result.output
