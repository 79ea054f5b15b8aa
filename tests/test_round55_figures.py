"""Round 55 (issue 13): figures of whole real articles, read by mechanism. Sentences are our own.

- a count under "would have" + participle tells what did not happen, so the verb gives it no
  category ("These 18 soldiers would have died without help" is the 18 soldiers told before);
- who tells what a named witness saw gives the count ("Officer X saw three men …, spokesman Y
  said");
- "a.m."/"p.m." before a day ("at 1:20 a.m. Saturday, …") ends no sentence;
- a crowd that surrounds a building in a story of protests is its crowd.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str, list[str]]]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return [
        (f.value, f.category, [names[e] for e in f.asserted_by + f.confirmed_by]) for f in article.figures
    ]


def test_would_have_died_is_the_count_told_before() -> None:
    text = (
        "Eighteen soldiers who fought in the war are being tested for the virus. "
        '"These 18 soldiers would almost certainly have died without help," said the minister, Tom Hale.'
    )
    figures = _figures(text)
    assert [(v, c) for v, c, _ in figures] == [(18, "other")], figures
    assert "Tom Hale" in figures[0][2], figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty passengers would have been killed if the bridge had fallen, the mayor said.",
        "Without the warning, 40 villagers would have died in the flood, the mayor said.",
    ],
)
def test_would_have_been_killed_is_no_toll(sentence: str) -> None:
    figures = _figures(sentence)
    assert [c for v, c, _ in figures if v == 40] == ["other"], figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Officer Jane Brown saw three men running from a shop on Friday, police spokesman Tom Hale said.",
        "Police spokesman Tom Hale said Officer Jane Brown saw three men running from a shop.",
        "Officer Jane Brown saw three men running from a shop at 1:20 a.m. Saturday, police spokesman "
        "Tom Hale said.",
    ],
)
def test_who_tells_what_a_named_witness_saw_gives_the_count(sentence: str) -> None:
    figures = _figures(sentence)
    assert [v for v, _, _ in figures] == [3], figures
    assert "Tom Hale" in figures[0][2], figures


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A car hit two cyclists at 1:20 a.m. Saturday, police spokesman Tom Hale said.", "Saturday"),
        ("The hearing will open at 8:30 a.m. May 4 in the county court.", "May"),
        ("The fire began at 2:46 a.m. Saturday, March 21, at the house.", "Saturday"),
    ],
)
def test_a_day_after_a_clock_time_ends_no_sentence(text: str, day: str) -> None:
    from tally.bench import DEFAULT_MODEL
    from tally.nlp.load import load_model

    doc = load_model(DEFAULT_MODEL)(text)
    tok = next(t for t in doc if t.text == day)
    assert not tok.is_sent_start, [s.text for s in doc.sents]


def test_a_sentence_after_a_clock_time_still_starts() -> None:
    from tally.bench import DEFAULT_MODEL
    from tally.nlp.load import load_model

    doc = load_model(DEFAULT_MODEL)("The fire started at 2:46 a.m. Saturday, March 21.\n\nSunday was calm.")
    assert [s.text.strip() for s in doc.sents][-1] == "Sunday was calm.", [s.text for s in doc.sents]
    tok = next(t for t in doc if t.text == "Saturday")
    assert not tok.is_sent_start


@pytest.mark.parametrize("verb", ["surround", "surrounded", "encircled", "besieged"])
def test_a_crowd_round_a_building_is_the_crowd(verb: str) -> None:
    text = f"Protests against the bill went on for a week. On Monday, 3,000 students {verb} the parliament."
    assert [(v, c) for v, c, _ in _figures(text)] == [(3000, "protesters")], _figures(text)
