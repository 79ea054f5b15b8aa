"""Events, round 30 (issue 14 §1): the learned fallback reads the act a support verb's object names.

Where no word list fires, the learned fallback types the sentence from its main predicate. When that
predicate is a support ("light") verb -- launch, open, put, place, reach, give, mount, impose, hold,
the verbs the rules already read as "a verb whose object is itself the event" -- the model read
"open", "put" or "reach" and said nothing or guessed from the verb alone ("opened fraud
investigations" came out COOPERATE, "has been put under investigation" no event), though what was
done is the object noun. The predicate's word is now the verb the noun is made from (the noun itself,
the nominalisations table, or a derivational ending undone: investigation → investigate, agreement
→ agree) when the model knows that verb; the light verb's own arguments stay the features.

Every sentence is our own, written for this test.
"""

from __future__ import annotations

import pytest

from tally.extract.events import learned
from tests._events import first_event


def _fallback_event(text: str):  # noqa: ANN202 - an Event or None
    """What tally says of *text* with no word-list rule firing (the held-out reading's path)."""
    with learned.without_rules():
        return first_event(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("A magistrate in Turin opened corruption investigations against 12 port officials.", "investigate"),
        ("The regulator has placed two insurers under investigation.", "investigate"),
        ("Ghana and Togo reached an agreement on their maritime border.", "agree"),
        ("The envoy launched a mediation effort between the two parties.", "mediate"),
    ],
)
def test_support_verb_hands_over_to_its_noun(nlp, text: str, act: str) -> None:
    sent = next(iter(nlp(text).sents))
    verb = learned.main_predicate(sent)
    assert learned.support_act(verb) == act, text
    feats = learned.features(sent)
    assert f"v={act}" in feats, feats
    assert f"v={verb.lemma_.lower()}" not in feats


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "A former health minister has been placed under investigation in Spain over contracts "
            "awarded during the pandemic, local media reported.",
            "INVESTIGATE",
        ),
        ("The two neighbours reached an agreement on water sharing.", "AGREE"),
    ],
)
def test_fallback_types_the_support_verbs_act(text: str, etype: str) -> None:
    event = _fallback_event(text)
    assert event is not None, text
    assert event.type == etype, (text, event.type)


# -- guards ----------------------------------------------------------------------------------------


def test_training_reads_the_support_verb_as_written(nlp) -> None:
    # the committed model was trained on the predicate as written (hand_over=False)
    sent = next(iter(nlp("The regulator has placed two insurers under investigation.").sents))
    feats = learned.features(sent, hand_over=False)
    assert "v=place" in feats and "v=investigate" not in feats


@pytest.mark.parametrize(
    "text",
    [
        "The court rejected the findings of the investigation.",  # not a support verb: its own act
        "The minister gave a long speech in parliament.",  # a noun made from no verb the model knows
        "The army issued new orders to its units.",  # "order" is itself a support verb: no hand-over
    ],
)
def test_no_hand_over(nlp, text: str) -> None:
    verb = learned.main_predicate(next(iter(nlp(text).sents)))
    assert learned.support_act(verb) is None, text


def test_rules_still_come_first() -> None:
    # a sentence a word list reads keeps the rule's trigger (the fallback is not asked)
    text = "A magistrate in Turin opened corruption investigations against 12 port officials."
    event = first_event(text)
    assert event is not None and event.type == "INVESTIGATE"
    assert "investigations" in text[event.trigger[0] : event.trigger[1]]
