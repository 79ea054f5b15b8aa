"""The attribute ruler's matches and the lemmatizer's lemmas found by look-up, as spaCy finds them.

spaCy's ``attribute_ruler`` (``en_core_web_sm``: 179 rules mapping a tag to a
part of speech and morphology, and word-specific exceptions such as "gets" →
lemma "get") runs a :class:`~spacy.matcher.Matcher` that tries each of its
patterns at each token. Profiling put that at 1.3 of the 9 CPU seconds of
the whole spaCy parse of the 89 VOA stories, the largest part after the NER
and the tok2vec layer, for a result that depends on four token attributes.

Almost every rule is one token tested on its tag, lower-cased form,
dependency label or whitespace flag (an exact value, ``IN`` or ``NOT_IN`` a
list). For those rules, which rules a token meets depends only on those four
values, and only on whether its form and label are among the few any rule
names: the answer for each such combination is worked out once per process
and looked up after that. Rules of any other shape (two tokens, an operator,
another attribute) keep being found by a Matcher of their own, holding those
rules only. The matches are handed, in the order spaCy sorts them, to the
ruler's own ``set_annotations``: which token gets which attribute is spaCy's
code, unchanged, so every tag, part of speech, lemma and morphology is what
the stock ruler sets (``tests/test_speed_round17.py`` compares the two on
every token of real text).

The rule lemmatizer after it walks the Doc in Python, making a Token and a
morphology object for each token to find its lemma in its cache, 0.2 CPU
seconds of the same parse. A lemma is a function of the token's form, part
of speech and morphology (spaCy's own cache key), so :class:`TableLemmatizer`
reads those three columns with ``Doc.to_array``, asks spaCy's lemmatizer once
per process for each combination, and writes the lemmas back with
``Doc.from_array``; a token whose lemma the ruler set keeps it, as in spaCy.

:func:`stock_matching` puts spaCy's own ruler and lemmatizer back for a
while: ``tally bench`` times bare spaCy with them, so that its baseline stays
the stock model.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG  # type: ignore[import-not-found]  # Cython, no stubs
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

#: The token attributes a looked-up rule may test, in the order of :data:`_COLUMNS`.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
#: A form or label no rule names: every one such behaves the same under every rule.
_OTHER = -1
#: Name of the ruler's matching method, replaced on the instance.
_MATCH = "match"


def _value_test(value: Any, strings: Any) -> tuple[str, Any] | None:
    """One attribute's test as (kind, hashed operand), or None for a test this module does not read."""
    if isinstance(value, bool):
        return "is", int(value)
    if isinstance(value, str):
        return "is", strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        ((op, operand),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
            return op, frozenset(strings.add(v) for v in operand)
    return None


def _token_tests(pattern: list[dict[str, Any]], strings: Any) -> tuple[tuple[int, str, Any], ...] | None:
    """A one-token pattern's tests as (column, kind, operand), or None when it needs the Matcher."""
    if len(pattern) != 1:
        return None
    tests = []
    for attr, value in pattern[0].items():
        if attr not in _TESTED:
            return None
        test = _value_test(value, strings)
        if test is None:
            return None
        tests.append((_TESTED.index(attr), *test))
    return tuple(tests)


def _passes(values: tuple[int, ...], tests: tuple[tuple[int, str, Any], ...]) -> bool:
    for column, kind, operand in tests:
        value = values[column]
        if kind == "is":
            if value != operand:
                return False
        elif (value in operand) != (kind == "IN"):
            return False
    return True


class TableMatcher:
    """The matches of one attribute ruler, in the order of its own ``match``: (rule, key, start, end)."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self._rest = Matcher(ruler.vocab)  # the rules that are not one token of the tested attributes
        self._rest_rules = 0
        #: (rule number, match key, tests) of every one-token rule, in rule order
        self._rules: list[tuple[int, int, tuple[tuple[int, str, Any], ...]]] = []
        named: list[set[int]] = [set(), set(), set(), set()]  # values some rule names, per column
        for number in range(len(ruler.attrs)):
            key = strings.add(str(number))
            _, patterns = ruler.matcher.get(key)
            others = []
            for pattern in patterns:
                tests = _token_tests(pattern, strings)
                if tests is None:
                    others.append(pattern)
                    continue
                self._rules.append((number, key, tests))
                for column, kind, operand in tests:
                    named[column].update(operand if kind != "is" else (operand,))
            if others:
                self._rest.add(key, others)
                self._rest_rules += 1
        # a tag and the whitespace flag are few: kept as they are; a form or label no rule names
        # stands for all such (an exact test fails on it, IN fails, NOT_IN passes, as for each)
        self._lowers = frozenset(named[1])
        self._deps = frozenset(named[2])
        self._met: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self._strings = strings

    def _rules_met(self, values: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        met: dict[int, int] = {}  # rule -> key: one match per rule and token, as the Matcher gives
        for number, key, tests in self._rules:
            if number not in met and _passes(values, tests):
                met[number] = key
        return tuple(met.items())

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches: list[tuple[int, int, int, int]] = []
        table, lowers, deps = self._met, self._lowers, self._deps
        for start, (tag, lower, dep, space) in enumerate(doc.to_array(_COLUMNS).tolist()):
            values = (tag, lower if lower in lowers else _OTHER, dep if dep in deps else _OTHER, space)
            met = table.get(values)
            if met is None:
                met = table[values] = self._rules_met(values)
            for number, key in met:
                matches.append((number, key, start, start + 1))
        if self._rest_rules:
            strings = self._strings
            for key, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                matches.append((int(strings[key]), key, start, end))
        matches.sort()  # by rule, as the ruler's own match sorts them: later rules have precedence
        return matches


#: Combinations of form, part of speech and morphology whose lemma is kept, per process, before the
#: table starts again (spaCy's own lemma cache is not bounded; this one is).
LEMMA_TABLE_SIZE = 500_000


class TableLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer whose lemmas are looked up by form, part of speech and morphology.

    Not made: set on the model's own lemmatizer by :func:`fast_attribute_ruler`, which keeps its
    tables and settings. Any other mode, ``overwrite`` or tables not yet checked go the stock way.
    """

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule" or not self._validated or not len(doc):
            return super().__call__(doc)
        try:
            return self._look_up(doc)
        except Exception as err:
            return self.get_error_handler()(self.name, self, [doc], err)

    @contextmanager
    def memory_zone(self, mem: Any = None) -> Iterator[Any]:
        """Lemmas found inside ``nlp.memory_zone()`` are kept in a table of the zone's own.

        Their strings are the zone's and are gone after it: a hash kept in the
        process's table would name no string in the next batch.
        """
        vars(self)["_zone_table"] = {}
        try:
            yield mem
        finally:
            vars(self).pop("_zone_table", None)

    def _look_up(self, doc: Doc) -> Doc:
        table: dict[tuple[int, int, int], int] = vars(self).setdefault("_lemma_table", {})
        if len(table) > LEMMA_TABLE_SIZE:
            table.clear()
        zone: dict[tuple[int, int, int], int] | None = vars(self).get("_zone_table")
        kept = table if zone is None else zone  # where a lemma found now is kept
        strings = self.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma == 0:  # not set by the ruler: the lemmatizer's (spaCy's test, with its "overwrite" off)
                key = (orth, pos, morph)
                found = table.get(key)
                if found is None and zone is not None:
                    found = zone.get(key)
                if found is None:
                    found = strings.add(self._rule_lemmas(doc[i])[0])
                    if pos:  # no part of speech: spaCy warns on each such token, so it is asked each time
                        kept[key] = found
                lemma = found
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]  # 1-d is read as one column
        return doc

    def _rule_lemmas(self, token: Any) -> list[str]:
        """spaCy's ``rule_lemmatize`` (3.8), with each word class's index of known lemmas a set.

        spaCy keeps the index as the lists its tables ship (57,528 nouns, 20,993
        adjectives, 8,700 verbs) and tests every form a suffix rule makes with
        ``in`` on them: 0.2 ms a word, 1.3 of the 12 CPU seconds of parsing 120
        news articles met for the first time. The same tests on sets give the
        same lemmas in the same order; spaCy's cache is read and filled as its
        own method does (``tests/test_round32_speed.py`` compares the two).
        """
        cache_key = (token.orth, token.pos, token.morph.key)
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.rule_lemmatize(token)  # spaCy's warning and answer for a token without a class
        if self.is_base_form(token):
            return [string.lower()]
        index = self._index_set(univ_pos)
        exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos, {})
        rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
        if not (index or exceptions or rules):
            return [string] if univ_pos == "propn" else [string.lower()]
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        self.cache[cache_key] = forms
        return forms

    def _index_set(self, univ_pos: str) -> frozenset[str]:
        """The lemma index of one word class as a set, made once per process from spaCy's list."""
        sets: dict[str, frozenset[str]] = vars(self).setdefault("_index_sets", {})
        found = sets.get(univ_pos)
        if found is None:
            found = sets[univ_pos] = frozenset(self.lookups.get_table("lemma_index", {}).get(univ_pos, ()))
        return found


def fast_attribute_ruler(nlp: Language) -> None:
    """Find the matches of *nlp*'s ``attribute_ruler`` by look-up, and its English rule lemmatizer's
    lemmas (a pipeline without them is left as is)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if _MATCH not in vars(ruler):
            setattr(ruler, _MATCH, TableMatcher(ruler))
    if "lemmatizer" in nlp.pipe_names and type(nlp.get_pipe("lemmatizer")) is EnglishLemmatizer:
        nlp.get_pipe("lemmatizer").__class__ = TableLemmatizer


@contextmanager
def stock_matching(nlp: Language) -> Iterator[None]:
    """spaCy's own ruler matching and lemmatizer in *nlp* while the block runs (bare spaCy's baseline)."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    table = vars(ruler).pop(_MATCH, None) if ruler is not None else None
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    looked_up = type(lemmatizer) is TableLemmatizer
    if looked_up:
        lemmatizer.__class__ = EnglishLemmatizer
    try:
        yield
    finally:
        if table is not None:
            setattr(ruler, _MATCH, table)
        if looked_up:
            lemmatizer.__class__ = TableLemmatizer
