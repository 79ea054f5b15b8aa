"""PLOVER typing, mode and arguments on sentences of our own (issue 14.1, eighth round).

Every sentence was written for this round in wire-news style from the PLOVER codebook's type
and mode definitions and labelled before tally ran on it (the scored set is
``eval/plover_own/wire.jsonl``; its ``held`` half is never tuned on). ``CASES`` failed on main
before this round, each naming the construction of the language its fix reads; ``GUARDS``
passed before and must keep passing.
"""

from __future__ import annotations

import pytest

from tests._events import first_event


def _overlaps(found: str | None, expected: str | None) -> bool:
    """An expected actor/target is found when one text contains the other ("" expects none)."""
    if expected is None:
        return True
    if expected == "":
        return not found
    if not found:
        return False
    return expected.lower() in found.lower() or found.lower() in expected.lower()


#: (sentence, PLOVER type, mode (None: not checked), actor, target (None: not checked, "": none)).
CASES = [
    # a passive's thing subject is what is done; the party is its directed object
    (
        "New sanctions were imposed on Venezuelan officials by Ottawa on Monday.",
        "SANCTION",
        None,
        "Ottawa",
        "Venezuelan officials",
    ),
    ("Aid was delivered to the refugees by the Red Cross.", "AID", None, "Red Cross", "refugees"),
    # the forces an actor moves are its means, never the one acted upon; the place they are
    # moved from, to or kept in is (PLOVER's coders name it as the target)
    (
        "The Ugandan army withdrew its forces from eastern Congo.",
        "RETREAT",
        None,
        "Ugandan army",
        "eastern Congo",
    ),
    ("Serbia sent troops to the Kosovo border on Tuesday.", "MOBILIZE", "troops", "Serbia", ""),
    (
        "Thousands of soldiers were deployed by the army to the restive border region.",
        "MOBILIZE",
        "troops",
        "army",
        "",
    ),
    (
        "The junta stationed soldiers and armoured vehicles at key intersections in Yangon.",
        "MOBILIZE",
        "troops",
        "junta",
        "",
    ),
    # a release's object is whoever is freed, a party or not
    (
        "Rebels freed 27 schoolchildren abducted from a boarding school last month.",
        "RETREAT",
        None,
        "Rebels",
        "schoolchildren",
    ),
    (
        "Kidnappers released eleven seminarians on Sunday, the diocese said.",
        "RETREAT",
        None,
        "Kidnappers",
        "seminarians",
    ),
    # a visit told by a verb of travel: its host is where the visitor went, or the "talks with" party
    (
        "The French defence minister arrived in Niamey on a two-day visit.",
        "CONSULT",
        "visit",
        "defence minister",
        "Niamey",
    ),
    (
        "Kenya's president flew to Kinshasa on Saturday for talks with his Congolese counterpart.",
        "CONSULT",
        "visit",
        "Kenya",
        "counterpart",
    ),
    # a date owns nothing: "Tuesday's vote" names no party
    ("Washington hailed Tuesday's vote as free and fair.", "SUPPORT", None, "Washington", ""),
    # trade resumed is cooperation, trade halted a sanction (codebook: "stop or restrict commercial exchange")
    (
        "Turkmenistan resumed gas exports to Russia after a three-year halt.",
        "COOPERATE",
        None,
        "Turkmenistan",
        "Russia",
    ),
    (
        "The two countries restored direct flights after a five-year freeze.",
        "COOPERATE",
        None,
        "two countries",
        None,
    ),
    # an organisation dissolved, outlawed or banned: COERCE ban
    (
        "The authorities dissolved the country's largest human rights organisation.",
        "COERCE",
        "ban",
        "authorities",
        "human rights organisation",
    ),
    (
        "The military government outlawed the main opposition party last week.",
        "COERCE",
        "ban",
        "military government",
        "opposition party",
    ),
    # attending a session of an organisation: CONSULT multilateral
    (
        "The Iranian foreign minister attended an emergency session of the Organisation of Islamic Cooperation.",
        "CONSULT",
        "multilateral",
        "Iranian foreign minister",
        None,
    ),
    # a thing's party is any of its "from/by/to …" phrases, not only the first
    ("Caracas declined an offer of mediation from the Vatican.", "REJECT", None, "Caracas", "Vatican"),
    (
        "Kiev turned down a request for talks from the separatist leaders.",
        "REJECT",
        None,
        "Kiev",
        "separatist leaders",
    ),
    # an investigation of an act investigates whoever did it, not the act or its victim
    (
        "Police are investigating the killing of a prominent lawyer in Lahore.",
        "INVESTIGATE",
        None,
        "Police",
        "",
    ),
    (
        "The attorney general opened an inquiry into the deaths of three protesters in custody.",
        "INVESTIGATE",
        None,
        "attorney general",
        "",
    ),
    # keeping people from acting or moving: COERCE restrict
    (
        "The government barred opposition candidates from leaving the country.",
        "COERCE",
        "restrict",
        "government",
        "opposition candidates",
    ),
    (
        "Border guards stopped the activists from crossing into the neighbouring country.",
        "COERCE",
        "restrict",
        "Border guards",
        "activists",
    ),
    # helping the hurt or displaced is AID
    (
        "Volunteers helped the wounded at a makeshift clinic near the square.",
        "AID",
        None,
        "Volunteers",
        "wounded",
    ),
    # a condemnation of an act is directed at whoever did it, not at its victim
    (
        "Amnesty condemned the killing of protesters by security forces in Khartoum.",
        "DISAPPROVE",
        None,
        "Amnesty",
        "security forces",
    ),
    (
        "Norway condemned the execution of the two activists as a grave violation of human rights.",
        "DISAPPROVE",
        None,
        "Norway",
        "",
    ),
    # a participle inside the subject's "for" phrase describes who acts ("lawyers for the detained editor")
    ("Lawyers for the detained editor are seeking his immediate release.", "DEMAND", None, "Lawyers", None),
    ("Campaigners for the jailed poet demanded a retrial.", "DEMAND", None, "Campaigners", None),
    # civilians setting up roadblocks obstruct; troops doing it mobilise
    (
        "Residents set up roadblocks to stop trucks from reaching the mine.",
        "PROTEST",
        "obstruct",
        "Residents",
        None,
    ),
    # support for a party's act supports the party
    (
        "Paris voiced support for the Lebanese army's deployment in the south.",
        "SUPPORT",
        None,
        "Paris",
        "Lebanese army",
    ),
    # a civilian crowd throwing missiles at the police or a state building riots; a missile is no target
    (
        "Youths threw petrol bombs at a police station and burned cars in the suburb.",
        "PROTEST",
        "riot",
        "Youths",
        "police station",
    ),
    (
        "Demonstrators hurled Molotov cocktails at the army checkpoint.",
        "PROTEST",
        "riot",
        "Demonstrators",
        "army checkpoint",
    ),
    (
        "Protesters threw stones at the governor's office.",
        "PROTEST",
        "riot",
        "Protesters",
        "governor's office",
    ),
    # territory taken from a side: the side is the target
    ("The army retook the town from militants after a week of fighting.", "FIGHT", None, "army", "militants"),
    (
        "Rebels seized the district from government forces on Sunday.",
        "FIGHT",
        None,
        "Rebels",
        "government forces",
    ),
    # a hyphenated event noun the parser splits ("sit" … "in"), staged by the subject
    # (round 32: a sit-in is a demonstration, ``demo-org``, not ``obstruct``)
    ("Activists staged a sit-in outside parliament.", "PROTEST", "demo-org", "Activists", None),
    # taking property into state hands (codebook COERCE confiscate)
    (
        "The government nationalised foreign-owned mines on Friday.",
        "COERCE",
        "confiscate",
        "government",
        None,
    ),
    # "V dead" read by the small model as a noun and an adjective root
    (
        "Gunmen on a motorbike shot dead a prominent journalist outside his home.",
        "ASSAULT",
        None,
        "Gunmen",
        "journalist",
    ),
]

#: Sentences of the same kinds that passed before this round (guards).
GUARDS = [
    ("Militants threw grenades at a police station.", "ASSAULT", "explosives", "Militants", "police station"),
    # attending talks is consultation, so declining to attend them is a refusal (kept when
    # "attend" + a meeting became a verb-object sense)
    ("The opposition said it would not attend the talks.", "REJECT", None, "opposition", None),
    ("Rebel delegates attended the peace talks in Doha.", "CONSULT", None, "Rebel delegates", None),
    ("Soldiers set up roadblocks around the city.", "MOBILIZE", "troops", "Soldiers", None),
    (
        "Security forces arrested dozens of opposition activists in overnight raids.",
        "COERCE",
        "arrest",
        "Security forces",
        "activists",
    ),
    (
        "Fresh travel bans were imposed on three opposition leaders by the junta.",
        "COERCE",
        None,
        "junta",
        "opposition leaders",
    ),
    ("Moscow halted wheat exports to Egypt in a dispute over payments.", "SANCTION", None, "Moscow", "Egypt"),
    (
        "Authorities released the detained journalist after 40 days in custody.",
        "RETREAT",
        None,
        "Authorities",
        "journalist",
    ),
    (
        "The government deployed riot police across the capital ahead of the planned rally.",
        "MOBILIZE",
        "police",
        "government",
        None,
    ),
    ("Rebels freed 12 soldiers captured in a raid last year.", "RETREAT", None, "Rebels", "soldiers"),
    (
        "Transport unions threatened to paralyse the country with an indefinite strike.",
        "THREATEN",
        "restrict",
        "unions",
        None,
    ),
    (
        "The defence ministry denied that its aircraft had bombed the market.",
        "REJECT",
        None,
        "defence ministry",
        None,
    ),
]


def _check(text: str, typ: str, mode: str | None, actor: str | None, target: str | None) -> None:
    event = first_event(text)
    assert event is not None, text
    assert event.type == typ, (text, event.type)
    if mode is not None:
        assert event.mode == mode, (text, event.mode)
    assert _overlaps(event.actor_text, actor), (text, event.actor_text)
    assert _overlaps(event.target_text, target), (text, event.target_text)


@pytest.mark.parametrize(("text", "typ", "mode", "actor", "target"), CASES)
def test_round8_constructions(
    text: str, typ: str, mode: str | None, actor: str | None, target: str | None
) -> None:
    _check(text, typ, mode, actor, target)


@pytest.mark.parametrize(("text", "typ", "mode", "actor", "target"), GUARDS)
def test_round8_guards(text: str, typ: str, mode: str | None, actor: str | None, target: str | None) -> None:
    _check(text, typ, mode, actor, target)
