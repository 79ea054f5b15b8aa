"""A corpus entity's totals (``corpus_entity_totals``, migration 11): what its name, type, id, roles
and notes are computed from, summed over its members and forms.

An update that only adds members to a stored entity (:func:`tally.link.grown._grow_stored`)
computed its name, type and id from the member count of every one of its forms, its roles from
every member with a role, and its notes' order from every form's id: reads that grow with the
entity ("U.S.": hundreds of forms, one per country, thousands of members), so a batch of the same
size cost more as the corpus grew. The totals hold those sums, so the update reads the entity's
totals and its grown forms, and adds the new members:

- ``full`` / ``names``: members per name, over the forms of two words or more / over all forms
  (:func:`~tally.link.entities.entity_name` counts full names when the entity has any);
- ``types``: per type, its members and the smallest form id of that type (ties of
  :func:`~tally.link.entities.entity_type` go to the type met first, forms taken by id);
- ``anchor``: the form of most members, then smallest id, and its count (the entity's id); a form
  that did not grow cannot overtake it, so the new anchor is the old one or a grown form;
- ``roles``: per folded role, its first occurrence (published, member key, place in the member's
  roles, the role as written): :func:`~tally.link.entities.entity_roles` keeps the first
  occurrence of each folded role and orders them by it;
- ``noted``: the forms of more than one member, sorted (each has a note in the evidence, in this
  order); ``first``: the smallest form id and its name (the ambiguous-surname note's name);
- ``ruleless``: whether a form has no rule of its own (its members are nodes apart: the entity is
  rebuilt, never grown); ``folded``: the folded names and aliases of its forms (an entity whose id,
  name or type changes makes outlets of those names read differently).

They are a function of the entity's members and their forms, so an update writes what a full
relink writes (``tests/test_link_incremental.py`` compares every link table).
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from tally.link.entities import EntityView
from tally.records import EntityType
from tally.textfold import fold_key as fold


@dataclass
class Totals:
    """One corpus entity's totals (see the module)."""

    full: dict[str, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    types: dict[str, list[Any]] = field(default_factory=dict)  # type -> [members, smallest form]
    anchor: list[Any] = field(default_factory=list)  # [form, members]
    roles: dict[str, list[Any]] = field(default_factory=dict)  # folded -> [published, key, index, role]
    noted: list[str] = field(default_factory=list)
    first: list[str] = field(default_factory=list)  # [form, name]
    ruleless: bool = False
    folded: list[str] = field(default_factory=list)  # every form's folded names and aliases, sorted

    def to_json(self) -> str:
        data = {
            "full": self.full,
            "names": self.names,
            "types": self.types,
            "anchor": self.anchor,
            "roles": self.roles,
            "noted": self.noted,
            "first": self.first,
            "ruleless": self.ruleless,
            "folded": self.folded,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Totals:
        return cls(**json.loads(text))

    def add_form(self, fid: str, view: EntityView, count: int, before: int, has_rule: bool) -> None:
        """*count* members of form *fid* (*view*), *before* of them counted already."""
        added = count - before
        if added:
            self.names[view.name] = self.names.get(view.name, 0) + added
            if len(view.words) >= 2:
                self.full[view.name] = self.full.get(view.name, 0) + added
        kind = self.types.get(view.type)
        if kind is None:
            self.types[view.type] = [added, fid]
        else:
            kind[0] += added
            kind[1] = min(kind[1], fid)
        if not self.anchor or (-count, fid) < (-self.anchor[1], self.anchor[0]) or self.anchor[0] == fid:
            self.anchor = [fid, count]
        if count > 1 and before <= 1:
            i = bisect.bisect_left(self.noted, fid)
            if i == len(self.noted) or self.noted[i] != fid:
                self.noted.insert(i, fid)
        if not self.first or fid < self.first[0]:
            self.first = [fid, view.name]
        self.ruleless = self.ruleless or not has_rule
        if not view.names.issubset(self.folded):
            self.folded = sorted(view.names.union(self.folded))

    def add_roles(self, view: EntityView) -> None:
        """The roles of one member."""
        published = view.published or ""
        for i, role in enumerate(view.roles):
            key = fold(role)
            seen = self.roles.get(key)
            if seen is None or [published, view.key, i] < seen[:3]:
                self.roles[key] = [published, view.key, i, role]

    def name(self) -> str:
        """:func:`~tally.link.entities.entity_name` of the members' names (full names, when any)."""
        counts = self.full or self.names
        return max(counts, key=lambda n: (counts[n], len(n), n))

    def type(self) -> EntityType:
        """:func:`~tally.link.entities.entity_type`, the types met in the order of their forms' ids."""
        if self.roles and "PERSON" in self.types:
            return "PERSON"
        return cast(EntityType, min(self.types.items(), key=lambda item: (-item[1][0], item[1][1]))[0])

    def role_list(self) -> list[str]:
        """:func:`~tally.link.entities.entity_roles` of the members."""
        firsts = sorted(self.roles.items(), key=lambda item: item[1][:3])
        return [
            seen[3]
            for key, seen in firsts
            if not any(other != key and other.endswith(" " + key) for other, _ in firsts)
        ]


def totals_of(members: Iterable[tuple[EntityView, str, bool]]) -> Totals:
    """The totals of an entity of *members*: (member's view, its form, whether the form has a rule)."""
    counts: Counter[str] = Counter()
    views: dict[str, EntityView] = {}
    rules: dict[str, bool] = {}
    totals = Totals()
    for view, fid, has_rule in members:
        counts[fid] += 1
        views.setdefault(fid, view)
        rules[fid] = has_rule
        if view.roles:
            totals.add_roles(view)
    for fid in sorted(counts):
        totals.add_form(fid, views[fid], counts[fid], 0, rules[fid])
    return totals
