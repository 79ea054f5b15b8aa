"""A small corpus for the ``tally serve`` tests: two reports of one strike, and hostile articles.

The hostile articles carry OWASP XSS filter-evasion payloads (cheat sheet
forms, written out here) in their text, titles, outlets, speaker names and
URLs; the pages must show them as text and run none of them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

STRIKE = [
    {
        "title": "Police fire on striking dock workers in Mombasa",
        "outlet": "Harbour Post",
        "url": "https://harbour-post.example/mombasa-strike",
        "published": "2025-03-02",
        "text": (
            "Police shot dead 14 dock workers during a strike in Mombasa on Saturday, the Kenya Dockers "
            "Union said.\n\nUnion leader Amina Otieno said: \u201cThey fired into the crowd without any "
            "warning.\u201d\n\nThe interior ministry said that 3 people died in the port."
        ),
    },
    {
        "title": "Union says 14 killed at Mombasa port",
        "outlet": "Coast Daily",
        "url": "https://coast-daily.example/port",
        "published": "2025-03-03",
        "text": (
            "At least 14 people were killed in Mombasa on Saturday when police opened fire on striking "
            "dock workers, according to the Kenya Dockers Union.\n\nInterior minister Paul Kamau told "
            "reporters that only 3 people had died."
        ),
    },
]

#: OWASP filter-evasion forms: each would run ``alert`` if a page let it through
PAYLOADS = [
    "<script>alert('XSS')</script>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
    "<svg/onload=alert(1)>",
    "<BODY ONLOAD=alert('XSS')>",
    '"><script>alert(String.fromCharCode(88,83,83))</script>',
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "'';!--\"<XSS>=&{()}",
    "<img src=x onerror=alert(1)//",
    "</title><script>alert(2)</script>",
    "<details open ontoggle=alert(3)>",
    "{{7*7}} ${alert(4)}",
]

HOSTILE = [
    {
        "title": "</title><script>alert('title')</script> Crackdown in Kisumu",
        "outlet": "<img src=x onerror=alert('outlet')>",
        "url": "javascript:alert('url')",
        "published": "2025-03-04",
        "text": (
            "Police arrested 40 students in Kisumu on Monday, the <script>alert('XSS')</script> Students "
            "Council said.\n\nMaria <svg/onload=alert(1)> Wanjiru said: \u201cThey took 40 of us "
            "<img src=x onerror=alert(1)//> to the station.\u201d\n\n" + " ".join(PAYLOADS)
        ),
    },
    {
        "title": "<svg/onload=alert('t2')> Teachers march in Nakuru",
        "outlet": 'Lake "><script>alert(5)</script> Times',
        "url": "https://lake.example/\"><script>alert('u2')</script>",
        "published": "2025-03-05",
        "text": (
            "About 2,000 teachers marched in Nakuru on Tuesday, said <b onmouseover=alert(6)>Peter "
            "Ochieng</b>, a union official.\n\n\u201c<IMG SRC=javascript:alert(&quot;XSS&quot;)> We will "
            "not stop,\u201d said John <details open ontoggle=alert(3)> Mwangi."
        ),
    },
]


def write_jsonl(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def serve_db_master(tmp_path_factory, nlp) -> Path:
    """The analysed and linked corpus, built once; tests take a copy (:func:`serve_db`)."""
    import tally

    folder = tmp_path_factory.mktemp("serve_corpus")
    write_jsonl(folder / "strike.jsonl", STRIKE)
    write_jsonl(folder / "hostile.jsonl", HOSTILE)
    db = folder / "master.db"
    with tally.Corpus(db) as corpus:
        report = corpus.add_files([folder / "strike.jsonl", folder / "hostile.jsonl"])
        assert report.stored == 4, report.skipped
        corpus.link()
    return db


@pytest.fixture
def serve_db(serve_db_master: Path, tmp_path: Path) -> Path:
    """A copy of the serve corpus that a test may write to."""
    db = tmp_path / "serve.db"
    shutil.copy(serve_db_master, db)
    return db
