"""The ACLED export as a monitor loading it into pandas reads it (issue 14 part 3, round 13): rows
that agree with ACLED's codebook (who may commit which event type, what carries "Civilian
targeting"), one row per event however many outlets repeat its sentence, and no rows for acts only
named (an arrest's offence, an attempt a threat warns against, a protest called for).

Sentences are our own, not from any gold or eval set."""

from __future__ import annotations

import tally
from tally.export.acled import (
    _civilian_targeting,
    _crowd_violence,
    _default_actor,
    _merge_same_events,
    _order_actors,
    _two_sides,
)
from tests.test_export_acled import _row

POLICE = ("Police Forces of Ghana", "state")
CROWD = ("Protesters (Ghana)", "protesters")
RIOTERS = ("Rioters (Ghana)", "rioters")
CIVILIANS = ("Civilians (Ghana)", "civilians")
GUNMEN = ("Unidentified Armed Group (Ghana)", "armed")


def test_a_crowds_violence_is_mob_violence_not_an_attack_or_a_battle():
    """ "Violence against civilians" and "Battles" are an organised armed actor's (ACLED Codebook):
    a crowd that beats people or attacks a patrol riots; a crowd that fights gunmen is in a clash."""
    assert _crowd_violence("Attack", CROWD, CIVILIANS) == "Mob violence"
    assert _crowd_violence("Armed clash", RIOTERS, POLICE) == "Mob violence"
    assert _crowd_violence("Armed clash", CIVILIANS, GUNMEN) == "Armed clash"
    assert _crowd_violence("Attack", GUNMEN, CIVILIANS) == "Attack"
    assert _crowd_violence("Air/drone strike", CIVILIANS, POLICE) == "Air/drone strike"


def test_mob_violence_names_the_crowd_as_rioters_and_keeps_its_target():
    one, two = _order_actors("Mob violence", CROWD, POLICE, "Ghana")
    assert (one, two) == (RIOTERS, POLICE)


def test_a_side_does_not_fight_itself():
    """Reports linked into one cluster may give the police as actor and target ("hooligans attacked
    police officers" and "police fired"): actor1 is then the other actor a report names, else none."""
    assert _two_sides(POLICE, POLICE, ["hooligans", "police"], "Ghana") == (RIOTERS, POLICE)
    assert _two_sides(POLICE, POLICE, ["police"], "Ghana") == (POLICE, ("", None))
    assert _two_sides(POLICE, CROWD, ["police"], "Ghana") == (POLICE, CROWD)


def test_civilian_targeting_is_for_political_violence_only():
    assert _civilian_targeting("Attack", "Violence against civilians", "civilians") == "Civilian targeting"
    assert _civilian_targeting("Mob violence", "Riots", "civilians") == "Civilian targeting"
    assert _civilian_targeting("Arrests", "Strategic developments", "civilians") == ""
    assert _civilian_targeting("Protest with intervention", "Protests", "civilians") == ""


def test_property_burned_by_no_one_named_is_no_act_of_the_government():
    assert _default_actor("Strategic developments", "Looting/property destruction", "Ghana") == GUNMEN
    assert _default_actor("Strategic developments", "Other", "Ghana") == ("Government of Ghana", "state")


def test_a_sentence_republished_by_other_outlets_is_one_row():
    note = "More than 200 people were detained in Accra over the weekend, the group said."
    arrests = {"sub_event_type": "Arrests", "event_type": "Strategic developments", "inter1": 1}
    arrests |= {"actor1": "Police Forces of Ghana", "time_precision": 3, "location": "Ghana"}
    rows = [
        _row(**arrests, notes=note, tally_evidence="a:0-80", event_date="2026-03-14"),
        _row(**arrests, notes=note, tally_evidence="b:120-200", event_date="2026-03-15", tally_cluster="x2"),
        _row(**arrests, notes="Police detained 12 in Tamale.", tally_evidence="b:0-30", tally_cluster="x3"),
    ]
    assert [r["tally_cluster"] for r in _merge_same_events(rows)] == ["x1 x2", "x3"]


def test_one_sentences_rows_of_one_type_placed_in_the_country_are_one():
    arrests = {"sub_event_type": "Arrests", "event_type": "Strategic developments", "inter1": 1}
    arrests |= {"actor1": "Police Forces of Ghana", "location": "Ghana", "notes": "96 were held."}
    rows = [_row(**arrests), _row(**arrests, tally_cluster="x2")]
    assert [r["tally_cluster"] for r in _merge_same_events(rows)] == ["x1 x2"]


def _subs(text: str) -> list[tuple[str, str | None, str]]:
    events = sorted(tally.analyze(text).events, key=lambda e: e.trigger[0])
    return [(e.type, e.acled.sub_event_type if e.acled else None, e.modality) for e in events]


def test_an_arrests_offence_is_the_arrest():
    """ "arrested for looting and arson": why people were held, no looting event of its own."""
    subs = _subs("A police spokesman said 40 youths had been arrested for looting and arson in Tamale.")
    assert {s for _, s, _ in subs if s} == {"Arrests"}


def test_an_attempt_a_threat_warns_against_did_not_happen():
    subs = _subs('"We will not tolerate attempts to storm the electoral commission," the minister said.')
    assert not [t for t, _, m in subs if t == "FIGHT" and m in {"asserted", "reported"}]


def test_a_unit_attacked_is_no_deployment():
    for text in (
        "Three officers were hurt in Tamale on Sunday when an angry crowd attacked a patrol near the market.",
        "Gunmen ambushed a patrol near Tillia on Monday.",
    ):
        assert "Change to group/activity" not in {s for _, s, _ in _subs(text)}


def test_protests_called_for_are_planned():
    subs = _subs("The opposition called for a third day of protests next Tuesday.")
    assert [m for t, _, m in subs if t == "PROTEST"] == ["planned"]
