"""Events, round 29 (issue 14 §1): the learned fallback reads the act a catenative governs.

Where no word list fires, the learned fallback types the sentence from its main predicate. When that
predicate was a catenative verb ("tried to", "plans to", "decided to") or "be" with an adjective of
readiness ("is willing to", "would be ready to", "is prepared to"), the model read "try", "plan" or
"be" and said nothing (or typed the plan word), though the act is the to-infinitive. The class cost
the held-out reading of PLOVER dev two items (folds 1 and 4) and four of our own work-half sentences
read with the rules off (wire12, wire18 twice, wire27). The predicate now hands over to the act; the
governing word stays a feature and lends the act its subject, modal and negation. Verbs that give the
act a type of their own (threaten, promise, refuse, fail, agree, urge …) keep their own lemma.

Every sentence is our own, written for this test.
"""

from __future__ import annotations

import pytest

import tally
from tally.extract.events import learned
from tests._events import first_event

#: Offers of readiness no word list reads: the fallback, reading the act, gives an intent (AGREE, planned).
OFFERS = [
    ("The miners' union is prepared to return to the bargaining table next week.", "The miners' union"),
    (
        "The teachers' federation is willing to return to the classrooms on Monday.",
        "The teachers' federation",
    ),
    ("Her party says it is ready to rejoin the coalition if the budget is amended.", "Her party"),
]


@pytest.mark.parametrize(("text", "actor"), OFFERS)
def test_offer_of_readiness_is_an_intent(text: str, actor: str) -> None:
    event = first_event(text)
    assert event is not None, text
    assert event.type == "AGREE", (text, event.type)
    assert event.modality == "planned", (text, event.modality)
    assert actor in (event.actor_text or ""), (text, event.actor_text)


def test_planned_act_is_the_trigger_not_the_plan() -> None:
    text = "The rebel movement plans to rejoin the coalition government in March."
    event = first_event(text)
    assert event is not None and event.type == "AGREE", event
    assert text[event.trigger[0] : event.trigger[1]] == "rejoin"
    assert event.modality == "planned"
    assert "coalition government" in (event.target_text or "")


@pytest.mark.parametrize(
    ("text", "act", "word"),
    [
        ("The customs office tried to block the shipment of maize.", "block", "try"),
        ("The port workers said they would be willing to unload the relief ships.", "unload", "willing"),
        ("The regional guard has decided to abandon the hill posts.", "abandon", "decide"),
        ("The junta is prepared to free the two reporters, an envoy said.", "free", "prepared"),
    ],
)
def test_main_predicate_hands_over_to_the_act(nlp, text: str, act: str, word: str) -> None:
    sent = next(iter(nlp(text).sents))
    verb = learned.main_predicate(sent)
    assert verb.lower_ == act, (text, verb.text)
    feats = learned.features(sent)
    assert f"v={act}" in feats and f"cat={word}" in feats, feats
    assert learned.can_act(verb), text  # the governing verb's subject is the act's


def test_governor_lends_modal_and_negation(nlp) -> None:
    sent = next(iter(nlp("The council would not be willing to reopen the bridge.").sents))
    feats = learned.features(sent)
    assert "v=reopen" in feats and "neg" in feats and "modal=would" in feats, feats


# --- guards -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Iran threatened to cut off gas to the province.", "threaten"),
        ("The envoy refused to meet the rebel delegation.", "refuse"),
        ("The two sides agreed to exchange prisoners.", "agree"),
        ("The minister promised to rebuild the bridge.", "promise"),
    ],
)
def test_verbs_that_type_their_act_keep_their_lemma(nlp, text: str, lemma: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert learned.main_predicate(sent).lemma_.lower() == lemma, text


def test_training_reads_the_predicate_as_written(nlp) -> None:
    """The committed model was trained without the hand-over (``eval/train/learned_fallback.py``)."""
    sent = next(iter(nlp("The customs office tried to block the shipment of maize.").sents))
    assert learned.main_predicate(sent, hand_over=False).lemma_.lower() == "try"
    assert "v=try" in learned.features(sent, hand_over=False)


@pytest.mark.parametrize(
    "text",
    [
        "The weather is ready to turn.",
        "The striking nurses are eager to go home.",
        "The company was eager to sell its shares.",
    ],
)
def test_readiness_without_an_act_between_parties_is_no_event(text: str) -> None:
    assert tally.analyze(text).events == [], text


def test_rules_still_decide_where_they_fire() -> None:
    event = first_event("The government is willing to talk to the strikers, a spokesman said.")
    assert event is not None and event.type == "AGREE"
    event = first_event("Police plan to arrest the organisers of the march.")
    assert event is not None and event.type == "THREATEN"
