"""Round 39 (issue 14 §1): who acts, read on fresh text (docs/history/events.md, "thirty-ninth round — event actors
and targets").

Constructions where the syntax names the wrong party:

- a happening as the subject of a verb of harm ("a blaze injured three workers", "the explosion killed
  four miners", "heavy shelling destroyed a school"): an event noun, an accident or a harm
  (``lang/en/events/harm_nouns.txt``) is no party; its doer is, where the phrase names one ("*Russian*
  shelling", "an attack *by gunmen*"), else none;
- a past participle with no auxiliary right after its noun, the parser's "subject" ("Local man
  *arrested* after standoff", "Mum *jailed* for fake passport"): a headline's passive, the noun its
  target and the "by" phrase its actor.

Every sentence here is new (none from a gold set, RAMS, the news halves or the CAMEO manual); each
test checks the trigger's offsets against the text.
"""

from __future__ import annotations

import pytest

import tally


def _event_at(text: str, word: str):
    at = text.index(word)
    found = [e for e in tally.analyze(text).events if e.trigger[0] <= at < e.trigger[1]]
    assert found, f"no event on {word!r}"
    event = found[0]
    assert text[event.trigger[0] : event.trigger[1]].startswith(word)
    return event


@pytest.mark.parametrize(
    ("text", "word", "actor", "target"),
    [
        (
            "A blaze gutted a warehouse in the port district and injured three workers.",
            "injured",
            None,
            "three workers",
        ),
        ("The explosion killed four miners at the site on Monday.", "killed", None, "four miners"),
        ("Heavy shelling killed two children in the eastern suburbs.", "killed", None, "two children"),
        ("An attack by gunmen killed five villagers near the border.", "killed", "gunmen", "five villagers"),
        ("Russian shelling destroyed a school in the town.", "destroyed", "Russian", None),
    ],
)
def test_a_happening_is_no_actor(text: str, word: str, actor: str | None, target: str | None) -> None:
    event = _event_at(text, word)
    assert event.actor_text == actor
    if target is not None:
        assert event.target_text is not None and target in event.target_text


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Soldiers killed four miners at the site on Monday.", "killed", "Soldiers"),  # a party
        ("A patrol killed two suspected smugglers near the river.", "killed", "A patrol"),  # a unit
        ("The opposition boycotted the vote in the capital.", "boycotted", "The opposition"),
        (
            "The Arab summit urged Israel to withdraw from the occupied territories.",
            "urged",
            "The Arab summit",
        ),
    ],
)
def test_guard_a_party_as_subject_stays_the_actor(text: str, word: str, actor: str) -> None:
    assert _event_at(text, word).actor_text == actor


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("Opposition activist jailed for insulting the president.", "jailed", "Opposition activist"),
        ("Local man arrested after standoff with deputies.", "arrested", "Local man"),
        ("Two journalists detained in the capital", "detained", "Two journalists"),
    ],
)
def test_a_bare_participle_headline_is_passive(text: str, word: str, target: str) -> None:
    event = _event_at(text, word)
    assert event.actor_text is None
    assert event.target_text == target


def test_a_bare_participle_keeps_its_agent() -> None:
    event = _event_at("Student shot by police during march", "shot")
    assert (event.actor_text, event.target_text) == ("police", "Student")


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Police arrested the men on Tuesday.", "arrested", "Police"),  # a finite verb with its object
        ("The guards have detained the two reporters.", "detained", "The guards"),  # an auxiliary
        ("She welcomed the pledge the rebels made to free the hostages.", "free", "the rebels"),  # relative
    ],
)
def test_guard_a_finite_verb_keeps_its_subject(text: str, word: str, actor: str) -> None:
    assert _event_at(text, word).actor_text == actor


def test_offsets_of_trigger_and_target() -> None:
    text = "Local man arrested after standoff with deputies."
    event = _event_at(text, "arrested")
    assert text[event.trigger[0] : event.trigger[1]] == "arrested"
    assert event.target_text is not None
    at = text.index(event.target_text)
    assert text[at : at + len(event.target_text)] == "Local man" and at + len("Local man") < event.trigger[0]
