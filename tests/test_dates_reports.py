"""Dates on whole articles (issue 13): intervals, "November last year", anaphoric years,
articles without a full publication date, years in titles and comparisons.

Every sentence here is written for these tests; each one failed before its rule.
"""

from __future__ import annotations

import pytest

from tally.extract.context import ExtractContext
from tally.extract.dates import extract_dates, normalise_date
from tally.records import DateMention

PUBLISHED = "2022-10-20"  # a Thursday


def _found(nlp, text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    ctx = ExtractContext(doc=nlp(text), entities=None, published=published, embedded=[])
    dates: list[DateMention] = extract_dates(ctx)
    for d in dates:
        assert d.text == text[d.start : d.end]
    return [(d.text, d.value) for d in dates]


# --- intervals: one date, value start/end -------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Nov. 15-18, 2019", None, ("2019-11-15/2019-11-18", "day", "absolute")),
        ("4 to 7 August 2018", None, ("2018-08-04/2018-08-07", "day", "absolute")),
        ("from 1951 to 1960", None, ("1951/1960", "year", "absolute")),
        ("Aug. 4 to 7", PUBLISHED, ("2022-08-04/2022-08-07", "day", "published")),
    ],
)
def test_dates_interval_phrases_normalise(text: str, published: str | None, expected: tuple) -> None:
    assert normalise_date(text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival ran Aug. 4 to 7 in the old harbour.", [("Aug. 4 to 7", "2022-08-04/2022-08-07")]),
        ("The talks were held 3–6 May 2018 in Geneva.", [("3–6 May 2018", "2018-05-03/2018-05-06")]),
        (
            "The museum was closed from March 2 to June 30 for repairs.",
            [("March 2 to June 30", "2022-03-02/2022-06-30")],
        ),
        (
            "Volunteers worked 21-24 September clearing the river.",
            [("21-24 September", "2022-09-21/2022-09-24")],
        ),
        (
            "Schools stayed shut Tuesday to Thursday because of the storm.",
            [("Tuesday to Thursday", "2022-10-18/2022-10-20")],
        ),
        ("The mayor served between 2009 and 2016.", [("2009 and 2016", "2009/2016")]),
        ("The factory operated from 1951 to early 2020.", [("1951 to early 2020", "1951/2020")]),
        (
            "The ferry sailed from December 28 to January 3.",
            [("December 28 to January 3", "2021-12-28/2022-01-03")],
        ),
    ],
)
def test_dates_intervals_are_one_date(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
def test_dates_a_moved_date_is_not_an_interval(nlp) -> None:
    text = "The council postponed the vote from Tuesday to Thursday."
    assert _found(nlp, text) == [("Tuesday", "2022-10-18"), ("Thursday", "2022-10-20")]


@pytest.mark.model
def test_dates_a_range_of_counts_is_not_an_interval(nlp) -> None:
    assert _found(nlp, "Between 1500 and 2000 people marched to the square.") == []


# --- a month or day with "last year", "this year" -----------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge reopened in October last year.", [("October last year", "2021-10")]),
        ("Sales fell sharply on Feb. 9 last year.", [("Feb. 9 last year", "2021-02-09")]),
        ("Elections were held in April this year.", [("April this year", "2022-04")]),
        ("She left the country in January of this year.", [("January of this year", "2022-01")]),
        ("The dam was finished on 2 March last year.", [("2 March last year", "2021-03-02")]),
    ],
)
def test_dates_month_with_a_relative_year_is_one_date(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


# --- "the year before", "the previous year" -----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output grew in 2019 compared with the year before.",
            [("2019", "2019"), ("the year before", "2018")],
        ),
        (
            "In May 2010 the river flooded twice as often as the previous year.",
            [("May 2010", "2010-05"), ("the previous year", "2009")],
        ),
        ("Profits doubled compared with the previous year.", [("the previous year", "2021")]),
    ],
)
def test_dates_previous_year_follows_the_narrative(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


# --- without a full publication date ------------------------------------------------


@pytest.mark.model
def test_dates_a_month_publication_date_gives_the_year(nlp) -> None:
    text = "The decree was signed on January 2. Prices rose last month and fell last year."
    assert _found(nlp, text, "2020-06") == [
        ("January 2", "2020-01-02"),
        ("last month", "2020-05"),
        ("last year", "2019"),
    ]


@pytest.mark.model
def test_dates_without_publication_date_the_article_date_anchors(nlp) -> None:
    text = "The ministry issued its statement on 12 July 2017. Police said they had made arrests yesterday."
    assert _found(nlp, text, None) == [("12 July 2017", "2017-07-12"), ("yesterday", "2017-07-11")]


@pytest.mark.model
def test_dates_a_month_publication_date_defers_days_to_the_article(nlp) -> None:
    text = "Parliament met on June 3, 2020. Police made the first arrests on Monday."
    assert _found(nlp, text, "2020-06") == [("June 3, 2020", "2020-06-03"), ("Monday", "2020-06-01")]


@pytest.mark.model
def test_dates_no_year_is_guessed(nlp) -> None:
    text = "Police made arrests yesterday. The decree was signed on January 2."
    assert _found(nlp, text, "2020-06") == [("yesterday", None), ("January 2", "2020-01-02")]
    assert _found(nlp, text, None) == [("yesterday", None), ("January 2", None)]


# --- other constructions -------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Road deaths fell by a third compared to 2019.", [("2019", "2019")]),
        ("As of 2021, the law bans the practice.", [("2021", "2021")]),
    ],
)
def test_dates_years_after_comparison_and_as_of(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "According to the Global Peace Barometer 2022 released by the institute, violence fell.",
        "The Human Development Report 2021 ranked the country last.",
    ],
)
def test_dates_a_year_in_a_title_is_not_a_date(nlp, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.model
def test_dates_a_year_modifying_a_noun_after_a_name_is_a_date(nlp) -> None:
    text = "The Freedom House 2021 survey ranked the country last."
    assert _found(nlp, text) == [("2021", "2021")]


@pytest.mark.model
def test_dates_a_counted_number_does_not_end_an_interval(nlp) -> None:
    texts = [d for d, _ in _found(nlp, "He was sentenced on Dec. 3 to 10 years in prison.")]
    assert texts == ["Dec. 3"]


@pytest.mark.model
def test_dates_the_day_before_an_event_is_not_anaphoric(nlp) -> None:
    assert _found(nlp, "Crowds gathered the day before the vote.") == []


@pytest.mark.model
def test_dates_an_interval_closed_by_a_year_keeps_its_day_range(nlp) -> None:
    found = _found(nlp, "Riot police cleared the square between March 4 and 9, 2021, witnesses said.")
    assert found == [("March 4 and 9, 2021", "2021-03-04/2021-03-09")]


def test_dates_against_the_articles_own_date_the_nearest_year_either_way(nlp) -> None:
    # No publication date: a yearless day resolves against the article's latest full
    # date, and a story told in the past tense may move on past it, or look back.
    text = (
        "The strike began on 3 October 2021. On 14 January, dockers marched on the port. "
        "On 20 September the union had warned of a walkout."
    )
    found = _found(nlp, text, published=None)
    assert ("14 January", "2022-01-14") in found
    assert ("20 September", "2021-09-20") in found


@pytest.mark.model
def test_dates_a_day_range_after_its_month_is_one_interval(nlp) -> None:
    found = _found(nlp, "Mourners held vigils on March 8-9 in the old town.")
    assert ("March 8-9", "2022-03-08/2022-03-09") in found


# --- weekdays that are names, wire-style month abbreviations ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city's Friday prayer leader condemned the arrests.", []),
        ('Families marked the "Black Sunday" killings of March 4.', [("March 4", "2022-03-04")]),
        ("Hundreds marched in Minsk Sunday.", [("Sunday", "2022-10-16")]),
        ("On Friday, the police withdrew.", [("Friday", "2022-10-14")]),
        ("KESH, Aug 10 (Reuters) - Police fired on the crowd.", [("Aug 10", "2022-08-10")]),
    ],
)
def test_weekdays_in_names_and_titles_and_wire_abbreviations(nlp, text, expected):
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two days apart listed with "and": two dates, the first with the second's month (two days
        # running are one interval since round 17: tests/test_dates_round17.py)
        (
            "Lawyers were held on 11 and 14 September.",
            PUBLISHED,
            [("11", "2022-09-11"), ("14 September", "2022-09-14")],
        ),
        # an offset from the date mentioned before
        (
            "The strike began on 3 October. A second plant closed four days later.",
            PUBLISHED,
            [("3 October", "2022-10-03"), ("four days later", "2022-10-07")],
        ),
        (
            "The strike began on 3 October and ended nearly two weeks later.",
            PUBLISHED,
            [("3 October", "2022-10-03")],
        ),
        # what a "since" counts from has happened, whatever the tense of the clause
        (
            "The union says 40 members have been held since the Dec. 2 raid.",
            "2022-10-20",
            [("Dec. 2", "2021-12-02")],
        ),
        # a weekday named as an event
        ("Police fired on mourners in what became known as Black Tuesday.", PUBLISHED, []),
    ],
)
def test_listed_days_offsets_since_and_named_days(nlp, text, published, expected):
    assert _found(nlp, text, published) == expected


# --- third round: constructions of advocacy reports, wire copy and encyclopaedias ------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In the past two days, more footage has reached the group.",
        "The events of the past three weeks have shaken the town.",
        "Over the past few months, dozens of teachers were detained.",
        "In the past 24 hours, the morgue received eleven bodies.",
    ],
)
def test_dates_the_past_n_units_is_a_duration(nlp, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.model
def test_dates_vague_phrases_are_not_listed(nlp) -> None:
    # placed in time, but no date: the reports guide does not list them either
    text = "Students were recently expelled, and in recent weeks the campus has been quiet."
    assert _found(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Footage showed guards beating inmates on October 4 and 7 in the yard.",
            [("October 4", "2022-10-04"), ("7", "2022-10-07")],
        ),
        (
            "Ballots were burned on Oct. 4 and 7, 2019, the monitors said.",
            [("Oct. 4", "2019-10-04"), ("7, 2019", "2019-10-07")],
        ),
        ("On Oct. 4 and 7 in the capital, crowds fled.", [("Oct. 4", "2022-10-04"), ("7", "2022-10-07")]),
    ],
)
def test_dates_two_days_listed_after_their_month(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
def test_dates_a_day_listed_after_its_month_can_be_a_count(nlp) -> None:
    assert _found(nlp, "On Oct. 4 and 5 people were hurt.") == [("Oct. 4", "2022-10-04")]


@pytest.mark.model
def test_dates_a_day_people_call_by_a_name_is_no_date(nlp) -> None:
    text = "Dozens died in the city in what residents call Black Saturday."
    assert _found(nlp, text) == []


@pytest.mark.model
def test_dates_a_day_before_an_abbreviated_month_without_its_dot(nlp) -> None:
    text = "Posted 3 Feb 2021. The strike began on 28 Jan and ended on 1 Feb at dawn."
    assert _found(nlp, text, None) == [
        ("3 Feb 2021", "2021-02-03"),
        ("28 Jan", "2021-01-28"),
        ("1 Feb", "2021-02-01"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy toured the region in 2011-2012.", [("2011-2012", "2011/2012")]),
        ("The 2015–16 strikes closed the mines.", [("2015–16", "2015/2016")]),
        ("The ledger was closed in 2016-05.", [("2016-05", "2016-05")]),
    ],
)
def test_dates_a_span_of_years_written_as_one_word(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strikes of 1953 were broken by the army.", [("1953", "1953")]),
        # a part of a year is its months since round 42 (still a date, not a count of 2016)
        ("In the second half of 2016 the currency collapsed.", [("second half of 2016", "2016-07/2016-12")]),
        ("The revolution of 1848 spread to many cities.", [("1848", "1848")]),
        ("By 2021, most of the cells were full.", [("2021", "2021")]),
    ],
)
def test_dates_a_year_after_of_a_time_or_event_noun(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The court imposed a fine of 1500 on each family.",
        "A crowd of 2000 gathered.",
        "Fines of 1500 were paid by the families.",
    ],
)
def test_dates_a_count_after_of_is_no_year(nlp, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1953, the army seized the radio station, starting on 19 August.",
            [("1953", "1953"), ("19 August", "1953-08-19")],
        ),
        (
            "In the 2006 vote, riot police cleared the square on polling night, March 19.",
            [("2006", "2006"), ("March 19", "2006-03-19")],
        ),
    ],
)
def test_dates_a_yearless_day_takes_the_year_its_sentence_gave(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound or a comparison is not the time of what follows
        (
            "The marches, the largest since 2011, began on Sept. 16.",
            [("2011", "2011"), ("Sept. 16", "2022-09-16")],
        ),
        # a joined clause has a time of its own
        (
            "The decree signed in 2014 was invoked on March 3 to close the paper.",
            [("2014", "2014"), ("March 3", "2022-03-03")],
        ),
    ],
)
def test_dates_a_year_that_does_not_date_the_day_after_it(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
def test_dates_a_date_in_a_relative_clause_does_not_date_the_main_one(nlp) -> None:
    text = "The editor, whose paper covered the October 2021 vote, was last seen in public in January."
    assert _found(nlp, text) == [("October 2021", "2021-10"), ("January", "2022-01")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Monday: the Saturday before the Wednesday it was written, not before publication
        (
            "The lawyer wrote on Wednesday that her client had been beaten since Saturday.",
            "2022-10-24",
            [("Wednesday", "2022-10-19"), ("Saturday", "2022-10-15")],
        ),
        # a Wednesday: the Monday after the Sunday it was said
        (
            "The minister said on Sunday that the border would reopen on Monday.",
            "2022-10-19",
            [("Sunday", "2022-10-16"), ("Monday", "2022-10-17")],
        ),
    ],
)
def test_dates_a_weekday_in_reported_speech_counts_from_when_it_was_said(
    nlp, text: str, published: str, expected: list
) -> None:
    assert _found(nlp, text, published) == expected


@pytest.mark.model
def test_dates_a_part_of_the_day_is_not_part_of_the_date(nlp) -> None:
    text = "Guards moved him on Tuesday afternoon and questioned him again on Tuesday evening."
    assert _found(nlp, text) == [("Tuesday", "2022-10-18"), ("Tuesday", "2022-10-18")]


@pytest.mark.model
def test_dates_last_night_keeps_its_part_of_the_day(nlp) -> None:
    assert _found(nlp, "Shots were heard last night near the depot.") == [("last night", "2022-10-19")]


@pytest.mark.model
def test_dates_a_month_listed_before_a_month_and_year_takes_its_year(nlp) -> None:
    text = "The purges peaked in March and April 1937."
    assert _found(nlp, text, None) == [("March", "1937-03"), ("April 1937", "1937-04")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege that began on the 4th of March lasted until the 9th.",
            [("4th of March", "2022-03-04"), ("the 9th", "2022-03-09")],
        ),
        ("The town was founded in the 12th century.", []),
        ("Mourners gathered for the 40th day ceremony.", []),
    ],
)
def test_dates_the_nth_is_a_day_of_the_month_mentioned_before(nlp, text: str, expected: list) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.model
def test_dates_days_listed_with_commas_before_their_month(nlp) -> None:
    text = "Strikes closed the port on 2, 3 and 7 May 2021."
    assert _found(nlp, text, None) == [("2", "2021-05-02"), ("3", "2021-05-03"), ("7 May 2021", "2021-05-07")]


@pytest.mark.model
def test_dates_a_date_in_a_participle_phrase_dates_the_report(nlp) -> None:
    # "released on …" is when the figures were given: "in November" is the one before
    text = "The ministry's figures, published on 12 March 2021, said 40 people died in November."
    assert _found(nlp, text, None) == [("12 March 2021", "2021-03-12"), ("November", "2020-11")]


@pytest.mark.model
def test_dates_a_yearless_day_moves_the_story_forward(nlp) -> None:
    # No publication date: "On 2 March" got its year from the story, and is now
    # the latest day the article has given; "last month" counts from it.
    text = (
        "The dockers' strike began on 12 September 2018. On 2 March, the union voted to return. "
        "Last month the port authority had cut their wages."
    )
    found = _found(nlp, text, published=None)
    assert ("2 March", "2019-03-02") in found
    assert ("Last month", "2019-02") in found


@pytest.mark.model
def test_dates_a_look_back_does_not_move_the_story_back(nlp) -> None:
    text = (
        "Teachers walked out on 4 May 2021. They were dismissed on 20 October. "
        "Their union had been registered from 3 to 5 June. The ministry replied last week."
    )
    found = _found(nlp, text, published=None)
    assert ("last week", "2021-W41") in found


@pytest.mark.model
def test_dates_will_points_forward_from_the_storys_own_date(nlp) -> None:
    text = "The tribunal opened its hearings on 6 October 2019. Its judges will give their ruling in April."
    assert ("April", "2020-04") in _found(nlp, text, published=None)


@pytest.mark.model
def test_dates_a_day_range_glued_to_its_month_modifies_a_noun(nlp) -> None:
    # "15-20" before a plural noun looks like a count, but glued to a month it is days
    found = _found(nlp, "The Aug. 4-7 strikes closed the ports, and 3-5 people died.")
    assert found == [("Aug. 4-7", "2022-08-04/2022-08-07")]
    assert _found(nlp, "Judges sentenced them on Dec. 3 to 10 years in prison.") == [("Dec. 3", "2021-12-03")]


@pytest.mark.model
def test_dates_a_year_publication_date_gives_a_yearless_dateline_its_year(nlp) -> None:
    text = "LVIV, June 14 (Reuters) - Officials said on Tuesday that 40 people were held."
    assert ("June 14", "2021-06-14") in _found(nlp, text, "2021")
