"""Claims regrouped by replay when periods are on both sides of half a year (round 54).

Round 54 tried placing items whose period is wider than half a year ("this year", "since 2010")
after the narrower ones, so that a new wide count would not reopen the order before a year of its
block; measured on the generated corpus it moved replay's work rather than removing it (the
changed narrow groups then reached the stored wide items) and was dropped (docs/history/speed.md,
round 54). These tests stay: replay and an incremental update give grouping anew's and a full
relink's claims when new and stored counts have periods of days, weeks, months, about half a year,
years and decades, and a new count of one day reads the stored counts near its day, not the block.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tally.link import load_claims, load_event_clusters, relink, update_links
from tally.link.claims import figures_compatible
from tally.link.grouping import group, replay
from tally.store import Store
from tests._linkdata import BEHBEHAN, IRAN, TEHRAN, make_article
from tests.conftest import second_database, seeds_on_both_stores
from tests.test_link_round11 import _Block, _names, _stored_groups

#: the threshold round 54 tried (periods on both sides of it and on it are drawn)
_HALF_YEAR = 183


def _figure(n: int, place: list[str], first: str, last: str, subject: str | None = "people") -> dict:
    return {
        "doc": f"d{n:04d}",
        "figure": f"f{n}",
        "category": "killed",
        "place": place,
        "period": [first, last],
        "subject_class": subject,
    }


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


def test_link_round54_a_new_count_of_a_day_reads_the_counts_near_its_day():
    """A new count of one day in a block of 400 counts of a few days and 20 counts of the year reads
    the counts near its day and the groups it may join, not the block."""
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
    return rng.choice([0, 0, 6, 30, 60, _HALF_YEAR - 1, _HALF_YEAR, _HALF_YEAR + 1, 365, 3650])


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
