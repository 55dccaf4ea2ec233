"""End to end on the real articles of ../shared/corpus (skipped when it is absent)."""
from __future__ import annotations

from detente.export import snapshot
from tests.conftest import ROOT
from detente.store.sql import Store


def test_documents_carry_ids_and_dates(corpus_store: Store) -> None:
    docs = {d["id"]: d for d in snapshot(corpus_store)["documents"]}
    assert len(docs) == 19
    assert docs["000_44899c046573ad32"]["published"] == "2025-05-21"
    assert docs["001_34db237feeda11b8"]["published"] == "2025-03-19"
    assert docs["bbc-2025-03-14-vladimir-putin-sets-out-conditions-for"]["outlet"] == "BBC News"


def test_core_actors_and_their_mentions(corpus_store: Store) -> None:
    actors = {a.id: a for a in corpus_store.actors()}
    mentions = corpus_store.mentions()
    surfaces: dict[str, set[str]] = {}
    for m in mentions:
        surfaces.setdefault(m.actor_id, set()).add(m.text)
    assert {"Kremlin", "Moscow", "Russia"} <= surfaces["russia"]
    assert {"Kyiv", "Ukraine"} <= surfaces["ukraine"]
    assert {"Zelensky", "Zelenskyy"} <= surfaces["volodymyr-zelensky"]
    assert actors["usa"].country == "USA"
    for person in ("donald-trump", "vladimir-putin", "volodymyr-zelensky"):
        assert actors[person].kind == "person"
    assert actors["mark-shrad"].description == ("Russia-Ukraine relations expert and political "
                                                "science professor at Villanova University")
    assert actors["chris-miller"].description == "professor of international history at Tufts University"
    assert actors["thom-tillis"].description == "U.S. senator (R-N.C.)"
    assert actors["chuck-grassley"].description == "U.S. senator (R-Iowa)"
    assert actors["jeanne-shaheen"].description == "U.S. senator (D-N.H.)"


def test_mention_offsets_point_into_text(corpus_store: Store) -> None:
    texts = {d.id: d.text for d in corpus_store.documents()}
    mentions = corpus_store.mentions()
    assert len(mentions) > 1000
    assert all(texts[m.document_id][m.start:m.end] == m.text for m in mentions)


def _clusters(store: Store) -> list:
    from detente.analysis.timeline import timeline
    return [e for e in timeline(store) if len(e.documents) > 1]


def _cluster(store: Store, type_: str, date: str, sides: set[str]):
    for entry in _clusters(store):
        parties = set(entry.actor_ids) | set(entry.recipient_ids)
        if entry.type == type_ and entry.date == date and sides <= parties:
            return entry
    return None


def test_march_18_call_is_one_cluster(corpus_store: Store) -> None:
    # the seed commentary ("yesterday's 90-minute phone call") and AP of 26 March ("since
    # March 18 when Putin agreed … in a phone call with President Donald Trump")
    entry = _cluster(corpus_store, "CONSULT", "2025-03-18", {"donald-trump"})
    assert entry is not None
    assert {"001_34db237feeda11b8", "ap-2025-03-26-russia-and-ukraine-accuse-each-other"} <= set(entry.documents)


def test_riyadh_talks_are_one_cluster(corpus_store: Store) -> None:
    # AP of 24 March (US negotiators meeting the Russians on Monday) and Al Jazeera of 28 March
    # ("separate negotiations in Saudi Arabia's Riyadh this week")
    entry = _cluster(corpus_store, "CONSULT", "2025-03-24", {"usa", "russia"})
    assert entry is not None
    assert {"ap-2025-03-24-us-holds-separate-talks-with-russians",
            "aljazeera-2025-03-28-russia-s-putin-says-north-korea"} <= set(entry.documents)


def test_jeddah_talks_are_one_cluster(corpus_store: Store) -> None:
    # Al Jazeera of 14 March ("teams representing Washington and Kyiv met in … Jeddah" on
    # Tuesday) and BBC of 14 March (Ukraine agreed to the plan "earlier this week following
    # talks with the US")
    entry = _cluster(corpus_store, "CONSULT", "2025-03-11", {"usa", "ukraine"}) or \
        _cluster(corpus_store, "CONSULT", "2025-03-10", {"usa", "ukraine"})
    assert entry is not None
    assert {"aljazeera-2025-03-14-what-are-putin-s-conditions-for",
            "bbc-2025-03-14-vladimir-putin-sets-out-conditions-for"} <= set(entry.documents)


def test_black_sea_and_energy_truce_agreement_is_one_cluster(corpus_store: Store) -> None:
    entry = _cluster(corpus_store, "AGREE", "2025-03-25", {"usa", "ukraine", "russia"})
    assert entry is not None
    assert {"ap-2025-03-26-russia-and-ukraine-accuse-each-other",
            "ap-2025-03-27-things-to-know-about-the-limited"} <= set(entry.documents)
    assert entry.outlets == ["AP News"]


def test_events_positions_quotes_carry_evidence_offsets(corpus_store: Store) -> None:
    texts = {d.id: d.text for d in corpus_store.documents()}
    for record in [*corpus_store.quotes(), *corpus_store.events(), *corpus_store.positions()]:
        body = record.text if hasattr(record, "kind") and hasattr(record, "speaker_id") else record.evidence
        assert texts[record.document_id][record.start:record.end] == body


def test_quality_floor_on_development_gold(corpus_store: Store, tmp_path) -> None:
    """The development gold, scored with ../shared/eval/score.py: a regression guard."""
    import importlib.util
    import json

    from detente.export import snapshot

    scorer_path = ROOT.parent / "shared" / "eval" / "score.py"
    gold_path = ROOT.parent / "shared" / "eval" / "gold-dev.json"
    if not scorer_path.is_file() or not gold_path.is_file():
        import pytest
        pytest.skip("../shared/eval is absent")
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    result = scorer.score(snapshot(corpus_store), json.loads(gold_path.read_text()))
    # the issues' targets: a change that falls below them does not land
    assert result["quotes"]["f1"] >= 0.95 and result["quotes"]["speaker_accuracy"] >= 0.95
    assert result["events"]["f1"] >= 0.80 and result["events"]["date_accuracy"] >= 0.90
    assert result["positions"]["f1"] >= 0.80
