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

from tally.extract.context import doc_text, sentence_bounds, token_lemmas, token_pos
from tally.extract.events import lexicon as event_lexicon
from tally.extract.spans import SpanIndex, memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tally.extract.context import ExtractContext
    from tally.records import Event

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


#: Figure categories that are the toll of an act of force (not "deaths": disease, accidents).
_TOLL_CATEGORIES = frozenset({"killed", "injured"})
#: Modalities of acts that happened (a threat or a plan kills no one).
_HAPPENED = frozenset({"asserted", "reported"})


def _acts_with_force(event: Event) -> bool:
    """Force used on people: an assault or a fight, or coercion with no narrower mode ("fired tear
    gas", "the crackdown"; arrests and bans have their own modes)."""
    if event.modality not in _HAPPENED:
        return False
    return event.type in {"ASSAULT", "FIGHT"} or (event.type == "COERCE" and event.mode is None)


def _calm_clause(doc: Doc, start: int) -> bool:
    """Whether the clause of the figure at character *start* names a disease, disaster or accident
    and no violence: "and 12 people died in a bus crash" is no toll of the tear gas before it."""
    # imported here: the figures package reads the events extractor's verb lemmas when it loads
    from tally.extract.figures import words as figure_words
    from tally.extract.figures.extractor import names_a_calm_cause

    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    verb = span[0]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    lemmas = {t.lemma_.lower() for t in verb.subtree}
    return not lemmas & figure_words.VIOLENCE_WORDS and names_a_calm_cause(lemmas)


#: Words that make a count a part of the count before it: "61 killed, *including* eight in Omdurman".
_PART_WORDS = frozenset({"including", "among"})


def _part_of_a_toll(doc: Doc, start: int) -> bool:
    """Whether the figure at character *start* is a part of another count ("including eight",
    "among them five soldiers"): its deaths are already in the whole, and an ACLED row that took
    both would count them twice."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(3):
        if tok.lower_ in _PART_WORDS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.lower_ in _PART_WORDS


def _told_in_a_part(doc: Doc, trigger: int, figure: int) -> bool:
    """Whether the act at character *trigger* is told inside the part of a count, below the clause
    of the figure at character *figure*: in "the toll has risen to 52, including six in Kosti,
    where troops fired on a march" the firing is the six's, not the 52's."""
    at_trigger = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    at_figure = doc.char_span(figure, figure + 1, alignment_mode="expand")
    if at_trigger is None or at_figure is None:
        return False
    above_figure = {t.i for t in at_figure[0].ancestors} | {at_figure[0].i}
    tok = at_trigger[0]
    while tok.i not in above_figure and tok.head.i != tok.i:
        if tok.lower_ in _PART_WORDS and any(t.like_num for t in tok.subtree):
            return True  # "including six …"; "were among those killed in the attack" counts no part
        tok = tok.head
    return False


def _line_break_before(text: str, chars: list[tuple[int, int]], k: int) -> bool:
    """Whether a line break ends sentence *k* - 1 (a paragraph, a list entry): the whitespace
    between the two sentences' words, which spaCy keeps at the end of the first."""
    between = text[chars[k - 1][0] : chars[k][0]]
    return "\n" in between[len(between.rstrip()) :]


def count_tolls_told_apart(ctx: ExtractContext, events: list[Event]) -> list[Event]:
    """Give the dead and wounded that no event counts to the act of force they are the toll of.

    Dying is no act, so "nine people died when police opened fire", "…; six people died" and "the
    crackdown left eleven dead" tell the toll in a clause the shooting's or the crackdown's clause
    does not hold (:func:`link_figures` reads the event's arguments and clause only), and the
    ACLED row of the shooting had no fatalities. A killed or injured figure that no event counts
    goes to the act of force of its sentence whose trigger is nearest to it; in a sentence that
    tells no act of its own ("Police dispersed the sit-in. At least five people died, doctors
    said."), to the last act of force of the sentence before it in the same paragraph, when the
    figure is not dated apart from it. Not a figure whose clause names a calm cause and no
    violence ("12 died in a bus crash"), nor a part of another count ("including eight"); nor to
    an act told inside such a part ("risen to 52, including six in Kosti, where troops fired").
    Sentences are grouped once, so the pass is linear in the article's figures and events.
    """
    counted = {i for e in events for i in e.figures}
    _, chars = sentence_bounds(ctx.doc)
    order = {span: k for k, span in enumerate(chars)}
    told: set[int] = set()  # sentences that tell an act of any kind
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        k = order.get(ctx.sentence_span(*e.trigger), -1)
        told.add(k)
        if _acts_with_force(e):
            by_sentence.setdefault(k, []).append(e)
    if not by_sentence:
        return events
    text = doc_text(ctx.doc)
    added: dict[str, list[str]] = {}
    for f in ctx.figures:
        if f.id in counted or f.category not in _TOLL_CATEGORIES or f.negated:
            continue
        k = order.get(ctx.sentence_span(f.start, f.end), -1)
        if k < 0:
            continue
        near = [e for e in by_sentence.get(k, []) if not _told_in_a_part(ctx.doc, e.trigger[0], f.start)]
        if near:
            act = min(near, key=lambda e: abs(e.trigger[0] - f.start))
        elif k not in told and k - 1 in by_sentence and not _line_break_before(text, chars, k):
            act = by_sentence[k - 1][-1]
            if f.date and act.date and f.date != act.date:
                continue  # "In 2011, 16 people died in the same square": another time's dead
        else:
            continue
        if not _calm_clause(ctx.doc, f.start) and not _part_of_a_toll(ctx.doc, f.start):
            added.setdefault(act.id, []).append(f.id)
    if not added:
        return events
    return [
        e.model_copy(update={"figures": [*e.figures, *added[e.id]]}) if e.id in added else e for e in events
    ]


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
