"""The pipeline driver: builds the spaCy pipeline and turns Documents into Analyses.

Speed by design: a rule-based sentencizer splits the text; the tok2vec, tagger, parser,
lemmatizer and entity recognizer run only on the sentences the extractors can use (those
holding a quote mark or a cue word), and the entity recognizer alone on the sentences a later
pronoun may refer back to, through the `detente_parse` component. Everything else is rules
over that.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

import detente.nlp.actors  # noqa: F401 - registers the component
import detente.nlp.parse  # noqa: F401
import detente.nlp.quotes  # noqa: F401
import detente.nlp.events  # noqa: F401
import detente.nlp.positions  # noqa: F401
from detente.nlp.actors import NAME_SUFFIXES, DocActors
from detente.nlp.model import PARSE_PIPES, load_model, model_name
from detente.packs import Pack, load_pack
from detente.records import Actor, Document, Mention
from detente.store.sql import Analysis

__all__ = ["Analyzer", "EXTRACTORS"]

# Extractor components, in order; each writes a Doc extension read by `_collect`.
EXTRACTORS: tuple[str, ...] = ("detente_quotes", "detente_events", "detente_positions")
# non-breaking and thin spaces, read by the models as plain ones, and the horizontal bar as an
# em dash (the small model takes "―" for a verb: "pounding Trump as a 'con artist' ― just as …"
# lost the characterisation); one character for one
SPACES = str.maketrans({"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2015": "\u2014"})


class Analyzer:
    """Analyse documents with one pack and one spaCy model."""

    def __init__(self, *, model: str | None = None, pack: str | Pack | None = None,
                 batch_size: int = 64, jobs: int = 1, dask: str | None = None) -> None:
        self.pack = pack if isinstance(pack, Pack) else load_pack(pack)
        self.model = model_name(model)
        self.batch_size = batch_size
        self.jobs = max(1, jobs)
        self.dask = dask  # a Dask scheduler address, or "local" (see detente.nlp.distributed)
        self.nlp = self._build(load_model(model))

    @property
    def version(self) -> str:
        """What a stored analysis was made with (model and pack)."""
        return f"{self.model}+{self.pack.name}"

    def _build(self, nlp: Language) -> Language:
        # "X." is the platform at a sentence's end ("Zelensky wrote on X. “…”"), not an initial:
        # kept one token, the sentence ran on into the quote after it
        nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
        # a generational suffix is one token ("Harold Vance Sr., a retired judge, who said …": "Sr"
        # and "." made the full stop the noun "who" stands for; "Jr." already was one)
        for suffix in NAME_SUFFIXES:
            if suffix.endswith("."):
                nlp.tokenizer.add_special_case(suffix, [{"ORTH": suffix}])
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("detente_paragraphs", after="sentencizer")
        nlp.add_pipe("detente_pos", after="attribute_ruler")
        nlp.add_pipe("detente_lemmas", after="lemmatizer")
        nlp.add_pipe("detente_parse", config={"pipes": list(PARSE_PIPES)})
        actors = nlp.add_pipe("detente_actors", config={"pack": str(self.pack.path)})
        # a title's abbreviation is one token, so no sentence ends at its full stop ("Lt. Col. Nadav
        # Shoshani said" was three sentences to the parser and the recogniser)
        for title in actors.index.written_titles:
            if title.endswith("."):
                nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
        for name in EXTRACTORS:
            nlp.add_pipe(name, config={"pack": str(self.pack.path)})
        model_pipes = [p for p in nlp.pipe_names if not p.startswith("detente_") and p != "sentencizer"]
        nlp.select_pipes(disable=model_pipes + ["detente_pos", "detente_lemmas"])
        return nlp

    def analyze(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        """Analyses of the documents, in order (on a Dask cluster when one is set, in `jobs`
        worker processes when jobs > 1)."""
        if self.dask:
            from detente.nlp.distributed import analyze_on_cluster

            yield from analyze_on_cluster(self, documents, self.dask)
            return
        if self.jobs > 1:
            yield from _parallel(self, documents)
            return
        docs = (self._make_doc(d) for d in documents)
        for sdoc, document in self.nlp.pipe(docs, as_tuples=True, batch_size=self.batch_size):
            yield self._collect(sdoc, document)

    def _make_doc(self, document: Document) -> tuple[Doc, Document]:
        # a non-breaking or thin space becomes a plain one for the models (one character for
        # one: every offset still points into the stored text); as its own token it broke
        # parses ("hailed\xa0Trump as …" read the space as the verb's dependent)
        doc = self.nlp.make_doc(document.text.translate(SPACES))
        doc.user_data["published"] = document.published
        doc.user_data["document_id"] = document.id
        return doc, document

    def analyze_one(self, document: Document) -> Analysis:
        """Analysis of a single document."""
        return next(self.analyze([document]))

    def _collect(self, doc: Doc, document: Document) -> Analysis:
        found: DocActors = doc._.detente_actors
        mentions = [Mention(document.id, m.actor_id, m.text, m.start, m.end) for m in found.mentions]
        actors: dict[str, Actor] = {}
        index = self.nlp.get_pipe("detente_actors").index
        for m in found.mentions:
            actor = found.actors.get(m.actor_id) or index.actors.get(m.actor_id)
            if actor:
                actors[actor.id] = actor
        result = Analysis(document, actors.values(), mentions)
        for name in EXTRACTORS:
            self.nlp.get_pipe(name).collect(doc, document, result)
        # every actor a record names is in the actors (a strike on Odesa is one on Ukraine, which
        # the text may not name)
        known = {a.id for a in result.actors}
        named = [*(i for e in result.events for i in (*e.actor_ids, *e.recipient_ids)),
                 *(i for p in result.positions for i in (p.holder_id, p.reported_by_id)),
                 *(i for q in result.quotes for i in (q.speaker_id, q.reported_by_id))]
        for actor_id in dict.fromkeys(i for i in named if i and i not in known):
            actor = found.actors.get(actor_id) or index.actors.get(actor_id)
            if actor is not None:
                result.actors.append(actor)
        return result


# ---- worker processes: each loads its own pipeline once; records travel back, not Docs
_WORKER: Analyzer | None = None


def _init_worker(model: str, pack_path: str, batch_size: int) -> None:
    global _WORKER
    _WORKER = Analyzer(model=model, pack=pack_path, batch_size=batch_size)


def _work(batch: list[Document]) -> list[Analysis]:
    assert _WORKER is not None
    return list(_WORKER.analyze(batch))


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in documents:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(analyzer: Analyzer, documents: Iterable[Document]) -> Iterator[Analysis]:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(analyzer.jobs, initializer=_init_worker,
                             initargs=(analyzer.model, str(analyzer.pack.path), analyzer.batch_size)) as pool:
        for results in pool.map(_work, _batches(documents, 8)):
            yield from results
