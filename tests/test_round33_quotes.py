"""Round 33, quotes: a quote inside a clause of saying or judging that the cue lists miss takes
that clause's subject, not the last speaker: a court that "ruled “…”", governments that "shared
concerns over “…”", officials who "told reporters that they were hosting “…”".

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a verdict: "the court ruled “…”" --------------------------------------------------------


def test_a_court_that_ruled_the_quoted_words_speaks_them(nlp):
    text = (
        '"We will appeal to every court in the land," said Marta Lindqvist, the fishermen\'s lawyer.\n\n'
        'Last spring the Supreme Tribunal of Eastland ruled "the closure of the northern harbour broke '
        'the treaty signed by both provinces."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "the closure of the northern harbour")
    assert "Tribunal" in _name(q, entities)
    assert "Tribunal" in text[q.speaker_span[0] : q.speaker_span[1]]


# -- a stance voiced: "shared concerns over “…”" -------------------------------------------------


def test_governments_that_shared_concerns_over_quoted_words_speak_them(nlp):
    text = (
        '"The talks went well," said Pavel Ostrov, an analyst at the Baltic Institute.\n\n'
        'In a joint communique, Norway and Chile shared concerns over the "rapid loss of sea ice in '
        'the polar waters" and agreed to fund new research.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "rapid loss of sea ice")
    assert "Norway" in _name(q, entities)


# -- a clause reported by a verb of saying above it --------------------------------------------


def test_elders_who_told_that_they_were_feeding_quoted_people_speak(nlp):
    text = (
        "The agency said the number was rising. Village elders in the valley town of Bressa told our "
        'reporter the following week that they were feeding "about 300 families, mostly farmers".\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "about 300 families")
    assert "elders" in _name(q, entities).lower()


# -- guards: a clause with no verb of saying or judging still goes on from the speaker before ----


def test_guard_a_subject_who_only_sees_the_quoted_words_does_not_speak(nlp):
    text = (
        '"The new premier will move carefully," said Ingrid Dahl, a historian at Nordvik University.\n\n'
        'Halvorsen sees "a chance to mend ties with the neighbours" after years of quarrels.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "a chance to mend ties")
    assert "Dahl" in _name(q, entities)


def test_guard_a_court_that_ruled_a_country_is_no_verdict(nlp):
    text = (
        '"The old dynasty left us nothing," said Omar Haddad, a teacher in the capital.\n\n'
        'The family ruled the island for a century and built "the finest harbour in the south."\n'
    )
    quotes, entities = _quotes(nlp, text)
    for q in _with(quotes, "the finest harbour"):
        assert "family" not in _name(q, entities).lower()
