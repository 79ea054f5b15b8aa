"""Round 26: hard-wrapped lines are joined in cleaning (``tally.clean.unwrap``).

Every text here is written for these tests (invented towns, people and numbers), never
copied from a gold set or a news page. The wrapped texts break their lines at a fixed width
and indent the next line, as wire copy and text taken out of HTML pages do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tally.clean.text import clean_text
from tally.clean.unwrap import soft_breaks, unwrap
from tally.evaluate.align import OffsetMap

PAD = "        "

#: a hard-wrapped report: three paragraphs, each broken at about 90 characters, lines indented
WRAPPED = (
    "Riot police in the river town of Caldera Vale detained dozens of farmers on Monday after\n"
    f"{PAD}they blocked the northern highway for a third day, the regional governor's office said.\n"
    f'{PAD}"We only asked for the price of diesel we were promised by the ministry in the\n'
    f"{PAD}spring,\" said the co-operative's chairwoman, Odile Marchetti, released in the evening.\n"
    f"{PAD}At least 42 people were held overnight at the police barracks near the old grain\n"
    f"{PAD}market, according to a lawyer for the co-operative, and eleven were injured when\n"
    f"{PAD}officers cleared the road with batons shortly before dawn on Tuesday morning.\n"
)


def test_soft_breaks_inside_a_sentence_are_joined_with_one_space():
    out = unwrap(WRAPPED)
    assert "on Monday after they blocked the northern highway" in out
    assert 'by the ministry in the spring," said the' in out
    assert "near the old grain market, according to a lawyer" in out
    assert "injured when officers cleared" in out
    # the breaks after a sentence's end stay, with their indentation
    assert out.rstrip("\n").count("\n") == 2
    assert f"governor's office said.\n{PAD}\"We only asked" in out
    assert f"released in the evening.\n{PAD}At least 42" in out


def test_a_full_line_before_a_capitalised_word_is_joined_in_a_wrapped_text():
    text = (
        "The union's lawyers filed a complaint with the provincial court on Friday, recalled\n"
        f"{PAD}Marta Ilves, a spokeswoman, who said the hearing had been put off until the spring\n"
        f"{PAD}because the judge in the case had fallen ill on the eve of the first sitting day.\n"
    )
    out = unwrap(text)
    assert "on Friday, recalled Marta Ilves, a spokeswoman" in out
    assert "\n" not in out.rstrip("\n")
    # a closing quote after a sentence's end ends the paragraph
    quoted = text.replace("first sitting day.", 'first sitting day, "as judges do."')
    quoted += f"{PAD}Nobody at the court would comment on the date of the new hearing in the case, however.\n"
    assert 'judges do."\n' + PAD + "Nobody at the court" in unwrap(quoted)


def test_a_headline_line_over_a_capitalised_paragraph_stays_a_line():
    text = (
        "Farmers block the northern highway\n"
        "Riot police in the river town of Caldera Vale detained dozens of farmers on Monday after\n"
        f"{PAD}they blocked the northern highway for a third day, the regional governor's office said.\n"
        "Night raids in the valley\n"
        "Officers searched a dozen houses in the hill villages above the town during the night and\n"
        f"{PAD}took away the phones of several of the co-operative's members, their families said.\n"
    )
    out = unwrap(text)
    assert out.startswith("Farmers block the northern highway\nRiot police")
    assert "governor's office said.\nNight raids in the valley\nOfficers searched" in out
    assert "after they blocked" in out and "night and took away" in out


def test_a_dateline_line_stays_a_line():
    text = (
        "Caldera Vale farmers keep the highway blocked for a third day in a row as talks with the\n"
        f"{PAD}ministry stall over the price of diesel promised to the co-operatives in the spring\n"
        "CALDERA VALE — Riot police detained dozens of farmers on Monday, the governor's office said.\n"
    )
    out = unwrap(text)
    assert "with the ministry stall" in out
    assert "in the spring\nCALDERA VALE — Riot police" in out


def test_a_bulleted_list_stays_a_list():
    text = (
        "The co-operative's list of demands, handed to the governor on Monday, asked for a fixed\n"
        f"{PAD}price of diesel and a moratorium on farm loans, and for three more things that the\n"
        "- release of every farmer detained\n"
        "- an inquiry into the use of batons\n"
        "• talks with the ministry before the harvest\n"
        "2. compensation for the damaged tractors\n"
    )
    out = unwrap(text)
    assert "a fixed price of diesel" in out
    assert out.endswith(
        "that the\n- release of every farmer detained\n- an inquiry into the use of batons\n"
        "• talks with the ministry before the harvest\n2. compensation for the damaged tractors\n"
    )


def test_a_poem_like_quote_keeps_its_short_lines():
    text = (
        "The chairwoman ended her speech at the barricade with lines her grandmother used to sing in the fields:\n"
        "the river keeps its counsel,\n"
        "the stones remember rain,\n"
        "and we who till the valley\n"
        "will plough it once again.\n"
        "The crowd applauded and the farmers returned to their tractors as the light began to fade over the hills.\n"
    )
    assert unwrap(text) == text
    wrapped = (
        WRAPPED
        + "She sang:\nthe river keeps its counsel,\nthe stones remember rain,\nand we who till the valley\n"
    )
    assert unwrap(wrapped).endswith(
        "She sang:\nthe river keeps its counsel,\nthe stones remember rain,\nand we who till the valley\n"
    )


def test_a_text_without_soft_breaks_comes_back_unchanged():
    one_line = "Riot police detained dozens of farmers on Monday, the governor's office said."
    assert unwrap(one_line) is one_line
    paragraphs = (
        "Riot police detained dozens of farmers on Monday, the governor's office said.\n\n"
        "At least 42 people were held overnight, according to a lawyer for the co-operative.\n"
        "    Eleven were injured when officers cleared the road with batons before dawn.\n"
    )
    assert unwrap(paragraphs) is paragraphs
    assert soft_breaks(paragraphs) == set()


def test_an_infobox_in_a_text_that_wraps_nowhere_stays_rows():
    text = (
        "2031 Caldera Vale farmers' protests\n"
        "Date: 3 March 2031 – 19 April 2031\n"
        "Location: Caldera Vale, Orsini Pass and the northern highway, Valdoria\n"
        "Methods: Road blockades, sit-ins, a general strike of the co-operatives\n"
        "Deaths: 2\n"
        "The farmers' protests began when the ministry withdrew the diesel subsidy promised in spring.\n"
    )
    assert unwrap(text) is text


def test_a_blank_line_stays_a_paragraph_break():
    text = (
        "Riot police in the river town of Caldera Vale detained dozens of farmers on Monday after\n"
        f"{PAD}they blocked the northern highway for a third day, the regional governor's office said\n"
        "\n"
        "the co-operative said the farmers would return to the highway on Wednesday morning again.\n"
    )
    out = unwrap(text)
    assert "after they blocked" in out
    assert "office said\n\nthe co-operative" in out


def test_windows_line_ends_are_unwrapped_too():
    text = WRAPPED.replace("\n", "\r\n")
    assert unwrap(text) == unwrap(WRAPPED)


def test_clean_text_unwraps_before_boilerplate_removal():
    # a short continuation line ("market") would be an orphan tag line on its own
    text = (
        "At least 42 people were held overnight at the police barracks near the old grain\n"
        f"{PAD}market, according to a lawyer for the co-operative, and eleven were injured when\n"
        f"{PAD}officers cleared the road with batons shortly before dawn on Tuesday morning.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.removed == []
    assert cleaned.text.startswith(
        "At least 42 people were held overnight at the police barracks near the old grain market,"
    )
    assert "\n" not in cleaned.text
    plain = "Riot police detained dozens of farmers on Monday.\n    Eleven were injured, the governor's office said."
    assert clean_text(plain).text == plain


def test_offsets_across_a_joined_break_are_carried_back_to_the_gold_text():
    cleaned = unwrap(WRAPPED)
    figure = "At least 42 people were held overnight at the police barracks near the old grain market"
    quote = "We only asked for the price of diesel we were promised by the ministry in the spring"
    omap = OffsetMap(WRAPPED, cleaned)
    for phrase in (figure, quote):
        start = cleaned.index(phrase)
        s, e = omap.span(start, start + len(phrase))
        assert " ".join(WRAPPED[s:e].split()) == phrase
        assert "\n" in WRAPPED[s:e]


def test_a_span_ending_at_a_joined_break_does_not_take_the_indentation():
    cleaned = unwrap(WRAPPED)
    omap = OffsetMap(WRAPPED, cleaned)
    for word in ("after", "grain", "when"):  # the last words of wrapped lines
        start = cleaned.index(word + " ")
        s, e = omap.span(start, start + len(word))
        assert WRAPPED[s:e] == word
    start = cleaned.index("they blocked")
    assert WRAPPED[slice(*omap.span(start, start + 4))] == "they"


GOLD = {
    "id": "hand-wrapped-1",
    "title": "Farmers detained in Caldera Vale",
    "text": WRAPPED,
    "published": "2031-03-18",
    "outlet": "Valley Courier",
    "url": None,
    "figures": [
        {
            "value": 42,
            "value_max": None,
            "qualifier": "at_least",
            "category": "detained",
            "asserted_by": "a lawyer for the co-operative",
            "evidence": "At least 42 people were held overnight",
        }
    ],
    "quotes": [
        {
            "kind": "direct",
            "speaker": "Odile Marchetti",
            "text_start": "We only asked for the price of diesel we were promised",
            "cue": "said",
        }
    ],
    "places": [],
    "dates": [],
}


@pytest.mark.model
def test_a_figure_and_a_quote_across_wrapped_lines_are_scored_on_the_wrapped_gold(tmp_path: Path):
    from tally.evaluate import evaluate

    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "tune.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    result = evaluate("reports", root=tmp_path)
    assert result.tasks["figures"].tp == 1
    assert result.tasks["quotes"].tp == 1
    assert result.tasks["quotes+speaker"].tp == 1


def test_short_rows_stay_rows_even_before_a_lower_case_row() -> None:
    """Guard: an infobox's rows are shorter than any wrap width, so a row opening in lower case
    ("at least 4 are missing") is not joined to the row above it."""
    text = (
        "Casualties and losses\n"
        "700 injured in the first week[3]\n"
        "2–5 dead[4]\n"
        "18,000+ detained[5][6]\n"
        "at least 9 are missing[7]\n"
    )
    assert unwrap(text) == text
