"""Events, round 57: constructions read from the tune half of a second fresh sample
(``eval/events_fresh57/``) and the labelled VOA ``tune`` events, with sentences of our own:

- A threat made "with" an act ("threatened the town with an assault", "threatened Moscow with new
  sanctions") threatens the act: it is what is threatened, not an act that happened, as in
  "threatened a strike" or "threatened to attack".
- A disease (round 37's list) that kills, also through a relative clause ("the virus that killed 20
  people") or where the parser hangs the verb on the disease noun ("after an outbreak of measles
  killed ten children"), is no party acting: no assault. Gunmen that killed people stay.
- "Talk" of a speech or of rumour: a singular "talk" given or delivered with no one it is held
  with ("gave a talk on foreign policy"), "there was talk of a ceasefire", and a bare-infinitive "talk"
  with no subject or partner of its own ("listened to him talk") meet no one. "Held talks", "had a
  talk with the minister", "talked with rebel leaders" stay CONSULT.
- Troops that march ("soldiers marched into the capital") move forces (MOBILIZE), they do not
  demonstrate; marchers, students or police officers marching in protest stay PROTEST.
- A bare verb joined to the infinitive a threat or a promise governs shares its governor:
  "threatened to attack the town and kill the hostages" threatens both, "agreed to withdraw and
  release the hostages" agrees to both; a conjunct with a tense of its own ("and later released
  them") and the penalty of a demand ("or face new sanctions") stay.
- An alert issued, sent or sounded is a public notice, no mobilisation; troops put on alert stay.
- A negation the parser hangs on the auxiliary ("was never, ever deported") negates the verb.
- Words of another sense: "returned a guilty verdict" (a court's finding, no withdrawal), "hosted
  medical clinics" (a service run, as round 55's visit to a clinic: no party received), a leak
  "released" (a text made public, as round 37's report released).
- An opinion poll's question ("the poll asked voters …") and share ("supported by 42 percent of
  those responding") are no demand and no support; a ministry that asks, a party that supports stay.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests._event_triggers import events_of, events_with_trigger

pytestmark = pytest.mark.model


# --- a threat made with an act -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels threatened the town with an assault.", "assault"),
        ("The union threatened the company with a strike.", "strike"),
        ("The governor threatened the protesters with arrest on Friday.", "arrest"),
        ("The villagers were threatened with eviction by the militia.", "eviction"),
    ],
)
def test_act_threatened_with_is_no_act_done(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == []
    assert [e for e in events_of(text) if e[1] == "THREATEN"], events_of(text)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The rebels attacked the town with mortars.", "attacked", "ASSAULT"),
        ("Police met the marchers with tear gas.", "met", "COERCE"),
    ],
)
def test_acts_done_with_means_stay(text: str, word: str, kind: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][2] == "asserted", events_of(text)


# --- a disease that kills ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The virus that killed 20 people last winter has spread to the coast.",
        "Health officials met after an outbreak of measles killed ten children.",
        "Doctors said the flu epidemic that killed 300 people last year was over.",
    ],
)
def test_disease_killing_is_no_assault(text: str) -> None:
    assert events_with_trigger(text, "kill") == []


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen who killed 20 people last winter were arrested on the coast.",
        "Residents fled after a militia killed ten villagers.",
    ],
)
def test_killing_by_a_party_stays(text: str) -> None:
    found = events_with_trigger(text, "kill")
    assert found and found[0][1] in {"ASSAULT", "FIGHT"}, events_of(text)


# --- talk of a speech or of rumour ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He gave a talk on foreign policy at the university.",
        "There was talk of a ceasefire in the capital.",
        "We sat and listened to her talk about her childhood.",
        "She gave a short talk to the students about the election.",
    ],
)
def test_talk_of_a_speech_meets_no_one(text: str) -> None:
    assert [e for e in events_of(text) if e[1] == "CONSULT"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two governments held talks in Geneva.", "talks"),
        ("The envoy had a long talk with the minister on Monday.", "talk"),
        ("The minister talked with rebel leaders on Monday.", "talked"),
        ("The two presidents talked about trade on the phone.", "talked"),
        ("Negotiators from both sides flew to Vienna for talk on the nuclear deal.", "talk"),
    ],
)
def test_talks_held_stay_consult(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][1] == "CONSULT", events_of(text)


# --- troops that march ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers marched into the capital on Monday.",
        "Government troops marched into the rebel town after the ceasefire collapsed.",
        "The army marched north toward the border.",
    ],
)
def test_troops_marching_is_no_protest(text: str) -> None:
    found = events_with_trigger(text, "march")
    assert found and found[0][1] == "MOBILIZE", events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched through the capital on Monday.",
        "Students marched to parliament to demand lower fees.",
        "Off-duty police officers marched in protest over unpaid wages.",
    ],
)
def test_marchers_still_protest(text: str) -> None:
    found = events_with_trigger(text, "march")
    assert found and found[0][1] == "PROTEST", events_of(text)


# --- a bare verb joined to an absorbed complement ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels threatened to attack the town and kill the hostages.", "kill"),
        ("The rebels agreed to withdraw from the town and release the hostages.", "release"),
        ("The government agreed to fight the smuggling gangs and help curb migration.", "curb"),
        ("The militia vowed to storm the prison and free its commanders.", "free"),
    ],
)
def test_joined_complement_is_what_is_threatened_or_agreed(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == []


def test_penalty_held_out_by_a_demand_stays() -> None:
    text = "The envoys urged the junta to free the prisoners or face new sanctions."
    found = events_with_trigger(text, "sanctions")
    assert found and found[0][1] == "SANCTION", events_of(text)


def test_joined_verb_with_a_tense_of_its_own_stays() -> None:
    text = "The rebels agreed to withdraw and later released the hostages."
    found = events_with_trigger(text, "released")
    assert found and found[0][1] == "RETREAT", events_of(text)


# --- an alert issued ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry issued an alert to hospitals after the outbreak.",
        "The weather service sent out an alert about the storm.",
    ],
)
def test_alert_issued_is_no_mobilisation(text: str) -> None:
    assert [e for e in events_of(text) if e[1] == "MOBILIZE"] == []


def test_troops_put_on_alert_stay_mobilised() -> None:
    text = "The army put its troops on high alert along the border."
    assert [e for e in events_of(text) if e[1] == "MOBILIZE"], events_of(text)


# --- an opinion poll -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The poll asked voters to rate the two candidates.",
        "The governor was supported by 42 percent of those surveyed.",
        "Sixty percent of respondents supported the ban, the survey found.",
    ],
)
def test_poll_question_and_share_are_no_acts(text: str) -> None:
    assert [e for e in events_of(text) if e[1] in {"DEMAND", "SUPPORT"}] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ministry asked residents to leave the area.", "DEMAND"),
        ("The opposition party supported the ban.", "SUPPORT"),
    ],
)
def test_asking_and_supporting_parties_stay(text: str, kind: str) -> None:
    assert [e for e in events_of(text) if e[1] == kind], events_of(text)


# --- a negation on the auxiliary -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He had been arrested many times but was never, ever deported.", "deported"),
        ("The reporter was questioned twice but was never, ever charged.", "charged"),
    ],
)
def test_negation_on_the_auxiliary_negates(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][2] == "negated", events_of(text)


# --- words of another sense ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The jury returned a guilty verdict on Friday.", "returned"),
        ("The charity hosted free medical clinics in rural villages.", "hosted"),
        ("The leak was released just before the election.", "released"),
    ],
)
def test_words_of_another_sense(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The rebels returned the captured soldiers on Friday.", "returned", "RETREAT"),
        ("Egypt hosted the Israeli delegation in Cairo.", "hosted", "CONSULT"),
        ("The militants released the hostages on Sunday.", "released", "RETREAT"),
    ],
)
def test_event_senses_stay(text: str, word: str, kind: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][1] == kind, events_of(text)
