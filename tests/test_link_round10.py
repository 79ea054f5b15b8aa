"""Incremental linking, round 10: an entity that only gained members is updated from its stored row.

A batch that names "U.S." again adds members to a stored form; the entity's
nodes and edges are what they were, so :func:`tally.link.grown._grow_stored`
updates it from its stored row, the forms' member counts and smallest
members, the new members and the stored members that have a role, instead of
rebuilding it from every member. These tests check that the update equals a
full relink when the counts move the entity's name, type and id (another of
its forms becomes the largest), when a new member is the smallest of its form
(the evidence is renamed after it), when an earlier article brings a role,
and when raw aliases differ under one folded name; on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random

import pytest

import tally.link.grown as link_grown
import tally.link.rows as link_rows
from tally.link import load_corpus_entities, relink, update_links
from tally.records import Article
from tally.store import Store
from tests._linkdata import IRAN, link_state, make_article, replay_against_relink, spy_on
from tests.conftest import second_database, seeds_on_both_stores

#: names of a few entities, each several forms joined by acronyms and aliases; the raw
#: aliases and roles differ from member to member, the folded forms do not
_NAMES = [
    ("Iran Human Rights", "ORG", [[], ["IHR"], ["IRAN HUMAN RIGHTS"]], []),
    ("IHR", "ORG", [[], ["Ihr"]], []),
    (
        "Narges Mohammadi",
        "PERSON",
        [[], ["NARGES MOHAMMADI"]],
        ["activist", "rights activist", "Nobel laureate"],
    ),
    ("Mohammadi", "PERSON", [[]], ["activist", "jailed activist"]),
    ("Hengaw", "ORG", [[], ["HENGAW"]], ["monitor"]),
    ("Hengaw Organization for Human Rights", "ORG", [[]], []),
    ("Amnesty International", "ORG", [[], ["Amnesty"]], ["rights group"]),
    ("Amnesty", "ORG", [[]], []),
    ("Mizan", "MEDIA", [[]], ["judiciary news agency", "news agency"]),
]


def _article(n: int, rng: random.Random) -> Article:
    """Article *n*, published on a random day, naming one to three of *_NAMES*, each with a random
    alias list and role; its figure cites one of them, its event is done by another."""
    picked = rng.sample(_NAMES, rng.randint(1, 3))
    text = (
        f"Bulletin {n} from Iran. " + " and ".join(x for x, _, _, _ in picked) + f" counted {n + 7} arrests."
    )
    entities = []
    for name, kind, alias_lists, roles in picked:
        entities.append(
            {
                "name": name,
                "type": kind,
                "aliases": rng.choice(alias_lists),
                "roles": [rng.choice(roles)] if roles and rng.random() < 0.5 else [],
                "mentions": [name] * rng.randint(1, 3),
            }
        )
    day = rng.randint(1, 28)
    cited = f"e{rng.randint(1, len(picked))}"
    return make_article(
        text,
        outlet=rng.choice(["IranWire", "Hengaw", "Mizan"]),
        published=f"2022-11-{day:02d}",
        entities=entities,
        places=[IRAN],
        figures=[
            {
                "at": f"{n + 7}",
                "value": n + 7,
                "category": "detained",
                "subject": "people",
                "asserted_by": [cited],
                "date": f"2022-11-{day:02d}",
                "place": "p1",
            }
        ],
        events=[
            {
                "at": "arrests",
                "type": "COERCE",
                "mode": "arrest",
                "place": "p1",
                "date": f"2022-11-{day:02d}",
                "actor": cited,
            }
        ],
    )


def _spy(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the entities updated from their stored row, and those whose id moved to another form."""
    seen = {"updated": 0, "new_id": 0, "renamed": 0}
    real = link_grown._grown_entity

    def spy(*args):  # type: ignore[no-untyped-def]
        found = real(*args)
        row = args[5]
        if found is not None:
            seen["updated"] += 1
            seen["new_id"] += found[0].id != row[0]
            seen["renamed"] += found[2]
        return found

    spy_on(monkeypatch, "_grown_entity", spy)
    return seen


@seeds_on_both_stores(10, 11)
def test_link_round10_grown_entities_equal_full_relink(db, tmp_path, request, monkeypatch, seed):
    """Random small batches over a few entities of several forms: after each, equal to a full relink."""
    rng = random.Random(seed)
    articles = [_article(n, rng) for n in range(60)]
    seen = _spy(monkeypatch)
    other = second_database(db, tmp_path, request)
    step, full = Store(db), Store(next(other))
    replay_against_relink(step, full, articles, rng)
    assert seen["updated"] > 10, seen
    assert seen["new_id"] > 0, seen  # another form became the largest: the entity's id moved
    step.close()
    full.close()
    next(other, None)


def test_link_round10_a_grown_entity_reads_no_member_without_a_role(tmp_path, monkeypatch):
    """Adding one article naming "Hengaw" decodes the new member only: the stored members' roles are
    in the entity's totals (round 61; before, the stored members with a role were decoded too)."""
    store = Store(tmp_path / "a.db")
    for n in range(12):
        store.add_article(
            make_article(
                f"Hengaw said {n + 3} people were held, bulletin {n}.",
                outlet="IranWire",
                published=f"2022-11-{n + 1:02d}",
                entities=[{"name": "Hengaw", "type": "ORG", "roles": ["monitor"] if n == 5 else []}],
                places=[IRAN],
            )
        )
    update_links(store)
    decoded: list[str] = []
    real = link_rows._view_from_json

    def spy(data):  # type: ignore[no-untyped-def]
        decoded.append(data["key"])
        return real(data)

    spy_on(monkeypatch, "_view_from_json", spy)
    store.add_article(
        make_article(
            "Hengaw said 40 people were held, bulletin 99.",
            outlet="IranWire",
            published="2022-10-01",
            entities=[{"name": "Hengaw", "type": "ORG", "roles": ["rights monitor"]}],
            places=[IRAN],
        )
    )
    update_links(store)
    assert len(decoded) == 1, decoded
    (entity,) = load_corpus_entities(store)
    assert entity["articles"] == 13
    assert entity["roles"] == ["rights monitor"]  # the earlier article's role, which says more
    step = link_state(store)
    relink(store)
    assert link_state(store) == step
    store.close()
