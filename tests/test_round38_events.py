"""Round 38 (issue 14 §1): the type and the modality of events that should exist, read on fresh text
(docs/history/events.md, "thirty-eighth round — events").

Constructions where the trigger's syntax decides the type or the modality:

- a person "was charged" or "indicted" with no accuser named is charged by the law: PLOVER COERCE
  ``arrest`` ("arrest, detain or charge with legal action"), as "police charged the men" already is;
- what a person is accused or suspected of, an event noun with "alleged"/"suspected", an event verb with
  "allegedly"/"reportedly" (``lang/en/events/alleging_words.txt``) is an act claimed: ``reported``;
- an event noun that is the object of a verb of preparing (``preparing_verbs.txt``) with no definite
  determiner is an act prepared: ``planned``;
- "attack"/"assail" on something said or proposed (``utterance_nouns.txt``), or with a verb of saying
  or naming hung on it, is criticism: DISAPPROVE;
- a plea in court (``plea_words.json``): "pleaded guilty" CONCEDE, "pleaded not guilty" REJECT.

Every sentence here is new (none from a gold set, RAMS, the news halves or the CAMEO manual); each
test checks the trigger's offsets against the text.
"""

from __future__ import annotations

import pytest

import tally


def _event_at(text: str, word: str):
    at = text.index(word)
    found = [e for e in tally.analyze(text).events if e.trigger[0] <= at < e.trigger[1]]
    assert found, f"no event on {word!r}"
    event = found[0]
    assert text[event.trigger[0] : event.trigger[1]].startswith(word.split()[0])
    return event


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Two brothers were charged with arson after the fire at the depot.", "charged", "asserted"),
        ("The former mayor was indicted on bribery charges last week.", "indicted", "asserted"),
        ("The driver has not been charged, the police spokesman said.", "charged", "negated"),
        ("Okafor and Mensah were charged with fraud on Tuesday.", "charged", "asserted"),
    ],
)
def test_a_person_charged_with_no_accuser_is_coerced(text: str, word: str, modality: str) -> None:
    event = _event_at(text, word)
    assert (event.type, event.mode, event.modality) == ("COERCE", "arrest", modality)


@pytest.mark.parametrize(
    "text",
    [
        "The panel was charged with overseeing the vote count.",  # a body given a duty
        "The two ministers were charged by the opposition with hiding the report.",  # an accuser named
        "The opposition leader charged that the count had been rigged.",  # words, active
    ],
)
def test_guard_a_duty_or_an_accuser_stays_disapprove(text: str) -> None:
    assert _event_at(text, "charged").type == "DISAPPROVE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A farmer accused of poisoning his neighbour's cattle appeared in court.", "poisoning"),
        ("She accused the militia of trying to abduct her son.", "abduct"),
        ("Investigators are looking into alleged beatings of detainees at the camp.", "beatings"),
        ("The army has allegedly shelled the border villages.", "shelled"),
    ],
)
def test_an_act_someone_is_accused_of_is_reported(text: str, word: str) -> None:
    assert _event_at(text, word).modality == "reported"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Soldiers shelled the border villages on Sunday.", "shelled"),
        ("He was convicted of poisoning his neighbour's cattle.", "poisoning"),
        # a known act whose author alone is alleged
        ("Officials accused the rebels of planning the ambush on the convoy.", "ambush"),
        # a participle of the main clause after the charge ("…, killing one")
        ("A crowd beat two men they suspected of being thieves on Friday, killing one of them.", "killing"),
    ],
)
def test_guard_an_act_asserted_or_established_stays_asserted(text: str, word: str) -> None:
    assert _event_at(text, word).modality == "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militia was preparing an offensive on the port city.", "offensive"),
        ("Four men were arrested for plotting a bombing at the stadium.", "bombing"),
    ],
)
def test_an_act_prepared_is_planned(text: str, word: str) -> None:
    assert _event_at(text, word).modality == "planned"


def test_guard_an_act_known_to_have_happened_is_not_planned() -> None:
    text = "The commander who planned the massacre was captured in May."
    assert _event_at(text, "massacre").modality != "planned"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor sharply attacked the finance minister's budget proposal.", "attacked"),
        ("Rivals attacked the senator over his voting record, saying he had misled voters.", "attacked"),
        ("The archbishop assailed the government's policy on refugees.", "assailed"),
    ],
)
def test_an_attack_in_words_is_disapprove(text: str, word: str) -> None:
    event = _event_at(text, word)
    assert (event.type, event.mode) == ("DISAPPROVE", None)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the market, killing seven traders.",
        "Militants attacked an army position near the river.",
        "Herders attacked farmers over a grazing dispute.",
        # told with a verb of saying, but on a site or a town, or by an armed side (merge of round 38)
        "Fighters attacked the checkpoint at dawn, saying it blocked their supply road.",
        "Rebels attacked the town of Mabera, claiming it sheltered informers.",
        "Soldiers attacked the marchers on the bridge, saying they had thrown stones.",
    ],
)
def test_guard_an_attack_on_people_or_places_stays_violent(text: str) -> None:
    assert _event_at(text, "attacked").type in {"ASSAULT", "FIGHT"}


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("The accountant pleaded guilty to embezzling church funds.", "pleaded", "CONCEDE"),
        ("Both defendants pleaded not guilty to the murder charge.", "pleaded", "REJECT"),
        ("The lawyer entered a plea of not guilty on her behalf.", "entered", "REJECT"),
    ],
)
def test_a_plea_in_court_admits_or_rejects(text: str, word: str, type_: str) -> None:
    assert _event_at(text, word).type == type_


def test_guard_pleading_with_someone_stays_demand() -> None:
    text = "The mayor pleaded with families to leave the flooded district."
    assert _event_at(text, "pleaded").type == "DEMAND"
