"""Dates of real crackdown reports, seventh round.

Written from probe articles of our own in the held-out genres (an AFP dateline
story from Nairobi, an Amnesty release dated only by its month, a live blog
with an "Updated" stamp, an encyclopaedia page with an infobox, state media
from Zahedan, a Reuters story from Almaty, an opposition site's anniversary
report). Every sentence here is written for these tests; each one failed
before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- the tense of a date on the occasion of the verb ------------------------------------------


def test_a_weekday_on_the_occasion_of_a_past_verb_is_past(nlp) -> None:
    # "In an interview on Monday, he called": the interview is when he called, so Monday is past
    text = "In an interview on Monday, the governor called for calm in the province."
    assert _dates(nlp, text, "2022-11-20") == [("Monday", "2022-11-14")]


def test_a_weekday_of_a_raid_during_which_police_acted_is_past(nlp) -> None:
    text = "During a raid on Tuesday, officers arrested a dozen students in their dormitory."
    assert _dates(nlp, text, "2022-11-20") == [("Tuesday", "2022-11-15")]


def test_a_date_of_a_noun_the_verb_acts_on_keeps_its_own_time(nlp) -> None:
    # a guard (passed before): "set a deadline for Monday" looks ahead whatever the tense of "set"
    text = "The court set a hearing on Monday for the detained lawyers."
    assert _dates(nlp, text, "2022-11-20") == [("Monday", "2022-11-21")]


# --- a date in a participle phrase on a noun --------------------------------------------------


def test_a_month_in_a_participle_phrase_does_not_place_the_weekday_of_the_main_clause(nlp) -> None:
    # "relatives of students killed in November 2019 gathered on Friday": the Friday before publication
    text = "Relatives of students killed in November 2019 gathered outside the court on Friday."
    found = _dates(nlp, text, "2022-11-20")
    assert ("November 2019", "2019-11") in found
    assert ("Friday", "2022-11-18") in found


# --- names that hold a date --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 30 June Coalition called for a general strike.",
        "Members of the April 6 Youth Movement handed out leaflets.",
        "The 1 November Committee, formed by relatives of detainees, met in secret.",
    ],
)
def test_a_day_naming_an_organisation_is_no_date(nlp, text: str) -> None:
    # a day and month before a capitalised group word is the group's name
    assert _dates(nlp, text, "2022-11-20") == []


def test_a_day_whose_abbreviation_ends_the_sentence_before_a_group_word_is_a_date(nlp) -> None:
    # a guard: the dot of "Aug." ends the sentence, and "Police" opens the next one
    text = "He was freed on the 9th of Aug. Police said he had been beaten."
    assert _dates(nlp, text, "2020-09-10") == [("9th of Aug.", "2020-08-09")]


def test_a_day_before_a_common_event_noun_is_still_a_date(nlp) -> None:
    # a guard (passed before): "the 3 June massacre" dates the massacre
    text = "Survivors of the 3 June massacre gave evidence on Monday."
    assert ("3 June", "2022-06-03") in _dates(nlp, text, "2022-11-20")


@pytest.mark.parametrize(
    "text",
    [
        "Bloody Friday in Zahedan left dozens of worshippers dead.",
        "Black Friday remains the bloodiest day of the revolution.",
    ],
)
def test_a_weekday_named_by_an_adjective_opening_the_sentence_is_no_date(nlp, text: str) -> None:
    assert _dates(nlp, text, "2022-11-20") == []


def test_a_weekday_after_a_capitalised_time_word_is_a_date(nlp) -> None:
    # a guard (passed before): "Late Friday" and "Last Friday" place the day in time
    text = "Late Friday, police fired tear gas. Last Sunday, shops stayed closed."
    assert _dates(nlp, text, "2022-11-20") == [("Friday", "2022-11-18"), ("Last Sunday", "2022-11-13")]


# --- earlier in the month ----------------------------------------------------------------------


def test_earlier_in_the_month_is_the_month_of_the_story(nlp) -> None:
    text = "The strike began on 15 November. Earlier in the month, merchants had shut the bazaar."
    found = _dates(nlp, text, "2022-11-20")
    assert ("Earlier in the month", "2022-11") in found


def test_later_in_the_year_is_the_year_of_the_story(nlp) -> None:
    text = "Troops fired on the crowd on 3 June 2019. Later in the year, a transitional council was formed."
    found = _dates(nlp, text, None)
    assert ("Later in the year", "2019") in found


# --- ordinal words for days --------------------------------------------------------------------


def test_the_nth_day_of_a_month_is_that_day(nlp) -> None:
    text = "The sit-in began on the sixth day of April 2019 outside the army headquarters."
    assert _dates(nlp, text, "2020-06-03") == [("sixth day of April 2019", "2019-04-06")]


def test_the_nth_day_of_a_month_without_its_year(nlp) -> None:
    text = "Students walked out on the third day of October, a teacher said."
    assert _dates(nlp, text, "2022-11-20") == [("third day of October", "2022-10-03")]


def test_the_nth_day_of_protests_is_no_calendar_date(nlp) -> None:
    # a guard (passed before): counted from an event, not a day of a month
    text = "On the fifth day of protests, police fired live rounds."
    assert _dates(nlp, text, "2022-11-20") == []


def test_a_part_of_the_day_of_an_ordinal_word_is_that_day_of_the_month(nlp) -> None:
    # "the evening of the fourth": the fourth of the month just mentioned
    text = (
        "Protests began in Zhanaozen on Jan. 2. "
        '"Everything was quiet until the evening of the fourth," one resident said.'
    )
    found = _dates(nlp, text, "2022-01-15")
    assert ("the fourth", "2022-01-04") in found


def test_an_ordinal_word_that_counts_is_no_day(nlp) -> None:
    # a guard: "the fourth time", "for the second" are no days of the month
    text = "Protests began on Jan. 2. Police raided the office for the second time on the evening of Jan. 5."
    found = _dates(nlp, text, "2022-01-15")
    assert found == [("Jan. 2", "2022-01-02"), ("Jan. 5", "2022-01-05")]


# --- a publication date known only to its month ------------------------------------------------


def test_a_past_yearless_day_after_a_month_only_publication_date_is_before_it(nlp) -> None:
    # published "2020-06": a July that has passed is the July before, not the one ahead
    text = (
        "Security forces stormed the sit-in on 3 June 2019. "
        "Internet access was cut and was not restored until 9 July."
    )
    found = _dates(nlp, text, "2020-06")
    assert ("9 July", "2019-07-09") in found


def test_a_future_yearless_day_after_a_month_only_publication_date_is_ahead(nlp) -> None:
    # a guard (passed before): "will gather on 30 June" in a release of June
    text = "Protesters will gather again on 30 June, the anniversary of the march."
    assert _dates(nlp, text, "2020-06") == [("30 June", "2020-06-30")]


def test_earlier_in_the_month_after_a_mere_year_is_not_listed(nlp) -> None:
    # no month to be in: placed nowhere, so not listed with an empty value
    text = "This year, arrests began earlier in the month, activists said."
    assert _dates(nlp, text, "2021-11-15") == [("This year", "2021")]


# --- a date on the line above ------------------------------------------------------------------


def test_a_weekday_after_an_embedded_posts_signature_counts_from_publication(nlp) -> None:
    # the post's date ends its own line; the report's Wednesday is the one before publication
    text = (
        "Mobile data is down across Kurdistan province.\n"
        "— NetBlocks (@netblocks) November 16, 2022\n"
        "Authorities cut mobile data again on Wednesday, residents said."
    )
    found = _dates(nlp, text, "2022-12-01")
    assert ("Wednesday", "2022-11-30") in found


# --- an anniversary piece tells the story of another year ---------------------------------------


def test_a_yearless_day_just_after_a_full_date_of_another_year_continues_it(nlp) -> None:
    text = (
        "On 5 January 2022, troops entered Almaty after a night of looting. "
        "At dawn on 6 January, shooting resumed near the main square."
    )
    found = _dates(nlp, text, "2023-01-15")
    assert ("6 January", "2022-01-06") in found


def test_a_yearless_day_far_from_the_full_date_of_another_year_is_of_publication(nlp) -> None:
    # a guard (passed before): months later, the day is this year's
    text = (
        "The unrest began on 2 January 2022 in Zhanaozen. "
        "Relatives laid flowers in the square on 20 February, police said."
    )
    found = _dates(nlp, text, "2023-03-15")
    assert ("20 February", "2023-02-20") in found


# --- a dateline or stamp is the time of writing --------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "NAIROBI, June 25, 2024 (AFP) - ",
        "Updated 6:41 PM GMT+3, June 25, 2024\n\n",
        "Tehran, 25 June 2024 (IRNA) – ",
        "Statement\nJune 25, 2024\n\n",
    ],
)
def test_a_past_weekday_after_a_dateline_without_publication_date_lies_before_it(nlp, head: str) -> None:
    # a Thursday two days after the dateline's Tuesday, or five before it: the clause says before
    # (the state-media dateline passed before, by another path)
    text = head + "Demonstrations had been largely peaceful until Thursday, when police used tear gas."
    found = _dates(nlp, text, None)
    assert found[-1][1] == "2024-06-20"


def test_a_weekday_after_a_dated_story_sentence_goes_either_way(nlp) -> None:
    # a guard (passed before): a date the story gives is no time of writing; the story goes on after it
    text = "On 9 August 2020, polls closed in Belarus. Police fired on crowds on Tuesday."
    assert _dates(nlp, text, None) == [("9 August 2020", "2020-08-09"), ("Tuesday", "2020-08-11")]


# --- a part of the day before, a season across two years -----------------------------------------


def test_the_night_before_is_the_day_before_the_date_given(nlp) -> None:
    text = "The Law Society said on Monday that protesters had been abducted the night before."
    found = _dates(nlp, text, "2024-06-25")
    assert ("the night before", "2024-06-23") in found


def test_the_night_before_an_event_is_not_anaphoric(nlp) -> None:
    # a guard (passed before): "the night before the vote" counts from the vote
    text = "Police raided the office on Monday, the night before the vote."
    assert _dates(nlp, text, "2024-06-25") == [("Monday", "2024-06-24")]


def test_a_season_across_two_years_is_their_interval(nlp) -> None:
    text = "By the winter of 2020–21, street protests in Minsk had shrunk."
    assert _dates(nlp, text, None) == [("winter of 2020–21", "2020/2021")]


def test_a_weekday_a_strike_was_called_for_after_a_dateline_lies_ahead(nlp) -> None:
    # "called a strike for Thursday": the time set, not the time of calling
    text = "NAIROBI, June 25, 2024 (AFP) - Civil society groups called a national strike for Thursday."
    assert _dates(nlp, text, None)[-1] == ("Thursday", "2024-06-27")


def test_a_weekday_a_strike_was_called_for_after_publication_lies_ahead(nlp) -> None:
    # the same with a publication date: the past verb of setting does not make the day past
    text = "Civil society groups called a national strike for Thursday."
    assert _dates(nlp, text, "2024-06-25") == [("Thursday", "2024-06-27")]


# --- a night written as the two days it spans ---------------------------------------------------


def test_a_night_written_with_a_slash_is_the_interval_of_its_two_days(nlp) -> None:
    text = "On the night of 21/22 September, police raided the dormitories of Sharif University."
    assert _dates(nlp, text, "2022-10-01") == [("21/22 September", "2022-09-21/2022-09-22")]


def test_a_slashed_day_and_month_number_is_no_night(nlp) -> None:
    # a guard (passed before): "21/09/2022" is one day
    text = "She was arrested on 21/09/2022 in Tehran."
    assert _dates(nlp, text, "2022-10-01") == [("21/09/2022", "2022-09-21")]


@pytest.mark.parametrize(
    "text",
    [
        "Clerics condemned Zahedan's Bloody Friday in their sermons.",
        "Protests spread to Baluch towns after Bloody Friday in Zahedan.",
    ],
)
def test_a_weekday_named_by_an_adjective_inside_the_sentence_is_no_date(nlp, text: str) -> None:
    # (the second passed before: the tagger calls it an organisation there)
    assert _dates(nlp, text, "2022-10-05") == []


def test_a_weekday_after_a_place_is_a_date(nlp) -> None:
    # a guard (passed before): "rallied in Kyiv Sunday" is a place, then the day
    text = "Thousands rallied in Minsk Sunday, witnesses said."
    assert _dates(nlp, text, "2022-10-05") == [("Sunday", "2022-10-02")]


def test_a_range_of_two_days_glued_by_a_dash_across_months(nlp) -> None:
    # the tagger reads "September–3" as one name; the dash makes it a range
    text = "Police said the 16 September–3 October 2022 period saw 150 deaths."
    assert _dates(nlp, text, "2022-10-05") == [("16 September–3 October 2022", "2022-09-16/2022-10-03")]


# --- a quote said on another day ----------------------------------------------------------------


def test_since_a_weekday_in_a_quote_counts_from_the_day_it_was_said(nlp) -> None:
    # the parse hangs the quote from "told" as an adverbial clause; the quote still reports the telling
    text = '"Since Saturday, my son has been missing," his mother told AFP on Oct. 4.'
    found = _dates(nlp, text, "2022-10-26")
    assert ("Saturday", "2022-10-01") in found


# --- a date on the subject of the verb ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2-3 February strikes spread to Mandalay.", ("2-3 February", "2022-02-02/2022-02-03")),
        ("The Feb. 2 strike shut down Yangon.", ("Feb. 2", "2022-02-02")),
    ],
)
def test_a_date_on_the_subject_of_a_past_verb_is_past(nlp, text: str, expected: tuple) -> None:
    # months ahead of publication the nearest reading, but what the strike did, it did then
    assert _dates(nlp, text, "2022-11-12") == [expected]


def test_a_date_on_the_subject_of_a_passive_verb_of_announcing_keeps_its_own_time(nlp) -> None:
    # a guard (passed before): "was announced" says when it was announced, not when it is held
    text = "The March 1 hearing was announced by the court."
    assert _dates(nlp, text, "2022-11-12") == [("March 1", "2023-03-01")]


# --- an event named by its day ------------------------------------------------------------------


def test_a_day_naming_an_event_takes_the_year_the_article_gives_that_day(nlp) -> None:
    # an anniversary release: "the 3 June massacre" is the 3 June of 2019 the article gives
    text = (
        "One year on, there is no justice for victims of the 3 June massacre. "
        "On 3 June 2019, security forces attacked the sit-in outside the army headquarters."
    )
    found = _dates(nlp, text, "2020-06-10")
    assert ("3 June", "2019-06-03") in found


def test_a_day_that_is_no_event_name_keeps_its_own_year(nlp) -> None:
    # a guard (passed before): the anniversary itself, "on 3 June", is this year's
    text = (
        "On 3 June 2019, security forces attacked the sit-in. "
        "Families gathered outside the headquarters on 3 June to remember the dead."
    )
    found = _dates(nlp, text, "2020-06-10")
    assert ("3 June", "2020-06-03") in found


# --- a weekday restating the day just counted ---------------------------------------------------


def test_a_weekday_in_apposition_after_a_counted_day_is_that_day(nlp) -> None:
    text = (
        "Prices rose shortly after midnight on Friday, Nov. 15. "
        "By the evening of the next day, Saturday, protests had spread to 100 cities."
    )
    found = _dates(nlp, text, "2019-12-23")
    assert ("Saturday", "2019-11-16") in found


def test_a_weekday_after_a_counted_day_it_does_not_fall_on_keeps_its_own_value(nlp) -> None:
    # a guard (passed before): the next day was a Saturday, so "Monday" is another day
    text = "Prices rose on Friday, Nov. 15. The next day, Monday, was calm."
    found = _dates(nlp, text, "2019-12-23")
    assert ("Monday", "2019-11-16") not in found


# --- a story told day by day with weekdays ------------------------------------------------------


def test_a_weekday_after_a_day_told_with_its_weekday_is_the_next_such_day(nlp) -> None:
    # a retrospective published weeks later: the Sunday after that Saturday
    text = (
        "By the evening of Saturday, Nov. 16, protests had spread to 100 cities. "
        "On Sunday evening, the leader met his security chiefs at his residence."
    )
    found = _dates(nlp, text, "2019-12-23")
    assert ("Sunday", "2019-11-17") in found


def test_a_weekday_of_saying_after_a_day_told_is_the_time_of_reporting(nlp) -> None:
    # a guard: "Amnesty said on Monday" reports now, whatever the story's days
    text = "Guards fired on the marshes on Monday, Nov. 18. Amnesty said on Monday that 304 people had died."
    found = _dates(nlp, text, "2019-12-23")
    assert found[-1] == ("Monday", "2019-12-23")


def test_a_weekday_after_a_day_told_without_its_weekday_counts_from_publication(nlp) -> None:
    # a guard (passed before): news that names the start of an affair, then today's events
    text = "The protests began on Nov. 15. On Sunday, police arrested 50 more people in Shiraz."
    found = _dates(nlp, text, "2019-12-23")
    assert ("Sunday", "2019-12-22") in found
