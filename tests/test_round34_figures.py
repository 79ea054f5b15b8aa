"""Figures, round 34: gapped counts, whose noun and verb are written once for a series.

Every sentence here was written for tally while reading the errors of the
round-34 tune splits; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_spans

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-09-14"


def _figures(text: str) -> list[tuple[float, str, str]]:
    """(value, category, the record's own span of text) of every figure, offsets checked."""
    return figure_spans(text, _PUBLISHED)


def _values(text: str) -> list[float]:
    return [value for value, _category, _span in _figures(text)]


# --- a running series: "counted six dead geese, then 14, then 35 and finally about 90"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Rangers said they counted six dead geese, then 14, then 35 and finally about 90.", [14, 35, 90]),
        ("Wardens found three stranded whales, then 9, then 20 and finally about 60.", [9, 20, 60]),
    ],
)
def test_a_running_series_counts_each_step(text: str, counts: list[float]) -> None:
    values = _values(text)
    for count in counts:
        assert count in values


# --- a gapped count after "and": "are held at home and one abroad"


def test_a_single_count_after_and_with_its_verb_left_out() -> None:
    text = "Of the nine men charged, six are in detention in Mombasa and one abroad."
    assert (1.0, "detained", "one") in _figures(text)


# --- guards: a count with a verb of its own, an age, a person named, "no one"


def test_a_count_with_its_own_verb_keeps_its_own_category() -> None:
    categories = {
        value: category
        for value, category, _span in _figures(
            "Gunmen killed twelve villagers and wounded 40 more near the ford."
        )
    }
    assert categories.get(12.0) == "killed" and categories.get(40.0) == "injured"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pupils aged 13 and 16 now face trial, their teacher told us.", 16),
        ("The twins, Ana, 11, and her brother, Luis, 7, fled with 30 neighbours.", 7),
        ("Troopers held 20 marchers at dawn and no one after noon.", 1),
        # parts of a count listed one by one, each with its place, are no series
        ("Two more fatalities, one near Bayamo and one outside Tunas, went unlisted by officials.", 1),
    ],
)
def test_ages_and_no_one_stay_no_figure(text: str, count: float) -> None:
    assert count not in _values(text)


# --- property counted when a verb of damage or loss names what happened to it


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Thieves burglarized five homes in the valley this week, deputies said.", 5),
        ("A mudslide buried about 30 houses in the hamlet overnight.", 30),
        ("Artillery shelled 12 shops near the bridge on Sunday.", 12),
    ],
)
def test_property_damaged_or_lost_is_counted(text: str, count: float) -> None:
    assert (count, "other") in [(value, category) for value, category, _span in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The dealer keeps 300 cars on its lot near the ring road.",
        "The chain opened 45 shops across the north last year.",
    ],
)
def test_property_with_no_damage_stays_no_figure(text: str) -> None:
    assert _figures(text) == []
