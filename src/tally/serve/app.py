"""The ASGI application of ``tally serve``: pages rendered on the server, htmx for the review forms.

Starlette (not FastAPI) because the pages are HTML forms, not a JSON API:
routing, static files, templates and a test client are all it takes.

Security, in one place:

- read-only unless a token is configured; a write needs the token in the
  ``X-Tally-Token`` header (the page's script adds it to htmx requests). A
  browser cannot send that header cross-site without a CORS preflight, which
  this server never grants, and a write whose ``Origin`` is not this server
  is refused as well: together they stop cross-site request forgery;
- the ``Host`` header must name this server (no DNS rebinding);
- every page has a strict Content-Security-Policy: scripts and styles from
  this server only, no inline script or style, no plugins, no framing;
- templates escape everything (Jinja2 autoescape); URLs from articles are
  links only when they are http(s);
- static files are served by Starlette's ``StaticFiles`` from the package
  folder (it refuses paths that leave it); article ids must be hexadecimal;
- every list is paginated with a bounded page size.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from importlib import resources
from typing import Any, get_args
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tally.reader import CorpusReader
from tally.report import place_label
from tally.serve import views
from tally.store import Store
from tally.store.review import (
    CORRECTABLE,
    EVENT_TYPES,
    ReviewError,
    actions,
    corrected_article,
    entity_action,
    place_candidates,
    record_action,
    relink_after_review,
)

PAGE_SIZE = 25
AUDIT_PAGE_SIZE = 100
_HEX = re.compile(r"^[0-9a-f]{4,64}$")
_RECORD_ID = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_CLAIM_ID = re.compile(r"^[A-Za-z0-9_:.-]{1,90}$")
_MEMBER = re.compile(r"^[0-9a-f]{4,64}:[A-Za-z0-9_-]{1,40}$")


def csp(tiles: str | None = None) -> str:
    """The Content-Security-Policy of every response; *tiles* (a tile server's origin) may serve images."""
    img = "'self' data:" + (f" {tiles}" if tiles else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    """Adds the CSP and the usual hardening headers to every response (a plain ASGI middleware)."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def safe_url(url: str | None) -> str | None:
    """*url* when it is an http(s) URL, else None (a ``javascript:`` URL must never become a link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("tally.serve", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["num"] = views._fmt
    env.filters["place_label"] = place_label
    env.globals["value_label"] = views.value_label
    return Jinja2Templates(env=env)


class ServeState:
    """The database and settings one server works on."""

    def __init__(self, db: str, token: str | None, tiles: str | None) -> None:
        self.store = Store(db)
        self.token = token or None
        self.tiles = tiles
        self.lock = threading.Lock()  # one write (and relink) at a time

    @property
    def writable(self) -> bool:
        return self.token is not None

    def reader(self) -> CorpusReader:
        return CorpusReader(self.store)


def create_app(
    db: str = "tally.db",
    *,
    token: str | None = None,
    tiles: str | None = None,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The ``tally serve`` application over database *db*.

    :param token: writes need it in the ``X-Tally-Token`` header; None: read-only.
    :param tiles: a tile URL template (``https://tile.example/{z}/{x}/{y}.png``) for the map;
        None draws the bundled country outlines only.
    :param allowed_hosts: names the ``Host`` header may carry (default: the loopback names).
    """
    state = ServeState(db, token, tiles)
    templates = _templates()
    tiles_origin = None
    if tiles:
        parts = urlsplit(tiles)
        tiles_origin = f"{parts.scheme}://{parts.netloc}"

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
        context = {"writable": state.writable, "tiles": tiles, **context}
        return templates.TemplateResponse(request, name, context, status_code=status)

    def page_number(request: Request) -> int:
        try:
            return max(1, min(int(request.query_params.get("page", "1")), 100_000))
        except ValueError:
            return 1

    def article_id_of(raw: str) -> str:
        if not _HEX.match(raw):
            raise HTTPException(404, "no such article")
        full = raw if state.store.has_article(raw) else state.store.find_article_id(raw)
        if full is None:
            raise HTTPException(404, "no such article")
        return full

    # -- pages ---------------------------------------------------------------------
    def overview(request: Request) -> HTMLResponse:
        reader = state.reader()
        data = views.overview(state.store, reader)
        n = page_number(request)
        claims = data["claims"]
        return page(
            request,
            "overview.html",
            {
                **data,
                "claims": claims[(n - 1) * PAGE_SIZE : n * PAGE_SIZE],
                "page": n,
                "pages": max(1, -(-len(claims) // PAGE_SIZE)),
                "articles": views.store_article_rows(state.store, 0, 10),
            },
        )

    def articles(request: Request) -> HTMLResponse:
        n = page_number(request)
        total = state.store.counts()["articles"]
        rows = views.store_article_rows(state.store, (n - 1) * PAGE_SIZE * 2, PAGE_SIZE * 2)
        return page(
            request,
            "articles.html",
            {"rows": rows, "page": n, "pages": max(1, -(-total // (PAGE_SIZE * 2)))},
        )

    def article_context(article_id: str) -> dict[str, Any]:
        article = state.store.get_article(article_id)
        machine = state.store.get_article(article_id, reviewed=False)
        assert article is not None and machine is not None
        review = actions(state.store, article_id)
        claim_of = {f"{f.doc}:{f.figure}": c.id for c in state.reader().claims() for f in c.figures}
        rows = views.article_rows(article, machine, review, claim_of)
        return {
            "article": article,
            "rows": rows,
            "segments": views.segments(article.text, views.article_spans(article, machine)),
            "entities": article.entities,
            "review": review,
            "choices": _choices(),
        }

    def article(request: Request) -> HTMLResponse:
        article_id = article_id_of(request.path_params["article_id"])
        return page(request, "article.html", article_context(article_id))

    def candidates(request: Request) -> HTMLResponse:
        article_id = article_id_of(request.path_params["article_id"])
        place_id = request.path_params["place_id"]
        art = state.store.get_article(article_id, reviewed=False)
        place = next((p for p in art.places if p.id == place_id), None) if art else None
        if place is None or art is None:
            raise HTTPException(404, "no such place")
        spans = place.spans()
        names = dict.fromkeys([place.name] + [art.text[s:e] for s, e in spans[:3]])
        found: list[dict[str, Any]] = []
        seen: set[Any] = set()
        for name in names:
            for c in place_candidates(name):
                if c["geonameid"] not in seen:
                    seen.add(c["geonameid"])
                    found.append({**c, "query": name})
        return page(request, "_candidates.html", {"candidates": found[:30], "place": place})

    def claim(request: Request) -> HTMLResponse:
        claim_id = request.path_params["claim_id"]
        if not _CLAIM_ID.match(claim_id):
            raise HTTPException(404, "no such claim")
        found = next((c for c in state.reader().claims() if c.id == claim_id), None)
        if found is None:
            raise HTTPException(404, "no such claim")
        names = {}
        entities: dict[str, list[Any]] = {}
        for doc in dict.fromkeys(f.doc for f in found.figures):
            art = state.store.get_article(doc)
            if art is not None:
                names[doc] = art.source.title or art.source.outlet or doc[:12]
                entities[doc] = art.entities
        return page(
            request,
            "claim.html",
            {
                "claim": found,
                "positions": views.positions(found),
                "conflicts": views.conflicts_by_position(found),
                "titles": names,
                "entities": entities,
            },
        )

    def entity_list(request: Request) -> HTMLResponse:
        n = page_number(request)
        everything = sorted(state.reader().entities(), key=lambda e: (-e.articles, -e.mentions, e.name))
        return page(
            request,
            "entities.html",
            {
                "entities": everything[(n - 1) * PAGE_SIZE * 2 : n * PAGE_SIZE * 2],
                "page": n,
                "pages": max(1, -(-len(everything) // (PAGE_SIZE * 2))),
            },
        )

    def entity(request: Request) -> HTMLResponse:
        entity_id = request.path_params["entity_id"]
        everything = state.reader().entities()
        found = next((e for e in everything if e.id == entity_id), None)
        if found is None:
            raise HTTPException(404, "no such entity")
        quotes, figures = [], []
        for member in found.members[:200]:
            doc, _, eid = member.partition(":")
            art = state.store.get_article(doc)
            if art is None:
                continue
            title = art.source.title or doc[:12]
            quotes += [(art, title, q) for q in art.quotes if q.speaker == eid]
            figures += [(art, title, f) for f in art.figures if eid in f.asserted_by]
        history = [
            a
            for a in actions(state.store)
            if a.kind == "entities"
            and (f"{a.article_id}:{a.record_id}" in found.members or a.after in found.members)
        ]
        others = sorted(
            (e for e in everything if e.id != found.id and e.type == found.type), key=lambda e: e.name
        )
        return page(
            request,
            "entity.html",
            {
                "entity": found,
                "quotes": quotes[: PAGE_SIZE * 4],
                "figures": figures[: PAGE_SIZE * 4],
                "history": history,
                "others": others[:500],
            },
        )

    def map_page(request: Request) -> HTMLResponse:
        return page(request, "map.html", {"tiles_url": tiles})

    def map_points(request: Request) -> JSONResponse:
        return JSONResponse({"points": views.map_points(state.store, state.reader())})

    world_json: list[bytes] = []

    def world(request: Request) -> Response:
        if not world_json:
            world_json.append(json.dumps(views.world_for_leaflet(), separators=(",", ":")).encode())
        return Response(
            world_json[0], media_type="application/geo+json", headers={"cache-control": "max-age=86400"}
        )

    def timeline(request: Request) -> HTMLResponse:
        unit = request.query_params.get("unit", "day")
        unit = unit if unit in ("day", "week") else "day"
        country = request.query_params.get("country") or None
        return page(
            request, "timeline.html", views.timeline(state.reader(), unit, country) | {"country": country}
        )

    def audit(request: Request) -> HTMLResponse:
        n = page_number(request)
        rows = list(reversed(actions(state.store)))
        shown = rows[(n - 1) * AUDIT_PAGE_SIZE : n * AUDIT_PAGE_SIZE]
        names: dict[str, dict[str, str]] = {}
        for row in shown:
            if row.article_id not in names:
                art = state.store.get_article(row.article_id, reviewed=False)
                names[row.article_id] = {e.id: e.name for e in art.entities} if art else {}
        return page(
            request,
            "audit.html",
            {
                "rows": [
                    (
                        row,
                        _describe(row.before, names[row.article_id]),
                        _describe(row.after, names[row.article_id]),
                    )
                    for row in shown
                ],
                "page": n,
                "pages": max(1, -(-len(rows) // AUDIT_PAGE_SIZE)),
            },
        )

    # -- writes ------------------------------------------------------------------------
    def check_write(request: Request) -> str | None:
        """Refuse a write without the token or from another origin; return the reviewer's name."""
        if not state.writable:
            raise HTTPException(403, "read-only: start tally serve with --token to review")
        given = request.headers.get("x-tally-token", "")
        if not secrets.compare_digest(given.encode(), state.token.encode()):  # type: ignore[union-attr]
            raise HTTPException(401, "a review needs the token (open the link tally serve printed)")
        origin = request.headers.get("origin")
        if origin is not None:
            expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
            if origin != expected:
                raise HTTPException(403, "cross-origin write refused")
        return (request.headers.get("x-tally-reviewer") or "").strip()[:200] or None

    async def review(request: Request) -> Response:
        reviewer = check_write(request)
        form = await request.form()
        values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        article_id = article_id_of(values.get("article", ""))
        kind = values.get("kind", "")
        record_id = values.get("record", "")
        action = values.get("action", "")
        if kind not in CORRECTABLE or not _RECORD_ID.match(record_id):
            raise HTTPException(400, "unknown record")

        def write() -> None:
            with state.lock:
                if action == "correct":
                    current = corrected_article(state.store, article_id)
                    changed = False
                    for name in CORRECTABLE[kind]:
                        if name not in values:
                            continue
                        new = values[name]
                        old = _current_value(current, kind, record_id, name)
                        if old is not None and _same(old, new):
                            continue
                        record_action(
                            state.store,
                            "correct",
                            kind,
                            article_id,
                            record_id,
                            field=name,
                            after=new,
                            reviewer=reviewer,
                            note=values.get("note"),
                            relink=False,
                        )
                        changed = True
                    if not changed:
                        raise ReviewError("nothing changed")
                    relink_after_review(state.store, article_id)
                else:
                    record_action(
                        state.store,
                        action,
                        kind,
                        article_id,
                        record_id,
                        reviewer=reviewer,
                        note=values.get("note"),
                    )

        try:
            await run_in_threadpool(write)
        except ReviewError as err:
            return HTMLResponse(f"<p class='error'>{_escape(str(err))}</p>", status_code=400)
        if values.get("next") == "claim":
            claim_id = next(
                (
                    c.id
                    for c in state.reader().claims()
                    for f in c.figures
                    if f.doc == article_id and f.figure == record_id
                ),
                None,
            )
            target = f"/claim/{claim_id}" if claim_id else f"/article/{article_id}"
            return Response(status_code=204, headers={"HX-Redirect": target})
        context = await run_in_threadpool(article_context, article_id)
        row = next((r for r in context["rows"] if r.kind == kind and r.id == record_id), None)
        return page(request, "_record.html", {**context, "row": row})

    async def entity_write(request: Request) -> Response:
        reviewer = check_write(request)
        form = await request.form()
        values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        action = request.path_params["action"]
        a, b = values.get("a", ""), values.get("b") or None
        if b is not None and not _MEMBER.match(b):
            # a corpus entity picked from the list: merge with its first member
            other = next((e for e in state.reader().entities() if e.id == b), None)
            b = other.members[0] if other and other.members else None
        if not _MEMBER.match(a) or (action == "merge" and b is None):
            return HTMLResponse("<p class='error'>pick two entities</p>", status_code=400)

        def write() -> None:
            with state.lock:
                entity_action(state.store, action, a, b, reviewer=reviewer, note=values.get("note"))

        try:
            await run_in_threadpool(write)
        except ReviewError as err:
            return HTMLResponse(f"<p class='error'>{_escape(str(err))}</p>", status_code=400)
        now = next((e.id for e in state.reader().entities() if a in e.members), None)
        return Response(status_code=204, headers={"HX-Redirect": f"/entity/{now}" if now else "/entities"})

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        detail = getattr(exc, "detail", "error")
        if request.headers.get("hx-request"):
            return HTMLResponse(f"<p class='error'>{_escape(str(detail))}</p>", status_code=status)
        return page(request, "error.html", {"status": status, "detail": detail}, status=status)

    static = StaticFiles(directory=str(resources.files("tally.serve").joinpath("static")))
    routes = [
        Route("/", overview),
        Route("/articles", articles),
        Route("/article/{article_id}", article),
        Route("/article/{article_id}/places/{place_id}/candidates", candidates),
        Route("/claim/{claim_id}", claim),
        Route("/entities", entity_list),
        Route("/entity/{entity_id}", entity),
        Route("/map", map_page),
        Route("/map/points.json", map_points),
        Route("/map/world.geojson", world),
        Route("/timeline", timeline),
        Route("/audit", audit),
        Route("/review", review, methods=["POST"]),
        Route("/entities/{action:str}", entity_write, methods=["POST"]),
        Mount("/static", app=static, name="static"),
    ]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "[::1]"]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders, policy=csp(tiles_origin)),
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        ],
        exception_handlers={HTTPException: not_found},
    )
    app.state.tally = state
    return app


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def _choices() -> dict[str, Any]:
    from tally.records import FigureCategory, Qualifier

    return {
        "qualifiers": get_args(Qualifier),
        "categories": get_args(FigureCategory),
        "event_types": EVENT_TYPES,
    }


def _describe(value: Any, names: dict[str, str]) -> str:
    """An audit value for people: entity ids as names, a place resolution as its name and country."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(names.get(str(v), str(v)) for v in value) or "(none)"
    if isinstance(value, dict):
        return (
            " ".join(str(value.get(k) or "") for k in ("name", "admin1", "country")).strip() or "(unresolved)"
        )
    if isinstance(value, str) and value in names:
        return f"{names[value]} ({value})"
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def _current_value(article: Any, kind: str, record_id: str, name: str) -> Any:
    if article is None:
        return None
    items = article.model_dump(mode="json").get(kind) or []
    if kind == "dates":
        index = int(record_id) if record_id.isdigit() else -1
        item = items[index] if 0 <= index < len(items) else None
    else:
        item = next((i for i in items if i.get("id") == record_id), None)
    if item is None or name == "resolution":
        return None
    return item.get(name)


def _same(old: Any, new: str) -> bool:
    if isinstance(old, list):
        return [x for x in old if x] == [x for x in [new] if x]
    if isinstance(old, float):
        try:
            return float(new) == old
        except ValueError:
            return False
    return str(old or "") == new
