"""Positions on hand-written sentences, and the matrix and shifts on a small fixture."""
from __future__ import annotations

import json

import pytest

from detente.analysis.positions import matrix, shifts
from detente.nlp.pipeline import Analyzer
from detente.records import Document
from detente.run import analyze_inputs
from detente.store.sql import Store


def positions_of(analyzer: Analyzer, text: str):
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    return {(p.holder_id, p.issue, p.stance, p.polarity) for p in result.positions}, result.positions


@pytest.mark.parametrize("text, expected", [
    # withdraw: polarity of the dropped position
    ("After the talks, Trump stepped back from his demands for an immediate truce.",
     {("donald-trump", "ceasefire", "withdraw", "for")}),
    ("After the calls, Trump no longer insisted on an immediate truce.",
     {("donald-trump", "ceasefire", "withdraw", "for")}),
    # a noun that sums up the clause, set off at its end, with a stance in a relative clause on it
    ("Moscow demanded that Ukraine withdraw its troops from four regions before any truce, a condition Kyiv "
     "rejected as unacceptable.",
     {("russia", "territorial_concessions", "demand", "for"), ("ukraine", "territorial_concessions", "reject",
                                                               "against")}),
    ("Trump proposed a 30-day ceasefire, an idea Putin did not accept.",
     {("donald-trump", "ceasefire", "propose", "for"), ("vladimir-putin", "ceasefire", "reject", "against")}),
    # (the clause's own act stays its subject's)
    ("Zelensky said Ukraine will join NATO one day, a hope Trump rejected.",
     {("ukraine", "nato_membership", "support", "for"), ("donald-trump", "nato_membership", "reject", "against")}),
    # open to, ready for talks: the talks of the pack's negotiation, the stance word outside the issue
    ("Peskov said Moscow remained open to talks but would not accept ultimatums.",
     {("russia", "peace_talks", "accept", "for")}),
    ("The Kremlin said it was not open to talks.", {("russia", "peace_talks", "reject", "against")}),
    # what one will not do until another acts, one demands of them (not the other's acceptance)
    ("The EU would not lift sanctions until Russia agrees to a ceasefire.", {("eu", "ceasefire", "demand", "for")}),
    ("Russia will not stop the war until Ukraine withdraws from the four regions, Putin said.",
     {("russia", "territorial_concessions", "demand", "for")}),
    # a freeze of the front line is a ceasefire where the armies stand (a freeze of assets is not)
    ("Zelensky said Kyiv would not accept a freeze along the current front line.",
     {("ukraine", "ceasefire", "reject", "against")}),
    ("Putin proposed freezing the conflict on the current lines.", {("vladimir-putin", "ceasefire", "propose", "for")}),
    # a curly "n’t", which the parser may take for a subject, negates all the same
    ("Moscow hasn’t accepted the truce on energy sites.", {("russia", "energy_ceasefire", "reject", "against")}),
    # coordination and possessives: two positions for each holder
    ("Trump backed a few of Putin’s demands, such as keeping Ukraine out of NATO "
     "and recognising Crimea as Russian.",
     {("vladimir-putin", "nato_membership", "demand", "against"), ("donald-trump", "nato_membership", "oppose", "against"),
      ("vladimir-putin", "crimea_recognition", "demand", "for"), ("donald-trump", "crimea_recognition", "support", "for")}),
    ("Moscow insisted on bigger territorial concessions and the toppling of Zelensky.",
     {("russia", "territorial_concessions", "demand", "for"), ("russia", "regime_change", "demand", "for")}),
    # verbs of halting: demand, against, two issues
    ("Putin underlined the need to stop military assistance and intelligence sharing to Ukraine.",
     {("vladimir-putin", "military_aid", "demand", "against"), ("vladimir-putin", "intelligence_sharing", "demand", "against")}),
    # negation
    ("Pete Hegseth said the US does not support NATO membership for Kyiv.",
     {("usa", "nato_membership", "oppose", "against")}),
    ("The EU supports NATO membership for Ukraine.", {("eu", "nato_membership", "support", "for")}),
    ("Kremlin aide Yuri Ushakov rejected the ceasefire proposal.", {("yuri-ushakov", "ceasefire", "reject", "against")}),
    # nominalisation
    ("The Kremlin has expressed an openness to peace talks.", {("russia", "peace_talks", "support", "for")}),
    # halting verbs: prevent, lift
    ("Putin wants to impose conditions such as preventing the deployment of European forces in Ukraine.",
     {("vladimir-putin", "european_troops", "demand", "against")}),
    ("Russia demanded that the U.S. lift sanctions on its agricultural bank.",
     {("russia", "sanctions_on_russia", "demand", "against")}),
    ("Trump threatened sanctions against Russia.", {("donald-trump", "sanctions_on_russia", "threaten", "for")}),
    ("Trump threatened tariffs on buyers of Russian and Iranian oil.",
     {("donald-trump", "sanctions_on_russia", "threaten", "for")}),
    # giving up what the issue names is against it, demanded or refused
    ("The Kremlin demanded that Kyiv give up its NATO ambitions.", {("russia", "nato_membership", "demand", "against")}),
    ("Zelensky said Ukraine would never give up its NATO aspirations.",
     {("ukraine", "nato_membership", "support", "for")}),
    # a demand dropped: withdraw, with the polarity of the demand, and nothing of Kyiv's
    ("Putin has dropped his demand that Kyiv abandon its NATO bid.", {("vladimir-putin", "nato_membership", "withdraw", "against")}),
    # occupied land recognised as Russian, refused
    ("“We will never recognise any occupied territory as Russian,” Zelensky said.",
     {("volodymyr-zelensky", "crimea_recognition", "oppose", "against")}),
    # Russian control over occupied land, with the verb quoted
    ("Zelensky said Kyiv would \"never recognise\" Russian control over the occupied territories.",
     {("ukraine", "crimea_recognition", "oppose", "against")}),
    ("The Kremlin has demanded that Kyiv withdraw its troops from the four regions Moscow claims.",
     {("russia", "territorial_concessions", "demand", "for")}),
    ("Zelensky has again ruled out ceding any territory to Moscow.",
     {("volodymyr-zelensky", "territorial_concessions", "reject", "against")}),
    ("Yermak wrote that Kyiv would never trade land for peace.",
     {("ukraine", "territorial_concessions", "oppose", "against")}),
    ("Moscow insists that any settlement must include recognition of its annexation of Crimea.",
     {("russia", "crimea_recognition", "demand", "for")}),
    # pledging, calling on others
    ("European leaders pledged to keep up military aid to Kyiv.", {("europe", "military_aid", "support", "for")}),
    ("Zelensky called on allies to raise the pressure on Moscow with new sanctions.",
     {("volodymyr-zelensky", "sanctions_on_russia", "demand", "for")}),
    # "the lifting of sanctions": a noun of halting
    ("Russia wants the lifting of sanctions on its banks first.", {("russia", "sanctions_on_russia", "demand", "against")}),
    # an inner rejection stays against under an outer cue of the same holder
    ("Hungary has threatened to veto the EU's new sanctions package.",
     {("hungary", "sanctions_on_russia", "threaten", "against")}),
    ("Russia insisted on rejecting any ceasefire.", {("russia", "ceasefire", "demand", "against")}),
    ("Kyiv warned against lifting sanctions.", {("ukraine", "sanctions_on_russia", "support", "for")}),
    # what someone says another party should do is their demand, not that party's stance
    ("Trump said Kyiv should hold elections.", {("donald-trump", "regime_change", "demand", "for")}),
    # an agreement not reached, in a condition, is what the threatening party demands
    ("Trump threatened tariffs on Russian oil if he deems Moscow to blame for not reaching a truce.",
     {("donald-trump", "ceasefire", "demand", "for")}),
    # what a speaker says another party will or won't do is the speaker's stance
    ("Trump turned on Zelensky.\n\n“He is never going to join NATO,” Trump said.",
     {("donald-trump", "nato_membership", "oppose", "against")}),
    ("Kyiv will never join NATO, Vance said.", {("jd-vance", "nato_membership", "oppose", "against")}),
    # of itself, the speaker's own stance stays with the party it names
    ("Zelensky said Ukraine would never cede territory.", {("ukraine", "territorial_concessions", "oppose", "against")}),
    # an act of the pack that carries the issue out
    ("Russia said it would free 500 prisoners of war next week.", {("russia", "prisoner_exchange", "support", "for")}),
    # refusing to hold elections is against replacing the government
    ("Kyiv has said it will not hold elections while martial law is in force.",
     {("ukraine", "regime_change", "oppose", "against")}),
    # a poll's share of people holds its view as a group, not as the state
    ("Some 60 percent of Ukrainians said they opposed any territorial concessions.",
     {("group:ukrainians", "territorial_concessions", "oppose", "against")}),
    ("Putin said the war was needed to prevent the country from joining NATO.",
     {("vladimir-putin", "nato_membership", "demand", "against")}),
    # what a party accepts only on a condition, it demands; a halting verb in an against-phrase
    # ("sanctions were lifted") flips once, not twice
    ("The Kremlin said it was open to a truce, but only if Western arms deliveries to Ukraine stopped.",
     {("russia", "ceasefire", "accept", "for"), ("russia", "military_aid", "demand", "against")}),
    ("Russia agreed to a pause in strikes on energy sites if sanctions were lifted.",
     {("russia", "energy_ceasefire", "accept", "for"), ("russia", "sanctions_on_russia", "demand", "against")}),
    # what one tells or asks another to do, one demands (not the other's acceptance)
    ("Trump told Zelensky to sign the minerals deal.", {("donald-trump", "minerals_deal", "demand", "for")}),
    ("Macron asked Putin to accept the ceasefire.", {("emmanuel-macron", "ceasefire", "demand", "for")}),
    ("The EU called on Moscow to agree to a truce.", {("eu", "ceasefire", "demand", "for")}),
    # congratulating or applauding an outcome supports it
    ("Macron congratulated Zelensky on the prisoner exchange.",
     {("emmanuel-macron", "prisoner_exchange", "support", "for")}),
    ("The EU applauded the energy ceasefire.", {("eu", "energy_ceasefire", "support", "for")}),
])
def test_position_table(analyzer: Analyzer, text: str, expected: set) -> None:
    found, _ = positions_of(analyzer, text)
    assert expected <= found


def test_condition_is_attached(analyzer: Analyzer) -> None:
    text = ("Putin said Russia is ready to accept a possible ceasefire for some time in case the two "
            "sides reach the necessary agreements.")
    _, positions = positions_of(analyzer, text)
    accept = [p for p in positions if p.issue == "ceasefire" and p.stance == "accept"]
    assert accept and accept[0].condition == "in case the two sides reach the necessary agreements"


def test_a_sources_anonymity_is_no_condition_and_people_spoken_of_are_not_the_speaker(analyzer: Analyzer) -> None:
    text = ("Turkish mediators have proposed a 30-day ceasefire, according to two officials familiar with the talks, "
            "who spoke on condition of anonymity because they were not authorised to brief the media.")
    _, positions = positions_of(analyzer, text)
    assert [(p.holder_id, p.issue, p.stance, p.condition) for p in positions] == [
        ("turkey", "ceasefire", "propose", None)]
    # the people a speaker speaks of hold the stance, not the speaker
    text = "The two sides did agree to exchange 500 prisoners of war each, Rustem Umerov said after the talks."
    found, _ = positions_of(analyzer, text)
    assert not any(holder == "rustem-umerov" for holder, *_ in found)


def test_condition_hung_on_the_copula(analyzer: Analyzer) -> None:
    _, positions = positions_of(analyzer, "Zelensky said Ukraine was ready to accept a full truce if Russia did the same.")
    p = next(p for p in positions if p.issue == "ceasefire")
    assert (p.holder_id, p.stance, p.condition) == ("ukraine", "accept", "if Russia did the same")


def test_provided_clause_is_a_condition_and_a_demand(analyzer: Analyzer) -> None:
    text = "Zelensky said Kyiv would accept a truce along today's front, provided it got security guarantees."
    _, positions = positions_of(analyzer, text)
    found = {(p.issue, p.stance): p.condition for p in positions if p.holder_id == "ukraine"}
    assert found == {("ceasefire", "accept"): "provided it got security guarantees",
                     ("security_guarantees", "demand"): "provided it got security guarantees"}


def test_until_clause_is_a_condition(analyzer: Analyzer) -> None:
    _, positions = positions_of(analyzer, "Brussels said it would not lift sanctions until Russia pulls out of Ukraine.")
    p = next(p for p in positions if p.issue == "sanctions_on_russia")
    assert p.condition == "until Russia pulls out of Ukraine"


def test_threat_with_condition_implies_demand(analyzer: Analyzer) -> None:
    text = "Trump threatened to impose tariffs on Russian oil if Putin did not agree to a ceasefire."
    found, positions = positions_of(analyzer, text)
    assert ("donald-trump", "ceasefire", "demand", "for") in found
    assert ("donald-trump", "sanctions_on_russia", "threaten", "for") in found
    assert not any(p.holder_id == "vladimir-putin" for p in positions)


def test_first_person_in_quote_is_the_speaker(analyzer: Analyzer) -> None:
    found, positions = positions_of(analyzer, "“We support the idea of a ceasefire,” Putin said.")
    assert ("vladimir-putin", "ceasefire", "support", "for") in found


def test_third_person_pronoun_in_quote_is_not_the_speaker(analyzer: Analyzer) -> None:
    text = ("Trump criticised Zelenskyy on Sunday. “He wants to join NATO, but he never will,” "
            "Trump told reporters.")
    found, _ = positions_of(analyzer, text)
    assert ("volodymyr-zelensky", "nato_membership", "demand", "for") in found
    assert not any(h == "donald-trump" and s == "demand" for h, _, s, _ in found)


def test_reported_by_is_the_quoting_speaker(analyzer: Analyzer) -> None:
    text = "Chris Miller, a historian, said Russia has insisted on territorial concessions."
    _, positions = positions_of(analyzer, text)
    p = next(p for p in positions if p.issue == "territorial_concessions")
    assert p.holder_id == "russia" and p.reported_by_id == "chris-miller"


def test_official_and_state_are_one_position_per_document(analyzer: Analyzer) -> None:
    text = ("Ukraine accepted the truce on Tuesday. Zelenskyy said Ukraine supports the truce, "
            "and the Ukrainian leader also wants a truce that covers the whole front.")
    _, positions = positions_of(analyzer, text)
    truce = [p for p in positions if p.issue == "ceasefire"]
    assert [(p.holder_id, p.stance) for p in truce] == [("ukraine", "accept")]


def test_bloc_and_its_organisation_are_one_party(analyzer: Analyzer) -> None:
    text = "European allies backed tougher sanctions on Moscow, and the EU adopted a new sanctions package."
    _, positions = positions_of(analyzer, text)
    sanctions = [p for p in positions if p.issue == "sanctions_on_russia" and p.holder_id in ("europe", "eu")]
    assert len(sanctions) == 1 and sanctions[0].polarity == "for"


@pytest.mark.parametrize("text, absent, present", [
    # the wanter's stance, not the wanted party's
    ("Trump said he hoped Moscow would agree to the truce.",
     ("russia", "ceasefire"), ("donald-trump", "ceasefire")),
    ("Washington kept pushing Kyiv to accept a minerals deal.",
     ("ukraine", "minerals_deal"), ("usa", "minerals_deal")),
    # a forecast in the writer's voice is nobody's stance
    ("It is highly unlikely that Congress will approve another military aid package.",
     ("usa", "military_aid"), None),
    ("The new tone will be welcomed by European governments keen on peace talks.",
     ("europe", "peace_talks"), None),
    # 'even if' concedes, it sets no condition
    ("Trump was not ready to give ground, even if he had paused aid to make Kyiv accept a ceasefire.",
     ("donald-trump", "ceasefire"), None),
    # another party's act that someone fears is no stance of that party
    ("Russia rejected the truce, saying it would only allow Ukraine to rearm.",
     ("ukraine", "mobilization_halt"), ("russia", "ceasefire")),
    ("Putin has dropped his demand that Kyiv abandon its NATO bid.", ("ukraine", "nato_membership"), None),
    # "he" in the speaker's own words is someone else
    ("Trump turned on Zelensky.\n\n“He is trying to back out of the minerals deal,” Trump said.",
     ("donald-trump", "minerals_deal"), ("volodymyr-zelensky", "minerals_deal")),
    # "he" in a participle clause before the subject is that subject
    ("Putin spoke first. Asked when he wanted Russia to agree to a truce, Trump said there was a deadline.",
     ("vladimir-putin", "ceasefire"), ("donald-trump", "ceasefire")),
    # "they" after a sentence about parties nobody named is nobody named
    ("US teams met Russian teams in Saudi Arabia.\nThe three sides agreed to stop using force at sea. "
     "They also agreed to pause attacks on energy infrastructure.", ("saudi-arabia", "energy_ceasefire"), None),
    # an agentless passive in a clause of time says nothing of who does it
    ("“Until the truce is implemented, time will pass,” said Marina Miron, an analyst.",
     ("marina-miron", "ceasefire"), None),
    ("Trump said Kyiv should hold elections.", ("ukraine", "regime_change"), ("donald-trump", "regime_change")),
    ("Trump threatened tariffs on Russian oil if he deems Moscow to blame for not reaching a truce.",
     ("russia", "ceasefire"), ("donald-trump", "ceasefire")),
    # a relative clause on the issue is no outer cue ("skipped the talks that he proposed": proposed, for)
    ("Putin skipped the direct talks that he had proposed.", ("ukraine", "peace_talks"), ("vladimir-putin", "peace_talks")),
    # "they" after an unnamed plural subject is that subject, not the last state named
    ("Most banks no longer trade with Russia or Iran, since they do not want to lose access to US sanctions relief.",
     ("iran", "sanctions_on_russia"), None),
    # a speaker nobody knows: nobody's stance, not the named party's
    ("“Ukraine will join NATO one day,” a diplomat said.", ("ukraine", "nato_membership"), None),
    # a fact claimed about an act not done is no stance
    ("Kyiv has not released the prisoners of war, Moscow said.", ("ukraine", "prisoner_exchange"), None),
    ("The EU would not lift sanctions until Russia agrees to a ceasefire.", ("russia", "ceasefire"), None),
    # a response to a proposal nobody is named for is not the responder's proposal
    ("Kyiv said it had handed its response to the latest ceasefire proposal to the mediators.",
     ("ukraine", "ceasefire"), None),
    # a freeze of assets is no freeze of the front line
    ("The EU agreed to freeze Russian assets.", ("eu", "ceasefire"), None),
    # a sanction on another state is not on the issue's target
    ("Trump also imposed a secondary tariff on any country buying oil from Venezuela.",
     ("donald-trump", "sanctions_on_russia"), None),
    # a forecast, even in someone's report, is no stance of the one it is about
    ("Trump has said Ukraine will “probably never” join NATO.", ("ukraine", "nato_membership"), None),
    # a participle shares the subject of its clause, not the object of the verb before it
    ("Putin hopes to flatter Trump, agreeing to a restoration of bilateral relations with the US.",
     ("donald-trump", "us_russia_normalization"), ("vladimir-putin", "us_russia_normalization")),
    # an open question is nobody's stance
    ("An aide said the timing depended on whether Moscow agreed to a ceasefire.", ("russia", "ceasefire"), None),
    # the one told to act has taken no stance
    ("Trump told Zelensky to sign the minerals deal.", ("volodymyr-zelensky", "minerals_deal"),
     ("donald-trump", "minerals_deal")),
    # a report the parser coordinated with another clause takes no stance from that clause
    ("Lavrov met his Turkish counterpart in Antalya on Friday, saying afterwards that Russia was ready for a "
     "\"fair\" settlement and adding that the West should stop arming Kyiv.", ("russia", "military_aid"), None),
    # leaving without agreeing is neither accepting nor rejecting
    ("The two delegations met in Istanbul, but Russia left without agreeing to a ceasefire.",
     ("russia", "ceasefire"), None),
])
def test_stances_that_are_not_the_holders(analyzer: Analyzer, text: str, absent: tuple,
                                          present: tuple | None) -> None:
    found, _ = positions_of(analyzer, text)
    pairs = {(h, i) for h, i, _, _ in found}
    assert absent not in pairs
    if present:
        assert present in pairs


@pytest.mark.parametrize("text, expected, absent", [
    # attacking his legitimacy is supporting his removal; criticising that is opposing it
    ("Macron criticised Putin for attacking Zelensky's legitimacy.",
     {("vladimir-putin", "regime_change", "support", "for"), ("emmanuel-macron", "regime_change", "oppose", "against")},
     set()),
    # the passive's agent holds the stance; its subject is what it is about
    ("The plan for an interim government was rejected by the Ukrainian government.",
     {("ukraine", "regime_change", "reject", "against")}, set()),
    ("Putin said Ukraine could be placed under a temporary administration.",
     set(), {("ukraine", "regime_change")}),
    # 'need' is a demand only in the holder's own words
    ("Putin suggested that Ukraine needed external governance.", set(), {("ukraine", "regime_change")}),
    ("“We need to negotiate with our partners,” Putin said.", {("vladimir-putin", "peace_talks", "demand", "for")},
     set()),
    ("Zelensky said Ukraine needs security guarantees from its partners.",
     {("ukraine", "security_guarantees", "demand", "for")}, set()),
    # a reporting verb hung on the reported clause is the reporter's; a capacity is no stance;
    # "the Russian leader" is the pack's role holder
    ("The Russian leader said that Zelensky has no mandate to sign any peace agreement and suggested "
     "that Ukraine needed an interim government.",
     {("vladimir-putin", "regime_change", "propose", "for")},
     {("volodymyr-zelensky", "regime_change"), ("vladimir-putin", "peace_talks"), ("russia", "peace_talks")}),
    # agreeing with a party makes it a party; being open to talks with someone does not
    ("Kyiv has agreed to a prisoner exchange with Moscow, officials said.",
     {("ukraine", "prisoner_exchange", "accept", "for"), ("russia", "prisoner_exchange", "accept", "for")}, set()),
    ("Putin is open to talks with Zelensky, the Kremlin said on Monday.",
     {("vladimir-putin", "peace_talks", "accept", "for")}, {("volodymyr-zelensky", "peace_talks")}),
    # blocking is rejecting; a word with a subject is a verb whatever its tag
    ("Hungary has blocked the new sanctions package.", {("hungary", "sanctions_on_russia", "reject", "against")}, set()),
    ("Britain and France back the deployment of European troops to Ukraine.",
     {("uk", "european_troops", "support", "for"), ("france", "european_troops", "support", "for")}, set()),
    ("Moscow demanded that Western countries stop supplying weapons to Ukraine.",
     {("russia", "military_aid", "demand", "against")}, set()),
    # a person the document names by a role holds the stance
    ("German Chancellor Friedrich Merz arrived in Kyiv on Saturday. The chancellor rejected the ceasefire proposal.",
     {("friedrich-merz", "ceasefire", "reject", "against")}, set()),
    # what another party should be ready to do is the demand of whoever says so, in a second reported
    # clause too; what they will never do, said with the fragment quoted, is the speaker's stance
    ("Trump said Ukraine \"will never\" be in NATO and that Kyiv should be ready to give up land.",
     {("donald-trump", "nato_membership", "oppose", "against"),
      ("donald-trump", "territorial_concessions", "demand", "for")},
     {("ukraine", "nato_membership"), ("ukraine", "territorial_concessions")}),
    # a relative clause on coordinated parties is all of theirs
    ("France and Britain, which back a reassurance force, met in Paris.",
     {("france", "european_troops", "support", "for"), ("uk", "european_troops", "support", "for")}, set()),
    # what one withholds until another accepts a thing, one demands (the other has not accepted it)
    ("Russia said it would halt gas deliveries to Europe until Kyiv accepted an extension of the ceasefire.",
     {("russia", "ceasefire", "demand", "for")}, {("ukraine", "ceasefire")}),
    # "they" is never one state: not Ukraine, named last, but the Europeans
    ("The European plan was handed to Putin during a visit by four leaders to Kyiv. They warned of new sanctions if "
     "Moscow refused.", {("europe", "sanctions_on_russia", "threaten", "for")}, {("ukraine", "sanctions_on_russia")}),
    # extending, renewing or maintaining a thing is supporting it; prolonging talks is no support of their aim
    ("The EU extended its sanctions on Russia for six months.", {("eu", "sanctions_on_russia", "support", "for")},
     set()),
    ("Zelensky said Russia is prolonging ceasefire talks to grab more land.", set(), {("russia", "ceasefire")}),
    # what another party should stop doing is the demand of whoever says so
    ("Lavrov said the West should stop arming Kyiv.", {("sergei-lavrov", "military_aid", "demand", "against")}, set()),
    # a noun in apposition re-names the issue: what is said of it is said of the issue
    ("Putin proposed that an interim government be set up in Ukraine – an idea quickly dismissed by the United Nations.",
     {("vladimir-putin", "regime_change", "propose", "for"), ("un", "regime_change", "reject", "against")}, set()),
    # a red line is a rejection; "non-negotiable" a demand; the act itself, reported
    ("Moscow said NATO membership for Ukraine was a red line.", {("russia", "nato_membership", "reject", "against")},
     set()),
    ("Ukraine's NATO membership is non-negotiable, Zelensky said.",
     {("volodymyr-zelensky", "nato_membership", "demand", "for")}, set()),
    # a judging adjective is the judgement of whoever says it, not of the judged thing's possessor
    ("The Kremlin has repeatedly said that Ukraine's NATO membership is unacceptable.",
     {("russia", "nato_membership", "oppose", "against")}, {("ukraine", "nato_membership", "oppose", "against")}),
    ("Brussels said it would not lift sanctions until Russia pulls out of Ukraine.",
     {("eu", "sanctions_on_russia", "support", "for")}, set()),
    ("Kyiv refused to withdraw its troops from the Donetsk region.",
     {("ukraine", "territorial_concessions", "reject", "against")}, set()),
    # the issue halting by itself ("deliveries would stop") is wanting it against
    ("Putin demanded guarantees that weapons deliveries to Kyiv would stop during any truce.",
     {("vladimir-putin", "military_aid", "demand", "against")}, set()),
    # both parties of a coordinated subject carry out the act the issue names
    ("Moscow and Kyiv exchanged 270 prisoners of war each on Friday.",
     {("russia", "prisoner_exchange", "support", "for"), ("ukraine", "prisoner_exchange", "support", "for")}, set()),
    # a question names no stance
    ("For Ukraine to mobilise?", set(), {("ukraine", "mobilization_halt")}),
    # the issue phrase's own words are no stance ("attacks on energy infrastructure")
    ("Russia's attacks on energy infrastructure continued overnight.", set(), {("russia", "energy_ceasefire")}),
])
def test_who_holds_the_stance(analyzer: Analyzer, text: str, expected: set, absent: set) -> None:
    found, _ = positions_of(analyzer, text)
    assert expected <= found
    assert not {(h, i) for h, i, _, _ in found} & absent


@pytest.mark.parametrize("text, expected", [
    ("Moscow rejected the ceasefire proposal on Friday, two diplomats said.",
     {("russia", "ceasefire", "reject", "against")}),
    # the terms of a text are its authors', not the source's who reports them
    ("The plan calls for a ceasefire along the front line, according to Ukrainian officials.", set()),
])
def test_a_proposal_nobody_is_named_for_is_not_the_reporters(analyzer: Analyzer, text: str, expected: set) -> None:
    found, _ = positions_of(analyzer, text)
    assert found == expected


def test_paragraph_opening_pronoun_is_the_topic_of_the_chain(analyzer: Analyzer) -> None:
    text = ("Unlike Trump, Putin feels no pressure. His army keeps advancing. He expects Kyiv's reserves "
            "to shrink by the summer.\n"
            "For now, he plans to reassure Trump, agreeing to a restoration of bilateral relations with the US.")
    found, _ = positions_of(analyzer, text)
    assert ("vladimir-putin", "us_russia_normalization", "accept", "for") in found
    assert not any(h == "donald-trump" and i == "us_russia_normalization" for h, i, _, _ in found)


def test_carrier_verb_keeps_the_stance_of_its_object(analyzer: Analyzer) -> None:
    found, _ = positions_of(analyzer, "At the briefing, Putin outlined his objections over how the truce would be policed.")
    assert ("vladimir-putin", "ceasefire", "oppose", "against") in found


def test_agreement_with_parties_and_reporting_pronoun(analyzer: Analyzer) -> None:
    text = "The U.S. said on Tuesday it had reached a deal with Kyiv and Moscow to ensure safe navigation."
    found, _ = positions_of(analyzer, text)
    holders = {h for h, i, s, _ in found if i == "black_sea_ceasefire" and s == "accept"}
    assert holders == {"usa", "ukraine", "russia"}


def test_coordinated_verb_attached_too_high_keeps_its_subject(analyzer: Analyzer) -> None:
    text = ("The call followed remarks in which Trump told a TV host that he was furious with Putin, "
            "and threatened to impose tariffs on buyers of Russian oil if Putin did not agree to a ceasefire.")
    found, _ = positions_of(analyzer, text)
    assert ("donald-trump", "sanctions_on_russia", "threaten", "for") in found
    assert ("donald-trump", "ceasefire", "demand", "for") in found


# ---- matrix and shifts: three short reports written for this test
FIXTURE = [
    {"id": "m1", "published": "2025-03-11", "outlet": "Paper A",
     "text": "The United States demanded an immediate 30-day ceasefire between Russia and Ukraine."},
    {"id": "m2", "published": "2025-03-12", "outlet": "Paper B",
     "text": "Washington has insisted on a full ceasefire, officials said on Wednesday."},
    {"id": "m3", "published": "2025-05-21", "outlet": "Paper A",
     "text": "The United States stepped back from its demands for an immediate ceasefire."},
    {"id": "m4", "published": "2025-05-21", "outlet": "Paper C",
     "text": "The Kremlin rejected the ceasefire proposal."},
]


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Store:
    path = tmp_path_factory.mktemp("matrix") / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in FIXTURE), encoding="utf-8")
    store = Store(path.with_suffix(".db"))
    analyze_inputs([str(path)], store, analyzer)
    return store


def test_matrix_latest_stance_with_support(fixture_store: Store) -> None:
    cells = {(c.holder_id, c.issue): c for c in matrix(fixture_store)}
    us = cells[("usa", "ceasefire")]
    assert (us.stance, us.polarity, us.date) == ("withdraw", "for", "2025-05-21")
    assert cells[("russia", "ceasefire")].stance == "reject"


def test_matrix_as_of_replays_history(fixture_store: Store) -> None:
    cells = {(c.holder_id, c.issue): c for c in matrix(fixture_store, as_of="2025-03-31")}
    us = cells[("usa", "ceasefire")]
    assert (us.stance, us.polarity) == ("demand", "for")
    assert us.documents == 2 and us.outlets == ["Paper A", "Paper B"]
    assert ("russia", "ceasefire") not in cells


def test_shift_of_us_on_ceasefire(fixture_store: Store) -> None:
    found = [s for s in shifts(fixture_store) if s.holder_id == "usa" and s.issue == "ceasefire"]
    assert len(found) == 1
    s = found[0]
    assert (s.from_stance, s.to_stance, s.from_date, s.to_date) == ("demand", "withdraw", "2025-03-12", "2025-05-21")
    assert "stepped back" in s.to_evidence.evidence
    assert shifts(fixture_store, since="2025-06-01") == []


def test_positions_linked_across_documents(fixture_store: Store) -> None:
    demands = [p for p in fixture_store.positions() if p.holder_id == "usa" and p.stance == "demand"]
    assert len({p.document_id for p in demands}) == 2
    assert len({p.link_id for p in demands}) == 1 and demands[0].link_id


def test_a_relative_clause_on_the_issue_is_no_outer_cue(analyzer: Analyzer) -> None:
    found, _ = positions_of(analyzer, "Putin skipped the direct talks that he had proposed.")
    assert ("vladimir-putin", "peace_talks", "propose", "for") in found


@pytest.mark.parametrize("text, expected", [
    # warning of what a thing would do is opposing it; the harm foreseen is nobody's position
    ("Macron warned that a ceasefire without guarantees would only give Russia time to rearm.",
     {("emmanuel-macron", "ceasefire", "oppose", "against")}),
    # a thing that only comes, or a person's act, keeps the threat
    ("Trump warned that new sanctions on Russia would follow if Moscow stalled.",
     {("donald-trump", "sanctions_on_russia", "threaten", "for")}),
    ("Trump warned Putin that he would impose secondary tariffs on Russian oil.",
     {("donald-trump", "sanctions_on_russia", "threaten", "for")}),
    # warning that it could fail is fearing for it
    ("Witkoff warned that the truce could collapse within days.", {("steve-witkoff", "ceasefire", "support", "for")}),
    # what one warns one will not accept stays a rejection
    ("The Kremlin warned it would never accept peacekeeping troops from NATO countries.",
     {("russia", "european_troops", "reject", "against")}),
])
def test_what_a_warning_is(analyzer: Analyzer, text: str, expected: set) -> None:
    found, _ = positions_of(analyzer, text)
    assert found == expected


def test_a_condition_leaves_no_quotation_mark_open(analyzer: Analyzer) -> None:
    text = 'Witkoff warned that the truce could collapse if both sides do not "bend a little."'
    _, positions = positions_of(analyzer, text)
    assert [p.condition for p in positions] == ["if both sides do not bend a little"]
