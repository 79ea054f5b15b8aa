"""Turn paths (files, directories, ``-`` for stdin) into raw articles, or reasons to skip.

Bad input never stops a run: every file or JSONL line that cannot be used
yields a :class:`Skipped` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from tally.ingest.metadata import split_front_matter, split_leading_date, valid_iso_date
from tally.settings import MAX_FILE_BYTES

LOGGER = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: a UTF-16 code unit on its own: JSON's ``"\\ud800"`` escape and bytes decoded
#: with ``surrogateescape`` (file names, stdin) make them, and no encoder writes them
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

#: byte-order marks, longest first (UTF-32 LE starts with UTF-16 LE's mark)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def scrub_text(text: str) -> str:
    """*text* with every lone surrogate replaced by U+FFFD.

    One character for one, so offsets into the scrubbed text are those of the
    text as read; what is stored and hashed can then always be written as UTF-8.
    """
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def display_path(path: str) -> str:
    """*path* as it can be printed and stored: bytes that were not UTF-8 shown as ``\\xNN``."""
    if not _LONE_SURROGATE.search(path):
        return path
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate that no file name decoding made (a JSON escape)
        return scrub_text(path)
    return raw.decode("utf-8", "backslashreplace")


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
    #: what reading had to change or guess (a detected encoding, replaced characters):
    #: the article is kept, and the run's summary names it with these reasons
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # every text field must be writable as UTF-8: hashing, storing, printing (see scrub_text)
        replaced = 0
        for name in ("text", "title", "url", "outlet", "published"):
            value = getattr(self, name)
            if value is not None:
                clean = scrub_text(value)
                if clean is not value:
                    replaced += sum(a != b for a, b in zip(value, clean, strict=True))
                    object.__setattr__(self, name, clean)
        if replaced:
            note = f"{replaced} lone surrogate(s) replaced by U+FFFD"
            object.__setattr__(self, "notes", (*self.notes, note))
        object.__setattr__(self, "path", display_path(self.path))

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

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", display_path(self.path))
        object.__setattr__(self, "reason", scrub_text(self.reason))


def _decode(data: bytes, path: str, notes: list[str] | None = None) -> str | Skipped:
    """*data* as text; a decoding that had to be guessed is added to *notes*."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                return Skipped(path, f"broken {encoding.upper()} ({err.reason} at byte {err.start})")
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
        if notes is not None:
            notes.append(f"not UTF-8, decoded as {best.encoding} (detected)")
        return str(best)


def _too_big(path: str, size: float) -> Skipped:
    return Skipped(path, f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return kind
    return "a special file"


def read_capped(stream: BinaryIO, path: str) -> bytes | Skipped:
    """At most :data:`MAX_FILE_BYTES` of *stream*: one byte more is the sign that it is too big."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return Skipped(path, f"over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
    return data


def _read_bytes(path: Path) -> bytes | Skipped:
    """The bytes of a regular file; FIFOs and devices (``/dev/zero``) are refused before opening.

    The size from ``stat`` is checked first and the read is capped as well, so
    a file that grows while read, or a size a file system gets wrong, cannot
    exhaust memory.
    """
    try:
        info = path.stat()  # follows symlinks: a link to /dev/zero is a character device
        if not stat.S_ISREG(info.st_mode):
            return Skipped(str(path), f"not a regular file ({_file_kind(info.st_mode)})")
        if info.st_size > MAX_FILE_BYTES:
            return _too_big(str(path), info.st_size)
        with path.open("rb") as handle:
            return read_capped(handle, str(path))
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
        notes=(extracted.note,) if extracted.note else (),
    )


def _parse_int(digits: str) -> int | str:
    """A JSON integer; one too long for ``int`` (Python's 4,300-digit limit) stays a digit string.

    tally reads no number from a JSONL line, so a huge one in some other field
    must not cost the article.
    """
    try:
        return int(digits)
    except ValueError:
        return digits


def _jsonl_lines(content: str) -> Iterator[str]:
    """The lines of a JSONL text: split at ``\\n`` only (``\\r\\n`` too).

    Not ``str.splitlines``: it also splits at U+2028, U+2029, U+0085 and other
    characters that JSON allows raw inside a string, which would cut an article in two.
    """
    for line in content.split("\n"):
        yield line[:-1] if line.endswith("\r") else line


def _from_jsonl(content: str, path: str) -> Iterator[RawArticle | Skipped]:
    for lineno, line in enumerate(_jsonl_lines(content), 1):
        where = f"{path}:{lineno}"
        if not line.strip():
            continue
        try:
            item = json.loads(line, parse_int=_parse_int)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"broken JSON line: {err.msg} at column {err.colno}")
            continue
        except RecursionError:
            yield Skipped(where, "JSON line nested too deeply to read")
            continue
        except ValueError as err:  # e.g. a float literal too long to convert
            yield Skipped(where, f"JSON line cannot be read: {str(err)[:120]}")
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
    """The articles of one file; an unexpected error skips that file only, with its reason."""
    try:
        yield from _load_file_unguarded(path)
    except Exception as err:  # a reader bug on one hostile file must not end the run
        LOGGER.info("reading %s failed", display_path(str(path)), exc_info=True)  # the trace with -v only
        yield Skipped(str(path), f"cannot read: {type(err).__name__}: {str(err)[:200]}")


def _load_file_unguarded(path: Path) -> Iterator[RawArticle | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}")
        return
    data = _read_bytes(path)
    if isinstance(data, Skipped):
        yield data
        return
    notes: list[str] = []
    content = _decode(data, str(path), notes)
    if isinstance(content, Skipped):
        yield content
        return
    if not content.strip():
        yield Skipped(str(path), "empty file")
        return
    yield from _with_notes(_load_content(content, str(path), suffix), notes)


def _with_notes(items: Iterator[RawArticle | Skipped], notes: list[str]) -> Iterator[RawArticle | Skipped]:
    """*items*, each article carrying what reading its file changed (*notes*)."""
    for item in items:
        if notes and isinstance(item, RawArticle):
            item = replace(item, notes=(*notes, *item.notes))
        yield item


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


def _read_stdin(stdin: Iterable[str] | None, notes: list[str]) -> str | Skipped:
    """Standard input as text: its bytes decoded as a file's are (BOM, UTF-8, detection)."""
    if stdin is not None or getattr(sys.stdin, "buffer", None) is None:
        # text already (the library's stdin=, a test's StringIO): only lone surrogates to replace
        text = "".join(stdin) if stdin is not None else sys.stdin.read(MAX_FILE_BYTES + 1)
        clean = scrub_text(text)
        if clean is not text:
            notes.append("invalid characters (lone surrogates) replaced by U+FFFD")
        return clean
    buffer = sys.stdin.buffer
    data = read_capped(buffer, "<stdin>")
    return data if isinstance(data, Skipped) else _decode(data, "<stdin>", notes)


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
            notes: list[str] = []
            content = _read_stdin(stdin, notes)
            if isinstance(content, Skipped):
                yield content
                continue
            if not content.strip():
                yield Skipped("<stdin>", "empty input")
                continue
            try:
                yield from _with_notes(_load_content(content, "<stdin>", _guess_suffix(content)), notes)
            except Exception as err:  # as for a file: the rest of the run goes on
                LOGGER.info("reading <stdin> failed", exc_info=True)  # the trace with -v only
                yield Skipped("<stdin>", f"cannot read: {type(err).__name__}: {str(err)[:200]}")
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
