"""ACLED sub-event types from who does what to whom: one description of our own per sub-event
type, written from the ACLED Codebook's definitions (docs/acled.md)."""

from __future__ import annotations

import pytest

import tally
from tally.extract.events.acled import SUB_EVENT_TYPES, actor_kind

CASES = [
    ("Soldiers clashed with rebel fighters near the border town, leaving six dead.", "Armed clash"),
    (
        "Government troops recaptured the town of Kasa from the rebels after heavy fighting.",
        "Government regains territory",
    ),
    (
        "Militants seized the town of Bora after fighting with soldiers.",
        "Non-state actor overtakes territory",
    ),
    ("Government forces dropped chlorine gas bombs on the rebel-held district.", "Chemical weapon"),
    ("An air strike by military jets hit a rebel camp near the river.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing three soldiers.", "Suicide bomb"),
    ("Rebels shelled the army barracks with mortars overnight.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded under a bus, killing four passengers.", "Remote explosive/landmine/IED"),
    ("Unknown men threw a grenade into a crowded bar, wounding eight people.", "Grenade"),
    ("Soldiers raped two women in the village during a raid.", "Sexual violence"),
    ("Gunmen killed five farmers in their fields on Tuesday.", "Attack"),
    ("Armed men abducted a local chief from his home.", "Abduction/forced disappearance"),
    ("Hundreds of nurses marched peacefully to the ministry to demand unpaid wages.", "Peaceful protest"),
    ("Police dispersed students protesting against fee rises with tear gas.", "Protest with intervention"),
    (
        "Security forces shot dead three protesters during a march in the capital.",
        "Excessive force against protesters",
    ),
    (
        "Protesters burned tyres and threw stones at police during a demonstration against fuel prices.",
        "Violent demonstration",
    ),
    ("A mob lynched a man suspected of theft in the market.", "Mob violence"),
    ("The government and the rebel group signed a peace agreement in the capital.", "Agreement"),
    ("Police arrested the opposition leader at his home.", "Arrests"),
    ("The army deployed additional troops to the northern province.", "Change to group/activity"),
    ("Soldiers defused a bomb planted near the market.", "Disrupted weapons use"),
    ("The rebels established a new base in the forest near the border.", "Headquarters or base established"),
    ("Militiamen looted and burned shops in the town.", "Looting/property destruction"),
    (
        "The rebels withdrew from the town and handed it over to the army.",
        "Non-violent transfer of territory",
    ),
    ("The government declared a state of emergency in the region.", "Other"),
]


#: harder wordings: no protest noun, a crowd dispersed, a weapon as object, civilians as a mob
MORE_CASES = [
    ("Demonstrators gathered in Harare to protest fuel price hikes.", "Peaceful protest"),
    ("Hundreds of people took to the streets of the capital to demand civilian rule.", "Peaceful protest"),
    ("Farmers blocked the highway with their tractors to protest maize prices.", "Peaceful protest"),
    (
        "Riot police used water cannon to disperse opposition supporters in Kampala.",
        "Protest with intervention",
    ),
    ("Police teargassed protesters in the city centre.", "Protest with intervention"),
    (
        "Police fired live bullets at demonstrators in the port city, wounding 12.",
        "Excessive force against protesters",
    ),
    (
        "Youths burned tyres and blocked roads to protest the killing of a taxi driver.",
        "Violent demonstration",
    ),
    ("A group of residents beat a suspected thief to death in the market town.", "Mob violence"),
    ("A drone strike killed three militants in the mountains.", "Air/drone strike"),
    ("Police detained an opposition activist at the airport.", "Arrests"),
]


#: ACLED note conventions (issue 14.2): a demonstration and how it was met in two sentences, the
#: weapon in the sentence before the casualties, fronted context ("After an ambush …,"), armed
#: groups' rallies, people or weapons seized, agreements signed and places handed over
NOTE_CASES = [
    (
        "Hundreds of taxi drivers marched to the town hall against new fees. Police fired tear gas at them.",
        "Protest with intervention",
    ),
    (
        "Teachers demonstrated outside parliament for better pay. Soldiers later opened fire on them, killing two.",
        "Excessive force against protesters",
    ),
    (
        "Two suicide bombers detonated their vests outside a mosque. Nine worshippers were killed.",
        "Suicide bomb",
    ),
    (
        "An improvised explosive device went off beside an army truck. Two soldiers were wounded.",
        "Remote explosive/landmine/IED",
    ),
    ("Local vigilantes fought with armed bandits outside the village, leaving four dead.", "Armed clash"),
    ("A military plane bombed a market town in the north.", "Air/drone strike"),
    ("Regime forces fired tear gas and a nerve agent at villagers in the valley.", "Chemical weapon"),
    ("Gunmen seized eight travellers from a minibus on the highway.", "Abduction/forced disappearance"),
    (
        "Soldiers seized a large stock of rifles and ammunition in a raid on a farmhouse.",
        "Disrupted weapons use",
    ),
    ("The army destroyed an explosives workshop used by the militants.", "Disrupted weapons use"),
    (
        "Fighters of a local militia held a rally in the town square to show their strength.",
        "Change to group/activity",
    ),
    ("The army and the rebel movement signed a cessation of hostilities on Sunday.", "Agreement"),
    (
        "The peacekeepers handed over their base near the border to the national army.",
        "Non-violent transfer of territory",
    ),
    (
        "After an ambush on a patrol last week, soldiers and militants fought for hours near the river.",
        "Armed clash",
    ),
    (
        "Following the detention of a union leader, hundreds of workers marched peacefully through the city.",
        "Peaceful protest",
    ),
    (
        "Rebels took over the town without a fight after the garrison fled.",
        "Non-violent transfer of territory",
    ),
    ("Supporters of a defeated candidate attacked the offices of the electoral commission.", "Mob violence"),
    # a demonstration met in the next sentence, violence in a modifier, gunmen on protesters
    (
        "Market vendors protested against their eviction in the old town. Police beat the vendors and arrested twelve.",
        "Protest with intervention",
    ),
    (
        "Demonstrators blocked the main road with burning tyres in Mombasa to protest fuel shortages.",
        "Violent demonstration",
    ),
    ("Youths protesting against power cuts threw stones at the police.", "Violent demonstration"),
    ("A group of armed men attacked a protest camp, killing three protesters.", "Attack"),
    (
        "Residents took to the streets to protest the death of a trader. They barricaded roads and burned tyres.",
        "Violent demonstration",
    ),
    # an explosive that goes off with no one named as its user; a controlled explosion by police
    ("A roadside device exploded beside a fuel tanker on the highway.", "Remote explosive/landmine/IED"),
    ("A hand grenade exploded in the courtyard of a bar in the old town.", "Grenade"),
    ("Bomb disposal officers detonated the device in a controlled explosion.", "Disrupted weapons use"),
    # territory regained or liberated by the state; a crossing seized is territory, not goods
    ("Government forces regained the district of Tumba from the rebels.", "Government regains territory"),
    ("The army liberated three villages held by the insurgents.", "Government regains territory"),
    (
        "Insurgents seized the main border crossing after fighting with soldiers.",
        "Non-state actor overtakes territory",
    ),
    # ACLED's crowd-size tag marks a demonstration
    (
        "About 80 relatives of missing soldiers gathered outside the defence ministry. [size=around 80]",
        "Peaceful protest",
    ),
    # casualties counted without a culprit in a sentence about a battle are the battle's
    (
        "Three soldiers were killed when their convoy was ambushed by rebels near the river crossing.",
        "Armed clash",
    ),
    (
        "A shopkeeper was wounded by a stray bullet during fighting between soldiers and militiamen in the market.",
        "Armed clash",
    ),
    # a headquarters or a post set up is a base
    ("The militia established its HQ in the old school.", "Headquarters or base established"),
    ("Soldiers set up a new post at the bridge.", "Headquarters or base established"),
    # a raid in which someone is taken into custody is an arrest
    ("Police raided the office of the union and took the chairman into custody.", "Arrests"),
    # a weapon shot down is a weapon stopped
    ("A rebel drone was shot down over the airport.", "Disrupted weapons use"),
]


def test_the_cases_cover_all_25_sub_event_types():
    assert len(SUB_EVENT_TYPES) == 25
    assert {sub for _, sub in CASES} == set(SUB_EVENT_TYPES)


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_event"), CASES + MORE_CASES + NOTE_CASES)
def test_sub_event_type_of_a_description(text, sub_event):
    article = tally.analyze(text)
    found = [e.acled.sub_event_type for e in sorted(article.events, key=lambda e: e.trigger[0]) if e.acled]
    assert found and found[0] == sub_event, f"{sub_event!r} is not the first of {found}"
    for event in article.events:
        if event.acled:
            assert SUB_EVENT_TYPES[event.acled.sub_event_type] == event.acled.event_type


@pytest.mark.model
def test_tear_gas_at_protesters_killing_two_is_excessive_force_against_the_protesters():
    article = tally.analyze("Police fired tear gas at protesters in Nairobi, killing two.")
    first = min(article.events, key=lambda e: e.trigger[0])
    assert first.acled is not None
    assert first.acled.sub_event_type == "Excessive force against protesters"
    assert first.acled.event_type == "Protests"
    assert "protesters" in (first.target_text or "")
    assert all(
        "gas" not in (e.target_text or "") and "gas" not in (e.actor_text or "") for e in article.events
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("riot police", "state"),
        ("security forces", "state"),
        ("hundreds of protesters", "protesters"),
        ("a mob", "rioters"),
        ("gunmen", "armed"),
        ("12 civilians", "civilians"),
        ("tear gas", None),
        ("two", None),
    ],
)
def test_actor_kinds(text, kind):
    assert actor_kind(text) == kind
