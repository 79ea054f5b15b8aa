"""Who gives each figure, twenty-seventh round: constructions issue 13 names, read on new prose.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "author"),
    [
        (
            "Forty-two miners were trapped underground, according to a statement the union released on Monday.",
            42,
            "union",
        ),
        (
            "Police detained 17 lawyers last year, according to a report that the bar association published on Friday.",
            17,
            "bar association",
        ),
        (
            "At least 64 people drowned, according to figures the coast guard shared with reporters.",
            64,
            "coast guard",
        ),
        (
            "Nineteen nurses were arrested, according to a list which was compiled by the doctors' council.",
            19,
            "council",
        ),
    ],
)
def test_according_to_a_document_whose_author_a_relative_clause_names(
    text: str, value: float, author: str
) -> None:
    """ "according to a statement (that) X released", "figures X shared", "a list which was compiled
    by X": the relative clause on the document names its author, who gives the count, as "a statement
    released by X" and "a statement by X" already did."""
    asserted, _, _ = roles_of(text, value)
    assert any(author in name.lower() for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "not_a_source"),
    [
        (
            "Forty-two miners were trapped underground, according to documents the newspaper obtained.",
            42,
            "newspaper",
        ),
        (
            "Forty-two miners were trapped underground, according to a report the minister dismissed as false.",
            42,
            "minister",
        ),
        (
            "Forty-two miners were freed on Sunday, according to reports that the guards released them at dawn.",
            42,
            "guards",
        ),
    ],
)
def test_a_relative_clause_of_reading_or_judging_names_no_author(
    text: str, value: float, not_a_source: str
) -> None:
    """Guard: who obtained, saw or judged a document did not write it ("documents the newspaper
    obtained", "a report the minister dismissed"); a "that" clause with its own object says what the
    reports say ("reports that the guards released them"), not who wrote them."""
    asserted, _, _ = roles_of(text, value)
    assert not any(not_a_source in name.lower() for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "author"),
    [
        (
            "Eleven inmates escaped overnight, according to a news release from the county sheriff's office.",
            11,
            "sheriff",
        ),
        ("A press release from the fire brigade said 23 firefighters were injured.", 23, "fire brigade"),
        (
            "Thirty protesters were detained, according to a press release issued by the city police.",
            30,
            "police",
        ),
    ],
)
def test_a_press_or_news_release_is_its_issuer_s_document(text: str, value: float, author: str) -> None:
    """ "according to a news release from X", "A press release from X said …": a press or news release
    is a document like a statement, so its issuer gives the count, not the words "news release"."""
    asserted, _, _ = roles_of(text, value)
    assert any(author in name.lower() for name in asserted), asserted


def test_the_release_of_detainees_is_no_document() -> None:
    """Guard: "the release of 40 detainees" is no document, and the count in it names no source."""
    text = "The release of 40 detainees on Sunday was welcomed by their families."
    asserted, _, _ = roles_of(text, 40)
    assert not any("famil" in name.lower() or "release" in name.lower() for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "person"),
    [
        (
            "The prison director toured the damaged wing on Tuesday. She said 31 inmates had been injured.",
            31,
            "director",
        ),
        (
            "A senior fire officer arrived at the scene within minutes. He told reporters 14 residents were "
            "taken to hospital.",
            14,
            "fire officer",
        ),
    ],
)
def test_he_or_she_continues_an_unnamed_person_who_opened_the_sentence_before(
    text: str, value: float, person: str
) -> None:
    """ "The prison director toured …. She said 31 …": "he"/"she" opening a sentence goes on with the
    person, named or not, who was the subject of the sentence before, whatever that sentence's verb."""
    asserted, _, _ = roles_of(text, value)
    assert any(person in name.lower() for name in asserted), asserted


def test_he_or_she_does_not_take_a_thing_or_a_group_for_a_person() -> None:
    """Guard: a subject that is no single person ("The prison …", "Guards …") is no antecedent of
    "she"; the person named before it still is."""
    text = (
        "Director Ana Ruiz spoke to reporters outside. The prison was quiet by evening. "
        "She said 31 inmates had been injured."
    )
    asserted, _, _ = roles_of(text, 31)
    assert any("Ruiz" in name for name in asserted), asserted
    assert not any("prison" in name.lower() for name in asserted), asserted
