"""End to end on the real articles of ../shared/corpus (skipped when it is absent)."""
from __future__ import annotations

from detente.export import snapshot
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
