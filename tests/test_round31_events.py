"""Round 31 (issue 14 §1): a protest its organisers call off is their concession, with or without
"its"/"their" before the protest noun. Sentences written for this test, not from any gold set."""

from __future__ import annotations

import pytest

import tally
from tests._events import typed_event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The dockworkers' union called off a planned walkout after the port authority raised wages.",
            "union",
        ),
        (
            "Student leaders called off a march set for Thursday after the rector agreed to meet them.",
            "Student leaders",
        ),
        ("The farmers cancelled the tractor rally after talks with the agriculture minister.", "farmers"),
    ],
)
def test_organisers_calling_off_a_protest_concede(text: str, actor: str) -> None:
    """A planned protest called off by those who planned it: the event that happened is their
    concession (PLOVER CONCEDE), and no protest is reported as held."""
    event = typed_event(text, "CONCEDE", None, actor, None)
    assert text[event.trigger[0] : event.trigger[1]].split()[0] in {"called", "cancelled"}
    assert not any(e.type == "PROTEST" and e.modality == "asserted" for e in tally.analyze(text).events)


def test_own_protest_called_off_still_concedes() -> None:
    """Guard: the possessive form conceded before this round and still does."""
    typed_event(
        "The nurses called off their strike after the hospital board met their demands.",
        "CONCEDE",
        None,
        "nurses",
        None,
    )


def test_state_calling_off_a_protest_is_no_concession() -> None:
    """Guard: the authorities calling off a protest do not concede anything (state actors stay out)."""
    text = "The army called off the opposition rally in the capital."
    assert all(e.type != "CONCEDE" for e in tally.analyze(text).events)
