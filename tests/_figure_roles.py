"""Figures of a text with the names of who asserts, confirms and disputes each: shared by the source tests."""

from __future__ import annotations

import tally


def figure_roles(
    text: str, published: str | None = "2024-05-02"
) -> list[tuple[float, list[str], list[str], list[str]]]:
    """``(value, asserted_by, confirmed_by, disputed_by)`` per figure, sources by entity name."""
    article = tally.analyze(text, published=published)
    names = {e.id: e.name for e in article.entities}

    def named(ids: list[str]) -> list[str]:
        return [names[i] for i in ids]

    return [
        (f.value, named(f.asserted_by), named(f.confirmed_by), named(f.disputed_by)) for f in article.figures
    ]


def asserted_by_value(text: str, value: float) -> list[str]:
    """Who asserts the first figure of *value* in *text* (the figure must be found)."""
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


def figure_readings(text: str, published: str) -> list[tuple[float, str, str]]:
    """``(value, qualifier, category)`` per figure (figures only): shared by the category tests."""
    article = tally.analyze(text, published=published, only=["figures"])
    return [(f.value, f.qualifier, f.category) for f in article.figures]


def figure_spans(text: str, published: str) -> list[tuple[float, str, str]]:
    """``(value, category, text[start:end])`` per figure of the whole analysis, each record's
    offsets checked against its own text."""
    article = tally.analyze(text, published=published)
    out = []
    for figure in article.figures:
        assert figure.text == text[figure.start : figure.end]
        out.append((figure.value, figure.category, text[figure.start : figure.end]))
    return out


def figure_categories(text: str, published: str) -> list[tuple[float, str]]:
    """``(value, category)`` per figure (figures only): what the category tests compare."""
    return [(v, c) for v, _, c in figure_readings(text, published)]


def figure_values(text: str, published: str) -> list[float]:
    """The values of the figures of *text*, in order (figures only)."""
    return [v for v, _, _ in figure_readings(text, published)]


def figure_category(text: str, value: float, published: str) -> str:
    """The category of the first figure of *value* in *text* (figures only)."""
    found = [c for v, _, c in figure_readings(text, published) if v == value]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


def figure_span(text: str, value: float, published: str) -> str:
    """The text of the first figure of *value* in *text*, cut by its offsets (figures only)."""
    article = tally.analyze(text, published=published, only=["figures"])
    found = [f for f in article.figures if f.value == value]
    assert found, f"no figure {value} in {text!r}"
    return text[found[0].start : found[0].end]


def roles_of(text: str, value: float) -> tuple[list[str], list[str], list[str]]:
    """``(asserted_by, confirmed_by, disputed_by)`` of the first figure of *value* in *text*."""
    found = [(a, c, d) for v, a, c, d in figure_roles(text) if v == value]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


def categories_by_text(text: str) -> dict[str, str]:
    """``{text[start:end]: category}`` per figure, each record's offsets checked against the text."""
    found = {}
    for figure in tally.analyze(text).figures:
        assert text[figure.start : figure.end] == figure.text or figure.text is None
        found[text[figure.start : figure.end]] = figure.category
    return found


def sources_by_text(text: str) -> dict[str, list[str]]:
    """``{text[start:end]: asserted_by names}`` per figure, each record's offsets checked against the text."""
    article = tally.analyze(text)
    names = {e.id: e.name for e in article.entities}
    found = {}
    for figure in article.figures:
        assert text[figure.start : figure.end] == figure.text
        found[figure.text] = [names.get(s, s) for s in figure.asserted_by]
    return found


def sources_by_value(text: str, value: float) -> list[str]:
    """Who asserts or confirms the first figure of *value* in *text*, analysed with no publication
    date (the figure must be found): the rounds' source tests read both roles as one list."""
    found = [
        asserted + confirmed for v, asserted, confirmed, _ in figure_roles(text, published=None) if v == value
    ]
    assert found, figure_roles(text, published=None)
    return found[0]
