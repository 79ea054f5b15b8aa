"""Quotes of round 49: read from the real tune splits (news wires, web news, Wikinews, AQUAINT).

Every sentence here was written for these tests (none comes from a gold set or
a corpus story). Each test failed before the rule it tests unless its comment
says it is a guard.
"""

from __future__ import annotations

from tests._quote_records import marked_quotes


def _speakers(text: str, words: str) -> list[str]:
    return [name or "" for _, name in marked_quotes(text, words)]


# -- a stance the subject expresses introduces the quoted words -------------------------------------


def test_expressed_concern_that_gives_the_quote_to_the_subject() -> None:
    text = (
        "Prices rose again in the spring. Senator Aldo Brenner expressed concern that “our open "
        "markets have made us weak against pressure from abroad.”"
    )
    assert _speakers(text, "our open markets have made us weak") == ["Aldo Brenner"]


def test_voiced_hope_that_gives_the_quote_to_the_subject() -> None:
    text = (
        "The talks stalled again on Tuesday. Foreign Minister Ilse Varnhold voiced hope that “both "
        "sides will come back to the table before the winter sets in.”"
    )
    assert _speakers(text, "both sides will come back to the table") == ["Ilse Varnhold"]


def test_shared_concerns_over_gives_the_quoted_words_to_the_subjects() -> None:
    text = (
        "The two allies met in Kestel last week. In a joint note, Arvia and Dromland shared concerns "
        "over their neighbour's “fast growth of its missile stocks” and agreed to hold drills."
    )
    found = _speakers(text, "fast growth of its missile stocks")
    assert found and ("Arvia" in found[0] or "Dromland" in found[0])


def test_reacted_with_shock_gives_the_quote_to_the_subject() -> None:
    text = (
        "Lena Moor of Dayton was told by her doctor, “The implant you got might have been faulty.” "
        "Moor reacted with shock, “I was stunned because I had no idea what he meant. I just thought "
        "they fixed my knee.”"
    )
    assert _speakers(text, "I was stunned because I had no idea") == ["Lena Moor"]


def test_guard_a_feeling_of_others_named_as_an_object_is_no_cue() -> None:
    # guard: the stance is not the subject's own ("caused alarm"): the quote keeps its cue's speaker
    text = (
        "The new rules caused alarm among traders in the port. “We will lose half our trade by "
        "the spring,” said Omar Tessel, who runs a shipping firm."
    )
    assert _speakers(text, "We will lose half our trade") == ["Omar Tessel"]


def test_guard_a_said_cue_keeps_its_speaker_after_a_stance() -> None:
    # guard: a stance sentence before a quote with a cue of its own changes nothing
    text = (
        "Aldo Brenner expressed concern about the vote. “The count was slow and the rooms were "
        "closed to observers,” said Mira Castell, who watched the count for a civic group."
    )
    assert _speakers(text, "The count was slow") == ["Mira Castell"]


# -- quoted words in a claim that names its claimant are the claimant's -------------------------------


def test_claims_by_a_named_claimant_are_the_claimants() -> None:
    text = (
        "Judge Ama Corvin has rejected claims by Trade Minister Paul Desta that a “small clique of "
        "lawyers runs the courts for its own gain.”"
    )
    assert _speakers(text, "small clique of lawyers") == ["Paul Desta"]


def test_a_possessive_claim_is_its_owners() -> None:
    text = (
        "The rights group Civic Watch rejected the interior ministry's claim that the marchers were "
        "“armed rioters paid from abroad.”"
    )
    found = _speakers(text, "armed rioters paid from abroad")
    assert found and "ministry" in found[0]


def test_accusations_from_a_body_are_the_bodys() -> None:
    text = (
        "Officials in Norvale rejected accusations from the Farmers Union that the vote had been "
        "“rigged from the very first day of the count.”"
    )
    found = _speakers(text, "rigged from the very first day")
    assert found and "Farmers Union" in found[0]


def test_guard_a_claim_with_no_claimant_keeps_the_outer_speaker() -> None:
    # guard: "the claims that …" names no one who made them: the record stays the denier's
    text = (
        "Both ministries reject the claims that their joint ports have “taken the fishing grounds "
        "away from local families.”"
    )
    found = _speakers(text, "taken the fishing grounds away")
    assert found and "ministries" in found[0]


def test_guard_quoted_words_outside_the_claim_stay_the_speakers() -> None:
    # guard: the marks stand in the speaker's own words, not in the claim's clause
    text = (
        "Minister Hana Velk called the claims by the Farmers Union that the vote was unfair “a "
        "desperate lie told by sore losers.”"
    )
    assert _speakers(text, "a desperate lie told by sore losers") == ["Hana Velk"]


def test_reports_by_a_group_whose_clause_the_parser_hung_on_the_group() -> None:
    # the parser reads "that …" as a clause of "groups", not of "reports"
    text = (
        "The prison service denied reports by rights groups that inmates had been “beaten to force "
        "them to sign false confessions.”"
    )
    found = _speakers(text, "beaten to force them to sign")
    assert found and "rights groups" in found[0]


def test_guard_a_dismissal_as_quoted_words_stays_the_dismissers() -> None:
    # guard: the marks stand before the claim, in the words of the one who dismisses it
    text = (
        "The ministry dismissed as “baseless lies spread by enemies” the reports by local groups "
        "that protesters had been killed in custody."
    )
    found = _speakers(text, "baseless lies spread by enemies")
    assert found and "ministry" in found[0]
