"""Event clusters: one real-world event reported by one or more articles.

Events group like figures (see :mod:`tally.link.claims`, and the shared steps in
:mod:`.grouping`, :mod:`.periods`, :mod:`.places`, :mod:`.sources`): per block (PLOVER
type, or force on people, and country), complete linkage over compatible events — same type,
modes that do not differ (or acts of force both reports pin to a day and a place), places that
contain one another, overlapping periods, and actors and targets on the same side (the state's
forces, an armed group, people) that are not two different corpus entities. A cluster is
``corroborated`` when independent outlets report it, ``conflicting`` when one
report denies what another asserts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from tally.link.entities import member_key
from tally.link.grouping import Features, cluster_id, group_date, sentence
from tally.link.periods import date_interval, overlaps, undated_window
from tally.link.places import common_place, contains_or_within, place_path
from tally.link.sources import SourceResolver
from tally.records import Article, ClaimStatus, ClusterEvent, Event, EventCluster, Place

#: an event with no date counts what happened this many days before its article
#: was published: news reports what happened days ago
EVENT_UNDATED_WINDOW_DAYS = 14


#: The side an actor or target stands on, from its ACLED kind: the state's forces, an armed group, or
#: people (civilians, protesters and rioters are one side: outlets name the same crowd each way).
_SIDES = {
    "state": "state",
    "armed": "armed",
    "civilians": "people",
    "protesters": "people",
    "rioters": "people",
}


def _side(text: str | None) -> str | None:
    """Whose side the words of an actor or target put it on (:data:`_SIDES`), or None when they do not say."""
    # the extractor's reading of actors' kinds (words lists of lang/en/events), so that a cluster
    # and its ACLED row read the sides alike
    from tally.extract.events.acled import actor_kind

    return _SIDES.get(actor_kind(text) or "")


#: an event's own date that names a day or a span of days ("2024-06-16", "2023-03-11/2023-03-13"),
#: not a week, a month or a year
_DAY_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")

#: place kinds too wide to pin an event down: two reports of a country's or a province's unrest
#: on one day may be two events
_WIDE_PLACE_KINDS = frozenset({"country", "admin1"})


def _pinned(event: Event, place: Place | None) -> bool:
    """Whether the article itself puts the event on a day and in a place below a province."""
    day = bool(event.date and _DAY_DATE.fullmatch(event.date))
    return day and place is not None and place.kind not in _WIDE_PLACE_KINDS


def event_features(article: Article, event: Event, country: str | None) -> Features:
    places = {p.id: p for p in article.places}
    place = places.get(event.place) if event.place else None
    groups = {e.id for e in article.entities if e.type == "GROUP"}
    period = date_interval(event.date) or undated_window(article.source.published, EVENT_UNDATED_WINDOW_DAYS)
    return {
        "doc": article.id,
        "event": event.id,
        "type": event.type,
        "mode": event.mode,
        "acled": event.acled.model_dump() if event.acled else None,
        "actor": member_key(article.id, event.actor) if event.actor else None,
        "actor_text": event.actor_text,
        "target": member_key(article.id, event.target) if event.target else None,
        "target_text": event.target_text,
        "actor_group": event.actor in groups if event.actor else False,
        "target_group": event.target in groups if event.target else False,
        "pinned": _pinned(event, place),
        "actor_side": _side(event.actor_text),
        "target_side": _side(event.target_text),
        "place": place_path(place, country),
        "place_name": place.name if place else (country or None),
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_kind": place.kind if place else None,
        "country": (place.country if place else None) or country,
        "admin1": place.admin1 if place else None,
        "date": event.date,
        "period": list(period) if period else None,
        "published": article.source.published,
        "outlet": article.source.outlet,
        "modality": event.modality,
        "figures": list(event.figures),
        "trigger": article.text[event.trigger[0] : event.trigger[1]],
        "evidence": list(event.evidence),
        "sentence": sentence(article, event.evidence),
    }


#: The acts of force on people that outlets report of one crackdown in different words: police who
#: "fired tear gas" (COERCE), "beat" or "shot dead" marchers (ASSAULT) or "stormed" a sit-in (FIGHT)
#: on one day in one town did one thing, which ACLED codes as one event. PLOVER type and mode pairs
#: (None: the type's default); arrests, bans, torture, executions, bombings and abductions stay their
#: own events.
_FORCE_ACTS = frozenset(
    {
        ("ASSAULT", None),
        ("ASSAULT", "beat"),
        ("ASSAULT", "primitive"),
        ("ASSAULT", "firearms"),
        ("FIGHT", None),
        ("FIGHT", "firearms"),
        ("COERCE", None),
    }
)

#: The block of the types those acts are of, in place of their PLOVER type: one block, so that two
#: acts of force can meet, and every pair of events the types' own rules join (a "crackdown" with
#: no mode and the arrests of it) still meets
FORCE_BLOCK = "FORCE"
_FORCE_TYPES = frozenset(t for t, _ in _FORCE_ACTS)

#: PLOVER's protest modes that say how a protest was organised, not what it did: one march is
#: "unrest" to one outlet (spontaneous) and "a rally" to another (organised)
_PROTEST_MODE_KINDS = {
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot": "riot",
    "riot-org": "riot",
    "riot-spon": "riot",
}


def _is_force(features: Features) -> bool:
    return (features["type"], features["mode"] or None) in _FORCE_ACTS


def event_block(features: Features) -> str:
    country = features["place"][0] if features["place"] else "-"
    kind = FORCE_BLOCK if features["type"] in _FORCE_TYPES else features["type"]
    return f"{kind}|{country}"


def _same_act(a: Features, b: Features) -> bool:
    """Whether two events report one act: the same type and modes that do not differ, or force on
    people both reports pin to their day and place (:data:`_FORCE_ACTS`, :func:`_pinned`).

    Two pinned reports of force in one town on one day are one crackdown however they name it; an
    unpinned one ("security forces killed protesters" in a country, in a month) is joined only to
    reports of its own type, as before.
    """
    if _is_force(a) and _is_force(b) and a.get("pinned") and b.get("pinned"):
        return True
    if a["type"] != b["type"]:
        return False
    one, two = a["mode"], b["mode"]
    if a["type"] == "PROTEST" and one and two:
        one, two = _PROTEST_MODE_KINDS.get(one, one), _PROTEST_MODE_KINDS.get(two, two)
    return not (one and two and one != two)


def events_compatible(a: Features, b: Features, entity_of: Callable[[str | None], str | None]) -> bool:
    if not _same_act(a, b):
        return False
    if not contains_or_within(a["place"], b["place"]) or not overlaps(a["period"], b["period"]):
        return False
    for role in ("actor", "target"):
        one, two = a.get(f"{role}_side"), b.get(f"{role}_side")
        if one is not None and two is not None and one != two:
            return False  # "people were beaten" and "a crowd attacked a patrol": two acts
        x, y = entity_of(a[role]), entity_of(b[role])
        if x is not None and y is not None and x != y and not _same_group_pinned(a, b, role):
            return False
    return True


def _same_group_pinned(a: Features, b: Features, role: str) -> bool:
    """Two common-noun groups ("police", "120 people") of events both pinned to a day and a place.

    A group named by a common noun is its own article's entity, so two outlets' "police" are two
    entities; they do not keep the events apart when both articles put the event on the same day
    in the same place (the sides were compared before).
    """
    return bool(a.get(f"{role}_group") and b.get(f"{role}_group") and a.get("pinned") and b.get("pinned"))


def build_event_cluster(items: list[Features], resolver: SourceResolver) -> EventCluster:
    """One real-world event reported by one or more articles."""
    items = sorted(items, key=lambda f: (f["published"] or "", f["doc"], f["event"]))
    sources: dict[str, str] = {}
    for item in items:
        key, name = resolver.article_source(item["doc"], item["outlet"])
        sources.setdefault(key, name)
    modalities = {f["modality"] for f in items}
    conflicting = "negated" in modalities and bool(modalities & {"asserted", "reported"})
    independent = len(sources)
    status: ClaimStatus = (
        "conflicting" if conflicting else ("corroborated" if independent >= 2 else "single_source")
    )
    path, place_name = common_place(items)
    precise = max(items, key=lambda f: (len(f["place"]), f["lat"] is not None))
    when, _ = group_date(items)
    actor = next((resolver.entity(f["actor"]) for f in items if resolver.entity(f["actor"])), None)
    target = next((resolver.entity(f["target"]) for f in items if resolver.entity(f["target"])), None)
    # a cluster of force told in several words ("fired tear gas", "beat") is of the type most of
    # its reports give, the earliest report's on a tie (a Counter keeps first-seen order, and
    # most_common sorts stably)
    kind = Counter(f["type"] for f in items).most_common(1)[0][0]
    typed = [f for f in items if f["type"] == kind]
    return EventCluster(
        id=cluster_id("x", (f"{f['doc']}:{f['event']}" for f in items)),
        type=kind,
        mode=next((f["mode"] for f in typed if f["mode"]), None),
        acled=next((f["acled"] for f in typed if f["acled"]), None),
        actor=actor[1] if actor else next((f["actor_text"] for f in items if f["actor_text"]), None),
        target=target[1] if target else next((f["target_text"] for f in items if f["target_text"]), None),
        place="/".join(path) if path else None,
        place_name=precise["place_name"] if precise["place"] == path or len(items) == 1 else place_name,
        country=precise["country"],
        admin1=precise["admin1"],
        lat=precise["lat"],
        lon=precise["lon"],
        place_kind=precise["place_kind"],
        date=when,
        modalities=sorted(modalities),
        events=[
            ClusterEvent(
                doc=f["doc"],
                event=f["event"],
                modality=f["modality"],
                trigger=f["trigger"],
                figures=f["figures"],
                outlet=f["outlet"],
                published=f["published"],
                date=f["date"],
                evidence=f["evidence"],
                sentence=f["sentence"],
            )
            for f in items
        ],
        sources=list(sources.values()),
        independent_sources=independent,
        status=status,
    )
