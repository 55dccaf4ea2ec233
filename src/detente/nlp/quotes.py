"""Quotes and speakers: the `detente_quotes` spaCy component.

Three kinds (SPEC §1): *direct* (a passage wholly inside quotation marks), *mixed* (a quoted
fragment inside reported speech or next to a speech cue) and *indirect* (the clause
complement of a speech verb, or what "according to X" governs). Quoted passages are found by
a character scanner (quote marks are not apostrophes); cues and speakers come from the
dependency parse of the sentences `detente_parse` selected. Speakers resolve to actors
through the actor mentions, pronouns to the last speaker or person in context, and a
paragraph that is only a quote continues the previous paragraph's speaker.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.nlp.actors import NAMELESS_LABELS, DocActors, slugify
from detente.nlp.dates import WEEKDAYS
from detente.nlp.parse import (ADDRESSEE_VERBS, CLOSING_MARKS, DIRECTIVE_VERBS, NEGATIONS, OPENING_MARKS,
                                TITLE_SMALL_WORDS, asks_to_act, familiar_source, is_negation, register_cues,
                                register_lemmas, register_patterns, sentence_text, word_forms)
from detente.nlp.passages import Passage, find_passages, paragraph_spans
from detente.nlp.speakers import (ANSWERING, DOCUMENT_SPEAKERS, LABEL, PERSON_NOUNS, SHARES, Speaker, SpeakerResolver,
                                  is_date, misread_aside, reporting_verb_above, words_of)
from detente.records import Actor, Document, Quote
from detente.resources import load_mapping
from detente.store.sql import Analysis

__all__ = ["QuoteExtractor", "QuoteHit"]

if not Doc.has_extension("detente_quotes"):
    Doc.set_extension("detente_quotes", default=None)

MIN_INDIRECT_TOKENS = 3
# words of a time phrase after a cue ("said on Tuesday", "said late last week")
DAY_WORDS = {"on", "late", "early", "last", "this", "next", "in", "the"}


@dataclass
class QuoteHit:
    """A quote found in a document (offsets into the document text)."""

    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None = None
    speaker: Speaker | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Sentence:
    """A parsed sentence and its offset in the document."""

    offset: int
    doc: Doc
    source: str = ""  # the document's text
    end: int = 0
    text: str = ""

    def __post_init__(self) -> None:
        self.text = sentence_text(self.source, self.offset, self.doc)
        self.end = self.offset + len(self.text)

    def token_at(self, char: int) -> Token | None:
        """The token covering a document character offset."""
        rel = char - self.offset
        for token in self.doc:
            if token.idx <= rel < token.idx + len(token.text):
                return token
        return None


class Lexicon:
    """Speech cues loaded from `lexicon/speech.yaml`."""

    def __init__(self) -> None:
        data = load_mapping("lexicon/speech.yaml")
        self.verbs = set(data["verbs"])
        self.thought = set(data["thought_verbs"])
        self.according = set(data["according"])
        self.occasions = set(data["occasions"])
        self.occasion_verbs = set(data["occasion_verbs"])
        self.charges = dict(data["charges"])
        self.source_prepositions = set(data["source_prepositions"])
        self.nouns = set(data["speech_nouns"])
        self.noun_forms = set(data["noun_forms"])
        self.groups = set(data["group_nouns"])
        self.pronouns = {k: set(v) for k, v in data["pronouns"].items()}
        self.describe = set(data["describe_verbs"])
        self.belief = set(data["belief_verbs"])
        self.needs_that = set(data["needs_that"])
        self.inverted = set(data["inverted"])
        self.join_interrupted = bool(data.get("join_interrupted_quotes", False))
        # every form of a verb of speech, for a cue the tagger took for a noun ("with Trump
        # saying, '…'"); not the forms that are mostly nouns ("reports")
        self.speech_forms = {form for verb in self.verbs for form in word_forms(verb.split()[0])} - self.noun_forms
        self.phrasal: dict[str, set[str]] = {}
        for phrase in data.get("phrasal", []):
            verb, particle = phrase.split()
            self.phrasal.setdefault(verb, set()).add(particle)
        self.phrasal_with_object = {phrase.split()[0] for phrase in data.get("phrasal_with_object", [])}
        # forms of the phrasal verbs that answer with "back" ("fired back", "hits back")
        self.back_forms = {form for verb, particles in self.phrasal.items() if "back" in particles
                           for form in word_forms(verb)}
        self.finding = set(data["finding_verbs"])
        self.documents = set(data["document_nouns"])
        self.institutions = set(data["institution_nouns"])
        # who can "suggest that" or "indicate that" besides a name or a pronoun: a person by role
        # ("the spokesman"), people ("officials"), an institution ("the agency"); not a thing
        # ("the data suggest that …" is an inference)
        self.speaker_nouns = (set(data["institution_nouns"]) | set(data["group_nouns"]) | {
            r.lower() for r in load_mapping("lexicon/roles.yaml")["roles"] if " " not in r}) \
            - {form for noun in self.documents for form in (noun, noun + "s")}
        self.someone_nouns = self.speaker_nouns | PERSON_NOUNS  # (who can be told to act: "the troops")

    def _someone(self, token: Token) -> bool:
        """Whether a noun phrase's head may name someone who is told things: a name, a personal
        pronoun, a person, group or institution by its noun ("the troops", "his aides", "the
        army")."""
        if token.pos_ == "PRON":
            return token.lower_ in ("he", "she", "they", "we", "i", "you", "who", "him", "her", "them", "me", "us")
        return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
            or token.lower_ in self.speaker_nouns or token.lemma_.lower() in self.someone_nouns

    def is_speech(self, token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.verbs

    def is_cue(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if token.dep_ == "prep" and token.tag_ == "VBN":
            return False  # "… 32% of claims as 'false,' compared to 11% of …": a preposition
        if lemma in DIRECTIVE_VERBS and lemma not in self.verbs:
            # "pressed the department to explain …", "ordered the troops to withdraw": a verb of
            # telling someone to act that is no verb of saying otherwise reports only that, when
            # the one told and the one telling can be someone ("pressed the button to start the
            # engine" asks nobody; "a tyranny of correctness that encourages people to be …" is a cause)
            told = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)
            teller = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if teller is not None and teller.tag_ == "WDT" and token.dep_ == "relcl":
                teller = token.head
            return told is not None and self._someone(told) and (teller is None or self._someone(teller)) \
                and _directive(token) is not None
        if token.dep_ == "amod" and token.i >= 2 and token.doc[token.i - 2].lower_ == "so":
            return False  # "the so-called 'coalition of the willing'": a modifier, no speech
        if token.i >= 2 and token.doc[token.i - 1].lower_ in ("'s", "’s") and token.doc[token.i - 2].lower_ == "let":
            return False  # "Let's say the talks fail": a supposition, nobody's words
        if _impersonal(token):
            return False  # "It is fair to say that …", "it is worth noting that …": the writer's remark
        if lemma == "call" and any(c.dep_ == "dobj" for c in token.children) and not any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or c.dep_ == "prep" and c.lower_ in ("for", "on", "as")
                for c in token.children) and not any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "that", "them")
                                                     for c in token.children) \
                and not any(_named_then_quoted(c) for c in token.children if c.dep_ == "dobj"):
            # "authority to call a 'special meeting'", "called Putin": convening, phoning (a
            # quoted name after the object is a characterisation: "calls Obamacare 'crazy system'")
            return False
        if lemma == "add" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children) \
                and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in token.children):
            # "saying Israel had added 'new conditions'": a thing added, not words
            return False
        if lemma == "call" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "for" and any(
                c.dep_ == "nsubj" and (token.head if c.lower_ in ("which", "that") and token.dep_ == "relcl"
                                       else c).lemma_.lower() in PLAN_NOUNS for c in token.children):
            # "The proposal calls for a 60-day truce", "the deal, which calls for the release of the
            # hostages": the terms of a plan, no one's words (a resolution or a statement speaks)
            return False
        if lemma in ASPECTUAL and self.thing_speaks(token) and any(self.is_cue(a) for a in token.ancestors):
            # "Netanyahu told his cabinet that the war would continue 'until …'": a thing goes on,
            # inside what someone else reports
            return False
        if any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children) \
                and self.thing_speaks(token) and any(self.is_cue(a) for a in token.ancestors):
            # "He added that new sanctions would be announced 'within days'": a thing to be
            # announced by nobody named, inside what someone reports, is part of their report
            return False
        if lemma == "put":  # "…, as a Homeland Security memo put it", "was how Reed put it"
            it = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
            if it is None:
                return False
            # ("put it simply: '…'", "put it this way:")
            after = next((t for t in token.doc[it.i + 1:]
                          if not (t.pos_ == "ADV" or t.lower_ in ("this", "way"))), None)
            return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "how") for c in token.children) \
                or after is not None and after.text == ":"
        # ("sum up", and "summed it up": a pronoun object between the verb and its particle)
        between = 2 if lemma in self.phrasal_with_object and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ in ("it", "this", "that") else 1
        if lemma in self.phrasal and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in self.phrasal[lemma]
                                         and token.i < c.i <= token.i + between for c in token.children):
            return True
        if lemma in self.finding and self._finding(token):
            return True
        if lemma in self.describe and lemma not in self.verbs:
            # "Reid has been pounding Trump as a 'con artist'": a characterisation in someone's
            # words, only with its "as" phrase and quotation marks in it ("painting it as a
            # reluctant peacemaker" is the writer's analysis)
            # (the parser may hang the phrase on the object: "rated 30% of his claims as 'false'")
            phrases = [c for c in token.children if c.dep_ == "prep"] + [
                t for c in token.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "prep"]
            return any(c.lower_ == "as" and any(o.dep_ in ("pobj", "amod") for o in c.children)
                       and any(m in token.doc[c.i:c.right_edge.i + 2].text for m in ('"', "“", "”", "‘"))
                       for c in phrases)
        if lemma in self.belief:
            # "The governor thinks voters are 'tired of the drama'": a belief is no report, but
            # quoted words in what is believed are the believer's; reported by someone ("Ditto said
            # she expects …", "Voters, he said, believe …"), they are the reporter's words
            if any(self.is_speech(a) or any(c.dep_ == "parataxis" and self.is_speech(c) for c in a.children)
                   for a in (token, *token.ancestors)):
                return False
            return any(c.dep_ == "ccomp" and any(t.text in OPENING_MARKS for t in c.subtree) for c in token.children)
        if lemma in self.needs_that:
            if lemma in CONSENT and token.dep_ == "ccomp" and self.is_speech(token.head):
                return False  # "Zelensky said Ukraine had agreed … that …": his words, not a second report
            named = any(c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or c.lower_ in self.speaker_nouns
                                                or _share_of_people(c, self.speaker_nouns))
                        for c in token.children)
            return named and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                           for g in c.children) for c in token.children)
        return lemma in self.verbs or lemma in self.thought

    def thing_speaks(self, cue: Token) -> bool:
        """Whether a cue's subject is a thing ("the war would continue"), not a speaker: a common
        noun that is no person by role, no people, no institution and no document."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lower_ not in self.speaker_nouns
                   and c.lemma_.lower() not in self.speaker_nouns and c.lemma_.lower() not in self.documents
                   and c.lemma_.lower() not in self.nouns for c in cue.children)

    def _finding(self, token: Token) -> bool:
        """"A report released last year found that …": a document's finding, with a clause; what
        a poll, data or a video shows may be a noun phrase ("Polls show a close race")."""
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.documents for c in token.children) \
            and any(c.dep_ == "ccomp" or c.dep_ == "dobj" and token.lemma_.lower() == "show" for c in token.children)

    def is_noun_cue(self, token: Token) -> bool:
        """A noun of speech with its speaker and its clause: "Trump’s claim that there have been
        'thousands of shootings'", "the senator's statement that sanctions 'have failed'"."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.nouns \
            and any(c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("his", "her", "their"))
                    for c in token.children) \
            and any(c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    for c in token.children)

    def reports_by_noun(self, token: Token) -> bool:
        """A noun of speech that reports on its own: with its speaker and its clause, and not a
        pronoun's noun that a verb of speech governs ("He repeated his assertion that …" is the verb's
        report; "Monitors questioned Petrov’s claim that …" is Petrov's)."""
        return self.is_noun_cue(token) and not (any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
                                                and any(self.is_cue(a) for a in token.ancestors))

    def noun_cue_of_copula(self, verb: Token) -> Token | None:
        """The noun of speech with a possessor that is the subject of "be" with a clause "that" opens
        ("Trump's argument is that the system is 'rigged'", "Her message was that …"), or None."""
        if verb.lemma_ != "be" or not any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                     for g in c.children) for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.nouns and any(g.dep_ == "poss" for g in c.children)), None)

    def is_according(self, token: Token) -> bool:
        """"according to X", or a preposition naming a source ("per the party's bylaws", not
        "per cent" or "per year": the object is a determined noun or a name)."""
        if token.lower_ in self.according:
            return any(c.lower_ == "to" for c in token.children)
        if token.lower_ == "in" and token.dep_ == "prep":
            return words_of(token) is not None  # "in the words of one aide"
        return token.lower_ in self.source_prepositions and token.dep_ == "prep" and any(
            c.dep_ == "pobj" and (c.pos_ == "PROPN" or any(g.dep_ in ("det", "poss") and g.lower_ not in ("each", "every")
                                                             for g in c.children))
            for c in token.children)

    def cue_words(self) -> list[str]:
        """Lemmas whose every form makes a sentence worth parsing (not the verbs that describe
        only with quoted words, "rated it as 'false'": the quotation mark has the sentence parsed)."""
        return sorted(set(self.verbs) | self.thought | self.according | self.needs_that | DIRECTIVE_VERBS)

    def cue_patterns(self) -> list[str]:
        """Regular expressions for cues that count only with other words: a phrasal verb with its
        particle ("went on"), "put it", a finding with a document noun before it ("a report
        released last year found")."""
        patterns = [r"put it\b", r"\bin the words of\b",
                    r"\bin (?:the )?(?:[\w.-]+['’]s?|his|her|their|its) (?:own )?words\b"]
        if self.noun_forms:  # "Reuters reports that …": a noun-like form before "that" is the verb
            patterns.append(rf"\b(?:{'|'.join(sorted(self.noun_forms))}) that\b")
        patterns += [rf"\b{p} (?:the|a|an|his|her|its|their|our)\b" for p in sorted(self.source_prepositions)]
        for verb, particles in sorted(self.phrasal.items()):
            forms = sorted(word_forms(verb))
            between = r"(?:(?:it|this|that)\s+)?" if verb in self.phrasal_with_object else ""
            patterns.append(rf"(?:{'|'.join(forms)})\s+{between}(?:{'|'.join(sorted(particles))})\b")
        findings = sorted(form for verb in self.finding - set(self.cue_words())
                          for form in word_forms(verb))
        documents = "|".join(sorted(self.documents))
        if findings:
            patterns.append(rf"(?:{documents})s?\b[^.!?]{{0,150}}?\b(?:{'|'.join(findings)})\b")
        return patterns


@Language.factory("detente_quotes", default_config={"pack": None})
def make_quote_extractor(nlp: Language, name: str, pack: str | None) -> "QuoteExtractor":
    """spaCy factory: add after `detente_parse`."""
    return QuoteExtractor(nlp)


class QuoteExtractor:
    """Writes `doc._.detente_quotes`: a list of QuoteHit."""

    def __init__(self, nlp: Language) -> None:
        self.lex = Lexicon()
        index = nlp.get_pipe("detente_actors").index
        self.pack_kinds = {a.id: a.kind for a in index.actors.values()}
        self.pack_descriptions = {a.id: a.description for a in index.actors.values() if a.description}
        self.pack_called = {noun.lower(): entry.id for entry in index.pack.actors for noun in entry.called}
        self.pack_genders = {entry.id: "m" if entry.pronoun == "he" else "f"
                             for entry in index.pack.actors if entry.pronoun}
        self.lookup = index.lookup
        self.roles = index.role_words  # "the spokesman said" looks these up
        self.role_synonyms = index.role_synonyms
        self.speech_nouns = self.lex.nouns | self.lex.documents  # ("said in a statement that …")
        self.occasion = re.compile(
            r"\b(?:(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:%s)|%s)\b"
            % ("|".join(sorted(self.lex.occasions)),
               "|".join(sorted(f for v in self.lex.occasion_verbs for f in word_forms(v)))), re.I)
        register_cues(self.lex.cue_words(), exclude=self.lex.noun_forms)
        register_lemmas(self.lex.describe | self.lex.belief)
        register_patterns(self.lex.cue_patterns())

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("detente_text") or doc.text
        sentences = [Sentence(o, d, text) for o, d in (doc._.detente_parses or [])]
        actors: DocActors = doc._.detente_actors or DocActors()
        kinds = {**self.pack_kinds, **{a.id: a.kind for a in actors.actors.values()}}
        starts = doc.user_data.get("detente_sentence_starts") or [s.start_char for s in doc.sents]
        resolver = SpeakerResolver(text, actors, self.lex, starts, kinds, self.lookup)
        resolver.roles = self.roles
        resolver.role_synonyms = self.role_synonyms
        resolver.known_genders = self.pack_genders
        resolver.called = self.pack_called
        resolver.parses = [(s.offset, s.doc) for s in sentences]
        # (what the document says of its actors, and that with what the pack says)
        here = {a.id: a.description for a in actors.actors.values() if a.description}
        descriptions = {**self.pack_descriptions, **here}
        for actor_id, said in actors.described.items():
            here[actor_id] = "; ".join([here.get(actor_id) or "", *said])
            descriptions[actor_id] = "; ".join([descriptions.get(actor_id) or "", *said])
        resolver.descriptions, resolver.described_here = descriptions, here
        # (events read a role's holder from them: what the document says first, as what the pack
        # says may be another time's, "the president" of a 2016 story is not the pack's)
        doc.user_data["detente_described_here"] = here
        doc.user_data["detente_descriptions"] = descriptions
        passages = find_passages(text)
        turns = _transcript_turns(text, passages, resolver) + _embedded_posts(text, passages, resolver)
        # (what a turn of a transcript reports inside it is the speaker's words, as in a quote)
        resolver.set_quoted(sorted([(p.open, p.close + 1) for p in passages] + [(h.start, h.end) for h in turns]))
        resolver.quoted_passages = passages
        hits: list[QuoteHit] = []
        claimed: set[int] = set()
        starts = [s.offset for s in sentences]
        for sent in sentences:
            hits.extend(self._reported(sent, passages, resolver, claimed))
        for i, passage in enumerate(passages):
            if i not in claimed:
                sent = _sentence_for(sentences, starts, passage.start)
                hits.append(self._passage_hit(passage, sent, sentences, starts, resolver))
        # (what a post quotes is part of the post: 'Hillary floated her as an "angel" …— Donald J. Trump
        # (@realDonaldTrump)')
        hits = [h for h in hits if not any(t.extra.get("post") and t.start <= h.start and h.end <= t.end + 1
                                           for t in turns)] + turns
        # a stage direction in a transcript ("(CROSSTALK.)") is no quote
        hits = [h for h in hits if not STAGE.fullmatch(text[h.start:h.end])]
        # a quoted title ("Face the Nation") is no speech and passes no speaker on
        # (and a quoted heading on a line of its own: 'All Bets Are Off.')
        hits = sorted((h for h in hits if not ((h.kind == "mixed" and not h.extra.get("naming")
                                                 or h.extra.get("whole_paragraph") and h.cue is None)
                                                and _is_title(text, h.start, h.end))),
                      key=lambda h: h.start)
        hits = _join_fragments(hits, passages, text, sentences, starts)
        hits = sorted(hits + _headline_reports(text, hits, resolver), key=lambda h: h.start)
        self._resolve_in_order(hits, paragraph_spans(text), resolver)
        # a short quoted fragment with no speaker and no cue is a scare quote, not a quote ("what
        # is being criticised as a 'use it or lose it' approach" quotes critics nobody names)
        hits = [h for h in hits if h.kind != "context" and (
            h.kind != "mixed" or h.speaker is not None or h.cue is not None or h.end - h.start > 40)]
        doc._.detente_quotes = _join_interrupted(hits, text) if self.lex.join_interrupted else hits
        return doc

    # ---- direct and mixed quotes from quoted passages
    def _passage_hit(self, passage: Passage, sent: Sentence | None, sentences: list[Sentence],
                     starts: list[int], resolver: SpeakerResolver) -> QuoteHit:
        text = resolver.text
        if sent is not None:
            sent_start = sent.offset
        else:  # a sentence nobody parsed (no cue in it): where it starts all the same
            k = bisect.bisect_right(resolver.sentence_starts, passage.open) - 1
            sent_start = resolver.sentence_starts[k] if k >= 0 else passage.para_start
        head = text[max(sent_start, passage.para_start):passage.open].strip(" \t—–-(")
        # (an attribution set off by dashes introduces the words as a colon does: '"We will win" — the
        # candidate told the crowd — "and win big."', 'Putin said — in a rare admission — "…"')
        dashed = text[max(sent_start, passage.para_start):passage.open].rstrip(" \t(").endswith(("—", "–"))
        direct = not head or (head.endswith((":", ",")) or dashed) and self._has_cue(head, sent, passage.open)
        if not direct and passage.sentence_like and not head.rstrip().endswith((
                "that", "as", "of", "a", "an", "the", "to", "was", "is", "be", "were")) \
                and passage.start - sent_start <= 2:
            direct = True
        hit = QuoteHit("direct" if direct else "mixed", passage.start, passage.end)
        hit.extra["whole_paragraph"] = passage.whole_paragraph or passage.open <= passage.para_start + 1
        # a sentence about a document ("The resolution reaffirms … 'that no territorial …'"): the
        # document named before may go on speaking in it
        hit.extra["about_document"] = sent is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DOCUMENT_SPEAKERS and c.tag_ in ("NN", "NNS")
            for t in sent.doc if t.dep_ == "ROOT" for c in t.children)
        end_sent = _sentence_for(sentences, starts, max(passage.end - 1, passage.start))
        found = None
        scare = _so_called(text, passage)
        if not direct and end_sent is not None and (put := AS_PUT.match(text, passage.close + 1)) is not None:
            # '… is a "lawful source of income," as a memo put it': the words are the memo's (and
            # '… the words "Let us vote," as Ana Ruiz said before she was arrested' are hers)
            verb = [t for t in end_sent.doc if end_sent.offset + t.idx == put.start("verb") and self.lex.is_cue(t)]
            found = (verb[0], end_sent) if verb else None
        if found is None and not direct and sent is not None and not scare:
            # a fragment inside a clause: the cue it hangs from ("Christie described Clinton
            # as a 'disgrace' after she attacked …": described, not the later verb)
            cue = self._governing_cue(sent, passage)
            found = (cue, sent) if cue is not None else None
        if found is None and end_sent is not None and not scare:
            cue = self._cue_outside(end_sent, passage, after=True)
            cue = None if cue is not None and _opens_next(text, passage, end_sent, cue) else cue
            if cue is not None and direct and cue.tag_ == "VBG" and sent is end_sent \
                    and any(c.dep_ == "ccomp" for c in cue.children) \
                    and self._cue_outside(sent, passage, after=False) is not None:
                # '“I think,” Rubio said, “that we are closer,” adding that a deal was …': the
                # participle reports what comes after it; the attribution before the marks is theirs
                cue = None
            if cue is not None and not direct and cue.dep_ == "relcl" and not any(
                    passage.start <= end_sent.offset + t.idx < passage.end for t in cue.head.subtree
                    if t.i < cue.i):
                # a fragment of the clause before it is not what a relative clause after it says
                # ('The so-called "coalition of the willing" met in Paris, where Macron said …'),
                # unless it is in the noun the clause is about ('the "rigged" system, which Trump says …')
                cue = None
            found = (cue, end_sent) if cue is not None else None
        if found is None and end_sent is not None and direct \
                and not (sent is not None and self._cue_before_marks(sent, passage) is not None) \
                and not resolver.text[:passage.open].rstrip().endswith(":"):
            # "… the Republican Party is?" Graham asked. — the sentence splitter ends the
            # sentence at the mark; the attribution is the short sentence right after it (not
            # after a quote its own cue or a colon introduces: 'Starmer said: "…." Von der Leyen
            # agreed, …'; 'Matthews pressed: "For the woman?" "Yeah," Trump said.')
            nxt = _sentence_for(sentences, starts, passage.close + 2)
            if nxt is not None and nxt is not end_sent and nxt.offset - passage.close <= 3 \
                    and "\n" not in resolver.text[passage.close:nxt.offset]:
                cue = self._cue_outside(nxt, passage, after=True)
                cue = None if cue is not None and _opens_next(text, passage, nxt, cue) else cue
                # (a long sentence only when it opens with the attribution: '"You winning?" she
                # said, but Kevin was drifting off again, and …')
                found = (cue, nxt) if cue is not None and (len(nxt.doc) <= 25 or cue.i <= 3) else None
        if found is None and sent is not None and not scare:
            cue = self._cue_outside(sent, passage, after=False)
            found = (cue, sent) if cue is not None else None
        if found is not None:
            cue, owner = found
            hit.cue = (owner.offset + cue.idx, owner.offset + cue.idx + len(cue.text))
            hit.speaker = resolver.speaker_of(cue, owner.offset, passage.start)
            hit.extra["reported_by"] = self._reporter(cue, owner, resolver)
            # a passive cue with no "by" phrase names no speaker, and nobody else is one ('Johnson
            # was asked on MSNBC, "What is Aleppo?"' is not the words of the one asked)
            hit.extra["agentless"] = hit.speaker is None and any(c.dep_ == "nsubjpass" for c in cue.children)
            spk = hit.speaker
            if spk is not None and spk.start is not None and resolver.in_quote(spk.start):
                # the parser took words of the quote for the subject ("My reaction, that was
                # outrageous," X said): the speaker is the name next to the cue instead
                hit.speaker = resolver.name_near(hit.cue[0], hit.cue[1], passage)
            before = self._cue_before_marks(sent, passage) if sent is not None and hit.speaker is not None \
                and hit.speaker.pronoun and owner.offset + cue.idx > passage.close else None
            if before is not None:
                # 'Sen. Claire McCaskill scolded him: "…," she said.': the cue before the marks
                # names the speaker the pronoun after them stands for
                named = resolver.speaker_of(before, sent.offset, passage.start)
                if named is not None and named.actor_id and not named.pronoun:
                    # (the pronoun stays the mention for a passage the attribution interrupts: '…,"
                    # she said. "When you call …"')
                    hit.extra["interrupting"] = hit.speaker
                    hit.cue = (sent.offset + before.idx, sent.offset + before.idx + len(before.text))
                    hit.speaker = named
            hit.extra["whole_paragraph"] = False
        else:
            label = LABEL.match(resolver.text, passage.start)
            if label:
                hit.start = label.end()  # "WALLACE: Let's start …": the label is not said
            hit.speaker = resolver.labelled(passage) or (
                self._subject_before(passage, sentences, starts, resolver, same_sentence=True)
                if resolver.text[:passage.open].rstrip().endswith(":") else None) or resolver.colon_intro(passage) \
                or resolver.headline_label(passage) or None
            if hit.speaker is None and (possessed := resolver.possessed_words(passage)) is not None:
                # ("Putin's message was blunt — '…' —": the words themselves, introduced as a colon
                # does; "Putin's words – '…' – worried …" sets them in the writer's sentence)
                hit.speaker = possessed
                if INTRODUCED_WORDS.search(resolver.text[passage.para_start:passage.open]):
                    hit.kind = "direct"
            hit.speaker = hit.speaker or resolver.headline_after(passage) or resolver.viewpoint(passage)
            if hit.speaker is None and direct:
                # kept aside: used only when no earlier quote of the paragraph gives a speaker
                hit.extra["intro"] = self._subject_before(passage, sentences, starts, resolver)
                if passage.open <= passage.para_start + 1:
                    # and used only when no earlier paragraph's quote gives one
                    hit.extra["occasion"] = self._occasion_before(passage, resolver)
        return hit

    def _occasion_before(self, passage: Passage, resolver: SpeakerResolver) -> Speaker | None:
        """The person the paragraph before tells of speaking, when it holds no quote ("In a speech
        to the House of Commons, Starmer set out his plan. ¶ '…'"): the one person it names, when it
        names an occasion of speaking ("in a speech", "at a news conference") or a verb of speaking
        with no words of its own ("Starmer addressed parliament"). (Read from the words: the
        sentence may not have been parsed.)"""
        text = resolver.text
        end = passage.para_start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end == 0 or any(start <= p.open < end for p in resolver.quoted_passages) \
                or not self.occasion.search(text, start, end):
            return None
        people = {m.actor_id: m for m in resolver.actors.mentions
                  if start <= m.start < end and resolver.kinds.get(m.actor_id) == "person"}
        if len(people) != 1:
            return None
        m = next(iter(people.values()))
        return Speaker(text[m.start:m.end], m.start, m.end, m.actor_id, kind="person", continued=True)

    def _subject_before(self, passage: Passage, sentences: list[Sentence], starts: list[int],
                        resolver: SpeakerResolver, *, same_sentence: bool = False) -> Speaker | None:
        """The named subject of the sentence that introduces a quote: the sentence ending in a
        colon before it ("Worried about …, President Obama is rolling out a new message: …"),
        or, for a quote that opens a sentence, the nearest earlier sentence of its paragraph
        with a named person as subject ("Sen. Sanders singled out young voters as … . '…'")."""
        text = resolver.text
        if not same_sentence and any(passage.para_start <= p.open < passage.open and not _is_title(text, p.start, p.end)
                                     for p in resolver.quoted_passages):
            return None  # an earlier quote in the paragraph: its speaker carries on
        k = bisect.bisect_right(starts, passage.open) - 1
        if not same_sentence:
            k = bisect.bisect_right(starts, passage.start) - 1
            if k < 0 or not passage.open - 2 <= sentences[k].offset <= passage.start:
                return None  # the passage does not open a sentence
            k -= 1
        while k >= 0 and sentences[k].offset >= passage.para_start - 1:
            sent = sentences[k]
            for root in (t for t in sent.doc if t.dep_ == "ROOT"):
                for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                             and sent.offset + c.idx < passage.open):  # not a word of the quote
                    speaker = resolver.speaker_of_token(subj, sent.offset)
                    if speaker is not None and (speaker.actor_id and speaker.kind == "person"
                                                or speaker.pronoun == "person" and not same_sentence
                                                # ('The piece used one of her quotes as its
                                                # headline: "…"': a document ending in the colon)
                                                or same_sentence and speaker.document
                                                # ("Smith, her co-chair, agreed: …": a name the
                                                # recogniser missed, or the tagger took for a
                                                # plural, "Matthews pressed: …")
                                                or same_sentence and subj.text[:1].isupper()
                                                and subj.pos_ in ("PROPN", "NOUN")):
                        return speaker
            if same_sentence:
                return None
            k -= 1
        # the parse found no subject (a sentence split inside "Sen. X (Vt.), who …"): the
        # first person the paragraph names before the quote
        for m in resolver.actors.mentions:
            if passage.para_start <= m.start < passage.open and resolver.kinds.get(m.actor_id) == "person":
                return Speaker(text[m.start:m.end], m.start, m.end, m.actor_id, kind="person")
        return None

    def _cue_before_marks(self, sent: Sentence, passage: Passage) -> Token | None:
        """A speech cue with nothing but a comma, colon or dash between it and the marks."""
        before = [t for t in sent.doc if sent.offset + t.idx < passage.open and not t.is_punct and not t.is_space]
        if not before or sent.text[before[-1].idx + len(before[-1].text): passage.open - sent.offset].strip(
                " ,:—–-\xa0"):
            return None
        last = before[-1]
        if self.lex.is_cue(last) or self._according(last):
            return last
        if last.text.endswith(":") or sent.text[last.idx + len(last.text):passage.open - sent.offset].strip().startswith(":"):
            # "… scolded him: '…'", "told reporters: '…'": the one spoken to between cue and colon
            head = last.head
            if last.dep_ in ("dobj", "dative") and head.i < last.i and last.i - head.i <= 3 and self.lex.is_cue(head):
                return head
        cues = [t for t in before if self.lex.is_cue(t)]
        if cues and cues[-1].dep_ != "relcl":
            # "… footage of Trump saying during the debate last week, '…'", "what Turnbull called
            # North Korea's '…' actions": only the cue's adjuncts of time and place, its addressee
            # or words of the quoted phrase stand between it and the marks
            cue = cues[-1]
            between = [t for t in before if t.i > cue.i]
            if len(between) > 1 and between[-1].lower_ == "that" and between[-1].tag_ == "IN":
                # "Trump insisted to reporters that '…'": the complementizer before the marks (the
                # model may hang the quoted clause elsewhere)
                between = between[:-1]
            if 0 < len(between) <= 8 and all(self._beside_cue(t, cue, sent.offset + t.idx, passage)
                                             for t in between):
                return cue
        return None

    def _beside_cue(self, token: Token, cue: Token, pos: int, passage: Passage) -> bool:
        """A word between a cue and the marks that leaves the cue introducing the passage."""
        if token.pos_ in ("VERB", "AUX") or cue not in token.ancestors:
            return False
        if token.head.i > token.i and pos + (token.head.idx - token.idx) >= passage.open:
            return True  # a modifier of the quoted phrase ("North Korea's '…' actions")
        node = token
        while node.head.i != cue.i:
            node = node.head
        # the branch hanging on the cue: a time or place ("on Monday", "during the debate last
        # week", "later"), or who was spoken to ("told reporters in Kyiv")
        return node.dep_ in ("npadvmod", "advmod") or node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPOSITIONS \
            or node.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ADDRESSEE_VERBS \
            or node.dep_ in ("prep", "dative") and node.lower_ == "to" and self.lex.is_speech(cue)  # "said to reporters"

    def _governing_cue(self, sent: Sentence, passage: Passage) -> Token | None:
        """The speech cue right before the marks ("… the mother of three replied, '…'"), else
        the nearest speech cue above the passage's first word in the parse."""
        adjacent = self._cue_before_marks(sent, passage)
        if adjacent is not None and not _act_to_come(adjacent, self.lex.is_cue):
            return adjacent
        inside = sent.token_at(passage.start)
        if inside is None:
            return None
        for node in inside.ancestors:
            pos = sent.offset + node.idx
            if _lost_to_the_teller(node, inside) is not None or _act_to_come(node, self.lex.is_cue):
                continue
            if (noun := self.lex.noun_cue_of_copula(node)) is not None:
                return noun  # ("Trump's argument is that the system is 'rigged'": his)
            if not passage.open <= pos < passage.end and (
                    self.lex.is_cue(node) or self._according(node)
                    # (a noun of speech with a pronoun possessor that a verb of speech governs gives
                    # way to the verb: "He repeated his assertion that the 'media is rigging the polls'";
                    # a named one does not: "Monitors questioned Petrov’s claim that '…'")
                    or self.lex.reports_by_noun(node)):
                return node
        return None

    def _has_cue(self, head: str, sent: Sentence | None, before: int) -> bool:
        """Whether the words before a passage hold a cue of speech ("Trump boasted, '…'", "She
        continued, '…'", "in a statement: '…'"): a colon, a cue of the lexicon in the parse, or
        a form of a verb of speech the tagger took for something else ("with Trump saying, '…'");
        in a sentence nobody parsed, the lexicon's words of speech."""
        if head.endswith(":"):
            return True
        if sent is not None:
            return any(sent.offset + t.idx < before and (self.lex.is_cue(t) or self.lex.is_speech(t)
                                                         or self.lex.is_according(t) or t.lower_ in self.lex.speech_forms)
                       for t in sent.doc)
        lowered = head.lower()
        return "put it" in lowered or any(w in self.lex.speech_forms or w in self.lex.according or w in self.lex.nouns
                                          for w in re.findall(r"[a-z]+", lowered))

    def _cue_outside(self, sent: Sentence, passage: Passage, *, after: bool) -> Token | None:
        """A speech-verb token of the sentence outside every quote, after or before the passage;
        before it, the cue that governs the passage wins over a nearer one ("the governor said
        Democrats are to blame for focusing on '…'": said, not blame)."""
        best = None
        inside = sent.token_at(passage.start) if not after else None
        adjacent_cue = self._cue_before_marks(sent, passage) if not after else None
        relative = None  # after the passage: a cue in a relative clause, if no other follows
        for token in sent.doc:
            pos = sent.offset + token.idx
            if after and pos < passage.end or not after and pos >= passage.open:
                continue
            if pos >= passage.open and pos < passage.end:
                continue
            if self.lex.is_cue(token) or self._according(token):
                if after and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < token.i
                                 for c in token.children):
                    continue  # '"…," when Clinton blasted him': another clause, not the attribution
                if after and _nothing_said(token, lambda c: sent.offset + c.idx >= passage.end):
                    continue  # '“…” He did not say how.', '“…” She declined to say more.': nothing said
                if after and token.dep_ == "relcl":
                    # '"…," the former ambassador, who asked not to be named, told the BBC'
                    relative = relative or token
                    continue
                if after:
                    return token
                if token.dep_ == "relcl" and token.head.dep_ in ("nsubj", "nsubjpass") \
                        and not self.lex.is_cue(token.head.head) and sent.offset + token.right_edge.idx < passage.open \
                        and sent.source[sent.offset:passage.open].rstrip().endswith(":"):
                    # 'Obama, who rarely criticizes his successor, was blunt: "…"': the relative
                    # clause tells of the subject; the colon introduces the words
                    continue
                if best is not None and inside is not None and inside in best.subtree \
                        and inside not in token.subtree and token != adjacent_cue:
                    continue  # (a cue right before the marks, "… replied, '…'", always wins)
                best = token
        return relative if after else best

    def _said_by_a_noun(self, sent: Sentence, passage: Passage, cue_at: int) -> bool:
        """Whether a noun of speech with its own speaker, inside what a cue reports, holds the
        passage ("The senator's statement that sanctions 'have failed' is misleading, according to
        economists": the words are the senator's)."""
        inside = sent.token_at(passage.start) if sent.offset <= passage.start < sent.end else None
        return inside is not None and any(
            self.lex.is_noun_cue(a) and sent.offset + a.idx != cue_at for a in inside.ancestors)

    def _source_cited(self, thing: Token) -> bool:
        """Whether what is cited is a source, not a reason ("citing two sources familiar with the
        matter", "citing Interfax": the report's source; "citing a threat to public health": its reason)."""
        return thing.pos_ in ("PROPN", "PRON") or thing.lower_ in self.lex.groups \
            or thing.lemma_.lower() in self.lex.speaker_nouns or thing.lemma_.lower() in self.lex.documents

    def _charged_act(self, cue: Token) -> Token | None:
        """The doing a verb of charging names ("accused Kyiv of | violating the truce", "blamed the
        army for | shelling the plant"), with an accuser named (not "he was accused of …")."""
        prep = self.lex.charges.get(cue.lemma_.lower())
        # (or the subject of the verb it is coordinated with, "told Reuters … but accused Israel of …";
        # not a passive's, "was held and accused of", nor a thing's, "said the truce had begun and
        # accused Kyiv of …" with the second verb hung on the reported clause)
        named = _has_subject(cue) or cue.dep_ == "conj" and _has_subject(cue.head) and not (
            cue.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in cue.head.children)) \
            and not self.lex.thing_speaks(cue.head)
        if prep is None or not named or any(c.dep_ == "auxpass" for c in cue.children):
            return None
        # (the parser may hang the phrase on the one accused: "accused the other | of breaking …")
        preps = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == prep] + [
            p for c in cue.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == prep]
        return next((g for c in preps for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)

    def _according(self, token: Token) -> bool:
        return self.lex.is_according(token)

    def _described_in_own_words(self, according: Token, sent: Sentence, resolver: SpeakerResolver) -> Speaker | None:
        """The named person a document's account describes with a quoted predicate ("According to
        the report, Trump was 'angry …'"): the subject of a clause whose verb is no verb of speech."""
        host = according.head
        if host.pos_ not in ("AUX", "VERB") or self.lex.is_cue(host):
            return None
        for subj in (c for c in host.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            found = resolver.speaker_of_token(subj, sent.offset)
            if found is not None and found.kind == "person":
                return found
        return None

    def _named_in_claim(self, sent: Sentence, inner: int, outer: int) -> bool:
        """Whether the cue at `inner` gives a name ("called", "described … as") in the clause the
        cue at `outer` reports, with a subject of its own: "Trump said Clinton once described the
        pact as 'the gold standard'" (not a relative clause: "an attack, which Zelensky described
        as 'a clear signal'", "what he called a 'brazen breach'")."""
        token, host = sent.token_at(inner), sent.token_at(outer)
        return token is not None and host is not None and token.head.i == host.i and token.dep_ == "ccomp" \
            and self._gives_name(token) and not any(c.tag_ in ("WP", "WDT") for c in token.children)

    def _gives_name(self, token: Token) -> bool:
        """A verb of describing that gives a name ("called his supporters 'deplorables'", "described
        the pact as …"), not one that asks for something ("called for tax relief") or reports."""
        return token.lemma_.lower() in self.lex.describe and not any(c.dep_ == "ccomp" for c in token.children) \
            and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
                    or c.dep_ == "dobj" and any(a.dep_ in ("appos", "oprd") or a.dep_ == "prep" and a.lower_ == "as"
                                                for a in c.children) for c in token.children)

    def _relayed(self, clause: Token) -> bool:
        """A reported clause that is itself a report with a named or pronoun speaker ("… said he
        told Trump that …"): the inner report is the quote, the outer cue only relays it. A name
        given ("… said Clinton had called his supporters 'deplorables'") relays nothing: the
        outer report is a claim of its own about it."""
        if self._gives_name(clause) or clause.lemma_.lower() in DIRECTIVE_VERBS and _directive(clause) is not None:
            return False  # (nor a request: "said he will ask pollsters to conduct surveys" is his statement)
        return self.lex.is_cue(clause) and bool(self._content(clause)) and any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "they"))
            for c in clause.children)

    def _reporter(self, cue: Token, sent: Sentence, resolver: SpeakerResolver) -> Speaker | None:
        """Who reports what a cue reports, when the text names someone besides its speaker: a
        relay ("Stubb's office said he told Trump that …"), "according to" a source ("According
        to Yahoo News, the spokesman said …"), the one who quoted ("State media quoted Flightradar
        as saying …")."""
        if self._according(cue):
            return None
        outer = None
        if cue.dep_ == "ccomp" and cue.head.i != cue.i and self.lex.is_cue(cue.head) and self._relayed(cue):
            outer = cue.head  # (the relay whose own report _content leaves to this cue)
        elif cue.tag_ == "VBG" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in ("quote", "cite"):
            outer = cue.head.head
        else:
            node = cue
            while outer is None and node is not None:
                outer = next((c for c in node.children if c.lower_ in self.lex.according and self._according(c)), None)
                node = node.head if node.dep_ in ("conj", "ccomp", "advcl") and node.head.i != node.i else None
        if outer is None:
            return None
        return resolver.speaker_of(outer, sent.offset, sent.offset + outer.idx)

    # ---- reported speech: indirect, and mixed fragments inside it
    def _reported(self, sent: Sentence, passages: list[Passage], resolver: SpeakerResolver,
                  claimed: set[int]) -> list[QuoteHit]:
        """Indirect quotes of a sentence, and mixed quotes for fragments inside them."""
        found = []
        reporters: dict[int, Speaker | None] = {}  # cue offset → who reports what it reports
        naming: set[int] = set()  # offsets of cues that give something a name ("called it 'X'")
        quoted_subjects: dict[int, tuple[Speaker, Speaker]] = {}  # cue offset → (speaker, document)
        for token in sent.doc:
            pos = sent.offset + token.idx
            if resolver.in_quote(pos):
                continue
            spans = self._content(token) if token.pos_ != "NOUN" else self._noun_content(token)
            asking = token.lemma_.lower() in ASKING and self.lex.is_speech(token)
            # "Peskov, asked whether …, said": set off by commas before the verb of speech it
            # hangs on, "asked" is a participle even where the parser made the name its subject
            # (the parser may also make "said" the clause of "asked")
            set_off = asking and token.i >= 2 and token.doc[token.i - 1].text == "," \
                and any(c.dep_ == "nsubj" and c.i == token.i - 2 for c in token.children) \
                and any(v.i > token.i and self.lex.is_speech(v) and token.doc[v.i - 1].text == ","
                        and not any(c.dep_ == "nsubj" for c in v.children) for v in (token.head, *token.children))
            if (token.tag_ == "VBN" or token.tag_ == "VBD" and (token.dep_ == "advcl" or set_off)) and asking and (
                    any(c.dep_ == "nsubjpass" for c in token.children) or set_off
                    or not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in token.children)):
                # (a participle the tagger read as a past tense: "said Peskov when asked whether …")
                # "Trump was asked about the wall", "Asked whether he would sign, Trump …": the
                # question is the asker's (named only by a "by" phrase); the one asked answers
                # next (a passive or a bare participle only: "the senator has asked whether …" asks)
                passive = [c for c in token.children if c.dep_ == "nsubjpass" or set_off and c.dep_ == "nsubj"]
                answerer = resolver.speaker_of_token(passive[0], sent.offset) if passive \
                    else resolver.speaker_of(token, sent.offset, pos)
                asker = resolver.speaker_of(token, sent.offset, pos) if passive and not set_off else None
                agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
                if asker is None and agents and not passive:
                    asker = resolver.speaker_of_token(agents[0], sent.offset)  # ("Asked by a reporter whether …")
                cue = (pos, pos + len(token.text))
                if answerer is not None:
                    found.append((None, None, cue, answerer))
                found.extend((sent.offset + a, sent.offset + b, cue, asker) for a, b in spans)
                continue
            if not spans:
                if self.lex.is_speech(token) and not any(c.dep_ == "agent" or is_negation(c) for c in token.children):
                    # (not a passive's agent: "why it was mentioned by Ivanka Trump" makes her no topic;
                    # nor who did not speak: "voters who did not respond to the letters")
                    spk = resolver.speaker_of(token, sent.offset, pos)
                    if spk is not None:
                        # a speech act without a clause ("Putin underlined …"): context for
                        # fragments and pronouns that follow
                        found.append((None, None, (pos, pos + len(token.text)), spk))
                continue
            cue = (pos, pos + len(token.text))
            speaker = resolver.speaker_of(token, sent.offset, pos)
            reporters[pos] = self._reporter(token, sent, resolver)
            if token.lemma_.lower() in self.lex.describe and not any(c.dep_ == "ccomp" for c in token.children):
                # "dubbed his rival 'Little Marco'", "called the plan 'The Big Lie'": the name given
                # is the speaker's words, though every word of it is capitalised
                naming.add(pos)
            if self._according(token) and speaker is not None and speaker.document \
                    and (subject := self._described_in_own_words(token, sent, resolver)) is not None:
                # "According to the report, Trump was 'angry and p***** off'": the quoted words
                # of a person the document describes are that person's; the document reports them
                quoted_subjects[pos] = (subject, speaker)
            for rel_start, rel_end in spans:
                start, end = sent.offset + rel_start, sent.offset + rel_end
                found.append((start, _quote_end(start, end, cue, speaker, sent, passages, resolver.text), cue, speaker))
        hits = []
        absorbed: set[int] = set()
        owner: dict[int, tuple] = {}
        nouns_own = set()  # passages a noun of speech inside a reported clause speaks
        for start, end, cue, speaker in found:
            if start is None:
                hits.append(QuoteHit("context", cue[0], cue[1], cue, speaker))
                continue
            for i, p in enumerate(passages):
                inside = p.start >= start - 1 and p.end <= end + 1 and i not in claimed
                if inside and self._said_by_a_noun(sent, p, cue[0]):
                    nouns_own.add(i)  # (the noun's words, from the passage side; the clause reports them)
                    continue
                if inside and (cue[0] in naming or not _is_title(resolver.text, p.start, p.end)) \
                        and not _so_called(resolver.text, p) \
                        and not AS_PUT.match(resolver.text, p.close + 1) \
                        and not (sent.offset <= p.open < sent.end and (adj := self._cue_before_marks(sent, p)) is not None
                                 and sent.offset + adj.idx != cue[0]):
                    # the innermost reported clause claims a fragment, unless its "speaker" is
                    # a thing ("She says it underscores that Trump is 'unfit'"): then the outer one
                    rank = (_weak(speaker), end - start)
                    if i not in owner or rank < (_weak(owner[i][3]), owner[i][1] - owner[i][0]):
                        owner[i] = (start, end, cue, speaker)
        for start, end, cue, speaker in found:
            if start is None:
                continue
            mine = [passages[i] for i, o in owner.items() if o[0] == start and o[1] == end]
            # (a quoted title inside the clause, "… on “Face the Nation,” …", is no fragment of speech)
            overlapping = [p for i, p in enumerate(passages) if p.start < end and p.end > start
                           and (not _is_title(resolver.text, p.start, p.end)
                                # (words in capitals the cue right after attributes are no title:
                                # '"That's America," he said')
                                or p.close < cue[0] and SUBJECT_BETWEEN.fullmatch(resolver.text, p.close + 1, cue[0]))
                           and i not in nouns_own
                           # (nor a name the writer keeps at a distance: "the so-called 'grand bargain'")
                           and not _so_called(resolver.text, p)]
            inner = [i for i, p in enumerate(passages) if p.start < end and p.end > start and i in owner
                     and start <= owner[i][0] and owner[i][1] <= end and owner[i][:2] != (start, end)
                     and self._named_in_claim(sent, owner[i][2][0], cue[0])]
            if overlapping and not mine and inner and len(inner) == len(overlapping) \
                    and _covered(start, end, overlapping) < 0.5:
                # "Trump said Clinton had called his supporters 'deplorables' and should apologise":
                # what the name given is, is the outer speaker's claim; the quote is theirs, with
                # the fragment in it (mixed)
                hits.append(QuoteHit("mixed", start, end, cue, speaker,
                                     extra={"reported_by": reporters.get(cue[0]), "clause": True}))
                absorbed.update(inner)
                continue
            if mine and _covered(start, end, mine) >= 0.8 or overlapping and not mine:
                continue  # the clause is a direct quote: attributed from the passage side
            if not mine:
                # a quoted name the clause's edge cuts ("his comments were “Mostly False.”") is
                # kept whole; reported speech with one in it is mixed, not indirect (SPEC §1: indirect
                # speech has no quotation marks), and its span stays the clause
                for p in passages:
                    if start <= p.open < end <= p.close:
                        end = p.close + 1
                    elif p.open < start < p.close < end:
                        start = p.open
                named = any(start <= p.open and p.close < end for p in passages)
                hits.append(QuoteHit("mixed" if named else "indirect", start, end, cue, speaker,
                                     extra={"reported_by": reporters.get(cue[0]), "clause": named}))
        # one mixed quote per quoted fragment (SPEC: one quote per contiguous quoted passage); the
        # fragments of one phrase are joined afterwards (_join_fragments)
        for i, (start, end, cue, speaker) in owner.items():
            mates = [passages[j] for j, o in owner.items() if o[:2] == (start, end)]
            if i in absorbed:
                claimed.add(i)
            elif _covered(start, end, mates) < 0.8:
                claimed.add(i)
                reporter = reporters.get(cue[0])
                if cue[0] in quoted_subjects:
                    speaker, reporter = quoted_subjects[cue[0]]
                # ('"We'll see" was all the governor would say': words in marks that open the
                # sentence, a clause of their own, are said as they stand)
                p = passages[i]
                # (the clause is the subject of what follows; not one that runs on past the mark:
                # '"You squeezed employees" to drive up the stock price, she said')
                opening = cue[0] > p.close and not resolver.text[sent.offset:p.open].strip() and any(
                    t.dep_ == "csubj" and sent.offset + t.head.idx > p.close
                    and all(sent.offset + g.idx < p.close for g in t.subtree if not g.is_punct)
                    for t in sent.doc if p.start <= sent.offset + t.idx < p.end)
                hits.append(QuoteHit("direct" if opening else "mixed", p.start, p.end, cue,
                                     speaker, extra={"reported_by": reporter, "clause_span": (start, end),
                                                     "naming": cue[0] in naming}))
        return hits

    def _noun_content(self, noun: Token) -> list[tuple[int, int]]:
        """What a noun of speech with its speaker reports: the clause "that" opens after it ("Kaine's
        claim that the race will tighten"), sentence-relative; none for a noun with no possessor, nor
        for one with a pronoun for possessor that a verb of speech governs (the verb reports)."""
        if not self.lex.reports_by_noun(noun):
            return []
        clause = next(c for c in noun.children if c.dep_ in ("acl", "ccomp")
                      and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
        tokens = [t for t in clause.subtree if t.i > noun.i]
        span = _trim(tokens) if _words(tokens) >= MIN_INDIRECT_TOKENS else None
        return [span] if span else []

    def _content(self, token: Token) -> list[tuple[int, int]]:
        """Character spans (sentence-relative) of what a cue reports; empty if none.

        One span per reported clause: coordinated clauses with their own subject ("there
        were no plans …, but that Putin is open to one") are separate attributions.
        """
        if self._according(token):
            head = token.head
            if head.i == token.i:
                return []
            doc = token.doc
            last = all(t.is_punct for t in doc[token.right_edge.i + 1:])  # (nothing after the phrase)
            # (the comma may close a quote: '… was “within reach,” according to a diplomat')
            set_off = doc[token.i - 1].text == "," or token.i > 1 and doc[token.i - 1].text in CLOSING_MARKS \
                and doc[token.i - 2].text == ","
            while head.dep_ in (("advcl", "ccomp") if last else ("advcl",)) and head.head.i != head.i \
                    and token.i > head.i and set_off:
                # "… have died as the war enters its fourth year, according to data": set off at
                # the end, it attributes the sentence, not the clause the parser hung it on (also
                # a reported one: "Putin told him that Russia wanted …, according to the Kremlin")
                head = head.head
            excluded = {t.i for t in token.subtree}
            if head.dep_ == "conj" and head.i > token.i and head.head.i < token.i and doc[token.i - 1].text == ",":
                # "… is misleading, according to economists we spoke to": the parser made the
                # relative clause on the source the phrase's head; the clause before it is reported
                excluded |= {t.i for t in head.subtree}
                head = head.head
            # "The bill is, according to one aide, a gift to …": with the copula left without its
            # complement, what the parser hung on the source after the comma that closes the
            # phrase is the clause's rest (an apposition misread)
            close = next((t.i for t in token.subtree if t.i > token.i and t.text == ","), None)
            if close is not None and token.i > head.left_edge.i and head.lemma_ == "be" and not any(
                    c.dep_ in ("attr", "acomp", "dobj", "ccomp", "xcomp", "oprd") for c in head.children):
                excluded = {i for i in excluded if i < close}
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and token.i < subject.i:
                # "According to Jane Doe, a senator from Ohio, the bill is …": the source's
                # description, set between commas before the clause's subject, is no content
                between = doc[token.right_edge.i + 1:subject.left_edge.i]
                if len(between) > 2 and between[0].text == "," and between[-1].text == "," \
                        and between[1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") \
                        and not any(t.pos_ in ("VERB", "AUX") for t in between):
                    excluded |= {t.i for t in between}
            span = _trim([t for t in head.subtree if t.i not in excluded])
            return [span] if span else []
        if not self.lex.is_cue(token):
            return []
        if token.i == 0 and len(token.doc) > 1 and token.doc[1].text == ":" and not _has_subject(token):
            return []  # "Note: this article has been updated": a label, nobody speaks
        if _nothing_said(token):
            return []  # "It did not say who would lead it", "He declined to say whether …": nothing was said
        if asks_to_act(token.head, token):
            return []  # "pressed the department to explain why …": words asked for, not yet said
        if token.dep_ == "relcl" and token.head.dep_ == "pobj" and token.head.lemma_.lower() in self.speech_nouns \
                and token.head.head.dep_ == "prep" and self.lex.is_cue(token.head.head.head):
            return []  # "said in a statement that was read on TV that …": the words are the outer cue's
        if token.dep_ == "acl" and token.tag_ == "VBN" or _reduced_relative(token):
            return []  # "the deal announced Tuesday could …": a participle naming a thing, no report
        lemma = token.lemma_.lower()
        if lemma in self.lex.thought and token.dep_ not in ("ROOT", "conj"):
            return []
        if token.head.lower_ == "without" and token.dep_ == "pcomp" or lemma == "tell" and token.dep_ == "xcomp" \
                and token.head.pos_ == "ADJ" and not any(c.dep_ in ("dobj", "dative") for c in token.children):
            return []  # "It goes without saying that …", "too early to tell whether …": nobody speaks
        doc = token.doc
        # a clause opened by "where"/"when" is a relative clause the parser hung on the cue; one
        # before it that a colon or semicolon ends is the writer's ("It is unlikely; her team says …")
        aside = misread_aside(token)
        comps = [c for c in token.children if c.dep_ == "ccomp"
                 and not any(g.dep_ == "advmod" and g.lower_ in ("where", "when") and g.i < c.i for g in c.children)
                 and not (c.i < token.i and any(t.text in (":", ";") for t in doc[c.right_edge.i + 1:token.i]))
                 # (nor what comes before a cue in a clause of its own: "…, after a video showed …")
                 and not (c.i < token.i and any(g.dep_ == "mark" and g.i < token.i for g in token.children))
                 and _clause_thief(c, self.lex.is_speech) is None and c != aside
                 and not _outside_brackets(token, c) and not _bare_participle_before(token, c)
                 and not _inverted_condition(c) and not _predicate_of_a_relative(token, c)
                 and not _relative_after_a_clause(token, c)]
        if not comps and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "that" \
                and doc[token.i + 1].dep_ == "mark" and (hung := doc[token.i + 1].head).i > token.i \
                and hung.head.i == token.head.i and hung.head.i != token.i and hung not in token.subtree:
            # "When Chen noted that the governor had skipped three votes, Hale shot back": the
            # clause "that" opens, which the parser hung on the next verb up, is what was noted
            comps = [hung]
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if not comps and lemma == "show" and obj is not None and self.lex.is_cue(token):
            # "Polls show a close contest in the state": what a document shows, a noun phrase, with
            # what the parser hung on the verb after it ("shows the mayor ahead | by 4 points")
            return _phrase([t for c in token.children if c.i >= obj.i and c.dep_ in SHOWN for t in c.subtree])
        asked_for = None if comps else _called_for(token) or (
            obj if lemma == "cite" and obj is not None and not self._source_cited(obj) else None)
        if asked_for is not None:
            # "The NAACP called for a moratorium on charter schools", "citing a threat to public
            # health": what is demanded, or given as a reason, in a noun phrase
            return _phrase(list(asked_for.subtree))
        if not comps and lemma in ADDRESSEE_VERBS:
            # "Manafort told an associate that the payments were …": the clause the parser hung
            # on the one addressed, opened by "that" (no relative clause: its "that" is a subject);
            # not a thing told ("tells the truth that …") nor a result ("tells so many lies that …")
            comps = [c for o in token.children if o.dep_ in ("dobj", "dative") and o.lemma_.lower() not in TOLD_THINGS
                     and not any(t.lower_ in ("so", "such") for t in o.subtree) for c in o.children
                     if c.dep_ in ("acl", "relcl") and c.i > o.i
                     and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)][:1]
        if not comps:
            # "said in a statement that the president would veto the bill": the clause the parser
            # hung on the noun of the statement is what was said (a clause of its own, opened by
            # "that", not a relative one: "said in an interview that aired Sunday")
            # (or the one the parser hung on that relative clause: "said in an interview that aired
            # Sunday that she would run")
            clauses = [c for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                       for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in self.speech_nouns
                       for c in o.children if c.dep_ in ("acl", "relcl") and c.i > o.i]
            comps = [g for c in clauses for g in (c, *(g for g in c.children if g.dep_ == "ccomp" and g.i > c.i))
                     if _has_subject(g) and not self.lex.is_cue(g)
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)][:1]
        if lemma in ADDRESSEE_VERBS and (lost := _told_past_a_relative(token)) is not None:
            comps = [lost, *comps]
        if not comps and lemma in DIRECTIVE_VERBS and (asked := _directive(token)) is not None:
            # "Graham urged Republicans to join …", "Obama told his advisers to find a way …": what
            # one is told to do, with whom, is what was said
            return _phrase(asked)
        if not comps and (act := self._charged_act(token)) is not None:
            # "Moscow accused Kyiv of violating the truce": the act charged is what is claimed
            return _phrase(list(act.subtree))
        if not comps and lemma in PLAIN_SAYING:
            # "Trump said when he arrived that the deal was off": the clause "that" opens, which the
            # parser hung on the adverbial clause between
            comps = [g for c in token.children if c.dep_ == "advcl" and c.i > token.i and not self.lex.is_cue(c)
                     and any(w.dep_ in ("advmod", "mark") and w.lower_ in ("when", "after", "before", "as", "while")
                             for w in c.children)
                     for g in c.children if g.dep_ == "ccomp" and g.i > c.i
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)][:1]
            # "Trump said after the convention he would not accept …": a clause of its own the
            # parser hung on the verb as an adverbial one, with no word that makes it one
            openers = SUBORDINATORS | CLAUSE_OPENERS
            comps = comps or [
                c for c in token.children if c.dep_ == "advcl" and c.i > token.i and c.pos_ in ("VERB", "AUX")
                and _has_subject(c) and not any(g.dep_ in ("mark", "advmod") and g.i < c.i and g.lower_ in openers
                                                for g in c.children)]
        stolen = _stolen_clause(token, self.lex.is_speech)
        if stolen is not None:
            # "Warren told Stumpf, after he admitted under questioning he hadn’t been held
            # accountable": the clause the parser hung on "told" is what "admitted" reports
            return _phrase([t for t in stolen.subtree if t.i > token.right_edge.i])
        if not comps and lemma in self.lex.describe:
            comps = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                     for o in c.children if o.dep_ == "pobj"] or [
                # ("described the plan as 'a disaster'" with "as" hung on the object)
                # (not "such as": "criticized deals such as NAFTA" gives examples)
                o for c in token.children if c.dep_ == "dobj" for a in c.children
                if a.dep_ == "prep" and a.lower_ == "as" and not any(g.lower_ == "such" for g in a.children)
                for o in a.children if o.dep_ == "pobj"] or [
                # "what Turnbull called North Korea's 'reckless' actions": the name given, when it
                # quotes the speaker's words (without quotation marks it is the writer's summary)
                c for c in token.children if c.dep_ == "oprd"
                and any(t.text in OPENING_MARKS for t in c.subtree)] or [
                # "dubbed his rival 'Little Marco'": the name given, read as the object's apposition
                a for c in token.children if c.dep_ == "dobj" for a in c.children
                if a.dep_ == "appos" and a.i > c.i and (any(t.text in OPENING_MARKS for t in a.subtree)
                                                        or doc[a.left_edge.i - 1].text in OPENING_MARKS)] or [
                # "hailed Trump as 'The Comeback Kid'" with "as" hung elsewhere: the quoted name right
                # after the object
                o for c in token.children if c.dep_ == "dobj" and c.right_edge.i + 1 < len(doc)
                and doc[c.right_edge.i + 1].lower_ == "as" for o in doc[c.right_edge.i + 1].children
                if o.dep_ == "pobj" and any(t.text in OPENING_MARKS for t in o.subtree)]
        if not comps and token.dep_ == "parataxis" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
                and (token.head.i < token.i or _set_off(token)) and not _interrupts_quote(token):
            # "One of the areas is Kursk, Putin said, where …": the host clause is reported; so is
            # one the attribution interrupts ("The deal, officials said, would cover …": the
            # span runs over the attribution, as the reader reads it)
            excluded = {t.i for t in token.subtree}
            host = token.head
            while host.i < token.i and host.dep_ == "advcl" and host.head.i > token.i:
                # ("Though the swap went smoothly, she said, replacing him would be …": the parser hung
                # the attribution on the clause before it; the sentence around both is reported)
                host = host.head
            # (a participle clause before the attribution is its circumstance, not content: 'Asked
            # whether he would concede, the nominee said, "I will look at it at the time."')
            excluded |= {t.i for c in host.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
                         and c.right_edge.i < token.left_edge.i for t in c.subtree}
            span = _trim([t for t in host.subtree if t.i not in excluded])
            return [span] if span and _words(host.subtree) >= MIN_INDIRECT_TOKENS else []
        if not comps and (host := _trailing_attribution(token)) is not None:
            # "Russia wants all of Donetsk, the Financial Times reported, quoting an official",
            # "Moscow rejected the plan, state news agency TASS reported": an attribution after
            # the clause that the parser made part of it; the clause before it is reported
            source = familiar_source(token)
            excluded = {t.i for t in (source if source is not None else token if host.i == token.head.i
                                      else token.head).subtree}
            span = _trim([t for t in host.subtree if t.i not in excluded])
            return [span] if span and _words(host.subtree) >= MIN_INDIRECT_TOKENS else []
        if not comps and lemma in PLAIN_SAYING and (fragment := _fragment_before(token)) is not None:
            # "Not a chance, the senator said.", "People like Scott, he said.": words with no verb
            # set before the attribution are what was said
            return [fragment]
        if not comps and (whole := _interrupted_clause(token)) is not None:
            # "Though that transition was seamless, he said, replacing Clinton would be …": the
            # attribution set between commas inside the sentence it reports, whatever the parse
            return [whole]
        spans = []
        taken: set[int] = set()  # tokens an earlier clause took (its predicate hung on the cue)
        for comp in comps:
            if comp.i in taken:
                continue
            # "said X, but that Y": a repeated complementizer marks a second reported clause
            clauses = [comp] + [c for c in comp.children if c.dep_ == "conj"
                                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
            for k, clause in enumerate(clauses):
                if len(clauses) == 1 and self._relayed(clause):
                    continue  # "X's office said he told Trump that …": a relay; the inner report counts
                after = clause.right_edge.i + 1
                if self.lex.is_cue(clause) and after < len(clause.doc) and clause.doc[after].text == ":":
                    continue  # 'X scolded him: "…," she said': an introduction the parser hung on the cue
                others = {t.i for other in clauses[k + 1:] for t in other.subtree} if k == 0 else set()
                # a participle of speech closing the clause is the reporter's next report, not content
                others |= {t.i for p in clause.subtree if p.i > clause.i and self.lex.is_speech(p)
                           and (reporting_verb_above(p, self.lex.is_speech) or p).i == token.i for t in p.subtree}
                # "has said he is open to talks but has insisted that …": a verb of speech with no
                # subject of its own, coordinated in the parse with the reported clause, is the
                # speaker's second report (it gets its own quote), not more content
                # (or an act they commit to: "… until all hostages were returned, and vowed to press on")
                others |= {t.i for c in clause.children if c.dep_ == "conj" and c.i > clause.i and self.lex.is_cue(c)
                           and not _has_subject(c)
                           and any(g.dep_ == "ccomp" or g.dep_ == "xcomp" and any(a.lower_ == "to" for a in g.children)
                                   for g in c.children) for t in c.subtree}
                # "Republicans said they were sure the agency erred and Democrats accused the GOP of
                # …": a verb of speech with a named subject of its own coordinated at the end is
                # another speaker's report, not more content (with the conjunction before it)
                others |= {t.i for c in clause.subtree if c.dep_ == "conj" and c.i > clause.i and self.lex.is_speech(c)
                           and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
                           and c.right_edge.i >= clause.right_edge.i
                           for t in [*c.subtree, *(g for g in c.head.children if g.dep_ == "cc" and g.i < c.i)]}
                # "… it had shot down 48 drones, while Russia's ministry said its forces had …": a
                # contrasting clause with a report of its own is another speaker's, not content
                others |= {t.i for c in clause.subtree if c.dep_ == "advcl" and c.i > clause.i and self.lex.is_cue(c)
                           and any(g.dep_ == "mark" and g.lower_ in CONTRASTING for g in c.children)
                           and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
                           for t in c.subtree}
                # "… until the farm bill got a vote, a threat his own leadership called 'unhelpful'": the
                # writer's summing up of the clause, with another's word for it, is no content
                # (a noun phrase of others: "a man she described as …" may be the speaker's own words)
                others |= {t.i for a in clause.subtree if a.dep_ in ("appos", "npadvmod") and a.pos_ == "NOUN"
                           and a.i > clause.i and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == ","
                           and any(self.lex.is_speech(v) and v.i > a.i and any(
                               g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") for g in v.children)
                                   for v in a.subtree) for t in a.subtree}
                # "Pollsters caution that surveys may understate …, according to an analysis by Pew":
                # the source set off at the end attributes the report (its own quote), no content
                others |= {t.i for a in clause.subtree if a.i > clause.i and self._according(a)
                           and a.doc[a.i - 1].text == "," for t in a.subtree}
                if (lost := _lost_to_the_teller(token, clause)) is not None:
                    others |= {t.i for t in lost.subtree}  # (what the one told was told: above)
                if others and min(others) > clause.i:  # (and the comma before it)
                    others |= {t.i for t in clause.subtree if t.i >= min(others) - 1 and t.is_punct}
                tokens = sorted((t for t in clause.subtree if t.i not in others), key=lambda t: t.i)
                if k == 0 and len(clauses) > 1:
                    tokens = [t for t in tokens if t.i < clauses[1].left_edge.i]
                if k == 0 and lemma not in ADDRESSEE_VERBS \
                        and not _has_subject(clause):
                    # "has said single people and families … would qualify": the clause's subject
                    # read as the cue's object
                    lost = [c for c in token.children if c.dep_ == "dobj" and token.i < c.i < clause.left_edge.i]
                    if lost:
                        tokens = sorted(list(lost[0].subtree) + tokens, key=lambda t: t.i)
                if clause.i < token.i:
                    # 'Ryabkov called the threats "blackmail," TASS reported': a quoted word the parser
                    # hung on the cue after the clause before it is the clause's end
                    stray = [c for c in token.children if c.dep_ in ("dobj", "attr", "oprd")
                             and clause.right_edge.i < c.i < token.i and c.left_edge.text in OPENING_MARKS]
                    if stray:
                        tokens = sorted(tokens + list(stray[0].subtree), key=lambda t: t.i)
                if k == 0 and not any(g.dep_ == "mark" for g in clause.children):
                    tokens = _without_leading_day(tokens, token)
                if k == len(clauses) - 1:
                    while more := _orphan_predicate(tokens, self.lex.is_speech):
                        tokens = tokens + more
                    # the relative clause the parser made a second reported clause is this one's end
                    # ("… three rules in the budget law | that address how …")
                    tokens += [t for r in token.children if r.dep_ == "ccomp" and _relative_after_a_clause(token, r)
                               and r.left_edge.i == tokens[-1].i + 1 for t in r.subtree] if tokens else []
                    taken.update(t.i for t in tokens)
                if _words(tokens) >= MIN_INDIRECT_TOKENS:
                    span = _trim(tokens)
                    if span:
                        spans.append(span)
        return spans

    # ---- pronouns and continuity, in document order
    def _resolve_in_order(self, hits: list[QuoteHit], paragraphs: list[tuple[int, int]],
                          resolver: SpeakerResolver) -> None:
        """Resolve pronoun speakers, then give an unattributed passage the speaker of the
        nearest earlier quote in its paragraph, or of the previous paragraph when the passage
        opens its own (a paragraph that continues the previous speaker)."""
        last: Speaker | None = None
        last_para = -1
        last_hit: QuoteHit | None = None
        last_passage: QuoteHit | None = None  # the last hit with a speaker that is no context hit
        exchange: tuple[Speaker, Speaker] | None = None  # (asker, answerer) of a question answered
        for hit in hits:
            para = _paragraph_index(paragraphs, hit.start)
            spk = hit.speaker
            verb = resolver.text[hit.cue[0]:hit.cue[1]].lower() if hit.cue and hit.kind != "context" else None
            if verb is not None and spk is not None:
                # '"Did you know?" the senator asked. / "No," Stumpf replied.': an exchange, in
                # which a paragraph that is only a question is the asker's ('"Not at all?"'), and one
                # that is only an answer the answerer's ('"Not at all."')
                asked = last_hit is not None and last_hit.cue is not None and last is not None \
                    and resolver.text[last_hit.cue[0]:last_hit.cue[1]].lower() in ASKING_FORMS
                answers = verb in ANSWERING_FORMS or verb in self.lex.back_forms \
                    and re.match(r"\s+back\b", resolver.text[hit.cue[1]:hit.cue[1] + 8]) is not None
                exchange = (last, spk) if answers and asked and para - last_para == 1 \
                    and _other_party(last, spk) else None
            if spk is not None and spk.start is not None and hit.kind in ("direct", "mixed") \
                    and hit.start <= spk.start < hit.end and not hit.extra.get("clause"):
                # words of the quote itself ("a 'human leech who will bleed …'") never speak it
                hit.speaker = spk = None
            if spk is not None and spk.role and spk.start is not None:
                resolver.role_holder(spk)
            if spk is not None and spk.start is not None and spk.actor_id is None:
                resolver.epithet_holder(spk)
            if spk is not None and spk.one_of:
                resolver.same_group(spk)
            if spk is not None and spk.pronoun and spk.actor_id is None:
                # from where the pronoun stands when it comes first ("he accused Zelensky of
                # '…'": not Zelensky, named between the pronoun and the fragment)
                at = hit.start if spk.start is None else min(hit.start, spk.start)
                resolver.resolve_pronoun(spk, at)
            # a few words in quotes with no cue of their own are a term, not speech to pass on
            term = hit.kind == "mixed" and hit.cue is None and len(resolver.text[hit.start:hit.end].split()) < 4
            # a person does not name themselves ('"President Zelensky said last week that he doesn't
            # know where the money is," …' is not Zelensky's): such a passage continues nobody
            # (not the second passage of an interrupted quote, '"…," Trump said. "… I'm not working
            # for Trump."': the attribution between the two passages makes it theirs)
            # (the attribution's own context hit between them changes nothing: '"…," he said in August.
            # "… like Trump?"')
            interrupted = last_passage is not None and para == last_para and last_passage.cue is not None \
                and last_passage.end <= last_passage.cue[0] < hit.start and hit.start - last_passage.end < 150
            term = term or last is not None and last.kind == "person" and not interrupted and any(
                m.actor_id == last.actor_id and hit.start <= m.start < hit.end for m in resolver.actors.mentions)
            term = term or hit.extra.get("agentless", False)
            if spk is None and hit.kind in ("direct", "mixed") and last is not None and para == last_para \
                    and not term:
                hit.speaker = spk = _latest_mention(last, hit.start, resolver)
                between = last_hit.extra.get("interrupting") if last_hit is not None else None
                if between is not None and last_hit.end <= (between.start or -1) < hit.start:
                    hit.speaker = spk = Speaker(between.text, between.start, between.end, last.actor_id,
                                                continued=True, kind=last.kind)
            if spk is None and hit.extra.get("occasion") is not None and (last is None or para - last_para > 1):
                hit.speaker = spk = hit.extra["occasion"]
            if spk is None and hit.extra.get("intro") is not None:
                hit.speaker = spk = hit.extra["intro"]
                if spk.pronoun and spk.actor_id is None:  # "He was blunt. '…'"
                    resolver.resolve_pronoun(spk, spk.start)
            if spk is None and hit.kind in ("direct", "mixed") and last is not None and para - last_para == 1 \
                    and (hit.extra.get("whole_paragraph") or hit.kind == "mixed"
                         and (not last.document or hit.extra.get("about_document"))) and not term:
                # (a document's words run on into a phrase quoted in the next paragraph only when
                # that paragraph still speaks of a document)
                turn = last
                if exchange is not None and hit.extra.get("whole_paragraph"):
                    # (a question is the asker's again, anything else the answerer's)
                    turn = exchange[0] if resolver.text[hit.start:hit.end].rstrip(" ,.\"'”’").endswith("?") \
                        else exchange[1]
                hit.speaker = spk = _latest_mention(turn, hit.start, resolver)
            relative = hit.kind == "context" and spk is not None and spk.text.lower() in ("who", "which", "that") \
                and last is not None and last.end is not None and spk.start is not None \
                and 0 <= spk.start - last.end <= 3
            # ('"We are closed," it read. "…"': an unresolved "it" after its passage goes on too)
            after = spk is not None and spk.start is not None and hit.cue is not None and hit.end <= hit.cue[0]
            if spk is not None and (spk.actor_id or spk.pronoun != "thing" or after) and not relative:
                # (an unresolved "he" still speaks on: '"We will fight," he said. "We will …'
                # is the same mention's, whoever he is; the speaker's own relative clause does
                # not take over: '"…," said one diplomat, who asked not to be named. "…"')
                last, last_para, last_hit = spk, para, hit
                if hit.kind != "context":
                    last_passage = hit
            if spk is not None:
                resolver.note_speaker(hit.start, spk)
            reporter = hit.extra.get("reported_by")
            if reporter is not None and reporter.pronoun and reporter.actor_id is None and reporter.start is not None:
                resolver.resolve_pronoun(reporter, reporter.start)
        text = resolver.text
        for hit, after in reversed(list(zip(hits, hits[1:]))):
            # a quote running over paragraphs leaves its mark open at each paragraph's end and
            # opens it again on the next, where the attribution may come ('"We have balanced the
            # budget …¶"Now we have a choice to make," Pratt said.'): the open paragraph is theirs
            para = _paragraph_index(paragraphs, hit.start)
            if hit.speaker is None and after.speaker is not None and hit.kind == after.kind == "direct" \
                    and hit.start - 1 <= paragraphs[para][0] and text[hit.end:paragraphs[para][1]].strip() == "" \
                    and para + 1 < len(paragraphs) and after.start - 1 <= paragraphs[para + 1][0] < after.start:
                hit.speaker = replace(after.speaker, continued=True)

    # ---- records
    def collect(self, doc: Doc, document: Document, result: Analysis) -> None:
        """Turn hits into Quote records (and group actors) on the Analysis."""
        text = document.text
        known = {a.id for a in result.actors}
        groups = {who.actor_id: who.group for hit in doc._.detente_quotes or []
                  for who in (hit.speaker, hit.extra.get("reported_by")) if who is not None and who.group}
        starts = doc.user_data.get("detente_sentence_starts") or [s.start_char for s in doc.sents]
        for n, hit in enumerate(doc._.detente_quotes or []):
            spk = hit.speaker
            quote = Quote(id=f"{document.id}:q{n + 1}", document_id=document.id, kind=hit.kind,
                          text=text[hit.start:hit.end], start=hit.start, end=hit.end)
            quote.sentence_start, quote.sentence_end = _sentences_around(text, starts, hit.start, hit.end)
            quote.sentence = text[quote.sentence_start:quote.sentence_end]
            if hit.cue:
                quote.cue_start, quote.cue_end = hit.cue
                quote.cue = text[hit.cue[0]:hit.cue[1]]
            reporter = hit.extra.get("reported_by")
            if reporter is not None and reporter.start is not None and (spk is None or reporter.start != spk.start):
                quote.reported_by_text = text[reporter.start:reporter.end]
                quote.reported_by_start, quote.reported_by_end = reporter.start, reporter.end
                quote.reported_by_id = reporter.actor_id
            if spk:
                # (the mention as stored: the models read a non-breaking space as a plain one)
                mention = text[spk.start:spk.end] if spk.start is not None and spk.end is not None else spk.text
                quote.speaker_text, quote.speaker_start, quote.speaker_end = mention, spk.start, spk.end
                quote.speaker_id = spk.actor_id
            for who in (spk, reporter if quote.reported_by_text is not None else None):
                # (a group a pronoun or "who" stands for is one some speaker named: "… McConnell aides
                # acknowledged …. But they emphasized")
                group = who.group or groups.get(who.actor_id or "") if who is not None else None
                if who is not None and who.actor_id and who.actor_id not in known \
                        and (group or who.person or who.actor_id.startswith("group:")):
                    name = group or who.person or who.actor_id.removeprefix("group:").replace("-", " ")
                    result.actors.append(Actor(id=who.actor_id, name=name,
                                               kind="person" if who.person and not group else "group", origin="text"))
                    known.add(who.actor_id)
            result.quotes.append(quote)


def _sentences_around(text: str, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the sentences that a span of the text lies in, without the space around them
    (the span itself where the sentences are not known)."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_left(starts, end)  # the first sentence that starts at or after the end
    begin = starts[first] if first >= 0 else start
    finish = starts[last] if last < len(starts) else len(text)
    begin += len(text[begin:start]) - len(text[begin:start].lstrip())
    finish = max(end, begin + len(text[begin:finish].rstrip()))
    return begin, finish


def _other_party(one: Speaker, other: Speaker) -> bool:
    """Whether two speakers are different people (by actor, else by the words naming them)."""
    if one.actor_id and other.actor_id:
        return one.actor_id != other.actor_id
    return (one.text or "").lower() != (other.text or "").lower()


def _latest_mention(last: Speaker, before: int, resolver: SpeakerResolver) -> Speaker:
    """The continuing speaker, named where the text last names them before the passage, outside
    quotes ("Though she called it 'outrageous,' Clinton restricted her comments … / '…'": Clinton)."""
    start, end = last.start, last.end
    if last.actor_id and last.end is not None:
        for m in resolver.actors.mentions:
            if m.actor_id == last.actor_id and last.end <= m.start and m.end <= before \
                    and not resolver.in_quote(m.start):
                start, end = m.start, m.end
    text = resolver.text[start:end] if start is not None and end is not None else last.text
    return Speaker(text, start, end, last.actor_id, continued=True, kind=last.kind)


def _join_fragments(hits: list[QuoteHit], passages: list[Passage], text: str, sentences: list[Sentence],
                    starts: list[int]) -> list[QuoteHit]:
    """One mixed quote for the quoted fragments of one phrase of reported speech ("condemned the
    test as 'provocative' and a 'grave threat'", "called him a 'liar' who is 'amoral'"), from the
    first opening mark to the last closing one. A fragment that is a clause of its own ("had 'a good
    relationship' and 'the anger dissipates'"), a verb or "that" between them ("would 'love' to meet
    him and that he hoped …"), another cue or a sentence break keeps them apart."""
    marks = {p.start: p for p in passages}
    cues = sorted(h.cue[0] for h in hits if h.cue is not None)
    out: list[QuoteHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == hit.kind == "mixed" and prev.cue is not None \
                and prev.cue == hit.cue and prev.end <= hit.start and "\n" not in text[prev.end:hit.start] \
                and not any(prev.end <= c < hit.start for c in cues):
            sent = _sentence_for(sentences, starts, prev.start)
            # (inside one reported clause a verb between is part of it: "his claim about 'thousands
            # of shootings' in Chicago is 'true'")
            one = prev.extra.get("clause_span") is not None and prev.extra.get("clause_span") == hit.extra.get("clause_span")
            if sent is not None and hit.end <= sent.end + 1 and not _clause_between(sent, prev.end, hit.start, one) \
                    and not _own_clause(sent, hit.start, hit.end):
                first, last = marks.get(prev.start), marks.get(hit.start)
                prev.start = first.open if first is not None else prev.start
                prev.end = last.close + 1 if last is not None else hit.end
                continue
        out.append(hit)
    return out


def _clause_between(sent: Sentence, start: int, end: int, one_clause: bool = False) -> bool:
    """Whether the words between two fragments open another clause: a verb (unless both lie in
    one reported clause), a subject, "that", "because" (not a relative clause: "a 'liar' who is
    'amoral'")."""
    def opens(t: Token) -> bool:
        if t.tag_ in ("WDT", "WP") or t.head.dep_ == "relcl" and t.dep_ in CLAUSE_SUBJECTS:
            return False  # the relative pronoun
        return t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "aux", "auxpass") and not one_clause \
            or t.dep_ == "mark" or t.lower_ == "that" and t.tag_ == "IN" or t.lower_ in SUBORDINATORS \
            or t.dep_ in CLAUSE_SUBJECTS
    return any(start <= sent.offset + t.idx < end and opens(t) for t in sent.doc)


def _own_clause(sent: Sentence, start: int, end: int) -> bool:
    """Whether a fragment is a clause with its own subject ("the anger dissipates quickly")."""
    inside = {t.i for t in sent.doc if start <= sent.offset + t.idx < end}
    heads = [sent.doc[i] for i in inside if (sent.doc[i].head.i not in inside or sent.doc[i].head.i == i)
             and sent.doc[i].dep_ not in ("relcl", "acl")]
    return any(c.dep_ in CLAUSE_SUBJECTS and c.i in inside for h in heads for c in h.children)


def _join_interrupted(hits: list[QuoteHit], text: str) -> list[QuoteHit]:
    """One quote for a passage its own attribution interrupts ('"A," he said. "B."'), the
    convention of PolNeAR and of some newsrooms (`join_interrupted_quotes` in speech.yaml); the
    joined quote runs from A's first word to B's last and keeps A's cue and speaker."""
    out: list[QuoteHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "direct" and hit.kind == "direct" and hit.cue is None \
                and prev.cue is not None and prev.end <= prev.cue[0] < hit.start \
                and hit.start - prev.end < 80 and "\n" not in text[prev.end:hit.start] \
                and (hit.speaker is None or prev.speaker is None or hit.speaker.actor_id == prev.speaker.actor_id):
            prev.end = hit.end
            continue
        out.append(hit)
    return out


# "the so-called 'coalition of the willing'": a name the writer keeps at a distance, nobody's words
SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
NEXT_PASSAGE = re.compile(r"\s*[,:]\s*[\"“‘]")
AS_PUT = re.compile(r"[”\"’']?[,.]?\s*as\s[^.;:\n]{1,60}?\b"
                    r"(?P<verb>put it|said|says|wrote|writes|noted|notes|tweeted|told|declared|remarked|observed)\b",
                    re.I)
STAGE_AT_END = re.compile(r"(?:\s*[(\[][^()\[\]]*[)\]]\.?)+\s*$")
STAGE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\.?\s*")
SUBORDINATORS = {"when", "after", "before", "because", "while", "if", "although", "though", "since", "as", "until"}


def _so_called(text: str, passage: Passage) -> bool:
    """Whether "so-called" stands right before the passage's opening mark."""
    return SO_CALLED.search(text, max(0, passage.open - 12), passage.open) is not None


# plans whose terms "call for" things ("The proposal calls for a 60-day truce"): no speakers
PLAN_NOUNS = {"proposal", "plan", "deal", "agreement", "framework", "roadmap", "offer", "initiative", "blueprint",
              "accord", "truce", "ceasefire", "phase", "bill"}
# verbs of speech that also say a thing goes on or ends ("the war would continue")
ASPECTUAL = {"continue", "conclude"}
# verbs of asking (of `verbs` in speech.yaml): in the passive, their subject is the one expected
# to answer
ASKING = {"ask", "question"}
# prepositions of the time and place of speaking ("said on Monday, '…'")
ADJUNCT_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "from", "aboard", "outside", "inside",
                        "near", "since", "while", "by", "via", "over", "onto", "through"}
# forms of the verbs of a question and of its answer ("… the senator asked. / '…,' Stumpf replied."),
# the answer's those of the verbs that make "he" the one just acted on, and of saying (a cue is
# one token: "fired back" is recorded as "fired")
ASKING_FORMS = {form for verb in ("ask", "press", "wonder", "query", "demand") for form in word_forms(verb)}
ANSWERING_FORMS = {form for verb in (*ANSWERING, "say") for form in word_forms(verb)}
# what a document shows: its object and what the parser hung on the verb after it
SHOWN = {"dobj", "prep", "advmod", "npadvmod", "oprd", "xcomp", "acomp"}
# subordinators of a clause set against the one before ("…, while the ministry said …")
CONTRASTING = {"while", "whereas", "although", "though"}
# things one tells, whose "that" clause says what they are, not what was said to someone
TOLD_THINGS = {"truth", "story", "lie", "tale", "joke", "news", "fact", "secret", "anecdote"}
# auxiliaries of what is yet to be done ("said it would respond …")
MODALS = {"will", "would", "could", "might", "may", "shall", "should", "must", "'ll", "’ll"}
# verbs whose object is who was spoken to ("told reporters", "assured allies"), never the clause's subject
# what makes a clause have a subject of its own ("there" included)
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _told_past_a_relative(cue: Token) -> Token | None:
    """What a verb of telling with no clause of its own told, which the parser hung inside a
    relative clause on the one told: a second clause opened by "that" at the end of a relative
    clause whose verb has its own ("told a man who suggested that some may stay home out of
    frustration | that 'this is not …'", "told a reporter who asked whether … | that …"); not one
    with its own ("urged a man who said that … to leave", "warned a woman who … about …")."""
    for told in (c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i):
        for relative in (c for c in told.children if c.dep_ == "relcl" and c.i > told.i):
            if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("about", "of")
                   for c in cue.children
                   # (the parser may end the lost clause with a clause of the teller's: "that 'this is
                   # … frustrated and not voting | is not a viable strategy'")
                   if not (c.dep_ == "ccomp" and c.left_edge.i == relative.right_edge.i + 1
                           and not any(g.dep_ == "mark" for g in c.children))):
                return None
            own = next((c for c in relative.children if c.dep_ == "ccomp" and c.i > relative.i), None)
            if own is None:
                continue
            # (the last: "… out of doubts that Moscow would keep its word | that '…'")
            lost = [c for c in own.subtree if c.i > own.i and c.dep_ in ("ccomp", "acl", "advcl")
                    and c.right_edge.i >= relative.right_edge.i
                    and c.doc[c.left_edge.i].lower_ == "that" and c.doc[c.left_edge.i].head.i == c.i]
            # (not with an infinitive at its end the parser took from the verb: "urged a man who
            # said that … | to stay calm")
            if lost and not any(t.dep_ in ("xcomp", "advcl") and t.right_edge.i == lost[-1].right_edge.i
                                and any(a.lower_ == "to" for a in t.children) for t in lost[-1].subtree):
                return lost[-1]
    return None


def _lost_to_the_teller(cue: Token, inside: Token) -> Token | None:
    """For a cue in a relative clause on the one told, what the teller told them
    (`_told_past_a_relative`) when it lies at or under `inside`: the teller's, not the cue's."""
    if cue.dep_ != "relcl" or cue.head.dep_ not in ("dobj", "dative") \
            or cue.head.head.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    lost = _told_past_a_relative(cue.head.head)
    if lost is not None and (lost.left_edge.i <= inside.i <= lost.right_edge.i
                             or inside.left_edge.i <= lost.i <= inside.right_edge.i):
        return lost
    return None


def _clause_thief(clause: Token, is_speech) -> Token | None:
    """A verb of speech in a subordinate clause that opens a reported clause without a clause of
    its own ("…, after he admitted under questioning | he hadn’t been held accountable"): the
    parser hung what it reports on the outer cue, with the subordinate clause inside."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for c in clause.children:
        if c.dep_ == "advcl" and c.i < clause.i and is_speech(c) and _has_subject(c) \
                and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children) \
                and subject is not None and subject.left_edge.i == c.right_edge.i + 1 \
                and any(g.dep_ == "mark" for g in c.children):
            return c
    return None


def _stolen_clause(cue: Token, is_speech) -> Token | None:
    """The reported clause a `_clause_thief` cue reports: the clause it sits in."""
    if cue.dep_ != "advcl" or cue.head.dep_ != "ccomp" or not is_speech(cue.head.head):
        return None
    thief = _clause_thief(cue.head, is_speech)
    return cue.head if thief is not None and thief.i == cue.i else None


def _outside_brackets(cue: Token, clause: Token) -> bool:
    """Whether a cue set in brackets has a clause outside them: the sentence around a
    parenthesis is not what it reports ("… stumbling to a van (her campaign later disclosed that
    she has pneumonia)": the parser made the sentence a clause of "disclosed")."""
    doc = cue.doc
    opening = next((t.i for t in reversed(doc[:cue.i]) if t.text in ("(", ")")), None)
    closing = next((t.i for t in doc[cue.i + 1:] if t.text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or closing is None or doc[closing].text != ")":
        return False
    return not opening < clause.left_edge.i <= clause.right_edge.i < closing


def _predicate_of_a_relative(cue: Token, clause: Token) -> bool:
    """A finite verb with no subject right after the cue the parser made the sentence's root: the
    cue's clause is a relative one on the sentence's subject ("Everything Putin says | is a lie"),
    and nothing is reported (not a cue inside a relative clause whose noun is the subject it
    reports of: "a video it said showed Putin in Kursk")."""
    return cue.dep_ == "ROOT" and clause.left_edge.i == cue.i + 1 and clause.tag_ in ("VBZ", "VBD", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _relative_after_a_clause(cue: Token, clause: Token) -> bool:
    """A second 'clause' whose subject is a relative "that" ("said he wants to change provisions
    that address how losses are deducted"): a relative clause on a noun of the first."""
    return any(c.dep_ == "ccomp" and c.i < clause.i for c in cue.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") and c.tag_ == "WDT" for c in clause.children)


def _quote_end(start: int, end: int, cue: tuple[int, int], speaker: Speaker | None, sent: Sentence,
               passages: list[Passage], text: str) -> int:
    """Where a reported clause that opens with a quote ends: at the quote's closing mark, when
    the parser ran the clause on into the attribution after it ('"…," Vice President Joe Biden,
    campaigning in Ohio, said'; '"…," a Trump supporter, Dale Frick, said'): the words after
    the mark hold the speaker or no verb, and the cue comes after them."""
    for p in passages:
        if not (start - 1 <= p.open <= start + 1 and p.close + 1 < end <= cue[0]) or text[p.close - 1] != ",":
            continue
        tail = [t for t in sent.doc if p.close < sent.offset + t.idx < end]
        if speaker is not None and speaker.start is not None and p.close < speaker.start < end \
                or not any(t.pos_ in ("VERB", "AUX") for t in tail):
            return p.close + 1
    return end


def _inverted_condition(clause: Token) -> bool:
    """A condition written with its auxiliary first ("… had he been president", "were it not for
    …"), which the parser may hang on the cue as a second reported clause."""
    first = clause.doc[clause.left_edge.i]
    after = clause.doc[first.i + 1] if first.i + 1 < len(clause.doc) else None
    # (not "hadn’t paid" with the "n’t" taken for a subject)
    return first.lower_ in ("had", "were", "should") and after is not None and after.head.i == clause.i \
        and after.dep_ in ("nsubj", "nsubjpass", "expl") and after.lower_ not in NEGATIONS


def _bare_participle_before(cue: Token, clause: Token) -> bool:
    """A participle with no auxiliary before the cue is a phrase on its subject the parser hung
    there, not a clause it reports ("Officials in Warsaw, now saying the plan is dead, have asked
    for talks"); words in quotation marks are reported all the same ('"Working on it," he said')."""
    return clause.i < cue.i and clause.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children) and not any(
        t.text in OPENING_MARKS for t in cue.doc[clause.left_edge.i:clause.i])


def _phrase(tokens: list[Token]) -> list[tuple[int, int]]:
    """The span of a phrase a cue reports, when it says enough to be a report."""
    span = _trim(sorted(tokens, key=lambda t: t.i))
    return [span] if span and _words(tokens) >= MIN_INDIRECT_TOKENS else []


def _called_for(cue: Token) -> Token | None:
    """What "called for" asks for: the object of its "for" ("called for a moratorium", "called for
    reducing the rate"); not "called on" someone, nor the noun "calls for"."""
    if cue.lemma_.lower() != "call" or cue.pos_ != "VERB":
        return None
    return next((o for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == cue.i + 1
                 for o in c.children if o.dep_ in ("pobj", "pcomp")), None)


def _directive(cue: Token) -> list[Token] | None:
    """The one addressed and the infinitive of what they are asked to do ("urged Republicans to
    join …"): its tokens, or None when the verb has no such object and infinitive, or the asking is
    still to come ("he will ask pollsters to conduct surveys", "plans to ask")."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in cue.children):
        return None
    # (or the one called on: "called on Moscow to agree to a truce")
    addressed = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")
                      and c.lower_ not in ("it", "that", "this") and cue.lemma_ != "call"), None) or next(
        (o for c in cue.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == cue.i + 1 and cue.lemma_ == "call"
         for o in c.children if o.dep_ == "pobj"), None)
    if addressed is None:
        return None
    act = next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > addressed.i
                and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and not _has_subject(c)), None)
    if act is None:
        return None
    tokens = sorted([*addressed.subtree, *act.subtree], key=lambda t: t.i)
    # (not what a dash or a semicolon sets after it: "… to retaliate for the interference -- meddling
    # the congressman said is designed to 'sow discord'")
    cut = next((t.i for t in tokens if t.i > act.i and t.text in ("--", "—", "–", ";", ":")), None)
    return [t for t in tokens if cut is None or t.i < cut]


def _fragment_before(cue: Token) -> tuple[int, int] | None:
    """A phrase with no verb that opens the sentence and ends at the comma before the cue's
    subject ("Not a chance, the senator said."), which the parser hung on the cue: its span."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    # (an object is what was said, unless it is the one told: "…, Zelensky told reporters")
    if subject is None or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and cue.lemma_.lower() not in
                              ADDRESSEE_VERBS for c in cue.children):
        return None
    doc = cue.doc
    if not all(t.is_punct or t.is_space for t in doc[cue.right_edge.i + 1:]):
        return None  # (the attribution interrupts: 'That choice, he wrote, "tells you everything."')
    for c in cue.children:
        if c.dep_ in ("dep", "npadvmod", "intj", "nsubj") and c.i < subject.left_edge.i \
                and all(t.is_punct for t in doc[:c.left_edge.i]) and c.right_edge.i + 1 == subject.left_edge.i - 1 \
                and doc[c.right_edge.i + 1].text == "," and _words(c.subtree) >= 2 \
                and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree):
            return _trim(list(c.subtree))
    return None


def _has_subject(verb: Token) -> bool:
    """A verb with a subject of its own (a curly "n’t" the parser took for one is none)."""
    return any(c.dep_ in CLAUSE_SUBJECTS and not is_negation(c) for c in verb.children)


TIME_WORDS = {*WEEKDAYS, "yesterday", "today", "tonight", "tomorrow"}


def _opens_next(text: str, passage: Passage, sent: Sentence, cue: Token) -> bool:
    """'"… I was just kidding." To which she said, "Thank God …"': a passage that ends its own
    sentence is not attributed by a cue after it that opens the next passage."""
    return text[passage.start:passage.end].rstrip().endswith(".") \
        and NEXT_PASSAGE.match(text, sent.offset + cue.idx + len(cue.text)) is not None


def _reduced_relative(token: Token) -> bool:
    """A participle the parser read as a verb with a clause ("the Black Sea deal announced Tuesday
    could only be implemented …"): a thing for subject and a 'clause' with no subject of its own
    (or a day for subject) right after it."""
    if token.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in token.children) \
            or not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in token.children):
        return False
    doc = token.doc
    for comp in (c for c in token.children if c.dep_ == "ccomp" and c.i > token.i):
        subjects = [g for g in comp.children if g.dep_ in CLAUSE_SUBJECTS]
        first = comp.left_edge.i
        if any(g.lower_ not in TIME_WORDS for g in subjects):
            continue
        # nothing but a day between the participle and the verb group it was read as reporting
        if all(t.lower_ in TIME_WORDS or t.dep_ in ("npadvmod", "advmod") for t in doc[token.i + 1:first]) \
                and (subjects or doc[first].dep_ in ("aux", "auxpass")):
            return True
    return False


def _orphan_predicate(tokens: list[Token], is_speech) -> list[Token]:
    """The rest of a reported clause the parser hung elsewhere, taken with its verb's words up to
    the next punctuation: an auxiliary right after the clause whose verb has no subject ("… saying
    the plane believed to be carrying Witkoff | had left Moscow"); a verb right after it with no
    subject, hung on the cue, when the clause's verb was a participle misread ("say that the troops
    deployed to Ukraine | only include …"); a second clause of the cue right after it with no
    subject or "that" ("… will never recognise | occupied territories …"). A verb of speech is a
    report of its own ("said they are convinced the ministry erred and Democrats accused …")."""
    if not tokens:
        return []
    doc = tokens[-1].doc
    nxt = tokens[-1].i + 1
    if nxt < len(doc) and doc[nxt].dep_ in ("aux", "auxpass") and doc[nxt].lower_ not in ("to",):
        verb = doc[nxt].head
        if verb.i <= nxt:
            return []
    else:
        # "say that the troops deployed to Ukraine | only include volunteers": the participle read
        # as the clause's verb, and its real verb, with no subject, hung on the cue
        verb = next((t for t in doc[nxt:nxt + 3] if t.dep_ != "advmod"), None)
        if verb is None or verb.dep_ not in ("conj", "ccomp") or any(doc[k].dep_ != "advmod" for k in range(nxt, verb.i)):
            return []
        split_off = verb.dep_ == "ccomp" and verb.i == nxt and verb.tag_.startswith("VB") \
            and not any(c.dep_ == "mark" for c in verb.children)
        # ("has said that Ukraine will never recognise | occupied territories as Russian": the
        # clause's object read as a second clause of the cue, with no subject or "that" of its own)
        if not split_off and (verb.tag_ not in ("VBP", "VBZ", "VBD") or not any(
                t.tag_ in ("VBD", "VBN") and t.dep_ == "ccomp"
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children) for t in tokens)):
            return []
    if _has_subject(verb) or is_speech(verb) or verb in tokens or tokens[0] in verb.subtree or verb.head in tokens:
        return []  # (a verb hung on the clause itself was left out on purpose)
    out = []
    for t in doc[nxt:verb.right_edge.i + 1]:
        # (not a possessive, "generals’ hands", nor a quotation mark: "were 'premature'")
        if t.is_punct and t.i > verb.i and t.dep_ != "case" and t.text not in OPENING_MARKS | CLOSING_MARKS:
            break
        out.append(t)
    return out


def _named_then_quoted(obj: Token) -> bool:
    """An object that names someone or something and then gives quoted words for it ("calls
    Obamacare 'crazy system'", "called Putin 'a liar'"), not a quoted object ("a 'special meeting'")."""
    doc = obj.doc
    tokens = list(obj.subtree)
    after = obj.right_edge.i + 1
    marks = [t.i for t in tokens if t.text in OPENING_MARKS]
    if after < len(doc) and doc[after].text in OPENING_MARKS or marks and marks[0] > obj.i:
        return True  # (quoted words after the thing named: "called the offer 'an insult'")
    # a name, a pronoun, or a noun the parser hung on the quoted words that opens a phrase of its
    # own ("calls people 'cowards'"; "call an emergency 'summit'" is one phrase: convening)
    opened = min((c.i for c in obj.children if c.dep_ in ("det", "poss", "nummod")), default=obj.i)
    return bool(marks) and any((t.pos_ in ("PROPN", "PRON") or t.dep_ == "nmod" and t.i < opened)
                               and t.i < marks[0] for t in tokens)


def _trailing_attribution(cue: Token) -> Token | None:
    """The clause an attribution after it reports, where the parser hung the attribution inside
    it: a cue with a subject of its own and nothing it reports, after a comma at the end of the
    clause, read as the clause's complement ("…, the Financial Times reported, quoting …") or as a
    relative clause on a name ("…, state news agency TASS reported"). None otherwise."""
    doc = cue.doc
    source = familiar_source(cue)
    if source is not None and source.dep_ == "appos" and source.head.i < source.i \
            and doc[source.left_edge.i - 1].text == ",":
        # "Washington is weighing new sanctions, two sources familiar with the discussions told
        # Reuters, speaking on condition of anonymity": the parser set the sources in apposition
        # to the clause's object and the cue on the discussions; the clause is reported
        host = source.head
        while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
            host = host.head
        return host if host.pos_ in ("VERB", "AUX") else None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children) \
            or not all(t.is_punct for t in doc[cue.right_edge.i + 1:]) and doc[cue.right_edge.i + 1].text != ",":
        return None
    if cue.dep_ == "ccomp" and cue.head.i < cue.i and doc[subject.left_edge.i - 1].text == ",":
        return cue.head
    noun = cue.head
    # (the name right after the noun it names: not "a charge that Ukraine's General Staff denied")
    if cue.dep_ == "relcl" and subject.i == cue.i - 1 and subject.pos_ == "PROPN" \
            and noun.i == subject.left_edge.i - 1 \
            and noun.dep_ in ("npadvmod", "appos") and noun.head.i < noun.i \
            and "," in (doc[noun.left_edge.i].text, doc[noun.left_edge.i - 1].text):
        # (hung on the clause's subject, "The talks will resume on Friday, the state news agency TASS
        # reported": the clause)
        return noun.head.head if noun.head.dep_ in ("nsubj", "nsubjpass") and noun.head.head.i > noun.head.i \
            else noun.head
    if cue.dep_ == "relcl" and subject.i == cue.i - 1 and subject.pos_ == "PROPN" \
            and noun.i == subject.left_edge.i - 1 and noun.dep_ in ("nsubj", "nsubjpass") \
            and doc[noun.left_edge.i - 1].text == "," and doc[cue.right_edge.i + 1].text == "," \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.left_edge.i for c in noun.head.children):
        # (set in the clause, between its subject and its verb, "The talks, the state news agency TASS
        # reported, will resume on Friday", with the source read as a second subject: the clause)
        return noun.head
    return None


def _interrupted_clause(cue: Token) -> tuple[int, int] | None:
    """The sentence an attribution interrupts ("…, he said, …"): the cue is the root (or hung on a
    clause beside it as a parataxis), its subject a pronoun or name right before it, a comma before
    the subject and one right after the cue, and words on both sides; no quotation mark in the
    sentence (the passages attribute those). The span runs from the sentence's first word to its
    last, over the attribution."""
    doc = cue.doc
    subject = doc[cue.i - 1] if cue.i > 0 else None
    if cue.dep_ not in ("ROOT", "parataxis") or subject is None or subject.dep_ != "nsubj" or subject.i < 3 \
            or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they")) \
            or doc[subject.i - 1].text != "," or cue.i + 3 >= len(doc) or doc[cue.i + 1].text != "," \
            or any(t.text in OPENING_MARKS or t.text in CLOSING_MARKS for t in doc):
        return None
    rest = [t for t in doc[cue.i + 2:] if not t.is_punct]
    if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return _trim(list(doc))


def _set_off(cue: Token) -> bool:
    """An attribution between commas inside the clause it reports ("The deal, officials said,
    would …"): the clause has words on both sides of it."""
    sub = sorted(cue.subtree, key=lambda t: t.i)
    host = cue.head
    return sub[0].text == "," and sub[-1].text == "," and host.left_edge.i < sub[0].i and host.i > sub[-1].i


def _interrupts_quote(cue: Token) -> bool:
    """An attribution between the two passages of one direct quote ('"We," she said, "are done."'):
    the clause around it opens with a quotation mark and a mark closes right before it. Its passages
    are attributed from the passage side, as direct quotes, not as fragments of a reported clause."""
    doc = cue.doc
    first = cue.left_edge.i
    before = [t for t in doc[max(0, first - 2):first + 2] if t.i < cue.i and t.is_punct]
    return doc[cue.head.left_edge.i].text in OPENING_MARKS and any(
        t.text in CLOSING_MARKS and doc[t.i - 1].text == "," for t in before if t.i > 0)


# verbs of plain saying, whose reported clause the parser may hang on them as an adverbial one
PLAIN_SAYING = {"say", "tell", "add", "claim", "insist", "argue", "note", "write", "assert", "state"}
# words that open an adverbial clause, besides the subordinators
CLAUSE_OPENERS = {"where", "unless", "once", "whether", "so"}
# verbs of consent that report an opinion ("Putin agreed that the talks were useful")
CONSENT = {"agree"}
# verbs of saying that, negated, report nothing ("did not say who", "would not disclose where");
# "did not deny that …", "never doubted that …" still report
NOT_SAID = {"say", "tell", "disclose", "reveal", "specify", "elaborate", "explain", "mention", "comment", "announce",
            "confirm", "detail", "write", "add", "answer", "note", "acknowledge", "state", "report", "indicate",
            "show"}
# a speaker's label opening a transcript's turn: capitals ("PUTIN:", "MODERATOR:") or a name of a few
# capitalised words ("Vladimir Putin:", "Question:")
# ("JAKE TAPPER, CNN HOST:": a name in capitals may carry its role in capitals after a comma)
TURN = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
                  r"(?=(?:, [A-Z][A-Z0-9.'’&-]*(?: [A-Z0-9][A-Z0-9.'’&-]*){0,5})?:)"
                  r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?=:))(?:, [^:\n]+)?:[ \t]+(?=\S)")
# a clause about someone's words that introduces them ("Putin's message was blunt —")
INTRODUCED_WORDS = re.compile(r"\b(?:was|is|came)\b[^—–:]*[—–:]\s*$")
# a headline that reports: who, a verb of saying in title case, what was said
_WHO = r"(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5}?)"
_SAYS = r"(?P<cue>(?:Say|Tell|Warn|Claim|Insist|Urge|Vow|Predict|Admit|Den(?:y|ie))s?|Said|Told|Warned|Calls? for)"
HEADLINE_REPORT = re.compile(rf"{_WHO} {_SAYS} (?P<said>\S.{{8,}}?)\.?")
# … or with the attribution after ("Trump Could Win Over Clean Energy Voters, Graham Says")
HEADLINE_REPORT_AFTER = re.compile(rf"(?P<said>\S.{{8,}}?), {_WHO} {_SAYS}\.?")
# the line that signs an embedded post: "— Ana Ruiz (@anaruiz) May 4, 2025"
POST_SIGNATURE = re.compile(r"[―—–-]+\s?\xa0?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*\(@\w+\)")
POST_SIGNED_AT_END = re.compile(POST_SIGNATURE.pattern + r"[^\n()]{0,40}$")
# the link or picture address that closes a post
POST_LINK = re.compile(r"\s*(?:(?:https?://|pic\.twitter\.com/|t\.co/)\S+\s*)+$")
# an interview's question and answer labels ("Q: …", "A. …")
QA_TURN = re.compile(r"([QA])[:.][ \t]+(?=\S)")
ANSWER_LABELS = {"A", "ANSWER", "Answer"}
# who an interview is with ("The interview with Jane Moreno … has been edited"): whose the answers are
INTERVIEWEE = re.compile(r"\b(?:interview|conversation|Q&A|exchange)\s+with\s+", re.I)
# a person's name of two to four capitalised words ("Jane Moreno", "Ana M. de Souza" aside)
FULL_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}\b")
# labels that open a paragraph and name no speaker
NOT_SPEAKER_LABELS = set(load_mapping("lexicon/labels.yaml")["editorial"])
# verbs of not doing what their infinitive says ("declined to say", "refused to confirm")
DECLINING = {"decline", "refuse", "fail"}
# the speaker's shares of people, and quantities that head a share ("most of the voters")
SHARE_HEADS = SHARES | {"%", "most", "many", "some", "few"}


def _share_of_people(subject: Token, people: set[str]) -> bool:
    """'52 percent of registered voters', 'a majority of Americans': a share of people speaks."""
    return subject.lower_ in SHARE_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and (o.lower_ in people or o.tag_ == "NNPS")
                                                   for o in c.children) for c in subject.children)


def _headline_reports(text: str, hits: list[QuoteHit], resolver: SpeakerResolver) -> list[QuoteHit]:
    """A headline that reports ("Lindsey Graham Says Trump Could Win Over Clean Energy Voters"): the
    first paragraph, one line in title case, of a name and a verb of saying and what was said (or
    what was said, then who says it: "…, Lindsey Graham Says."). Reported speech (mixed with a
    quoted part in it), unless a quote already covers its words; a quoted fragment the line holds
    is folded into it."""
    found = []
    for start, end in paragraph_spans(text)[:1]:
        line = text[start:end]
        head = HEADLINE_REPORT_AFTER.fullmatch(line.rstrip()) or HEADLINE_REPORT.fullmatch(line.rstrip())
        words = [w for w in re.findall(r"[\w’'-]+", line) if w.lower() not in TITLE_SMALL_WORDS]
        if head is None or "\n" in line.strip() or len(words) > 20 \
                or sum(w[:1].isupper() or w[:1].isdigit() for w in words) < 0.8 * len(words):
            continue
        c_start, c_end = start + head.start("said"), start + head.end("said")
        inside = [h for h in hits if h.start < c_end and h.end > c_start and h.kind != "context"]
        if any(h.end - h.start > (c_end - c_start) / 2 for h in inside):
            continue  # (a quote of its own already covers the words)
        w_start, w_end = start + head.start("who"), start + head.end("who")
        # who: the speaker a quoted fragment of the line was given, else a person (or the pack actor)
        # the words before the verb end with ("Former White House Doctor" is nobody named)
        speaker = next((h.speaker for h in inside if h.speaker is not None and h.speaker.actor_id), None)
        named = [m for m in resolver.actors.at(w_start, w_end) if m.end == w_end]
        if speaker is None:
            # (a surname the model did not take for a name in the headline: the person the story
            # names in full, "Pence Says …" / "Mike Pence said …")
            speaker = resolver.named(named[-1].start, named[-1].end) if named \
                else Speaker(text[w_start:w_end], w_start, w_end, resolver.by_surname(text[w_start:w_end])
                             if re.fullmatch(r"[A-Z][a-z'’-]+", text[w_start:w_end]) else None)
            speaker.kind = speaker.kind or resolver.kinds.get(speaker.actor_id or "")
        hit = QuoteHit("mixed" if inside else "indirect", c_start, c_end,
                       (start + head.start("cue"), start + head.end("cue")), speaker)
        for h in inside:
            hits.remove(h)
        found.append(hit)
    return found


def _embedded_posts(text: str, passages: list[Passage], resolver: SpeakerResolver) -> list[QuoteHit]:
    """Posts embedded as the platforms print them: the post's paragraph, then a line that signs
    it with the author's name and handle ("— Ana Ruiz (@anaruiz) May 4, 2025"). Each post is a
    direct quote of the one who signs it, with what it quotes inside it (the link that closes a
    post is no part of it); not a paragraph in quotation marks before a signature, which the
    passages attribute."""
    hits = []
    paragraphs = paragraph_spans(text)
    for k, (start, end) in enumerate(paragraphs):
        signed = POST_SIGNATURE.match(text, start, end)
        if signed is not None and k > 0:
            post_start, post_end = paragraphs[k - 1]
        elif (signed := POST_SIGNED_AT_END.search(text, start, end)) is not None and signed.start() > start:
            post_start, post_end = start, signed.start()  # (the post and its signature run together)
        else:
            continue
        trailing = POST_LINK.search(text, post_start, post_end)
        post_end = trailing.start() if trailing is not None else post_end
        if post_end <= post_start or any(p.open <= post_start and p.close >= post_end - 1 for p in passages):
            continue
        hit = QuoteHit("direct", post_start, post_end, extra={"post": True})
        hit.speaker = resolver.named(*signed.span(1))
        hits.append(hit)
    return hits


def _transcript_turns(text: str, passages: list[Passage], resolver: SpeakerResolver) -> list[QuoteHit]:
    """The turns of a transcript without quotation marks: paragraphs opened by a speaker's label
    ("PUTIN: …", "Vladimir Putin: …"), when the document has at least two of them and more than
    one speaker. Each is a direct quote (the speaker's own words) with the label for speaker; a
    turn holding a quotation mark is left to the passages."""
    turns = []
    for start, end in paragraph_spans(text):
        label = TURN.match(text, start, end) or QA_TURN.match(text, start, end)
        if label is None or label.group(1).lower().rstrip(".") in NOT_SPEAKER_LABELS:
            continue
        if any(p.open < end and p.close >= start for p in passages):
            continue
        turns.append((label, end))
    asked = {label.group(1) for label, _ in turns if label.re is QA_TURN}
    if asked not in (set(), {"Q", "A"}) and not (asked == {"Q"} and any(label.re is TURN for label, _ in turns)):
        # ("A. J. Brown said …" opening a paragraph is no answer: an interview has both, or
        # questions put to a speaker who is named: "Q. When?" / "TRUMP: When the audit is done.")
        turns = [(label, end) for label, end in turns if label.re is not QA_TURN]
    if len(turns) < 2 or len({label.group(1).lower() for label, _ in turns}) < 2:
        return []
    hits = []
    people: dict[str, str] = {}  # surname → the person an earlier label of several words named
    # (whom the interview is with: asked once, for every answer)
    interviewee = _interviewee(text, resolver) if any(label.group(1) in ANSWER_LABELS for label, _ in turns) else None
    for label, end in turns:
        # (a stage direction that closes the turn is no part of it: "We'll see what happens. (Laughter.)")
        words = STAGE_AT_END.sub("", text[label.end():end])
        end = label.end() + len(words) if words.strip() else end
        hit = QuoteHit("direct", label.end(), end)
        name = label.group(1)
        # ("SEN. MARCO RUBIO:": the name after the title)
        words = name.split()
        titled = False  # ("DR. OZ:": a title before one name is a person's all the same)
        while len(words) > 1 and (words[0].endswith(".") or words[0].lower() in resolver.roles):
            words, titled = words[1:], True
        bare = " ".join(words)
        found = resolver.lookup(bare) if resolver.lookup else None  # (case aside: "PUTIN")
        if name in ANSWER_LABELS and interviewee is not None:
            # ("A: …" in "an interview with Jane Moreno": hers)
            hit.speaker = Speaker(name, label.start(1), label.end(1), interviewee[0], kind="person",
                                  person=interviewee[1])
        elif name.lower() in NAMELESS_LABELS:
            hit.speaker = Speaker(name, label.start(1), label.end(1), None)  # "QUESTION:": nobody named
        elif found:
            # ("PUTIN:": the pack's person, not a new actor the recogniser made of the capitals)
            hit.speaker = Speaker(name, label.start(1), label.end(1), found[0], kind=resolver.kinds.get(found[0]))
        else:
            hit.speaker = resolver.named(label.start(1), label.end(1))
            if hit.speaker.actor_id is None and titled:
                # ("DR. OZ:" after "Dr. Mehmet Oz": the person the name after the title is)
                hit.speaker.actor_id = resolver.named(label.end(1) - len(bare), label.end(1)).actor_id
                hit.speaker.kind = resolver.kinds.get(hit.speaker.actor_id or "")
            if hit.speaker.actor_id is None and (len(words) > 1 or titled):
                # a turn's label of two or more words is a person's name, as a signature is
                person = bare.title() if bare.isupper() else bare
                hit.speaker.actor_id, hit.speaker.kind, hit.speaker.person = slugify(person), "person", person
            elif hit.speaker.actor_id is None and name.lower() in people:
                # ("CHUCK TODD: …" then "TODD: …": the same person)
                hit.speaker.actor_id, hit.speaker.kind = people[name.lower()], "person"
            elif hit.speaker.actor_id is None and name.isalpha() and name.isupper() and len(name) > 2 \
                    and name.lower() not in resolver.roles:
                # ("HOLT: …", a surname the transcript never gives in full: the person of that name,
                # as "MR. HOLT:" is)
                person = name.title()
                hit.speaker.actor_id, hit.speaker.kind, hit.speaker.person = slugify(person), "person", person
        if hit.speaker.actor_id and hit.speaker.kind == "person" and (len(words) > 1 or titled):
            people.setdefault(words[-1].lower(), hit.speaker.actor_id)
        hits.append(hit)
    return hits


def _interviewee(text: str, resolver: SpeakerResolver) -> tuple[str, str | None] | None:
    """The person an interview is with, named right after "interview with" (or "conversation
    with", "Q&A with") anywhere in the document: their actor, and their name when no actor
    mention covers it (two to four capitalised words, as a signature's); None when nobody is."""
    for found in INTERVIEWEE.finditer(text):
        named = next((m.actor_id for m in resolver.actors.mentions if m.start == found.end()), None)
        if named is not None and resolver.kinds.get(named) == "person":
            return named, None
        name = FULL_NAME.match(text, found.end())
        if named is None and name is not None and name.group(0).split()[0] not in ("The", "A", "An"):
            # (not an outlet: "an interview with The Associated Press")
            return slugify(name.group(0)), name.group(0)
    return None


def _nothing_said(token: Token, counts=lambda negation: True) -> bool:
    """A verb of saying whose act did not happen: negated ("did not say who", "would not disclose
    where"; a negation `counts` may pass over, such as one inside a quote) or declined ("declined
    to say whether", "refused to confirm that")."""
    return token.lemma_.lower() in NOT_SAID and (
        any(is_negation(c) and counts(c) for c in token.children)
        or token.dep_ == "xcomp" and token.head.lemma_.lower() in DECLINING)


def _act_to_come(cue: Token, is_cue) -> bool:
    """A verb of speech in the future or a modal inside what another cue reports, with no clause of
    its own ("said it would respond 'firmly' to any new duties"): an act announced, not a report;
    the words are the outer cue's."""
    return cue.dep_ in ("ccomp", "xcomp") and is_cue(cue.head) \
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in cue.children) \
        and not any(c.dep_ == "ccomp" for c in cue.children)


def _impersonal(cue: Token) -> bool:
    """A cue in an infinitive or gerund on "it is" and an adjective ("It is important to note that
    …", "it's safe to say", "It is worth noting"): the writer's own remark, nobody's report."""
    if cue.dep_ != "xcomp":
        return False
    verb = cue.head.head if cue.head.pos_ == "ADJ" and cue.head.dep_ in ("acomp", "oprd") else cue.head
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)


def _without_leading_day(tokens: list[Token], cue: Token) -> list[Token]:
    """A reported clause without "that" the parser began with the day right after the cue
    ("said on Tuesday it had accepted", "said on Monday Ukraine would attend"): the day it was
    said, not what was (not a day the clause owns: "said Tuesday's vote was fair")."""
    lead = []
    for t in tokens:
        if t.i != (lead[-1].i + 1 if lead else t.i) or not (is_date(t) or t.lower_ in DAY_WORDS):
            break
        lead.append(t)
    if not lead or not any(is_date(t) for t in lead) or lead[0].i - 1 not in {cue.i, *(t.i for t in cue.rights)} \
            or lead[-1].i + 1 >= len(cue.doc) or cue.doc[lead[-1].i + 1].tag_ == "POS" \
            or not any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens if t.i > lead[-1].i):
        return tokens
    return [t for t in tokens if t.i > lead[-1].i]


def _trim(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = [t for t in tokens]
    if len(tokens) > 2 and tokens[0].lower_ in NOT_SPEAKER_LABELS and tokens[1].text == ":":
        tokens = tokens[2:]  # ("Note: the talks were postponed, officials said": not the label)
    # (a complementizer or a conjunction, not a demonstrative opening the sentence: "That, the
    # minister insisted, was a lie")
    while tokens and (tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].lower_ in ("that", "and", "but", "as") and not (
                          tokens[0].dep_ in ("nsubj", "nsubjpass", "det")
                          and all(t.is_punct for t in tokens[0].doc[:tokens[0].i]))):
        tokens = tokens[1:]
    whole = tokens
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    # (a closing mark whose opening one the span holds stays: 'dubbed the threats "blackmail"')
    after = whole[len(tokens)] if len(whole) > len(tokens) else None
    if after is not None and after.text in ('"', "”", "»") and _open_mark(tokens):
        tokens = [*tokens, after]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _open_mark(tokens: list[Token]) -> bool:
    """Whether double quotation marks opened among the tokens are not all closed."""
    straight = sum(t.text == '"' for t in tokens)
    curly = sum(t.text in ("“", "«") for t in tokens) - sum(t.text in ("”", "»") for t in tokens)
    return straight % 2 == 1 or curly > 0


def _weak(speaker: Speaker | None) -> bool:
    """A speaker that names nobody: none, or 'it'/'this' standing for a thing."""
    return speaker is None or speaker.pronoun == "thing" or speaker.actor_id is None and speaker.pronoun is None \
        and not speaker.group and speaker.kind is None and not speaker.text[:1].isupper() and speaker.role is None


# what stands between a closing mark and the verb of speech right after it: a subject ('"…," he said')
SUBJECT_BETWEEN = re.compile(r"\s*(?:[A-Za-z.’'-]+\s+){1,4}")


def _is_title(text: str, start: int, end: int) -> bool:
    """A quoted name, not speech: every word capitalised ("Face the Nation", "Lyin' Ted"), unless
    the line around it capitalises every word too (a headline: 'Clinton Says Reform Must Come "From
    The Industry Itself"' quotes her)."""
    if not _capitalised(text[start:end], 6):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    around = re.sub(r"[\"“”‘’«»]", " ", text[line_start:max(line_start, start - 1)] + " " + text[end + 1:line_end])
    return not (len([w for w in around.split() if w[:1].isalpha()]) >= 4 and _capitalised(around, None))


def _capitalised(text: str, most: int | None) -> bool:
    words = [w for w in text.strip(" ,.!?;:").split() if w.lower() not in TITLE_SMALL_WORDS]
    return 0 < len(words) <= (most or len(words)) and all(w[0].isupper() or not w[0].isalpha() for w in words) \
        and any(w[0].isupper() for w in words) and not text.strip().endswith(("!", "?"))


def _words(tokens) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def _covered(start: int, end: int, passages: list[Passage]) -> float:
    inside = sum(min(p.end, end) - max(p.start, start) for p in passages)
    return inside / max(1, end - start)


def _sentence_for(sentences: list[Sentence], starts: list[int], char: int) -> Sentence | None:
    i = bisect.bisect_right(starts, char) - 1
    if i >= 0 and sentences[i].offset <= char < sentences[i].end + 1:
        return sentences[i]
    return None


def _paragraph_index(paragraphs: list[tuple[int, int]], char: int) -> int:
    return max(0, bisect.bisect_right([p[0] for p in paragraphs], char) - 1)


