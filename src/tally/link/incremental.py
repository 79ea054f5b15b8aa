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
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from tally._gc import fewer_collections, give_back_memory
from tally.link import dedup
from tally.link.blocks import _CLAIMS, _EVENTS, _clear_block, _recompute_block, _replay_block
from tally.link.claims import figure_block, figure_features
from tally.link.entities import (
    entity_view,
    form_data,
    form_id,
)
from tally.link.events import event_block, event_features
from tally.link.places import main_country
from tally.link.recluster import _recluster
from tally.link.resolving import _folded, _group_outlets, _naming
from tally.link.rows import (
    LinkReport,
    _add_forms,
    _drop_orphan_forms,
    _dup_groups,
    _in_chunks,
    _insert_features,
    _now,
    _recount_members,
    _view_to_json,
    count_new_members,
)
from tally.records import Article
from tally.store import Store, schema
from tally.store import link_schema as ls

LOGGER = logging.getLogger(__name__)

#: version of the link features and rules; stored in ``tally_meta`` under
#: ``link_version``. A database linked by another version is relinked in full
#: on the next update, because stored features of two versions do not mix.
#: Bump it whenever figure/event features, entity rules or grouping change.
LINK_VERSION = "tally.link.v12"


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

    The forms are added by :func:`~tally.link.rows._add_forms`, once for every article of an update.
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


def _regrouped_articles(conn: Connection, old_groups: dict[str, str], groups: dict[str, str]) -> set[str]:
    """The articles whose sources read differently because republication groups changed.

    An article whose group (its representative) changed, and the other
    articles of the group it is in, or was in when it has none now, when the
    group's name changed: an unattributed statement of a grouped article counts
    as ``dup:<representative>`` named by the group's outlets
    (:meth:`~tally.link.sources.SourceResolver.article_source`), so an article
    whose representative is the same and whose group lists the same outlets
    reads as before. Before round 53 every article of a group that gained one
    was written again: on the generated corpus (one outlet) that was two thirds
    of the claims and clusters a batch wrote at 9,000 articles.
    """
    moved = sorted(a for a in set(old_groups) | set(groups) if old_groups.get(a) != groups.get(a))
    if not moved:
        return set()
    reps = {groups.get(a) or old_groups[a] for a in moved}
    now: dict[str, set[str]] = defaultdict(set)
    before: dict[str, set[str]] = defaultdict(set)
    for members, grouping in ((now, groups), (before, old_groups)):
        for article_id, rep in grouping.items():
            if rep in reps:
                members[rep].add(article_id)
    ac = ls.link_articles.c
    involved = sorted(set().union(*now.values(), *before.values()))
    outlet = dict(_in_chunks(conn, select(ac.article_id, ac.outlet), ac.article_id, involved))
    affected = set(moved)
    for rep in reps:
        named_now = {o for a in now[rep] if (o := outlet.get(a))}
        named_before = {o for a in before[rep] if (o := outlet.get(a))}
        # an article no longer stored (its outlet unknown) may have named the group: all of it
        if named_now != named_before or not before[rep] <= outlet.keys():
            affected |= now[rep]
    return affected


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
    that were stored before and only gained members (see :func:`~tally.link.recluster._recluster`).
    """
    if report.full:
        seeds = set(conn.execute(select(ls.link_forms.c.form)).scalars())
    changed, changed_names, moved_apart, named_anew = _recluster(
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
    affected |= _regrouped_articles(conn, old_groups, groups)
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
    naming, blocks, regrouped = _naming(conn, changed, fresh or set(), moved_apart, named_anew)
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
