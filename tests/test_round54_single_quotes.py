"""Round 54: quotations typed with straight single marks ('…'), as headlines and British outlets
print them after an ASCII converter. Sentences are our own."""

from __future__ import annotations

import pytest

from tally.clean.singlequotes import read_straight_single_quotes


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Tear gas. 'We sang,' said Amina. 'Then they shot.'",
            "Tear gas. ‘We sang,’ said Amina. ‘Then they shot.’",
        ),
        # the last word-final mark before the next opening closes: a plural possessive inside
        ("'We saw the officers' guns,' he said.", "‘We saw the officers' guns,’ he said."),
        ("'Yes,' she said. 'No.'", "‘Yes,’ she said. ‘No.’"),
        # a quotation over two lines of one paragraph
        ("'We will stay\nuntil they listen,' she said.", "‘We will stay\nuntil they listen,’ she said."),
    ],
)
def test_pairs_that_can_only_be_quotation_marks_are_read(typed: str, read: str) -> None:
    out = read_straight_single_quotes(typed)
    assert out == read
    assert len(out) == len(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "the protesters' families don't know",
        "in the '90s and in '98",
        "'open but never closed",
        "'Not a protest,' says police chief",  # a heading: the quote scan reads its marks itself
        "15:20 GMT – 'They came from both sides'",
        "16:15 EAT\nHospital source: 'We stopped counting at 100'",  # a heading under its time
        "Obama Says the Museum Will Tell of 'Pain and Joy.'",  # a headline ending with its quote
        "He called the marchers 'thugs' and left.",  # a word in lower case: scare quote or mixed
        "He said \"no\" and 'yes' twice",  # singles nested in a paragraph with double marks
        "‘Curly,’ she said, and 'straight' stays",  # the paragraph has curly marks of its own
    ],
)
def test_apostrophes_and_other_paragraphs_stay_as_typed(typed: str) -> None:
    assert read_straight_single_quotes(typed) == typed


def test_each_paragraph_is_read_on_its_own() -> None:
    typed = "'One,' she said.\n\nThe officers' cars left. 'Two,' he said."
    assert (
        read_straight_single_quotes(typed) == "‘One,’ she said.\n\nThe officers' cars left. ‘Two,’ he said."
    )


@pytest.mark.model
def test_a_quotation_in_straight_single_marks_is_a_direct_quote_with_its_speaker() -> None:
    from tally.pipeline import analyze

    article = analyze(
        "Officers fired tear gas at the crowd. 'We were only singing,' said Amina Yusuf, a student. "
        "'Then they started shooting at us.'"
    )
    names = {entity.id: entity.name for entity in article.entities}
    direct = [
        (article.text[q.start : q.end], names.get(q.speaker)) for q in article.quotes if q.kind == "direct"
    ]
    assert ("We were only singing,", "Amina Yusuf") in direct
    assert ("Then they started shooting at us.", "Amina Yusuf") in direct


def test_two_apostrophes_and_a_space_before_a_capital_open_a_quote() -> None:
    """Some wire archives set a space after the two apostrophes that open a quote."""
    from tally.clean.wirequotes import normalise_wire_quotes

    typed = "'' Our thoughts are with the family,'' said Sheriff Dan Cole. '' We will find him.''"
    assert normalise_wire_quotes(typed) == (
        "“ Our thoughts are with the family,” said Sheriff Dan Cole. “ We will find him.”"
    )
    # before a lower-case word, or after a digit, they are no opening mark
    assert normalise_wire_quotes("He said '' no.") == "He said '' no."
    assert normalise_wire_quotes("a 12'' pipe") == "a 12'' pipe"


@pytest.mark.model
def test_a_quote_opened_by_two_apostrophes_and_a_space_is_found_with_its_speaker() -> None:
    from tally.pipeline import analyze

    article = analyze("'' Our thoughts are with the family,'' said Sheriff Dan Cole of the county office.")
    direct = [(article.text[q.start : q.end], q.speaker_name) for q in article.quotes if q.kind == "direct"]
    assert direct == [("Our thoughts are with the family,", "Sheriff Dan Cole")]
