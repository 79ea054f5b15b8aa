"""Round 55: articles saved as Markdown by scrapers and reader services.

Sentences are our own. A link's address read as typed became a speaker, a bold dateline's
asterisks a figure's source; ``tally.clean.markdown`` keeps the words and drops the markup, and
leaves what plain text carries as typed.
"""

from __future__ import annotations

import pytest

from tally.clean.markdown import read_markdown


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("[Amnesty](https://amnesty.org/x_(y)) said", "Amnesty said"),
        ('[the report](https://x.org/r "Report") found', "the report found"),
        ("before ![A crowd](https://img.example/a.jpg) after", "before  after"),
        ("[the group][2] said\n\n[2]: https://example.org/g", "the group said\n\n"),
        (
            "# Police fire on marchers ##\n\n**LAGOS** \u2014 Police",
            "Police fire on marchers\n\nLAGOS \u2014 Police",
        ),
        ('## Arrests\n> "We stayed," she said.\n> > Nested', 'Arrests\n"We stayed," she said.\nNested'),
        ("**Bold** and *italic* and _also_ in [a](https://a.org)", "Bold and italic and also in a"),
        ("**Note:** 1\\. item \\- and a\\_b", "Note: 1. item - and a_b"),
        ("see <https://example.org/x> and [x](/local)", "see https://example.org/x and x"),
    ],
)
def test_markdown_is_read_as_its_words(typed: str, read: str) -> None:
    assert read_markdown(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        # plain text carries these: footnote stars, arithmetic, snake_case, e-mail quoting alone
        "At least 40 people* were held (*according to the group).",
        "The 5 * 3 grid and file_name_here stay.",
        "> a line quoted in an e-mail\n1989. The crackdown began.",
        "Costs [in dollars] (estimated) rose.",
        # an encyclopaedia's note marks are no reference links: no label is defined
        "more than 3,000.[6][7] Police fired.[28][better source needed]",
        "He wrote C:\\path\\file and a \\ alone.",
    ],
)
def test_plain_text_stays_as_typed(typed: str) -> None:
    assert read_markdown(typed) == typed


def test_a_markdown_article_gives_the_speaker_and_the_source_its_words_name() -> None:
    from tally.pipeline import analyze

    article = analyze(
        "# Police detain 40 in Basra\n\n"
        "**BASRA, Iraq** \u2014 Police detained at least 40 protesters on Friday, "
        "[Human Rights Watch](https://www.hrw.org/news/basra) said.\n\n"
        '> "We were only asking for water," said [Ali Kareem](https://twitter.com/akareem), '
        "a teacher.\n",
        published="2022-10-05",
    )
    assert "](" not in article.text and "**" not in article.text
    names = {e.id: e.name for e in article.entities}
    figure = next(f for f in article.figures if f.value == 40)
    assert figure.category == "detained"
    assert [names[i] for i in figure.asserted_by] == ["Human Rights Watch"]
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Ali Kareem"]
    assert "Basra" in " ".join(p.name for p in article.places) or any(
        article.text[s:e] == "BASRA" for p in article.places for s, e in p.mentions
    )
