"""Keep the link tables up to date with the stored articles, incrementally (the write side).

Adding articles does the per-article work once for the new ones only
(signature, name forms, figure and event features), then recomputes what the
new records touch, found through indexed lookups, never by reading the corpus:

- **entities**: each article entity has a *name form* (name, type, folded
  words and aliases, the article's country: all that matching reads). A form
  is stored once and compared, when it first appears, with the stored forms
  that share one of its blocking keys; a form seen before costs one lookup.
  The corpus entities recomputed are those the new forms can change (their
  strong components, the bare surnames next to them and the stored entities
  those were in: :mod:`tally.link.neighbourhood`), or with a reviewer's
  override among them the connected part of the form graph they reach,
  loaded and written a bounded number of members at a time;
- **claims and event clusters**: those of the *blocks* the new records fall
  in, and of older articles whose sources now read differently (an entity
  merged or renamed, an article found to be a republication), regrouped by
  replay from the stored groups (:func:`tally.link.grouping.replay`: each
  stored item's place depth, period and group are read as columns, and only
  the items a new or changed one can reach are decoded and compared), with
  a source resolver filled for the groups written again only.

Each step depends only on stored sets, never on the order articles arrived
in, which is what makes an incremental update equal to a full recompute
(``relink``); ``tests/test_link_claims.py`` and ``tests/test_link_incremental.py``
check it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from tally._gc import fewer_collections, give_back_memory
from tally.link import dedup
from tally.link._graph import UnionFind
from tally.link.claims import build_claim, figure_block, figure_features, figures_compatible
from tally.link.entities import (
    RULES,
    Edge,
    EntityView,
    Override,
    blocking_keys,
    cluster_entities,
    compare,
    corpus_entity_id,
    entity_name,
    entity_roles,
    entity_type,
    entity_view,
    fold,
    form_data,
    form_id,
    form_view,
    self_rule,
)
from tally.link.events import build_event_cluster, event_block, event_features, events_compatible
from tally.link.grouping import cluster_id, group, order_key, period_columns, period_months, regroup, replay
from tally.link.neighbourhood import Form, FormGraph, neighbourhood
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
LINK_VERSION = "tally.link.v12"


@dataclass
class LinkReport:
    """What one update did."""

    articles_linked: int = 0
    blocks_recomputed: int = 0
    #: older articles whose claims or clusters read differently now (their sources or actors changed)
    articles_affected: int = 0
    #: link features (figures and events) decoded to regroup the blocks recomputed (an update that
    #: only added articles decodes those a change can reach: :func:`tally.link.grouping.replay`)
    features_read: int = 0
    corpus_entities: int = 0
    claims: int = 0
    event_clusters: int = 0
    full: bool = False
    #: peak resident memory (MB) of the process that linked, when it was a process of its own
    #: (:mod:`tally.link.apart`); 0 when linked in the calling process
    apart_peak_mb: float = 0.0


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


#: Articles linked per transaction. An update holds what it links (the new articles' forms and
#: features, the blocks and entities they reach) until it commits, so linking a first 10,000
#: articles in one update held all of them at once; in steps of this many, what is held is
#: bounded by the step, a killed run keeps the steps it committed, and the next call goes on
#: from there. Linking in steps gives what one update gives (incremental updates equal a full
#: link: ``tests/test_link_incremental.py``).
LINK_BATCH = 1000


def update_links(store: Store, *, full: bool = False, batch: int | None = None) -> LinkReport:
    """Link the stored articles that are not linked yet (all of them when *full*), *batch* at a time.

    :param full: forget every derived link and recompute from the articles
        (a reviewer's overrides are kept); the first step links its articles from nothing, the
        others add theirs to it.
    :param batch: articles per step, each step one transaction (default :data:`LINK_BATCH`).
    """
    size = max(1, batch or LINK_BATCH)
    total = LinkReport(full=full)
    while True:
        step, taken = _update_step(store, full=full, limit=size)
        # the step's working set is freed now; without giving it back the process kept the step's
        # peak, which grows with the corpus, between batches
        give_back_memory()
        full = False
        total.full = total.full or step.full
        total.articles_linked += step.articles_linked
        total.blocks_recomputed += step.blocks_recomputed
        total.articles_affected += step.articles_affected
        total.features_read += step.features_read
        if step.articles_linked or step.full or not total.articles_linked:
            total.corpus_entities, total.claims = step.corpus_entities, step.claims
            total.event_clusters = step.event_clusters
        if taken < size or not step.articles_linked:
            return total  # all taken, or none of a step's articles could be read (they stay unlinked)


def _update_step(store: Store, *, full: bool, limit: int) -> tuple[LinkReport, int]:
    """One step of :func:`update_links`: the first *limit* articles not linked yet, in one
    transaction; returns its report and how many articles it took."""
    # one transaction under the ``links`` lock: two processes linking at once
    # would both take the same articles for new; the second now waits, then
    # finds them linked. The collector runs less often: its passes over the loaded
    # features and views were a sixth of an update's time (tally._gc)
    with fewer_collections(), store.transaction("links") as conn:
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
        # the articles not linked yet, found by the database (an anti-join), not by listing the corpus
        articles = schema.articles.c
        new_ids = list(
            conn.execute(
                select(articles.id)
                .where(
                    ~select(ls.link_articles.c.article_id)
                    .where(ls.link_articles.c.article_id == articles.id)
                    .exists()
                )
                .order_by(articles.analyzed_at, articles.id)
                .limit(limit)
            ).scalars()
        )
        if not new_ids and not full:
            return report, 0
        old_groups = _dup_groups(conn)
        touched: set[str] = set()
        forms: dict[str, dict[str, Any]] = {}
        new_members: dict[str, list[str]] = defaultdict(list)  # form -> its members from these articles
        for article_id in new_ids:
            article = store.get_article(article_id)
            if article is None:
                continue
            blocks, found = _link_article(conn, article, new_members)
            touched |= blocks
            forms.update(found)
            report.articles_linked += 1
        added = _add_forms(conn, forms)
        seeds = set(forms)
        report.blocks_recomputed = _recompute(
            conn,
            touched,
            seeds,
            old_groups,
            report,
            fresh=set(new_ids),
            grown=seeds - added,
            fresh_members=new_members,
        )
        # after the entities: an update reads each form's count and smallest members as they were
        count_new_members(conn, new_members)
    LOGGER.info("linked %d articles, recomputed %d blocks", report.articles_linked, report.blocks_recomputed)
    return report, len(new_ids)


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
        old_groups = _dup_groups(conn)
        views = ls.link_entity_views.c
        seeds = set(
            conn.execute(select(views.form).where(views.member.in_([m for m in (a, b) if m]))).scalars()
        )
        report.blocks_recomputed = _recompute(conn, set(), seeds, old_groups, report)
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
    with store.transaction("links") as conn:
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
        # the corpus entities its entities were in: recomputed whole (they may fall apart)
        members, views = ls.corpus_entity_members.c, ls.link_entity_views.c
        stale = set(
            conn.execute(select(members.corpus_entity_id).where(members.article_id == article_id)).scalars()
        )
        seeds = set(
            conn.execute(
                select(views.form)
                .join(ls.corpus_entity_members, members.member == views.member)
                .where(members.corpus_entity_id.in_(sorted(stale)))
            ).scalars()
        )
        seeds |= set(conn.execute(select(views.form).where(views.article_id == article_id)).scalars())
        pairs = ls.link_dup_pairs.c
        conn.execute(delete(ls.link_dup_pairs).where((pairs.a == article_id) | (pairs.b == article_id)))
        for table in (ls.link_figures, ls.link_events, ls.link_entity_views, ls.link_lsh, ls.link_articles):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        _drop_orphan_forms(conn, seeds)
        if article is not None:
            blocks, forms = _link_article(conn, article)
            _add_forms(conn, forms)
            touched |= blocks
            seeds |= set(forms)
            report.articles_linked = 1
        report.blocks_recomputed = _recompute(
            conn, touched, seeds, old_groups, report, stale=stale, also={article_id}
        )
        _recount_members(conn, seeds)  # the article's members left their forms, then came back
    return report


# -- per article ---------------------------------------------------------------
def _link_article(
    conn: Connection, article: Article, members: dict[str, list[str]] | None = None
) -> tuple[set[str], dict[str, dict[str, Any]]]:
    """Store one article's link features; return the blocks it touches and its entities' name forms.

    *members*: where to add each of its entities' keys under its form.

    The forms are added by :func:`_add_forms`, once for every article of an update.
    """
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

    forms: dict[str, dict[str, Any]] = {}
    view_rows: list[dict[str, Any]] = []
    for entity in article.entities:
        view = entity_view(article, entity, country)
        data = form_data(view)
        fid = form_id(data)
        forms.setdefault(fid, data)
        view_rows.append(
            {"member": view.key, "article_id": article.id, "data": _view_to_json(view), "form": fid}
        )
        if members is not None:
            members[fid].append(view.key)
    if view_rows:
        conn.execute(insert(ls.link_entity_views), view_rows)

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
    return touched, forms


def _add_forms(conn: Connection, forms: dict[str, dict[str, Any]]) -> set[str]:
    """Store the forms not stored yet, each compared with the forms that share one of its blocking keys.

    Every rule of ``compare`` implies a shared key, so the edges are those of
    comparing every pair of forms; a form already stored costs one lookup. A
    pair is compared once, smaller id first, so its edge does not depend on
    which of the two came first. All forms of an update are added together:
    a few queries per update, not per form. Returns the forms that were not stored.
    """
    fc, kc = ls.link_forms.c, ls.link_form_keys.c
    known = set(_in_chunks(conn, select(fc.form), fc.form, sorted(forms)))
    new = sorted(set(forms) - known)
    if not new:
        return set()
    views = {fid: form_view(fid, forms[fid]) for fid in new}
    keys_of = {fid: sorted({k[:200] for k in blocking_keys(views[fid])}) for fid in new}
    by_key: dict[str, set[str]] = defaultdict(set)
    for key, form in _in_chunks(
        conn, select(kc.key, kc.form), kc.key, sorted(set().union(*keys_of.values()))
    ):
        by_key[key].add(form)
    stored = sorted(set().union(*by_key.values())) if by_key else []
    for fid, data in _in_chunks(conn, select(fc.form, fc.data), fc.form, stored):
        views[fid] = form_view(fid, json.loads(data))
    for fid in new:
        for key in keys_of[fid]:
            by_key[key].add(fid)
    edges = []
    fresh = set(new)
    for fid in new:
        for other in sorted(set().union(*(by_key[k] for k in keys_of[fid])) - {fid}):
            if other in fresh and other < fid:
                continue  # compared from the other side
            a, b = sorted((fid, other))
            decided = compare(views[a], views[b])
            if decided is not None:
                strength, score = RULES[decided[0]]
                edges.append(
                    {
                        "a": a,
                        "b": b,
                        "rule": decided[0],
                        "strength": strength,
                        "score": score,
                        "evidence": decided[1],
                    }
                )
    rows = []
    for fid in new:
        own = self_rule(views[fid])
        rows.append(
            {
                "form": fid,
                "data": json.dumps(forms[fid], ensure_ascii=False),
                "self_rule": own[0] if own else None,
                "self_evidence": own[1] if own else None,
            }
        )
    conn.execute(insert(ls.link_forms), rows)
    conn.execute(insert(ls.link_form_keys), [{"key": k, "form": fid} for fid in new for k in keys_of[fid]])
    if edges:
        conn.execute(insert(ls.link_form_edges), edges)
    return set(new)


def _drop_orphan_forms(conn: Connection, forms: set[str]) -> None:
    """Delete the forms among *forms* that no article entity has any more (a full relink would not make them)."""
    views, fc = ls.link_entity_views.c, ls.link_forms.c
    live = set(_in_chunks(conn, select(views.form).distinct(), views.form, sorted(forms)))
    orphans = sorted(forms - live)
    for chunk in _chunks(orphans):
        edges = ls.link_form_edges.c
        conn.execute(delete(ls.link_form_edges).where(edges.a.in_(chunk) | edges.b.in_(chunk)))
        conn.execute(delete(ls.link_form_keys).where(ls.link_form_keys.c.form.in_(chunk)))
        conn.execute(delete(ls.link_forms).where(fc.form.in_(chunk)))


def _set_members(conn: Connection, values: list[dict[str, Any]]) -> None:
    fc = ls.link_forms.c
    if values:
        conn.execute(
            update(ls.link_forms)
            .where(fc.form == bindparam("f"))
            .values(members=bindparam("n"), smallest=bindparam("s")),
            values,
        )


def count_new_members(conn: Connection, new: dict[str, list[str]]) -> None:
    """Add the members just linked (*new*: form -> member keys) to their forms' counts and smallest keys.

    Run after the update's entities are recomputed, which read the forms' columns as they were
    before (:func:`_grow_stored`). Reads their forms' rows only.
    """
    fc = ls.link_forms.c
    values = []
    query = select(fc.form, fc.members, fc.smallest)
    for fid, count, smallest in _in_chunks(conn, query, fc.form, sorted(new)):
        keys = sorted([*json.loads(smallest), *new[fid]])[:2]
        values.append({"f": fid, "n": count + len(new[fid]), "s": json.dumps(keys, ensure_ascii=False)})
    _set_members(conn, values)


def _recount_members(conn: Connection, forms: set[str]) -> None:
    """Count the members of *forms* again from all of them (an article linked again left and rejoined them)."""
    vc, fc = ls.link_entity_views.c, ls.link_forms.c
    keys: dict[str, list[str]] = {f: [] for f in _in_chunks(conn, select(fc.form), fc.form, sorted(forms))}
    for fid, member in _in_chunks(conn, select(vc.form, vc.member), vc.form, sorted(keys)):
        keys[fid].append(member)
    _set_members(
        conn,
        [
            {"f": fid, "n": len(members), "s": json.dumps(sorted(members)[:2], ensure_ascii=False)}
            for fid, members in keys.items()
        ],
    )


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
                **period_columns(features),
            }
        )
    if rows:
        conn.execute(insert(table), rows)
    return touched


# -- lookups by key ----------------------------------------------------------------
#: keys per ``IN (…)`` list: well under SQLite's limit of bound parameters
_CHUNK = 900

#: members loaded at once when corpus entities are recomputed: a bound on memory
#: (one connected part of the form graph larger than this is still loaded whole)
MEMBERS_PER_PASS = 20_000


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _in_chunks(conn: Connection, query: Any, column: Any, keys: list[str]) -> Iterator[Any]:
    """Rows of *query* where *column* is one of *keys*, asked in chunks; single columns as scalars."""
    single = len(query.selected_columns) == 1
    for chunk in _chunks(keys):
        result = conn.execute(query.where(column.in_(chunk)))
        yield from (result.scalars() if single else result.all())


# -- corpus-wide state -----------------------------------------------------------
def _dup_groups(conn: Connection) -> dict[str, str]:
    """article -> representative of its near-duplicate group (only articles in a group; few rows)."""
    uf = UnionFind()
    for a, b in conn.execute(select(ls.link_dup_pairs.c.a, ls.link_dup_pairs.c.b)).all():
        uf.union(a, b)
    return {item: uf.find(item) for item in uf.parent}


def _load_overrides(conn: Connection) -> list[Override]:
    rows = conn.execute(select(ls.link_overrides).order_by(ls.link_overrides.c.id)).mappings().all()
    return [Override(r["action"], r["a"], r["b"], r["reviewer"], r["note"]) for r in rows]


#: a stored name form (its view, own rule and the rule's evidence)
_Form = Form


def _region(
    conn: Connection, seeds: set[str], override_pairs: list[tuple[str, str]]
) -> tuple[dict[str, _Form], list[Edge]]:
    """The forms connected to *seeds* (through form edges and a reviewer's merges) and their edges.

    Corpus entities are connected parts of this graph, so recomputing the part
    reached from the new forms gives what a full recompute gives.
    """
    ec = ls.link_form_edges.c
    extra: dict[str, set[str]] = defaultdict(set)
    for a, b in override_pairs:
        extra[a].add(b)
        extra[b].add(a)
    seen = set(seeds)
    frontier = sorted(seeds)
    edges: dict[tuple[str, str], Edge] = {}
    query = select(ec.a, ec.b, ec.rule, ec.evidence)
    while frontier:
        found: set[str] = set()
        for chunk in _chunks(frontier):
            # two lookups, each on its own index (an OR of the two reads the whole table on SQLite)
            for column in (ec.a, ec.b):
                for a, b, rule, evidence in conn.execute(query.where(column.in_(chunk))).all():
                    edges[(a, b)] = Edge(a, b, rule, evidence)
                    found |= {a, b}
            for form in chunk:
                found |= extra.get(form, set())
        frontier = sorted(found - seen)
        seen |= found
    fc = ls.link_forms.c
    forms = {
        fid: _Form(form_view(fid, json.loads(data)), rule, evidence)
        for fid, data, rule, evidence in _in_chunks(
            conn, select(fc.form, fc.data, fc.self_rule, fc.self_evidence), fc.form, sorted(seen)
        )
    }
    return forms, [e for e in edges.values() if e.a in forms and e.b in forms]


def _form_graph(conn: Connection) -> FormGraph:
    """The stored form graph, read through indexed lookups as :func:`tally.link.neighbourhood.neighbourhood` asks."""
    ec, fc, mc, vc = (
        ls.link_form_edges.c,
        ls.link_forms.c,
        ls.corpus_entity_members.c,
        ls.link_entity_views.c,
    )

    def edges_of(forms: list[str]) -> Iterator[Edge]:
        query = select(ec.a, ec.b, ec.rule, ec.evidence)
        seen: set[tuple[str, str]] = set()
        # two lookups, each on its own index (an OR of the two reads the whole table on SQLite)
        for column in (ec.a, ec.b):
            for a, b, rule, evidence in _in_chunks(conn, query, column, forms):
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield Edge(a, b, rule, evidence)

    def forms_of(forms: list[str]) -> dict[str, Form]:
        query = select(fc.form, fc.data, fc.self_rule, fc.self_evidence)
        return {
            fid: Form(form_view(fid, json.loads(data)), rule, evidence)
            for fid, data, rule, evidence in _in_chunks(conn, query, fc.form, forms)
        }

    def old_entity_forms(forms: list[str]) -> set[str]:
        joined = select(mc.corpus_entity_id).join(ls.link_entity_views, vc.member == mc.member).distinct()
        ids = sorted(set(_in_chunks(conn, joined, vc.form, forms)))
        query = select(vc.form).join(ls.corpus_entity_members, mc.member == vc.member).distinct()
        return set(_in_chunks(conn, query, mc.corpus_entity_id, ids))

    return FormGraph(edges_of, forms_of, old_entity_forms)


def _recluster(
    conn: Connection,
    seeds: set[str],
    stale: set[str],
    grown: set[str] | None = None,
    *,
    bounded: bool = False,
    fresh: set[str] | None = None,
    fresh_members: dict[str, list[str]] | None = None,
) -> tuple[set[str], set[str], set[str]]:
    """Recompute the corpus entities of the forms connected to *seeds*; return what changed.

    Returns the members whose corpus entity (id, name or type) changed, new
    ones and gone ones included, the names of those members (an outlet of
    that name may count as another source now), and those of them that are
    with other members now (their entity's id changed, not by a rename of a
    whole entity that only grew): events compare their actors and targets by
    entity, so only an event naming one of these may group differently.
    *stale*: ids of corpus entities to drop whatever their members now (an
    article linked again). *grown*: seeds stored before that only gained
    members; where the form graph around them did not change, only their own
    corpus entity is recomputed (:func:`_grown_entities`), not the whole
    connected part they are in. *bounded*: the new forms' part is bounded to
    the entities they can change (:mod:`tally.link.neighbourhood`), not the
    whole connected part, unless a reviewer's override is among them.
    *fresh*: the articles this update linked; with it, an entity that only
    gained members of those articles is updated from its stored row
    (:func:`_grow_stored`), not rebuilt from every member; *fresh_members*: their members by
    form, as they were linked (given with *fresh*).
    """
    overrides = _load_overrides(conn)
    override_members = sorted({m for o in overrides for m in (o.a, o.b) if m})
    vc = ls.link_entity_views.c
    form_of = dict(_in_chunks(conn, select(vc.member, vc.form), vc.member, override_members))
    pairs = [
        (form_of[o.a], form_of[o.b])
        for o in overrides
        if o.action == "merge" and o.b and o.a in form_of and o.b in form_of
    ]
    grown = (grown or set()) & seeds
    # the part the new forms reach first: a grown form inside it is recomputed with it
    structural = seeds - grown
    graph = _form_graph(conn)
    joining: dict[str, str] = {}
    if structural and bounded and fresh is not None:
        # a new spelling of a stored entity updates that entity's row, as a grown form does
        joining = _joining(conn, graph, structural, set(form_of.values()))
        structural -= joining.keys()
    hood = neighbourhood(graph, structural, set(form_of.values())) if structural and bounded else None
    if hood is not None:
        forms = {f: graph.forms[f] for f in hood.forms}
        edges, ambiguous = hood.edges, frozenset(hood.ambiguous)
    else:
        forms, edges = _region(conn, structural, pairs) if structural else ({}, [])
        ambiguous = frozenset()
    light, fallback = _grown_entities(
        conn,
        grown - set(forms),
        set(form_of.values()),
        {f: ce for f, ce in joining.items() if f not in forms},
    )
    if fallback - set(forms):
        more, more_edges = _region(conn, fallback - set(forms), pairs)
        forms |= more
        edges = list({(e.a, e.b): e for e in edges + more_edges}.values())
    # an entity the changed forms reach is recomputed with their part, not alone
    light = light.without({light.entity_of[f] for f in forms if f in light.entity_of})
    changed: set[str] = set()
    changed_names: set[str] = set()
    moved_apart: set[str] = set()  # members whose entity is another one now
    if fresh is not None and light.forms:
        light = _grow_stored(conn, light, fresh_members or {}, changed, changed_names, moved_apart)
    if light.forms:
        light = _with_edges(conn, light)
    forms |= light.forms
    edges += light.edges
    if not forms:
        _delete_entities(conn, stale)
        return changed, changed_names, moved_apart
    # connected parts of the region, packed into passes of a bounded number of members
    uf = UnionFind(sorted(forms))
    for edge in edges:
        uf.union(edge.a, edge.b)
    for a, b in pairs:
        if a in forms and b in forms:
            uf.union(a, b)
    sizes: dict[str, int] = dict(
        _in_chunks(conn, select(vc.form, func.count()).group_by(vc.form), vc.form, sorted(forms))
    )
    passes: list[list[str]] = []
    size = MEMBERS_PER_PASS
    for part in sorted(uf.groups().values()):
        n = sum(sizes.get(f, 0) for f in part)
        if size + n > MEMBERS_PER_PASS:
            passes.append([])
            size = 0
        passes[-1] += part
        size += n
    # what the members were before: read whole first, since one stored entity may span passes
    mc, ec = ls.corpus_entity_members.c, ls.corpus_entities.c
    old: dict[str, tuple[str, str, str]] = {}
    old_query = (
        select(mc.member, mc.corpus_entity_id, ec.name, ec.type)
        .join(ls.corpus_entities, ec.id == mc.corpus_entity_id)
        .join(ls.link_entity_views, vc.member == mc.member)
    )
    for member, ce_id, name, ce_type in _in_chunks(conn, old_query, vc.form, sorted(forms)):
        old[member] = (ce_id, name, ce_type)
    # the entities are written again; a member's row only when its entity changed
    # (rows are most of the writing, and most members stay where they were)
    rewritten = set(_in_chunks(conn, select(mc.member), mc.corpus_entity_id, sorted(stale)))
    for chunk in _chunks(sorted(stale)):
        conn.execute(delete(ls.corpus_entity_members).where(mc.corpus_entity_id.in_(chunk)))
    for chunk in _chunks(sorted(stale | {before[0] for before in old.values()})):
        conn.execute(delete(ls.corpus_entities).where(ec.id.in_(chunk)))
    edges_of: dict[str, list[Edge]] = defaultdict(list)
    for edge in edges:
        edges_of[uf.find(edge.a)].append(edge)
    for part in passes:
        members: dict[str, list[EntityView]] = defaultdict(list)
        for data, form in _in_chunks(conn, select(vc.data, vc.form), vc.form, part):
            members[form].append(_view_from_json(json.loads(data)))
        part_edges = [e for root in {uf.find(f) for f in part} for e in edges_of.get(root, [])]
        entities, views = _cluster_part(
            forms, part, members, part_edges, overrides, light.ambiguous | ambiguous
        )
        moved: list[tuple[str, str]] = []  # (member, its corpus entity now) whose row is written
        for entity in entities:
            for member in entity.members:
                before = old.pop(member, None)
                if before is None or before[0] != entity.id or member in rewritten:
                    moved.append((member, entity.id))
                if before is None or before[0] != entity.id:
                    moved_apart.add(member)
                if before != (entity.id, entity.name, entity.type):
                    changed.add(member)
                    changed_names |= views[member].names
        stored_rows = sorted(m for m, _ in moved if m not in rewritten)
        for chunk in _chunks(stored_rows):
            conn.execute(delete(ls.corpus_entity_members).where(mc.member.in_(chunk)))
        _write_entities(conn, entities, views, moved)
    # members read before that are gone (their article linked again) changed too
    for chunk in _chunks(sorted(old)):
        conn.execute(delete(ls.corpus_entity_members).where(mc.member.in_(chunk)))
    changed |= set(old)
    moved_apart |= set(old)
    return changed, changed_names, moved_apart


@dataclass
class _Light:
    """Corpus entities recomputed alone: their forms, the edges between them, and which were ambiguous."""

    forms: dict[str, _Form]
    edges: list[Edge]
    ambiguous: frozenset[str]
    entity_of: dict[str, str]  # form -> the corpus entity it is recomputed with
    #: the new forms that join a stored entity (:func:`_joining`), with their edges (all inside it)
    joined: dict[str, list[Edge]] = field(default_factory=dict)

    def without(self, entities: set[str]) -> _Light:
        """The same, less the forms of *entities*."""
        if not entities:
            return self
        keep = {f: e for f, e in self.entity_of.items() if e not in entities}
        return _Light(
            {f: v for f, v in self.forms.items() if f in keep},
            [e for e in self.edges if e.a in keep],
            frozenset(f for f in self.ambiguous if f in keep),
            keep,
            {f: v for f, v in self.joined.items() if f in keep},
        )


def _joining(conn: Connection, graph: FormGraph, new: set[str], named: set[str]) -> dict[str, str]:
    """The *new* forms that only join one stored corpus entity, each with that entity's id.

    A new spelling of "U.S." pulled its whole strong component (hundreds of
    forms, thousands of members, growing with the corpus) into the part
    :func:`tally.link.neighbourhood.neighbourhood` rebuilds. It changes
    nothing outside its entity when every edge of it (and of the new forms it
    is joined to) is strong and ends in a form with a rule of its own, not a
    bare surname, of one and the same stored entity: the strong component of
    that full name grows by these forms, the bare surnames' weak edges point
    to what they pointed to (the new forms have none), so every other entity
    and every surname's attachment is what it was. Such an entity is updated
    from its stored row with its grown forms (:func:`_grow_stored`); none of
    these forms may be one a reviewer named (*named*) or without a rule.
    """
    graph.load(new)  # the new forms' edges and views (the neighbourhood reads them anyway)
    uf = UnionFind(sorted(new))
    ends: dict[str, set[str]] = defaultdict(set)  # new form -> the stored forms it has an edge to
    bad: set[str] = set()
    for fid in new:
        form = graph.forms.get(fid)
        if form is None or form.rule is None or fid in named:
            bad.add(fid)
        for edge in graph.adjacent.get(fid, []):
            other = edge.b if edge.a == fid else edge.a
            if edge.strength != "strong":
                bad.add(fid)
            elif other in new:
                uf.union(fid, other)
            else:
                ends[fid].add(other)
    stored = sorted(set().union(*ends.values())) if ends else []
    forms = _read_forms(conn, stored)
    # the members of a form with a rule of its own that no reviewer named are one node, so one
    # entity: that of its smallest member (a form's other members are not read); the other forms
    # are not joined whatever their entities
    entities: dict[str, set[str]] = defaultdict(set)
    for fid, ce_id in _entity_by_smallest(
        conn, [f for f in stored if f in forms and forms[f].rule is not None and f not in named]
    ).items():
        entities[fid].add(ce_id)
    joining: dict[str, str] = {}
    for part in uf.groups().values():
        reached = set().union(*(ends[f] for f in part))
        if not reached or bad.intersection(part):
            continue
        if any(
            f not in forms
            or forms[f].rule is None
            or forms[f].view.is_surname_only
            or f in named
            or len(entities.get(f, ())) != 1
            for f in reached
        ):
            continue
        found = {ce_id for f in reached for ce_id in entities[f]}
        if len(found) == 1:
            joining |= dict.fromkeys(part, found.pop())
    return joining


def _read_forms(conn: Connection, ids: list[str]) -> dict[str, _Form]:
    """The stored forms *ids* (those that exist): their views, own rules and the rules' evidence."""
    fc = ls.link_forms.c
    return {
        fid: _Form(form_view(fid, json.loads(data)), rule, evidence)
        for fid, data, rule, evidence in _in_chunks(
            conn, select(fc.form, fc.data, fc.self_rule, fc.self_evidence), fc.form, ids
        )
    }


def _entity_by_smallest(conn: Connection, forms: list[str]) -> dict[str, str]:
    """form -> the corpus entity of its smallest member (stored on the form: migration 10).

    For a form with a rule of its own and no member a reviewer named, that is the entity of
    every member; a form without members or whose smallest member has no entity is left out.
    """
    fc, mc = ls.link_forms.c, ls.corpus_entity_members.c
    smallest = {
        fid: json.loads(keys)[0]
        for fid, keys in _in_chunks(conn, select(fc.form, fc.smallest), fc.form, forms)
        if keys != "[]"
    }
    entity = dict(
        _in_chunks(conn, select(mc.member, mc.corpus_entity_id), mc.member, sorted(set(smallest.values())))
    )
    return {fid: entity[m] for fid, m in smallest.items() if m in entity}


def _evidence_members(items: list[dict[str, Any]]) -> set[str]:
    """The members an entity's stored evidence names (the ends of its edges and notes)."""
    return {e[k] for e in items if "a" in e for k in ("a", "b")}


def _forms_from_evidence(conn: Connection, named: dict[str, set[str]]) -> dict[str, set[str]]:
    """entity -> its forms, read from the members its stored evidence names (:func:`_evidence_members`),
    for the entities where it names them all.

    Every node of an entity of several nodes is an end of an edge its evidence lists (each union
    is listed, named after the node's smallest member), and a node of several members has a note
    naming two of them; a node is a form with a rule of its own or a member, so the forms of the
    members named are the entity's forms. An entity whose evidence names no member (one node of
    one member) or a member not stored is left out (its members are read).
    """
    vc = ls.link_entity_views.c
    keys = sorted(set().union(set(), *named.values()))
    form_of = dict(_in_chunks(conn, select(vc.member, vc.form), vc.member, keys))
    return {
        ce_id: {form_of[m] for m in members}
        for ce_id, members in named.items()
        if members and all(m in form_of for m in members)
    }


#: the rule of the note that a bare surname had several full names to choose from. An entity's
#: evidence lists every edge between its forms, which grows with the corpus ("U.S." in thousands
#: of articles), so it is parsed for this note only when its text holds the rule's name at all.
_AMBIGUOUS = "ambiguous_surname"


def _grown_entities(
    conn: Connection, grown: set[str], named: set[str], joining: dict[str, str] | None = None
) -> tuple[_Light, set[str]]:
    """The corpus entities of forms that only gained members, each to be recomputed on its own.

    When no form was added or removed near them, the graph of nodes and edges
    is what it was: a form with its own rule is one node whatever its number of
    members, so every corpus entity keeps its nodes, and only the entities
    holding a grown form change (their name, counts, roles, largest node). An
    entity is then recomputed from its own forms and the edges between them,
    which gives what clustering the whole connected part gives: the strong
    edges inside it are applied in the same order, and a surname it took is
    still the only one pointing to it. The one thing decided outside it,
    that a bare surname had several full names to choose from, is read from
    its stored evidence. That is what makes adding "U.S." to an entity of
    5,000 members cost that entity, not the thousands of entities its
    surnames and spellings connect it to.

    Forms without their own rule (each member a node of its own) and members
    a reviewer named change the graph: their entities are returned apart, to
    be recomputed with their connected part (*named*: forms of named members).
    *joining*: new forms that join one stored entity (:func:`_joining`) ->
    that entity; they are recomputed with it (and with their part when it
    falls back).
    """
    joining = joining or {}
    if not grown and not joining:
        return _Light({}, [], frozenset(), {}), set()
    mc, vc, fc, ec = (
        ls.corpus_entity_members.c,
        ls.link_entity_views.c,
        ls.link_forms.c,
        ls.corpus_entities.c,
    )
    # the entity of a grown form with a rule of its own that no reviewer named is that of its
    # smallest member, and the entity's forms are named in its evidence (migration 10): neither
    # grows with the form's members. The other forms and entities are found through every member.
    own = {
        fid
        for fid, rule in _in_chunks(conn, select(fc.form, fc.self_rule), fc.form, sorted(grown))
        if rule is not None and fid not in named
    }
    by_smallest = _entity_by_smallest(conn, sorted(own))
    joined = select(mc.corpus_entity_id).join(ls.link_entity_views, vc.member == mc.member).distinct()
    wide = set(_in_chunks(conn, joined, vc.form, sorted(grown - by_smallest.keys())))
    light_ids = sorted((set(by_smallest.values()) | set(joining.values())) - wide)
    # each entity's evidence is parsed on its own and let go: what is kept is the members it names
    # and whether it has the ambiguous-surname note. An entity's evidence grows with the corpus
    # ("U.S.": 16,000 edges, 3.4 MB of JSON at 10,000 articles), so holding every grown entity's
    # parsed evidence until it is written again made the step's memory grow with the corpus
    named_members: dict[str, set[str]] = {}
    with_note: set[str] = set()
    for ce_id, evidence in _in_chunks(conn, select(ec.id, ec.evidence), ec.id, light_ids):
        items = json.loads(evidence)
        named_members[ce_id] = _evidence_members(items)
        if any(e.get("rule") == _AMBIGUOUS for e in items):
            with_note.add(ce_id)
        del items
    forms_of: dict[str, set[str]] = defaultdict(set)
    for ce_id, fids in _forms_from_evidence(conn, named_members).items():
        forms_of[ce_id] |= fids
    for fid, ce_id in by_smallest.items():
        if ce_id in forms_of:
            forms_of[ce_id].add(fid)
    wide |= set(light_ids) - forms_of.keys()
    query = select(mc.corpus_entity_id, vc.form).join(ls.link_entity_views, vc.member == mc.member).distinct()
    for ce_id, fid in _in_chunks(conn, query, mc.corpus_entity_id, sorted(wide)):
        forms_of[ce_id].add(fid)
    for fid, ce_id in joining.items():  # no member row yet: their members are new
        forms_of[ce_id].add(fid)
    every = sorted(set().union(*forms_of.values())) if forms_of else []
    stored = {
        fid: _Form(form_view(fid, json.loads(data)), rule, evidence)
        for fid, data, rule, evidence in _in_chunks(
            conn, select(fc.form, fc.data, fc.self_rule, fc.self_evidence), fc.form, every
        )
    }
    entity_of: dict[str, str] = {}
    fallback: set[str] = set()
    for ce_id, fids in forms_of.items():
        if all(f in stored and stored[f].rule is not None and f not in named for f in fids):
            entity_of |= dict.fromkeys(fids, ce_id)
        else:
            fallback |= fids & (grown | joining.keys())
    # a grown form found in no entity (none should be) is recomputed with its part
    fallback |= grown - set().union(set(), *forms_of.values())
    ambiguous: set[str] = set()
    light_ids = sorted(set(entity_of.values()))
    for ce_id in light_ids:
        if ce_id in with_note:
            ambiguous |= forms_of[ce_id]
    unparsed = [ce_id for ce_id in light_ids if ce_id not in named_members]
    for ce_id, evidence in _in_chunks(conn, select(ec.id, ec.evidence), ec.id, unparsed):
        if _AMBIGUOUS in evidence and any(e.get("rule") == _AMBIGUOUS for e in json.loads(evidence)):
            ambiguous |= forms_of[ce_id]
    edges_of: dict[str, list[Edge]] = {f: [] for f in joining if f in entity_of}  # the joining forms'
    if edges_of:
        ed = ls.link_form_edges.c
        for column in (ed.a, ed.b):
            query = select(ed.a, ed.b, ed.rule, ed.evidence)
            for a, b, rule, evidence in _in_chunks(conn, query, column, sorted(edges_of)):
                end = a if column is ed.a else b
                edges_of[end].append(Edge(a, b, rule, evidence))
    light = _Light(
        {f: stored[f] for f in entity_of},
        [],
        frozenset(ambiguous),
        entity_of,
        edges_of,
    )
    return light, fallback


def _with_edges(conn: Connection, light: _Light) -> _Light:
    """*light* with the edges between the forms of each of its entities (read only for those rebuilt whole)."""
    entity_of = light.entity_of
    edges: dict[tuple[str, str], Edge] = {}
    ed = ls.link_form_edges.c
    query = select(ed.a, ed.b, ed.rule, ed.evidence)
    for column in (ed.a, ed.b):
        for a, b, rule, evidence in _in_chunks(conn, query, column, sorted(entity_of)):
            if a in entity_of and entity_of.get(b) == entity_of[a]:
                edges[(a, b)] = Edge(a, b, rule, evidence)
    return _Light(light.forms, list(edges.values()), light.ambiguous, entity_of, light.joined)


def _grow_stored(
    conn: Connection,
    light: _Light,
    added_to: dict[str, list[str]],
    changed: set[str],
    changed_names: set[str],
    moved_apart: set[str] | None = None,
) -> _Light:
    """Update the corpus entities of *light* from their stored rows and their new members; return the rest.

    An entity of :func:`_grown_entities` keeps its nodes (its forms) and the
    edges it used; only its members grew, all of them from the articles of
    this update (*added_to*: form -> their member keys). What :func:`tally.link.entities.cluster_entities`
    would build again from every member follows from the stored row and
    short columns: each form's member keys (its count, its two smallest
    members named in the evidence, the node named after its smallest
    member), the new members' views, and the views of the members that have
    a role. Name and type come from the forms' counts, aliases, articles and
    mentions add the new members to the stored ones, the largest form gives
    the id, and the stored evidence is renamed after the forms' smallest
    members again. Nothing of the entity's thousands of members is decoded,
    nor its edges read. An entity whose stored evidence does not read as
    expected is returned, to be rebuilt whole as before. Adds the members
    whose entity changed (id, name or type) to *changed*, their names to
    *changed_names*, as :func:`_recluster` does, and the new members to
    *moved_apart*: an entity renamed here keeps its members, so no stored
    member is with other members than before, whatever its id now.
    """
    vc, mc, ec, fc = ls.link_entity_views.c, ls.corpus_entity_members.c, ls.corpus_entities.c, ls.link_forms.c
    every = sorted(light.entity_of)
    # each form's count and two smallest members before this update (migration 10), and its members
    # from this update's articles: not its thousands of stored member keys
    members: dict[str, _Members] = {}
    for fid, count, smallest in _in_chunks(conn, select(fc.form, fc.members, fc.smallest), fc.form, every):
        members[fid] = _Members(count, json.loads(smallest), sorted(added_to.get(fid, [])))
    new_keys = {k for m in members.values() for k in m.new}
    new_views = {
        member: _view_from_json(json.loads(data))
        for member, data in _in_chunks(conn, select(vc.member, vc.data), vc.member, sorted(new_keys))
    }
    forms_of: dict[str, list[str]] = defaultdict(list)
    for fid in every:
        forms_of[light.entity_of[fid]].append(fid)
    done: set[str] = set()
    role_query = (
        select(mc.corpus_entity_id, vc.data)
        .join(ls.link_entity_views, vc.member == mc.member)
        .where(mc.roles != "[]")
    )
    # the entities a few at a time (their stored evidence under GROWN_EVIDENCE_PER_PASS characters),
    # each pass written before the next is read: an entity's evidence grows with the corpus
    for ids in _grown_passes(conn, sorted(set(light.entity_of.values()))):
        rows = {
            row[0]: row
            for row in _in_chunks(
                conn,
                select(ec.id, ec.name, ec.type, ec.aliases, ec.roles, ec.articles, ec.mentions, ec.evidence),
                ec.id,
                ids,
            )
        }
        # the stored members with a role (few): their views give the roles and their order
        role_views: dict[str, list[EntityView]] = defaultdict(list)
        for ce_id, data in _in_chunks(conn, role_query, mc.corpus_entity_id, ids):
            role_views[ce_id].append(_view_from_json(json.loads(data)))
        entities: list[CorpusEntity] = []
        moved: list[tuple[str, str]] = []
        written: list[str] = []
        for ce_id in ids:
            grown = _grown_entity(
                light, forms_of[ce_id], members, new_views, rows.pop(ce_id, None), role_views[ce_id]
            )
            if grown is None:
                continue
            entity, added, renamed = grown
            written.append(ce_id)
            entities.append(entity)
            moved += [(m, entity.id) for m in added]
            changed.update(added)
            if moved_apart is not None:
                moved_apart.update(added)
            for member in added:
                changed_names |= new_views[member].names
            if renamed:  # every member's entity changed: their keys are read (an entity renamed is rare)
                changed.update(_in_chunks(conn, select(vc.member), vc.form, sorted(forms_of[ce_id])))
                for fid in forms_of[ce_id]:
                    changed_names |= light.forms[fid].view.names
            if entity.id != ce_id:  # named after another of its forms now: its stored members follow
                conn.execute(
                    ls.corpus_entity_members.update()
                    .where(mc.corpus_entity_id == ce_id)
                    .values(corpus_entity_id=entity.id)
                )
        for chunk in _chunks(written):
            conn.execute(delete(ls.corpus_entities).where(ec.id.in_(chunk)))
        _write_entities(conn, entities, new_views, moved)
        done.update(written)
    return light.without(done)


#: characters of stored evidence (JSON) of the entities :func:`_grow_stored` reads, updates and
#: writes in one pass; an entity with more is a pass of its own. The evidence of an entity named
#: in most articles grows with the corpus, and every batch grows the largest entities, so reading
#: them all at once made a link step's memory grow with the corpus (not with the batch).
GROWN_EVIDENCE_PER_PASS = 1_000_000


def _grown_passes(conn: Connection, ids: list[str]) -> Iterator[list[str]]:
    """*ids* (corpus entities, sorted) in passes whose stored evidence is at most :data:`GROWN_EVIDENCE_PER_PASS` characters."""
    ec = ls.corpus_entities.c
    length = dict(_in_chunks(conn, select(ec.id, func.length(ec.evidence)), ec.id, ids))
    part: list[str] = []
    size = 0
    for ce_id in ids:
        n = length.get(ce_id) or 0
        if part and size + n > GROWN_EVIDENCE_PER_PASS:
            yield part
            part, size = [], 0
        part.append(ce_id)
        size += n
    if part:
        yield part


@dataclass
class _Members:
    """A form's members as :func:`_grow_stored` reads them: counted before the update, and its new ones."""

    before: int  # how many it had
    smallest: list[str]  # its two smallest member keys then (fewer with fewer members)
    new: list[str]  # its members from the update's articles, sorted

    @property
    def count(self) -> int:
        return self.before + len(self.new)

    @property
    def first(self) -> list[str]:
        """Its two smallest member keys now."""
        return sorted([*self.smallest, *self.new])[:2]


def _grown_entity(
    light: _Light,
    fids: list[str],
    members: dict[str, _Members],
    new_views: dict[str, EntityView],
    row: Any,
    role_views: list[EntityView],
) -> tuple[CorpusEntity, list[str], bool] | None:
    """One entity of :func:`_grow_stored`: the entity now, its new members, and whether its id, name
    or type changed; None when its stored row is missing or its evidence does not read as expected."""
    if row is None:
        return None
    old_id, old_name, old_type, old_aliases, _, old_articles, old_mentions, old_evidence = row
    if any(f not in members for f in fids):
        return None
    new = [k for f in fids for k in members[f].new]
    if any(k not in new_views for k in new):
        return None
    counts = {f: members[f].count for f in fids}
    keys = {f: members[f].first for f in fids}
    views = {f: light.forms[f].view for f in fids}
    # name and type as _build counts them: every member of a form has its name, words and type
    full = [f for f in fids if len(views[f].words) >= 2] or fids
    names: Counter[str] = Counter()
    for f in full:
        names[views[f].name] += counts[f]
    name = entity_name(names)
    types: Counter[str] = Counter()
    for f in fids:  # in the order _build meets them: forms by id
        types[views[f].type] += counts[f]
    added = [new_views[k] for k in new]
    with_roles = role_views + [v for v in added if v.roles]
    etype = entity_type(types, bool(with_roles))
    everything = set(json.loads(old_aliases)) | {old_name}
    for v in added:
        everything |= {v.name, *v.aliases}
    # the evidence: a note per form of several members, then the edges used, named after each
    # node's smallest member, then the ambiguous-surname note, as cluster_entities writes them
    stored = json.loads(old_evidence)
    old_rep: dict[str, str] = {}
    before = 0
    for f in fids:
        if not members[f].before or not members[f].smallest:
            if (
                f in light.joined and not members[f].before
            ):  # a new form: no note, no edge in the stored evidence
                continue
            return None
        old_rep[members[f].smallest[0]] = f
        before += members[f].before > 1
    # a rule's name is written as it is (JSON escapes no letter): without it in the text, no note has it
    tail = [e for e in stored[before:] if e.get("rule") == _AMBIGUOUS] if _AMBIGUOUS in old_evidence else []
    used = stored[before : len(stored) - len(tail)]
    if stored[len(stored) - len(tail) :] != tail or any(
        e.get("a") not in old_rep or e.get("b") not in old_rep for e in used
    ):
        return None
    notes = [
        {
            "a": keys[f][0],
            "b": keys[f][1],
            "rule": light.forms[f].rule or "",
            "evidence": f"{light.forms[f].evidence} ({counts[f]} article entities)",
        }
        for f in fids
        if counts[f] > 1
    ]
    renamed = [
        {
            "a": keys[old_rep[e["a"]]][0],
            "b": keys[old_rep[e["b"]]][0],
            "rule": e["rule"],
            "evidence": e["evidence"],
        }
        for e in used
    ]
    # the edges of the new forms that joined it (strong, all inside it: cluster_entities uses each)
    joined = {(e.a, e.b): e for f in fids for e in light.joined.get(f, [])}
    if any(e.a not in keys or e.b not in keys for e in joined.values()):
        return None
    renamed += [
        {"a": keys[e.a][0], "b": keys[e.b][0], "rule": e.rule, "evidence": e.evidence}
        for e in joined.values()
    ]
    anchor = min(fids, key=lambda f: (-counts[f], f))
    entity = CorpusEntity(
        id=corpus_entity_id(anchor),
        name=name,
        type=etype,
        aliases=sorted(everything - {name}),
        roles=entity_roles(with_roles),
        articles=old_articles + len({v.article_id for v in added}),
        mentions=old_mentions + sum(v.mentions for v in added),
        evidence=notes + sorted(renamed, key=lambda e: (e["a"], e["b"], e["rule"])) + tail,
    )
    return entity, new, (entity.id, entity.name, entity.type) != (old_id, old_name, old_type)


def _cluster_part(
    forms: dict[str, _Form],
    part: list[str],
    members: dict[str, list[EntityView]],
    form_edges: list[Edge],
    overrides: list[Override],
    ambiguous: frozenset[str] = frozenset(),
) -> tuple[list[CorpusEntity], dict[str, EntityView]]:
    """Corpus entities of some connected parts of the form graph.

    A form's members are one node when the form's own rule holds (two
    "Ebrahim Raisi" PERSONs are one actor) and apart otherwise (two "protesters"
    GROUPs are not); a member a reviewer named is a node of its own, joined to
    its form's node by the form's rule, so that a split can take it out.
    """
    named = {m for o in overrides for m in (o.a, o.b) if m}
    nodes: dict[str, EntityView] = {}
    node_members: dict[str, list[EntityView]] = {}
    notes: dict[str, list[dict[str, str]]] = {}
    nodes_of: dict[str, list[str]] = {}
    views: dict[str, EntityView] = {}
    own_edges: list[Edge] = []
    for fid in part:
        form = forms[fid]
        rest = []
        mine: list[str] = []
        for view in sorted(members.get(fid, []), key=lambda v: v.key):
            views[view.key] = view
            if form.rule is None or view.key in named:
                nodes[view.key] = view
                node_members[view.key] = [view]
                mine.append(view.key)
            else:
                rest.append(view)
        if rest:
            nodes[fid] = form.view
            node_members[fid] = rest
            mine.append(fid)
            if len(rest) > 1:
                notes[fid] = [
                    {
                        "a": rest[0].key,
                        "b": rest[1].key,
                        "rule": form.rule or "",
                        "evidence": f"{form.evidence} ({len(rest)} article entities)",
                    }
                ]
        nodes_of[fid] = mine
        if form.rule is not None and form.evidence is not None:
            for i, x in enumerate(mine):
                for y in mine[i + 1 :]:
                    a, b = sorted((x, y))
                    own_edges.append(Edge(a, b, form.rule, form.evidence))
    node_edges = list(own_edges)
    for edge in form_edges:
        for x in nodes_of.get(edge.a, []):
            for y in nodes_of.get(edge.b, []):
                a, b = sorted((x, y))
                node_edges.append(Edge(a, b, edge.rule, edge.evidence))
    kept = [o for o in overrides if o.a in nodes and (o.b is None or o.b in nodes)]
    return cluster_entities(nodes, node_edges, kept, node_members, notes, ambiguous), views


def _delete_entities(conn: Connection, ids: set[str]) -> None:
    for chunk in _chunks(sorted(ids)):
        conn.execute(
            delete(ls.corpus_entity_members).where(ls.corpus_entity_members.c.corpus_entity_id.in_(chunk))
        )
        conn.execute(delete(ls.corpus_entities).where(ls.corpus_entities.c.id.in_(chunk)))


def _write_entities(
    conn: Connection,
    entities: list[CorpusEntity],
    views: dict[str, EntityView],
    moved: list[tuple[str, str]],
) -> None:
    """Insert the rows of *entities* and the member rows of *moved* (member, corpus entity id)."""
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
    if not moved:
        return
    conn.execute(
        insert(ls.corpus_entity_members),
        [
            {
                "member": m,
                "corpus_entity_id": ce_id,
                "article_id": views[m].article_id,
                "entity_id": views[m].entity_id,
                "name": views[m].name,
                "type": views[m].type,
                "roles": json.dumps(list(views[m].roles), ensure_ascii=False),
            }
            for m, ce_id in moved
        ],
    )


@dataclass
class _Groups:
    """Near-duplicate groups with the outlets of their articles (few: republications).

    Also the organisation each outlet name resolves to, looked up once per
    update (the corpus entities do not change while the blocks are regrouped),
    not once per block: a corpus of one outlet asked the same thing a
    thousand times.
    """

    groups: dict[str, str]
    outlets: dict[str, list[str]]
    outlet_entity: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    #: member -> its corpus entity id, as the events compared while regrouping ask (None: no entity)
    entity_ids: dict[str, str | None] = field(default_factory=dict)

    def fetch(self, conn: Connection, members: set[str]) -> None:
        """Look up the corpus entities of *members* not looked up yet (a few queries for all of them)."""
        missing = sorted(members - self.entity_ids.keys())
        mc, ec = ls.corpus_entity_members.c, ls.corpus_entities.c
        query = select(mc.member, ec.id).join(ls.corpus_entities, ec.id == mc.corpus_entity_id)
        self.entity_ids.update(dict.fromkeys(missing))
        self.entity_ids.update(_in_chunks(conn, query, mc.member, missing))


def _group_outlets(conn: Connection, groups: dict[str, str]) -> _Groups:
    ac = ls.link_articles.c
    outlet = dict(_in_chunks(conn, select(ac.article_id, ac.outlet), ac.article_id, sorted(groups)))
    by_rep: dict[str, list[str]] = defaultdict(list)
    for article_id, rep in sorted(groups.items()):
        by_rep[rep].append(outlet.get(article_id) or "")
    return _Groups(groups, dict(by_rep))


@lru_cache(maxsize=8192)
def _folded(name: str) -> str:
    """:func:`fold` of an outlet or member name, cached: every item of a block regrouped folds its outlet
    again, and a corpus has few outlets (a block of 2,000 items folded "VOA" 2,000 times)."""
    return fold(name)


#: the features that name article entities (``article_id:entity_id``)
_MEMBER_LISTS = ("asserted_by", "confirmed_by", "disputed_by")
_MEMBER_FIELDS = ("actor", "target")


def _resolver_for(conn: Connection, items: list[dict[str, Any]], dups: _Groups) -> SourceResolver:
    """The source resolver of one block: the corpus entities of its members and outlets only.

    Equal, for these items, to one built from every corpus entity.
    """
    keys = {k for f in items for field in _MEMBER_LISTS for k in f.get(field, [])}
    keys |= {f[field] for f in items for field in _MEMBER_FIELDS if f.get(field)}
    mc, ec = ls.corpus_entity_members.c, ls.corpus_entities.c
    entity_of: dict[str, tuple[str, str]] = {}
    unnamed: set[str] = set()
    institutions: dict[str, str] = {}
    query = select(mc.member, ec.id, ec.name, ec.type, mc.name).join(
        ls.corpus_entities, ec.id == mc.corpus_entity_id
    )
    for member, ce_id, ce_name, ce_type, name in _in_chunks(conn, query, mc.member, sorted(keys)):
        entity_of[member] = (ce_id, ce_name)
        if ce_type == "GROUP":
            if institution_words() & set(_folded(name).split()):
                institutions[member] = name
            else:
                unnamed.add(member)
    # an outlet name meets the organisation of that name (a Reuters article, "confirmed by Reuters"):
    # the one in most articles, then the smallest id, among those with a member of that name
    wanted = {f"n:{_folded(f['outlet'])}"[:200] for f in items if f.get("outlet")}
    names = sorted(key for key in wanted if key not in dups.outlet_entity)
    kc, vc = ls.link_form_keys.c, ls.link_entity_views.c
    query = (
        select(kc.key, ec.id, ec.name, ec.articles)
        .join(ls.link_entity_views, vc.form == kc.form)
        .join(ls.corpus_entity_members, mc.member == vc.member)
        .join(ls.corpus_entities, ec.id == mc.corpus_entity_id)
        .where(ec.type.in_(("ORG", "MEDIA")))
        .distinct()
    )
    best: dict[str, tuple[int, str, str]] = {}
    for key, ce_id, ce_name, articles in _in_chunks(conn, query, kc.key, names):
        candidate = (-articles, ce_id, ce_name)
        if key not in best or candidate < best[key]:
            best[key] = candidate
    for key in names:
        found = best.get(key)
        dups.outlet_entity[key] = (found[1], found[2]) if found else None
    outlet_entity = {key[2:]: e for key in wanted if (e := dups.outlet_entity[key]) is not None}
    return SourceResolver(entity_of, outlet_entity, dups.groups, dups.outlets, unnamed, institutions)


def _recompute(
    conn: Connection,
    touched: set[str],
    seeds: set[str],
    old_groups: dict[str, str],
    report: LinkReport,
    *,
    stale: set[str] | None = None,
    also: set[str] | None = None,
    fresh: set[str] | None = None,
    grown: set[str] | None = None,
    fresh_members: dict[str, list[str]] | None = None,
) -> int:
    """Recompute the corpus entities the *seeds* forms reach, then the claims and clusters that changed.

    *stale*: corpus entities to drop whatever their members are now; *also*:
    articles whose groups are written again even with the same members (an
    article linked again after a reviewer's correction); *fresh*: the articles
    this update linked (their blocks are recomputed already); *grown*: seeds
    that were stored before and only gained members (see :func:`_recluster`).
    """
    if report.full:
        seeds = set(conn.execute(select(ls.link_forms.c.form)).scalars())
    changed, changed_names, moved_apart = _recluster(
        conn,
        seeds,
        stale or set(),
        set() if report.full else grown or set(),
        bounded=not report.full and not stale and not also,
        fresh=None if report.full or stale or also else fresh,
        fresh_members=fresh_members,
    )
    affected = set(also or set())
    groups = _dup_groups(conn)
    # older articles whose sources read differently now
    for article_id in set(old_groups) | set(groups):
        if old_groups.get(article_id) != groups.get(article_id):
            rep = groups.get(article_id) or old_groups.get(article_id)
            affected |= {a for a, r in groups.items() if r == rep} | {article_id}
    if changed_names:
        ac = ls.link_articles.c
        outlets = [
            o
            for o in conn.execute(select(ac.outlet).distinct()).scalars()
            if o and _folded(o) in changed_names
        ]
        if outlets:
            affected |= set(_in_chunks(conn, select(ac.article_id), ac.outlet, sorted(outlets)))
    if affected:
        for table, prefix in ((ls.link_figures, "f"), (ls.link_events, "e")):
            touched |= {
                f"{prefix}:{b}"
                for b in _in_chunks(
                    conn, select(table.c.block).distinct(), table.c.article_id, sorted(affected)
                )
            }
    # a member that changed entity changes only the figures and events that name it
    naming, blocks, regrouped = _naming(conn, changed, fresh or set(), moved_apart)
    touched |= blocks
    report.articles_affected = len((affected | {item.split(":", 1)[0] for item in naming}) - (fresh or set()))
    affected |= naming
    dups = _group_outlets(conn, groups)
    # an update that only added articles replays each block from its rows, decoding only what a
    # change reaches; after a reviewer's change or a relink of one article (items gone), a block is
    # decoded and grouped whole
    indexed = fresh is not None and not report.full and not stale and not also
    for block in sorted(touched):
        kind, name = block.split(":", 1)
        if indexed:
            report.features_read += _replay_block(
                conn, _CLAIMS if kind == "f" else _EVENTS, name, dups, affected, regrouped
            )
        else:
            report.features_read += _recompute_block(
                conn, _CLAIMS if kind == "f" else _EVENTS, name, dups, affected
            )
    report.corpus_entities = conn.execute(select(func.count()).select_from(ls.corpus_entities)).scalar() or 0
    report.claims = conn.execute(select(func.count()).select_from(ls.claims)).scalar() or 0
    report.event_clusters = conn.execute(select(func.count()).select_from(ls.event_clusters)).scalar() or 0
    return len(touched)


def _naming(
    conn: Connection, changed: set[str], fresh: set[str], moved_apart: set[str] | None = None
) -> tuple[set[str], set[str], set[str]]:
    """The figures and events (``article:record``) of older articles that name a *changed* member, their
    blocks, and the events among them whose actor or target is in *moved_apart*.

    Only those read a member's corpus entity (as a source, an actor or a
    target), so only their groups can read differently: an older article
    whose "U.S." moved to another entity but whose figures cite no one is not
    regrouped. Reads the features of the articles of *changed* only. Of
    those, only an event whose actor or target is with other members now
    (*moved_apart*; None: every changed member) can join other events: the
    others are written again where they are (their entity's name or type
    changed, which events are not compared by).
    """
    articles = sorted({member.split(":", 1)[0] for member in changed} - fresh)
    apart = changed if moved_apart is None else moved_apart
    items: set[str] = set()
    blocks: set[str] = set()
    regrouped: set[str] = set()
    for table, prefix, record in ((ls.link_figures, "f", "figure_id"), (ls.link_events, "e", "event_id")):
        query = select(table.c.article_id, table.c[record], table.c.block, table.c.features)
        for article_id, record_id, block, data in _in_chunks(conn, query, table.c.article_id, articles):
            features = json.loads(data)
            named = {k for field in _MEMBER_LISTS for k in features.get(field) or []}
            named |= {features[field] for field in _MEMBER_FIELDS if features.get(field)}
            if named & changed:
                items.add(f"{article_id}:{record_id}")
                blocks.add(f"{prefix}:{block}")
                if prefix == "e" and any(features.get(field) in apart for field in _MEMBER_FIELDS):
                    regrouped.add(f"{article_id}:{record_id}")
    return items, blocks, regrouped


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


@dataclass(frozen=True)
class _Kind:
    """Claims or event clusters: where their features, groups and members are stored."""

    features: Any
    groups: Any
    members: Any
    group_column: str
    record_column: str
    prefix: str


_CLAIMS = _Kind(ls.link_figures, ls.claims, ls.claim_figures, "claim_id", "figure_id", "c")
_EVENTS = _Kind(ls.link_events, ls.event_clusters, ls.event_cluster_members, "cluster_id", "event_id", "x")


class _StoredBlock:
    """A block's stored items as :func:`tally.link.grouping.replay` reads them: by period and by group.

    One query reads the block's order columns (place depth, period), stored
    groups and undecoded features; replay then decodes and compares only the
    items a change can reach, so an item that no change reaches costs a row,
    not its features decoded, ordered and compared. For events the entities
    of their actors and targets are looked up together, those of every event
    decoded so far at once.
    """

    def __init__(self, conn: Connection, kind: _Kind, block: str, dups: _Groups) -> None:
        self.conn, self.dups = conn, dups
        fc, mc = kind.features.c, kind.members.c
        record = fc[kind.record_column]
        query = (
            select(
                fc.article_id,
                record,
                fc.depth,
                fc.period_start,
                fc.period_end,
                fc.features,
                mc[kind.group_column],
            )
            .select_from(
                kind.features.outerjoin(
                    kind.members, (mc.article_id == fc.article_id) & (mc[kind.record_column] == record)
                )
            )
            .where(fc.block == block)
        )
        self.rows: dict[str, tuple[Any, ...]] = {}
        self.groups: dict[str, str | None] = {}
        self.by_group: dict[str, list[str]] = defaultdict(list)
        self.dated: list[tuple[str, str, str]] = []  # grouped items: first day, last day, name
        self.undated: list[str] = []
        for article_id, record_id, depth, start, end, data, gid in conn.execute(query).all():
            name = f"{article_id}:{record_id}"
            self.rows[name] = (depth, start, end, article_id, record_id, data)
            self.groups[name] = gid
            if gid is not None:
                self.by_group[gid].append(name)
                if start is None:
                    self.undated.append(name)
                else:
                    self.dated.append((start, end, name))
        self.keys: dict[str, tuple[Any, ...]] = {}
        self.decoded: dict[str, dict[str, Any]] = {}
        self.met: dict[tuple[str, str], list[str]] = {}
        self.by_month: dict[int, list[int]] | None = None  # month -> grouped items (indexes into dated)
        self.wide: list[int] = []  # grouped items of a wide or unreadable period
        self.named: set[str] = set()  # actors and targets of the events decoded, not looked up yet
        self.events = kind is _EVENTS

    def overlapping(self, period: list[str] | None) -> list[str]:
        if period is None:
            return self.undated
        first, last = period[0], period[1]
        found = self.met.get((first, last))
        if found is None:  # items of one article or one week share windows: each asked once
            found = self.met[first, last] = [
                name for start, end, name in self._near(first, last) if start <= last and end >= first
            ]
        return found

    def _near(self, first: str, last: str) -> list[tuple[str, str, str]]:
        """The grouped items that may share a day with *first*..*last*: those sharing one of its months
        (and the few of a wide or unreadable period), or all of them for a wide window.

        Two periods that share a day share its month, so this only skips items that cannot meet the
        window; it keeps the items' order. Without it every window read every grouped item of the
        block, and a block grows with the corpus (indexed when first asked: most blocks never are).
        """
        window = period_months((first, last))
        if window is None:
            return self.dated
        if self.by_month is None:
            self.by_month, self.wide = defaultdict(list), []
            for index, (start, end, _) in enumerate(self.dated):
                months = period_months((start, end))
                if months is None:
                    self.wide.append(index)
                else:
                    for month in months:
                        self.by_month[month].append(index)
        near = set(self.wide)
        for month in window:
            near.update(self.by_month.get(month, ()))
        return [self.dated[index] for index in sorted(near)]

    def key(self, name: str) -> tuple[Any, ...]:
        found = self.keys.get(name)
        if found is None:
            depth, start, end, article_id, record_id, _ = self.rows[name]
            found = self.keys[name] = order_key(depth, (start, end) if start else None, article_id, record_id)
        return found

    def group_of(self, name: str) -> str | None:
        return self.groups.get(name)

    def members(self, gid: str) -> list[str]:
        return self.by_group[gid]

    def period(self, name: str) -> tuple[str, str] | None:
        row = self.rows[name]
        return (row[1], row[2]) if row[1] is not None else None

    def ident(self, name: str) -> tuple[str, str]:
        """The article and record id of an item."""
        row = self.rows[name]
        return row[3], row[4]

    def features(self, name: str) -> dict[str, Any]:
        found = self.decoded.get(name)
        if found is None:
            found = self.decoded[name] = json.loads(self.rows[name][5])
            if self.events:
                self.named.update(
                    m for role in _MEMBER_FIELDS if (m := found.get(role)) and m not in self.dups.entity_ids
                )
        return found

    def prepare(self, names: list[str]) -> None:
        """Decode these items, and look up the entities of the actors and targets not looked up yet."""
        for name in names:
            self.features(name)
        if self.named:
            self.dups.fetch(self.conn, self.named)
            self.named.clear()

    def entity_id(self, member: str | None) -> str | None:
        """The corpus entity of an event's actor or target (those of the events decoded so far looked up at once)."""
        if not member:
            return None
        if member not in self.dups.entity_ids:
            self.dups.fetch(self.conn, self.named | {member})
            self.named.clear()
        return self.dups.entity_ids.get(member)


def _replay_block(
    conn: Connection,
    kind: _Kind,
    block: str,
    dups: _Groups,
    affected: set[str],
    regrouped: set[str] | None = None,
) -> int:
    """:func:`_recompute_block` comparing only what the new items and the *regrouped* events can reach.

    The block is regrouped by :func:`tally.link.grouping.replay` from its
    rows (:class:`_StoredBlock`); the groups it replaces, and the stored
    groups with an affected member, are written again when they changed or
    read differently. *regrouped*: the events whose actor or target is with
    other members now (:func:`_naming`; None: every affected event), placed
    again; the other affected items are written again where they are (their
    sources or actors read differently, but they compare as before). Return
    how many items it decoded.
    """
    stored = _StoredBlock(conn, kind, block, dups)
    record = "figure" if kind is _CLAIMS else "event"
    own: list[dict[str, Any]] = []
    touched: set[str] = set()  # stored items of articles that read differently now
    for name, gid in stored.groups.items():
        if gid is None:
            own.append(stored.features(name))
        elif name in affected or name.split(":", 1)[0] in affected:
            touched.add(name)
    if kind is _CLAIMS:
        compatible: Callable[[dict[str, Any], dict[str, Any]], bool] = figures_compatible
    else:

        def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
            return events_compatible(a, b, stored.entity_id)

    again = (touched if regrouped is None else touched & regrouped) if kind is _EVENTS else set()
    result = replay(own, again, stored, compatible, record)
    # claims whose figures read differently (their sources changed) are written again as they are
    also = {gid for name in touched if (gid := stored.group_of(name)) and gid not in result.replaced}
    grouped = result.groups + [[stored.features(m) for m in stored.members(gid)] for gid in sorted(also)]
    before = {gid: {stored.ident(m) for m in stored.members(gid)} for gid in result.replaced | also}
    _write_groups(conn, kind, block, grouped, before, affected, dups)
    return len(stored.decoded)


def _recompute_block(conn: Connection, kind: _Kind, block: str, dups: _Groups, affected: set[str]) -> int:
    """Group one block again, its items all decoded, and write the groups that changed (:func:`_write_groups`).

    Returns how many items it read. Used when items may have gone (a reviewer's
    change, an article linked again); an update that only added articles
    uses :func:`_replay_block`.
    """
    items = _block_features(conn, kind.features, block)
    record = "figure" if kind is _CLAIMS else "event"
    gc, mc = kind.groups.c, kind.members.c
    stored: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for gid, article_id, record_id in conn.execute(
        select(gc.id, mc.article_id, mc[kind.record_column])
        .join(kind.members, mc[kind.group_column] == gc.id)
        .where(gc.block == block)
    ).all():
        stored[gid].add((article_id, record_id))
    if kind is _CLAIMS:
        compatible: Callable[[dict[str, Any], dict[str, Any]], bool] = figures_compatible
    else:
        named = {f[role] for f in items for role in _MEMBER_FIELDS if f.get(role)}
        fetched: list[bool] = []

        def entity_id(member: str | None) -> str | None:
            if (
                not fetched
            ):  # the block's actors and targets, looked up when the first two events are compared
                dups.fetch(conn, named)
                fetched.append(True)
            return dups.entity_ids.get(member) if member else None

        def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
            return events_compatible(a, b, entity_id)

    old_group = {f"{a}:{r}": gid for gid, members in stored.items() for a, r in members}
    present = {f"{f['doc']}:{f[record]}" for f in items}
    if old_group.keys() - present:
        grouped = group(items, compatible, record)  # an item gone (its article linked again): group anew
    else:
        # new items, and events whose actor or target reads differently now, are placed anew
        anew = present - old_group.keys()
        if kind is _EVENTS:
            anew |= {n for n in present if n in affected or n.split(":", 1)[0] in affected}
        grouped = regroup(items, compatible, record, old_group, anew)
    _write_groups(conn, kind, block, grouped, stored, affected, dups)
    return len(items)


def _write_groups(
    conn: Connection,
    kind: _Kind,
    block: str,
    grouped: list[list[dict[str, Any]]],
    stored: dict[str, set[tuple[str, str]]],
    affected: set[str],
    dups: _Groups,
) -> None:
    """Replace the *stored* groups (id -> members) of a block by *grouped*, writing only what changed.

    A group is written again only when its members changed or one of them
    reads differently now (*affected*: an article whose sources all changed,
    or one of its figures or events, ``article:record``): a claim or cluster
    is a function of its members and their sources, so the others are what
    they were, and an update writes in proportion to what it changed.
    """
    record = "figure" if kind is _CLAIMS else "event"
    gc, mc = kind.groups.c, kind.members.c
    keep: set[str] = set()
    changed: list[list[dict[str, Any]]] = []
    for members in grouped:
        gid = cluster_id(kind.prefix, (f"{f['doc']}:{f[record]}" for f in members))
        same = stored.get(gid) == {(f["doc"], f[record]) for f in members}
        if same and not any(f["doc"] in affected or f"{f['doc']}:{f[record]}" in affected for f in members):
            keep.add(gid)
        else:
            changed.append(members)
    # the sources of the groups written only: a block's other groups are what they were
    resolver = _resolver_for(conn, [f for members in changed for f in members], dups)
    drop = sorted(set(stored) - keep)
    for chunk in _chunks(drop):
        conn.execute(delete(kind.members).where(mc[kind.group_column].in_(chunk)))
        conn.execute(delete(kind.groups).where(gc.id.in_(chunk)))
    rows, member_rows = [], []
    for members in changed:
        if kind is _CLAIMS:
            claim = build_claim(members, resolver)
            rows.append(
                {
                    "id": claim.id,
                    "block": block,
                    "category": claim.category,
                    "place": claim.place,
                    "date": claim.date,
                    "status": claim.status,
                    "independent_sources": claim.independent_sources,
                    "range_min": claim.range[0],
                    "range_max": claim.range[1],
                    "data": _record_json(claim),
                }
            )
            gid = claim.id
        else:
            cluster = build_event_cluster(members, resolver)
            rows.append(
                {
                    "id": cluster.id,
                    "block": block,
                    "type": cluster.type,
                    "place": cluster.place,
                    "date": cluster.date,
                    "status": cluster.status,
                    "independent_sources": cluster.independent_sources,
                    "data": _record_json(cluster),
                }
            )
            gid = cluster.id
        member_rows += [
            {kind.group_column: gid, "article_id": f["doc"], kind.record_column: f[record]} for f in members
        ]
    if rows:
        conn.execute(insert(kind.groups), rows)
        conn.execute(insert(kind.members), member_rows)
