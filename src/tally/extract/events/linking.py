"""Linking an event to the place, date and figures other extractors found near it.

The clause first, then the sentence: "arrested 146 people in Tehran" takes
Tehran because it is in the clause of "arrested". Two conventions of news
prose are followed where the sentence itself is silent:

- a place phrase that points forward ("in those places where …") is
  resolved by the next sentence when it lists them ("These places include
  Khuzestan province … the city of Behbehan"); the most specific place wins
  and the evidence grows to cover both sentences;
- a past-tense sentence with no date of its own keeps the time of the
  narrative: the date of a figure that quantifies the event, else the last
  date mentioned in the two sentences before it (the "reference time" of
  TimeML-style annotation). The publication date is never used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import doc_text, token_lemmas, token_pos
from tally.extract.events import lexicon as event_lexicon
from tally.extract.spans import SpanIndex, memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tally.extract.context import ExtractContext

#: Figure categories that can quantify an event of each type.
FIGURE_CATEGORIES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"killed", "injured", "executed", "deaths"}),
    "FIGHT": frozenset({"killed", "injured", "deaths"}),
    "COERCE": frozenset({"arrested", "detained", "sentenced", "disappeared"}),
    "PROTEST": frozenset({"protesters", "places"}),
    "MOBILIZE": frozenset({"other"}),
    "THREATEN": frozenset({"executed", "arrested"}),
}
#: Kinds of place from most to least specific.
_SPECIFIC = {"city": 0, "other": 1, "admin1": 2, "country": 3}
#: How many sentences back a narrative date is carried.
CARRY_SENTENCES = 2


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _nearest(items: list[tuple[str, int, int]], point: int) -> str | None:
    if not items:
        return None
    return min(items, key=lambda m: abs(m[1] - point))[0]


def _place_mentions(ctx: ExtractContext, outer: tuple[int, int]) -> list[tuple[str, int, int]]:
    """Place mentions inside *outer* that are not part of an organisation's name, in article order."""
    places = memo(
        ctx,
        "event_places",
        ctx.places,
        lambda: SpanIndex([(p.id, s, e) for p in ctx.places for s, e in p.spans()]),
    )
    return [m for m in places.inside(outer) if not ctx.entities.inside_mention(m[1], m[2], _ORG_TYPES)]


_ORG_TYPES = frozenset({"ORG", "MEDIA"})


def _dated(ctx: ExtractContext, doc: Doc) -> SpanIndex:
    """Dates with a value that do not bound a period, once per article."""
    memo = ctx.__dict__.setdefault("_event_links", {})
    if "dated" not in memo:
        memo["dated"] = SpanIndex(
            [(d.value, d.start, d.end) for d in ctx.dates if d.value and not _anchors_duration(doc, d.start)]
        )
    return memo["dated"]


def _figures(ctx: ExtractContext) -> tuple[SpanIndex, dict[str, int]]:
    """The article's figures by span, and each figure id's position, once per article."""
    memo = ctx.__dict__.setdefault("_event_links", {})
    if memo.get("figures_of") is not ctx.figures:
        memo["figures_of"] = ctx.figures
        memo["figures"] = (
            SpanIndex([(f, f.start, f.end) for f in ctx.figures]),
            {f.id: i for i, f in reversed(list(enumerate(ctx.figures)))},
        )
    return memo["figures"]


def link_place(
    ctx: ExtractContext,
    head: Token,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    evidence: tuple[int, int],
) -> tuple[str | None, tuple[int, int]]:
    """The place id of an event and its (possibly widened) evidence."""
    if not ctx.places:
        return None, evidence
    for scope in (clause, evidence):
        found = _nearest(_place_mentions(ctx, scope), trigger[0])
        if found is not None:
            return found, evidence
    sent = head.sent
    doc = head.doc
    lemmas, classes = token_lemmas(doc), token_pos(doc)  # the sentence's words with no Token each
    if not any(
        lemmas[i] in event_lexicon.PLACE_NOUNS and classes[i] == "NOUN" for i in range(sent.start, sent.end)
    ):
        return None, evidence
    if sent.end >= len(doc):
        return None, evidence
    nxt = doc[sent.end].sent
    if not any(t.lemma_.lower() in {"include", "be"} or t.lower_ in {"these", "those"} for t in nxt[:4]):
        return None, evidence
    kinds = {p.id: p.kind for p in ctx.places}
    there = _place_mentions(ctx, (nxt.start_char, nxt.end_char))
    if not there:
        return None, evidence
    best = min(there, key=lambda m: (_SPECIFIC.get(kinds[m[0]], 1), m[1]))
    return best[0], (evidence[0], max(evidence[1], nxt.end_char))


def link_figures(
    ctx: ExtractContext,
    event_type: str,
    arg_spans: list[tuple[int, int]],
    clause: tuple[int, int],
    evidence: tuple[int, int],
) -> list[str]:
    """Ids of figures that count this event: in its arguments, else in its clause, by category."""
    wanted = FIGURE_CATEGORIES.get(event_type, frozenset())
    out = []
    for f, _, _ in _figures(ctx)[0].inside(evidence):
        span = (f.start, f.end)
        in_args = any(_inside(span, a) for a in arg_spans)
        if (in_args and (f.category in wanted or f.category == "other")) or (
            _inside(span, clause) and f.category in wanted
        ):
            out.append(f.id)
    return out


def _anchors_duration(doc: Doc, start: int) -> bool:
    """A date after "since"/"until" bounds a period; it is not when the event happened."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in {"since", "until", "till", "before"}:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _is_past(verb: Token) -> bool:
    if verb.tag_ in {"VBD", "VBN"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in verb.children)


def link_date(
    ctx: ExtractContext,
    verb: Token,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    evidence: tuple[int, int],
    figure_ids: list[str],
) -> str | None:
    """The ISO date of an event from the dates in its clause, sentence or narrative."""
    doc = verb.doc
    dated = _dated(ctx, doc)
    for scope in (clause, evidence):
        found = _nearest(dated.inside(scope), trigger[0])
        if found is not None:
            return found
    position = _figures(ctx)[1]
    linked = sorted(position[i] for i in set(figure_ids) if i in position)
    for f in (ctx.figures[i] for i in linked):
        if f.date:
            return f.date
    if not _is_past(verb):
        return None
    sent = verb.sent
    start = sent.start
    for _ in range(CARRY_SENTENCES):
        if start == 0:
            break
        if "\n" in doc_text(doc)[doc[start - 1].idx : doc[start].idx]:
            break  # the narrative time does not cross a paragraph
        start = doc[start - 1].sent.start
    window = (doc[start].idx, evidence[0])
    before = dated.inside(window)
    return max(before, key=lambda d: d[1])[0] if before else None
