"""Turn paths (files, directories, ``-`` for stdin) into raw articles, or reasons to skip.

Bad input never stops a run: every file or JSONL line that cannot be used
yields a :class:`Skipped` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tally.ingest.metadata import split_front_matter, split_leading_date, valid_iso_date
from tally.settings import MAX_FILE_BYTES

LOGGER = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class RawArticle:
    """An article as read, before cleaning."""

    text: str
    path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_from: str = "none"

    @property
    def raw_hash(self) -> str:
        """Hash of what was read: re-reading the same input is recognised before any work."""
        key = "\x1f".join([self.text, self.title or "", self.published or ""])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why."""

    path: str
    reason: str


def _decode(data: bytes, path: str) -> str | Skipped:
    if b"\x00" in data[:8192]:
        return Skipped(path, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            return Skipped(path, f"not UTF-8 ({err.reason} at byte {err.start}) and no encoding detected")
        LOGGER.warning("%s: not UTF-8, decoded as %s", path, best.encoding)
        return str(best)


def _read_bytes(path: Path) -> bytes | Skipped:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Skipped(
                str(path), f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit"
            )
        return path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot read: {err.strerror or err}")


def _from_text(text: str, path: str) -> RawArticle | Skipped:
    meta, body = split_front_matter(text)
    published = valid_iso_date(meta.get("published"))
    published_from = "metadata" if published else "none"
    if published is None:
        published, body = split_leading_date(body)
        published_from = "text" if published else "none"
    if not body.strip():
        return Skipped(path, "empty article")
    return RawArticle(
        text=body,
        path=path,
        title=meta.get("title"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        published=published,
        published_from=published_from,
    )


def _from_html(html: str, path: str) -> RawArticle | Skipped:
    from tally.clean.html import html_to_text

    extracted = html_to_text(html)
    if extracted is None or not extracted.text.strip():
        return Skipped(path, "no article body found in the HTML")
    published = valid_iso_date(extracted.published)
    return RawArticle(
        text=extracted.text,
        path=path,
        title=extracted.title,
        url=extracted.url,
        outlet=extracted.outlet,
        published=published,
        published_from="metadata" if published else "none",
    )


def _from_jsonl(content: str, path: str) -> Iterator[RawArticle | Skipped]:
    for lineno, line in enumerate(content.splitlines(), 1):
        where = f"{path}:{lineno}"
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"broken JSON line: {err.msg} at column {err.colno}")
            continue
        if not isinstance(item, dict):
            yield Skipped(where, "JSON line is not an object")
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Skipped(where, "no 'text' field, or it is empty")
            continue
        published = valid_iso_date(item.get("published") or item.get("date"))
        outlet = item.get("outlet")
        if outlet is None and isinstance(item.get("source"), str):
            outlet = item["source"]
        yield RawArticle(
            text=text,
            path=where,
            title=item.get("title") if isinstance(item.get("title"), str) else None,
            url=item.get("url") if isinstance(item.get("url"), str) else None,
            outlet=outlet if isinstance(outlet, str) else None,
            published=published,
            published_from="metadata" if published else "none",
        )


def _load_content(content: str, path: str, suffix: str) -> Iterator[RawArticle | Skipped]:
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(content, path)
    elif suffix in HTML_SUFFIXES:
        yield _from_html(content, path)
    else:
        yield _from_text(content, path)


def _load_file(path: Path) -> Iterator[RawArticle | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}")
        return
    data = _read_bytes(path)
    if isinstance(data, Skipped):
        yield data
        return
    content = _decode(data, str(path))
    if isinstance(content, Skipped):
        yield content
        return
    if not content.strip():
        yield Skipped(str(path), "empty file")
        return
    yield from _load_content(content, str(path), suffix)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under *directory*, sorted, hidden ones left out; unreadable folders reported."""

    def on_error(err: OSError) -> None:
        LOGGER.warning("cannot list %s: %s", err.filename, err.strerror)

    for root, dirs, files in os.walk(directory, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _guess_suffix(content: str) -> str:
    head = content.lstrip()[:200].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith("<"):
        return ".html"
    return ".txt"


def load_articles(
    paths: Iterable[str | Path], *, stdin: Iterable[str] | None = None
) -> Iterator[RawArticle | Skipped]:
    """Yield a :class:`RawArticle` or a :class:`Skipped` for every input.

    :param paths: files, directories (walked recursively; only supported
        suffixes are read there) or ``-`` for standard input.
    :param stdin: what ``-`` reads (``sys.stdin`` when None).
    """
    for given in paths:
        if str(given) == "-":
            content = "".join(stdin if stdin is not None else sys.stdin)
            if not content.strip():
                yield Skipped("<stdin>", "empty input")
                continue
            yield from _load_content(content, "<stdin>", _guess_suffix(content))
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield from _load_file(file)
        elif path.exists():
            yield from _load_file(path)
        else:
            yield Skipped(str(path), "no such file or directory")
