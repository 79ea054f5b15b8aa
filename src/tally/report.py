"""``tally report``: the corpus summary a monitor would send, in Markdown, HTML or JSON.

What it holds, in the order a reader needs it: the claims (conflicts first,
then the best corroborated), a timeline of events by day or week, the places
named most, and the officials quoted most with their most threatening words.
Every line points to its evidence: the article id, the character offsets, and
the sentence itself.

Article text is hostile input: the HTML (built by
:mod:`tally.render.report_html`, with an SVG map and timeline and no script)
goes through Jinja2 with autoescape on and links only http(s) URLs, and the
Markdown escapes the characters that would make links, HTML or table cells out
of it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from tally.extract.countries import country_names
from tally.lang import Section
from tally.link.entities import fold

if TYPE_CHECKING:
    from tally.corpus import Corpus

LOGGER = logging.getLogger(__name__)

FORMATS = ("md", "html", "json")

#: claims shown in full; the rest are counted
TOP_CLAIMS = 15

#: distinct days in the timeline before it switches from days to ISO weeks
TIMELINE_DAYS_MAX = 30

#: events shown per day or week, the most reported first
TIMELINE_PER_BUCKET = 6

#: words and phrases that make a quote a threat or an order to repress; each
#: scores 1, phrases of two words or more 2 (they are the clearer signal).
#: Picked from the officials' quotes of the seeds and the example corpus.
THREAT_TERMS = (
    "must",
    "will not tolerate",
    "not tolerate",
    "no mercy",
    "crush",
    "punish",
    "execute",
    "execution",
    "death",
    "firm response",
    "firmer response",
    "with power",
    "red line",
    "whatever it takes",
    "no leniency",
    "decisively",
    "severe",
    "severely",
    "harshest",
    "thugs",
    "rioters",
    "traitors",
    "terrorists",
    "agents",
    "eliminate",
    "will not allow",
    "end it",
    "iron fist",
    "prosecute",
    "arrest",
)

SNIPPET = 240


def _snippet(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: Word lists of ``tally/lang/<lang>/link/``: ``STATE_BODY_WORDS`` makes an organisation a state body.
link_words = Section("link")


def is_official(name: str, etype: str, roles: list[str]) -> bool:
    """A person with a role, or a state body; rights groups and media are quoted, but not officials."""
    if etype == "PERSON":
        return bool(roles)
    return etype in ("ORG", "GPE") and bool(link_words.STATE_BODY_WORDS & set(fold(name).split()))


def threat_score(text: str) -> int:
    """How threatening a quote reads: matches of :data:`THREAT_TERMS` (phrases count double)."""
    folded = f" {fold(text)} "
    score = 0
    for term in THREAT_TERMS:
        if f" {term} " in folded:
            score += 2 if " " in term else 1
    return score


def place_label(name: str | None, path: str | None = None) -> str:
    """A place for people: "KZ" -> "Kazakhstan"."""
    value = name or path or ""
    return country_names().get(value, value) or "place unknown"


def _on_timeline(cluster: dict[str, Any]) -> bool:
    """Things that happened: an ACLED-type event told as fact, not a threat or a plan."""
    return bool(cluster.get("acled")) and bool(set(cluster["modalities"]) & {"asserted", "reported"})


def _bucket(day: str | None, weekly: bool) -> str:
    if not day:
        return "undated"
    if len(day) == 10 and weekly:
        year, week, _ = date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return day


def _country_of(path: str | None) -> str | None:
    """The ISO alpha-2 code a place path starts with ("KZ/Almaty/1526384" -> "KZ")."""
    head = (path or "").split("/", 1)[0]
    return head if len(head) == 2 and head.isalpha() and head.isupper() else None


def build_report(corpus: Corpus, *, top: int = TOP_CLAIMS, complete: bool = False) -> dict[str, Any]:
    """The report's content as plain data (what ``--format json`` prints).

    The links are read as they are: call ``corpus.link()`` first when articles
    were added (the ``tally report`` command does). With *complete* nothing is
    cut (every claim, timeline event, place, official and quote): the HTML
    report shows the first ones and folds the rest into ``<details>``.
    """
    reader = corpus.reader()
    articles = {}
    quotes: list[dict[str, Any]] = []
    place_counts: Counter[str] = Counter()
    place_articles: dict[str, set[str]] = defaultdict(set)
    place_info: dict[str, dict[str, Any]] = {}
    reader_places: dict[str, set[str]] = defaultdict(set)  # country -> articles naming a place there
    index = reader.entity_index()
    for article in reader.articles():
        src = article.source
        articles[article.id] = {
            "outlet": src.outlet,
            "published": src.published,
            "title": src.title,
            "url": src.url,
        }
        for place in article.places:
            key = str(place.geonameid) if place.geonameid else f"{place.country}:{fold(place.name)}"
            place_counts[key] += max(1, len(place.mentions))
            if place.country:
                reader_places[place.country].add(article.id)
            place_articles[key].add(article.id)
            place_info.setdefault(
                key,
                {
                    "name": place.name,
                    "kind": place.kind,
                    "country": place.country,
                    "admin1": place.admin1,
                    "lat": place.lat,
                    "lon": place.lon,
                },
            )
        for quote in article.quotes:
            if quote.speaker is None:
                continue
            entity = index.get(f"{article.id}:{quote.speaker}")
            if entity is None:
                continue
            quotes.append(
                {
                    "entity": entity.id,
                    "quote": quote.id,
                    "speaker": entity.name,
                    "roles": entity.roles,
                    "type": entity.type,
                    "text": quote.text,
                    "doc": article.id,
                    "span": [quote.start, quote.end],
                    "date": quote.date or src.published,
                    "outlet": src.outlet,
                    "threat": threat_score(quote.text),
                }
            )
    claims = [c.model_dump(mode="json") for c in reader.claims()]
    all_clusters = [c.model_dump(mode="json") for c in reader.events()]
    clusters = [c for c in all_clusters if _on_timeline(c)]
    dated = [c for c in clusters if c["date"]]
    weekly = len({c["date"] for c in dated}) > TIMELINE_DAYS_MAX
    timeline: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for cluster in sorted(clusters, key=lambda c: (-len(c["events"]), c["id"])):
        bucket = timeline[_bucket(cluster["date"], weekly)]
        if complete or len(bucket) < TIMELINE_PER_BUCKET:
            bucket.append(cluster)
    speakers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for said_row in quotes:
        if is_official(said_row["speaker"], said_row["type"], said_row["roles"]):
            speakers[said_row["entity"]].append(said_row)
    officials = []
    for _entity_id, said in sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[1][0]["speaker"])):
        threatening = sorted(said, key=lambda q: (-q["threat"], q["date"] or "", q["doc"]))
        officials.append(
            {
                "name": said[0]["speaker"],
                "roles": said[0]["roles"],
                "quotes": len(said),
                "articles": len({q["doc"] for q in said}),
                "most_threatening": [q for q in threatening[:2] if q["threat"] > 0] or threatening[:1],
                **({"all_quotes": threatening} if complete else {}),
            }
        )
    published = sorted(a["published"] for a in articles.values() if a["published"])
    status_counts = Counter(c["status"] for c in claims)
    countries = _countries(reader_places, clusters, claims)
    if complete:
        top = len(claims)
    return {
        "corpus": {
            "articles": len(articles),
            "outlets": sorted({a["outlet"] for a in articles.values() if a["outlet"]}),
            "from": published[0] if published else None,
            "to": published[-1] if published else None,
            "claims": len(claims),
            "claims_by_status": dict(status_counts),
            "event_clusters": len(all_clusters),
            "events_on_timeline": len(clusters),
        },
        "countries": countries,
        "claims": claims[:top],
        "claims_not_shown": max(0, len(claims) - top),
        "timeline_unit": "week" if weekly else "day",
        "timeline": [{"when": k, "events": v} for k, v in sorted(timeline.items())],
        "places": [
            {**place_info[k], "mentions": n, "articles": len(place_articles[k])}
            for k, n in sorted(place_counts.items(), key=lambda kv: (-kv[1], place_info[kv[0]]["name"]))
        ][: None if complete else 20],
        "officials": officials if complete else officials[:10],
        "articles": articles,
    }


def _countries(
    articles_by_country: dict[str, set[str]], clusters: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per country (ISO alpha-2): articles naming a place there, events on the timeline, claims, conflicts."""
    rows: dict[str, dict[str, Any]] = {}

    def row(code: str) -> dict[str, Any]:
        return rows.setdefault(
            code,
            {
                "code": code,
                "name": place_label(code),
                "articles": 0,
                "events": 0,
                "claims": 0,
                "conflicting": 0,
            },
        )

    for code, docs in articles_by_country.items():
        row(code)["articles"] = len(docs)
    for cluster in clusters:
        if cluster.get("country"):
            row(cluster["country"])["events"] += 1
    for claim in claims:
        if country := _country_of(claim["place"]):
            row(country)["claims"] += 1
            row(country)["conflicting"] += claim["status"] == "conflicting"
    return sorted(rows.values(), key=lambda r: (-(r["events"] + r["claims"]), -r["articles"], r["name"]))


#: how a qualifier reads before a number in a position ("≥ 304")
QUALIFIER_SIGN = {"exact": "", "at_least": "≥ ", "over": "> ", "about": "≈ ", "up_to": "≤ ", "vague": ""}


def _figure_value(f: dict[str, Any]) -> str:
    if f["qualifier"] == "vague":
        return f"“{f['text']}”"
    number = f"{f['value']:,.0f}" + (f"–{f['value_max']:,.0f}" if f.get("value_max") else "")
    return QUALIFIER_SIGN.get(f["qualifier"], "") + number


def claim_positions(claim: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures of a claim grouped by who holds them, lowest first: one line per position.

    A position is a set of sources: figures asserted by overlapping sets of
    names are one position ("interior ministry" with "Arman Seytkali" in one
    report and "Arman Seytkali" alone in another); figures nobody is said to
    assert are the outlet's own. Each position gives its values as one text
    (``value_text``: "200–230" when all are exact, else the distinct values: "≥ 12, 27"),
    who confirmed or disputed them, and its figures (for citations). This
    explains a conflict once per position instead of once per pair of reports.
    """
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    holders: list[list[str]] = []
    for f in claim["figures"]:
        names = list(f["asserted_by"]) or [f"{f['outlet'] or 'unknown outlet'} (unattributed)"]
        holders.append(names)
        keys = [fold(n) or n for n in names]
        for other in keys[1:]:
            parent[find(other)] = find(keys[0])
    groups: dict[str, list[int]] = defaultdict(list)
    for i, names in enumerate(holders):
        groups[find(fold(names[0]) or names[0])].append(i)
    positions = []
    for members in groups.values():
        figures = [claim["figures"][i] for i in members]
        names = list(dict.fromkeys(n for i in members for n in holders[i]))
        low = min(f["value"] for f in figures)
        high = max(f.get("value_max") or f["value"] for f in figures)
        if all(f["qualifier"] == "exact" and not f.get("value_max") for f in figures):
            values = f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"
        else:
            ordered = sorted(figures, key=lambda f: (f["value"], f.get("value_max") or 0))
            values = ", ".join(dict.fromkeys(_figure_value(f) for f in ordered))
        confirmed = [
            n for n in dict.fromkeys(n for f in figures for n in f["confirmed_by"]) if n not in names
        ]
        disputed = list(dict.fromkeys(n for f in figures for n in f.get("disputed_by") or []))
        positions.append(
            {
                "holders": names,
                "value_text": values,
                "low": low,
                "high": high,
                "denied": any(f.get("negated") for f in figures),
                "confirmed_by": confirmed,
                "disputed_by": disputed,
                "outlets": list(dict.fromkeys(f["outlet"] or "unknown outlet" for f in figures)),
                "figures": figures,
            }
        )
    return sorted(positions, key=lambda p: (p["low"], p["high"], p["holders"]))


def positions_line(positions: list[dict[str, Any]]) -> str:
    """Positions in one line: "interior ministry, Arman Seytkali 9; city health department ≥ 12; …"."""
    return "; ".join(
        f"{', '.join(p['holders'])} {'deny ' if p['denied'] else ''}{p['value_text']}" for p in positions
    )


# -- Markdown ----------------------------------------------------------------
_MD_ESCAPE = {c: "\\" + c for c in "\\`*_[]<>|#"}


def md_escape(text: str | None) -> str:
    """Text from an article, safe inside Markdown: no links, HTML, emphasis or table cells."""
    if not text:
        return ""
    return "".join(_MD_ESCAPE.get(c, c) for c in " ".join(str(text).split()))


def _value(f: dict[str, Any]) -> str:
    words = {"at_least": "at least ", "over": "over ", "about": "about ", "up_to": "up to "}
    if f["qualifier"] == "vague":
        return f"“{f['text']}”"
    number = f"{f['value']:,.0f}" + (f"–{f['value_max']:,.0f}" if f.get("value_max") else "")
    return words.get(f["qualifier"], "") + number


def _who(f: dict[str, Any]) -> str:
    parts = []
    if f["asserted_by"]:
        parts.append("said by " + ", ".join(f["asserted_by"]))
    if f["confirmed_by"]:
        parts.append("confirmed by " + ", ".join(f["confirmed_by"]))
    if f.get("disputed_by"):
        parts.append("disputed by " + ", ".join(f["disputed_by"]))
    if f.get("negated"):
        parts.append("denied")
    return "; ".join(parts) or "unattributed"


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _ev(doc: str, span: list[int]) -> str:
    return f"{doc[:12]}@{span[0]}-{span[1]}"


_STATUS_WORD = {"conflicting": "CONFLICT", "corroborated": "corroborated", "single_source": "single source"}


def render_markdown(data: dict[str, Any]) -> str:
    c = data["corpus"]
    lines = [
        "# tally report",
        "",
        f"{c['articles']} articles from {len(c['outlets'])} outlets, published {c['from'] or '?'} to "
        f"{c['to'] or '?'}; {c['claims']} claims "
        f"({', '.join(f'{n} {_STATUS_WORD[s]}' for s, n in sorted(c['claims_by_status'].items()))}), "
        f"{c['event_clusters']} events.",
        "",
        "## Claims (conflicts first)",
        "",
    ]
    for claim in data["claims"]:
        rng = claim["range"]
        span = f"{rng[0]:,.0f}" if rng[0] == rng[1] else f"{rng[0]:,.0f}–{rng[1]:,.0f}"
        lines.append(
            f"- **{_STATUS_WORD[claim['status']]}** · {claim['category']} · "
            f"{md_escape(place_label(claim['place_name'], claim['place']))} · {claim['date'] or 'undated'}"
            f" · {span} · {claim['independent_sources']} independent source"
            f"{'s' if claim['independent_sources'] != 1 else ''}: {md_escape('; '.join(claim['sources']))}"
        )
        for conflict in claim["conflicts"]:
            lines.append(f"  - conflict: {md_escape(conflict['reason'])}")
        for f in claim["figures"]:
            what = " ".join(x for x in (_value(f), f["subject"] or "") if x)
            lines.append(
                f"  - {md_escape(what)} ({md_escape(_who(f))}) — "
                f"{md_escape(f['outlet'] or 'unknown outlet')}, {f['published'] or 'undated'} "
                f"[{_ev(f['doc'], f['evidence'])}]: “{md_escape(_snippet(f['sentence']))}”"
            )
    if data["claims_not_shown"]:
        lines.append(f"- … and {data['claims_not_shown']} more (`tally export --format claims`)")
    lines += ["", f"## Timeline (by {data['timeline_unit']})", ""]
    for bucket in data["timeline"]:
        lines.append(f"- **{bucket['when']}**")
        for ev in bucket["events"]:
            first = ev["events"][0]
            acled = ev["acled"]["sub_event_type"] if ev.get("acled") else None
            lines.append(
                f"  - {ev['type']}{'/' + ev['mode'] if ev['mode'] else ''}"
                f"{' (' + md_escape(acled) + ')' if acled else ''} in "
                f"{md_escape(place_label(ev['place_name']))}: {md_escape(ev['actor'] or '?')} → "
                f"{md_escape(ev['target'] or '?')}; {_STATUS_WORD[ev['status']]}, "
                f"{_n(len(ev['events']), 'report')} from {md_escape('; '.join(ev['sources']))} "
                f"[{_ev(first['doc'], first['evidence'])}]: “{md_escape(_snippet(first['sentence'], 160))}”"
            )
    lines += ["", "## Places", ""]
    for place in data["places"]:
        where = ", ".join(x for x in (place["admin1"], place["country"]) if x and x != place["name"])
        lines.append(
            f"- {md_escape(place['name'])}{' (' + md_escape(where) + ')' if where else ''}: "
            f"{_n(place['mentions'], 'mention')} in {_n(place['articles'], 'article')}"
        )
    lines += ["", "## Officials quoted most", ""]
    for official in data["officials"]:
        role = f", {md_escape(', '.join(official['roles']))}" if official["roles"] else ""
        lines.append(
            f"- **{md_escape(official['name'])}**{role}: {_n(official['quotes'], 'quote')} in "
            f"{_n(official['articles'], 'article')}"
        )
        for q in official["most_threatening"]:
            where = ", ".join(x for x in (q["outlet"], q["date"]) if x)
            lines.append(
                f"  - “{md_escape(_snippet(q['text']))}”{' — ' + md_escape(where) if where else ''} "
                f"[{_ev(q['doc'], q['span'])}]"
            )
    return "\n".join(lines) + "\n"


# -- HTML --------------------------------------------------------------------
def render_html(data: dict[str, Any], *, link_base: str | None = None, top: int = TOP_CLAIMS) -> str:
    """The report as one self-contained HTML page with no script (see :mod:`tally.render.report_html`).

    *data* should come from ``build_report(..., complete=True)``: the page folds
    what does not fit into ``<details>`` instead of dropping it.
    """
    from tally.render.report_html import render_html as render

    helpers = {
        "place": place_label,
        "value": _value,
        "who": _who,
        "positions": claim_positions,
        "line": positions_line,
    }
    return render(data, helpers=helpers, link_base=link_base, top=top)


def render_report(
    corpus: Corpus, fmt: str = "md", *, top: int = TOP_CLAIMS, link_base: str | None = None
) -> str:
    """The corpus report as text in *fmt* (``md``, ``html`` or ``json``); links as last linked.

    *link_base* (HTML only) makes citations point at the article pages of
    ``tally serve`` at that http(s) URL instead of the articles' source URLs.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "html":
        return render_html(build_report(corpus, top=top, complete=True), link_base=link_base, top=top)
    data = build_report(corpus, top=top)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return render_markdown(data)
