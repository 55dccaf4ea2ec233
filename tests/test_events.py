"""Events on hand-written sentences: (sentence, publication date, expected) tables."""
from __future__ import annotations

import pytest

from detente.nlp.dates import resolve_date
from detente.nlp.pipeline import Analyzer
from detente.records import Document


def events_of(analyzer: Analyzer, text: str, published: str):
    return analyzer.analyze_one(Document(id="t", text=text, published=published)).events


@pytest.mark.parametrize("expression, published, expected", [
    ("on Monday", "2025-05-21", "2025-05-19"),        # Wednesday → the Monday before
    ("yesterday", "2025-03-19", "2025-03-18"),
    ("last week", "2025-05-21", "2025-05-14"),
    ("last summer", "2025-03-19", "2024-07-15"),
    ("earlier this month", "2025-03-19", "2025-03-01"),
    ("in early February", "2025-03-19", "2025-02-05"),
    ("on March 18", "2025-03-19", "2025-03-18"),
    ("Sunday", "2025-05-21", "2025-05-18"),
    ("earlier this week", "2025-03-14", "2025-03-10"),
    ("last August", "2025-03-14", "2024-08-01"),
    ("February 2022", "2025-03-14", "2022-02-01"),
    ("three years", "2025-05-21", None),               # a span, not a day
    ("2014", "2025-05-21", None),                      # a bare year is not a day
    ("on Monday", None, None),                         # relative, and no publication date
    ("April 20", "2025-03-30", "2025-04-20"),          # a deadline three weeks ahead stays ahead
    ("in mid-April", "2025-03-28", "2025-04-15"),
    ("December 5", "2025-01-10", "2024-12-05"),        # far ahead: last year's
    ("a week", "2025-03-27", None),                    # a duration, not a day
    ("early Wednesday", "2025-03-26", "2025-03-26"),   # that Wednesday, not early in a month
    ("late Tuesday", "2025-03-26", "2025-03-25"),
    ("Monday, March 17", "2025-03-31", "2025-03-17"),   # the day of the month, not the weekday before it

])
def test_dates(expression: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(expression, published) == expected


def test_weekday_of_something_to_come_is_the_coming_one() -> None:
    assert resolve_date("on Tuesday", "2025-05-19", future=True) == "2025-05-20"
    assert resolve_date("on Monday", "2025-05-19", future=True) == "2025-05-19"
    assert resolve_date("last Tuesday", "2025-05-19", future=True) == "2025-05-13"


@pytest.mark.parametrize("text, published, type_, actors, recipients, date, negated, hypothetical", [
    ("Trump spoke by phone with Vladimir Putin on Tuesday.", "2025-03-19", "CONSULT",
     ["donald-trump"], ["vladimir-putin"], "2025-03-18", False, False),
    ("Trump stepped back from his demands following calls with Vladimir Putin on Monday.", "2025-05-21",
     "CONSULT", ["donald-trump"], ["vladimir-putin"], "2025-05-19", False, False),
    ("Russia launched its largest drone attack yet on regions including Kyiv on Sunday.", "2025-05-21",
     "ASSAULT", ["russia"], ["ukraine"], "2025-05-18", False, False),
    # a capture in other words
    ("Russian troops liberated Kupiansk on Sunday.", "2025-05-21", "ASSAULT", ["russia"], ["ukraine"], "2025-05-18",
     False, False),
    # … also with the word in scare quotes: the sentence's own word, not someone's speech
    ("Moscow said its troops had \"liberated\" Kupiansk on Sunday.", "2025-05-21", "ASSAULT", ["russia"],
     ["ukraine"], "2025-05-18", False, False),
    ("On Tuesday the European Union adopted a new sanctions package against Russia.", "2025-05-21",
     "SANCTION", ["eu"], ["russia"], "2025-05-20", False, False),
    ("Kremlin aide Yuri Ushakov rejected the truce plan offered by the US.", "2025-03-14",
     "REJECT", ["yuri-ushakov"], ["usa"], None, False, False),
    ("Moscow accused Kyiv of striking energy sites on Wednesday.", "2025-03-27", "ACCUSE",
     ["russia"], ["ukraine"], "2025-03-26", False, False),
    ("Trump threatened to impose secondary tariffs on Russian oil.", "2025-03-30", "THREATEN",
     ["donald-trump"], ["russia"], None, False, False),
    ("Putin skipped direct talks with Ukraine in Istanbul last week.", "2025-05-21", "CONSULT",
     ["vladimir-putin"], ["ukraine"], "2025-05-14", True, False),
    ("Trump said he would meet Putin in Saudi Arabia.", "2025-02-20", "CONSULT",
     ["donald-trump"], ["vladimir-putin"], None, False, True),
    # a swap of prisoners; a call between two subjects; a person's state beside them is a place
    ("Moscow and Kyiv exchanged 246 prisoners of war on Monday.", "2025-03-20", "RETREAT",
     ["russia", "ukraine"], [], "2025-03-17", False, False),
    ("Putin and Trump spoke by phone for two hours on Tuesday.", "2025-03-19", "CONSULT",
     ["vladimir-putin"], ["donald-trump"], "2025-03-18", False, False),
    ("Zelensky met Trump at the White House on Friday.", "2025-03-03", "CONSULT",
     ["volodymyr-zelensky"], ["donald-trump"], "2025-02-28", False, False),
    # what is rejected is what the main clause's subject put forward; "swiftly" is that day
    ("On Friday, Putin proposed that an interim government be set up in Ukraine – a plan swiftly "
     "rejected by the United Nations.", "2025-03-30", "REJECT", ["un"], ["vladimir-putin"], "2025-03-28", False, False),
    ("Moscow tied the Black Sea deal to the lifting of sanctions, which Kyiv dismissed.", "2025-03-27", "REJECT",
     ["ukraine"], ["russia"], None, False, False),
    # the sides of "talks between", not the place
    ("Talks between American and Ukrainian delegations in Jeddah, Saudi Arabia, ended on Tuesday.", "2025-03-12",
     "CONSULT", ["usa"], ["ukraine"], "2025-03-11", False, False),
    # "their talks" are the subjects' talks; a coming meeting is on the coming weekday
    ("Kyiv and Moscow held their first direct talks in three years in Istanbul on Friday.", "2025-05-19",
     "CONSULT", ["ukraine"], ["russia"], "2025-05-16", False, False),
    ("Trump is expected to speak with Putin on Tuesday.", "2025-05-19", "CONSULT",
     ["donald-trump"], ["vladimir-putin"], "2025-05-20", False, True),
    # scheduled, so still to come (SPEC: hypothetical), and listed all the same
    ("Zelensky is due to meet Trump at the White House on Friday.", "2025-05-21", "CONSULT",
     ["volodymyr-zelensky"], ["donald-trump"], "2025-05-23", False, True),
    ("Putin is expected to hold talks with Witkoff on Thursday.", "2025-05-19", "CONSULT",
     ["vladimir-putin"], ["steve-witkoff"], "2025-05-22", False, True),
    ("Trump will meet Putin in Alaska on Friday.", "2025-05-19", "CONSULT",
     ["donald-trump"], ["vladimir-putin"], "2025-05-23", False, True),
    ("Putin was expected to hold talks with Witkoff on Thursday.", "2025-05-19", "CONSULT",
     ["vladimir-putin"], ["steve-witkoff"], "2025-05-15", False, False),
    # a delegation stands for the parties it represents
    ("On Tuesday, negotiators representing Washington and Kyiv met in Jeddah.", "2025-03-14", "CONSULT",
     ["usa"], ["ukraine"], "2025-03-11", False, False),
    # the target of what a package is made of; "17th" counts packages, it is no day
    ("The European Union on Tuesday adopted its 17th package of sanctions against Russia.", "2025-05-21",
     "SANCTION", ["eu"], ["russia"], "2025-05-20", False, False),
    # a city of the pack's state is that state as a target (the model may take it for a person)
    ("A Russian missile strike on the city of Sumy killed 34 people on Sunday.", "2025-04-14", "ASSAULT",
     ["russia"], ["ukraine"], "2025-04-13", False, False),
    ("Russian drones struck Kharkiv on Monday, officials said.", "2025-05-21", "ASSAULT",
     ["russia"], ["ukraine"], "2025-05-19", False, False),
    # ratifying an agreement is agreeing; a state's parliament acts for the state
    ("Ukraine's parliament ratified the agreement with the United States on Tuesday.", "2025-05-21", "AGREE",
     ["ukraine"], ["usa"], "2025-05-20", False, False),
    # calling someone a name is accusing them; "called for" requests
    ("Trump has called Zelensky a “dictator” for not holding elections.", "2025-02-24", "ACCUSE",
     ["donald-trump"], ["volodymyr-zelensky"], None, False, False),
    ("Trump phoned Zelensky on Sunday.", "2025-05-21", "CONSULT",
     ["donald-trump"], ["volodymyr-zelensky"], "2025-05-18", False, False),
    # "Trump called Putin on Tuesday" is misparsed as "Trump, called Putin": still a call
    ("Trump called Putin on Tuesday.", "2025-05-21", "CONSULT",
     ["donald-trump"], ["vladimir-putin"], "2025-05-20", False, False),
    # a visit told in the past happened, inside a sentence of what was supposed to happen
    ("Both men were supposed to seal the pact in Washington when Zelensky visited Trump there on Friday.",
     "2025-03-03", "CONSULT", ["volodymyr-zelensky"], ["donald-trump"], "2025-02-28", False, False),
    # approving an aid package is aid, not a settlement
    ("Congress agreed a further military aid package for Ukraine on Monday.", "2025-03-19", "AID",
     ["us-congress"], ["ukraine"], "2025-03-17", False, False),
    # a curly "n’t" the parser takes for a subject still negates
    ("Moscow said Russia hasn’t struck any Ukrainian power plants since the deal.", "2025-03-26", "ASSAULT",
     ["russia"], ["ukraine"], None, True, False),
    # a "when" clause on a date is of that day
    ("Russia has not struck power plants since March 18, when Putin agreed to the truce in a call with Trump.",
     "2025-03-26", "CONSULT", ["vladimir-putin"], ["donald-trump"], "2025-03-18", False, False),
    # a coordinated verb with no tense of its own shares its first conjunct's mood
    ("He insisted that Ukraine must not use a pause to rearm or to mobilise new troops.", "2025-03-14",
     "MOBILIZE", ["ukraine"], [], None, False, True),
    # an act someone agreed or pledged to do is still to come (hypothetical, yet listed); the
    # agreeing happened, and so did a call the parser hangs on the infinitive
    ("In return, Washington agreed to resume military aid to Ukraine.", "2025-03-12", "AID",
     ["usa"], ["ukraine"], None, False, True),
    ("Putin agreed to pause strikes on power plants for a month in a phone call with Trump on March 18.",
     "2025-03-26", "CONSULT", ["vladimir-putin"], ["donald-trump"], "2025-03-18", False, False),
    # weapons systems, jets and loans are aid too
    ("Germany pledged to deliver more air defence systems to Ukraine on Monday.", "2025-03-26", "AID",
     ["germany"], ["ukraine"], "2025-03-24", False, True),
    ("The Netherlands sent F-16 jets to Ukraine on Friday.", "2025-03-26", "AID",
     ["netherlands"], ["ukraine"], "2025-03-21", False, False),
    # being open or ready to act puts the act ahead, and an act not yet done has no day but its
    # own clause's (not the day it was spoken of); "opened talks" happened
    ("Putin said on Thursday that he was open to meeting Zelensky.", "2025-05-21", "CONSULT",
     ["vladimir-putin"], ["volodymyr-zelensky"], None, False, True),
    ("Putin said on Thursday that he was ready to meet Zelensky.", "2025-05-21", "CONSULT",
     ["vladimir-putin"], ["volodymyr-zelensky"], None, False, True),
    ("Russia opened talks with Ukraine on Monday.", "2025-05-21", "CONSULT", ["russia"], ["ukraine"],
     "2025-05-19", False, False),
    # the place or occasion of an attempt took place ("tried to persuade … in a call")
    ("Trump tried to persuade Putin in a call on Tuesday to accept a ceasefire.", "2025-05-21", "CONSULT",
     ["donald-trump"], ["vladimir-putin"], "2025-05-20", False, False),
    # an open question is no event that happened
    ("An aide said the timing depended on whether Moscow agreed to a ceasefire.", "2025-05-21", "AGREE",
     ["russia"], [], None, False, True),
    # stepping up, increasing or boosting deliveries or aid is aid
    ("Germany stepped up shipments of artillery shells to Ukraine on Monday.", "2025-05-21", "AID", ["germany"],
     ["ukraine"], "2025-05-19", False, False),
    # a negation does not reach into another clause
    ("Russia did not attack Ukrainian power plants after Putin agreed to the truce.", "2025-03-26", "AGREE",
     ["vladimir-putin"], [], None, False, False),
    # what a denied claim says is negated, in the denier's words
    ("The Kremlin on Friday rejected claims that Putin had met Zelensky in secret.", "2025-05-21", "CONSULT",
     ["vladimir-putin"], ["volodymyr-zelensky"], None, True, False),
    # a date the model ran on past a weekday ("Tuesday, days") is two: each clause keeps its own
    ("Wang is due to hold talks with Lavrov on Tuesday, days after Kyiv and Moscow agreed in principle to a truce.",
     "2025-03-31", "CONSULT", ["wang-yi"], ["sergei-lavrov"], "2025-04-01", False, True),
    ("Wang is due to hold talks with Lavrov on Tuesday, days after Kyiv and Moscow agreed in principle to a truce.",
     "2025-03-31", "AGREE", ["ukraine", "russia"], [], None, False, False),
    # a meeting that is planned, or only "will" happen, is scheduled: hypothetical, yet listed, on its own day
    ("Zelensky spoke in Kyiv days before a planned meeting between Trump and Putin in Alaska.", "2025-05-21",
     "CONSULT", ["donald-trump"], ["vladimir-putin"], None, False, True),
    ("Trump will hold a summit with Putin in Alaska on Friday.", "2025-05-21", "CONSULT", ["donald-trump"],
     ["vladimir-putin"], "2025-05-23", False, True),
    # the one thanked in a call the parser hung on the thanks
    ("Zelensky thanked Trump for his efforts in a phone call on Monday.", "2025-05-21", "CONSULT",
     ["volodymyr-zelensky"], ["donald-trump"], "2025-05-19", False, False),
    # a role the document gave a person names them ("the chancellor"); declining to act is not acting
    ("German Chancellor Friedrich Merz arrived in Kyiv on Saturday. The chancellor had spoken by phone with Trump "
     "on Friday.", "2025-05-21", "CONSULT", ["friedrich-merz"], ["donald-trump"], "2025-05-16", False, False),
    ("U.S. President Barack Obama spoke in Ohio on Monday. This week, the president declined to threaten Moscow.",
     "2016-09-08", "THREATEN", ["barack-obama"], ["russia"], "2016-09-05", True, False),
    # agreeing with the idea of a truce is agreeing to it
    ("Putin said he agreed with the idea of a truce.", "2025-05-21", "AGREE", ["vladimir-putin"], [], None,
     False, False),
])
def test_event_table(analyzer: Analyzer, text: str, published: str, type_: str, actors: list[str],
                     recipients: list[str], date: str | None, negated: bool, hypothetical: bool) -> None:
    events = [e for e in events_of(analyzer, text, published) if e.type == type_]
    assert events, f"no {type_} in {text!r}"
    e = events[0]
    assert (e.actor_ids, e.recipient_ids, e.date, e.negated, e.hypothetical) == (
        actors, recipients, date, negated, hypothetical)
    assert text[e.start:e.end] == e.evidence


def test_drone_mode(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "Russia launched a drone attack on Kyiv overnight.", "2025-05-21")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "drone")]


def test_condition_is_not_an_event(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "Trump threatened tariffs on Russia if Moscow does not agree to a ceasefire.",
                       "2025-03-30")
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.parametrize("text, parties, date", [
    # the one addressed in a call or talks is the other side of it (a day after "call on" is no "call on X")
    ("Putin told Trump in a phone call on Monday that Moscow was ready to talk.",
     (["vladimir-putin"], ["donald-trump"]), "2025-05-19"),
    ("Zelensky thanked Macron during a call on Sunday for the new aid.", (["volodymyr-zelensky"], ["emmanuel-macron"]),
     "2025-05-18"),
    # the account of a call: who addressed whom in what it reports, not who gave the account
    ("The Kremlin's readout of the call said Putin had told Trump that Moscow was ready to talk.",
     (["vladimir-putin"], ["donald-trump"]), None),
    # no call: a speech alone is no consultation
    ("Putin said in a speech on Monday that Moscow was ready to talk.", None, None),
    # nor calling a thing by a name in apposition to it (not set off by commas)
    ("Merz said Germany would send more systems, calling Russia's latest drone attacks “a deliberate "
     "provocation.”", None, None),
    ("Macron called Zelensky, his close ally, after the strikes.", (["emmanuel-macron"], ["volodymyr-zelensky"]),
     None),
])
def test_the_other_side_of_a_call(analyzer: Analyzer, text: str, parties: tuple | None, date: str | None) -> None:
    found = [(e.actor_ids, e.recipient_ids, e.date) for e in events_of(analyzer, text, "2025-05-21")
             if e.type == "CONSULT"]
    assert found == ([(*parties, date)] if parties else [])


@pytest.mark.parametrize("text, type_, actors, recipients", [
    # the name set off after the subject's head acts, not the state that possesses the head
    ("Ukraine's foreign minister, Andrii Sybiha, met his Polish counterpart, Radoslaw Sikorski, in Kyiv.",
     "CONSULT", ["andrii-sybiha"], ["radoslaw-sikorski"]),
    # the one ready to meet meets, not whoever reports it
    ("The Kremlin said Putin was ready to meet Zelensky.", "CONSULT", ["vladimir-putin"], ["volodymyr-zelensky"]),
    # where an attack struck, a place of a state, is whom it struck, also with the phrase on the verb
    ("Sikorski arrived in Kyiv on Thursday, a day after Russian drones struck a hospital in Sumy.",
     "ASSAULT", ["russia"], ["ukraine"]),
])
def test_who_acts_and_where_an_attack_struck(analyzer: Analyzer, text: str, type_: str, actors: list,
                                            recipients: list) -> None:
    found = [(e.actor_ids, e.recipient_ids) for e in events_of(analyzer, text, "2025-05-21") if e.type == type_]
    assert found == [(actors, recipients)]


def test_words_someone_is_quoted_saying_are_not_coded(analyzer: Analyzer) -> None:
    text = "\"Our troops took Kupiansk and will take more,\" a Russian commander said on Sunday."
    assert [e.type for e in events_of(analyzer, text, "2025-05-21")] == []


def test_no_event_without_known_actor(analyzer: Analyzer) -> None:
    assert events_of(analyzer, "The talks lasted two hours.", "2025-03-30") == []


def test_paragraph_opening_pronoun_is_the_topic_of_the_chain(analyzer: Analyzer) -> None:
    text = ("Unlike Trump, Putin feels no pressure. His army keeps advancing.\n"
            "He spoke with Zelensky's envoy, Rustem Umerov, on Tuesday.")
    call = next(e for e in events_of(analyzer, text, "2025-03-27") if e.type == "CONSULT")
    assert call.actor_ids == ["vladimir-putin"]


def test_a_wish_for_another_partys_act_is_not_their_act(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "Trump said he hoped Moscow would agree to the truce.", "2025-03-14")
    assert not any(e.type == "AGREE" and "russia" in e.actor_ids for e in events)
    urged = events_of(analyzer, "Macron urged Putin to accept an unconditional ceasefire.", "2025-03-14")
    assert [(e.type, e.actor_ids, e.recipient_ids) for e in urged] == [("REQUEST", ["emmanuel-macron"], ["vladimir-putin"])]


@pytest.mark.parametrize("text, expected", [
    # pressing someone to act is a request of them, not the presser's act
    ("Rubio pressed Lavrov to accept an unconditional ceasefire.",
     [("REQUEST", ["marco-rubio"], ["sergei-lavrov"], False)]),
    ("Macron encouraged Zelensky to sign the minerals deal.",
     [("REQUEST", ["emmanuel-macron"], ["volodymyr-zelensky"], False)]),
    # … and the talks it happened in took place
    ("Rubio urged Lavrov during the talks in Riyadh to accept a ceasefire.",
     [("REQUEST", ["marco-rubio"], ["sergei-lavrov"], False), ("CONSULT", ["marco-rubio"], ["sergei-lavrov"], False)]),
    # asking, telling or calling on someone to act: a request, and the act only asked for
    ("Macron asked Putin to accept the ceasefire.", [("REQUEST", ["emmanuel-macron"], ["vladimir-putin"], False)]),
    ("The EU called on Moscow to agree to a truce.", [("REQUEST", ["eu"], ["russia"], False)]),
    ("Trump told Zelensky to sign the minerals deal.",
     [("REQUEST", ["donald-trump"], ["volodymyr-zelensky"], False)]),
    # pressing ahead asks nothing of anybody
    ("Russia pressed ahead with its offensive near Pokrovsk.", []),
])
def test_pressing_another_party_to_act(analyzer: Analyzer, text: str, expected: list) -> None:
    events = events_of(analyzer, text, "2025-03-14")
    assert [(e.type, e.actor_ids, e.recipient_ids, e.hypothetical) for e in events if e.type != "ASSAULT"] == expected


def test_a_phone_call_is_one_whatever_follows_it(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "Putin thanked Trump in a phone call for his efforts to end the war.", "2025-03-14")
    assert [(e.type, e.actor_ids, e.recipient_ids) for e in events] == [
        ("CONSULT", ["vladimir-putin"], ["donald-trump"])]
    # (a call for something is a demand, no call)
    assert events_of(analyzer, "The call for a ceasefire grew louder in Kyiv.", "2025-03-14") == []


@pytest.mark.parametrize("text, expected", [
    # parties acting on each other: one event each way
    ("Russia and Ukraine accused each other of violating the truce.",
     [("ACCUSE", ["russia"], ["ukraine"]), ("ACCUSE", ["ukraine"], ["russia"])]),
    ("Russia and Ukraine attacked each other's energy sites overnight.",
     [("ASSAULT", ["russia"], ["ukraine"]), ("ASSAULT", ["ukraine"], ["russia"])]),
    # "each other" deeper in the sentence is another act's
    ("The truce, which Moscow and Kyiv agreed to last week, is fragile, with both sides attacking each other.",
     [("AGREE", ["russia", "ukraine"], [])]),
])
def test_parties_acting_on_each_other(analyzer: Analyzer, text: str, expected: list) -> None:
    events = events_of(analyzer, text, "2025-03-14")
    assert [(e.type, e.actor_ids, e.recipient_ids) for e in events] == expected


@pytest.mark.parametrize("text", [
    # a known event spoken of as scheduled is the one reported, not another on the sentence's day
    "Russia launched drones at Kyiv on Sunday, a day before the scheduled call between Trump and Putin.",
    # what a future clause says of an event does not put the event ahead
    "Trump's meeting with Putin will be followed by a visit on Thursday from Starmer.",
    # what is only hoped for is no scheduled event
    "Trump hopes he will hold a summit with Putin on Friday.",
])
def test_no_scheduled_meeting(analyzer: Analyzer, text: str) -> None:
    assert [e for e in events_of(analyzer, text, "2025-05-21") if e.type == "CONSULT" and e.date] == []


def test_every_actor_an_event_names_is_an_actor_of_the_document(analyzer: Analyzer) -> None:
    # a strike on a city of a state the text does not name is one on the state, which is listed
    result = analyzer.analyze_one(Document(id="t", text="A Russian missile hit an energy plant in Odesa on Sunday.",
                                           published="2025-05-21"))
    assert [(e.type, e.actor_ids, e.recipient_ids) for e in result.events] == [("ASSAULT", ["russia"], ["ukraine"])]
    assert {"russia", "ukraine"} <= {a.id for a in result.actors}


def test_speaking_to_an_outlet_is_no_meeting(analyzer: Analyzer) -> None:
    text = "Speaking to Al Jazeera from Doha, Qatar's prime minister said the talks were stuck."
    assert [e for e in events_of(analyzer, text, "2025-05-21") if e.type == "CONSULT"] == []
    # (a call is one, whatever the sentence says after it)
    text = "Speaking to Putin by phone on Tuesday, Trump said the war must end."
    assert [(e.type, e.actor_ids, e.recipient_ids) for e in events_of(analyzer, text, "2025-05-21")] == [
        ("CONSULT", ["donald-trump"], ["vladimir-putin"])]


@pytest.mark.parametrize("text", [
    "Merz said the sanctions would stay. Zelensky agreed.",
    "Zelensky agreed with Merz on Monday.",
])
def test_siding_with_a_view_is_no_agreement(analyzer: Analyzer, text: str) -> None:
    assert [e for e in events_of(analyzer, text, "2025-05-21") if e.type == "AGREE"] == []


def test_forecast_that_it_will_not_happen_is_no_event(analyzer: Analyzer) -> None:
    text = "It looks highly unlikely that Washington will agree another military aid package for Kyiv."
    assert events_of(analyzer, text, "2025-03-19") == []


def test_an_activity_named_after_a_noun_and_to_is_no_event(analyzer: Analyzer) -> None:
    text = ("Moscow and Kyiv traded blame over the strikes on Monday, highlighting the obstacles to "
            "negotiating a lasting truce.")
    assert not any(e.type == "CONSULT" for e in events_of(analyzer, text, "2025-03-19"))
    # a gerund of its own clause still is one
    met = events_of(analyzer, "After negotiating with Zelensky on Monday, Trump flew home.", "2025-03-19")
    assert [e.type for e in met] == ["CONSULT"]


@pytest.mark.parametrize("text, recipients", [
    # where one speaks is no party one meets
    ("Maria Chen was speaking to a delegation at the Democratic National Convention when the news broke.", None),
    ("Speaking to students watching from the National Mall, Maria Chen said the museum would open in May.", None),
    ("Maria Chen spoke with the Democratic National Committee on Monday.", ["democratic-national-committee"]),
])
def test_a_meeting_place_is_no_recipient(analyzer: Analyzer, text: str, recipients: list[str] | None) -> None:
    found = [e.recipient_ids for e in events_of(analyzer, text, "2025-05-21") if e.type == "CONSULT"]
    assert found == ([recipients] if recipients else [])


def test_undated_speech_act_takes_the_day_of_the_statement(analyzer: Analyzer) -> None:
    text = ("Trump has threatened to put tariffs on buyers of Russian oil.\n"
            "“Russia has to move,” Trump told a TV interviewer on Sunday.")
    threat = next(e for e in events_of(analyzer, text, "2025-03-31") if e.type == "THREATEN")
    assert threat.date == "2025-03-30"


def test_speech_act_stays_undated_when_statements_span_days(analyzer: Analyzer) -> None:
    text = ("Trump has threatened to put tariffs on buyers of Russian oil.\n"
            "“Russia has to move,” Trump told a TV interviewer on Sunday.\n"
            "“I am not happy,” Trump said on Friday.")
    threat = next(e for e in events_of(analyzer, text, "2025-03-31") if e.type == "THREATEN")
    assert threat.date is None


def test_later_reference_takes_date_of_earlier_report(analyzer: Analyzer) -> None:
    text = ("Trump spoke with Putin on Tuesday. The call between Trump and Putin lasted two hours.")
    events = [e for e in events_of(analyzer, text, "2025-03-19") if e.type == "CONSULT"]
    assert {e.date for e in events} == {"2025-03-18"}


def test_agreement_after_a_meeting_is_with_the_partner(analyzer: Analyzer) -> None:
    text = "Russian negotiators met with the Ukrainian delegation on Friday and agreed on a large prisoner swap."
    events = [e for e in events_of(analyzer, text, "2025-05-17") if e.type == "AGREE"]
    assert events and events[0].actor_ids == ["russia"] and events[0].recipient_ids == ["ukraine"]
    assert events[0].date == "2025-05-16"


def test_rejected_plan_names_its_proposer(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "Moscow rejected the truce plan offered by Washington.", "2025-03-14")
    assert [(e.type, e.actor_ids, e.recipient_ids) for e in events] == [("REJECT", ["russia"], ["usa"])]


def test_speaking_earlier_keeps_the_story_day(analyzer: Analyzer) -> None:
    text = ("Putin met Witkoff in Moscow on Thursday evening. "
            "Speaking earlier at a meeting in the Oval Office with Mark Rutte, Trump urged Russia to agree.")
    events = [e for e in events_of(analyzer, text, "2025-03-14") if e.type == "CONSULT"]
    assert {e.date for e in events} == {"2025-03-13"}


def test_no_event_against_the_actors_own_state(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "On Wednesday Putin visited Russia's Kursk region in military fatigues.", "2025-03-14")
    assert [e for e in events if e.type == "CONSULT"] == []


def test_talks_leading_to_an_agreement_end_on_its_day(analyzer: Analyzer) -> None:
    text = ("After a week of talks with Washington, Kyiv agreed to a partial truce. "
            "Ukraine agreed on Tuesday to stop strikes on ports, officials said.")
    events = events_of(analyzer, text, "2025-03-27")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and talks[0].date == "2025-03-25"


def test_possessive_in_a_phrase_of_the_clause_is_the_subjects(analyzer: Analyzer) -> None:
    # "his call": Trump's, the clause's subject, not Zelensky's, though Zelensky was named last
    events = events_of(analyzer, "Trump spoke with Zelensky on Monday after his call with Putin.", "2025-05-21")
    assert {(tuple(e.actor_ids), tuple(e.recipient_ids)) for e in events if e.type == "CONSULT"} == {
        (("donald-trump",), ("volodymyr-zelensky",)), (("donald-trump",), ("vladimir-putin",))}


def test_what_was_supposed_to_happen_and_they_after_unnamed_parties_are_no_events(analyzer: Analyzer) -> None:
    events = events_of(analyzer, "Kyiv and Washington were supposed to seal the minerals pact in February.", "2025-03-03")
    assert not [e for e in events if e.type == "AGREE" and not e.hypothetical]
    text = ("US teams met Russian teams in Saudi Arabia.\nThe three sides agreed to stop using force at sea. "
            "They also agreed to pause attacks on energy infrastructure.")
    assert not [e for e in events_of(analyzer, text, "2025-03-31") if "saudi-arabia" in e.actor_ids]


def test_an_events_evidence_leaves_out_the_dateline(analyzer: Analyzer) -> None:
    text = "RIVERTON, Ohio (AP) — Ukraine and Russia agreed to a prisoner exchange on Monday."
    events = [e for e in events_of(analyzer, text, "2025-05-21") if e.type == "AGREE"]
    assert len(events) == 1
    assert events[0].evidence == "Ukraine and Russia agreed to a prisoner exchange on Monday."
    assert text[events[0].start:events[0].end] == events[0].evidence
