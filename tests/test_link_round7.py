"""Incremental linking, round 7: a late batch costs what it changes, and still equals a full relink.

Two things no longer grow with the stored corpus: a name form that only
gained members recomputes its own corpus entity, not the whole part of the
form graph its surnames and spellings connect it to; and an older article is
regrouped only when one of its figures or events names a member whose corpus
entity changed. Each test compares the incremental result with a full
relink, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random

from sqlalchemy import select

import tally.link.rows as link_rows
from tally.link import load_claims, load_corpus_entities, load_event_clusters, relink, update_links
from tally.store import Store
from tally.store import link_schema as ls
from tests._linkdata import IRAN, make_article, people_article, spy_on
from tests.conftest import second_database

#: people whose names chain through one bare surname ("Karimi" has three full names to choose from)
_PEOPLE = [
    "Reza Karimi",
    "Leila Karimi",
    "Omid Karimi",
    "Karimi",
    "Reza Karimy",  # a spelling of Reza Karimi
    "Sara Ahmadi",
    "Ahmadi",
    "Amnesty International",
    "Amnesty",
]


def _article(n: int, rng: random.Random) -> object:
    """An article naming a few of the people, one of whom gives a death toll and one detains someone."""
    names = rng.sample(_PEOPLE, rng.randint(1, 3))
    day = rng.randint(1, 28)
    text = f"Report {n} from Iran. " + " and ".join(names) + f" said {n + 5} people were killed and detained."
    entities = [{"name": x, "type": "ORG" if x.startswith("Amnesty") else "PERSON"} for x in names]
    figures = [
        {
            "at": f"{n + 5}",
            "value": n + 5,
            "category": "killed",
            "subject": "people",
            "asserted_by": [f"e{rng.randint(1, len(names))}"] if rng.random() < 0.5 else [],
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
            "actor": f"e{rng.randint(1, len(names))}" if rng.random() < 0.5 else None,
        }
    ]
    return make_article(
        text,
        outlet=rng.choice(["IranWire", "Hengaw", "Amnesty"]),
        published=f"2022-10-{min(28, day + 2):02d}",
        entities=entities,
        places=[IRAN],
        figures=figures,
        events=events,
    )


def _links(store: Store) -> tuple[list, list, list]:
    return load_claims(store), load_event_clusters(store), load_corpus_entities(store)


def test_link_round7_many_small_batches_equal_one_full_link(db, tmp_path, request):
    """Random batches naming the same people (spellings, a shared bare surname) == one full relink."""
    rng = random.Random(7)
    articles = [_article(n, rng) for n in range(60)]
    step = Store(db)
    start = 0
    while start < len(articles):
        size = rng.randint(1, 9)
        for article in articles[start : start + size]:
            step.add_article(article)
        update_links(step)
        start += size
    other = second_database(db, tmp_path, request)
    full = Store(next(other))
    for article in articles:
        full.add_article(article)
    relink(full)
    assert _links(step) == _links(full)
    # the bare surname stays apart from its three full names, and says why
    karimi = next(e for e in load_corpus_entities(step) if e["name"] == "Karimi")
    assert karimi["evidence"][-1]["rule"] == "ambiguous_surname"
    step.close()
    full.close()
    next(other, None)


def test_link_round7_a_grown_name_reads_its_own_entity_only(tmp_path, monkeypatch):
    """A known name in a new article reads the members of its entity, not of every Smith its surname reaches.

    "Smith" alone points to 30 full names, so the form graph connects all of
    them; before, a new "Person3 Smith" read every member of that part (over
    60), round 7 the 3 members of its own entity, and since round 10 (the
    entity updated from its stored row) the new one only.
    """
    store = Store(str(tmp_path / "corpus.db"))
    for n in range(10, 40):
        store.add_article(people_article(n, [f"Person{n} Smith", "Smith"], outlets=5))
        store.add_article(people_article(100 + n, [f"Person{n} Smith"], outlets=5))
    update_links(store)
    read: list[str] = []
    real = link_rows._view_from_json

    def counting(data):
        view = real(data)
        read.append(view.key)
        return view

    spy_on(monkeypatch, "_view_from_json", counting)
    store.add_article(people_article(999, ["Person13 Smith"], outlets=5))
    report = update_links(store)
    assert report.articles_linked == 1
    # the new member only: the entity is updated from its stored row (round 10; 3 before, over 60 in round 6)
    assert len(read) == 1
    expected = _links(store)
    relink(store)
    assert _links(store) == expected
    store.close()


def test_link_round7_older_articles_regrouped_only_when_their_records_name_a_changed_member(db):
    """An entity renamed by a new batch makes older articles affected only where a figure or event names it."""
    store = Store(db)
    cited = make_article(
        "Ali Rezaei said 12 people were killed in Iran in October 2022.",
        outlet="Hengaw",
        published="2022-10-20",
        entities=[{"name": "Ali Rezaei"}],
        places=[IRAN],
        figures=[
            {
                "at": "12",
                "value": 12,
                "category": "killed",
                "subject": "people",
                "asserted_by": ["e1"],
                "date": "2022-10",
                "place": "p1",
            }
        ],
    )
    mentioned = make_article(
        "Ali Rezaei was in Iran. 30 people were arrested in October 2022.",
        outlet="IranWire",
        published="2022-10-21",
        entities=[{"name": "Ali Rezaei"}],
        places=[IRAN],
        figures=[
            {
                "at": "30",
                "value": 30,
                "category": "arrested",
                "subject": "people",
                "date": "2022-10",
                "place": "p1",
            }
        ],
    )
    for article in (cited, mentioned):
        store.add_article(article)
    update_links(store)
    # three articles spell him "Aly Rezaei": that spelling now names the entity
    for n in range(3):
        store.add_article(
            make_article(
                f"Aly Rezaei spoke on day {n}.",
                outlet="Kayhan",
                published="2022-11-01",
                entities=[{"name": "Aly Rezaei"}],
            )
        )
    report = update_links(store)
    entity = next(e for e in load_corpus_entities(store) if "Aly Rezaei" in (e["name"], *e["aliases"]))
    assert entity["name"] == "Aly Rezaei" and len(entity["members"]) == 5
    # the cited article's claim is regrouped (its source is named differently); the other is not
    assert report.blocks_recomputed == 1
    assert report.articles_affected == 1
    claim = next(c for c in load_claims(store) if c["category"] == "killed")
    assert claim["figures"][0]["asserted_by"] == ["Aly Rezaei"]
    expected = _links(store)
    relink(store)
    assert _links(store) == expected
    with store.engine.connect() as conn:
        assert conn.execute(select(ls.claims.c.id)).all()
    store.close()
