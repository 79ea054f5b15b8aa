"""Incremental linking, round 9: corpus entities rebuilt from a bounded neighbourhood of the new forms.

An update no longer rebuilds the whole connected part of the form graph its
new forms reach, only the entities they can change (their strong components,
the bare surnames next to those, the entities those surnames were in:
:mod:`tally.link.neighbourhood`). Each test compares the incremental result,
claims, clusters and corpus entities, with a full relink of the same
articles, on SQLite and PostgreSQL: surnames that attach and detach, a batch
that merges two stored entities, a reviewer's merge and split between batches.
"""

from __future__ import annotations

import random

import pytest

import tally.link.recluster as link_recluster
import tally.link.rows as link_rows
from tally.link import (
    add_override,
    load_claims,
    load_corpus_entities,
    load_event_clusters,
    relink,
    update_links,
)
from tally.link.claims import figures_compatible
from tally.link.grouping import group, regroup
from tally.records import Article
from tally.store import Store
from tests._linkdata import IRAN, make_article, people_article, random_link_item, spy_on
from tests.conftest import second_database

#: names whose forms chain: bare surnames with one or several full names, spellings, acronyms, aliases
_NAMES = [
    ("Ebrahim Raisi", "PERSON", []),
    ("Raisi", "PERSON", []),
    ("Raeesi", "PERSON", []),
    ("Ebrahim Raeesi", "PERSON", []),
    ("Ali Raisi", "PERSON", []),
    ("Narges Mohammadi", "PERSON", []),
    ("Mohammadi", "PERSON", []),
    ("Taghi Mohammadi", "PERSON", []),
    ("Nasrin Sotoudeh", "PERSON", []),
    ("Sotoudeh", "PERSON", []),
    ("Mujahedin-e Khalq", "ORG", ["MEK"]),
    ("People's Mojahedin Organization of Iran", "ORG", []),
    ("PMOI", "ORG", ["MEK"]),
    ("Iran Human Rights", "ORG", ["IHR"]),
    ("IHR", "ORG", []),
    ("protesters", "GROUP", []),
]


def _article(n: int, names: list[tuple[str, str, list[str]]], rng: random.Random) -> Article:
    """Article *n* naming *names*; its figure and event cite one of them (or no one)."""
    day = rng.randint(1, 28)
    text = f"Report {n} from Iran. " + " and ".join(x for x, _, _ in names) + f" said {n + 5} were detained."
    entities = [{"name": x, "type": kind, "aliases": aliases} for x, kind, aliases in names]
    cited = [f"e{rng.randint(1, len(names))}"] if rng.random() < 0.6 else []
    figures = [
        {
            "at": f"{n + 5}",
            "value": n + 5,
            "category": "detained",
            "subject": "people",
            "asserted_by": cited,
            "date": f"2022-10-{day:02d}",
            "place": "p1",
        }
    ]
    events = [
        {
            "at": "detained",
            "type": "COERCE",
            "mode": "arrest",
            "place": "p1",
            "date": f"2022-10-{day:02d}",
            "actor": cited[0] if cited else None,
        }
    ]
    return make_article(
        text,
        outlet=rng.choice(["IranWire", "Hengaw", "IHR"]),
        published=f"2022-10-{min(28, day + 2):02d}",
        entities=entities,
        places=[IRAN],
        figures=figures,
        events=events,
    )


def _links(store: Store) -> tuple[list, list, list]:
    return load_claims(store), load_event_clusters(store), load_corpus_entities(store)


def _counting_bounded(monkeypatch) -> list[bool]:
    """Record, per update, whether the bounded neighbourhood was used (True) or the whole part (False)."""
    used: list[bool] = []
    real = link_recluster.neighbourhood

    def spy(graph, seeds, named):
        found = real(graph, seeds, named)
        used.append(found is not None)
        return found

    spy_on(monkeypatch, "neighbourhood", spy)
    return used


def test_link_round9_random_batches_equal_full_relink_at_every_checkpoint(db, tmp_path, request, monkeypatch):
    """Random batches of chained names equal a full relink after every few batches, overrides included."""
    rng = random.Random(9)
    articles = [_article(n, rng.sample(_NAMES, rng.randint(1, 3)), rng) for n in range(48)]
    used = _counting_bounded(monkeypatch)
    other = second_database(db, tmp_path, request)
    step, full = Store(db), Store(next(other))
    start = checkpoint = 0
    while start < len(articles):
        size = rng.randint(1, 6)
        for article in articles[start : start + size]:
            step.add_article(article)
            full.add_article(article)
        update_links(step)
        start += size
        checkpoint += 1
        if checkpoint in (4, 7):
            # a reviewer merges two people, or splits one out, between batches
            people = [e["members"] for e in load_corpus_entities(step) if e["type"] == "PERSON"]
            if checkpoint == 4:
                override: tuple[str, str, str | None] = ("merge", people[0][0], people[1][0])
            else:
                override = ("split", max(people, key=len)[0], None)
            add_override(step, *override)
            add_override(full, *override)
        if checkpoint in (3, 6, 9) or start >= len(articles):
            relink(full)
            assert _links(step) == _links(full), f"after {start} articles"
    assert any(used), "the bounded neighbourhood was never used"
    step.close()
    full.close()
    next(other, None)


def _cites(n: int, name: str, kind: str = "PERSON", aliases: tuple[str, ...] = ()) -> Article:
    """Article *n*: *name* gives a detention count (the claim's source is its corpus entity)."""
    text = f"{name} said {n + 10} people were detained in Iran, report {n}."
    return make_article(
        text,
        outlet=f"Outlet {n % 3}",
        published="2022-10-20",
        entities=[{"name": name, "type": kind, "aliases": list(aliases)}],
        places=[IRAN],
        figures=[
            {
                "at": f"{n + 10}",
                "value": n + 10,
                "category": "detained",
                "subject": "people",
                "asserted_by": ["e1"],
                "date": "2022-10",
                "place": "p1",
            }
        ],
    )


def _batches_equal_full(db, tmp_path, request, batches, between=None):  # type: ignore[no-untyped-def]
    """Link *batches* one after another and compare with a full relink after each; *between*: batch
    number -> overrides ``(action, name of a's entity member, b's)`` given after that batch."""
    other = second_database(db, tmp_path, request)
    step, full = Store(db), Store(next(other))
    states = []
    for n, batch in enumerate(batches, 1):
        for article in batch:
            step.add_article(article)
            full.add_article(article)
        update_links(step)
        for action, a, b in (between or {}).get(n, []):
            add_override(step, action, a, b)
            add_override(full, action, a, b)
        relink(full)
        assert _links(step) == _links(full), f"after batch {n}"
        states.append(load_corpus_entities(step))
    step.close()
    full.close()
    next(other, None)
    return states


def _entity_with(entities: list[dict], name: str) -> dict:
    return next(e for e in entities if name == e["name"] or name in e["aliases"])


def test_link_round9_a_new_full_name_detaches_a_bare_surname(db, tmp_path, request, monkeypatch):
    """ "Raisi" belongs to Ebrahim Raisi until an Ali Raisi appears; then it stands apart, as a full relink says."""
    used = _counting_bounded(monkeypatch)
    states = _batches_equal_full(
        db,
        tmp_path,
        request,
        [
            [_cites(1, "Ebrahim Raisi"), _cites(2, "Raisi"), _cites(3, "Narges Mohammadi")],
            [_cites(4, "Ali Raisi")],
            [_cites(5, "Ebrahim Raeesi"), _cites(6, "Raeesi")],
        ],
    )
    assert "Raisi" in _entity_with(states[0], "Ebrahim Raisi")["aliases"]
    apart = _entity_with(states[1], "Raisi")
    assert apart["name"] == "Raisi" and apart["evidence"][-1]["rule"] == "ambiguous_surname"
    assert all(used[1:]), "the later batches were not bounded"


def test_link_round9_a_batch_merging_two_stored_entities(db, tmp_path, request, monkeypatch):
    """ "PMOI (MEK)" joins the stored "Mujahedin-e Khalq (MEK)" and "People's Mojahedin Organization of Iran"."""
    used = _counting_bounded(monkeypatch)
    states = _batches_equal_full(
        db,
        tmp_path,
        request,
        [
            [
                _cites(1, "Mujahedin-e Khalq", "ORG", ("MEK",)),
                _cites(2, "People's Mojahedin Organization of Iran", "ORG"),
                _cites(3, "Iran Human Rights", "ORG"),
            ],
            [_cites(4, "PMOI", "ORG", ("MEK",))],
        ],
    )
    assert _entity_with(states[0], "Mujahedin-e Khalq") != _entity_with(
        states[0], "People's Mojahedin Organization of Iran"
    )
    merged = _entity_with(states[1], "PMOI")
    assert merged["articles"] == 3
    assert used[-1]


def test_link_round9_reviewer_merge_and_split_between_batches(db, tmp_path, request):
    """A reviewer's merge and split, then batches that touch the members they name: equal to a full relink."""
    first = [_cites(1, "Ebrahim Raisi"), _cites(2, "Raisi"), _cites(3, "Ali Raisi")]
    ebrahim, raisi = f"{first[0].id}:e1", f"{first[1].id}:e1"
    states = _batches_equal_full(
        db,
        tmp_path,
        request,
        [
            first,
            [_cites(4, "Raisi"), _cites(5, "Ebrahim Raeesi")],
            [_cites(6, "Ebrahim Raisi"), _cites(7, "Raeesi")],
        ],
        between={1: [("merge", raisi, ebrahim)], 2: [("split", ebrahim, None)]},
    )
    assert raisi in _entity_with(states[0], "Ebrahim Raisi")["members"]
    assert ebrahim not in _entity_with(states[2], "Ebrahim Raeesi")["members"]


def test_link_round9_a_new_spelling_reads_its_neighbourhood_not_the_part(tmp_path, monkeypatch):
    """A new spelling "Person13 Smyth" reads its entity and the bare "Smith" next to it, not every Smith.

    "Smith" alone points to 30 full names, so the form graph connects them all;
    before, a new form read every member of that part (91), now the members of
    the entities it can change: Person13 Smith's, the new one, and the bare
    surname's (33). Since round 57 the new spelling joins Person13 Smith's entity
    from its stored row (the bare "Smith" is left apart already: it stays so), and
    only the new member's view is decoded (1).
    """
    store = Store(str(tmp_path / "corpus.db"))
    for n in range(10, 40):
        store.add_article(people_article(n, [f"Person{n} Smith", "Smith"], outlets=5))
        store.add_article(people_article(100 + n, [f"Person{n} Smith"], outlets=5))
    update_links(store)
    read: list[str] = []
    real = link_rows._view_from_json

    def counting(data):  # type: ignore[no-untyped-def]
        view = real(data)
        read.append(view.key)
        return view

    spy_on(monkeypatch, "_view_from_json", counting)
    store.add_article(people_article(999, ["Person13 Smyth"], outlets=5))
    report = update_links(store)
    assert report.articles_linked == 1
    assert len(read) == 1
    expected = _links(store)
    relink(store)
    assert _links(store) == expected
    store.close()


# -- regrouping by replay ---------------------------------------------------------
@pytest.mark.parametrize("seed", range(40))
def test_link_round9_replayed_groups_are_those_of_grouping_anew(seed):
    """Grouping replayed from stored groups, with new items and items that compare differently now,
    equals grouping the whole block again (events: an actor whose entity changed)."""
    rng = random.Random(seed)
    items = [random_link_item(rng, n) for n in range(rng.randint(5, 120))]
    entity = {f["figure"]: rng.choice("ab") for f in items}

    def compatible(a: dict, b: dict) -> bool:
        return figures_compatible(a, b) and (entity[a["figure"]] == entity[b["figure"]] or seed % 2 == 0)

    old = [f for f in items if rng.random() < 0.8]
    old_group = {
        f"{f['doc']}:{f['figure']}": str(n)
        for n, members in enumerate(group(old, compatible, "figure"))
        for f in members
    }
    new = {f"{f['doc']}:{f['figure']}" for f in items} - old_group.keys()
    # some stored items now name an entity that changed: they compare differently, and are placed anew
    moved = {f["figure"] for f in old if rng.random() < 0.05}
    for figure in moved:
        entity[figure] = "c"
    anew = new | {f"{f['doc']}:{f['figure']}" for f in old if f["figure"] in moved}
    expected = group(items, compatible, "figure")
    assert regroup(items, compatible, "figure", old_group, anew) == expected


def test_link_round9_replay_compares_only_what_a_new_item_can_change():
    """One new count in a block of 200 stored ones is compared with a few groups, not the whole block."""
    rng = random.Random(3)
    items = [random_link_item(rng, n) for n in range(200)]
    calls = []

    def compatible(a: dict, b: dict) -> bool:
        calls.append(1)
        return figures_compatible(a, b)

    old_group = {
        f"{f['doc']}:{f['figure']}": str(n)
        for n, members in enumerate(group(items[:-1], compatible, "figure"))
        for f in members
    }
    calls.clear()
    expected = group(items, compatible, "figure")
    whole = len(calls)
    calls.clear()
    assert (
        regroup(items, compatible, "figure", old_group, {f"{items[-1]['doc']}:{items[-1]['figure']}"})
        == expected
    )
    assert len(calls) * 5 < whole


def test_link_round9_a_reviewer_split_of_a_bare_surname_then_a_new_full_name(db, tmp_path, request):
    """A bare surname a reviewer split out, next to a new full name: the whole part, as a full relink."""
    first = [_cites(1, "Ebrahim Raisi"), _cites(2, "Raisi"), _cites(3, "Raisi"), _cites(4, "Ali Raisi")]
    raisi = f"{first[1].id}:e1"
    states = _batches_equal_full(
        db,
        tmp_path,
        request,
        [first, [_cites(5, "Reza Raisi")], [_cites(6, "Raisi"), _cites(7, "Reza Raeesi")]],
        between={1: [("split", raisi, None)]},
    )
    assert [raisi] in [e["members"] for e in states[1]]
