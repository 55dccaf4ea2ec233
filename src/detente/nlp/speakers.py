"""Speaker resolution: from a cue's grammatical subject to an actor.

Names resolve through actor mentions; organisations and metonyms likewise ("the Kremlin");
plural group nouns become group actors ("experts", "Ukraine’s backers"); pronouns resolve
in document order to the last speaker, unless a person opened a sentence since.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

from detente.nlp.actors import (DocActors, MentionSpan, after_unnamed_plural, slugify, strip_possessive,
                                 title_phrase, written_lowercase)
from detente.nlp.dates import WEEKDAYS
from detente.nlp.parse import NEGATIONS, familiar_source, sentence_text
from detente.nlp.passages import SpanIndex
from detente.resources import load_mapping

__all__ = ["DOCUMENT_SPEAKERS", "Speaker", "SpeakerResolver", "is_date", "misread_aside", "reporting_verb_above",
           "words_of"]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INTRO = re.compile(r"\s*([A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3})\s(?:also\s|then\s|later\s)?"
                   r"(?:said|says|reports|reported|wrote|writes|added|adds|continued|continues|concluded|"
                   r"told [\w ]{1,30}|asked|explained|declared|tweeted|posted|put it)\b[^:\n]{0,40}:$")
# a role's words introduced by a colon ("The mayor's message was blunt:")
ROLE_WORDS = re.compile(r"\s*((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?([a-z]+))['’]s\s+(?:own\s+|final\s+|latest\s+)?"
                        r"(?:message|statement|reply|response|answer|verdict|words|remarks?|comment|warning)\b[^:\n]{0,40}:$")
DOCUMENT_LABEL = re.compile(r"\s*((?:[A-Z][\w-]*\s){0,2}([A-Za-z]+)):")
# (or who says it and to whom: "Sanders to Millennials: Clinton Is 'Far and Away' the Better Choice")
HEADLINE_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})(?: to (?:[A-Z][\w.'’-]+ ?){1,3})?:\s")
LABEL = re.compile(r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s")
# (a middle initial with no full stop too: "― Ana M Ruiz")
BYLINE = re.compile(r"[\s\.]{0,3}[―—–-]{1,2}\s?\xa0?"
                    r"([A-Z][\w.'’-]+(?: (?:(?:of|for|the) ){0,2}[A-Z][\w.'’-]*){0,4})")
# the same at a paragraph's end, a place after it at most ("― Ana Ruiz, Kharkiv")
SIGNATURE = re.compile(r"\s[―—]\s?\xa0?([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){1,3})"
                       r"(?:, [A-Z][\w .'’-]{0,40})?[.\s]*$")
# a participle or coordinated cue ("…, saying", "and added") takes its head's subject;
# a noun-modifying participle ("the deal announced Tuesday") has no speaker
SPOKES = {"office", "spokesman", "spokeswoman", "spokesperson", "campaign", "press"}
# lowercase words before a role noun that make it another office ("deputy foreign minister")
OFFICE_WORDS = {"deputy", "vice", "foreign", "defence", "defense", "prime", "first", "interior", "finance",
                "justice", "economy", "energy", "health", "assistant", "associate", "acting", "former"}
# runs of capitalised words ("United States", "Mexican", "U.S.")
CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’.-]*")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# plurals without the ending -s ("People say", "Police said")
IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "staff", "personnel", "clergy", "media",
                     "data", "folk", "crew", "militia", "youth", "public", "faithful", "elderly", "cattle"}
# a sentence that opens with people of a state ("Russian negotiators …", "The Ukrainian officials …")
PEOPLE_OF = re.compile(r"(?:The\s+)?([A-Z][\w-]+)\s+(?:[a-z-]+\s+)?[a-z]+s\b(?!\s+and\b)")
# "to X," right before a quote, opening a clause: in X's view ("because to her, '…'")
VIEWPOINT = re.compile(r"(?:^|[.;:]\s+|\b(?:because|but|and|that|yet|while)\s+)[Tt]o\s+"
                       r"(him|her|them|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}),\s*$")
# a plural noun, with a word or two before it, opening a sentence ("Western diplomats were …")
GROUP_OPENING = re.compile(r"(?:(?:But|And|Yet|Still|Meanwhile|However|Now|Then|So),?\s+)?"
                           r"(?:[Tt]he\s+|Many\s+|Some\s+)?((?:[\w-]+\s+){0,2}?([A-Za-z]+s))\b"
                           r"(?!\s+(?:of|and|or|in|at|from)\b)")
# nouns that refer back to the last actor of a kind ("Hamas said … The group added")
KIND_NOUNS = {"group": ("group", "organization"), "organization": ("organization", "group"),
              "organisation": ("organization", "group"), "movement": ("group", "organization"),
              "alliance": ("organization",), "bloc": ("organization",)}
# a person's office or campaign right after their name ("Ryan's office", "the Clinton campaign")
INSTITUTION_AFTER = re.compile(r"(?:['’]s?)?\s+(?:office|campaign|press office|administration|"
                               r"statement|letter|memo|post|tweet|readout)\b")
# prepositions whose object a gerund after it may have for subject ("despite officials saying …")
GERUND_PREPOSITIONS = {"despite", "with", "amid", "after", "before", "without", "notwithstanding"}
CLIMB_DEPS = ("advcl", "xcomp", "conj", "ccomp", "pcomp", "relcl", "dep")
PLACE_PREPS = ("in", "on", "at", "from")
PLACE_TYPES = ("GPE", "LOC", "FAC")
CORE_LEFT_DEPS = ("compound", "det", "poss", "amod", "nmod", "flat", "nummod", "case", "punct",
                  "nn", "quantmod", "npadvmod")
# institutions that stand in a place other than their own state's ("the embassy in Washington")
STATIONED = {"embassy", "consulate", "mission", "office", "delegation", "team", "company", "firm", "bank",
             "newspaper", "network", "broadcaster", "agency", "union", "campaign"}
# someone's words right before a quote that gives them ("Putin's words –", "Zelensky's reply:")
POSSESSED_WORDS = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*|[Tt]he\s+(?:[\w-]+\s+)?([a-z]+))['’]s\s+"
    r"(?:own\s+|latest\s+|final\s+|terse\s+|blunt\s+)?"
    r"(?:words|remarks?|comments?|message|statement|warning|promise|pledge|vow|reply|response|answer|verdict|"
    r"retort|slogan|motto|post|tweet)(?:\s*[–—:,(?-]?|\s+(?:was|is|came)\b[^:—–\n“”\"]{0,30}[:—–])\s*$")
# nouns of a source left unnamed ("a senior official", "one diplomat"), whom "the official" refers back to
ANONYMOUS_SOURCES = {"official", "diplomat", "source", "aide", "adviser", "advisor", "officer", "negotiator",
                     "insider", "person", "spokesperson", "spokesman", "spokeswoman", "lawmaker", "member"}
# verbs of answering someone: their pronoun subject is the one just acted on ("He responded")
ANSWERING = {"respond", "reply", "answer", "retort", "counter", "rebut"}
# verbs of asking someone, whose participle makes an aside ("Pence, asked about the tape, said")
ASIDE_VERBS = {"ask", "press", "question", "quiz", "challenge", "confront", "push"}
# verbs whose agent wrote a document ("a letter signed by 50 former officials"; not data "gathered by
# monitors", which speaks for no group)
AUTHORING = {"sign", "cosign", "co-sign", "write", "author", "pen", "draft", "send", "issue"}
# verbs whose agent has a document without having issued it
HOLDERS_OF_A_DOCUMENT = {"obtain", "see", "review", "receive", "acquire", "get", "read", "examine", "find"}
# one person nobody names, opening a sentence ("The mayor, a Democrat who backs Clinton, disagreed.",
# "A woman in the crowd shouted"): the "he" or "she" right after is that person, not a name in the aside
_PERSONS = load_mapping("lexicon/roles.yaml")
PERSON_NOUNS = {w for w in _PERSONS["roles"] if " " not in w} | set(_PERSONS["persons"])
NOUN_GENDER = {**{w: "m" for w in _PERSONS["male"]}, **{w: "f" for w in _PERSONS["female"]}}
EPITHETS = set(_PERSONS["epithets"])
PARTY_WORDS = set(_PERSONS["party_words"])
OFFICES = set(_PERSONS["offices"])
STANDINGS = set(_PERSONS["standings"])
# a conjunction or adverb that may open the sentence before its subject ("But the mayor …")
SENTENCE_OPENER = r"(?:(?:But|And|Yet|Still|Then),?\s+)?"
DESCRIBED = re.compile(SENTENCE_OPENER + r"(?:The|A|An|One|His|Her|Their)\s+"
                       r"((?:[\w-]+\s+){0,3}?([a-z][a-z-]+)"
                       r"(?:\s+(?:of|for|in|at|from|with)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2}?)?)"
                       r"(?=,|\s+who\b|(?:\s+(?:himself|herself))?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|is|has|had)\b)")
ONE_DESCRIBED = re.compile(SENTENCE_OPENER + r"One\s+(?!of\b)([\w-]+)")
ONE_DESCRIBED_INSIDE = re.compile(r"\b[Oo]ne\s+(?!of\b)(?:[\w-]+\s+){0,3}?([a-z][a-z-]+)\b")
DEFINITE = re.compile(SENTENCE_OPENER + r"The\s")
ROLE_REACH = 600  # characters back in which "the president said" looks for the president speaking
# a name as it speaks, that no actor holds: capitalised words, no article ("Stumpf", "Mark Ellis")
UNRESOLVED_NAME = re.compile(r"(?!(?:The|A|An|This|That|These|Those|One|Some|Many|Most|All)\b)"
                             r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][a-z][\w'’-]*")
NEARBY = 2000  # characters back in which "the ministry" looks for the ministry named before
# an acronym right before a mention: the mention is part of a longer name ("BBC Russian", "CNN Turk")
NAME_BEFORE = re.compile(r"\b[A-Z][\w.&-]*[A-Z][\w.&-]* $")
DEMONSTRATIVES = {"that", "this", "these", "those"}
# what the document itself shows of a person's gender (for he/she; never guessed from a name)
GENDERED_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.I)
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
GENDERED = {"m": {"husband", "father", "son", "brother", "king", "chairman", "spokesman", "congressman",
                  "businessman", "councilman", "grandfather", "uncle", "boyfriend", "prince"},
            "f": {"wife", "mother", "daughter", "sister", "queen", "chairwoman", "spokeswoman", "congresswoman",
                  "businesswoman", "councilwoman", "grandmother", "aunt", "girlfriend", "princess", "actress"}}
ROLE_BEFORE = re.compile(r"\b(" + "|".join(sorted(GENDERED["m"] | GENDERED["f"])) + r")\b,?\s+$", re.I)
# a person's own kin or partner right after the verb they are the subject of ("Kasich thanked his
# wife", "Ivanka Trump introduced her father"): the possessor is the person
KIN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){1,2}(his|her)\s+(?:wife|husband|father|mother|son|daughter|brother|"
                       r"sister|family|children|parents|spouse|grandchildren|partner)\b")
DOCUMENT_SPEAKERS = {"statement", "report", "memo", "letter", "document", "communique", "readout", "release",
                     "resolution", "resolutions", "amendment", "amendments", "draft", "declaration",
                     "bylaws", "records", "filings", "minutes", "rules", "guidelines", "transcript", "transcripts",
                     "article", "piece", "editorial", "column", "ad", "advert", "advertisement", "headline",
                     "tweet", "post", "email", "emails", "speech", "speeches", "address", "testimony", "briefing",
                     "website", "filing", "update", "book", "memoir",
                     # what is counted or found, which speaks for whoever compiled it, never a group
                     "reports", "documents", "statements", "data", "figures", "numbers", "statistics",
                     "estimates", "poll", "polls", "survey", "surveys", "study", "studies", "analysis",
                     "findings", "results", "assessment", "estimate", "video", "videos", "footage", "slide",
                     "slides", "average", "averages", "chart", "charts"}
# "the U.S.-drafted resolution", "a Kremlin-backed statement": who issued a document (after a
# mention, or inside one token the tokenizer did not split)
_ISSUED_FORMS = "drafted|sponsored|proposed|backed|authored|written|led|issued"
ISSUED = re.compile(rf"-(?:{_ISSUED_FORMS})\b")
ISSUED_TOKEN = re.compile(rf"(.+?)-(?:{_ISSUED_FORMS})$")
PRONOUN_KINDS = ("person", "plural", "thing")
# verbs whose object did what the infinitive says ("forced Stumpf to admit"; not "urged him to
# say", which may never have happened)
MADE_TO = {"force", "compel", "prompt", "lead", "cause", "get", "make"}
# shares of people ("52 percent of registered voters", "a majority of Americans")
SHARES = {"percent", "majority", "minority", "half", "third", "quarter", "plurality"}
# "many of whom say", "some of them said": a quantity of people speaks
QUANTIFIERS = {"many", "some", "most", "few", "several", "all", "both", "none", "half", "each"}


# a sentence opening with a body a definite noun names ("The Israeli military said")
UNNAMED_BODY = re.compile(r"\W*" + SENTENCE_OPENER
                          + r"The\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+(?:said|says|added|stated)\b")
# "A third said": one more of people counted before
ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}


def _noun_key(words: list[str]) -> str | None:
    """A plural or singular noun's key ("officials", "official" → "official"; "people", "person")."""
    if not words:
        return None
    word = words[0]
    return "person" if word == "people" else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@dataclass
class Speaker:
    """A speaker mention and what it resolves to."""

    text: str
    start: int | None
    end: int | None
    actor_id: str | None
    pronoun: str | None = None  # person | plural | thing, until resolved
    group: str | None = None  # a group actor's name when the speaker is a group
    continued: bool = False
    kind: str | None = None  # kind of the resolved actor
    document: bool = False  # a document speaks ("the statement said"): no antecedent for "he"/"she"
    role: str | None = None  # a role noun that named the speaker ("the president said")
    person: str | None = None  # a person's name no actor mention covers (a signature), to add as an actor
    owned: str | None = None  # the people a pronoun's owner has ("aides" of "his aides"), until resolved
    one_of: bool = False  # one of people named before ("one of the people"), until their group is found


class SpeakerResolver:
    """Resolves cue subjects in one document; keeps the speaker history for pronouns."""

    def __init__(self, text: str, actors: DocActors, lex, sentence_starts: list[int] | None = None,
                 kinds: dict[str, str] | None = None, lookup=None) -> None:
        self.lookup = lookup  # pack lookup: surface form → (actor id, how)
        self.text = text
        self.actors = actors
        self.lex = lex
        self.kinds = kinds or {}
        self.descriptions: dict[str, str] = {}  # actor id → description ("Kremlin spokesman")
        self.described_here: dict[str, str] = {}  # the same, only as this document gives it
        self.roles: set[str] = set()  # role nouns ("spokesman"), set by the quote extractor
        self.called: dict[str, str] = {}  # "alliance" → the pack's NATO, set by the quote extractor
        self.role_synonyms: dict[str, str] = {}  # "pontiff" → "pope", set by the quote extractor
        self.sentence_starts = sentence_starts or []
        self.history: list[tuple[int, Speaker]] = []
        self.unresolved_names: list[int] = []  # where a name no actor holds spoke
        self._genders: dict[str, str] | None = None  # actor id → "m" | "f", once asked
        self.known_genders: dict[str, str] = {}  # the pack's word (its "pronoun" field), first
        self.parses: list = []  # (offset, parsed sentence), set by the quote extractor
        self._parsed: dict | None = None  # the same by offset, once asked
        self.quoted: list[tuple[int, int]] = []  # passages, set by the quote extractor
        self._quoted_index = SpanIndex([], closed=False)
        self.quoted_passages: list = []

    # ---- subjects
    def subject(self, cue: Token, offset: int | None = None) -> Token | None:
        """The grammatical subject (or 'according to' object) of a cue (in a sentence at `offset`, when
        known: where the quoted passages are)."""
        if cue.pos_ == "NOUN":
            owners = [c for c in cue.children if c.dep_ == "poss"]  # "Trump’s claim that …"
            return owners[0] if owners else None
        if self.lex.is_according(cue) and cue.lower_ == "in":
            return words_of(cue)  # "in the words of one aide"
        if self.lex.is_according(cue) and cue.lower_ != "according":
            objs = [c for c in cue.children if c.dep_ == "pobj"]  # "per the party's bylaws"
            return objs[0] if objs else None
        if cue.lower_ == "according":
            for to in cue.children:
                if to.lower_ == "to":
                    objs = [c for c in to.children if c.dep_ == "pobj"] or [
                        # "according to show insiders" parsed as a verb phrase: its first noun
                        t for t in to.subtree if t.pos_ in ("NOUN", "PROPN", "PRON")
                        and t.dep_ not in ("compound", "poss", "amod", "nmod")]
                    return objs[0] if objs else None
            return None
        if (source := familiar_source(cue)) is not None:
            return source  # "two sources familiar with the discussions told Reuters", "told" hung on "discussions"
        if cue.tag_ == "VBD" and cue.dep_ == "acl" and cue.head.i == cue.i - 1 and cue.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return cue.head  # a past tense read as a participle of the noun before it ("a Times article hailed …")
        if cue.tag_ == "VBG" and cue.dep_ in ("xcomp", "acl") and cue.i > 0 and cue.doc[cue.i - 1].pos_ == "PROPN":
            return cue.doc[cue.i - 1]  # "footage of Hillary Clinton asking, …"
        if (aside := misread_aside(cue)) is not None and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            return next(c for c in aside.children if c.dep_ == "nsubj")  # "Pence, asked about it, told CNN"
        if any(c.dep_ == "nsubjpass" for c in cue.children):
            # a passive speech verb: its agent speaks ("was described by aides as 'furious'");
            # its subject is what was spoken of
            agents = [o for c in cue.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            return agents[0] if agents else None
        if cue.dep_ == "xcomp" and cue.tag_ == "VB" and cue.head.lemma_.lower() in MADE_TO:
            # "… forced Stumpf, who was under questioning, to admit that …": the object speaks
            objects = [c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i]
            if objects:
                return objects[0]
        if cue.tag_ == "VBG" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in ("quote", "cite"):
            # "state media quoted the monitor Flightradar as saying …": the one quoted speaks
            objects = [c for c in cue.head.head.children if c.dep_ == "dobj"]
            if objects:
                return objects[0]
        if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.dep_ == "prep":
            # "despite the U.S. later saying …", "after Kyiv announcing …": the noun before the
            # gerund is its subject ("despite saying …" has none and climbs)
            objects = [c for c in cue.head.children if c.dep_ == "pobj" and c.i < cue.i
                       and c.pos_ in ("PROPN", "NOUN", "PRON")] or [
                # "with Trump calling it '…'": the gerund's own subject
                c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
            if objects:
                return objects[-1]
            host = cue.head
            while host.dep_ in ("prep", "advmod", "pcomp") and host.head.i != host.i:
                host = host.head  # ("aside from saying": past the adverb to the verb)
            if host.pos_ not in ("VERB", "AUX") or host.lemma_ == "be":
                return None  # "The choice was between going after Trump as …": nobody's act
        if cue.tag_ == "VBG" and cue.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in cue.children) \
                and (doer := _gerund_subject_in_phrase(cue)) is not None:
            return doer
        own_words = any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in cue.children)
        after_mark = cue.i > 0 and cue.doc[cue.i - 1].tag_ == "''" and not own_words
        if after_mark and (inverted := self._inverted_subject(cue)) is not None:
            # '"We have heard that before," shouted a man at the back': the parser may hang a cue
            # right after the closing mark inside the quote, where "We" would be its subject (not a
            # participle reporting what follows: 'on "Face the Nation," saying the candidate "…"')
            return inverted
        node = cue
        fronted = _fronted_participle(cue)
        reporter = reporting_verb_above(cue, self.lex.is_speech)
        if reporter is not None:
            # "He argued that it is too early for the US to ease sanctions, stating that …": the
            # participle closing a reported clause is the reporter's, not the clause subject's
            node = reporter
        elif cue.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in cue.children) \
                and (cue.head.dep_ == "ccomp" or cue.head.dep_ == "advcl" and any(
                    c.lower_ == "that" and c.i < cue.head.i for c in cue.head.children)) \
                and cue.head.head.i < cue.head.i \
                and self.lex.is_speech(cue.head.head) and self.lex.is_cue(cue):
            # "said the election was 'a referendum' and urged young voters to turn out": a verb of
            # speech the parser coordinated with the reported clause is the reporter's second act
            # (also with the clause misread as adverbial: "tweeted that Machado was 'a con' and
            # encouraged Americans to …")
            node = cue.head.head
        elif cue.tag_ == "VBG" and cue.head.dep_ == "relcl" and self.lex.is_speech(cue.head) \
                and cue.head.head.head.i != cue.head.head.i:
            # "… an architect who said he was stiffed, saying, '…'": nobody says X, saying Y;
            # the participle belongs to the clause the relative clause hangs from
            node = cue.head.head.head
        for _ in range(6):
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if subjects and node.i == cue.i and fronted is not None and all(c.i == fronted.i for c in subjects):
                subjects = []  # ("Speaking to reporters, the president, X, said": not "Speaking")
            if subjects and all(c.lower_ in NEGATIONS for c in subjects):
                # "he didn’t believe …, arguing": "n’t" read as the subject names nobody; the
                # parser hung the real one on the auxiliary
                subjects = [g for c in node.children if c.dep_ in ("aux", "auxpass")
                            for g in c.children if g.dep_ in SUBJECT_DEPS] or subjects
            elif len(subjects) > 1:
                subjects = [c for c in subjects if c.lower_ not in NEGATIONS] or subjects
            if subjects and node.i != cue.i and cue.tag_ == "VBG" and node.head.i != node.i \
                    and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < node.i
                            for c in node.children):
                # "… around the arena - where the home team played - while chanting, '…'": the
                # participle belongs to the clause the where-clause interrupts
                node = node.head
                continue
            if subjects and node.i != cue.i and cue.tag_ == "VBG" and node.dep_ == "relcl" \
                    and cue.doc[cue.i - 1].text == "," and all(c.lower_ in ("that", "which") for c in subjects):
                # "… defended it in an interview that aired Sunday, saying …": a participle the parser
                # hung on a relative clause about a thing is the main clause's
                node = node.head
                while node.dep_ in ("pobj", "prep", "dobj", "appos") and node.head.i != node.i:
                    node = node.head
                continue
            if subjects and node.i != cue.i and all(self._inside_marks(c, offset) for c in subjects) \
                    and not self._inside_marks(cue, offset):
                # '… as praise -- "That shows I'm careful" -- and, when pressed, insisting, "…"': a
                # quoted clause the parser coordinated the participle with is no one's act; the
                # clause it hangs from is (or, when the parser made the quoted clause the root, the
                # clause before the marks it hung on it)
                outer = node.head if node.head.i != node.i else next(
                    (c for c in node.children if c.dep_ in ("ccomp", "parataxis") and c.i < node.i
                     and not self._inside_marks(c, offset)), None) if cue.tag_ == "VBG" else None
                if outer is not None:
                    node = outer
                    continue
                break  # (a finite verb's subject is no word of a quote: '"I can't breathe," as X … said')
            if subjects:
                # '"My reaction, that was outrageous," the strategist said': the parser can
                # give a cue two subjects; the one next to it speaks
                return min(subjects, key=lambda c: abs(c.i - cue.i))
            if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN") and (
                    node.head.lower_ in DOCUMENT_SPEAKERS or node.head.lower_ in self.lex.groups):
                # "their resolution mourning the loss … and calling for …", "officials saying …":
                # the participle describes the document or the people it hangs on, who speak; a
                # document someone issued is theirs ("the Council issued a statement calling …")
                issuers = [c for c in node.head.head.children if c.dep_ == "nsubj"] \
                    if node.head.lower_ in DOCUMENT_SPEAKERS and node.head.dep_ == "dobj" else []
                return issuers[0] if issuers else node.head
            if node.dep_ in CLIMB_DEPS and node.head.i != node.i:
                node = node.head
                continue
            if node.dep_ in ("acomp", "oprd") and node.pos_ == "ADJ" and node.head.i != node.i and not any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that", "there")
                    for c in node.head.children):
                node = node.head  # "Brennan was quick to respond: …" (not "it is fair to say that …")
                continue
            if node.dep_ == "prep" and node.head.i != node.i and node.i < cue.i:
                node = node.head  # "Ryan, despite admitting that …": the main subject
                while node.dep_ == "advmod" and node.pos_ == "ADV" and node.head.i != node.i:
                    node = node.head  # ("… aside from saying": past the adverb to its verb)
                continue
            break
        doc = cue.doc
        if fronted is not None and doc[cue.i - 1].text == ",":
            # "Speaking to the BBC, Ukraine's ambassador, Valerii Zaluzhnyi, said: …": the parser
            # made the subject an apposition inside the fronted phrase; the name speaks, else
            # the first apposition ("…, the minister, said")
            named = [t for t in fronted.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")]
            if named:
                return next((t for t in named if t.pos_ == "PROPN"), named[0])
        for anchor in (cue, node):
            if anchor.i > 0 and doc[anchor.i - 1].pos_ == "PROPN" and not is_date(doc[anchor.i - 1]):
                # (not a day: "Trump on Wednesday called …" with "Trump" read as a verb)
                # no subject the parser saw, or a participle: the name right before the cue
                # speaks ("footage of Clinton asking, …", "Obama and Clinton call them …"), or
                # before the verb it is coordinated with ("… call them X and describe …")
                return doc[anchor.i - 1]
        if cue.tag_ == "VBG" and cue.dep_ != "ROOT":
            # "X poked at Trump, tweeting, …": a participle the parser hung anywhere reports
            # for the main clause's subject
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
            if subjects and subjects[0].i < cue.i:
                return subjects[0]
        if cue.dep_ != "ROOT" and cue.head.dep_ == "ROOT" and cue.head.pos_ in ("PROPN", "NOUN") \
                and cue.head.i < cue.i and cue.tag_ in ("VBD", "VBN"):
            # a sentence with no main verb in the parse ("Jane Doe, a coach, compared …" read as a
            # participle on "Doe"): the root noun is the subject
            return cue.head
        # (asked once: after a closing mark it was asked first, above)
        if not after_mark and (inverted := self._inverted_subject(cue)) is not None:
            return inverted
        return _named_before_aside(cue)

    def _inverted_subject(self, cue: Token) -> Token | None:
        """The speaker after an inverted cue ("…," said Hester; "Said one: …")."""
        doc = cue.doc

        def reported(token: Token) -> bool:
            # ("Bessent, speaking at a briefing, said the measures targeted …": the subject of the
            # clause the cue reports, after a subject the parser missed, is nobody's inverted name)
            return token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i and token.head.dep_ == "ccomp" \
                and token.head.head.i == cue.i
        first = cue.i + 1
        while first < min(len(doc) - 1, cue.i + 5) and doc[first].pos_ in ("NOUN", "ADJ") \
                and doc[first].dep_ in ("compound", "amod") and doc[first].head.i > first:
            first += 1  # "…," cautioned pollster Ann Selzer; said former Gov. Lou Pratt
        if first < len(doc) and doc[first].pos_ == "PROPN" and \
                (cue.i == 0 or doc[cue.i - 1].is_punct) and cue.lemma_.lower() in self.lex.inverted:
            # inverted order: "Said Ellis: …", "…," said Hester.
            name = doc[first]
            while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN" and name.head.i > name.i:
                name = name.head
            return None if reported(name) else name
        if cue.i + 2 < len(doc) and (doc[cue.i + 1].pos_ == "DET" or doc[cue.i + 1].tag_ == "CD") and \
                (cue.i == 0 or doc[cue.i - 1].is_punct) and cue.lemma_.lower() in self.lex.inverted:
            # inverted order with a noun phrase: "…," read a statement from the ministry; "…,"
            # said a spokesman for the campaign; "…?" asked one resident — the phrase's last noun
            # before anything else
            head = None
            for token in doc[cue.i + 2:cue.i + 7]:
                if token.pos_ in ("NOUN", "PROPN"):
                    head = token
                elif token.pos_ != "ADJ" and token.dep_ != "compound":
                    break
            if head is not None and not reported(head):
                return head
        if cue.i + 2 < len(doc) and doc[cue.i + 1].lower_ in ("one", "another") and doc[cue.i + 2].is_punct \
                and (cue.i == 0 or doc[cue.i - 1].is_punct) and cue.lemma_.lower() in self.lex.inverted:
            return doc[cue.i + 1]  # "Said one: '…' Said another: '…'"
        return None

    def speaker_of(self, cue: Token, offset: int, at: int) -> Speaker | None:
        """Speaker of a cue token in a sentence starting at `offset`."""
        subj = self.subject(cue, offset)
        if subj is None:
            # a name the parser read as the main verb ("Trump dismisses these concerns, saying …")
            root = next((t for t in cue.doc if t.dep_ == "ROOT"), None)
            if root is not None and root.i == 0 and root.i != cue.i and self._named_at(offset, root):
                subj = root
            first = cue.doc[0]
            if subj is None and first.head.i == cue.i \
                    and first.dep_ in ("advcl", "amod", "npadvmod", "dep", "intj", "advmod") \
                    and len(cue.doc) > 1 and cue.doc[1].text == "," and self._named_at(offset, first):
                # the name opening the sentence read as an adjective ("Trump, appearing after …, cited")
                subj = first
        if subj is None:
            subj = self._subject_in_fronted_phrase(cue, offset)
        if subj is None:
            return None
        if subj.pos_ in ("ADJ", "VERB", "ADV") and self._named_at(offset, subj):
            pass  # a name tagged as an adjective, a verb or an adverb ("Dujarric wouldn’t say …")
        elif subj.pos_ == "INTJ" and subj.dep_ == "nsubj" and subj.text[:1].isupper() and subj.text[1:].islower():
            pass  # a capitalised subject tagged as an interjection is a name ("Ham went on to explain …")
        elif subj.lower_ in QUANTIFIERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
            pass  # "many of whom say …"
        elif subj.lower_ in ("other", "former", "latter", *ORDINALS) and subj.dep_ == "nsubj":
            pass  # "The other added: …", "The former said …", "A third said", tagged an adjective
        elif subj.dep_ == "csubj" or subj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X", "DET") \
                or not any(ch.isalnum() for ch in subj.text.replace("n’t", "").replace("n't", "")):
            # a misparse ("n’t", "'s") names nobody; a name just before the cue still does
            # ("Dujarric wouldn’t say …" with "n’t" for subject)
            named = [t for t in cue.doc[max(0, cue.i - 4):cue.i] if self._named_at(offset, t)]
            if not named or any(t.pos_ in ("VERB", "PUNCT") for t in cue.doc[named[-1].i + 1:cue.i]
                                if t.dep_ not in ("aux", "neg")):
                return None
            subj = named[-1]
        if subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl" \
                and (maker := self._maker(subj.head.head)) is not None:
            # "prompted his wife to make a comment that described them as '…'": a remark someone
            # made, gave or issued speaks for them
            return self.speaker_of_token(maker, offset)
        if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.head.i \
                or _misparsed_who(subj):
            # "Clinton, who called them …": the mention is "who", its antecedent speaks
            antecedent = self.speaker_of_token(self._who_antecedent(subj), offset)
            return Speaker(subj.text, offset + subj.idx, offset + subj.idx + len(subj.text),
                           antecedent.actor_id if antecedent else None,
                           kind=antecedent.kind if antecedent else None)
        verb = (cue.head if cue.dep_ == "dobj" else cue.head.head if cue.dep_ == "pobj" else None) \
            if cue.pos_ == "NOUN" and subj.lower_ in ("his", "her") else None
        doer = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None) \
            if verb is not None else None
        if doer is not None and (owner := self.speaker_of_token(doer, offset)) is not None and owner.kind == "person" \
                and self._fits_pronoun(owner.actor_id, subj.lower_):
            # "As Clinton talked …, Trump highlighted his message that …": the possessor of the noun
            # of speech is the one who does something with it (not the first person the sentence
            # names), the mention to give, as for "what he called" below
            return owner
        if subj.lower_ in DEMONSTRATIVES and subj.tag_ == "DT" and not any(True for _ in subj.children):
            # "That's a fraction of the $20 million experts say it costs": a demonstrative names
            # nobody; a group noun right before the cue does
            before = cue.doc[cue.i - 1] if cue.i > subj.i + 1 else None
            if before is None or before.lower_ not in self.lex.groups or before.tag_ != "NNS":
                return None
            start = offset + before.idx
            return Speaker(before.text, start, start + len(before.text), "group:" + slugify(before.text),
                           group=before.text, kind="group")
        if subj.lower_ in ("he", "she", "it", "they") and subj.head.i == cue.i and (
                cue.dep_ == "relcl" and not any(c.dep_ == "advmod" and c.lower_ in ("where", "when")
                                                for c in cue.children)
                or any(c.lower_ == "what" and c.i < cue.i for c in cue.children)):
            # "Trump urged Americans to look at what he called …": the free relative's
            # pronoun is the main clause's subject, which is the mention to give
            outer = self._outer_subject(cue, subj.lower_)
            if outer is not None and _parenthetical_in_relative(cue, subj):
                # "… donations, which he said were accompanied by favours": the mention stays
                # the pronoun; the main clause's subject says who it is
                found = self.speaker_of_token(outer, offset)
                mention = self.speaker_of_token(subj, offset)
                if found is not None and found.actor_id and mention is not None:
                    mention.actor_id, mention.kind, mention.pronoun = found.actor_id, found.kind, None
                return mention
            if outer is not None:
                subj = outer
        # (also for the pronoun the free relative led to: "Clinton says she appreciated … what she
        # calls a '…'" is Clinton)
        if subj.lower_ in ("he", "she", "they") and (clause := _clause_of(subj)).dep_ == "ccomp" \
                and (clause.i != cue.i or clause.head.i < cue.i) and self.lex.is_speech(clause.head):
            # "Clinton told the audience that she believes …, saying '…'": the pronoun is the
            # reporting clause's subject; that mention is the one to give (not for the cue's own
            # subject before the reporting verb: '"You winning?" she said, …, Melanie said yes')
            outer = [c for c in clause.head.children if c.dep_ == "nsubj" and (
                c.lower_ == subj.lower_ or  # "She said she recalls …"
                (c.pos_ == "PROPN" and c.tag_ != "NNPS" if subj.lower_ != "they" else c.pos_ in ("PROPN", "NOUN")))]
            if outer:
                subj = outer[0]
        if subj.lower_ == "it" and subj.head.dep_ == "conj" and (document := next(
                (c for c in subj.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ in DOCUMENT_SPEAKERS and c.tag_ == "NN"), None)) is not None:
            # "The document did not mention sanctions, but it did mention that …": "it" is the
            # document the coordinated clause is about (its issuer speaks), not the last state named
            found = self.speaker_of_token(document, offset)
            start = offset + subj.idx
            return Speaker(subj.text, start, start + len(subj.text), found.actor_id if found else None,
                           kind=found.kind if found else None, document=True)
        if subj.lower_ in ("he", "she") and (owner := self._speech_event_owner(cue, offset)) is not None:
            # "Peskov didn't address Trump’s criticism on Sunday, when he said he was 'angry'": the
            # when-clause tells of the possessed speech, so the pronoun is its possessor
            mention = self.speaker_of_token(subj, offset)
            if mention is not None:
                mention.actor_id, mention.kind, mention.pronoun = owner.actor_id, owner.kind, None
                return mention
        doc = subj.doc
        appos = [c for c in subj.children if c.dep_ == "appos" or (
            # "The committee's top Democrat, Rep. Elijah Cummings of Maryland, accused …": a name set
            # off by commas that the parser made a conjunct, with no "and" to join it
            c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > subj.i and doc[c.left_edge.i - 1].text == ","
            and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","
            and not any(k.dep_ in ("cc", "conj") and k.i != c.i for k in subj.children))] + [
            # "A spokesperson for the foreign ministry, Heorhii Tykhyi, said": the parser hangs
            # the name on the last noun of the subject phrase
            a for p in subj.children if p.dep_ == "prep" and p.i > subj.i
            for o in p.children if o.dep_ == "pobj" for a in o.children
            if a.dep_ == "appos" and (a.right_edge.i + 1 < len(subj.doc) and subj.doc[a.right_edge.i + 1].text == ","
                                      and a.right_edge.i + 1 == subj.right_edge.i
                                      # (after the cue: '"…," said the head of the party, Jeff Kaufman.')
                                      or subj.i > cue.i and a.right_edge.i == subj.right_edge.i)]
        for a in appos:
            a_start = offset + a.idx
            # (or the name a description gives: "One of them, a retired nurse named Gloria Sims, said")
            a_end = offset + a.right_edge.idx + len(a.right_edge.text) if any(
                c.dep_ == "acl" and c.lemma_.lower() in ("name", "call") for c in a.children) else a_start + len(a.text)
            named = [m for m in self.actors.at(offset + a.left_edge.idx, a_end)
                     if self.kinds.get(m.actor_id) == "person"]
            head = [m for m in self.actors.mentions if m.start < offset + subj.idx + len(subj.text)
                    and m.end > offset + subj.idx]
            if named and not any(self.kinds.get(m.actor_id) == "person" for m in head):
                # "Ukraine's top commander, Oleksandr Syrskyi, said", "Zelensky's chief of staff,
                # Andriy Yermak, wrote": the name is the speaker, not the head or its possessor
                m = named[-1]
                return Speaker(self.text[m.start:m.end], m.start, m.end, m.actor_id, kind="person")
            if a not in subj.children or subj.pos_ != "NOUN" or subj.lower_ in PERSON_NOUNS or head:
                continue
            bodies = [m for m in self.actors.mentions if m.start <= a_start < m.end  # (the apposition's head)
                      and self.kinds.get(m.actor_id) in ("organization", "group")]
            if bodies:
                # "The publisher, Harbor Books, said": the body a common noun names in apposition
                m = bodies[-1]
                return Speaker(self.text[m.start:m.end], m.start, m.end, m.actor_id, kind=self.kinds.get(m.actor_id))
        return self.speaker_of_token(subj, offset)

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """The quoted passages of the document, marks included (end exclusive)."""
        self.quoted = spans
        self._quoted_index = SpanIndex(spans, closed=False)

    def _inside_marks(self, token: Token, offset: int | None) -> bool:
        """Whether a token stands inside a quoted passage (the passages found, where the sentence's
        offset is known; else an odd number of quotation marks before it in the sentence)."""
        return self.in_quote(offset + token.idx) or _odd_marks_before(token) if offset is not None \
            else _odd_marks_before(token, ("``", "''", '"', "“", "”"))

    def in_quote(self, char: int) -> bool:
        """Whether a document offset lies inside a quoted passage."""
        return self._quoted_index.covers(char)

    def _named_at(self, offset: int, token: Token) -> bool:
        """True when an actor mention covers the token (a name, whatever its tag)."""
        start = offset + token.idx
        return token.text[:1].isupper() and any(m.start <= start < m.end for m in self.actors.mentions)

    def _subject_in_fronted_phrase(self, cue: Token, offset: int) -> Token | None:
        """A person the parser hung on the day or place of a phrase before a cue that has no
        subject ("On Monday in Brussels, Kaja Kallas, the EU's top diplomat, warned …": Kallas read
        as an apposition of Brussels), when the phrase runs on to the cue."""
        doc = cue.doc
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.i < cue.i):
            if any(t.pos_ not in ("ADV", "PUNCT") for t in doc[prep.right_edge.i + 1:cue.i]):
                continue
            for t in prep.subtree:
                if t.dep_ in ("appos", "conj") and t.pos_ == "PROPN" and doc[t.left_edge.i - 1].text == "," \
                        and (t.head.ent_type_ in PLACE_TYPES or is_date(t.head)) \
                        and any(m.start <= offset + t.idx < m.end and self.kinds.get(m.actor_id) == "person"
                                for m in self.actors.mentions):
                    return t
        return None

    def _maker(self, thing: Token) -> Token | None:
        """Who made a remark the object of their verb ("Clinton made a comment", "the Kremlin issued
        a statement"; not one with its source named: "a statement from his doctor"). A document
        ("France proposed amendments, which add …") keeps its relative pronoun as the mention."""
        if thing.dep_ != "dobj" or thing.lemma_.lower() not in self.lex.nouns \
                or any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of") for c in thing.children):
            return None
        verb = thing.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "xcomp":
            # "prompted his wife to make …" (the object controls), "decided to issue …" (the subject)
            subjects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i] \
                or [c for c in verb.head.children if c.dep_ == "nsubj"]
        subjects = [c for c in subjects if c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("he", "she", "they")]
        return subjects[0] if subjects else None

    def _outer_subject(self, cue: Token, pronoun: str) -> Token | None:
        """The nearest subject above a cue's clause that can be its pronoun's antecedent."""
        node = cue
        for _ in range(8):
            if node.head.i == node.i:
                return None
            node = node.head
            for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.pos_ == "PRON":
                    # "He did not address the tweets in which he called …": the same pronoun
                    return subj if subj.lower_ == pronoun else None
                # he/she/it: a singular noun; they: any (a campaign, officials)
                if subj.pos_ in ("PROPN", "NOUN") and (pronoun == "they" or subj.tag_ not in ("NNS", "NNPS")):
                    return subj
                return None
        return None

    def _who_antecedent(self, who: Token) -> Token:
        """The noun a relative pronoun stands for. The parser may hang "who" on the last noun
        before it, a thing inside the phrase that describes the people ("two people familiar
        with the talks, who said …"), or a place ("Democrats on Capitol Hill, who …"): "who" climbs
        out to the people; after an apposition it is the person named ("Sergei Lavrov, Russia's
        foreign minister, who …")."""
        noun = who.doc[who.i - 2] if _misparsed_who(who) else who.head.head
        named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
        if noun.pos_ == "NOUN" and named is not None:
            return named  # "the conservative group Citizens United, which alleged …": the name
        if who.lower_ != "who":
            return noun
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
            return noun.head
        host = noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS and host.pos_ in ("NOUN", "PROPN") and (
                noun.ent_type_ in PLACE_TYPES and host.ent_type_ not in PLACE_TYPES
                or host.ent_type_ in ("NORP", "PERSON") or host.lower_ in self.lex.groups or host.lower_ in self.roles):
            return host
        people = noun
        while people.dep_ == "pobj" and people.pos_ not in ("PROPN", "PRON") \
                and people.lower_ not in self.lex.groups and people.lower_ not in self.roles:
            up = people.head.head
            if up.pos_ == "ADJ" and up.dep_ == "amod":
                up = up.head  # ("people familiar with")
            if up.pos_ not in ("NOUN", "PROPN"):
                return noun
            people = up
        return people

    def speaker_of_token(self, subj: Token, offset: int) -> Speaker | None:
        """Speaker mention and actor for a subject token; a coordinated subject's mention runs
        over its conjuncts ("Hale and Ruiz said"), the actor staying the first one's."""
        found = self._speaker_of_token(subj, offset)
        if found is not None and found.start is not None and subj.pos_ == "PROPN" and any(
                c.dep_ == "amod" and c.lower_ in ("younger", "elder", "older") for c in subj.children):
            # "the younger Trump said" after Donald Trump Jr. was named: of the family, not whom the
            # bare surname names but the last other one of that name named before
            other = next((m.actor_id for m in reversed(self.actors.mentions) if m.end <= found.start
                          and m.actor_id != found.actor_id and self.kinds.get(m.actor_id) == "person"
                          and re.search(rf"\b{re.escape(subj.text)}\b", m.text)), None)
            if other is not None:
                found.actor_id = other
        # (of the same sort: "Obama and Clinton's gut reaction" is a misparse, not two speakers)
        conjuncts = [c for c in subj.conjuncts if c.i > subj.i and c.pos_ == subj.pos_ and c.pos_ in ("PROPN", "NOUN")]
        head_end = offset + subj.idx + len(subj.text)
        if found is not None and conjuncts and found.end == head_end and found.pronoun is None \
                and conjuncts[-1].i - subj.i <= 8:
            found.end = offset + conjuncts[-1].idx + len(conjuncts[-1].text)
            found.text = self.text[found.start:found.end]
        return found

    def _named_so(self, subj: Token, offset: int) -> Speaker | None:
        """The person a description says the name of ("a retired teacher named Paul Okafor", "one
        resident, a nurse called Ana Ruiz"): the name's mention."""
        if subj.pos_ != "NOUN":
            return None
        for noun in (subj, *(c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN")):
            for acl in (c for c in noun.children
                        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in ("name", "call")):
                for name in (c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr", "npadvmod")):
                    at = offset + name.idx
                    found = next((m for m in self.actors.mentions if m.start <= at < m.end
                                  and self.kinds.get(m.actor_id) == "person"), None)
                    if found is not None:
                        return self._mentioned(found)
        return None

    def _speaker_of_token(self, subj: Token, offset: int) -> Speaker | None:
        # (not a phrase the parser hung before the noun: "According to Yahoo News, the spokesman
        # said" is not Yahoo News's spokesman)
        fronted = {t.i for c in subj.children if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < subj.i for t in c.subtree}
        tokens = [t for t in subj.subtree if t.i <= subj.i and t.i >= subj.i - 8 and t.i not in fronted]
        tokens = _contiguous_to(subj, tokens)
        dashes = [k for k, t in enumerate(tokens) if t.text in ("—", "–", "--") and t.i < subj.i]
        if dashes:
            tokens = tokens[dashes[-1] + 1:]  # "FLINT, Mich., Oct. 4 (UPI) — Former President …": after the dateline
        while tokens and (tokens[0].is_punct or tokens[0].is_space or self.lex.is_speech(tokens[0])
                          # (nor a conjunction the parser hung on the name: "But Kirill Dmitriev … posted")
                          or tokens[0].dep_ == "cc" and tokens[0].i < subj.i
                          or is_date(tokens[0]) and tokens[0].i < subj.i
                          # ('"We'll see" was all the governor would say': "all" of what, not of him)
                          or tokens[0].dep_ == "predet" and subj.tag_ in ("NN", "NNP")):
            tokens = tokens[1:]  # "Said Ellis": the name, not the cue the parser hung on it (nor a day)
        if not tokens:
            tokens = [subj]
        start = offset + tokens[0].idx
        end = offset + subj.idx + len(subj.text)
        # (not markup the tokenizer left on a name: 'tweet-date="…">Sanders said')
        start = max(start, self.text.rfind(">", start, end - 1) + 1)
        # "the chief of staff": a short 'of' phrase belongs to the mention
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subj.i + 1), None)
        # (or a list of names: "the leaders of France, Germany and Britain")
        names = of is not None and len(list(of.subtree)) <= 12 and all(
            t.pos_ == "PROPN" or t.text == "," or t.dep_ == "cc" for t in of.subtree if t.i > of.i)
        if of is not None and (len(list(of.subtree)) <= 4 and not any(t.is_punct for t in of.subtree) or names):
            # (not a conjunction left hanging: "the former secretary of state and | current nominee")
            last = max((t for t in of.subtree if t.dep_ != "cc"), key=lambda t: t.i)
            end = offset + last.idx + len(last.text)
        text = self.text[start:end]
        lower = subj.lower_
        for kind in PRONOUN_KINDS:
            if lower in self.lex.pronouns[kind]:
                return Speaker(text, start, end, None, pronoun=kind)
        if (named := self._named_so(subj, offset)) is not None:
            return named
        if lower in ORDINALS and [c.lower_ for c in subj.lefts] in (["a"], ["the"]) and self._one_before(start):
            # "One of them said …. Another said …. A third, a Western official, said …": one more of
            # those, as "another" is
            return Speaker(text, start, end, None, pronoun=None if self._one_described_before(start) else "plural")
        if subj.tag_ == "NN" and [c.lower_ for c in subj.lefts] == ["the", "other"]:
            # "… according to one of the officials. The other official said": the other one of the
            # group that spoke before under that noun
            return Speaker(text, start, end, None, group=subj.lower_, one_of=True)
        if lower in ("one", "another", "other") and (
                any(o.lower_ in ("them", "those") for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children)
                # (not "no one", "this one"; "the other" is one of them too)
                or all(lower == "other" and c.lower_ == "the" for c in subj.children)):
            # "Ukrainian officials were upbeat. 'This is real movement,' one of them said": one of
            # the people just named, who speaks for the same side as "they" would
            if lower == "another" and not any(True for _ in subj.children) and self._one_described_before(start):
                # ("One GOP aide said …. Another said …": another of what "one" described, not a
                # side named before)
                return Speaker(text, start, end, None)
            return Speaker(text, start, end, None, pronoun="plural")
        if lower in SPOKES and any(c.dep_ == "poss" and c.lower_ in ("his", "her") and c.i == tokens[0].i
                                   for c in subj.children):
            # "His office said", "her spokesman said": they speak for whoever "he" or "she" is, as
            # "Zelensky's office" does for Zelensky
            return Speaker(text, start, end, None, pronoun="person")
        head_start = offset + subj.idx
        mentions = self.actors.at(start, end)
        if lower in SPOKES and not mentions and (owner := next(
                (c for c in subj.children if c.dep_ == "poss" and c.tag_ == "NN" and c.lower_ in self.roles
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)) is not None:
            # "The premier's office said": they speak for whoever holds the role (found as "the
            # premier said" would be), or for nobody named
            return Speaker(text, start, end, None, role=owner.lower_)
        on_head = [m for m in mentions if m.start <= head_start < m.end] or [
            # (a name that runs on past the head the parser gave it: "the Hostages and Missing
            # Families Forum said" with "Hostages" for head; the mention runs over the name)
            m for m in self.actors.mentions if start <= m.start <= head_start < m.end and m.end - end <= 80]
        if on_head:
            m = on_head[0]
            end = max(end, m.end)
            return Speaker(self.text[start:end], start, end, m.actor_id, kind=self.kinds.get(m.actor_id))
        if subj.tag_ in ("NNS", "NNPS") and subj.text[:1].isupper() and subj.i == tokens[0].i \
                and (actor_id := self.by_surname(subj.text)):
            # a surname the tagger took for a plural ("Sanders slams …", "Pence shrugs off …")
            return Speaker(text, start, end, actor_id, kind=self.kinds.get(actor_id))
        if lower in DOCUMENT_SPEAKERS and subj.tag_ in ("NN", "NNS"):
            # "a statement from the Justice Department said": the issuer, when it is an actor;
            # a statement is no group of people
            actor_id, named_end = self._issuer(subj, offset)
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
            if actor_id is None and definite \
                    and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in subj.lefts):
                # "The Security Council issued a statement … The statement noted …": the document
                # introduced just before, whose issuer is named there
                actor_id = self._introduced_issuer(subj.lower_, offset + subj.idx)
            if named_end is not None and named_end - end <= 80:
                # the phrase that names the issuer is part of the mention ("a statement from the
                # Justice Department", "a speech Clinton gave")
                end = named_end
                if self.text.count("(", start, end) > self.text.count(")", start, end):
                    # an acronym in brackets the parser left open: "… Complexity (OEC)"
                    end = end + 1 if self.text.startswith(")", end) else self.text.rindex("(", start, end)
                    end = start + len(self.text[start:end].rstrip())
                text = self.text[start:end]
            signers = [o for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in AUTHORING
                       for a in c.children if a.dep_ == "agent" for o in a.children
                       if o.dep_ == "pobj" and o.tag_ == "NNS"] if actor_id is None and named_end is None else []
            group = self._speaker_of_token(signers[0], offset) if signers else None
            if group is not None and group.group:
                # "a letter signed by 50 former officials": the people who signed it, a group
                end = offset + signers[0].right_edge.idx + len(signers[0].right_edge.text)
                return Speaker(self.text[start:end], start, end, group.actor_id, group=group.group, kind="group",
                               document=True)
            return Speaker(text, start, end, actor_id, kind=self.kinds.get(actor_id or ""), document=True)
        share = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")), None) \
            if lower in SHARES else None
        if share is not None and all(m.via == "demonym" for m in mentions):
            # "52 percent of registered voters agreed": a share of a group speaks for the group
            # (a share of Ukrainians is public opinion, not the state's word)
            end = offset + share.idx + len(share.text)
            name = _strip_det(self.text[offset + share.left_edge.idx:end])
            return Speaker(self.text[start:end], start, end, "group:" + slugify(name), group=name, kind="group")
        member = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")), None) \
            if lower == "one" and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].lower_ == "of" else None
        if member is not None and (group := self._speaker_of_token(member, offset)) is not None and group.group:
            # "one of Mr. Trump's advisers said": one of that group, whom the text does not name
            end = offset + member.idx + len(member.text)
            return Speaker(self.text[start:end], start, end, group.actor_id, group=group.group, kind="group",
                           one_of=[c.lower_ for c in member.lefts] == ["the"])  # (whatever follows)
        if subj.lemma_.lower() == "official" and not mentions \
                and (placed := self._state_placed_after(subj, offset, start, ("in",))) is not None:
            # "a senior official in Kyiv", "officials in Moscow": the state whose capital they are
            # in speaks, as "Ukrainian officials" does (not a diplomat, who is stationed there)
            return placed
        if lower in self.lex.groups or subj.tag_ in ("NNS", "NNPS"):
            possessive = [m for m in mentions if self.text[m.end:m.end + 2] in ("’s", "'s")]
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            people = re.sub(r"^(?:['’]s)?\s*", "", self.text[offset + owner.idx + len(owner.text):end]) \
                if owner is not None else ""
            if owner is not None and owner.lower_ in ("his", "her") and people:
                # "His aides said": the aides of whoever "his" is (not one group of everybody's aides)
                return Speaker(text, start, end, None, pronoun="person", owned=people)
            if owner is not None and people and possessive \
                    and possessive[-1].end <= offset + owner.idx + len(owner.text) \
                    and self.kinds.get(possessive[-1].actor_id) == "person":
                # "Ryan's aides said": Ryan's aides, one group however he is named
                actor_id, name = self.owned_group(possessive[-1].actor_id, people)
                return Speaker(text, start, end, actor_id, group=name, kind="group")
            # (people of two sides at once, "Egyptian and Qatari mediators", are a group)
            if mentions and not possessive and len({m.actor_id for m in mentions}) == 1:
                m = mentions[-1]
                people = self.text[m.end:end].strip()
                if self.kinds.get(m.actor_id) == "person" and people and subj.tag_ == "NNS" \
                        and lower in self.lex.groups:
                    # "Trump aides said": the group of his aides, as "Trump's aides" is (not Trump)
                    actor_id, name = self.owned_group(m.actor_id, people)
                    return Speaker(text, start, end, actor_id, group=name, kind="group")
                return Speaker(text, start, end, m.actor_id, kind=self.kinds.get(m.actor_id))
            if not mentions and subj.i == tokens[0].i and lower not in self.lex.groups and (
                    self._surname_like(subj.text)
                    # ("Pence defended …": a capitalised "plural" with no plural ending is a name)
                    or subj.text[:1].isupper() and subj.text.isalpha() and not lower.endswith("s")
                    and lower not in IRREGULAR_PLURALS and not written_lowercase(subj.text, self.text)
                    # ("Matthews asks …", "Sanders has said …": a verb that agrees with one person)
                    or subj.text[:1].isupper() and subj.text.isalpha() and subj.dep_ == "nsubj"
                    and not written_lowercase(subj.text, self.text) and _singular_verb(subj.head)):
                # "Sanders said …" with the name read as a plural: a name the text writes
                # capitalised inside sentences and never in lowercase is no group of people
                actor_id = self.by_surname(subj.text)
                return Speaker(text, start, end, actor_id, kind=self.kinds.get(actor_id or ""))
            states = [m for m in possessive if self.kinds.get(m.actor_id) == "state"]
            if states and (subj.tag_ == "NNPS" and subj.text[:1].isupper() or lower in self.lex.institutions):
                # "Ukraine’s Special Operations Forces claimed …": a state's body by its proper
                # name speaks for the state, as "Ukraine's air force" and "Ukraine's armed forces"
                # do ("Ukraine's backers" are others: a group)
                return Speaker(text, start, end, states[-1].actor_id, kind="state")
            name = _strip_det(text)
            return Speaker(text, start, end, "group:" + slugify(name), group=name, kind="group")
        # "Obama's former campaign strategist": a person's possessor is not the speaker, but a
        # state's institution speaks for it ("Ukraine's air force") and a person's office for
        # them ("Stubb's office")
        mentions = [m for m in mentions if self.text[m.end:m.end + 2] not in ("’s", "'s")
                    or self.kinds.get(m.actor_id) != "person" or subj.lower_ in SPOKES]
        if mentions and lower in self.roles and all(self.kinds.get(m.actor_id) != "person" for m in mentions) \
                and any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.i == tokens[0].i
                        for c in subj.children):
            # "the Kremlin spokesman said", "Ukraine's foreign minister said": the person named
            # before whose description is that title ("Kremlin spokesman Dmitry Peskov"), not the
            # state ("a Kremlin spokesman" is, and "Ukraine's foreign minister" when none is named)
            title = re.compile(rf"\b{re.escape(_strip_det(text))}\b", re.I)
            # (or the role with its state in other words: "the British prime minister" is the
            # Prime Minister of the United Kingdom)
            role = " ".join(w for w in _strip_det(text).split() if w.islower())
            holder = next((m.actor_id for m in reversed(self.actors.mentions) if m.start < start
                           and self.kinds.get(m.actor_id) == "person"
                           and (title.search(self.descriptions.get(m.actor_id) or "")
                                or role and self._holds_role(m.actor_id, role, text))), None)
            if holder is not None:
                return Speaker(text, start, end, holder, kind="person", role=lower)
        if mentions and subj.pos_ == "PROPN" and subj.i > 0 and subj.doc[subj.i - 1].pos_ == "PROPN" \
                and all(m.start >= offset + subj.idx + len(subj.text) for m in mentions):
            # a name the recogniser missed with where they work after it ("Keir Giles of Chatham
            # House said"): the person, not the institution
            words = [t for t in tokens if t.i <= subj.i]
            name = self.text[offset + words[0].idx:offset + subj.idx + len(subj.text)]
            if all(t.pos_ == "PROPN" and t.text.istitle() and t.text.isalpha() for t in words) and len(words) <= 3:
                return Speaker(text, start, end, slugify(name), kind="person", person=name)
            return Speaker(text, start, end, None)
        if mentions:
            m = mentions[-1]
            return Speaker(text, start, end, m.actor_id, kind=self.kinds.get(m.actor_id))
        if subj.lower_ in SPOKES:
            # "a spokesman for Hungarian Prime Minister Viktor Orban", "a spokesperson for the
            # ministry": one who speaks for someone speaks for them, as "Orban's spokesman" does
            for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == subj.i + 1):
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is None:
                    continue
                left = min(t.idx for t in obj.subtree if t.i >= obj.left_edge.i and not t.is_punct)
                inside = self.actors.at(offset + left, offset + obj.idx + len(obj.text))
                found = [m for m in inside if m.start <= offset + obj.idx < m.end] or [
                    # "the Ukrainian foreign ministry": the institution's state
                    m for m in inside if obj.lower_ in self.lex.institutions and self.kinds.get(m.actor_id) == "state"]
                if found:
                    end = max(found[0].end, offset + obj.idx + len(obj.text))
                    return Speaker(self.text[start:end], start, end, found[0].actor_id,
                                   kind=self.kinds.get(found[0].actor_id))
        if subj.lower_ in self.lex.institutions:
            # "the foreign ministry in Moscow", "the government of Hungary": the state named by
            # the place after the institution speaks (the mention runs to that place); "in" a
            # place is only where an embassy or a firm stands ("the embassy in Washington")
            preps = ("of",) if subj.lower_ in STATIONED else ("in", "of")
            if (placed := self._state_placed_after(subj, offset, start, preps)) is not None:
                return placed
        if subj.pos_ in ("PROPN", "INTJ") and subj.i == tokens[0].i:
            # a bare surname the recognizer missed here ("Said Ellis:"): the person of that
            # name met earlier in the document
            actor_id = self.by_surname(subj.text)
            if actor_id:
                return Speaker(text, start, end, actor_id, kind=self.kinds.get(actor_id))
        if subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            called = self.called.get(lower)
            if called is not None and any(m.actor_id == called and m.end <= start for m in self.actors.mentions):
                # "NATO allies agreed …. The alliance said": the actor the pack calls so, named before
                return Speaker(text, start, end, called, kind=self.kinds.get(called))
            if lower in KIND_NOUNS:
                # "Hamas said … The group added": the last actor named that is no person, when it
                # is of the kind the noun names (not one further back: "Fox News … Ukraine's
                # special forces … the group said" is not Fox News; an adjective of a state is no
                # mention of one: "Hamas accepted the Egyptian proposal. The group said")
                last = self.actors.last_named_thing(start, self.kinds, NEARBY)
                if last is None or self.kinds.get(last.actor_id) not in KIND_NOUNS[lower]:
                    # (or the one the sentence before opens with, when that one fits: "Hamas accused
                    # Israel of sabotaging the talks. '…,' the militant group said")
                    last = self._sentence_opener_before(start)
                if last is not None and self.kinds.get(last.actor_id) in KIND_NOUNS[lower]:
                    return Speaker(text, start, end, last.actor_id, kind=self.kinds.get(last.actor_id))
            word = re.compile(rf"\b{re.escape(lower)}\b", re.I)
            role = lower in self.roles
            for m in reversed(self.actors.mentions):
                if role and m.start < start and self._holds_role(m.actor_id, lower, text):
                    # "But the spokesman said": the last person named before whose description
                    # has that role ("Kremlin spokesman Dmitry Peskov"); nobody when none has.
                    # Who was speaking may come before (`role_holder`, in document order)
                    return Speaker(text, start, end, m.actor_id, kind="person", role=lower)
                if not role and subj.pos_ == "NOUN" and start - NEARBY < m.end <= start and (
                        word.search(m.text) or self._described_as(m, word)):
                    # "Russia’s Defense Ministry said … The ministry said": the last actor named
                    # nearby with that word in its name, or next to it ("The pro-Kremlin
                    # newspaper, Moskovsky Komsomolets, … the newspaper concluded")
                    return Speaker(text, start, end, m.actor_id, kind=self.kinds.get(m.actor_id))
        # (a role nobody named holds is still a person's: "the spokesman said"; "his lawyer" is
        # the lawyer of whoever "he" is, not the last lawyer named)
        owned = any(c.dep_ == "poss" for c in subj.children)
        if not owned and subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                and (lower in self.roles or lower in ANONYMOUS_SOURCES) \
                and (found := self._introduction(lower, start)) is not None and found[0] is not None:
            # "A senior Israeli official said … The official added": the one introduced just
            # before, whoever they speak for
            before = self._speaker_of_token(found[0], found[1])
            if before is not None and before.actor_id and not before.pronoun:
                return Speaker(text, start, end, before.actor_id, kind=before.kind, role=lower)
        return Speaker(text, start, end, None, role=lower if lower in self.roles and not owned else None)

    def _state_placed_after(self, subj: Token, offset: int, start: int, preps: tuple[str, ...]) -> Speaker | None:
        """The state named by the place in a phrase right after a noun ("the ministry in Moscow",
        "the government of Hungary", "officials in Kyiv"), the mention running from `start` to that
        place; None when the phrase names no state."""
        prep = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in preps and c.i == subj.i + 1), None)
        place = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) \
            if prep is not None else None
        if place is None:
            return None
        end = offset + place.idx + len(place.text)
        states = [m for m in self.actors.at(offset + place.idx, end) if self.kinds.get(m.actor_id) == "state"]
        return Speaker(self.text[start:end], start, end, states[0].actor_id, kind="state") if states else None

    def _speech_event_owner(self, cue: Token, offset: int) -> Speaker | None:
        """For a cue in a "when" clause, the person whose speech the clause it hangs from names
        ("… address Trump’s criticism of Putin on Sunday, when he said …" → Trump)."""
        if not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < cue.i for c in cue.children):
            return None
        verb = cue.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj")] + [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "respond to"
        for obj in (c for c in objects if c.i < cue.i and c.lemma_.lower() in self.lex.nouns):
            for owner in (c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
                found = self.speaker_of_token(owner, offset)
                if found is not None and found.actor_id and found.kind == "person":
                    return found
        return None

    def _described_as(self, mention, word: re.Pattern) -> bool:
        """Whether a noun describes an actor where it is named: in the few words before the name
        ("the pro-Kremlin newspaper, Moskovsky Komsomolets") or right after it ("Interfax, a
        news agency,"), within its sentence."""
        if self.kinds.get(mention.actor_id) == "state":
            return False
        before = self.text[max(0, mention.start - 50):mention.start]
        after = re.split(r"[.;:!?\n]", self.text[mention.end:mention.end + 50])[0]
        return bool(re.search(rf"{word.pattern},?\s*$", before, re.I)
                    or re.match(rf",\s(?:a|an|the)\s(?:[\w-]+\s){{0,3}}{word.pattern}", after, re.I))

    def parsed_at(self) -> dict:
        """The parsed sentences by their offset (the parses are set before any speaker is sought)."""
        if self._parsed is None:
            self._parsed = dict(self.parses)
        return self._parsed

    def _subject_pronoun_at(self, at: int) -> tuple[Token | None, int]:
        """The parsed token of a pronoun at a character, when it is a subject, with its sentence's
        offset (None in a sentence nobody parsed)."""
        k = self._sentence_index(at)
        offset = self.sentence_starts[k] if k >= 0 else 0
        doc = self.parsed_at().get(offset)
        pronoun = next((t for t in doc if offset + t.idx == at), None) if doc is not None else None
        return (pronoun if pronoun is not None and pronoun.dep_ in ("nsubj", "nsubjpass") else None), offset

    def _coordinated_subject(self, at: int) -> str | None:
        """For "they" in a clause coordinated with one whose subject is plural, that subject ("Kyiv
        and Moscow agreed to …, but they have both accused each other …": its actor, the first
        one's as for "Kyiv and Moscow said"; "Officials in Kyiv agreed, but they said …")."""
        pronoun, offset = self._subject_pronoun_at(at)
        if pronoun is None:
            return None
        node = pronoun.head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                if subject.pos_ not in ("PROPN", "NOUN") or not (
                        any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in ("NNS", "NNPS")):
                    return None
                found = self.speaker_of_token(subject, offset)
                return found.actor_id if found is not None else None
        return None

    def _fronted_clause_person(self, at: int) -> str | None:
        """For "he"/"she" opening a main clause after a clause that leads its sentence: the one
        asked ("When a reporter asked Peskov whether …, he said …"), or else its subject ("After
        Trump met Putin, he said …"), as the actor that mention names."""
        pronoun, offset = self._subject_pronoun_at(at)
        if pronoun is None:
            return None
        fronted = [c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i
                   and any(g.dep_ == "mark" or g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)]
        if not fronted:
            return None
        clause = fronted[0]
        asked = [c for c in clause.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"] \
            if clause.lemma_.lower() in ASIDE_VERBS else []
        named = asked or [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        found = self.speaker_of_token(named[0], offset) if named else None
        return found.actor_id if found is not None and self.kinds.get(found.actor_id or "") == "person" else None

    def _addressee_answering(self, at: int) -> str | None:
        """For "he"/"she" who answers ("He responded", "she fired back") right after a sentence in
        which someone acted on a named person ("Clinton accused Trump of …"; "The moderator pressed
        Trump on …"; "… lashed out at Rubio"): that person, the first one so named ("asked Sanders
        whether he would back Clinton"), as its actor."""
        pronoun, offset = self._subject_pronoun_at(at)
        if pronoun is None or not self._answers(pronoun.head):
            return None
        k = self._sentence_index(at) - 1
        while k >= 0 and not self.text[self.sentence_starts[k]:self._sentence_end(k)].strip():
            k -= 1  # (past a paragraph break)
        before = self.sentence_starts[k] if k >= 0 else 0
        doc = self.parsed_at().get(before) if k >= 0 else None
        if doc is None:
            return None
        # (at someone: "lashed out at Rubio", "took aim at Rubio")
        objects = [t for t in doc if t.pos_ == "PROPN" and (
            t.dep_ in ("dobj", "dative") and t.head.pos_ == "VERB"
            or t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head.pos_ in ("VERB", "NOUN"))]
        found = self.speaker_of_token(objects[0], before) if objects else None
        return found.actor_id if found is not None and self.kinds.get(found.actor_id or "") == "person" else None

    def _answers(self, verb: Token) -> bool:
        """Whether a verb answers someone: "respond", "reply", "retort" …, or a phrasal verb of
        speech with "back" in the lexicon ("fire back", "hit back")."""
        lemma = verb.lemma_.lower()
        return lemma in ANSWERING or "back" in self.lex.phrasal.get(lemma, ()) and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)

    def _introduction(self, noun: str, at: int) -> tuple[Token | None, int] | None:
        """Where a definite noun ("the statement", "the official") was introduced in the last three
        sentences before `at` ("issued a statement", "a senior Israeli official said"): the
        introducing noun with its sentence's offset, or (None, offset) in a sentence nobody parsed."""
        k = self._sentence_index(at)
        parsed = self.parsed_at()
        introduced = re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", re.I)
        for i in range(k, max(-1, k - 4), -1):
            start = self.sentence_starts[i]
            end = min(at, self._sentence_end(i))
            if start in parsed:
                for token in parsed[start]:
                    if token.lower_ == noun and start + token.idx < end and any(
                            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in token.children):
                        return token, start
            elif introduced.search(self.text, start, end):
                return None, start
        return None

    def _introduced_issuer(self, noun: str, at: int) -> str | None:
        """The issuer of the document a noun ("statement") was introduced by just before `at`
        ("issued a statement", "In a statement, the union said"): from the parse of that sentence,
        or, unparsed, whoever opens it ("The Council issued a statement")."""
        found = self._introduction(noun, at)
        if found is None:
            return None
        token, start = found
        if token is not None:
            return self._issuer(token, start)[0]
        end = self._sentence_end(self._sentence_index(start))
        opening = next((m for m in self.actors.mentions if start <= m.start < end), None)
        return opening.actor_id if opening is not None and self._opens_its_sentence(opening.start) else None

    def _issuer(self, document: Token, offset: int) -> tuple[str | None, int | None]:
        """Who issued a document: the actor of a phrase after it ("a statement from the Justice
        Department", "a document on the campaign's website", "a report released by …", "a speech
        Clinton gave"), not of a clause on it; of a modifier before it ("the Ukrainian
        resolution", "the Kremlin statement", "the U.S.-drafted resolution"); else the named
        subject of the verb it is the object of ("France proposed three amendments, which add …").
        With the issuer, where the phrase after the document that names them ends (None when no
        phrase after it names them)."""
        # (who obtained or saw it did not issue it: "The memo, obtained by The Washington Post")
        issued = [c for c in document.children if c.dep_ in ("acl", "relcl") and c.i > document.i
                  and c.lemma_ not in HOLDERS_OF_A_DOCUMENT]
        phrases = [(c, c) for c in document.children if c.dep_ == "prep" and c.i > document.i] + [
            (g, g) for c in issued if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"] + [
            # "a speech Clinton delivered", "a readout the Kremlin released": the clause's subject
            (g, c) for c in issued if c.dep_ == "relcl" for g in c.children
            if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") and g.i < c.i]
        # (not the verb the tagger took for the phrase's last noun: "The statement from the
        # campaign read, in part: …")
        ends = [g.right_edge if not (g.right_edge.tag_ in ("NN", "NNS") and g.right_edge.i > g.i + 1
                                     and g.right_edge.lower_ in ("read", "reads", *self.lex.speech_forms))
                else g.doc[g.right_edge.i - 1] for g, _ in phrases]
        last = [g.doc[max(e.i, c.i)] for (g, c), e in zip(phrases, ends)]  # (the relative clause's verb)
        spans = [(offset + g.left_edge.idx, offset + e.idx + len(e.text),
                  offset + t.idx + len(t.text)) for (g, c), e, t in zip(phrases, ends, last)]
        spans += [(offset + c.left_edge.idx, offset + c.idx + len(c.text), None) for c in document.lefts
                  if c.dep_ in ("amod", "compound", "nmod", "poss")]
        left = offset + document.left_edge.idx
        for m in self.actors.mentions:
            if m.via == "demonym" and NAME_BEFORE.search(self.text, 0, m.start):
                continue  # "data analysed by BBC Russian": part of a name, not the state
            # (a mention that takes in the article: "The Real Clear Politics average")
            span = next((s for s in spans if s[0] <= m.start < s[1] or m.start < s[0] < m.end), None)
            if span is not None:
                # (one of several issuers is not who issued it: "a study by Harvard and the
                # University of California")
                several = re.search(r"\b(?:and|or)\b|&", self.text[span[0]:m.start] + self.text[m.end:span[1]])
                # (the person the phrase ends with, described by where they work: "a study by Loyola
                # Law School professor Justin Levitt")
                author = next((p for p in self.actors.mentions if m.end <= p.start and p.end == span[1]
                               and self.kinds.get(p.actor_id) == "person"), None) if not several else None
                if author is not None:
                    m = author
                return (None if several else m.actor_id), span[2]
            if left <= m.start < offset + document.idx and ISSUED.match(self.text, m.end):
                return m.actor_id, None
        for token in document.lefts:
            # one token to the tokenizer ("U.S.-drafted"), so no mention inside: the pack's name
            name = ISSUED_TOKEN.match(token.text)
            found = self.lookup(name.group(1)) if name and self.lookup else None
            if found:
                return found[0], None
        owners = [c for c in document.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        verb = document.head if document.dep_ == "dobj" else document.head.head \
            if document.dep_ == "pobj" and document.head.lower_ == "in" and document.head.dep_ == "prep" else None
        if not owners and verb is not None:
            # "the Council issued a statement", "In a statement, the union said"
            # (a pronoun only for who spoke in it: "It said in a statement that …")
            owners = [c for c in verb.children if c.dep_ == "nsubj" and (
                c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("it", "he", "she") and document.dep_ == "pobj")]
        if not owners:
            return None, None
        found = self.speaker_of_token(owners[0], offset)
        if found is not None and found.pronoun and found.actor_id is None and found.start is not None:
            self.resolve_pronoun(found, found.start)  # "It said in a statement that …": whoever "it" is
        return (found.actor_id if found is not None and not found.group else None), None

    # ---- attributions outside the parse
    def labelled(self, passage) -> Speaker | None:
        """Transcript labels ("PENCE: …") inside a passage, and dash bylines after it
        ("“…” ― Carla Sanchez")."""
        label = LABEL.match(self.text, passage.start)
        if label:
            return self.named(label.start(1), label.end(1))
        byline = BYLINE.match(self.text, passage.close + 1)
        if byline is None and passage.open <= passage.para_start + 1:
            # a paragraph signed at its end after more words of the writer's ('“…” And that is
            # all. ― Carla Sanchez'): the signature is the paragraph's opening passage's too
            signed = SIGNATURE.search(self.text, passage.close + 1, passage.para_end)
            byline = signed if signed and signed.end() >= passage.para_end - 1 else None
        if byline:
            end = byline.end(1)
            if self.text[end - 1] == "." and len(byline.group(1).split()[-1]) > 2:
                end -= 1  # the sentence's full stop, not an initial ("― Ana Ruiz.", "― John F.")
            found = self.named(byline.start(1), end)
            of = re.search(r" (?:of|for|the) (?:the )?(?:[A-Z][a-z]{1,3}\. )?", found.text)
            if found.actor_id is None and of is not None:
                # "― Office of Sen. Ana Ruiz": an office speaks for whom it is the office of
                owner = self.named(found.start + of.end(), end)
                found.actor_id, found.kind = owner.actor_id, owner.kind
            if found.actor_id is None and len(found.text.split()) > 1 and of is None:
                # a signature is a person's full name, whether or not the recogniser saw it (not
                # "Office of Sen. Ana Ruiz")
                found.actor_id, found.kind, found.person = slugify(found.text), "person", found.text
            return found
        return None

    def possessed_words(self, passage) -> Speaker | None:
        """A quote set beside someone's words ("Putin's words – 'we will finish what we
        started' – alarmed …"): the possessor speaks."""
        before = self.text[max(passage.para_start, passage.open - 120):passage.open]
        found = POSSESSED_WORDS.search(before)
        if not found:
            return None
        start = passage.open - len(before) + found.start(1)
        mentions = self.actors.at(start, start + len(found.group(1)))
        if not mentions and found.group(2):
            # ("The mayor's message was blunt — '…' —": the role's holder, when the text names one)
            if found.group(2) not in self.roles:
                return None
            return Speaker(found.group(1), start, start + len(found.group(1)), None, role=found.group(2))
        if not mentions:
            # a name the recogniser missed ("Doe's answer: '…'"): the mention, with the person of
            # that surname met before, if any
            return self.named(start, start + len(found.group(1)))
        m = mentions[-1]
        return self._mentioned(m)

    def viewpoint(self, passage) -> Speaker | None:
        """Words quoted right after "to X," that opens a clause ("because to her, '…'", "To
        Zelensky, '…'"): in X's view, so X's words."""
        found = VIEWPOINT.search(self.text, passage.para_start, passage.open)
        if found is None:
            return None
        return self._pronoun_or_named(*found.span(1))

    def _pronoun_or_named(self, start: int, end: int) -> Speaker:
        """The speaker a word of the text names outside the parse: a pronoun to resolve later
        ("He concluded:", "To her, '…'"), else the name (with the person of that surname)."""
        word = self.text[start:end].lower()
        for kind in PRONOUN_KINDS:
            if word in self.lex.pronouns[kind]:
                return Speaker(self.text[start:end], start, end, None, pronoun=kind)
        return self.named(start, end)

    def colon_intro(self, passage) -> Speaker | None:
        """A quote introduced by a paragraph or sentence ending in a colon ("Sanders made the
        following comment:"): the first actor named in that introduction speaks."""
        before = self.text[:passage.open].rstrip()
        if not before.endswith(":"):
            return None
        intro_start = max(before.rfind("\n"), before.rfind(". "), before.rfind(".\xa0")) + 1
        mentions = self.actors.at(intro_start, len(before))
        if mentions:
            m = mentions[0]
            return self._mentioned(m)
        # "He concluded:", "McCrummen reports:": a pronoun or a name the recognizer missed
        intro = INTRO.search(before, intro_start)
        if intro:
            return self._pronoun_or_named(*intro.span(1))
        owned = ROLE_WORDS.search(before, intro_start)
        if owned and owned.group(2).lower() in self.roles:
            # "The mayor's message was blunt:": the role's holder, when the text names one
            start, end = owned.span(1)
            return Speaker(owned.group(1), start, end, None, role=owned.group(2).lower())
        label = DOCUMENT_LABEL.fullmatch(before, intro_start)
        if label and label.group(2).lower() in self.lex.documents:
            # "Statement: '…'", "Joint statement: '…'": a document's words set out under a label
            start, end = label.span(1)
            return Speaker(label.group(1), start, end, None, document=True)
        return None

    def headline_label(self, passage) -> Speaker | None:
        """A headline that opens with who says it ("Sanders: Clinton needs to 'get away from
        …'"): a person actor named before a colon at the start of the passage's paragraph."""
        label = HEADLINE_LABEL.match(self.text, passage.para_start, passage.open)
        if not label:
            return None
        speaker = self.named(label.start(1), label.end(1))
        return speaker if speaker.actor_id and speaker.kind == "person" else None

    def headline_after(self, passage) -> Speaker | None:
        """A headline that opens with the quote and names who says it after a colon ("'We are
        ready': Ukraine backs US truce plan"): the first actor named after the colon, on a short
        line with no full stop (a headline, not a sentence)."""
        after = self.text[passage.close + 1:passage.close + 4]
        if passage.open > passage.para_start + 1 or not re.match(r"\s?:\s", after):
            return None
        line_end = self.text.find("\n", passage.close)
        line_end = len(self.text) if line_end < 0 else line_end
        rest = self.text[passage.close + 1:line_end].rstrip()
        if len(rest) > 100 or rest.endswith("."):
            return None
        mentions = self.actors.at(passage.close + 1, line_end)
        if not mentions:
            return None
        m = mentions[0]
        return self._mentioned(m)

    def name_near(self, cue_start: int, cue_end: int, passage) -> Speaker | None:
        """The actor mention closest to a cue, outside the quote, within a few words."""
        best = None
        for m in self.actors.mentions:
            if passage.open <= m.start <= passage.close:
                continue
            gap = cue_start - m.end if m.end <= cue_start else m.start - cue_end
            between = self.text[m.end:cue_start] if m.end <= cue_start else self.text[cue_end:m.start]
            if 0 <= gap <= 60 and "\n" not in between and (best is None or gap < best[0]):
                best = (gap, m)
        if best is None:
            return None
        m = best[1]
        return self._mentioned(m)

    def _mentioned(self, m) -> Speaker:
        """The speaker an actor mention names, the mention as written."""
        return Speaker(self.text[m.start:m.end], m.start, m.end, m.actor_id, kind=self.kinds.get(m.actor_id))

    def _surname_like(self, word: str) -> bool:
        """A capitalised word the text also writes capitalised after a lowercase word or a comma,
        and never in lowercase ("… said Sanders", never "sanders")."""
        if not word[:1].isupper() or not word.isalpha():
            return False
        return bool(re.search(rf"[a-z,]\s+{re.escape(word)}\b", self.text)) and not written_lowercase(word, self.text)

    def named(self, start: int, end: int) -> Speaker:
        mentions = self.actors.at(start, end) or [m for m in self.actors.mentions
                                                  if m.start <= start < m.end]
        # (a name written as the document wrote it before, which the recogniser missed here)
        actor_id = mentions[0].actor_id if mentions else next(
            (m.actor_id for m in self.actors.mentions if m.text == self.text[start:end]), None) \
            or self.by_surname(self.text[start:end])
        return Speaker(self.text[start:end], start, end, actor_id, kind=self.kinds.get(actor_id or ""))

    def by_surname(self, label: str) -> str | None:
        """'PENCE' → the person actor of the document whose name ends with Pence."""
        wanted = label.strip().lower()
        for m in self.actors.mentions:
            if self.kinds.get(m.actor_id) == "person" and m.text.lower().split()[-1] == wanted:
                return m.actor_id
        found = self.lookup(label.strip().title()) if self.lookup else None
        return found[0] if found else None

    # ---- pronouns, in document order
    def same_group(self, speaker: Speaker) -> None:
        """For "one of the people" (a member of people named before): the group that spoke before
        whose name ends in that noun ("… according to three people familiar with the matter. One of
        the people said": one group; "the other official" of "two officials"), in place."""
        noun = _noun_key((speaker.group or "").lower().split()[-1:])
        prev = next((p for _, p in reversed(self.history) if p.kind == "group" and p.group
                     and _noun_key(p.group.lower().split()[-1:]) == noun), None) if noun else None
        if prev is not None:
            speaker.actor_id, speaker.group = prev.actor_id, prev.group

    def note_speaker(self, at: int, speaker: Speaker) -> None:
        """Record a resolved speaker (for later pronouns), or where a name nobody resolved spoke
        ("Stumpf said …" with no actor for Stumpf: the "he" after it is not someone before)."""
        if speaker.actor_id and not speaker.document:
            self.history.append((at, speaker))
        elif speaker.actor_id is None and speaker.pronoun is None and not speaker.document and speaker.group is None \
                and UNRESOLVED_NAME.fullmatch(speaker.text or ""):
            self.unresolved_names.append(at)

    def gender(self, actor_id: str | None) -> str | None:
        """"m" or "f" when the pack says so (an actor's "pronoun") or the document shows it (an
        honorific or a gendered role before a mention, "Mrs. Clinton", "her husband, Tom"; a
        gendered role in the description; "Maria Chen said she …" or "… said her office …" with
        nobody else named between), else None. Never from the name itself."""
        if actor_id in self.known_genders:
            return self.known_genders[actor_id]
        if self._genders is None:
            votes: dict[str, list[int]] = {}
            persons = [m for m in self.actors.mentions if self.kinds.get(m.actor_id) == "person"]
            for m in persons:
                vote = votes.setdefault(m.actor_id, [0, 0])
                title = HONORIFIC.search(self.text, max(0, m.start - 6), m.start)
                if title:
                    vote[0 if title.group(1).lower() == "mr" else 1] += 2
                role = ROLE_BEFORE.search(self.text, max(0, m.start - 20), m.start)  # "her husband, Tom"
                if role:
                    vote[0 if role.group(1).lower() in GENDERED["m"] else 1] += 2
                kin = KIN_AFTER.match(self.text, m.end)  # "Tom Lind thanked his wife"
                if kin:
                    vote[0 if kin.group(1).lower() == "his" else 1] += 1
            for offset, doc in self.parses:
                for found in GENDERED_PRONOUN.finditer(sentence_text(self.text, offset, doc)):
                    span = doc.char_span(found.start(), found.end())
                    if span is None or len(span) != 1:
                        continue
                    pronoun = span[0]
                    # "X said he …", "X said her office …": the pronoun opening what X says is X
                    clause = pronoun.head if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.lower_ in ("he", "she") \
                        else pronoun.head.head if pronoun.tag_ == "PRP$" and pronoun.lower_ in ("his", "her") \
                        and pronoun.head.dep_ in ("nsubj", "nsubjpass") else None
                    if clause is None or clause.dep_ != "ccomp" or clause.head.i == clause.i:
                        continue
                    subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
                    if not subjects:
                        continue
                    subject = subjects[0]
                    first, last = offset + subject.left_edge.idx, offset + subject.idx + len(subject.text)
                    named = [m for m in persons if first <= m.start < offset + pronoun.idx]
                    between = self.text[last:offset + pronoun.idx]
                    # (nobody else between, named or not: "Warren told Stumpf, after he admitted …")
                    if len({m.actor_id for m in named}) == 1 and named[0].start < last \
                            and len(between.split()) <= 6 and not re.search(r"[.;:!?\"“”(]|\s[A-Z]", between):
                        vote = votes.setdefault(named[0].actor_id, [0, 0])
                        vote[0 if pronoun.lower_ in ("he", "his") else 1] += 1
            for described, description in self.descriptions.items():
                words = set(re.findall(r"[a-z]+", (description or "").lower()))
                if described in votes and words & GENDERED["m"]:
                    votes[described][0] += 2
                if described in votes and words & GENDERED["f"]:
                    votes[described][1] += 2
            self._genders = {a: ("m" if v[0] > v[1] else "f") for a, v in votes.items()
                             if v[0] != v[1] and min(v) * 3 <= max(v)}
        return self._genders.get(actor_id or "")

    def _fits_pronoun(self, actor_id: str | None, pronoun: str) -> bool:
        """Whether what the document shows of an actor's gender allows the pronoun."""
        # (the first word: "His office said" speaks for a man)
        want = PRONOUN_GENDER.get((pronoun.split() or [""])[0].lower())
        known = self.gender(actor_id) if want else None
        return known is None or known == want

    def resolve_pronoun(self, speaker: Speaker, at: int) -> None:
        """Resolve a pronoun speaker in place: the first of the usual candidates (the paragraph's
        subject, a new sentence topic, the last one of the sort to speak, the last one named) the
        pronoun fits. "He" and "she" pass over a person the document shows to be of the other
        gender, for the nearest person named before who fits if no candidate does; "they" are
        people (a group, an organisation's staff, two parties at once: "Kyiv and Washington said
        they …"), never one state, which is "it", and nobody after a sentence that parties nobody named
        open ("The two sides agreed … They said"). Else unresolved, not guessed."""
        want_person = speaker.pronoun == "person"
        plural = speaker.pronoun == "plural"
        spoke = max((p for p in self.unresolved_names if p < at), default=None) if want_person else None
        if spoke is not None and spoke > max((p for p, _ in self.history if p < at), default=-1) \
                and self.text.count("\n", spoke, at) <= 2:
            # ("Stumpf, who has run the bank since 2007, said he was sorry. He added: …" with no actor
            # for Stumpf: he, whom nobody resolved, not the last one resolved before him)
            speaker.actor_id = speaker.kind = None
            return
        if speaker.pronoun == "thing" and speaker.start is not None and self._unnamed_body_before(speaker.start):
            # "The Israeli military said it had struck …. It said …" with no actor for the military:
            # that body, whom nobody named (not the last actor named before it)
            speaker.actor_id = speaker.kind = None
            return
        unheld = None  # a definite description nobody named holds, which the pronoun may stand for
        if want_person and speaker.start is not None and (described := self._described_before(speaker)) is not None \
                and self._addressee_answering(speaker.start) is None:
            # ("The mayor, a Democrat who has endorsed Clinton, disagreed. '…,' she said": the mayor,
            # who is whoever the document says holds that role, or nobody named)
            if described.actor_id is None:
                self.role_holder(described)
            if described.actor_id is not None or not DEFINITE.match(described.text) \
                    or self._names_in_aside(described.end):
                # (a definite description nobody holds may be someone named before, "The Republican
                # nominee noted …. He said": unless the name is in its aside, it goes on as usual)
                speaker.actor_id = described.actor_id
                speaker.kind = self.kinds.get(described.actor_id or "")
                return
            unheld = described
        if plural and after_unnamed_plural(self.text, self.sentence_starts, at):
            # "The two sides agreed to meet again. They said …": parties nobody named, as events
            # and positions read them
            speaker.actor_id = speaker.kind = None
            return

        # a state's people who spoke ("U.S. officials said … They said"), unlike the state, are "they"
        people = {prev.actor_id for _, prev in self.history[-1:] if plural and prev.kind == "state"
                  and any(word in self.lex.groups for word in (prev.text or "").lower().split())}

        def fits(actor_id: str | None) -> bool:
            if plural:
                return self.kinds.get(actor_id or "") != "state" or actor_id in people
            return not want_person or self._fits_pronoun(actor_id, speaker.text)
        last = next(((pos, prev) for pos, prev in reversed(self.history)
                     if pos < at and (prev.kind == "person") == want_person and (not plural or fits(prev.actor_id))),
                    None)
        coordinated = self._coordinated_subject(speaker.start) if plural and speaker.start is not None else None
        group = self._group_opening_before(at) if plural and coordinated is None and not speaker.owned else None
        if group is not None and (last is None or (last[1].start if last[1].start is not None else last[0]) < group[2]):
            # "TASS said the talks were useful. Western diplomats were less sure. They warned …": the
            # people who open the sentence before, though they spoke nowhere before
            speaker.actor_id, speaker.group, speaker.kind = group[0], group[1], "group"
            return
        if coordinated is not None:
            candidates = [coordinated]
        elif plural and last and last[1].start is not None and self._opens_sentence_before(last[1].start, at):
            # "Democrats noted that Pagliano testified to the Benghazi Committee. They noted …": the
            # people who just spoke, opening the sentence before, not a body named inside it
            candidates = [last[1].actor_id]
        else:
            candidates = []
        fronted = self._fronted_clause_person(speaker.start) \
            if want_person and not plural and speaker.start is not None and not candidates else None
        addressee = self._addressee_answering(speaker.start) \
            if want_person and not plural and speaker.start is not None and fronted is None else None
        candidates += [c for c in (addressee, fronted, self._paragraph_subject(at, want_person),
                                  self._sentence_opening_mention(last[0] if last else 0, at, want_person),
                                  last[1].actor_id if last else None,
                                  self.actors.last_before(at, person=want_person, kinds=self.kinds, text=self.text))
                       if c is not None]
        # (a coordinated subject is people, never one state, though two parties' actor is the first one's)
        chosen = coordinated if coordinated is not None else next((c for c in candidates if fits(c)), None)
        if chosen is None and candidates and want_person:
            chosen = next((m.actor_id for m in reversed(self.actors.mentions)
                           if m.start < at and at - m.start <= NEARBY and self.kinds.get(m.actor_id) == "person"
                           and fits(m.actor_id)), None)
        if unheld is not None and unheld.role and self._described_otherwise(chosen, unheld.role):
            # ("Klein, a Democratic strategist, … The candidate himself seemed unbothered. '…,' he
            # said": not the strategist)
            chosen = None
        if chosen is None and speaker.pronoun == "thing":
            chosen = self._persons_institution(at)
        if chosen is None and plural:
            chosen = self._people_of_a_state(at)
        speaker.actor_id = chosen
        speaker.kind = self.kinds.get(chosen or "")
        if speaker.owned and chosen is not None:
            speaker.actor_id, speaker.group = self.owned_group(chosen, speaker.owned)
            speaker.kind = "group"

    def _sentence_before(self, at: int) -> tuple[int, int] | None:
        """The span of the sentence before the one at `at` (from its start to the next one's), if any."""
        k = self._sentence_index(at)
        return (self.sentence_starts[k - 1], self.sentence_starts[k]) if k >= 1 else None

    def _unnamed_body_before(self, at: int) -> bool:
        """Whether the sentence before the one at `at` opens with a body named by a definite
        institution noun ("The Israeli military said …") that no actor mention covers and that
        did not resolve as a speaker ("The alliance said" after NATO did)."""
        before = self._sentence_before(at)
        if before is None:
            return False
        lo, hi = before
        body = UNNAMED_BODY.match(self.text, lo, hi)
        return body is not None and body.group(1).lower() in self.lex.institutions \
            and not any(lo <= m.start < body.end() for m in self.actors.mentions) \
            and not any(prev.start is not None and lo <= prev.start < body.end() for _, prev in self.history)

    def _sentence_opener_before(self, at: int) -> MentionSpan | None:
        """The actor mention that opens the sentence before the one at `at`, if any, when the
        sentence at `at` names nobody before it ("NATO met. Ukraine's special forces claimed a strike,
        which the group called …" is not NATO)."""
        before = self._sentence_before(at)
        if before is None or any(before[1] <= m.start < at for m in self.actors.mentions):
            return None
        lo, hi = before
        opener = re.match(r"\W*" + SENTENCE_OPENER, self.text[lo:hi])
        first = lo + (opener.end() if opener else 0)
        return next((m for m in self.actors.mentions if m.start == first), None)

    def _one_before(self, at: int) -> bool:
        """Whether "One" or "Another" opens one of the two sentences before `at` ("One of them said …
        Another said …. A third said")."""
        k = self._sentence_index(at)
        return any(re.match(SENTENCE_OPENER + r"(?:One|Another)\b", self.text[self.sentence_starts[j]:])
                   for j in range(max(0, k - 2), k))

    def _one_described_before(self, at: int) -> bool:
        """Whether the sentence before `at` opens with "One" and a description ("One GOP aide, who
        …, said"), not "One of them"."""
        before = self._sentence_before(at)
        one = ONE_DESCRIBED.match(self.text, *before) if before is not None else None
        if one is None and before is not None:
            # (or one so described speaking after the words: '"…," one Republican strategist said.')
            return any(found.group(1) in PERSON_NOUNS for found in ONE_DESCRIBED_INSIDE.finditer(self.text, *before))
        return one is not None and one.group(1).lower() not in self.lex.speech_forms  # (not "One said …")

    def _described_otherwise(self, actor_id: str | None, role: str) -> bool:
        """Whether the document describes a person by some role or station, none of them `role`
        (what a pack says of them may be another time's)."""
        words = set(re.findall(r"[a-z-]+", (self.described_here.get(actor_id or "") or "").lower()))
        return bool(words & PERSON_NOUNS) and role not in words and self.role_synonyms.get(role, role) not in words

    def _names_in_aside(self, end: int) -> bool:
        """Whether the aside right after a description ("The mayor, a Democrat who has endorsed
        Clinton, …", "The mayor who endorsed Clinton …") names a person."""
        aside = re.match(r",[^,.;]*|\s+who\b[^,.;]*", self.text[end:])
        return aside is not None and any(end < m.start < end + aside.end() and self.kinds.get(m.actor_id) == "person"
                                         for m in self.actors.mentions)

    def _described_before(self, speaker: Speaker) -> Speaker | None:
        """The one person nobody names who opens the sentence of a "he"/"she", or the sentence
        before it in the paragraph, with no person named opening a sentence or speaking since: a
        speaker for the role noun ("The mayor, a Democrat who …, disagreed"), of the pronoun's
        gender where the noun has one ("The spokesman … She said" is not him)."""
        at = speaker.start
        k = self._sentence_index(at)
        for i in (k, k - 1):
            if i < 0 or "\n" in self.text[self.sentence_starts[i]:at]:
                return None
            start = self.sentence_starts[i]
            found = DESCRIBED.match(self.text, start)
            if found is None or found.end() >= at or found.group(2) not in PERSON_NOUNS \
                    or not self.text[found.end():at].strip(", "):
                # (nor the subject of the words an attribution interrupts: "Her rival, she said, '…'")
                continue
            if NOUN_GENDER.get(found.group(2), PRONOUN_GENDER.get(speaker.text.lower())) \
                    != PRONOUN_GENDER.get(speaker.text.lower()):
                return None
            named = next((m for m in self.actors.mentions if found.end() < m.start <= found.end() + 2
                          and self.text[found.end():m.start] == ", "), None)
            if named is not None:
                # ("A spokesman for Clinton, Brian Fallon, disputed it. '…,' he said": the one named
                # in apposition)
                if self.kinds.get(named.actor_id) != "person" or self.text[named.end:named.end + 1] != ",":
                    return None
                return Speaker(named.text, named.start, named.end, named.actor_id, role=found.group(2))
            if any(found.end() < pos < at and prev.kind == "person" for pos, prev in self.history) or any(
                    found.end() < m.start < at and self.kinds.get(m.actor_id) == "person"
                    and self._opens_its_sentence(m.start) for m in self.actors.mentions):
                return None
            return Speaker(found.group(0), found.start(), found.end(), None, role=found.group(2))
        return None

    def owned_group(self, owner: str, people: str) -> tuple[str, str]:
        """The group of a person's people ("aides" of Paul Ryan): its id and name, after the
        longest name the document gives the person."""
        named = max((m.text for m in self.actors.mentions if m.actor_id == owner), key=len, default=owner)
        return "group:" + slugify(f"{owner} {people}"), f"{strip_possessive(named)}'s {people}"

    def _group_opening_before(self, at: int) -> tuple[str, str, int] | None:
        """The people of no actor that open the sentence before "they", in its paragraph ("Western
        diplomats were less sure."): their group's id, name and where they are named."""
        k = self._sentence_index(at)
        if k < 1:
            return None
        since, until = self.sentence_starts[k - 1], self.sentence_starts[k]
        if "\n" in self.text[since:at].rstrip():
            return None
        opening = GROUP_OPENING.match(self.text, since, until)
        if opening is None or opening.group(2).lower() not in self.lex.groups \
                or self.actors.at(opening.start(1), opening.end(1)):
            return None
        name = opening.group(1)
        return "group:" + slugify(name), name, opening.start(1)

    def _people_of_a_state(self, at: int) -> str | None:
        """The state whose people the sentence before "they" opens with ("Russian negotiators
        arrived in Istanbul. They insisted …"): they speak for it, as "Russian negotiators said"
        does (not people of two states: "Ukrainian and American officials")."""
        k = self._sentence_index(at)
        if k < 1:
            return None
        since, until = self.sentence_starts[k - 1], self.sentence_starts[k]
        opening = PEOPLE_OF.match(self.text, since, until)
        if opening is None:
            return None
        found = [m for m in self.actors.mentions if m.start == opening.start(1) and m.via == "demonym"]
        return found[0].actor_id if found else None

    def _persons_institution(self, at: int) -> str | None:
        """The person whose office or campaign the sentence before "it" names ("Speaker Paul Ryan's
        office released a statement. '…,' it said", "The Clinton campaign pushed back. '…,' it
        said"), or whose statement ("McCain's statement was short. '…,' it said"): they speak
        through it, as "Ryan's office said" does."""
        k = self._sentence_index(at)
        since = self.sentence_starts[k - 1] if k >= 1 else 0
        for m in reversed(self.actors.mentions):
            if m.start >= at:
                continue
            if m.start < since:
                break
            if self.kinds.get(m.actor_id) == "person" and INSTITUTION_AFTER.match(self.text, m.end):
                return m.actor_id
        return None

    def _holds_role(self, actor_id: str | None, role: str, mention: str) -> bool:
        """Whether a person's description has the role a mention names ("the spokesman"), and
        the mention's capitalised qualifiers: each in the description, or naming the same state as
        it ("the Russian president" is the President of Russia; "the Mexican president" is not the
        President of the United States)."""
        description = self.descriptions.get(actor_id) or ""
        names = {role, self.role_synonyms.get(role, role)}
        # (with the words that make it another office: "the deputy foreign minister" is not the
        # Foreign Minister)
        words = mention.split()
        last = max((k for k, w in enumerate(words) if w.lower() == role.split()[-1]), default=None)
        if last is not None:
            k = last - len(role.split()) + 1
            while k > 0 and words[k - 1] in OFFICE_WORDS:
                k -= 1
            names = {" ".join(words[k:last - len(role.split()) + 1] + [name]) for name in names}
        if self.kinds.get(actor_id or "") != "person" \
                or not any(re.search(rf"\b{re.escape(name)}\b", description, re.I) for name in names):
            return False
        qualifiers = [q for q in CAPITALISED.findall(mention) if q.lower() not in ("the", "a", "an", role)]
        if not qualifiers:
            return True
        lookup = self.lookup or (lambda _: None)
        states = {found[0] for name in CAPITALISED.findall(description) if (found := lookup(name)) is not None}
        return all(re.search(rf"\b{re.escape(q)}", description)
                   or (found := lookup(q)) is not None and found[0] in states for q in qualifiers)

    def role_holder(self, speaker: Speaker) -> None:
        """For a speaker named by a role ("the president added"), the holder of that role who is
        the topic: the last such person to speak or to open a sentence shortly before, rather than
        the last one merely named ("Trump said he was unhappy with Putin. '…,' the president
        added": Trump, though Putin was named last)."""
        at = speaker.start

        def holds(actor_id: str | None) -> bool:
            return self._holds_role(actor_id, speaker.role, speaker.text)
        best = None
        for pos, prev in reversed(self.history):
            if pos < at and holds(prev.actor_id):
                best = (pos, prev.actor_id)
                break
        for m in reversed(self.actors.mentions):
            if best is not None and m.start <= best[0]:
                break
            if m.start < at and holds(m.actor_id) and not self.in_quote(m.start) and self._opens_its_sentence(m.start):
                best = (m.start, m.actor_id)
                break
        if best is not None and at - best[0] <= ROLE_REACH:
            speaker.actor_id = best[1]

    def epithet_holder(self, speaker: Speaker) -> None:
        """For a speaker named by an office, a standing or a party's noun nobody in the document is
        described by ("Bernie Sanders urged … '…,' the Vermont senator said", "the billionaire", "the
        Nevada Democrat"), the person it refers back to: the last person to speak or to open a
        sentence, in an earlier sentence within reach, with nobody else named since (outside
        quotes), whom the document describes by no other role (the pack by no other office), of the
        noun's gender, and of the state a qualifier names ("the Russian president" is not Trump).
        Not a description with an aside that introduces someone ("The mayor, a Democrat, …"), nor
        one owned ("Clinton's running mate")."""
        at, last = speaker.start, speaker.text.split()[-1]
        # (a party's member by the party's noun: "the Nevada Democrat said")
        party = last[:5] if last in PARTY_WORDS and last[:1].isupper() and not speaker.role else None
        role = speaker.role or last.lower()
        if speaker.actor_id is not None or at is None or role not in EPITHETS | STANDINGS and party is None \
                or not re.match(r"the\s", speaker.text, re.I) or re.search(r"['’]s\b", speaker.text) \
                or re.match(r",\s*(?:a|an|the|who)\b|\s+who\b", self.text[speaker.end or at:]):
            return
        people = {m.actor_id for m in self.actors.mentions if self.kinds.get(m.actor_id) == "person"}
        if any(self._holds_role(actor_id, role, speaker.text) for actor_id in people):
            return  # (someone holds it, only further back: not guessed)
        since = self.sentence_starts[max(self._sentence_index(at), 0)] if self.sentence_starts else at
        spoke = next(((pos, prev.actor_id) for pos, prev in reversed(self.history)
                      if pos < since and prev.kind == "person" and not prev.pronoun), None)
        opened = next(((m.start, m.actor_id) for m in reversed(self.actors.mentions)
                       if m.start < since and self.kinds.get(m.actor_id) == "person"
                       and not self.in_quote(m.start) and self._opens_its_sentence(m.start)), None)
        found = max((c for c in (spoke, opened) if c is not None), default=None)
        if found is None or at - found[0] > ROLE_REACH:
            return
        # (nobody else named since, outside quotes, who may be meant: "Trump attacked Obama. '…,' the
        # president said"; "Nervo wrote …. Lawyers for Donald and Ivana Trump filed papers …. The GOP
        # presidential nominee argued" is not the judge)
        actor_id = found[1]
        if any(found[0] < m.start < at and m.actor_id != actor_id and self.kinds.get(m.actor_id) == "person"
               and not self.in_quote(m.start) for m in self.actors.mentions):
            return
        gender = NOUN_GENDER.get(role)
        held = set(re.findall(r"[a-z-]+", (self.descriptions.get(actor_id) or "").lower())) & OFFICES
        here = self.described_here.get(actor_id) or ""
        if party is not None:
            if any(word[:5] != party for word in PARTY_WORDS if re.search(rf"\b{word}\b", here)):
                return  # (of another party: "Democratic nominee Ana Ruiz" is no Republican)
        elif gender is not None and self.gender(actor_id) not in (None, gender) \
                or role not in STANDINGS and self._described_otherwise(actor_id, role) \
                or re.search(rf"\b{re.escape(role)}\b", here, re.I):
            return  # (described by another role, or by this one as another's: "Democratic nominee Ana Ruiz")
        elif role in OFFICES and held and role not in held:
            return  # (another office, as the pack has it too: "the senator" is not Trump)
        lookup = self.lookup or (lambda _: None)
        description = self.descriptions.get(actor_id) or ""
        states = {hit[0] for name in CAPITALISED.findall(description) if (hit := lookup(name)) is not None}
        k = self._sentence_index(at)
        sentence = self.sentence_starts[k] if k >= 0 else None
        parsed = self.parsed_at().get(sentence) if sentence is not None else None
        for q in CAPITALISED_WORD.finditer(speaker.text, 4):  # (after "the ")
            if q.group().lower() == role or q.group() in PARTY_WORDS or q.group() in description:
                continue
            named = lookup(q.group())
            if named is not None and named[0] not in states:
                return  # ("the Russian president" is not Trump)
            if named is None and (parsed is None or any(
                    t.ent_type_ == "NORP" and at + q.start() <= sentence + t.idx < at + q.end() for t in parsed)):
                return  # (a nationality the document does not show they have: "the Mexican president")
        speaker.actor_id, speaker.kind = actor_id, "person"

    def _paragraph_subject(self, at: int, person: bool) -> str | None:
        return self.actors.paragraph_subject(at, person=person, kinds=self.kinds, text=self.text, roles=self.roles,
                                             sentence_starts=self.sentence_starts, quoted=self.quoted)

    def _opens_sentence_before(self, start: int, at: int) -> bool:
        """Whether a mention at `start` opens the sentence of `at` or the one before it, in the
        same paragraph."""
        k, i = self._sentence_index(at), self._sentence_index(start)
        return k - 1 <= i <= k and "\n" not in self.text[start:at].rstrip() and self._opens_its_sentence(start)

    def _sentence_index(self, char: int) -> int:
        """The index in `sentence_starts` of the sentence a character is in (-1 before the first)."""
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def _sentence_end(self, i: int) -> int:
        """Where sentence `i` ends (the next one's start, or the text's end)."""
        return self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)

    def _opens_its_sentence(self, start: int) -> bool:
        """Whether a mention at `start` opens its sentence ("Putin said …", "But the Kremlin …")."""
        i = self._sentence_index(start)
        return i >= 0 and self._opens(self.sentence_starts[i], start)

    def _sentence_opening_mention(self, since: int, at: int, person: bool) -> str | None:
        """The last actor that opened a sentence between `since` and `at` (a new topic)."""
        found = None
        for m in self.actors.mentions:
            if m.start <= since:
                continue
            if m.start >= at:
                break
            if (self.kinds.get(m.actor_id) == "person") == person and self._opens_its_sentence(m.start):
                found = m.actor_id
        return found

    def _opens(self, sent_start: int, mention_start: int) -> bool:
        between = self.text[sent_start:mention_start].strip()
        # (or a title ending in a role: "Trump campaign spokesman Jason Miller told …")
        # (not a name in an apposition: "Ushakov, Putin's aide, …" is opened by Ushakov)
        return between in ("", "But", "And", "US President", "President", "Russian President",
                           "Ukrainian President") or (len(between.split()) <= 3 and between.istitle()
                                                      and "," not in between) \
            or title_phrase(between.split(), self.roles)


def misread_aside(cue: Token) -> Token | None:
    """The participle of an aside the parser read as a clause the cue reports: "Pence, asked
    about the tape, told CNN …" as "Pence asked about the tape, (they) told CNN" (a verb of
    asking set off by commas right after its subject, before the cue)."""
    doc = cue.doc
    for c in cue.children:
        # (the comma closing the aside may hang on it: "Trump, asked about it at an event, said …")
        end = c.right_edge.i if c.right_edge.text == "," else c.right_edge.i + 1
        if c.dep_ in ("ccomp", "advcl") and c.i < cue.i and c.lemma_.lower() in ASIDE_VERBS \
                and c.tag_ in ("VBD", "VBN") \
                and doc[c.i - 1].text == "," and end < cue.i and doc[end].text == "," \
                and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children):
            return c
    return None


def _named_before_aside(cue: Token) -> Token | None:
    """'"…," Vice President Joe Biden, campaigning in Ohio, said.': the parser hangs the name
    inside the quote; the noun phrase right after the closing mark, set off from the cue by an
    aside between commas, speaks."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    close = next((t for t in reversed(doc[max(0, cue.i - 25):cue.i - 1]) if t.tag_ == "''"), None)
    if close is None or doc[close.i - 1].text != ",":
        return None  # ('… the "fair" price, the envoy said': no attribution after a quote)
    head = None
    for token in doc[close.i + 1:cue.i - 1]:
        if token.text == ",":
            break
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
        elif token.pos_ not in ("DET", "ADJ") and token.dep_ != "compound":
            return None
    if head is None or head.i + 1 >= cue.i - 1 or doc[head.i + 1].text != ",":
        return None  # the aside between the name and the cue is missing
    return head


def reporting_verb_above(cue: Token, is_speech) -> Token | None:
    """The verb of speech that a comma-separated participle of speech at the end of its
    reported clause belongs to ("He argued [that it is too early for the US to ease sanctions],
    stating that …"): the parser hangs the participle on the clause's last verb, but what it
    reports is the reporter's. None when the participle's head is not inside a reported clause."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i == 0 or cue.doc[cue.i - 1].text != "," \
            or cue.head.i > cue.i or is_speech(cue.head):
        return None
    node = cue.head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and is_speech(node.head) and node.head.i < node.i:
            return node.head
        node = node.head
    return None


DAY_NAMES = {*WEEKDAYS, "january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "today", "tonight", "yesterday"}


NAMED_TYPES = ("PERSON", "ORG", "NORP", "GPE", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT")


def words_of(prep: Token) -> Token | None:
    """Whose words "in the words of X" or "in X's (own) words" gives: X (not "in other words")."""
    for words in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "words"):
        for of in (c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((o for o in of.children if o.dep_ == "pobj"), None)
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return None


def _misparsed_who(subj: Token) -> bool:
    """"Who" after a comma that the parser made the subject of a clause coordinated with the
    main one, or of a relative clause on a verb ("…, according to aides to both, who described
    the call as …"): a relative clause all the same, on the noun before the comma."""
    return subj.lower_ == "who" and subj.i >= 2 and subj.doc[subj.i - 1].text == "," \
        and subj.doc[subj.i - 2].pos_ in ("NOUN", "PROPN", "PRON", "DET") and (
            subj.head.dep_ == "conj" or subj.head.dep_ == "relcl" and subj.head.head.pos_ in ("VERB", "AUX"))


def _singular_verb(verb: Token) -> bool:
    """A verb in the third person singular, or with such an auxiliary ("says", "has said", "is")."""
    return verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in verb.children)


def _gerund_subject_in_phrase(cue: Token) -> Token | None:
    """The subject of a gerund that the parser hung on the verb, not on the preposition before its
    subject ("… remain confident despite a few backers of the bill, such as Ruth Alvarez, now saying
    …"): the phrase's noun, or the people it names as examples."""
    k = cue.i - 1
    while k > 0 and (cue.doc[k].pos_ == "ADV" or cue.doc[k].text == ","):
        k -= 1
    # (a comma before the gerund only closes an aside inside the phrase: "filed a complaint with the
    # board, claiming …" is the filer's claim)
    comma = any(t.text == "," for t in cue.doc[k + 1:cue.i])
    for prep in cue.head.children:
        if prep.dep_ == "prep" and prep.lower_ in GERUND_PREPOSITIONS and prep.i < cue.i \
                and max(t.i for t in prep.subtree if not t.is_punct) == k \
                and (not comma or any(t.text == "," and t.i < k for t in prep.subtree)):
            obj = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
            examples = [o for a in (obj.children if obj is not None else ()) if a.dep_ == "prep" and a.lower_ == "as"
                        and any(c.lower_ == "such" for c in a.children) for o in a.children if o.dep_ == "pobj"]
            return examples[0] if examples else obj
    return None


def _odd_marks_before(token: Token, marks: tuple[str, ...] = ("''",)) -> bool:
    """Whether a token stands inside quotation marks of its sentence: an odd number of marks before it
    (by default two apostrophes, which the passages do not read as marks unless told to)."""
    return sum(1 for t in token.doc[:token.i] if t.text in marks) % 2 == 1


def _fronted_participle(cue: Token) -> Token | None:
    """A participle phrase opening the sentence of a cue ("Speaking to reporters, …, said"),
    which the parser may make the cue's clausal subject."""
    return next((c for c in cue.children if c.dep_ in ("advcl", "csubj") and c.tag_ in ("VBG", "VBN")
                 and c.left_edge.i == 0 and c.i < cue.i), None)


def is_date(token: Token) -> bool:
    """A day or month, not a name that is spelt like one ("Theresa May", "April Ryan")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in DAY_NAMES and token.ent_type_ not in NAMED_TYPES


def _parenthetical_in_relative(cue: Token, subj: Token) -> bool:
    """'which he said were …': the cue and its subject sit inside a relative clause whose own
    relative pronoun belongs to the cue's complement."""
    return cue.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in cue.children) \
        and any(t.lower_ in ("which", "who", "whom") and t.i < subj.i for t in cue.subtree)


def _clause_of(subj: Token) -> Token:
    """The verb whose subject a token is (past an auxiliary the parser hung it on)."""
    return subj.head.head if subj.head.dep_ in ("aux", "auxpass") and subj.head.head.i != subj.head.i else subj.head


def _contiguous_to(head: Token, tokens: list[Token]) -> list[Token]:
    """The tokens that end at the head without a gap (drop a detached left part)."""
    out: list[Token] = []
    for t in reversed(tokens):
        if out and t.i != out[-1].i - 1:
            break
        out.append(t)
    return list(reversed(out))


def _strip_det(text: str) -> str:
    # (and a relative "which" the parser made a determiner: "the talks, which officials said were …")
    for det in ("the ", "The ", "a ", "A ", "an ", "An ", "some ", "Some ", "many ", "Many ", "most ", "Most ",
                "which "):
        if text.startswith(det):
            return text[len(det):]
    return text
