"""Turn paths (files, directories, ``-`` for stdin) into raw articles, or reasons to skip.

Bad input never stops a run: every file or JSONL line that cannot be used
yields a :class:`Skipped` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import itertools
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
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


def _big_regular_file(path: Path) -> bool:
    """Whether *path* is a regular file over the size limit (anything else is refused or read whole)."""
    try:
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size > MAX_FILE_BYTES


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


def _jsonl_line(line: str, where: str) -> RawArticle | Skipped | None:
    """One JSONL line as an article, a reason to skip it, or None for a blank line."""
    if not line.strip():
        return None
    try:
        item = json.loads(line, parse_int=_parse_int)
    except json.JSONDecodeError as err:
        return Skipped(where, f"broken JSON line: {err.msg} at column {err.colno}")
    except RecursionError:
        return Skipped(where, "JSON line nested too deeply to read")
    except ValueError as err:  # e.g. a float literal too long to convert
        return Skipped(where, f"JSON line cannot be read: {str(err)[:120]}")
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


def _byte_lines(readline: Callable[[int], bytes], path: str) -> Iterator[bytes | Skipped]:
    """The lines of a binary stream (split at ``\n`` only), one at a time; a line over the
    size limit is skipped unread.

    ``readline`` with a limit, not iteration, so one endless line cannot fill memory.
    """
    lineno = 0
    while True:
        line = readline(MAX_FILE_BYTES + 1)
        if not line:
            return
        lineno += 1
        if len(line) > MAX_FILE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the line
                line = readline(MAX_FILE_BYTES + 1)
            yield Skipped(f"{path}:{lineno}", f"JSON line over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
            continue
        yield line


def _stream_jsonl_bytes(readline: Callable[[int], bytes], path: str) -> Iterator[RawArticle | Skipped]:
    """JSONL bytes read line by line: memory holds one article, whatever the input's size.

    The size limit applies to each line (one article), and each line is decoded on its own.
    Used for an input over the limit; one under it is read whole, as any file.
    """
    any_text = False
    try:
        for lineno, line in enumerate(_byte_lines(readline, path), 1):
            if isinstance(line, Skipped):
                yield line
                continue
            where = f"{path}:{lineno}"
            if lineno == 1:
                if line.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    yield Skipped(
                        path, "UTF-16 or UTF-32 JSONL over the size limit (only UTF-8 is read by line)"
                    )
                    return
                if b"\x00" in line[:8192]:
                    yield Skipped(path, "binary file (contains NUL bytes)")
                    return
            notes: list[str] = []
            text = _decode(line, where, notes)
            if isinstance(text, Skipped):
                yield text
                continue
            any_text = any_text or bool(text.strip())
            item = _jsonl_line(text.rstrip("\r\n"), where)
            if item is not None:
                yield from _with_notes(iter([item]), notes)
    except OSError as err:
        yield Skipped(path, f"cannot read: {err.strerror or err}")
        return
    if not any_text:
        yield Skipped(path, "empty file")


class _Prefixed:
    """Bytes already read (*head*) followed by the rest of *stream*, read by line."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = io.BytesIO(head)
        self._stream = stream

    def readline(self, limit: int) -> bytes:
        line = self._head.readline(limit)
        if line.endswith(b"\n") or len(line) >= limit:
            return line
        return line + self._stream.readline(limit - len(line))


def _text_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines of text given in chunks of any size, split at ``\n`` only (see :func:`_jsonl_lines`)."""
    rest = ""
    for chunk in chunks:
        pieces = (rest + chunk).split("\n")
        rest = pieces.pop()
        for piece in pieces:
            yield piece[:-1] if piece.endswith("\r") else piece
    if rest:
        yield rest


def _load_content(content: str, path: str, suffix: str) -> Iterator[RawArticle | Skipped]:
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(_jsonl_lines(content), path)
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
    if suffix in JSONL_SUFFIXES:
        big = _big_regular_file(path)
        if big:  # over the file limit: read line by line, the limit applies to each line
            with path.open("rb") as handle:
                yield from _stream_jsonl_bytes(handle.readline, str(path))
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


def _load_stdin_text(chunks: Iterable[str]) -> Iterator[RawArticle | Skipped]:
    """Standard input given as text: JSONL is read line by line as it arrives; HTML or text whole."""
    lines = iter(chunks)
    head: list[str] = []
    for chunk in lines:
        head.append(chunk)
        if chunk.strip():
            break
    if not "".join(head).strip():
        yield Skipped("<stdin>", "empty input")
        return
    suffix = _guess_suffix("".join(head))
    if suffix in JSONL_SUFFIXES:
        for lineno, line in enumerate(_text_lines(itertools.chain(head, lines)), 1):
            clean = scrub_text(line)
            item = _jsonl_line(clean, f"<stdin>:{lineno}")
            if item is None:
                continue
            notes = [] if clean is line else ["invalid characters (lone surrogates) replaced by U+FFFD"]
            yield from _with_notes(iter([item]), notes)
        return
    text = "".join(itertools.chain(head, lines))
    clean = scrub_text(text)
    notes = [] if clean is text else ["invalid characters (lone surrogates) replaced by U+FFFD"]
    yield from _with_notes(_load_content(clean, "<stdin>", suffix), notes)


def _load_stdin_bytes(buffer: BinaryIO) -> Iterator[RawArticle | Skipped]:
    """Standard input's bytes, decoded as a file's are (BOM, UTF-8, detection).

    Input over the size limit is refused, unless it is JSONL: that is read
    line by line, the limit applying to each line, as for a big JSONL file.
    """
    data = buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        if data.lstrip(b" \t\r\n").removeprefix(codecs.BOM_UTF8).startswith(b"{"):
            yield from _stream_jsonl_bytes(_Prefixed(data, buffer).readline, "<stdin>")
        else:
            yield Skipped("<stdin>", f"over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
        return
    notes: list[str] = []
    content = _decode(data, "<stdin>", notes)
    if isinstance(content, Skipped):
        yield content
        return
    if not content.strip():
        yield Skipped("<stdin>", "empty input")
        return
    yield from _with_notes(_load_content(content, "<stdin>", _guess_suffix(content)), notes)


def _load_stdin(stdin: Iterable[str] | None) -> Iterator[RawArticle | Skipped]:
    """``-``: the library's *stdin* text, else ``sys.stdin`` (its bytes when it has them)."""
    buffer = getattr(sys.stdin, "buffer", None) if stdin is None else None
    if buffer is not None:
        yield from _load_stdin_bytes(buffer)
    else:
        yield from _load_stdin_text(stdin if stdin is not None else sys.stdin)


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
            try:
                yield from _load_stdin(stdin)
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
