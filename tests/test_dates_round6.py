"""Dates of real crackdown reports, sixth round.

Written from probe articles of our own in the held-out genres (state media
giving the Iranian calendar, live blogs with clock times, an opposition
site's reports of Friday prayers, wire copy quoting what was said on another
day). Every sentence here is written for these tests; each one failed before
its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- the Iranian (Solar Hijri) calendar -----------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (1398, 1, 1, "2019-03-21"),  # Nowruz
        (1398, 8, 24, "2019-11-15"),
        (1401, 6, 25, "2022-09-16"),
        (1403, 1, 1, "2024-03-20"),  # Nowruz after a leap year
        (1357, 11, 22, "1979-02-11"),  # the revolution's day
        (1399, 12, 30, "2021-03-20"),  # the leap day
    ],
)
def test_a_persian_day_converts_to_the_gregorian_calendar(year, month, day, gregorian) -> None:
    # the arithmetic (new): Nowruz falls on 20 or 21 March, Esfand has 30 days in a leap year
    from tally.extract.dates.calendars import persian_to_gregorian

    assert persian_to_gregorian(year, month, day).isoformat() == gregorian


def test_a_persian_day_with_its_year_is_listed_as_its_gregorian_day(nlp) -> None:
    # state media give both calendars; the Persian year must not be read as a year of its own
    text = (
        "The official said the unrest that broke out on Aban 24, 1398 had ended within days. "
        "The court met on 3 Azar 1398 to hear the first cases."
    )
    found = _dates(nlp, text, "2019-11-30")
    assert ("Aban 24, 1398", "2019-11-15") in found
    assert ("3 Azar 1398", "2019-11-24") in found
    assert all(value != "1398" for _, value in found)


def test_a_persian_month_with_its_year_is_the_interval_of_its_days(nlp) -> None:
    # a Persian month straddles two Gregorian ones: it is the span of its days
    text = "Families of those killed in the protests of Aban 1398 still demand answers."
    assert ("Aban 1398", "2019-10-23/2019-11-21") in _dates(nlp, text, "2021-11-15")


def test_a_persian_month_word_without_a_number_is_no_date(nlp) -> None:
    # a guard (passed before): "Mehr" is also a news agency, "Bloody Aban" a name
    text = "Mehr news agency said Bloody Aban was a plot. Azar Karimi was arrested on Tuesday."
    found = _dates(nlp, text, "2019-11-30")
    assert found == [("Tuesday", "2019-11-26")]


# --- clock times ------------------------------------------------------------------------------


def test_a_clock_time_with_its_zone_is_no_year(nlp) -> None:
    # live blogs and wire copy give times as four digits: "1130 GMT" is half past eleven
    text = (
        "Witnesses said shooting began at about 3pm local time (1130 GMT) on Monday. "
        "By 1845 local time the square was empty."
    )
    found = _dates(nlp, text, "2019-11-19")
    assert ("Monday", "2019-11-18") in found
    assert all(value not in {"1130", "1845"} for _, value in found)


# --- weekdays ---------------------------------------------------------------------------------


def test_a_weekday_with_its_part_of_day_takes_the_tense_of_its_clause(nlp) -> None:
    # "Friday evening" hangs from the verb through "evening": the gathering is past
    text = "Friday evening, crowds gathered outside the governor's office in Zahedan."
    assert _dates(nlp, text, "2022-10-26") == [("Friday", "2022-10-21")]


def test_a_past_weekday_with_its_part_of_day_after_the_verb(nlp) -> None:
    # a guard (passed before): the part of the day after the verb
    text = "Students chanted slogans in the dormitories on Sunday night, a witness said."
    assert _dates(nlp, text, "2022-10-26") == [("Sunday", "2022-10-23")]


def test_friday_prayers_are_a_weekly_rite_not_a_date(nlp) -> None:
    # "Friday prayers", "Sunday mass": a weekday naming a recurring service dates nothing
    text = (
        "Last Friday, security forces fired on worshippers leaving Friday prayers in the city. "
        "Police also broke up crowds after Sunday mass."
    )
    found = _dates(nlp, text, "2022-10-26")
    assert found == [("Last Friday", "2022-10-21")]


def test_a_weekday_of_a_service_with_a_date_before_it_is_still_a_date(nlp) -> None:
    # a guard (passed before): "on Friday" placing the prayers in time is a date
    text = "Thousands attended the prayers on Friday in the capital."
    assert _dates(nlp, text, "2022-10-26") == [("Friday", "2022-10-21")]


# --- quotes said on another day ---------------------------------------------------------------


def test_a_weekday_in_a_quote_counts_from_the_day_it_was_said(nlp) -> None:
    # the quote's own "Friday" is the one after the day the speaker said it, not after publication
    text = '"On Friday we will march to the square again," the student leader said on Oct. 3.'
    found = _dates(nlp, text, "2022-10-26")
    assert ("Friday", "2022-10-07") in found
    assert ("Oct. 3", "2022-10-03") in found


def test_a_past_weekday_in_a_quote_said_days_before_publication(nlp) -> None:
    # said on Thursday 27 October: the Saturday before it, not the one before publication
    text = '"We buried him on Saturday," his brother told reporters on Oct. 27.'
    found = _dates(nlp, text, "2022-11-02")
    assert ("Saturday", "2022-10-22") in found


# --- a relative date restated in apposition ---------------------------------------------------


def test_a_relative_day_takes_the_value_of_the_date_in_apposition_after_it(nlp) -> None:
    # "the next day, on Sept. 17": the writer names the day; the count from an older mention is wrong
    text = (
        "She died in hospital on Sept. 16 after her arrest on Sept. 13. "
        "Her funeral was held the next day, on Sept. 17, in Saqqez."
    )
    found = _dates(nlp, text, "2022-09-30")
    assert ("the next day", "2022-09-17") in found


def test_a_week_earlier_with_its_day_in_apposition_is_that_day(nlp) -> None:
    text = "Police shot protesters on June 25. A week earlier, on June 18, the first marches had begun."
    found = _dates(nlp, text, "2024-07-03")
    assert ("A week earlier", "2024-06-18") in found
    assert ("June 18", "2024-06-18") in found


def test_a_date_after_a_comma_that_is_no_apposition_keeps_its_own_value(nlp) -> None:
    # a guard (passed before): "the next day" and a date in another clause
    text = "Crowds gathered on 3 March. The next day, police said on 5 March, the square was cleared."
    assert ("The next day", "2021-03-04") in _dates(nlp, text, "2021-03-10")


# --- digits of other scripts ------------------------------------------------------------------


def test_persian_digits_are_no_year_of_ours(nlp) -> None:
    # an encyclopaedia gives the Persian name and date in brackets: ۱۳۹۸ is a Persian year
    text = "The protests (Persian: اعتراضات آبان ۱۳۹۸) began on 15 November 2019."
    assert _dates(nlp, text, None) == [("15 November 2019", "2019-11-15")]


# --- "a year ago today" -----------------------------------------------------------------------


def test_ago_today_is_that_day(nlp) -> None:
    # "a year ago today" names the anniversary day, not the whole year
    text = "A year ago today, Belarusians went to the polls."
    assert _dates(nlp, text, "2021-08-09") == [("A year ago today", "2020-08-09")]


# --- embedded posts whose signature stands on its own line -------------------------------------


def test_a_post_signed_on_the_next_line_dates_its_own_relative_days() -> None:
    # live blogs paste a tweet, then its signature on a line (or after a blank line) of its own
    import tally

    text = (
        "Activists shared videos of the protests.\n\n"
        "Protesters in Shiraz set fire to a bank today. pic.twitter.com/xYz12AbC\n"
        "— Iran Freedom Now (@IranFreedomNow) November 17, 2019\n\n"
        "A witness in Zahedan, Friday: people chant after the sermon.\n\n"
        "— Sistan Monitor (@SistanMonitor) September 30, 2022\n\n"
        "The government said on Tuesday that calm had returned."
    )
    article = tally.analyze(text, published="2022-10-26", only=["dates"])
    found = [(d.text, d.value) for d in article.dates]
    assert ("today", "2019-11-17") in found
    assert ("Friday", "2022-09-30") in found
    assert ("Tuesday", "2022-10-25") in found
    assert [p.author for p in article.embedded] == ["Iran Freedom Now", "Sistan Monitor"]


# --- "the Green Movement of 2009" --------------------------------------------------------------


def test_a_named_movement_or_massacre_of_a_year_dates_it(nlp) -> None:
    # "the X of 2009" after a noun of an event (capitalised in a name) is a year, not a count
    text = (
        "They were the largest protests since the Green Movement of 2009. "
        "Survivors of the massacre of 1988 still seek justice."
    )
    found = _dates(nlp, text, "2022-10-01")
    assert ("2009", "2009") in found
    assert ("1988", "1988") in found


# --- numeric dates whose day and month could swap ----------------------------------------------


def test_an_ambiguous_slashed_date_takes_the_reading_before_publication(nlp) -> None:
    # "3/6/2019" in a story of 5 June 2019 is 3 June (day first), not 6 March
    text = "The killings of 3/6/2019 at the sit-in were condemned by the African Union."
    assert _dates(nlp, text, "2019-06-05") == [("3/6/2019", "2019-06-03")]


def test_an_ambiguous_slashed_date_read_month_first_when_that_is_nearer(nlp) -> None:
    # a guard (passed before): "6/3/2019" in a story of 5 June 2019 is June 3 (month first)
    text = "The killings of 6/3/2019 at the sit-in were condemned by the African Union."
    assert _dates(nlp, text, "2019-06-05") == [("6/3/2019", "2019-06-03")]


def test_a_dotted_date_is_day_first(nlp) -> None:
    # dots are the European style: "03.06.2019" is 3 June
    text = "Source: Sudanese Doctors Committee, 03.06.2019."
    assert _dates(nlp, text, None) == [("03.06.2019", "2019-06-03")]


def test_a_persian_day_without_its_year_takes_the_anchors_year(nlp) -> None:
    # state media give the Persian day next to ours, or alone: the Persian year around publication
    text = (
        "Spokesman Ali Rabiei said on Monday (Aban 27) that calm had returned. "
        "Rallies mark 13 Aban, the anniversary of the embassy takeover, every year."
    )
    found = _dates(nlp, text, "2019-11-19")
    assert ("Aban 27", "2019-11-18") in found
    assert ("13 Aban", "2019-11-04") in found


# --- a day anaphor after a year ---------------------------------------------------------------


def test_the_same_day_after_a_year_in_apposition_is_the_last_day_given(nlp) -> None:
    # a year named in passing ("the anniversary of the 2020 election") is no day to count from
    text = (
        "On 9 August, the anniversary of the 2020 election, Lukashenka held a press conference. "
        "On the same day, police detained dozens of people who came to lay flowers. "
        "The next day, their relatives gathered outside the station."
    )
    # "the same day" is not listed since round 17 (it restates the day); the day after it tells
    # which day it stood for
    found = _dates(nlp, text, "2021-09")
    assert ("The next day", "2021-08-10") in found
    assert ("the same day", "2021-08-09") not in found


def test_a_month_abbreviation_without_its_dot_before_a_year(nlp) -> None:
    # headers and captions write "Nov 2019", "Sep 2022" without the dot
    text = "Protests of Nov 2019 were crushed within days. Photo: Sep 2022, Tehran."
    found = _dates(nlp, text, None)
    assert ("Nov 2019", "2019-11") in found
    assert ("Sep 2022", "2022-09") in found


def test_the_day_before_followed_by_when_is_anaphoric(nlp) -> None:
    # "the day before when …": a relative clause follows, not what the day is before
    text = "Police held 40 people on Sunday, up from the day before when 25 were detained in the capital."
    assert ("the day before", "2022-10-22") in _dates(nlp, text, "2022-10-26")


def test_a_law_of_a_year_dates_it(nlp) -> None:
    # "the Public Order Act of 2013": a law named with its year
    text = "The arrests were made under the Public Order Act of 2013, which bans unlicensed gatherings."
    assert ("2013", "2013") in _dates(nlp, text, "2022-10-26")


def test_a_coarser_counted_date_keeps_its_granularity_before_an_apposition(nlp) -> None:
    # a guard (passed before): a value is given at the granularity of its own text
    text = "Earlier this year, in January 2019, the rial lost a third of its value."
    assert ("Earlier this year", "2019") in _dates(nlp, text, "2019-11-19")


def test_last_month_in_a_quote_counts_from_the_day_it_was_said(nlp) -> None:
    # rights groups publish testimony weeks after they gathered it
    text = '"Last month, they killed my son," his mother told researchers on 3 December 2019.'
    found = _dates(nlp, text, "2020-01-10")
    assert ("Last month", "2019-11") in found


def test_yesterday_in_a_quote_counts_from_the_day_it_was_said(nlp) -> None:
    text = '"They came for him yesterday," his sister said on Dec. 3.'
    assert ("yesterday", "2019-12-02") in _dates(nlp, text, "2020-01-10")


def test_a_weekday_followed_by_the_day_it_names_takes_that_day(nlp) -> None:
    # "Friday the 15th" two weeks before publication: the 15th says which Friday (one date since
    # round 21, the weekday and its day of the month together)
    text = "Protests erupted on November 15th, 2019. On Friday the 15th, prices rose by half."
    assert ("Friday the 15th", "2019-11-15") in _dates(nlp, text, "2019-12-02")


def test_a_weekday_with_its_date_in_brackets_takes_that_day(nlp) -> None:
    # an encyclopaedia page without a publication date: the bracketed day names the weekday
    text = "On 20 November 2019, the government spoke. Rioters had burned banks on Saturday (16 November)."
    assert ("Saturday", "2019-11-16") in _dates(nlp, text, None)


def test_from_the_nth_to_the_mth_of_a_month_is_one_interval(nlp) -> None:
    # British prose: the first ordinal takes the month of the last
    text = "Protests raged from the 15th to the 18th of November, when the internet was restored."
    assert _dates(nlp, text, "2019-12-02") == [("the 15th to the 18th of November", "2019-11-15/2019-11-18")]


# --- no publication date, a month or year given before any day ---------------------------------


def test_a_month_with_its_year_dates_the_yearless_days_after_it(nlp) -> None:
    # an encyclopaedia page has no publication date; its lead gives the month, its timeline the days
    text = (
        "In January 2022, protests erupted across the country. On 2 January, fuel prices doubled "
        "in the west. By 5 January, government buildings were on fire."
    )
    found = _dates(nlp, text, None)
    assert ("2 January", "2022-01-02") in found
    assert ("5 January", "2022-01-05") in found


def test_a_year_after_in_dates_the_yearless_days_after_it(nlp) -> None:
    text = "In 2019, fuel prices rose sharply. On 15 November, protests broke out in Ahvaz."
    assert ("15 November", "2019-11-15") in _dates(nlp, text, None)


def test_a_year_that_bounds_does_not_date_the_days_after_it(nlp) -> None:
    # a guard (passed before): "since 1994" is a background bound, not the story's year
    text = "He has ruled the country since 1994. On 9 August, voters went to the polls."
    assert ("9 August", None) in _dates(nlp, text, None)


def test_yesterday_in_a_quote_introduced_by_speaking_on_a_day(nlp) -> None:
    # "Speaking on Nov. 1, X said: 'Yesterday …'": the participle carries the day of the saying
    text = 'Speaking on Nov. 1, the commander said: "Yesterday we ended the riots."'
    assert ("Yesterday", "2022-10-31") in _dates(nlp, text, "2022-11-20")


def test_a_post_signed_with_the_day_first_dates_its_relative_days() -> None:
    # pages in British English show the embed's date day first
    import tally

    text = (
        "Videos spread online.\n\n"
        "Security forces are shooting at people in Sanandaj tonight. pic.twitter.com/AbC123xYz\n"
        "— Kurdistan Watch (@KurdistanWatch) 8 October 2022\n\n"
        "The governor denied the reports on Monday."
    )
    article = tally.analyze(text, published="2022-10-12", only=["dates"])
    found = [(d.text, d.value) for d in article.dates]
    assert [p.date for p in article.embedded] == ["2022-10-08"]
    assert ("Monday", "2022-10-10") in found


def test_yesterday_in_a_quote_after_a_colon_counts_from_the_day_it_was_said(nlp) -> None:
    # testimony: the verb of saying and its day, a colon, then the quote as a sentence of its own
    text = 'His mother told researchers on 3 December 2019: "Yesterday they came again and took my husband."'
    assert ("Yesterday", "2019-12-02") in _dates(nlp, text, "2020-01-10")
