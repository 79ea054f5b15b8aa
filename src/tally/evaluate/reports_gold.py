"""What the hand-annotated ``reports`` gold's builders and its test share.

Each ``eval/reports_*/build_*.py`` holds one split's annotation (written with :func:`fig`,
:func:`quote` and :func:`date`) and writes it with :func:`build`: the articles' texts read
unchanged from a public set's dev file (:func:`source_path`), every item checked
(:func:`item_problems`, :func:`published_problems`), no article taken from another split of the
same folder (:func:`taken_ids`), one article a line (:func:`write_split`).
``tests/test_reports_gold.py`` checks every committed split with the same :func:`item_problems`.

It lives in the package, not beside the scripts, so that a script run from its own folder
(``python eval/reports_lgl/build_check40.py``) and the tests import it alike, with no path set
by hand: tally is installed editable, or ``PYTHONPATH=src`` points at the checkout.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, get_args

from tally.evaluate.gold import default_root
from tally.records import FigureCategory, Qualifier

#: The categories and qualifiers a figure may have: those of tally's records, which the scorer reads.
CATEGORIES = frozenset(get_args(FigureCategory))
QUALIFIERS = frozenset(get_args(Qualifier))
QUOTE_KINDS = frozenset({"direct", "mixed"})
#: A date's value, or each end of a range's ("2018-03/2018-04"): a day, a month or a year.
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: The gold lists of an article, in the order a line holds them.
FIELDS = ("figures", "quotes", "places", "dates")

Item = dict[str, Any]


def fig(
    value: int,
    qualifier: str,
    category: str,
    asserted_by: str,
    evidence: str,
    value_max: int | None = None,
) -> Item:
    """One gold figure (ANNOTATION.md "Figures")."""
    return {
        "value": value,
        "value_max": value_max,
        "qualifier": qualifier,
        "category": category,
        "asserted_by": asserted_by,
        "evidence": evidence,
    }


def quote(kind: str, speaker: str, text_start: str) -> Item:
    """One gold quote: its kind, its speaker as the article names them, its first words."""
    return {"kind": kind, "speaker": speaker, "text_start": text_start}


def date(text: str, value: str) -> Item:
    """One gold date: the words as written and their ISO value."""
    return {"text": text, "value": value}


def record(
    ident: str,
    title: str,
    text: str,
    published: str | None,
    outlet: str,
    url: str | None,
    annotation: Mapping[str, Any],
) -> Item:
    """One line of a split: the article and its annotation's four lists, in the order the gold keeps."""
    line: Item = {
        "id": ident,
        "title": title,
        "text": text,
        "published": published,
        "outlet": outlet,
        "url": url,
    }
    line.update((k, annotation[k]) for k in FIELDS)
    return line


def from_row(ident: str, annotation: Mapping[str, Any], row: Mapping[str, Any]) -> Item:
    """The line of an article whose title, text and URL are the corpus row's and whose publication
    date and outlet the annotation gives (GeoWebNews, TR-News)."""
    return record(
        ident,
        row["title"],
        row["text"],
        annotation["published"],
        annotation["outlet"],
        row["url"],
        annotation,
    )


def item_problems(item: Mapping[str, Any]) -> list[str]:
    """Every problem with one article's gold (empty when it is sound): a verbatim string (figure
    evidence, which may lie in the title; quote start; place; date text) not in the text, a word of
    no vocabulary (category, qualifier, quote kind), a figure's value not an integer (or a
    ``value_max`` not above it), no asserter or speaker, a date value not ISO, a place or a date
    listed twice."""
    text, title = item["text"], item.get("title") or ""
    bad: list[str] = []
    for f in item["figures"]:
        if f["evidence"] not in text and f["evidence"] not in title:
            bad.append(f"figure evidence not in text: {f['evidence']!r}")
        if f.get("value_max") is not None and not (
            isinstance(f["value_max"], int) and f["value_max"] > f["value"]
        ):
            bad.append(f"figure value_max: {f!r}")
        if f["category"] not in CATEGORIES or f["qualifier"] not in QUALIFIERS:
            bad.append(f"figure category/qualifier: {f!r}")
        if not isinstance(f["value"], int) or not f["asserted_by"]:
            bad.append(f"figure value/asserted_by: {f!r}")
    for q in item["quotes"]:
        if q["text_start"] not in text:
            bad.append(f"quote start not in text: {q['text_start']!r}")
        if q["kind"] not in QUOTE_KINDS or not q["speaker"]:
            bad.append(f"quote kind/speaker: {q!r}")
    seen: set[str] = set()
    for p in item["places"]:
        if p not in text:
            bad.append(f"place not in text: {p!r}")
        if p.lower() in seen:
            bad.append(f"place listed twice: {p!r}")
        seen.add(p.lower())
    pairs: set[tuple[str, str]] = set()
    for d in item["dates"]:
        if d["text"] not in text:
            bad.append(f"date text not in text: {d['text']!r}")
        if not all(ISO.match(part) for part in d["value"].split("/")):
            bad.append(f"date value not ISO: {d!r}")
        if (d["text"], d["value"]) in pairs:
            bad.append(f"date listed twice: {d!r}")
        pairs.add((d["text"], d["value"]))
    return bad


def published_problems(item: Mapping[str, Any], explained: str = "") -> list[str]:
    """Whether a publication date is where the article says it: its URL's date ("/2018/04/05/" or
    "20180405"), or one the annotation *explained* (a corpus's date field, read by hand)."""
    published = item["published"]
    if published is None:
        return []
    url = item["url"] or ""
    if published.replace("-", "/") in url or published.replace("-", "") in url or published in explained:
        return []
    return [f"published {published} is neither the URL's date nor explained"]


def source_path(corpus: str, given: Path | None = None) -> Path:
    """The public set's dev file the texts come from: *given*, else ``<corpus>/dev.jsonl`` under the
    gold root (``$TALLY_EVAL_ROOT``, else ``../shared/eval`` beside the checkout: ``gold.default_root``)."""
    return given if given is not None else default_root() / corpus / "dev.jsonl"


def source_rows(corpus: str, given: Path | None = None) -> dict[str, dict[str, Any]]:
    """The public set's articles by id (:func:`source_path`)."""
    path = source_path(corpus, given)
    if not path.exists():
        raise SystemExit(f"{path} not found: give --source PATH or set TALLY_EVAL_ROOT")
    with path.open(encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh)}


def taken_ids(out: Path) -> set[str]:
    """The ids of the articles in every other split beside *out*."""
    taken: set[str] = set()
    for other in out.parent.glob("*.jsonl"):
        if other.name == out.name:
            continue
        with other.open(encoding="utf-8") as fh:
            taken |= {json.loads(line)["id"] for line in fh if line.strip()}
    return taken


def write_split(out: Path, items: Sequence[Mapping[str, Any]]) -> None:
    """Write *items* to *out*, one JSON object a line (UTF-8, not escaped)."""
    with out.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def build(
    gold: Mapping[str, Mapping[str, Any]],
    out: Path,
    *,
    corpus: str,
    line: Callable[[str, Mapping[str, Any], Mapping[str, Any]], Item],
    description: str,
    lengths: tuple[int, int] | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    """A builder's command: read the texts of *corpus* (``--source PATH`` to give the file), make each
    article's line with ``line(id, annotation, source row)``, check them all, and write *out* only
    when nothing is wrong (else print every problem and return 1). *lengths* bounds a text's
    characters where the split was chosen by length. An annotation's ``published_from`` explains a
    publication date its URL does not give."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--source", type=Path, default=None, help=f"the {corpus} dev.jsonl")
    args = parser.parse_args(argv)
    rows = source_rows(corpus, args.source)
    taken = taken_ids(out)
    problems: list[str] = []
    items: list[Item] = []
    for ident, annotation in gold.items():
        if ident in taken:
            problems.append(f"{ident}: already in another split")
        item = line(ident, annotation, rows[ident])
        if lengths is not None and not lengths[0] <= len(item["text"]) <= lengths[1]:
            problems.append(f"{ident}: length {len(item['text'])}")
        found = item_problems(item) + published_problems(item, annotation.get("published_from", ""))
        problems += [f"{ident}: {p}" for p in found]
        items.append(item)
    if problems:
        for p in problems:
            print("FAIL", p, file=sys.stderr)
        return 1
    write_split(out, items)
    counts = {k: sum(len(item[k]) for item in items) for k in FIELDS}
    print(f"wrote {out}: {len(items)} articles, {counts}")
    return 0
