"""The HTML report on a small hand-built corpus: summary, contents, SVG map and timeline, positions,
citations as links, no script, and hostile article text, titles and URLs neutralised."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from tally.cli import cli
from tally.corpus import Corpus
from tally.render import safe_href
from tally.render.svg_map import Point, render_map
from tally.render.svg_timeline import Mark, period, render_timeline
from tally.report import build_report, claim_positions, positions_line, render_report
from tests._linkdata import MINSK, iran_articles, make_article, republished

ALMATY = {
    "name": "Almaty",
    "kind": "city",
    "country": "KZ",
    "admin1": "Almaty",
    "lat": 43.25,
    "lon": 76.92,
    "geonameid": 1526384,
}


def _almaty(url: str | None = "https://steppe.example/almaty-march") -> object:
    text = (
        "Riot police detained dozens of marchers in Almaty on Saturday. "
        "The city health department said 4 people were injured in Almaty."
    )
    article = make_article(
        text,
        outlet="Steppe Daily",
        published="2023-03-12",
        title="Almaty march dispersed",
        entities=[{"name": "city health department", "type": "ORG"}],
        places=[ALMATY],
        figures=[
            {
                "at": "4",
                "value": 4,
                "category": "injured",
                "subject": "people",
                "place": "p1",
                "date": "2023-03-11",
                "asserted_by": ["e1"],
            }
        ],
        events=[
            {
                "at": "detained",
                "type": "COERCE",
                "mode": "arrest",
                "place": "p1",
                "date": "2023-03-11",
                "actor_text": "riot police",
                "acled": {"event_type": "Protests", "sub_event_type": "Protest with intervention"},
            }
        ],
    )
    article.source.url = url
    return article


@pytest.fixture
def corpus(tmp_path):
    """Iran's 2019 toll (a conflict), Minsk's release republished twice, a march in Almaty with a URL."""
    c = Corpus(tmp_path / "report.db")
    for article in iran_articles().values():
        c.store.add_article(article)
    for outlet in ("Charter 97", "Belsat"):
        c.store.add_article(republished(outlet, f"{outlet} reports."))
    c.store.add_article(_almaty())
    c.link()
    yield c
    c.close()


class _Page(HTMLParser):
    """Every start tag with its attributes, in order."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and (cls is None or cls in (a.get("class") or "").split())
        ]


def test_report_html_has_summary_contents_map_and_timeline(corpus):
    page = render_report(corpus, "html")
    parsed = _Page(page)
    summary = page[page.index('<section id="summary">') : page.index("</section>")]
    assert "<table" in summary and "Claims" in summary and "Countries" in summary
    assert "1 conflict" in summary and "2 single source" in summary
    assert "Belarus" in summary and "Iran" in summary and "Kazakhstan" in summary
    assert "2019-12-16 to 2023-03-12" in summary
    nav = page[page.index("<nav") : page.index("</nav>")]
    toc = set(re.findall(r'href="([^"]+)"', nav))
    for anchor in (
        "#summary",
        "#map",
        "#timeline",
        "#claims",
        "#events",
        "#places",
        "#officials",
        "#sources",
    ):
        assert anchor in toc
        assert f'id="{anchor[1:]}"' in page
    assert len(parsed.find("svg")) == 2
    # the map: the three countries with records shaded, a point per city named, a ring per located event
    assert {a["data-iso"] for a in parsed.find("path", "shaded")} == {"IR", "BY", "KZ"}
    assert len(parsed.find("circle", "place")) == 3  # Behbehan, Minsk, Almaty (Iran itself is a country)
    assert len(parsed.find("circle", "event")) == 2  # the arrests in Minsk and in Almaty
    # the timeline: one circle per country and day with events, one mark per claim
    data = build_report(corpus, complete=True)
    assert len(parsed.find("circle", "tl-event")) == 2
    assert len(parsed.find("g", "tl-claim")) == len(data["claims"]) == 3


def test_report_html_has_no_script_and_a_strict_policy(corpus):
    page = render_report(corpus, "html")
    assert not re.search(r"<\s*script", page, re.I)
    assert "default-src 'none'" in page
    assert not any(name.startswith("on") for _, attrs in _Page(page).tags for name in attrs)


def test_report_html_explains_a_conflict_once_per_position(corpus):
    data = build_report(corpus, complete=True)
    iran = next(c for c in data["claims"] if c["status"] == "conflicting")
    positions = claim_positions(iran)
    assert [p["value_text"] for p in positions] == ["≥ 40, ≥ 304", "225", "1,500", "≈ 1,500"]
    assert positions_line(positions).startswith("Amnesty International ≥ 40, ≥ 304; Interior Ministry 225;")
    page = render_report(corpus, "html")
    block = page[page.index(f'id="claim-{iran["id"]}"') :]
    block = block[: block.index("</article>")]
    items = re.findall(r"<li><b>(.*?)</b>", block[block.index('class="positions"') :])
    assert len(items) == len(positions) == 4  # one line per position, not one per pair of reports
    assert "Reuters (unattributed)" in items


def test_report_html_cites_with_links(corpus):
    page = render_report(corpus, "html")
    parsed = _Page(page)
    cites = parsed.find("a", "cite")
    assert cites and not parsed.find("span", "cite")
    hrefs = {a["href"] for a in cites}
    assert "https://steppe.example/almaty-march" in hrefs  # a source URL where the article has one
    ids = {a["id"] for _, a in parsed.tags if a.get("id")}
    assert all(h in ("https://steppe.example/almaty-march",) or h[1:] in ids for h in hrefs)

    served = render_report(corpus, "html", link_base="http://127.0.0.1:8765/")
    cites = _Page(served).find("a", "cite")
    assert all(
        re.fullmatch(r"http://127\.0\.0\.1:8765/article/[0-9a-f]{64}#rec-[a-z]+\d+", a["href"]) for a in cites
    )
    with pytest.raises(ValueError):
        render_report(corpus, "html", link_base="javascript:alert(1)")


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil"],
)
def test_report_html_neutralises_hostile_text_titles_and_urls(tmp_path, url):
    c = Corpus(tmp_path / "hostile.db")
    text = f"{HOSTILE} Police detained 12 people in Minsk. The minister said they must be crushed."
    article = make_article(
        text,
        outlet='Evil "Outlet" <b>',
        published="2021-01-05",
        title=f'{HOSTILE}" onmouseover="alert(1)',
        entities=[{"name": "Minister <i>X</i>", "roles": ["interior minister"]}],
        places=[{**MINSK, "name": "Minsk<svg onload=alert(1)>"}],
        figures=[{"at": "12", "value": 12, "category": "detained", "place": "p1", "asserted_by": ["e1"]}],
        events=[{"at": "detained", "type": "COERCE", "mode": "arrest", "place": "p1", "date": "2021-01-04"}],
        quotes=[{"at": "they must be crushed", "speaker": "e1", "speaker_name": "Minister <i>X</i>"}],
    )
    article.source.url = url
    c.store.add_article(article)
    c.link()
    page = render_report(c, "html")
    c.close()
    parsed = _Page(page)
    assert not re.search(r"<\s*script", page, re.I) and "<img" not in page and "<i>X" not in page
    assert "&lt;script&gt;" in page
    assert {t for t, _ in parsed.tags} <= {
        *[
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "section",
            "nav",
            "h1",
            "h2",
            "h3",
            "p",
            "table",
            "tr",
            "th",
            "td",
        ],
        *[
            "ol",
            "ul",
            "li",
            "a",
            "span",
            "b",
            "br",
            "details",
            "summary",
            "blockquote",
            "article",
            "footer",
            "div",
        ],
        *["svg", "rect", "path", "circle", "text", "g", "line"],
    }
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    hrefs = [a["href"] for a in parsed.find("a") if a.get("href")]
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs)
    assert not any("javascript" in h.lower() or "evil" in h for h in hrefs)


def test_report_html_folds_what_does_not_fit_instead_of_cutting(corpus):
    page = render_report(corpus, "html", top=1)
    data = build_report(corpus, complete=True)
    for claim in data["claims"]:  # every claim is on the page, the ones past --top folded
        assert f'id="claim-{claim["id"]}"' in page
    assert "2 more claims</summary>" in page


def test_render_safe_href_lets_only_web_links_through():
    assert safe_href("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert safe_href("#claim-1") == "#claim-1" and safe_href("/article/abc") == "/article/abc"
    for bad in (
        "javascript:alert(1)",
        "JAVASCRIPT:x",
        "data:,x",
        "//evil.example",
        "/\\evil",
        "http://",
        None,
        "",
    ):
        assert safe_href(bad) is None
    assert safe_href("java\tscript:alert(1)") is None and safe_href("https://a.example/\nx") is None


def test_svg_timeline_periods_and_lanes():
    assert period("2023-03-11").key == "2023-03-11"
    assert period("2023-03-11", "week").key == "2023-W10"
    assert period("2023-03-11/2023-03-13").key == "2023-03-11"
    assert period("2019-11").rank < period("2019-11-16").rank
    assert period("1988").start.year == 1988 and period("2026-W28").key == "2026-W28"
    assert period(None) is None and period("soon") is None and period("2023-02-30") is None
    marks = [
        Mark("Iran", "2019-11-16", "event", label="PROTEST"),
        Mark("Iran", "2019-11-16", "event", label="COERCE"),
        Mark("Iran", "2019-11", "claim", label="225–1,500 killed", status="conflicting", href="#claim-a"),
        Mark("Belarus", "2020-09-13", "event", href="javascript:alert(1)"),
        Mark("Belarus", None, "claim", label="<b>120</b> detained"),
    ]
    svg = render_timeline(marks)
    parsed = _Page(svg)
    assert [a["class"] for a in parsed.find("text") if a.get("class") == "lane"] == ["lane", "lane"]
    assert svg.index(">Iran<") < svg.index(">Belarus<")  # the busiest lane first
    assert len(parsed.find("circle", "tl-event")) == 2 and len(parsed.find("g", "tl-claim")) == 2
    assert ">2<title>" in svg  # two events on one day share a circle with their count
    assert [a["href"] for a in parsed.find("a")] == ["#claim-a"]  # the javascript: link dropped
    assert "&lt;b&gt;120" in svg and ">undated<" in svg
    assert len(parsed.find("line", "gap")) == 2  # 2019-11-16 -> 2020-09-13, then to undated


def test_svg_map_shades_countries_and_zooms_to_the_records():
    svg = render_map({"KZ": 5, "BY": 1}, [Point(43.25, 76.92, "Almaty", weight=4), Point(99, 0, "nowhere")])
    parsed = _Page(svg)
    assert {a["data-iso"] for a in parsed.find("path", "shaded")} == {"KZ", "BY"}
    assert len(parsed.find("circle", "place")) == 1  # the point off the globe is dropped
    width, height = map(float, parsed.find("svg")[0]["viewbox"].split()[2:])
    assert width == 960 and height < 500
    assert len(parsed.find("path", "country")) < 100  # zoomed: far countries are not drawn
    world = _Page(render_map({}, [], fit=True))
    assert len(world.find("path", "country")) > 150 and not world.find("path", "shaded")


def test_report_html_cli_link_base(tmp_path, corpus):
    out = tmp_path / "report.html"
    db = str(tmp_path / "report.db")  # the corpus fixture's database
    runner = CliRunner()
    ok = runner.invoke(
        cli,
        ["report", "--db", db, "--format", "html", "--link-base", "http://127.0.0.1:8765", "-o", str(out)],
    )
    assert ok.exit_code == 0, ok.output
    assert "http://127.0.0.1:8765/article/" in out.read_text(encoding="utf-8")
    bad = runner.invoke(cli, ["report", "--db", db, "--format", "html", "--link-base", "file:///etc/passwd"])
    assert bad.exit_code == 2 and "--link-base must be an http(s) URL" in bad.output
    assert "Traceback" not in bad.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_report_html_runs_no_script_in_a_real_browser(tmp_path):
    """Chromium loads a report whose article tries to run script; the DOM it ends with is unchanged by it."""
    c = Corpus(tmp_path / "browser.db")
    payloads = (
        "<script>document.body.setAttribute('data-pwned','1')</script>"
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
        "<svg onload=\"document.body.setAttribute('data-pwned','3')\"></svg>"
    )
    text = f"{payloads} Police detained 12 people in Minsk."
    article = make_article(
        text,
        outlet=payloads,
        published="2021-01-05",
        title=payloads,
        places=[{**MINSK, "name": "Minsk" + payloads}],
        figures=[{"at": "12", "value": 12, "category": "detained", "place": "p1"}],
        events=[{"at": "detained", "type": "COERCE", "mode": "arrest", "place": "p1", "date": "2021-01-04"}],
    )
    article.source.url = "javascript:document.body.setAttribute('data-pwned','4')"
    c.store.add_article(article)
    c.link()
    page = tmp_path / "report.html"
    page.write_text(render_report(c, "html"), encoding="utf-8")
    c.close()
    shot = tmp_path / "report.png"
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000"]
    dom = subprocess.run(
        [*args, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=90, check=True
    ).stdout
    subprocess.run(
        [*args, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=90, check=True
    )
    assert "<svg" in dom and 'class="map"' in dom and 'class="timeline"' in dom
    assert not re.search(r"<body[^>]*data-pwned", dom)
    assert shot.stat().st_size > 10_000  # the page drew something


@pytest.mark.parametrize(
    ("name", "given", "opens"),
    [
        ("report.html", [], "<!doctype html>"),
        ("report.HTM", [], "<!doctype html>"),
        ("report.json", [], "{"),
        ("report.md", [], "# tally report"),
        ("notes.txt", [], "# tally report"),  # no suffix of a format: Markdown, the default
        ("report.html", ["--format", "md"], "# tally report"),  # a format given wins over the suffix
    ],
)
def test_report_format_follows_the_output_suffix_unless_given(tmp_path, corpus, name, given, opens):
    """ "tally report -o report.html" wrote Markdown into an .html file, which a browser shows as one
    unstyled paragraph: the suffix now names the format when --format is not given."""
    out = tmp_path / name
    db = str(tmp_path / "report.db")  # the corpus fixture's database
    ok = CliRunner().invoke(cli, ["report", "--db", db, *given, "-o", str(out)])
    assert ok.exit_code == 0, ok.output
    assert out.read_text(encoding="utf-8").lstrip().startswith(opens)
