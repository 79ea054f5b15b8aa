"""Temporal expressions: finding them, and normalising them against the publication date."""

from __future__ import annotations

import time

import pytest

from tally.extract.context import ExtractContext
from tally.extract.dates import extract_dates, normalise_date
from tally.extract.dates.rules import scan
from tally.extract.dates.tokens import tokenize
from tally.records import DateMention, Embedded
from tests.long_texts import collector_paused

# --- normalise_date: no model needed ----------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the cases of issue 6
        ("Last November", "2020-11-05", ("2019-11", "month", "published")),
        ("last Thursday", "2020-11-12", ("2020-11-05", "day", "published")),
        ("a year ago", "2020-11-05", ("2019", "year", "published")),
        ("December 15, 2019", "2020-11-05", ("2019-12-15", "day", "absolute")),
        ("in 1988", "2020-11-05", ("1988", "year", "absolute")),
        ("this year", "2020-11-05", ("2020", "year", "published")),
        # more relative forms
        ("yesterday", "2020-11-05", ("2020-11-04", "day", "published")),
        ("tomorrow", "2020-11-05", ("2020-11-06", "day", "published")),
        ("last night", "2020-11-05", ("2020-11-04", "day", "published")),
        ("three days ago", "2020-11-05", ("2020-11-02", "day", "published")),
        ("two weeks ago", "2020-11-05", ("2020-W43", "week", "published")),
        ("almost four years ago", "2020-11-05", ("2016", "year", "published")),
        ("two months ago", "2020-01-10", ("2019-11", "month", "published")),
        ("last week", "2020-11-05", ("2020-W44", "week", "published")),
        ("this week", "2020-11-05", ("2020-W45", "week", "published")),
        ("next month", "2020-12-05", ("2021-01", "month", "published")),
        ("last year", "2020-01-01", ("2019", "year", "published")),
        ("earlier this month", "2020-11-05", ("2020-11", "month", "published")),
        ("next Friday", "2020-11-05", ("2020-11-06", "day", "published")),
        ("this past weekend", "2020-11-09", ("2020-11-07/2020-11-08", "day", "published")),
        ("last November", "2020-12-01", ("2020-11", "month", "published")),
        ("next March", "2020-11-05", ("2021-03", "month", "published")),
        ("last summer", "2020-11-05", ("2020", "year", "published")),
        ("last summer", "2020-03-01", ("2019", "year", "published")),
        # a yearless date is the nearest such date, leaning to the past
        ("Nov. 3", "2020-11-05", ("2020-11-03", "day", "published")),
        ("Dec. 30", "2021-01-03", ("2020-12-30", "day", "published")),
        ("Jan. 2", "2020-12-31", ("2021-01-02", "day", "published")),
        ("on Monday", "2020-11-05", ("2020-11-02", "day", "published")),
        # absolute forms
        ("15 December 2019", None, ("2019-12-15", "day", "absolute")),
        ("the 15th of December, 2019", None, ("2019-12-15", "day", "absolute")),
        ("2019-12-15", None, ("2019-12-15", "day", "absolute")),
        ("12/15/2019", None, ("2019-12-15", "day", "absolute")),
        ("Monday, Oct. 26, 1998", None, ("1998-10-26", "day", "absolute")),
        ("November 2019", None, ("2019-11", "month", "absolute")),
        ("Nov. of 2019", None, ("2019-11", "month", "absolute")),
        ("the 1990s", None, ("199X", "decade", "absolute")),
        ("the '80s", None, ("198X", "decade", "absolute")),
        ("mid-1990s", None, ("199X", "decade", "absolute")),
        ("late November 2019", None, ("2019-11", "month", "absolute")),
        ("early 2019", None, ("2019", "year", "absolute")),
        ("summer of 1988", None, ("1988", "year", "absolute")),
        ("Christmas 2019", None, ("2019-12-25", "day", "absolute")),
    ],
)
def test_dates_normalise_date(text: str, published: str | None, expected: tuple) -> None:
    assert normalise_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "granularity"),
    [
        ("last Thursday", "day"),
        ("Last November", "month"),
        ("a year ago", "year"),
        ("Nov. 3", "day"),
    ],
)
def test_dates_relative_without_publication_date_stay_unresolved(text: str, granularity: str) -> None:
    assert normalise_date(text, None) == (None, granularity, "none")


@pytest.mark.parametrize("text", ["recently", "in recent weeks", "not long ago", "the future"])
def test_dates_vague_expressions_have_no_value(text: str) -> None:
    assert normalise_date(text, "2020-11-05") == (None, None, "none")


@pytest.mark.parametrize("text", ["three days", "several years", "1,500", "We", "may", "the regime"])
def test_dates_durations_and_non_dates_are_not_dates(text: str) -> None:
    assert normalise_date(text, "2020-11-05") == (None, None, "none")


def test_dates_normalise_date_rejects_a_bad_publication_date() -> None:
    assert normalise_date("yesterday", "5 Nov 2020") == (None, "day", "none")


def test_dates_scan_is_linear_on_long_hostile_input() -> None:
    """No rule looks far ahead: four times the near-dates take at most eight times the CPU time.

    A ratio of CPU times in one run, not a wall-clock limit, so that a busy
    machine cannot fail it (speed itself is measured by ``tally bench``).
    Linear work gives about 4, a quadratic rule 16; 8 sits between them on a
    log scale, and the best of three runs damps a noisy neighbour (CI once
    saw 6.8 from two runs of a linear scan).
    """
    unit = "on 12 / 11 / 1 , 2019 - 11 - last the next 1990 s ' 9 May "

    def cpu(copies: int) -> float:
        tokens = tokenize(unit * copies)
        with collector_paused():
            started = time.process_time()
            scan(tokens)
            return time.process_time() - started

    cpu(200)  # warm up
    runs = [(cpu(900), cpu(3600)) for _ in range(3)]  # in turn, so a burst of load falls on both lengths
    small, large = min(run[0] for run in runs), min(run[1] for run in runs)
    assert large <= 8 * max(small, 0.01), (small, large)


# --- extract_dates: with the model ------------------------------------------


def _extract(nlp, text: str, published: str | None = None, embedded=None) -> list[DateMention]:
    ctx = ExtractContext(doc=nlp(text), entities=None, published=published, embedded=embedded or [])
    dates = extract_dates(ctx)
    for d in dates:
        assert d.text == text[d.start : d.end]
    return dates


def _found(dates: list[DateMention]) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in dates]


@pytest.mark.model
def test_dates_years_are_told_from_counts(nlp) -> None:
    text = (
        "Security forces killed 1500 protesters and the death toll of 1500 was confirmed. "
        "In 1988 thousands of prisoners were executed, a year after the 1987 uprising."
    )
    assert _found(_extract(nlp, text, "2020-11-05")) == [("1988", "1988"), ("1987", "1987")]


@pytest.mark.model
def test_dates_year_modifying_a_noun(nlp) -> None:
    text = "Iran had its biggest uprising since the 1979 revolution, the opposition said."
    assert _found(_extract(nlp, text)) == [("1979", "1979")]


@pytest.mark.model
def test_dates_year_ranges_and_lists(nlp) -> None:
    text = (
        "The sniper struck between 1994 and 1997, and again in 1999, 2000 and 2002. "
        "Between 1500 and 2000 people marched."
    )
    values = [d.value for d in _extract(nlp, text)]
    assert values == ["1994/1997", "1999", "2000", "2002"]


@pytest.mark.model
def test_dates_ignores_words_dateparser_would_take(nlp) -> None:
    text = "We must act, and we may not wait. The Sunday Times said so. March with us, said April Ryan."
    assert _extract(nlp, text, "2020-11-05") == []


@pytest.mark.model
def test_dates_splits_a_noisy_entity(nlp) -> None:
    """The sm model tags "2020-11-05 Last November" as one DATE: it is two."""
    text = "People's Mojahedin – YouTube date 2020-11-05 Last November, Iran had its biggest uprising."
    dates = _extract(nlp, text, "2020-11-05")
    assert [(d.text, d.value, d.anchor) for d in dates] == [
        ("2020-11-05", "2020-11-05", "absolute"),
        ("Last November", "2019-11", "published"),
    ]


@pytest.mark.model
def test_dates_ages_and_durations_are_not_dates(nlp) -> None:
    text = "They arrested 116 children between 15 and 18 during three days of protests that lasted for weeks."
    assert _extract(nlp, text, "2020-11-05") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The protesters gathered in the square on Monday.", "2020-11-02"),
        ("The court will hear the case on Monday.", "2020-11-09"),
        ("The judge is expected to rule on Monday.", "2020-11-09"),
        ("The protests began in October.", "2020-10"),
        ("The summit will be held in March.", "2021-03"),
    ],
)
def test_dates_tense_decides_last_or_next(nlp, sentence: str, value: str) -> None:
    # published on a Thursday
    (date,) = _extract(nlp, sentence, "2020-11-05")
    assert date.value == value


@pytest.mark.model
def test_dates_last_thursday_needs_a_publication_date(nlp) -> None:
    text = "This was what the judiciary chief said last Thursday."
    (undated,) = _extract(nlp, text)
    assert (undated.value, undated.anchor, undated.granularity) == (None, "none", "day")
    (dated,) = _extract(nlp, text, "2020-11-12")
    assert (dated.value, dated.anchor) == ("2020-11-05", "published")


@pytest.mark.model
def test_dates_embedded_post_resolves_against_its_own_date(nlp) -> None:
    article = "The regime arrested children last week. "
    post = "Officials said yesterday that 116 children were held. — Iran Freedom (@x) November 1, 2020"
    text = article + post
    embedded = [Embedded(start=len(article), end=len(text), author="Iran Freedom", date="2020-11-01")]
    dates = _extract(nlp, text, "2020-11-20", embedded)
    assert [(d.text, d.value) for d in dates] == [
        ("last week", "2020-W46"),
        ("yesterday", "2020-10-31"),
        ("November 1, 2020", "2020-11-01"),
    ]


@pytest.mark.model
def test_dates_embedded_post_without_date_stays_unresolved(nlp) -> None:
    article = "The regime arrested children. "
    post = "Officials said yesterday that 116 children were held."
    text = article + post
    embedded = [Embedded(start=len(article), end=len(text))]
    (date,) = _extract(nlp, text, "2020-11-20", embedded)
    assert (date.text, date.value, date.anchor) == ("yesterday", None, "none")


@pytest.mark.model
def test_dates_month_takes_the_sentence_date_as_reference(nlp) -> None:
    text = "Reuters confirmed in a report on December 23, 2019, the toll of the November protests."
    dates = _extract(nlp, text, "2020-11-05")
    assert _found(dates) == [("December 23, 2019", "2019-12-23"), ("November", "2019-11")]


@pytest.mark.model
def test_dates_anaphoric_day_follows_the_previous_date(nlp) -> None:
    text = "Protests broke out on November 15, 2019. The next day the internet was cut off."
    dates = _extract(nlp, text, "2020-11-05")
    assert _found(dates) == [("November 15, 2019", "2019-11-15"), ("The next day", "2019-11-16")]


@pytest.mark.model
def test_dates_vague_ones_are_not_listed(nlp) -> None:
    text = "146 people were arrested by security forces recently, the police chief said."
    assert _extract(nlp, text, "2020-11-12") == []
