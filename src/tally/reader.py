"""The read side of a corpus: stored articles and their links, as records, redacted on request.

::

    with tally.Corpus("news.db") as corpus:
        corpus.link()                                   # bring the links up to date first
        for claim in corpus.claims(redact=True):        # tally.Claim records
            print(claim.status, claim.sources)

Everything that reads a corpus back (the exports, the report, plugins) goes
through a :class:`CorpusReader`. It does not link: the caller decides when the
links are brought up to date (``corpus.link()``), so reading never writes.
With ``redact=True`` every record it hands out has private people's names
masked (:mod:`tally.redaction`), which is the one place redaction happens.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tally.link.stored import load_claims, load_corpus_entities, load_event_clusters
from tally.records import Article, Claim, CorpusEntity, EventCluster
from tally.redaction import Redactor, build_redactor
from tally.store import Store


class CorpusReader:
    """Read-only view of the articles and links in *store*; with *redact*, private names masked.

    Claims come conflicts first, event clusters by date, corpus entities by id,
    articles in the order they were stored (see :mod:`tally.link.stored`).
    """

    def __init__(self, store: Store, *, redact: bool = False) -> None:
        self._store = store
        self.redact = redact
        self._redactor: Redactor | None = None

    @property
    def redactor(self) -> Redactor | None:
        """The redactor in use (built on first use from the stored corpus), or None."""
        if self.redact and self._redactor is None:
            self._redactor = build_redactor(self._store.iter_articles(), self._stored_entities())
        return self._redactor

    def _stored_entities(self) -> list[CorpusEntity]:
        return [CorpusEntity.model_validate(e) for e in load_corpus_entities(self._store)]

    def articles(self) -> Iterator[Article]:
        """Every stored article, in the order they were stored."""
        redactor = self.redactor
        for article in self._store.iter_articles():
            yield article if redactor is None else redactor.article(article)

    def claims(self) -> list[Claim]:
        """Every claim: conflicts first, then corroborated, then single-source."""
        claims = [Claim.model_validate(c) for c in load_claims(self._store)]
        redactor = self.redactor
        return claims if redactor is None else [redactor.claim(c) for c in claims]

    def events(self) -> list[EventCluster]:
        """Every event cluster, by date then id."""
        clusters = [EventCluster.model_validate(c) for c in load_event_clusters(self._store)]
        redactor = self.redactor
        return clusters if redactor is None else [redactor.event_cluster(c) for c in clusters]

    def entities(self) -> list[CorpusEntity]:
        """Every corpus entity (the same actor across articles), by id."""
        entities = self._stored_entities()
        redactor = self.redactor
        return entities if redactor is None else [redactor.corpus_entity(e) for e in entities]

    def corrections(self) -> list[dict[str, Any]]:
        """Every review action (:mod:`tally.store.review`), oldest first, with the record's words.

        Redaction masks the reviewer's notes and values only as far as the
        redactor masks text; the words of the record come from the (redacted) article.
        """
        from tally.store.review import actions

        texts: dict[str, str] = {}
        out = []
        for action in actions(self._store):
            row = action.to_json()
            if action.span is not None:
                if action.article_id not in texts:
                    article = self._store.get_article(action.article_id, reviewed=False)
                    redactor = self.redactor
                    if article is not None and redactor is not None:
                        article = redactor.article(article)
                    texts[action.article_id] = article.text if article is not None else ""
                start, end = action.span
                row["text"] = texts[action.article_id][start:end] or None
            if self.redactor is not None and row["note"]:
                row["note"] = self.redactor.text(row["note"])
            out.append(row)
        return out

    def entity_index(self) -> dict[str, CorpusEntity]:
        """Member key (``article_id:entity_id``) -> its corpus entity."""
        return {m: e for e in self.entities() for m in e.members}
