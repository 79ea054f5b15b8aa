"""``tally serve`` through an in-process ASGI client: pages, access rules, review actions, corrections.

The corpus is analysed once (:mod:`tests.serve_corpus`); each test that writes
takes its own copy of the database.
"""

from __future__ import annotations

import html as html_module
import json
import re

import pytest
from sqlalchemy import delete, text

import tally
from tally.serve.views import value_label
from tally.store import Store
from tally.store.review import ReviewError, actions, record_action
from tests.serve_corpus import PAYLOADS, STRIKE, write_jsonl

pytestmark = [
    pytest.mark.model,
    # starlette's TestClient warns that it will move from httpx to httpx2; httpx is what is installed
    pytest.mark.filterwarnings("ignore:Using `httpx`"),
]

TOKEN = "test-token-0123"
BASE = "http://127.0.0.1"


def client(db, token: str | None = TOKEN):
    from starlette.testclient import TestClient

    from tally.serve import create_app

    return TestClient(create_app(str(db), token=token), base_url=BASE)


def _article(db, title_start: str) -> tally.Article:
    with tally.Corpus(db) as corpus:
        return next(a for a in corpus.articles() if (a.source.title or "").startswith(title_start))


def _post(c, data: dict[str, str], **headers: str):
    return c.post("/review", data=data, headers={"X-Tally-Token": TOKEN, **headers})


def _all_pages(c, db) -> dict[str, str]:
    """Every page of the corpus: lists, each article, claim and entity."""
    pages = {}
    for url in ("/", "/articles", "/entities", "/map", "/timeline", "/timeline?unit=week", "/audit"):
        pages[url] = c.get(url).text
    with tally.Corpus(db) as corpus:
        urls = [f"/article/{a.id}" for a in corpus.articles()]
        urls += [f"/claim/{cl.id}" for cl in corpus.claims()]
        urls += [f"/entity/{e.id}" for e in corpus.entities()]
    for url in urls:
        response = c.get(url)
        assert response.status_code == 200, url
        pages[url] = response.text
    return pages


def test_serve_every_page_renders_escaped_under_a_strict_csp(serve_db):
    c = client(serve_db)
    pages = _all_pages(c, serve_db)
    assert len(pages) > 15
    head = c.get("/").headers
    policy = head["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe" not in policy and "frame-ancestors 'none'" in policy
    assert head["x-content-type-options"] == "nosniff"
    for url, html in pages.items():
        assert "<script>" not in html.replace('<script src="/static/', ""), url
        assert " style=" not in html, f"inline style on {url}"
    everything = "\n".join(pages.values())
    assert "&lt;script&gt;alert(&#39;XSS&#39;)&lt;/script&gt;" in everything  # shown, as text
    for payload in PAYLOADS:
        if "<" in payload:
            assert payload not in everything, payload
    hrefs = re.findall(r'href="([^"]*)"', everything) + re.findall(r'src="([^"]*)"', everything)
    assert hrefs
    for href in hrefs:
        assert href.startswith(("/", "#", "http://", "https://")), href
        assert "javascript" not in href.lower(), href


def test_serve_article_page_highlights_records_and_links_the_source(serve_db):
    article = _article(serve_db, "Police fire")
    html = client(serve_db).get(f"/article/{article.id[:12]}").text
    assert 'class="seg k-figures"' in html and "k-quotes" in html
    figure = article.figures[0]
    assert f'data-s="{figure.start}"' in html and f'data-es="{figure.evidence[0]}"' in html
    assert 'href="https://harbour-post.example/mombasa-strike"' in html
    spans = re.findall(r'<span id="o(\d+)" data-s="(\d+)" data-e="(\d+)"[^>]*>([^<]*)</span>', html)
    assert html_module.unescape("".join(t for _i, _s, _e, t in spans)) == article.text


def test_serve_is_read_only_without_a_token(serve_db):
    article = _article(serve_db, "Police fire")
    c = client(serve_db, token=None)
    response = c.post(
        "/review", data={"article": article.id, "kind": "figures", "record": "f1", "action": "reject"}
    )
    assert response.status_code == 403
    assert (
        "review" not in c.get(f"/article/{article.id}").text.split("<main", 1)[1].lower().split("records")[0]
    )
    assert actions(Store(serve_db)) == []


def test_serve_writes_need_the_token_the_origin_and_the_host(serve_db):
    article = _article(serve_db, "Police fire")
    data = {"article": article.id, "kind": "figures", "record": "f1", "action": "confirm"}
    c = client(serve_db)
    assert c.post("/review", data=data).status_code == 401
    assert c.post("/review", data=data, headers={"X-Tally-Token": "wrong"}).status_code == 401
    assert _post(c, data, Origin="https://evil.example").status_code == 403
    assert c.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert actions(Store(serve_db)) == []
    assert _post(c, data, Origin=BASE).status_code == 200
    assert [a.action for a in actions(Store(serve_db))] == ["confirm"]


def test_serve_refuses_traversal_and_unknown_ids(serve_db):
    c = client(serve_db)
    for url in (
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/vendor/../../app.py",
        "/article/..%2f..%2fetc%2fpasswd",
        "/article/not-hex",
        "/article/ffffffffffff",
        "/claim/%3Cscript%3E",
        "/entity/nope",
    ):
        response = c.get(url)
        assert response.status_code == 404, url
        assert "import" not in response.text
    assert c.get("/static/vendor/htmx.min.js").status_code == 200


def test_serve_pages_are_bounded(serve_db):
    c = client(serve_db)
    for url in ("/?page=999999", "/articles?page=-3", "/entities?page=abc", "/audit?page=10"):
        assert c.get(url).status_code == 200, url
    from tally.serve.app import PAGE_SIZE

    assert len(re.findall(r"/claim/", c.get("/").text)) <= PAGE_SIZE


def test_serve_correcting_a_figure_source_changes_the_claim(serve_db):
    second = _article(serve_db, "Union says")
    figure = next(f for f in second.figures if f.value == 14)
    minister = next(e for e in second.entities if e.name == "Paul Kamau")
    c = client(serve_db)
    response = _post(
        c,
        {
            "article": second.id,
            "kind": "figures",
            "record": figure.id,
            "action": "correct",
            "asserted_by": minister.id,
            "note": "the minister gave it",
        },
        **{"X-Tally-Reviewer": "Ana"},
    )
    assert response.status_code == 200
    assert "corrected" in response.text and "Paul Kamau" in response.text
    with tally.Corpus(serve_db) as corpus:
        claim = next(
            cl
            for cl in corpus.claims()
            if any(f.doc == second.id and f.figure == figure.id for f in cl.figures)
        )
        mine = next(f for f in claim.figures if f.doc == second.id and f.figure == figure.id)
        assert mine.asserted_by == ["Paul Kamau"]
        # show and the JSON export read the corrected record; the machine's stays as it was
        assert corpus.get(second.id).figures[0].asserted_by == [minister.id]
        assert (
            corpus.store.get_article(second.id, reviewed=False).figures[0].asserted_by == figure.asserted_by
        )
    [row] = actions(Store(serve_db))
    assert (row.reviewer, row.action, row.field, row.before, row.after, row.note) == (
        "Ana",
        "correct",
        "asserted_by",
        figure.asserted_by,
        [minister.id],
        "the minister gave it",
    )
    claim_html = c.get(f"/claim/{claim.id}").text
    assert f"<b>Paul Kamau</b> {value_label(figure.value, figure.value_max, figure.qualifier)} " in claim_html


def test_serve_correcting_a_category_relinks_the_claim(serve_db):
    first = _article(serve_db, "Police fire")
    workers = next(f for f in first.figures if f.value == 14)  # "shot dead 14 dock workers"

    def claim_of() -> tally.Claim:
        with tally.Corpus(serve_db) as corpus:
            return next(
                cl
                for cl in corpus.claims()
                if any(f.doc == first.id and f.figure == workers.id for f in cl.figures)
            )

    assert claim_of().category == workers.category == "killed"
    response = _post(
        client(serve_db),
        {
            "article": first.id,
            "kind": "figures",
            "record": workers.id,
            "action": "correct",
            "category": "injured",
        },
    )
    assert response.status_code == 200
    assert claim_of().category == "injured"


def test_serve_reject_and_confirm_a_record(serve_db, cli_runner):
    from tally.cli import cli

    first = _article(serve_db, "Police fire")
    c = client(serve_db)
    data = {"article": first.id, "kind": "quotes", "record": first.quotes[0].id}
    assert _post(c, {**data, "action": "reject"}).status_code == 200
    exported = cli_runner.invoke(cli, ["export", "--db", str(serve_db), "--format", "json"]).output
    line = next(json.loads(x) for x in exported.splitlines() if first.id in x)
    assert [q["id"] for q in line["quotes"]] == [q.id for q in first.quotes[1:]]
    assert _post(c, {**data, "action": "confirm"}).status_code == 200
    assert len(_article(serve_db, "Police fire").quotes) == len(first.quotes)
    assert "st-confirmed" in c.get(f"/article/{first.id}").text


def test_serve_corrects_speaker_event_type_date_and_place(serve_db):
    first = _article(serve_db, "Police fire")
    c = client(serve_db)
    ministry = next(e for e in first.entities if e.name == "interior ministry")
    base = {"article": first.id, "action": "correct"}
    assert (
        _post(c, {**base, "kind": "quotes", "record": first.quotes[1].id, "speaker": ministry.id}).status_code
        == 200
    )
    event = next(e for e in first.events if e.type != "FIGHT")
    assert _post(c, {**base, "kind": "events", "record": event.id, "type": "FIGHT"}).status_code == 200
    assert _post(c, {**base, "kind": "dates", "record": "0", "value": "2025-02-28"}).status_code == 200
    place = next(p for p in first.places if p.name == "Mombasa")
    options = c.get(f"/article/{first.id}/places/{place.id}/candidates").text
    picks = re.findall(r'value="([^"|]+\|\d+)"', options)
    other = next(p for p in picks if not p.endswith(f"|{place.geonameid}"))
    assert _post(c, {**base, "kind": "places", "record": place.id, "resolution": other}).status_code == 200
    after = _article(serve_db, "Police fire")
    assert after.quotes[1].speaker == ministry.id and after.quotes[1].speaker_name == "interior ministry"
    assert next(e for e in after.events if e.id == event.id).type == "FIGHT"
    assert after.dates[0].value == "2025-02-28" and after.dates[0].granularity == "day"
    assert next(p for p in after.places if p.id == place.id).geonameid == int(other.split("|")[1])
    bad = _post(c, {**base, "kind": "dates", "record": "0", "value": "<b>soon</b>"})
    assert bad.status_code == 400 and "&lt;b&gt;" in bad.text
    assert _post(c, {**base, "kind": "events", "record": event.id, "type": "DANCE"}).status_code == 400
    assert _post(c, {**base, "kind": "figures", "record": "f1", "value": "many"}).status_code == 400
    assert _post(c, {**base, "kind": "figures", "record": "f1", "asserted_by": "e99"}).status_code == 400


def test_serve_corrections_export_and_audit_page(serve_db, cli_runner, tmp_path):
    from tally.cli import cli

    first = _article(serve_db, "Police fire")
    c = client(serve_db)
    assert (
        _post(
            c, {"article": first.id, "kind": "figures", "record": "f2", "action": "correct", "value": "4"}
        ).status_code
        == 200
    )
    out = tmp_path / "corrections.jsonl"
    result = cli_runner.invoke(
        cli, ["export", "--db", str(serve_db), "--format", "corrections", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (row["article_id"], row["record_id"], row["field"], row["before"], row["after"]) == (
        first.id,
        "f2",
        "value",
        3.0,
        4.0,
    )
    assert row["text"] == "3" and row["span"] == [first.figures[1].start, first.figures[1].end]
    assert "value" in c.get("/audit").text and "4.0" in c.get("/audit").text
    report = json.loads(cli_runner.invoke(cli, ["report", "--db", str(serve_db), "--format", "json"]).output)
    values = {(f["doc"], f["figure"]): f["value"] for c in report["claims"] for f in c["figures"]}
    assert values[(first.id, "f2")] == 4.0
    shown = json.loads(
        cli_runner.invoke(cli, ["show", first.id[:12], "--db", str(serve_db), "--json"]).output
    )
    assert shown["figures"][1]["value"] == 4.0


def test_serve_corrections_survive_reanalysis(serve_db, tmp_path):
    first = _article(serve_db, "Police fire")
    store = Store(serve_db)
    record_action(
        store, "correct", "figures", first.id, "f1", field="category", after="killed", reviewer="Ana"
    )
    record_action(store, "reject", "quotes", first.id, first.quotes[0].id)
    store.close()
    # the article is analysed again from its input: its records are new rows, the decisions stay
    with tally.Corpus(serve_db) as corpus:
        from tally.store import schema

        with corpus.store.engine.begin() as conn:
            conn.execute(text("PRAGMA foreign_keys=ON"))
            conn.execute(delete(schema.inputs).where(schema.inputs.c.article_id == first.id))
            conn.execute(delete(schema.articles).where(schema.articles.c.id == first.id))
        assert corpus.get(first.id) is None
        report = corpus.add_files([write_jsonl(tmp_path / "again.jsonl", STRIKE[:1])])
        assert report.stored == 1
        corpus.link(full=True)
        again = corpus.get(first.id)
        assert again.figures[0].category == "killed"
        assert len(again.quotes) == len(first.quotes) - 1
        assert any(
            f.doc == first.id and f.figure == "f1"
            for cl in corpus.claims()
            if cl.category == "killed"
            for f in cl.figures
        )


def test_serve_merge_and_split_entities(serve_db):
    with tally.Corpus(serve_db) as corpus:
        entities = corpus.entities()
    union = next(e for e in entities if e.name == "Kenya Dockers Union")
    otieno = next(e for e in entities if e.name == "Amina Otieno")
    c = client(serve_db)
    response = c.post(
        "/entities/merge",
        data={"a": union.members[0], "b": otieno.id, "note": "same voice"},
        headers={"X-Tally-Token": TOKEN},
    )
    assert response.status_code == 204 and response.headers["HX-Redirect"].startswith("/entity/")
    with tally.Corpus(serve_db) as corpus:
        merged = next(e for e in corpus.entities() if union.members[0] in e.members)
    assert set(otieno.members) <= set(merged.members)
    page = c.get(response.headers["HX-Redirect"]).text
    assert "same voice" in page
    response = c.post("/entities/split", data={"a": otieno.members[0]}, headers={"X-Tally-Token": TOKEN})
    assert response.status_code == 204
    with tally.Corpus(serve_db) as corpus:
        alone = next(e for e in corpus.entities() if otieno.members[0] in e.members)
    assert alone.members == [otieno.members[0]]
    assert [a.action for a in actions(Store(serve_db))] == ["merge", "split"]
    bad = c.post("/entities/merge", data={"a": "ffff:e1", "b": union.id}, headers={"X-Tally-Token": TOKEN})
    assert bad.status_code == 400


def test_serve_review_errors_name_the_record(serve_db):
    first = _article(serve_db, "Police fire")
    store = Store(serve_db)
    with pytest.raises(ReviewError, match="no figure 'f9'"):
        record_action(store, "correct", "figures", first.id, "f9", field="value", after=1)
    with pytest.raises(ReviewError, match="no correctable field"):
        record_action(store, "correct", "figures", first.id, "f1", field="text", after="x")


def test_serve_map_and_timeline_data(serve_db):
    c = client(serve_db)
    points = c.get("/map/points.json").json()["points"]
    assert any(p["kind"] == "place" and p["label"].startswith("Mombasa") for p in points)
    assert all(p["href"].startswith("/article/") for p in points)
    world = c.get("/map/world.geojson").json()
    assert len(world["features"]) > 150
    timeline = c.get("/timeline").text
    assert "<svg" in timeline and "KE" in timeline


def test_serve_map_tiles_are_optional(serve_db):
    from starlette.testclient import TestClient

    from tally.serve import create_app

    assert "data-tiles" not in client(serve_db).get("/map").text
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"
    c = TestClient(create_app(str(serve_db), tiles=tiles), base_url=BASE)
    response = c.get("/map")
    assert f'data-tiles="{tiles}"' in response.text
    assert "img-src 'self' data: https://tiles.example.org;" in response.headers["content-security-policy"]


def test_serve_command_help_and_bad_database(cli_runner, tmp_path):
    from tally.cli import cli

    result = cli_runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output and "127.0.0.1" in result.output
    (tmp_path / "dir.db").mkdir()
    for bad in ("dir.db", "missing.db"):
        result = cli_runner.invoke(cli, ["serve", "--db", str(tmp_path / bad)])
        assert result.exit_code == 1 and f"no database {tmp_path / bad}" in result.output
    assert not (tmp_path / "missing.db").exists()


def test_serve_a_correction_made_in_python_reaches_the_claims_on_the_next_link(serve_db, cli_runner):
    from tally.cli import cli

    first = _article(serve_db, "Police fire")
    workers = next(f for f in first.figures if f.value == 14)  # "shot dead 14 dock workers"
    store = Store(serve_db)
    record_action(store, "correct", "figures", first.id, workers.id, field="category", after="injured")
    store.close()
    exported = cli_runner.invoke(cli, ["export", "--db", str(serve_db), "--format", "claims"]).output
    claims = [json.loads(line) for line in exported.splitlines()]
    mine = next(
        c for c in claims if any(f["doc"] == first.id and f["figure"] == workers.id for f in c["figures"])
    )
    assert mine["category"] == "injured"


def test_serve_relinking_a_reviewed_article_equals_a_full_relink(serve_db, tmp_path):
    import shutil

    from tally.link import relink

    first = _article(serve_db, "Police fire")
    second = _article(serve_db, "Union says")
    store = Store(serve_db)
    workers = next(f for f in first.figures if f.value == 14)  # "shot dead 14 dock workers"
    record_action(store, "correct", "figures", first.id, workers.id, field="category", after="injured")
    record_action(store, "correct", "figures", second.id, "f1", field="asserted_by", after=["e4"])
    record_action(store, "reject", "figures", second.id, "f2")
    store.close()

    def linked(db) -> tuple:
        with tally.Corpus(db) as corpus:
            return (
                [c.model_dump() for c in corpus.claims()],
                [e.model_dump() for e in corpus.events()],
                [e.model_dump() for e in corpus.entities()],
            )

    incremental = linked(serve_db)
    full = tmp_path / "full.db"
    shutil.copy(serve_db, full)
    store = Store(full)
    relink(store)
    store.close()
    assert linked(full) == incremental
    assert not any(
        f.doc == second.id and f.figure == "f2" for c in tally.Corpus(full).claims() for f in c.figures
    )


def test_serve_names_a_country_where_a_claim_has_only_its_code(serve_db):
    """A count placed only in the article's country is stored with the ISO code ("KE"); pages say "Kenya"."""
    with tally.Corpus(serve_db) as corpus:
        coded = [cl for cl in corpus.claims() if cl.place_name and re.fullmatch(r"[A-Z]{2}", cl.place_name)]
    assert coded, "the serve corpus should hold a claim placed by its country alone"
    c = client(serve_db)
    claim = coded[0]
    meta = re.search(r'<p class="meta">(.*?)·', c.get(f"/claim/{claim.id}").text, re.S)
    assert meta is not None and meta.group(1).strip() == "Kenya"
    row = re.search(rf'href="/claim/{re.escape(claim.id)}".*?</tr>', c.get("/").text, re.S)
    if row is not None:  # the overview lists the largest claims only
        assert f"<td>{claim.place_name}</td>" not in row.group(0)
        assert "<td>Kenya</td>" in row.group(0)
