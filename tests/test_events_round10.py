"""The learned PLOVER fallback (issue 14.1, tenth round): an event where no word list fires.

``tally.extract.events.learned`` holds an averaged perceptron trained on sentences we
wrote ourselves (``eval/train``, ``eval/plover_own``) and on sentences of the VOA ``tune``
stories in which no rule fires (its ``NONE`` examples); it never saw a PLOVER gold item.
Every sentence below was written for this round (none from a gold set, the CAMEO manual
or the training files). ``CASES`` had no event on main (their verbs are in no list);
``GUARDS`` are background sentences that must stay without an event (they had none on main
either).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tally
from tally.evaluate.gold import GoldItem
from tally.extract.events import learned
from tests._events import first_event, typed_event

#: (sentence, PLOVER type, actor, target (None: not checked)).
CASES = [
    # an authority closing a newspaper it has no word for: censorship
    (
        "The authorities shuttered three independent newspapers in Conakry.",
        "COERCE",
        "authorities",
        "newspapers",
    ),
    # a crowd of protesters meeting in a public place: a demonstration
    ("Protesters gathered outside the governor's office in Basra on Sunday.", "PROTEST", "Protesters", None),
    # a rare verb of beating, with its victim as object
    ("Militiamen pummelled the reporter with rifle butts.", "ASSAULT", "Militiamen", "reporter"),
]

GUARDS = [
    "The weather in Colombo was hot and humid on Sunday.",
    "The country's population has doubled since 1990.",
    "Inflation reached 40 percent last month, the central bank said.",
    "The ceremony took place in a small hall near the river.",
]


@pytest.mark.parametrize(("text", "ptype", "actor", "target"), CASES)
def test_fallback_types_a_sentence_no_list_knows(
    text: str, ptype: str, actor: str, target: str | None
) -> None:
    typed_event(text, ptype, None, actor, target)


@pytest.mark.parametrize("text", GUARDS)
def test_background_sentence_has_no_event(text: str) -> None:
    assert tally.analyze(text).events == []


def test_fallback_speaks_only_where_no_rule_fires() -> None:
    # "lauded" is in the lists (SUPPORT); the model is never asked about this sentence
    text = "The minister lauded the security forces for their restraint."
    assert [e.type for e in tally.analyze(text).events] == ["SUPPORT"]
    with learned.without_rules():
        assert tally.analyze(text).events == []  # what the model alone says of it: nothing
    assert [e.type for e in tally.analyze(text).events] == ["SUPPORT"]  # the rules are back


def test_stative_predicate_is_never_a_fallback_event() -> None:
    doc = tally.analyze("The council remained in session until late in the evening.")
    assert doc.events == []


def test_model_file_names_only_our_own_training_data() -> None:
    path = Path(learned.__file__).parents[2] / "lang" / "en" / "events" / "learned_model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "no PLOVER gold item" in data["provenance"]
    labels = {label for _, row in data["entries"] for label, _ in row}
    assert "NONE" in labels and "PROTEST" in labels


def test_held_out_reading_falls_back_to_the_model() -> None:
    from tally.evaluate.folds import _without_rules
    from tally.records import Article

    text = "The authorities shuttered three independent newspapers in Conakry."
    item = GoldItem(id="own-1", text=text, date=None, title=None, data={})
    (article,) = _without_rules([(item, Article(id="own-1", text=text))], None)
    assert [e.type for e in article.events] == ["COERCE"]


def test_violating_a_ceasefire_agreement_is_fighting():
    # a regression test: round 10's new class of deals struck ("struck a deal/truce") had taken in
    # "agreement", so the head of "the ceasefire agreement" hid the ceasefire a violation of which is
    # fighting; a deal's class now holds the words for a deal, not "agreement"
    event = first_event(
        "Rebels are guilty of violating the ceasefire agreement signed in May, a monitoring group said."
    )
    assert event is not None and event.type == "FIGHT"
