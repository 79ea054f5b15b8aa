"""Which language an article is written in, decided offline, before any parsing.

tally's extractors read English word lists and an English spaCy model: run
on Persian they find nothing, on Russian they find nonsense ("Алексея
Навального в" as an organisation). So every article's language is detected
first and only a language that has a pipeline is analysed (see
:meth:`tally.settings.Settings.pipelines`); the others are stored with their
language and no records, and the run says so.

Why py3langid (langid.py's maintained fork, BSD-3-Clause): its wheel is 4.6 MB
with the model of 97 languages inside (numpy is its only dependency), loads
in about a second and decides a paragraph in under a millisecond.
lingua-language-detector, the other small-text detector on PyPI, is a 96 MB
wheel that took 39 s to load its models here. Measured on short news
paragraphs (``tests/test_languages.py`` keeps the paragraphs; 356 two-sentence
English paragraphs cut from the VOA corpus, 10 Persian, 10 Russian and 10
Spanish ones written for the test), both were right on every paragraph; on
the 89 VOA headlines (4 to 12 words) py3langid was right on 80 (lingua on
88), mistaking English for Nigerian Pidgin or Indonesian at low
confidence, which the fallback rule below turns back into English: with it,
88 of the 89 headlines (one comes out undetermined) and every text of the
eight public evaluation sets are English.

The rule (constants in :mod:`tally.settings`):

- the detector's best language when its probability is at least
  :data:`~tally.settings.LANGUAGE_SURE` (0.9);
- otherwise the fallback language (``Settings.lang``, English) when the
  detector gives it at least :data:`~tally.settings.LANGUAGE_FALLBACK_MIN`
  (0.05): a short or mixed text in which English is plausible is analysed as
  English, as before;
- otherwise the best language when its probability is at least
  :data:`~tally.settings.LANGUAGE_DECIDED` (0.5): a short paragraph in
  Spanish or German, in which English is implausible, is never analysed as
  English;
- otherwise ``und`` (ISO 639-2 "undetermined"), with the best language's
  probability as the confidence: a dateline or a line of numbers
  ("Moscow, 12 March.", which the detector calls Polish at 0.05) is neither
  analysed as English nor reported under a language it is not in.

A language is a two- or three-letter code (ISO 639-1 where there is one:
``en``, ``fa``, ``ru``, ``es``). The confidence stored with it is the
detector's probability for the language decided.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from tally.lang import lexicon
from tally.settings import LANGUAGE_DECIDED, LANGUAGE_DETECT_CHARS, LANGUAGE_FALLBACK_MIN, LANGUAGE_SURE

LOGGER = logging.getLogger(__name__)

#: the code of a text whose language cannot be told (ISO 639-2)
UNDETERMINED = "und"


@dataclass(frozen=True)
class Detected:
    """A language decision: the code, the detector's probability for it, and whether the rule fell back."""

    language: str
    confidence: float
    fallback: bool = False


def _cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tally" / f"py3langid-{metadata.version('py3langid')}-model.npz"


def _write_cache(path: Path) -> None:
    """py3langid's model again, zlib- instead of LZMA-compressed (7.9 MB, beside the gazetteer's cache)."""
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(packed, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    path.parent.mkdir(parents=True, exist_ok=True)
    # write then rename, so that a parallel process never reads half a file
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".npz", delete=False) as written:
        np.savez_compressed(written, **arrays)
    os.replace(written.name, path)


def _from_cache(path: Path) -> Any:
    """The identifier from the cached arrays, built as ``LanguageIdentifier.from_model_file`` builds it."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import _to_array

    with np.load(path, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )


@cache
def _identifier(*, use_cache: bool = True) -> Any:
    """py3langid's identifier with probabilities, loaded once per process.

    py3langid ships its model LZMA-compressed, and unpacking it costs about
    0.8 s of CPU in every process that detects a language (each ``tally
    analyze``). The arrays are kept once, zlib-compressed, in the user's cache
    (0.25 s to read); any problem with that copy falls back to py3langid's own
    loading, so the cache can only make it faster.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    if use_cache:
        path = _cache_path()
        try:
            if not path.exists():
                _write_cache(path)
            return _from_cache(path)
        except Exception as err:  # noqa: BLE001 - a cache that cannot be read or written is only slower
            LOGGER.info("language model cache %s not used: %s", path, err)
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, fallback: str = "en") -> Detected:
    """The language of *text* by the rule above (the first characters suffice for a long text)."""
    head = text[:LANGUAGE_DETECT_CHARS]
    ranked = _identifier().rank(head)
    best, probability = ranked[0]
    fallback_probability = next((p for code, p in ranked if code == fallback), 0.0)
    if best != fallback and (
        _reads_as(fallback, head) or (probability < LANGUAGE_SURE and _dated_note(fallback, head))
    ):
        # "The strike spread from Lagos to Ibadan in Nigeria." is English that the
        # detector calls Nigerian Pidgin at 0.95: the fallback's own function words decide
        return Detected(fallback, round(float(fallback_probability), 4), fallback=True)
    if probability >= LANGUAGE_SURE:
        return Detected(best, round(float(probability), 4))
    if fallback_probability >= LANGUAGE_FALLBACK_MIN:
        return Detected(fallback, round(float(fallback_probability), 4), fallback=best != fallback)
    if probability >= LANGUAGE_DECIDED:
        return Detected(best, round(float(probability), 4))
    return Detected(UNDETERMINED, round(float(probability), 4))


def _dated_note(code: str, text: str) -> bool:
    """Whether *text* opens with language *code*'s date formula: "On 2 May 2021, M23 seized Bunagana
    (Rutshuru, North Kivu)." is an English note whose names outweigh its function words (the
    detector called such notes Shona or Nigerian Pidgin); only the first three words are read."""
    try:
        openers = lexicon(code).get("common", "date_openers")
        months = lexicon(code).get("common", "month_names")
    except (KeyError, FileNotFoundError, OSError):
        return False
    words = [w.strip(",.;:") for w in text.split(maxsplit=3)[:3]]
    if len(words) < 3 or words[0] != words[0].capitalize() or words[0].lower() not in openers:
        return False
    day, month = (words[1], words[2]) if words[1].isdigit() else (words[2], words[1])
    return day.isdigit() and len(day) <= 2 and month.lower() in months


#: Share of a text's words that are the fallback language's function words above which
#: the text reads as that language; English news runs at 0.35-0.5, Spanish or
#: German news at under 0.1 of English function words.
FUNCTION_WORD_SHARE = 0.25


def _reads_as(code: str, text: str) -> bool:
    """Whether *text* is made of language *code*'s function words at least as news in it is."""
    try:
        words = lexicon(code).get("common", "function_words")
    except (KeyError, FileNotFoundError, OSError):
        return False
    tokens = [t.lower() for t in text.split() if t.isalpha()]
    if len(tokens) < 5:
        return False
    return sum(t in words for t in tokens) / len(tokens) >= FUNCTION_WORD_SHARE
