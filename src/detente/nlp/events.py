"""PLOVER-coded events: the `detente_events` spaCy component.

Triggers, their conditions and modes come from `lexicon/events.yaml`. For each trigger in a
parsed sentence: who acts (the subject, or the possessor/modifier of a trigger noun, or the
subject of the verb that governs it), who is acted upon or met (objects, "with"/"on"/
"against" phrases, "between X and Y"), the date (the sentence's date expression nearest the
trigger, resolved against the publication date), and whether it is negated or hypothetical.
"""
from __future__ import annotations

import bisect

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.nlp.actors import DocActors, after_unnamed_plural, role_holder
from detente.nlp.dates import date_entities, resolve_date
from detente.nlp.parse import ADDRESSEE_VERBS, asks_to_act, is_negation, register_cues, word_forms
from detente.nlp.passages import SpanIndex, find_passages
from detente.records import Document, Event
from detente.resources import load_mapping
from detente.store.sql import Analysis

__all__ = ["EventExtractor", "EventHit", "Trigger"]

if not Doc.has_extension("detente_events"):
    Doc.set_extension("detente_events", default=None)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent")
# accounts of a call or a meeting ("the readout of the call")
ACCOUNTS = {"readout", "read-out", "account", "summary", "transcript", "record", "description"}
SCARE_QUOTE_WORDS = 2  # at most so many words in quotation marks are the sentence's own
# events that later sentences refer back to ("the call", "the agreement")
ANAPHORIC_TYPES = {"CONSULT", "AGREE", "SANCTION", "THREATEN", "REJECT"}
SAME_DAY = re.compile(r"\b(?:earlier|later) (?:in the day|that day)|\bthe same day\b|\bthat day\b"
                      r"|^\s*(?:Speaking |Writing )?(?:earlier|later)\b", re.I)
PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}  # a call between A and B is one between B and A
# people who act for a party: what follows them ("representing Kyiv", "from Russia") names it
DELEGATIONS = {"team", "delegation", "negotiator", "official", "envoy", "representative", "delegate"}
IMMEDIATELY = {"swiftly", "quickly", "promptly", "immediately", "instantly", "at once"}
# prepositions of a phrase of when or where something happened
CIRCUMSTANCE_PREPS = {"during", "at", "in", "on", "after", "amid", "following", "throughout"}
# verbs of attempting: the attempt was made, where and when its phrases say
ATTEMPTS = {"try", "attempt", "seek"}
SPEECH_ACTS = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}  # acts done by saying something
ONE_SIDED = {"AGREE", "MOBILIZE", "PROTEST", "CONCEDE", "RETREAT"}
RECIPIENT_PREPS = {"with", "on", "against", "into", "to", "at", "toward", "towards"}
# prepositions of where something happens (not whom it involves)
PLACE_PREPOSITIONS = {"at", "in", "inside", "outside", "near", "aboard", "during", "on"}
TARGETED = {"ASSAULT", "SANCTION", "THREATEN", "AID", "COERCE", "CONSULT"}
CLIMB = ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl", "pcomp", "prep", "pobj", "dobj", "attr", "acomp",
         "nsubj", "nsubjpass", "compound", "appos")


# what puts an act ahead as a plan, not a wish ("will meet", "a planned meeting")
PLAIN_FUTURE = {"will", "'ll", "shall"}
PLANNED = {"planned", "scheduled", "upcoming"}


@dataclass(frozen=True)
class Trigger:
    """One trigger rule of the lexicon."""

    lemmas: frozenset[str]
    type: str
    pos: str | None = None
    mode: str | None = None
    governed_by: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    next_in: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    bare_object: bool = False  # only with a plain object: "called Putin", not "called Putin a liar"
    # only with someone to do something: "pressed Lavrov to accept", not "pressed ahead with"
    object_to_act: bool = False
    # only with what is agreed, or between parties: "agreed to a truce", "the two sides agreed";
    # not one party siding with a view ("Kallas agreed.", "agreed with the chancellor"); "with"
    # counts before one of these nouns ("agrees with the idea of a ceasefire")
    agreed_on: frozenset[str] = frozenset()


@dataclass
class EventHit:
    """An event found in a document (offsets into the document text)."""

    type: str
    start: int
    end: int
    trigger: tuple[int, int]
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    negated: bool = False
    hypothetical: bool = False
    definite: bool = False  # "the call", "Tuesday's talks": a reference to a known event
    verbal: bool = False  # a verb trigger ("threatened"): a report of the act itself
    lead_in: bool = False  # in an "after …"/"following …" phrase: it ended when the main act came
    scheduled: bool = False  # still to come as planned ("is due to meet"): hypothetical, yet an event


class EventLexicon:
    """Triggers, modes and flag words from `lexicon/events.yaml`."""

    def __init__(self) -> None:
        data = load_mapping("lexicon/events.yaml")
        self.triggers = [Trigger(lemmas=frozenset(t["lemmas"]), type=t["type"], pos=t.get("pos"),
                                 mode=t.get("mode"), governed_by=frozenset(t.get("governed_by", [])),
                                 objects=frozenset(t.get("objects", [])),
                                 not_before=frozenset(t.get("not_before", [])),
                                 requires=frozenset(t.get("requires", [])),
                                 next_in=frozenset(t.get("next_in", [])),
                                 preps=frozenset(t.get("preps", [])),
                                 bare_object=bool(t.get("bare_object", False)),
                                 object_to_act=bool(t.get("object_to_act", False)),
                                 agreed_on=frozenset(t.get("agreed_on", []))) for t in data["triggers"]]
        self.modes: dict[str, str] = data["modes"]
        self.negators = set(data["negators"])
        self.claim_nouns = set(data["denied_claims"]["nouns"])
        self.denials = set(data["denied_claims"]["verbs"])
        self.modals = set(data["hypothetical_markers"])
        self.hypo_heads = set(data["hypothetical_heads"])
        self.hypo_adjectives = set(data["hypothetical_adjectives"])
        self.unlikely = set(data["unlikely_heads"])
        self.commitments = set(data.get("commitment_heads", []))
        self.future_heads = set(data["future_heads"])
        # verbs of wanting something of another party: the one list positions use too
        # (with their regular forms: the rule lemmatizer turns "hoped" into "hop")
        self.wishes = {form for word in load_mapping("lexicon/stances.yaml")["desire"] for form in word_forms(word)}
        self.speech = set(load_mapping("lexicon/speech.yaml")["verbs"])
        self.by_lemma: dict[str, list[Trigger]] = {}
        # a capitalised or mis-lemmatised form ("Talks between …" opening a sentence) is found
        # by its forms, irregular ones included (parse.word_forms, as the speech cues)
        self.by_form: dict[str, list[Trigger]] = {}
        for trig in self.triggers:
            for lemma in trig.lemmas:
                self.by_lemma.setdefault(lemma, []).append(trig)
                for form in word_forms(lemma):
                    self.by_form.setdefault(form, []).append(trig)

    def words(self) -> list[str]:
        return sorted(self.by_lemma)


@Language.factory("detente_events", default_config={"pack": None})
def make_event_extractor(nlp: Language, name: str, pack: str | None) -> "EventExtractor":
    """spaCy factory: add after `detente_parse`."""
    return EventExtractor(nlp)


class EventExtractor:
    """Writes `doc._.detente_events`: a list of EventHit."""

    def __init__(self, nlp: Language) -> None:
        self.lex = EventLexicon()
        register_cues(self.lex.words())
        index = nlp.get_pipe("detente_actors").index
        self.pack_kinds = {a.id: a.kind for a in index.actors.values()}
        # actor id → id of its state (people and institutions to their country's state actor)
        self.state_of = {a.id: index.states[a.country] for a in index.actors.values() if a.country in index.states}
        self.places = index.places  # "Sumy" → ukraine
        self.roles = index.role_words  # "the chancellor met …"
        self.doc_kinds: dict[str, str] = {}
        self._text = ""
        self._starts: list[int] = []

    def __call__(self, doc: Doc) -> Doc:
        actors: DocActors = doc._.detente_actors or DocActors()
        published = doc.user_data.get("published")
        self.doc_kinds = self.kinds(actors)  # once per document, not per pronoun
        self._text = doc.user_data.get("detente_text") or doc.text
        self._starts = doc.user_data.get("detente_sentence_starts") or []
        self._described_here: dict[str, str] = doc.user_data.get("detente_described_here") or {}
        self._descriptions: dict[str, str] = doc.user_data.get("detente_descriptions") or {}
        # words in quotation marks are someone's speech, coded by nobody; a word or two a sentence
        # quotes (scare quotes) are part of the writer's sentence: 'its forces had "liberated" Pokrovsk'
        quoted = SpanIndex([(p.open, p.close) for p in find_passages(self._text)
                            if len(self._text[p.start:p.end].split()) > SCARE_QUOTE_WORDS])
        hits: list[EventHit] = []
        seen: set[tuple] = set()
        self.last_date: tuple[str, str] | None = None
        for offset, sdoc in doc._.detente_parses or []:
            for token in sdoc:
                pos = offset + token.idx
                if quoted.covers(pos):
                    continue
                for trig in self._triggers(token):
                    if trig.type == "ASSAULT" and token.tag_ == "NNS" and not _dated(sdoc, published):
                        break  # "continued attacks on Ukraine": a generic reference, not an event
                    if _in_condition(token):
                        break  # "… if Moscow does not agree to a ceasefire": a condition, not an event
                    if self._unlikely(token) or _activity_named(token):
                        break
                    found = self._events(token, trig, offset, sdoc, actors, published)
                    # an unrealised nominal event ("a deal", "talks" that are only hoped for)
                    # is a topic, not an event
                    wanter = self._wanted_by(token, actors, offset)
                    hits.extend(h for h in found if not (h.hypothetical and not h.scheduled and token.pos_ == "NOUN")
                                # "Trump hoped Russia would agree": Trump's wish, not Russia's act
                                and not (wanter and h.actors and wanter not in h.actors))
                    break
            for ent in date_entities(sdoc, ("DATE",)):  # the story's current day, for "earlier in the day"
                if value := resolve_date(ent.text, published):
                    self.last_date = (value, ent.text)
        _inherit_dates(hits)
        self._date_speech_acts(doc, hits, published)
        unique = []
        for hit in hits:
            parties = (tuple(sorted(hit.actors + hit.recipients)),) if hit.type in SYMMETRIC else (
                tuple(hit.actors), tuple(hit.recipients))
            key = (hit.type, parties, hit.date, hit.negated)
            if key not in seen:
                seen.add(key)
                unique.append(hit)
        doc._.detente_events = unique
        return doc

    def _date_speech_acts(self, doc: Doc, hits: list[EventHit], published: str | None) -> None:
        """An undated act done by speaking ("Trump has threatened tariffs …" in a lede) took
        place in the actor's reported statement when every statement of theirs the article
        dates falls on one day ("…," Trump said in an interview on Sunday)."""
        if not any(h.date is None and h.type in SPEECH_ACTS for h in hits):
            return
        parses = doc._.detente_parses or []
        starts = [offset for offset, _ in parses]
        days: dict[str, set[str]] = {}
        quotes = doc._.detente_quotes or []
        for quote in quotes:
            if quote.cue is None or quote.speaker is None or not quote.speaker.actor_id:
                continue
            i = bisect.bisect_right(starts, quote.cue[0]) - 1
            if i < 0:
                continue
            offset, sdoc = parses[i]
            for ent in date_entities(sdoc, ("DATE",)):
                at = offset + ent.start_char
                if any(q.start <= at < q.end for q in quotes):
                    continue  # a day inside what was said is not the day it was said
                value = resolve_date(ent.text, published)
                if value and (published is None or value <= published):
                    days.setdefault(quote.speaker.actor_id, set()).add(value)
        for hit in hits:
            if hit.date is None and hit.verbal and not hit.hypothetical and hit.type in SPEECH_ACTS:
                said = days.get(hit.actors[0], set())
                if len(said) == 1:
                    hit.date = next(iter(said))
                    hit.date_text = None

    # ---- triggers
    def _triggers(self, token: Token) -> list[Trigger]:
        found = []
        candidates = self.lex.by_lemma.get(token.lemma_.lower(), [])
        if not candidates:
            candidates = self.lex.by_form.get(token.lower_, [])
        for trig in candidates:
            if trig.pos and token.pos_ not in (trig.pos, "PROPN" if trig.pos == "NOUN" else trig.pos):
                continue
            if trig.not_before and token.i + 1 < len(token.doc) and \
                    token.doc[token.i + 1].lower_ in trig.not_before and not (
                        # ("a call on Monday": a day, not "a call on Europe to …")
                        token.i + 2 < len(token.doc) and token.doc[token.i + 2].ent_type_ in ("DATE", "TIME")) \
                    and not any(c.dep_ == "compound" and c.lower_ in ("phone", "telephone", "video")
                                for c in token.children):
                # (a phone call is one whatever follows: "thanked Trump in a phone call for his efforts")
                continue
            nxt = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
            if trig.next_in and nxt not in trig.next_in:
                continue
            if trig.preps and not any(c.dep_ in ("prep", "dative") and c.lower_ in trig.preps
                                      for c in token.children):
                continue
            if trig.bare_object and not (any(c.dep_ == "dobj" for c in token.children) and not any(
                    c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in token.children)
                    # (nor a name given in apposition to the object, not set off by commas: "calling the
                    # attacks 'a provocation'"; "called Zelensky, his ally, on Monday" is a call)
                    and not any(a.dep_ == "appos" and a.doc[a.left_edge.i - 1].text != ","
                                for c in token.children if c.dep_ == "dobj" for a in c.children)) \
                    and not (
                    # ("Trump called Putin on Tuesday" read as "Trump, called Putin": the object as oprd)
                    _misread_participle(token) and [c.dep_ for c in token.children if c.pos_ == "PROPN"] == ["oprd"]
                    and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children)):
                continue
            if trig.object_to_act and not (any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "on"
                                               and c.i == token.i + 1 for c in token.children) and any(
                    c.dep_ in ("xcomp", "advcl", "ccomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)):
                continue
            if trig.agreed_on and not _agreed_on(token, trig.agreed_on):
                continue
            if trig.type == "CONSULT" and trig.mode != "phone" and token.tag_ == "VBG" and token.dep_ == "advcl" \
                    and token.head.lemma_.lower() in self.lex.speech:
                continue  # "Speaking to Al Jazeera from Doha, Bishara said …": where the words were said
            if trig.requires and not any(t.lower_ in trig.requires for t in token.doc):
                continue
            if trig.governed_by and not any(a.lemma_.lower() in trig.governed_by
                                            for a in _ancestors(token, 3)):
                continue
            if trig.objects and not any(t.lemma_.lower() in trig.objects or t.lower_ in trig.objects
                                        for t in _object_words(token)):
                continue
            found.append(trig)
        return found

    # ---- participants, date, flags
    def _events(self, token: Token, trig: Trigger, offset: int, sdoc: Doc, actors: DocActors,
                published: str | None) -> list[EventHit]:
        def ids(tokens: list[Token], places: bool = False) -> list[str]:
            out: list[str] = []
            for t in tokens:
                if t.lower_ in PRONOUNS and t.dep_ in SUBJECT_DEPS + ("poss",):
                    person = t.lower_ in ("he", "she", "his", "her")
                    found = self._clause_subject(t, offset, actors) if t.dep_ == "poss" and person else None
                    found = found or self._pronoun(offset + t.idx, person, actors, t.lower_)
                    found_list = [found] if found else []
                else:
                    found_list = [m.actor_id for m in actors.mentions
                                  if m.start < offset + t.idx + len(t.text) and m.end > offset + t.idx]
                    if places and not found_list and t.text in self.places and t.pos_ == "PROPN":
                        found_list = [self.places[t.text]]  # a place of a state, as a target
                    if not found_list and t.dep_ in SUBJECT_DEPS + ("pobj", "dobj") and t.lower_ in self.roles \
                            and [c.lower_ for c in t.children if c.dep_ == "det"] == ["the"] \
                            and not any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
                        # "The chancellor had spoken by phone with Trump": the last person named
                        # before whose description has that role
                        holder = role_holder(t.lower_, offset + t.idx, actors, self.doc_kinds, self._described_here,
                                             self._descriptions, self._text, self._starts)
                        found_list = [holder] if holder else []
                for actor_id in found_list:
                    if actor_id not in out:
                        out.append(actor_id)
            return out

        def subject_ids(tokens: list[Token]) -> list[str]:
            """A named head wins over its modifiers ('Kremlin aide Yuri Ushakov' → Ushakov)."""
            heads = [t for t in tokens if t.dep_ in SUBJECT_DEPS]
            heads += [c for h in heads for c in h.conjuncts if c in tokens and c not in heads]
            # ("Ukraine's foreign minister, Andrii Sybiha, met …": the name set off after the head)
            named = ids(heads) or ids([a for h in heads for a in h.children if a.dep_ == "appos"])
            return named if named else ids(tokens)

        agents, patients = self._participants(token, trig)
        if token.dep_ in ("dobj", "nsubjpass") and any(t.pos_ == "PRON" and t.dep_ == "poss" for t in agents) \
                and not ids([t for t in agents if t.pos_ != "PRON"]):
            agents = []  # "Ukraine and Russia held their first talks": "their" is the subjects
        # "by UN Secretary-General Antonio Guterres": the named head, not its modifiers too
        agent_heads = [t for t in agents if t.dep_ == "pobj" and t.head.dep_ == "agent"]
        actor_ids = ids(agent_heads) or ids(agents)
        passive = token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        if not actor_ids and not passive:
            verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
            if token.pos_ in ("NOUN", "PROPN") and trig.type != "CONSULT" and \
                    token.dep_ not in ("dobj", "nsubjpass", "attr", "nsubj"):
                verb = None  # "threatened sanctions … for attacks on Ukraine": no attacker
            root = token.sent.root
            chain = _subject_chain(verb) if verb is not None else []
            # a meeting in a prepositional phrase ("… following calls with Putin") belongs to
            # the main clause: its subject took part
            fallback = _subject_chain(root) if trig.type == "CONSULT" else []
            for subject in chain or fallback:
                actor_ids = subject_ids(subject)
                if actor_ids:
                    break
            if not actor_ids and token.dep_ == "conj":
                # "… came after Trump told NBC … and threatened tariffs": a coordinated verb
                # the parser attached to the wrong clause takes the nearest named subject before it
                for prev in reversed(token.doc[: token.i]):
                    if prev.dep_ in ("nsubj", "nsubjpass") and (named := subject_ids([prev])):
                        actor_ids = named
                        break
        if not actor_ids and _misread_participle(token):
            actor_ids = subject_ids([token.head])  # "Trump called Putin …" misread as "Trump, called …"
        patients = [t for t in patients if not any(c.dep_ == "neg" for c in t.children)
                    and not (t.dep_ == "conj" and any(c.dep_ == "neg" for c in t.head.children if c.i > t.head.i))]
        # the heads of the trigger's own objects ("agreed with [the idea] of a truce in
        # Ukraine" → idea), their coordinated heads, not every noun deeper in the phrase
        heads = [t for t in patients if t.dep_ in ("dobj", "dative", "attr", "nsubjpass") and t.head.i == token.i
                 or t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in (token.i, token.head.i)]
        addresser = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "during", "over") else None
        while addresser is not None and addresser.pos_ == "NOUN" and addresser.dep_ == "pobj" \
                and addresser.head.dep_ == "prep":
            addresser = addresser.head.head  # ("thanked Trump for his efforts in a phone call": hung on "efforts")
        if trig.type == "CONSULT" and addresser is not None and addresser.lemma_.lower() in ADDRESSEE_VERBS:
            # "Putin told Trump in a phone call that …": the one addressed in the call
            heads += [c for c in addresser.children if c.dep_ in ("dobj", "dative")]
        heads += [c for h in heads for c in h.conjuncts if c not in heads]
        # only acts on a target reach into the depth of a phrase ("an attack on regions
        # including Kyiv"); "agreed with the idea of a truce in Ukraine" has no recipient
        # "the envoy, Steve Witkoff" → Witkoff; "the Ukrainian leader" → Ukraine;
        # "the plan offered by the US" → the US
        appositions = [t for h in heads for c in h.children if c.dep_ == "appos" for t in c.subtree]
        modifiers = appositions if ids(appositions) else [
            t for h in heads for c in h.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree]
        modifiers += [t for h in heads for c in h.children if c.dep_ == "acl"
                      for a in c.children if a.dep_ == "agent" for t in a.subtree]
        deep = patients if trig.type in TARGETED else []
        if trig.type == "CONSULT":
            # whom one meets is not where ("speaking to the delegation at the Democratic National
            # Convention", "… to people watching from the National Mall")
            deep = [t for t in deep if not any(a.dep_ == "prep" and a.lower_ in PLACE_PREPOSITIONS or a.pos_ == "VERB"
                                               for a in _path_up(t, token))]
        recipient_ids: list[str] = []
        # (where an attack struck names a state only: "struck … in Khan Younis" is no person struck)
        where = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree}
        for level in (heads, modifiers, deep):
            recipient_ids = [r for r in ids([t for t in level if t.i not in where], places=True)
                             + [r for r in ids([t for t in level if t.i in where], places=True)
                                if self.doc_kinds.get(r) == "state"] if r not in actor_ids]
            if recipient_ids:
                break
        if trig.type == "AGREE" and not recipient_ids and token.dep_ == "conj":
            # "met with the Ukrainian team and agreed on a swap": agreed with whom they met
            partners = [t for c in token.head.children if c.dep_ == "prep" and c.lower_ == "with"
                        for t in c.subtree if t.i != c.i]
            recipient_ids = [r for r in ids(partners) if r not in actor_ids]
        if trig.type == "REJECT" and not recipient_ids and token.dep_ in ("acl", "relcl"):
            # "… a proposal swiftly rejected by Guterres", "… lifting sanctions, which Kyiv
            # dismissed": what is rejected is what the main clause's subject put forward
            verb = _clause_verb(token.head)
            for _ in range(3):  # up through the clauses: "Putin suggested that X be introduced – a proposal …"
                if verb is None or recipient_ids:
                    break
                for subject in _subject_chain(verb):
                    recipient_ids = [r for r in subject_ids(subject) if r not in actor_ids]
                    if recipient_ids:
                        break
                verb = _clause_verb(verb.head) if verb.head.i != verb.i else None
        if trig.type == "CONSULT" and len(actor_ids) > 1 and not recipient_ids:
            actor_ids, recipient_ids = actor_ids[:1], actor_ids[1:]
        if trig.type == "CONSULT" and token.dep_ == "pobj" and token.head.lower_ == "of" \
                and token.head.head.lemma_.lower() in ACCOUNTS:
            # "The Kremlin's readout of the call said Putin had told Trump …": the parties are who
            # addressed whom in what the account reports, not who gave the account
            for verb in (t for t in token.head.head.head.subtree if t.lemma_.lower() in ADDRESSEE_VERBS):
                speaker = subject_ids([c for c in verb.children if c.dep_ == "nsubj"])
                addressed = ids([c for c in verb.children if c.dep_ in ("dobj", "dative")])
                if speaker and addressed:
                    actor_ids, recipient_ids = speaker, addressed
                    break
        # an actor does not act on its own state ("Putin visiting Russia's Kursk region")
        own = {self.state_of.get(a) for a in actor_ids} | set(actor_ids)
        recipient_ids = [r for r in recipient_ids if self.state_of.get(r, r) not in own]
        # "met Trump at the White House": a person's own state beside them is the place, not
        # a second party
        people_states = {self.state_of.get(r) for r in recipient_ids if self.state_of.get(r, r) != r}
        recipient_ids = [r for r in recipient_ids if r not in people_states]
        # "Russia and Ukraine accused each other of …": each party acts on the other
        reciprocal = not recipient_ids and len(actor_ids) > 1 and _reciprocal(token)
        if reciprocal:
            recipient_ids = actor_ids[1:]
        # who acts must be known; an interaction needs its other side too
        if not actor_ids or not recipient_ids and trig.type not in ONE_SIDED:
            return []
        if trig.type == "CONSULT" and len(actor_ids) > 1 and not recipient_ids:
            actor_ids, recipient_ids = actor_ids[:1], actor_ids[1:]
        ahead = self._ahead(token)
        hypothetical = self._hypothetical(token)
        # (SPEC: future is hypothetical; a scheduled meeting, or an act someone committed to, is
        # still an event worth listing)
        committed = not hypothetical and self._committed(token, trig.type)
        # (what only "will" or "planned" puts ahead is scheduled: "will hold a summit with Putin on
        # Friday", "a planned meeting between Trump and Putin"; not what is hoped or asked for)
        # (a known one is a reference: "a day before the scheduled call" is the call reported; nor
        # what a future clause says of an event: "Trump's meeting with Macron will be followed by …")
        known = token.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                                             for c in token.children)
        scheduled = (ahead or committed) and (not hypothetical or not known and token.dep_ not in SUBJECT_DEPS
                                              and not self._hypothetical(token, planned=True))
        # (an act not yet done has no day but one its own clause gives: "said Thursday that he was open
        # to meeting Zelensky" is no meeting on Thursday)
        # ("a day before the scheduled call": a planned event's day is none of the sentence's others)
        planned = _planned(token)
        date, date_text = self._date(token, sdoc, published, future=ahead, own=hypothetical and not ahead,
                                     phrase=planned)
        start, end = _trim_sentence(sdoc)
        base = dict(type=trig.type, start=offset + start, end=offset + end,
                    trigger=(offset + token.idx, offset + token.idx + len(token.text)),
                    mode=self._mode(token, trig), date=date, date_text=date_text,
                    negated=self._negated(token), hypothetical=hypothetical or ahead or committed,
                    scheduled=scheduled,
                    definite=any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                                 for c in token.children),
                    verbal=token.pos_ in ("VERB", "AUX", "ADJ"),
                    lead_in=any(a.lower_ in ("after", "following") and a.dep_ == "prep" for a in _ancestors(token, 3)))
        if reciprocal:
            return [EventHit(actors=[a], recipients=[b], **base) for a in actor_ids for b in actor_ids if a != b]
        if trig.type == "CONSULT" and len(recipient_ids) > 1:
            return [EventHit(actors=actor_ids, recipients=[r], **base) for r in recipient_ids]
        return [EventHit(actors=actor_ids, recipients=recipient_ids, **base)]

    def _participants(self, token: Token, trig: Trigger) -> tuple[list[Token], list[Token]]:
        agents: list[Token] = []
        patients: list[Token] = []
        # "meeting representatives from Russia": for meetings, "from" names the other side; for an
        # attack, where it struck ("struck a hospital | in Sumy": a place of the state attacked)
        preps = RECIPIENT_PREPS | {"from"} if trig.type == "CONSULT" else \
            RECIPIENT_PREPS | {"in"} if trig.type == "ASSAULT" else RECIPIENT_PREPS
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    agents.extend(child.subtree)
                elif child.dep_ == "prep" and child.lower_ == "between":
                    # "between American and Ukrainian delegations in Jeddah": the sides, not the place
                    agents.extend(t for t in child.subtree if t.i != child.i and not _under(t, child, ("prep", "appos"))
                                  or t.head.i == child.i)
                elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS | {"by"}:
                    target = agents if child.lower_ == "by" else patients
                    target.extend(t for t in child.subtree if t.i != child.i)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    # "a package of sanctions against Russia": the target of what it is made of
                    patients.extend(t for o in child.children if o.dep_ == "pobj" for p in o.children
                                    if p.dep_ == "prep" and p.lower_ in RECIPIENT_PREPS for t in p.subtree if t.i != p.i)
            verb = token.head if token.dep_ == "dobj" else None
            if verb is not None and (not patients or trig.type == "CONSULT"):
                # "hold talks … with Witkoff": the other side hangs on the light verb
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ in ("with", "against"):
                        patients.extend(t for t in child.subtree if t.i != child.i)
            return agents, patients
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        for child in token.children:
            if passive and child.dep_ == "nsubjpass":
                # "a proposal … rejected by Guterres": the subject is acted upon
                patients.extend(child.subtree)
            elif child.dep_ in ("dobj", "dative", "attr", "oprd"):
                patients.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in preps:
                patients.extend(t for t in child.subtree if t.i != child.i)
            elif child.dep_ == "agent":
                agents.extend(t for t in child.subtree if t.i != child.i)
            elif child.dep_ == "xcomp":
                # "threatened to impose sanctions on Russian oil": the target of the act
                # threatened or demanded (not its conditions)
                for grand in child.children:
                    if grand.dep_ in ("dobj", "dative") or grand.dep_ == "prep" and grand.lower_ in RECIPIENT_PREPS:
                        patients.extend(t for t in grand.subtree if not _under(t, grand, ("advcl", "relcl")))
        return agents, patients

    def kinds(self, actors: DocActors) -> dict[str, str]:
        """Actor kinds: the pack's, and those of actors found in this document."""
        return {**self.pack_kinds, **{a.id: a.kind for a in actors.actors.values()}}

    def _ahead(self, token: Token) -> bool:
        """Whether an event is still to come ("will meet", "is expected to speak", "plans to
        visit", "a planned meeting"), so that a bare weekday is the coming one."""
        if _planned(token):
            return True
        clause = _clause(token)
        if clause.tag_ in ("VBD", "VBN") and clause.dep_ != "xcomp" and not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall", "be", "to") for c in clause.children):
            return False  # told in the past ("days after Ukraine and Russia agreed …")
        for node in [clause, *_ancestors(clause, 2)]:
            if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in node.children):
                return True
            if node.lemma_.lower() in self.lex.future_heads and node.pos_ in ("VERB", "AUX", "ADJ"):
                # "is expected to speak on Tuesday" looks ahead; "was expected to hold talks on
                # Thursday", told afterwards, need not
                past = node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                 for c in node.children)
                return not past
        return False

    def _date(self, token: Token, sdoc: Doc, published: str | None, future: bool = False, own: bool = False,
              phrase: bool = False) -> tuple[str | None, str | None]:
        dates = date_entities(sdoc)
        if own:
            dates = [e for e in dates if _in_clause(e.root, token)]
        if phrase:
            dates = [e for e in dates if e.root in token.subtree]
        verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
        if verb is not None and (verb.dep_ in ("relcl", "acl") or verb.dep_ in ("advcl", "pcomp") and any(
                c.dep_ == "mark" for c in verb.children)):
            # "… passed sanctions on Tuesday since it invaded Ukraine": a subordinate clause
            # takes only its own date, or the day a "when" clause describes ("since March 18,
            # when Putin agreed to the truce")
            own = [e for e in dates if _in_clause(e.root, token)]
            described = [e for e in dates if verb.dep_ == "relcl" and e.start <= verb.head.i < e.end
                         and any(c.lower_ == "when" for c in verb.children)]
            dates = own or described
        if not dates and any(c.dep_ == "advmod" and c.lower_ in IMMEDIATELY for c in token.children):
            # "… on Thursday – a proposal swiftly rejected by Guterres": at once, so that day
            dates = date_entities(sdoc)
        dates.sort(key=lambda e: (0 if _in_clause(e.root, token) else 1, abs(e.start - token.i)))
        for ent in dates:
            value = resolve_date(ent.text, published, future)
            if value:
                if not future:
                    self.last_date = (value, ent.text)
                return value, ent.text
        # no day of its own: "earlier in the day" is the day the story is on
        same_day = SAME_DAY.search(sdoc.text)
        if same_day and self.last_date:
            return self.last_date[0], same_day.group(0)
        return None, None

    def _mode(self, token: Token, trig: Trigger) -> str | None:
        if trig.type == "ASSAULT":
            for t in [*token.children, token, *token.subtree]:
                mode = self.lex.modes.get(t.lower_) or self.lex.modes.get(t.lemma_.lower())
                if mode:
                    return mode
            return None
        if trig.type == "CONSULT":
            words = {t.lower_ for t in token.sent}
            if words & {"phone", "call", "telephone", "videoconference", "video"}:
                return "phone"
            if words & {"summit", "conference", "multilateral"}:
                return "multilateral"
        return trig.mode

    def _negated(self, token: Token) -> bool:
        # (the negation of a head within the same clause: "did not want talks"; not across a clause
        # boundary: "did not attack … after Putin agreed to the truce" leaves the agreeing)
        nodes = [token]
        for node in _ancestors(token, 2):
            if nodes[-1].dep_ in CLAUSE_LINKS:
                break
            nodes.append(node)
        for node in nodes:
            if any(is_negation(c) for c in node.children):
                return True
        # ("dismissed reports that Moscow had agreed to a summit": the claim denied, not the act)
        if any(node.lemma_.lower() in self.lex.claim_nouns and node.dep_ in ("dobj", "nsubjpass")
               and node.head.lemma_.lower() in self.lex.denials for node in _ancestors(token, 4)):
            return True
        node = token
        for _ in range(2):
            if node.dep_ not in ("dobj", "xcomp", "ccomp", "pobj", "prep", "nsubjpass"):
                break
            node = node.head
            if node.lemma_.lower() in self.lex.negators:
                return True
        return False

    def _clause_subject(self, pronoun: Token, offset: int, actors: DocActors) -> str | None:
        """The person a possessive pronoun in a phrase of the clause refers to: the clause's
        subject, named before it ("Trump spoke with Zelensky after his call with Putin": Trump's
        call, not Zelensky's, though Zelensky was named last)."""
        for verb in pronoun.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i):
                lo, hi = offset + subj.idx, offset + subj.idx + len(subj.text)
                named = [m.actor_id for m in actors.mentions if m.start < hi and m.end > lo
                         and self.doc_kinds.get(m.actor_id) == "person"]
                if named:
                    return named[0]
            return None  # (the nearest clause only)
        return None

    def _pronoun(self, at: int, person: bool, actors: DocActors, word: str = "") -> str | None:
        """A pronoun's actor: for he/she opening a paragraph, the person its chain of
        he-sentences is about; otherwise the last actor of its sort named before it (for "they"
        after a sentence opened by parties nobody named, nobody)."""
        starts = self._starts
        if word in ("they", "their") and after_unnamed_plural(self._text, starts, at):
            return None
        if person and starts:
            sentence = starts[bisect.bisect_right(starts, at) - 1]
            if "\n" in self._text[max(0, sentence - 2):sentence + 1]:  # the sentence opens a paragraph
                topic = actors.chain_topic(at, kinds=self.doc_kinds, text=self._text, sentence_starts=starts)
                if topic:
                    return topic
        return actors.last_before(at, person=person, kinds=self.doc_kinds)

    def _wanted_by(self, token: Token, actors: DocActors, offset: int) -> str | None:
        """The actor whose wish a trigger's clause states ("hoped Russia would agree", "urged
        Kyiv to accept"), if any."""
        node = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
        for _ in range(3):
            if node is None or node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
                return None
            node = node.head
            if node.lemma_.lower() in self.lex.wishes or node.lower_ in self.lex.wishes:
                for subject in _subject_chain(node)[:1]:
                    for t in subject:
                        if t.dep_ in SUBJECT_DEPS:
                            found = [m.actor_id for m in actors.mentions
                                     if m.start < offset + t.idx + len(t.text) and m.end > offset + t.idx]
                            if found:
                                return found[0]
                            if t.lower_ in PRONOUNS:
                                return actors.last_before(offset + t.idx, person=t.lower_ in ("he", "she"),
                                                          kinds=self.doc_kinds)
                return None
        return None

    def _unlikely(self, token: Token) -> bool:
        """Whether the trigger's clause is forecast not to happen ("unlikely that … will agree")."""
        for node in [token, *_ancestors(token, 3)]:
            if node.i != token.i and node.lemma_.lower() in self.lex.unlikely:
                return True
            if any(c.dep_ in ("acomp", "advmod") and c.lemma_.lower() in self.lex.unlikely for c in node.children):
                return True
        return False

    def _committed(self, token: Token, type_: str) -> bool:
        """An act someone has committed to do ("agreed to resume military aid", "pledged to send
        troops"): still to come, yet, like a scheduled one, an event worth listing. (The agreeing
        itself happened; an aid package agreed as an object was given: "agreed an aid package".)"""
        def to_infinitive(node: Token) -> bool:
            return node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
        clause = _clause(token)
        if token.i != clause.i and not (token.dep_ in ("dobj", "attr") and token.head.i == clause.i):
            return False  # (an adjunct happened: "agreed to pause strikes in a phone call with Trump")
        if type_ != "AGREE" and clause.lemma_.lower() in self.lex.commitments:
            # the commitment verb typed by what it commits to ("agreed to resume military aid")
            return any(to_infinitive(c) for c in clause.children)
        return any(to_infinitive(node) and node.head.lemma_.lower() in self.lex.commitments
                   for node in [clause, *_ancestors(clause, 1)])

    def _hypothetical(self, token: Token, planned: bool = False) -> bool:
        """Whether an event is not (yet) real: a modal, a condition, an open question, a head of
        wish, plan or proposal. `planned`: what "will", "shall" or "planned" alone put ahead counts
        as real (scheduled)."""
        modals = self.lex.modals - PLAIN_FUTURE if planned else self.lex.modals
        heads = self.lex.hypo_heads - PLANNED if planned else self.lex.hypo_heads
        clause = _clause(token)
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("aux", "nsubj") for c in clause.children if c.i < clause.i and c.lower_ != "to"):
            # "must not use a pause to rearm or to mobilise troops": a coordinated verb with no
            # subject or tense of its own shares its first conjunct's mood
            clause = clause.head
        # (a subordinate clause told in the past happened, whatever the sentence around it:
        # "the pact was meant to be signed on the day its author came to the palace")
        told = clause.tag_ == "VBD" and clause.dep_ in ("advcl", "relcl") and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "after", "before", "as", "while") for c in clause.children)
        for node in [token, clause] if told else [token, clause, *_ancestors(clause, 2)]:
            for c in node.children:
                if c.dep_ == "aux" and c.lower_ in modals:
                    return True
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                    return True  # (a condition, or an open question: "depended on whether Moscow agreed")
                if c.dep_ == "amod" and c.lemma_.lower() in heads and not (planned and c.lower_ in PLANNED):
                    return True
            if node.i != token.i and _asked_of_another(token, node):
                return True  # ("Trump told Zelensky to sign the deal": the signing is only asked for)
            if node.i != token.i and (node.lemma_.lower() in heads
                                      or node.pos_ == "ADJ" and node.lemma_.lower() in self.lex.hypo_adjectives) \
                    and not (token.dep_ in ("acl", "relcl") and node.i == token.head.i) \
                    and not _circumstance_of(token, node) and not _circumstance_of_attempt(token, node):
                return True  # (but "a proposal rejected by Guterres": the rejection happened)
        return False

    # ---- records
    def collect(self, doc: Doc, document: Document, result: Analysis) -> None:
        """Turn hits into Event records on the Analysis."""
        text = document.text
        for n, hit in enumerate(doc._.detente_events or []):
            result.events.append(Event(
                id=f"{document.id}:e{n + 1}", document_id=document.id, type=hit.type,
                evidence=text[hit.start:hit.end], start=hit.start, end=hit.end, mode=hit.mode,
                actor_ids=hit.actors, recipient_ids=hit.recipients, date=hit.date,
                date_text=hit.date_text, negated=hit.negated, hypothetical=hit.hypothetical,
                trigger=text[hit.trigger[0]:hit.trigger[1]]))


def _reciprocal(token: Token) -> bool:
    """Whether a verb's object is "each other" or "one another" (its subject's parties act on each
    other)."""
    def each_other(t: Token) -> bool:
        words = {g.lower_ for g in t.children}
        return t.lower_ == "other" and "each" in words or t.lower_ == "another" and "one" in words
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "against", "on", "at")
        for o in c.children if o.dep_ == "pobj"]
    # (the object itself, or its owner: "attacked each other's energy sites")
    return any(each_other(o) or any(g.dep_ == "poss" and each_other(g) for g in o.children) for o in objects)


def _child_toward(token: Token, head: Token) -> Token | None:
    """The child of `head` whose subtree holds `token` (None when `head` is not above it)."""
    node = token
    while node.head.i != node.i and node.head.i != head.i:
        node = node.head
    return node if node.head.i == head.i and node.i != head.i else None


def _asked_of_another(token: Token, head: Token) -> bool:
    """Whether a token sits in the infinitive of what a verb of telling asks of its object ("told
    Zelensky to sign the deal", "called on Moscow to agree")."""
    node = _child_toward(token, head)
    return node is not None and asks_to_act(head, node)


def _circumstance_of(token: Token, head: Token) -> bool:
    """Whether a token sits in a phrase of when or where a head happened ("pressed Lavrov during
    the talks to accept …": the talks took place, whatever was pressed for)."""
    node = _child_toward(token, head)
    return node is not None and node.dep_ == "prep" and node.lower_ in CIRCUMSTANCE_PREPS


def _circumstance_of_attempt(token: Token, head: Token) -> bool:
    """Whether a token sits in a phrase of when or where an attempt was made, hung on the act
    attempted ("tried to persuade Putin in a call on Tuesday": the call took place)."""
    act = _child_toward(token, head)
    return head.lemma_.lower() in ATTEMPTS and act is not None and act.dep_ == "xcomp" \
        and _circumstance_of(token, act)


def _misread_participle(token: Token) -> bool:
    """A verb the parser read as a participle on the name before it, the name being the
    sentence's root ("Trump called Putin on Tuesday" as "Trump, called Putin …")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "ROOT" \
        and token.head.pos_ == "PROPN" and token.head.i < token.i


def _dated(sdoc: Doc, published: str | None) -> bool:
    return any(resolve_date(e.text, published) for e in date_entities(sdoc))


def _in_condition(token: Token) -> bool:
    node = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _inherit_dates(hits: list[EventHit]) -> None:
    """A later undated mention of an event ("the call") takes the date of an earlier dated
    report of the same type between the same parties; hypothetical events keep none."""
    for i, hit in enumerate(hits):
        if hit.date or hit.hypothetical or hit.type not in ANAPHORIC_TYPES:
            continue
        if not hit.definite and not hit.verbal:
            continue  # an indefinite noun ("talks", "a deal") may be another event
        parties = set(hit.actors) | set(hit.recipients)
        for other in hits[:i][::-1] + hits[i + 1:]:
            if other.date and other.type == hit.type and not other.hypothetical \
                    and parties == set(other.actors) | set(other.recipients):
                hit.date, hit.date_text = other.date, other.date_text
                break
    # "After three days of talks, they agreed …": the talks ended when the agreement came
    for hit in hits:
        if hit.date is None and hit.lead_in:
            outcome = next((o for o in hits if o is not hit and o.start == hit.start and o.date
                            and not o.hypothetical), None)
            if outcome is not None:
                hit.date, hit.date_text = outcome.date, outcome.date_text


# dependency links that start a clause of its own
CLAUSE_LINKS = {"advcl", "relcl", "ccomp", "conj", "parataxis", "acl", "csubj"}


def _path_up(token: Token, top: Token) -> list[Token]:
    """The tokens between a token and one above it (both left out); all its ancestors when
    `top` is not one."""
    out = []
    node = token
    while node.head.i != node.i and node.head.i != top.i:
        node = node.head
        out.append(node)
    return out


def _ancestors(token: Token, n: int) -> list[Token]:
    out = []
    node = token
    for _ in range(n):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def _planned(token: Token) -> bool:
    """An event noun said to be planned ("a planned meeting", "the scheduled call")."""
    return any(c.dep_ == "amod" and c.lower_ in PLANNED for c in token.children)


def _agreed_on(verb: Token, things: frozenset[str]) -> bool:
    """Whether an agreeing verb has what is agreed (an object, a clause, "to"/"on" a thing, "with"
    one of `things`, a passive subject) or parties agreeing together (plural or coordinated subjects)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "auxpass"):
            return True
        objects = [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prep" and (c.lower_ != "with" or any(o.lemma_.lower() in things for o in objects)) \
                and not any(o.ent_type_ in ("DATE", "TIME") for o in objects):
            return True
        if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or any(x.dep_ == "conj" for x in c.children)):
            return True
    return verb.dep_ in ("relcl", "acl", "amod")  # ("the truce agreed in March", "the deal they agreed")


def _object_words(token: Token) -> list[Token]:
    words: list[Token] = []
    for child in token.children:
        if child.dep_ in ("dobj", "pobj", "attr", "oprd", "compound", "nsubjpass", "amod", "xcomp", "ccomp"):
            words.extend(child.subtree)
        elif child.dep_ == "prep":
            words.extend(child.subtree)
    if token.dep_ in ("dobj", "nsubjpass"):
        words.append(token)
    return words


def _clause(token: Token) -> Token:
    """The verb of the clause an event token stands in (the token itself when it is a verb)."""
    return token if token.pos_ in ("VERB", "AUX") else (_governing_verb(token) or token)


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return None
        if node.dep_ not in CLIMB:
            return None
        node = node.head
        # "following", "including" work as prepositions: the verb is further up
        if node.pos_ in ("VERB", "AUX") and not (node.dep_ == "prep" and node.tag_ == "VBG"):
            return node
    return None


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token that has a subject of its own (or is the root)."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and (any(c.dep_ in SUBJECT_DEPS for c in node.children)
                                             or node.head.i == node.i):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject_chain(verb: Token) -> list[list[Token]]:
    """Subjects of a verb, or of the verbs it hangs from when it has none of its own (a
    coordinated or participial verb shares its head's subject), without relative clauses
    or appositions."""
    def core(s: Token) -> list[Token]:
        if s.lemma_.lower() in DELEGATIONS:
            # "teams representing Washington and Kyiv met": the parties they stand for
            return [t for t in s.subtree if not _under(t, s, ("relcl", "appos"))]
        return [t for t in s.subtree if not _under(t, s, ("relcl", "acl", "appos", "prep"))]

    chain: list[list[Token]] = []
    node, prev = verb, None
    for _ in range(4):
        chain += [core(s) for s in node.children if s.dep_ in SUBJECT_DEPS]
        if chain:
            if prev is not None and prev.dep_ == "conj" and node.dep_ == "ccomp" and node.head.i != node.i:
                # "Moscow said the truce had started and accused Kyiv …": the parser hangs
                # the second verb on the reported clause; its subject is the speaker's
                chain += [core(s) for s in node.head.children if s.dep_ in SUBJECT_DEPS]
            break
        told = [o for c in node.head.children for o in ([c] if c.dep_ == "dobj" else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else [])] \
            if asks_to_act(node.head, node) else []
        if told:
            # "called on Moscow to agree": the one told to act is who would act
            chain.append(core(told[0]))
            break
        # (and past an adjective: "Putin was ready to meet Zelensky" is Putin's meeting)
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "relcl", "acomp") and node.head.i != node.i:
            node, prev = node.head, node
            continue
        break
    return chain


def _under(token: Token, root: Token, deps: tuple[str, ...]) -> bool:
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in deps:
            return True
        node = node.head
    return False


def _in_clause(token: Token, trigger: Token) -> bool:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger)
    return verb is not None and token in verb.subtree


def _trim_sentence(sdoc: Doc) -> tuple[int, int]:
    text = sdoc.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return start, end


def _activity_named(token: Token) -> bool:
    """A gerund after a noun and "to" names an activity, not an act that took place ("the
    challenges to negotiating a broader peace", "the key to ending the war")."""
    prep = token.head
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and prep.lower_ == "to" and prep.i > 0 \
        and token.doc[prep.i - 1].pos_ == "NOUN"
