"""Quotes and their speakers in constructions read from the tune splits (round 44, issue 13).

- quote marks round a noun that names the kind of a thing right after them ("called a “black
  flag” strike", "in a “silent city” protest", "added a “digital safety” section"): the marked
  words are a name, not anyone's words, and the clause around them is no mixed quote;
- a document with its author that "reads" the quoted words ("“…,” a statement by the foreign
  ministry read", "“…,” reads a memo by X"): the author speaks.

Read from the errors of the tune splits (`reports` tune, `reports_own` work32 and work42, the
Wikinews tune half); the sentences here are our own.
"""

from __future__ import annotations

from tests._quote_records import marked_quotes, quote_records

_quotes = quote_records
_marked = marked_quotes


def test_a_quoted_name_before_the_noun_of_a_strike() -> None:
    text = 'The farmers\' union called a "black flag" strike across the province on Friday.'
    assert _marked(text, "black flag") == []


def test_a_quoted_name_before_the_noun_of_a_day_after_an_apposition() -> None:
    text = (
        "On 3 March the Union of Market Traders (UMT), a loose network of stallholders and "
        'drivers\' groups, called a "closed market" day across the city.'
    )
    assert _marked(text, "closed market") == []


def test_a_quoted_name_before_the_noun_of_a_protest() -> None:
    text = (
        "The opposition leader urged his followers to close their shops on Monday in a "
        '"silent city" protest against the result.'
    )
    assert _marked(text, "silent city") == []


def test_a_quoted_name_before_the_noun_of_a_section() -> None:
    text = "In May the ministry amended the schools act, adding a “digital safety” section on screen time."
    assert _marked(text, "digital safety") == []


def test_guard_a_quoted_verdict_after_called_stays_mixed() -> None:
    text = 'The mayor called the decision "a betrayal of every family in this city" on Monday.'
    assert [k for k, _ in _marked(text, "a betrayal")] == ["mixed"]


def test_guard_a_quoted_phrase_with_its_own_words_after_a_noun() -> None:
    text = 'The minister said the army would "crush" any revolt and called the protesters "traitors".'
    assert [k for k, _ in _marked(text, "crush")] == ["mixed"]


def test_guard_a_quoted_coinage_in_a_reported_clause_stays_mixed() -> None:
    text = (
        "More broadly, officials see the new rule as part of a “boiling frog” policy to tighten "
        "control, said Maria Chen, a professor at the institute."
    )
    assert _marked(text, "boiling frog") == [("mixed", "Maria Chen")]


def test_a_statement_by_a_body_that_reads_the_quote() -> None:
    text = (
        'The deal was agreed to "in recognition that a virus crosses every border and that no '
        'country is safe alone," a statement by the health ministry read. Talks resume in June.'
    )
    assert _marked(text, "in recognition") == [("direct", "the health ministry")]


def test_a_memo_by_a_person_that_reads_the_quote() -> None:
    text = (
        '"Every one of our staff was warned twice in May about the pumps," reads a June 3 memo by '
        "Carla Ruiz, the firm's safety chief."
    )
    assert _marked(text, "Every one of our staff") == [("direct", "Carla Ruiz")]


def test_guard_a_statement_read_out_by_a_person() -> None:
    text = 'The spokesman read a statement on television. "The border will stay open to all trucks," he said.'
    assert _marked(text, "The border will stay open") == [("direct", "he")]
