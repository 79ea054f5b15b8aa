"""Sources read against the corpus entities while a block is regrouped: near-duplicate groups and
their outlets, one source resolver per block filled with its members' and outlets' entities only,
and the older records that name a changed member (:func:`_naming`), whose blocks must be regrouped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, select

from tally.link.entities import (
    fold,
)
from tally.link.rows import _in_chunks
from tally.link.sources import SourceResolver, institution_words
from tally.store import link_schema as ls


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
        # not ``members - self.entity_ids.keys()``: a set minus a dict view walks the whole dict, and
        # the cache grows through the step (quadratic: 7 of a step's 88 seconds under cProfile at 10,000 articles)
        missing = sorted(m for m in members if m not in self.entity_ids)
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


def _naming(
    conn: Connection,
    changed: set[str],
    fresh: set[str],
    moved_apart: set[str] | None = None,
    named_anew: set[str] | None = None,
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
    changed, which events are not compared by). With *named_anew* (the
    changed members whose entity's name changed, new and gone ones included),
    an event is taken only when its actor or target is in it or in
    *moved_apart*: an event cluster reads of its actor and target their
    entity's name and nothing else of them (:func:`~tally.link.events.build_event_cluster`;
    nor of its sources: the outlets), so an event whose actor's entity only took
    another id or type, with all its members, is built again as it was stored
    (before round 58 it was, mostly for nothing: of the event clusters written
    again with the same members in a step of 400 onto 4,000, 758 of 889 came out
    as they were stored).
    """
    articles = sorted({member.split(":", 1)[0] for member in changed} - fresh)
    apart = changed if moved_apart is None else moved_apart
    items: set[str] = set()
    blocks: set[str] = set()
    regrouped: set[str] = set()
    read_anew = changed if named_anew is None else named_anew | apart  # what an event reads of them
    for table, prefix, record in ((ls.link_figures, "f", "figure_id"), (ls.link_events, "e", "event_id")):
        query = select(table.c.article_id, table.c[record], table.c.block, table.c.features)
        for article_id, record_id, block, data in _in_chunks(conn, query, table.c.article_id, articles):
            features = json.loads(data)
            named = {features[field] for field in _MEMBER_FIELDS if features.get(field)}
            if prefix == "e":
                named &= read_anew
            else:
                named |= {k for field in _MEMBER_LISTS for k in features.get(field) or []}
            if named & changed:
                items.add(f"{article_id}:{record_id}")
                blocks.add(f"{prefix}:{block}")
                if prefix == "e" and any(features.get(field) in apart for field in _MEMBER_FIELDS):
                    regrouped.add(f"{article_id}:{record_id}")
    return items, blocks, regrouped
