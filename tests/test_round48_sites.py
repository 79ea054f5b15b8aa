"""Round 48: a site named before a bare weekday or month, as wire copy writes days ("marched to
Harbour Square Tuesday"), is still a site: a weekday or a month does not carry a name on.
Sentences are our own."""

from __future__ import annotations

import pytest

from tally import analyze


def _places(text: str) -> list[str]:
    return [p.name for p in analyze(text, published="2024-05-06").places]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Several hundred people gathered in Liberty Square Monday to demand new elections.",
            "Liberty Square",
        ),
        ("Students marched to Victory Square Tuesday, chanting against the curfew.", "Victory Square"),
        ("Riot police cleared Harbour Square Friday night after a week of sit-ins.", "Harbour Square"),
        ("Mourners filled Martyrs Square Sunday for the funerals of the three men.", "Martyrs Square"),
    ],
)
def test_sites_a_bare_weekday_after_a_site_does_not_carry_its_name_on(text: str, site: str) -> None:
    assert site in _places(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The band played a sold-out show at Madison Square Garden on Friday.", "Madison Square"),
        ("Analysts at Wall Street Journal polls said turnout was low.", "Wall Street"),
    ],
)
def test_sites_a_capitalised_word_that_is_no_day_still_carries_the_name_on(text: str, absent: str) -> None:
    """Guard: a capitalised word after the site word that is no weekday or month continues a
    longer name, which is no site of its own."""
    assert absent not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "UNITED NATIONS (AP) — Council members met behind closed doors on the ceasefire draft.",
            "UNITED NATIONS",
        ),
        (
            "UNITED NATIONS, Oct 2 (Reuters) - Envoys failed to agree a statement on the shelling.",
            "UNITED NATIONS",
        ),
        ("KWETALA, May 4 (Reuters) - Soldiers burned at least 40 houses, villagers said.", "KWETALA"),
    ],
)
def test_sites_an_agency_dateline_names_a_place_the_gazetteer_lacks(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: Council members met behind closed doors on the ceasefire draft.",
        "BREAKING — Envoys failed to agree a statement on the shelling.",
    ],
)
def test_sites_capitals_before_a_dash_or_colon_without_an_agency_are_no_place(text: str) -> None:
    """Guard: a headline's capitals before a colon or a dash, with no agency, stay no place."""
    assert _places(text) == []


def test_sites_a_briefing_turn_labelled_with_an_outlet_is_no_dateline() -> None:
    """Guard: "QUESTION (Reuters):" opens a journalist's question in a transcript, not a dateline."""
    text = "MODERATOR: Next question, please.\nQUESTION (Reuters): Can you say how many were detained?"
    assert "QUESTION" not in [p.upper() for p in _places(text)]
