"""Round 29, second quotes helper: a straight quote left open, and a quote an article restates."""

from __future__ import annotations

from tally.extract.quotes.marks import find_marked_spans
from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a straight mark that opens a word while a straight quote is open --------------------------
# The writer never closed the first quote: it ends where the next one opens, as a second
# opening curly mark already did.


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


def test_a_straight_opener_inside_an_open_straight_quote_starts_a_new_quote() -> None:
    text = (
        'She said that "the beds will come in a week. "Given how fast it spreads, we open now," she said.\n'
    )
    assert _spans(text) == ["the beds will come in a week.", "Given how fast it spreads, we open now,"]


def test_an_unclosed_quote_no_longer_swallows_the_next_fragment(nlp):
    text = (
        '"We will keep the pool open all summer. Swimmers were worried, but the '
        'water board told parents that the samples "were within safe limits". Few believed it.\n'
    )
    quotes, _ = _quotes(nlp, text)
    assert _with(quotes, "were within safe limits")


def test_the_next_quote_after_an_unclosed_one_gets_its_own_cue(nlp):
    text = (
        'A ward nurse said that "the new beds should arrive within a week, and staff will be trained by then. '
        '"Given how fast the virus is moving, the hospital has chosen to open a second wing now," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Given how fast")
    assert len(hits) == 1 and hits[0].text.startswith("Given how fast")
    assert "nurse" in _name(hits[0], entities)


def test_guard_closing_marks_after_words_still_close() -> None:
    # guard: a mark after a word or punctuation closes, also before a word ("more"word)
    text = '"We will not leave," said Ana Ruiz. "Never," she added. He called it "fair"enough.\n'
    assert _spans(text) == ["We will not leave,", "Never,", "fair"]


def test_guard_a_closing_mark_after_a_space_before_a_space_closes() -> None:
    text = '"We are ready " the coach said, "and we will win."\n'
    assert _spans(text) == ["We are ready", "and we will win."]


# -- a quote restated word for word (a caption or a pull quote above the body) -----------------


def test_a_caption_repeating_a_body_quote_is_one_quote_with_the_body_speaker(nlp):
    text = (
        "The shelter on Dock Street opened in May with forty beds. Photo Credit: City Hall "
        '"Our doors stay open to every family that needs a bed." Photo Credit: City Hall\n\n'
        "The shelter took in its first families within a week, and the city has promised to pay for "
        "a second floor next year.\n\nDozens of families have slept there since. "
        '"Our doors stay open to every family that needs a bed," the director, Ana Ruiz, said on Friday.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Our doors stay open")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ana Ruiz"


def test_guard_the_same_words_from_two_speakers_stay_two_quotes(nlp):
    text = (
        '"Our doors stay open to every family that needs a bed," the director, Ana Ruiz, said on Friday. '
        'An hour later, Tom Haas, the mayor, told reporters: "Our doors stay open to every family that needs a bed."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Our doors stay open")
    assert sorted(_name(q, entities) for q in hits) == ["Ana Ruiz", "Tom Haas"]


def test_guard_short_words_said_twice_stay_two_quotes(nlp):
    # guard: a short line said twice by one speaker ("We want work") is said twice
    text = '"We want work," Ana Ruiz said at the gate. The crowd cheered. "We want work," she said again.\n'
    quotes, _ = _quotes(nlp, text)
    assert len(_with(quotes, "We want work")) == 2


def test_guard_long_words_said_twice_with_cues_stay_two_quotes(nlp):
    # guard: a speaker who repeats a sentence, each time with a cue, said it twice
    text = (
        '"Our doors stay open to every family that needs a bed," Ana Ruiz said in May. '
        'In June she told the council: "Our doors stay open to every family that needs a bed."\n'
    )
    quotes, _ = _quotes(nlp, text)
    assert len(_with(quotes, "Our doors stay open")) == 2
