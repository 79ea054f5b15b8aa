"""Quote speakers of round 53: read from the real tune splits (the fresh mixed2 split first).

Every sentence here was written for these tests (none comes from a gold set or
a corpus story). Each test failed before the rule it tests unless its comment
says it is a guard.
"""

from __future__ import annotations

from tests._quote_records import marked_quotes

# -- "According to X, …" opening the sentence after a quote governs that sentence ------------------


def test_according_to_after_a_finished_quote_is_not_its_cue() -> None:
    text = (
        "In a note to parents, Dr. Ann Lowe, head of the county schools, called the loss a tragedy. "
        '"We grieve with the family and ask everyone to keep them in their prayers this week." '
        "According to the state health office, at least 40 people have died of the flu this year."
    )
    assert marked_quotes(text, "We grieve with the family") == [("direct", "Ann Lowe")]


def test_a_quote_before_according_to_goes_on_from_the_last_speaker() -> None:
    text = (
        '"The pumps failed twice in one week," Tomas Berg said. "I warned the crew to boil every '
        'drop they drank." According to a 2019 audit by the river board, the plant had no backup '
        "filters at all."
    )
    assert marked_quotes(text, "I warned the crew") == [("direct", "Tomas Berg")]


def test_guard_according_to_right_after_a_quote_in_its_sentence_is_its_cue() -> None:
    # guard: "“…,” according to X." with no sentence end between is the quote's own attribution
    text = (
        'The new rules "will close the loophole that let landlords raise rents twice a year," '
        "according to the housing minister."
    )
    assert marked_quotes(text, "will close the loophole") == [("mixed", "the housing minister")]


def test_guard_said_after_a_finished_quote_still_cues_it() -> None:
    # guard: a cue with no report of its own after a quoted sentence stays the quote's
    text = '"We will rebuild every school that the storm took from us." The governor said this on Monday.'
    assert marked_quotes(text, "We will rebuild") == [("direct", "The governor")]


def test_a_quote_ending_in_a_quotation_of_its_own_ends_its_sentence() -> None:
    text = (
        '"The pumps failed twice in one week," Tomas Berg said. "I warned the crew, \'Boil every '
        "drop you drink.'\" According to a 2019 audit by the river board, the plant had no backup "
        "filters at all."
    )
    assert marked_quotes(text, "I warned the crew") == [("direct", "Tomas Berg")]
