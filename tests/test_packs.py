"""Packs are data: a second negotiation works with no code change."""
from __future__ import annotations

import pytest

from detente.nlp.pipeline import Analyzer
from detente.packs import available_packs, load_pack
from detente.records import Document

TEXT = ("Israel and Hamas agreed on Wednesday to a phased ceasefire mediated by Qatar and Egypt. "
        "Netanyahu said Israel would not accept a withdrawal from Gaza before the hostages were freed. "
        "Hamas demanded the release of Palestinian prisoners.")


def test_bundled_packs() -> None:
    assert {"ru-ua", "gaza"} <= set(available_packs())
    pack = load_pack("gaza")
    assert {i.id for i in pack.issues} >= {"hostage_release", "ceasefire", "idf_withdrawal"}


@pytest.fixture(scope="module")
def gaza() -> Analyzer:
    return Analyzer(pack="gaza")


def test_gaza_actors_events_positions(gaza: Analyzer) -> None:
    result = gaza.analyze_one(Document(id="g", text=TEXT, published="2025-01-16"))
    assert {"israel", "hamas", "qatar", "egypt", "benjamin-netanyahu"} <= {m.actor_id for m in result.mentions}
    agree = [e for e in result.events if e.type == "AGREE"]
    assert agree and agree[0].date == "2025-01-15" and {"israel", "hamas"} <= set(agree[0].actor_ids)
    positions = {(p.holder_id, p.issue, p.stance, p.polarity) for p in result.positions}
    assert ("hamas", "prisoner_release", "demand", "for") in positions


def test_gaza_pack_against_cue(gaza: Analyzer) -> None:
    text = "Netanyahu insisted that Israel would keep troops in the Philadelphi corridor."
    result = gaza.analyze_one(Document(id="g2", text=text, published="2025-02-01"))
    positions = {(p.holder_id, p.issue, p.stance, p.polarity) for p in result.positions}
    assert ("benjamin-netanyahu", "idf_withdrawal", "demand", "against") in positions


def test_a_pack_act_carries_out_its_issue(gaza: Analyzer) -> None:
    # "release" is an act of hostage_release in the gaza pack: its subject stands for the issue
    text = "Hamas said it would release the remaining hostages if Israel agreed to a permanent truce."
    result = gaza.analyze_one(Document(id="g4", text=text, published="2025-02-01"))
    positions = {(p.holder_id, p.issue, p.stance, p.polarity) for p in result.positions}
    assert {("hamas", "hostage_release", "support", "for"), ("hamas", "ceasefire", "demand", "for")} <= positions
    refused = gaza.analyze_one(Document(id="g5", text="Hamas said it would never free the hostages.", published="2025-02-01"))
    assert ("hamas", "hostage_release", "oppose", "against") in {
        (p.holder_id, p.issue, p.stance, p.polarity) for p in refused.positions}


@pytest.mark.parametrize("text, expected", [
    # what is asked in exchange is demanded; the exchange is the condition of what is offered
    ("Hamas offered to free ten hostages in exchange for a six-week truce.",
     {("hamas", "hostage_release", "propose", "for", "in exchange for a six-week truce"),
      ("hamas", "ceasefire", "demand", "for", None)}),
    # "the group": the group its speaker is named for, not the outlet told
    ("Hamas negotiator Omar Saleh told Al Jazeera that the group would free ten hostages in return for a truce.",
     {("hamas", "hostage_release", "support", "for", "in return for a truce"),
      ("hamas", "ceasefire", "demand", "for", None)}),
    # an exchange done is no demand of what was given in return
    ("Hamas released three hostages on Saturday in exchange for a truce.",
     {("hamas", "hostage_release", "support", "for", "in exchange for a truce")}),
])
def test_what_is_given_and_asked_in_exchange(gaza: Analyzer, text: str, expected: set) -> None:
    result = gaza.analyze_one(Document(id="g6", text=text, published="2025-02-01"))
    assert {(p.holder_id, p.issue, p.stance, p.polarity, p.condition) for p in result.positions} == expected


@pytest.mark.parametrize("text, expected", [
    # a threat made if the other side agrees is against what it would agree to; one made unless
    # it agrees, or if it does not, is a demand
    ("Itamar Ben-Gvir threatened to quit the coalition if Israel agreed to a permanent ceasefire.",
     {("itamar-ben-gvir", "ceasefire", "oppose", "against")}),
    ("Itamar Ben-Gvir threatened to quit the coalition unless Israel agreed to a permanent ceasefire.",
     {("itamar-ben-gvir", "ceasefire", "demand", "for")}),
    # an act the issue names, negated, is against it, whatever the verb above it wants
    ("Benjamin Netanyahu insisted Israel would not end the war.",
     {("benjamin-netanyahu", "ceasefire", "demand", "against")}),
    # what one will not act before, one demands
    ("Israel will not withdraw until Hamas is disarmed, Benjamin Netanyahu said.",
     {("israel", "hamas_disarmament", "demand", "for")}),
    # a passive disarming is the issue too
    ("Benjamin Netanyahu demanded that Hamas be disarmed.",
     {("benjamin-netanyahu", "hamas_disarmament", "demand", "for")}),
])
def test_threats_and_negated_acts(gaza: Analyzer, text: str, expected: set) -> None:
    result = gaza.analyze_one(Document(id="g7", text=text, published="2025-02-01"))
    assert {(p.holder_id, p.issue, p.stance, p.polarity) for p in result.positions} == expected


def test_the_group_is_no_state_named_by_its_adjective(gaza: Analyzer) -> None:
    # as for speakers: "the Egyptian proposal" names no antecedent of "the group"
    text = "Hamas accepted the Egyptian proposal on Monday. The group said it would release ten hostages."
    result = gaza.analyze_one(Document(id="g8", text=text, published="2025-02-01"))
    assert {(p.holder_id, p.issue) for p in result.positions if p.issue == "hostage_release"} == {
        ("hamas", "hostage_release")}


def test_where_an_attack_struck_names_only_a_state(gaza: Analyzer) -> None:
    # "Khan Younis", which the model takes for a person, is where it struck, no one struck
    text = "The Israeli army said it had struck a weapons depot in Khan Younis overnight."
    result = gaza.analyze_one(Document(id="g7", text=text, published="2025-02-01"))
    assert "khan-younis" in {m.actor_id for m in result.mentions}
    assert [e.recipient_ids for e in result.events if e.type == "ASSAULT"] == []


def test_a_states_name_as_a_given_name_is_the_person(gaza: Analyzer) -> None:
    # "Israel" is the state of the pack, and the given name of Israel Katz
    text = "Defence Minister Israel Katz said Israel would keep its troops there."
    result = gaza.analyze_one(Document(id="g3", text=text, published="2025-02-01"))
    assert [(m.text, m.actor_id) for m in result.mentions] == [("Israel Katz", "israel-katz"), ("Israel", "israel")]
    assert result.quotes[0].speaker_id == "israel-katz"


def test_lexicon_missing_a_key_is_one_error_naming_file_and_key(tmp_path, monkeypatch) -> None:
    import yaml

    from detente import resources
    from detente.errors import DataError
    from detente.nlp.quotes import Lexicon

    data = yaml.safe_load(resources.data_path("lexicon/speech.yaml").read_text(encoding="utf-8"))
    del data["inverted"]
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "speech.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    resources.load_mapping.cache_clear()
    try:
        with pytest.raises(DataError, match=r"speech\.yaml: missing 'inverted'"):
            Lexicon()
    finally:
        monkeypatch.undo()
        resources.load_mapping.cache_clear()


def test_mediators_of_two_states_propose_and_their_sources_do_not(gaza: Analyzer) -> None:
    # both states of coordinated adjectives hold the proposal; the officials who report it hold none
    text = "Egyptian and Qatari mediators handed Hamas a new ceasefire proposal on Sunday, two officials said."
    result = gaza.analyze_one(Document(id="g7", text=text, published="2025-02-01"))
    assert {(p.holder_id, p.issue, p.stance) for p in result.positions} == {
        ("egypt", "ceasefire", "propose"), ("qatar", "ceasefire", "propose")}


def test_the_group_is_the_one_the_sentence_before_opens_with(gaza: Analyzer) -> None:
    # not Israel, the last actor named, who is no group
    text = "Hamas accused Israel of stalling the talks. “The occupation wants no deal,” the militant group said."
    result = gaza.analyze_one(Document(id="g8", text=text, published="2025-02-01"))
    assert [(q.speaker_text, q.speaker_id) for q in result.quotes if "no deal" in q.text] == [
        ("the militant group", "hamas")]
