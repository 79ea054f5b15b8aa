"""Keep the link tables up to date with the stored articles, incrementally (the write side).

Adding articles does the per-article work once for the new ones only
(signature, entity keys and comparisons with the candidates that share a key,
figure and event features), then recomputes the claims and event clusters of
the *blocks* that changed: those the new records fall in, and those of older
articles whose sources changed (an entity merged, an article found to be a
republication). Corpus entities are rebuilt from the stored edges, a linear
pass with no comparisons. Each step depends only on stored sets, never on the
order articles arrived in, which is what makes an incremental update equal to
a full recompute (``relink``); ``tests/test_link_claims.py`` checks it.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from tally.link import dedup
from tally.link._graph import UnionFind
from tally.link.claims import build_claim, figure_block, figure_features, figures_compatible
from tally.link.entities import (
    Edge,
    EntityView,
    Override,
    blocking_keys,
    cluster_entities,
    edges_for,
    entity_view,
    fold,
)
from tally.link.events import build_event_cluster, event_block, event_features, events_compatible
from tally.link.grouping import group
from tally.link.places import main_country
from tally.link.sources import SourceResolver, institution_words
from tally.records import Article, Claim, CorpusEntity, EventCluster
from tally.store import Store, schema
from tally.store import link_schema as ls

LOGGER = logging.getLogger(__name__)

#: version of the link features and rules; stored in ``tally_meta`` under
#: ``link_version``. A database linked by another version is relinked in full
#: on the next update, because stored features of two versions do not mix.
#: Bump it whenever figure/event features, entity rules or grouping change.
LINK_VERSION = "tally.link.v7"


@dataclass
class LinkReport:
    """What one update did."""

    articles_linked: int = 0
    blocks_recomputed: int = 0
    corpus_entities: int = 0
    claims: int = 0
    event_clusters: int = 0
    full: bool = False


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _view_from_json(data: dict[str, Any]) -> EntityView:
    data = dict(data)
    for key in ("words", "aliases", "roles"):
        data[key] = tuple(data[key])
    data["names"] = frozenset(data["names"])
    return EntityView(**data)


def _view_to_json(view: EntityView) -> str:
    data = asdict(view)
    data["names"] = sorted(view.names)
    return json.dumps(data, ensure_ascii=False)


def update_links(store: Store, *, full: bool = False) -> LinkReport:
    """Link the stored articles that are not linked yet (all of them when *full*).

    :param full: forget every derived link and recompute from the articles
        (a reviewer's overrides are kept).
    """
    # one transaction under the ``links`` lock: two processes linking at once
    # would both take the same articles for new; the second now waits, then
    # finds them linked
    with store.transaction("links") as conn:
        stored_version = conn.execute(
            select(schema.meta.c.value).where(schema.meta.c.key == "link_version")
        ).scalar()
        full = full or stored_version != LINK_VERSION
        report = LinkReport(full=full)
        if stored_version != LINK_VERSION:
            conn.execute(delete(schema.meta).where(schema.meta.c.key == "link_version"))
            conn.execute(insert(schema.meta).values(key="link_version", value=LINK_VERSION))
        if full:
            for table in reversed(ls.DERIVED_TABLES):
                conn.execute(delete(table))
        linked = set(conn.execute(select(ls.link_articles.c.article_id)).scalars())
        new_ids = [a for a in store.article_ids() if a not in linked]
        if not new_ids and not full:
            return report
        old_entities = _entity_signature(conn)
        old_groups = _dup_groups(conn)
        touched: set[str] = set()
        for article_id in new_ids:
            article = store.get_article(article_id)
            if article is None:
                continue
            touched |= _link_article(conn, article)
            report.articles_linked += 1
        report.blocks_recomputed = _recompute(conn, touched, old_entities, old_groups, report)
    LOGGER.info("linked %d articles, recomputed %d blocks", report.articles_linked, report.blocks_recomputed)
    return report


def relink(store: Store) -> LinkReport:
    """Recompute every link from the stored articles."""
    return update_links(store, full=True)


def add_override(
    store: Store,
    action: str,
    a: str,
    b: str | None = None,
    *,
    reviewer: str | None = None,
    note: str | None = None,
) -> LinkReport:
    """Record a reviewer's decision on two article entities (``article_id:entity_id``) and apply it.

    ``merge`` makes *a* and *b* one corpus entity; ``split`` keeps them apart
    (with *b* None: takes *a* out of its corpus entity). The machine's own
    edges stay stored, so removing the override restores its decision.
    """
    if action not in ("merge", "split"):
        raise ValueError("action must be 'merge' or 'split'")
    if action == "merge" and b is None:
        raise ValueError("a merge needs two members")
    with store.transaction("links") as conn:
        conn.execute(
            insert(ls.link_overrides).values(
                action=action, a=a, b=b, reviewer=reviewer, note=note, created_at=_now()
            )
        )
    update_links(store)  # nothing new, but make sure every article is linked first
    report = LinkReport()
    with store.transaction("links") as conn:
        old_entities = _entity_signature(conn)
        old_groups = _dup_groups(conn)
        report.blocks_recomputed = _recompute(conn, set(), old_entities, old_groups, report)
    return report


def relink_article(store: Store, article_id: str) -> LinkReport:
    """Link one stored article again from its records as read now (a reviewer corrected one).

    Its link rows are replaced and the blocks it was in and is in now are
    recomputed, with the entities and republication groups: the result of a
    full relink, at the cost of one article (``tests/test_serve.py`` checks it).
    """
    report = update_links(store)
    if report.full:
        return report
    article = store.get_article(article_id)
    with store.engine.begin() as conn:
        old_entities = _entity_signature(conn)
        old_groups = _dup_groups(conn)
        touched: set[str] = set()
        for table, prefix in ((ls.link_figures, "f"), (ls.link_events, "e")):
            touched |= {
                f"{prefix}:{b}"
                for b in conn.execute(select(table.c.block).where(table.c.article_id == article_id)).scalars()
            }
        for block in touched:  # cleared first: a group keeps its id when it moves to another block
            kind, name = block.split(":", 1)
            if kind == "f":
                _clear_block(conn, ls.claims, ls.claim_figures, "claim_id", name)
            else:
                _clear_block(conn, ls.event_clusters, ls.event_cluster_members, "cluster_id", name)
        member = f"{article_id}:"
        edges = ls.link_entity_edges.c
        conn.execute(
            delete(ls.link_entity_edges).where(edges.a.startswith(member) | edges.b.startswith(member))
        )
        pairs = ls.link_dup_pairs.c
        conn.execute(delete(ls.link_dup_pairs).where((pairs.a == article_id) | (pairs.b == article_id)))
        for table in (
            ls.link_figures,
            ls.link_events,
            ls.link_entity_keys,
            ls.link_entity_views,
            ls.link_lsh,
            ls.link_articles,
        ):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        if article is not None:
            touched |= _link_article(conn, article)
            report.articles_linked = 1
        report.blocks_recomputed = _recompute(conn, touched, old_entities, old_groups, report)
    return report


# -- per article ---------------------------------------------------------------
def _link_article(conn: Connection, article: Article) -> set[str]:
    """Store one article's link features and edges; return the blocks it touches."""
    sig = dedup.signature(article.text)
    country = main_country(article)
    conn.execute(
        insert(ls.link_articles).values(
            article_id=article.id,
            outlet=article.source.outlet,
            published=article.source.published,
            country=country,
            signature=json.dumps(sig),
            linked_at=_now(),
        )
    )
    bands = dedup.bands(sig)
    candidates = set(
        conn.execute(select(ls.link_lsh.c.article_id).where(ls.link_lsh.c.band.in_(bands))).scalars()
    )
    if candidates:
        rows = conn.execute(
            select(ls.link_articles.c.article_id, ls.link_articles.c.signature).where(
                ls.link_articles.c.article_id.in_(sorted(candidates))
            )
        ).all()
        for other_id, other_sig in rows:
            score = dedup.similarity(sig, json.loads(other_sig))
            if score >= dedup.DUPLICATE_THRESHOLD and other_id != article.id:
                a, b = sorted((article.id, other_id))
                conn.execute(insert(ls.link_dup_pairs).values(a=a, b=b, similarity=score))
    conn.execute(
        insert(ls.link_lsh), [{"band": band, "article_id": article.id} for band in dict.fromkeys(bands)]
    )

    views = [entity_view(article, entity, country) for entity in article.entities]
    if views:
        conn.execute(
            insert(ls.link_entity_views),
            [{"member": v.key, "article_id": article.id, "data": _view_to_json(v)} for v in views],
        )
        key_rows = []
        view_keys: dict[str, set[str]] = {}
        for view in views:
            keys = {k[:200] for k in blocking_keys(view)}
            view_keys[view.key] = keys
            key_rows += [{"key": k, "article_id": article.id, "entity_id": view.entity_id} for k in keys]
        key_members: dict[str, set[str]] = defaultdict(set)
        for key, aid, eid in conn.execute(
            select(
                ls.link_entity_keys.c.key, ls.link_entity_keys.c.article_id, ls.link_entity_keys.c.entity_id
            ).where(ls.link_entity_keys.c.key.in_(sorted(set().union(*view_keys.values()))))
        ).all():
            key_members[key].add(f"{aid}:{eid}")
        candidate_members = set().union(*key_members.values())
        conn.execute(insert(ls.link_entity_keys), _unique(key_rows, ("key", "article_id", "entity_id")))
        others = [
            _view_from_json(json.loads(data))
            for data in conn.execute(
                select(ls.link_entity_views.c.data).where(
                    ls.link_entity_views.c.member.in_(sorted(candidate_members))
                )
            ).scalars()
        ]
        # Each new entity is compared only with the candidates that share one of ITS keys:
        # every rule of `compare` implies a shared key, so the edges are the same, but the
        # work no longer grows with all the candidates of all the article's entities together.
        edges = []
        for view in views:
            mine = set().union(*(key_members.get(k, ()) for k in view_keys[view.key]))
            edges += edges_for([view], [other for other in others if other.key in mine])
        if edges:
            conn.execute(
                insert(ls.link_entity_edges),
                _unique(
                    [
                        {
                            "a": e.a,
                            "b": e.b,
                            "rule": e.rule,
                            "strength": e.strength,
                            "score": e.score,
                            "evidence": e.evidence,
                        }
                        for e in edges
                    ],
                    ("a", "b"),
                ),
            )

    touched = _insert_features(
        conn,
        ls.link_figures,
        article,
        article.figures,
        "figure_id",
        "f",
        lambda figure: figure_features(article, figure, country),
        figure_block,
    )
    touched |= _insert_features(
        conn,
        ls.link_events,
        article,
        article.events,
        "event_id",
        "e",
        lambda event: event_features(article, event, country),
        event_block,
    )
    return touched


def _insert_features(
    conn: Connection,
    table: Any,
    article: Article,
    records: list[Any],
    id_column: str,
    prefix: str,
    features_of: Any,
    block_of: Any,
) -> set[str]:
    """Store the link features of *records* (figures or events); return the blocks touched."""
    touched: set[str] = set()
    rows = []
    for record in records:
        features = features_of(record)
        block = block_of(features)
        touched.add(f"{prefix}:{block}")
        rows.append(
            {
                "article_id": article.id,
                id_column: record.id,
                "block": block,
                "features": json.dumps(features, ensure_ascii=False),
            }
        )
    if rows:
        conn.execute(insert(table), rows)
    return touched


def _unique(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(tuple(row[k] for k in key), row)
    return list(seen.values())


# -- corpus-wide state -----------------------------------------------------------
def _entity_signature(conn: Connection) -> dict[str, tuple[str, str]]:
    """member -> (corpus entity id, name) as stored before this update."""
    rows = conn.execute(
        select(ls.corpus_entity_members.c.member, ls.corpus_entities.c.id, ls.corpus_entities.c.name).join(
            ls.corpus_entities, ls.corpus_entities.c.id == ls.corpus_entity_members.c.corpus_entity_id
        )
    ).all()
    return {member: (ce_id, name) for member, ce_id, name in rows}


def _dup_groups(conn: Connection) -> dict[str, str]:
    """article -> representative of its near-duplicate group (only articles in a group)."""
    uf = UnionFind()
    for a, b in conn.execute(select(ls.link_dup_pairs.c.a, ls.link_dup_pairs.c.b)).all():
        uf.union(a, b)
    return {item: uf.find(item) for item in uf.parent}


def _load_views(conn: Connection) -> dict[str, EntityView]:
    return {
        member: _view_from_json(json.loads(data))
        for member, data in conn.execute(
            select(ls.link_entity_views.c.member, ls.link_entity_views.c.data)
        ).all()
    }


def _load_overrides(conn: Connection) -> list[Override]:
    rows = conn.execute(select(ls.link_overrides).order_by(ls.link_overrides.c.id)).mappings().all()
    return [Override(r["action"], r["a"], r["b"], r["reviewer"], r["note"]) for r in rows]


def _write_entities(conn: Connection, entities: list[CorpusEntity], views: dict[str, EntityView]) -> None:
    conn.execute(delete(ls.corpus_entity_members))
    conn.execute(delete(ls.corpus_entities))
    if not entities:
        return
    conn.execute(
        insert(ls.corpus_entities),
        [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": json.dumps(e.aliases, ensure_ascii=False),
                "roles": json.dumps(e.roles, ensure_ascii=False),
                "articles": e.articles,
                "mentions": e.mentions,
                "evidence": json.dumps(e.evidence, ensure_ascii=False),
            }
            for e in entities
        ],
    )
    conn.execute(
        insert(ls.corpus_entity_members),
        [
            {
                "member": m,
                "corpus_entity_id": e.id,
                "article_id": views[m].article_id,
                "entity_id": views[m].entity_id,
                "name": views[m].name,
                "type": views[m].type,
                "roles": json.dumps(list(views[m].roles), ensure_ascii=False),
            }
            for e in entities
            for m in e.members
        ],
    )


def _resolver(
    entities: list[CorpusEntity],
    views: dict[str, EntityView],
    groups: dict[str, str],
    outlets: dict[str, str | None],
) -> SourceResolver:
    entity_of = {m: (e.id, e.name) for e in entities for m in e.members}
    # an outlet name meets the organisation of that name (a Reuters article, "confirmed by Reuters")
    outlet_entity: dict[str, tuple[str, str]] = {}
    for e in sorted(entities, key=lambda e: (-e.articles, e.id)):
        if e.type not in ("ORG", "MEDIA"):
            continue
        for m in e.members:
            for name in views[m].names:
                outlet_entity.setdefault(name, (e.id, e.name))
    group_outlets: dict[str, list[str]] = defaultdict(list)
    for article_id, rep in sorted(groups.items()):
        group_outlets[rep].append(outlets.get(article_id) or "")
    unnamed: set[str] = set()
    institutions: dict[str, str] = {}
    for e in entities:
        if e.type != "GROUP":
            continue
        for m in e.members:
            if institution_words() & set(fold(views[m].name).split()):
                institutions[m] = views[m].name
            else:
                unnamed.add(m)
    return SourceResolver(entity_of, outlet_entity, groups, dict(group_outlets), unnamed, institutions)


def _recompute(
    conn: Connection,
    touched: set[str],
    old_entities: dict[str, tuple[str, str]],
    old_groups: dict[str, str],
    report: LinkReport,
) -> int:
    views = _load_views(conn)
    edges = [
        Edge(a, b, rule, evidence)
        for a, b, rule, evidence in conn.execute(
            select(
                ls.link_entity_edges.c.a,
                ls.link_entity_edges.c.b,
                ls.link_entity_edges.c.rule,
                ls.link_entity_edges.c.evidence,
            )
        ).all()
    ]
    entities = cluster_entities(views, edges, _load_overrides(conn))
    _write_entities(conn, entities, views)
    report.corpus_entities = len(entities)
    new_entities = {m: (e.id, e.name) for e in entities for m in e.members}
    groups = _dup_groups(conn)
    outlets = dict(conn.execute(select(ls.link_articles.c.article_id, ls.link_articles.c.outlet)).all())
    resolver = _resolver(entities, views, groups, outlets)

    # older articles whose sources read differently now
    affected: set[str] = set()
    changed_names: set[str] = set()
    for member in set(old_entities) | set(new_entities):
        if old_entities.get(member) != new_entities.get(member):
            affected.add(member.split(":", 1)[0])
            if member in views:
                changed_names |= views[member].names
    for article_id in set(old_groups) | set(groups):
        if old_groups.get(article_id) != groups.get(article_id):
            rep = groups.get(article_id) or old_groups.get(article_id)
            affected |= {a for a, r in groups.items() if r == rep} | {article_id}
    if changed_names:
        affected |= {a for a, outlet in outlets.items() if outlet and fold(outlet) in changed_names}
    if affected:
        for table, prefix in ((ls.link_figures, "f"), (ls.link_events, "e")):
            touched |= {
                f"{prefix}:{b}"
                for b in conn.execute(
                    select(table.c.block).where(table.c.article_id.in_(sorted(affected))).distinct()
                ).scalars()
            }
    for block in sorted(touched):
        kind, name = block.split(":", 1)
        if kind == "f":
            _recompute_claims(conn, name, resolver)
        else:
            _recompute_events(conn, name, resolver)
    report.claims = len(conn.execute(select(ls.claims.c.id)).all())
    report.event_clusters = len(conn.execute(select(ls.event_clusters.c.id)).all())
    return len(touched)


def _block_features(conn: Connection, table: Any, block: str) -> list[dict[str, Any]]:
    """The stored link features of the figures (or events) of one block."""
    return [
        json.loads(f) for f in conn.execute(select(table.c.features).where(table.c.block == block)).scalars()
    ]


def _clear_block(conn: Connection, groups: Any, members: Any, group_column: str, block: str) -> None:
    """Delete the claims (or event clusters) of one block and their member rows."""
    old = list(conn.execute(select(groups.c.id).where(groups.c.block == block)).scalars())
    if old:
        conn.execute(delete(members).where(members.c[group_column].in_(old)))
        conn.execute(delete(groups).where(groups.c.block == block))


def _record_json(record: Claim | EventCluster) -> str:
    """The stored ``data`` of a claim or event cluster: its JSON object as the read side loads it."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False)


def _recompute_claims(conn: Connection, block: str, resolver: SourceResolver) -> None:
    items = _block_features(conn, ls.link_figures, block)
    _clear_block(conn, ls.claims, ls.claim_figures, "claim_id", block)
    for members in group(items, figures_compatible, "figure"):
        claim = build_claim(members, resolver)
        conn.execute(
            insert(ls.claims).values(
                id=claim.id,
                block=block,
                category=claim.category,
                place=claim.place,
                date=claim.date,
                status=claim.status,
                independent_sources=claim.independent_sources,
                range_min=claim.range[0],
                range_max=claim.range[1],
                data=_record_json(claim),
            )
        )
        conn.execute(
            insert(ls.claim_figures),
            [{"claim_id": claim.id, "article_id": f["doc"], "figure_id": f["figure"]} for f in members],
        )


def _recompute_events(conn: Connection, block: str, resolver: SourceResolver) -> None:
    items = _block_features(conn, ls.link_events, block)
    _clear_block(conn, ls.event_clusters, ls.event_cluster_members, "cluster_id", block)

    def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return events_compatible(a, b, resolver.entity_id)

    for members in group(items, compatible, "event"):
        cluster = build_event_cluster(members, resolver)
        conn.execute(
            insert(ls.event_clusters).values(
                id=cluster.id,
                block=block,
                type=cluster.type,
                place=cluster.place,
                date=cluster.date,
                status=cluster.status,
                independent_sources=cluster.independent_sources,
                data=_record_json(cluster),
            )
        )
        conn.execute(
            insert(ls.event_cluster_members),
            [{"cluster_id": cluster.id, "article_id": f["doc"], "event_id": f["event"]} for f in members],
        )
