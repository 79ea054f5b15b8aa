"""Reading is streamed: JSONL files and standard input are read one article at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from tally.ingest import RawArticle, Skipped, load_articles
from tally.settings import MAX_FILE_BYTES

SENTENCE = "Riot police detained 12 marchers outside the town hall in Gomel on Friday."


def test_a_jsonl_file_over_the_file_limit_is_read_line_by_line(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": SENTENCE + " " + "x" * 1000}) + "\n"
    count = MAX_FILE_BYTES // len(line) + 50  # the file is over the limit, each line far under it
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(count):
            handle.write(line)
    assert path.stat().st_size > MAX_FILE_BYTES
    items = load_articles([str(path)])
    first = next(items)
    assert isinstance(first, RawArticle) and first.path == f"{path}:1"
    assert sum(1 for _ in items) + 1 == count


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_next_one_read(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "y" * (MAX_FILE_BYTES + 10)}) + "\n")
        handle.write(json.dumps({"text": SENTENCE}) + "\n")
    skipped, kept = list(load_articles([str(path)]))
    assert isinstance(skipped, Skipped) and skipped.path.endswith(":1") and "limit" in skipped.reason
    assert isinstance(kept, RawArticle) and kept.path.endswith(":2") and kept.text == SENTENCE


def test_jsonl_edge_cases_keep_their_one_line_reasons(tmp_path: Path):
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": SENTENCE}).encode() + b"\r\n\r\n")
    (item,) = load_articles([str(bom)])
    assert isinstance(item, RawArticle) and item.text == SENTENCE
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n \n", encoding="utf-8")
    (item,) = load_articles([str(blank)])
    assert isinstance(item, Skipped) and item.reason == "empty file"
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b'{"text": "a\x00b"}\n')
    (item,) = load_articles([str(binary)])
    assert isinstance(item, Skipped) and "binary" in item.reason


def test_stdin_jsonl_is_consumed_as_the_articles_are_asked_for():
    pulled = []

    def stdin() -> Iterator[str]:
        for i in range(1000):
            pulled.append(i)
            yield json.dumps({"text": f"{SENTENCE} ({i})"}) + "\n"

    items = load_articles(["-"], stdin=stdin())
    first, second = next(items), next(items)
    assert isinstance(first, RawArticle) and first.path == "<stdin>:1"
    assert isinstance(second, RawArticle) and second.text.endswith("(1)")
    assert len(pulled) <= 3  # not the whole input


def test_stdin_bytes_over_the_limit_are_read_line_by_line_when_jsonl(monkeypatch):
    import io
    import sys

    line = (json.dumps({"text": SENTENCE + " \u2028 " + "x" * 1000}) + "\r\n").encode()
    count = MAX_FILE_BYTES // len(line) + 20  # over the limit in all, each line far under it
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line * count)))
    items = list(load_articles(["-"]))
    assert len(items) == count and all(isinstance(i, RawArticle) for i in items)
    assert items[-1].path == f"<stdin>:{count}" and "\u2028" in items[0].text  # split at \n only
