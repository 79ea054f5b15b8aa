"""A folder of hostile inputs: what a scraper or a careless user hands tally.

:func:`write_hostile_folder` writes every case of :data:`CASES` into a
folder; ``tests/test_hostile.py`` runs ``tally analyze`` on it and checks that
the run reaches the end (exit 3), that every input that cannot be used is
named with its reason, and that the good articles are stored.

To add a case, append a :class:`Case` to :data:`CASES`: a file name (``str``,
or ``bytes`` for a name that is not valid UTF-8), its content (``bytes``, or a
callable that creates the file itself: a FIFO, a symlink), what the run must
do with it (``"stored"``: at least one article stored from it; ``"skipped"``:
named in the summary with a reason holding ``reason``) and, for stored cases,
a phrase the stored text must hold and the words of the change (``changed``)
the summary must name it with when reading had to change or guess something.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.hostile_texts import HOSTILE_TEXTS

#: a plain article, distinct per case (the case name goes into it so that no two are one article)
BODY = (
    "Riot police detained {n} students outside the university in Minsk on Sunday, "
    "the Viasna rights group said. Witnesses said officers beat several of them.\n\n"
    "The students had gathered to protest against the expulsion of classmates.\n"
)


def body(tag: str, n: int = 12) -> str:
    """An article holding *tag*, so that every case is an article of its own."""
    return f"{tag}\n\n" + BODY.format(n=n)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)  # points at itself


def _nested_divs(depth: int) -> bytes:
    article = "<p>" + BODY.format(n=31).replace("\n\n", "</p><p>") + "</p>"
    html = (
        "<html><head><title>Deep page</title></head><body>"
        + "<div>" * depth
        + "<article>"
        + article
        + "</article>"
        + "</div>" * depth
        + "</body></html>"
    )
    return html.encode("utf-8")


def _jsonl(*items: dict[str, object] | str) -> bytes:
    lines = [item if isinstance(item, str) else json.dumps(item) for item in items]
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Case:
    """One hostile input and what a run must do with it."""

    name: str | bytes
    content: bytes | Callable[[Path], None]
    expect: str  # "stored" | "skipped"
    reason: str = ""  # for "skipped": words of the reason shown
    holds: str = ""  # for "stored": a phrase of the stored text
    changed: str = ""  # for "stored": words of the change the summary names it with


CASES: list[Case] = [
    Case("good.txt", body("A plain article.", 40).encode(), "stored", holds="A plain article."),
    # lone surrogates: a JSON escape, a file name that is not UTF-8
    Case(
        "surrogate.jsonl",
        _jsonl('{"text": "Lone \\ud800 surrogate. ' + BODY.format(n=13).replace("\n", "\\n") + '"}'),
        "stored",
        holds="Lone \ufffd surrogate.",
        changed="lone surrogate",
    ),
    Case(b"name-\xff-latin1.txt", body("A file named in Latin-1.", 14).encode(), "stored"),
    # JSONL: huge numbers, deep nesting, line separators inside strings
    Case(
        "bignumber.jsonl",
        _jsonl('{"text": ' + json.dumps(body("Big number line.", 15)) + ', "views": ' + "9" * 5000 + "}"),
        "stored",
        holds="Big number line.",
    ),
    Case("deep.jsonl", _jsonl("[" * 100_000), "skipped", reason="nested"),
    Case(
        "separators.jsonl",
        _jsonl({"text": body("Line\u2028separator,\u2029paragraph\u0085next line.", 16)}),
        "stored",
        holds="Line\u2028separator",
    ),
    Case("broken.jsonl", _jsonl('{"text": "no end'), "skipped", reason="broken JSON line"),
    # encodings
    Case("utf16.txt", body("Sixteen bits.", 17).encode("utf-16"), "stored", holds="Sixteen bits."),
    Case("utf32.txt", body("Thirty-two bits.", 18).encode("utf-32"), "stored", holds="Thirty-two bits."),
    Case("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "skipped", reason="binary"),
    Case(
        "half-utf16.txt", b"\xff\xfe" + "Odd bytes.".encode("utf-16-le") + b"\x00", "skipped", reason="UTF-16"
    ),
    Case(
        "crlf.jsonl",
        _jsonl({"text": body("Windows line ends.", 23)}).replace(b"\n", b"\r\n"),
        "stored",
        holds="Windows line ends.",
    ),
    # HTML nested deeper than a parser's limit
    Case(
        "deep.html",
        _nested_divs(10_000),
        "stored",
        holds="Riot police detained 31 students",
        changed="nested deeper",
    ),
    Case(
        "latin1.txt",
        body("Caf\xe9 cr\xe8me na\xefve r\xe9sum\xe9 \xe0 la fa\xe7on fran\xe7aise.", 22).encode("latin-1"),
        "stored",
        holds="Café crème",
        changed="not UTF-8",
    ),
    # special files
    Case("fifo.txt", _fifo, "skipped", reason="not a regular file"),
    Case("zero.txt", _dev_zero, "skipped", reason="not a regular file"),
    Case("loop.txt", _symlink_loop, "skipped", reason="cannot read"),
    Case("huge.txt", b"word " * 1_100_000, "skipped", reason="limit"),
    # text that rich would take for markup
    Case("markup [/] [bold]name.txt", body("Markup in the file name.", 19).encode(), "stored"),
    Case(
        "markup-title.md",
        (
            "---\ntitle: Closing [/bold] tag [red]in the title\noutlet: [/] Wire\n---\n"
            + body('"Stop [/bold] now," a protester shouted.', 20)
        ).encode(),
        "stored",
        holds="[/bold]",
    ),
    # spreadsheet formulas from article text
    Case(
        "formula.md",
        (
            '---\ntitle: =HYPERLINK("http://evil.example","Caspian Wire")\n'
            'outlet: =HYPERLINK("http://evil.example","Caspian Wire")\n---\n' + body("Formula outlet.", 21)
        ).encode(),
        "stored",
    ),
    Case("empty.txt", b"", "skipped", reason="empty"),
]

# the extractor side (tests/hostile_texts.py): odd digits, extreme dates and long generated
# texts once made a stage raise or run superlinear; each is stored with all its records
CASES += [Case(f"text-{name}.txt", text.encode(), "stored") for name, text in HOSTILE_TEXTS]


def write_hostile_folder(folder: Path, cases: list[Case] | None = None) -> list[Case]:
    """Write every case into *folder* (created); return the cases written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in CASES if cases is None else cases:
        target = (
            Path(os.fsdecode(os.path.join(os.fsencode(folder), case.name)))
            if isinstance(case.name, bytes)
            else folder / case.name
        )
        target.parent.mkdir(parents=True, exist_ok=True)  # a name holding "/" makes a folder
        if callable(case.content):
            case.content(target)
        else:
            target.write_bytes(case.content)
        written.append(case)
    return written


def display_name(case: Case) -> str:
    """The case's file name as tally shows it (bytes that are not UTF-8 as ``\\xNN``)."""
    if isinstance(case.name, bytes):
        return case.name.decode("utf-8", "backslashreplace")
    return case.name
