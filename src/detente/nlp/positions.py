"""Positions: who stands where on which issue — the `detente_positions` spaCy component.

An issue is found by its pack cues; the stance cues that govern it are found by walking up
the dependency tree from the issue phrase. Every cue on that path with a holder of its own
gives a position ("Trump signaled support for Putin's demands, such as keeping Ukraine out
of NATO" → Putin demands it, Trump supports it). Verbs of halting between the issue and a
cue flip the polarity ("the need to stop military assistance" → against), negation flips
the stance ("does not support" → oppose), an outer cue of the same holder wins ("stepped
back from his demands" → withdraw), and "if/unless/in case" clauses become conditions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.actors import DocActors, after_unnamed_plural, role_holder
from detente.nlp.dates import date_entities, resolve_date
from detente.nlp.parse import asks_to_act, is_negation, register_patterns, sentence_text, word_forms
from detente.nlp.speakers import KIND_NOUNS, NEARBY
from detente.packs import IssueEntry, load_pack
from detente.records import Actor, Document, Position
from detente.resources import load_mapping
from detente.store.sql import Analysis

__all__ = ["PositionExtractor", "PositionHit"]

if not Doc.has_extension("detente_positions"):
    Doc.set_extension("detente_positions", default=None)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent")
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
PRONOUNS = {"he", "me", "us", "she", "it", "they", "his", "her", "its", "their", "we", "our", "i", "my"}
MAX_PATH = 7
# adjectives whose subject holds the stance ("Russia is ready", "Kyiv is open to talks"), unlike
# adjectives that judge their subject ("the plan is unacceptable", "sanctions are illegal")
JUDGE_OWN = {"ready", "willing", "open", "eager", "keen", "prepared", "happy", "against", "angry"}
TEMPORAL_MARKS = {"until", "till", "when", "before", "after", "while", "once", "since", "as"}
# a source's condition for speaking, no condition of a stance ("spoke on condition of anonymity")
ANONYMITY = re.compile(r"on condition (?:of anonymity|that (?:they|he|she|it) (?:not|would not) "
                       r"be (?:named|identified))", re.I)
# stances that say the same thing about an issue: one document stating them twice for the
# same holder states one position
STANCE_CLASS = {"demand": "for", "propose": "for", "support": "for", "accept": "for",
                "oppose": "against", "reject": "against", "withdraw": "withdraw", "threaten": "threaten"}
ADJUNCT_PREPS = {"after", "before", "during", "since", "following", "amid", "despite", "until", "ahead"}
# "a halt to strikes", "a ban on exports", "prevent the country from joining NATO"; not "cut … by imposing"
HALT_PREPS = {"to", "of", "on", "for", "from"}
OBJECT_DEPS = {"dobj", "pobj", "prep", "xcomp", "ccomp", "nsubjpass", "attr", "acomp", "npadvmod", "compound"}


@dataclass
class PositionHit:
    """A position found in a document (offsets into the document text)."""

    holder: str
    issue: str
    stance: str
    polarity: str
    start: int
    end: int
    cue: tuple[int, int]
    condition: str | None = None
    date: str | None = None
    reported_by: str | None = None


@dataclass
class _Cue:
    token: Token
    stance: str
    length: int = 1  # tokens covered (multiword cues)


class StanceLexicon:
    """Stance cues, halting words and condition markers from `lexicon/stances.yaml`."""

    def __init__(self) -> None:
        data = load_mapping("lexicon/stances.yaml")
        self.single: dict[str, str] = {}
        self.multi: dict[tuple[str, ...], str] = {}
        for stance, cues in data["stances"].items():
            for cue in cues:
                words = tuple(cue.split())
                if len(words) == 1:
                    self.single.setdefault(words[0], stance)
                else:
                    self.multi.setdefault(words, stance)
        self.halting = {h for h in data["halting"] if " " not in h}
        self.halting_multi = {tuple(h.split()) for h in data["halting"] if " " in h}
        # ("the lifting of sanctions": a noun the lemmatizer leaves as "lifting")
        self.halting |= {form for h in set(self.halting) for form in word_forms(h)}
        self.negated: dict[str, str] = data["negated"]
        # markers of a condition: phrases anywhere ("in case", "as long as"); single words only
        # as subordinators ("if", "until"), so that "once" or "until now" as adverbs are none
        self.condition_phrases = [c.split() for c in data["conditions"] if " " in c]
        self.condition_words = {c for c in data["conditions"] if " " not in c}
        self.carriers = set(data["carriers"])
        self.modals = set(data["modals"])
        self.desire = set(data["desire"])
        self.reporting = set(data["reporting"])
        self.mutual = set(data["mutual"])
        self.needs_speaker = set(data["needs_speaker"])
        self.terms = set(data["terms"])
        # the rule lemmatizer picks the wrong lemma of some forms (hoped → hop): a cue word
        # is also known by its forms (parse.word_forms, irregular ones included)
        self.forms = {form: word for word in (*self.single, *self.desire, *self.carriers)
                      for form in word_forms(word)}
        self.epistemic = set(data["epistemic"])
        speech = load_mapping("lexicon/speech.yaml")
        self.speech = set(speech["verbs"])
        # nouns that are parties themselves ("the ministry", "officials"), not things they own
        self.people_nouns = set(speech["institution_nouns"]) | set(speech["group_nouns"])

    def cue_at(self, token: Token) -> _Cue | None:
        doc = token.doc
        for words, stance in self.multi.items():
            if token.lemma_.lower() == words[0] or token.lower_ == words[0]:
                nxt = [t.lower_ for t in doc[token.i + 1: token.i + len(words)]]
                if tuple([words[0], *nxt]) == words:
                    return _Cue(token, stance, len(words))
            # a noun phrase cue seen from its head noun ("… was a red line": line)
            if token.pos_ == "NOUN" and token.lower_ == words[-1] and token.i >= len(words) - 1 \
                    and tuple(t.lower_ for t in doc[token.i - len(words) + 1: token.i + 1]) == words:
                return _Cue(token, stance, len(words))
        stance = self.single.get(self.lemma(token))
        if stance and (token.pos_ in ("VERB", "NOUN", "ADJ", "AUX", "ADP", "PROPN")
                       or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
            return _Cue(token, stance)  # (a word with a subject is a verb, whatever its tag: "France back …")
        return None

    def lemma(self, token: Token) -> str:
        """The token's lemma, or the cue word it is a regular form of."""
        lemma = token.lemma_.lower()
        if lemma in self.single or lemma in self.desire or lemma in self.carriers:
            return lemma
        return self.forms.get(token.lower_, lemma)

    def is_halting(self, token: Token) -> bool:
        if token.lemma_.lower() in self.halting or token.lower_ in self.halting:
            return True
        doc = token.doc
        return any(token.lemma_.lower() == w[0] and any(t.lower_ == w[1] for t in doc[token.i + 1: token.i + 4])
                   for w in self.halting_multi)

    def words(self) -> list[str]:
        return sorted({w[: max(3, len(w) - 2)] for w in self.single} | {w[0][:4] for w in self.multi})


class IssueMatcher:
    """Compiled issue cues of a pack; earlier issues win where cues overlap."""

    def __init__(self, issues: tuple[IssueEntry, ...]) -> None:
        self.issues = [(i.id, [re.compile(rf"\b{c}\b") for c in i.cues],
                        [re.compile(rf"\b{c}\b") for c in i.against]) for i in issues]
        self.acts = {i.id: set(i.acts) for i in issues}
        self.scope = {i.id: (re.compile("|".join(rf"\b(?:{c})\b" for c in i.about)) if i.about else None,
                             re.compile("|".join(rf"\b(?:{c})\b" for c in i.elsewhere)) if i.elsewhere else None)
                      for i in issues}
        # one pass to tell whether a sentence names any issue at all
        self.any = re.compile("|".join(rf"\b(?:{c})\b" for i in issues for c in (*i.cues, *i.against)))

    def find(self, text: str) -> list[tuple[str, int, int, bool]]:
        """(issue, start, end, against) for every issue phrase in a (lowercased) text."""
        lowered = text.lower().replace("’", "'")
        if not self.any.search(lowered):
            return []
        found: list[tuple[str, int, int, bool]] = []
        for issue, cues, against in self.issues:
            about, elsewhere = self.scope[issue]
            if elsewhere is not None and elsewhere.search(lowered) and not (about and about.search(lowered)):
                continue
            flips = [m.span() for p in against for m in p.finditer(lowered)]
            for pattern in cues:
                for m in pattern.finditer(lowered):
                    s, e = m.span()
                    if any(not (e <= fs or s >= fe) for _, fs, fe, _ in found):
                        continue
                    hit = [(fs, fe) for fs, fe in flips if fs <= s < fe or s <= fs < e]
                    if hit:
                        # the phrase that flips it is the issue phrase ("sanctions were lifted"):
                        # its halting verb must not flip it a second time
                        s, e = min(s, *(fs for fs, _ in hit)), max(e, *(fe for _, fe in hit))
                    found.append((issue, s, e, bool(hit)))
            for fs, fe in flips:  # an against-cue that names the issue on its own
                if not any(not (fe <= s or fs >= e) for _, s, e, _ in found):
                    found.append((issue, fs, fe, True))
        return found


@Language.factory("detente_positions", default_config={"pack": None})
def make_position_extractor(nlp: Language, name: str, pack: str | None) -> "PositionExtractor":
    """spaCy factory: add after `detente_quotes`."""
    return PositionExtractor(nlp, pack=pack)


class PositionExtractor:
    """Writes `doc._.detente_positions`: a list of PositionHit."""

    def __init__(self, nlp: Language, *, pack: str | None) -> None:
        self.lex = StanceLexicon()
        issues = load_pack(pack).issues
        self.issues = IssueMatcher(issues)
        # a position needs an issue phrase: those, not stance words, select sentences to parse
        register_patterns(c for i in issues for c in (*i.cues, *i.against))
        index = nlp.get_pipe("detente_actors").index
        self.pack_kinds = {a.id: a.kind for a in index.actors.values()}
        self.countries = {a.id: a.country for a in index.actors.values() if a.country}
        self.pack_actors = dict(index.actors)
        self.roles = index.role_words  # "the chancellor rejected …"
        self._quotes: list = []
        self._family: dict[str, str] = {}
        self._co_holders: list[str] = []
        self._text = ""
        self._starts: list[int] = []
        self._described: tuple[dict[str, str], dict[str, str]] = ({}, {})

    def __call__(self, doc: Doc) -> Doc:
        actors: DocActors = doc._.detente_actors or DocActors()
        kinds = {**self.pack_kinds, **{a.id: a.kind for a in actors.actors.values()}}
        family = self._families(actors, kinds)
        self._family = family
        quotes = doc._.detente_quotes or []
        published = doc.user_data.get("published")
        hits: list[PositionHit] = []
        seen: set[tuple] = set()
        self._quotes = quotes
        self._text = doc.user_data.get("detente_text") or doc.text
        self._starts = doc.user_data.get("detente_sentence_starts") or [s.start_char for s in doc.sents]
        self._described = (doc.user_data.get("detente_described_here") or {},
                           doc.user_data.get("detente_descriptions") or {})
        for offset, sdoc in doc._.detente_parses or []:
            for issue, s, e, against in self.issues.find(sentence_text(self._text, offset, sdoc)):
                span = sdoc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                found = self._positions(span, issue, against, offset, actors, kinds, published)
                for hit in found:
                    hit.reported_by = _reporter(quotes, hit, offset)
                for hit in found:
                    # one position per party, issue and direction in a document: "Ukraine agreed
                    # to the truce" and later "Zelensky accepts the truce" are one statement of it
                    key = (family.get(hit.holder, hit.holder), hit.issue, STANCE_CLASS[hit.stance],
                           hit.polarity)
                    if key not in seen:
                        seen.add(key)
                        hits.append(hit)
        doc._.detente_positions = hits
        return doc

    def _families(self, actors: DocActors, kinds: dict[str, str]) -> dict[str, str]:
        """Person, state or group → the party they belong to: its state (Putin → Russia), or
        for a bloc with no state, its organisation ("European allies" → the EU)."""
        countries = {**self.countries, **{a.id: a.country for a in actors.actors.values() if a.country}}
        heads = {c: a for a, c in countries.items() if kinds.get(a) == "organization" and c == a.upper()}
        heads.update({c: a for a, c in countries.items() if kinds.get(a) == "state"})
        return {a: heads[c] for a, c in countries.items()
                if kinds.get(a) in ("person", "state", "group") and c in heads}

    def _positions(self, span: Span, issue: str, against: bool, offset: int, actors: DocActors,
                   kinds: dict[str, str], published: str | None) -> list[PositionHit]:
        path = self._path(span.root)
        polarity_flip = against
        found: list[tuple[_Cue, str, bool]] = []
        last_holder = None
        inside = {t.i for t in span}
        if span.root.pos_ == "VERB" and any(c.dep_ == "neg" and c.i not in inside for c in span.root.children):
            # an issue that is a verb's act, negated: "insisted Israel would not end the war" insists
            # against ending it
            polarity_flip = not polarity_flip
        for k, node in enumerate(path):
            if found and k > 0 and path[k - 1].dep_ == "conj" and path[k - 1].pos_ in ("VERB", "AUX"):
                break  # "criticised Putin and threatened tariffs": the next verb is another act
            # a verb of halting flips the polarity when the issue is its complement
            # ("stop military assistance"), not when it merely precedes a coordinated item
            if not found and node.i not in inside and k > 0 and self.lex.is_halting(node) and (
                    path[k - 1].dep_ in OBJECT_DEPS
                    and (path[k - 1].dep_ != "prep" or path[k - 1].lower_ in HALT_PREPS)
                    # "weapons deliveries would stop": the issue itself halts
                    or path[k - 1].dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in node.children)):
                polarity_flip = not polarity_flip
            if k > 0 and self._epistemic(node):
                found = []  # "it is unlikely that they will agree …": a forecast, nobody's stance
                break
            asked = k > 0 and asks_to_act(node, path[k - 1])
            if found and k > 0 and (self.lex.lemma(node) in self.lex.desire or asked):
                # "… to persuade Kyiv to accept a ceasefire": what one party wants of another
                found = [f for f in found if not _complement_of(f[0].token, node)]
            if node.dep_ == "acl" and _infinitive(node) and self.lex.cue_at(node.head) is None:
                continue  # "lacks the legitimacy to sign a deal": a capacity, not a stance
            if not found and (wanted := self._condition_of_acceptance(node, offset, actors, kinds)) is not None:
                # "open to a ceasefire, but only if arms deliveries to Ukraine stopped": what a
                # party accepts on condition, it demands
                found.append((_Cue(wanted[0], "demand"), wanted[1], polarity_flip))
                break
            cue = self.lex.cue_at(node) if node.i not in inside else None  # "attacks on energy sites"
            if asked and (cue is None or cue.stance != "demand"):
                # "Trump told Zelensky to sign the minerals deal", "asked Putin to accept a truce": what
                # one tells another to do, one demands
                cue = _Cue(node, "demand")
            if cue is not None and node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.head.pos_ == "NOUN" \
                    and not any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                                for c in node.children if c.i not in inside):
                # "handed its response to the ceasefire proposal": a proposal nobody is named for,
                # in a phrase on another noun, is not the subject's; the words above it decide
                continue
            if not found and k > 0 and path[k - 1].dep_ == "ccomp" and node.pos_ == "VERB" and cue is None \
                    and node.lemma_.lower() in self.lex.speech and node.dep_ == "conj" \
                    and node.head.lemma_.lower() not in self.lex.speech:
                # what a report the parser coordinated with a clause of another says takes no stance
                # from that clause: "saying that Russia was ready for a settlement and adding that
                # the West should stop arming Kyiv" is no readiness of Russia's for arming Kyiv
                break
            if cue is None or k > 0 and path[k - 1].dep_ == "nsubj" and node.pos_ in ("VERB", "AUX"):
                continue  # "the attacks on energy sites continued": a verb says nothing of its subject
            if node.dep_ == "relcl" and node.head.lemma_.lower() in self.lex.terms and any(
                    c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in node.children):
                break  # "the second phase of the deal, which calls for the release of the hostages": its terms
            if node.dep_ == "pcomp" and node.head.lower_ == "without":
                break  # "left without agreeing on a ceasefire": not accepting it, nor rejecting it
            if self._forecast(node, offset):
                continue
            if any(c.dep_ in ("mark", "advmod") and c.lower_ == "whether" for c in node.children):
                continue  # "the timing depended on whether Moscow agreed to a ceasefire": an open question
            if self.lex.lemma(node) in self.lex.reporting \
                    and any(_clause_of(f[0].token, node) and f[1] for f in found) \
                    and not self._warns_of_own_act(node, found, offset, actors, kinds):
                break  # "Trump suggested that Zelensky wanted …": a report of another's stance
            conditional = _conditional_clause(node)
            if conditional is not None:
                # "… unless Putin agrees to a ceasefire": not Putin's position, but what the
                # main clause's holder demands
                if cue.stance == "accept" and conditional.head.i != conditional.i:
                    holder = self._holder(conditional.head, offset, actors, kinds)
                    # (a threat made if the other side agrees is against what it would agree to:
                    # "threatened to quit the coalition if Israel agreed to a ceasefire")
                    threat = not _negated(node) and any(c.dep_ == "mark" and c.lower_ == "if"
                                                        for c in conditional.children) and any(
                        (threatening := self.lex.cue_at(t)) is not None and threatening.stance == "threaten"
                        for t in (conditional.head, conditional.head.head))
                    if holder:
                        found.append((_Cue(conditional.head, "oppose" if threat else "demand"), holder,
                                      polarity_flip))
                        last_holder = holder
                break
            self._co_holders = []
            holder = self._holder(node, offset, actors, kinds)
            timed_passive = node.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children) \
                and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in node.children)
            if holder is None and not timed_passive and not (node.pos_ in ("NOUN", "PROPN") and node.dep_ != "attr") \
                    and not any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.lemma_.lower() in self.lex.terms)
                                for c in node.children):
                # "a deadline needs to be set for a ceasefire," Stubb said: inside a quote,
                # a stance with no named holder is the speaker's (not an agentless passive in a
                # clause of time: "until the ceasefire is implemented, time will pass" says
                # nothing of who implements it; nor people the speaker speaks of: "The two sides
                # did agree to exchange prisoners, Umerov said"; nor a proposal nobody is named for:
                # "Hamas rejected the ceasefire proposal, two officials said" is no officials' proposal;
                # but a noun the speaker calls the issue is theirs: "NATO membership was a red line";
                # nor the terms of a text: "The plan calls for a truce, according to an official")
                holder = _speaker_at(self._quotes, offset + node.idx, kinds=("direct", "mixed", "indirect"))
            co_holders = list(self._co_holders)
            speaker = _speaker_at(self._quotes, offset + node.idx, kinds=("direct", "mixed", "indirect"))
            if self.lex.lemma(node) in self.lex.needs_speaker and node.pos_ in ("VERB", "AUX") and \
                    self._family.get(holder, holder) != self._family.get(speaker, speaker):
                continue  # "Putin suggested that Ukraine needed …": his judgement, not Ukraine's demand
            clause = node.head if node.pos_ == "ADJ" and node.dep_ == "acomp" else node
            # (the verb of saying, also over a second reported clause: "said … and that Kyiv should …")
            saying = clause.head if clause.dep_ == "ccomp" else clause.head.head \
                if clause.dep_ == "conj" and clause.head.dep_ == "ccomp" else None
            if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in clause.children) \
                    and saying is not None and saying.lemma_.lower() in self.lex.speech \
                    and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in clause.children) \
                    and (reporter := self._holder(saying, offset, actors, kinds)) is not None \
                    and self._family.get(reporter, reporter) != self._family.get(holder, holder):
                # "Trump said Kyiv should be ready to give up land": what one says another should do,
                # one demands (as "Trump said Ukraine should hold elections")
                cue, holder, co_holders = _Cue(node, "demand"), reporter, []
            stance = cue.stance
            if self.lex.lemma(node) in WARNING and k > 0 and path[k - 1].dep_ == "ccomp":
                # "Macron warned that a ceasefire without guarantees would only give Russia time to
                # rearm": what is warned of as the subject of the clause is opposed; an issue in the
                # clause's predicate is a consequence foreseen, nobody's position (a person the
                # clause is about keeps the threat: "warned that he 'better move fast'", and so does
                # a thing that only comes: "warned that new sanctions would follow")
                clause = path[k - 1]
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                harm = any(c.dep_ in ("dobj", "dative", "attr", "acomp") for c in clause.children)
                failing = clause.lemma_.lower() in FAILING
                if subject is not None and subject.pos_ == "NOUN" and (harm or failing) \
                        and not self._actor_of(subject, offset, actors, kinds):
                    if span.root not in subject.subtree:
                        continue
                    # ("warned that the truce could collapse": a fear for it, so support)
                    stance = "support" if failing else "oppose"
            if _no_longer(node):
                stance = "withdraw"  # "he no longer insisted on a ceasefire"
            elif _negated(node):
                stance = self.lex.negated.get(stance, stance)
            if holder is None:
                if found:
                    prev_cue, prev_holder, prev_flip = found[-1]
                    if stance == "withdraw":
                        found[-1] = (_Cue(prev_cue.token, "withdraw"), prev_holder, prev_flip)
                elif stance in ("oppose", "reject") and not self._in_multiword_cue(node):
                    polarity_flip = not polarity_flip  # "a call to reject the truce": against it
                continue
            if stance == "accept" and self.lex.lemma(node) in self.lex.mutual:
                # "reached an agreement with Ukraine and Russia": the parties agree too
                co_holders += [a for a in self._parties(node, offset, actors, kinds)
                               if a != holder and a not in co_holders]
            if holder == last_holder and found:
                prev = found[-1]
                # an outer cue of the same holder decides ("stepped back from his demands"),
                # unless it only presents the inner one ("outlined his questions over …")
                if not (self.lex.lemma(node) in self.lex.carriers and prev[0].token.pos_ == "NOUN"):
                    # (what the inner cue turned against stays against: "threatened to veto the
                    # sanctions package" threatens against sanctions)
                    inner_against = prev[0].stance in ("oppose", "reject") and stance not in ("oppose", "reject", "withdraw") \
                        and prev[0].token in node.subtree  # (outer: not a relative clause on the issue)
                    found[-1] = (_Cue(node, stance), holder, not prev[2] if inner_against else prev[2])
            else:
                found.append((_Cue(node, stance), holder, polarity_flip))
                found += [(_Cue(node, stance), other, polarity_flip) for other in co_holders]
                if stance in ("oppose", "reject", "withdraw"):
                    # a cue above judges this one: "angry with Putin for questioning Zelensky's
                    # legitimacy" is against what Putin is against
                    polarity_flip = not polarity_flip
            last_holder = holder
        given = _given_in_exchange(span.root)
        if not found and given is not None and not (given.tag_ == "VBD" and not _future(given)) \
                and (giver := self._holder(given, offset, actors, kinds)) is not None:
            # (not an exchange done: "Hamas released three hostages in exchange for 183 prisoners")
            # "said the group would release ten hostages in exchange for a truce": asked in return
            found = [(_Cue(given, "demand"), giver, polarity_flip)]
        if not found:
            found = self._act(span, against, offset, actors, kinds, self.issues.acts.get(issue, set()))
        for node in path:
            # "Moscow demanded that Ukraine withdraw …, a condition Kyiv rejected": a noun set off at
            # the end that sums up the clause, with a stance cue in a relative clause on it, is that
            # holder's stance on what the clause says
            for summary in (c for c in node.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "NOUN"
                            and c.i > span.end and c.doc[c.left_edge.i - 1].text == ","):
                for verb in (r for r in summary.children if r.dep_ == "relcl"):
                    cue = self.lex.cue_at(verb)
                    holder = self._holder(verb, offset, actors, kinds) if cue is not None else None
                    if holder is not None and all(h != holder for _, h, _ in found):
                        found.append((_Cue(verb, self.lex.negated.get(cue.stance, cue.stance)
                                           if _negated(verb) else cue.stance), holder, against))
        hits = []
        sent = span.doc
        sent_text = sentence_text(self._text, offset, sent)
        start = offset + (len(sent_text) - len(sent_text.lstrip()))
        end = offset + len(sent_text.rstrip())
        date = self._date(sent, published)
        for cue, holder, flip in found:
            polarity = "against" if flip else "for"
            stance = cue.stance
            condition = self._condition(cue.token, span)
            if given is not None and stance in ("propose", "support", "accept", "demand"):
                # "offered to release ten hostages in exchange for a truce": what is asked in
                # return is made a condition, so demanded ("for an end to arms deliveries": against)
                stance, condition = "demand", None
            if stance in ("oppose", "reject"):
                # polarity is the holder's net orientation: rejecting a ceasefire is against it
                polarity = "for" if polarity == "against" else "against"
            if stance == "support" and polarity == "against":
                stance = "oppose"  # supporting that it not happen is opposing it
            elif stance == "oppose" and polarity == "for":
                stance = "support"  # opposing its opposite ("questioned his legitimacy") is supporting it
            hits.append(PositionHit(holder=holder, issue=issue, stance=stance, polarity=polarity,
                                    start=start, end=end,
                                    cue=(offset + cue.token.idx, offset + cue.token.idx + len(cue.token.text)),
                                    condition=condition, date=date))
        return hits

    def _warns_of_own_act(self, node: Token, found: list, offset: int, actors: DocActors,
                          kinds: dict[str, str]) -> bool:
        """"Trump warned Putin that he would impose tariffs": a warning of one's own act is a
        threat of it (not of what one will not accept: "warned it will not accept any troops"
        stays a rejection)."""
        if self.lex.lemma(node) not in WARNING or not all(f[0].stance == "support" for f in found):
            return False
        warner = self._holder(node, offset, actors, kinds)
        return all(f[1] == warner for f in found)

    def _act(self, span: Span, against: bool, offset: int, actors: DocActors,
             kinds: dict[str, str], acts: set[str] = frozenset()) -> list[tuple[_Cue, str, bool]]:
        """An issue phrase that is itself an act with a named subject ("the EU would not lift
        sanctions", "Kyiv will join NATO"): the subject stands for doing it, or, negated,
        against it — in its own words or reported, not in the writer's forecast."""
        verb = span.root
        if (verb.dep_ == "dobj" or verb.dep_ == "xcomp" and verb.tag_ == "VBG") and self.lex.is_halting(verb.head):
            # "would not lift sanctions": the halting verb is the act; halting what the issue
            # names is acting against it ("would never give up its NATO aspirations", "should stop
            # arming Kyiv")
            if not against:
                against = True
            verb = verb.head
        elif verb.dep_ == "dobj" and verb.head.lemma_.lower() in acts:
            verb = verb.head  # "Hamas would release all remaining hostages": the act carries it out
            if _negated(verb) and not _future(verb, reported=True):
                return []  # "Kyiv has not released the prisoners": a claim about a fact, not a stance
        if verb.dep_ == "xcomp" and verb.head.lower_ == "going" and _infinitive(verb):
            verb = verb.head  # "is never going to join NATO": the periphrasis is the clause
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp", "conj") or _infinitive(verb) \
                or not any(c.dep_ == "nsubj" for c in verb.children) \
                or span.doc.text.rstrip().endswith("?") \
                or self._forecast(verb, offset) or self._epistemic(verb.head) or self._epistemic(verb):
            # (a finite main or reported clause with its own subject; no question; not "would
            # allow Ukraine to rearm", where another party's act is what someone fears)
            return []
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children) \
                and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
            # "Ukraine should hold elections": someone's demand of Ukraine, not Ukraine's stance;
            # the demand of whoever says so ("Trump said Ukraine should hold elections")
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.speech \
                    and (reporter := self._holder(verb.head, offset, actors, kinds)):
                return [(_Cue(verb, "oppose" if _negated(verb) else "demand"), reporter, against)]
            return []
        self._co_holders = []
        holder = self._holder(verb, offset, actors, kinds)
        co_holders = list(self._co_holders)  # ("Moscow and Kyiv exchanged 270 prisoners each": both)
        at = offset + verb.idx
        if _future(verb) and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children) \
                and any(q.start <= at < q.end and q.kind == "direct" for q in self._quotes):
            # '"He's never going to be a member of NATO," Trump said': what the speaker says another
            # party will or won't do is the speaker's stance on it (nobody's when the speaker is unknown)
            holder, co_holders = _speaker_at(self._quotes, at, kinds=("direct",)), []
        elif holder is not None and _future(verb, reported=True) and any(
                c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children):
            # "Kyiv will never join NATO, Vance said": another party's future, told by a speaker,
            # is the speaker's stance (not when the speaker speaks of itself)
            reporter = _speaker_at(self._quotes, at, kinds=("indirect", "mixed")) or (
                # (a mixed quote's fragment may not cover the verb: 'said Ukraine "will never" be in NATO')
                self._holder(verb.head, offset, actors, kinds)
                if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.speech else None)
            if reporter and self._family.get(reporter, reporter) != self._family.get(holder, holder) \
                    and not _described_as_of(actors.actors.get(reporter),
                                             actors.actors.get(holder) or self.pack_actors.get(holder)):
                # (one who speaks for the party is no other: "Hamas negotiator Omar Saleh said the
                # group would free …")
                holder, co_holders = reporter, []
        if holder is None:
            return []
        # (a negation inside the issue phrase, "never going to be a member of NATO", is the phrase's)
        inside = {t.i for t in span}
        negated = any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det", "neg")
                      for c in verb.children if c.i not in inside)
        stance = "oppose" if negated else "support"
        return [(_Cue(verb, stance), one, against) for one in (holder, *co_holders)]

    def _in_multiword_cue(self, token: Token) -> bool:
        """Whether a word is the tail of a multiword cue of its head ("against" in "warned against")."""
        cue = self.lex.cue_at(token.head) if token.head.i != token.i else None
        return cue is not None and cue.length > 1 and token.head.i < token.i < token.head.i + cue.length

    def _condition_of_acceptance(self, verb: Token, offset: int, actors: DocActors,
                                 kinds: dict[str, str]) -> tuple[Token, str] | None:
        """For the verb of an if/unless clause with no cue of its own, the accepting cue of the
        clause it conditions and that cue's holder; for the verb of an until clause on a negated
        act, that act and its holder."""
        before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if verb.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
                and _negated(verb.head) \
                and any(c.dep_ == "mark" and c.lower_ == "until" for c in verb.children) \
                and (holder := self._holder(verb.head, offset, actors, kinds)) is not None:
            # "Israel will not withdraw until Hamas is disarmed", "would not lift sanctions until
            # Russia agrees to a ceasefire": what one will not act before, one demands
            return verb.head, holder
        if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i or self.lex.cue_at(verb) is not None \
                or not (any(c.dep_ == "mark" and c.lower_ in ("if", "unless") and not _concessive(c)
                            for c in verb.children) or before is not None and _provided(before)):
            return None
        main = verb.head
        if _provided(main) and main.head.i != main.i:
            main = main.head  # ("accept a truce, provided it got …" with the clause hung on "provided")
        # (under a verb of speech, the reported clause's: "said it was open to a truce, but
        # only if …" with the condition hung on "said")
        clauses = [main, *(c for c in main.children if c.dep_ == "ccomp" and c.i < verb.i)] \
            if main.lemma_.lower() in self.lex.speech else [main]
        for cue in (c for clause in clauses for c in (clause, *(g for g in clause.children if g.dep_ in ("acomp", "xcomp")))):
            found = self.lex.cue_at(cue)
            if found is not None and found.stance in ("accept", "support") and not _negated(cue):
                holder = self._holder(cue, offset, actors, kinds)
                if holder:
                    return cue, holder
        return None

    def _epistemic(self, node: Token) -> bool:
        """A node that frames its clause as likely or unlikely ("it is unlikely that …")."""
        words = self.lex.epistemic
        return node.lemma_.lower() in words or any(
            c.lemma_.lower() in words for c in node.children if c.dep_ in ("acomp", "advmod", "amod"))

    def _forecast(self, cue: Token, offset: int) -> bool:
        """A modal cue in the writer's own voice ("the shift will be welcomed in Europe"):
        a forecast, not a stated position. Inside quotes and reported speech it is one."""
        verb = cue.head if cue.pos_ == "ADJ" and cue.dep_ == "acomp" else cue
        if not any(c.dep_ == "aux" and c.lower_ in self.lex.modals for c in verb.children):
            return False
        at = offset + cue.idx
        if any(q.start <= at < q.end for q in self._quotes):
            return False
        return not any(a.lemma_.lower() in self.lex.speech for a in verb.ancestors)

    def _parties(self, cue: Token, offset: int, actors: DocActors, kinds: dict[str, str]) -> list[str]:
        """Actors an agreement is made with: "with Ukraine and Russia" under the cue, its object
        or the object of its preposition ("agreed to a prisoner exchange with Russia")."""
        heads = [cue, *(c for c in cue.children if c.dep_ == "dobj"),
                 *(o for c in cue.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                   for o in c.children if o.dep_ == "pobj")]
        found = []
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for party in (obj, *obj.conjuncts):
                    actor = self._actor_of(party, offset, actors, kinds)
                    if actor:
                        found.append(actor)
        return found

    def _path(self, token: Token) -> list[Token]:
        """The issue head and its ancestors (the clause it sits in), nearest first."""
        path = [token]
        node = token
        for _ in range(MAX_PATH):
            if node.dep_ == "pobj" and node.head.lower_ in ADJUNCT_PREPS:
                break  # "after three days of negotiations, they agreed": a circumstance
            if node.head.i == node.i or node.dep_ in ("advcl", "parataxis") and not _purpose(node) \
                    or node.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in node.children):
                break  # a clause boundary: the cues above belong to another proposition
            node = node.head
            path.append(node)
        # "called Western sanctions 'illegal'": a predicative cue next to the path
        path += [c for n in path[1:] for c in n.children
                 if (c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"
                     or c.dep_ == "attr" and token.dep_ == "nsubj" and n.i == token.head.i) and c not in path]
        # "a ceasefire, which Ukraine agreed to": a cue in a relative clause on the issue
        path += [c for c in token.children if c.dep_ == "relcl"
                 or c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and not _infinitive(c)]
        # "… should be introduced in Ukraine – a proposal swiftly rejected by Guterres": a noun
        # in apposition re-names the issue, and what is said of it is said of the issue
        renamed = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        path += renamed + [g for c in renamed for g in c.children
                           if g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"]
        return path

    def _holder(self, cue: Token, offset: int, actors: DocActors, kinds: dict[str, str]) -> str | None:
        """Who holds the stance a cue expresses: its subject, or its possessor (nouns), or
        the subject of the verb a cue noun/adjective depends on."""
        candidates: list[Token] = []
        if cue.pos_ in ("NOUN", "PROPN"):
            candidates += [c for c in cue.children if c.dep_ in ("poss", "compound", "amod")]
            verb = _verb_above(cue) if cue.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos") else None
            if verb is not None and (not candidates or cue.dep_ == "dobj" and self.lex.lemma(verb) in self.lex.carriers
                                     and not any(self._actor_of(c, offset, actors, kinds) for c in candidates)):
                # (the one who hands over, tables or submits a proposal nobody is named for is its
                # author: "mediators handed Hamas a new ceasefire proposal")
                candidates += _subjects(verb)
        else:
            node = cue
            if cue.pos_ == "ADJ" and cue.dep_ in ("acomp", "amod") and cue.head.i != cue.i:
                node = cue.head
            candidates += _subjects(node)
            if cue.pos_ == "ADJ" and cue.dep_ == "acomp" and cue.lemma_.lower() not in JUDGE_OWN:
                # "Ukraine's NATO membership is unacceptable": the judged thing's possessor does
                # not judge it; whoever says so does (the speaker, when there is one)
                candidates = [c for c in candidates if not (c.pos_ == "NOUN" and c.lower_ not in self.lex.people_nouns)]
        # coordinated subjects share the stance ("the Trump administration, Ukraine and
        # Russia agreed to …"): the first holder here, the others in _co_holders
        for cand in candidates:
            actor = self._actor_of(cand, offset, actors, kinds)
            if actor:
                cand = _antecedent(cand)  # ("Egypt and Qatar, which mediated the truce": both)
                # (and the parties of coordinated modifiers: "Egyptian and Qatari mediators")
                modifiers = [c for m in cand.children if m.dep_ in ("amod", "compound") for c in m.conjuncts]
                self._co_holders = list(dict.fromkeys(
                    a for c in [*cand.conjuncts, *modifiers]
                    if (a := self._actor_of(c, offset, actors, kinds)) and a != actor))
                return actor
        return None

    def _actor_of(self, token: Token, offset: int, actors: DocActors, kinds: dict[str, str]) -> str | None:
        token = _antecedent(token)
        if token.lower_ in PRONOUNS and token.pos_ == "PRON" and not token.text.isupper():
            at = offset + token.idx
            # (not inside the speaker's own words: '"He's trying to back out of the deal," Trump
            # said' is not Trump; a speaker says "I" of himself)
            quoted = any(q.start <= at < q.end and q.kind == "direct" for q in self._quotes)
            reporter = None if quoted else self._reporting_subject(token, offset, actors, kinds)
            if reporter is None and not quoted and token.lower_ in ("he", "she"):
                reporter = self._fronted_subject(token, offset, actors, kinds)
            if reporter:
                return reporter  # "the U.S. said it had reached …": it is the U.S.
            speaker = _speaker_at(self._quotes, at)
            if token.lower_ in FIRST_PERSON:
                return speaker  # "we need to negotiate", inside a quote: the speaker
            person = token.lower_ in ("he", "she", "his", "her")
            if speaker is None and person:
                # outside quotes, "he" is most often the topic of the paragraph so far
                topic = actors.paragraph_subject(at, person=True, kinds=kinds, text=self._text,
                                                 sentence_starts=self._starts)
                if topic:
                    return topic
                # the paragraph opens with "he": the person the chain of he-sentences is about
                topic = actors.chain_topic(at, kinds=kinds, text=self._text, sentence_starts=self._starts)
                if topic:
                    return topic
            if token.lower_ in ("they", "their") and speaker is None and after_unnamed_plural(self._text, self._starts, at):
                return None  # "The three sides agreed …. They also agreed …": nobody named
            if token.lower_ in ("they", "their"):
                plural = [t for t in token.doc[:token.i] if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"]
                if plural and not self._actor_of(plural[-1], offset, actors, kinds):
                    return None  # "banks no longer trade with Russia or Iran — they do not want …": the banks
            if token.lower_ in ("they", "their"):
                # "they" is people, a group or a body, never one state (as for speakers): "the proposal was
                # presented to Putin during a visit by the four leaders to Kyiv. They warned of …" is not Kyiv
                return next((m.actor_id for m in reversed(actors.mentions) if m.start < at and m.actor_id != speaker
                             and kinds.get(m.actor_id) not in ("person", "state")), None)
            return actors.last_before(at, person=person, kinds=kinds, exclude=speaker)
        lo, hi = offset + token.idx, offset + token.idx + len(token.text)
        on_head = [m for m in actors.mentions if m.start < hi and m.end > lo]
        if on_head:
            return on_head[0].actor_id
        if token.lower_ in self.roles and token.tag_ == "NN" \
                and [c.lower_ for c in token.children if c.dep_ in ("det", "amod", "compound", "poss")] == ["the"]:
            # "The chancellor rejected the proposal": the person the document gave that role (as events)
            return role_holder(token.lower_, lo, actors, kinds, *self._described, self._text, self._starts)
        if token.lower_ in KIND_NOUNS and token.tag_ == "NN" \
                and [c.lower_ for c in token.children if c.dep_ in ("det", "amod", "compound", "poss")] == ["the"]:
            # "A senior Hamas official said the group would …": the group whose words they are, or
            # that its speaker is named for ("Hamas official Basem Naim told Al Jazeera that the
            # group …"), else the last actor named nearby that is no person, when of that kind (as
            # for speakers)
            fits = KIND_NOUNS[token.lower_]
            speaker = _speaker_at(self._quotes, lo, kinds=("direct", "mixed", "indirect"))
            if kinds.get(speaker or "") in fits:
                return speaker
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp" \
                    and token.head.head.lemma_.lower() in self.lex.speech:
                for subj in (c for c in token.head.head.children if c.dep_ == "nsubj"):
                    left, right = offset + subj.left_edge.idx, offset + subj.idx + len(subj.text)
                    named_for = [m.actor_id for m in actors.mentions if left <= m.start < right
                                 and kinds.get(m.actor_id) in fits]
                    if named_for:
                        return named_for[0]
            last = actors.last_named_thing(lo, kinds, NEARBY)
            return last.actor_id if last is not None and kinds.get(last.actor_id) in fits else None
        sub = [t for t in token.subtree if t.dep_ in ("compound", "amod", "poss", "nmod", "appos")]
        for t in sub:
            lo, hi = offset + t.idx, offset + t.idx + len(t.text)
            m = [m for m in actors.mentions if m.start < hi and m.end > lo]
            if m:
                return m[0].actor_id
        return None

    def _fronted_subject(self, pronoun: Token, offset: int, actors: DocActors, kinds: dict[str, str]) -> str | None:
        """For he/she in a participle clause before the main clause's subject, that subject
        ("Asked when he wanted Russia to agree to a truce, Trump said …": Trump)."""
        node = pronoun
        while node.head.i != node.i and not (node.dep_ == "advcl" and node.tag_ in ("VBN", "VBG")
                                             and node.head.head.i == node.head.i):
            node = node.head
        if node.head.i == node.i:
            return None
        subjects = [c for c in node.head.children if c.dep_ == "nsubj" and c.i > node.right_edge.i]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        actor = self._actor_of(subjects[0], offset, actors, kinds)
        return actor if actor and kinds.get(actor) == "person" else None

    def _reporting_subject(self, pronoun: Token, offset: int, actors: DocActors,
                           kinds: dict[str, str]) -> str | None:
        """The subject of the speech verb whose reported clause a third-person pronoun is
        the subject of, when of the same sort (person for he/she, not for it/they)."""
        if pronoun.lower_ not in ("he", "she", "it", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.lex.speech:
            return None
        person = pronoun.lower_ in ("he", "she")
        for subj in (c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.pos_ == "PRON":
                return None
            actor = self._actor_of(subj, offset, actors, kinds)
            if actor and (kinds.get(actor) == "person") == person:
                return actor
            if pronoun.lower_ == "they" and subj.pos_ == "NOUN":
                # "Some 60 percent of Ukrainians said they …": the group the quote found speaking
                at = offset + pronoun.idx
                group = _speaker_at(self._quotes, at, kinds=("indirect",))
                if group and group.startswith("group:"):
                    return group
        return None

    def _condition(self, cue: Token, issue: Span) -> str | None:
        """The condition attached to a position: an if/unless/in case/provided/only after
        clause under the cue or the issue, up to the next comma or the sentence end."""
        doc = cue.doc
        scope = {t.i for t in cue.subtree} | {t.i for t in issue.root.subtree}
        if cue.dep_ in ("acomp", "attr") and cue.head.i != cue.i:
            # "Ukraine was ready to accept a ceasefire if Russia did the same": the parser hangs
            # the condition on the copula ("…, but only if …" as a coordinated clause), or on the
            # verb of speech above it
            hosts = [cue.head] + ([cue.head.head] if cue.head.dep_ == "ccomp" else [])
            # (a clause with a subject of its own: "if necessary, to bully …" conditions the bullying)
            scope |= {t.i for h in hosts for c in h.children if c.i > cue.i and (
                c.dep_ == "advcl" or c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                                             for g in c.children))
                and any(g.dep_ in SUBJECT_DEPS + ("expl",) for g in c.children) for t in c.subtree}
        for token in doc:
            if token.i not in scope:
                continue
            words = [t.lower_ for t in doc[token.i: token.i + 3]]
            multi = any(words[:len(m)] == m for m in self.lex.condition_phrases)
            single = words[0] in self.lex.condition_words and (
                token.dep_ == "mark" or _provided(token)) and not _concessive(token)
            if multi and words[:2] == ["on", "condition"] and ANONYMITY.match(doc[token.i:].text):
                continue  # "spoke on condition of anonymity": the source's, no condition of the stance
            if multi or single:
                end = token.i
                while end + 1 < len(doc) and doc[end + 1].text not in (",", ";", ".", "—", ":"):
                    end += 1
                text = doc[token.i: end + 1].text.strip()
                if text.count('"') % 2 or text.count("“") != text.count("”"):
                    # ('if both sides do not "show flexibility."': the comma or full stop that ends
                    # the condition stands before the closing mark; no mark left open)
                    text = re.sub(r"\s+", " ", re.sub(r'["“”]', "", text)).strip()
                return text
        return None

    def _date(self, sent: Doc, published: str | None) -> str | None:
        """When the position was expressed: a past day named in the sentence, else the
        publication date (a future day in the sentence is a deadline, not the statement)."""
        for ent in date_entities(sent, ("DATE",)):
            value = resolve_date(ent.text, published)
            if value and (published is None or value <= published):
                return value
        return published

    # ---- records
    def collect(self, doc: Doc, document: Document, result: Analysis) -> None:
        """Turn hits into Position records on the Analysis."""
        text = document.text
        for n, hit in enumerate(doc._.detente_positions or []):
            result.positions.append(Position(
                id=f"{document.id}:p{n + 1}", document_id=document.id, holder_id=hit.holder,
                issue=hit.issue, stance=hit.stance, polarity=hit.polarity,
                evidence=text[hit.start:hit.end], start=hit.start, end=hit.end,
                condition=hit.condition, reported_by_id=hit.reported_by, date=hit.date,
                cue=text[hit.cue[0]:hit.cue[1]]))


# verbs of warning: a threat, unless what they warn of is a thing that would do harm
WARNING = {"warn", "caution"}
# verbs of a thing failing: warning that it could is fearing for it
FAILING = {"collapse", "fail", "unravel", "crumble", "falter", "founder", "end", "break"}


def _reporter(quotes: list, hit: PositionHit, offset: int) -> str | None:
    """The speaker of the quote the position's cue sits in, when not the holder."""
    for q in quotes:
        if q.start <= hit.cue[0] < q.end and q.speaker is not None and q.speaker.actor_id:
            return q.speaker.actor_id if q.speaker.actor_id != hit.holder else None
    return None


def _described_as_of(person: Actor | None, party: Actor | None) -> bool:
    """Whether a person's description names the party ("Hamas negotiator" of Hamas)."""
    if person is None or party is None or not person.description:
        return False
    return any(re.search(rf"\b{re.escape(name)}\b", person.description) for name in {party.name, *party.aliases})


def _given_in_exchange(token: Token) -> Token | None:
    """For what is asked "in exchange for" or "in return for", the verb of what is given for it."""
    for node in [token, *list(token.ancestors)[:4]]:
        if node.lower_ == "for" and node.head.lower_ in ("exchange", "return") and node.head.head.lower_ == "in":
            return node.head.head.head
    return None


def _conditional_clause(token: Token) -> Token | None:
    """The verb of the if/unless/until clause a token sits in, if any."""
    node = token
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until") and not _concessive(c)
               for c in node.children):
            return node  # ("would halt all aid until Hamas accepted an extension": Israel's demand)
        # (also through "responsible for not reaching …" under "if he deems Moscow …")
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "aux", "prep", "pobj", "acomp", "pcomp", "oprd", "ccomp"):
            return None
        node = node.head
    return None


def _future(verb: Token, reported: bool = False) -> bool:
    """'will join', 'is going to be', 'won't become': a clause about what is to come (in reported
    speech also 'would')."""
    modals = ("will", "'ll", "wo", "shall") + (("would", "'d") if reported else ())
    if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return True
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                                         for c in verb.children)


def _provided(token: Token) -> bool:
    """'provided' / 'providing' opening a condition clause, however the parser attached it
    ("would accept a truce, provided it received guarantees")."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("provided", "providing") and token.dep_ in ("prep", "advcl", "mark", "ccomp") \
        and nxt is not None and (nxt.lower_ == "that" or nxt.dep_ in ("nsubj", "nsubjpass"))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _concessive(mark: Token) -> bool:
    """'even if': a concession, not a condition."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"


def _purpose(clause: Token) -> bool:
    """An infinitival adverbial clause without a subject ("reached an agreement … to stop
    fighting and ensure safe navigation"): it states what the act is for, so cues above it
    govern it."""
    return _infinitive(clause) and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children)


def _clause_of(inner: Token, verb: Token) -> bool:
    """Whether a token sits in a finite clause complement of `verb` ("suggested that …")."""
    return any(inner in c.subtree for c in verb.children if c.dep_ == "ccomp")


def _complement_of(inner: Token, verb: Token) -> bool:
    """Whether a verb or adjective cue sits in a complement clause of `verb`."""
    if inner.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    # (a noun of wanting takes its clause as "acl": "his demand that Ukraine abandon …")
    return any(inner in c.subtree for c in verb.children
               if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "acl" and verb.pos_ == "NOUN")


def _speaker_at(quotes: list, at: int, kinds: tuple[str, ...] = ("direct", "mixed")) -> str | None:
    """The speaker of the innermost quote around a position ("X's office said he told Trump
    that …": he)."""
    around = [q for q in quotes if q.start <= at < q.end and q.kind in kinds and q.speaker is not None]
    return min(around, key=lambda q: q.end - q.start).speaker.actor_id if around else None


def _antecedent(token: Token) -> Token:
    """What a relative pronoun stands for (the noun its clause hangs on: "Egypt and Qatar, which
    mediated …"); the token itself otherwise."""
    return token.head.head if token.lower_ in ("which", "who", "that") and token.head.dep_ == "relcl" else token


def _no_longer(token: Token) -> bool:
    """'no longer' / 'not … any longer' on a verb: a position given up."""
    return any(c.lower_ == "longer" and any(g.lower_ in ("no", "any") for g in c.children)
               for c in token.children)


def _negated(token: Token) -> bool:
    nodes = [token]
    if token.dep_ in ("xcomp", "acomp", "dobj", "pobj") and token.head.i != token.i:
        nodes.append(token.head)
    return any(is_negation(c) for n in nodes for c in n.children)


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(4):
        # a passive's holder is its agent ("was rejected by Guterres"); its subject is what
        # the stance is about ("Ukraine could be placed under …")
        agents = [o for c in node.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agents:
            return agents
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return []
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects
        if node.dep_ == "pcomp" and node.head.lower_ == "for" and node.head.head.i != node.head.i:
            # "criticised Putin for attacking …": the one criticised did it
            # ("angry with Putin for attacking …": the one angered at)
            objects = [c for c in node.head.head.children if c.dep_ == "dobj"] or [
                o for c in node.head.head.children if c.dep_ == "prep" and c.lower_ in ("with", "at")
                for o in c.children if o.dep_ == "pobj"]
            if objects:
                return objects
        if node.dep_ == "xcomp" and _infinitive(node):
            # "persuade Kyiv to accept": the object of the governing verb is the subject
            # (not for participles: "placate Trump …, agreeing to" is the placater agreeing)
            objects = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
            if objects:
                return objects
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            # "… told NBC that he was angry …, and threatened": a verb coordinated with no
            # subject of its own takes the nearest subject before it (the parser often
            # attaches such a conjunct too high)
            left = [t for t in node.doc[:node.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "DET"]
            if left:
                # the head's own subject first; the holder is the first of these that names an
                # actor. A verb with its own that-clause hung on a reported clause ("the Russian
                # leader said that Zelensky lacks … and suggested that …") is the reporter's.
                outer = _subjects(node.head.head) if node.head.dep_ == "ccomp" and any(
                    c.dep_ == "ccomp" for c in node.children) else []
                return [*outer, *_subjects(node.head), left[-1]]
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            node = node.head.head  # "insisted on rejecting any truce": the one who insisted
            continue
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "relcl") and node.head.i != node.i:
            node = node.head
            continue
        break
    return []


def _verb_above(token: Token) -> Token | None:
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _text(token: Token) -> str:
    tokens = list(token.subtree)
    return token.doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,.")
