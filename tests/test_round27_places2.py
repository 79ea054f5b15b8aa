"""Places, round 27 (second helper): a place opening a title of office before a person's name,
the title written with an abbreviated rank or a police or fire office ("Oregon Gov. X",
"Ohio State Police Sgt. X", "Lorain County Sheriff X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import written_places

# -- a place opening a title whose rank is abbreviated or a police/fire office: no place ------


@pytest.mark.parametrize(
    ("text", "title_place", "place"),
    [
        (
            "Oregon Gov. Kate Lindqvist said troops would not go to the border with Mexico.",
            "Oregon",
            "Mexico",
        ),
        ("Texas Lt. Gov. Dan Pruitt spoke to farmers in Austin on Monday.", "Texas", "Austin"),
        (
            "A truck pulled up beside the cruiser, Ohio State Police Sgt. Daniel Marsh said. "
            "The two men were later held in Dayton.",
            "Ohio",
            "Dayton",
        ),
        (
            "Lorain County Sheriff Tom Hale said the fire in Elyria was set on purpose.",
            "Lorain County",
            "Elyria",
        ),
    ],
)
def test_a_place_opening_an_abbreviated_or_police_title_is_no_place(
    text: str, title_place: str, place: str
) -> None:
    found = written_places(text)
    assert not any(title_place in name for name in found)
    assert place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the place stays where the article names it outside the title
        ("Oregon Gov. Kate Lindqvist spoke in Salem. Snow closed roads across Oregon on Monday.", "Oregon"),
        # a place before an abbreviation that is no rank, or a rank with no name after it
        ("Floods hit Texas on Monday, and Gov. Pruitt flew to Austin.", "Texas"),
        ("The sheriff of Lorain County said the road to Elyria was closed.", "Lorain County"),
        # a rank word as a lower-case verb or noun after a place is no title
        ("Troops in Ohio marshal supplies for the winter, Daniel Marsh wrote.", "Ohio"),
    ],
)
def test_a_place_outside_a_title_stays(text: str, place: str) -> None:
    assert place in written_places(text)


# -- a place that ends a campus's or a company's name: no place --------------------------------


@pytest.mark.parametrize(
    ("text", "named", "place"),
    [
        ("He studied at the University of Texas at Tyler and then moved to Dallas.", "Tyler", "Dallas"),
        (
            "Bayside Marine Supply of Tacoma, Inc. sells boats to fishermen in Seattle.",
            "Tacoma",
            "Seattle",
        ),
    ],
)
def test_a_place_ending_a_campus_or_company_name_is_no_place(text: str, named: str, place: str) -> None:
    found = written_places(text)
    assert named not in found
    assert place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "at" a place after a university that is not the campus's name
        ("The university's team played at Denver on Friday night.", "Denver"),
        # a place after a comma and a capitalised word that is no company's ending
        ("The ferry left Tacoma, Incheon and Seattle for the winter.", "Tacoma"),
        # the place stays where the article writes it outside the name
        ("He studied at the University of Texas at Tyler. Tyler lies east of Dallas.", "Tyler"),
    ],
)
def test_a_place_outside_a_campus_or_company_name_stays(text: str, place: str) -> None:
    assert place in written_places(text)
