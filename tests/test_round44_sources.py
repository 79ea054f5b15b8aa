"""Who gave each figure: constructions read from the round's tune articles (round 44).

Each sentence is our own:

- "the organisers" (or bare "Organisers") of a gathering are the body the text said called or
  organised it ("The march, called by the Dock Workers' Union, …. the organisers said …").
"""

from __future__ import annotations

from tests._figure_roles import sources_by_text


def test_organisers_are_the_body_that_called_the_march() -> None:
    text = (
        "The march, called by the Dock Workers' Union and the Harbour Pilots' Guild, began at noon. "
        "Police put the crowd at 4,000, while the organisers said more than 15,000 people took part."
    )
    found = sources_by_text(text)
    assert set(found["more than 15,000"]) == {"Dock Workers' Union", "Harbour Pilots' Guild"}
    assert found["4,000"] == ["Police"]


def test_bare_organisers_are_the_body_that_organised_the_rally() -> None:
    text = (
        "The Federation of Rice Farmers organised Saturday's rally in the provincial capital. "
        "Organisers said 20,000 people marched to the governor's office."
    )
    assert sources_by_text(text)["20,000"] == ["Federation of Rice Farmers"]


def test_organisers_with_no_body_named_stay_organisers() -> None:
    text = "Thousands marched in the capital on Sunday. Organisers said 20,000 people took part."
    assert sources_by_text(text)["20,000"] == ["Organisers"]


def test_counts_after_a_colon_are_the_counting_subject_s() -> None:
    text = (
        "18:05 — The health ministry has updated its count: 64 people have been injured since noon, "
        "including 9 police officers."
    )
    found = sources_by_text(text)
    assert found["64"] == ["health ministry"]
    assert found["9"] == ["health ministry"]


def test_a_figure_given_in_writing_after_a_colon_is_the_giver_s() -> None:
    text = (
        "The provincial police chief, Tomas Varga, would not say how many officers had been hurt at the "
        "press conference. He gave the number afterwards, by email: 58 officers injured over two days."
    )
    assert sources_by_text(text)["58"] == ["Tomas Varga"]


def test_a_colon_after_a_clause_of_no_count_gives_no_source() -> None:
    text = "The protest had one aim: 300 dismissed miners wanted their jobs back."
    assert sources_by_text(text).get("300", []) == []


def test_he_added_goes_on_with_the_speaker_of_the_sentence_before() -> None:
    text = (
        "Police spokesman Daniel Okoro spoke to reporters on Monday. He said 40 people had been arrested "
        "in the capital, where opposition leader Samuel Eze lives. Twelve of them were women, he added."
    )
    found = sources_by_text(text)
    assert found["40"] == ["Daniel Okoro"]
    assert found["Twelve"] == ["Daniel Okoro"]


def test_he_added_after_a_sentence_of_no_saying_is_the_nearest_person() -> None:
    text = (
        "Opposition leader Samuel Eze was arrested on Sunday in the capital. "
        "Police spokesman Daniel Okoro was in the city. Nineteen of his supporters were detained, he said."
    )
    assert sources_by_text(text)["Nineteen"] == ["Daniel Okoro"]


def test_he_added_after_quoted_paragraphs_is_the_quoted_speaker() -> None:
    text = (
        "Government spokesman Paul Mensah opened the briefing with a statement.\n\n"
        '"We mourn every life lost this week. Nothing justifies the burning of a school.\n\n'
        '"The state will answer with the full force of the law," he said.\n\n'
        "He said that of the 12 dead, eight were killed in the capital and four in Kumasi, where "
        "opposition leader John Asante is mayor. Three of the dead were police officers, he added."
    )
    assert sources_by_text(text)["Three"] == ["Paul Mensah"]
