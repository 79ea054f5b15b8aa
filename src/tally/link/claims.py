"""Claims: figures from many articles that count the same thing (event clusters: :mod:`.events`).

A claim is what a monitor means by "the death toll of the November 2019
protests in Iran": every figure, in any article, of the same category, about
places that contain one another (Behbehan lies in Khuzestan lies in Iran, by
the places' ``country``/``admin1`` fields), over periods that overlap at the
coarser of their granularities, and with compatible subjects ("protesters"
and "people" are one crowd; "children" is not).

Grouping is done per *block* (category and country): figures in different
blocks are never compared, so adding an article recomputes only the blocks it
touches, and the result is the same as a full recompute because clustering a
block depends only on the set of figures in it, sorted in a fixed order.

Per claim:

- ``independent_sources`` counts original sources, not articles: a figure
  attributed to PMOI adds PMOI (asserted_by and confirmed_by, resolved to
  corpus entities), an unattributed figure adds the article's outlet, and
  near-duplicate articles (one press release republished) add one source
  between them;
- ``status`` is ``conflicting`` when two figures cannot both hold given their
  qualifiers, or one is negated or disputed; ``corroborated`` when two or more
  independent sources agree; else ``single_source``. Qualifiers make ranges:
  "at least 304" is [304, ∞) and does not conflict with 1,500; "225" and
  "1,500", both exact, do; "thousands" is [1000, 10000) and agrees with 1,500.
  A count for a place inside another place's (a city in a country) is a part
  of it: it conflicts only when the part is larger than the whole can be.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tally.link.entities import fold, member_key
from tally.records import Article, Figure, Place

Features = dict[str, Any]

#: a figure with no date of its own counts what happened in this many days
#: before its article was published (a report on December 23 about a November
#: crackdown; an anniversary piece a year later falls outside)
FIGURE_UNDATED_WINDOW_DAYS = 60

#: the same for an event with no date: news reports what happened days ago
EVENT_UNDATED_WINDOW_DAYS = 14

#: days added on both sides of a figure's own period: tolls are cumulative over
#: the days of a crackdown, and one outlet dates the dead to the Saturday of the
#: shooting while another dates them to the Tuesday of the count
FIGURE_DATE_SLACK_DAYS = 3

#: relative spread of "about 300", "nearly 300", "some 300"
ABOUT_TOLERANCE = 0.2

#: words just before a count that make it a part of another count in the same
#: sentence: "61 killed, including eight in Omdurman"
PARTITIVE_CUES = ("including", "among them", "of them", "of whom", "among whom", "among the dead")

#: words that make an unnamed collective an institution: "the interior ministry
#: said" is the ministry's word, one source per country whichever outlet carries it
INSTITUTION_WORDS = frozenset(
    [
        "ministry",
        "police",
        "government",
        "army",
        "military",
        "council",
        "commission",
        "committee",
        "court",
        "judiciary",
        "prosecutor",
        "prosecutors",
        "department",
        "agency",
        "office",
        "authorities",
        "hospital",
        "hospitals",
        "union",
    ]
)

#: subjects that name the same crowd: a count of "people" killed at a protest
#: and a count of "protesters" killed there are one count
GENERIC_SUBJECTS = frozenset(
    [
        "people",
        "persons",
        "person",
        "protesters",
        "protester",
        "demonstrators",
        "demonstrator",
        "civilians",
        "civilian",
        "citizens",
        "individuals",
        "participants",
        "residents",
        "men",
    ]
)

INF = math.inf


# -- time ------------------------------------------------------------------
def date_interval(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO 8601 date of any granularity covers.

    ``2019`` -> 2019-01-01..2019-12-31, ``2019-11``, ``2019-11-15``, ``2019-W46``,
    ``201X`` (a decade); None for anything else.
    """
    if not value:
        return None
    try:
        if len(value) == 4 and value[:3].isdigit() and value[3] in "Xx":
            start = int(value[:3]) * 10
            return f"{start:04d}-01-01", f"{start + 9:04d}-12-31"
        if len(value) == 4 and value.isdigit():
            return f"{value}-01-01", f"{value}-12-31"
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            year, month = int(value[:4]), int(value[5:])
            first = date(year, month, 1)
            last = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
            return first.isoformat(), last.isoformat()
        if len(value) >= 8 and value[4:6] == "-W":
            first = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return first.isoformat(), (first + timedelta(days=6)).isoformat()
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day.isoformat(), day.isoformat()
    except ValueError:
        return None
    return None


def undated_window(published: str | None, days: int) -> tuple[str, str] | None:
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return (day - timedelta(days=days)).isoformat(), day.isoformat()


def overlaps(a: list[str] | None, b: list[str] | None) -> bool:
    """Whether two intervals share a day.

    An unknown period (no date, no publication date) meets only another unknown
    one: grouping an undated count with every dated one would corroborate
    counts of different years.
    """
    if a is None or b is None:
        return a is None and b is None
    return a[0] <= b[1] and b[0] <= a[1]


def _inside(a: list[str] | None, b: list[str] | None) -> bool:
    """Whether period *a* lies within period *b* (unknown lies nowhere)."""
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


# -- place -----------------------------------------------------------------
def place_path(place: Place | None, fallback_country: str | None) -> list[str]:
    """The place as a path from the country down: ``["IR", "Khuzestan", "Behbehan"]``.

    A place of kind ``other`` (unresolved) hangs under its country, or the
    article's main country, by its folded name.
    """
    if place is None:
        return [fallback_country] if fallback_country else []
    country = place.country or fallback_country
    path = [country] if country else []
    if place.kind == "country":
        return path
    if place.kind == "admin1":
        return [*path, place.admin1 or place.name]
    if place.admin1:
        path.append(place.admin1)
    path.append(str(place.geonameid) if place.geonameid else fold(place.name))
    return path


def contains_or_within(a: list[str], b: list[str]) -> bool:
    """One place lies in the other (or they are the same); unknown places only meet unknown."""
    if not a or not b:
        return not a and not b
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[: len(shorter)] == shorter


def main_country(article: Article) -> str | None:
    """The country an article is about: the one its resolved places are mentioned in most."""
    counts: Counter[str] = Counter()
    for place in article.places:
        if place.country:
            counts[place.country] += max(1, len(place.mentions))
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], c))


# -- values ----------------------------------------------------------------
def value_range(value: float, value_max: float | None, qualifier: str) -> tuple[float, float]:
    """The counts a figure allows, from its qualifier (see the module docstring)."""
    high = value_max if value_max is not None and value_max >= value else value
    if qualifier in ("at_least", "over"):
        return value, INF
    if qualifier == "up_to":
        return 0.0, high
    if qualifier == "about":
        return value * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)
    if qualifier == "vague":
        # SPEC readings: tens 10, dozens 12, hundreds 100, thousands 1000. A lower
        # bound only: "dozens injured" is what a witness saw, not a ceiling on a
        # count of 210, but "thousands" does conflict with an exact 225
        return value, INF
    return value, high


def subject_class(subject: str | None) -> str | None:
    if not subject:
        return None
    words = fold(subject).split()
    if not words:
        return None
    head = words[-1]
    if head in GENERIC_SUBJECTS:
        return "people"
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


# -- features --------------------------------------------------------------
def widen(period: tuple[str, str] | None, days: int) -> tuple[str, str] | None:
    if period is None or days == 0:
        return period
    return (
        (date.fromisoformat(period[0]) - timedelta(days=days)).isoformat(),
        (date.fromisoformat(period[1]) + timedelta(days=days)).isoformat(),
    )


def _partitive(text: str, figure: Figure) -> bool:
    before = text[max(figure.evidence[0], figure.start - 25) : figure.start].lower()
    return any(cue in before for cue in PARTITIVE_CUES)


def _sentence(article: Article, span: tuple[int, int]) -> str:
    return article.text[span[0] : span[1]].strip()


def figure_features(article: Article, figure: Figure, country: str | None) -> Features:
    """What claim building needs of one figure, computed once when its article is linked."""
    places = {p.id: p for p in article.places}
    place = places.get(figure.place) if figure.place else None
    path = place_path(place, country)
    period = widen(date_interval(figure.date), FIGURE_DATE_SLACK_DAYS) or undated_window(
        article.source.published, FIGURE_UNDATED_WINDOW_DAYS
    )
    return {
        "doc": article.id,
        "figure": figure.id,
        "category": figure.category,
        "value": figure.value,
        "value_max": figure.value_max,
        "qualifier": figure.qualifier,
        "subject": figure.subject,
        "subject_class": subject_class(figure.subject),
        "place": path,
        "place_name": place.name if place else (country or None),
        # the article's main country stands in for a missing place: a guess, so
        # such a figure is never taken as the whole that finer counts are parts of
        "place_inferred": place is None,
        "partitive": _partitive(article.text, figure),
        "date": figure.date,
        "period": list(period) if period else None,
        "published": article.source.published,
        "outlet": article.source.outlet,
        "asserted_by": [member_key(article.id, e) for e in figure.asserted_by],
        "confirmed_by": [member_key(article.id, e) for e in figure.confirmed_by],
        "disputed_by": [member_key(article.id, e) for e in figure.disputed_by],
        "negated": figure.negated,
        "text": figure.text or article.text[figure.start : figure.end],
        "span": [figure.start, figure.end],
        "evidence": list(figure.evidence),
        "sentence": _sentence(article, figure.evidence),
    }


def figure_block(features: Features) -> str:
    country = features["place"][0] if features["place"] else "-"
    return f"{features['category']}|{country}"


# -- grouping --------------------------------------------------------------
def figures_compatible(a: Features, b: Features) -> bool:
    """Whether two figures can count the same thing."""
    if a["category"] != b["category"]:
        return False
    if not contains_or_within(a["place"], b["place"]):
        return False
    if not overlaps(a["period"], b["period"]):
        return False
    sa, sb = a["subject_class"], b["subject_class"]
    return sa is None or sb is None or sa == sb


def _specificity(features: Features) -> tuple[int, int]:
    period = features["period"]
    width = (date.fromisoformat(period[1]) - date.fromisoformat(period[0])).days if period else 100_000
    return len(features["place"]), -width


def group(
    items: list[Features], compatible: Callable[[Features, Features], bool], key: str
) -> list[list[Features]]:
    """Complete-linkage groups: an item joins the first group it is compatible with as a whole.

    Items are taken coarse place and wide period first, then by article and
    record id, so the groups depend on the set of items only. Complete linkage
    keeps Tehran's and Behbehan's counts apart even when a national count is
    compatible with both.
    """
    ordered = sorted(items, key=lambda f: (_specificity(f), f["doc"], f[key]))
    groups: list[list[Features]] = []
    for item in ordered:
        for existing in groups:
            if all(compatible(item, other) for other in existing):
                existing.append(item)
                break
        else:
            groups.append([item])
    return groups


# -- sources ---------------------------------------------------------------
@dataclass
class SourceResolver:
    """Turns article-level sources into corpus-level ones.

    :param entity_of: member key -> (corpus entity id, name)
    :param outlet_entity: folded outlet name -> (corpus entity id, name), so that a
        Reuters article and "confirmed by Reuters" elsewhere are one source
    :param dup_group: article id -> representative of its near-duplicate group
    :param group_outlets: representative -> outlets of the group's articles
    :param unnamed: member keys of unnamed collectives (GROUP: "witnesses",
        "medics", "their lawyers"): what they say counts as the outlet's own
        reporting, since the outlet is the only one who heard them
    :param institutions: member key -> name of collectives that are institutions
        ("the interior ministry"): one source per name and country
    """

    entity_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    outlet_entity: dict[str, tuple[str, str]] = field(default_factory=dict)
    dup_group: dict[str, str] = field(default_factory=dict)
    group_outlets: dict[str, list[str]] = field(default_factory=dict)
    unnamed: set[str] = field(default_factory=set)
    institutions: dict[str, str] = field(default_factory=dict)

    def entity(self, key: str | None) -> tuple[str, str] | None:
        return self.entity_of.get(key) if key else None

    def entity_id(self, key: str | None) -> str | None:
        found = self.entity(key)
        return found[0] if found else None

    def article_source(self, doc: str, outlet: str | None) -> tuple[str, str]:
        """The source an unattributed statement counts as: its outlet, or its republication group."""
        group_rep = self.dup_group.get(doc, doc)
        outlets = self.group_outlets.get(group_rep, [])
        if len(outlets) > 1 or (group_rep != doc):
            names = sorted({o for o in outlets if o}) or [f"article {group_rep[:8]}"]
            label = names[0] if len(names) == 1 else " / ".join(names) + " (one text)"
            return f"dup:{group_rep}", label
        if outlet:
            found = self.outlet_entity.get(fold(outlet))
            if found:
                return found
            return f"outlet:{fold(outlet)}", outlet
        return f"article:{doc}", f"article {doc[:8]}"

    def sources_of(self, item: Features) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for key in item.get("asserted_by", []) + item.get("confirmed_by", []):
            named = self.entity(key)
            if named is None:
                continue
            if key in self.institutions:
                country = item["place"][0] if item["place"] else "-"
                named = (f"inst:{country}:{fold(self.institutions[key])}", self.institutions[key])
            elif key in self.unnamed:
                source_key, label = self.article_source(item["doc"], item["outlet"])
                named = (source_key, f"{label} ({named[1]})")
            if named not in found:
                found.append(named)
        return found or [self.article_source(item["doc"], item["outlet"])]


def _names(resolver: SourceResolver, keys: Iterable[str]) -> list[str]:
    out = []
    for key in keys:
        found = resolver.entity(key)
        name = found[1] if found else key.split(":", 1)[-1]
        if name not in out:
            out.append(name)
    return out


def _cluster_id(prefix: str, members: Iterable[str]) -> str:
    return prefix + hashlib.sha1(min(members).encode()).hexdigest()[:10]


def _common_place(items: list[Features]) -> tuple[list[str], str | None]:
    paths = [f["place"] for f in items if f["place"]]
    if not paths:
        return [], None
    common = paths[0]
    for path in paths[1:]:
        n = 0
        while n < min(len(common), len(path)) and common[n] == path[n]:
            n += 1
        common = common[:n]
    name = next((f["place_name"] for f in items if f["place"] == common), None)
    return common, name or (common[-1] if common else None)


def _claim_date(items: list[Features]) -> tuple[str | None, str]:
    dates = Counter(f["date"] for f in items if f["date"])
    if dates:
        return min(dates, key=lambda d: (-dates[d], len(d), d)), "figures"
    published = sorted(f["published"] for f in items if f["published"])
    return (published[0][:7], "published") if published else (None, "none")


def _conflict(a: Features, b: Features) -> tuple[str, Features, Features] | None:
    """How two figures of one claim cannot both hold: ``(kind, first, second)``, or None.

    ``denied``: *first* is denied where *second* is asserted; ``exceeds``: *first*
    counts a part of what *second* counts, and is larger; ``disagree``: their
    ranges do not meet.
    """
    if a["negated"] != b["negated"]:
        neg, pos = (a, b) if a["negated"] else (b, a)
        lo, hi = value_range(neg["value"], neg["value_max"], neg["qualifier"])
        plo, phi = value_range(pos["value"], pos["value_max"], pos["qualifier"])
        return ("denied", neg, pos) if plo <= hi and lo <= phi else None
    lo_a, hi_a = value_range(a["value"], a["value_max"], a["qualifier"])
    lo_b, hi_b = value_range(b["value"], b["value_max"], b["qualifier"])
    if _part_of(a, b):
        return ("exceeds", a, b) if lo_a > hi_b else None
    if _part_of(b, a):
        return ("exceeds", b, a) if lo_b > hi_a else None
    if hi_a < lo_b or hi_b < lo_a:
        return "disagree", a, b
    return None


def _conflicts(labelled: list[Features]) -> list[dict[str, Any]]:
    """The claim's conflicts, one per pair of disagreeing values, with everyone who gave each."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for low, high in _reading_pairs(labelled):
        found = _conflict(low, high)
        if found is None:
            continue
        kind, first, second = found
        key = (kind, _fmt_value(first), _fmt_value(second))
        entry = merged.setdefault(
            key,
            {
                "kind": kind,
                "a": [first["doc"], first["figure"]],
                "b": [second["doc"], second["figure"]],
                "first": first,
                "second": second,
                "names": ([], []),
            },
        )
        for side, reading in ((0, first), (1, second)):
            for name in reading["_names"]:
                if name not in entry["names"][side]:
                    entry["names"][side].append(name)
    out = []
    for (kind, first_value, second_value), entry in merged.items():
        who_a = "; ".join(entry["names"][0])
        who_b = "; ".join(entry["names"][1])
        a_text = f"{first_value} ({who_a})" if who_a else first_value
        b_text = f"{second_value} ({who_b})" if who_b else second_value
        if kind == "denied":
            reason = f"{a_text} is denied where {b_text} is asserted"
        elif kind == "exceeds":
            reason = (
                f"{a_text} for {entry['first']['place_name']} exceeds {b_text} "
                f"for {entry['second']['place_name']}"
            )
        else:
            reason = f"{a_text} and {b_text} cannot both hold"
        out.append({"a": entry["a"], "b": entry["b"], "kind": kind, "reason": reason})
    return out


def _part_of(a: Features, b: Features) -> bool:
    """Whether *a* counts a part of what *b* counts (a smaller place or a shorter period).

    Also when the sentence says so: "61, including eight in Omdurman" is a part
    of any toll in the claim that is not itself a part.
    """
    if a.get("partitive") and not b.get("partitive"):
        return True
    finer_place = len(a["place"]) > len(b["place"]) and not b.get("place_inferred", False)
    same_place = a["place"] == b["place"]
    finer_time = _inside(a["period"], b["period"]) and a["period"] != b["period"]
    same_time = a["period"] == b["period"] or not (a["period"] and b["period"])
    return (finer_place and (finer_time or same_time or _inside(a["period"], b["period"]))) or (
        same_place and finer_time
    )


_QUALIFIER_WORDS = {"at_least": "at least ", "over": "over ", "about": "about ", "up_to": "up to "}


def _fmt_value(f: Features) -> str:
    value = f"{f['value']:,.0f}"
    if f["value_max"] is not None:
        value += f"–{f['value_max']:,.0f}"
    if f["qualifier"] == "vague":
        return f"“{f['text']}” (≥{value})"
    return _QUALIFIER_WORDS.get(f["qualifier"], "") + value


def _reading_pairs(labelled: list[Features]) -> list[tuple[Features, Features]]:
    """Pairs of distinct readings (value, qualifier, place, period), the lower value first.

    Figures that read the same (a release republished, a toll repeated) are one
    reading with all their sources, so a disagreement is listed once.
    """
    readings: dict[tuple[Any, ...], Features] = {}
    for item in labelled:
        key = (
            item["value"],
            item["value_max"],
            item["qualifier"],
            item["negated"],
            tuple(item["place"]),
            bool(item.get("place_inferred")),
            tuple(item["period"] or ()),
        )
        reading = readings.setdefault(key, {**item, "_names": []})
        for name in item["_names_of"]:
            if name not in reading["_names"]:
                reading["_names"].append(name)
    ordered = sorted(readings.values(), key=lambda r: (r["value"], r["doc"], r["figure"]))
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def build_claim(items: list[Features], resolver: SourceResolver) -> dict[str, Any]:
    """The SPEC's claim object for one group of figures (plus conflicts and evidence)."""
    items = sorted(items, key=lambda f: (f["published"] or "", f["doc"], f["figure"]))
    sources: dict[str, str] = {}
    figures = []
    labelled = []
    for item in items:
        found = resolver.sources_of(item)
        for key, name in found:
            sources.setdefault(key, name)
        labelled.append({**item, "_names_of": list(dict.fromkeys(name for _, name in found))})
        figures.append(
            {
                "doc": item["doc"],
                "figure": item["figure"],
                "value": item["value"],
                "value_max": item["value_max"],
                "qualifier": item["qualifier"],
                "asserted_by": _names(resolver, item["asserted_by"]),
                "confirmed_by": _names(resolver, item["confirmed_by"]),
                "disputed_by": _names(resolver, item["disputed_by"]),
                "negated": item["negated"],
                "subject": item["subject"],
                "place": item["place_name"],
                "date": item["date"],
                "published": item["published"],
                "outlet": item["outlet"],
                "text": item["text"],
                "span": item["span"],
                "evidence": item["evidence"],
                "sentence": item["sentence"],
            }
        )
    conflicts = _conflicts(labelled)
    disputed = sorted({n for f in figures for n in f["disputed_by"]})
    for name in disputed:
        conflicts.append({"a": None, "b": None, "kind": "disputed", "reason": f"disputed by {name}"})
    path, place_name = _common_place(items)
    # the range is of the counts for the claim's place itself: a city's count inside a
    # national claim is a part of it, listed among the figures, not a low estimate
    whole = [
        f for f in items if not f["negated"] and not any(_part_of(f, g) for g in items if g is not f)
    ] or items
    values = [f["value"] for f in whole] + [f["value_max"] for f in whole if f["value_max"] is not None]
    when, when_from = _claim_date(items)
    independent = len(sources)
    status = "conflicting" if conflicts else ("corroborated" if independent >= 2 else "single_source")
    return {
        "id": _cluster_id("c", (f"{f['doc']}:{f['figure']}" for f in items)),
        "category": items[0]["category"],
        "place": "/".join(path) if path else None,
        "place_name": place_name,
        "date": when,
        "date_from": when_from,
        "subject": next((f["subject"] for f in items if f["subject"]), None),
        "figures": figures,
        "sources": list(sources.values()),
        "independent_sources": independent,
        "status": status,
        "range": [min(values), max(values)],
        "conservative": min(value_range(f["value"], f["value_max"], f["qualifier"])[0] for f in whole),
        "conflicts": conflicts,
        "articles": len({f["doc"] for f in items}),
    }
