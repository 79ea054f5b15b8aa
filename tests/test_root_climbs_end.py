"""Climbs up the parse stop at the sentence's root, whatever the root is.

spaCy makes a new ``Token`` object on every access, so ``tok.head is tok`` is never true, even
at the root (whose head is itself): a climb guarded that way never stops at a root that fails
its other test. "Their protest." (a noun for root, a possessive "their") hung the events
extractor for ever. These sentences were written for this test.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tally.pipeline import analyze


class _StillRunning(BaseException):
    """Raised by the alarm; a BaseException, so no ``except Exception`` of the pipeline (which
    skips a failing extractor and goes on) can swallow it."""


@contextmanager
def _at_most(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: a SIGALRM after *seconds* raises in the test."""

    def _expired(signum: int, frame: object) -> None:
        raise _StillRunning(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    "text",
    [
        "Their protest.\n\nPolice detained six students in Mombasa on Friday.",
        "Its biggest march in years.",
        "Her arrest, and their strike at the port.",
    ],
)
def test_a_possessive_event_noun_as_the_root_ends(nlp: object, text: str) -> None:
    with _at_most(30):
        article = analyze(text, published="2021-05-07")
    for event in article.events:
        start, end = event.trigger
        assert 0 <= start < end <= len(article.text)
