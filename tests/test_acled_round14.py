"""ACLED sub-event types, issue 14 parts 2 and 3, round 14: constructions found on eval/acled/dev11.jsonl.

Each sentence is our own (not from any gold or eval set), written from the ACLED Codebook's
definitions (docs/acled.md); the label is the sub-event type of the description's first event,
as the CASE 2021 task 2 set is scored.
"""

from __future__ import annotations

import pytest

import tally
from tally.export.acled import _crowd_tag, _default_actor
from tally.records import Figure
from tests._events import first_sub_event

CASES = [
    # a munition named chemical by its modifier or its agent is a chemical weapon, not its carrier
    (
        "On 3 May 2022, government troops fired chemical-laden mortar rounds at rebel trenches near Kassala "
        "(Kassala), leaving 4 fighters with breathing problems.",
        "Chemical weapon",
    ),
    (
        "On 9 August 2023, soldiers dropped chloropicrin grenades from a drone on a trench near Vuhledar "
        "(Donetsk).",
        "Chemical weapon",
    ),
    # cluster munitions and cluster bombs are fired or dropped from afar
    (
        "On 4 March 2022, the army hit the village of Kafr Ruma (Idleb) with cluster munitions, wounding "
        "6 civilians.",
        "Shelling/artillery/missile attack",
    ),
    # a place taken "from" state forces by a side of no known kind is a non-state actor's takeover
    (
        "On 12 November 2023, the Northern Alliance seized the town of Kunlong (Shan-North) from the "
        "military after days of fighting.",
        "Non-state actor overtakes territory",
    ),
    (
        "On 2 March 2022, the Kobra Brigade captured the customs post at Zongo from government troops.",
        "Non-state actor overtakes territory",
    ),
    # a place taken, with the battle told in an "after … clashes" phrase, is the taking
    (
        "On 8 June 2022, Fano militiamen took over a hill held by the army near Woldia (North Wollo) "
        "after heavy clashes; several fighters were killed.",
        "Non-state actor overtakes territory",
    ),
    # drones or missiles "downed" by any side are disrupted weapons use
    ("On 4 May 2023, air defence units downed 12 drones over Odesa (Odesa).", "Disrupted weapons use"),
    (
        "Syrian forces downed a rocket fired from Lebanon on Tuesday, the ministry said.",
        "Disrupted weapons use",
    ),
    # a signed declaration or memorandum is an agreement
    (
        "On 4 April 2023, the government and the FNL signed a joint declaration in Gitega (Gitega) on "
        "the return of fighters to civilian life.",
        "Agreement",
    ),
    # a "failed" or "attempted" attack that was discovered is a disrupted weapon, not the attack
    (
        "On 14 June 2022, a failed bomb attack was reported in Gao (Gao) when a device hidden in a cart was "
        "found and defused by police.",
        "Disrupted weapons use",
    ),
    # an attack named as failed or attempted, in a sentence that tells its device stopped, did not happen
    (
        "On 11 May 2022, a failed IED attack was reported near Ansongo (Gao) when a device buried under the "
        "road was discovered and neutralised by army engineers.",
        "Disrupted weapons use",
    ),
    # riot police who "charged" a crowd made a baton charge: an intervention
    (
        "Police charged a crowd of traders marching on the town hall in Kara on Monday.",
        "Protest with intervention",
    ),
    (
        "On 3 March 2023, riot police charged teachers rallying outside the ministry in Lome (Golfe).",
        "Protest with intervention",
    ),
    # control of a base or a town transferred to another force is a non-violent transfer
    (
        "On 1 June 2022, the French army transferred control of the Gossi base (Timbuktu) to FAMa troops.",
        "Non-violent transfer of territory",
    ),
    # rival crowds that clash at a rally fight each other: mob violence, not the rally turned violent
    (
        "Supporters of rival parties clashed with sticks at a campaign rally in Kara, injuring four.",
        "Mob violence",
    ),
    # fighters demobilised (a demobilisation or disarmament launched) change the group's activity
    (
        "On 4 May 2022, the authorities launched the demobilisation of 400 FPRC fighters in Ndele "
        "(Bamingui-Bangoran).",
        "Change to group/activity",
    ),
    # a hilltop or ridge seized is territory, not goods taken
    (
        "On 9 May 2022, rebels seized a strategic hilltop near Kidal (Kidal).",
        "Non-state actor overtakes territory",
    ),
    # of a joint force that retakes a place "from" an armed group, the state is the taker
    (
        "On 2 May 2022, Nigerien troops and Dozo hunters retook the village of Tera from ISGS militants.",
        "Government regains territory",
    ),
    # property burned by a side, with harm told after it in a passive with no agent: the attack
    (
        "On 5 June 2022, gunmen torched two lorries near Fada (Gourma), after ordering the drivers out; "
        "one driver who resisted was shot dead.",
        "Attack",
    ),
    # pepper balls are crowd control: the people they are fired at are a gathering met with an intervention
    (
        "Riot police fired pepper balls and detained 20 people who had gathered outside the court in Mong Kok "
        "to support the accused.",
        "Protest with intervention",
    ),
    (
        "Police fired pepper balls at a crowd of shoppers in Causeway Bay on Saturday.",
        "Protest with intervention",
    ),
    # rioters told as protesting something demonstrate: their violence is a violent demonstration
    (
        "Rioters protesting water cuts ransacked the utility office in Zomba.",
        "Violent demonstration",
    ),
    # state forces who raid an armed group's camp where a firefight breaks out fight it
    (
        "On 6 May 2022, soldiers raided an ELN camp near Tame (Arauca), where a gunfight broke out. 3 "
        "rebels were killed.",
        "Armed clash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acled_sub_event(text: str, expected: str) -> None:
    assert first_sub_event(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said 52 people were arrested in Kara overnight and 9 officers were wounded.",
        "Officials said 75 people had been detained in Sokode and that 6 gendarmes were hurt.",
    ],
)
def test_a_police_tally_of_detained_and_injured_officers_is_no_battle(text: str) -> None:
    """A police tally of the unrest names no armed side: the officers hurt are no "Armed clash" with
    an unidentified group (a phantom battle row in the export); the sentence's event is the arrests."""
    subs = {e.acled.sub_event_type for e in tally.analyze(text).events if e.acled}
    assert subs == {"Arrests"}


# The export, read as a monitor loading it into pandas reads it (issue 14 part 3).


def test_violence_on_people_held_is_the_police_s_when_no_one_is_named():
    """ "Detainees said they were beaten in police vans", "some were beaten as they were detained":
    people held are hurt by those who hold them, not by an unidentified armed group."""
    held = ["Several of those detained said they were beaten in police vans."]
    assert _default_actor("Violence against civilians", "Attack", "Togo", held) == (
        "Police Forces of Togo",
        "state",
    )
    assert (
        _default_actor(
            "Violence against civilians", "Attack", "Togo", ["Two men were beaten as they were detained."]
        )[1]
        == "state"
    )
    unheld = ["Two farmers were beaten near their fields."]
    assert _default_actor("Violence against civilians", "Attack", "Togo", unheld) == (
        "Unidentified Armed Group (Togo)",
        "armed",
    )


def test_crowd_size_tag_is_lower_case_as_acled_writes_it():
    size = Figure(
        id="f1", value=1000, category="protesters", start=0, end=9, text="Thousands", evidence=(0, 9)
    )
    assert _crowd_tag([size]) == "crowd size=thousands"
