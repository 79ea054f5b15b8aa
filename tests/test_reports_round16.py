"""Figure sources on real reports, sixteenth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# --- "…, claims the National Unity Front": a verb of saying inverted after its content, its speaker after it ---


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        ("Sixty-one people were shot dead in the port, claims the Freedom Alliance.", 61, "Freedom Alliance"),
        ("At least 230 students have been detained, claimed the teachers' union.", 230, "union"),
        ("Nineteen soldiers were wounded in the ambush, alleged the rebel commander.", 19, "commander"),
        # a guard (passes before the rule): "says" is parsed with its subject after it
        ("Forty-four people were arrested at the rally, says the Freedom Alliance.", 44, "Freedom Alliance"),
    ],
)
def test_a_speaker_after_an_inverted_verb_of_saying_gives_the_count(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


def test_an_object_after_a_verb_that_is_not_saying_is_no_speaker():
    # guard: "…, angering the opposition" is no attribution
    text = "The police said 27 people were detained overnight, angering the opposition."
    asserted, _, _ = roles_of(text, 27)
    assert asserted == ["police"]


# --- "Among them were 4 women": a part of the count before, in the voice that gave the count ------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "At least 27 people were shot dead in the capital, according to the Doctors' Union. Among them "
            "were 5 teenagers.",
            5,
            "Union",
        ),
        # a guard (passes before the rule): a sentence of saying before carries over anyway
        (
            "The Legal Aid Centre said 140 activists had been detained. Among those were 11 journalists.",
            11,
            "Centre",
        ),
        # a guard (passes before the rule): "Of them" was already read so
        (
            "At least 27 people were shot dead in the capital, according to the Doctors' Union. Of them, "
            "5 were schoolchildren.",
            5,
            "Union",
        ),
    ],
)
def test_among_them_continues_the_count_and_its_source(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)
