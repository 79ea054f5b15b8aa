"""Claims and event clusters of one block regrouped: the block's stored items read by period and
group (:class:`_StoredBlock`), replayed so that only what the new and regrouped items can reach is
decoded and compared, and only the groups that changed written back (:func:`_write_groups`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from tally.link.claims import build_claim, figures_compatible
from tally.link.events import build_event_cluster, events_compatible
from tally.link.grouping import cluster_id, group, order_key, period_months, regroup, replay
from tally.link.resolving import _MEMBER_FIELDS, _Groups, _resolver_for
from tally.link.rows import _chunks
from tally.records import Claim, EventCluster
from tally.store import link_schema as ls


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
    other members now (:func:`~tally.link.resolving._naming`; None: every affected event), placed
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
