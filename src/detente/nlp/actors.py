"""Actor recognition and canonicalisation: the `detente_actors` spaCy component.

Pack entries (aliases, metonyms, demonyms) are matched first and override the statistical
NER, whose labels the small model often gets wrong ("Kyiv" as a person). People the pack
does not know become actors from NER, with a description read from the text (appositive or
title) and surname-only mentions resolved to the full name seen in the same document.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from detente.nlp.parse import DATELINE, TITLE_SMALL_WORDS, word_forms
from detente.packs import Pack, load_pack
from detente.records import Actor
from detente.resources import load_mapping

__all__ = ["MentionSpan", "ActorIndex", "ActorRecognizer", "after_unnamed_plural", "slugify", "title_phrase",
           "written_lowercase"]

POSSESSIVE = re.compile(r"(?:['’]s?|’)$")
PARTY_TAG = re.compile(r"^\s*\(([RDI])-([A-Z][A-Za-z. ]{1,14})\)")
NAME_TOKEN = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*$")
# lowercase particles inside a name ("Majed al-Ansari", "Ursula von der Leyen", "Luiz Inácio Lula da Silva")
NAME_PARTICLE = re.compile(r"^(?:(?:al|el|ad|as|ash|at|az|ar|an)-[A-ZÀ-Þ][\w'’-]*|bin|ibn|bint|van|von|de|da|di|"
                           r"du|del|della|der|den|dos|das|la|le|ter|ten)$")
# capitalised words that open a sentence before a name and are no given name (spaCy's stop words
# aside): adverbs ("Later Trump said") and prepositions ("Unlike Trump, …")
SENTENCE_OPENERS = {"yesterday", "today", "tonight", "earlier", "later", "meanwhile", "still", "now", "then",
                    "instead", "again", "also", "finally", "eventually", "separately", "privately", "publicly",
                    "initially", "previously", "recently", "ultimately", "overnight", "ironically", "notably",
                    "unlike", "like", "despite", "following", "amid", "per", "via", "including", "regarding",
                    "besides", "beyond", "near", "inside", "outside", "versus", "plus", "asked", "unless"}
# words before the state in a description that say nothing of allegiance ("former Ukrainian …")
DESCRIPTION_MODIFIERS = {"former", "retired", "ex", "acting", "senior", "top", "leading", "prominent", "veteran",
                         "then", "longtime", "outgoing", "incoming"}
# generational suffixes: "Donald Trump Jr." is not Donald Trump, "Trump Jr." is the son
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
# the last word of an institution's name that may open with a place ("Kyiv School of Economics")
INSTITUTIONS = {"Institute", "University", "School", "College", "Academy", "Foundation", "Society", "Times",
                "Post", "Independent", "Journal", "Herald", "Tribune", "Observer", "Examiner", "Gazette", "Telegraph",
                "Chronicle", "Inquirer", "Globe", "Courier", "Dispatch", "Monitor", "Center", "Centre", "Museum",
                "Conservatory", "Library", "Club", "Orchestra", "Theatre", "Theater", "Airport", "Stadium"}
# the last word of a body's name that is no state's own organ: a name the model found with a
# state's adjective in it is that body, not the state ("the European Automobile Manufacturers'
# Association"; "the Russian Defence Ministry" is Russia's)
BODIES = INSTITUTIONS - {"Airport", "Stadium"} | {"Association", "Federation", "Confederation", "Chamber",
                                                  "League", "Forum", "Network", "Coalition", "Alliance", "Union"}
# entity labels the small model puts on people's names often enough ("Keir Giles" WORK_OF_ART)
# that a name with a role phrase next to it is taken for a person
MISLABELLED = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LOC", "NORP", "EVENT", "LAW"}
STOP_TOKENS = {",", ";", ":", "(", ")", "“", "”", '"', "‘", "'", "—", "–", "said", "says", "told",
               "who", "which", "added", "wrote", "noted"}


# states whose people's names the press writes family name first ("Wang Yi" is Mr. Wang)
FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK"}
FAMILY_FIRST = "family:"  # the key of a family name written first, among the surnames


@dataclass(slots=True)
class MentionSpan:
    """An actor mention in a document: character offsets and how it was recognised."""

    start: int
    end: int
    actor_id: str
    text: str
    via: str  # alias | metonym | demonym | ner | surname | former ("the former", "the latter")


# role words that also open the names of organisations ("General Electric", "Major League Baseball",
# "Head Start"): before a name the model took for an organisation, no title
OPENS_ORGANISATIONS = {"general", "major", "chief", "head", "executive", "deputy", "leader", "member", "host",
                       "resident", "president", "premier", "king", "prince", "captain"}
# words of a title between an institution or a person and the name it describes ("Trump campaign
# spokesman Jason Miller"), besides the role nouns of lexicon/roles.yaml
TITLE_WORDS = {"campaign", "press", "foreign", "deputy", "former", "senior", "top", "chief", "party", "policy",
               "national", "security", "communications", "communication", "defense", "defence", "state", "white", "house"}
# a sentence opened by parties nobody named ("The three sides agreed …"): what a following
# "they" refers to
UNNAMED_PLURAL = re.compile(r"(?:The|These|Those|Both|All)\s+(?:[a-z-]+\s+){0,2}(?:sides|parties|countries|nations|"
                            r"leaders|delegations|officials|negotiators|governments|teams|allies|partners)\b")
CHAIN_PRONOUNS = {"he", "his", "she", "her", "him"}
# words a headline leaves in lowercase ("Mayor Vows To Fight Cuts as Budget Shrinks")
HEADLINE_SMALL_WORDS = TITLE_SMALL_WORDS | {"as"}
# a phrase before the subject that names someone else: "Unlike Trump, …", "After meeting Xi, …"
FRONTED = re.compile(r"(?:(?:Later|Earlier|Then|Meanwhile|Separately|Afterward|Afterwards|Still|Instead),\s*)?"
                     # (a place, time or occasion set before the subject: "Later, in an interview
                     # with Fox News host Sean Hannity, Trump said …", "At a rally with Pence, Trump …")
                     r"(?:In|At|On|During|Unlike|Like|After|Before|Despite|With|Without|Against|Besides|Beyond|For|"
                     r"Following|Alongside|Apart from|As with|In contrast to|"
                     # a participle or a subordinate clause set before the subject ("Asked if he
                     # trusted Putin, Trump said …", "When Putin called, Trump …")
                     r"Asked|Speaking|Responding|Answering|Addressing|Talking|Writing|When|While|"
                     r"Although|Though|Once|Until|Because|Since|If)\b[^,.;]{1,80},\s*", re.IGNORECASE)

FORMER_REACH = 600  # characters back in which "the former" looks for the two people named
# "the former", "the latter" standing for one of two people just named: not before a noun ("the
# former president") nor where a thing is meant ("If it is the former, …"): before a verb in the
# past or a word of this list, or a comma when it opens its sentence ("The latter, a general, said")
_FORMER_NEXT = (r"\s+(?:[a-z]+ed|is|was|has|had|says|would|will|could|can|did|does|also|later|then|however|"
                r"told|said|went|spoke|met|made|took|gave|wrote|sent|kept|held|insisted|who)\b")
FORMER_LATTER = re.compile(rf"\bThe (former|latter)\b(?=\s*,|{_FORMER_NEXT})|\bthe (former|latter)\b(?={_FORMER_NEXT})")


@dataclass
class DocActors:
    """What the recognizer found in one document."""

    mentions: list[MentionSpan] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    # what this document calls a pack person besides the pack's description ("Republican presidential
    # nominee Donald Trump", "Donald Trump, the Republican nominee,"): "the nominee said" is them here
    described: dict[str, list[str]] = field(default_factory=dict)

    def at(self, start: int, end: int) -> list[MentionSpan]:
        """Mentions that lie within [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def paragraph_subject(self, at: int, *, person: bool, kinds: dict[str, str], text: str,
                          sentence_starts: list[int], quoted: list[tuple[int, int]] = (),
                          roles: set[str] = frozenset()) -> str | None:
        """The first actor of the right sort in the nearest earlier sentence of the same
        paragraph, outside quotes ("At the press conference, Putin outlined … He asked" →
        Putin): a pronoun's likely antecedent, the sentence topic rather than the last name.
        A name in a title before another ("Trump campaign spokesman Jason Miller") is not it."""
        para_start = text.rfind("\n", 0, at) + 1
        i = bisect.bisect_right(sentence_starts, at) - 1
        while i >= 0 and sentence_starts[i] >= para_start:
            start = sentence_starts[i]
            nxt = sentence_starts[i + 1] if i + 1 < len(sentence_starts) else len(text)
            end = at if start <= at < nxt else nxt
            # (not a name in a phrase set before the subject: "Asked if he trusted Putin, Trump …")
            lead = len(text[start:nxt]) - len(text[start:nxt].lstrip())
            fronted = FRONTED.match(text, start + lead, nxt)
            if fronted:
                start = fronted.end()
            for m in self.mentions:
                if start <= m.start < min(end, at) and (kinds.get(m.actor_id) == "person") == person \
                        and not any(a <= m.start < b for a, b in quoted) and not self._in_title(m, text, roles) \
                        and not (not person and _people_by_demonym(m, text)):
                    return m.actor_id
            i -= 1
        return None

    def _in_title(self, mention: MentionSpan, text: str, roles: set[str]) -> bool:
        """A name in the title of the person named right after it: "Trump campaign spokesman
        Jason Miller", "Kremlin spokesman Dmitry Peskov" (a few words ending in a role noun), or
        a possessive whose noun the name right after it, set off by a comma, is ("Clinton’s
        campaign manager, Robby Mook")."""
        nxt = next((m for m in self.mentions if m.start >= mention.end), None)
        if nxt is None:
            return False
        between = text[mention.end:nxt.start]
        # (whoever the possessive's noun is, named right after it: "Jeb Bush’s brother, former
        # President George W. Bush")
        owned = re.fullmatch(r"['’]s(?:\s+[A-Za-z-]+){1,6},\s+(.*)", between, re.S)
        if owned and (not owned.group(1).strip() or title_phrase(owned.group(1).split(), roles)):
            return True
        return title_phrase(re.sub(r"^['’]s\b", "", between).split(), roles)

    def chain_topic(self, at: int, *, kinds: dict[str, str], text: str,
                    sentence_starts: list[int]) -> str | None:
        """The person a chain of he/she sentences is about, for a pronoun at `at` that opens its
        sentence (after a fronted phrase at most: "In the meantime, he …"): going back over
        sentences that open with a third-person pronoun, the first person named in the sentence
        that starts the chain, outside a fronted phrase ("Unlike Trump, Putin is in no hurry. His
        army … He will … In the meantime, he intends …" → Putin). None for a pronoun elsewhere."""
        i = bisect.bisect_right(sentence_starts, at) - 1
        lead = text[sentence_starts[i]:at] if i >= 0 else ""
        if lead.strip() and not lead.rstrip().endswith(","):
            return None
        for _ in range(8):
            i -= 1
            if i < 0:
                return None
            start = sentence_starts[i]
            end = sentence_starts[i + 1]
            sentence = text[start:end].lstrip(" \t\n\"“‘'")
            first = sentence.split(" ", 1)[0].strip(",.").lower()
            if not sentence.strip() or first in CHAIN_PRONOUNS:
                continue  # (a blank line, or the chain going on)
            fronted = FRONTED.match(sentence)
            skip_to = start + (len(text[start:end]) - len(sentence)) + (fronted.end() if fronted else 0)
            for m in self.mentions:
                if skip_to <= m.start < end and kinds.get(m.actor_id) == "person":
                    return m.actor_id
            return None
        return None

    def last_named_thing(self, before: int, kinds: dict[str, str], within: int) -> MentionSpan | None:
        """The last actor named before `before`, within `within` characters, that is no person and
        not named by a state's adjective ("Hamas accepted the Egyptian proposal. The group said": Hamas,
        the antecedent of "the group", "the ministry" …), or None."""
        last = next((m for m in reversed(self.mentions) if m.end <= before
                     and kinds.get(m.actor_id) != "person" and m.via != "demonym"), None)
        return last if last is not None and before - last.end < within else None

    def pair_before(self, before: int, kinds: dict[str, str], sentence_starts: list[int],
                    within: int) -> tuple[str | None, str] | None:
        """The first and the last of the people the last sentence naming two or more people named,
        when it ends within `within` characters before `before` ("Rubio met Lavrov. The former
        said …"); with three, the first is no "former" (None for it)."""
        people = [m for m in self.mentions if m.end <= before and kinds.get(m.actor_id) == "person"
                  and m.via != "former"]
        k = bisect.bisect_right(sentence_starts, people[-1].start) - 1 if people else -1
        if not people or before - people[-1].end >= within or bisect.bisect_right(sentence_starts, before) - k > 3:
            return None  # (named in this sentence or the two before it)
        start = sentence_starts[k] if k >= 0 else 0
        named = list(dict.fromkeys(m.actor_id for m in people if m.start >= start))
        return (named[0] if len(named) == 2 else None, named[-1]) if len(named) >= 2 else None

    def last_before(self, at: int, *, person: bool, kinds: dict[str, str],
                    exclude: str | None = None, text: str | None = None) -> str | None:
        """The last actor mentioned before `at` that is a person (for he/she) or not (for
        it/they), other than `exclude`: the antecedent of a pronoun (not a state's people, given
        the text)."""
        for m in reversed(self.mentions):
            if m.start < at and (kinds.get(m.actor_id) == "person") == person and m.actor_id != exclude \
                    and not (text is not None and not person and _people_by_demonym(m, text)):
                return m.actor_id
        return None


def _people_by_demonym(mention: MentionSpan, text: str) -> bool:
    """A state's people named by its demonym ("20 million Americans"): no antecedent of "it", nor
    the subject a later "they" picks up as the state."""
    return mention.via == "demonym" and text[mention.end - 1:mention.end] == "s"


def role_holder(role: str, at: int, actors: "DocActors", kinds: dict[str, str], here: dict[str, str],
                descriptions: dict[str, str], text: str, sentence_starts: list[int]) -> str | None:
    """Who "the <role>" at `at` is ("German Chancellor Friedrich Merz … The chancellor had spoken"):
    the last person named before whose description in the document (`here`) has the role, else in
    the pack (`descriptions`), for one the document describes by no other role (what a pack says may
    be another time's); of two, the one the sentence before opens with ("Putin spoke with Trump.
    Later the president met Zelensky" is Putin)."""
    word = re.compile(rf"\b{re.escape(role)}\b", re.I)
    people = [m for m in actors.mentions if m.start < at and kinds.get(m.actor_id) == "person"]
    holders = [m for m in people if word.search(here.get(m.actor_id) or "")] or [
        m for m in people if word.search(descriptions.get(m.actor_id) or "") and not here.get(m.actor_id)]
    if not holders:
        return None
    k = bisect.bisect_right(sentence_starts, at) - 1
    opener = next((m for m in holders if k >= 1 and sentence_starts[k - 1] <= m.start
                   and not text[sentence_starts[k - 1]:m.start].strip(" \n\"“‘'")), None)
    return (opener or holders[-1]).actor_id


def after_unnamed_plural(text: str, sentence_starts: list[int], at: int) -> bool:
    """Whether the sentence before the one at `at`, in the same paragraph, opens with a plural
    noun phrase that names no actor ("The three sides agreed …"): what a "they" then refers to."""
    i = bisect.bisect_right(sentence_starts, at) - 1
    if i < 1:
        return False
    before = text[sentence_starts[i - 1]:sentence_starts[i]]
    return "\n" not in before.rstrip() and bool(UNNAMED_PLURAL.match(before.lstrip()))


def title_phrase(words: list[str], roles: set[str]) -> bool:
    """Words that make a title before a name: a few, ending in a role noun, each a role, a title
    word or capitalised ("Trump campaign spokesman", "Kremlin spokesman", "Deputy Prime Minister")."""
    return 0 < len(words) <= 5 and words[-1].lower() in roles and all(
        w.isalpha() and (w.lower() in roles or w.lower() in TITLE_WORDS or w[0].isupper()) for w in words)


# letters with no decomposition into a base letter and a mark ('Radosław' is 'radoslaw', not 'radosaw')
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                              "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th"})


def slugify(name: str) -> str:
    """Stable id from a name: 'Jean-Noël Barrot' → 'jean-noel-barrot', 'Radosław' → 'radoslaw'."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def strip_possessive(text: str) -> str:
    """'Trump’s' → 'Trump'."""
    return POSSESSIVE.sub("", text.strip())


class ActorIndex:
    """Lookup tables built once from a pack: surface form → (actor id, how)."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.surface: dict[str, tuple[str, str]] = {}
        self.actors: dict[str, Actor] = {}
        for entry in pack.actors:
            names = [entry.name, *entry.aliases]
            self.actors[entry.id] = Actor(
                id=entry.id, name=entry.name, kind=entry.kind, country=entry.country,
                description=entry.description,
                aliases=sorted({*entry.aliases, *entry.metonyms} - {entry.name}), origin="pack")
            for how, forms in (("alias", names), ("metonym", entry.metonyms),
                               ("demonym", entry.demonyms)):
                for form in forms:
                    self.surface.setdefault(form, (entry.id, how))
        self.lower = {k.lower(): v for k, v in self.surface.items()}
        self.places = {place: entry.id for entry in pack.actors for place in entry.places}
        self.states = {a.country: a.id for a in self.actors.values() if a.kind == "state" and a.country}
        roles = load_mapping("lexicon/roles.yaml")
        self.roles: set[str] = {r.lower() for r in roles["roles"]}
        self.role_words: set[str] = {r for r in self.roles if " " not in r}  # "the spokesman", "the chancellor"
        self.persons: set[str] = set(roles["persons"])  # nouns for one person nobody names ("a teacher")
        self.given_forms: dict[str, set[str]] = {}  # "Charles" → {"Charles", "Chuck", "Charlie"}
        for forms in roles["given_name_forms"]:
            for form in forms:
                self.given_forms.setdefault(form, set()).update(forms)
        self.organisation_nouns: set[str] = set(roles["organisation_nouns"])  # "the group Citizens United"
        self.honorifics: set[str] = set(roles["honorifics"])
        self.legislator_titles: dict[str, str] = roles["legislator_titles"]
        self.not_name_starts: set[str] = set(roles["not_name_starts"])
        self.abbreviated_titles: dict[str, str] = roles["abbreviated_titles"]
        self.role_synonyms: dict[str, str] = roles["role_synonyms"]
        self.written_titles = {*self.honorifics, *self.legislator_titles, *self.abbreviated_titles}
        # a title right before a capitalised word ("Mayor Ana", "Sen. Ana"): where a name the
        # model missed may start
        titles = {*self.written_titles, *(r.capitalize() for r in self.role_words)}
        self.title_before_name = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")(?=\s+[A-Z])")
        # "Said Peskov:", "Added Smith": a verb of an inverted attribution is no given name
        speech = load_mapping("lexicon/speech.yaml")
        self.inverted_forms = {form.lower() for verb in speech["inverted"] for form in word_forms(verb)}
        # a person's body or spokesman named after them ("the Finch campaign", "a Finch spokesman"; their
        # people, "McConnell aides", are a group of their own)
        self.staff_nouns = set(speech["institution_nouns"]) | self.roles

    def lookup(self, text: str) -> tuple[str, str] | None:
        """Resolve a surface string ('the Kremlin', 'Trump’s') to (actor id, how), or None."""
        key = strip_possessive(text)
        key = re.sub(r"^(?:the|The)\s+", "", key)
        return self.surface.get(key) or self.lower.get(key.lower())

    def country_in(self, description: str) -> str | None:
        """Country of a description that opens with a state, metonym or demonym.

        'France’s foreign minister', 'Kremlin spokesman', 'US Defense Secretary' name the
        country; 'Russia-Ukraine relations expert' does not (a field of study, not an
        allegiance), so only the first whole word counts.
        """
        words = description.split()
        while len(words) > 1 and words[0].lower() in DESCRIPTION_MODIFIERS:
            words = words[1:]  # ("former Ukrainian economy minister", "retired Russian general")
        first = words[0] if words else ""
        found = self.lookup(first)
        if found:
            actor = self.actors[found[0]]
            if actor.country and actor.kind in ("state", "organization"):
                return actor.country
        return None


@Language.factory("detente_actors", default_config={"pack": None})
def make_actor_recognizer(nlp: Language, name: str, pack: str | None) -> "ActorRecognizer":
    """spaCy factory: `nlp.add_pipe("detente_actors", config={"pack": "ru-ua"})`."""
    return ActorRecognizer(nlp, index=ActorIndex(load_pack(pack)))


if not Doc.has_extension("detente_actors"):
    Doc.set_extension("detente_actors", default=None)


class ActorRecognizer:
    """Writes `doc._.detente_actors` (a DocActors) after NER has run."""

    def __init__(self, nlp: Language, *, index: ActorIndex) -> None:
        self.index = index
        self._who_words: set[str] | None = None  # words followed by ", who" and a pronoun, in the document at hand
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, (actor_id, _how) in index.surface.items():
            self.matcher.add(actor_id, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        found = DocActors()
        self._who_words = None
        pack_spans, relatives = self._pack_spans(doc)
        for span in pack_spans:
            actor_id, how = self.index.surface.get(span.text) or (span.label_, "alias")
            found.mentions.append(MentionSpan(span.start_char, span.end_char, actor_id,
                                              span.text, how))
            if how == "alias" and " " in span.text and (actor := self.index.actors.get(actor_id)) is not None \
                    and actor.kind == "person" and (description := self._describe(doc, span)[0]):
                found.described.setdefault(actor_id, []).append(description)
        taken = {i for span in pack_spans for i in range(span.start, span.end)}
        surnames: dict[str, str] = {}
        for actor_id, actor in self.index.actors.items():
            if actor.kind == "person":
                for alias in (actor.name, *actor.aliases):
                    if " " not in alias:
                        surnames.setdefault(alias, actor_id)
                    elif len(alias.split()) == 2 and actor.country in FAMILY_NAME_FIRST:
                        surnames.setdefault(FAMILY_FIRST + alias.split()[0], actor_id)  # ("Wang" of "Wang Yi")
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            mention = self._from_ner(doc, ent, found, surnames)
            if mention:
                found.mentions.append(mention)
        for span in self._unlabelled_bodies(doc, taken):
            mention = self._from_ner(doc, span, found, surnames)
            if mention:
                found.mentions.append(mention)
        for span in [*relatives, *self._unlabelled_names(doc, taken)]:
            mention = self._person(doc, span, span.text, span.end_char, found, surnames)
            if mention:
                found.mentions.append(mention)
        found.mentions.extend(self._missed_surnames(doc, found, surnames))
        datelines = [m.span() for m in DATELINE.finditer(doc.user_data.get("detente_text") or doc.text)]
        found.mentions = sorted((m for m in found.mentions
                                 if not any(a <= m.start < b for a, b in datelines)), key=lambda m: m.start)
        self._former_and_latter(doc, found)
        self._surname_of_another(found)
        self._surname_before_the_name(found, doc.user_data.get("detente_text") or doc.text)
        self._initials(doc, found)
        doc._.detente_actors = found
        return doc

    def _surname_before_the_name(self, found: DocActors, text: str) -> None:
        """A person the text names by surname alone before it gives the full name ("Clinton can be
        heard saying … Hillary Clinton …", a headline's "Clinton Says …"): one person, the full
        name's, when exactly one person named in full has that surname and no title names the bare
        one ("Mr. Obama" is not Michelle Obama); the full name's actor keeps the description if it
        has none."""
        full: dict[str, set[str]] = {}
        for actor in found.actors.values():
            if actor.kind == "person" and " " in actor.name:
                full.setdefault(actor.name.split()[-1], set()).add(actor.id)
        for actor_id, actor in list(found.actors.items()):
            if actor.kind != "person" or actor.origin != "text" or " " in actor.name \
                    or len(full.get(actor.name, ())) != 1:
                continue
            # (not one a title names: "Mr. Obama", "President Obama" is not Michelle Obama)
            if any(m.actor_id == actor_id and TITLED_BEFORE.search(text, max(0, m.start - 14), m.start)
                   for m in found.mentions):
                continue
            (named,) = full[actor.name]
            for m in found.mentions:
                if m.actor_id == actor_id:
                    m.actor_id, m.via = named, "surname"
            if found.actors[named].description is None and actor.description is not None:
                found.actors[named] = replace(found.actors[named], description=actor.description)
            del found.actors[actor_id]

    def _initials(self, doc: Doc, found: DocActors) -> None:
        """A body's initials after its full name ("the Republican National Committee … the RNC"): a
        mention of that body, where no other mention covers them."""
        text = doc.user_data.get("detente_text") or doc.text
        bodies = []  # (where named, initials, actor id) of every body named
        for m in found.mentions:
            actor = found.actors.get(m.actor_id) or self.index.actors.get(m.actor_id)
            if actor is not None and actor.kind == "organization" and " " in m.text:
                bodies.append((m.end, _initials_of(m.text), m.actor_id))
        if not bodies:
            return
        covered = [(m.start, m.end) for m in found.mentions]
        added = []
        for hit in ACRONYM_WORD.finditer(text):
            actor_id = next((a for end, initials, a in bodies if end <= hit.start() and initials == hit.group()), None)
            if actor_id is not None and not any(a <= hit.start() < b for a, b in covered):
                added.append(MentionSpan(hit.start(), hit.end(), actor_id, hit.group(), "initials"))
        if added:
            found.mentions = sorted(found.mentions + added, key=lambda m: m.start)

    def _surname_of_another(self, found: DocActors) -> None:
        """A pack person's bare surname in a document that names another person of that surname in
        full before it, and never the pack person by more than the surname, is the other person's
        ("Sen. Robert Vance of Ohio spoke. Vance said …" is not JD Vance)."""
        full = {m.actor_id for m in found.mentions if m.via != "surname" and " " in m.text.strip()}
        named: dict[str, list[MentionSpan]] = {}
        for m in found.mentions:
            words = m.text.split()
            if m.via == "ner" and len(words) > 1 and (actor := found.actors.get(m.actor_id)) is not None \
                    and actor.kind == "person":
                named.setdefault(words[-1], []).append(m)
        for m in found.mentions:
            pack = self.index.actors.get(m.actor_id)
            others = named.get(m.text, [])
            if pack is None or pack.kind != "person" or " " in m.text or m.actor_id in full \
                    or len({o.actor_id for o in others}) != 1 or others[0].start > m.start:
                continue
            m.actor_id, m.via = others[0].actor_id, "surname"

    def _former_and_latter(self, doc: Doc, found: DocActors) -> None:
        """'Rubio met Lavrov. The former said …': "the former" and "the latter" are mentions of the
        first and the last of the people the last sentence naming two or more named (a "former" of
        three is nobody's)."""
        text = doc.user_data.get("detente_text") or doc.text
        hits = list(FORMER_LATTER.finditer(text))
        if not hits:
            return
        kinds = {**{a: self.index.actors[a].kind for a in self.index.actors},
                 **{a.id: a.kind for a in found.actors.values()}}
        starts = [s.start_char for s in doc.sents if not s.text.isspace()]
        for hit in hits:
            pair = found.pair_before(hit.start(), kinds, starts, FORMER_REACH)
            actor_id = pair[(hit.group(1) or hit.group(2)) == "latter"] if pair is not None else None
            if actor_id is not None:
                found.mentions.append(MentionSpan(hit.start(), hit.end(), actor_id, hit.group(0), "former"))
        found.mentions.sort(key=lambda m: m.start)

    def _pack_spans(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        """The pack's mentions, and the names of relatives the model did not recognise that a
        pack person's surname ends ("Ivanka Trump"), to be people of their own."""
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        ents = doc.ents  # (doc.ents builds its spans anew each time)
        persons = [ent for ent in ents if ent.label_ == "PERSON"]
        bodies = [ent for ent in ents if ent.label_ == "ORG" and doc[ent.end - 1].text in BODIES]
        kept, relatives = [], []
        for span in filter_spans(spans):
            if self._relative_of(doc, span, persons) or self._inside_a_name(doc, span, persons) \
                    or self._opens_an_institution(doc, span, bodies) or self._suffixed(doc, span) \
                    or self._opens_a_place(doc, span, ents) \
                    or self._ends_another_name(doc, span):
                continue
            relative = self._unrecognised_relative(doc, span, persons)
            if relative is not None:
                relatives.append(relative)
            else:
                kept.append(span)
        return kept, relatives

    def _opens_a_place(self, doc: Doc, span: Span, ents) -> bool:
        """A name that opens a longer name the model found, of a place ("West Virginia"), or, for a
        group's name, of anything ("the West" of "the West Virginia Department of Environmental
        Protection"; "the United States Senate" is the state's)."""
        actor = self.index.actors.get(span.label_)
        group = actor is not None and actor.kind == "group"
        labels = ("GPE", "LOC", "ORG", "FAC") if group else ("GPE", "LOC")
        if span.end >= len(doc) or not doc[span.end].text[:1].isupper():
            return False
        # (the model finds no names in a sentence it did not parse: a group's name that ends in a
        # capitalised word runs on into the next one)
        return any(ent.label_ in labels and ent.start < span.end < ent.end for ent in ents) \
            or group and doc[span.end - 1].text[:1].isupper() and doc[span.end].is_alpha

    def _suffixed(self, doc: Doc, span: Span) -> bool:
        """A pack person's full name or bare surname with a generational suffix after it ("Donald
        Trump Jr.", "Trump Jr."): another person."""
        actor = self.index.actors.get(span.label_)
        if actor is None or actor.kind != "person":
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        if len(span) == 1 and before is not None and _may_be_name_word(before):
            return False  # the suffix of a longer name ("Joseph R. Biden Jr." is Joe Biden)
        after = doc[span.end:span.end + 2]
        if len(after) and after[0].text == ",":
            after = after[1:]
        return bool(len(after)) and after[0].text in NAME_SUFFIXES

    def _unrecognised_relative(self, doc: Doc, span: Span, persons: list[Span]) -> Span | None:
        """A given name the model did not recognise before a pack person's surname ("Ivanka Trump
        defended her father" with no entity at all): the name of another person, when the word is
        a proper noun (where its sentence was tagged), no adverb opening the sentence ("Later Trump
        said"), never written in lowercase in the text, and the sentence is no headline in title
        case; not a misspelling of the pack person's given name ("Donand Trump"). (The document is
        not parsed here: only the sentences the quotes need are.)"""
        actor = self.index.actors.get(span.label_)
        if actor is None or actor.kind != "person" or len(span) != 1 or span.start == 0 \
                or any(ent.start <= span.start < ent.end for ent in persons):
            return None
        first = doc[span.start - 1]
        given = {a.split()[0] for a in (actor.name, *actor.aliases) if " " in a}
        text = doc.user_data.get("detente_text") or doc.text
        if not self._another_given_name(first, given) or _parsed_tag(doc, first) not in ("NNP", "") \
                or not _may_be_name_word(first) or not first.is_alpha or first.ent_type_ \
                or any(SequenceMatcher(None, first.text, name).ratio() >= 0.8 for name in given) \
                or first.text in self.index.surface or first.text in self.index.written_titles \
                or written_lowercase(first.text, text):
            return None
        if first.i > 0 and doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].is_alpha:
            return None  # (where the name starts is not known: "New York Trump Tower")
        if _in_title_case(first.sent):
            return None  # a headline capitalises every word ("Putin Calls Trump")
        return Span(doc, first.i, span.end, label="PERSON")

    def _opens_an_institution(self, doc: Doc, span: Span, bodies: list[Span]) -> bool:
        """A place's name that opens the name of an institution of its own ("the Kyiv
        International Institute of Sociology", "Moscow State University", "the Kyiv School of
        Economics"), or inside a body's name the model found ("the European Automobile Manufacturers'
        Association", among `bodies`): not the state (its government's bodies, "the Ukrainian Defense
        Ministry", still are)."""
        actor = self.index.actors.get(span.label_)
        if actor is None or actor.kind == "person":
            return False
        return _institution_end(doc, span.end) is not None \
            or any(ent.start <= span.start and ent.end > span.end for ent in bodies)

    def _ends_another_name(self, doc: Doc, span: Span) -> bool:
        """An organisation's name of several words that ends a longer name or follows an owner
        ("the National Security Council", "Russia's Security Council" are not the UN's): a
        capitalised word inside the sentence or a possessive right before it; or a state's name
        that ends an organisation's the model found."""
        actor = self.index.actors.get(span.label_)
        if actor is not None and actor.kind == "state" and span.start > 0 \
                and any(ent.label_ == "ORG" and ent.start < span.start and ent.end == span.end for ent in doc.ents):
            # a state's name ending an organisation's ("Priorities USA, the super PAC, said"; not
            # "the Ministry of Defence of Ukraine", the state's)
            before = doc[span.start - 1]
            return before.text[:1].isupper() and before.is_alpha and not before.is_stop \
                and before.text not in self.index.surface
        if actor is None or actor.kind != "organization" or len(span) < 2 or span.start == 0:
            return False
        before = doc[span.start - 1]
        return before.text in ("'s", "’s") or before.text[:1].isupper() and before.is_alpha \
            and not before.is_sent_start and before.text not in self.index.surface and not before.is_stop

    def _inside_a_name(self, doc: Doc, span: Span, persons: list[Span]) -> bool:
        """A state's name that is a person's given name ("Defense Minister Israel Katz"): the
        recognizer's PERSON runs on past it with a capitalised surname."""
        actor = self.index.actors.get(span.label_)
        if actor is None or actor.kind == "person":
            return False
        return any(ent.start == span.start and ent.end > span.end
                   and doc[ent.end - 1].text[:1].isupper() and doc[ent.end - 1].text not in self.index.surface
                   for ent in persons)

    def _relative_of(self, doc: Doc, span: Span, persons: list[Span]) -> bool:
        """A pack person's surname that another given name makes another person ("Ivanka Trump",
        "Lara Trump" are not Donald Trump): the recognizer's PERSON ends with the surname (or with
        the surname and a generational suffix) and starts with a first name none of the pack
        person's full names has."""
        actor = self.index.actors.get(span.label_)
        if actor is None or actor.kind != "person" or len(span) != 1:
            return False
        given = {a.split()[0] for a in (actor.name, *actor.aliases) if " " in a}
        for ent in persons:
            # (with a generational suffix after the surname: "Harold Vance Sr.")
            suffixed = ent.end == span.end + 1 and doc[span.end].text in NAME_SUFFIXES
            if (ent.end == span.end or suffixed) and ent.start < span.start:
                first = doc[ent.start]
                return _parsed_tag(doc, first) == "NNP" and self._another_given_name(first, given) \
                    and ent.text not in self.index.surface
        return False

    def _another_given_name(self, word, given: set[str]) -> bool:
        """Whether a word before a pack person's surname may be another given name than theirs:
        capitalised, not one of their given names, no title, role, label or verb of an inverted
        attribution ("Said Peskov")."""
        given = {form for name in given for form in self.index.given_forms.get(name, {name})}
        return bool(given) and word.text not in given and NAME_TOKEN.match(word.text) is not None \
            and word.lower_ not in self.index.inverted_forms and word.text not in self.index.honorifics \
            and word.lower_ not in self.index.roles and word.text not in self.index.not_name_starts

    def _from_ner(self, doc: Doc, ent: Span, found: DocActors,
                  surnames: dict[str, str]) -> MentionSpan | None:
        text = strip_possessive(ent.text.rstrip(" -–—,:;"))  # ("Bank of America Stadium -")
        if not text or "/" in text or "\n" in text or ": " in text:
            return None  # (": " inside: a heading run into the sentence, "… by National Interests: The …")
        end_char = ent.start_char + len(text)
        if ent.label_ == "GPE" and (end := _institution_end(doc, ent.end)) is not None:
            # a place the model cut from the institution it names ("the Washington Examiner")
            ent = Span(doc, ent.start, end, label="ORG")
            text, end_char = ent.text, ent.end_char
        if text in self.index.places:
            return None  # a city of the pack ("Kharkiv", which the model may take for a person)
        if len(ent) == 1 and ent.label_ in MISLABELLED and (family := surnames.get(FAMILY_FIRST + text)) is not None:
            return MentionSpan(ent.start_char, end_char, family, text, "surname")  # ("Wang" as an ORG)
        if text.isupper() and len(text) > 2:
            # a transcript's label in capitals: "PUTIN" is the pack's Putin, "QUESTION" nobody
            if text.lower() in NAMELESS_LABELS:
                return None
            known = self.index.lookup(text)
            if known is not None:
                return MentionSpan(ent.start_char, end_char, known[0], text, "ner")
        first = doc[ent.start]
        if len(ent) > 2 and (first.text in self.index.written_titles or first.lower_ in self.index.roles):
            # a title the model took into the name ("Mayor Ana de Souza"): the name after it (also
            # in a name it took for an organisation, "Councilwoman Ines Baptiste", when the rest is
            # a person's: not "General Motors")
            named = Span(doc, ent.start + 1, ent.end, label="PERSON")
            named_text = strip_possessive(named.text.rstrip(" -–—,:;"))
            if ent.label_ == "PERSON" or ent.label_ in MISLABELLED and first.lower_ not in OPENS_ORGANISATIONS \
                    and self._described_name(doc, named, named_text):
                ent, text = named, named_text
                end_char = ent.start_char + len(text)
        if len(ent) > 1 and first.lower_ in self.index.inverted_forms and first.is_sent_start:
            # a verb of an inverted attribution opening the sentence ("Said Clinton adviser Jennifer
            # Palmieri: …"): the name after it, when it is one met already or a title goes on after it
            # (not "Said Jalili")
            rest = Span(doc, ent.start + 1, ent.end, label=ent.label_)
            rest_text = strip_possessive(rest.text.rstrip(" -–—,:;"))
            if rest_text in surnames or self.index.lookup(rest_text) is not None \
                    or ent.end < len(doc) and doc[ent.end].lower_ in self.index.roles:
                ent, text = rest, rest_text
                end_char = ent.start_char + len(text)
        # "the conservative group Citizens United"; "the George W. Bush Presidential Center" (a body's
        # noun ends it): names the model took for a person's
        titled = ent.label_ == "PERSON" and (ent.start > 0 and doc[ent.start - 1].text in self.index.organisation_nouns
                                             or len(ent) > 1 and doc[ent.end - 1].text in BODIES)
        if titled:
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == "PERSON" or ent.label_ in MISLABELLED and (
                self._described_name(doc, ent, text) or ent.label_ != "NORP" and self._who(doc, text)):
            # (a name the model took for an organisation or a title, described as a person is:
            # "Marina Miron, a post-doctoral researcher at …", "regional head Volodymyr Artiukh",
            # "Keir Giles, a senior consulting fellow at …" labelled WORK_OF_ART)
            if ent.label_ == "PERSON" and text == ent.text and self._after_title(doc, ent.start):
                # "Senator Jane Doe" with only "Jane" recognised: the name runs on
                end = _name_run(doc, ent.end, 3 - len(ent))
                if end is not None and end > ent.end:
                    ent = Span(doc, ent.start, end, label="PERSON")
                    text, end_char = ent.text, ent.end_char
            return self._person(doc, ent, text, end_char, found, surnames)
        bare = re.sub(r"^[Tt]he ", "", text)  # ("the Government Accountability Office")
        # (an organisation only by a state's name, not a code: "the PM's spokesman" is no Saint Pierre)
        country = _country(bare.replace("’", "'")) \
            if ent.label_ == "GPE" or ent.label_ == "ORG" and len(text) > 3 and not text.isupper() else None
        if ent.label_ == "GPE" or country is not None:
            # (a state by its official name the model took for an organisation: "the Democratic
            # People's Republic of Korea")
            if country is None:
                return None
            name = getattr(country, "common_name", country.name)
            actor = found.actors.setdefault(slugify(name), Actor(
                id=slugify(name), name=name, kind="state", country=country.alpha_3, origin="text"))
            return MentionSpan(ent.start_char, end_char, actor.id, text, "ner")
        if ent.label_ == "ORG" and _looks_like_org(text):
            owner = self._state_before(doc, ent, found) or self._described_institution(text, found)
            if owner is not None:
                # "Russia’s Defense Ministry", "Ukraine's General Staff": a state's institution
                # speaks for the state (two states' "Defense Ministry" are not one actor)
                return MentionSpan(ent.start_char, end_char, owner, text, "ner")
            if not titled and any(e.label_ == "PERSON" and e.text == bare for e in doc.ents):
                return None  # a person's name before a noun: "the Dred Scott case" (Dred Scott said …)
            actor_id = slugify(bare)
            found.actors.setdefault(actor_id, Actor(id=actor_id, name=bare, kind="organization", origin="text"))
            return MentionSpan(ent.start_char, end_char, actor_id, text, "ner")
        return None

    def _who(self, doc: Doc, text: str) -> bool:
        """A single capitalised word the text follows with ", who" and a personal pronoun in the
        same sentence ("Pence, who was judged the winner, said he had …"): a person's surname,
        wherever the model took it for an organisation (one the text never gives in full: "Gov.
        Terry McAuliffe … McAuliffe, who …" is his, found later as a surname)."""
        full = doc.user_data.get("detente_text") or doc.text
        if " " in text or NAME_TOKEN.match(text) is None or text in self.index.surface:
            return False
        if self._who_words is None:  # (the words so followed, looked for once a document)
            self._who_words = set(WHO_AND_PRONOUN.findall(full))
        return text in self._who_words \
            and re.search(rf"\b[A-Z][\w.'’-]*\s+{re.escape(text)}\b", full) is None

    def _described_name(self, doc: Doc, ent: Span, text: str) -> bool:
        """Two or three capitalised words that a role phrase describes, after them or before."""
        return 2 <= len(text.split()) <= 3 and all(NAME_TOKEN.match(w) for w in text.split()) \
            and bool(self._appositive(doc, ent) or self._title(doc, ent) or self._role_before(doc, ent))

    def _role_before(self, doc: Doc, ent: Span) -> bool:
        """A name set off after a role it is the apposition of ("Ukraine's ombudsman, Dmytro
        Lubinets, said"): a role noun, a comma, the name, a comma."""
        return ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].lower_ in self.index.roles \
            and ent.end < len(doc) and doc[ent.end].text == ","

    def _unlabelled_bodies(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Names of bodies the model missed altogether ("the Hostages and Missing Families Forum
        said"): after "the", capitalised words (with "and", "of", "for" between) outside every
        entity, that end in a body's noun, in a sentence that is no headline in title case."""
        found: list[Span] = []

        def free(k: int) -> bool:
            return (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].text in ("and", "of", "for")) \
                and doc[k].lower_ != "the" and not doc[k].ent_type_ and k not in taken
        for token in doc:
            if token.text not in BODIES or token.i in taken or token.ent_type_ or (found and token.i < found[-1].end):
                continue
            i, j = token.i, token.i + 1
            while i > 0 and free(i - 1):
                i -= 1
            # (the name may run on: "… Institute for School Reform", "… Coalition for the Homeless")
            while j < len(doc) and (free(j) or doc[j].lower_ == "the" and doc[j - 1].text in ("of", "for")
                                    and j + 1 < len(doc) and free(j + 1) and doc[j + 1].text[:1].isupper()):
                j += 1
            while i < token.i and doc[i].text in ("and", "of", "for"):
                i += 1
            while j > token.i + 1 and doc[j - 1].text in ("and", "of", "for"):
                j -= 1
            if j - i >= 2 and i > 0 and doc[i - 1].lower_ == "the" and not _in_title_case(token.sent):
                found.append(Span(doc, i, j, label="ORG"))
        return found

    def _unlabelled_names(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Names the model missed altogether but the text describes as people ("Jan Kowal, a
        researcher at …"): two or three capitalised words outside every entity, right before
        a comma and a role phrase, or right after a title ("Mayor Ana Ruiz")."""
        found = []
        i = 0
        while i < len(doc) - 2:
            j = i
            while j < len(doc) and j - i < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha \
                    and j not in taken and doc[j].ent_type_ == "":
                j += 1
            if j - i >= 2 and (i == 0 or not doc[i - 1].text[:1].isupper()) and j < len(doc) \
                    and doc[j].text == "," and doc[i].text not in self.index.not_name_starts \
                    and not doc[i].is_sent_start:
                span = Span(doc, i, j, label="PERSON")
                if self._appositive(doc, span):
                    found.append(span)
            i = max(j, i + 1)
        text = doc.user_data.get("detente_text") or doc.text
        for match in self.index.title_before_name.finditer(text):
            # … or after a title ("Mayor Ana Ruiz", "Sen. Ana Ruiz"): two or three capitalised
            # words (proper nouns, where the sentence was tagged), then no further one
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1 or span.end >= len(doc) - 1 \
                    or not self._after_title(doc, span.end):
                continue
            first = span.end
            # (after a title, a word the model took for a place is part of the name: "Gen. Valerii
            # Zaluzhnyi" with "Zaluzhnyi" a GPE; not a name the pack knows)
            j = _name_run(doc, first, 3, taken, ("", *MISLABELLED, "GPE"))
            if j is not None and any(doc[k].text in self.index.surface for k in range(first, j)):
                j = _name_run(doc, first, 3, taken)
            if j is not None and j - first >= 2 and doc[first].text not in self.index.not_name_starts \
                    and not any(s.start <= first < s.end for s in found):
                found.append(Span(doc, first, j, label="PERSON"))
        return found

    def _missed_surnames(self, doc: Doc, found: DocActors, surnames: dict[str, str]) -> list[MentionSpan]:
        """The surname of a person the document named in full, where the model saw no name
        ("Senator Ana Ruiz … Ruiz disagreed."): a capitalised word on its own (no other name word
        before or after it, a sentence's first word but "But", "And" …), a proper noun where its
        sentence was tagged."""
        # (not a surname two people named share: "Keith Scott … Rakeyia Scott … Scott's family";
        # the model takes a name for an organisation at times: "Keith Lamont Scott")
        shared = Counter(a.name.split()[-1] for a in found.actors.values() if " " in a.name)
        wanted = sorted(name.removeprefix(FAMILY_FIRST) for name, actor_id in surnames.items()
                        if actor_id in found.actors and shared[name] <= 1 and not name.isupper())
        if not wanted:
            return []
        text = doc.text
        covered = [(m.start, m.end) for m in found.mentions]
        missed = []
        for hit in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, wanted)), text):
            token = doc.char_span(hit.start(), hit.end())
            if token is None or len(token) != 1 or any(a <= hit.start() < b for a, b in covered):
                continue
            token = token[0]
            before = doc[token.i - 1] if token.i else None
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if before is not None and before.is_alpha and _may_be_name_word(before) \
                    or after is not None and after.is_alpha and after.text[:1].isupper() \
                    or after is not None and _parsed_tag(doc, after).startswith("NN") \
                    and after.lower_ not in self.index.staff_nouns:
                continue  # (part of another name, or a modifier: "Finch Street"; "the Finch campaign" is hers)
            # (the tagger reads a sentence's first word as a common noun or an adjective at times,
            # "Ruiz disagreed", "Pruitt, asked later …, shrugged"; a surname that is also a word the
            # text uses, "Price", must be tagged)
            tag = _parsed_tag(doc, token)
            if tag not in ("NNP", "NNPS", "") and not (tag.startswith(("NN", "JJ")) and token.is_sent_start
                                                         and not written_lowercase(token.text, text)):
                continue
            actor_id = surnames.get(hit.group()) or surnames[FAMILY_FIRST + hit.group()]
            missed.append(MentionSpan(hit.start(), hit.end(), actor_id, hit.group(), "surname"))
        return missed

    def _after_title(self, doc: Doc, i: int) -> bool:
        """Whether the token before `i` is a title ("Mayor", "Sen.", "Mr."), outside a headline's
        title case ("Mayor Vows To Fight Cuts")."""
        if i < 1:
            return False
        title = doc[i - 1]
        if not (title.text in self.index.written_titles
                or title.text[:1].isupper() and title.lower_ in self.index.roles):
            return False
        return not _in_title_case(title.sent)

    def _described_institution(self, name: str, found: DocActors) -> str | None:
        """The state of an institution named without one ("a Foreign Ministry spokesperson") when
        a person named before it in the document is described as of that institution with a
        country ("Guo Jiakun, spokesman of China's Foreign Ministry" → China)."""
        states = self.index.states
        for m in reversed(found.mentions):
            actor = self.index.actors.get(m.actor_id) or found.actors.get(m.actor_id)
            if actor is not None and actor.kind == "person" and actor.country in states \
                    and name.lower() in (actor.description or "").lower():
                return states[actor.country]
        return None

    def _state_before(self, doc: Doc, ent: Span, found: DocActors) -> str | None:
        """The state whose name or possessive stands right before an entity ("Russia’s …")."""
        text = doc.user_data.get("detente_text") or doc.text
        for m in found.mentions:
            gap = text[m.end:ent.start_char]
            actor = self.index.actors.get(m.actor_id)
            if m.end <= ent.start_char and gap in ("’s ", "'s ", " ") and actor is not None and actor.kind == "state":
                return m.actor_id
        return None

    def _person(self, doc: Doc, ent: Span, text: str, end_char: int, found: DocActors,
                surnames: dict[str, str]) -> MentionSpan | None:
        words = text.split()
        if words and words[0] in self.index.not_name_starts:
            return None
        # (a particle between capitalised words, or joined to the last one: not "Clinton’s van")
        if not words or not NAME_TOKEN.match(words[0]) \
                or not all(NAME_TOKEN.match(w) or NAME_PARTICLE.match(w) for w in words[1:]) \
                or not (NAME_TOKEN.match(words[-1]) or "-" in words[-1]):
            return None
        if len(words) == 1 or len(words) == 2 and words[1].rstrip(",") in NAME_SUFFIXES:
            # (a surname with its suffix: "Trump Jr." after "Donald Trump Jr.")
            actor_id = surnames.get(" ".join(words)) or surnames.get(FAMILY_FIRST + " ".join(words))
            if actor_id:
                return MentionSpan(ent.start_char, end_char, actor_id, text, "surname")
        actor_id = slugify(text)
        if actor_id not in found.actors:
            description, country = self._describe(doc, ent)
            found.actors[actor_id] = Actor(id=actor_id, name=text, kind="person", country=country,
                                           description=description, origin="text")
        elif (known := found.actors[actor_id]).origin == "text" and len((known.description or "").split()) < 3 \
                and len(words) > 1:
            # a fuller description at a later mention ("Clinton tech aide Bryan Pagliano" in the
            # headline, "Bryan Pagliano, a former technology aide to Hillary Clinton," after it)
            description, country = self._describe(doc, ent)
            if description and len(description.split()) > len((known.description or "").split()):
                known.description, known.country = description, country or known.country
        core = [w for w in words if w.rstrip(",") not in NAME_SUFFIXES]
        if len(core) == 2 and found.actors[actor_id].country in FAMILY_NAME_FIRST:
            # "Wang" after "Chinese Foreign Minister Wang Yi": the family name comes first
            surnames.setdefault(FAMILY_FIRST + core[0], actor_id)
        if len(core) > 1:
            surnames.setdefault(core[-1], actor_id)  # ("Kennedy" after "Robert F. Kennedy Jr.")
            if NAME_PARTICLE.match(core[-1]) and "-" in core[-1]:
                surnames.setdefault(core[-1].split("-", 1)[1], actor_id)  # ("Ansari" after "Majed al-Ansari")
            if len(core) < len(words):
                surnames.setdefault(f"{core[-1]} {words[-1]}", actor_id)
        return MentionSpan(ent.start_char, end_char, actor_id, text, "ner")

    def _describe(self, doc: Doc, ent: Span) -> tuple[str | None, str | None]:
        """Description and country of a person from the words around the name."""
        before = doc[ent.start - 1].text if ent.start > 0 else ""
        text = doc.user_data.get("detente_text") or doc.text
        tag = PARTY_TAG.match(text[ent.end_char:ent.end_char + 20])
        if before in self.index.legislator_titles:
            title = self.index.legislator_titles[before]
            return (f"{title} ({tag.group(1)}-{tag.group(2)})" if tag else title), "USA"
        description = self._appositive(doc, ent) or self._title(doc, ent) or (
            self._title(doc, ent, end=ent.start - 1) if self._role_before(doc, ent) else None) \
            or self._named_after(doc, ent)
        country = self.index.country_in(description) if description else None
        return description, country

    def _named_after(self, doc: Doc, ent: Span) -> str | None:
        """'a retired teacher named Paul Okafor' → 'retired teacher': the description the name is
        given after, when a role or a noun for one person heads it."""
        if ent.start < 3 or doc[ent.start - 1].lower_ not in ("named", "called"):
            return None
        k = ent.start - 2
        while k >= 0 and ent.start - k <= 6 and doc[k].is_alpha and doc[k].lower_ not in ("a", "an", "the") \
                and not doc[k].text[:1].isupper():
            k -= 1
        if k < 0 or doc[k].lower_ not in ("a", "an", "the") or k == ent.start - 2:
            return None
        words = doc[k + 1:ent.start - 1]
        head = words[-1].lower_
        # ("a man named Tom Clarke" says nothing about him)
        return words.text if head in self.index.roles or head in self.index.persons and not (
            len(words) == 1 and head in ("man", "woman")) else None

    def _appositive(self, doc: Doc, ent: Span) -> str | None:
        """'NAME, a professor of history at Tufts University,' → 'professor of … University'."""
        if ent.end >= len(doc) or doc[ent.end].text != ",":
            return None
        words = []
        stop = None
        for token in doc[ent.end + 1: ent.end + 25]:
            if token.text in STOP_TOKENS or token.is_sent_start or token.text == ".":
                stop = token
                break
            words.append(token)
        if not words or len(words) >= 24:
            return None
        if stop is not None and stop.text[:1].isalpha() and stop.lower_ not in ("who", "which"):
            # "According to Yahoo News, the spokesman said": the subject, no apposition (but "NAME,
            # a Ukrainian lawmaker who chairs …," is described as a lawmaker)
            return None
        if words[0].lower_ in ("a", "an", "the"):
            words = words[1:]
        phrase = doc[words[0].i: words[-1].i + 1].text if words else ""
        return phrase if self._has_role(phrase) else None

    def _title(self, doc: Doc, ent: Span, end: int | None = None) -> str | None:
        """'Kremlin spokesman Dmitry Peskov' → 'Kremlin spokesman' (the words before `end`, the
        name's start unless a comma sets it off: "Ukraine's ombudsman, Dmytro Lubinets")."""
        end = ent.start if end is None else end
        start = end
        i = end - 1
        while i >= 0 and end - i <= 6:
            token = doc[i]
            if token.is_punct and token.text not in ("-", "'s", "’s") or token.is_sent_end:
                break
            if token.text[0].isupper() or token.lower_ in self.index.roles or token.lower_ in (
                    "of", "'s", "’s", "-", "for", "foreign", "defense", "defence", "deputy", "former",
                    "state", "prime", "special") or token.lower_ == "to" and i == end - 2 \
                    and doc[end - 1].lower_ not in self.index.roles \
                    and doc[end - 1].text not in self.index.written_titles:
                # ("ambassador to Russia Michael McFaul"; not "adviser to President Bill Clinton",
                # where the title is the President's)
                start = i
                i -= 1
                continue
            if start == end - 1 and doc[start].lower_ in self.index.roles and _parsed_tag(doc, token) == "JJ":
                start = i  # "political analyst Volodymyr Fesenko": the role with its adjective
                i -= 1
                continue
            break
        while start < end and (doc[start].lower_ in ("of", "for", "'s", "’s", "-", "the", "a", "an", "another")
                               or doc[start].lower_ in self.index.inverted_forms and doc[start].is_sent_start):
            start += 1  # (nor the verb of an inverted attribution: "Said Clinton adviser Jennifer Palmieri")
        last = doc[end - 1]
        if end - start >= 3 and last.text[:1].isupper() and doc[end - 2].lower_ in ("to", "for") \
                and doc[end - 3].lower_ in self.index.roles:
            last = doc[end - 3]  # "Former U.S. ambassador to Russia Michael McFaul": the role before its place
        expanded = self.index.abbreviated_titles.get(last.text)
        if start >= end or last.lower_ not in self.index.roles and expanded is None:
            return None
        if expanded is not None:
            # "Former Ohio Gov. John Kasich": "Former Ohio governor", only the capitalised words
            # before the title ("the vice presidential nominee, Gov. Mike Pence": "governor")
            first = end - 1
            while first > start and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_punct:
                first -= 1
            # (an abbreviation among them too: "Lt. Col." is a lieutenant colonel)
            words = [self.index.abbreviated_titles.get(t.text, t.text) for t in doc[first:end - 1]]
            return " ".join([*words, expanded]).strip()
        phrase = doc[start:end].text
        return phrase if phrase not in self.index.honorifics else None

    def _has_role(self, phrase: str) -> bool:
        """True when a role noun heads the phrase: it comes before the first preposition
        ('professor of history at Tufts' yes; 'published criticism of the president' no)."""
        head = re.split(r"\b(?:of|at|for|to|in|on|with|from|who|which|that)\b", phrase.lower())[0]
        words = set(re.findall(r"[a-z-]+", head))
        return any((r in words) if " " not in r else (r in head) for r in self.index.roles)


def _name_run(doc: Doc, start: int, most: int, taken: set[int] = frozenset(),
              labels: tuple[str, ...] = ("",)) -> int | None:
    """The end of the words of a name from `start`, at most `most` of them, that no entity took
    (none but of `labels`): capitalised proper nouns (any capitalised word where the sentence was not
    tagged), not in capitals; None when a further capitalised word follows (where the name ends is
    not known)."""
    j = start
    while j < len(doc) and j - start < most and doc[j].ent_type_ in labels and j not in taken \
            and doc[j].tag_ in ("NNP", "") and doc[j].is_alpha and NAME_TOKEN.match(doc[j].text) \
            and not doc[j].text.isupper():
        j += 1
    if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
        return None
    return j


def _in_title_case(sent: Span) -> bool:
    """A headline's title case: every word capitalised but the small ones (a sentence has some
    lowercase word: "Mayor Ana Ruiz spoke on Monday", not "Mayor Vows To Fight Cuts")."""
    return not any(t.is_alpha and t.text[:1].islower() and t.lower_ not in HEADLINE_SMALL_WORDS for t in sent)


def _may_be_name_word(token) -> bool:
    """A capitalised word that may be part of a name: no stop word, no adverb or preposition
    opening the sentence ("Later", "Unlike")."""
    return token.text[:1].isupper() and not token.is_stop and token.lower_ not in SENTENCE_OPENERS


def written_lowercase(word: str, text: str) -> bool:
    """Whether the text also writes the word in lowercase (a common word, not only a name)."""
    return bool(re.search(rf"\b{re.escape(word.lower())}\b", text))


def _parsed_tag(doc: Doc, token) -> str:
    """The fine tag the parse of the token's sentence gave it ("" where the sentence was not
    parsed: the document itself carries no tags)."""
    parses = doc._.detente_parses or []
    k = bisect.bisect_right(parses, token.idx, key=lambda p: p[0]) - 1  # (in document order)
    if k < 0:
        return ""
    offset, parsed = parses[k]
    rel = token.idx - offset
    if rel >= len(parsed.text):
        return ""
    found = parsed.char_span(rel, rel + len(token.text))
    return found[0].tag_ if found is not None and len(found) == 1 else ""


# labels of a transcript's turn that name nobody ("QUESTION:", "MODERATOR:")
NAMELESS_LABELS = set(load_mapping("lexicon/labels.yaml")["nameless"])


# a word followed by ", who" and a personal pronoun in the same sentence ("Pence, who … he")
WHO_AND_PRONOUN = re.compile(r"(?<![\w.'’-])([\w.'’-]+),\s+who\b(?=[^.!?\n]*\b(?:he|she|his|her|him)\b)")


def _institution_end(doc: Doc, start: int) -> int | None:
    """Where the name of an institution ends that the capitalised words from `start` on run up
    to ("[Kyiv] School of Economics", "[Washington] Examiner"), or None."""
    for token in doc[start:start + 4]:
        if token.text in INSTITUTIONS:
            return token.i + 1
        if not token.text[:1].isupper():
            return None
    return None


def _country(text: str):
    try:
        return pycountry.countries.lookup(text)
    except LookupError:
        return None


# a title or honorific right before a surname ("Mr. Obama", "President Obama", "Sen. Cruz")
TITLED_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Secretary|Governor|Mayor|Judge)"
                           r"\.?\s+$")
# a body's initials, as a word of their own ("RNC", "NAACP")
ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def _initials_of(name: str) -> str:
    """The initials of a body's name, its small words left out ("Federal Bureau of Investigation": FBI)."""
    return "".join(w[0] for w in re.sub(r"^[Tt]he ", "", name).split() if w[:1].isupper())


def _looks_like_org(text: str) -> bool:
    """Organisation names worth keeping as actors: several capitalised words. Single words
    that the small model labels ORG are mostly noise ("State", "Defense", "Crimea")."""
    text = re.sub(r"^the ", "", text)  # ("the Government Accountability Office")
    words = text.split()
    # (lowercase words before an institution's noun are part of it: "Palestinian health ministry")
    return len(words) > 1 and text[0].isupper() and not text.isupper() \
        and (words[-1].lower() in INSTITUTION_HEADS
             or all(w[:1].isupper() or w[:1].isdigit() or w in ORG_FUNCTION_WORDS for w in words)) \
        and not re.search(r"['’]s\b", text) and words[-1] not in NOT_ORG_HEADS


# lowercase words inside an organisation's name ("Carnegie Endowment for International Peace");
# another lowercase word is not part of one ("the Minnesota Vikings while")
ORG_FUNCTION_WORDS = {"of", "for", "and", "the", "a", "an", "on", "at", "in", "to", "&", "de", "du", "la", "des",
                      "der", "und"}
# nouns that end an institution's name, written lowercase or not ("the Palestinian health ministry")
INSTITUTION_HEADS = {"ministry", "department", "office", "agency", "committee", "council", "court", "commission",
                     "bureau", "service", "authority", "government", "parliament", "police", "army", "navy"}
# a name's last word that makes it no organisation: a law, a prize ("the Voting Rights Act"), a place
# ("the National Mall", "Red Square")
NOT_ORG_HEADS = {"Act", "Acts", "Prize", "Award", "Awards", "Amendment", "Mall", "Square", "Park", "Street",
                 "Avenue", "Bridge", "Airport", "Stadium", "Arena", "Plaza", "Boulevard"}
