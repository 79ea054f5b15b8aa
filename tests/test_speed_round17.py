"""Round 17 speed-ups (issue 16): the attribute ruler's matches and the lemmas by look-up are spaCy's.

``tally.nlp.attributes`` replaces the stock ruler's Matcher (every pattern
tried at every token) by a table of which one-token rules a token's tag,
form, label and whitespace flag meet, and a Matcher holding only the other
rules. The ruler's own ``set_annotations`` then sets the attributes, so equal
match lists mean equal tags, parts of speech, lemmas and morphology. These
tests compare the two on sentences of our own, each written to meet the
model's word-specific rules (main-verb "do"/"have", "gets"/"got", "there
is", a determiner standing alone, whitespace tokens, contractions).
"""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.lang.en import English

from tally.nlp.attributes import TableLemmatizer, TableMatcher, fast_attribute_ruler, stock_matching

pytestmark = pytest.mark.model

TEXTS = [
    "Police did what they had to do, the ministry said; the crowd had its say.",
    "She gets a lawyer and he got nothing.   Those were the terms, and that is that.",
    "There is no curfew, there were two raids and there's a strike.\n\n\nWe'd have gone.",
    "I'm sure they'll say it's over: which of them did it? Whose idea was this?",
    "Troops \t fired ,and  ...  twelve people—among them two children—died. Don't go!",
    "“Enough!” they chanted in Kyiv, Lagos and Santiago, as a hundred-odd riot police watched.",
    "",
    " ",
    "A",
]


def _matches_both_ways(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    fast = ruler.match(doc)
    with stock_matching(nlp):
        stock = ruler.match(doc)
    return fast, stock


def test_tally_model_finds_the_ruler_matches_by_look_up(nlp):
    assert isinstance(vars(nlp.get_pipe("attribute_ruler"))["match"], TableMatcher)


@pytest.mark.parametrize("text", TEXTS)
def test_look_up_matches_are_the_matchers(nlp, text):
    fast, stock = _matches_both_ways(nlp, text)
    assert fast == stock


def test_attributes_set_are_the_stock_rulers(nlp):
    """Whole parse: tags, parts of speech, lemmas and morphology the same both ways."""
    text = " ".join(TEXTS)
    columns = [TAG, POS, LEMMA, MORPH]
    fast = nlp(text).to_array(columns).tolist()
    with stock_matching(nlp):
        stock = nlp(text).to_array(columns).tolist()
    assert fast == stock


def test_stock_matching_restores_the_look_up_after_the_block(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    table = vars(ruler)["match"]
    with stock_matching(nlp):
        assert "match" not in vars(ruler)
    assert vars(ruler)["match"] is table


def _toy_pipeline():
    """A blank English pipeline whose ruler mixes table rules and rules only a Matcher reads."""
    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "riot"}]], {"LEMMA": "RIOT"})
    ruler.add([[{"LOWER": {"IN": ["riot", "police"]}}]], {"LEMMA": "unit"})  # later rule overrides
    ruler.add([[{"LOWER": "tear"}, {"LOWER": "gas"}]], {"LEMMA": "teargas"}, index=1)  # two tokens
    ruler.add([[{"LOWER": "fired", "OP": "+"}]], {"LEMMA": "fire"})  # an operator
    ruler.add([[{"ORTH": "Kyiv"}]], {"LEMMA": "kyiv"})  # an attribute the table does not read
    ruler.add([[{"LOWER": {"NOT_IN": ["police", "gas"]}, "IS_SPACE": False}]], {"MORPH": "Foo=Bar"})
    return nlp, ruler


def test_rules_the_table_cannot_read_are_left_to_a_matcher():
    nlp, ruler = _toy_pipeline()
    text = "Riot police fired tear gas in Kyiv ; fired fired  again"
    stock = [(t.lemma_, str(t.morph)) for t in nlp(text)]
    stock_matches = ruler.match(nlp.make_doc(text))
    fast_attribute_ruler(nlp)
    table = vars(ruler)["match"]
    assert table._rest_rules == 3  # the two-token rule, the operator, the ORTH test
    assert ruler.match(nlp.make_doc(text)) == stock_matches
    assert [(t.lemma_, str(t.morph)) for t in nlp(text)] == stock
    assert [t.lemma_ for t in nlp("riot police tear gas")] == ["unit", "unit", "", "teargas"]


def test_fast_attribute_ruler_leaves_a_pipeline_without_a_ruler_alone():
    nlp = English()
    fast_attribute_ruler(nlp)  # no error, nothing added
    assert nlp.pipe_names == []
    with stock_matching(nlp):
        assert [t.text for t in nlp("a b")] == ["a", "b"]


def test_tally_model_looks_its_lemmas_up(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), TableLemmatizer)


def test_looked_up_lemmas_are_the_stock_lemmatizers_on_words_seen_twice(nlp):
    """The second "was", "protesters", "fled" take their lemma from the table: still spaCy's."""
    text = (
        "Protesters fled as police were firing; the protesters who fled were caught. "
        "It was dark and it was cold, he said. She said they'd been beaten, they said."
    )
    fast = [(t.text, t.lemma_) for t in nlp(text)]
    with stock_matching(nlp):
        assert type(nlp.get_pipe("lemmatizer")) is not TableLemmatizer
        stock = [(t.text, t.lemma_) for t in nlp(text)]
    assert fast == stock
    assert ("fled", "flee") in fast and ("were", "be") in fast  # guards: the lemmas are real
    assert isinstance(nlp.get_pipe("lemmatizer"), TableLemmatizer)


def test_a_lemma_the_ruler_set_is_kept(nlp):
    """The ruler's word rules ("gets" → "get") come first, as in spaCy: the lemmatizer fills the rest."""
    doc = nlp("He gets nothing. She got a fine and gets another.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gets", "got")] == ["get", "get", "get"]
