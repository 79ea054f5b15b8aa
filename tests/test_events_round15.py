"""PLOVER constructions of the fifteenth round (issue 14 §1), each on sentences of our own.

Rules come from the tune half of ``eval/plover_own/wire15.jsonl`` and the tune halves of the
older wire sets; every sentence here is new (none from a gold set or the CAMEO manual).
"""

from __future__ import annotations

import pytest

from tests._events import first_event, first_sub_event, typed_event

# -- an event noun that only dates the act is no new event ---------------------------------------


@pytest.mark.parametrize(
    ("text", "ptype", "actor", "target"),
    [
        # a protest noun with a day, a place or "the" in a fronted "during / after / following"
        # phrase repeats a demonstration already told: the sentence reports what follows
        (
            "During Tuesday's protests in Lilongwe, police detained two union leaders.",
            "COERCE",
            "police",
            "union leaders",
        ),
        (
            "Three days after the march, the governor imposed a curfew on the town.",
            "COERCE",
            "governor",
            None,
        ),
        ("Following Saturday's rally, the mayor of the town resigned.", "RETREAT", "mayor", None),
        (
            "During the clashes, soldiers arrested 30 young men in the market.",
            "COERCE",
            "soldiers",
            "30 young men",
        ),
        # a fronted clause that only says the event went on ("as the strike continued")
        (
            "As the demonstrations continued, the interior minister resigned.",
            "RETREAT",
            "interior minister",
            None,
        ),
        (
            "As the general strike entered its third day, police arrested the union's treasurer.",
            "COERCE",
            "police",
            None,
        ),
    ],
)
def test_known_occasion_is_no_new_event(text: str, ptype: str, actor: str | None, target: str | None) -> None:
    event = first_event(text)
    assert event is not None and event.type == ptype, (text, event and event.type)
    if actor is not None:
        typed_event(text, ptype, None, actor, target)


@pytest.mark.parametrize(
    "text",
    [
        # with its own participants the noun tells an earlier event of its own (guards)
        "After the arrest of the union leader, dock workers walked off the job.",
        "Following clashes between police and students, the university closed its gates.",
    ],
)
def test_occasion_with_participants_stays(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type in {"COERCE", "FIGHT"}, (text, event and event.type)


def test_repeated_protest_stays_the_acled_setting() -> None:
    # the demonstration named again is no event, but the arrest during it is still ACLED's
    # "Protest with intervention"; one after it is an arrest of its own
    assert (
        first_sub_event("During Tuesday's march in Blantyre, police arrested 40 people.")
        == "Protest with intervention"
    )
    assert (
        first_sub_event("Two days after the march, police arrested the organisers in Blantyre.") == "Arrests"
    )


def test_indefinite_protest_in_setting_stays() -> None:
    # guard: "a demonstration" is told for the first time, so it stays an event
    event = first_event("During a demonstration in Kisumu, police fired tear gas at students.")
    assert event is not None and event.type == "PROTEST"


# -- a quoted title of a report or story names a document, not an event --------------------------


@pytest.mark.parametrize(
    ("text", "ptype", "actor", "target"),
    [
        (
            "In a report titled 'Massacre in the Valley', the commission blamed the army for the deaths.",
            "DISAPPROVE",
            "commission",
            "army",
        ),
        (
            "In its briefing 'Beaten and Silenced', Amnesty International urged the authorities to free the students.",
            "DEMAND",
            "Amnesty International",
            "authorities",
        ),
        (
            'In an article headlined "Crackdown at Dawn", the newspaper said police had arrested 60 traders.',
            "COERCE",
            "police",
            "60 traders",
        ),
        (
            "The ombudsman's report, 'Killings at the Checkpoint', criticised the police commander.",
            "DISAPPROVE",
            "ombudsman",
            "police commander",
        ),
    ],
)
def test_title_is_no_event(text: str, ptype: str, actor: str, target: str | None) -> None:
    typed_event(text, ptype, None, actor, target)


# -- a stay-away is a general strike ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Southern Africa's word for a general strike, as "hartal" and "bandh" are South Asia's
        (
            "The labour federation called a two-day national stay-away over the new income tax.",
            "labour federation",
        ),
        (
            "Civic groups in Bulawayo began a stayaway on Monday to protest against the fuel price rise.",
            "Civic groups",
        ),
    ],
)
def test_stay_away_is_a_general_strike(text: str, actor: str) -> None:
    typed_event(text, "PROTEST", "strike-gen", actor, None)


# -- an announced or intended protest is planned, not threatened ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Student unions plan to march on the education ministry on Wednesday.", "Student unions"),
        ("The organisers said they would rally again outside the court next week.", "organisers"),
    ],
)
def test_announced_protest_is_planned(text: str, actor: str) -> None:
    event = typed_event(text, "PROTEST", None, actor, None)
    assert event.modality == "planned", event.modality


def test_conditional_protest_stays_a_threat() -> None:
    # guard: held out as a consequence of what the other side does, it is a threat
    event = typed_event(
        "The nurses' union said its members would walk out if the wage deal was not signed.",
        "THREATEN",
        None,
        "members",
        None,
    )
    assert event.modality == "threatened"


def test_announced_boycott_stays_a_threat() -> None:
    # guard: a boycott held out is a withdrawal threatened, not a gathering planned
    event = typed_event(
        "The opposition alliance said it would boycott the national dialogue.",
        "THREATEN",
        None,
        "opposition alliance",
        None,
    )
    assert event.modality == "threatened"


# -- closing or blocking a way or a service, threatened, restricts ---------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The transport minister threatened to close the main highway to lorries from the north.",
            "transport minister",
        ),
        ("Malawi's regulator threatened to block Facebook and WhatsApp during the count.", "regulator"),
        ("The governor threatened to seal off the market district.", "governor"),
    ],
)
def test_threatened_closing_restricts(text: str, actor: str) -> None:
    typed_event(text, "THREATEN", "restrict", actor, None)


def test_closing_by_force_stays_violence() -> None:
    # guard: a means "by force" names the threat's mode before what is closed
    typed_event(
        "The army warned that it would close the roads by force.", "THREATEN", "violence", "army", None
    )


# -- moving heavy weapons is MOBILIZE weapons -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Government forces moved armoured vehicles into the university campus overnight.",
            "Government forces",
        ),
        ("The militia positioned rocket launchers on the ridge above the airport.", "militia"),
    ],
)
def test_moved_weapons_mobilize(text: str, actor: str) -> None:
    typed_event(text, "MOBILIZE", "weapons", actor, None)


# -- a head of state receiving people hosts them --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The president received a delegation of market women at State House.", "president", "market women"),
        ("Eswatini's king received the visiting SADC facilitator in Lozitha.", "king", "SADC"),
        (
            "The prime minister received the mothers of the jailed students on Friday.",
            "prime minister",
            "students",
        ),
    ],
)
def test_received_people_is_hosting(text: str, actor: str, target: str) -> None:
    typed_event(text, "CONSULT", "host", actor, target)


def test_received_thing_is_no_meeting() -> None:
    # guard: a letter or threats received are no visit
    event = first_event("The president received a letter from the bishops.")
    assert event is None or event.type != "CONSULT"


# -- a refused hand-over targets whom it was asked for --------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The army refused to hand over the detained journalists to the human rights commission.",
            "army",
            "commission",
        ),
        (
            "The ministry refused to return the confiscated equipment to the journalists' union.",
            "ministry",
            "union",
        ),
    ],
)
def test_refused_hand_over_targets_recipient(text: str, actor: str, target: str) -> None:
    typed_event(text, "REJECT", None, actor, target)


# -- an authority ordering an outlet to stop or off the air censors it ----------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The media regulator ordered two private channels to stop airing the opposition rally.",
            "regulator",
            "channels",
        ),
        (
            "The information ministry ordered the independent radio station off the air.",
            "ministry",
            "radio station",
        ),
        # an outlet's name in apposition says which one
        (
            "The regulator ordered the weekly newspaper Mwanahalisi to stop printing.",
            "regulator",
            "Mwanahalisi",
        ),
    ],
)
def test_ordered_outlet_is_censored(text: str, actor: str, target: str) -> None:
    typed_event(text, "COERCE", "censor", actor, target)


# -- "which" stands for the noun its clause describes ------------------------------------------------


def test_which_resolves_to_its_noun() -> None:
    # "who" and "that" already did; "which" was read as the party itself
    event = first_event(
        "The radio station, which was shut down by the regulator on Friday, went back on air."
    )
    assert event is not None and event.type == "COERCE"
    assert event.target_text is not None and "radio station" in event.target_text, event.target_text
