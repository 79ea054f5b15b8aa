"""A reviewer's decisions on records, kept beside the machine's output and laid over it on reading.

::

    from tally.store.review import record_action
    record_action(store, "correct", "figures", article_id, "f2", field="value", after=230, reviewer="ana")

Every decision is a row of ``review_actions`` (who, when, which record,
before, after, note); rows are only added, and the machine's records are never
changed. :meth:`tally.store.Store.get_article` applies the decisions of an
article as it reads it (:func:`apply_review`), so ``show``, ``report``, every
export and claim linking see the corrected records, and a correction survives
re-analysis: a record is found again by its id and its place in the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, get_args

from sqlalchemy import Connection, insert, select

from tally.errors import TallyError
from tally.records import Article, FigureCategory, Qualifier
from tally.store.review_schema import review_actions

if TYPE_CHECKING:
    from tally.store import Store

ACTIONS = ("confirm", "reject", "correct", "merge", "split")

#: record kind -> the fields a reviewer may correct
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "figures": ("value", "qualifier", "category", "asserted_by"),
    "quotes": ("speaker",),
    "events": ("type",),
    "places": ("resolution",),
    "dates": ("value",),
    "entities": (),
}

#: event types a reviewer may pick (PLOVER's)
EVENT_TYPES = (
    "ACCUSE",
    "AGREE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "CRIME",
    "DEMAND",
    "FIGHT",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
)

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
_GRANULARITY = {4: "year", 7: "month", 10: "day", 8: "week"}


class ReviewError(TallyError, ValueError):
    """A review action that cannot be applied (unknown record, field or value)."""


@dataclass(frozen=True)
class ReviewAction:
    """One row of the audit table."""

    id: int
    created_at: str
    reviewer: str | None
    action: str
    kind: str
    article_id: str
    record_id: str
    span: tuple[int, int] | None
    field: str | None
    before: Any
    after: Any
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "reviewer": self.reviewer,
            "action": self.action,
            "kind": self.kind,
            "article_id": self.article_id,
            "record_id": self.record_id,
            "span": list(self.span) if self.span else None,
            "field": self.field,
            "before": self.before,
            "after": self.after,
            "note": self.note,
        }


def _row_action(row: Any) -> ReviewAction:
    span = (row["span_start"], row["span_end"]) if row["span_start"] is not None else None
    return ReviewAction(
        id=row["id"],
        created_at=row["created_at"],
        reviewer=row["reviewer"],
        action=row["action"],
        kind=row["kind"],
        article_id=row["article_id"],
        record_id=row["record_id"],
        span=span,
        field=row["field"],
        before=json.loads(row["before"]) if row["before"] is not None else None,
        after=json.loads(row["after"]) if row["after"] is not None else None,
        note=row["note"],
    )


def load_actions(conn: Connection, article_id: str | None = None) -> list[ReviewAction]:
    """The audit rows, oldest first (of one article when *article_id* is given)."""
    query = select(review_actions).order_by(review_actions.c.id)
    if article_id is not None:
        query = query.where(review_actions.c.article_id == article_id)
    return [_row_action(r) for r in conn.execute(query).mappings()]


def actions(store: Store, article_id: str | None = None) -> list[ReviewAction]:
    """Every review action, oldest first (of one article when *article_id* is given)."""
    with store.engine.connect() as conn:
        return load_actions(conn, article_id)


# -- records of an article as plain dicts -----------------------------------------
def _anchor(kind: str, item: dict[str, Any]) -> tuple[int, int] | None:
    """Where a record is in the text: what finds it again after re-analysis."""
    if kind in ("figures", "quotes", "dates"):
        return (item["start"], item["end"])
    if kind == "events":
        return tuple(item["trigger"])
    spans = sorted(
        tuple(s)
        for s in (item.get("mentions") or []) + (item.get("demonyms") or []) + (item.get("in_names") or [])
    )
    return spans[0] if spans else None


def _key(kind: str, item: dict[str, Any], index: int) -> str:
    return str(index) if kind == "dates" else item["id"]


def _find(kind: str, items: list[dict[str, Any]], record_id: str, span: tuple[int, int] | None) -> int | None:
    """Index of the record in *items*: same id and place, else same place, else same id."""
    by_id = [i for i, item in enumerate(items) if _key(kind, item, i) == record_id]
    if span is None:
        return by_id[0] if by_id else None
    for i in by_id:
        if _anchor(kind, items[i]) == span:
            return i
    same_place = [i for i, item in enumerate(items) if _anchor(kind, item) == span]
    if same_place:
        return same_place[0]
    return None


def _granularity(value: str) -> str:
    return "week" if "-W" in value else _GRANULARITY.get(len(value), "day")


def _apply_one(data: dict[str, Any], item: dict[str, Any], kind: str, field: str, after: Any) -> None:
    if kind == "figures":
        item[field] = after
    elif kind == "events":
        from tally.extract.events.acled import to_acled

        item["type"] = after
        item["mode"] = None
        acled = to_acled(after, None)
        item["acled"] = acled.model_dump() if acled is not None else None
    elif kind == "quotes":
        names = {e["id"]: e["name"] for e in data.get("entities") or []}
        item["speaker"] = after
        item["speaker_name"] = names.get(after) if after else None
    elif kind == "places":
        item.update(after)
    elif kind == "dates":
        item["value"] = after
        item["granularity"] = _granularity(after) if after else None
        item["anchor"] = "absolute"


def apply_review(article: Article, review: list[ReviewAction]) -> Article:
    """*article* with the reviewer's corrections applied and rejected records left out.

    Actions apply oldest first, so the latest decision on a field wins; a
    ``confirm`` after a ``reject`` brings the record back.
    """
    if not review:
        return article
    data = article.model_dump(mode="json", by_alias=True)
    rejected: set[tuple[str, int]] = set()
    for action in review:
        if action.kind not in CORRECTABLE or action.action not in ("confirm", "reject", "correct"):
            continue
        items = data.get(action.kind) or []
        index = _find(action.kind, items, action.record_id, action.span)
        if index is None:
            continue
        if action.action == "reject":
            rejected.add((action.kind, index))
        elif action.action == "confirm":
            rejected.discard((action.kind, index))
        elif action.field in CORRECTABLE[action.kind]:
            _apply_one(data, items[index], action.kind, action.field, action.after)
    for kind in CORRECTABLE:
        if data.get(kind):
            data[kind] = [item for i, item in enumerate(data[kind]) if (kind, i) not in rejected]
    return Article.model_validate(data)


def status_of(review: list[ReviewAction]) -> dict[tuple[str, str], str]:
    """``(kind, record_id)`` -> ``confirmed``, ``rejected`` or ``corrected`` (the latest that applies)."""
    out: dict[tuple[str, str], str] = {}
    for action in review:
        key = (action.kind, action.record_id)
        if action.action == "reject":
            out[key] = "rejected"
        elif action.action == "confirm":
            out[key] = "confirmed"
        elif action.action == "correct" and out.get(key) != "rejected":
            out[key] = "corrected"
    return out


# -- writing -------------------------------------------------------------------------
def _clean_value(article: Article, kind: str, field: str, value: Any) -> Any:
    """The stored form of a corrected value, or :class:`ReviewError` naming what is wrong."""
    entity_ids = {e.id for e in article.entities}
    if kind == "figures" and field == "value":
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ReviewError(f"figure value {value!r} is not a number") from None
        if not 0 <= number < 1e12:
            raise ReviewError(f"figure value {value!r} is out of range")
        return number
    if kind == "figures" and field == "qualifier":
        if value not in get_args(Qualifier):
            raise ReviewError(f"unknown qualifier {value!r}")
        return value
    if kind == "figures" and field == "category":
        if value not in get_args(FigureCategory):
            raise ReviewError(f"unknown figure category {value!r}")
        return value
    if kind == "figures" and field == "asserted_by":
        ids = [value] if isinstance(value, str) else list(value or [])
        ids = [i for i in ids if i]
        unknown = [i for i in ids if i not in entity_ids]
        if unknown:
            raise ReviewError(f"no entity {unknown[0]!r} in article {article.id[:12]}")
        return ids
    if kind == "quotes" and field == "speaker":
        if value in (None, ""):
            return None
        if value not in entity_ids:
            raise ReviewError(f"no entity {value!r} in article {article.id[:12]}")
        return value
    if kind == "events" and field == "type":
        if value not in EVENT_TYPES:
            raise ReviewError(f"unknown event type {value!r}")
        return value
    if kind == "dates" and field == "value":
        text = str(value or "").strip()
        if not _DATE.match(text):
            raise ReviewError(f"date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
        return text
    if kind == "places" and field == "resolution":
        return _place_resolution(value)
    raise ReviewError(f"{kind} have no correctable field {field!r}")


def place_candidates(name: str) -> list[dict[str, Any]]:
    """Gazetteer entries a place's name may stand for, most populous first, as place fields."""
    from tally.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entries = sorted(gaz.lookup(name), key=lambda e: (-e.population, e.geonameid or 0))
    out = []
    seen: set[int | None] = set()
    for entry in entries[:20]:
        if entry.geonameid in seen:
            continue
        seen.add(entry.geonameid)
        division = gaz.admin1_of(entry) if entry.kind != "country" else None
        out.append(
            {
                "geonameid": entry.geonameid,
                "name": entry.name,
                "kind": entry.kind if entry.kind in ("country", "admin1", "city") else "other",
                "country": entry.country,
                "admin1": division.name if division is not None else None,
                "lat": round(entry.lat, 5) if entry.lat is not None else None,
                "lon": round(entry.lon, 5) if entry.lon is not None else None,
            }
        )
    return out


def _place_resolution(value: Any) -> dict[str, Any]:
    """A place's resolution from a picked candidate (``name|geonameid``), or none (``unresolved``)."""
    text = str(value or "")
    if text == "unresolved":
        return {"kind": "other", "country": None, "admin1": None, "lat": None, "lon": None, "geonameid": None}
    name, _, ident = text.rpartition("|")
    for candidate in place_candidates(name) if name else []:
        if str(candidate["geonameid"]) == ident:
            return candidate
    raise ReviewError(f"no gazetteer entry {text!r}")


def corrected_article(store: Store, article_id: str) -> Article | None:
    """The article with its corrections applied but no record left out: indices as the machine's."""
    machine = store.get_article(article_id, reviewed=False)
    if machine is None:
        return None
    with store.engine.connect() as conn:
        review = load_actions(conn, article_id)
    return apply_review(machine, [a for a in review if a.action == "correct"])


def record_action(
    store: Store,
    action: str,
    kind: str,
    article_id: str,
    record_id: str,
    *,
    field: str | None = None,
    after: Any = None,
    reviewer: str | None = None,
    note: str | None = None,
    relink: bool = True,
) -> ReviewAction:
    """Check and store one decision on a record; return its audit row.

    ``before`` is the record's value as the reader saw it (corrections so far
    applied). The article is linked again unless *relink* is False (the caller
    records several decisions, then calls :func:`relink_after_review`). Merges
    and splits of entities go through :func:`entity_action`.
    """
    if action not in ("confirm", "reject", "correct"):
        raise ReviewError(f"unknown review action {action!r}")
    if kind not in CORRECTABLE or kind == "entities":
        raise ReviewError(f"records of kind {kind!r} cannot be reviewed here")
    current = corrected_article(store, article_id)
    if current is None:
        raise ReviewError(f"no article {article_id[:12]!r}")
    items = current.model_dump(mode="json").get(kind) or []
    index = _find(kind, items, record_id, None)
    if index is None:
        raise ReviewError(f"no {kind[:-1]} {record_id!r} in article {article_id[:12]}")
    item = items[index]
    before = None
    if action == "correct":
        if field not in CORRECTABLE[kind]:
            raise ReviewError(f"{kind} have no correctable field {field!r}")
        after = _clean_value(current, kind, field, after)
        before = {k: item.get(k) for k in after} if isinstance(after, dict) else item.get(field)
    else:
        field, after = None, None
    span = _anchor(kind, item)
    row = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "reviewer": (reviewer or "")[:200] or None,
        "action": action,
        "kind": kind,
        "article_id": article_id,
        "record_id": record_id,
        "span_start": span[0] if span else None,
        "span_end": span[1] if span else None,
        "field": field,
        "before": json.dumps(before, ensure_ascii=False) if before is not None else None,
        "after": json.dumps(after, ensure_ascii=False) if after is not None else None,
        "note": (note or "")[:2000] or None,
    }
    with store.engine.begin() as conn:
        inserted = conn.execute(insert(review_actions).values(**row)).inserted_primary_key
        assert inserted is not None  # an INSERT of one row always has its key
        new_id = inserted[0]
    if relink:
        relink_after_review(store, article_id)
    return _row_action({**row, "id": new_id})


def relink_after_review(store: Store, article_id: str) -> None:
    """Bring the links up to date with a reviewed article (its claims, events and entities).

    The link features of an article are computed from its records once; a
    corrected or rejected record changes them, so the article is linked again.
    """
    from tally.link.incremental import relink_article

    relink_article(store, article_id)


def entity_action(
    store: Store,
    action: str,
    a: str,
    b: str | None = None,
    *,
    reviewer: str | None = None,
    note: str | None = None,
) -> ReviewAction:
    """Merge two article entities (``article_id:entity_id``) into one actor, or split them apart.

    The decision goes to the audit table and to ``link_overrides``, which the
    entity linker obeys (:func:`tally.link.add_override`); the links are updated.
    """
    from tally.link import add_override

    if action not in ("merge", "split"):
        raise ReviewError(f"unknown entity action {action!r}")
    for member in (a, b):
        if member is None:
            continue
        article_id, _, entity_id = member.partition(":")
        article = store.get_article(article_id, reviewed=False) if article_id else None
        if article is None or entity_id not in {e.id for e in article.entities}:
            raise ReviewError(f"no entity {member!r}")
    if action == "merge" and (b is None or a == b):
        raise ReviewError("a merge needs two different entities")
    article_id, _, entity_id = a.partition(":")
    row = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "reviewer": (reviewer or "")[:200] or None,
        "action": action,
        "kind": "entities",
        "article_id": article_id,
        "record_id": entity_id,
        "span_start": None,
        "span_end": None,
        "field": "member",
        "before": json.dumps(a),
        "after": json.dumps(b) if b is not None else None,
        "note": (note or "")[:2000] or None,
    }
    with store.engine.begin() as conn:
        inserted = conn.execute(insert(review_actions).values(**row)).inserted_primary_key
        assert inserted is not None  # an INSERT of one row always has its key
        new_id = inserted[0]
    add_override(store, action, a, b, reviewer=reviewer, note=note)
    return _row_action({**row, "id": new_id})
