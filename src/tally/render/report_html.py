"""The HTML report: one self-contained page a monitor can send, with no script at all.

Layout, in the order a reader needs it: a summary table (articles, dates,
claims by status, countries), a table of contents, a map and a timeline drawn
as inline SVG (:mod:`.svg_map`, :mod:`.svg_timeline`), the claims with their
conflict explained once per position, the events by date, the places, the
officials quoted most, and the sources. Nothing is cut without a way to see
it: what does not fit the first screenful is folded into ``<details>``.

Every citation is a link: to the article's source URL when it is an http(s)
URL (else to the article's row in the page's list of sources), or, with
*link_base*, to the article page of ``tally serve``
(``{link_base}/article/<id>#rec-<record id>``). Everything from articles goes
through Jinja2 autoescape; URLs only become links through
:func:`tally.render.safe_href`; the page's Content-Security-Policy allows
inline style and nothing else.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup

from tally.render import safe_href
from tally.render.svg_map import Point, render_map
from tally.render.svg_timeline import Mark, period, render_timeline

#: claims shown open; the rest are folded
TOP_CLAIMS = 15

#: places and officials shown open; the rest are folded
TOP_PLACES = 20
TOP_OFFICIALS = 10

#: a quote or evidence sentence longer than this shows its start, the rest folded
SENTENCE = 320

STATUS_WORD = {"conflicting": "conflict", "corroborated": "corroborated", "single_source": "single source"}


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


class _Citations:
    """Turns an evidence reference (article, record id, span) into a link, or plain text when none is safe."""

    def __init__(self, articles: dict[str, dict[str, Any]], link_base: str | None) -> None:
        self.articles = articles
        self.link_base = link_base.rstrip("/") if link_base else None

    def __call__(self, doc: str, record: str | None, span: list[int] | None) -> dict[str, Any]:
        article = self.articles.get(doc, {})
        label = (
            ", ".join(x for x in (article.get("outlet"), article.get("published")) if x)
            or f"article {doc[:8]}"
        )
        where = f"article {doc[:12]}" + (f", characters {span[0]}–{span[1]}" if span else "")
        if article.get("title"):
            where = f"{article['title']} — {where}"
        if self.link_base:
            href = f"{self.link_base}/article/{quote(doc, safe='')}"
            if record:
                href += f"#rec-{quote(record, safe='')}"
        else:
            # no page to point at: the article's row in the report's own list of sources
            href = safe_href(article.get("url")) or f"#src-{quote(doc, safe='')}"
        return {"href": safe_href(href), "text": label, "title": where}


def _per_article(reports: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """One citation per article: its first report and how many reports it holds."""
    first: dict[str, dict[str, Any]] = {}
    count: dict[str, int] = defaultdict(int)
    for report in reports:
        first.setdefault(report["doc"], report)
        count[report["doc"]] += 1
    return [(report, count[doc]) for doc, report in first.items()]


def _claim_place(claim: dict[str, Any], place_label: Any) -> str:
    name = place_label(claim["place_name"], claim["place"])
    code = (claim["place"] or "").split("/", 1)[0]
    country = place_label(code) if len(code) == 2 else ""
    return f"{name}, {country}" if country and country != name else name


def _claim_label(claim: dict[str, Any]) -> str:
    low, high = claim["range"]
    span = f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"
    return f"{span} {claim['category']}"


def _timeline_svg(data: dict[str, Any], place_label: Any) -> str:
    marks = []
    for bucket in data["timeline"]:
        for cluster in bucket["events"]:
            what = cluster["type"] + (f"/{cluster['mode']}" if cluster["mode"] else "")
            where = place_label(cluster["place_name"]) if cluster["place_name"] else ""
            marks.append(
                Mark(
                    lane=place_label(cluster["country"]) if cluster["country"] else "country unknown",
                    when=cluster["date"],
                    kind="event",
                    label=f"{what} in {where}" if where else what,
                    href=f"#ev-{cluster['id']}",
                )
            )
    for claim in data["claims"]:
        code = (claim["place"] or "").split("/", 1)[0]
        lane = place_label(code) if len(code) == 2 else "country unknown"
        marks.append(
            Mark(
                lane=lane,
                when=claim["date"],
                kind="claim",
                label=_claim_label(claim),
                title=f"{_claim_label(claim)} in {_claim_place(claim, place_label)}, "
                f"{claim['date'] or 'undated'} ({STATUS_WORD[claim['status']]})",
                href=f"#claim-{claim['id']}",
                status=claim["status"],
            )
        )
    if not marks:
        return ""
    return render_timeline(marks, unit=data["timeline_unit"], label="Events and claims by date and country")


def _map_svg(data: dict[str, Any]) -> str:
    shaded = {}
    titles = {}
    for row in data["countries"]:
        total = row["articles"] + row["events"] + row["claims"]
        if total:
            shaded[row["code"]] = total
            titles[row["code"]] = (
                f"{row['name']}: {_n(row['articles'], 'article')} naming a place, "
                f"{_n(row['events'], 'event')}, {_n(row['claims'], 'claim')}"
            )
    points = []
    for place in data["places"]:
        if place["lat"] is None or place["lon"] is None or place["kind"] in ("country", "continent"):
            continue
        points.append(
            Point(
                lat=place["lat"],
                lon=place["lon"],
                label=place["name"],
                kind="place",
                weight=place["mentions"],
                title=f"{place['name']}: {_n(place['mentions'], 'mention')} in {_n(place['articles'], 'article')}",
                href="#places",
            )
        )
    at: dict[tuple[float, float], list[dict[str, Any]]] = defaultdict(list)
    for bucket in data["timeline"]:
        for cluster in bucket["events"]:
            if (
                cluster["lat"] is not None
                and cluster["lon"] is not None
                and cluster["place_kind"] != "country"
            ):
                at[(cluster["lat"], cluster["lon"])].append(cluster)
    for (lat, lon), clusters in at.items():
        name = clusters[0]["place_name"] or "?"
        points.append(
            Point(
                lat=lat,
                lon=lon,
                label=name,
                kind="event",
                weight=len(clusters),
                title=f"{name}: {_n(len(clusters), 'event')} on the timeline",
                href=f"#ev-{clusters[0]['id']}",
            )
        )
    if not shaded and not points:
        return ""
    return render_map(shaded, points, titles=titles, label="Countries with records, places and events")


_CSS = """
:root{--ink:#1b2631;--muted:#5d6d7e;--line:#d5d8dc;--conflict:#b03a2e;--ok:#1e8449}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:64rem;margin:1.5rem auto;padding:0 1rem;color:var(--ink)}
h1{font-size:1.7rem;margin:.2rem 0}h2{margin-top:2.2rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.4rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eaeded;vertical-align:top}
th{background:#f4f6f7;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.summary th{width:11rem;background:none}
.badge{display:inline-block;font-size:.75rem;font-weight:700;padding:.05rem .45rem;border-radius:.6rem;color:#fff;background:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.badge.conflicting{background:var(--conflict)}.badge.corroborated{background:var(--ok)}
.conflicting-text{color:var(--conflict);font-weight:600}
nav ol{margin:.3rem 0}nav li{margin:.1rem 0}nav ol ol{columns:2;column-gap:2rem;font-size:.88rem}nav ol ol li{break-inside:avoid}
.fig{overflow-x:auto;border:1px solid var(--line);border-radius:4px;margin:.5rem 0;background:#fff}
.legend .item{white-space:nowrap}.fig svg{display:block}.fig svg.map{width:100%;height:auto}.legend{font-size:.85rem;color:var(--muted)}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;vertical-align:middle;margin:0 .2rem 0 .6rem}
.claim{border-left:4px solid var(--line);padding:.1rem 0 .1rem .8rem;margin:1.2rem 0}
.claim.conflicting{border-color:var(--conflict)}.claim.corroborated{border-color:var(--ok)}
.positions{margin:.3rem 0;padding-left:1.2rem}.positions li{margin:.25rem 0}
.val{font-weight:700;font-variant-numeric:tabular-nums}
a.cite,span.cite{font-size:.82rem;white-space:nowrap}span.cite{color:var(--muted)}
a.cite::before,span.cite::before{content:"["}a.cite::after,span.cite::after{content:"]"}
.quote{color:#424949}
blockquote{margin:.2rem 0 .2rem .2rem;padding-left:.6rem;border-left:2px solid #eaeded;color:#424949;font-size:.92rem}
details{margin:.4rem 0}summary{cursor:pointer;color:#1f5f8b}
td.when{min-width:6.6rem;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}.small{font-size:.85rem}
footer{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--line);padding-top:.5rem}
"""

_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tally report{% if c.from %}: {{ c.from }} to {{ c.to }}{% endif %}</title>
<style>{{ css }}</style></head><body>
{%- macro cite(x, times=1) -%}
{%- if x.href %}<a class="cite" href="{{ x.href }}" title="{{ x.title }}" rel="noopener noreferrer">{{ x.text }}{% if times > 1 %} ×{{ times }}{% endif %}</a>
{%- else %}<span class="cite" title="{{ x.title }}">{{ x.text }}{% if times > 1 %} ×{{ times }}{% endif %}</span>{% endif -%}
{%- endmacro -%}
{%- macro sentence(s) -%}
{%- if s|length > limit %}<blockquote>{{ s[:limit] }}…<details><summary>whole sentence</summary>{{ s }}</details></blockquote>
{%- else %}<blockquote>{{ s }}</blockquote>{% endif -%}
{%- endmacro -%}
{%- macro claim_block(claim) -%}
<article class="claim {{ claim.status }}" id="claim-{{ claim.id }}">
<h3><span class="badge {{ claim.status }}">{{ status[claim.status] }}</span>
{{ claim.category|capitalize }} · {{ claim_place(claim) }} · {{ claim.date or "undated" }} ·
<span class="val">{{ claim_range(claim) }}</span></h3>
{% set ps = positions(claim) %}
<p class="small muted">{{ n(claim.figures|length, "report") }} from {{ n(claim.independent_sources, "independent source") }}{% if ps|length > 1 %}, {{ n(ps|length, "position") }}{% endif %}{% if claim.status == "conflicting" %}: <span class="conflicting-text">{{ line(ps) }}</span>{% endif %}</p>
<ul class="positions">
{% for p in ps %}<li><b>{{ p.holders|join(", ") }}</b>{% if p.denied %} (denied){% endif %}: <span class="val">{{ p.value_text }}</span>
{%- if p.confirmed_by %}; confirmed by {{ p.confirmed_by|join(", ") }}{% endif %}
{%- if p.disputed_by %}; disputed by {{ p.disputed_by|join(", ") }}{% endif %}
 — {% for f, k in per_article(p.figures) %}{{ cite(citation(f.doc, f.figure, f.evidence), k) }} {% endfor %}</li>
{% endfor %}</ul>
<details><summary>The {{ n(claim.figures|length, "report") }} with their sentences{% if claim.conflicts %} and the {{ n(claim.conflicts|length, "pairwise check") }}{% endif %}</summary>
<table><tr><th>Figure</th><th>Who</th><th>Where reported</th></tr>
{% for f in claim.figures %}<tr><td class="val">{{ value(f) }} {{ f.subject or "" }}</td><td>{{ who(f) }}</td>
<td>{{ cite(citation(f.doc, f.figure, f.evidence)) }}{{ sentence(f.sentence) }}</td></tr>
{% endfor %}</table>
{% if claim.conflicts %}<ul class="small">{% for x in claim.conflicts %}<li>{{ x.kind }}: {{ x.reason }}</li>{% endfor %}</ul>{% endif %}
</details>
</article>
{%- endmacro -%}
{%- macro official_quote(q) -%}
<li><span class="quote">“{{ q.text[:limit] }}{% if q.text|length > limit %}…{% endif %}”</span> {{ cite(citation(q.doc, q.quote, q.span)) }}
{%- if q.text|length > limit %}<details><summary>whole quote</summary>{{ q.text }}</details>{% endif %}</li>
{%- endmacro -%}

<header><h1>tally report</h1>
<p class="muted">{{ n(c.articles, "article") }} from {{ n(c.outlets|length, "outlet") }}, published {{ c.from or "?" }} to {{ c.to or "?" }}.</p></header>

<section id="summary"><h2>Summary</h2>
<table class="summary">
<tr><th>Articles</th><td>{{ n(c.articles, "article") }} from {{ n(c.outlets|length, "outlet") }}{% if c.outlets %}: {{ c.outlets|join(", ") }}{% endif %}</td></tr>
<tr><th>Published</th><td>{{ c.from or "?" }} to {{ c.to or "?" }}</td></tr>
<tr><th>Events reported</th><td>{{ n(c.event_clusters, "event") }}; {{ c.events_on_timeline }} happened (on the timeline){% if event_dates %}, dated {{ event_dates[0] }} to {{ event_dates[1] }}{% endif %}</td></tr>
<tr><th>Claims</th><td>{{ n(c.claims, "claim") }}{% if c.claims %}:
{% for s in ("conflicting", "corroborated", "single_source") %}{% if c.claims_by_status.get(s) %}<span class="badge {{ s }}">{{ c.claims_by_status[s] }} {{ status[s] }}</span> {% endif %}{% endfor %}{% endif %}</td></tr>
<tr><th>Countries</th><td>{{ countries|map(attribute="name")|join(", ") or "none" }}</td></tr>
</table>
{% if countries %}<table>
<tr><th>Country</th><th class="n">Articles naming a place there</th><th class="n">Events</th><th class="n">Claims</th><th class="n">In conflict</th></tr>
{% for r in countries %}<tr><td>{{ r.name }}</td><td class="n">{{ r.articles }}</td><td class="n">{{ r.events }}</td><td class="n">{{ r.claims }}</td><td class="n">{% if r.conflicting %}<span class="conflicting-text">{{ r.conflicting }}</span>{% else %}0{% endif %}</td></tr>
{% endfor %}</table>{% endif %}
</section>

<nav id="contents"><h2>Contents</h2><ol>
<li><a href="#summary">Summary</a></li>
{% if map_svg %}<li><a href="#map">Map</a></li>{% endif %}
{% if timeline_svg %}<li><a href="#timeline">Timeline</a></li>{% endif %}
<li><a href="#claims">Claims ({{ c.claims }})</a><ol>{% for claim in claims %}<li><a href="#claim-{{ claim.id }}">{{ status[claim.status] }}: {{ claim.category }}, {{ claim_place(claim) }}</a></li>{% endfor %}</ol></li>
<li><a href="#events">Events by date ({{ c.events_on_timeline }})</a></li>
<li><a href="#places">Places ({{ places|length }})</a></li>
<li><a href="#officials">Officials quoted most ({{ officials|length }})</a></li>
<li><a href="#sources">Sources ({{ c.articles }})</a></li>
</ol></nav>

{% if map_svg %}<section id="map"><h2>Map</h2>
<div class="fig">{{ map_svg }}</div>
<p class="legend"><span class="item"><span class="dot" style="background:#c0392b;border-radius:2px"></span>countries shaded by their records (articles naming a place there, events, claims; darker = more)</span>
<span class="item"><span class="dot" style="background:#1f5f8b"></span>places named (larger = more mentions)</span>
<span class="item"><span class="dot" style="border:2px solid #922b21"></span>events located there</span>.
Outlines: Natural Earth 1:110m. Hover a mark for its numbers; click it for its records.</p>
</section>{% endif %}

{% if timeline_svg %}<section id="timeline"><h2>Timeline</h2>
<div class="fig">{{ timeline_svg }}</div>
<p class="legend">One column per country; time runs down, a row per {{ unit }} with records (dates known only to the month or year have their own row; a dashed line marks skipped periods).
<span class="item"><span class="dot" style="background:#c0392b"></span>events (the number of events inside)</span>;
claims with their range, coloured by status:
<span class="conflicting-text">conflict</span>, <span style="color:#1e8449">corroborated</span>, <span class="muted">single source</span>.</p>
</section>{% endif %}

<section id="claims"><h2>Claims <span class="muted small">(conflicts first)</span></h2>
{% if not claims %}<p class="muted">No claims.</p>{% endif %}
{% for claim in claims[:top] %}{{ claim_block(claim) }}{% endfor %}
{% if claims|length > top %}<details><summary>{{ n(claims|length - top, "more claim") }}</summary>
{% for claim in claims[top:] %}{{ claim_block(claim) }}{% endfor %}</details>{% endif %}
</section>

<section id="events"><h2>Events by date <span class="muted small">(by {{ unit }})</span></h2>
{% if not timeline %}<p class="muted">No events.</p>{% else %}
<details{% if c.events_on_timeline <= 25 %} open{% endif %}><summary>{{ n(c.events_on_timeline, "event") }} that happened, by date</summary>
<table><tr><th>When</th><th>What, where</th><th>Who → whom</th><th>Reports</th></tr>
{% for bucket in timeline %}{% for e in bucket.events %}<tr id="ev-{{ e.id }}"><td class="when">{{ (e.date or "undated").replace("/", " to ") }}</td>
<td>{{ e.type }}{% if e.mode %}/{{ e.mode }}{% endif %}{% if e.acled and e.acled.sub_event_type %} <span class="muted small">({{ e.acled.sub_event_type }})</span>{% endif %} in {{ place(e.place_name) if e.place_name else "?" }}{% if e.country and e.place_name != e.country %}, {{ place(e.country) }}{% endif %}
{{ sentence(e.events[0].sentence) }}</td>
<td>{{ e.actor or "?" }} → {{ e.target or "?" }}</td>
<td><span class="badge {{ e.status }}">{{ status[e.status] }}</span><br>{% for r, k in per_article(e.events) %}{{ cite(citation(r.doc, r.event, r.evidence), k) }} {% endfor %}</td></tr>
{% endfor %}{% endfor %}</table></details>{% endif %}
</section>

<section id="places"><h2>Places</h2>
{% if not places %}<p class="muted">No places.</p>{% else %}
{%- macro place_rows(rows) -%}{% for p in rows %}<tr><td>{{ p.name }}</td><td>{{ p.kind }}</td><td>{% if p.admin1 and p.admin1 != p.name %}{{ p.admin1 }}, {% endif %}{{ place(p.country) if p.country and p.kind != "country" else "" }}</td><td class="n">{{ p.mentions }}</td><td class="n">{{ p.articles }}</td></tr>{% endfor %}{%- endmacro -%}
<table><tr><th>Place</th><th>Kind</th><th>In</th><th class="n">Mentions</th><th class="n">Articles</th></tr>
{{ place_rows(places[:top_places]) }}</table>
{% if places|length > top_places %}<details><summary>{{ n(places|length - top_places, "more place") }}</summary>
<table>{{ place_rows(places[top_places:]) }}</table></details>{% endif %}{% endif %}
</section>

<section id="officials"><h2>Officials quoted most</h2>
{% if not officials %}<p class="muted">No officials quoted.</p>{% endif %}
{%- macro official_block(o) -%}
<h3>{{ o.name }}{% if o.roles %}<span class="muted small">, {{ o.roles|join(", ") }}</span>{% endif %}
<span class="muted small">— {{ n(o.quotes, "quote") }} in {{ n(o.articles, "article") }}</span></h3>
{% set shown = o.most_threatening %}<ul>{% for q in shown %}{{ official_quote(q) }}{% endfor %}</ul>
{% set rest = (o.all_quotes or [])|reject("in", shown)|list %}
{% if rest %}<details><summary>{{ n(rest|length, "more quote") }}</summary><ul>{% for q in rest %}{{ official_quote(q) }}{% endfor %}</ul></details>{% endif %}
{%- endmacro -%}
{% for o in officials[:top_officials] %}{{ official_block(o) }}{% endfor %}
{% if officials|length > top_officials %}<details><summary>{{ n(officials|length - top_officials, "more official") }}</summary>
{% for o in officials[top_officials:] %}{{ official_block(o) }}{% endfor %}</details>{% endif %}
</section>

<section id="sources"><h2>Sources</h2>
<details{% if sources|length <= 30 %} open{% endif %}><summary>{{ n(sources|length, "article") }}</summary>
<table><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Article</th></tr>
{% for s in sources %}<tr id="src-{{ s.id }}"><td>{{ s.published or "?" }}</td><td>{{ s.outlet or "?" }}</td>
<td>{% if s.href %}<a href="{{ s.href }}" rel="noopener noreferrer">{{ s.title or s.url }}</a>{% else %}{{ s.title or "" }}{% if s.url %} <span class="muted small">({{ s.url }})</span>{% endif %}{% endif %}</td>
<td class="small muted">{{ s.id[:12] }}</td></tr>
{% endfor %}</table></details>
</section>
<footer>Made by tally. Citations link to {{ "the article pages of tally serve" if link_base else "each article's source URL, where it has one" }}.
Map outlines: Natural Earth (public domain) via world-atlas. Everything quoted comes from the articles; nothing here was checked by a person unless marked so.</footer>
</body></html>
"""

_ENV = Environment(autoescape=True, keep_trailing_newline=True)


def render_html(
    data: dict[str, Any],
    *,
    helpers: dict[str, Any],
    link_base: str | None = None,
    top: int = TOP_CLAIMS,
) -> str:
    """The page for *data* (``build_report(..., complete=True)``); *helpers* are the report's text helpers.

    *helpers* holds ``place`` (a place's label), ``value`` and ``who`` (a figure's
    value and sources), ``positions`` and ``line`` (a claim's positions), so
    that the page and the Markdown say the same things.
    """
    if link_base is not None and not (safe_href(link_base) and link_base.startswith(("http://", "https://"))):
        raise ValueError(f"--link-base must be an http(s) URL, not {link_base!r}")
    place = helpers["place"]
    citation = _Citations(data["articles"], link_base)
    timeline_svg = _timeline_svg(data, place)
    dated = sorted(
        (p, e["date"]) for b in data["timeline"] for e in b["events"] if (p := period(e["date"])) is not None
    )
    sources = [
        {"id": doc, **info, "href": safe_href(info.get("url"))}
        for doc, info in sorted(
            data["articles"].items(), key=lambda kv: (kv[1]["published"] or "", kv[1]["outlet"] or "", kv[0])
        )
    ]
    template = _ENV.from_string(_HTML)
    return template.render(
        css=Markup(_CSS),
        c=data["corpus"],
        countries=data["countries"],
        claims=data["claims"],
        top=top,
        top_places=TOP_PLACES,
        top_officials=TOP_OFFICIALS,
        unit=data["timeline_unit"],
        timeline=data["timeline"],
        places=data["places"],
        officials=data["officials"],
        sources=sources,
        event_dates=(dated[0][1], dated[-1][1]) if dated else None,
        map_svg=Markup(_map_svg(data)),
        timeline_svg=Markup(timeline_svg),
        status=STATUS_WORD,
        limit=SENTENCE,
        link_base=link_base,
        citation=citation,
        claim_place=lambda claim: _claim_place(claim, place),
        claim_range=lambda claim: _claim_label(claim).rsplit(" ", 1)[0],
        n=_n,
        per_article=_per_article,
        **helpers,
    )
