"""Framing flags: name-calling and loaded language, with their sentence."""

from __future__ import annotations

import pytest

from tally.extract.context import ExtractContext
from tally.extract.framing import extract_flags

pytestmark = pytest.mark.model


def _flags(nlp, text):
    ctx = ExtractContext(doc=nlp(text), entities=None)
    return [(f.kind, f.text) for f in extract_flags(ctx)], extract_flags(ctx)


def test_framing_flags_name_calling_of_protesters(nlp):
    found, flags = _flags(nlp, "The minister said the thugs who blocked the roads would be punished.")
    assert ("name_calling", "thugs") in found
    text = "The minister said the thugs who blocked the roads would be punished."
    for flag in flags:
        assert text[flag.start : flag.end] == flag.text
        assert flag.evidence == (0, len(text))


def test_framing_flags_loaded_language(nlp):
    found, _ = _flags(nlp, "Security forces massacred 40 villagers in a horrific crackdown.")
    assert ("loaded_language", "massacred") in found
    assert ("loaded_language", "horrific") in found


def test_framing_flags_street_gangs_as_one_label(nlp):
    found, _ = _flags(nlp, "The terms used for dissidents were street gangs and worse.")
    assert ("name_calling", "street gangs") in found


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 12 students outside the university on Monday.",
        "The guards at the border crossing checked the papers of every traveller.",
        "Court officials said the trial would resume next week.",
    ],
)
def test_framing_flags_leave_neutral_reporting_alone(nlp, text):
    found, _ = _flags(nlp, text)
    assert found == []
