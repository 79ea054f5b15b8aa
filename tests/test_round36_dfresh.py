"""Dates, thirty-sixth round (fresh text): a pair of years before a period that spans them.

"the 2010-11 school year", "its 2003-04 budget year", "the 2011-12 season": a
four-digit year, a hyphen and the next year's last two digits, before a noun of
a period that runs over the turn of the year, is that span of two years, not
the ISO month "2010-11". Every sentence here is written for these tests (none
is adapted from an article); each failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The board cut teachers' pay for the 2010-11 school year.",
            "2010-05-04",
            [("2010-11", "2010/2011")],
        ),
        (
            "The county adopted its 2003-04 budget year plan on Tuesday.",
            "2003-06-12",
            [("2003-04", "2003/2004"), ("Tuesday", "2003-06-10")],
        ),
        (
            "Their coach left after the 2011-12 season ended in defeat.",
            "2012-07-01",
            [("2011-12", "2011/2012")],
        ),
        (
            "The council approved the 2008-09 fiscal budget.",
            "2008-04-01",
            [("2008-09", "2008/2009")],
        ),
    ],
)
def test_year_pair_before_a_period_is_two_years(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # guards: an ISO month stays a month, and so does one before a noun of no period
        (
            "Prices rose sharply in 2010-11, the ministry's table shows.",
            "2011-02-01",
            [("2010-11", "2010-11")],
        ),
        ("The 2010-11 report on prices was published late.", "2011-02-01", [("2010-11", "2010-11")]),
        # guard: the months are not the next year's digits, so a month
        ("The 2010-05 season of rains was short.", "2011-02-01", [("2010-05", "2010-05")]),
        # guard: a full ISO day
        ("The school year began on 2010-11-02 after a strike.", "2011-02-01", [("2010-11-02", "2010-11-02")]),
        # guard: a span with a two-digit end over 12 was already two years
        ("The 2019-20 school year was cut short.", "2020-06-01", [("2019-20", "2019/2020")]),
    ],
)
def test_year_pair_guards(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected
