"""The flat figures-and-events table shared by the CSV and Parquet exports."""

from __future__ import annotations

from typing import Any

from tally.reader import CorpusReader

#: columns of the flat table, in order; lists are "; "-joined names
COLUMNS = [
    "kind",  # figure | event
    "article_id",
    "record_id",
    "outlet",
    "published",
    "category",  # figure category, or event type
    "mode",
    "value",
    "value_max",
    "qualifier",
    "subject",
    "actor",
    "target",
    "modality",
    "place",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "date",
    "asserted_by",
    "confirmed_by",
    "disputed_by",
    "negated",
    "span_start",
    "span_end",
    "evidence_start",
    "evidence_end",
    "text",
    "sentence",
    "cluster_id",  # claim id (figures) or event cluster id (events)
    "cluster_status",
]


def flat_rows(reader: CorpusReader) -> list[dict[str, Any]]:
    """One row per figure and per event of every stored article."""
    index = reader.entity_index()
    claim_of = {(f.doc, f.figure): (c.id, c.status) for c in reader.claims() for f in c.figures}
    cluster_of = {(e.doc, e.event): (c.id, c.status) for c in reader.events() for e in c.events}
    rows: list[dict[str, Any]] = []
    for article in reader.articles():
        places = {p.id: p for p in article.places}
        local = {e.id: e.name for e in article.entities}

        def names(ids: list[str], aid: str = article.id, local: dict[str, str] = local) -> str:
            """Corpus-level names (the article's own where an entity is not linked)."""
            out = []
            for i in ids:
                found = index.get(f"{aid}:{i}")
                out.append(found.name if found else local.get(i, i))
            return "; ".join(out)

        src = article.source
        for f in article.figures:
            place = places.get(f.place or "")
            claim = claim_of.get((article.id, f.id), (None, None))
            rows.append(
                {
                    "kind": "figure",
                    "article_id": article.id,
                    "record_id": f.id,
                    "outlet": src.outlet,
                    "published": src.published,
                    "category": f.category,
                    "mode": None,
                    "value": f.value,
                    "value_max": f.value_max,
                    "qualifier": f.qualifier,
                    "subject": f.subject,
                    "actor": None,
                    "target": None,
                    "modality": None,
                    "place": place.name if place else None,
                    "country": place.country if place else None,
                    "admin1": place.admin1 if place else None,
                    "latitude": place.lat if place else None,
                    "longitude": place.lon if place else None,
                    "date": f.date,
                    "asserted_by": names(f.asserted_by),
                    "confirmed_by": names(f.confirmed_by),
                    "disputed_by": names(f.disputed_by),
                    "negated": f.negated,
                    "span_start": f.start,
                    "span_end": f.end,
                    "evidence_start": f.evidence[0],
                    "evidence_end": f.evidence[1],
                    "text": article.text[f.start : f.end],
                    "sentence": article.text[f.evidence[0] : f.evidence[1]],
                    "cluster_id": claim[0],
                    "cluster_status": claim[1],
                }
            )
        for e in article.events:
            place = places.get(e.place or "")
            cluster = cluster_of.get((article.id, e.id), (None, None))
            rows.append(
                {
                    "kind": "event",
                    "article_id": article.id,
                    "record_id": e.id,
                    "outlet": src.outlet,
                    "published": src.published,
                    "category": e.type,
                    "mode": e.mode,
                    "value": None,
                    "value_max": None,
                    "qualifier": None,
                    "subject": None,
                    "actor": names([e.actor]) if e.actor else e.actor_text,
                    "target": names([e.target]) if e.target else e.target_text,
                    "modality": e.modality,
                    "place": place.name if place else None,
                    "country": place.country if place else None,
                    "admin1": place.admin1 if place else None,
                    "latitude": place.lat if place else None,
                    "longitude": place.lon if place else None,
                    "date": e.date,
                    "asserted_by": "",
                    "confirmed_by": "",
                    "disputed_by": "",
                    "negated": e.modality == "negated",
                    "span_start": e.trigger[0],
                    "span_end": e.trigger[1],
                    "evidence_start": e.evidence[0],
                    "evidence_end": e.evidence[1],
                    "text": article.text[e.trigger[0] : e.trigger[1]],
                    "sentence": article.text[e.evidence[0] : e.evidence[1]],
                    "cluster_id": cluster[0],
                    "cluster_status": cluster[1],
                }
            )
    return rows
