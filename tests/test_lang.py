"""Language data: word lists are files under tally/lang/<code>/, read through one Lexicon."""

from __future__ import annotations

import importlib

import pytest

from tally.errors import ConfigError
from tally.lang import Lexicon, active, languages, lexicon, use
from tally.settings import Settings

WORDS_MODULES = [
    "tally.extract.figures.words",
    "tally.extract.quotes.words",
    "tally.extract.events.lexicon",
    "tally.extract.entities.words",
    "tally.extract.dates.words",
    "tally.extract.places.words",
    "tally.extract.framing.words",
]


def test_english_is_there_and_active_by_default():
    assert "en" in languages()
    assert active() is lexicon("en")


def test_a_list_is_a_file_and_reads_as_its_python_shape():
    figure_words = importlib.import_module("tally.extract.figures.words")
    assert "kill" in figure_words.VERB_CATEGORY and figure_words.VERB_CATEGORY["kill"] == "killed"
    assert ("shoot", "dead") in figure_words.PHRASAL_CATEGORY
    assert isinstance(figure_words.TOTAL_NOUNS, frozenset) and "toll" in figure_words.TOTAL_NOUNS


def test_shared_lists_live_once_in_common():
    quote_words = importlib.import_module("tally.extract.quotes.words")
    figure_words = importlib.import_module("tally.extract.figures.words")
    assert quote_words.REPORT_NOUNS is lexicon("en").get("common", "report_nouns")
    assert figure_words.REPORT_NOUNS == quote_words.REPORT_NOUNS


def test_event_senses_come_back_typed():
    event_lexicon = importlib.import_module("tally.extract.events.lexicon")
    sense = event_lexicon.VERBS["protest"]
    assert (sense.type, sense.mode) == ("PROTEST", "demo-org")
    assert "seize" in event_lexicon.OBJECT_ONLY or event_lexicon.OBJECT_ONLY


@pytest.mark.parametrize("module", WORDS_MODULES)
def test_words_modules_refuse_names_that_are_not_lists(module):
    words = importlib.import_module(module)
    with pytest.raises(AttributeError):
        words.NO_SUCH_LIST  # noqa: B018
    with pytest.raises(AttributeError):
        words.lowercase_name  # noqa: B018


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ConfigError, match="no word lists for language 'xx'.*en"):
        Lexicon("xx")
    with pytest.raises(ConfigError), use("xx"):
        pass


def test_a_run_in_an_unknown_language_is_refused_before_the_model_loads():
    import tally

    with pytest.raises(ConfigError, match="'xx'"):
        tally.analyze("Police arrested 12 people.", settings=Settings(lang="xx"))


def test_use_keeps_the_active_language_and_restores_it():
    with use("en") as lex:
        assert lex is active()
    assert active() is lexicon("en")
