"""ACLED sub-event types, issue 14.2 round 11: constructions found on eval/acled/dev8.jsonl.

Each sentence is our own (not from any gold or eval set), written from the ACLED Codebook's
definitions (docs/acled.md); the label is the sub-event type of the description's first event,
as the CASE 2021 task 2 set is scored.
"""

from __future__ import annotations

import pytest

from tests._events import first_sub_event

CASES = [
    # people who "gathered" against something, or demonstrators who gathered, demonstrated
    (
        "Shopkeepers gathered in Sfax against the closure of the old market; police detained four of them.",
        "Protest with intervention",
    ),
    (
        "On 3 June 2021, demonstrators assembled outside the electoral commission in Lusaka; police broke up the crowd.",
        "Protest with intervention",
    ),
    (
        "Dozens of mothers gathered outside the prison in Bamenda, demanding news of their sons.",
        "Peaceful protest",
    ),
    # a death or shooting named as what the demonstration is about is no force used on it
    (
        "Students marched in Kisumu over the death of a lecturer in police custody; police dispersed them with tear gas.",
        "Protest with intervention",
    ),
    (
        "On 9 May 2021, traders gathered in Bukavu against the shooting of a money changer; police arrested 6 of them.",
        "Protest with intervention",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_first_sub_event(text: str, expected: str) -> None:
    assert first_sub_event(text) == expected


GUARDS = [
    # a gathering with nothing against anything is no demonstration
    ("Villagers gathered at the chief's compound in Tamale to welcome the new governor.", None),
    # a death told as what the police did still makes the force excessive
    (
        "Students marched in Kisumu over fees; police shot dead two of them.",
        "Excessive force against protesters",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: str | None) -> None:
    assert first_sub_event(text) == expected
