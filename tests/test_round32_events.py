"""Round 32 (issue 14 §1): constructions whose event type held on the work halves of our own wire
sets but not in tally. Sentences written for this test, not from any gold set."""

from __future__ import annotations

import pytest

import tally
from tests._events import typed_event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The junta will not allow foreign reporters into the northern provinces, a spokesman said.",
            "junta",
        ),
        (
            "The city council would not permit the march to pass the parliament building, officials said.",
            "council",
        ),
    ],
)
def test_third_party_refusing_to_let_is_rejection(text: str, actor: str) -> None:
    """A side said (not quoted in the first person) to refuse to let someone in or something happen
    refuses (PLOVER REJECT); it makes no threat of its own."""
    event = typed_event(text, "REJECT", None, actor, None)
    assert (
        "allow" in text[event.trigger[0] : event.trigger[1]]
        or "permit" in text[event.trigger[0] : event.trigger[1]]
    )


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe won't allow any gathering near the palace,\u201d the commander told reporters.",
        "The provincial governor warned that his office would not tolerate any fresh roadblocks.",
        "The police said no march would be permitted in the old town.",
        "Freezing fog would not allow the convoy to leave the depot before noon, drivers said.",
    ],
)
def test_first_person_or_tolerate_still_threatens(text: str) -> None:
    """Guard: a first-person refusal in a quote, "will not tolerate" and "no march would be allowed"
    still warn (THREATEN)."""
    assert any(e.type == "THREATEN" for e in tally.analyze(text).events), text


def test_banned_imports_still_sanction() -> None:
    """Guard: a ban on trade keeps its sanction sense."""
    typed_event(
        "The cabinet banned imports of used cars from the neighbouring state.",
        "SANCTION",
        None,
        "cabinet",
        None,
    )


def test_sit_in_is_a_demonstration() -> None:
    """A sit-in is a demonstration its organisers stage (PLOVER PROTEST ``demo-org``), as our wire
    sets label it; blocking a road stays ``obstruct``."""
    typed_event(
        "Retired teachers began a sit-in by the pensions office on Monday.",
        "PROTEST",
        "demo-org",
        "teachers",
        None,
    )
    typed_event(
        "Lorry drivers blocked the orbital motorway near the port for six hours.",
        "PROTEST",
        "obstruct",
        "drivers",
        None,
    )
