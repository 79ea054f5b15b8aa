"""Round 64: quotes and their speakers. Sentences are our own.

The subject of a passive verb of reporting speaks its infinitive: "X is reported to have told Y:
“…”" is X's, not Y's (the infinitive has no subject of its own, so the cue's object was taken).
"""

from __future__ import annotations

import pytest

from tests._quote_records import speaker_of

pytestmark = pytest.mark.model


def test_the_subject_of_a_passive_report_speaks_its_infinitive() -> None:
    text = (
        "Police fired on strikers at the mill in Arden on Friday, killing six.\n\n"
        "The regional commander, Colonel Mark Hale, led the operation. Col. Hale is reported to have "
        'told the governor: "The mill is quiet now. If nobody listens to them, it will start again '
        'next spring."'
    )
    speaker = speaker_of(text, "The mill is quiet now")
    assert speaker is not None and "Hale" in speaker, speaker


def test_a_passive_said_to_have_written_is_its_subjects() -> None:
    text = (
        "Dockers marched on the port offices in Velmar on Tuesday.\n\n"
        "The union's founder, Petra Lund, was said to have written to the minister: "
        '"Every man you shoot will bring ten more to the gates."'
    )
    speaker = speaker_of(text, "Every man you shoot")
    assert speaker is not None and "Lund" in speaker, speaker


def test_an_active_told_keeps_its_own_subject() -> None:
    # guard: no passive, no raising; the one who told speaks, not the one told
    text = (
        "Dockers marched on the port offices in Velmar on Tuesday.\n\n"
        'Colonel Mark Hale told the governor: "The port is quiet now, and it will stay quiet."'
    )
    speaker = speaker_of(text, "The port is quiet now")
    assert speaker is not None and "Hale" in speaker, speaker
