"""Trigger words from the generated WordNet list (``lang/en/events/wordnet_triggers.json``).

The sentences are our own, each with a trigger only the generated list knows
(none of them was an event before it); none comes from a gold set. The list is
data written by ``scripts/wordnet_lexicon.py``; tally reads it like any other
word list and never needs WordNet or nltk.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import tally
from tally.extract.events import lexicon as event_lexicon
from tally.lang import active

GENERATED = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "tally"
    / "lang"
    / "en"
    / "events"
    / "wordnet_triggers.json"
)

CASES = [
    # (sentence, trigger word, PLOVER type, mode or None when any)
    (
        "Militiamen exterminated the residents of two hamlets, witnesses said.",
        "exterminated",
        "ASSAULT",
        None,
    ),
    ("Rebels assailed an army post in the north overnight.", "assailed", "ASSAULT", None),
    ("The carnage at the bus station left 30 people dead.", "carnage", "ASSAULT", None),
    ("The besieged garrison capitulated to the insurgents after a week.", "capitulated", "RETREAT", None),
    ("The foreign minister chided Ghana over its new border rules.", "chided", "DISAPPROVE", None),
    ("Opposition leaders fulminated against the new tax law.", "fulminated", "DISAPPROVE", None),
    ("Auditors said two officials misappropriated relief funds in Lagos.", "misappropriated", "CRIME", None),
    ("Thieves pilfered medicine from the hospital stores.", "pilfered", "CRIME", None),
    ("The president championed the regional peace plan.", "championed", "SUPPORT", None),
    ("Soldiers browbeat local journalists outside the courthouse.", "browbeat", "COERCE", None),
    # the mode comes with the seed the word was reached from (forbid → restrict); an
    # organisation proscribed is the codebook's ``ban`` (round 8, verb + object class)
    ("The junta proscribed public gatherings in the capital.", "proscribed", "COERCE", "restrict"),
    ("The junta proscribed the main opposition party.", "proscribed", "COERCE", "ban"),
    ("Armed men waylaid a convoy of traders on the highway.", "waylaid", "FIGHT", None),
    # rebutting an accusation rejects it; it is not itself an accusation
    ("The police spokesman rebutted the allegations on Tuesday.", "rebutted", "REJECT", None),
    # an event noun of the list under a light verb
    ("The two governments held a dialogue on water rights.", "dialogue", "CONSULT", None),
]


@pytest.mark.parametrize(("text", "word", "ptype", "mode"), CASES, ids=[c[1] for c in CASES])
def test_generated_trigger_fires(text: str, word: str, ptype: str, mode: str | None) -> None:
    article = tally.analyze(text)
    found = [e for e in article.events if word in article.text[e.trigger[0] : e.trigger[1]]]
    assert found, (
        f"no event on {word!r}: {[(article.text[e.trigger[0] : e.trigger[1]], e.type) for e in article.events]}"
    )
    assert found[0].type == ptype
    if mode is not None:
        assert found[0].mode == mode


def test_file_states_provenance_licence_and_command() -> None:
    data = json.loads(GENERATED.read_text(encoding="utf-8"))
    assert "WordNet 3.0" in data["licence"] and "Princeton" in data["licence"]
    assert "scripts/wordnet_lexicon.py" in data["regenerate"]
    assert "never dev" in data["provenance"]
    assert data["entries"], "the generated list is empty"


def test_hand_written_entries_win_and_first_senses_only() -> None:
    hand_verbs = active().get("events", "verbs")
    generated_verbs = event_lexicon.generated("v")
    generated_nouns = event_lexicon.generated("n")
    # no generated word shadows or duplicates a hand-written one
    assert not set(generated_verbs) & set(hand_verbs)
    assert not set(generated_nouns) & set(active().get("events", "nouns"))
    for word, sense in hand_verbs.items():
        assert event_lexicon.VERBS[word] == event_lexicon.Sense(*sense)
    assert event_lexicon.VERBS["exterminate"] == generated_verbs["exterminate"]
    # words whose first WordNet sense is not the event one never come in:
    # "approve" (sanction's first sense), "slap" (strike's), "behave" (deport's)
    for word in ("approve", "slap", "behave", "teach", "vanish"):
        assert word not in generated_verbs
    # light and reporting verbs stay with their hand-written lists
    assert not set(generated_verbs) & (event_lexicon.LIGHT_VERBS | event_lexicon.REPORTING)


def test_runtime_needs_no_wordnet() -> None:
    tally.analyze("Rebels assailed an army post in the north overnight.")
    assert "nltk" not in sys.modules


def test_folds_do_not_count_generated_words_as_fold_prompted() -> None:
    from tally.evaluate.folds import _is_generated, generated_stems

    stems = generated_stems()
    assert _is_generated("ASSAULT:exterminat", stems)
    assert _is_generated("CRIME:pilfer", stems)
    # a hand-written word (or one sharing its stem) can be a fold's rule: not exempt
    assert not _is_generated("ASSAULT:kill", stems)
    assert not _is_generated("ASSAULT:wound", stems)
