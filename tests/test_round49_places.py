"""Round 49 places. Sentences are our own.

- A place of detention named by its number ("Penal Colony No. 6", "Detention Centre No. 3"), as
  reports on Belarus and Russia name colonies and remand centres, is a site written whole, and
  the town right after it ("… No. 6 in Tambov"), which the small model tags as an organisation,
  is read as a town.
"""

from __future__ import annotations

import pytest

from tally import analyze


def _written(text: str) -> list[str]:
    """Each place's mentions as written, the way `tally eval reports` reads them."""
    article = analyze(text, published="2024-05-06")
    return [text[start:end] for place in article.places for start, end in place.mentions]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("He died in Penal Colony No. 6 in Tambov in June, his lawyer said.", "Penal Colony No. 6"),
        ("She was moved to Detention Centre No. 3 near Kaluga last week.", "Detention Centre No. 3"),
        ("The Correctional Colony No. 12 refused to hand over his letters.", "Correctional Colony No. 12"),
        ("Relatives waited outside Prison No. 5 for news of the hunger strike.", "Prison No. 5"),
    ],
)
def test_a_prison_named_by_its_number_is_a_site_written_whole(text: str, site: str) -> None:
    assert site in _written(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("He died in Penal Colony No. 6 in Tambov in June, his lawyer said.", "Tambov"),
        ("She was moved to Detention Centre No. 3 near Kaluga last week.", "Kaluga"),
    ],
)
def test_the_town_after_a_numbered_prison_is_a_place(text: str, town: str) -> None:
    assert town in _written(text)


@pytest.mark.parametrize(
    "text",
    [
        "The colony held 400 prisoners, and No. 6 on the list was a former teacher.",
        "Police said the prison number was 4 and the cell number 12.",
    ],
)
def test_a_number_without_a_capitalised_prison_word_names_no_site(text: str) -> None:
    """Guard: a lower-case word for a prison or a bare number names no site."""
    assert not any("No." in w or "number" in w for w in _written(text))
