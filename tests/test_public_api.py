"""The public API is what __all__ says, sorted, and analyze() works on plain text."""

from __future__ import annotations

import pytest

import tally


def test_public_api_all_is_sorted_and_importable():
    assert tally.__all__ == sorted(tally.__all__)
    for name in tally.__all__:
        assert hasattr(tally, name)


def test_public_api_empty_text_is_an_input_error():
    with pytest.raises(tally.InputError):
        tally.analyze("   \n ")


@pytest.mark.model
def test_public_api_analyze_returns_typed_records():
    article = tally.analyze(
        "Police in Lagos arrested 30 protesters on Tuesday, Amnesty International said.",
        published="2020-10-21",
    )
    assert isinstance(article, tally.Article)
    assert article.source.published == "2020-10-21"
    assert article.to_json_dict()["schema"] == "tally/1"
    assert any(e.name == "Amnesty International" for e in article.entities)
