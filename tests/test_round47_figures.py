"""Figures on whole articles: constructions read from the figure errors of every tune split (round 47).

Each text is our own:

- a bulleted list by place or by group under a heading that names what it counts ("Arrests by
  district:" above "- Northern District: 41") is read as the same list without bullets is: each
  row a figure in the heading's category, also when the heading carries a "/" or a longer note in
  brackets, and when a bulleted row's label runs past three words;
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text, sources_by_text


def test_bulleted_rows_under_a_heading_take_its_category() -> None:
    text = (
        "The monitors said at least 400 people had been killed since March.\n\n"
        "Deaths by district (as of 3 May):\n"
        "- Northern District: 161\n"
        "- Lakeside District: 97\n"
        "- Other: 12\n"
    )
    found = categories_by_text(text)
    assert found.get("161") == "killed"
    assert found.get("97") == "killed"
    assert found.get("12") == "killed"


def test_bulleted_rows_of_groups_under_a_heading_with_a_long_note() -> None:
    text = (
        "Police detained hundreds of people during the strike.\n\n"
        "Arrests by occupation (cumulative, counting only those whose work is known):\n"
        "- Students: 352\n"
        "- Teachers who joined the walkout in the first week: 118\n"
        "- Reporters: 23\n"
    )
    found = categories_by_text(text)
    assert found.get("352") == "arrested"
    assert found.get("118") == "arrested"
    assert found.get("23") == "arrested"


def test_bulleted_rows_under_a_heading_with_a_slash() -> None:
    text = "Detentions by city/town:\n• Harbour City: 88\n• Riverside: 31\n"
    found = categories_by_text(text)
    assert found.get("88") == "detained"
    assert found.get("31") == "detained"


def test_rows_without_bullets_still_read() -> None:
    text = "Detentions documented by region:\nNorthport: 140\nEast region: 26\n"
    assert categories_by_text(text) == {"140": "detained", "26": "detained"}


def test_a_bulleted_list_of_things_under_no_heading_of_people_stays_out() -> None:
    text = "Prices at the market this week:\n- Rice: 40\n- Beans: 25\n"
    assert categories_by_text(text) == {}


def test_a_list_led_in_by_the_last_sentence_of_a_paragraph() -> None:
    text = (
        "The group counted 300 detentions in March, fewer than in the autumn, when police broke up "
        "marches every weekend, the organisation said. Detentions recorded by region:\n"
        "- Northport: 140\n"
        "- East region: 26\n"
    )
    found = categories_by_text(text)
    assert found.get("140") == "detained"
    assert found.get("26") == "detained"


def test_it_put_at_a_value_takes_the_total_named_in_the_sentence_before() -> None:
    text = (
        "The death toll climbed through the week as rescuers searched the burned market. "
        "On Friday, the health ministry put it at 41, and on Saturday police said 57 people had died."
    )
    found = categories_by_text(text)
    assert found.get("41") == "killed"


def test_it_put_at_a_value_takes_the_total_of_its_own_sentence() -> None:
    text = (
        "The lawyers' union said the count of people held was much higher than the police "
        "admitted, putting it at more than 800."
    )
    assert categories_by_text(text).get("more than 800") == "detained"


def test_a_list_that_grew_and_stood_at_new_values() -> None:
    text = (
        "In March the monitors recognised 40 people as political prisoners. By June the list had "
        "grown to 210; by December it stood at 780."
    )
    found = categories_by_text(text)
    assert found.get("210") == "detained"
    assert found.get("780") == "detained"


def test_it_put_at_risk_is_no_count() -> None:
    text = "The group said 12 people were arrested on Monday. The minister said the march put it at risk."
    assert categories_by_text(text) == {"12": "arrested"}


def test_a_percentage_it_stood_at_is_no_count() -> None:
    text = "Police arrested 30 protesters. Inflation rose again in May, and it stood at 14 percent."
    assert categories_by_text(text) == {"30": "arrested"}


def test_it_put_at_a_value_takes_up_a_crowd() -> None:
    text = (
        "Police said 300 people attended. Organisers say the crowd was far bigger. "
        "The farmers' union put it at about 4,000."
    )
    assert categories_by_text(text).get("about 4,000") == "protesters"


def test_a_count_it_sets_is_given_by_who_gives_its_total() -> None:
    text = (
        "The lawyers' union said the count of people held was well above what the official "
        "tally suggested, putting it at more than 800."
    )
    assert sources_by_text(text).get("more than 800") == ["lawyers' union"]


def test_a_list_that_grew_keeps_its_keeper() -> None:
    text = (
        "In March the Northern Rights Centre recognised 40 people as political "
        "prisoners. By June the list had grown to 210."
    )
    assert sources_by_text(text).get("210") == ["Northern Rights Centre"]
