"""Corpus entities of connected parts of the form graph computed (:func:`_cluster_part`) and their
rows replaced: the old entities deleted, the new ones and their moved members inserted.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, insert

from tally.link.entities import (
    Edge,
    EntityView,
    Override,
    cluster_entities,
)
from tally.link.rows import _chunks, _Form
from tally.link.totals import Totals, totals_of
from tally.records import CorpusEntity
from tally.store import link_schema as ls


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


def _part_totals(
    entities: list[CorpusEntity],
    views: dict[str, EntityView],
    form_of: dict[str, str],
    forms: dict[str, _Form],
) -> dict[str, Totals]:
    """The totals of *entities* (clustered from every member: *form_of* member -> its form)."""
    return {
        e.id: totals_of((views[m], form_of[m], forms[form_of[m]].rule is not None) for m in e.members)
        for e in entities
    }


def _delete_entities(conn: Connection, ids: set[str]) -> None:
    for chunk in _chunks(sorted(ids)):
        conn.execute(
            delete(ls.corpus_entity_members).where(ls.corpus_entity_members.c.corpus_entity_id.in_(chunk))
        )
    _delete_entity_rows(conn, sorted(ids))


def _delete_entity_rows(conn: Connection, ids: list[str]) -> None:
    """Delete the rows of the corpus entities *ids* and their totals (not their members' rows)."""
    for chunk in _chunks(ids):
        conn.execute(delete(ls.corpus_entities).where(ls.corpus_entities.c.id.in_(chunk)))
        conn.execute(
            delete(ls.corpus_entity_totals).where(ls.corpus_entity_totals.c.corpus_entity_id.in_(chunk))
        )


def _write_entities(
    conn: Connection,
    entities: list[CorpusEntity],
    views: dict[str, EntityView],
    moved: list[tuple[str, str]],
    totals: dict[str, Totals],
) -> None:
    """Insert the rows of *entities*, their *totals* (by id) and the member rows of *moved* (member,
    corpus entity id)."""
    if not entities:
        return
    conn.execute(
        insert(ls.corpus_entity_totals),
        [{"corpus_entity_id": e.id, "data": totals[e.id].to_json()} for e in entities],
    )
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
