"""A new full name with surname edges joins its stored entity in place when the bare surnames it
points to stay where they were (round 57, issue 16).

A new spelling of a stored full name ("Mara Anna Vogel" after "Mara Vogel") used to go to the
neighbourhood as soon as it had a weak (surname) edge, and the neighbourhood reads every strong
component of the surname and of each full name the surname points to: in a corpus of many
countries that is a clique per name, a read that grows with the corpus. When each such surname is
either attached to the entity the new name joins, or left apart already (it points to several
full names), nothing outside that entity changes. The names below are made up for these tests.
"""

from __future__ import annotations

from tally.link import load_corpus_entities, relink, update_links
from tally.store import Store
from tests._linkdata import assert_batches_link_as_relink, link_tables_digest, people_article, spy_on

_FIRST = [
    ["Mara Vogel", "Timo Vogel"],
    ["Vogel", "Mara Vogel"],
    ["Vogel", "Timo Vogel"],
    ["Lene Brandt", "Brandt"],
    ["Brandt", "Lene Brandt"],
    ["Ole Sturm"],
]


def _seeded(path: str) -> Store:
    store = Store(path)
    for n, names in enumerate(_FIRST):
        store.add_article(people_article(n, names, outlets=3))
    update_links(store)
    return store


def _neighbourhood_names(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the forms the neighbourhood is asked about (a hook on it)."""
    asked: list[str] = []

    def hooked(graph, seeds, named):  # type: ignore[no-untyped-def]
        graph.load(seeds)
        asked.extend(sorted(graph.forms[f].view.name for f in seeds if f in graph.forms))
        return original(graph, seeds, named)

    original = spy_on(monkeypatch, "neighbourhood", hooked)
    return asked


def _entity_of(store: Store, name: str) -> dict:
    return next(e for e in load_corpus_entities(store) if name == e["name"] or name in e["aliases"])


def test_round57_a_new_full_name_next_to_an_ambiguous_surname_joins_in_place(tmp_path, monkeypatch):
    """ "Vogel" points to two full names and stays apart; "Mara Anna Vogel" joins "Mara Vogel"
    without the neighbourhood (before: it was its seed), and the tables are a full relink's."""
    store = _seeded(str(tmp_path / "a.db"))
    vogel = _entity_of(store, "Vogel")
    assert any(e.get("rule") == "ambiguous_surname" for e in vogel["evidence"])
    asked = _neighbourhood_names(monkeypatch)
    new = people_article(10, ["Mara Anna Vogel"], outlets=3)
    store.add_article(new)
    update_links(store)
    assert "Mara Anna Vogel" not in asked
    assert _entity_of(store, "Mara Anna Vogel")["id"] == _entity_of(store, "Mara Vogel")["id"]
    assert _entity_of(store, "Vogel") == vogel
    full = _seeded(str(tmp_path / "b.db"))
    full.add_article(new)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)


def test_round57_a_new_full_name_next_to_its_attached_surname_joins_in_place(tmp_path, monkeypatch):
    """ "Brandt" is attached to "Lene Brandt" alone; "Lene Anna Brandt" joins that entity in place,
    the weak edge to "Brandt" listed in its evidence as a full relink lists it."""
    store = _seeded(str(tmp_path / "a.db"))
    assert _entity_of(store, "Brandt")["id"] == _entity_of(store, "Lene Brandt")["id"]
    asked = _neighbourhood_names(monkeypatch)
    new = people_article(10, ["Lene Anna Brandt"], outlets=3)
    store.add_article(new)
    update_links(store)
    assert "Lene Anna Brandt" not in asked
    joined = _entity_of(store, "Lene Anna Brandt")
    assert joined["id"] == _entity_of(store, "Brandt")["id"]
    assert [e for e in joined["evidence"] if e.get("rule") == "surname"]
    full = _seeded(str(tmp_path / "b.db"))
    full.add_article(new)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)


def test_round57_a_new_spelling_of_a_surname_joins_its_entity_in_place(tmp_path, monkeypatch):
    """ "VOGEL" (the ambiguous "Vogel" written otherwise) joins "Vogel" apart from both full names,
    "BRANDT" joins "Lene Brandt" with "Brandt", and "Mara Anna Vogel" named beside "VOGEL" joins
    "Mara Vogel": none goes to the neighbourhood (before: all three), and the tables are a full
    relink's."""
    store = _seeded(str(tmp_path / "a.db"))
    vogel = _entity_of(store, "Vogel")
    asked = _neighbourhood_names(monkeypatch)
    new = [
        people_article(10, ["VOGEL", "Timo Vogel"], outlets=3),
        people_article(11, ["BRANDT"], outlets=3),
        people_article(12, ["Mara Anna Vogel", "VOGEL"], outlets=3),
    ]
    for article in new:
        store.add_article(article)
    update_links(store)
    assert asked == []
    assert _entity_of(store, "VOGEL")["id"] == vogel["id"]
    assert _entity_of(store, "VOGEL")["id"] != _entity_of(store, "Mara Vogel")["id"]
    assert _entity_of(store, "BRANDT")["id"] == _entity_of(store, "Lene Brandt")["id"]
    full = _seeded(str(tmp_path / "b.db"))
    for article in new:
        full.add_article(article)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)


def test_round57_a_surname_given_a_second_full_name_is_still_resolved_whole(tmp_path, monkeypatch):
    """ "Kai Brandt" makes "Brandt" point to two people: that is no joining in place (the neighbourhood
    resolves it), and "Brandt" leaves "Lene Brandt" as a full relink has it."""
    store = _seeded(str(tmp_path / "a.db"))
    asked = _neighbourhood_names(monkeypatch)
    new = people_article(10, ["Kai Brandt", "Lene Anna Brandt"], outlets=3)
    store.add_article(new)
    update_links(store)
    assert "Kai Brandt" in asked
    assert _entity_of(store, "Brandt")["id"] != _entity_of(store, "Lene Brandt")["id"]
    full = _seeded(str(tmp_path / "b.db"))
    full.add_article(new)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)


def test_round57_batches_of_new_spellings_and_surnames_link_as_a_full_relink_does(tmp_path):
    """Several steps mixing new spellings next to attached and ambiguous surnames, new surnames and
    new people of a stored surname: every link table equals a relink from scratch."""
    batches = [
        [people_article(n, names, outlets=4) for n, names in enumerate(_FIRST)],
        [
            people_article(10, ["Mara Anna Vogel", "Lene Anna Brandt"], outlets=4),
            people_article(11, ["Ole Sturm", "Sturm"], outlets=4),
        ],
        [
            people_article(20, ["Timo Jan Vogel", "Ole Jan Sturm"], outlets=4),
            people_article(21, ["Vogel", "Kai Brandt"], outlets=4),
        ],
        [
            people_article(30, ["Lene Marie Brandt", "Mara Vogel"], outlets=4),
            people_article(31, ["Ina Sturm", "Ole Sturm"], outlets=4),
        ],
        [
            people_article(40, ["Ole Jan Peter Sturm", "Ina Maria Sturm"], outlets=4),
            people_article(41, ["STURM", "Ole Sturm"], outlets=4),
            people_article(42, ["BRANDT", "Kai Brandt"], outlets=4),
        ],
        [
            people_article(50, ["Sturm", "VOGEL"], outlets=4),
            people_article(51, ["Mara Anna Vogel", "Vogel", "Jan Peter Sturm"], outlets=4),
            people_article(52, ["Oda Kranich", "KRANICH"], outlets=4),
        ],
        [people_article(60, ["Kranich", "Oda Maria Kranich", "Ulf Kranich"], outlets=4)],
    ]
    step, full = Store(str(tmp_path / "a.db")), Store(str(tmp_path / "b.db"))
    assert_batches_link_as_relink(step, full, batches)
