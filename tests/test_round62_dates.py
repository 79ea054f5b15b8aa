"""Round 62: yearless days listed before a day that carries the year (my own sentences)."""

from __future__ import annotations

from tests._date_records import dates_by_text


def test_days_each_with_its_month_take_the_year_of_the_last() -> None:
    text = "Guards beat prisoners on May 2 and on May 7, 2011, the group said."
    assert dates_by_text(text, "2012-08-01") == [("May 2", "2011-05-02"), ("May 7, 2011", "2011-05-07")]


def test_a_comma_series_of_days_takes_the_closing_year() -> None:
    text = "Police fired on crowds on April 4, April 6 and April 11, 1999, witnesses said."
    assert dates_by_text(text, "2000-06-01") == [
        ("April 4", "1999-04-04"),
        ("April 6", "1999-04-06"),
        ("April 11, 1999", "1999-04-11"),
    ]


def test_a_later_month_in_the_list_shares_the_year() -> None:
    text = "Marchers were detained on Sept. 28 and Oct. 2, 2015, in the port city."
    assert dates_by_text(text, "2016-11-20")[0] == ("Sept. 28", "2015-09-28")


def test_a_list_that_crosses_new_year_puts_the_days_before_it_in_the_year_before() -> None:
    text = "Strikers were held on December 30 and January 4, 2020, lawyers said."
    assert dates_by_text(text, "2021-03-01")[0] == ("December 30", "2019-12-30")


def test_a_comma_after_a_day_that_opens_a_clause_is_no_list() -> None:
    text = "On May 2, May Day marchers were beaten; on June 9, 2011, more were."
    assert dates_by_text(text, "2012-08-01")[0] == ("May 2", "2012-05-02")
