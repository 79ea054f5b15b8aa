"""The corpus entities a batch of new name forms can change, found two hops out, not in the whole connected part.

A corpus entity (see :func:`tally.link.entities.cluster_entities`) is a
*strong component* of the form graph (forms joined by strong edges: same
name, alias, acronym, spelling), plus the *surname components* (every form a
bare surname, "Raisi") whose weak (surname) edges all point into that one
component. Bare surnames link full names that are different people, so the
connected part of the graph grows with the corpus (at 1,400 articles a batch
of 20 reached 890 forms and 8,794 edges); the entities a new form can change
do not:

- the strong components its strong edges reach (they may merge);
- the surname components with a weak edge into those (their targets
  changed: they may attach, or be left with several full names);
- the entities those surnames were in before (they may lose them), found
  through the stored corpus entities, closed the same way.

Rebuilding an entity reads its own components, and for each surname
component next to it whether that component's weak edges all lead into it
(two hops: to the surname, then from the surname); no closure over "a
surname sees all its full names", which is why the closure tried in round 7
grew to the whole part. The caller falls back to the whole connected part
when a reviewer named a member of a form reached, or a form whose members
each stay apart (no rule of its own) has edges: both make nodes of members,
which this reasoning about forms does not cover.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tally.link._graph import UnionFind
from tally.link.entities import Edge, EntityView


@dataclass
class Form:
    """A stored name form: the view ``compare`` read, and the rule that makes its members one (None: apart)."""

    view: EntityView
    rule: str | None
    evidence: str | None


@dataclass
class Neighbourhood:
    """What to recompute: forms closed under the entities before and after, and the edges inside each."""

    forms: set[str]
    #: the strong edges inside a component and the weak edges of a surname component to the one it joins
    edges: list[Edge]
    #: forms of surname components left apart because they point to several full names
    ambiguous: set[str] = field(default_factory=set)


class FormGraph:
    """The stored form graph, read lazily around the forms asked for (edges and views cached).

    *edges_of* returns every stored edge with an end in the forms given;
    *forms_of* each stored form of those given; *old_entity_forms* the forms
    of the stored corpus entities holding a member of the forms given.
    """

    def __init__(
        self,
        edges_of: Callable[[list[str]], Iterable[Edge]],
        forms_of: Callable[[list[str]], dict[str, Form]],
        old_entity_forms: Callable[[list[str]], set[str]],
    ) -> None:
        self._edges_of = edges_of
        self._forms_of = forms_of
        self.old_entity_forms = old_entity_forms
        self.adjacent: dict[str, list[Edge]] = {}
        self.forms: dict[str, Form] = {}
        self.component: dict[str, frozenset[str]] = {}

    def load(self, forms: Iterable[str]) -> None:
        """Read the edges and views of the *forms* not read yet (a few queries for all of them)."""
        # a comprehension, not ``set(forms) - self.adjacent.keys()``, which walks the whole growing cache
        missing = sorted({form for form in forms if form not in self.adjacent})
        if not missing:
            return
        wanted = set(missing)
        for form in missing:
            self.adjacent[form] = []
        for edge in self._edges_of(missing):
            for end in (edge.a, edge.b):
                if end in wanted:
                    self.adjacent[end].append(edge)
        self.forms.update(self._forms_of(missing))

    def strong_components(self, starts: Iterable[str]) -> None:
        """Find the strong components of *starts* (all of them at once, one query per level)."""
        todo = {f for f in starts if f not in self.component}
        seen = set(todo)
        frontier = set(todo)
        while frontier:
            self.load(frontier)
            found = {
                other
                for form in frontier
                for edge in self.adjacent[form]
                if edge.strength == "strong" and (other := edge.b if edge.a == form else edge.a) not in seen
            }
            found -= self.component.keys()  # a known component is closed already: never reached here
            seen |= found
            frontier = found
        uf = UnionFind(sorted(seen))
        for form in seen:
            for edge in self.adjacent[form]:
                if edge.strength == "strong":
                    uf.union(edge.a, edge.b)
        for members in uf.groups().values():
            component = frozenset(members)
            for form in members:
                self.component[form] = component

    def surname_only(self, component: frozenset[str]) -> bool:
        """Whether every form of *component* is a bare surname (only such a component can attach)."""
        return all(self.forms[f].view.is_surname_only for f in component)

    def weak_edges(self, component: frozenset[str]) -> list[Edge]:
        return [e for f in sorted(component) for e in self.adjacent[f] if e.strength == "weak"]


def _other(edge: Edge, form: str) -> str:
    return edge.b if edge.a == form else edge.a


def neighbourhood(graph: FormGraph, seeds: set[str], named: set[str]) -> Neighbourhood | None:
    """The forms whose corpus entities the new *seeds* can change, each entity whole; None: fall back.

    Returns forms closed under the entities after the update (an entity is a
    strong component and the surname components attached to it) and under the
    stored entities before it (so every stored entity it touches is rebuilt
    whole), with the edges inside each entity after the update: clustering
    those gives what clustering the whole connected part gives. *named*: forms
    of members a reviewer named (their presence makes this fall back).
    """
    resolved: dict[frozenset[str], frozenset[str]] = {}  # component -> the entity (components) it is in
    edges: dict[tuple[str, str], Edge] = {}
    ambiguous: set[str] = set()
    forms: set[str] = set()
    asked: set[str] = set()  # forms whose stored entities were looked up
    pending = set(seeds)
    # surname components next to a seed's component had their targets changed: resolved too
    first = True
    while pending:
        graph.strong_components(pending)
        components = {graph.component[f] for f in pending}
        pending = set()
        reached = set().union(*components)
        if not _plain(graph, reached, named):
            return None
        surnames: set[frozenset[str]] = set()
        for component in components:
            if graph.surname_only(component):
                surnames.add(component)
            elif first:
                surnames |= _surname_neighbours(graph, component)
        for component in sorted(components | surnames, key=min):
            if component in resolved:
                continue
            entity = _entity_of(graph, component, named)
            if entity is None:
                return None
            for part, (inside, joins) in entity.items():
                resolved[part] = inside
                edges.update(joins)
            ambiguous |= _ambiguous_part(graph, component, entity)
        first = False
        forms = set().union(*resolved.values()) if resolved else set()
        # the entities these forms were in before must be rebuilt whole
        pending = graph.old_entity_forms(sorted(forms - asked)) - forms
        asked |= forms
    return Neighbourhood(forms, list(edges.values()), ambiguous)


def _plain(graph: FormGraph, forms: set[str], named: set[str]) -> bool:
    """Whether *forms* can be reasoned about as forms: none named by a reviewer, none of members kept apart
    (no rule of its own) with an edge, every one stored."""
    for form in forms:
        if form in named or form not in graph.forms:
            return False
        if graph.forms[form].rule is None and graph.adjacent.get(form):
            return False
    return True


def _surname_neighbours(graph: FormGraph, component: frozenset[str]) -> set[frozenset[str]]:
    """The surname components with a weak edge into *component*."""
    ends = {_other(e, f) for f in component for e in graph.adjacent[f] if e.strength == "weak"}
    ends -= component
    graph.strong_components(ends)
    return {graph.component[f] for f in ends if graph.surname_only(graph.component[f])}


def _targets(graph: FormGraph, surname: frozenset[str]) -> set[frozenset[str]]:
    """The full-name components a surname component's weak edges point to."""
    ends = {_other(e, f) for f in surname for e in graph.adjacent[f] if e.strength == "weak"}
    ends -= surname
    graph.strong_components(ends)
    return {graph.component[f] for f in ends if not graph.surname_only(graph.component[f])}


def _entity_of(
    graph: FormGraph, component: frozenset[str], named: set[str]
) -> dict[frozenset[str], tuple[frozenset[str], dict[tuple[str, str], Edge]]] | None:
    """The entity *component* is in after the update: each of its components with the entity's forms
    and the entity's edges; None when a form reached cannot be reasoned about as a form."""
    full = component
    if graph.surname_only(component):
        targets = _targets(graph, component)
        if len(targets) != 1:
            if not _plain(graph, set(component), named):
                return None
            return {component: (component, _strong_inside(graph, component))}
        full = next(iter(targets))
    # the full-name component and every surname component that points to it alone
    attached = [s for s in _surname_neighbours(graph, full) if _targets(graph, s) == {full}]
    parts = [full, *attached]
    reached = set().union(*parts)
    for part in attached:
        graph.load(part)
    if not _plain(graph, reached, named):
        return None
    inside = frozenset(reached)
    joins: dict[tuple[str, str], Edge] = {}
    for part in parts:
        joins.update(_strong_inside(graph, part))
    for part in attached:
        for edge in graph.weak_edges(part):
            if edge.a in full or edge.b in full:
                joins[(edge.a, edge.b)] = edge
    return {part: (inside, joins) for part in parts}


def _strong_inside(graph: FormGraph, component: frozenset[str]) -> dict[tuple[str, str], Edge]:
    return {
        (e.a, e.b): e
        for f in component
        for e in graph.adjacent[f]
        if e.strength == "strong" and e.a in component and e.b in component
    }


def _ambiguous_part(
    graph: FormGraph,
    component: frozenset[str],
    entity: dict[frozenset[str], tuple[frozenset[str], dict[tuple[str, str], Edge]]],
) -> set[str]:
    """The forms of *component* when it is a surname component left apart with several full names."""
    if graph.surname_only(component) and entity[component][0] == component:
        return set(component) if len(_targets(graph, component)) > 1 else set()
    return set()
