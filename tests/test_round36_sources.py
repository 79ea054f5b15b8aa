"""Figure sources, round 36: a plan or a piece of hearsay read as a quote gives no figure its source.

The quotes extractor reads the infinitive of a verb of intention as what its subject says
("Street crews will aim to clear 12 blocks" is a quote of the crews, as PolNeAR annotates it),
and a clause after a verb of hearing or forgetting as well ("Many voters have heard that …").
Neither gives the count in it: a plan is the writer's report of an act to come, and hearsay names
no one who gave the number. Every sentence here was written for tally; none is copied from an
article or a gold set.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb of intention whose infinitive holds the count
        ("Street crews will aim to clear 12 blocks of rubble by the spring.", 12),
        (
            "Mining firms that had backed the plan agreed to release millions in cash so the town could rebuild.",
            1e6,
        ),
        ("Volunteers pledged to plant 500 trees along the river.", 500),
        # a second verb of intention joined to the first shares its subject
        (
            "The foundation agreed to hold the money and also agreed to start the work by paying for the first 25 beds.",
            25,
        ),
        # a verb of hearing or forgetting whose clause holds the count
        ("Many voters have heard by now that 20 soldiers die each day.", 20),
        ("People forget that at its peak, 20 million viewers were watching the show.", 20e6),
    ],
)
def test_plan_or_hearsay_gives_no_source(text: str, value: float) -> None:
    asserted, confirmed, _ = roles_of(text, value)
    assert asserted == [] and confirmed == []


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: a verb of saying above the plan still gives it
        ("The ministry said it plans to release 300 prisoners.", 300, "ministry"),
        # a plan inside a direct quote is the speaker's
        ('"We aim to clear 12 blocks of rubble by spring," the mayor said.', 12, "mayor"),
        # a verb of intention with a clause of its own ("agreed that") reports
        (
            "Three aid groups working in the valley agreed that 2,500 homes had been destroyed.",
            2500,
            "aid groups",
        ),
        # a verb of saying with a count in its clause
        ("Witnesses told reporters that 40 protesters were arrested.", 40, "Witnesses"),
    ],
)
def test_saying_above_still_gives_source(text: str, value: float, source: str) -> None:
    asserted, _, _ = roles_of(text, value)
    assert any(source.lower() in name.lower() for name in asserted), asserted


def test_offsets_of_plan_figure() -> None:
    text = "Street crews will aim to clear 12 blocks of rubble by the spring."
    figure = next(f for f in tally.analyze(text, published="2024-05-02").figures if f.value == 12)
    assert text[figure.start : figure.end] == "12"
    assert figure.asserted_by == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "per" before a bare singular noun sets a rate, and cites no one
        ("Nearly 1,500 coal plants together emit about two billion tons per year of soot.", 1500),
        ("The new rules could cut five figures off the bill each year per student.", 5),
    ],
)
def test_per_unit_is_no_source(text: str, value: float) -> None:
    asserted, confirmed, _ = roles_of(text, value)
    assert asserted == [] and confirmed == []


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: "per" before a name, an article or a body still cites
        ("At least 40 people were killed in the raid, per Reuters.", 40, "Reuters"),
        ("At least 40 people were killed in the raid, per the health ministry.", 40, "ministry"),
        ("At least 40 people were killed in the raid (per police).", 40, "police"),
    ],
)
def test_per_source_still_cited(text: str, value: float, source: str) -> None:
    asserted, _, _ = roles_of(text, value)
    assert any(source.lower() in name.lower() for name in asserted), asserted
