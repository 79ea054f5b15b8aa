"""Turn paths (files, directories, ``-`` for stdin) into raw articles, or reasons to skip.

Bad input never stops a run: every file or JSONL line that cannot be used
yields a :class:`Skipped` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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


def _jsonl_line(line: str, where: str) -> RawArticle | Skipped | None:
    """One JSONL line as an article, a reason to skip it, or None for a blank line."""
    if not line.strip():
        return None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        return Skipped(where, f"broken JSON line: {err.msg} at column {err.colno}")
    if not isinstance(item, dict):
        return Skipped(where, "JSON line is not an object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, "no 'text' field, or it is empty")
    published = valid_iso_date(item.get("published") or item.get("date"))
    outlet = item.get("outlet")
    if outlet is None and isinstance(item.get("source"), str):
        outlet = item["source"]
    return RawArticle(
        text=text,
        path=where,
        title=item.get("title") if isinstance(item.get("title"), str) else None,
        url=item.get("url") if isinstance(item.get("url"), str) else None,
        outlet=outlet if isinstance(outlet, str) else None,
        published=published,
        published_from="metadata" if published else "none",
    )


def _from_jsonl(lines: Iterable[str], path: str) -> Iterator[RawArticle | Skipped]:
    for lineno, line in enumerate(lines, 1):
        item = _jsonl_line(line, f"{path}:{lineno}")
        if item is not None:
            yield item


def _byte_lines(handle: BinaryIO, path: str) -> Iterator[bytes | Skipped]:
    """The lines of a binary file, one at a time; a line over the size limit is skipped unread.

    ``readline`` with a limit, not iteration, so one endless line cannot fill memory.
    """
    lineno = 0
    while True:
        line = handle.readline(MAX_FILE_BYTES + 1)
        if not line:
            return
        lineno += 1
        if len(line) > MAX_FILE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the line
                line = handle.readline(MAX_FILE_BYTES + 1)
            yield Skipped(f"{path}:{lineno}", f"JSON line over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
            continue
        yield line


def _stream_jsonl(path: Path) -> Iterator[RawArticle | Skipped]:
    """A JSONL file read line by line: memory holds one article, whatever the file's size.

    The file-size limit applies to each line (one article), not to the file.
    """
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Skipped(str(path), f"cannot read: {err.strerror or err}")
        return
    any_text = False
    with handle:
        try:
            for lineno, line in enumerate(_byte_lines(handle, str(path)), 1):
                if isinstance(line, Skipped):
                    yield line
                    continue
                if lineno == 1 and b"\x00" in line[:8192]:
                    yield Skipped(str(path), "binary file (contains NUL bytes)")
                    return
                text = _decode(line, f"{path}:{lineno}")
                if isinstance(text, Skipped):
                    yield text
                    continue
                if lineno == 1:
                    text = text.removeprefix("\ufeff")
                any_text = any_text or bool(text.strip())
                item = _jsonl_line(text, f"{path}:{lineno}")
                if item is not None:
                    yield item
        except OSError as err:
            yield Skipped(str(path), f"cannot read: {err.strerror or err}")
            return
    if not any_text:
        yield Skipped(str(path), "empty file")


def _load_content(content: str, path: str, suffix: str) -> Iterator[RawArticle | Skipped]:
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(content.splitlines(), path)
    elif suffix in HTML_SUFFIXES:
        yield _from_html(content, path)
    else:
        yield _from_text(content, path)


def _load_file(path: Path) -> Iterator[RawArticle | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _stream_jsonl(path)
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


def _load_stdin(stream: Iterable[str]) -> Iterator[RawArticle | Skipped]:
    """Standard input: JSONL is read line by line as it arrives; HTML or text whole."""
    lines = iter(stream)
    head: list[str] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if not "".join(head).strip():
        yield Skipped("<stdin>", "empty input")
        return
    suffix = _guess_suffix("".join(head))
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl((piece.rstrip("\r\n") for piece in itertools.chain(head, lines)), "<stdin>")
        return
    content = "".join(itertools.chain(head, lines))
    yield from _load_content(content, "<stdin>", suffix)


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
            yield from _load_stdin(stdin if stdin is not None else sys.stdin)
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
