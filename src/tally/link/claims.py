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

What claims share with event clusters lives in its own modules: periods
(:mod:`.periods`), place paths (:mod:`.places`), value ranges
(:mod:`.ranges`), source counting (:mod:`.sources`) and grouping (:mod:`.grouping`).
"""

from __future__ import annotations

from typing import Any, Literal

from tally.link.entities import fold, member_key
from tally.link.grouping import Features, cluster_id, group_date, sentence
from tally.link.periods import date_interval, inside, overlaps, undated_window, widen
from tally.link.places import common_place, contains_or_within, place_path
from tally.link.ranges import value_range
from tally.link.sources import SourceResolver, source_names
from tally.records import Article, Claim, ClaimFigure, ClaimStatus, Conflict, Figure

#: the kinds of :class:`tally.records.Conflict`
ConflictKind = Literal["denied", "exceeds", "disagree", "disputed"]

#: a figure with no date of its own counts what happened in this many days
#: before its article was published (a report on December 23 about a November
#: crackdown; an anniversary piece a year later falls outside)
FIGURE_UNDATED_WINDOW_DAYS = 60

#: days added on both sides of a figure's own period: tolls are cumulative over
#: the days of a crackdown, and one outlet dates the dead to the Saturday of the
#: shooting while another dates them to the Tuesday of the count
FIGURE_DATE_SLACK_DAYS = 3

#: words just before a count that make it a part of another count in the same
#: sentence: "61 killed, including eight in Omdurman"
PARTITIVE_CUES = ("including", "among them", "of them", "of whom", "among whom", "among the dead")

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
def _partitive(text: str, figure: Figure) -> bool:
    before = text[max(figure.evidence[0], figure.start - 25) : figure.start].lower()
    return any(cue in before for cue in PARTITIVE_CUES)


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
        "sentence": sentence(article, figure.evidence),
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


# -- conflicts -------------------------------------------------------------
def _conflict(a: Features, b: Features) -> tuple[ConflictKind, Features, Features] | None:
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


def _conflicts(labelled: list[Features]) -> list[Conflict]:
    """The claim's conflicts, one per pair of disagreeing values, with everyone who gave each."""
    merged: dict[tuple[ConflictKind, str, str], dict[str, Any]] = {}
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
        out.append(Conflict(a=entry["a"], b=entry["b"], kind=kind, reason=reason))
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
    finer_time = inside(a["period"], b["period"]) and a["period"] != b["period"]
    same_time = a["period"] == b["period"] or not (a["period"] and b["period"])
    return (finer_place and (finer_time or same_time or inside(a["period"], b["period"]))) or (
        same_place and finer_time
    )


def _part_key(f: Features) -> tuple[Any, ...]:
    """What :func:`_part_of` reads of a figure, on either side."""
    period = f["period"]
    return (
        bool(f.get("partitive")),
        tuple(f["place"]),
        bool(f.get("place_inferred", False)),
        None if period is None else tuple(period),
    )


def _parts(items: list[Features]) -> dict[tuple[Any, ...], bool]:
    """For each :func:`_part_key` of *items*: whether a figure with it counts a part of another figure's count.

    Read once per distinct key, not once per pair of figures: a claim repeated by many articles holds
    many figures that read alike, and the pairs of its figures grew with the square of the claim
    (two figures with one key are never a part of each other, so a figure's twins do not count).
    """
    readings: dict[tuple[Any, ...], Features] = {}
    for f in items:
        readings.setdefault(_part_key(f), f)
    return {
        key: any(_part_of(f, g) for other, g in readings.items() if other != key)
        for key, f in readings.items()
    }


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


def build_claim(items: list[Features], resolver: SourceResolver) -> Claim:
    """The SPEC's claim object for one group of figures (plus conflicts and evidence)."""
    items = sorted(items, key=lambda f: (f["published"] or "", f["doc"], f["figure"]))
    sources: dict[str, str] = {}
    figures: list[ClaimFigure] = []
    labelled = []
    for item in items:
        found = resolver.sources_of(item)
        for key, name in found:
            sources.setdefault(key, name)
        labelled.append({**item, "_names_of": list(dict.fromkeys(name for _, name in found))})
        figures.append(
            ClaimFigure(
                doc=item["doc"],
                figure=item["figure"],
                value=item["value"],
                value_max=item["value_max"],
                qualifier=item["qualifier"],
                asserted_by=source_names(resolver, item["asserted_by"]),
                confirmed_by=source_names(resolver, item["confirmed_by"]),
                disputed_by=source_names(resolver, item["disputed_by"]),
                negated=item["negated"],
                subject=item["subject"],
                place=item["place_name"],
                date=item["date"],
                published=item["published"],
                outlet=item["outlet"],
                text=item["text"],
                span=item["span"],
                evidence=item["evidence"],
                sentence=item["sentence"],
            )
        )
    conflicts = _conflicts(labelled)
    disputed = sorted({n for f in figures for n in f.disputed_by})
    for name in disputed:
        conflicts.append(Conflict(kind="disputed", reason=f"disputed by {name}"))
    path, place_name = common_place(items)
    # the range is of the counts for the claim's place itself: a city's count inside a
    # national claim is a part of it, listed among the figures, not a low estimate
    part = _parts(items)
    whole = [f for f in items if not f["negated"] and not part[_part_key(f)]] or items
    values = [f["value"] for f in whole] + [f["value_max"] for f in whole if f["value_max"] is not None]
    when, when_from = group_date(items)
    independent = len(sources)
    status: ClaimStatus = (
        "conflicting" if conflicts else ("corroborated" if independent >= 2 else "single_source")
    )
    return Claim(
        id=cluster_id("c", (f"{f['doc']}:{f['figure']}" for f in items)),
        category=items[0]["category"],
        place="/".join(path) if path else None,
        place_name=place_name,
        date=when,
        date_from=when_from,
        subject=next((f["subject"] for f in items if f["subject"]), None),
        figures=figures,
        sources=list(sources.values()),
        independent_sources=independent,
        status=status,
        range=(min(values), max(values)),
        conservative=min(value_range(f["value"], f["value_max"], f["qualifier"])[0] for f in whole),
        conflicts=conflicts,
        articles=len({f["doc"] for f in items}),
    )
