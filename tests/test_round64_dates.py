"""Dates, sixty-fourth round: a story told in another year than its publication goes on day by day
from the days it has placed in that year, not only from the full date it wrote; a day counted in
an aside (a relative clause, after "until", a pluperfect look back) does not move the story's day.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


def test_a_yearless_day_goes_on_from_a_day_continued_before_it(nlp) -> None:
    # published a month into 2003; "4 May" continues 29 April 1968, "9 May" continues "4 May"
    text = (
        "The strike began on 29 April 1968 at the shipyard. "
        "On 4 May the dockers joined it. "
        "On 9 May the navy occupied the port."
    )
    got = dict(_dates(nlp, text, "2003-02"))
    assert got["4 May"] == "1968-05-04"
    assert got["9 May"] == "1968-05-09"


def test_a_chain_of_days_continued_under_a_day_precise_date(nlp) -> None:
    text = (
        "On 2 October 1974 the garrison mutinied. "
        "Troops reached the capital on 11 October. "
        "The last rebels surrendered on 19 October."
    )
    got = dict(_dates(nlp, text, "2014-06-20"))
    assert got["11 October"] == "1974-10-11"
    assert got["19 October"] == "1974-10-19"


def test_a_day_restated_after_it_was_counted_is_that_day(nlp) -> None:
    # "the next day" is 9 March 1985; "On 9 March" names the same day of the story, not the anniversary
    text = (
        "Thread, 8 March 2015.\n\n"
        "1/ Thirty years ago today, on 8 March 1985, the miners marched on the ministry. "
        "The minister refused to see them the next day.\n\n"
        "2/ On 9 March the police charged the camp. On 15 March the union gave in."
    )
    got = dict(_dates(nlp, text, "2015-03-08"))
    assert got["9 March"] == "1985-03-09"
    assert got["15 March"] == "1985-03-15"


def test_a_full_date_restated_is_still_its_anniversary(nlp) -> None:
    # guard: the day written with its year, named again, is this year's anniversary (round 7)
    text = "Soldiers fired on the marchers on 3 June 1979. Families gathered at the square on 3 June."
    got = dict(_dates(nlp, text, "2019-06-05"))
    assert got["3 June"] == "2019-06-03"


def test_a_day_of_the_year_of_writing_breaks_the_chain(nlp) -> None:
    # guard: "18 March" is read in the publication's year and the story is back at writing
    text = (
        "The uprising began on 1 March 1999. On 5 March the army moved in. "
        "The commission will publish its report on 18 March."
    )
    got = dict(_dates(nlp, text, "2024-03-10"))
    assert got["5 March"] == "1999-03-05"
    assert got["18 March"] == "2024-03-18"


def test_a_month_of_the_same_year_between_two_days_does_not_break_the_story(nlp) -> None:
    # "a decree dated May 1953" names a month of the story's year in passing; "29 June" goes on from the 21st
    text = (
        "The strike began on 16 June 1953 in the capital. On 21 June the tanks arrived. "
        "A decree dated May 1953 had banned such gatherings. On 29 June the last strikers were arrested."
    )
    got = dict(_dates(nlp, text, "1993-02"))
    assert got["29 June"] == "1953-06-29"


def test_a_month_of_another_year_between_two_days_ends_the_story(nlp) -> None:
    # guard: the story has moved to 1990; "20 June", far past under writing's June, is not 1953's
    text = (
        "The strike began on 16 June 1953 in the capital. On 21 June the tanks arrived. "
        "In May 1990 the archives were opened. On 20 June the names of the dead were published."
    )
    got = dict(_dates(nlp, text, "1993-02"))
    assert got["20 June"] != "1953-06-20"


def test_a_day_counted_in_a_relative_clause_does_not_move_the_story(nlp) -> None:
    # "who died the next day" tells one man's fate ahead; "The next morning" counts from the 4th
    text = (
        "The riot broke out on the night of 4 April 1961. A guard shot a prisoner, "
        "who died the next day. The next morning, the inmates took the kitchen."
    )
    got = dict(_dates(nlp, text, "2001-05"))
    assert got["The next morning"] == "1961-04-05"


def test_a_day_counted_after_until_does_not_move_the_story(nlp) -> None:
    # "until the next morning" ends a span; "That afternoon" is still the 9th
    text = (
        "On 9 July 1977 workers occupied the mill. The sit-in lasted until the next morning. "
        "That afternoon the owners called the police."
    )
    got = dict(_dates(nlp, text, None))
    assert got["That afternoon"] == "1977-07-09"


def test_a_day_counted_in_the_main_clause_moves_the_story(nlp) -> None:
    # guard: "The next day" tells the story's next day; "that evening" is that day's
    text = (
        "On 9 July 1977 workers occupied the mill. The next day the owners called the police. "
        "That evening the workers left."
    )
    got = dict(_dates(nlp, text, None))
    assert got["That evening"] == "1977-07-10"


def test_a_day_counted_back_in_the_pluperfect_does_not_move_the_story(nlp) -> None:
    # "had met … three days earlier" looks back from the 12th; "The next morning" is the 13th
    text = (
        "On 12 September 1973 the dockers struck. Their leaders had met the minister three days "
        "earlier. The next morning the port was closed."
    )
    got = dict(_dates(nlp, text, None))
    assert got["three days earlier"] == "1973-09-09"
    assert got["The next morning"] == "1973-09-13"


def test_a_day_near_writing_is_not_carried_into_the_story_by_a_chain(nlp) -> None:
    # published November 2021: "on 20 October" continues 11 October 2020, but "18 November" is the
    # month of writing, the news of now, not a day after that restated 20 October
    text = (
        "The army fired on the crowd on 11 October 2020. On 20 October it fired again. "
        "Families marked the day on 20 October. The inquiry's report was leaked on 18 November."
    )
    got = dict(_dates(nlp, text, "2021-11"))
    assert got["18 November"] == "2021-11-18"
