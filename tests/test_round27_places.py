"""Places, round 27: constructions seen on the errors of the new GeoWebNews tune split together with
an older tune split (VOA, TR-News). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import written_places

# -- a person named in full, then by the given name alone: the person, no place ----------------


@pytest.mark.parametrize(
    ("text", "given"),
    [
        (
            "Marta Velasco thanked the nurses on Friday in a statement read by police in Leeds. "
            "On Sunday doctors said Marta was recovering well.",
            "Marta",
        ),
    ],
)
def test_a_given_name_repeated_alone_is_no_place(text: str, given: str) -> None:
    found = written_places(text)
    assert given not in found
    assert "Leeds" in found  # the article's place stays


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country's name as a given name does not take the country away where it is the place
        (
            "Jordan Whitby, a reporter, spent March in Amman. Floods closed roads in Jordan on Monday.",
            "Jordan",
        ),
        # a town no person is named by stays the town
        ("Marta Velasco lives in Leeds. Police in Leeds said the road was closed.", "Leeds"),
    ],
)
def test_a_place_not_used_as_a_given_name_stays(text: str, place: str) -> None:
    assert place in written_places(text)
