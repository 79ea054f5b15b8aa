"""Dates, thirty-eighth round (fresh text): articles with no full publication date.

Without a full publication date a relative or yearless expression resolves
against the latest full date the article gives before it, or the year a month
written with its year sets. Three constructions of English whose date is no
time of the story, read on the tune halves run with only their month or none:

- a date of birth ("Ann Lee, born March 3, 1948, …"): an obituary's
  background, which must not date "Her funeral was Saturday";
- a day after the publication month ("the May 9 election" in an article of
  March): what is scheduled, not the time of writing, so "The deadline is
  Thursday" is a Thursday of March, no day of it known;
- a month with its year that is the base of a comparison ("up 12 percent from
  October 2019", "compared with March 2018"): a figure's reference, which
  gives the yearless months after it no year.

Every sentence here is written for these tests (none is adapted from an
article); each failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


def _valued(nlp, text: str, published: str | None) -> dict[str, str | None]:
    return dict(_dates(nlp, text, published))


@pytest.mark.parametrize("published", [None, "2021-06"])
def test_a_birth_date_does_not_date_the_story(nlp, published):
    text = "Anna Kovacs, born March 3, 1948, taught music in Szeged for forty years. Her funeral was held on Saturday."
    found = _valued(nlp, text, published)
    assert found["March 3, 1948"] == "1948-03-03"
    assert found["Saturday"] is None


@pytest.mark.parametrize("published", [None, "2021-06"])
def test_a_birth_date_after_born_on_does_not_date_the_story(nlp, published):
    text = "The painter was born on 9 May 1931 in a village near Cluj. He died on Tuesday at his home."
    assert _valued(nlp, text, published)["Tuesday"] is None


def test_guards_a_birth_date_and_the_story(nlp):
    # guards: with a full publication date nothing changes; a story's own full date still anchors
    text = "Anna Kovacs, born March 3, 1948, taught music in Szeged for forty years. Her funeral was held on Saturday."
    assert _valued(nlp, text, "2021-06-10")["Saturday"] == "2021-06-05"
    text = "The vigil was held on 3 March 2021 in the square. Her funeral was held on Saturday."
    assert _valued(nlp, text, None)["Saturday"] is not None


def test_a_day_after_the_publication_month_is_not_the_time_of_writing(nlp):
    text = "Nine candidates have filed for the May 9 election. The deadline to register is Thursday."
    found = _valued(nlp, text, "2021-03")
    assert found["May 9"] == "2021-05-09"
    assert found["Thursday"] is None


def test_guard_a_day_in_the_publication_month_anchors(nlp):
    text = "Police detained 40 students on March 12. They were released on Monday."
    found = _valued(nlp, text, "2021-03")
    assert found["March 12"] == "2021-03-12"
    assert found["Monday"] is not None


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Shops sold 40 bicycles, up 12 percent from October 2019. In November, sales fell.", "November"),
        (
            "Exports fell 3 percent compared with March 2018, the ministry said. In April, imports rose.",
            "April",
        ),
        ("Home sales were down 9 percent from the number sold in May 2016. Prices rose in June.", "June"),
    ],
)
def test_the_base_of_a_comparison_gives_later_months_no_year(nlp, text, month):
    assert _valued(nlp, text, None)[month] is None


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        # guards: a month with its year that dates its clause still sets the year
        ("In March 2018, exports fell by 3 percent. In April, imports rose.", "April", "2018-04"),
        (
            "Protesters marched from the square in May 2016. In June, the police cleared the camp.",
            "June",
            "2016-06",
        ),
    ],
)
def test_guards_a_month_that_dates_its_clause_sets_the_year(nlp, text, month, value):
    assert _valued(nlp, text, None)[month] == value


def test_a_month_inside_a_bound_gives_later_days_no_year(nlp):
    text = (
        "The dealer has sold 9,000 cars since opening in April of 2005. On March 4, it announced a new lot."
    )
    found = _valued(nlp, text, None)
    assert found["April of 2005"] == "2005-04"
    assert found["March 4"] is None


def test_guard_a_month_dating_its_clause_sets_the_year(nlp):
    text = "In April 2005, the dealer opened its doors. On May 4, it sold its first car."
    assert _valued(nlp, text, None)["May 4"] == "2005-05-04"
