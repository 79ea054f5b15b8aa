"""PLOVER constructions of the fourteenth round (issue 14 §1), each on sentences of our own.

Rules come from the tune half of ``eval/plover_own/wire14.jsonl`` and the tune halves of the
older wire sets; every sentence here is new (none from a gold set or the CAMEO manual).
"""

from __future__ import annotations

import pytest

from tests._events import typed_event

# -- the threatened act's own kind names the THREATEN mode -------------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "actor", "target"),
    [
        # an arrest, a detention or a prosecution threatened is PLOVER's "arrest" mode
        (
            "The governor threatened to arrest the strike leaders if the blockade went on.",
            "arrest",
            "governor",
            "strike leaders",
        ),
        (
            "The mayor warned that anyone who camped in the square would face prosecution.",
            "arrest",
            "mayor",
            None,
        ),
        (
            "The police chief said officers would detain anyone who tried to reach the stadium.",
            "arrest",
            "police chief",
            None,
        ),
        ("Prosecutors warned that the union's leaders could face arrest.", "arrest", "Prosecutors", None),
        # an expulsion threatened, of diplomats or of foreigners, is "expel"
        (
            "The ministry threatened to expel two Dutch diplomats over the leaked cable.",
            "expel",
            "ministry",
            "Dutch diplomats",
        ),
        (
            "The cabinet threatened to deport the foreign reporters covering the vote.",
            "expel",
            "cabinet",
            "foreign reporters",
        ),
        # an organisation or outlet closed for good is a ban
        ("The junta threatened to dissolve the national bar association.", "ban", "junta", "bar association"),
        (
            "The regulator threatened to shut down two opposition newspapers.",
            "ban",
            "regulator",
            "opposition newspapers",
        ),
        # a clearing "by force" threatens violence, whatever the verb
        (
            "The interior minister warned that the road blockades would be broken up by force.",
            "violence",
            "interior minister",
            None,
        ),
    ],
)
def test_threatened_act_names_the_mode(text: str, mode: str, actor: str, target: str | None) -> None:
    typed_event(text, "THREATEN", mode, actor, target)


def test_threat_is_threatened_whatever_the_verb() -> None:
    """A warning of force is a threat whose modality is ``threatened``, not an asserted act."""
    event = typed_event(
        "The army chief warned that the protest camp would be cleared by force.",
        "THREATEN",
        None,
        "army chief",
        None,
    )
    assert event.modality == "threatened"
    event = typed_event(
        "The commander gave the rebels two days to surrender or face an assault.",
        "THREATEN",
        None,
        "commander",
        "rebels",
    )
    assert event.modality == "threatened"


# -- a trade's strike is limited; a general strike is general ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Nurses at the regional hospital went on strike over unpaid overtime.", "Nurses"),
        ("Port workers in the southern harbour walked off the job over a pay freeze.", "Port workers"),
        ("Train drivers staged a 48-hour strike over new rosters.", "Train drivers"),
    ],
)
def test_trade_strike_is_limited(text: str, actor: str) -> None:
    typed_event(text, "PROTEST", "strike-lim", actor, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The main unions staged a general strike against the pension reform.", "unions"),
        ("Thousands of workers went on an open-ended strike over the pension bill.", "workers"),
    ],
)
def test_general_strike_stays_general(text: str, actor: str) -> None:
    """Guard: a general strike, or one by workers at large, keeps ``strike-gen``."""
    typed_event(text, "PROTEST", "strike-gen", actor, None)


# -- a protest its organisers call off is a concession (guard) ---------------------------------


def test_own_protest_called_off_concedes() -> None:
    """Guard (passes before this round): "called off Saturday's march" by its organisers concedes;
    since round 31 a rally "set for Saturday" called off by its organisers concedes as well
    (tests/test_round31_events.py)."""
    typed_event(
        "Opposition leaders called off Saturday's march after talks with the interior minister.",
        "CONCEDE",
        None,
        "Opposition leaders",
        None,
    )


# -- a meeting dated in the future is scheduled, not promised ---------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "actor"),
    [
        (
            "The two foreign ministers will meet in Geneva on Tuesday to discuss the border.",
            None,
            "foreign ministers",
        ),
        (
            "The prime minister will travel to Nairobi next week for talks with the president.",
            "visit",
            "prime minister",
        ),
    ],
)
def test_dated_meeting_is_consult(text: str, mode: str | None, actor: str) -> None:
    event = typed_event(text, "CONSULT", mode, actor, None)
    assert event.modality == "planned"


def test_undated_future_meeting_is_agree() -> None:
    """Guard: a future meeting with no date is an intent (PLOVER's future cooperation: AGREE)."""
    typed_event(
        "The rebels will meet government envoys to discuss a truce, a spokesman said.",
        "AGREE",
        None,
        "rebels",
        None,
    )


# -- the recipient of aid given "to" or "for" someone is the target ---------------------------


@pytest.mark.parametrize(
    ("text", "ptype", "actor", "target"),
    [
        (
            "The charity delivered blankets to families sleeping in the bus station.",
            "AID",
            "charity",
            "families",
        ),
        (
            "The Red Crescent delivered drinking water to villages cut off by the fighting.",
            "AID",
            "Red Crescent",
            "villages",
        ),
        (
            "The bank pledged $20 million in emergency grants for farmers hit by the drought.",
            "AGREE",
            "bank",
            "farmers",
        ),
    ],
)
def test_aid_recipient_is_target(text: str, ptype: str, actor: str, target: str) -> None:
    typed_event(text, ptype, None, actor, target)


# -- a passive's agent the parser hung on the clause's last noun -------------------------------


@pytest.mark.parametrize(
    ("text", "ptype", "actor", "target"),
    [
        ("Food parcels were delivered to the camp by the Red Cross.", "AID", "Red Cross", "camp"),
        (
            "Stranded hamlets were supplied with medicine by army helicopters.",
            "AID",
            "helicopters",
            "hamlets",
        ),
        (
            "Two students were detained at the campus gate by plainclothes officers.",
            "COERCE",
            "plainclothes officers",
            "students",
        ),
    ],
)
def test_stranded_passive_agent(text: str, ptype: str, actor: str, target: str) -> None:
    typed_event(text, ptype, None, actor, target)


# -- a travel ban on another country's officials is a sanction ---------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Ottawa barred three Venezuelan ministers from entering Canada.", "Ottawa", "Venezuelan ministers"),
        ("The bloc imposed travel bans on two Belarusian judges.", "bloc", "Belarusian judges"),
    ],
)
def test_foreign_officials_barred_is_sanction(text: str, actor: str, target: str) -> None:
    typed_event(text, "SANCTION", None, actor, target)


@pytest.mark.parametrize(
    "text",
    [
        "The authorities barred opposition leaders from leaving the country.",
        "Russian authorities barred Russian officials from travelling abroad.",
    ],
)
def test_own_people_barred_is_coerce(text: str) -> None:
    """Guard: a government barring its own people restricts them (COERCE restrict)."""
    typed_event(text, "COERCE", "restrict", "authorities", None)


# -- caring for people is aid to them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Nurses cared for the wounded in a church hall.", "Nurses", "wounded"),
        ("Neighbours looked after the children of the detained activists.", "Neighbours", "children"),
    ],
)
def test_caring_for_people_is_aid(text: str, actor: str, target: str) -> None:
    typed_event(text, "AID", None, actor, target)
