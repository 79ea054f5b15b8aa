"""Round 39 (issue 14 §1, over-generation): statements that report no event (docs/history/events.md, "thirty-ninth
round — statements that report no event").

Constructions that say an act may, must or usually happen, not that one did:

- the "to"-infinitive or "of"-gerund of a noun of right, power, permission or choice
  (``lang/en/events/modal_nouns.txt``: "the right to protest", "permission to deploy troops") is
  ``hypothetical``, unless the right is exercised ("exercised their right to march");
- a clause of condition ("if"/"unless", or "should"/"were"/"had" before the subject) makes its verb
  ``hypothetical`` before negation is read ("if the activist is not released"), and an event noun that
  is its subject or object too ("if a strike goes ahead", "should the army launch an offensive");
- an event noun with "any" ("any attack would be met with force") or the object of a ban
  (``ban_verbs.txt``: "the law bans protests") is ``hypothetical``;
- "should"/"must"/"ought" on an event verb is ``hypothetical`` ("the government should release the
  prisoners"); "must have" infers an act done and stays;
- a direct yes/no question ("Will they protest again on Friday?") is ``hypothetical``;
- the subject of a present-tense "face"/"risk" with a relative clause is a class of people
  (``facing_verbs.txt``): "drivers who block the roads face arrest";
- no event at all for acts of a kind: the "of"/"for" phrase of a noun of habit or record
  (``habit_nouns.txt``: "a history of attacking journalists"), an event noun said to be common or rare
  (``frequency_adjectives.txt``), a present-tense act with an adverb of habit (``habitual_adverbs.txt``:
  "police routinely use tear gas").

Every sentence here is new (none from a gold set, RAMS, the news halves or VOA); each test checks the
trigger's offsets against the text.
"""

from __future__ import annotations

import pytest

import tally


def _events_at(text: str, word: str) -> list:
    at = text.index(word)
    return [e for e in tally.analyze(text).events if e.trigger[0] <= at < e.trigger[1]]


def _event_at(text: str, word: str):
    found = _events_at(text, word)
    assert found, f"no event on {word!r}"
    event = found[0]
    assert text[event.trigger[0] : event.trigger[1]].startswith(word.split()[0])
    return event


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The union has the right to strike.", "strike"),
        ("Students demanded the right to protest on campus.", "protest"),
        ("The minister asked for permission to deploy troops to the border.", "deploy"),
        ("The army's ability to shell the town was reduced by the storms.", "shell"),
        ("The council has the power to ban rallies in the city centre.", "ban"),
    ],
)
def test_an_act_one_has_the_right_or_power_to_do_is_hypothetical(text: str, word: str) -> None:
    event = _event_at(text, word)
    assert event.modality == "hypothetical"
    assert event.acled is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If a strike goes ahead, hospitals will close.", "strike"),
        ("Should the army launch an offensive, thousands would flee.", "launch"),
        ("If the activist is not released, the group will block the highway.", "released"),
        ("Any attack on the convoy would be met with force.", "attack"),
        ("The new law bans protests near parliament.", "protests"),
        ("The government should release the prisoners.", "release"),
        ("Will they protest again on Friday?", "protest"),
        ("Did police arrest the organisers?", "arrest"),
        ("Drivers who block the roads face arrest.", "block"),
    ],
)
def test_a_condition_an_obligation_a_ban_or_a_question_is_hypothetical(text: str, word: str) -> None:
    assert _event_at(text, word).modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militia has a history of attacking journalists.", "attacking"),
        ("The region has a long tradition of protests against the capital.", "protests"),
        ("The party has a record of organising strikes.", "organising"),
        ("Arrests of journalists are common in the province.", "Arrests"),
        ("Such attacks are rare in the north.", "attacks"),
        ("Police routinely use tear gas against protesters.", "use"),
        ("Journalists are routinely detained at the border.", "detained"),
    ],
)
def test_acts_of_a_kind_are_no_event(text: str, word: str) -> None:
    assert _events_at(text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Protesters exercised their right to march on Sunday.", "march", "asserted"),  # a right used
        ("The soldiers must have killed the driver.", "killed", "asserted"),  # an inference
        ("Police fired tear gas at protesters on Monday.", "fired", "asserted"),
        ("Police arrested the organisers, didn't they?", "arrested", "asserted"),  # a tag question
        ("Police often detained protesters during last year's unrest.", "detained", "asserted"),  # past
        ("Two years ago the army banned the march and arrested its leaders.", "arrested", "asserted"),
        ("If the police attack the camp, the villagers will resist.", "attack", "hypothetical"),
    ],
)
def test_guard_acts_done_keep_their_modality(text: str, word: str, modality: str) -> None:
    assert _event_at(text, word).modality == modality


def test_guard_a_definite_event_in_a_history_stays() -> None:
    text = "The museum tells the history of the crackdown on the students."
    event = _event_at(text, "crackdown")
    assert (event.type, event.modality) == ("COERCE", "asserted")
    assert text[event.trigger[0] : event.trigger[1]] == "crackdown"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "no record of an air strike": the record (evidence) of one act in dispute, no habit
        ("There is no record of an air raid on the village that morning, the agency said.", "raid"),
        ("The film recalls the history of a massacre in the valley.", "massacre"),
    ],
)
def test_guard_one_act_named_under_a_noun_of_record_stays_an_event(text: str, word: str) -> None:
    assert _events_at(text, word) != []


def test_guard_an_embargo_named_under_a_ban_is_no_object_of_it() -> None:
    text = "Rifles were banned under the embargo, the customs office said."
    assert _event_at(text, "embargo").modality != "hypothetical"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Exporters will return if sanctions are lifted next year.", "sanctions"),  # the patient
        ("If the strike continues, hospitals will run short of staff.", "strike"),  # a definite one
    ],
)
def test_guard_a_real_act_named_in_a_condition_is_not_hypothetical(text: str, word: str) -> None:
    assert _event_at(text, word).modality != "hypothetical"


def test_guard_a_verb_of_practice_is_no_noun_of_habit() -> None:
    text = "The army began to practice for a ground assault near the border."
    assert _events_at(text, "assault")
