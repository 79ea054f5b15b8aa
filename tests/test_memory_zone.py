"""A long run's vocabulary stays flat: each batch is parsed and extracted inside spaCy's memory zone.

spaCy keeps every new word it meets in the model's vocabulary and string
store; over 10,000 articles that grew the process by tens of megabytes. The
zone frees them at the end of each batch, so the records must come out the
same as outside one.
"""

from __future__ import annotations

import pytest

from tally.ingest.files import RawArticle
from tally.pipeline import analyze_many
from tally.settings import Settings

#: invented surnames and towns, new to the model's vocabulary in every article
_SURNAMES = ["Quorvadze", "Belimtrosk", "Yandrovic", "Ostevanni", "Krupelmaier", "Zhelvatov"]
_TOWNS = ["Vardelsk", "Morrowind Falls", "Qeltani", "Brashovo", "Istreth", "Pemmerton"]


def _article(n: int) -> RawArticle:
    name, town = _SURNAMES[n % len(_SURNAMES)] + f"{n}x", _TOWNS[n % len(_TOWNS)]
    # a plural noun new to the model: its lemma is a string no token of the text has
    things = "glimb" + "".join("abcdefghij"[int(d)] for d in str(n)) + "arts"
    text = (
        f"Police arrested {n + 20} protesters in {town} on Monday, the rights group Zelvora{n} said. "
        f"The marchers carried {things} through the square. "
        f'"They beat us with batons," said Anna {name}, a teacher who marched with them.'
    )
    return RawArticle(text, f"<memo-{n}>", None, None, None, "2024-03-06", "metadata")


def _records(article) -> dict:
    data = article.model_dump(mode="json")
    return {key: data[key] for key in ("figures", "quotes", "entities", "events", "dates")}


@pytest.mark.model
def test_the_vocabulary_does_not_grow_from_batch_to_batch(nlp):
    settings = Settings(batch_size=1)
    list(analyze_many([_article(0)], settings=settings))  # the process's first batch: outside a zone
    # the lexemes counted by walking the vocabulary: len() counts every lexeme ever added
    strings, lexemes = len(nlp.vocab.strings), {lex.orth for lex in nlp.vocab}
    results = list(analyze_many([_article(n) for n in range(1, 7)], settings=settings))
    assert len(results) == 6 and all(article.quotes for _, article in results)
    assert len(nlp.vocab.strings) == strings and {lex.orth for lex in nlp.vocab} == lexemes


@pytest.mark.model
def test_records_made_inside_a_zone_equal_those_made_outside(nlp):
    from tally.pipeline import _WARM_MODELS

    settings = Settings(batch_size=1)
    article = _article(41)
    _WARM_MODELS.discard(settings.model)  # the next batch is this process's first: outside a zone
    ((_, outside),) = analyze_many([article], settings=settings)
    ((_, inside),) = analyze_many([article], settings=settings)
    assert settings.model in _WARM_MODELS
    assert _records(inside) == _records(outside)
    (quote,) = [q for q in inside.quotes if q.kind == "direct"]
    assert quote.speaker_name and quote.speaker_name == "Anna Zhelvatov41x"
    assert any(f.value == 61 for f in inside.figures)


@pytest.mark.model
def test_an_article_new_to_the_process_reads_the_same_in_two_zones_in_turn(nlp):
    """The lemmatizer's table kept the hashes of lemmas found in a zone, whose strings the zone
    dropped: the next zone's first token of that form had a lemma naming no string."""
    settings = Settings(batch_size=1)
    list(analyze_many([_article(0)], settings=settings))  # warm: every later batch runs in a zone
    (first_prepared, first), (second_prepared, second) = analyze_many(
        [_article(43), _article(43)], settings=settings
    )
    assert not first_prepared.degraded and not second_prepared.degraded
    assert _records(first) == _records(second)
    assert [q.speaker_name for q in second.quotes if q.kind == "direct"] == ["Anna Belimtrosk43x"]
