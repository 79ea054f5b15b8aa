"""The read API: typed records that mirror the stored links, redaction at the seam, no linking."""

from __future__ import annotations

import json

import pytest

from tally.corpus import Corpus
from tally.export import export
from tally.link import load_claims, load_corpus_entities, load_event_clusters
from tally.records import Claim, CorpusEntity, EventCluster, json_schema
from tally.report import build_report
from tests._linkdata import export_articles


@pytest.fixture
def corpus(db):
    c = Corpus(db)
    for article in export_articles():
        c.store.add_article(article)
    yield c
    c.close()


def test_reader_records_mirror_the_stored_links(corpus):
    corpus.link()
    claims, clusters, entities = corpus.claims(), corpus.events(), corpus.entities()
    assert claims and clusters and entities
    assert all(isinstance(c, Claim) for c in claims) and all(isinstance(c, EventCluster) for c in clusters)
    assert all(isinstance(e, CorpusEntity) for e in entities)
    # the records are the stored objects, field for field and in order (what the exports write)
    assert [c.model_dump(mode="json") for c in claims] == load_claims(corpus.store)
    assert [c.model_dump(mode="json") for c in clusters] == load_event_clusters(corpus.store)
    assert [e.model_dump(mode="json") for e in entities] == load_corpus_entities(corpus.store)
    assert [json.dumps(c.model_dump(mode="json")) for c in claims] == [
        json.dumps(c) for c in load_claims(corpus.store)
    ]


def test_reader_reading_never_links(corpus, tmp_path):
    assert corpus.claims() == [] and corpus.events() == []
    assert build_report(corpus)["corpus"]["claims"] == 0
    assert export(corpus, "claims", tmp_path / "none.jsonl") == 0
    corpus.link()
    assert export(corpus, "claims", tmp_path / "some.jsonl") == len(corpus.claims()) > 0


def test_reader_redact_masks_every_record_kind(corpus):
    corpus.link()
    plain = [r.model_dump_json() for r in (*corpus.claims(), *corpus.events(), *corpus.entities())]
    masked = [
        r.model_dump_json()
        for r in (*corpus.claims(redact=True), *corpus.events(redact=True), *corpus.entities(redact=True))
    ]
    assert any("Ivanou" in r for r in plain)
    assert not any("Ivanou" in r or "Ales" in r for r in masked)
    assert all("Ivanou" not in a.text for a in corpus.articles(redact=True))
    ivanou = next(e for e in corpus.entities(redact=True) if e.name.startswith("█"))
    assert ivanou.name == "█" * len("Ales Ivanou") and ivanou.aliases == []


def test_reader_schema_lists_the_corpus_records():
    schema = json_schema()
    assert "quotes" in schema["properties"]  # the article stays the root
    assert {"Claim", "EventCluster", "CorpusEntity", "ClaimFigure", "Conflict"} <= set(schema["$defs"])
    assert schema["$defs"]["Claim"]["properties"]["status"]["enum"] == [
        "single_source",
        "corroborated",
        "conflicting",
    ]
