"""Who gives a figure told in the sentence after its source (round 53, issue 13).

ANNOTATION: "attribution may sit in another sentence of the same paragraph". A count with no
source of its own, in the sentence right after one that cites "according to X", goes on in X's
voice as it does after "X said", with the same limits: a sentence that names the cited
sentence's things again, or tells a dated past event after a claim in the present, is the
writer's. And a subject that only shows something ("early tests showed …", "the scans show")
is no voice that goes on into the next sentence, though it stands where a speaker would.
Each text is our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles


def _asserted(text: str, value: float) -> list[str]:
    """Who asserts the first figure of *value* in *text* (it must be found)."""
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "According to the health ministry, at least 40 people have died of cholera in the "
            "province. Nearly 9,000 people have been infected.",
            9000,
            "ministry",
        ),
        (
            "Some 300 families have fled the valley, according to the regional governor. About "
            "1,200 people are sheltering in schools.",
            1200,
            "governor",
        ),
    ],
)
def test_according_to_goes_on_into_the_next_sentence(text: str, value: float, word: str) -> None:
    assert any(word in name.lower() for name in _asserted(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the next sentence names the cited sentence's floods again: the writer goes on
        (
            "According to the ministry, 40 people died in the floods on the coast. The floods "
            "destroyed 300 houses.",
            300,
        ),
        # a claim in the present, then a dated event in the simple past: the writer's narrative
        (
            "At least 50 people in the district have the fever, according to a local nurse. In the "
            "newest cluster, thirty pupils fell ill and were sent home on Monday.",
            30,
        ),
    ],
)
def test_according_to_stops_where_the_writer_goes_on(text: str, value: float) -> None:
    assert _asserted(text, value) == []


def test_a_subject_that_only_shows_is_no_voice_that_goes_on() -> None:
    text = (
        "Early tests on the samples showed the strain. The fever killed nearly 50,000 people "
        "across the region in 1990."
    )
    assert _asserted(text, 50000) == []


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        ("Hospital staff said the wards were full. Another 30 patients arrived overnight.", 30, "staff"),
        (
            "The agency's report said the camps were overcrowded. More than 4,000 people sleep outdoors.",
            4000,
            "agency",
        ),
    ],
)
def test_a_speaker_or_a_document_still_goes_on(text: str, value: float, word: str) -> None:
    assert any(word in name.lower() for name in _asserted(text, value))
