"""How the events of one sentence, or of a sentence and the ones after it, make one ACLED event:
the most severe outcome of a demonstration told over several sentences, harm that outranks
damage, a statement that takes the sub-event of the act it tells, background events that take
the main one's.
"""

from __future__ import annotations

import re

from tally.extract.events.acled.actors import actor_kind
from tally.extract.events.acled.mapping import (
    _BATTLES,
    _ERV,
    _HAPPENED,
    _VAC,
    _VIOLENT,
    CARE_TYPES,
    STATEMENT_TYPES,
    SUB_EVENT_TYPES,
)
from tally.extract.events.acled.words import _has, _words
from tally.lang import active
from tally.records import Acled, Event


def _only_the_occasion(events: list[Event], occasions: set[tuple[int, int]]) -> bool:
    """Whether a sentence's protests are all occasions of what others do ("the government declared
    a curfew after days of unrest"): no demonstration is reported when the demonstrators act in
    none of its other events (rioters who "torched a bank after a protest" still riot)."""
    if not any(e.trigger in occasions for e in events):
        return False
    rest = [e for e in events if e.trigger not in occasions]
    return bool(rest) and not any(
        e.type == "PROTEST" or actor_kind(e.actor_text) in {"protesters", "rioters"} for e in rest
    )


#: How a demonstration was met, least to most severe; demonstrators who turn violent make a riot
#: whatever the police did (ACLED Codebook).
_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
    "Violent demonstration": 3,
}


def _one_demonstration(
    events: list[Event], demonstrations: list[tuple[int, str, bool, list[int]]]
) -> list[Event]:
    """Code a demonstration reported over several sentences once, by its most severe outcome.

    "Residents marched against land grabbing. Police used tear gas." is one ACLED event, a
    protest with intervention: a demonstration sentence and the sentences right after it that
    report no demonstration of their own (how it was met) form one demonstration. Only a
    sentence that tells the march without its outcome (coded peaceful) takes the outcome the
    next ones tell; one that reports its own ("120 were detained after thousands marched")
    keeps it.
    """
    groups: list[list[tuple[int, str, bool, list[int]]]] = []
    for demo in demonstrations:
        if groups and not demo[2]:
            groups[-1].append(demo)
        else:
            groups.append([demo])
    out = list(events)
    for group in groups:
        subs = [sub for _s, sub, _own, _m in group if sub in _SEVERITY]
        if len(group) < 2 or not subs:
            continue
        worst = max(subs, key=_SEVERITY.__getitem__)
        for _s, sub, _own, members in group:
            for i in members:
                acled = out[i].acled
                if sub == "Peaceful protest" and acled is not None and acled.sub_event_type == sub:
                    out[i] = out[i].model_copy(
                        update={"acled": Acled(event_type=SUB_EVENT_TYPES[worst], sub_event_type=worst)}
                    )
    return out


#: A sentence's fronted "Following/After/Amid …," phrase (after an optional date): what came before
#: the event the sentence reports, or its circumstance ("Following an attack on a convoy earlier in
#: the week, …", "Amid fears of new attacks, …").
_LEAD = re.compile(
    r"(?:(?:on|around|between)\b[^,]{0,40},\s*)?"
    r"(?:following|after|in the wake of|in response to|amid|(?:a|two|three|several) (?:day|days|hours|weeks) after)"
    r"\b[^,]{3,120},",
    re.IGNORECASE,
)


#: A relative clause that describes the people just named (", who had filmed the march").
_WHO_CLAUSE = re.compile(r",?\s+(?:who|whom|whose)\b[^,;.]*")


def _held_persons_past(events: list[Event], text: str, end: int) -> list[tuple[int, int]]:
    """Spans of relative clauses that describe the people an arrest names.

    "Police took into custody two lawyers who represented families of protesters killed in
    2019": the clause tells who the detained are, not how this note's event went, so the
    protesters and killings in it make no demonstration of the arrest. Each arrest's own
    sentence is searched from its trigger on.
    """
    spans: list[tuple[int, int]] = []
    for event in events:
        target = event.target_text
        if not (event.type == "COERCE" and event.mode in {"arrest", "detain"} and target):
            continue
        at = text.find(target, event.trigger[1], end)
        m = _WHO_CLAUSE.match(text, at + len(target), end) if at >= 0 else None
        if m:
            spans.append((m.start(), m.end()))
    return spans


def _lead_context(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a sentence's fronted context phrase, or None."""
    m = _LEAD.match(text, start, end)
    return (start, m.end()) if m else None


def _casualties_of_the_battle(events: list[Event], members: list[int]) -> None:
    """Deaths and injuries a sentence reports without naming who caused them ("2 policemen were
    killed when their vehicle was ambushed by separatists", "a civilian was killed by a stray
    bullet during clashes between the army and militants") are the battle's: ACLED codes one
    armed clash with its fatalities, not a clash and an attack."""
    battle = next(
        (
            acled
            for i in members
            if (acled := events[i].acled) is not None
            and acled.event_type == _BATTLES
            and events[i].type == "FIGHT"
            and events[i].modality in _HAPPENED
        ),
        None,
    )
    if battle is None:
        return
    for i in members:
        e = events[i]
        if (
            e.type == "ASSAULT"
            and e.modality in _HAPPENED
            and actor_kind(e.actor_text) is None
            and (e.acled is None or e.acled.sub_event_type == "Attack")
        ):
            events[i] = e.model_copy(update={"acled": battle})


#: ACLED event types of political violence: what an operation "against bandits, killing 20" became.
_FIGHTING = frozenset({_BATTLES, _ERV, _VAC})


#: The battle sub-events that say a place changed hands.
_TERRITORY_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _battle_won(events: list[Event], members: list[int]) -> None:
    """A fight whose sentence ends with a place taken is that taking: "Taliban militants attacked
    the district centre; after clashes with ANDSF, the Taliban took control of the district" is one
    ACLED event, "Non-state actor overtakes territory", not an armed clash and a seizure."""
    won = next(
        (
            events[i].acled
            for i in members
            if _sub_event(events[i]) in _TERRITORY_TAKEN and events[i].modality in _HAPPENED
        ),
        None,
    )
    if won is None:
        return
    for i in members:
        acled = events[i].acled
        if acled is not None and acled.sub_event_type == "Armed clash" and events[i].modality in _HAPPENED:
            events[i] = events[i].model_copy(update={"acled": won})


def _harm_outranks_damage(events: list[Event], members: list[int]) -> None:
    """Property destroyed or looted by a side that, in the same sentence, also kills, wounds,
    abducts or fights is part of that violence: "armed men set fire to three houses and killed a
    herder" is one ACLED event, the attack on civilians (the codebook codes the most severe act,
    and "Looting/property destruction" only when no one was harmed)."""
    damage = [
        i
        for i in members
        if _sub_event(events[i]) == "Looting/property destruction" and events[i].modality in _HAPPENED
    ]
    if not damage:
        return
    for i in damage:
        who = " ".join(_words(events[i].actor_text))
        harm = next(
            (
                acled
                for k in members
                if k != i
                and (acled := events[k].acled) is not None
                and events[k].modality in _HAPPENED
                and acled.event_type in _FIGHTING
                and who
                # the same side, or harm told in a passive with no agent ("set fire to a bus …; two
                # passengers were shot dead"): one ACLED note, one event
                and (
                    " ".join(_words(events[k].actor_text)) == who
                    or (
                        events[k].actor_text is None and events[k].type == "ASSAULT" and events[k].target_text
                    )
                )
            ),
            None,
        )
        if harm is not None:
            events[i] = events[i].model_copy(update={"acled": harm})


def _statements_take_the_act(events: list[Event], members: list[int], text: str) -> None:
    """A statement about an act takes the sub-event of the act told after it in its sentence: "the
    opposition *condemned* the arrest of two MPs by police" is an ACLED note about an arrest, and
    "villagers *accused* militiamen of raping a teenager" one about sexual violence. Likewise an
    operation or deployment followed by fighting ("launched an operation against bandits, killing
    20") is the fighting: ACLED codes a movement of forces only when nothing else happened."""
    ordered = sorted(members, key=lambda k: events[k].trigger[0])
    act: Event | None = None
    for i in reversed(ordered):  # the nearest act after each statement, read back to front
        e = events[i]
        if e.modality not in _HAPPENED:
            continue
        if act is not None and act.acled is not None and _told_by_the_act(e, act, text):
            events[i] = e.model_copy(update={"acled": act.acled})
        elif e.acled is not None and e.type not in STATEMENT_TYPES:
            act = e


def _is_patrol(event: Event, text: str) -> bool:
    """Whether the event's trigger is a patrol ("a FAMa patrol", "an army patrol"), not a deployment."""
    return "patrol" in text[event.trigger[0] : event.trigger[1]].lower()


def _told_by_the_act(event: Event, act: Event, text: str) -> bool:
    """Whether *event* is a statement about *act*, or a movement of forces or a raid that *act* (by
    the same side, or "they") shows to have been an attack, a looting, an abduction: "launched an
    operation against bandits, killing 20", "raided the village and stole cattle"."""
    if event.type in STATEMENT_TYPES:
        return event.acled is None
    if event.type in CARE_TYPES:
        # "rescued 20 kidnapped victims": an act told in the description of those cared for, right
        # after the verb, is their past, not the act that hurt them
        reach = event.trigger[1] + len(event.target_text or "") + 2
        inside = event.target_text is not None and event.trigger[1] <= act.trigger[0] < reach
        return (
            event.acled is None and act.acled is not None and act.acled.event_type in _FIGHTING and not inside
        )
    moved = event.type == "MOBILIZE" and _sub_event(event) == "Change to group/activity"
    if moved and _is_patrol(event, text) and act.type != "MOBILIZE" and act.acled is not None:
        # "a FAMa patrol clashed with JNIM", "an army patrol was ambushed", "a police patrol arrested
        # five": a patrol is where the act happened, whoever acted; ACLED codes the act
        return True
    raided = event.type == "COERCE" and event.mode is None and _sub_event(event) == "Other"
    return (
        (moved or raided)
        and act.acled is not None
        and (act.acled.event_type in _FIGHTING or (raided and act.acled.sub_event_type != "Other"))
        # "following clashes between herders and farmers" is what a deployment answers
        and act.actor_text is not None
        and (
            act.actor_text == event.actor_text
            or set(_words(act.actor_text)) <= active().get("events", "pronouns")
        )
    )


def _sub_event(event: Event) -> str | None:
    """The event's ACLED sub-event type, or None."""
    return event.acled.sub_event_type if event.acled is not None else None


#: Modifiers of an attack that did not happen as one ("a *failed* IED attack", "an *attempted* bombing").
_FAILED = frozenset({"failed", "attempted", "foiled", "thwarted", "aborted"})


def _foiled(events: list[Event], members: list[int], text: str) -> None:
    """An attack that was foiled, thwarted or intercepted did not happen as one: "an attempted
    suicide bombing was foiled by security forces" is ACLED's "Disrupted weapons use"."""
    stops = [
        events[i]
        for i in members
        if events[i].target_text
        and _has(_words(text[events[i].trigger[0] : events[i].trigger[1]]), "disrupted")
    ]
    disrupted = Acled(
        event_type=SUB_EVENT_TYPES["Disrupted weapons use"], sub_event_type="Disrupted weapons use"
    )
    if any(_sub_event(events[i]) == "Disrupted weapons use" for i in members):
        # "a failed IED attack was reported when a device … was discovered": the attack named as
        # failed or attempted, in a sentence that tells its weapon stopped, did not happen as one
        for i in members:
            e = events[i]
            named = _words(text[max(0, e.trigger[0] - 24) : e.trigger[0]])[-2:]  # "a failed IED attack"
            if e.type in _VIOLENT and _FAILED & set(named):
                events[i] = e.model_copy(update={"acled": disrupted})
    if not stops:
        return
    for i in members:
        e = events[i]
        said = text[e.trigger[0] : e.trigger[1]]
        if e.type in _VIOLENT and any(e is not s and said in (s.target_text or "") for s in stops):
            events[i] = e.model_copy(update={"acled": disrupted})


def _lead_takes_main(
    events: list[Event], members: list[int], lead: tuple[int, int], exact: bool = False
) -> None:
    """Events named in a fronted context phrase take the sub-event of the event the sentence
    reports: an ACLED note codes that one, and "an attack … earlier in the week" is its background.

    :param exact: *lead* is one background event's trigger span, not a phrase of the sentence.
    """
    inside = [
        i
        for i in members
        if (events[i].trigger == lead if exact else lead[0] <= events[i].trigger[0] < lead[1])
        and (events[i].acled is not None or not exact)  # a described act ACLED codes nothing for stays so
    ]
    if not inside:
        return
    main = next(
        (
            events[i].acled
            for i in sorted(members, key=lambda k: events[k].trigger[0])
            if i not in inside and events[i].acled is not None and events[i].modality in _HAPPENED
        ),
        None,
    )
    if main is None:
        return
    for i in inside:
        events[i] = events[i].model_copy(update={"acled": main})


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends right before *start* (a plain split: only event sentences' spans are known).

    Read backwards from *start* to the sentence end before it ("." "!" "?" and a
    space), so that the cost is the sentence's length, not the text's: offsets into
    *text*, no copy of all the text before *start* (two such copies per event sentence
    made this pass grow with the square of a long article).
    """
    end = _clamped(text, start)
    while end > 0 and text[end - 1].isspace():  # what ``text[:start].rstrip()`` keeps
        end -= 1
    if not end:
        return ""
    last = end - 1  # the sentence's own final mark is no cut
    for i in range(last - 2, -1, -1):
        if text[i] in ".!?" and text[i + 1].isspace():
            cut = i + 1
            while cut < last and text[cut].isspace():
                cut += 1
            return text[cut:end]
    return text[:end]


def _clamped(text: str, start: int) -> int:
    """The length of ``text[:start]``, without making it."""
    if start < 0:
        return max(0, len(text) + start)
    return min(start, len(text))


#: Verbs of an agreement made ("signed", "reached", "concluded" a truce): ACLED's "Agreement".
_REACH_FORMS = frozenset(
    {
        "sign",
        "signs",
        "signed",
        "signing",
        "reach",
        "reached",
        "reaches",
        "conclude",
        "concluded",
        "concludes",
    }
)


def _signed_or_handed(event: Event, words: list[str], trigger: str) -> str | None:
    """A signed agreement, or territory handed over or its control transferred, whatever PLOVER type the verb got.

    "signed a cessation of hostilities" is an agreement reached (ACLED's "Agreement"); "handed
    over its camp to the army" a place given up (ACLED's "Non-violent transfer of territory").
    """
    if event.acled is not None or event.type in _VIOLENT:
        return None
    verb = _words(trigger)
    if verb[:1] and verb[0] in _REACH_FORMS and _has(words + verb, "agreement"):
        return "Agreement"  # "signed a cessation of hostilities", "reached a truce", "concluded a deal"
    objects = active().get("events", "military_objects")
    places = active().get("events", "territory_nouns")
    handed = verb[:1] in (["handed"], ["hand"], ["hands"], ["handing"]) and "over" in words
    # "transferred control of the base to the army": control given, not goods or prisoners moved
    transferred = "".join(verb[:1]).startswith("transfer") and "control" in words
    if (handed or transferred) and any(
        w in objects or w in places for w in _words(event.target_text) + words
    ):
        return "Non-violent transfer of territory"
    return None
