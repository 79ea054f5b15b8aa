"""Round 33 (issue 14 §1): which code path decided an event's type, on sentences of our own.

``eval/plover_own/decided_by.py`` names, for the first event of a sentence, the extractor's
generator that produced it (and ``+refined`` when a later rule changed the type it gave); it is
how this round counted the wire sets' type errors by path. No extraction rule changed this round:
every class that recurred across work halves was a labelling convention on which PLOVER dev sides
with tally (see README, "Round 33"). Every sentence here is new (none from a gold set or the CAMEO
manual).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def decided_by() -> ModuleType:
    path = ROOT / "eval" / "plover_own" / "decided_by.py"
    spec = importlib.util.spec_from_file_location("decided_by", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["decided_by"] = module
    spec.loader.exec_module(module)
    return module


def test_plain_verb_is_the_verb_list(decided_by: ModuleType) -> None:
    text = "Riot police detained eleven dockworkers outside the harbour gates on Tuesday."
    event, path = decided_by.path_of(text)
    assert event.type == "COERCE"
    assert text[event.trigger[0] : event.trigger[1]] == "detained"
    assert path == "_verb_trigger:verb"


def test_future_promise_is_a_refinement(decided_by: ModuleType) -> None:
    # the verb list gives AID; the modality rule makes an announced future gift PLOVER's AGREE
    event, path = decided_by.path_of("Norway will provide the flooded valley with two mobile clinics.")
    assert event.type == "AGREE"
    assert path == "_verb_trigger:verb+refined"


def test_no_event_is_none(decided_by: ModuleType) -> None:
    event, path = decided_by.path_of("The valley is known for its apricot orchards and cold winters.")
    assert event is None
    assert path == "none"


def test_recording_puts_the_extractor_back(decided_by: ModuleType) -> None:
    from tally.extract.events import extractor

    before = extractor._verb_trigger
    seen: dict[int, tuple[str, str, str]] = {}
    with decided_by.recording(seen):
        assert extractor._verb_trigger is not before
    assert extractor._verb_trigger is before


def test_readable_half_never_held(decided_by: ModuleType) -> None:
    assert decided_by._work_half("wire9") == "tune"
    assert decided_by._work_half("wire27") == "work"
