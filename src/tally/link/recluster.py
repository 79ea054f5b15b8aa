"""Which corpus entities a batch of new name forms can change and their recomputation
(:func:`_recluster`): the new forms' neighbourhood in the form graph (or, with a reviewer's
override among them, the connected region it reaches), forms that only join one entity grown in
place, and the rest clustered again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, delete, func, select

from tally.link._graph import UnionFind
from tally.link.entities import (
    Edge,
    EntityView,
    form_view,
)
from tally.link.entity_rows import (
    _cluster_part,
    _delete_entities,
    _delete_entity_rows,
    _part_totals,
    _write_entities,
)
from tally.link.grown import (
    _ambiguous_entities,
    _entity_by_smallest,
    _grow_stored,
    _grown_entities,
    _read_forms,
    _whole,
)
from tally.link.neighbourhood import Form, FormGraph, neighbourhood
from tally.link.rows import MEMBERS_PER_PASS, _chunks, _Form, _in_chunks, _load_overrides, _view_from_json
from tally.store import link_schema as ls


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
) -> tuple[set[str], set[str], set[str], set[str]]:
    """Recompute the corpus entities of the forms connected to *seeds*; return what changed.

    Returns the members whose corpus entity (id, name or type) changed, new
    ones and gone ones included, the names of those members (an outlet of
    that name may count as another source now), those of them that are
    with other members now (their entity's id changed, not by a rename of a
    whole entity that only grew): events compare their actors and targets by
    entity, so only an event naming one of these may group differently; and
    those whose entity's *name* changed, new and gone ones included: an event
    cluster reads of its actor and target only their entity's name
    (:func:`~tally.link.events.build_event_cluster`), so only an event naming
    one of these reads differently where it is.
    *stale*: ids of corpus entities to drop whatever their members now (an
    article linked again). *grown*: seeds stored before that only gained
    members; where the form graph around them did not change, only their own
    corpus entity is recomputed (:func:`~tally.link.grown._grown_entities`), not the whole
    connected part they are in. *bounded*: the new forms' part is bounded to
    the entities they can change (:mod:`tally.link.neighbourhood`), not the
    whole connected part, unless a reviewer's override is among them.
    *fresh*: the articles this update linked; with it, an entity that only
    gained members of those articles is updated from its stored row
    (:func:`~tally.link.grown._grow_stored`), not rebuilt from every member; *fresh_members*: their members by
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
    # an entity the changed forms reach is recomputed with their part, not alone (a light entity
    # holds its grown forms only: the entities of the part's forms are found by their smallest member)
    if light.entity_of and forms:
        reached = _entity_by_smallest(conn, sorted(f for f in forms if forms[f].rule is not None))
        light = light.without(
            {light.entity_of[f] for f in forms if f in light.entity_of} | set(reached.values())
        )
    changed: set[str] = set()
    changed_names: set[str] = set()
    moved_apart: set[str] = set()  # members whose entity is another one now
    named_anew: set[str] = set()  # members whose entity has another name now
    if fresh is not None and light.forms:
        light = _grow_stored(
            conn, light, fresh_members or {}, changed, changed_names, moved_apart, named_anew
        )
    if light.entity_of:  # those it could not update: read whole and clustered again
        light = _whole(conn, light)
    forms |= light.forms
    edges += light.edges
    if not forms:
        _delete_entities(conn, stale)
        return changed, changed_names, moved_apart, named_anew
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
    _delete_entity_rows(conn, sorted(stale | {before[0] for before in old.values()}))
    edges_of: dict[str, list[Edge]] = defaultdict(list)
    for edge in edges:
        edges_of[uf.find(edge.a)].append(edge)
    for part in passes:
        members: dict[str, list[EntityView]] = defaultdict(list)
        member_form: dict[str, str] = {}
        for data, form in _in_chunks(conn, select(vc.data, vc.form), vc.form, part):
            view = _view_from_json(json.loads(data))
            members[form].append(view)
            member_form[view.key] = form
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
                if before is None or before[1] != entity.name:
                    named_anew.add(member)
                if before != (entity.id, entity.name, entity.type):
                    changed.add(member)
                    changed_names |= views[member].names
        stored_rows = sorted(m for m, _ in moved if m not in rewritten)
        for chunk in _chunks(stored_rows):
            conn.execute(delete(ls.corpus_entity_members).where(mc.member.in_(chunk)))
        _write_entities(conn, entities, views, moved, _part_totals(entities, views, member_form, forms))
    # members read before that are gone (their article linked again) changed too
    for chunk in _chunks(sorted(old)):
        conn.execute(delete(ls.corpus_entity_members).where(mc.member.in_(chunk)))
    changed |= set(old)
    moved_apart |= set(old)
    named_anew |= set(old)
    return changed, changed_names, moved_apart, named_anew


def _joining(conn: Connection, graph: FormGraph, new: set[str], named: set[str]) -> dict[str, str]:
    """The *new* forms that only join one stored corpus entity, each with that entity's id.

    A new spelling of "U.S." pulled its whole strong component (hundreds of
    forms, thousands of members, growing with the corpus) into the part
    :func:`tally.link.neighbourhood.neighbourhood` rebuilds. The new forms, in parts joined by
    their strong edges, each with a rule of its own and none a reviewer named (*named*), change
    nothing outside one stored entity when every strong edge of a part ends in forms of that
    entity, all full names (the part too) or all bare surnames (the part too), and its weak
    (surname) edges leave every surname's attachment as it was:

    - a part of full names grows that entity's full-name component; each bare surname it has a
      weak edge to must be in that entity (attached to that full name alone, it stays so; the
      weak edge joins the evidence, as every weak edge of an attached surname does) or in an
      entity of its own with the ambiguous-surname note (it pointed to several full names
      already and points to at least as many now: it stays apart, its entity what it was);
    - a part of bare surnames grows a surname component of that entity; each full name it has a
      weak edge to must be in that entity (the surname's one target is the same), unless the
      entity has the ambiguous-surname note (it points to at least as many full names now,
      and stays apart whatever they are).

    A weak edge between two new forms is read with the entity the other's part joins. Such an
    entity is updated from its stored row with its grown forms (:func:`~tally.link.grown._grow_stored`),
    without reading the strong components around it: a new country's "Hillary Clinton" or
    "Clinton" read the components of "Clinton" in every country and of every full name it
    points to, a read that grows with the countries a name reaches.
    """
    graph.load(new)  # the new forms' edges and views (the neighbourhood reads them anyway)
    uf = UnionFind(sorted(new))
    ends: dict[str, set[str]] = defaultdict(set)  # new form -> the stored forms of its strong edges
    weak_ends: dict[str, set[str]] = defaultdict(set)  # new form -> the forms of its weak edges
    bad: set[str] = set()
    for fid in new:
        form = graph.forms.get(fid)
        if form is None or form.rule is None or fid in named:
            bad.add(fid)
        for edge in graph.adjacent.get(fid, []):
            other = edge.b if edge.a == fid else edge.a
            if edge.strength != "strong":
                weak_ends[fid].add(other)
            elif other in new:
                uf.union(fid, other)
            else:
                ends[fid].add(other)
    stored = sorted(set().union(set(), *ends.values(), *weak_ends.values()) - new)
    forms = _read_forms(conn, stored)
    # the members of a form with a rule of its own that no reviewer named are one node, so one
    # entity: that of its smallest member (a form's other members are not read); the other forms
    # are not joined whatever their entities
    entities: dict[str, set[str]] = defaultdict(set)
    for fid, ce_id in _entity_by_smallest(
        conn, [f for f in stored if f in forms and forms[f].rule is not None and f not in named]
    ).items():
        entities[fid].add(ce_id)

    def surname(fid: str) -> bool:
        return (graph.forms[fid] if fid in new else forms[fid]).view.is_surname_only

    def usable(fid: str) -> bool:
        """A stored form with a rule of its own, no member named, in one entity."""
        return fid in forms and forms[fid].rule is not None and fid not in named and len(entities[fid]) == 1

    # each part's entity from its strong edges alone; the weak edges are read against these below
    joins: dict[str, str] = {}  # a part's root -> the entity it joins
    parts = uf.groups()
    for root, part in parts.items():
        reached = set().union(*(ends[f] for f in part))
        if not reached or bad.intersection(part) or not all(usable(f) for f in reached):
            continue
        kinds = {surname(f) for f in [*part, *reached]}
        found = {ce_id for f in reached for ce_id in entities[f]}
        if len(kinds) == 1 and len(found) == 1:
            joins[root] = found.pop()
    # the entities whose ambiguous-surname note decides: those of the weak edges' stored ends
    # outside the entity a part joins, and those a part of bare surnames with weak edges joins
    asked = {
        ce_id
        for root, joined in joins.items()
        for f in parts[root]
        for w in weak_ends[f]
        for ce_id in entities.get(w, ())
        if ce_id != joined
    }
    asked |= {
        joined for root, joined in joins.items() if any(weak_ends[f] and surname(f) for f in parts[root])
    }
    ambiguous = _ambiguous_entities(conn, sorted(asked))

    def weak_fits(root: str) -> bool:
        ce_id = joins[root]
        for f in parts[root]:
            for w in weak_ends[f]:
                if w in new:
                    other = joins.get(uf.find(w))
                    if other is None:
                        return False
                elif usable(w):
                    other = next(iter(entities[w]))
                else:
                    return False
                if surname(w) == surname(f):  # a weak edge joins a bare surname and a full name
                    return False
                if surname(f):  # a surname part: its full names in its entity, or it is left apart
                    if other != ce_id and ce_id not in ambiguous:
                        return False
                elif other != ce_id and other not in ambiguous:  # a full name: each surname stays
                    return False
        return True

    # a part whose weak edge ends in a part that does not join is dropped, and so on
    changed = True
    while changed:
        changed = False
        for root in sorted(joins):
            if not weak_fits(root):
                del joins[root]
                changed = True
    return {f: ce_id for root, ce_id in joins.items() for f in parts[root]}
