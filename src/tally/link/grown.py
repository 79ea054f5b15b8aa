"""Corpus entities a batch only grows: a new form that joins one stored entity, whose other
members stay together, updates that entity from its stored row and evidence
(:func:`_grow_stored`), in passes of bounded evidence, instead of clustering its members again.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, select

from tally.link.entities import (
    Edge,
    EntityView,
    corpus_entity_id,
    entity_name,
    entity_roles,
    entity_type,
    form_view,
)
from tally.link.entity_rows import _write_entities
from tally.link.rows import _chunks, _Form, _in_chunks, _view_from_json
from tally.records import CorpusEntity
from tally.store import link_schema as ls


@dataclass
class _Light:
    """Corpus entities recomputed alone: their forms, the edges between them, and which were ambiguous."""

    forms: dict[str, _Form]
    edges: list[Edge]
    ambiguous: frozenset[str]
    entity_of: dict[str, str]  # form -> the corpus entity it is recomputed with
    #: the new forms that join a stored entity (:func:`~tally.link.recluster._joining`), with their edges (all inside it)
    joined: dict[str, list[Edge]] = field(default_factory=dict)
    #: form -> its count of members and two smallest member keys (JSON) before this update, read
    #: with the form's row (:func:`_grow_stored` reads them for the forms it updates)
    counted: dict[str, tuple[int, str]] = field(default_factory=dict)

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
            {f: v for f, v in self.counted.items() if f in keep},
        )


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


def _ambiguous_entities(conn: Connection, ids: list[str]) -> set[str]:
    """Those of the corpus entities *ids* whose stored evidence has the ambiguous-surname note (a bare
    surname left apart: it pointed to several full names). The note's rule is written as it is, so
    evidence without its name in the text has no note and is not parsed."""
    ec = ls.corpus_entities.c
    return {
        ce_id
        for ce_id, evidence in _in_chunks(conn, select(ec.id, ec.evidence), ec.id, ids)
        if _AMBIGUOUS in evidence and any(e.get("rule") == _AMBIGUOUS for e in json.loads(evidence))
    }


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
    *joining*: new forms that join one stored entity (:func:`~tally.link.recluster._joining`) ->
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
    stored: dict[str, _Form] = {}
    counted: dict[str, tuple[int, str]] = {}
    query = select(fc.form, fc.data, fc.self_rule, fc.self_evidence, fc.members, fc.smallest)
    for fid, data, rule, evidence, count, smallest in _in_chunks(conn, query, fc.form, every):
        stored[fid] = _Form(form_view(fid, json.loads(data)), rule, evidence)
        counted[fid] = (count, smallest)
    entity_of: dict[str, str] = {}
    fallback: set[str] = set()
    # built once: built for each entity that falls back, it cost the grown forms (thousands) times
    # those entities (2,850 onto 4,000 stored in a step of 400: 0.22 CPU s)
    seeds = grown | joining.keys()
    for ce_id, fids in forms_of.items():
        if all(f in stored and stored[f].rule is not None and f not in named for f in fids):
            entity_of |= dict.fromkeys(fids, ce_id)
        else:
            fallback |= fids & seeds
    # a grown form found in no entity (none should be) is recomputed with its part
    fallback |= grown - set().union(set(), *forms_of.values())
    ambiguous: set[str] = set()
    light_ids = sorted(set(entity_of.values()))
    for ce_id in light_ids:
        if ce_id in with_note:
            ambiguous |= forms_of[ce_id]
    unparsed = [ce_id for ce_id in light_ids if ce_id not in named_members]
    for ce_id in _ambiguous_entities(conn, unparsed):
        ambiguous |= forms_of[ce_id]
    edges_of: dict[str, list[Edge]] = {f: [] for f in joining if f in entity_of}  # the joining forms'
    if edges_of:
        ed = ls.link_form_edges.c
        for column in (ed.a, ed.b):
            query = select(ed.a, ed.b, ed.rule, ed.evidence)
            for a, b, rule, evidence in _in_chunks(conn, query, column, sorted(edges_of)):
                end = a if column is ed.a else b
                edge = Edge(a, b, rule, evidence)
                # a weak edge to a bare surname left apart (several full names) is not the entity's
                if edge.strength == "weak" and entity_of.get(b if end == a else a) != entity_of[end]:
                    continue
                edges_of[end].append(edge)
    light = _Light(
        {f: stored[f] for f in entity_of},
        [],
        frozenset(ambiguous),
        entity_of,
        edges_of,
        {f: counted[f] for f in entity_of},
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
    return _Light(light.forms, list(edges.values()), light.ambiguous, entity_of, light.joined, light.counted)


def _grow_stored(
    conn: Connection,
    light: _Light,
    added_to: dict[str, list[str]],
    changed: set[str],
    changed_names: set[str],
    moved_apart: set[str] | None = None,
    named_anew: set[str] | None = None,
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
    *changed_names*, as :func:`~tally.link.recluster._recluster` does, and the new members to
    *moved_apart*: an entity renamed here keeps its members, so no stored
    member is with other members than before, whatever its id now; and to
    *named_anew* the new members and, when the entity's name changed, every
    member (what an event cluster reads of its actor and target).
    """
    vc, mc, ec, fc = ls.link_entity_views.c, ls.corpus_entity_members.c, ls.corpus_entities.c, ls.link_forms.c
    every = sorted(light.entity_of)
    # each form's count and two smallest members before this update (migration 10), and its members
    # from this update's articles: not its thousands of stored member keys
    # (read with the forms' rows by _grown_entities: nothing writes them before count_new_members)
    unread = [fid for fid in every if fid not in light.counted]
    query = select(fc.form, fc.members, fc.smallest)
    counted = light.counted | {
        fid: (count, smallest) for fid, count, smallest in _in_chunks(conn, query, fc.form, unread)
    }
    members: dict[str, _Members] = {
        fid: _Members(counted[fid][0], json.loads(counted[fid][1]), sorted(added_to.get(fid, [])))
        for fid in every
        if fid in counted
    }
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
            row = rows.pop(ce_id, None)
            grown = _grown_entity(light, forms_of[ce_id], members, new_views, row, role_views[ce_id])
            if grown is None:
                continue
            entity, added, renamed = grown
            written.append(ce_id)
            entities.append(entity)
            moved += [(m, entity.id) for m in added]
            changed.update(added)
            if moved_apart is not None:
                moved_apart.update(added)
            if named_anew is not None:
                named_anew.update(added)
            for member in added:
                changed_names |= new_views[member].names
            if renamed:  # every member's entity changed: their keys are read (an entity renamed is rare)
                keys = list(_in_chunks(conn, select(vc.member), vc.form, sorted(forms_of[ce_id])))
                changed.update(keys)
                if named_anew is not None and entity.name != row[1]:
                    named_anew.update(keys)
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
    if tail and any(f in light.joined and not members[f].before for f in fids):
        # the note names the first member of the entity's smallest node, which a new form may be
        tail = [
            {
                "rule": _AMBIGUOUS,
                "evidence": f"{light.forms[min(fids)].view.name!r} could be several people; left apart",
            }
        ]
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
