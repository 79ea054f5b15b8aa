"""Quotes and their speakers, scored against PolNeAR.

Tasks:

- ``quotes``: content spans of every attribution (direct, mixed, indirect);
- ``quotes+speaker``: the same, and the speaker is right;
- ``quotes_direct``: gold ``direct`` and ``mixed`` attributions (content in
  quote marks) against predicted ``direct``/``mixed`` quotes; a predicted
  direct quote that lands on a gold *indirect* attribution is not counted
  either way (PolNeAR calls some quoted passages indirect when the marks
  enclose only a title or a scare quote);
- ``quotes_direct+speaker``.

Spans match by overlap (the main numbers) and exactly (``exact_*`` extras).

Units are attributions, not quoted segments. PolNeAR (like PARC, the corpus
whose scheme it follows) annotates one attribution relation per source mention
and cue, and an interrupted quotation (“A,” said X. “B.”) or a quotation that
runs over several paragraphs is one relation whose content span covers every
part. tally writes one record per quoted segment (SPEC: ``start``/``end`` are
the quoted words) and says which segments belong together by giving them the
same ``speaker_span`` and ``cue``: the same mention of the speaker through the
same cue. The scorer joins such records into one predicted attribution (from
the first segment's start to the last one's end) before matching; matching
stays one-to-one. This takes the system's own claim, not the gold, to decide
what is joined: segments the extractor did not link still count separately, and
segments it linked wrongly (two utterances) make one prediction that can earn
at most one gold item.

Speaker rule: right when the predicted ``speaker_name`` contains the head word
of the gold speaker (last token of the gold span, possessive removed:
"Hillary Clinton's campaign" → "campaign") or the gold speaker span contains
the head word of the predicted name; or when the predicted speaker entity has
a mention overlapping the gold speaker span (coreference through tally's own
entity). PolNeAR marks many speakers as pronouns ("he", "she", "who"); these
are resolved to the nearest preceding *named* gold speaker of the same
article that agrees with the pronoun, and a relative pronoun to the phrase
right before it in the text: an approximation of the coreference the README
asks for. Agreement for "he", "she" and "I": not a plural phrase ("security
officials", "Few people"), a person (a name, or a noun for people such as
"nominee": not "a Donald Trump tweet" or "the article"), and of the
pronoun's gender when the phrase shows one (a title, a gendered noun, a
first name given to one gender only). The lists for people, gendered nouns and
first names are coreferee's (:mod:`tally.lexicons`); the same rule applies
whatever the system predicts. A gold
attribution without a source is right only when tally gives no speaker.
"""

from __future__ import annotations

import re
from typing import Any

from tally.evaluate._base import Scorer, item_entry, offset_map, score_spans, trim
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import Span, exact_extra
from tally.lexicons import (
    FEMALE,
    MALE,
    PRONOUN_GENDER,
    first_name_gender,
    gendered_nouns,
    given_name_gender,
    is_person_noun,
    person_nouns,
)
from tally.records import Article, Quote

TASKS = ("quotes", "quotes+speaker", "quotes_direct", "quotes_direct+speaker")

DIRECT_KINDS = frozenset({"direct", "mixed"})

#: Gold speakers that name no one by themselves and are resolved to the nearest
#: preceding named speaker (see the module docstring).
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "who",
        "which",
        "that",
        "his",
        "her",
        "their",
        "its",
        "him",
        "them",
        "this",
        "these",
        "those",
        "one",
    ]
)

_WORD = re.compile(r"\w+(?:[.'’]\w+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens with possessives removed ("Clinton’s" → "clinton")."""
    out = []
    for token in _WORD.findall(text or ""):
        token = _POSSESSIVE.sub("", token).lower().rstrip(".")
        if token:
            out.append(token)
    return out


def head_word(text: str) -> str | None:
    """Last word of a speaker phrase, possessive removed; None for an empty phrase."""
    tokens = words(text)
    return tokens[-1] if tokens else None


def speaker_names_match(gold_speaker: str, predicted_name: str) -> bool:
    """The head-word rule, both ways (see the module docstring)."""
    gold_head, pred_head = head_word(gold_speaker), head_word(predicted_name)
    if gold_head is None or pred_head is None:
        return False
    return gold_head in words(predicted_name) or pred_head in words(gold_speaker)


def group_segments(text: str, quotes: list[Quote]) -> list[list[int]]:
    """Indices of the records that form one attribution, in text order (see the module docstring).

    Consecutive records with the same ``speaker_span`` and ``cue`` are segments
    of one utterance when they share a paragraph, or when the earlier one runs
    to the end of its paragraph without a closing mark (a quotation continued
    in the next paragraph). A record without a ``speaker_span`` stands alone.
    """
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, quotes[i].end))
    groups: list[list[int]] = []
    open_group: dict[tuple[Any, ...], list[int]] = {}
    for i in order:
        q = quotes[i]
        key = (tuple(q.speaker_span), q.cue) if q.speaker_span is not None else None
        group = open_group.get(key) if key is not None else None
        if group is not None and _continues(text, quotes[group[-1]], q):
            group.append(i)
            continue
        groups.append([i])
        if key is not None:
            open_group[key] = groups[-1]
    return groups


def _continues(text: str, before: Quote, after: Quote) -> bool:
    """*after* is in *before*'s paragraph, or *before* is left open at its paragraph's end."""
    between = text[before.end : after.start]
    if "\n" not in between:
        return True
    rest = between[: between.index("\n")]
    return not any(mark in rest for mark in '"”’»')


#: Relative pronouns: they refer to the phrase right before them ("the mayor, who said").
RELATIVES = frozenset(["who", "whom", "which", "that"])

#: Pronouns of one person: they cannot refer back to a plural phrase ("officials").
SINGULAR = frozenset(["he", "she", "his", "her", "him", "i"])

#: Words that end the phrase a relative pronoun refers to, read backwards:
#: "backed by Mr. Kerry and Mr. Obama, who" refers to "Mr. Obama".
_PHRASE_STOP = frozenset(
    "and or but by to with from for on at in as than when while after before".split()  # noqa: SIM905
)

_BOUNDARY = ",;:()[]—–\n"


def resolve_pronoun_speakers(gold_quotes: list[dict[str, Any]], text: str | None = None) -> list[str | None]:
    """Each gold quote's speaker text, pronouns replaced by what they refer to (:func:`resolve_antecedents`)."""
    return [name for name, _span in resolve_antecedents(gold_quotes, text)]


def resolve_antecedents(
    gold_quotes: list[dict[str, Any]], text: str | None = None
) -> list[tuple[str | None, Span | None]]:
    """Each gold quote's speaker text, pronouns replaced by what they refer to.

    A relative pronoun ("who", "which") is the phrase right before it in
    *text* (:func:`relative_antecedent`); any other pronoun is the nearest
    preceding named gold speaker that agrees with it (:func:`agrees`); a
    surname takes the gender the article gives it elsewhere ("Mr. Trump",
    "Donald Trump").
    """
    surnames = surname_genders(text or "")
    named: list[tuple[int, str, int]] = sorted(
        (q["speaker_start"], q["speaker"], q.get("speaker_end") or q["speaker_start"] + len(q["speaker"]))
        for q in gold_quotes
        if q.get("speaker")
        and q.get("speaker_start") is not None
        and (q["speaker"].strip().lower() not in PRONOUNS)
    )
    resolved: list[tuple[str | None, Span | None]] = []
    for q in gold_quotes:
        speaker = q.get("speaker")
        if not speaker or q.get("speaker_start") is None:
            resolved.append((None, None))
            continue
        own: Span = (q["speaker_start"], q.get("speaker_end") or q["speaker_start"] + len(speaker))
        low = speaker.strip().lower()
        if low not in PRONOUNS:
            resolved.append((speaker, own))
            continue
        if low in RELATIVES and text is not None:
            phrase = relative_antecedent(text, q["speaker_start"])
            at = text.rfind(phrase, 0, q["speaker_start"]) if phrase else -1
            resolved.append((phrase, (at, at + len(phrase))) if phrase and at >= 0 else (speaker, own))
            continue
        before = [
            (name, (start, end))
            for start, name, end in named
            if start < q["speaker_start"] and agrees(low, name, surnames)
        ]
        resolved.append(before[-1] if before else (speaker, own))
    return resolved


#: Titles that carry a gender.
TITLE_GENDER = {"mr": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "sir": MALE}

#: Plural heads that do not end in "s".
PLURAL_HEADS = frozenset({"people", "men", "women", "children", "police", "staff", "public", "media"})


_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir)\.? ([A-Z][\w'’-]+)")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][\w'’-]+)")


def surname_genders(text: str) -> dict[str, str]:
    """Surnames whose gender the article shows by a title or a first name; both ways → left out."""
    seen: dict[str, set[str]] = {}
    for m in _TITLED.finditer(text):
        seen.setdefault(m.group(2), set()).add(TITLE_GENDER[m.group(1).lower()])
    given = first_name_gender()
    for m in _FULL_NAME.finditer(text):
        gender = given.get(m.group(1))
        if gender is not None:
            seen.setdefault(m.group(2), set()).add(gender)
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def agrees(pronoun: str, phrase: str, surnames: dict[str, str] | None = None) -> bool:
    """*phrase* can be what the speaker pronoun refers to (see the module docstring).

    :param surnames: genders of surnames from :func:`surname_genders`.
    """
    if pronoun not in SINGULAR:
        return True
    # "Rendell, a Clinton surrogate,": the name before the comma and its apposition
    core, _, apposition = phrase.strip().strip(",").partition(",")
    if _plural(core) or not (_person(core) or (apposition and _person(apposition))):
        return False
    want = PRONOUN_GENDER.get(pronoun)
    have = phrase_gender(core)
    if have is None and surnames:
        last = [t for t in _WORD.findall(core) if t[:1].isupper()]
        have = surnames.get(_POSSESSIVE.sub("", last[-1])) if last else None
    return want is None or have is None or want == have


def _plural(phrase: str) -> bool:
    """A common-noun phrase whose head is plural ("security officials", "Delegates"); names never are."""
    tokens = _WORD.findall(phrase)
    if not tokens:
        return False
    head = tokens[-1]
    plural_of_noun = head.endswith("s") and head.lower() not in person_nouns() and is_person_noun(head)
    if head[:1].isupper() and not plural_of_noun:
        return False  # a name, unless the plural of a noun for people ("Some Democrats")
    head = head.lower()
    if head in PLURAL_HEADS:
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))


def _person(phrase: str) -> bool:
    """A name or a noun phrase for a person: "Ms. Lynch", "the nominee"; not "a tweet" or "The article"."""
    tokens = _WORD.findall(_POSSESSIVE.sub("", phrase.strip().rstrip(",")))
    if not tokens:
        return False
    head = _POSSESSIVE.sub("", tokens[-1])
    if is_person_noun(head):
        return True
    names = [t for t in tokens[1:] if t[:1].isupper()] + ([tokens[0]] if tokens[0][:1].isupper() else [])
    return head[:1].isupper() and bool(names) and head.lower() not in {"the", "a", "an"}


def phrase_gender(phrase: str) -> str | None:
    """The gender a speaker phrase shows: its title, a gendered noun, else its first name."""
    tokens = _WORD.findall(phrase)
    nouns = gendered_nouns()
    for token in tokens:
        low = token.lower().rstrip(".")
        if low in TITLE_GENDER:
            return TITLE_GENDER[low]
        if low in nouns and not token[:1].isupper():
            return nouns[low]
    return given_name_gender(
        [t for t in tokens if t[:1].isupper() and t.lower().rstrip(".") not in TITLE_GENDER]
    )


def relative_antecedent(text: str, at: int) -> str | None:
    """The phrase a relative pronoun at *at* refers to: the words right before it.

    Read backwards to a comma, bracket, dash, line break or a conjunction or
    preposition ("backed by Mr. Kerry and Mr. Obama, who" → "Mr. Obama"); a
    phrase that opens with a lower-case word after a comma is an apposition, so
    the name before it is kept too ("Ann Lee, the mayor, who" → "Ann Lee, the mayor").
    """
    end = at
    while end > 0 and text[end - 1] in " ,\t":
        end -= 1
    parts: list[str] = []
    for _ in range(2):
        start = end
        while start > 0 and text[start - 1] not in _BOUNDARY:
            start -= 1
        words_ = text[start:end].split()
        keep: list[str] = []
        for word in reversed(words_):
            if word.lower() in _PHRASE_STOP or (word.endswith(".") and len(word) > 4 and keep):
                break
            keep.insert(0, word)
        if not keep:
            break
        parts.insert(0, " ".join(keep))
        apposition = (
            keep[0][:1].islower() and len(keep) == len(words_) and start > 0 and text[start - 1] == ","
        )
        if not apposition:
            break
        end = start - 1
        while end > 0 and text[end - 1] in " \t":
            end -= 1
    return ", ".join(parts) or None


class QuoteScorer(Scorer):
    """Scores ``Article.quotes`` against a PolNeAR line's ``quotes`` list."""

    def __init__(self) -> None:
        super().__init__(tasks=TASKS)
        self._exact: dict[str, list[int]] = {t: [0, 0, 0] for t in TASKS}

    def add(self, item: GoldItem, article: Article) -> None:
        omap = offset_map(item, article)
        gold = list(item.data.get("quotes") or [])
        gold_spans: list[Span] = [trim(item.text, (q["start"], q["end"])) for q in gold]
        antecedents = resolve_antecedents(gold, item.text)
        resolved = [name for name, _span in antecedents]
        records = list(article.quotes)
        groups = group_segments(article.text, records)
        # one prediction per attribution: the first segment stands for the group
        # (same speaker, cue and kind family), its span runs to the last segment
        preds = [_joined(records, g) for g in groups]
        pred_spans = [trim(item.text, omap.span(q.start, q.end)) for q in preds]
        mentions = _entity_mentions(article, omap)

        def speaker_ok(gi: int, pi: int) -> bool:
            return _speaker_right(gold[gi], antecedents[gi], preds[pi], mentions)

        direct_gold = [i for i, q in enumerate(gold) if q.get("kind") in DIRECT_KINDS]
        direct_pred = [i for i, q in enumerate(preds) if q.kind in DIRECT_KINDS]
        indirect_gold = [gold_spans[i] for i in range(len(gold)) if i not in set(direct_gold)]
        subsets = {
            "quotes": (list(range(len(gold))), list(range(len(preds))), []),
            "quotes_direct": (direct_gold, direct_pred, indirect_gold),
        }
        for base, (gsel, psel, ignore) in subsets.items():
            g_sp = [gold_spans[i] for i in gsel]
            p_sp = [pred_spans[i] for i in psel]
            for mode in ("overlap", "exact"):
                out = score_spans(g_sp, p_sp, mode=mode, ignore=ignore)
                counted = len(psel) - len(out.ignored)
                right = [(gsel[g], psel[p]) for g, p in out.pairs]
                with_speaker = sum(1 for g, p in right if speaker_ok(g, p))
                if mode == "overlap":
                    self.scores[base].add(out.tp, counted, len(gsel))
                    self.scores[f"{base}+speaker"].add(with_speaker, counted, len(gsel))
                    if base == "quotes":
                        self._list_errors(item, gold, resolved, preds, pred_spans, out, right, speaker_ok)
                else:
                    for task, tp in ((base, out.tp), (f"{base}+speaker", with_speaker)):
                        counts = self._exact[task]
                        counts[0] += tp
                        counts[1] += counted
                        counts[2] += len(gsel)

    def _list_errors(self, item, gold, resolved, preds, pred_spans, out, right, speaker_ok):
        text = item.text
        missed = [
            item_entry(
                text,
                (gold[g]["start"], gold[g]["end"]),
                kind=gold[g].get("kind"),
                speaker=gold[g].get("speaker"),
            )
            for g in out.missed
        ]
        invented = [
            item_entry(text, pred_spans[p], kind=preds[p].kind, speaker=preds[p].speaker_name)
            for p in out.invented
        ]
        wrong = [
            item_entry(
                text,
                (gold[g]["start"], gold[g]["end"]),
                kind=gold[g].get("kind"),
                gold_speaker=gold[g].get("speaker"),
                gold_speaker_resolved=resolved[g],
                speaker=preds[p].speaker_name,
            )
            for g, p in right
            if not speaker_ok(g, p)
        ]
        self.record_errors(item, "quotes", missed=missed, invented=invented, wrong=wrong)

    def finish(self) -> dict[str, Any]:
        for task, (tp, pred, gold) in self._exact.items():
            self.scores[task].extra.update(exact_extra(tp, pred, gold))
        return self.scores


def _joined(records: list[Quote], group: list[int]) -> Quote:
    """The attribution made of the segments *group*: first record, span over all of them.

    Its kind is indirect when every segment is, and mixed when reported words
    and quoted ones are joined ("called him a master. “He showed …”"): PolNeAR's
    mixed is content that contains quoted words.
    """
    first = records[group[0]]
    if len(group) == 1:
        return first
    start = min(records[i].start for i in group)
    end = max(records[i].end for i in group)
    kinds = {records[i].kind for i in group}
    if kinds == {"indirect"}:
        kind = "indirect"
    elif "mixed" in kinds or "indirect" in kinds:
        kind = "mixed"
    else:
        kind = first.kind
    return first.model_copy(update={"start": start, "end": end, "kind": kind})


def _entity_mentions(article: Article, omap: Any) -> dict[str, list[Span]]:
    return {e.id: [omap.span(s, t) for s, t in e.mentions] for e in article.entities}


def _speaker_right(
    gold: dict[str, Any],
    antecedent: tuple[str | None, Span | None],
    pred: Quote,
    mentions: dict[str, list[Span]],
) -> bool:
    if gold.get("speaker_start") is None or not gold.get("speaker"):
        return pred.speaker is None and not pred.speaker_name
    resolved, resolved_span = antecedent
    gold_span = (gold["speaker_start"], gold["speaker_end"])
    # the same entity: tally's entity has a mention at the gold speaker or at
    # what a gold pronoun refers to
    spans = [gold_span]
    if resolved_span is not None and resolved_span != gold_span:
        spans.append(resolved_span)
    if pred.speaker and any(
        min(g[1], m[1]) > max(g[0], m[0]) for g in spans for m in mentions.get(pred.speaker, [])
    ):
        return True
    if not pred.speaker_name:
        return False
    return any(
        speaker_names_match(candidate, pred.speaker_name)
        for candidate in {gold["speaker"], resolved or gold["speaker"]}
    )
