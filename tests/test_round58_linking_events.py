"""An event cluster reads of its actor and target only their entity's name (round 58, issue 16).

When a stored entity only grows, its id follows its largest form, so a name written in two
countries changes id when the second country's form overtakes the first; every member keeps its
name and its fellow members. Before round 58 each older event whose actor or target was such a
member was taken as reading differently, and its cluster was built and written again as it was
(on the generated corpus, 758 of the 889 event clusters written again with the same members in a
step of 400 onto 4,000 came out as they were stored). Now an event is taken when its actor's or
target's entity has another name, or when they are with other members now. The names and sentences
below are made up for these tests.
"""

from __future__ import annotations

from typing import Any

from tally.link import load_corpus_entities, load_event_clusters, relink, update_links
from tally.records import Article
from tally.store import Store
from tests._linkdata import link_tables_digest, make_article

_NORWAY = {
    "name": "Norway",
    "kind": "country",
    "country": "NO",
    "lat": 61.0,
    "lon": 8.0,
    "geonameid": 3144096,
}
_CHILE = {
    "name": "Chile",
    "kind": "country",
    "country": "CL",
    "lat": -30.0,
    "lon": -71.0,
    "geonameid": 3895114,
}


#: a sentence of its own for each report, so that no two are one text republished
_OPENINGS = [
    "Rain fell on the harbour all morning",
    "The ferry schedule was cut by half",
    "Shops on the main square stayed shut",
    "A teachers' strike entered its second week",
    "Fishermen blocked the coastal road at dawn",
    "The regional council postponed its budget vote",
    "Students marched past the old customs house",
]


def _report(n: int, place: dict[str, Any], name: str) -> Article:
    """Report *n* from *place*: police under *name* made arrests there (the event's actor is *name*)."""
    day = n + 1
    return make_article(
        f"{_OPENINGS[n]} in {place['name']}. Police under {name} made arrests near the port.",
        outlet="Coastal Wire",
        published=f"2024-05-{day:02d}",
        entities=[{"name": name}],
        places=[place],
        events=[
            {
                "at": "arrests",
                "type": "COERCE",
                "mode": "arrest",
                "place": "p1",
                "date": f"2024-05-{day:02d}",
                "actor": "e1",
            }
        ],
    )


def _seeded(path: str) -> Store:
    """Two Norwegian reports and one Chilean one, all naming "Oda Lindqvist": one entity, named after
    its Norwegian form (two members against one)."""
    store = Store(path)
    for article in (
        _report(0, _NORWAY, "Oda Lindqvist"),
        _report(1, _NORWAY, "Oda Lindqvist"),
        _report(2, _CHILE, "Oda Lindqvist"),
    ):
        store.add_article(article)
    update_links(store)
    return store


def _entity(store: Store, name: str) -> dict[str, Any]:
    (found,) = [e for e in load_corpus_entities(store) if e["name"] == name]
    return found


def _clusters_of_days(store: Store, days: set[str]) -> list[dict[str, Any]]:
    return sorted((c for c in load_event_clusters(store) if c["date"] in days), key=lambda c: c["date"] or "")


def test_round58_an_entity_that_only_changed_id_leaves_older_event_clusters_alone(tmp_path):
    """Two more Chilean reports make the Chilean form the largest: the entity takes its id, keeps its
    name, and the older reports' events read as before, so none is taken (before: the three older
    articles were affected and their clusters written again); the tables are a full relink's."""
    store = _seeded(str(tmp_path / "a.db"))
    before = _entity(store, "Oda Lindqvist")
    older = _clusters_of_days(store, {"2024-05-01", "2024-05-02", "2024-05-03"})
    assert [c["actor"] for c in older] == ["Oda Lindqvist"] * 3
    new = [_report(3, _CHILE, "Oda Lindqvist"), _report(4, _CHILE, "Oda Lindqvist")]
    for article in new:
        store.add_article(article)
    report = update_links(store)
    after = _entity(store, "Oda Lindqvist")
    assert after["id"] != before["id"]  # named after the Chilean form now
    assert report.articles_affected == 0
    assert _clusters_of_days(store, {"2024-05-01", "2024-05-02", "2024-05-03"}) == older
    full = _seeded(str(tmp_path / "b.db"))
    for article in new:
        full.add_article(article)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)


def test_round58_an_entity_that_changed_name_rewrites_the_older_event_clusters(tmp_path):
    """Three reports write her "Oda M. Lindqvist", one spelling more than the stored one: the entity
    takes that name, and the older events' clusters are written again with it, as a full relink
    writes them."""
    store = _seeded(str(tmp_path / "a.db"))
    new = [_report(n, _NORWAY, "Oda M. Lindqvist") for n in (3, 4, 5, 6)]
    for article in new:
        store.add_article(article)
    report = update_links(store)
    (entity,) = [e for e in load_corpus_entities(store) if "Oda Lindqvist" in (e["name"], *e["aliases"])]
    assert entity["name"] == "Oda M. Lindqvist"
    assert report.articles_affected == 3
    older = _clusters_of_days(store, {"2024-05-01", "2024-05-02", "2024-05-03"})
    assert [c["actor"] for c in older] == ["Oda M. Lindqvist"] * 3
    full = _seeded(str(tmp_path / "b.db"))
    for article in new:
        full.add_article(article)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)
