"""Events, round 26 (issue 14 §1): the learned fallback retrained on more of our own sentences.

The fallback (:mod:`tally.extract.events.learned`) is now trained on the work halves of wire18-wire22
and of the new ``eval/plover_own/wire26.jsonl`` as well (1,940 sentences; held halves never). The
retrained model named sentences that only describe something ("described the situation as calm") a
disapproval, a fight, an assault or a protest; a verb that puts a predicate on its object is a
description, not an act, so the model is not asked about it (the word lists still read blame in the
predicate). Every sentence here was written for this test, not taken from any gold set or from a file
the fallback is trained on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tally
from tally.extract.events import filters, learned
from tests._events import first_event

#: Descriptions in which no word list fires: the retrained model without the rule guessed the type
#: on the right (ASSAULT, FIGHT, PROTEST, DISAPPROVE); each is no event.
DESCRIPTIONS = [
    "The governor described the situation in the north as stable.",  # model: ASSAULT
    "The army described the border area as calm.",  # model: FIGHT
    "Residents described the streets as empty.",  # model: PROTEST
]


@pytest.mark.parametrize("text", DESCRIPTIONS)
def test_description_is_no_fallback_event(text: str) -> None:
    assert tally.analyze(text).events == []


@pytest.mark.parametrize("text", DESCRIPTIONS[1:])  # round 27's retrained model says nothing of the first
def test_the_model_would_have_spoken_without_the_rule(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the cases test the rule, not a model that happens to say nothing
    monkeypatch.setattr(filters, "_describes", lambda verb: False)
    assert tally.analyze(text).events != []


def test_description_with_blame_still_disapproves() -> None:
    """Guard: the word lists read blame in the predicate, as before.

    Round 27: the sentence was "… the count as rigged", whose DISAPPROVE came from the model ("rigged"
    is in no list); the model retrained in round 27 names no event there, so the guard now uses a
    predicate the lists know.
    """
    event = first_event("The opposition described the count as politically motivated.")
    assert event is not None and event.type == "DISAPPROVE"


def test_an_as_noun_is_no_description() -> None:
    """Guard: "as part of" names what the act belongs to, not what the object is."""
    event = first_event("Kenya sent 400 police officers to Haiti as part of the mission.")
    assert event is not None and event.type == "MOBILIZE"


def test_fallback_still_speaks_on_an_act() -> None:
    """Guard: a sentence with no predicate on its object is still the model's to type."""
    text = "Local volunteers ran a field kitchen for displaced families in Derna."
    event = first_event(text)
    assert event is not None and event.type == "AID"


def test_model_trained_on_the_new_work_halves_only() -> None:
    path = Path(learned.__file__).parents[2] / "lang" / "en" / "events" / "learned_model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "tune/work halves of wire12-wire22 and wire26" in data["provenance"]


def test_wire26_halves_by_sha1_of_the_id() -> None:
    import hashlib

    path = Path(__file__).parents[1] / "eval" / "plover_own" / "wire26.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300
    for row in rows:
        odd = int(hashlib.sha1(row["id"].encode()).hexdigest(), 16) % 2 == 1
        assert row["half"] == ("held" if odd else "work")
        for key in ("actor", "target"):
            assert row[key] is None or row[key] in row["text"]
