"""Grouping, round 54: items with a wide period ("this year", "since 2010") are placed after narrower ones.

Claims and event clusters are complete-linkage groups in an order of the items. Before this round
that order took wide periods first, so a new "this year" count opened its group before every
narrower count of its block in that year, and replay had to compare each of those again: a batch's
cost grew with the stored year. Wide items are now placed last (:func:`tally.link.grouping._tier_key`):
they join the groups narrower reports made, or open their own. Each test writes its own items; the
equality tests compare replay and an incremental update with grouping anew and a full relink.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tally.link import load_claims, load_event_clusters, relink, update_links
from tally.link.claims import figures_compatible
from tally.link.grouping import WIDE_PERIOD_DAYS, group, replay
from tally.store import Store
from tests._linkdata import BEHBEHAN, IRAN, TEHRAN, make_article
from tests.conftest import second_database, seeds_on_both_stores
from tests.test_link_round11 import _Block, _names, _stored_groups


def _figure(n: int, place: list[str], first: str, last: str, subject: str | None = "people") -> dict:
    return {
        "doc": f"d{n:04d}",
        "figure": f"f{n}",
        "category": "killed",
        "place": place,
        "period": [first, last],
        "subject_class": subject,
    }


def test_link_round54_a_wide_count_does_not_split_the_reports_of_one_day():
    """A national count of one day and a city's count of the same day are one claim; a province's
    count "this year" is compatible with the national one but not with the city's (another
    province). Taken first, the year's count joined the national report and kept the city's out;
    taken last, it finds the day's claim holds a place it does not contain and stands apart."""
    national = _figure(1, ["IR"], "2024-03-02", "2024-03-08")
    city = _figure(2, ["IR", "Tehran", "Evin"], "2024-03-04", "2024-03-10")
    year = _figure(3, ["IR", "Khuzestan"], "2023-12-29", "2025-01-03")
    groups = _names(group([year, city, national], figures_compatible, "figure"))
    assert groups == {frozenset({"d0001:f1", "d0002:f2"}), frozenset({"d0003:f3"})}


def test_link_round54_a_wide_count_joins_the_first_claim_that_takes_it():
    """Two counts of different weeks in one town are two claims; the town's count of the year meets
    both and joins the first (by place depth, then article), as it did when it came first."""
    march = _figure(4, ["IR", "Tehran"], "2024-03-01", "2024-03-07")
    june = _figure(5, ["IR", "Tehran"], "2024-06-01", "2024-06-07")
    year = _figure(6, ["IR", "Tehran"], "2024-01-01", "2024-12-31")
    groups = _names(group([june, year, march], figures_compatible, "figure"))
    assert groups == {frozenset({"d0004:f4", "d0006:f6"}), frozenset({"d0005:f5"})}


def _year_of_counts(rng: random.Random, n: int) -> list[dict]:
    """*n* counts of a few days each, spread over one year, in a few places of one country."""
    places = [["IR"], ["IR", "Tehran"], ["IR", "Khuzestan", "Behbehan"], ["IR", "Tehran", "Evin"]]
    items = []
    for k in range(n):
        first = date(2024, 1, 1) + timedelta(days=rng.randint(0, 360))
        last = first + timedelta(days=rng.choice([0, 2, 6]))
        items.append(
            _figure(k, rng.choice(places), first.isoformat(), last.isoformat(), rng.choice([None, "people"]))
        )
    return items


def test_link_round54_a_new_count_of_the_year_reads_few_stored_counts():
    """A new count "this year" in a block of 500 stored counts of that year reads a few of them: it
    is compared with the claims its year meets until one takes it. When wide periods came first it
    reopened the order before all 500, and every one of them was read and compared again."""
    rng = random.Random(54)
    stored_items = _year_of_counts(rng, 500)
    new = _figure(900, ["IR"], "2024-01-01", "2024-12-31")  # the whole country, the whole year
    old_group = _stored_groups(stored_items, figures_compatible)
    stored = _Block(stored_items, old_group)
    result = replay([new], set(), stored, figures_compatible, "figure")
    kept = [
        [stored.items[n] for n in names]
        for gid, names in stored.by_group.items()
        if gid not in result.replaced
    ]
    assert _names(kept + result.groups) == _names(group([*stored_items, new], figures_compatible, "figure"))
    assert len(stored.read) < 25, len(stored.read)


def test_link_round54_a_new_count_of_a_day_reads_the_wide_counts_it_meets_only():
    """A new count of one day in a block of dated counts and counts of the year reads the counts
    near its day and the wide ones, not the block."""
    rng = random.Random(7)
    stored_items = _year_of_counts(rng, 400)
    for k in range(400, 420):  # counts of the year, here and there
        stored_items.append(_figure(k, rng.choice([["IR"], ["IR", "Tehran"]]), "2024-01-01", "2024-12-31"))
    new = _figure(901, ["IR", "Tehran"], "2024-07-10", "2024-07-12")
    old_group = _stored_groups(stored_items, figures_compatible)
    stored = _Block(stored_items, old_group)
    result = replay([new], set(), stored, figures_compatible, "figure")
    kept = [
        [stored.items[n] for n in names]
        for gid, names in stored.by_group.items()
        if gid not in result.replaced
    ]
    assert _names(kept + result.groups) == _names(group([*stored_items, new], figures_compatible, "figure"))
    assert len(stored.read) < 60, len(stored.read)


def _random_width(rng: random.Random) -> int:
    """Days a random period spans: a day, a week, a month, around the wide threshold, a year, a decade."""
    return rng.choice(
        [0, 0, 6, 30, 60, WIDE_PERIOD_DAYS - 1, WIDE_PERIOD_DAYS, WIDE_PERIOD_DAYS + 1, 365, 3650]
    )


def test_link_round54_replay_with_wide_and_narrow_periods_equals_grouping_anew():
    """Blocks of counts whose periods are on both sides of the wide threshold (and exactly on it),
    with new counts of either kind: replay gives exactly :func:`group`'s groups."""
    for seed in range(80):
        rng = random.Random(seed)
        items = []
        for k in range(rng.randint(5, 120)):
            first = date(2023, 6, 1) + timedelta(days=rng.randint(0, 500))
            last = first + timedelta(days=_random_width(rng))
            place = rng.choice([["IR"], ["IR", "Tehran"], ["IR", "Khuzestan"], ["IR", "Tehran", "Evin"]])
            items.append(
                _figure(k, place, first.isoformat(), last.isoformat(), rng.choice([None, "people", "child"]))
            )
        old = [f for f in items if rng.random() < 0.8]
        stored = _Block(old, _stored_groups(old, figures_compatible))
        fresh = [f for f in items if f not in old]
        result = replay(fresh, set(), stored, figures_compatible, "figure")
        kept = [
            [stored.items[n] for n in names]
            for gid, names in stored.by_group.items()
            if gid not in result.replaced
        ]
        assert _names(kept + result.groups) == _names(group(items, figures_compatible, "figure")), seed


def _article(n: int, rng: random.Random):
    """Article *n*, published some day of 2024: counts in Iran, Tehran or Behbehan dated to the day, the
    month, the year ("2024"), a stretch of years, or not at all."""
    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 360))
    text = f"Report {n} from Iran, Tehran and Behbehan"
    figures = []
    for k in range(rng.randint(1, 3)):
        text += f". Some {n * 10 + k + 7} were killed (item {k})"
        when = rng.choice([day.isoformat(), day.isoformat()[:7], "2024", "2024", "2023/2024", None])
        figures.append(
            {
                "at": f"{n * 10 + k + 7}",
                "value": rng.choice([n * 10 + k + 7, 40]),
                "category": "killed",
                "subject": rng.choice(["people", "children"]),
                "date": when,
                "place": rng.choice(["p1", "p2", "p3"]),
            }
        )
    return make_article(
        text + ".",
        outlet=rng.choice(["IranWire", "Hengaw", None]),
        published=day.isoformat(),
        places=[IRAN, TEHRAN, BEHBEHAN],
        figures=figures,
    )


@seeds_on_both_stores(54, 55)
def test_link_round54_batches_with_counts_of_the_year_equal_full_relink(seed, db, tmp_path, request):
    """Counts of the year, of stretches of years and of days, added in random batches and linked
    incrementally, give the claims of a full relink at every check."""
    rng = random.Random(seed)
    articles = [_article(n, rng) for n in range(60)]
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
        if checkpoint % 3 == 0 or start >= len(articles):
            relink(full)
            assert load_claims(step) == load_claims(full), f"after {start} articles"
            assert load_event_clusters(step) == load_event_clusters(full)
    assert any(len(c["figures"]) > 1 for c in load_claims(step))
    step.close()
    full.close()
