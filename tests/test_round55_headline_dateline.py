"""Round 55: a headline kept on the body's line, before the dateline.

Sentences are our own, typed as archives and scrapers keep them ("Headline. CITY (AP) — Body"):
the dateline opened no paragraph, so the parser's reading of the city as the subject of the
body's first verb stood, and the city became the speaker and the source of its counts.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "dash",
    ["\u2014", "\u2013", "--", "-"],
)
def test_the_dateline_after_a_headline_is_no_speaker(dash: str) -> None:
    from tally.pipeline import analyze

    article = analyze(
        f"Two held after shots fired at officers in Dayton. DAYTON (AP) {dash} Police and "
        "federal agents say two men from the Dayton area have been arrested after more than a "
        "dozen shots were fired at a patrol car."
    )
    names = {e.id: e.name for e in article.entities}
    figure = next(f for f in article.figures if f.category == "arrested")
    sources = [names[i] for i in figure.asserted_by]
    assert sources and "Dayton" not in sources and "DAYTON" not in " ".join(sources)
    assert "Police" in sources
    assert all(q.speaker_name not in {"Dayton", "DAYTON"} for q in article.quotes)


def test_a_word_in_capitals_inside_a_sentence_is_no_dateline() -> None:
    from tally.nlp.load import load_model
    from tally.nlp.syntax import is_dateline

    doc = load_model("en_core_web_sm")(
        "The report by HRW - a rights group - was read. It said MOSUL - the city - fell."
    )
    assert not is_dateline(next(t for t in doc if t.text == "HRW"))
    assert not is_dateline(next(t for t in doc if t.text == "MOSUL"))
