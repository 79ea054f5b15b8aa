"""Corpus entities a batch only grows: a new form that joins one stored entity, whose other
members stay together, updates that entity from its stored row, totals (:mod:`tally.link.totals`)
and evidence (:func:`_grow_stored`), in passes of bounded evidence, instead of clustering its
members again.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, func, select

from tally.link.entities import (
    Edge,
    EntityView,
    corpus_entity_id,
    form_view,
)
from tally.link.entity_rows import _delete_entity_rows, _write_entities
from tally.link.rows import _Form, _in_chunks, _view_from_json
from tally.link.totals import Totals
from tally.records import CorpusEntity
from tally.store import link_schema as ls


@dataclass
class _Light:
    """Corpus entities recomputed alone: their forms, the edges between them, and which were ambiguous.

    Built by :func:`_grown_entities` with an entity's *grown* forms only (and its totals), which
    :func:`_grow_stored` needs; an entity it cannot update is read whole (:func:`_whole`), with
    every form, the edges between them and its ambiguous-surname note, to be clustered again.
    """

    forms: dict[str, _Form]
    edges: list[Edge]
    ambiguous: frozenset[str]
    entity_of: dict[str, str]  # form -> the corpus entity it is recomputed with
    #: the new forms that join a stored entity (:func:`~tally.link.recluster._joining`), with their edges (all inside it)
    joined: dict[str, list[Edge]] = field(default_factory=dict)
    #: form -> its count of members and two smallest member keys (JSON) before this update, read
    #: with the form's row (:func:`_grow_stored` reads them for the forms it updates)
    counted: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: entity -> its totals before this update (migration 11)
    totals: dict[str, Totals] = field(default_factory=dict)
    #: a stored form that did not grow at the other end of a joining form's edge -> (its entity, its
    #: smallest member key): the edge is named after it in the evidence
    ends: dict[str, tuple[str, str]] = field(default_factory=dict)

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
            {e: t for e, t in self.totals.items() if e not in entities},
            self.ends,
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
    entity is then recomputed from its stored row, its totals (migration 11) and
    its grown forms, which gives what clustering the whole connected part gives:
    the strong edges inside it are the same, and a surname it took is still the
    only one pointing to it (the note that a bare surname had several full names
    to choose from is read from its stored evidence). That is what makes adding
    "U.S." to an entity of 5,000 members cost that entity's row, not the
    thousands of entities its surnames and spellings connect it to, nor its
    hundreds of forms.

    Forms without their own rule (each member a node of its own) and members
    a reviewer named change the graph: their entities are returned apart, to
    be recomputed with their connected part (*named*: forms of named members).
    *joining*: new forms that join one stored entity (:func:`~tally.link.recluster._joining`) ->
    that entity; they are recomputed with it (and with their part when it
    falls back).

    The light entities hold their grown and joining forms only (:func:`_grow_stored` updates them
    from those); one it cannot update is read whole by :func:`_whole`.
    """
    joining = joining or {}
    if not grown and not joining:
        return _Light({}, [], frozenset(), {}), set()
    mc, vc, fc = ls.corpus_entity_members.c, ls.link_entity_views.c, ls.link_forms.c
    # the entity of a grown form with a rule of its own that no reviewer named is that of its
    # smallest member (migration 10); the other forms' entities are found through every member,
    # and are rebuilt with their part (a form without a rule or a named member is in them)
    own = {
        fid
        for fid, rule in _in_chunks(conn, select(fc.form, fc.self_rule), fc.form, sorted(grown))
        if rule is not None and fid not in named
    }
    by_smallest = _entity_by_smallest(conn, sorted(own))
    joined = select(mc.corpus_entity_id).join(ls.link_entity_views, vc.member == mc.member).distinct()
    wide = set(_in_chunks(conn, joined, vc.form, sorted(grown - by_smallest.keys())))
    wide |= set(_in_chunks(conn, joined, vc.form, sorted(named)))  # an entity with a member named
    candidates = (set(by_smallest.values()) | set(joining.values())) - wide
    totals = _read_totals(conn, sorted(candidates))
    light_ids = {ce_id for ce_id in candidates if ce_id in totals and not totals[ce_id].ruleless}
    entity_of = {f: ce_id for f, ce_id in [*by_smallest.items(), *joining.items()] if ce_id in light_ids}
    # a grown form found in no light entity is recomputed with its part
    fallback = (grown | joining.keys()) - entity_of.keys()
    stored: dict[str, _Form] = {}
    counted: dict[str, tuple[int, str]] = {}
    query = select(fc.form, fc.data, fc.self_rule, fc.self_evidence, fc.members, fc.smallest)
    for fid, data, rule, evidence, count, smallest in _in_chunks(conn, query, fc.form, sorted(entity_of)):
        stored[fid] = _Form(form_view(fid, json.loads(data)), rule, evidence)
        counted[fid] = (count, smallest)
    edges_of: dict[str, list[Edge]] = {f: [] for f in joining if f in entity_of}  # the joining forms'
    ends: dict[str, tuple[str, str]] = {}
    if edges_of:
        ed = ls.link_form_edges.c
        found: list[tuple[str, Edge]] = []
        for column in (ed.a, ed.b):
            query = select(ed.a, ed.b, ed.rule, ed.evidence)
            for a, b, rule, evidence in _in_chunks(conn, query, column, sorted(edges_of)):
                found.append((a if column is ed.a else b, Edge(a, b, rule, evidence)))
        # the stored forms at their other ends: their entity and smallest member
        others = sorted({e.b if end == e.a else e.a for end, e in found} - entity_of.keys())
        first = {
            fid: json.loads(keys)
            for fid, keys in _in_chunks(conn, select(fc.form, fc.smallest), fc.form, others)
        }
        entity_at = _entity_by_smallest(conn, others)
        ends = {f: (entity_at[f], first[f][0]) for f in others if f in entity_at and first.get(f)}
        for end, edge in found:
            other = edge.b if end == edge.a else edge.a
            entity = entity_of.get(other) or ends.get(other, ("", ""))[0]
            # a weak edge to a bare surname left apart (several full names) is not the entity's
            if edge.strength == "weak" and entity != entity_of[end]:
                continue
            edges_of[end].append(edge)
    light = _Light(
        {f: stored[f] for f in entity_of if f in stored},
        [],
        frozenset(),
        entity_of,
        edges_of,
        {f: counted[f] for f in entity_of if f in counted},
        {ce_id: totals[ce_id] for ce_id in light_ids},
        ends,
    )
    return light, fallback


def _read_totals(conn: Connection, ids: list[str]) -> dict[str, Totals]:
    """The stored totals of the corpus entities *ids* (those that have them)."""
    tc = ls.corpus_entity_totals.c
    return {
        ce_id: Totals.from_json(data)
        for ce_id, data in _in_chunks(conn, select(tc.corpus_entity_id, tc.data), tc.corpus_entity_id, ids)
    }


def _whole(conn: Connection, light: _Light) -> _Light:
    """The entities of *light* read whole, to be clustered again: every form (through their members,
    and the joining ones), the edges between them, and the forms of those with the
    ambiguous-surname note."""
    mc, vc = ls.corpus_entity_members.c, ls.link_entity_views.c
    ids = sorted(set(light.entity_of.values()))
    query = select(mc.corpus_entity_id, vc.form).join(ls.link_entity_views, vc.member == mc.member).distinct()
    entity_of = dict(light.entity_of)
    for ce_id, fid in _in_chunks(conn, query, mc.corpus_entity_id, ids):
        entity_of.setdefault(fid, ce_id)
    forms = _read_forms(conn, sorted(entity_of))
    entity_of = {f: e for f, e in entity_of.items() if f in forms}
    ambiguous = set(_ambiguous_entities(conn, ids))
    whole = _Light(
        forms,
        [],
        frozenset(f for f, e in entity_of.items() if e in ambiguous),
        entity_of,
        light.joined,
        {},
        light.totals,
        light.ends,
    )
    return _with_edges(conn, whole)


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
    """Update the corpus entities of *light* from their stored rows, totals and new members; return the rest.

    An entity of :func:`_grown_entities` keeps its nodes (its forms) and the
    edges it used; only its members grew, all of them from the articles of
    this update (*added_to*: form -> their member keys). What :func:`tally.link.entities.cluster_entities`
    would build again from every member follows from the stored row, its
    totals (migration 11) and the grown forms' short columns (their counts and
    two smallest members before, the node named after its smallest member) and
    new members' views: name, type, roles and id come from the totals with the
    new members added, aliases, articles and mentions add the new members to
    the stored ones, the grown forms' notes are written again and the stored
    edges renamed after their smallest members. Nothing of the entity's
    thousands of members is decoded, nor its other forms or its edges read. An
    entity whose stored evidence does not read as expected is returned, to be
    rebuilt whole as before. Adds the members
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
        entities: list[CorpusEntity] = []
        totals: dict[str, Totals] = {}
        moved: list[tuple[str, str]] = []
        written: list[str] = []
        for ce_id in ids:
            row = rows.pop(ce_id, None)
            grown = _grown_entity(
                light, ce_id, forms_of[ce_id], members, new_views, row, light.totals.get(ce_id)
            )
            if grown is None:
                continue
            entity, added, renamed, now = grown
            written.append(ce_id)
            entities.append(entity)
            totals[entity.id] = now
            moved += [(m, entity.id) for m in added]
            changed.update(added)
            if moved_apart is not None:
                moved_apart.update(added)
            if named_anew is not None:
                named_anew.update(added)
            for member in added:
                changed_names |= new_views[member].names
            if renamed:  # every member's entity changed: their keys are read (an entity renamed is rare)
                keys = [*_in_chunks(conn, select(mc.member), mc.corpus_entity_id, [ce_id]), *added]
                changed.update(keys)
                if named_anew is not None and entity.name != row[1]:
                    named_anew.update(keys)
                changed_names.update(now.folded)  # every form's names
            if entity.id != ce_id:  # named after another of its forms now: its stored members follow
                conn.execute(
                    ls.corpus_entity_members.update()
                    .where(mc.corpus_entity_id == ce_id)
                    .values(corpus_entity_id=entity.id)
                )
        _delete_entity_rows(conn, written)
        _write_entities(conn, entities, new_views, moved, totals)
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
    ce_id: str,
    fids: list[str],
    members: dict[str, _Members],
    new_views: dict[str, EntityView],
    row: Any,
    before: Totals | None,
) -> tuple[CorpusEntity, list[str], bool, Totals] | None:
    """One entity of :func:`_grow_stored` (*fids*: its grown and joining forms): the entity now, its
    new members, whether its id, name or type changed, and its totals now; None when its stored row
    or totals are missing or its evidence does not read as expected."""
    if row is None or before is None:
        return None
    old_id, old_name, old_type, old_aliases, _, old_articles, old_mentions, old_evidence = row
    fids = sorted(fids)
    if any(f not in members or f not in light.forms for f in fids):
        return None
    new = [k for f in fids for k in members[f].new]
    if any(k not in new_views for k in new):
        return None
    noted = list(before.noted)  # the notes' forms in the stored evidence
    stored_notes = len(noted)
    totals = before  # updated in place: an entity not updated here is clustered again from its members
    keys: dict[str, list[str]] = {}
    for f in fids:
        m = members[f]
        # a stored form without its counts is rebuilt; a new form has no note, no edge in the evidence
        if (not m.before or not m.smallest) and not (f in light.joined and not m.before):
            return None
        form = light.forms[f]
        totals.add_form(f, form.view, m.count, m.before, form.rule is not None)
        keys[f] = m.first
    added = [new_views[k] for k in new]
    for v in added:
        if v.roles:
            totals.add_roles(v)
    name = totals.name()
    everything = set(json.loads(old_aliases)) | {old_name}
    for v in added:
        everything |= {v.name, *v.aliases}
    # the evidence: a note per form of several members (in the order of the forms' ids), then the
    # edges used, named after each node's smallest member, then the ambiguous-surname note, as
    # cluster_entities writes them. Only the grown forms' notes are written anew, and the edges
    # renamed at a grown form whose smallest member is another now; the rest is the stored
    # evidence. A member key names one node and is written as it is ("<article id>:<entity id>":
    # nothing JSON escapes), so it is renamed in the text, as a whole quoted string
    rename = {
        members[f].smallest[0]: keys[f][0]
        for f in fids
        if members[f].before and members[f].smallest[0] != keys[f][0]
    }
    renamed_text = old_evidence
    for old_key, new_key in rename.items():
        renamed_text = renamed_text.replace(json.dumps(old_key), json.dumps(new_key))
    stored = json.loads(renamed_text)
    notes = stored[:stored_notes]
    if len(notes) < stored_notes:
        return None
    for f in fids:
        m = members[f]
        if m.count < 2:
            continue
        note = {
            "a": keys[f][0],
            "b": keys[f][1],
            "rule": light.forms[f].rule or "",
            "evidence": f"{light.forms[f].evidence} ({m.count} article entities)",
        }
        i = bisect.bisect_left(noted, f)
        if i < len(noted) and noted[i] == f:
            if m.before < 2 or notes[i].get("a") != keys[f][0]:
                return None
            notes[i] = note
        elif m.before > 1:
            return None
        else:
            noted.insert(i, f)
            notes.insert(i, note)
    # a rule's name is written as it is (JSON escapes no letter): without it in the text, no note has it
    rest = stored[stored_notes:]
    tail = [e for e in rest if e.get("rule") == _AMBIGUOUS] if _AMBIGUOUS in old_evidence else []
    used = rest[: len(rest) - len(tail)]
    if tail and any(f in light.joined and not members[f].before for f in fids):
        # the note names the first member of the entity's smallest node, which a new form may be
        tail = [
            {
                "rule": _AMBIGUOUS,
                "evidence": f"{totals.first[1]!r} could be several people; left apart",
            }
        ]
    if rest[len(rest) - len(tail) :] != tail:
        return None
    # the edges of the new forms that joined it (strong, all inside it: cluster_entities uses each)
    joined = {(e.a, e.b): e for f in fids for e in light.joined.get(f, [])}
    first = {f: k[0] for f, k in keys.items()}
    for e in joined.values():
        for end in (e.a, e.b):
            if end not in first:
                at = light.ends.get(end)
                if at is None or at[0] != ce_id:
                    return None
                first[end] = at[1]
    if rename or joined:  # in cluster_entities' order again (nearly sorted: a run or two to merge)
        used += [
            {"a": first[e.a], "b": first[e.b], "rule": e.rule, "evidence": e.evidence}
            for e in joined.values()
        ]
        used.sort(key=itemgetter("a", "b", "rule"))
    entity = CorpusEntity(
        id=corpus_entity_id(totals.anchor[0]),
        name=name,
        type=totals.type(),
        aliases=sorted(everything - {name}),
        roles=totals.role_list(),
        articles=old_articles + len({v.article_id for v in added}),
        mentions=old_mentions + sum(v.mentions for v in added),
        evidence=notes + used + tail,
    )
    changed = (entity.id, entity.name, entity.type) != (old_id, old_name, old_type)
    return entity, new, changed, totals
