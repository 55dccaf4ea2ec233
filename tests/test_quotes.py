"""Quote extraction on hand-written sentences: (text, expected) tables for every pattern."""
from __future__ import annotations

import pytest

from detente.nlp.passages import SpanIndex, find_passages
from detente.nlp.pipeline import Analyzer
from detente.records import Document


def quotes_of(analyzer: Analyzer, text: str):
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    return result.quotes


def spoken(analyzer: Analyzer, text: str) -> list[tuple]:
    """(speaker mention, cue, quote text) of every quote of a text, in order."""
    return [(q.speaker_text, q.cue, q.text) for q in quotes_of(analyzer, text)]


def one(analyzer: Analyzer, text: str, fragment: str):
    found = [q for q in quotes_of(analyzer, text) if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes_of(analyzer, text)]
    return found[0]


# ---- the passage scanner: quote marks versus apostrophes
@pytest.mark.parametrize("text, passages", [
    ("“We will not sign,” he said.", ["We will not sign,"]),
    ('"We will not sign," he said.', ["We will not sign,"]),
    ("The Kremlin called it an ‘escalation of the conflict’.", ["escalation of the conflict"]),
    ("It was Trump’s call, and Putin’s reply didn’t come.", []),
    ("The ministers’ meeting ended; ‘nothing changed’, one said.", ["nothing changed"]),
    ("He said «nous sommes prêts» in French.", ["nous sommes prêts"]),
    ("“It was ‘a good start’ for us,” she said.", ["It was ‘a good start’ for us,"]),
    ("“This runs to the end of the paragraph\nand this line is new.", ["This runs to the end of the paragraph"]),
    ("Rock ’n’ roll and the ’90s are not quotes.", []),
    ("The rock 'n' roll singer said the 90's were his best years.", []),
    ("The senator''s aide and the senators'' staff left.", []),
    ("”Fear is what I feel,” one voter wrote.", ["Fear is what I feel,"]),  # a closing mark typed as opener
    ("” … and then he left the room,” the aide wrote.", ["… and then he left the room,"]),  # ... before an ellipsis
    # a quote inside a quote in the same marks, when the outer close follows
    ('"She posted what she called “a rant,” and then deleted it," the aide said.',
     ["She posted what she called “a rant,” and then deleted it,"]),
    ("“She posted what she called “a rant,” and then deleted it,” the aide said.",
     ["She posted what she called “a rant,” and then deleted it,"]),
])
def test_passages(text: str, passages: list[str]) -> None:
    assert [text[p.start:p.end] for p in find_passages(text)] == passages


def test_span_index_tells_offsets_inside_spans() -> None:
    # nested and overlapping spans included (a passage inside another one)
    spans = [(10, 20), (12, 14), (30, 40), (35, 60)]
    closed, half_open = SpanIndex(spans), SpanIndex(spans, closed=False)
    for pos in range(70):
        assert closed.covers(pos) == any(a <= pos <= b for a, b in spans), pos
        assert half_open.covers(pos) == any(a <= pos < b for a, b in spans), pos
    assert not SpanIndex([]).covers(5)


def test_dash_signature_after_a_quote_is_its_speaker(analyzer: Analyzer) -> None:
    text = ("Readers wrote in about the debate.\n\n“He never answered a single question.” ― Laura Kim\n\n"
            "“I will vote for neither of them this year.” ― Pedro Alves.\n\n“Both of them lie.” ― Rosa M Duarte")
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [(q.kind, q.speaker_text) for q in result.quotes] == [
        ("direct", "Laura Kim"), ("direct", "Pedro Alves"), ("direct", "Rosa M Duarte")]  # (an initial with no stop)
    # a signature is a person, an actor of its own, whether or not the recogniser saw the name
    people = {a.id: (a.name, a.kind) for a in result.actors}
    for quote in result.quotes:
        assert people[quote.speaker_id] == (quote.speaker_text, "person")


def test_a_signature_of_an_office_speaks_for_whose_office_it_is(analyzer: Analyzer) -> None:
    text = ("Senator Ana Ruiz spoke on Monday.\n\n“We will review the bill carefully.” ― Office of Sen. Ana Ruiz "
            "(@SenAnaRuiz) March 3, 2025\n\n“We will not back down.” ― Office of the Mayor")
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [(q.speaker_text, q.speaker_id) for q in result.quotes] == [
        ("Office of Sen. Ana Ruiz", "ana-ruiz"), ("Office of the Mayor", None)]  # (no person "office-of-…")
    # (a surname with a capital inside is still a name: "DeWitt")
    text = "Readers wrote in.\n\n“Me too.” ― Tom DeWitt"
    assert [q.speaker_id for q in quotes_of(analyzer, text)] == ["tom-dewitt"]


def test_a_signature_at_the_end_of_the_paragraph_signs_its_opening_quote(analyzer: Analyzer) -> None:
    # a mark left open inside ends the quote early; the writer's words after it do not unsign it
    text = ("“We will not give up our land,” Zelensky said.\n\n“The talks are over for now. Nobody in Moscow "
            "wants ‘peace.” And that is all they want. ― Olena Kovalenko, Kharkiv")
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [q.speaker_text for q in result.quotes] == ["Zelensky", "Olena Kovalenko"]
    # a dash inside a paragraph is no signature
    text = ("“We will not give up our land,” Zelensky said.\n\n“We will never trade land for peace.” The "
            "room ― packed with reporters ― fell silent.")
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [q.speaker_text for q in result.quotes] == ["Zelensky", "Zelensky"]


def test_a_document_label_before_a_quote_names_the_document(analyzer: Analyzer) -> None:
    text = ("The two delegations issued a short text after the talks.\n\n"
            "Joint statement: “Both sides will name their negotiators this week.”\n\n"
            "Comment: The wording leaves the timing open.")
    quote = one(analyzer, text, "name their negotiators")
    # the label is the mention; a document is no actor of its own, so the actor stays unknown
    assert (quote.kind, quote.speaker_text, quote.speaker_id) == ("direct", "Joint statement", None)


def test_double_apostrophes_are_quotes_only_when_switched_on() -> None:
    text = "''It is over,'' the senator said."
    assert find_passages(text) == []
    assert [text[p.start:p.end] for p in find_passages(text, double_apostrophes=True)] == ["It is over,"]


def test_single_marks_opening_the_next_sentence_belong_to_it(analyzer: Analyzer) -> None:
    # the model leaves an opening single mark at the end of the sentence before; the quote that
    # opens its own sentence is direct and continues the speaker, with no cue of its own
    text = "'We will not be pushed around,' Mr Zelensky told reporters. 'Nobody decides for us.'"
    quotes = quotes_of(analyzer, text)
    assert [(q.kind, q.cue, q.speaker_id) for q in quotes] == [
        ("direct", "told", "volodymyr-zelensky"), ("direct", None, "volodymyr-zelensky")]


def test_paragraph_that_reopens_marks_is_a_new_quote() -> None:
    text = "“First part of the remarks.\n“Second part, same speaker.”"
    assert [text[p.start:p.end] for p in find_passages(text)] == [
        "First part of the remarks.", "Second part, same speaker."]


# ---- kinds, cues and speakers
@pytest.mark.parametrize("text, fragment, kind, cue, speaker_text, speaker_id", [
    ("“I think he has had enough,” Trump said.", "I think he has had enough", "direct", "said", "Trump", "donald-trump"),
    ("“We are ready for talks,” said Dmitry Peskov, the Kremlin spokesman.", "We are ready", "direct",
     "said", "Dmitry Peskov", "dmitry-peskov"),
    ("Trump wrote on Truth Social: “The call went very well.”", "The call went very well", "direct",
     "wrote", "Trump", "donald-trump"),
    # the cue right before "that" and the marks, past its addressee, even where the model hangs
    # the quoted clause on the main verb
    ("Although Putin insisted to journalists that “we’re making a lot of headway,” he conceded that “there’s "
     "enormous distrust” between the sides.", "a lot of headway", "mixed", "insisted", "Putin", "vladimir-putin"),
    # a whole utterance after any cue of the lexicon and a comma is direct, not a fragment
    ("Critics were unmoved. Trump boasted, “That makes me smart.”", "That makes me smart", "direct",
     "boasted", "Trump", "donald-trump"),
    ("Zelensky paused. He continued, “Nobody in Kyiv will sign that paper.”", "Nobody in Kyiv", "direct",
     "continued", "He", "volodymyr-zelensky"),
    ("Britain’s ambassador warned the council, “If Russia wins, we all lose.”", "If Russia wins", "direct",
     "warned", "Britain’s ambassador", "uk"),
    ("Putin said in the statement that Russia “is ready to work with the Ukrainian side.”",
     "is ready to work", "mixed", "said", "Putin", "vladimir-putin"),
    ("Trump characterized his call with Putin as “excellent” on Monday.", "excellent", "mixed",
     "characterized", "Trump", "donald-trump"),
    ("Sen. Chuck Grassley (R-Iowa) said Putin was “playing America like a patsy.”", "playing America",
     "mixed", "said", "Sen. Chuck Grassley", "chuck-grassley"),
    ("Zelensky said Russia was preparing a new offensive in the north.", "Russia was preparing", "indirect",
     "said", "Zelensky", "volodymyr-zelensky"),
    ("The talks could resume in April, according to Interfax.", "The talks could resume in April",
     "indirect", "according", "Interfax", "interfax"),
    ("Sanctions will not change the outcome, said Ivan Petrenko, a professor of history at Kyiv University.",
     "Sanctions will not change the outcome", "indirect", "said", "Ivan Petrenko", "ivan-petrenko"),
    ("The Kremlin said the energy truce had begun.", "the energy truce had begun", "indirect", "said",
     "The Kremlin", "russia"),
    ("Ukraine’s backers say the only answer is more weapons for Kyiv.", "the only answer", "indirect",
     "say", "Ukraine’s backers", "group:ukraines-backers"),
    ("Experts say the front line may hold through the summer.", "the front line may hold", "indirect",
     "say", "Experts", "group:experts"),
    ("Ukraine's top commander, Oleksandr Syrskyi, said troops would hold “as long as it is necessary”.",
     "as long as it is necessary", "mixed", "said", "Oleksandr Syrskyi", "oleksandr-syrskyi"),
    # the free relative's pronoun is the main clause's subject: that mention is given
    ("Zelensky pointed to what he called Moscow’s “theatre of peace.”",
     "theatre of peace", "mixed", "called", "Zelensky", "volodymyr-zelensky"),
    # a fragment takes the cue it hangs from, not a later speech verb
    ("Tillis described the plan as a “gift to Moscow” after Shaheen criticised the talks.",
     "gift to Moscow", "mixed", "described", "Tillis", "thom-tillis"),
    # (also with the "as" phrase hung on the object, and a source set off before the verb)
    ("Tillis, according to two aides, has privately described the plan as “a disaster.”",
     "a disaster", "mixed", "described", "Tillis", "thom-tillis"),
    # 'despite admitting': the main clause's subject speaks
    ("Grassley, despite admitting that he had “real doubts” about tariffs, backed the bill.",
     "real doubts", "mixed", "admitting", "Grassley", "chuck-grassley"),
    # inverted attribution
    ("Said Peskov: “There are no plans for a call this week.”", "There are no plans", "direct",
     None, "Peskov", "dmitry-peskov"),
    ("Zelensky’s chief of staff, Andriy Yermak, wrote on Telegram that the delegation had landed.",
     "the delegation had landed", "indirect", "wrote", "Andriy Yermak", "andriy-yermak"),
    # a state's institution speaks for the state
    ("Ukraine’s air force said Russia had launched 120 drones overnight.", "Russia had launched", "indirect",
     "said", "Ukraine’s air force", "ukraine"),
    # "the Kremlin spokesman", named before by that title, is the person; "a Kremlin spokesman" the state
    ("Dmitry Peskov said the talks went on. “Nothing is settled,” the Kremlin spokesman said.",
     "Nothing is settled", "direct", "said", "the Kremlin spokesman", "dmitry-peskov"),
    ("“Nothing is settled,” a Kremlin spokesman said.", "Nothing is settled", "direct", "said",
     "a Kremlin spokesman", "russia"),
    # ... and so is "Ukraine's foreign minister": the holder named before, else the state (not
    # another state's minister)
    ("Ukraine's foreign minister, Andrii Sybiha, met his Turkish counterpart. Later, Ukraine's foreign "
     "minister said the talks were \"useful.\"", "useful", "mixed", "said", "Ukraine's foreign minister",
     "andrii-sybiha"),
    ("Ukraine's foreign minister, Andrii Sybiha, met his Turkish counterpart. Later, Russia's foreign "
     "minister said the talks were \"useless.\"", "useless", "mixed", "said", "Russia's foreign minister",
     "russia"),
    ("Ukraine's foreign minister said the talks were \"useful.\"", "useful", "mixed",
     "said", "Ukraine's foreign minister", "ukraine"),
    # officials in a state's capital speak for it; a diplomat there is stationed, of another state
    ("A senior official in Kyiv, who asked not to be named, said: \"We have heard this before.\"",
     "heard this before", "direct", "said", "A senior official in Kyiv", "ukraine"),
    ("Officials in Moscow said the plan was \"unacceptable.\"", "unacceptable", "mixed", "said",
     "Officials in Moscow", "russia"),
    ("A diplomat in Kyiv said the talks were \"stuck.\"", "stuck", "mixed", "said", "A diplomat", None),
    # a name after the closing mark, set off from the cue by an aside, speaks the whole quote
    ("\"We will not give up a single village,\" Vice President Joe Biden, campaigning in Ohio, said on Monday.",
     "single village", "direct", "said", "Vice President Joe Biden", "joe-biden"),
    ("\"The door is open,\" the foreign minister, speaking in Ankara, told reporters.", "door is open", "direct",
     "told", "the foreign minister", None),
    ("\"It's a rigged system,\" a Trump supporter, Dale Frick, 58, said outside the arena.", "rigged system",
     "direct", "said", "Dale Frick", "dale-frick"),
    # ... by its proper name too, plural or not (but "Ukraine’s backers", above, are others)
    ("Ukraine’s Special Operations Forces claimed on Monday that they had destroyed two radars.",
     "destroyed two radars", "indirect", "claimed", "Ukraine’s Special Operations Forces", "ukraine"),
    # … and a state's armed forces, or one who speaks for its command
    ("Ukraine’s armed forces said they had destroyed two radars.", "destroyed two radars", "indirect", "said",
     "Ukraine’s armed forces", "ukraine"),
    ("The report is false, a spokesman for Ukraine’s southern forces said.", "report is false", "indirect", "said",
     "a spokesman for Ukraine’s southern forces", "ukraine"),
    # a family name written first is the person's surname ("Wang" of "Wang Yi", who may be no pack person)
    ("Chinese Foreign Minister Wang Yi met Lavrov on Tuesday. Wang said China would play a role.",
     "would play a role", "indirect", "said", "Wang", "wang-yi"),
    # "it" after a body nobody named ("The Zambian army", no actor) is that body, not the last actor named
    ("Russia fired missiles at Kyiv. The Zambian army said it had sent doctors. It said more doctors would arrive.",
     "more doctors would arrive", "indirect", "said", "It", None),
    ("Russia fired missiles at Kyiv. The Ukrainian army said it had downed most of them. It said two people died.",
     "two people died", "indirect", "said", "It", "ukraine"),
    # an attribution hung on the clause's subject as a relative clause on a name reports the clause
    ("The talks will resume on Friday, the state news agency TASS reported.", "will resume on Friday", "indirect",
     "reported", "TASS", "tass"),
    # sources "familiar with" a thing, the cue hung on the thing, a participle after the attribution
    ("Washington is weighing new sanctions on Russia's oil buyers, two sources familiar with the discussions told "
     "Reuters, speaking on condition of anonymity because the talks are private.", "weighing new sanctions",
     "indirect", "told", "two sources", "group:two-sources"),
    # the pack's state departments speak for their state
    ("The Treasury Department said it had frozen the assets of two Russian banks.", "frozen the assets", "indirect",
     "said", "The Treasury Department", "usa"),
    # a noun the pack calls an actor by, once the text has named it
    ("NATO leaders met in The Hague, as Washington wanted.\n\nThe alliance said members would spend more.",
     "members would spend", "indirect", "said", "The alliance", "nato"),
    ("The bloc said it would adopt new sanctions.", "new sanctions", "indirect", "said", "The bloc", None),
    # "it" coordinated with a document's clause is the document, not the last state named
    ("The joint statement did not mention sanctions on Russia, but it did mention that Europe would have a "
     "role in the talks.", "Europe would have a role", "indirect", "mention", "it", None),
    # two subjects in the parse: the one next to the cue speaks, a possessor does not
    ("“My view is that the deal is bad,” Zelensky’s chief of staff said in an interview with Reuters.",
     "the deal is bad", "direct", "said", "Zelensky’s chief of staff", None),
    # an attribution set off by commas inside the clause it reports
    ("The truce, officials said, would cover power plants and nothing else.", "would cover power plants",
     "indirect", "said", "officials", "group:officials"),
    ("Kyiv, Zelensky said on Monday, will never trade land for a pause in the fighting.", "will never trade land",
     "indirect", "said", "Zelensky", "volodymyr-zelensky"),
    # the name after a subject with a prepositional phrase is the speaker
    ("The Republican senator from South Carolina, Lindsey Graham, said he had the votes.", "he had the votes",
     "indirect", "said", "Lindsey Graham", "lindsey-graham"),
    # one who speaks for someone speaks for them
    ("A spokesman for Hungarian Prime Minister Viktor Orban said Budapest would not block it.",
     "Budapest would not block it", "indirect", "said", "A spokesman for Hungarian Prime Minister Viktor Orban",
     "viktor-orban"),
    ("A spokeswoman for the Ukrainian foreign ministry said the strike was “a message.”", "a message",
     "mixed", "said", "A spokeswoman for the Ukrainian foreign ministry", "ukraine"),
    # consent reported by someone is no second report: the quoted words are the reporter's
    ("Zelensky said on Monday Kyiv had agreed with the US envoys “that the truce on power plants can begin now.”",
     "truce on power plants", "mixed", "said", "Zelensky", "volodymyr-zelensky"),
    # a quote set beside someone's words is theirs; "as X put it," introduces a whole quote
    ("Putin’s words – “we will see it through” – worried the Baltic capitals.", "we will see it through",
     "mixed", None, "Putin", "vladimir-putin"),
    ("As Peskov put it, “Nobody is in a hurry.”", "Nobody is in a hurry", "direct", "put", "Peskov", "dmitry-peskov"),
    # … and words quoted in another's sentence, "as X said", are X's
    ("Protest is patriotic, the senator said, whether it means sitting in or wearing a shirt that reads “Count every "
     "vote,” as Peskov said before the count.", "Count every vote", "mixed", "said", "Peskov", "dmitry-peskov"),
    # someone's words introduced by a clause about them and a dash are theirs as they stand; a role's
    # words are its holder's
    ("Putin’s message was blunt — “we will finish what we started” — and the room fell silent.",
     "we will finish", "direct", None, "Putin", "vladimir-putin"),
    ("Mayor Ana Ruiz spoke last. The mayor’s reply was short — “We are done waiting” — and the council left.",
     "done waiting", "direct", None, "The mayor", "ana-ruiz"),
    # the name someone gives, quoted, is theirs, inside another's report
    ("Leaders rushed to condemn what Prime Minister Malcolm Turnbull called Pyongyang’s “reckless” launch.",
     "reckless", "mixed", "called", "Prime Minister Malcolm Turnbull", "malcolm-turnbull"),
    # a dateline before the name is no part of the mention
    ("KYIV, Ukraine, May 4 (Wire) — President Volodymyr Zelensky called the offer “an insult.”", "an insult",
     "mixed", "called", "President Volodymyr Zelensky", "volodymyr-zelensky"),
    # a share of people speaks for them as a group, not for their state
    ("Only 52 percent of registered voters agreed that the senator was “fit to serve.”", "fit to serve",
     "mixed", "agreed", "Only 52 percent of registered voters", "group:registered-voters"),
    ("Some 60 percent of Ukrainians said they opposed giving up land.", "they opposed giving up land",
     "indirect", "said", "Some 60 percent of Ukrainians", "group:ukrainians"),
    # the pronoun a free relative leads to is the reporter named before it
    ("Clinton says she valued Machado’s courage through what she calls a “war of ugly words.”",
     "war of ugly words", "mixed", "calls", "Clinton", "clinton"),
    # a person a document describes in quoted words said them; the document reports them
    ("Trump spoke to NBC. According to the report, Trump was “furious” with Putin.", "furious",
     "mixed", "According", "Trump", "donald-trump"),
    # a role noun after an "according to" phrase: unresolved, not the outlet, and not a thing
    ("According to Yahoo News, the spokesman said she would “sign the bill.”", "sign the bill",
     "mixed", "said", "the spokesman", None),
    # a day between the name and the verb is not the speaker (the parser reads "Trump" as a verb)
    ("Trump on Wednesday called Zelensky a “dictator without elections.”", "dictator without elections",
     "mixed", "called", "Trump", "donald-trump"),
    # a past tense the parser read as a participle of the noun before it, with "as" hung on the
    # noun: the quoted name after the object is still the document's
    ("Ten years ago, a Herald column hailed Ruiz as “The Quiet Reformer” for the budget she balanced.",
     "The Quiet Reformer", "mixed", "hailed", "a Herald column", "herald"),
    # a quote its own cue introduces is not the next sentence's, whose subject speaks next
    ("Mayor Ana Ruiz said: “The bridge will reopen.” Governor Tom Hale agreed, saying the state “will pay.”",
     "The bridge will reopen", "direct", "said", "Mayor Ana Ruiz", "ana-ruiz"),
    ("Ruiz’s deputy, Tom Hale, wrote on Telegram: “The bridge is open.” Hale also said the toll “will go.”",
     "The bridge is open", "direct", "wrote", "Tom Hale", "tom-hale"),
    # a colon introduction after an earlier quote of the paragraph still names its own speaker
    ("“A truce now,” Macron said, standing next to Starmer. The British prime minister agreed: “We need it.”",
     "We need it", "direct", None, "The British prime minister", "keir-starmer"),
    # a name set off after a role the pack does not know, which the model took for an organisation
    ("Ukraine's ombudsman, Dmytro Lubinets, said 150 prisoners had “come home.”", "come home", "mixed", "said",
     "Dmytro Lubinets", "dmytro-lubinets"),
    # an "of" phrase that lists names belongs to the mention of the group
    ("“We stand with Ukraine,” the leaders of France, Germany and Britain said.", "We stand with Ukraine",
     "direct", "said", "the leaders of France, Germany and Britain", "group:leaders-of-france-germany-and-britain"),
    # words in marks that open the sentence as its subject are said as they stand; a clause that
    # runs on past the mark is reported speech with a quoted part
    ("\"We'll see\" was all the governor would say.", "We'll see", "direct", "say", "the governor", None),
    ("“You squeezed the workers to the breaking point” to lift the share price, she said.", "You squeezed",
     "mixed", "said", "she", None),
    # a reported clause the parser hung on "said" as an adverbial one
    ("Zelensky said after the talks he would not accept the deal if it were offered.", "would not accept",
     "indirect", "said", "Zelensky", "volodymyr-zelensky"),
    # an attribution between commas inside the sentence it reports, whatever the parse makes of it
    ("Though that handover was fairly smooth, he said, replacing the nominee would be far more bitter and could "
     "lead to fierce lobbying by rival camps.", "replacing the nominee", "indirect", "said", "he", None),
    ("Though the last swap went smoothly, she said, replacing the envoy now would be far more bitter and could "
     "lead to months of lobbying.", "replacing the envoy", "indirect", "said", "she", None),
    # the clause "that" opens, hung by the parser on a clause of when between
    ("Zelensky said when he arrived that the deal was off.", "the deal was off", "indirect", "said", "Zelensky",
     "volodymyr-zelensky"),
    # telling someone to act reports the one told and the act
    ("Graham urged Republicans to join the ranks of climate believers.", "Republicans to join", "indirect", "urged",
     "Graham", "lindsey-graham"),
    ("Beijing warned Pyongyang to refrain from further tests.", "Pyongyang to refrain", "indirect", "warned",
     "Beijing", "china"),
    # a verb of speech the parser coordinated with the reported clause is the reporter's
    ("Putin said the talks were useful and added that a deal was near.", "a deal was near", "indirect", "added",
     "Putin", "vladimir-putin"),
    ("Obama said the vote was “a referendum on decency” and urged young voters to turn out.", "young voters",
     "indirect", "urged", "Obama", "obama"),
    ("Macron asked Putin to accept the ceasefire.", "Putin to accept", "indirect", "asked", "Macron",
     "emmanuel-macron"),
    # (also with a verb of telling to act that is no verb of saying: the words asked for are not said)
    ("Rubio pressed Lavrov to explain why the strikes had resumed.", "Lavrov to explain", "indirect", "pressed",
     "Rubio", "marco-rubio"),
    ("Zelensky ordered the army to hold the line near Pokrovsk.", "the army to hold", "indirect", "ordered",
     "Zelensky", "volodymyr-zelensky"),
    ("The senator tweeted that the nominee was “a fraud” and encouraged voters to “look it up” themselves.",
     "look it up", "mixed", "encouraged", "The senator", None),
    ("The EU called on Moscow to agree to a truce.", "Moscow to agree", "indirect", "called", "The EU", "eu"),
    # … not the words a dash sets after it, nor an asking still to come (the statement about it is the report)
    ("Schiff called on Obama to retaliate for the meddling -- meddling the congressman said is meant to "
     "“sow discord.”", "sow discord", "mixed", "said", "the congressman", None),
    ("Zelensky said he will ask pollsters to survey public trust.", "he will ask pollsters", "indirect", "said",
     "Zelensky", "volodymyr-zelensky"),
    # one of a group speaks for the group, and the mention runs over the group
    ("“We have a plan,” one of Mayor Ana Ruiz’s advisers said.", "We have a plan", "direct", "said",
     "one of Mayor Ana Ruiz’s advisers", "group:ana-ruiz-advisers"),
    ("One of the protesters said the police had “no right” to be there.", "no right", "mixed", "said",
     "One of the protesters", "group:protesters"),
    # "in X's words" names the speaker, "in other words" nobody
    ("In Zelensky’s words, the deal was “a first step.”", "a first step", "mixed", "In", "Zelensky",
     "volodymyr-zelensky"),
    ("Zelensky spoke on Monday. In his own words, the deal was “a first step.”", "a first step", "mixed", "In",
     "his", "volodymyr-zelensky"),
    # a participle clause before the attribution is its circumstance: the words in marks are direct
    ("Asked whether he would accept the result, the Republican nominee said, “I will look at it at the time.”",
     "look at it", "direct", "said", "the Republican nominee", None),
    # an attribution set off by dashes introduces the words as a colon does
    ("“We will win this county” — the mayor told the crowd twice — “and we will win it big.”", "win it big",
     "direct", "told", "the mayor", None),
    ("Putin said — in a rare admission — “Mistakes were made on both sides.”", "Mistakes were made", "direct",
     "said", "Putin", "vladimir-putin"),
    # the subject of the reported clause is never the speaker of a cue whose own subject the parser
    # missed ("Bessent" read as an adverb): the name opening the sentence is
    ("Scott Bessent met the press on Friday. Bessent, speaking at a briefing in the West Wing, said the new duties "
     "hit “Moscow’s war chest.”", "war chest", "mixed", "said", "Bessent", "scott-bessent"),
    ("Scott Bessent met the press on Friday. Bessent, speaking at a briefing in the West Wing, said Russia would "
     "feel the duties.", "would feel the duties", "indirect", "said", "Bessent", "scott-bessent"),
    # a body's name the model missed, or found with a state's adjective in it, is the body's, and
    # the mention runs over the whole name
    ("“The plan is cruel,” the Families for Lasting Peace Forum said in a statement.", "The plan is cruel",
     "direct", "said", "the Families for Lasting Peace Forum", "families-for-lasting-peace-forum"),
    ("The European Steel Producers’ Association warned that the duties would cost jobs.", "would cost jobs",
     "indirect", "warned", "The European Steel Producers’ Association", "european-steel-producers-association"),
    # the clause the parser hung on the noun of the statement, or on a relative clause on it
    ("The White House budget office said in a statement that the president would veto the bill in its current "
     "form.", "would veto the bill", "indirect", "said", "The White House budget office", "usa"),
    ("She said in an interview that aired Sunday that she would run.", "she would run", "indirect", "said", "She",
     None),
    ("Peskov said in a statement that was read on state TV that the talks were over.", "the talks were over",
     "indirect", "said", "Peskov", "dmitry-peskov"),
    # a document's author is the person its phrase ends with, not where they work
    ("A 2019 study by Carver Law School professor Dana Whitfield found that fraud was rare.", "fraud was rare",
     "indirect", "found", "A 2019 study by Carver Law School professor Dana Whitfield", "dana-whitfield"),
    # a conjunction the parser hung on the name is no part of the mention
    ("But Kirill Dmitriev, Putin’s special envoy for economic cooperation, posted on X that “the peace train is "
     "moving.”", "peace train", "mixed", "posted", "Kirill Dmitriev", "kirill-dmitriev"),
    # a person's people named by the name before them are the group of theirs, as with "'s"
    ("Zelensky allies said the plan was dead.", "the plan was dead", "indirect", "said", "Zelensky allies",
     "group:volodymyr-zelensky-allies"),
    ("Zelensky’s allies said the plan was dead.", "the plan was dead", "indirect", "said", "Zelensky’s allies",
     "group:volodymyr-zelensky-allies"),
    # words with no verb set before the attribution are what was said
    ("Not a chance, the senator said.", "Not a chance", "indirect", "said", "the senator", None),
    ("A big mistake, Zelensky told reporters.", "A big mistake", "indirect", "told", "Zelensky",
     "volodymyr-zelensky"),
    # a demonstrative opening the words an attribution interrupts is part of them
    ("That, the minister insisted, was a lie.", "That, the minister insisted, was a lie", "indirect", "insisted",
     "the minister", None),
    # a body a common noun names in apposition speaks ("The publisher, Harbor Books, said")
    ("The publisher, Harbor Books, said the first printing had sold out.", "first printing", "indirect", "said",
     "Harbor Books", "harbor-books"),
    # an aside of being asked, whose closing comma the parser hung on it, is no report
    ("President Donald Trump, asked about the tariffs at a dinner in the Rose Garden, said he hoped they would not "
     "last long.", "he hoped", "indirect", "said", "President Donald Trump", "donald-trump"),
    # both passages of a quote the attribution interrupts are direct, whatever the parse makes of it
    ("“We,” she said, “are not leaving.”", "are not leaving", "direct", "said", "she", None),
    ("“Crooked Hillary,” he said, “will never change.”", "will never change", "direct", "said", "he", None),
])
def test_kind_cue_and_speaker(analyzer: Analyzer, text: str, fragment: str, kind: str, cue: str,
                              speaker_text: str, speaker_id: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.kind, quote.cue, quote.speaker_text, quote.speaker_id) == (kind, cue, speaker_text, speaker_id)
    assert text[quote.start:quote.end] == quote.text
    if quote.speaker_start is not None:
        assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_text


def test_pronoun_resolves_to_last_speaker_not_last_person(analyzer: Analyzer) -> None:
    text = ("Chris Miller, a historian at Tufts University, said Washington offered Putin no "
            "reason to stop.\n"
            "“Russia thinks it can still win the war on the battlefield,” he said in an email.")
    quote = one(analyzer, text, "Russia thinks it can still win")
    assert quote.speaker_text == "he" and quote.speaker_id == "chris-miller"


def test_pronoun_after_new_sentence_subject(analyzer: Analyzer) -> None:
    text = ("“Sanctions do not work,” said Mark Shrad, a political scientist.\n"
            "Trump has described a worldwide sanctions plan. After Monday's calls, he told "
            "journalists he still expected Putin to come round.")
    quote = one(analyzer, text, "he still expected Putin")
    assert quote.speaker_id == "donald-trump"


def test_quote_only_paragraph_continues_previous_speaker(analyzer: Analyzer) -> None:
    text = ("“I’m a pessimist when it comes to sanctions,” said Mark Shrad, a political scientist.\n"
            "“And the Russian economy just keeps plodding along.”")
    quote = one(analyzer, text, "plodding along")
    assert quote.kind == "direct" and quote.speaker_id == "mark-shrad"


def test_passage_naming_the_previous_speaker_does_not_continue_them(analyzer: Analyzer) -> None:
    text = ("Zelensky said on Friday that the money had been spent well.\n\n"
            "“President Zelensky said last week that he does not know where the money went. Well, we gave "
            "them a lot.”")
    assert one(analyzer, text, "we gave them").speaker_id is None
    text = "Zelensky said on Friday that the money had been spent well.\n\n“We know where every dollar went.”"
    assert one(analyzer, text, "every dollar").speaker_id == "volodymyr-zelensky"
    # the second passage of an interrupted quote is the speaker's even when it names them
    text = ("“Nobody pays more than I do,” Trump said at a rally on Monday. “Believe me, I’m not working "
            "for Trump any more, I’m working for you.”")
    assert one(analyzer, text, "working for you").speaker_id == "donald-trump"
    # … also after "he" for the speaker, with a phrase of time after the cue
    text = ("Trump spoke to voters in Ohio.\n“Look at how badly your towns are hurting from high taxes,” he said "
            "in August. “So here is my question for you: what have you got to lose by backing Trump?”")
    assert one(analyzer, text, "what have you got to lose").speaker_id == "donald-trump"


@pytest.mark.parametrize("text, calls", [
    # the terms of a plan are no one's words; a resolution speaks, as a statement does
    ("The proposal calls for a 60-day truce, according to two officials.", 0),
    ("Hamas wants the second phase of the deal, which calls for the release of all hostages.", 0),
    ("The council passed a resolution which called for an end to the war.", 1),
])
def test_what_a_plan_calls_for_is_no_quote(analyzer: Analyzer, text: str, calls: int) -> None:
    assert sum(q.cue in ("calls", "called") for q in quotes_of(analyzer, text)) == calls


def test_a_reported_clause_keeps_the_closing_mark_of_a_fragment_it_quotes(analyzer: Analyzer) -> None:
    text = ("Russian Deputy Foreign Minister Sergei Ryabkov dubbed the threats \"blackmail\" and said Moscow would "
            "not change course, TASS reported.")
    quote = one(analyzer, text, "dubbed the threats")
    assert quote.text.endswith('"blackmail"')


def test_a_subject_before_an_interrupting_attribution_is_no_quote_of_its_own(analyzer: Analyzer) -> None:
    text = "That choice, he wrote in a column for the weekly, “tells you everything about how Moscow works.”"
    assert [(q.kind, q.text) for q in quotes_of(analyzer, text)] == [
        ("direct", "tells you everything about how Moscow works.")]


@pytest.mark.parametrize("text, speaker_id", [
    # a paragraph that is only a quote, after one that tells of a person speaking on an occasion, is theirs,
    # and so are the paragraphs that go on with it
    ("In a speech to parliament on Monday, Zelensky set out his plan for the talks.\n\n“We will not give up "
     "our land.\n\n“And we will not be rushed.”", "volodymyr-zelensky"),
    ("Zelensky addressed parliament on Monday.\n\n“We will not be rushed.”", "volodymyr-zelensky"),
    # not after a paragraph that only tells of what a person did
    ("Zelensky flew to Brussels on Monday.\n\n“We will not be rushed.”", None),
])
def test_quote_after_a_paragraph_of_someone_speaking(analyzer: Analyzer, text: str, speaker_id: str | None) -> None:
    assert {q.speaker_id for q in quotes_of(analyzer, text)} == {speaker_id}


@pytest.mark.parametrize("text", [
    "Economists, who argue that corporate taxes should be low, were split.",
    "Nervous Democrats, who argued that it helps down-ballot, pushed the campaign.",
])
def test_a_group_a_relative_pronoun_stands_for_is_an_actor(analyzer: Analyzer, text: str) -> None:
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    actors = {a.id: a for a in result.actors}
    assert result.quotes and all(q.speaker_id in actors and actors[q.speaker_id].kind == "group"
                                 for q in result.quotes)


def test_second_quote_in_paragraph_keeps_speaker(analyzer: Analyzer) -> None:
    text = "“We need to negotiate with our partners,” Putin said. “Maybe I will call Trump.”"
    quote = one(analyzer, text, "Maybe I will call Trump")
    assert quote.speaker_id == "vladimir-putin"


def test_quote_after_a_sentence_about_someone_is_theirs(analyzer: Analyzer) -> None:
    text = ("“The truce holds,” Peskov said.\n"
            "On Sunday, Zelensky singled out the Black Sea as the hardest question. “Nobody trusts "
            "the other side at sea.”")
    assert one(analyzer, text, "Nobody trusts").speaker_id == "volodymyr-zelensky"


def test_terms_in_quotes_do_not_inherit_a_speaker(analyzer: Analyzer) -> None:
    text = ("“We are ready,” Peskov said. The talks produced a “framework” of sorts.\n"
            "'Black Sea Questions Remain.'")
    assert [q.text for q in quotes_of(analyzer, text)] == ["We are ready,"]


def test_scare_quotes_and_titles_are_not_quotes(analyzer: Analyzer) -> None:
    text = "The so-called “coalition of the willing” met in Paris. He appeared on “Face the Nation” on Sunday."
    assert quotes_of(analyzer, text) == []


def test_unbalanced_mark_runs_to_paragraph_end(analyzer: Analyzer) -> None:
    text = "“We will keep fighting until the end, Zelensky said in his address.\nThe next paragraph is narration."
    quote = one(analyzer, text, "We will keep fighting")
    assert "next paragraph" not in quote.text


def test_a_quote_running_over_paragraphs_is_the_speaker_named_at_its_end(analyzer: Analyzer) -> None:
    # the mark left open at a paragraph's end and opened again on the next is one speech
    text = ("The governor spoke for an hour.\n\n\"We balanced the budget. We cut taxes.\n\n\"We paid the debt.\n\n"
            "\"Now we choose,\" Pratt said.\n\n\"It was long\" and dull.")
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)][:3] == [
        ("Pratt", "We balanced the budget. We cut taxes."), ("Pratt", "We paid the debt."),
        ("Pratt", "Now we choose,")]
    # a closed quote before an attributed one is no part of it
    text = "\"We balanced the budget.\"\n\n\"Now we choose,\" Pratt said."
    assert one(analyzer, text, "balanced").speaker_text is None


def test_a_source_set_off_at_the_end_is_no_part_of_the_report(analyzer: Analyzer) -> None:
    text = ("The army said it had struck a depot overnight, killing at least 20 people, according to the "
            "local health ministry.")
    assert ("The army", "said", "it had struck a depot overnight, killing at least 20 people") in spoken(analyzer, text)


def test_an_interviews_questions_and_answers(analyzer: Analyzer) -> None:
    text = ("Q. Why did you decide to run?\n\nA. Because nobody else would.\n\nQ: And your critics?\n\n"
            "A: They have been wrong before.\n\nThe interview with Jane Moreno has been edited for length.")
    assert [(q.speaker_text, q.speaker_id, q.text) for q in quotes_of(analyzer, text)] == [
        ("Q", None, "Why did you decide to run?"), ("A", "jane-moreno", "Because nobody else would."),
        ("Q", None, "And your critics?"), ("A", "jane-moreno", "They have been wrong before.")]
    # an outlet the interview was given to is nobody's answers
    text = "Q: Why run?\n\nA: Because nobody else would.\n\nShe spoke in an interview with The Associated Press."
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [("Q", None), ("A", None)]
    # questions put to a speaker the transcript names
    text = "Q. Will you publish the letter?\n\nOKAFOR: At the right time.\n\nQ. When?\n\nOKAFOR: After the vote."
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("Q", "Will you publish the letter?"), ("OKAFOR", "At the right time."), ("Q", "When?"),
        ("OKAFOR", "After the vote.")]
    # an initial opening a paragraph is no answer
    text = "A. J. Brown said the plan was fine.\n\nMAYOR: It is fine.\n\nREPORTER: Is it?"
    assert [q.speaker_text for q in quotes_of(analyzer, text)] == ["A. J. Brown", "MAYOR", "REPORTER"]


def test_a_transcript_label_may_carry_the_speakers_role(analyzer: Analyzer) -> None:
    text = ("MARIA LOPEZ, KTVB HOST: Should the senator apologise?\n\n"
            "DAN REYES, CAMPAIGN SPOKESMAN: He already has, twice.")
    assert [(q.speaker_text, q.speaker_id, q.text) for q in quotes_of(analyzer, text)] == [
        ("MARIA LOPEZ", "maria-lopez", "Should the senator apologise?"),
        ("DAN REYES", "dan-reyes", "He already has, twice.")]


def test_an_embedded_post_is_a_quote_of_who_signs_it(analyzer: Analyzer) -> None:
    # the signature on a line of its own, and run together with the post; the closing link is no part of it
    text = ("Zelensky answered within the hour:\n\nWe will not trade our land for a pause. https://t.co/x1\n\n"
            "— Volodymyr Zelensky (@ZelenskyyUa) March 12, 2025\n\nThe post was shared widely.\n\n"
            "Talks resume on Monday in Riyadh. pic.twitter.com/y2— Volodymyr Zelensky (@ZelenskyyUa) March 13, 2025")
    assert [(q.kind, q.speaker_text, q.speaker_id, q.text) for q in quotes_of(analyzer, text)] == [
        ("direct", "Volodymyr Zelensky", "volodymyr-zelensky", "We will not trade our land for a pause."),
        ("direct", "Volodymyr Zelensky", "volodymyr-zelensky", "Talks resume on Monday in Riyadh.")]


def test_an_embedded_post_keeps_what_it_quotes_inside_it(analyzer: Analyzer) -> None:
    text = ("Zelensky answered within the hour:\n\nThey call this a \"goodwill gesture\" while the shelling goes "
            "on!— Volodymyr Zelensky (@ZelenskyyUa) March 12, 2025")
    assert [(q.kind, q.speaker_id, q.text) for q in quotes_of(analyzer, text)] == [
        ("direct", "volodymyr-zelensky", "They call this a \"goodwill gesture\" while the shelling goes on!")]


def test_a_transcript_label_of_a_surname_never_given_in_full_is_that_person(analyzer: Analyzer) -> None:
    text = "HOLT: Senator, your answer?\n\nOKAFOR: Not yet.\n\nMR. HOLT: Why not?\n\nCROWD: Boo!"
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [
        ("HOLT", "holt"), ("OKAFOR", "okafor"), ("MR. HOLT", "holt"), ("CROWD", None)]
    actors = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21")).actors
    assert {(a.id, a.kind) for a in actors} >= {("holt", "person"), ("okafor", "person")}


def test_transcript_label_is_the_speaker(analyzer: Analyzer) -> None:
    text = 'The interview went on.\n"RUBIO: We want a ceasefire as soon as possible."'
    quote = one(analyzer, text, "We want a ceasefire")
    assert quote.speaker_id == "marco-rubio"


@pytest.mark.parametrize("text, is_quote", [
    ("Putin suggested that a UN-run administration could govern Ukraine for a while.", True),
    ("Putin suggested a UN-run administration could govern Ukraine for a while.", False),
    ("A leaked summary suggested that the talks had stalled in Riyadh.", False),
    ("By giving little ground, Putin has signalled that he is ready for a long war.", False),
    # an institution, people or a role speak like a name; data and things infer
    ("In a 2013 memo, the agency suggested that the program should end.", True),
    ("The appeals court ruled that the state's practices broke the law.", True),
    ("The spokesman indicated that talks could resume next week.", True),
    ("The figures indicate that the economy is shrinking.", False),
    # "call" with a plain object convenes or phones; with a name and quoted words it characterises
    ("The rules let the chair call a “special session” to pick a nominee.", False),
    ("Former President Bill Clinton calls Obamacare ‘crazy system’ at a rally.", True),
    # a bare plural before the quoted words is who is named: "calls people 'cowards'"; a modifier
    # inside one phrase is not ("call an urgent 'review'": convening)
    ("At every rally she calls people “cowards” and “weak.”", True),
    ("The board will call an urgent “review” of the contract next month.", False),
    # "agree that" reports with a named subject
    ("Putin agreed that the talks had been useful.", True),
    # a verb of saying, negated, reports nothing; denying still reports
    ("The office named the delegates. It did not say who would lead them.", False),
    ("Peskov would not confirm that a call was planned.", False),
    ("The Kremlin did not deny that talks were under way.", True),
    # (also where the parser gives the curly "n’t" as the subject)
    ("U.N. spokesman Stephane Dujarric spoke on Monday. Dujarric wouldn’t say whether the U.N. will be "
     "taking part in monitoring the Black Sea deal.", False),
    # nor does one declined or refused
    ("Peskov declined to say whether a call was planned.", False),
    ("Peskov refused to confirm that a call was planned.", False),
    ("The ministry failed to note that the strikes had hit a hospital.", False),
    ("Kyiv did not acknowledge that the drones had come from its side.", False),
    # a verb of telling to act that is no verb of saying asks only someone, and only someone asks
    ("The mechanic pressed the lever to release the brake.", False),
    # (a phrase of time or place before the attribution is no fragment of what was said)
    ("On Monday, he said nothing.", False),
    ("The rules breed a caution that encourages officers to be slow in reporting crimes.", False),
])
def test_inference_verbs_need_a_named_subject_and_that(analyzer: Analyzer, text: str, is_quote: bool) -> None:
    assert bool(quotes_of(analyzer, text)) is is_quote


@pytest.mark.parametrize("text, fragment, speaker_text", [
    ("Rubio spoke after the meeting. He concluded:\n“We are closer than we were a month ago.”",
     "We are closer", "He"),
    ("The reporter Anna Kowalczyk reports:\n“The delegations left Riyadh without a statement.”",
     "The delegations left Riyadh", "Anna Kowalczyk"),
    ("Senator Ilse Brandt spoke last. Brandt put it this way: “We are not going to fold.”",
     "not going to fold", "Brandt"),
    # someone's words set out after a colon, the name unknown to the recogniser
    ("Hollis’s answer: “Not a chance.”", "Not a chance", "Hollis"),
    ("Hollis’s answer? “Not a chance.”", "Not a chance", "Hollis"),
])
def test_colon_introductions(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    quote = one(analyzer, text, fragment)
    assert quote.speaker_text == speaker_text
    assert text[quote.speaker_start:quote.speaker_end] == speaker_text


def test_nested_cue_with_a_thing_subject_gives_way_to_the_speaker(analyzer: Analyzer) -> None:
    text = "Zelensky says it shows that Moscow is “not interested in peace.”"
    quote = one(analyzer, text, "not interested in peace")
    assert quote.speaker_id == "volodymyr-zelensky"


def test_transcript_labels_and_stage_directions(analyzer: Analyzer) -> None:
    text = '"WALLACE: Let us begin with the news of the day.\n\n"PENCE: Thank you, Chris.\n\n"(CROSSTALK.)'
    quotes = quotes_of(analyzer, text)
    assert [(q.text, q.speaker_text) for q in quotes] == [
        ("Let us begin with the news of the day.", "WALLACE"), ("Thank you, Chris.", "PENCE")]


def test_a_stage_direction_closing_a_turn_is_no_part_of_it(analyzer: Analyzer) -> None:
    text = "HOLT: Your answer?\n\nTRUMP: We'll see what happens. (Laughter.)\n\nHOLT: Go on.\n\nTRUMP: (Laughs.)"
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("HOLT", "Your answer?"), ("TRUMP", "We'll see what happens."), ("HOLT", "Go on.")]


def test_cue_right_before_the_marks_wins(analyzer: Analyzer) -> None:
    text = ("Peskov said the talks would go on, and when pressed on a date, the Kremlin aide Yuri Ushakov "
            "replied, “Not this week, and not in Riyadh.”")
    quote = one(analyzer, text, "Not this week")
    assert (quote.kind, quote.cue, quote.speaker_id) == ("direct", "replied", "yuri-ushakov")


def test_participle_naming_a_thing_reports_nothing(analyzer: Analyzer) -> None:
    text = "The truce plan announced on Tuesday would freeze the front line, analysts wrote."
    quotes = quotes_of(analyzer, text)
    assert [q.cue for q in quotes] == ["wrote"]


def test_reported_clause_with_a_quoted_title_stays_one_reported_clause(analyzer: Analyzer) -> None:
    # the title is no fragment of speech: one quote, the clause; it holds quotation marks, so it
    # is not indirect (SPEC §1), and a title the clause's edge cuts is kept whole
    text = "Peskov said the talks would be covered on “Face the Nation” and in every other show."
    quotes = quotes_of(analyzer, text)
    assert [(q.kind, q.speaker_id) for q in quotes] == [("mixed", "dmitry-peskov")]
    assert "Face the Nation" in quotes[0].text
    quote = one(analyzer, "The fact-checkers concluded that the claim was “Mostly False.”", "claim was")
    assert (quote.kind, quote.text) == ("mixed", "the claim was “Mostly False.”")


def test_a_headline_quotes_in_capitals(analyzer: Analyzer) -> None:
    # every word of a headline is capitalised: a capitalised fragment in it is speech, not a title
    text = "Zelensky: Peace Must Come With “Real Security Guarantees”\n\nThe president spoke in Kyiv."
    assert one(analyzer, text, "Real Security Guarantees").speaker_id == "volodymyr-zelensky"


def test_colon_introduction_with_non_breaking_spaces(analyzer: Analyzer) -> None:
    text = "Nobody knew why.\xa0Lindqvist\xa0reports:\n\n“The first time she saw him, she was beginning to understand.”"
    assert one(analyzer, text, "The first time she saw him").speaker_text == "Lindqvist"


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # a verb that takes a person as object does not invert: the parse's root noun speaks
    ("Jane Doe, a debate coach at Ohio State, compared Smith to a boxer who is “dancing around the "
     "ring” in the hope of tiring his rival.", "dancing around the ring", "Jane Doe"),
    # a document's finding is attributed to the document
    ("A Treasury report released last year found that officials could not be sure the funds were not "
     "coming from “organised crime or fraud.”", "organised crime or fraud", "A Treasury report"),
    # a gerund with its own subject after "with"
    ("The vote in the Senate was close, with Rubio calling it “a narrow escape.”", "a narrow escape", "Rubio"),
    ("The talks ended early, with Kyiv insisting that “nothing was agreed.”", "nothing was agreed", "Kyiv"),
    # the name another gave a thing, in a claim about them, is the claim's: the claimant speaks
    ("Ruiz said Hale had once called the toll plan “the gold standard” of road finance.", "gold standard", "Ruiz"),
    # a name given in a relative clause stays the describer's
    ("Kyiv accused Moscow of shelling the port, which Zelensky described as “a clear signal of bad faith.”",
     "a clear signal", "Zelensky"),
    ("The envoy condemned what Hale called a “brazen breach” of the truce.", "brazen breach", "Hale"),
])
def test_who_the_fragment_belongs_to(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_a_claim_about_a_name_given_is_one_mixed_quote_of_the_claim(analyzer: Analyzer) -> None:
    text = "Ruiz said Hale had once called the toll plan “the gold standard” and should apologise."
    assert spoken(analyzer, text) == [
        ("Ruiz", "said", "Hale had once called the toll plan “the gold standard” and should apologise")]
    assert quotes_of(analyzer, text)[0].kind == "mixed"


@pytest.mark.parametrize("text, is_quote", [
    ("A 2019 audit found that the fund had lost track of its loans.", True),
    ("The police found that the car had been stolen.", False),
    ("A 2019 audit found the missing ledgers.", False),
])
def test_findings_of_documents_are_attributions(analyzer: Analyzer, text: str, is_quote: bool) -> None:
    assert bool(quotes_of(analyzer, text)) is is_quote


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # the one named in apposition to the description
    ("A spokesman for Maria Okafor, Tom Hale, disputed the account. “It never happened,” he said.",
     "It never happened", "tom-hale"),
    # a definite description of a role the document gave someone is that person
    ("Mayor Jane Ruiz introduced Maria Okafor. The mayor, a longtime ally of Okafor, was blunt. “We need her,” "
     "she said.", "We need her", "jane-ruiz"),
    # a definite description with no aside may be the one named before ("The Republican nominee noted …")
    ("Maria Okafor spoke in Ohio. The Republican nominee noted that the polls had moved. “We are close,” she "
     "said.", "We are close", "maria-okafor"),
    # … but not one the document describes by another role only
    ("“It is on tape,” said Nora Bell, a Democratic strategist. The candidate himself seemed calm. “Voters know "
     "me,” he said.", "Voters know me", None),
    # a possessive description names someone too ("his opponent"), not the last speaker
    ("“It is on tape,” said Nora Bell, a Democratic strategist. His opponent was happy to pile on. “Some of us "
     "keep our word,” she wrote.", "keep our word", None),
    # (not the subject of the words the attribution interrupts)
    ("Maria Okafor said she was “deeply troubled.” Her rival, she said, “has no plan.”", "has no plan",
     "maria-okafor"),
])
def test_he_or_she_after_a_described_person(analyzer: Analyzer, text: str, fragment: str, speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


@pytest.mark.parametrize("text, fragment", [
    ("“We are scared,” said one resident, a retired teacher named Paul Okafor.", "We are scared"),
    ("A retired teacher named Paul Okafor said the town was “scared.”", "scared"),
])
def test_a_description_that_gives_the_name_is_that_person(analyzer: Analyzer, text: str, fragment: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == ("Paul Okafor", "paul-okafor")
    actors = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21")).actors
    assert [(a.id, a.description) for a in actors] == [("paul-okafor", "retired teacher")]


def test_words_of_the_quote_never_speak_it(analyzer: Analyzer) -> None:
    text = ("The hearing ran late. Lindqvist continued:\n\n“Senator Maria Okafor left the hearing early, "
            "and nobody asked her why.”")
    quote = one(analyzer, text, "Senator Maria Okafor left")
    assert quote.speaker_text != "Senator Maria Okafor"
    assert quote.speaker_text == "Lindqvist"


@pytest.mark.parametrize("text, fragment, speaker", [
    # "they" are people, or two parties at once: never one state (a state is "it")
    ("Kyiv and Washington met in Jeddah. They said the talks were “productive and useful.”",
     "productive and useful", ("They", None)),
    # who did not speak is nobody to pass a quote on to; words quoted after a cue of their own
    # ("criticized as") are kept, said by someone unnamed
    ("The row is over the removal of voters who did not respond to letters, a practice now being "
     "criticized as a “use it or lose it” rule.", "use it or lose it", (None, None)),
    # a state's people named by its demonym are no antecedent of "it"
    ("The coalition speaks for 20 million Americans. Recently, however, it issued a paper calling for "
     "“permanent bases” in the region.", "permanent bases", ("it", None)),
    # "he" or "she" after one person nobody names is that person, not a name in the aside about them
    ("The mayor, a Democrat who has endorsed Maria Okafor, disagreed. “That is nonsense,” she said.",
     "That is nonsense", ("she", None)),
    ("A woman in the crowd, who said she had voted for Maria Okafor twice, shouted. “You lied,” she said.",
     "You lied", ("she", None)),
])
def test_speakers_left_unresolved_rather_than_guessed(analyzer: Analyzer, text: str, fragment: str,
                                                      speaker: tuple[str | None, str | None]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a demonstrative names nobody; the group noun the parser left before the cue does
    ("That is only a slice of the $40 million analysts say it takes to win the seat.", "it takes to win",
     ("analysts", "group:analysts")),
    ("That is a lot, and this is what remains unclear, noting that “the fund is empty.”", "the fund is empty",
     (None, None)),
])
def test_a_demonstrative_is_no_speaker(analyzer: Analyzer, text: str, fragment: str,
                                       speaker: tuple[str | None, str | None]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a remark or a document someone made or issued speaks for them, object-controlled or not
    ("The ruling prompted the mayor, Ana Ruiz, to make a remark that described the judges as “cowards.”",
     "cowards", "the mayor"),
    ("The Kremlin issued a statement that called the strike “a provocation.”", "a provocation", "The Kremlin"),
    # with its source named ("from his doctor") it is not the one who released it
    ("He released a statement from his doctor on Friday that says he is in “excellent health.”",
     "excellent health", "that"),
])
def test_a_remark_made_speaks_for_its_maker(analyzer: Analyzer, text: str, fragment: str, speaker: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # what the text shows of who is "he" and who is "she": "X said her office …", honorifics,
    # a role before the name; the last person named is passed over when the pronoun does not fit
    ("Maria Chen said her office would help the tenants. Victor Hale, the landlord, said his building was "
     "safe.\n\n“We hear you,” she told the crowd.", "We hear you", "maria-chen"),
    ("Mrs. Ortega spoke after Mr. Lind on Monday. “That is simply not true,” she said.", "simply not true",
     "ortega"),
    ("Ms. Ortega met Mr. Lind on Monday. “It was a long meeting,” he said.", "a long meeting", "lind"),
    # the pack's word for a person it knows ("pronoun: she")
    ("Kaja Kallas met Marco Rubio in Brussels. Rubio said the talks were useful. “We are closer,” she said.",
     "We are closer", "kaja-kallas"),
    # nothing shown: the usual candidate, whoever it is
    ("Anna Berg met Tom Lind on Monday. “It was a long meeting,” she said.", "a long meeting", "anna-berg"),
    # nobody in the text the pronoun fits: unresolved, not guessed
    ("Mr. Lind spoke on Monday. “It was a long meeting,” she said.", "a long meeting", None),
    # the possessor of kin the subject acts on is the subject ("introduced her father": a woman)
    ("Anna Berg introduced her father. \"He is a fighter,\" she said. He took the stage. \"Thank you,\" he "
     "said.", "Thank you", None),
    ("Anna Berg thanked her husband after Tom Lind spoke. \"We did it,\" he said.", "We did it", "tom-lind"),
])
def test_he_and_she_pass_over_a_person_of_the_other_gender(analyzer: Analyzer, text: str, fragment: str,
                                                           speaker_id: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_the_verb_after_a_documents_issuer_is_no_part_of_the_mention(analyzer: Analyzer) -> None:
    text = "The statement from the Trump campaign read, in part: “Mr. Trump has paid every tax he owes.”"
    assert one(analyzer, text, "paid every tax").speaker_text == "The statement from the Trump campaign"


def test_they_passes_over_a_state_to_the_group_that_spoke(analyzer: Analyzer) -> None:
    # (officials in a state's capital are the state's people, who are "they")
    quote = one(analyzer, "Officials in Kyiv said the strike hit a school. They called it “a war crime.”", "war crime")
    assert (quote.speaker_text, quote.speaker_id) == ("They", "ukraine")
    quote = one(analyzer, "Officials said the strike hit a school. They called it “a war crime.”", "war crime")
    assert (quote.speaker_text, quote.speaker_id) == ("They", "group:officials")
    # nor to a body named inside what the group said
    text = ("Democrats noted that the witness had already testified before the House Oversight Committee. "
            "They called the hearing “a stunt.”")
    assert one(analyzer, text, "a stunt").speaker_id == "group:democrats"


def test_a_roles_words_after_a_colon_are_its_holders(analyzer: Analyzer) -> None:
    text = "Mayor Ana Ruiz spoke on Monday. The mayor’s message was blunt: “We will not back down.”"
    quote = one(analyzer, text, "not back down")
    assert (quote.speaker_text, quote.speaker_id) == ("The mayor", "ana-ruiz")


@pytest.mark.parametrize("text, speaker_id", [
    # a surname the tagger read as a plural, written capitalised inside sentences: no group
    ("Hollings says the levy is “a disaster.” The plan was opposed by Hollings and two others.", None),
    # a group of people stays one
    ("Democrats say the levy is “a disaster.” Many Democrats voted against it.", "group:democrats"),
    # a capitalised "plural" without a plural ending, named nowhere else, is no group either
    ("Pence defended the levy, calling it “a disaster.”", None),
    # … but plurals without the ending are groups
    ("Police called the levy “a disaster.”", "group:police"),
    # a verb that agrees with one person: a name named nowhere else ("Mendes says")
    ("Mendes says the levy is “a disaster.”", None),
    ("Mendes has called the levy “a disaster.”", None),
    ("Republicans have called the levy “a disaster.”", "group:republicans"),
])
def test_a_name_read_as_a_plural_is_no_group(analyzer: Analyzer, text: str, speaker_id: str | None) -> None:
    assert one(analyzer, text, "a disaster").speaker_id == speaker_id


def test_a_coordinated_subjects_mention_runs_over_its_conjuncts(analyzer: Analyzer) -> None:
    text = "Governor Tom Hale and Senator Ana Ruiz met on Monday. Hale and Ruiz said they were “disappointed.”"
    quote = one(analyzer, text, "disappointed")
    assert quote.speaker_text == "Hale and Ruiz"
    assert text[quote.speaker_start:quote.speaker_end] == "Hale and Ruiz"


def test_a_relative_clause_after_a_fragment_does_not_say_it(analyzer: Analyzer) -> None:
    text = "The so-called “coalition of the willing” met in Paris, where Macron said its members were “united.”"
    assert [q.text for q in quotes_of(analyzer, text)] == ["united."]
    text = "The coalition of “willing” nations met in Paris, where Macron said its members were “united.”"
    assert [q.text for q in quotes_of(analyzer, text)] == ["united."]


def test_they_after_a_sentence_opening_with_people_of_a_state(analyzer: Analyzer) -> None:
    text = "Russian negotiators arrived in Istanbul on Thursday. They insisted that Kyiv “pull back.”"
    assert one(analyzer, text, "pull back").speaker_id == "russia"
    # people of two states at once are no state's
    text = "Ukrainian and American officials met in Jeddah. They said the talks were “productive.”"
    assert one(analyzer, text, "productive").speaker_id is None


def test_they_after_parties_nobody_named_is_nobody(analyzer: Analyzer) -> None:
    text = ("The European Union hosted the meeting in Brussels. The two sides agreed to meet again. "
            "They said the talks had been “useful.”")
    assert (one(analyzer, text, "useful").speaker_text, one(analyzer, text, "useful").speaker_id) == ("They", None)


def test_a_cue_keeps_a_short_fragment_nobody_is_named_for(analyzer: Analyzer) -> None:
    quote = one(analyzer, "The practice has been criticized as a “use it or lose it” scheme.", "use it or lose it")
    assert (quote.kind, quote.cue, quote.speaker_text) == ("mixed", "criticized", None)


def test_pronoun_refers_to_a_person_named_where_nobody_speaks(analyzer: Analyzer) -> None:
    text = "Tom Baker was blunt after the vote.\n\n“We lost,” he told supporters."
    quote = one(analyzer, text, "We lost")
    assert (quote.speaker_text, quote.speaker_id) == ("he", "tom-baker")


def test_pronoun_is_resolved_from_where_it_stands(analyzer: Analyzer) -> None:
    # Zelensky is named between "he" and the fragment: he is not the one who accused himself
    text = ("Trump said the talks were “going well” after the weekend.\n\n"
            "On Sunday, he accused Zelensky of “stalling on the deal” and warned of “serious trouble.”")
    assert [q.speaker_id for q in quotes_of(analyzer, text)] == ["donald-trump"] * 3


def test_role_descriptions_of_the_pack_name_the_person(analyzer: Analyzer) -> None:
    text = "The Ukrainian leader said his country was ready to keep talking with its partners."
    quote = one(analyzer, text, "ready to keep talking")
    assert (quote.speaker_text, quote.speaker_id) == ("The Ukrainian leader", "volodymyr-zelensky")


def test_a_mention_does_not_end_on_a_conjunction(analyzer: Analyzer) -> None:
    text = "At the rally, the former secretary of state and current Democratic nominee said she wanted “a fresh start.”"
    assert one(analyzer, text, "a fresh start").speaker_text == "the former secretary of state"


@pytest.mark.parametrize("text, expected", [
    # a relative clause inside the speaker's phrase is no attribution of the passage before it
    ("“It was a mistake,” the former envoy, who asked not to be named, told the paper.",
     [("direct", "told", "the former envoy")]),
    # "when asked whether …": the one asked answers; the question is nobody named's
    ("“No,” said Peskov when asked whether a summit was planned.",
     [("direct", "said", "Peskov"), ("indirect", "asked", None)]),
    # set off by commas, "asked" is a participle though the parser gave it the name as subject
    ("Peskov, asked whether Putin would meet Zelensky, said: “Such a meeting is not on the agenda.”",
     [("indirect", "asked", None), ("direct", "said", "Peskov")]),
    # an aside of asking ("asked about …", "pressed on …") read as the clause the cue reports is no
    # report, and its subject is the cue's
    ("Pence, asked about the tape, told CNN: “I cannot defend it.”", [("direct", "told", "Pence")]),
    ("Vlasenko, asked about the blackout, told reporters that the town would manage.",
     [("indirect", "told", "Vlasenko")]),
    # a "by" phrase names who asked
    ("Asked by a reporter whether he trusted Putin, Trump replied: “I trust nobody.”",
     [("indirect", "Asked", "a reporter"), ("direct", "replied", "Trump")]),
    # the question put to someone in the passive is not theirs, nor anyone's the text names
    ("Marta Vlasenko, the mayor of the port town, was asked on state radio, “Will you stay?”",
     [("direct", "asked", None)]),
    ("Vlasenko was asked by a caller: “Will you stay?”", [("direct", "asked", "a caller")]),
])
def test_who_was_asked_and_who_answers(analyzer: Analyzer, text: str, expected: list) -> None:
    assert [(q.kind, q.cue, q.speaker_text) for q in quotes_of(analyzer, text)] == expected


def test_a_subordinate_report_keeps_the_clause_the_parser_gave_the_outer_cue(analyzer: Analyzer) -> None:
    text = ("“You should step down,” Lopez told the chief executive, after he conceded under Lopez’s questioning "
            "he hadn’t yet been held personally responsible for the losses.")
    assert [(q.cue, q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("told", "Lopez", "You should step down,"),
        ("conceded", "he", "he hadn’t yet been held personally responsible for the losses")]


def test_a_participle_after_an_adverb_and_preposition_is_its_clauses(analyzer: Analyzer) -> None:
    text = ("The governor has said that dozens of people want the seat, but he refuses to name candidates, "
            "aside from saying he wants a diverse slate.")
    assert one(analyzer, text, "a diverse slate").speaker_text == "he"


def test_a_name_in_a_fronted_phrase_is_not_the_paragraphs_subject(analyzer: Analyzer) -> None:
    text = "Asked if he trusted Putin, Trump said: “I trust him a lot.” He later added that “we’ll see.”"
    assert one(analyzer, text, "see").speaker_id == "donald-trump"


def test_a_role_the_pack_describes_resolves_to_its_holder(analyzer: Analyzer) -> None:
    text = ("Dmitry Medvedev, the deputy head of Russia's Security Council, wrote that the deal was "
            "“a farce.” The former president added that Russia would “not stop.”")
    assert one(analyzer, text, "not stop").speaker_id == "dmitry-medvedev"


def test_an_unresolved_pronoun_still_speaks_the_next_passage(analyzer: Analyzer) -> None:
    text = "“We will hold the line,” he said. “We will never give up the port.”"
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [("he", None), ("he", None)]


def test_interrupted_quote_is_two_quotes_unless_joining_is_switched_on(analyzer: Analyzer) -> None:
    text = "“We need to talk to our partners first,” Peskov said. “Maybe there will be a call next week.”"
    assert [q.text for q in quotes_of(analyzer, text)] == [
        "We need to talk to our partners first,", "Maybe there will be a call next week."]
    lex = analyzer.nlp.get_pipe("detente_quotes").lex
    lex.join_interrupted = True
    try:
        quotes = quotes_of(analyzer, text)
    finally:
        lex.join_interrupted = False
    assert len(quotes) == 1
    assert quotes[0].text == text[1:-1]
    assert (quotes[0].cue, quotes[0].speaker_id) == ("said", "dmitry-peskov")


@pytest.mark.parametrize("text, expected", [
    # the fragments of one phrase of reported speech are one mixed quote, marks included
    ("Zelensky called the Russian plan a “trap” and a “theatre of delay.”",
     ["“trap” and a “theatre of delay.”"]),
    ("Kallas described the offer as “empty,” “cynical” and “an insult to the victims.”",
     ["“empty,” “cynical” and “an insult to the victims.”"]),
    ("Orban called the sanctions a “failure” that “hurts Europe more than Moscow.”",
     ["“failure” that “hurts Europe more than Moscow.”"]),
    # a fragment that is a clause of its own, or a verb or "that" between, keeps them apart
    ("Trump said he had “a good relationship” with Putin and “the anger goes away fast.”",
     ["a good relationship", "the anger goes away fast."]),
    ("Macron said he would “gladly” travel to Kyiv and that he hoped Moscow would “show restraint.”",
     ["gladly", "show restraint."]),
    ("The envoy said the talks were “useful” and urged both sides to “keep going.”",
     ["useful", "keep going."]),
    # another cue between two passages: two quotes
    ("“If they want peace,” the minister said, “they know what to do.”",
     ["If they want peace,", "they know what to do."]),
])
def test_fragments_of_one_reported_phrase_are_one_quote(analyzer: Analyzer, text: str,
                                                        expected: list[str]) -> None:
    assert [q.text for q in quotes_of(analyzer, text)] == expected


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # the parser reads the name as the main verb
    ("Trump dismisses these worries, saying there will be security for Ukraine.",
     "there will be security for Ukraine", "donald-trump"),
])
def test_names_the_parser_misreads_still_speak(analyzer: Analyzer, text: str, fragment: str, speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


@pytest.mark.parametrize("text, fragment, speaker_id", [
    ("Bernie Sanders spoke first. Sanders slams the bank: “This is fraud, plain and simple.”",
     "This is fraud", "bernie-sanders"),
    ("Mike Pence spoke in Iowa. Pence shrugs off the polls, insisting that “the momentum is ours.”",
     "the momentum is ours", "mike-pence"),
    ("Democrats said the bill was “dead on arrival.”", "dead on arrival", "group:democrats"),
])
def test_surname_tagged_as_a_plural_is_the_person(analyzer: Analyzer, text: str, fragment: str,
                                                  speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_a_missed_name_with_its_institution_after_it_is_the_person(analyzer: Analyzer) -> None:
    text = "Keir Giles of Chatham House said the talks were “theatre.”"
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [q.speaker_id for q in result.quotes] == ["keir-giles"]
    assert {a.id: a.kind for a in result.actors} == {"keir-giles": "person", "chatham-house": "organization"}


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # the phrase naming the issuer is part of the mention
    ("“Nobody is above the law,” read a statement from the Justice Department.", "Nobody is above",
     "a statement from the Justice Department"),
    ("“We are done here,” said a spokesman for the campaign.", "We are done here", "a spokesman"),
])
def test_inverted_attribution_with_a_noun_phrase(analyzer: Analyzer, text: str, fragment: str,
                                                 speaker_text: str) -> None:
    quote = one(analyzer, text, fragment)
    assert quote.speaker_text == speaker_text
    assert text[quote.speaker_start:quote.speaker_end] == speaker_text


@pytest.mark.parametrize("text, fragment, cue, speaker_id", [
    ("“We were never told,” Peskov grumbled after the meeting.", "We were never told", "grumbled", "dmitry-peskov"),
    ("“It is a trap,” whispered Peskov as the doors closed.", "It is a trap", "whispered", "dmitry-peskov"),
    ("Zelensky recounted how the delegation was “kept waiting for hours.”", "kept waiting", "recounted",
     "volodymyr-zelensky"),
    ("Rubio scoffed at the offer, calling it “a non-starter.”", "a non-starter", "calling", "marco-rubio"),
    ("Rubio termed the offer “a non-starter.”", "a non-starter", "termed", "marco-rubio"),
    ("Rubio begged the envoys to “stay at the table.”", "stay at the table", "begged", "marco-rubio"),
    ("“Sit down,” Rubio snapped.", "Sit down", "snapped", "marco-rubio"),
    ("“Will it end?” a reporter asked. “I hope so,” Zelensky answered.", "I hope so", "answered",
     "volodymyr-zelensky"),
    # messages sent, and the lemmatizer's "texte" for "texted"
    ("“We are on our way,” Witkoff texted.", "We are on our way", "texted", "steve-witkoff"),
    ("“We are on our way,” Witkoff emailed reporters.", "We are on our way", "emailed", "steve-witkoff"),
    ("“That is not what we agreed,” Peskov objected.", "That is not what we agreed", "objected", "dmitry-peskov"),
])
def test_more_ways_of_speaking(analyzer: Analyzer, text: str, fragment: str, cue: str, speaker_id: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.cue, quote.speaker_id) == (cue, speaker_id)


@pytest.mark.parametrize("text, fragment, cue", [
    ("Tom Reed spoke in Dayton.\n\n“We will not quit,” Reed went on.", "We will not quit", "went"),
    ("Tom Reed spoke in Dayton.\n\n“We will not quit,” was how Reed put it.", "We will not quit", "put"),
    ("Tom Reed spoke in Dayton. Reed pointed out that the plan “has no funding.”", "has no funding", "pointed"),
    # a pronoun object before the particle; "put it" with a manner before a colon; the next sentence
    # that says whose words they were
    ("Tom Reed spoke in Dayton.\n\n“We will not quit.” That was how Reed summed it up.", "We will not quit",
     "summed"),
    ("Tom Reed spoke in Dayton. Reed put it simply: “We will not quit.”", "We will not quit", "put"),
])
def test_phrasal_verbs_of_speaking(analyzer: Analyzer, text: str, fragment: str, cue: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.cue, quote.speaker_id) == (cue, "tom-reed")


@pytest.mark.parametrize("text, speaker_text", [
    # quoted words in what someone believes or fears are theirs
    ("The governor believes the levy is “a tax on hope.”", "The governor"),
    ("Farmers fear the deal will “flood the market.”", "Farmers"),
    # reported by someone else, they are the reporter's words
    ("Lindqvist said the farmers fear the deal will “flood the market.”", "Lindqvist"),
    ("In the north, Lindqvist said, farmers now think the deal is “a betrayal.”", "Lindqvist"),
])
def test_quoted_words_in_a_belief_are_the_believers(analyzer: Analyzer, text: str, speaker_text: str) -> None:
    quote = one(analyzer, text, text[text.index("“") + 1:text.index("”")].rstrip(".,"))
    assert (quote.kind, quote.speaker_text) == ("mixed", speaker_text)


def test_a_belief_without_quotation_marks_is_no_report(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "The governor believes the levy will pass before the summer.") == []


def test_a_capitalised_subject_tagged_as_an_interjection_is_a_name(analyzer: Analyzer) -> None:
    text = ("General Carter Ham spoke at the forum. Ham went on to explain that the cuts had left "
            "the army without spare parts.")
    quote = one(analyzer, text, "without spare parts")
    assert (quote.speaker_text, quote.speaker_id) == ("Ham", "carter-ham")


def test_a_phrasal_verb_without_speech_reports_nothing(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "The talks in Riyadh went on for hours and ended without a statement.") == []


def test_headline_opening_with_who_says_it(analyzer: Analyzer) -> None:
    text = ("Sanders: Clinton needs to 'get away from the personal stuff' with Trump.\n\n"
            "Bernie Sanders said on Sunday that the race was close.")
    quote = one(analyzer, text, "get away from the personal stuff")
    assert (quote.kind, quote.speaker_text, quote.speaker_id) == ("mixed", "Sanders", "bernie-sanders")
    # (and whom it is said to: "Sanders to Millennials: …")
    text = text.replace("Sanders:", "Sanders to Millennials:")
    quote = one(analyzer, text, "get away from the personal stuff")
    assert (quote.kind, quote.speaker_text, quote.speaker_id) == ("mixed", "Sanders", "bernie-sanders")


@pytest.mark.parametrize("text, expected", [
    ("Trump Could Win Over Clean Energy Voters, Lindsey Graham Says.\n\nThe senator spoke on Tuesday.",
     [("indirect", "Says", "Lindsey Graham", "lindsey-graham", "Trump Could Win Over Clean Energy Voters")]),
    ("Lindsey Graham Says Trump Could Win Over Clean Energy Voters\n\nThe senator spoke on Tuesday.",
     [("indirect", "Says", "Lindsey Graham", "lindsey-graham", "Trump Could Win Over Clean Energy Voters")]),
    # a quoted part makes it mixed, one quote; words before the verb that name nobody speak unresolved
    ("Zelensky Says Talks Will Bring “A Just Peace”\n\nThe president spoke in Kyiv.",
     [("mixed", "Says", "Zelensky", "volodymyr-zelensky", "Talks Will Bring “A Just Peace”")]),
    ("Peace Deal Is Close, Former Army Doctor Says\n\nThe doctor spoke to reporters.",
     [("indirect", "Says", "Former Army Doctor", None, "Peace Deal Is Close")]),
    # a surname the model took for no name is the person the story names in full
    ("Pence Says Trump Will Accept the Results\n\nMike Pence spoke on Sunday in Ohio.",
     [("indirect", "Says", "Pence", "mike-pence", "Trump Will Accept the Results")]),
    # only the first paragraph is the headline
    ("The talks went on.\n\nLindsey Graham Says Trump Could Win Over Clean Energy Voters", []),
])
def test_a_headline_that_reports(analyzer: Analyzer, text: str, expected: list) -> None:
    found = [(q.kind, q.cue, q.speaker_text, q.speaker_id, q.text) for q in quotes_of(analyzer, text)]
    assert found == expected


def test_headline_label_that_is_no_person_gives_no_speaker(analyzer: Analyzer) -> None:
    text = "Breaking: the plan is 'on hold' for now, officials in Kyiv said on Monday."
    assert all(q.speaker_text != "Breaking" for q in quotes_of(analyzer, text))


def test_a_definite_role_refers_to_the_person_described_so(analyzer: Analyzer) -> None:
    text = "Kremlin spokesman Dmitry Peskov spoke. Putin did not attend. But the spokesman said talks would “go on.”"
    quote = one(analyzer, text, "go on")
    assert (quote.speaker_text, quote.speaker_id) == ("the spokesman", "dmitry-peskov")


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # the president who was speaking, though another president was named after him
    ("At a stop in Ohio, Trump said he was “not pleased” with Putin. “I expected more,” the president added.",
     "I expected more", "donald-trump"),
    # the president who opened the last sentence, not the one who spoke earlier
    ("Zelensky said Kyiv was ready. Trump then phoned Putin for an hour. “It was a good call,” the president said.",
     "It was a good call", "donald-trump"),
    # the one who opened the sentence before, not the one named after him in it
    ("Putin met Trump in Alaska on Friday. “We found common ground,” the president said.",
     "We found common ground", "vladimir-putin"),
    # a role an abbreviated title gave ("Gov.", "Gen.")
    ("Gov. Ana Ruiz spoke after the vote. “We lost,” the governor said.", "We lost", "ana-ruiz"),
    ("Gen. Ana Ruiz spoke after the vote. “We are ready,” the general said.", "We are ready", "ana-ruiz"),
    # a qualifier of the role must fit the holder: a state of the description, or its words
    ("Putin spoke to Trump on Tuesday. “We agreed on a truce,” the Russian president said.",
     "We agreed on a truce", "vladimir-putin"),
    ("Putin spoke to Trump on Tuesday. “We agreed on a truce,” the U.S. president said.",
     "We agreed on a truce", "donald-trump"),
    ("Trump met the leader of Mexico. “We agreed on a truce,” the Mexican president said.",
     "We agreed on a truce", None),
    # a role with its state in other words than the description's
    ("Macron met Starmer in Paris. “We need it now,” the British prime minister said.", "We need it now",
     "keir-starmer"),
    # words before the role that make it another office: the deputy is not the minister
    ("Lavrov met Rubio in Riyadh. “It was useful,” the foreign minister said.", "It was useful", "sergei-lavrov"),
    ("Lavrov met Rubio in Riyadh. “It was useful,” the deputy foreign minister said.", "It was useful", None),
    # a role noun that names the same role as the description's ("pontiff" for "Pope")
    ("Pope Leo spoke in Rome on Sunday. “This war must end,” the pontiff said.", "This war must end",
     "pope-leo-xiv"),
    # a role the document itself gives a pack person, before the name or in apposition
    ("Republican presidential nominee Donald Trump spoke in Ohio. Later the Republican nominee told reporters "
     "the race was “rigged.”", "rigged", "donald-trump"),
    ("Donald Trump, the Republican nominee, spoke in Ohio. Later the nominee told reporters the race was “rigged.”",
     "rigged", "donald-trump"),
    # … not one it gives another
    ("Democratic nominee Ana Ruiz met Donald Trump. The Republican nominee said the race was “rigged.”", "rigged",
     None),
    # the office of one named by a role speaks for them
    ("Stubb spoke on Monday.\n\nThe president's office said later that the talks would go on “as planned.”",
     "as planned", "alexander-stubb"),
])
def test_a_definite_role_is_the_holder_in_focus(analyzer: Analyzer, text: str, fragment: str, speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


@pytest.mark.parametrize("text, fragment, speaker", [
    # an office or standing nobody is described by refers back to the person the story is about
    ("Patricia Nolan urged her supporters on Sunday to back the ticket.\n\n“This is no year for a protest vote,” "
     "the Oregon senator said.", "protest vote", ("the Oregon senator", "patricia-nolan")),
    ("Tom Becker told a rally in Dayton that the count was “fixed.”\n\n“We will win this state,” "
     "the Republican nominee told the crowd.", "win this state", ("the Republican nominee", "tom-becker")),
    # … not when someone else was named in a sentence since, nor by a nationality not shown to be theirs
    ("Judge Carla Medina ruled on Monday. Lawyers for Tom Becker filed papers in the case. The Republican nominee "
     "argued that the files should stay “sealed for good.”", "sealed for good", ("The Republican nominee", None)),
    ("Ana Ruiz met the leader of Peru. “We agreed on a truce,” the Peruvian president said.", "agreed on a truce",
     ("the Peruvian president", None)),
    ("Donald Trump repeated the slogan at every rally.\n\n“Not on my watch,” the senator said.", "my watch",
     ("the senator", None)),
    # "he" after a name that spoke but no actor holds is that one, unresolved, not someone before
    ("Warren did not hold back. “You should resign,” she told Stumpf.\n\nStumpf said he was sorry and that the "
     "bank had fired 5,300 employees. “I take full responsibility,” he said.", "full responsibility", ("he", None)),
    # … nor one that introduces someone with an aside
    ("Ana Ruiz spoke first. “That is not the plan,” said the senator, a Democrat from Ohio.", "not the plan",
     ("the senator", None)),
    # a party's member by the party's noun, and not of another party
    ("Harry Reid fired back within the hour. “This is shameful,” the Nevada Democrat said.", "shameful",
     ("the Nevada Democrat", "harry-reid")),
    ("Democratic nominee Ana Ruiz answered at once. “This is shameful,” the Ohio Republican said.", "shameful",
     ("the Ohio Republican", None)),
    # a standing that is no role refers back the same way, whatever role the document gives them
    ("Republican nominee Donald Trump spent the morning at his golf club.\n\n“We will win,” the billionaire said.",
     "We will win", ("the billionaire", "donald-trump")),
    # "the younger Trump": the other one of that name named before, not whom the bare surname names
    ("Donald Trump Jr. told voters his father “never quits.” “He is a fighter,” the younger Trump said.",
     "a fighter", ("the younger Trump", "donald-trump-jr")),
    # the name a description in apposition gives
    ("Outside, protesters chanted. One of them, a retired nurse named Gloria Sims, said she had driven “two hours "
     "each way.”", "two hours", ("Gloria Sims", "gloria-sims")),
    # a name set off by commas after a description is the speaker, though the parser joined it as a conjunct
    ("The panel's senior Democrat, Rep. Elijah Cummings of Maryland, accused Republicans of wasting public money.",
     "wasting public money", ("Elijah Cummings", "elijah-cummings")),
    # a name in a phrase of time, place or occasion before the subject is not whom "he" stands for
    ("Later, in an interview with radio host Tom Becker, Senator Ana Ruiz said she had no regrets. “I say what I "
     "mean,” she told Becker.", "I say what I mean", ("she", "ana-ruiz")),
])
def test_an_epithet_or_a_name_set_off_is_the_person_meant(analyzer: Analyzer, text: str, fragment: str,
                                                          speaker: tuple[str, str | None]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


def test_a_participle_coordinated_with_a_quoted_clause_is_the_main_subjects(analyzer: Analyzer) -> None:
    text = ("Mr. Becker hardly settled the question, treating the charge first as praise -- \"That shows I'm "
            "careful\" -- and, when pressed after the hearing, insisting, \"Of course I follow the rules.\"")
    quote = one(analyzer, text, "Of course I follow")
    assert (quote.speaker_text, quote.cue) == ("Mr. Becker", "insisting")
    # (in two apostrophes, which the parser may make the root of the sentence; a finite verb after the
    # marks takes no subject from inside them)
    quote = one(analyzer, text.replace('\"', "''"), "Of course I follow")
    assert (quote.speaker_text, quote.cue) == ("Mr. Becker", "insisting")


def test_words_in_capitals_the_cue_after_attributes_are_one_direct_quote(analyzer: Analyzer) -> None:
    assert [(q.kind, q.text) for q in quotes_of(analyzer, "“That's America,” he said.")] == [
        ("direct", "That's America,")]


def test_a_verb_of_speech_opening_the_sentence_is_no_part_of_a_name(analyzer: Analyzer) -> None:
    result = analyzer.analyze_one(Document(id="t", text=(
        "Said Clinton adviser Jennifer Palmieri: “We will not let this stand.”\n\n"
        "The campaign's statement was brief."), published="2025-05-21"))
    assert [a.name for a in result.actors if a.kind == "person"] == ["Clinton", "Jennifer Palmieri"]
    assert next(a for a in result.actors if a.name == "Jennifer Palmieri").description == "Clinton adviser"


def test_a_second_verb_of_speech_is_a_second_report_not_content(analyzer: Analyzer) -> None:
    # the parser hangs "has insisted" on the reported clause; it is the speaker's second report
    text = "Putin has said he is open to talks but has insisted that Kyiv give up its bid to join NATO."
    assert [(q.cue, q.text) for q in quotes_of(analyzer, text)] == [
        ("said", "he is open to talks"), ("insisted", "Kyiv give up its bid to join NATO")]
    # one with a named subject of its own coordinated at the end is another speaker's report
    text = ("The ruling set off a new round of sniping on Friday: Republicans said they were increasingly sure the "
            "agency had erred and Democrats accused the GOP of playing politics with the case.")
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("Republicans", "they were increasingly sure the agency had erred"),
        ("Democrats", "playing politics with the case")]
    # … nor an act the speaker commits to or urges, in an infinitive
    text = ("Ruiz told the council on Monday that the city would not sign until the audit was done, and vowed to "
            "keep the libraries open.")
    assert [q.text for q in quotes_of(analyzer, text)] == ["the city would not sign until the audit was done"]
    # (what she urged is a report of its own, hers: the one told and the act)
    text = "She said the union wanted a deal and urged members to stay calm."
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("She", "the union wanted a deal"), ("She", "members to stay calm")]


def test_a_definite_role_nobody_was_described_as_stays_unresolved(analyzer: Analyzer) -> None:
    text = "Tom Reed spoke in Ohio. “He is unfit,” the party’s nominee said."
    assert one(analyzer, text, "He is unfit").speaker_id is None


def test_pronoun_in_a_where_clause_is_the_mention(analyzer: Analyzer) -> None:
    text = "Trump held a rally in Ohio on Monday, where he told the crowd, “We are going to win big.”"
    quote = one(analyzer, text, "We are going to win big")
    assert (quote.speaker_text, quote.speaker_id) == ("he", "donald-trump")


@pytest.mark.parametrize("text, fragment, speaker_text", [
    ("Tom Reed was described by aides as “furious” after the vote.", "furious", "aides"),
    ("The measure was denounced by Democrats as “cruel and unnecessary.”", "cruel and unnecessary", "Democrats"),
    # the cue itself is active: the one quoted speaks
    ("Tom Reed was quoted as saying that “the system is rigged.”", "the system is rigged", "Tom Reed"),
])
def test_passive_speech_verb_gives_its_agent(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_participle_after_a_relative_clause_of_speech_belongs_to_the_main_clause(analyzer: Analyzer) -> None:
    text = ("Tom Reed was similarly defensive when forced to defend not paying a builder who said he was "
            "cheated after he built a garage, saying, “Maybe he didn’t do a good job.”")
    assert one(analyzer, text, "Maybe he didn’t do").speaker_id == "tom-reed"


@pytest.mark.parametrize("text, fragment, speaker_id", [
    ("“Nobody is above the law,” read a statement from the Kremlin.", "Nobody is above", "russia"),
    ("“We are stronger together,” the statement said.", "We are stronger together", None),
    # figures, data, polls and studies are counted or found by someone: no group of people
    ("More than 2,000 fighters have deserted since May, according to data gathered by monitors.",
     "have deserted since May", None),
    ("According to recent polls, the mayor is “well ahead” of her rival.", "well ahead", None),
    ("According to figures from the Kremlin, grain exports “fell sharply” in March.", "fell sharply", "russia"),
    # a service named after a language is no state
    ("According to figures checked by BBC Russian, grain exports “fell sharply” in March.", "fell sharply", None),
    # "it" after a person's office or campaign is that office, which speaks for the person
    ("Mayor Ana Ruiz's office answered on Monday. “The claim is false,” it said.", "The claim is false",
     "ana-ruiz"),
    ("The Zelensky campaign pushed back. “The claim is false,” it said.", "The claim is false",
     "volodymyr-zelensky"),
])
def test_a_statement_speaks_for_its_issuer_and_is_no_group(analyzer: Analyzer, text: str, fragment: str,
                                                          speaker_id: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


@pytest.mark.parametrize("text, fragment, speaker_id", [
    ("Russia’s Defense Ministry said 66 drones were downed. The ministry said the attacks were “a provocation.”",
     "a provocation", "russia"),
    # nothing named "ministry" before it: unresolved, not guessed
    ("The talks ended on Monday. The ministry said it was “a provocation.”", "a provocation", None),
    # the state named after the institution
    ("The foreign ministry in Moscow called the report “pure fiction.”", "pure fiction", "russia"),
    ("The government of Hungary said it would “not back” the package.", "not back", "hungary"),
    # an embassy in a capital is not that capital's state's
    ("The embassy in Washington said the claims were “without basis.”", "without basis", None),
    # "the alliance", "the group": the last actor named that is no person, when it is of that kind
    ("NATO said it would meet on Friday. The alliance added that it was “united.”", "united", "nato"),
    # (a state's adjective between them is no mention of a state)
    ("NATO backed the Ukrainian plan on Friday. The alliance added that it was “united.”", "united", "nato"),
    ("NATO met on Friday. Ukraine’s special forces claimed a strike, which the group called “a success.”",
     "a success", None),
])
def test_the_institution_named_before(analyzer: Analyzer, text: str, fragment: str, speaker_id: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_as_x_put_it_after_the_fragment_wins(analyzer: Analyzer) -> None:
    text = ("Several members of Congress echo her concerns, because the main test for the scheme is a "
            "“lawful source of investment income,” as a Treasury memo put it.")
    quote = one(analyzer, text, "lawful source of investment income")
    assert (quote.cue, quote.speaker_text) == ("put", "a Treasury memo")


def test_participle_after_a_where_clause_belongs_to_the_main_clause(analyzer: Analyzer) -> None:
    text = ("Small groups of marchers kept asking for answers about the shooting, circling the streets around "
            "the arena - where the home team played the visitors - while chanting, “No justice, no peace.”")
    assert one(analyzer, text, "No justice").speaker_text == "Small groups of marchers"


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # the sentence splitter ends the sentence at "?", the parser leaves "chanted" with no subject
    # of its own: the clause it hangs from gives it
    ("Police said it.\n\nVeterans marching through the streets chanted “What truce?” and kept going.",
     "What truce?", "Veterans"),
    # a long sentence that opens with the attribution; the later "Ana said" is another one
    ("“Still talking?” she said, but the room had emptied, and as the minister went on about "
     "“shared values,” Ana said nothing at all.", "Still talking?", "she"),
])
def test_attribution_the_parse_splits_off(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_compared_to_is_no_cue(analyzer: Analyzer) -> None:
    # "compared to" is a preposition here; before, the fragments took its "speaker" (the survey).
    # The rating is the agency's words
    text = ("A survey found the agency was strict.\n\nThe agency rated 30% of the claims as "
            "“misleading” or “false,” compared to 12% a year earlier.")
    assert [(q.cue, q.speaker_text) for q in quotes_of(analyzer, text)] == [
        ("found", "A survey"), ("rated", "The agency")]


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # "show" read as a verb: the object of "according to" is still its first noun
    ("As a host, he repeatedly mocked guests with crude jokes, according to show insiders.",
     "mocked guests", "insiders"),
    # a quantity of people speaks
    ("The vote angered the families of the sailors, many of whom say the navy lied to them.",
     "the navy lied to them", "many of whom"),
])
def test_subjects_the_parser_hides(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_negation_read_as_subject_hides_no_speaker(analyzer: Analyzer) -> None:
    # "n’t" read as the subject and the pronoun hung on "did": the reporting clause's name speaks
    text = ("Sen. Mara Quill said she didn’t think the sanctions had worked, arguing that it was the "
            "blockade that had cost the most.")
    arguing = [q for q in quotes_of(analyzer, text) if q.cue == "arguing"]
    assert [(q.text, q.speaker_text) for q in arguing] == [
        ("it was the blockade that had cost the most", "Sen. Mara Quill")]


def test_pronoun_inside_a_relative_clause_stays_the_mention(analyzer: Analyzer) -> None:
    # "which she said were …": the mention is "she", resolved to the main clause's subject
    text = "Sara Rowe attacked the donors for their “generous” gifts, which she said were bought with favours."
    quote = [q for q in quotes_of(analyzer, text) if q.cue == "said"][0]
    assert (quote.speaker_text, quote.speaker_id) == ("she", "sara-rowe")
    assert text[quote.speaker_start:quote.speaker_end] == "she"


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # the object of a verb that made someone speak did the speaking; not of one that only urged it
    ("The committee forced Halvorsen, who was under oath, to admit that the audit had been skipped.",
     "the audit had been skipped", "Halvorsen"),
    # a verb coordinated with one whose subject the parse lost: the name before that verb
    ("When fighters are exposed as part of the second wave of the long border war, Park and Haddad call "
     "them “strays” and describe their raids as crimes rather than acts of war.", "crimes rather than",
     "Haddad"),
])
def test_speaker_of_controlled_and_coordinated_cues(analyzer: Analyzer, text: str, fragment: str,
                                                    speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_lets_say_is_a_supposition_not_speech(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "Let’s say the talks fail next week and the guns start again.") == []


@pytest.mark.parametrize("text, reports", [
    # idioms of saying that report nothing
    ("It goes without saying that a tax rise is poison for the party.", []),
    ("The mayor said it was too early to tell whether the blast was caused by a bomb.",
     [("it was too early to tell whether the blast was caused by a bomb", "The mayor")]),
    ("He backed the plan, saying it would help, but without saying how it would be paid for.",
     [("it would help", "He")]),
    # a clause a colon or semicolon ends is the writer's, not what the next clause's speaker says
    ("The news of the deals set off a new round of fighting on Friday: Republicans said they were sure the "
     "department had erred.", [("they were sure the department had erred", "Republicans")]),
    ("It is a very unlikely outcome; her team says she will carry on this week.",
     [("she will carry on this week", "her team")]),
    ("We have seen this before: the group declared war on the city in 1993.", []),
])
def test_what_is_not_reported(analyzer: Analyzer, text: str, reports: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker_text) for q in quotes_of(analyzer, text)] == reports


@pytest.mark.parametrize("text, content, speaker_text", [
    # a participle naming a thing ("the deal announced Tuesday") reports nothing; the verb before does
    ("Moscow said the grain deal announced Tuesday could only start after sanctions were lifted.",
     "the grain deal announced Tuesday could only start after sanctions were lifted", "Moscow"),
    # the end of the reported clause that the parser hung on the main verb belongs to it
    ("State media quoted the tracking site Flightradar as saying the jet believed to be carrying Kellogg "
     "had left Minsk.", "the jet believed to be carrying Kellogg had left Minsk", "Flightradar"),
    # the clause's subject read as the cue's object belongs to the clause
    ("The ministry has said veterans and widows - young, old, urban and rural - would qualify for the new "
     "payments.", "veterans and widows - young, old, urban and rural - would qualify for the new payments",
     "The ministry"),
    # "according to" set off at the end attributes the sentence, not the clause it was hung on
    ("Some 8,000 people working for Moscow's navy have now left as the blockade in Crimea enters the second "
     "month, according to records kept by activists.",
     "Some 8,000 people working for Moscow's navy have now left as the blockade in Crimea enters the second "
     "month", "records"),
    # set off inside a clause whose verb the parser left without its complement: the rest is content
    ("The levy is, according to one aide, a gift to the big banks.",
     "The levy is, according to one aide, a gift to the big banks", "one aide"),
    # the source's description between commas before the subject is no content; a phrase of time is
    ("According to Jane Doe, a senator from Ohio, the bill is a gift to the banks.",
     "the bill is a gift to the banks", "Jane Doe"),
    ("According to the audit, in the first half of the year, the levy raised less than planned.",
     "in the first half of the year, the levy raised less than planned", "the audit"),
    # ... or its predicate, past a possessive apostrophe
    ("The general went on to explain how he believes cuts to the budget left his and other officers’ hands "
     "tied during the war.",
     "how he believes cuts to the budget left his and other officers’ hands tied during the war", "The general"),
    # the day right after the cue is when it was said, though the parser put it in the clause
    ("Hamas said on Tuesday it had accepted the Egyptian proposal.", "it had accepted the Egyptian proposal",
     "Hamas"),
    ("Zelensky said on Monday Ukraine would attend.", "Ukraine would attend", "Zelensky"),
    # (not a day the clause owns)
    ("Peskov said Tuesday's vote was fair.", "Tuesday's vote was fair", "Peskov"),
    # the clause's object read as a second clause of the cue, with no subject or "that" of its own
    ("Zelensky has said repeatedly that Ukraine will never recognise occupied territories as Russian.",
     "Ukraine will never recognise occupied territories as Russian", "Zelensky"),
    # a participle read as the clause's verb ("the drones launched"), its real verb hung on the cue
    ("The ministry said the drones launched overnight hit two depots near the river.",
     "the drones launched overnight hit two depots near the river", "The ministry"),
    # ... and further coordinated, past a curly "n’t" the parser takes for a subject
    ("Officials say that the men sent to the border only include reservists who signed up with the navy and "
     "students aren’t sent there.",
     "the men sent to the border only include reservists who signed up with the navy and students aren’t sent "
     "there", "Officials"),
])
def test_reported_clause_the_parse_breaks_up(analyzer: Analyzer, text: str, content: str, speaker_text: str) -> None:
    assert [(q.kind, q.text, q.speaker_text) for q in quotes_of(analyzer, text)] == [
        ("indirect", content, speaker_text)]


@pytest.mark.parametrize("text, reports", [
    # a participle of speech closing a reported clause is the reporter's next report, not part of
    # the first and not said by the clause's subject
    ("He also argued that it is too early for the United States to ease sanctions on Russia, stating that "
     "Kyiv continues talks with its partners on new packages.",
     [("it is too early for the United States to ease sanctions on Russia", "He"),
      ("Kyiv continues talks with its partners on new packages", "He")]),
    ("The minister said the army had taken the village, adding that fighting continued.",
     [("the army had taken the village", "The minister"), ("fighting continued", "The minister")]),
    # a participle that is no speech stays in the clause
    ("Officials said the strike hit a school, killing three people.",
     [("the strike hit a school, killing three people", "Officials")]),
])
def test_participle_closing_a_reported_clause_is_the_reporters(analyzer: Analyzer, text: str,
                                                               reports: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker_text) for q in quotes_of(analyzer, text)] == reports


@pytest.mark.parametrize("text, fragment, speaker_text", [
    ("In recent weeks, Senator Reed has gone after the governor as a “human leech who will bleed the state.”",
     "human leech", "Senator Reed"),
])
def test_going_after_someone_as(analyzer: Analyzer, text: str, fragment: str, speaker_text: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_gerund_after_a_preposition_on_be_is_nobodys_act(analyzer: Analyzer) -> None:
    text = "The choice was between going after the governor as “unfit for office” or mocking his image."
    assert [q.speaker_text for q in quotes_of(analyzer, text)] in ([], [None])


@pytest.mark.parametrize("text, fragment, cue, speaker_text", [
    # the cue's adjuncts of time and place between it and the marks leave it the introduction
    ("The ad concludes with a clip of Novak saying at the town hall on Tuesday, “That makes me clever,” "
     "after his rival attacked him.", "That makes me clever", "saying", "Novak"),
    ("Peskov told reporters in Moscow on Monday, “We are ready.”", "We are ready", "told", "Peskov"),
    # a verb of speech in a relative clause before the marks is no introduction
    ("The senator had mocked the excuse, saying anyone who complains about the lights “is not having a good "
     "evening.”", "not having a good evening", "saying", "The senator"),
])
def test_cue_with_adjuncts_before_the_marks(analyzer: Analyzer, text: str, fragment: str, cue: str,
                                           speaker_text: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.cue, quote.speaker_text) == (cue, speaker_text)


def test_interrupted_passage_after_a_colon_introduction(analyzer: Analyzer) -> None:
    text = ("Sen. Claire Brandt scolded him: “The scientific community is almost united against you,” she said. "
            "“When you call a product a miracle, I do not understand.”")
    assert [(q.kind, q.cue, q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [
        ("direct", "scolded", "Sen. Claire Brandt", "claire-brandt"),
        # the second passage is the interrupting attribution's; the introduction is no report of "she"
        ("direct", None, "she", "claire-brandt")]


@pytest.mark.parametrize("text, fragment, cue, speaker_text", [
    # a cue with its addressee before a colon introduces the passage, and names who the "she" after it is
    ("Sen. Claire Brandt scolded him: “The scientific community is almost united against you,” she said.",
     "The scientific community", "scolded", "Sen. Claire Brandt"),
    ("Putin told reporters: “We are ready for talks.”", "We are ready", "told", "Putin"),
    # a passage that ends its sentence is not attributed by a cue that opens the next passage
    ("She got upset, so I had to change my answer: \"Of course I believe in ghosts. I was just kidding.\" "
     "To which she said, \"Thank God you still do.\"", "I was just kidding", None, None),
    ('"We are ready." Peskov said.', "We are ready", "said", "Peskov"),
])
def test_colon_introductions_and_the_cue_after(analyzer: Analyzer, text: str, fragment: str, cue: str | None,
                                               speaker_text: str | None) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.cue, quote.speaker_text) == (cue, speaker_text)


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # the noun before a gerund after a preposition is its subject
    ("Zelensky said Moscow was lying about the terms of the deal, despite the U.S. later saying it would "
     "help restore Russian access to the grain market.", "it would help restore", "the U.S."),
    # with none, the gerund is the main clause's
    ("The minister left the room after saying that the talks were over.", "the talks were over", "The minister"),
    ("The governor refuses to discuss names, aside from saying he wants a diverse delegation.",
     "he wants a diverse delegation", "The governor"),
])
def test_subject_of_a_gerund_after_a_preposition(analyzer: Analyzer, text: str, fragment: str,
                                                 speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes_of(analyzer, text) if q.text.startswith(fragment)] == [speaker_text]


@pytest.mark.parametrize("text, fragment, speaker_text, speaker_id", [
    # a document speaks for who issued it: the subject of the verb it is the object of ...
    ("The Security Council issued a statement calling the test “a clear violation of earlier resolutions.”",
     "a clear violation", "The Security Council", "un"),
    ("France proposed three amendments, which add that the war was a “full-scale invasion by the Russian army.”",
     "full-scale invasion", "which", "france"),
    # ... a name glued to it ...
    ("The assembly turned to the U.S.-drafted resolution, which acknowledges “the sad loss of life in the "
     "conflict” but never mentions the invasion.", "the sad loss of life", "which", "usa"),
    # ... or a phrase after it; a participle on the document is the document's
    ("A document on the Kremlin website states that talks can resume only if sanctions are “lifted in full,” "
     "language that rules out a quick deal.", "lifted in full", "A document on the Kremlin website", "russia"),
    ("Tensions grew as US envoys promoted their narrow resolution regretting the deaths in the "
     "“Russia-Ukraine conflict” and calling for a quick settlement.", "Russia-Ukraine conflict",
     "US envoys", "usa"),
    # ... a relative clause whose subject issued it, or "by" an organisation the model found
    ("Moscow wants “firm guarantees,” according to a readout the Kremlin released after the call.",
     "firm guarantees", "a readout the Kremlin released", "russia"),
    ("The aim is to reward “patient capital,” according to a speech Maria Chen delivered in Ohio last year.",
     "patient capital", "a speech Maria Chen delivered", "maria-chen"),
    ("The grant programme “lacked basic oversight,” according to a report by the Government "
     "Accountability Office.", "lacked basic oversight",
     "a report by the Government Accountability Office", "government-accountability-office"),
    # "the statement" is the one introduced just before, with its issuer
    ("The Security Council issued a statement on Friday. The statement noted that members “stand united.”",
     "stand united", "The statement", "un"),
    ("In a statement, the Kremlin welcomed the talks. The statement added that Moscow was “ready to listen.”",
     "ready to listen", "The statement", "russia"),
    ("A statement came from the union on Friday. The statement called the strike “a success.”",
     "a success", "The statement", None),
    # a letter's signers, when no actor, are a group
    ("A letter signed by 50 former officials called the plan “reckless.”", "reckless",
     "A letter signed by 50 former officials", "group:50-former-officials"),
    # one of two issuers did not issue it alone
    ("Children there have “the worst odds in the country,” according to a study by Harvard and the "
     "University of California.", "the worst odds", "a study by Harvard and the University of California", None),
])
def test_a_document_speaks_for_its_issuer(analyzer: Analyzer, text: str, fragment: str, speaker_text: str,
                                          speaker_id: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == (speaker_text, speaker_id)


@pytest.mark.parametrize("text, fragment, speaker_id", [
    ("The pro-Kremlin Russian newspaper, Moskovsky Komsomolets, published rare criticism of the US president.\n\n"
     "\"All agreements on that level are worth a few pennies\" the newspaper concluded.", "a few pennies",
     "moskovsky-komsomolets"),
    ("Interfax, a Russian news agency, reported the talks had ended. The agency said a new round was planned.",
     "a new round", "interfax"),
    # nobody was described so: unresolved
    ("The talks ended on Monday. The newspaper said a new round was planned.", "a new round", None),
])
def test_the_noun_that_described_an_actor_refers_to_it(analyzer: Analyzer, text: str, fragment: str,
                                                       speaker_id: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


@pytest.mark.parametrize("text, speaker_id", [
    # a "when he said" clause after a possessed noun of speech tells of that speech
    ("Lavrov did not respond to Trump’s criticism of the Kremlin over the weekend, when he said he was “very "
     "disappointed” that Moscow had stalled the talks.", "donald-trump"),
    # without one, "he" is the subject's
    ("Peskov spoke to reporters on Monday, when he said the talks were “going well.”", "dmitry-peskov"),
])
def test_when_he_said_after_someones_criticism(analyzer: Analyzer, text: str, speaker_id: str) -> None:
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [("he", speaker_id)]


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # a name in a title before another is not the topic a pronoun refers to
    ("Trump campaign spokesman Jason Miller told reporters that the policy would cover single mothers. "
     "However, he could not explain why a marriage rule was cited on the website.\n\n"
     "“We don’t have the exact text written down,” he said.", "exact text", "jason-miller"),
    # a document's issuer is no antecedent for "she"
    ("Ines Varga, an economist at the institute, said Donald Trump's statement did not clarify the matter.\n\n"
     "“I do not see details about who is left out,” she said after reading the outline.", "who is left out",
     "ines-varga"),
])
def test_who_a_pronoun_speaker_is(analyzer: Analyzer, text: str, fragment: str, speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_relayed_report_is_one_quote_of_the_inner_speaker(analyzer: Analyzer) -> None:
    text = "The minister’s office said she told the envoy that a deadline must be set for the talks."
    assert [(q.text, q.cue, q.speaker_text) for q in quotes_of(analyzer, text)] == [
        ("a deadline must be set for the talks", "told", "she")]
    # a thing that "underscores" something is no speaker: the outer report stays
    text = "She says it underscores that the plan is “dead on arrival.”"
    assert one(analyzer, text, "dead on arrival").speaker_text == "She"


@pytest.mark.parametrize("text, fragment, speaker_text", [
    ("The ads portrayed the mayor as a “puppet of the unions.”", "puppet of the unions", "The ads"),
    # a horizontal bar after the phrase is a dash to the models, not a verb
    ("Senator Reed has been pounding the governor as a “con man” ― much as he did with his last rival.",
     "con man", "Senator Reed"),
    ("Critics have long painted the envoy as “Moscow’s messenger.”", "Moscow’s messenger", "Critics"),
    # a name given is the speaker's words, though every word of it is capitalised (a title alone is
    # no speech: "appeared on 'Face the Nation'")
    ("At the rally he dubbed his rival “Little Marco.”", "Little Marco", "he"),
    ("She called the budget plan “The Great Giveaway.”", "The Great Giveaway", "She"),
    # a rating with adjectives in its "as" phrase
    ("The watchdog rated 30% of the minister’s statements as “false” or “baseless,” against 8% of hers.",
     "baseless", "The watchdog"),
])
def test_characterisation_in_quotation_marks(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_characterisation_without_quotation_marks_is_analysis(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "Kyiv hopes to isolate Moscow, painting it as a reluctant peacemaker.") == []


@pytest.mark.parametrize("text, kind, speaker_text", [
    ("Proxies are barred when voting “to fill a vacancy on the ticket,” per the party’s bylaws.", "mixed",
     "the party’s bylaws"),
    ("The deal was signed on Monday, per a source familiar with the talks.", "indirect", "a source"),
])
def test_per_names_a_source(analyzer: Analyzer, text: str, kind: str, speaker_text: str) -> None:
    assert [(q.kind, q.cue, q.speaker_text) for q in quotes_of(analyzer, text)] == [(kind, "per", speaker_text)]


def test_in_the_words_of_names_a_source(analyzer: Analyzer) -> None:
    quote = one(analyzer, "In the words of one aide, the campaign had become “a ship without a rudder.”",
                "a ship without a rudder")
    assert (quote.kind, quote.cue, quote.speaker_text) == ("mixed", "In", "one aide")
    assert quotes_of(analyzer, "In other words, the campaign had become a ship without a rudder.") == []
    assert not any(q.cue == "In" for q in quotes_of(analyzer, "In other words, the campaign was “a ship adrift.”"))


def test_per_as_a_rate_is_no_source(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "Grain prices rose 5 per cent, about 300 dollars per tonne per year.") == []


@pytest.mark.parametrize("text, fragment, cue, speaker_text", [
    # a noun of speech with its possessor and its clause
    ("Monitors questioned Petrov’s claim that there had been “no shelling at all” near the plant.",
     "no shelling at all", "claim", "Petrov"),
    # governed by a verb of speech, the verb's subject speaks
    ("He repeated his assertion that the “talks are rigged” and walked out.", "talks are rigged", "repeated", "He"),
    # the subject of "be" with a clause "that" opens
    ("Petrov’s argument is that the vote was “rigged from the start.”", "rigged from the start", "argument",
     "Petrov"),
])
def test_nouns_of_speech(analyzer: Analyzer, text: str, fragment: str, cue: str, speaker_text: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.kind, quote.cue, quote.speaker_text) == ("mixed", cue, speaker_text)


@pytest.mark.parametrize("text, expected", [
    # with no quotation marks, what a noun of speech with its speaker reports is an indirect quote
    ("Monitors doubted Petrov’s claim that the plant had not been shelled.",
     [("indirect", "claim", "Petrov", "the plant had not been shelled")]),
    # its possessor is the one who does something with it, not the first person the sentence names
    ("As Clinton talked about unity, Trump highlighted his message that the country needs law and order.",
     [("indirect", "message", "Trump", "the country needs law and order")]),
    # a pronoun's noun that a verb of speech governs is no report of its own (the verb's, as its quoted
    # words are, in the table above)
    ("He repeated his assertion that the talks were rigged.", []),
])
def test_what_a_noun_of_speech_reports(analyzer: Analyzer, text: str, expected: list) -> None:
    found = quotes_of(analyzer, text)
    assert [(q.kind, q.cue, q.speaker_text, q.text) for q in found if q.kind != "context"] == expected
    if "Trump" in text:
        assert found[0].speaker_id == "donald-trump"


def test_noun_of_speech_without_a_possessor_is_nobodys(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "The claim that there were “thousands of shootings” was false.") == []


def test_who_was_asked_answers_and_did_not_ask(analyzer: Analyzer) -> None:
    text = "Rivera was asked about the border on Tuesday.\n\n“We will reopen it, and soon.”"
    assert one(analyzer, text, "We will reopen it").speaker_text == "Rivera"
    text = "Asked whether she would sign, Rivera replied: “Not this week.”"
    quotes = {q.text: q.speaker_text for q in quotes_of(analyzer, text)}
    assert quotes == {"whether she would sign": None, "Not this week.": "Rivera"}
    # in the perfect, "asked" is the subject's own question
    assert one(analyzer, "Zelensky had asked why the talks stalled.", "why the talks").speaker_id == \
        "volodymyr-zelensky"


@pytest.mark.parametrize("text, parsed", [
    ("The state broadcaster aired the questions and the comments in full.", False),
    ("Reuters reports that the talks will resume in May.", True),
    ("The minister said the talks will resume in May.", True),
    # a verb that describes only with quoted words needs the quotation mark to be parsed for
    ("The central bank kept its key rate at 21% for a second term.", False),
    ("The agency rated the claim as “false.”", True),
])
def test_noun_like_cue_forms_select_a_sentence_only_as_verbs(analyzer: Analyzer, text: str, parsed: bool) -> None:
    doc = analyzer.nlp(text)
    assert bool(doc._.detente_parses) is parsed


def test_quote_after_a_sentence_about_him_is_his(analyzer: Analyzer) -> None:
    text = "Tom Baker spoke to voters on Monday.\n\nHe was blunt about the race. “We are going to lose Ohio.”"
    quote = one(analyzer, text, "We are going to lose Ohio")
    assert (quote.speaker_text, quote.speaker_id) == ("He", "tom-baker")


def test_non_breaking_spaces_read_as_spaces_and_offsets_hold(analyzer: Analyzer) -> None:
    text = "The minister told reporters:\xa0“We will not sign.”\n\nDonald\xa0Trump said the talks\xa0were over."
    quotes = quotes_of(analyzer, text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "We will not sign."), ("indirect", "the talks\xa0were over")]
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    assert quotes[1].speaker_id == "donald-trump"


def test_continued_speaker_is_named_where_last_named(analyzer: Analyzer) -> None:
    text = ("Zelensky spoke at the summit on Monday. Though he called the deal “a disgrace,” Zelensky kept his "
            "remarks short.\n\n“Any deal without guarantees will collapse.”")
    quote = one(analyzer, text, "Any deal without guarantees")
    assert (quote.speaker_text, quote.speaker_start, quote.speaker_id) == ("Zelensky", 80, "volodymyr-zelensky")


def test_auxiliaries_have_their_lemma(analyzer: Analyzer) -> None:
    doc = analyzer.nlp("Putin was asked whether he has agreed to the talks, his aide said.")
    lemmas = {t.lower_: t.lemma_ for _, sentence in doc._.detente_parses for t in sentence if t.pos_ == "AUX"}
    assert lemmas == {"was": "be", "has": "have"}


@pytest.mark.parametrize("text, fragment, speaker_text, reported_by_text", [
    # "according to" a source: the source reports the speaker's words
    ("According to Yahoo News, campaign spokesman Jesse Lehrich said Friday that if she won, “she would sign "
     "this legislation.”", "she would sign", "campaign spokesman Jesse Lehrich", "Yahoo News"),
    ('"We have got used to it already," he said, according to TASS.', "got used to it", "he", "TASS"),
    # a relay: the office reports what he told
    ("The Finnish president's office said he told Trump that a deadline must be set for the talks.",
     "a deadline must be set", "he", "The Finnish president's office"),
    # the one who quoted
    ("State media quoted the tracking site Flightradar as saying the jet had left Minsk.",
     "the jet had left Minsk", "Flightradar", "State media"),
    # an outlet's report after the clause, whatever the tagger makes of the speaker's name
    ("Trump told donors he was “tired of waiting,” Politico reported Monday.", "tired of waiting", "Trump",
     "Politico"),
    # nobody else named: no reporter
    ("Peskov said the talks would resume.", "the talks would resume", "Peskov", None),
])
def test_who_reports_the_quote(analyzer: Analyzer, text: str, fragment: str, speaker_text: str,
                               reported_by_text: str | None) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.reported_by_text) == (speaker_text, reported_by_text)
    if reported_by_text:
        assert text[quote.reported_by_start:quote.reported_by_end] == reported_by_text


@pytest.mark.parametrize("text, fragment, cue, speaker_text", [
    # forms the rule lemmatizer gets wrong ("lambasted" → lambast, "griped" → grip) keep their cue
    ("The senator lambasted the deal as “a betrayal of our allies.”", "a betrayal", "lambasted", "The senator"),
    ("Critics griped that the plan was “too little, too late.”", "too little", "griped", "Critics"),
])
def test_cue_forms_the_lemmatizer_gets_wrong(analyzer: Analyzer, text: str, fragment: str, cue: str,
                                             speaker_text: str) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.cue, quote.speaker_text) == (cue, speaker_text)


def test_a_word_that_only_looks_like_a_cue_form_is_none(analyzer: Analyzer) -> None:
    assert quotes_of(analyzer, "Rebels gripped the town on Monday and snipped the wires.") == []


def test_a_document_ending_in_a_colon_introduces_the_quote(analyzer: Analyzer) -> None:
    text = ("The Washington Post ran a feature on Saturday.\n\n"
            "The piece used one of the woman's quotes as its headline: “Finally. Someone who thinks like me.”\n\n"
            "The paper sent a reporter into “a living room in western Pennsylvania” to watch the convention.")
    assert [(q.text, q.speaker_text) for q in quotes_of(analyzer, text)] == [
        ("Finally. Someone who thinks like me.", "The piece")]
    # a document named by a name and a noun: its issuer
    quote = one(analyzer, "A memorable Hillary Clinton ad asked whether the rival was “ready for a crisis.”",
                "ready for a crisis")
    assert quote.speaker_id == "hillary-clinton"


def test_a_document_goes_on_speaking_in_a_paragraph_about_a_document(analyzer: Analyzer) -> None:
    text = ("The Ukrainian resolution recalls the demand that Russia “withdraw all of its forces from Ukraine.”\n\n"
            "The resolution reaffirms the assembly’s commitment and also “that no territorial acquisition "
            "by force shall be recognized as legal.”")
    assert one(analyzer, text, "no territorial acquisition").speaker_id == "ukraine"


def test_the_document_describing_a_person_reports_their_words(analyzer: Analyzer) -> None:
    quote = one(analyzer, "Trump spoke to NBC. According to the report, Trump was “furious” with Putin.", "furious")
    assert (quote.reported_by_text, quote.speaker_text) == ("the report", "Trump")


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # the possessor of a noun that the next name is, set off by a comma, is not the topic a
    # later "he" refers to
    ("Senator Ted Lowe’s campaign manager, Omar Haddad, told reporters the ad was “a cheap shot.” He added that the "
     "race was “far from settled.”", "far from settled", "omar-haddad"),
    ("Lena Park’s husband, former Governor Tom Hale, said the tax was “a mistake.” He warned it would "
     "“drive families away.”", "drive families away", "tom-hale"),
    # a possessor who is the topic stays it
    ("Senator Lena Park’s office issued a statement on Monday. She called the tax “a mistake.”", "a mistake",
     "lena-park"),
])
def test_a_possessor_before_a_named_noun_is_not_the_topic(analyzer: Analyzer, text: str, fragment: str,
                                                         speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_a_surname_the_model_missed_is_the_person_named_in_full(analyzer: Analyzer) -> None:
    # "Ruiz" opening a sentence is read as a common noun: still the senator named before, so the
    # "she" after it is hers, not the last speaker's
    text = ("Senator Ana Ruiz and Governor Tom Hale met on Monday. “We need a leader,” said Hale. Ruiz "
            "disagreed. “We need a plan,” she said.")
    assert one(analyzer, text, "We need a plan").speaker_id == "ana-ruiz"


def test_a_role_someone_has_names_nobody_else_with_the_role(analyzer: Analyzer) -> None:
    # "his lawyer" is the lawyer of whoever "he" is, not the last lawyer the text described
    text = ("Cheryl Mills, a lawyer for the campaign, sat in on the interview. Mills “was there to help,” "
            "Jordan said. Bryan Pagliano refused to testify. His lawyer said he would “not answer questions.”")
    quote = one(analyzer, text, "not answer questions")
    assert (quote.speaker_text, quote.speaker_id) == ("His lawyer", None)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Senator Ana Ruiz spoke first. Ruiz’s reply came quickly: “Not a chance.”", "Not a chance",
     ("Ruiz", "ana-ruiz")),
    # a name the recogniser did not see is still the mention, though of no actor
    ("Kessler’s response was swift: “This is nonsense.”", "This is nonsense", ("Kessler", None)),
])
def test_someones_words_described_before_a_colon_are_theirs(analyzer: Analyzer, text: str, fragment: str,
                                                           speaker: tuple[str, str]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # who obtained a document did not issue it; who released it did
    ("A memo obtained by the Kremlin says the plan is “a trap.”", "a trap", None),
    ("A memo released by the Kremlin says the plan is “a trap.”", "a trap", "russia"),
])
def test_a_document_speaks_for_who_issued_it_not_who_obtained_it(analyzer: Analyzer, text: str, fragment: str,
                                                                  speaker_id: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_who_stands_for_the_people_not_the_thing_that_describes_them(analyzer: Analyzer) -> None:
    text = "The deal is off, according to two people familiar with the talks, who said Hale “refused to budge.”"
    quote = one(analyzer, text, "refused to budge")
    assert (quote.speaker_text, quote.speaker_id) == ("who", "group:two-people")


@pytest.mark.parametrize("text", [
    "RIVERTON, Ohio (AP) — The plant will close in May, company officials said Tuesday.",
    "WASHINGTON — The plant will close in May, company officials said on Tuesday.",
    # (parsed with the dateline, the sentence lost its report: "RIVERTON" read as an adverb)
    "RIVERTON — The plant will close in May, company officials said Tuesday.",
])
def test_a_dateline_is_no_part_of_what_is_reported(analyzer: Analyzer, text: str) -> None:
    quote = one(analyzer, text, "The plant will close")
    assert quote.text == "The plant will close in May"


def test_a_post_on_x_ends_its_sentence(analyzer: Analyzer) -> None:
    # "X." is the platform, not an initial: the quote after it is a sentence of its own
    text = "“No truce without guarantees,” Zelensky wrote on X. “Pressure is what Moscow understands.”"
    quote = one(analyzer, text, "Pressure is what")
    assert (quote.kind, quote.cue, quote.speaker_id) == ("direct", None, "volodymyr-zelensky")


@pytest.mark.parametrize("text, fragment, speaker_text", [
    # what someone did not say, or declined to, attributes nothing: the quote before it goes on
    # with the speaker before
    ("“The war must end,” Ana Ruiz told reporters. “And it will end.” She did not say how.", "And it will end",
     "Ana Ruiz"),
    ("“We will see,” Ana Ruiz said. “Maybe soon.” She declined to say more.", "Maybe soon", "Ana Ruiz"),
    # a negation inside the quote is no refusal
    ("“Will we win? Probably not,” Ana Ruiz said.", "Probably not", "Ana Ruiz"),
])
def test_what_was_not_said_attributes_nothing(analyzer: Analyzer, text: str, fragment: str, speaker_text: str) -> None:
    assert one(analyzer, text, fragment).speaker_text == speaker_text


def test_according_to_at_the_end_attributes_the_whole_report(analyzer: Analyzer) -> None:
    # the Kremlin reports what Putin told Trump; the quoted word is Putin's
    text = ("Putin, who spoke with Trump for two hours, told him that Russia wanted a “comprehensive” deal, "
            "according to the Kremlin.")
    quote = one(analyzer, text, "comprehensive")
    assert (quote.speaker_text, quote.speaker_id) == ("Putin", "vladimir-putin")
    # (also where the comma closes a quote)
    text = ("Egyptian and Qatari mediators, who have been shuttling between the two sides, said a deal was "
            '"within reach," according to a diplomat briefed on the talks.')
    assert one(analyzer, text, "within reach").speaker_text == "Egyptian and Qatari mediators"
    text = "Putin told Trump that Russia wanted a deal, according to the Kremlin."
    reports = {q.speaker_text: q.text for q in quotes_of(analyzer, text)}
    assert reports["the Kremlin"] == "Putin told Trump that Russia wanted a deal"
    assert reports["Putin"] == "Russia wanted a deal"


@pytest.mark.parametrize("text, fragment, speaker", [
    # the parser makes the subject an apposition inside the phrase set before it, or that phrase
    # the subject: the name speaks
    ("Speaking to the BBC, Ukraine's ambassador to the UK, Valerii Zaluzhnyi, said: “We are not naive.”",
     "We are not naive", ("Valerii Zaluzhnyi", "valerii-zaluzhnyi")),
    ("Speaking to reporters in Kyiv, the president, Volodymyr Zelensky, said the plan was “a trap.”", "a trap",
     ("Volodymyr Zelensky", "volodymyr-zelensky")),
])
def test_a_participle_phrase_before_the_subject_does_not_hide_it(analyzer: Analyzer, text: str, fragment: str,
                                                                 speaker: tuple[str, str]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


def test_the_speakers_own_relative_clause_does_not_take_over(analyzer: Analyzer) -> None:
    text = ("‘It is the beginning of the end,’ said one diplomat, who asked not to be named. "
            "‘Or the end of the beginning.’")
    assert one(analyzer, text, "Or the end").speaker_text == "one diplomat"


def test_a_name_in_an_apposition_does_not_open_the_sentence(analyzer: Analyzer) -> None:
    # "Ushakov, Putin's foreign policy aide, …" is a sentence about Ushakov: the "he" after it is his
    text = ("Peskov told reporters the Kremlin was studying the proposal.\n\nUshakov, Putin's foreign policy "
            "aide, struck a similar tone.\n\n“It is too early to speak of results,” he said.")
    assert one(analyzer, text, "too early").speaker_id == "yuri-ushakov"


@pytest.mark.parametrize("text, speaker_id", [
    # people of two sides at once are a group, not the side named last
    ("Russian and Ukrainian officials said the exchange went ahead.", "group:russian-and-ukrainian-officials"),
    ("Ukrainian officials said the exchange went ahead.", "ukraine"),
])
def test_people_of_two_sides_are_a_group(analyzer: Analyzer, text: str, speaker_id: str) -> None:
    assert one(analyzer, text, "the exchange went ahead").speaker_id == speaker_id


@pytest.mark.parametrize("text, speaker", [
    # "his office", "her spokesman" speak for whoever "he" or "she" is
    ("Zelensky met Trump in Rome. His office said the meeting was “productive.”",
     ("His office", "volodymyr-zelensky")),
    ("Kaja Kallas met Marco Rubio in Brussels. Her spokesman said the talks were “useful.”",
     ("Her spokesman", "kaja-kallas")),
])
def test_his_office_speaks_for_him(analyzer: Analyzer, text: str, speaker: tuple[str, str]) -> None:
    quote = [q for q in quotes_of(analyzer, text) if q.kind == "mixed"][0]
    assert (quote.speaker_text, quote.speaker_id) == speaker


def test_a_cue_in_brackets_reports_only_what_is_in_them(analyzer: Analyzer) -> None:
    text = ("Both mayors face questions about the budget, after a video showed Ana Ruiz leaving the hall "
            "early this week (her office later said that she had a fever).")
    # (what the video showed is its own report; nothing reports the clause before "after")
    assert [q.text for q in quotes_of(analyzer, text)] == ["Ana Ruiz leaving the hall early this week",
                                                          "she had a fever"]
    # (a relative "which" the parser took for a determiner names no group)
    quote = one(analyzer, "The talks (which officials said were “tense”) ended late.", "tense")
    assert quote.speaker_id == "group:officials"


def test_a_predicate_the_parser_split_off_keeps_its_quoted_words(analyzer: Analyzer) -> None:
    # the parser reads "talks" as a verb and "were 'premature'" as a second clause of "said": one
    # report, mixed, with its quoted word
    text = ("Kremlin says ceasefire talks 'premature'\n\n"
            "Russia said on Monday that talks about a ceasefire were 'premature'.")
    found = [(q.kind, q.speaker_text, q.text) for q in quotes_of(analyzer, text) if q.speaker_text == "Russia"]
    assert found == [("mixed", "Russia", "premature")]


@pytest.mark.parametrize("text, speaker", [
    # a headline that opens with the quote names who says it after the colon
    ("‘We are ready’: Ukraine backs US truce plan\n\nUkraine on Tuesday backed a US plan for a truce.",
     ("Ukraine", "ukraine")),
    # a sentence after a quote is no such headline
    ("“We will win.” The crowd cheered.", (None, None)),
])
def test_a_headline_opening_with_the_quote(analyzer: Analyzer, text: str, speaker: tuple) -> None:
    quote = quotes_of(analyzer, text)[0]
    assert (quote.speaker_text, quote.speaker_id) == speaker


def test_what_does_not_answer_reports_nothing(analyzer: Analyzer) -> None:
    text = "It also does not answer whether the mayor had a permit, as officials have said."
    assert [q.cue for q in quotes_of(analyzer, text) if q.cue == "answer"] == []


def test_a_persons_people_are_their_own_group(analyzer: Analyzer) -> None:
    # "his aides" and "Ryan's aides" are one group, named after the person; another's aides another
    text = ("Paul Ryan spoke in Janesville. His aides said he would “focus on the House.” Ryan's aides later "
            "added that he was “not campaigning.”")
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [q.speaker_id for q in result.quotes] == ["group:paul-ryan-aides", "group:paul-ryan-aides"]
    assert {a.id: a.name for a in result.actors if a.kind == "group"} == {"group:paul-ryan-aides": "Paul Ryan's aides"}
    text = ("Maria Chen spoke first. Her aides called it “a stunt.” Tom Hale spoke next. His aides called it "
            "“overdue.”")
    assert [q.speaker_id for q in quotes_of(analyzer, text)] == ["group:maria-chen-aides", "group:tom-hale-aides"]


def test_turns_of_a_transcript_without_quotation_marks(analyzer: Analyzer) -> None:
    text = ("The Kremlin published the transcript on Friday.\n\nPUTIN: We are ready for talks, but not at any "
            "price.\n\nQUESTION: Will you meet Zelensky?\n\nPUTIN: I do not rule it out. We have always said "
            "that we are open.")
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [(q.kind, q.speaker_text, q.speaker_id, q.text) for q in result.quotes] == [
        ("direct", "PUTIN", "vladimir-putin", "We are ready for talks, but not at any price."),
        ("direct", "QUESTION", None, "Will you meet Zelensky?"),
        # (what the speaker reports inside a turn is the turn's, not a quote of its own)
        ("direct", "PUTIN", "vladimir-putin", "I do not rule it out. We have always said that we are open.")]
    # the capitals are the pack's person, and a label naming nobody is no actor
    assert {a.id for a in result.actors} == {"russia", "vladimir-putin", "volodymyr-zelensky"}
    # a label of two or more words nobody knows is a person's name
    text = "The transcript follows.\n\nJANE DOE: We are ready.\n\nMODERATOR: And the sanctions?\n\nJANE DOE: No."
    result = analyzer.analyze_one(Document(id="t", text=text, published="2025-05-21"))
    assert [q.speaker_id for q in result.quotes] == ["jane-doe", None, "jane-doe"]
    assert {(a.id, a.name, a.kind) for a in result.actors} == {("jane-doe", "Jane Doe", "person")}


@pytest.mark.parametrize("text", [
    # one label is a headline, not a transcript
    "Putin: Russia is ready for talks\n\nThe Kremlin gave no date for a meeting on Monday.",
    # editorial labels name no speaker, and the word before the colon says nothing
    "Note: This article has been updated.\n\nUpdate: The talks were postponed.",
])
def test_labels_that_are_no_transcript(analyzer: Analyzer, text: str) -> None:
    assert quotes_of(analyzer, text) == []


def test_an_editorial_label_is_not_reported(analyzer: Analyzer) -> None:
    assert [q.text for q in quotes_of(analyzer, "Note: The talks were postponed, officials said.")] == [
        "The talks were postponed"]


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # "the official" is the one introduced just before, whoever they speak for
    ("A senior Ukrainian official said the deal was “close.” The official added that Moscow had “moved.”",
     "moved", "ukraine"),
    ("A senior US official told reporters the talks were “productive.” The official, who spoke on condition "
     "of anonymity, said a deal was “within reach.”", "within reach", "usa"),
    # nobody introduced: unresolved
    ("The talks ended on Monday. The official said it was “over.”", "over", None),
])
def test_the_unnamed_source_introduced_before(analyzer: Analyzer, text: str, fragment: str,
                                              speaker_id: str | None) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


def test_a_that_clause_hung_on_the_next_verb_up_is_still_reported(analyzer: Analyzer) -> None:
    text = ("When Chen noted that the governor had skipped three budget votes, Hale shot back, “That makes me "
            "efficient.”")
    assert spoken(analyzer, text) == [
        ("Chen", "noted", "the governor had skipped three budget votes"),
        ("Hale", "shot", "That makes me efficient.")]


def test_a_participle_after_the_second_half_reports_what_follows_it(analyzer: Analyzer) -> None:
    text = "“I think,” Rubio said, “that we are closer than ever,” adding that a deal was “possible.”"
    assert [(q.cue, q.text) for q in quotes_of(analyzer, text)] == [
        ("said", "I think,"), ("said", "that we are closer than ever,"), ("adding", "possible.")]


@pytest.mark.parametrize("text, expected", [
    # an attribution after the clause, which the parser hung inside it
    ("Russia wants all of Donetsk, the Financial Times reported, quoting a Ukrainian official.",
     [("the Financial Times", "Russia wants all of Donetsk")]),
    ("Moscow rejected the plan, state news agency TASS reported.", [("TASS", "Moscow rejected the plan")]),
    # … or set between the clause's subject and its verb, with the source read as a second subject
    ("The talks, the state news agency TASS reported, will resume on Friday.",
     [("TASS", "The talks, the state news agency TASS reported, will resume on Friday")]),
    # … and a quoted word the parser hung on the cue is the clause's end, no quote of its own
    ("Ryabkov called the threats \"blackmail,\" TASS reported.", [("TASS", "blackmail,")]),
    # a relative clause on a noun is no attribution of the clause before it (the accusation is Moscow's)
    ("Moscow accused Kyiv of striking energy sites inside Russia, a charge that Ukraine's General Staff denied "
     "on Wednesday.", [("Moscow", "striking energy sites inside Russia")]),
])
def test_an_attribution_after_the_clause_it_reports(analyzer: Analyzer, text: str, expected: list) -> None:
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == expected


@pytest.mark.parametrize("text, speaker_id", [
    # "who" after an apposition is the person it describes, not the body in the description
    ("Reporters questioned Kaja Kallas, the EU's foreign policy chief, who said the bloc would keep its "
     "sanctions.", "kaja-kallas"),
    ("The defence minister met Rustem Umerov, the head of Ukraine's delegation, who told him that Kyiv would "
     "not cede land.", "rustem-umerov"),
    # "who" after people in a place is the people, not the place
    ("The vote will please Republicans on Capitol Hill, who have argued that the sanctions hurt Moscow.",
     "group:republicans"),
])
def test_who_stands_for_the_person_not_the_phrase_before_it(analyzer: Analyzer, text: str,
                                                            speaker_id: str) -> None:
    [quote] = quotes_of(analyzer, text)
    assert (quote.speaker_text, quote.speaker_id) == ("who", speaker_id)


def test_a_quoted_exclamation_inside_a_sentence_does_not_end_it(analyzer: Analyzer) -> None:
    text = 'Crowds greeted the president with cries of "Peace now!" at the rally in Odesa, according to local media.'
    assert [(q.kind, q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("mixed", "local media", "Peace now!")]
    # a question's own attribution after it in lowercase is still its own
    assert [(q.kind, q.speaker_text, q.text) for q in quotes_of(analyzer, '"Why now?" asked Peskov.')] == [
        ("direct", "Peskov", "Why now?")]


def test_a_participle_before_the_verb_is_no_clause_it_reports(analyzer: Analyzer) -> None:
    text = "Officials in Warsaw, now saying the plan is dead, have asked for new talks."
    assert spoken(analyzer, text) == [
        ("Officials in Warsaw", "saying", "the plan is dead")]


@pytest.mark.parametrize("text, expected", [
    # the act one is accused of, or blamed for, is what the accuser claims
    ("Moscow accused Kyiv of violating the truce by striking energy sites inside Russia.",
     [("Moscow", "accused", "violating the truce by striking energy sites inside Russia")]),
    ("Zelensky blamed the Russian army for shelling the power plant.",
     [("Zelensky", "blamed", "shelling the power plant")]),
    # nobody named as the accuser, or a charge with no act in it: nothing reported
    ("He was accused of taking bribes from a contractor.", []),
    ("Ukraine accused Russia of war crimes.", []),
    ("The Kremlin blamed the delay on Kyiv.", []),
    # the accuser of a verb coordinated with another is that verb's subject; not a passive's
    ("The minister praised the plan but blamed Moscow for stalling the talks.",
     [("The minister", "blamed", "stalling the talks")]),
    ("Both sides disputed the timing and accused the other of breaking the truce.",
     [("Both sides", "accused", "breaking the truce")]),
    ("He was arrested and accused of spying for a foreign state.", []),
])
def test_an_accusation_reports_the_act_charged(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, speaker_id", [
    # "they" in a clause coordinated with one whose subject is plural is that subject, not the
    # last organisation to speak
    ("State news agency TASS said the talks were useful.\n\nKyiv and Moscow agreed to halt strikes on ships, but "
     "since then they have both said that the other side cheated.", "ukraine"),
    ("State news agency TASS said the talks were useful. Western diplomats were less sure, and they warned "
     "that Moscow was stalling.", "group:western-diplomats"),
    # … or opening the sentence before, people who spoke nowhere before
    ("State news agency TASS said the talks were useful. Western diplomats were less sure. They warned that "
     "Moscow was stalling.", "group:western-diplomats"),
    ("TASS said the talks were useful. Many analysts disagreed. They said Moscow was stalling.", "group:analysts"),
    ("TASS said the talks were useful. But Western diplomats were less sure. They warned that Moscow was stalling.",
     "group:western-diplomats"),
])
def test_they_after_a_plural_subject(analyzer: Analyzer, text: str, speaker_id: str) -> None:
    assert [(q.speaker_text.lower(), q.speaker_id) for q in quotes_of(analyzer, text)][-1] == ("they", speaker_id)


@pytest.mark.parametrize("text, expected", [
    # words quoted inside someone's statement are theirs; the clause around them is the reporter's
    ("The senator's statement that sanctions \"have failed\" is misleading, according to economists we spoke to.",
     [("economists", "according", "The senator's statement that sanctions \"have failed\" is misleading"),
      ("The senator", "statement", "have failed")]),
    ("Zelensky said Trump's claim that Ukraine \"started the war\" was false.",
     [("Zelensky", "said", "Trump's claim that Ukraine \"started the war\" was false"),
      ("Trump", "claim", "started the war")]),
    # a condition with its auxiliary first is no second report
    ("Trump, for his part, insists the war \"would never have started\" had he been president.",
     [("Trump", "insists", "would never have started")]),
    ("The plan is dead, according to officials we spoke to.", [("officials", "according", "The plan is dead")]),
])
def test_whose_words_inside_a_report(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, speaker_id", [
    # "he" after a clause that leads the sentence: the one asked answers, not the last name
    ("When a reporter asked Peskov whether Putin would meet Zelensky, he said only that \"such a meeting must be "
     "prepared.\"", "dmitry-peskov"),
    # otherwise that clause's subject
    ("After Trump spoke with Putin on Tuesday, he said the call had been \"very productive.\"", "donald-trump"),
])
def test_he_after_a_clause_leading_the_sentence(analyzer: Analyzer, text: str, speaker_id: str) -> None:
    [quote] = quotes_of(analyzer, text)
    assert (quote.speaker_text, quote.speaker_id) == ("he", speaker_id)


@pytest.mark.parametrize("text, expected", [
    # what someone says, as the subject of the sentence, is no report of theirs
    ("Everything Medvedev writes is bluster until shown otherwise.", []),
    ("Everything Lavrov says is propaganda, critics argue.",
     [("critics", "argue", "Everything Lavrov says is propaganda")]),
    # (but a cue in a relative clause reports of its noun: the video showed it, the Kremlin said)
    ("The army released a clip it said showed its troops crossing the river near Kherson.",
     [("The army", "said", "showed its troops crossing the river near Kherson")]),
    # a relative clause the parser made a second reported clause is the end of the first
    ("Merz on Friday said he wants to change three rules in the budget law that address how defence loans are "
     "counted.", [("Merz", "said", "he wants to change three rules in the budget law that address how defence "
                                   "loans are counted")]),
    # "it is" and an adjective before the cue: the writer's own remark
    ("It is fair to say that the plan failed.", []),
    ("It is worth noting that the talks had stalled twice before.", []),
    ("It is important to note that the plan \"failed.\"", []),
    # (a person who is quick or eager to speak still speaks)
    ("Brennan was quick to respond: \"That is a lie, and she knows it.\"",
     [("Brennan", "respond", "That is a lie, and she knows it.")]),
    ("Brennan seemed eager to explain that the bill \"costs less.\"", [("Brennan", "explain", "costs less.")]),
])
def test_clauses_that_are_no_report(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "continue" with a thing for subject, inside what someone reports, is no verb of speech
    ("Netanyahu later told his cabinet that the war would continue \"until all our goals are achieved.\"",
     [("Netanyahu", "told", "until all our goals are achieved.")]),
    ("The statement said the fighting would continue \"as long as necessary.\"",
     [("The statement", "said", "as long as necessary.")]),
    # a person who continues still speaks
    ("\"We will win,\" the general continued.", [("the general", "continued", "We will win,")]),
    # what one has added is a thing, not words ("he added" is speech)
    ("Hamas disputed that account, saying Israel had added \"new conditions.\"",
     [("Hamas", "saying", "new conditions.")]),
    ("\"We will see,\" he added.", [("he", "added", "We will see,")]),
    # a thing to be announced or reported by nobody named, inside a report, is part of the report
    ("Kallas added that new sanctions would be announced \"within days.\"", [("Kallas", "added", "within days.")]),
    ("Peskov said the results would be reported \"in due course.\"", [("Peskov", "said", "in due course.")]),
])
def test_a_thing_that_continues_does_not_speak(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # words quoted right after "to X," that opens a clause are X's view
    ("To Zelensky, \"any deal that rewards the invader is no deal at all.\"",
     [("Zelensky", "volodymyr-zelensky", "any deal that rewards the invader is no deal at all.")]),
    ("Kallas spoke last. To her, \"the plan is a trap.\"", [("her", "kaja-kallas", "the plan is a trap.")]),
    # "to" after a verb is where something went, no view
    ("He sent the letter to Rubio, \"with regards.\"", []),
])
def test_words_in_someones_view(analyzer: Analyzer, text: str, expected: list) -> None:
    assert [(q.speaker_text, q.speaker_id, q.text) for q in quotes_of(analyzer, text)] == expected


@pytest.mark.parametrize("text, fragment, speaker", [
    # a title or role between the inverted cue and the name ("…," cautioned pollster X)
    ("A new survey puts the mayor ahead. \"That lead is within the margin,\" cautioned pollster Nadia Orlov.",
     "within the margin", ("pollster Nadia Orlov", "nadia-orlov")),
    ("\"We need every vote,\" added state Rep. Carla Medina, a Democrat.", "every vote",
     ("state Rep. Carla Medina", "carla-medina")),
    # a participle after a closing mark that reports a clause of its own is the main subject's
    ("Kellyanne Conway defended the tweet on \"Face the Nation,\" saying the candidate \"speaks for millions.\"",
     "speaks for millions", ("Kellyanne Conway", "kellyanne-conway")),
    # ... and so is one the parser hung on a relative clause about a thing
    ("Kellyanne Conway defended the tweet in an interview that aired Sunday on CBS, saying the candidate "
     "\"speaks for millions.\"", "speaks for millions", ("Kellyanne Conway", "kellyanne-conway")),
    # a quote as the subject of "was all X would say": X, not "all X"
    ("\"We'll see\" was all the governor would say when asked about a run.", "We'll see", ("the governor", None)),
    # "the former" and "the latter" of two people just named, and "he" after a sentence "the latter" opens
    ("Rubio met Lavrov in Riyadh.\n\n\"We made progress,\" the former said.", "made progress",
     ("the former", "marco-rubio")),
    ("Rubio met Lavrov in Riyadh.\n\nThe former called the talks \"a good first step.\" The latter was more "
     "guarded. \"We listened,\" he told state television.", "We listened", ("he", "sergei-lavrov")),
    # a counted or indefinite phrase after the cue, though the parser hung the cue inside the quote;
    # never a name from the next paragraph
    ("The mayor took questions.\n\n\"Where was the city when the water turned brown?\" asked one resident, a "
     "retired teacher.", "water turned brown", ("one resident", None)),
    ("\"We have heard that before,\" shouted a man in the back of the room.\n\nCity Council member Ben Ortiz "
     "promised hearings.", "heard that before", ("a man", None)),
    # "who" after a comma that the parser coordinated with the main clause is still relative
    ("The two leaders spoke on Monday, according to aides to both, who called the talk \"frank.\"", "frank",
     ("who", "group:aides")),
    # an unresolved "it" that speaks a passage goes on into the next one of its paragraph
    ("The bakery posted a notice on its door.\n\n\"We are closed until spring,\" it read. \"Thank you for "
     "twenty good years.\"", "twenty good years", ("it", None)),
])
def test_speakers_of_inverted_relative_and_document_attributions(analyzer: Analyzer, text: str, fragment: str,
                                                                 speaker: tuple[str, str | None]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


@pytest.mark.parametrize("text, fragment, speaker_id", [
    # "he"/"she" who answers is the person just acted on in the sentence before
    ("At the forum, Mayor Ines Duarte accused Governor Paul Brandt of \"hiding the numbers.\" He responded: "
     "\"The numbers are online.\"", "are online", "paul-brandt"),
    ("Senator Ann Wu lashed out at Senator Tom Hale over the budget. \"She has no plan,\" he fired back.",
     "no plan", "tom-hale"),
    ("Mayor Ines Duarte accused Governor Paul Brandt of lying.\n\n\"I never said that,\" he replied.",
     "never said that", "paul-brandt"),
    # the first person acted on, not one named inside the question
    ("A voter asked Senator Tom Hale whether he would back Mayor Ines Duarte. \"I will,\" he answered.",
     "I will", "tom-hale"),
    # a pronoun that does not answer is the one who spoke last
    ("Senator Ann Wu praised Senator Tom Hale at the dinner. \"He is a fine man,\" she said.",
     "fine man", "ann-wu"),
])
def test_the_one_who_answers_is_the_one_acted_on(analyzer: Analyzer, text: str, fragment: str,
                                                  speaker_id: str) -> None:
    assert one(analyzer, text, fragment).speaker_id == speaker_id


@pytest.mark.parametrize("text, fragment, speaker", [
    # a bracket closed on an abbreviation, or a comma, ends no sentence
    ("Sen. Hal Dorsey (D-W.Va.) said he had \"grave doubts\" about the nominee.", "grave doubts",
     ("Sen. Hal Dorsey", "hal-dorsey")),
    ("On \"Meet the Press,\" Sen. Ida Flores (Vt.), who lost the primary, said the party was \"adrift.\"", "adrift",
     ("Sen. Ida Flores", "ida-flores")),
])
def test_abbreviations_before_the_cue_end_no_sentence(analyzer: Analyzer, text: str, fragment: str,
                                                      speaker: tuple[str, str]) -> None:
    quote = one(analyzer, text, fragment)
    assert (quote.speaker_text, quote.speaker_id) == speaker


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    # a name set off after its role, after an inverted cue, is the speaker
    ("\"The system is broken,\" said the head of the state Farmers Party, Lena Voss.", "is broken",
     ("Lena Voss", "lena-voss"), "said"),
    # a relative clause on the subject tells of them; the colon introduces their words
    ("Kallas, who rarely criticizes allies by name, was blunt: \"This is not how partners behave.\"",
     "partners behave", ("Kallas", "kaja-kallas"), None),
])
def test_speakers_set_off_around_the_cue(analyzer: Analyzer, text: str, fragment: str,
                                         speaker: tuple[str, str], cue: str | None) -> None:
    quote = one(analyzer, text, fragment)
    assert ((quote.speaker_text, quote.speaker_id), quote.cue) == (speaker, cue)


@pytest.mark.parametrize("text, expected", [
    # "Said one: …" — the one and the other after an inverted cue speak
    ("Shoppers were divided. Said one: \"Prices are too high.\" Said another: \"They always are.\"",
     [("one", "Prices are too high."), ("another", "They always are.")]),
    # a name the recogniser missed, right before the colon of its own sentence, beats the
    # speaker of the quote before it in the paragraph
    ("\"We will fight,\" said Kovalenko. \"That is what we do.\" Brandt, her deputy, agreed: \"Every day.\"",
     [("Kovalenko", "We will fight,"), ("Kovalenko", "That is what we do."), ("Brandt", "Every day.")]),
])
def test_speakers_introduced_by_a_colon(analyzer: Analyzer, text: str, expected: list) -> None:
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a "that" clause the parser hung on the one addressed is what they were told
    ("According to the complaint, Dorsey told a colleague that the funds were \"off the books.\"",
     [("Dorsey", "told", "off the books.")]),
    ("Dorsey told a colleague that the funds were hidden.", [("Dorsey", "told", "the funds were hidden")]),
    # a thing told, or a result, is no report
    ("This museum tells the truth that the city was built by hands in chains.", []),
    # what was told, which the parser hung inside a relative clause on the one told
    ("Lena Ortiz, the head of the union, firmly told a reporter who asked whether renters would strike "
     "that \"nobody here wants a strike, but nobody will rule it out.\"",
     [("who", "asked", "whether renters would strike"),
      ("Lena Ortiz", "told", "nobody here wants a strike, but nobody will rule it out.")]),
    ("Nina Petrova reminded the delegates who argued that talks were pointless because of doubts that "
     "Moscow would keep its word that \"every war ends at a table.\"",
     [("who", "argued", "talks were pointless because of doubts that Moscow would keep its word"),
      ("Nina Petrova", "reminded", "every war ends at a table.")]),
    # (not when the teller has a clause of their own)
    ("The mayor urged a man who said that the plan had failed because of fears that prices would rise "
     "to stay calm.",
     [("who", "said", "the plan had failed because of fears that prices would rise to stay calm")]),
])
def test_what_was_told_to_someone(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, speaker_id", [
    ("On Monday in Brussels, Kaja Kallas, the EU's top diplomat, warned that Moscow was \"not serious\" "
     "about peace.", "kaja-kallas"),
    ("At a forum this weekend in Denver, Paul Keane, the chief executive of the Civic League, told a young "
     "woman who said that people may stay home out of frustration that \"staying home is not a strategy.\"",
     "paul-keane"),
])
def test_a_subject_read_into_the_phrase_before_it(analyzer: Analyzer, text: str, speaker_id: str) -> None:
    # the parser hangs the name on the day or place before it and leaves the cue no subject
    found = [q for q in quotes_of(analyzer, text) if q.kind == "mixed"]
    assert [q.speaker_id for q in found] == [speaker_id]


@pytest.mark.parametrize("text, speaker, speaker_id", [
    # a gerund the parser hung on the verb: its subject is the noun of the phrase before it, or the
    # people that phrase names as examples
    ("Hale and Ortiz remain confident despite a few early backers of the bill, such as Senator Ruth Alvarez "
     "and Tom Reyes, now saying they think it should be changed.", "Senator Ruth Alvarez and Tom Reyes",
     "ruth-alvarez"),
    ("The talks resumed on Monday, with officials on both sides saying a deal was close.", "officials",
     "group:officials"),
    # (not a phrase a comma closes: the main clause's subject claims)
    ("The party is filing a complaint with the city bar board, claiming that the aide had a conflict of interest.",
     "The party", None),
    # a name opening the sentence that the tagger read as an adjective
    ("Trump, appearing after Kaine at the NBC/MSNBC forum, cited problems in the Middle East and elsewhere that "
     "he blamed on the policies of the last two governments.", "Trump", "donald-trump"),
])
def test_subjects_the_parser_hung_elsewhere(analyzer: Analyzer, text: str, speaker: str, speaker_id: str) -> None:
    found = quotes_of(analyzer, text)
    assert [(q.speaker_text, q.speaker_id) for q in found] == [(speaker, speaker_id)]


@pytest.mark.parametrize("text, expected", [
    # the writer's summing up of the reported clause, with others' word for it, is no content
    ("Ellison said he would hold up the defense bill until the farm bill got a vote, a threat his own "
     "leadership called \"unhelpful.\"",
     [("Ellison", "said", "he would hold up the defense bill until the farm bill got a vote"),
      ("his own leadership", "called", "unhelpful.")]),
    ("She said the city would sue the state, a move her critics described as a stunt.",
     [("She", "said", "the city would sue the state")]),
    # (the speaker's own description stays hers)
    ("She said the deal was signed by Hale, a man she described as \"a friend.\"", [("She", "said", "a friend.")]),
])
def test_an_apposition_of_others_words_is_no_content(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of speech in the future inside a report, with no clause of its own, is an act announced:
    # the words in quotes are the reporter's
    ("The Commission, which speaks for the bloc, said it would respond \"firmly and proportionately\" to any "
     "new duties.", [("The Commission", "said", "firmly and proportionately")]),
    # (one with a clause of its own still reports: what she will argue is hers)
    ("Ruiz said she would argue that the plan was \"a fraud.\"", [("she", "argue", "a fraud.")]),
])
def test_a_reply_to_come_is_no_report(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


def test_he_after_a_surname_the_tagger_missed_is_that_person(analyzer: Analyzer) -> None:
    # the paragraph's subject, though the tagger read the surname as an adjective: not the last
    # man to speak in the paragraph before
    text = ("Governor Dale Pruitt spoke in Ames. Voss's spokeswoman, Rita Hanlon, called his ad a lie.\n\n"
            "\"I care about jobs,\" said Jim Kowalski, a machinist.\n\n"
            "Pruitt, asked later about Hanlon's statement, shrugged. \"They can say what they want,\" he said.")
    assert one(analyzer, text, "They can say").speaker_id == "dale-pruitt"


def test_they_after_a_states_people_and_the_statement_it_gave(analyzer: Analyzer) -> None:
    # "they" after a state's people who spoke is them (the state, which is "it" otherwise); "the
    # statement" is that of whoever "it" was, who spoke in it
    text = ("U.S. officials said on Tuesday that the talks had gone well. They said a second round could follow.\n\n"
            "The Pentagon was more cautious. It said in a statement that no decision on aid had been made. "
            "\"Nothing changes until the fighting stops,\" the statement said.")
    assert one(analyzer, text, "second round").speaker_id == "usa"
    assert one(analyzer, text, "Nothing changes").speaker_id == "usa"
    # (not a state named by its name: "Moscow said … They said" is nobody)
    text = "Moscow said on Tuesday that the talks had gone well. They said a second round could follow."
    assert one(analyzer, text, "second round").speaker_id is None


@pytest.mark.parametrize("text, speakers", [
    # one of the people just named speaks for the same side as they would
    ("Ukrainian officials were more upbeat. \"This is real movement,\" one of them said.",
     [("one of them", "ukraine")]),
    ("Two diplomats spoke to reporters. \"We read about it in the papers,\" one said. The other added: \"Again.\"",
     [("one", "group:two-diplomats"), ("The other", "group:two-diplomats")]),
    # (nobody is no one of them)
    ("Two diplomats spoke to reporters. \"It will not be easy,\" no one said.", [("no one", None)]),
])
def test_one_of_them(analyzer: Analyzer, text: str, speakers: list) -> None:
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == speakers


def test_it_after_a_persons_statement_speaks_for_them(analyzer: Analyzer) -> None:
    text = "Senator Ann Wu's statement was short. \"I will not vote for this bill,\" it said."
    assert one(analyzer, text, "vote for this bill").speaker_id == "ann-wu"


@pytest.mark.parametrize("text, speakers", [
    # in an exchange, a paragraph that is only a question is the asker's, only an answer the answerer's
    ("\"Did you sign the order?\" the senator asked.\n\n\"No, sir,\" Dunmore replied.\n\n\"Not once?\"\n\n"
     "\"Not once.\"", ["the senator", "Dunmore", "the senator", "Dunmore"]),
    # an answer that goes on stays the answerer's
    ("\"What happens now?\" a reporter asked.\n\n\"We wait,\" Dunmore said.\n\n\"The next move is theirs.\"",
     ["a reporter", "Dunmore", "Dunmore"]),
    # no exchange without a question asked
    ("\"We wait,\" Dunmore said.\n\n\"Is that all?\"", ["Dunmore", "Dunmore"]),
    # an answer with a phrasal verb ("fired back", "hit back") opens one too
    ("\"Why did the council skip the hearing?\" the moderator asked.\n\n\"We skipped nothing,\" Chen hit "
     "back.\n\n\"So you were there?\"\n\n\"We sent our deputy.\"",
     ["the moderator", "Chen", "the moderator", "Chen"]),
    ("\"Will you publish the audit?\" Senator Hale asked.\n\n\"You have had it for a month,\" the governor fired "
     "back.\n\n\"Not the full version?\"", ["Senator Hale", "the governor", "Senator Hale"]),
])
def test_an_exchange_takes_turns(analyzer: Analyzer, text: str, speakers: list[str]) -> None:
    assert [q.speaker_text for q in quotes_of(analyzer, text)] == speakers


def test_transcript_labels_with_a_title_and_by_surname(analyzer: Analyzer) -> None:
    text = ("NORA PIKE: Senator, welcome back.\n\nSEN. KAJA KALLAS: Thank you.\n\nPIKE: Will you back the plan?\n\n"
            "KALLAS: I have said I would.")
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [
        ("NORA PIKE", "nora-pike"), ("SEN. KAJA KALLAS", "kaja-kallas"), ("PIKE", "nora-pike"),
        ("KALLAS", "kaja-kallas")]
    # a title before one name: the person named before with that surname, else a person of that name
    text = ("Dr. Mehmet Oz hosted the show.\n\nDR. OZ: Do you feel healthy?\n\nNORA PIKE: I do.\n\nOZ: Good.")
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [
        ("DR. OZ", "mehmet-oz"), ("NORA PIKE", "nora-pike"), ("OZ", "mehmet-oz")]
    text = "DR. OZ: Do you feel healthy?\n\nNORA PIKE: I do.\n\nOZ: Good."
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == [
        ("DR. OZ", "oz"), ("NORA PIKE", "nora-pike"), ("OZ", "oz")]


def test_a_question_a_colon_introduces_is_not_the_next_sentences(analyzer: Analyzer) -> None:
    text = ("Dunmore asked Kallas about the plan. \"It will pass,\" Kallas answered. Dunmore pressed: \"By June?\" "
            "\"Yes,\" she said.")
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == [
        ("Kallas", "It will pass,"), ("Dunmore", "By June?"), ("she", "Yes,")]


@pytest.mark.parametrize("text, expected", [
    # a contrasting clause with a report of its own is another speaker's, not content of the first
    ("The army said it had taken the village, while the ministry said its forces were regrouping.",
     [("The army", "it had taken the village"), ("the ministry", "its forces were regrouping")]),
    ("Kyiv's air force said it had downed 40 drones, while Moscow's army said its troops had \"freed\" a town.",
     [("Kyiv's air force", "it had downed 40 drones"), ("Moscow's army", "freed")]),
    # a clause of time is content
    ("The army said it had taken the village while the enemy slept.",
     [("The army", "it had taken the village while the enemy slept")]),
])
def test_a_contrasting_report_is_its_own(analyzer: Analyzer, text: str, expected: list) -> None:
    assert [(q.speaker_text, q.text) for q in quotes_of(analyzer, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # what a poll, data, a video or an average shows is theirs, a clause or a noun phrase
    ("Polls show a tight race in the state.", [("Polls", "show", "a tight race in the state")]),
    ("Video of the stop shows that the driver had his hands raised.",
     [("Video of the stop", "shows", "the driver had his hands raised")]),
    ("The Gallup average shows the mayor ahead by 4 points.",
     [("The Gallup average", "shows", "the mayor ahead by 4 points")]),
    # not a showing that did not happen, nor a thing on show
    ("The videos do not show whether the driver was armed.", []),
    ("The museum shows paintings from the 1800s.", []),
])
def test_what_a_document_shows(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is called for, and what is cited as a reason, in a noun phrase
    ("The union called for a moratorium on new charter schools.",
     [("The union", "called", "a moratorium on new charter schools")]),
    ("Obama called for cutting the corporate tax rate to 28 percent.",
     [("Obama", "called", "cutting the corporate tax rate to 28 percent")]),
    ("The court blocked the plan, citing a threat to public health.",
     [("The court", "citing", "a threat to public health")]),
    # a source cited is no content, nor a call on someone or a vote too short to say anything
    ("The Post reported the raid, citing three people familiar with the case.", []),
    ("Trump called for a vote.", []),
])
def test_what_is_called_for_or_cited(analyzer: Analyzer, text: str, expected: list) -> None:
    assert spoken(analyzer, text) == expected


def test_which_after_a_noun_and_the_name_in_apposition_to_it_is_the_name(analyzer: Analyzer) -> None:
    text = ("The senator attacked a report by the conservative group Citizens United, which claimed that the fund "
            "had taken foreign money.")
    quote = one(analyzer, text, "taken foreign money")
    assert (quote.speaker_text, quote.speaker_id) == ("which", "citizens-united")


def test_a_so_called_name_in_a_report_is_no_fragment_of_the_speakers(analyzer: Analyzer) -> None:
    text = "Lund said the so-called “grand bargain” was never close."
    assert [(q.text, q.speaker_text) for q in quotes_of(analyzer, text)] == [
        ("the so-called “grand bargain” was never close", "Lund")]


def test_an_aside_of_being_asked_is_no_quote_of_its_own(analyzer: Analyzer) -> None:
    text = ("President Donald Trump, asked about the tariffs at a dinner in the Rose Garden, said he hoped they "
            "would not last long.")
    assert [q.text for q in quotes_of(analyzer, text)] == ["he hoped they would not last long"]


def test_a_quote_carries_the_sentence_it_stands_in(analyzer: Analyzer) -> None:
    text = "Putin spoke on Tuesday. Putin said in a statement that Russia “is ready to talk.” Peskov agreed."
    quote = one(analyzer, text, "is ready to talk")
    assert quote.sentence == "Putin said in a statement that Russia “is ready to talk.”"
    assert text[quote.sentence_start:quote.sentence_end] == quote.sentence
    # (a quote over several sentences: all of them)
    text = "“We will not give up. We never have,” Zelensky said. Kyiv was calm."
    assert one(analyzer, text, "We never have").sentence == "“We will not give up. We never have,” Zelensky said."


def test_markup_left_in_the_text_is_no_part_of_a_speakers_mention(analyzer: Analyzer) -> None:
    text = 'Bernie Sanders spoke. data-note="rated it">Sanders said that the rate “is 51 percent.”'
    quote = one(analyzer, text, "is 51 percent")
    assert quote.speaker_text == "Sanders"
    assert text[quote.speaker_start:quote.speaker_end] == "Sanders"


@pytest.mark.parametrize("text, speaker_id", [
    # "another" after "One <description>" is another of those, whom nobody names; after a bare
    # "One" of people named before, one of them
    ("Democrats objected. Some Republicans had doubts. One GOP aide said the votes were short. Another said the "
     "bill was “a messaging exercise.”", None),
    ("Two Finch aides spoke. One said the bill would pass. Another said it would fail.",
     "group:two-finch-aides"),
    # (one so described after the words it speaks, and another after it)
    ("Aides to both leaders said the fight would shape the races. “It fires up our voters,” one Republican "
     "strategist said. “It fires up theirs too,” another added.", None),
])
def test_another_after_one(analyzer: Analyzer, text: str, speaker_id: str | None) -> None:
    quote = quotes_of(analyzer, text)[-1]
    assert (quote.speaker_text.capitalize(), quote.speaker_id) == ("Another", speaker_id)


@pytest.mark.parametrize("text, speakers", [
    ("The ministry is drafting new rules, according to three people familiar with the plans. The rules could "
     "be ready next week, one of the people said.",
     [("three people", "group:three-people"), ("one of the people", "group:three-people")]),
    # whatever follows the group's noun ("one of the officials, who asked not to be named"), and "the other"
    # one under the same noun
    ("The border will reopen on Monday, two officials said. Trucks will go first, according to one of the "
     "officials, who asked not to be named. The other official said buses would follow.",
     [("two officials", "group:two-officials"), ("one of the officials", "group:two-officials"),
      ("The other official", "group:two-officials")]),
    # "a third" after "one of them" and "another"
    ("The meeting went badly, according to three diplomats. One of them said the hosts left early. Another said "
     "the food was cold. A third, a veteran envoy, said nobody was surprised.",
     [("three diplomats", "group:three-diplomats"), ("One of them", "group:three-diplomats"),
      ("Another", "group:three-diplomats"), ("A third", "group:three-diplomats")]),
])
def test_one_of_the_people_is_of_the_people_who_spoke_before(analyzer: Analyzer, text: str, speakers: list) -> None:
    assert [(q.speaker_text, q.speaker_id) for q in quotes_of(analyzer, text)] == speakers
