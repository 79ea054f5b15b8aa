"""ACLED sub-event types, issue 14 parts 2 and 3, round 15: constructions found on eval/acled/dev12.jsonl.

Each sentence is our own (not from any gold or eval set), written from the ACLED Codebook's
definitions (docs/acled.md); the label is the sub-event type of the description's first event,
as the CASE 2021 task 2 set is scored.
"""

from __future__ import annotations

import pytest

from tally.export.acled_deaths import Toll
from tests._acled_rows import export_row
from tests._events import first_sub_event


def _values(fatalities: dict) -> dict:
    """A row's deaths by claim, as numbers (the export keeps each claim's reports beside its count)."""
    return {key: toll.value for key, toll in fatalities.items()}


CASES = [
    # a crowd that beats or burns people or places that are not the state's is a mob, whoever
    # disperses it afterwards and whoever tells it
    (
        "A crowd of traders stoned a man accused of pickpocketing at the Mbare bus terminus on Friday; "
        "police fired tear gas to disperse them.",
        "Mob violence",
    ),
    (
        "An angry crowd stoned to death a young man in Lilongwe on Sunday after he was caught breaking "
        "into a car, police said.",
        "Mob violence",
    ),
    # a protest named in a party's description (suspected of taking part, journalists covering it)
    # says who the victims are, not what happened
    (
        "On 3 February 2023, a mob of ruling party youths beat residents of Kuwadzana (Harare) suspected of "
        "joining the protests.",
        "Mob violence",
    ),
    (
        "A crowd of men with iron bars attacked reporters filming a rally in Batumi on Sunday, injuring two "
        "of them.",
        "Mob violence",
    ),
    # supporters of a politician who attack demonstrators are a mob on the marchers
    (
        "On 14 May 2023, supporters of the governor armed with machetes attacked striking nurses outside the "
        "hospital in Kano (Kano). Ten were wounded.",
        "Mob violence",
    ),
    # "they" who open fire on a march are the soldiers the sentence names, not a crowd
    (
        "Gendarmes killed at least six marchers in Kankan on 5 September 2021 when they fired on a march "
        "against the constitution.",
        "Excessive force against protesters",
    ),
    # state forces joined with their allies: the force used on a demonstration is the state's
    (
        "On 4 August 2024, police and ruling party activists fired on students demonstrating peacefully in "
        "Narsingdi (Dhaka), killing at least 6.",
        "Excessive force against protesters",
    ),
    # rape or sexual abuse of demonstrators or detainees is sexual violence, not the demonstration
    (
        "On 14 July 2022, a woman protester was sexually assaulted by soldiers near the presidential "
        "secretariat in Colombo (Colombo).",
        "Sexual violence",
    ),
    (
        "Women arrested at the march in Mbabane said they had been raped by police officers in the cells "
        "in July 2021.",
        "Sexual violence",
    ),
    # an agreement to end protests or a strike is the agreement, not a demonstration
    (
        "On 7 March 2023, the government and the doctors' association reached an agreement to end the "
        "strike in Freetown (Western Area Urban).",
        "Agreement",
    ),
    (
        "Zimbabwe's government and the striking nurses' council signed a deal on Tuesday raising "
        "allowances by 40 percent.",
        "Agreement",
    ),
    # a killing named in the purpose clause of the verb holding a march is what the march is for
    (
        "On 12 August 2024, lawyers joined relatives in a silent march in Chattogram (Chittagong) to demand "
        "justice for the shooting of protesters. [size=several thousand]",
        "Peaceful protest",
    ),
    # people taken "into custody" are arrested, and detectives are police, whatever they wear
    (
        "On 2 August 2024, plainclothes detectives took two student organisers into custody at their hostel "
        "in Rajshahi (Rajshahi).",
        "Arrests",
    ),
    # the RSF, at war with the army since April 2023, is a non-state side: a place it takes is overtaken
    (
        "On 10 May 2024, the RSF overran the army garrison in Mellit (North Darfur) after a week-long siege.",
        "Non-state actor overtakes territory",
    ),
    # "seized control of" a place is territory taken, not goods seized
    (
        "On 19 May 2024, the RSF seized control of Al-Fula (West Kordofan).",
        "Non-state actor overtakes territory",
    ),
    # tear gas fired in a participle the parser hangs on the marchers is still the police's act
    (
        "On 14 March 2022, police in Lilongwe (Lilongwe) dispersed vendors who were marching to present a "
        "petition to the city council, firing tear gas canisters.",
        "Protest with intervention",
    ),
    # bombers named as girls or women who set off explosives on their bodies are suicide bombers, not a crowd
    (
        "Three young women detonated explosives strapped to their bodies at a market in Mora on Tuesday, "
        "killing themselves and four traders.",
        "Suicide bomb",
    ),
    # captives released in exchange for detained people: a prisoner exchange, ACLED's agreement
    (
        "Ansaru released 11 abducted railway passengers on 5 October 2022 in exchange for three detained "
        "commanders.",
        "Agreement",
    ),
    # a rocket-propelled grenade is fired from a launcher: a missile attack, not a hand grenade
    (
        "On 2 May 2023, ISWAP fighters fired rocket-propelled grenades at the army barracks in Monguno "
        "(Monguno, Borno).",
        "Shelling/artillery/missile attack",
    ),
    # a building turned into a base is a base established
    (
        "On 9 September 2023, militants turned a primary school in Dioura (Tenenkou, Mopti) into a base.",
        "Headquarters or base established",
    ),
    # protesters "massacred" were killed: lethal force on a demonstration
    (
        "The junta sent its soldiers into the streets of Conakry on 28 September 2009 and massacred "
        "dozens of opposition supporters at the stadium rally.",
        "Excessive force against protesters",
    ),
]

#: Guards (right before this round too): a protest in the phrase of a participle that is itself the
#: event ("people *killed* … *during the protests*") stays the demonstration reported.
GUARDS = [
    (
        "Rights groups have documented at least 150 people killed by soldiers in Conakry during the "
        "2009 protests, most of them shot in the back.",
        "Excessive force against protesters",
    ),
]


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guard(text: str, expected: str) -> None:
    assert first_sub_event(text) == expected, text


@pytest.mark.parametrize("text,expected", CASES)
def test_sub_event(text: str, expected: str) -> None:
    assert first_sub_event(text) == expected, text


def test_tear_gas_canisters_are_no_target() -> None:
    """Tear gas canisters fired at demonstrators are crowd control (coercion), never a battle's target."""
    import tally

    text = "Police fired tear gas canisters at students in Kisumu on Tuesday, injuring two."
    event = min(tally.analyze(text).events, key=lambda e: e.trigger[0])
    assert event.type == "COERCE", event.type
    assert "gas" not in (event.target_text or ""), event.target_text


def _vague_row(**values: object) -> dict[str, object]:
    """An export row dated only to the month, placed only in the country (as an anniversary piece tells it)."""
    vague: dict[str, object] = {
        "event_id_cnty": "NGA",
        "event_date": "2020-10-01",
        "time_precision": 3,
        "disorder_type": "Political violence; Demonstrations",
        "sub_event_type": "Excessive force against protesters",
        "actor1": "Military Forces of Nigeria (2015-2023)",
        "inter1": 1,
        "actor2": "Protesters (Nigeria)",
        "inter2": 6,
        "interaction": 16,
        "country": "Nigeria",
        "location": "Nigeria",
    }
    return export_row(**{**vague, **values})


def test_vague_rows_that_count_the_same_dead_are_one_event() -> None:
    """Two reports' rows of one month's crackdown, neither dated to the day, whose deaths are one claim
    ("at least 12 killed", "a massacre of 56"), are one ACLED row; a row of that month with no shared
    dead stays apart (it may be another event)."""
    from tally.export.acled import _merge_same_events

    rows = [
        _vague_row(fatalities={"c1": Toll(12)}, source="A"),
        _vague_row(fatalities={"c1": Toll(12)}, source="B", tally_cluster="x2", tally_evidence="d:5-9"),
        _vague_row(tally_cluster="x3", tally_evidence="d:20-30"),
    ]
    merged = _merge_same_events(rows)  # type: ignore[arg-type]
    assert [r["tally_cluster"] for r in merged] == ["x1 x2", "x3"]
    assert merged[0]["source"] == "A; B" and _values(merged[0]["fatalities"]) == {"c1": 12}
