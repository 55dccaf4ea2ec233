"""`detente_parse`: run the tagger and parser only on sentences the extractors can use.

Writes `doc._.detente_parses`: a list of (character offset, parsed sentence Doc). A sentence
is parsed when it holds a quotation mark or any cue word registered by an extractor
(`register_cues`), so sentences that no rule could use cost nothing beyond NER. The entity
recognizer also runs on a sentence a pronoun in the next three sentences may refer back to, or
whose name comes back in them by a word of it ("Mook told CNN …"): a person named where nobody
speaks is still an actor, and the one a later "he said" or surname refers to.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from detente.resources import load_mapping

__all__ = ["CuePattern", "NEGATIONS", "SentenceParser", "is_negation", "register_cues", "register_lemmas", "register_patterns", "cue_pattern", "TagToPos",
           "word_forms"]

_CUES: set[str] = set()
_VERB_LEMMAS: dict[str, str] = {}  # forms of cue verbs → their lemma, where the rule lemmatizer errs
_PATTERNS: set[str] = set()
# a pronoun that may refer back to a person named in an earlier sentence
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b")
# double marks only: ’ is mostly an apostrophe, and a single-quoted passage is parsed anyway
# when its sentence holds a speech cue
QUOTE_CHARS = "\"“”«»"
IRREGULAR_FORMS = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "speak": ["spoke", "spoken"],
    "meet": ["met"], "strike": ["struck"], "fight": ["fought"], "send": ["sent"],
    "give": ["gave", "given"], "freeze": ["froze", "frozen"], "hold": ["held"], "seek": ["sought"],
    "shoot": ["shot"], "withdraw": ["withdrew", "withdrawn"], "think": ["thought"],
    "know": ["knew", "known"], "see": ["saw", "seen"], "find": ["found"], "feel": ["felt"],
    "hit": ["hit"], "cut": ["cut"], "put": ["put"], "lead": ["led"], "bring": ["brought"],
    "go": ["went", "gone"], "lay": ["laid"]}

if not Doc.has_extension("detente_parses"):
    Doc.set_extension("detente_parses", default=None)


# "DUBAI, United Arab Emirates (AP) —", "WASHINGTON —": where the story was filed, not an actor
# in it, nor part of what anyone says; not parsed with the sentence it opens (the parser reads
# "RIVERTON — The plant will close …" as an adverb heading a clause and loses the report)
DATELINE = re.compile(r"(?m)^[A-Z][A-Z.'-]+(?: [A-Z.'-]+)*(?:, [A-Z][\w .']+)?(?: \([A-Za-z]+\))? ?[—–-]+ ?")


def inflections(lemma: str) -> set[str]:
    """Regular English forms of a lemma (say → says, saying; stop → stopped, stopping)."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


def word_forms(lemma: str) -> set[str]:
    """Regular and irregular forms of a lemma (say → says, saying, said)."""
    return inflections(lemma) | set(IRREGULAR_FORMS.get(lemma.lower(), []))


def register_cues(lemmas: Iterable[str], exclude: Iterable[str] = ()) -> None:
    """Add lemmas whose forms (said, says, saying …) make a sentence worth parsing, except the
    forms in `exclude` (a verb form that is mostly a noun: "state", "reports")."""
    skip = set(exclude)
    for lemma in lemmas:
        if lemma:
            _CUES.update(word_forms(lemma.split()[0].lower()) - skip)
    register_lemmas(lemmas)


def register_lemmas(lemmas: Iterable[str]) -> None:
    """Keep the lemma of these verbs' forms: the rule lemmatizer strips too much from some
    ("lambasted" → lambast, "griped" → grip, "rated" → rat), or add to them ("texted" → texte)."""
    for lemma in lemmas:
        word = lemma.split()[0].lower() if lemma else ""
        if word.endswith("e"):
            _VERB_LEMMAS.update({form: word for form in (word + "d", word + "s", word[:-1] + "ing")})
        elif word.isalpha() and not word.endswith("y"):  # (not "deny": "denied", not "denyed")
            _VERB_LEMMAS.update({form: word for form in (word + "ed", word + "s", word + "ing")})


def register_patterns(patterns: Iterable[str]) -> None:
    """Add regular expressions (lowercase) whose match makes a sentence worth parsing."""
    _PATTERNS.update(patterns)


# a capitalised word after another word (a name's part, not a sentence's first word)
CAPITALISED = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+(?:['’][a-z]+)?\b")
FIRST_WORD = re.compile(r"[\W_]*([A-Za-z][\w'’-]*)")
QUOTE_OPENERS = "\"“«‘"


class CuePattern:
    """Whether a text holds a quote mark, a registered cue at a word start, or a registered
    pattern. Two expressions, the second (the case-blind patterns of phrases) tried only where
    the first finds nothing: one alternation of both tries every phrase at every position."""

    def __init__(self, words: re.Pattern[str], phrases: re.Pattern[str] | None) -> None:
        self.words = words
        self.phrases = phrases

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        end = len(text) if end is None else end
        return bool(self.words.search(text, start, end) or self.phrases and self.phrases.search(text, start, end))

    def match(self, text: str) -> bool:
        return bool(self.words.match(text) or self.phrases and self.phrases.match(text))


def cue_pattern() -> CuePattern:
    """The cue pattern of the registered cues and patterns."""
    stems = "|".join(sorted((re.escape(c) for c in _CUES), key=len, reverse=True))
    parts = ["[" + re.escape(QUOTE_CHARS) + "]"]
    if stems:
        # case-sensitive: cue verbs are lowercase ("States" in "United States" is no cue);
        # the few that open sentences are added capitalised
        parts.append(rf"\b(?:{stems}|According|Speaking|Asked)\b")
    phrases = [rf"\b(?i:{p})" for p in sorted(_PATTERNS)]
    return CuePattern(re.compile("|".join(parts)), re.compile("|".join(phrases)) if phrases else None)


# lowercase words that carry a sentence on past a quoted "…!" or "…?"
CONTINUATIONS = {"at", "in", "on", "to", "from", "for", "with", "and", "or", "of", "as", "by", "into", "during",
                 "after", "before", "outside", "inside", "near", "across", "over", "than", "when", "while", "until"}
OPENING_MARKS = {"'", "‘", '"', "“", "«"}
CLOSING_MARKS = {"'", "’", '"', "”", "»"}
# the words title case leaves in lowercase ("Mayor Vows To Fight Cuts in the Budget")
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}
# the negation particles, whatever the parser calls them (it labels a curly "n’t" a subject at times)
NEGATIONS = ("n’t", "n't", "not")
# verbs whose object is the one addressed ("told Trump that …"; lexicon/speech.yaml)
ADDRESSEE_VERBS = frozenset(load_mapping("lexicon/speech.yaml")["addressee_verbs"])
# verbs of telling someone to act ("urged Kyiv to accept …"; lexicon/speech.yaml)
DIRECTIVE_VERBS = frozenset(load_mapping("lexicon/speech.yaml")["directive_verbs"])


def asks_to_act(verb: Token, act: Token) -> bool:
    """Whether `act`, a clause hung on `verb`, is the infinitive of what a verb of telling asks of
    its object ("told Zelensky to sign …", "called on Moscow to agree …")."""
    return verb.lemma_.lower() in DIRECTIVE_VERBS and act.head.i == verb.i and act.i != verb.i \
        and act.dep_ in ("xcomp", "advcl", "ccomp") \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children) \
        and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)


def sentence_text(text: str, offset: int, doc: Doc) -> str:
    """A parsed sentence's text, sliced from the document's text at its offset (spaCy builds
    `doc.text` anew from the tokens on every access)."""
    if not len(doc):
        return ""
    last = doc[-1]
    return text[offset:offset + last.idx + len(last.text_with_ws)]


def is_negation(token: Token) -> bool:
    """A child that negates its head: "not", "n’t" after an auxiliary (by its tag or its label)
    whatever its own label, or "no"/"never" as a determiner or adverb."""
    return token.dep_ == "neg" or token.lower_ in NEGATIONS and token.i > 0 \
        and (token.doc[token.i - 1].pos_ == "AUX" or token.doc[token.i - 1].dep_ in ("aux", "auxpass")) \
        or token.lower_ in ("no", "never") and token.dep_ in ("det", "advmod", "neg")


@Language.component("detente_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence (headings, captions and paragraphs never run together)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.factory("detente_parse", default_config={"pipes": [], "select": True})
def make_sentence_parser(nlp: Language, name: str, pipes: list[str], select: bool) -> "SentenceParser":
    """spaCy factory for the selective parser."""
    return SentenceParser(nlp, pipes=pipes, select=select)


class SentenceParser:
    """Parse selected sentences with the model's own (disabled) tagger/parser components."""

    def __init__(self, nlp: Language, *, pipes: list[str], select: bool = True) -> None:
        self.nlp = nlp
        self.pipes = pipes
        self.select = select
        self._pattern: CuePattern | None = None

    @property
    def pattern(self) -> CuePattern:
        if self._pattern is None:
            self._pattern = cue_pattern()
        return self._pattern

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= 8:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    @staticmethod
    def _named_again(text: str, start: int, end: int, following: list[tuple[int, int, int, int]]) -> bool:
        """Whether a capitalised word inside the sentence (not its first) is written again in the
        sentences after it: a name a later sentence uses on its own."""
        if not following:
            return False
        words = {m.group() for m in CAPITALISED.finditer(text, start + 1, end)}
        if not words or len(words) * 2 > len(text[start:end].split()):
            return False  # (none, or a headline in title case: "Obama Says Voters Must …")
        later = text[following[0][2]:following[-1][3]]
        return any(re.search(rf"\b{re.escape(w)}\b", later) for w in words)

    def _opens_with_cue(self, text: str, start: int, end: int) -> bool:
        """A cue word capitalised because it opens the sentence ("Talks between … ended")."""
        first = FIRST_WORD.match(text, start, end)
        return bool(first) and first.group(1)[:1].isupper() and self.pattern.match(first.group(1).lower())

    @staticmethod
    def _sentences(starts: list[int], idx: list[int], lengths: list[int], text: str = "") -> list[tuple[int, int, int, int]]:
        """(first token, end token, start char, end char) of each sentence, from token arrays
        (iterating `doc.sents` builds a Python object per token). A quotation mark that opens
        the next sentence's quote belongs to it ("… told reporters. 'Nobody will …'": the model
        leaves the single mark at the end of the sentence before). A quoted exclamation or
        question the sentence goes on after with a preposition or conjunction does not end it
        ('chants of "Resign!" at a rally'; '"Why now?" he asked' keeps its own attribution)."""
        n = len(idx)

        def goes_on(i: int) -> bool:
            """Whether the sentence the model ends before token i goes on (on the same line)."""
            before = text[idx[i - 1]:idx[i - 1] + lengths[i - 1]]
            if "\n" in text[idx[i - 1]:idx[i]]:
                return False
            if before in CLOSING_MARKS and i >= 2 and text[idx[i - 2]] in "!?":
                return text[idx[i]:idx[i] + lengths[i]] in CONTINUATIONS  # ('"Resign!" at a rally')
            # "Sen. Joe Manchin (D-W.Va.) said …": a bracket closed on an abbreviation, then a
            # lowercase word, goes on with the sentence, as does anything after a comma ("Sen.
            # Bernie Sanders (Vt.), who lost …"; "Harry F. Byrd Sr., the patriarch of …")
            return text[idx[i - 1]] == ")" and i >= 2 and text[idx[i - 1] - 1] == "." and text[idx[i]].islower() \
                or before == ","
        bounds = [0] + [i for i in range(1, n) if starts[i] == 1 and not goes_on(i)] + [n]
        for k in range(1, len(bounds) - 1):
            i = bounds[k]
            if i >= 2 and lengths[i - 1] == 1 and text[idx[i - 1]] in OPENING_MARKS and idx[i] == idx[i - 1] + 1 \
                    and text[idx[i - 1] - 1:idx[i - 1]].isspace() and bounds[k - 1] < i - 1:
                bounds[k] = i - 1
        return [(a, b, idx[a], idx[b - 1] + lengths[b - 1]) for a, b in zip(bounds, bounds[1:]) if a < b]

    def _sentence_doc(self, text: str, idx: list[int], lengths: list[int], spaces: list[int],
                      a: int, b: int, starts: list[int] | None = None) -> Doc:
        """A fresh Doc of tokens a..b (cheaper than Span.as_doc, which copies every attribute);
        where `_sentences` overruled a sentence start, the parser may not start one either."""
        words = [text[i: i + n] for i, n in zip(idx[a:b], lengths[a:b])]
        trailing = [bool(x) for x in spaces[a:b]]
        trailing[-1] = False
        kept = [None if not starts or starts[i] != 1 else False for i in range(a + 1, b)]
        return Doc(self.nlp.vocab, words=words, spaces=trailing,
                   sent_starts=[True] + kept if False in kept else None)

    def _process(self, docs: list[Doc]) -> list[Doc]:
        owners: list[tuple[Doc, int, int]] = []
        sentences: list[Doc] = []
        named: list[tuple[Doc, int]] = []
        named_docs: list[Doc] = []
        for doc in docs:
            doc._.detente_parses = []
            text = doc.text
            table = doc.to_array(["SENT_START", "IDX", "LENGTH", "SPACY"]).T.tolist() if len(doc) else [[]] * 4
            starts, idx, lengths, spaces = table
            bounds = self._sentences(starts, idx, lengths, text)
            for k, (a, b, start, end) in enumerate(bounds):
                dateline = DATELINE.match(text, start, end)
                if dateline:
                    first = next((i for i in range(a, b) if idx[i] >= dateline.end()), b)
                    if first < b:
                        bounds[k] = (first, b, idx[first], end)
            doc.user_data["detente_sentence_starts"] = [start for _, _, start, _ in bounds]
            doc.user_data["detente_text"] = text
            for k, (a, b, start, end) in enumerate(bounds):
                # also the sentence that introduces a quote opening the next one ("Sanders
                # singled out young voters. 'The younger people …'"): its names are speakers
                j = k + 1
                while j < len(bounds) and not text[bounds[j][2]:bounds[j][3]].strip():
                    j += 1  # (a blank line between paragraphs is a "sentence" of its own)
                nxt = bounds[j][2] if j < len(bounds) else None
                if not text[start:end].strip():
                    continue
                if not self.select or self.pattern.search(text, start, end) or (
                        nxt is not None and text[nxt:nxt + 1] in QUOTE_OPENERS and "\n" not in text[end:nxt]) \
                        or self._opens_with_cue(text, start, end):
                    owners.append((doc, start, a))
                    sentences.append(self._sentence_doc(text, idx, lengths, spaces, a, b, starts))
                elif any(PRONOUN.search(text, s, e) for _, _, s, e in bounds[k + 1:k + 4]) \
                        or self._named_again(text, start, end, bounds[k + 1:k + 4]):
                    # names only, for a sentence a pronoun may soon refer back to ("Tom Baker was
                    # blunt. / “We lost,” he told supporters.") or whose name comes back
                    # ("Robby Mook appeared on TV. / Mook told CNN …")
                    named.append((doc, a))
                    named_docs.append(self._sentence_doc(text, idx, lengths, spaces, a, b))
        entities: dict[int, list] = {}
        if named_docs:
            # the other sentences get names only: a person named where nobody speaks ("Baker was
            # blunt.") is who a later "he said" refers to
            for (doc, first), found in zip(named, self.nlp.get_pipe("ner").pipe(named_docs, batch_size=1000)):
                _add_entities(entities, doc, first, found)
        stream: Iterable[Doc] = sentences
        for name in self.pipes:
            proc = self.nlp.get_pipe(name)
            stream = proc.pipe(stream, batch_size=1000) if hasattr(proc, "pipe") else map(proc, stream)
        for (doc, offset, first), parsed in zip(owners, stream):
            doc._.detente_parses.append((offset, parsed))
            _add_entities(entities, doc, first, parsed)
        for doc in docs:
            doc.ents = filter_spans(entities.get(id(doc), []))
        return docs


def _add_entities(entities: dict[int, list], doc: Doc, first: int, sentence: Doc) -> None:
    """The entities of a sentence doc as spans of its document (the sentence doc's tokens are
    the document's tokens first..: no offset search)."""
    entities.setdefault(id(doc), []).extend(
        Span(doc, first + ent.start, first + ent.end, label=ent.label_) for ent in sentence.ents)


@Language.factory("detente_pos", default_config={})
def make_tag_to_pos(nlp: Language, name: str) -> "TagToPos":
    """spaCy factory: coarse POS from fine tags, a fast stand-in for the attribute ruler."""
    return TagToPos(nlp)


class TagToPos:
    """Set `token.pos` from `token.tag` with the model's own attribute-ruler table.

    The attribute ruler runs a Matcher over every token; for the TAG → POS part that our
    rules need, a dictionary built once from its patterns gives the same POS at a fraction
    of the cost (its word-specific exceptions are also applied).
    """

    def __init__(self, nlp: Language) -> None:
        self.by_tag: dict[str, str] = {}
        self.by_word: dict[tuple[str, str], str] = {}
        ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.component_names else None
        for pattern in getattr(ruler, "patterns", []) or []:
            pos = pattern.get("attrs", {}).get("POS")
            if not pos:
                continue
            for tokens in pattern["patterns"]:
                if len(tokens) != 1:
                    continue
                spec = tokens[0]
                tag = spec.get("TAG")
                word = spec.get("LOWER") or spec.get("ORTH")
                if isinstance(tag, str) and word is None and len(spec) == 1:
                    self.by_tag[tag] = pos
                elif isinstance(tag, str) and isinstance(word, str):
                    self.by_word[(word.lower(), tag)] = pos

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            pos = self.by_word.get((token.lower_, token.tag_)) or self.by_tag.get(token.tag_)
            if pos:
                token.pos_ = pos
        return doc


# lemmas of auxiliaries, which the model's attribute ruler (replaced here by a tag table) sets
# and its rule lemmatizer does not: "was" → be, "has" → have
AUX_LEMMAS = {**dict.fromkeys(("am", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "'m",
                               "’m"), "be"),
              **dict.fromkeys(("has", "have", "had", "having", "'ve", "’ve"), "have"),
              **dict.fromkeys(("does", "did", "do", "done", "doing"), "do")}


@Language.factory("detente_lemmas", default_config={})
def make_cached_lemmatizer(nlp: Language, name: str) -> "CachedLemmatizer":
    """spaCy factory: the model's rule lemmatizer behind a (word, POS) cache."""
    return CachedLemmatizer(nlp)


class CachedLemmatizer:
    """Lemmas from the model's own rule lemmatizer, computed once per (word, POS).

    News text repeats its words; the rule lemmatizer recomputes each one (~17 µs a token).
    Its word index per part of speech is a list, which every rule's candidate is looked up in
    (~200 µs a new word); it becomes a set here, which changes no lemma.
    """

    def __init__(self, nlp: Language) -> None:
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.cache: dict[tuple[int, int], int] = {}
        self.strings = nlp.vocab.strings
        index = self.lemmatizer.lookups.get_table("lemma_index", {}) \
            if self.lemmatizer.lookups.has_table("lemma_index") else {}
        for pos, words in list(index.items()):
            if isinstance(words, list):
                index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        for token in doc:
            key = (token.orth, token.pos)
            lemma = cache.get(key)
            if lemma is None:
                known = AUX_LEMMAS.get(token.lower_) if token.pos_ == "AUX" else \
                    _VERB_LEMMAS.get(token.lower_) if token.pos_ == "VERB" else None
                lemma = self.strings.add(known or self.lemmatizer.rule_lemmatize(token)[0])
                if len(cache) < 200_000:
                    cache[key] = lemma
            token.lemma = lemma
        return doc


def familiar_source(cue: Token) -> Token | None:
    """The people a cue's subject is, where the parser hung the cue on the noun of what they know
    ("two sources familiar with the discussions told Reuters", with "told" on "discussions"): the
    noun the adjective qualifies ("sources")."""
    if cue.tag_ != "VBD" or cue.dep_ not in ("acl", "relcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    known = cue.head
    prep = known.head if known.dep_ == "pobj" else None
    adjective = prep.head if prep is not None and prep.dep_ == "prep" else None
    if adjective is None or adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.pos_ != "NOUN":
        return None
    return adjective.head
