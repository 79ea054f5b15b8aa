"""Round 29, quotes: the scorer's speaker match for countries and initials, and the extractor's rules."""

from __future__ import annotations

import pytest

from tally.evaluate.reports import _speaker_right, content_words, share_content_word
from tally.records import Quote


def _said_by(name: str) -> Quote:
    return Quote(id="q1", kind="direct", start=0, end=5, text="words", speaker_name=name, evidence=(0, 5))


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Norway", "Norway"),  # a country speaker matched nothing, not even itself
        ("the United States", "the U.S."),
        ("U.K. Mission to the OSCE", "the United Kingdom"),  # the bare country stands for its mission
        ("the United Nations", "the U.N."),  # initials as written
        ("International Labour Organization", "ILO"),
    ],
)
def test_scorer_speaker_country_alone_and_initials(gold: str, predicted: str) -> None:
    assert not share_content_word(gold, [predicted])  # the old test: no content word in common
    assert _speaker_right(gold, _said_by(predicted), {})


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Norwegian fishermen", "Norwegian officials"),  # country words still tell no one apart
        ("Norway", "Sweden"),
        ("the United Nations", "UNICEF"),
        ("Ivo Lund", "il"),  # initials only count when written as capitals
    ],
)
def test_scorer_speaker_guards(gold: str, predicted: str) -> None:
    assert not _speaker_right(gold, _said_by(predicted), {})


def test_content_words_still_drop_countries() -> None:
    assert content_words("three Norwegian harbour officials") == {"harbour", "officials"}


# -- the extractor: a cue after a quote that ends its own sentence --------------------------------
# A verb of replying in the next sentence answers the quote and names someone else; a past
# participle of a noun ("a firm called …", "the added duty") is no verb of saying at all.

from tests.test_extract_quotes import _quotes  # noqa: E402
from tests.test_quotes_round5 import _name, _with  # noqa: E402


def test_a_reply_in_the_next_sentence_is_not_the_question_s_cue(nlp):
    text = (
        "Councillor Ruth Kerr asked the board at the last hearing. "
        '"How many plants in Salem hold permits for toxic emissions?" '
        "This question was answered by the water district, which handed out maps of the city.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "How many plants")
    assert len(hits) == 1 and "district" not in _name(hits[0], entities)


def test_a_bracketed_reply_goes_on_from_the_one_who_posted(nlp):
    text = (
        "“Berg Rejected By Four Schools And Whines About It,” Lund tweeted. "
        "“(Turned down with top grades . . . totally predictable.)” "
        "Berg responded by listing twelve companies that advertise on the show.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Turned down")
    assert len(hits) == 1 and _name(hits[0], entities) == "Lund"


def test_a_named_firm_after_a_question_is_not_its_speaker(nlp):
    text = (
        'Soon the parents grew worried: "Can the clinics be trusted?" '
        "A laboratory called NovaTest answered no, and recalled its kits.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Can the clinics")
    assert len(hits) == 1 and "NovaTest" not in _name(hits[0], entities)


def test_an_adjective_participle_after_the_quote_is_no_cue(nlp):
    text = (
        "“I will not hesitate to raise this charge,” Governor Ola Lund said in Oslo. "
        "He added, “Believe me when I say I do not want to do this.” "
        "With the added duty, household bills in the three towns would rise.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Believe me")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ola Lund"


def test_guard_a_reply_cue_in_the_quote_s_own_sentence_is_kept(nlp):
    # guard: the reply verb inside the quote's sentence, or right after its mark, is its cue
    text = (
        "“We will not leave,” Mayor Ines Moreau replied.\n\n"
        "The council asked whether the market would close. “Never.” replied Deputy Mayor Tom Haas.\n"
    )
    quotes, entities = _quotes(nlp, text)
    assert _name(_with(quotes, "We will not leave")[0], entities) == "Ines Moreau"
    assert _name(_with(quotes, "Never")[0], entities) == "Tom Haas"


def test_guard_a_quoted_by_participle_still_leads_to_the_verb(nlp):
    # guard: a skipped participle does not stop the search for the verb after it
    text = "“The dam will hold,” an engineer employed by the city said on Monday.\n"
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The dam will hold")
    assert len(hits) == 1 and "engineer" in _name(hits[0], entities)
