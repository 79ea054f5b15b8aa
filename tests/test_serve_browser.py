"""``tally serve`` in a real browser: Debian's Chromium driven by Playwright, the server in a thread.

Skipped with a reason when ``/usr/bin/chromium`` is absent, unless
``TALLY_BROWSER_TESTS=required`` (``.ci/run`` sets it after installing
Chromium), where a missing browser is a failure. One browser per session,
one uvicorn server on a free port over a copy of the serve corpus.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

import tally
from tally.store import Store
from tally.store.review import actions

pytestmark = pytest.mark.model

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-token-42"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers give /dev/shm a few MB
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
        if os.environ.get("TALLY_BROWSER_TESTS") == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def live(serve_db_master, tmp_path_factory):
    """(base URL, database path) of a running ``tally serve`` with reviewing allowed."""
    import uvicorn

    from tally.serve import create_app

    db = tmp_path_factory.mktemp("live") / "live.db"
    shutil.copy(serve_db_master, db)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(db), token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(timeout=10)


class Watched:
    """A page with every dialog, console error and page error counted."""

    def __init__(self, page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield Watched(page)
    context.close()


def _article_id(db: Path, title_start: str) -> str:
    with tally.Corpus(db) as corpus:
        return next(a.id for a in corpus.articles() if (a.source.title or "").startswith(title_start))


def test_browser_article_page_highlights_evidence(live, watched):
    base, db = live
    page = watched.page
    article_id = _article_id(db, "Police fire")
    page.goto(f"{base}/article/{article_id}")
    assert page.locator("#text span.k-figures").count() > 0
    assert page.locator("#text span.k-quotes").count() > 0
    assert page.locator("#text span.evidence").count() == 0
    record = page.locator("li.rec.k-figures").first
    record.locator("a.jump").click()
    start, end = int(record.get_attribute("data-s")), int(record.get_attribute("data-e"))
    marked = page.locator("#text span.current").all_text_contents()
    with tally.Corpus(db) as corpus:
        text = corpus.get(article_id).text
    assert "".join(marked) == text[start:end]
    assert page.locator("#text span.evidence").count() > 0
    assert "picked" in (record.get_attribute("class") or "")
    assert watched.dialogs == [] and watched.errors == []


def test_browser_correction_by_clicking_persists(live, watched, cli_runner, tmp_path):
    from tally.cli import cli

    base, db = live
    page = watched.page
    article_id = _article_id(db, "Union says")
    with tally.Corpus(db) as corpus:
        article = corpus.get(article_id)
    figure = next(f for f in article.figures if f.value == 14)
    minister = next(e for e in article.entities if e.name == "Paul Kamau")
    page.goto(f"{base}/#token={TOKEN}")
    assert page.locator("#whoami").is_visible()
    page.goto(f"{base}/article/{article_id}")
    row = page.locator(f"#rec-figures-{figure.id}")
    row.locator("summary").click()
    row.locator("select[name=asserted_by]").select_option(minister.id)
    row.locator("input[name=note]").fill("said by the minister")
    row.locator("button.save").click()
    page.wait_for_selector(f"#rec-figures-{figure.id}.st-corrected")
    page.reload()
    row = page.locator(f"#rec-figures-{figure.id}")
    assert "st-corrected" in (row.get_attribute("class") or "")
    assert "Paul Kamau" in row.locator(".detail").text_content()
    # the claim changed: its page names the minister for this figure
    row.locator("a", has_text="claim").click()
    page.wait_for_load_state()
    assert "Paul Kamau" in page.locator("ul.positions").text_content()
    out = tmp_path / "corrections.jsonl"
    result = cli_runner.invoke(cli, ["export", "--db", str(db), "--format", "corrections", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(r["record_id"] == figure.id and r["after"] == [minister.id] for r in rows)
    [audit] = [a for a in actions(Store(db)) if a.record_id == figure.id and a.article_id == article_id]
    assert (audit.action, audit.field, audit.note) == ("correct", "asserted_by", "said by the minister")
    assert watched.dialogs == [] and watched.errors == []


def test_browser_correcting_a_source_on_the_claim_page_changes_the_claim(live, watched):
    base, db = live
    page = watched.page
    with tally.Corpus(db) as corpus:
        claim = next(c for c in corpus.claims() if c.status == "conflicting")
    page.goto(f"{base}/#token={TOKEN}")
    page.goto(f"{base}/claim/{claim.id}")
    card = page.locator("article.figure").last
    before = card.locator("dd.asserted").text_content()
    card.locator("summary").click()
    options = card.locator("select[name=asserted_by] option").all_text_contents()
    pick = next(o for o in options[1:] if o.split(" (")[0] not in before)
    card.locator("select[name=asserted_by]").select_option(label=pick)
    with page.expect_navigation():
        card.locator("button.save").click()
    name = pick.split(" (")[0]
    assert name in page.locator("ul.positions").text_content()
    assert any(name in text for text in page.locator("dd.asserted").all_text_contents())
    assert watched.dialogs == [] and watched.errors == []


def test_browser_map_renders_points(live, watched):
    base, _db = live
    page = watched.page
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-ready]")
    assert int(page.get_attribute("#map", "data-ready")) > 0
    page.wait_for_selector(".leaflet-overlay-pane path")
    points = page.locator(".marker-cluster").count() + page.locator("path.pt").count()
    assert points > 0
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the country outlines
    assert watched.dialogs == [] and watched.errors == []


def test_browser_hostile_corpus_runs_no_script(live, watched):
    base, db = live
    page = watched.page
    with tally.Corpus(db) as corpus:
        urls = [f"/article/{a.id}" for a in corpus.articles()]
        urls += [f"/claim/{c.id}" for c in corpus.claims()]
        urls += [f"/entity/{e.id}" for e in corpus.entities()][:12]
    urls += ["/", "/articles", "/entities", "/timeline", "/audit", "/map"]
    for url in urls:
        page.goto(base + url)
        if url.startswith("/article/"):
            for link in page.locator("li.rec a.jump").all()[:4]:
                link.click()
            for summary in page.locator("li.rec summary").all()[:3]:
                summary.click()
        if url == "/map":
            page.wait_for_selector("#map[data-ready]")
            page.locator(".marker-cluster, path.pt").first.click()
    page.goto(f"{base}/article/{_article_id(db, '</title>')}")
    page.mouse.move(200, 300)
    assert "<script>alert('XSS')</script>" in page.locator("#text").text_content()
    assert page.title().startswith("</title><script>")
    assert watched.dialogs == [], watched.dialogs
    assert watched.errors == [], watched.errors


def test_browser_screenshots_of_each_page(live, watched, tmp_path):
    base, db = live
    page = watched.page
    folder = Path(os.environ.get("TALLY_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    with tally.Corpus(db) as corpus:
        claim = corpus.claims()[0].id
        entity = max(corpus.entities(), key=lambda e: e.articles).id
    pages = {
        "overview": "/",
        "article": f"/article/{_article_id(db, 'Police fire')}",
        "hostile": f"/article/{_article_id(db, '</title>')}",
        "claim": f"/claim/{claim}",
        "entity": f"/entity/{entity}",
        "map": "/map",
        "timeline": "/timeline",
        "audit": "/audit",
    }
    for name, url in pages.items():
        page.goto(base + url)
        if name == "map":
            page.wait_for_selector("#map[data-ready]")
        if name == "article":
            page.locator("li.rec.k-figures a.jump").first.click()
        path = folder / f"{name}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 5_000, name
    assert watched.errors == []
