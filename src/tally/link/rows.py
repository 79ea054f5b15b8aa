"""The link tables' rows as a link step reads and writes them: name forms stored and compared on
arrival, their member counts, figure and event features, near-duplicate groups and reviewers'
overrides, lookups asked a bounded number of keys at a time; and :class:`LinkReport`, what a
step did. Kept apart because every other step module reads these rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from tally.link._graph import UnionFind
from tally.link.entities import (
    RULES,
    EntityView,
    Override,
    blocking_keys,
    compare,
    form_view,
    looked_up_keys,
    self_rule,
)
from tally.link.grouping import period_columns
from tally.link.neighbourhood import Form
from tally.records import Article
from tally.store import link_schema as ls


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
    # the keys each new form looks up: every key but the acronym keys no acronym can come through
    # (:func:`~tally.link.entities.looked_up_keys`); the pairs left out are ones ``compare`` turns down
    asked = {fid: sorted(looked_up_keys(views[fid], set(keys_of[fid]))) for fid in new}
    by_key: dict[str, set[str]] = defaultdict(set)
    for key, form in _in_chunks(conn, select(kc.key, kc.form), kc.key, sorted(set().union(*asked.values()))):
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
        for other in sorted(set().union(*(by_key[k] for k in asked[fid])) - {fid}):
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
    before (:func:`~tally.link.grown._grow_stored`). Reads their forms' rows only.
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
