""":func:`situate`: the ACLED fields of the events that happened, recoded sentence by sentence
(a demonstration's sentence gives every event of it the demonstration's sub-event type;
elsewhere each violent event gets the type its weapon and parties' kinds say).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from tally.extract.events.acled.actors import actor_kind
from tally.extract.events.acled.acts import (
    _blank,
    _captured_a_thing,
    _judicial,
    _no_violence_attack,
    _released_a_document,
    _shows_not_marches,
    _takes_a_place,
    _words_not_blows,
)
from tally.extract.events.acled.mapping import _HAPPENED, _VIOLENT, STATEMENT_TYPES, SUB_EVENT_TYPES
from tally.extract.events.acled.protests import (
    _STATE_STOPS_MARCH,
    _acts_on_them,
    _names_protesters,
    _protest_sub_event,
)
from tally.extract.events.acled.sentence import (
    _battle_won,
    _casualties_of_the_battle,
    _foiled,
    _harm_outranks_damage,
    _held_persons_past,
    _lead_context,
    _lead_takes_main,
    _one_demonstration,
    _only_the_occasion,
    _sentence_before,
    _signed_or_handed,
    _statements_take_the_act,
)
from tally.extract.events.acled.sub_events import _single_sub_event
from tally.extract.events.acled.words import _has, _words
from tally.records import Acled, Event


def situate(
    events: list[Event],
    sentence_of: Callable[[Event], tuple[int, int]],
    text: str,
    grievances: Iterable[tuple[int, int]] = (),
    background: Iterable[tuple[int, int]] = (),
    occasions: Iterable[tuple[int, int]] = (),
    sources: Iterable[tuple[int, int]] = (),
    settings: Iterable[tuple[int, int]] = (),
) -> list[Event]:
    """Recode the ACLED field of events that happened, sentence by sentence (see the notes above).

    A demonstration's sentence gives every event of it the demonstration's
    sub-event type (one ACLED event: the protest and how it was met); elsewhere
    each violent event gets the sub-event type its weapon and parties' kinds say,
    and the others keep their PLOVER mapping (:func:`to_acled`).

    :param grievances: character spans of what a demonstration is about ("protested
        *over the killing of a teenager by police*", "families *of soldiers killed in
        an ambush*"): their words and events say why people marched, not how the march
        was met, so they neither make it "Excessive force" nor "Protest with intervention".
    :param background: trigger spans of events told as a noun's description ("*Detained*
        journalists were freed"): they take the sub-event of the event the sentence reports.
    :param occasions: trigger spans of protests named as what the sentence's event follows or
        precedes ("imposed a curfew *after days of unrest*").
    :param settings: character spans of a demonstration named again only to date the
        sentence's act ("*During Friday's protests*, police detained …"): no event of its own,
        but the sentence goes on about that demonstration, as one right after it does.
    :param sources: character spans of who reports the sentence's events ("*police* said",
        "according to *a security source*"): read out of the sentence's words, since a source is
        no party (no armed side, no crowd) of what it reports.
    """
    described = set(background)
    occasion_spans = set(occasions)
    topics = sorted(set(grievances))  # read per sentence by bisection too
    told_by = sorted(set(sources))  # read per sentence by bisection: no pass over all per sentence
    set_in = sorted(set(settings))  # likewise
    by_sentence: dict[tuple[int, int], list[int]] = {}
    out = list(events)
    for i, event in enumerate(events):
        span = sentence_of(event)
        # "demonstrated that …", "captured the dust", "a heart attack", "attacked the plan, saying …": no
        # event of ACLED's, and no part of the sentence's
        if (
            _shows_not_marches(event, text)
            or _captured_a_thing(event, text, span)
            or _no_violence_attack(event, text)
            or _words_not_blows(event, text, span)
        ):
            out[i] = event.model_copy(update={"acled": None})
            continue
        by_sentence.setdefault(span, []).append(i)
    demonstrations: list[tuple[int, str, bool, list[int]]] = []  # (start, sub-event, own protest, members)
    previous: tuple[int, int] | None = None  # the last sentence with events, if a demonstration's
    tagged = _CROWD_SIZE_TAG in text  # an ACLED note of a demonstration
    for (start, end), members in sorted(by_sentence.items()):
        happened = [out[i] for i in members if out[i].modality in _HAPPENED]
        kept = _kept_from_marching(happened, [out[i] for i in members], text)
        happened += kept
        own_sources = told_by[bisect_left(told_by, (start, -1)) : bisect_left(told_by, (end, -1))]
        words = _words(_blank(text, start, end, own_sources))
        before = _words(_sentence_before(text, start))
        continued = previous is not None and _acts_on_them(happened, [*before, "of", "the"])
        # "During Friday's protests, police detained …": the demonstration named again is the setting
        continued = continued or bisect_left(set_in, (start, -1)) < bisect_left(set_in, (end, -1))
        lead = _lead_context(text, start, end)
        held_past = _held_persons_past(happened, text, end)
        here = [*topics, *held_past, *([lead] if lead else [])]
        acts = [
            e for e in _gas_fired_by_state(happened, text) if not any(a <= e.trigger[0] < b for a, b in here)
        ]
        # a court's sentence or charge on a protester names who was tried, not a demonstration; a
        # protest named in a party's description ("residents *suspected of taking part in the
        # protests*", "journalists *covering a demonstration*") says who they are, not what happened
        protest = _protest_sub_event(
            [
                e
                for e in _gas_fired_by_state(happened, text)
                if not _judicial(e, text) and not (e.type == "PROTEST" and e.trigger in described)
            ],
            words,
            continued,
        )
        # what a demonstration is about may name a death or a shooting with no event of its own
        # ("gathered against the death of a journalist; police detained five"): read it out too
        about = bisect_left(topics, (start, -1)) < bisect_left(topics, (end, -1))
        if protest is not None and (len(acts) < len(happened) or about):
            # how the demonstration was met, read without what it was about or what came before
            # a demonstration named in a modifier ("youths protesting against power cuts threw
            # stones") is still the sentence's demonstration; one in a fronted context is not
            marching = any(
                e.type == "PROTEST"
                and actor_kind(e.actor_text) != "armed"
                and not (lead and lead[0] <= e.trigger[0] < lead[1])
                for e in happened
            )
            protest = _protest_sub_event(
                acts, _words(_blank(text, start, end, [*here, *own_sources])), continued or marching
            )
        if protest is not None and _only_the_occasion(happened, occasion_spans):
            protest = None  # "deployed soldiers ahead of the protests": the deployment is the event
        if protest is not None and _only_agreed_on(happened, text):
            protest = None  # "reached an agreement to end the protests": the agreement is the event
        # rape or sexual abuse told of demonstrators or detainees is the sentence's event (ACLED
        # codes the sexual violence; the demonstration and the detention are its setting)
        sexual = any(e.type in _VIOLENT and e.mode == "sexual" for e in happened)
        if sexual:
            protest = None
        sides = {actor_kind(e.actor_text) for e in happened} | {actor_kind(e.target_text) for e in happened}
        arrests = any(e.type == "COERCE" and e.mode in {"arrest", "detain"} for e in happened) or (
            _has(words, "custody")
            and not _has(words, "lethal")  # "took him into custody", not "died in custody"
        )
        riot_on_state = protest is None and any(_political_crowd_on_state(e) for e in happened)
        main_words = _words(_blank(text, start, end, [*own_sources, lead])) if lead else words
        if protest is not None:
            joins = previous is not None and not _names_protesters(happened)
            demonstrations.append((start, protest, not joins, members))
        previous = (start, end) if protest is not None else None
        for i in members:
            event = out[i]
            if event.modality not in _HAPPENED and not (protest is not None and event in kept):
                continue  # a march kept from taking place is the intervention's demonstration
            sub: str | None = None
            if protest is not None and (
                event.type in _VIOLENT | {"PROTEST", "COERCE", "CRIME"}
                or event.acled is not None
                or _demonstrators_say(event, happened)
                # "riot police stopped a procession of …": the stopping is the intervention, not a halt of their own
                or (event.type == "RETREAT" and bool(_STATE_STOPS_MARCH.search(f" {' '.join(words)} ")))
            ):
                sub = protest
            elif protest is None:
                trigger = text[event.trigger[0] : event.trigger[1]]
                # the sentence's own event is read without its fronted context: "Two days after
                # clashes with the army, militants attacked the village" names no battle of theirs
                own = main_words if not (lead and lead[0] <= event.trigger[0] < lead[1]) else words
                taken = _seized_place(event, text, end, own)
                sub = _single_sub_event(taken, own, sides, arrests, before, trigger) or _signed_or_handed(
                    event, own, trigger
                )
                if sexual and event.type in {"COERCE", "PROTEST"} and sub in _SETTING_OF_RAPE:
                    sub = "Sexual violence"
                if event.type == "PROTEST" and _agreed_on(event, happened, text):
                    sub = "Agreement"  # the strike an agreement ends is the agreement's subject
                if (
                    _tagged_vandalism(event, sub, tagged)
                    or (sub == "Mob violence" and _political_crowd(event) and riot_on_state)
                    or (sub == "Mob violence" and _street_protest_form(event, words))
                ):
                    sub = "Violent demonstration"
            if sub is not None:
                out[i] = event.model_copy(
                    update={"acled": Acled(event_type=SUB_EVENT_TYPES[sub], sub_event_type=sub)}
                )
            elif event.type == "RETREAT" and _released_a_document(event, text):
                out[i] = event.model_copy(update={"acled": None})
        if protest is None:
            _casualties_of_the_battle(out, members)
            _battle_won(out, members)
            _harm_outranks_damage(out, members)
        for span in {out[i].trigger for i in members} & described:
            _lead_takes_main(out, members, span, exact=True)
        _statements_take_the_act(out, members, text)
        _foiled(out, members, text)
        for span in [*held_past, *([lead] if lead else [])]:
            _lead_takes_main(out, members, span)
    return _one_demonstration(out, sorted(demonstrations, key=lambda d: d[0]))


#: What a detention or a demonstration told beside a rape would otherwise be coded as.
_SETTING_OF_RAPE = frozenset(
    {None, "Arrests", "Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
)

#: Nouns of an agreement reached or signed ("reached an agreement to end the protests").
_AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "truce", "ceasefire", "settlement"})


def _agreed_on(protest: Event, happened: list[Event], text: str) -> bool:
    """Whether a protest is only what an agreement is about ("the government and indigenous leaders
    reached an agreement *to end the protests*", "the government and the *striking* teachers' union
    signed an agreement"): the agreement is the event ACLED codes, the protest its subject or the
    description of a party to it."""
    for agree in happened:
        reached = agree.acled is not None and agree.acled.sub_event_type == "Agreement"
        if agree.type != "AGREE" or not (
            # "reached an agreement", or a verb of agreeing between parties ("the government and
            # the strike committee agreed on guarantees for protests")
            reached or _AGREEMENT_NOUNS & set(_words(text[agree.trigger[0] : agree.trigger[1]]))
        ):
            continue
        named = set(_words(text[protest.trigger[0] : protest.trigger[1]]))
        if protest.trigger[0] > agree.trigger[0] or (named and named <= set(_words(agree.actor_text))):
            return True
    return False


#: Verbs of firing a crowd-control means: the extractor makes them coercion only then ("fired tear gas").
_FIRING_STEMS = ("fir", "lob", "spray", "shot", "shoot")


def _gas_fired_by_state(happened: list[Event], text: str) -> list[Event]:
    """The events of a sentence with tear gas fired given to the state forces it names: demonstrators
    do not fire tear gas, so "police dispersed youths who were marching …, *firing tear gas*" (the
    parser hangs the participle on the marchers' verb) is the police's act, not the marchers' riot."""
    state = next((e.actor_text for e in happened if actor_kind(e.actor_text) == "state"), None)
    if state is None:
        return happened
    out = []
    for e in happened:
        verb = _words(text[e.trigger[0] : e.trigger[1]])[:1]
        if (
            e.type == "COERCE"
            and e.mode is None
            and verb
            and verb[0].startswith(_FIRING_STEMS)
            and actor_kind(e.actor_text) != "state"
        ):
            e = e.model_copy(update={"actor_text": state})
        out.append(e)
    return out


def _only_agreed_on(happened: list[Event], text: str) -> bool:
    """Whether every protest of a sentence is what an agreement of it is about (see :func:`_agreed_on`)."""
    protests = [e for e in happened if e.type == "PROTEST"]
    return bool(protests) and all(_agreed_on(e, happened, text) for e in protests)


#: ACLED's crowd-size tag, written only for demonstrations and riots (ACLED Codebook 2023).
_CROWD_SIZE_TAG = "[size="

#: ACLED's place with its administrative area after it: "Boali (Ombella-M'Poko)", "Tin-Akoff (Oudalan, Sahel)".
_ADMIN_AFTER = re.compile(r"\s*\([A-Z]")


def _tagged_vandalism(event: Event, sub: str | None, tagged: bool) -> bool:
    """Whether a crowd's damage to property is a demonstration turned violent.

    ACLED writes a crowd-size tag ("[size=no report]") only for demonstrations and riots: in a
    tagged note, people who are neither state forces nor an armed group and who burn or vandalise
    property ("supporters erected barricades and vandalised shops") are demonstrators turned
    violent, not looters or a mob; a mob's violence against people (a lynching) keeps its type.
    """
    if not tagged or event.type not in {"COERCE", "CRIME", "PROTEST"}:
        return False  # a riot's arson ("supporters burned a police car") is a PROTEST event
    if actor_kind(event.actor_text) in {"state", "armed"}:
        return False
    return sub in {"Looting/property destruction", "Mob violence"}


def _demonstrators_say(event: Event, happened: list[Event]) -> bool:
    """Whether a statement is a demonstration's only telling: demonstrators who "continued to camp
    outside the secretariat *demanding* the resignation of the government" or "gathered *calling
    for* …" demonstrate though no verb of protest is told (the camping, gathering or staying is
    no event of the lexicon). With a protest or an act of force told in the sentence, the statement
    is only what the march wants, and it stays without a sub-event of its own."""
    return (
        event.type in STATEMENT_TYPES
        and actor_kind(event.actor_text) == "protesters"
        and not any(
            e.type in _VIOLENT | {"PROTEST", "COERCE", "CRIME"} or e.acled is not None
            for e in happened
            if e is not event
        )
    )


def _kept_from_marching(happened: list[Event], events: list[Event], text: str) -> list[Event]:
    """Demonstrations that state forces kept people from ("gendarmes prevented teachers *from
    marching* to the ministry", "stopped residents from protesting"): the march did not take place
    as planned, but the demonstrators were there and were stopped, which ACLED codes as a "Protest
    with intervention". They count as the sentence's demonstration; they get no sub-event of their own."""
    if not any(e.type == "COERCE" and actor_kind(e.actor_text) == "state" for e in happened):
        return []
    return [
        e
        for e in events
        if e.type == "PROTEST"
        and e.modality not in _HAPPENED
        and (
            text[max(0, e.trigger[0] - 5) : e.trigger[0]].lower() == "from "
            # "police prevented / blocked a planned march of teachers and detained four organisers"
            or bool(_PREVENTED_MARCH.search(text[max(0, e.trigger[0] - 60) : e.trigger[0]]))
        )
    ]


#: A march named as the object of a verb that stops it ("prevented a planned march", "blocked the
#: sit-in", "banned and broke up the rally"), read just before the march's noun.
_PREVENTED_MARCH = re.compile(
    r"\b(?:prevented|blocked|stopped|halted|foiled|thwarted|broke up|aborted)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?:(?:planned|scheduled|proposed|announced|intended|attempted)\s+)?$",
    re.I,
)


#: What demonstrators burn or put up in the street ("burned tyres", "erected barricades"): the
#: codebook's own examples of a demonstration turned violent.
_STREET_FORMS = frozenset({"tyres", "tires", "barricade", "barricades", "roadblock", "roadblocks"})


def _street_protest_form(event: Event, words: list[str]) -> bool:
    """Whether a crowd's violence is a street demonstration's: tyres burned or barricades put up
    on the roads ("supporters blocked the expressway and burned tyres") make the riot a "Violent
    demonstration" (ACLED Codebook), though no protest noun is told; a crowd's violence on people
    (a lynching) is not this and stays mob violence."""
    return (
        event.type in {"PROTEST", "COERCE", "CRIME"}
        and actor_kind(event.actor_text) not in {"state", "armed"}
        and not _STREET_FORMS.isdisjoint(words)
        and not _has(words, "mob")
    )


def _political_crowd(event: Event) -> bool:
    """Whether an event's actor is a party's or a leader's following ("supporters of the opposition
    leader", "Hefazat activists", "party cadres"), not an armed side or state forces."""
    if actor_kind(event.actor_text) in {"state", "armed"}:
        return False
    head = _words((event.actor_text or "").split(" of ")[0])
    return _has(head, "political_crowd") and _SPORTS.isdisjoint(head)


#: Words of a sports following: "football supporters" who riot after a match are a mob (ACLED).
_SPORTS = frozenset({"football", "soccer", "fans", "fan", "club", "ultras", "team", "match"})


def _political_crowd_on_state(event: Event) -> bool:
    """A party's or leader's supporters who attack state forces or their buildings ("supporters
    threw stones at gendarmes", "activists attacked a police station"): ACLED's codebook makes a
    demonstration turned on the state a "Violent demonstration"; "Mob violence" is a crowd's
    violence on civilians or on other rioters, which this leaves alone."""
    violent = (
        event.type in _VIOLENT
        or event.mode in {"riot", "riot-spon", "riot-org"}
        or (event.type in {"COERCE", "CRIME"} and event.mode in {None, "destroy"})
    )
    return violent and _political_crowd(event) and actor_kind(event.target_text) == "state"


#: "control of" right after a verb of seizing: a place taken, not goods.
_CONTROL_OF = re.compile(r"\s+(?:full |effective )?control\s+(?:of|over)\b", re.IGNORECASE)


def _seized_place(event: Event, text: str, end: int, words: list[str]) -> Event:
    """The event read as a place taken when what was seized is a place ACLED-style, else the event.

    An ACLED note names a town with its administrative area in parentheses ("rebels seized
    Boali (Ombella-M'Poko)"): a "seized" object so followed is territory, not goods, even when
    the gazetteer does not know the town. Only the event's own sentence is searched.
    """
    target = event.target_text
    if (
        event.type == "COERCE"
        and event.mode == "confiscate"
        and _CONTROL_OF.match(text, event.trigger[1], end)
    ):
        # "seized control of Wad Madani": control is taken of a place, whatever the parser hung on it
        return event.model_copy(update={"type": "FIGHT", "mode": None})
    if not (event.type == "COERCE" and event.mode == "confiscate" and target and _takes_a_place(words)):
        return event
    if actor_kind(target) is not None:
        return event  # "seized weapons from *Mai-Mai militiamen* in Fizi (Sud-Kivu)": a party, no place
    at = text.find(target, event.trigger[1], end)
    if at < 0 or not target[:1].isupper() or not _ADMIN_AFTER.match(text, at + len(target), end):
        return event
    return event.model_copy(update={"type": "FIGHT", "mode": None})
