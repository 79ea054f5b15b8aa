"""What every extractor reads: the parsed article and the records found before it.

Extractors run in the order their declared requirements give (see
:mod:`tally.extract.registry`) and each may use what the ones it requires found, e.g. a figure
takes its ``date`` from :attr:`ExtractContext.dates` and its ``asserted_by``
ids from :attr:`ExtractContext.entities`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from tally.lang import Lexicon, active
from tally.records import DateMention, Embedded, Event, Figure, Flag, Place, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tally.extract.entities.extractor import EntityIndex


_TEXT_KEY = "tally.text"


_TITLE_KEY = "tally.title_end"

#: A headline is at most this many words.
TITLE_MAX_WORDS = 20


def title_end(doc: Doc) -> int | None:
    """Where the article's headline line ends, or None when the text opens with running text.

    The first line of a text with more text after it, without a sentence's final
    punctuation and at most :data:`TITLE_MAX_WORDS` words, is a title ("Toll passes 700,
    monitors say"). Events drop its restated events; figure sources read its labels.
    Found once per Doc.
    """
    if _TITLE_KEY not in doc.user_data:
        doc.user_data[_TITLE_KEY] = _title_end(doc_text(doc))
    end: int | None = doc.user_data[_TITLE_KEY]
    return end


def _title_end(text: str) -> int | None:
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    cut = stripped.find("\n")
    if cut <= 0 or not stripped[cut:].strip():
        return None
    line = stripped[:cut].strip().lstrip("#").strip()
    if not line or line[-1] in ".!?\"”'’" or len(line.split()) > TITLE_MAX_WORDS:
        return None
    return offset + cut


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy's ``Doc.text`` joins every token on each access; called per candidate,
    it made extractors quadratic on long articles.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def known_text(doc: Doc, text: str) -> None:
    """Tell :func:`doc_text` the text *doc* was made from, so that it is not joined again from the tokens.

    spaCy's tokenizer keeps every character, so ``doc.text`` is the input; the
    text is taken only when its length matches the last token's end, as a guard.
    """
    last = doc[-1] if len(doc) else None
    end = last.idx + len(last.text_with_ws) if last is not None else 0
    if end == len(text):
        doc.user_data[_TEXT_KEY] = text


def _codes(doc: Doc, attr: str) -> list[int]:
    """One attribute of every token, as spaCy stores it (``Doc.to_array``: no Token is made)."""
    from spacy.attrs import IDS  # type: ignore[import-not-found]  # a Cython module without stubs

    codes: list[int] = doc.to_array(IDS[attr]).tolist() if len(doc) else []
    return codes


def _column(doc: Doc, attr: str, name_of: Callable[[int], str]) -> list[str]:
    """Every token's string for *attr* (``LOWER``, ``POS``, …), each distinct code named once.

    ``[token.lower_ for token in doc]`` makes a Token and decodes a string for every
    token; the columns below are read this way once per Doc, by several extractors.
    """
    codes = _codes(doc, attr)
    names = {code: name_of(code) for code in set(codes)}
    return [names[code] for code in codes]


def _cached_column(
    doc: Doc, key: str, attr: str, name_of: Callable[[int], str] | None = None, lower: bool = False
) -> list[str]:
    """:func:`_column`, read once per Doc and kept in its ``user_data`` under *key*.

    *name_of* decodes a code (default: the string of a hash in *doc*'s vocabulary, lowered with
    *lower*, through :func:`_decoded_column`).
    """
    column: list[str] | None = doc.user_data.get(key)
    if column is None:
        if name_of is None:
            column = doc.user_data[key] = _decoded_column(doc, attr, lower)
        else:
            column = doc.user_data[key] = _column(doc, attr, name_of)
    return column


#: Strings of the vocabulary's hashes already decoded (lowered in the second), kept across Docs.
#: A hash is the hash of its string whatever the vocabulary or memory zone, so a word decoded
#: for one article is the same word in the next; bounded by :data:`_DECODED_MAX`.
_DECODED: dict[int, str] = {}
_DECODED_LOWER: dict[int, str] = {}
_DECODED_MAX = 50_000


def _decoded_column(doc: Doc, attr: str, lower: bool) -> list[str]:
    """Every token's string for the hash attribute *attr* (``ORTH``, ``LEMMA``, ``DEP``, …).

    :func:`_column` decoded each distinct hash of every article through the string store
    again, some 2,500 decodings an article over its five string columns, most of them words
    decoded for an earlier article; these decode each hash once per process (the table
    cleared when it outgrows :data:`_DECODED_MAX`, so memory stays flat on a long run).
    """
    codes = _codes(doc, attr)
    known = _DECODED_LOWER if lower else _DECODED
    missing = set(codes).difference(known)
    if missing:
        if len(known) + len(missing) > _DECODED_MAX:
            known.clear()
            missing = set(codes)
        strings = doc.vocab.strings
        for code in missing:
            known[code] = strings[code].lower() if lower else strings[code]
    return list(map(known.__getitem__, codes))


def _pos_name(code: int) -> str:
    """The name of a coarse word class (what ``token.pos_`` gives: ``"NOUN"``; ``""`` when unset)."""
    from spacy.parts_of_speech import NAMES  # type: ignore[import-not-found]  # likewise

    return str(NAMES[code])


_STARTS_KEY = "tally.token_starts"


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token of *doc*, computed once per Doc (for bisection)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = _codes(doc, "IDX")
        doc.user_data[_STARTS_KEY] = starts
    return starts


_LOWERS_KEY = "tally.lowers"
_LEMMAS_KEY = "tally.lemmas"


def token_lowers(doc: Doc) -> list[str]:
    """Every token's ``lower_``, read once per Doc (a shared list: callers must not change it).

    spaCy makes a new Token and decodes a new string on each ``tok.lower_``;
    four extractors pass over every token of the article to test its lower
    form, and most tokens stop there.
    """
    column: list[str] | None = doc.user_data.get(_LOWERS_KEY)  # asked per token: no call on a hit
    return column if column is not None else _cached_column(doc, _LOWERS_KEY, "LOWER")


_POS_KEY = "tally.pos"


def token_pos(doc: Doc) -> list[str]:
    """Every token's ``pos_``, read once per Doc (a shared list: callers must not change it).

    The events' triggers and the quotes' cues pass over every token and stop at
    most of them on the word class alone.
    """
    column: list[str] | None = doc.user_data.get(_POS_KEY)
    return column if column is not None else _cached_column(doc, _POS_KEY, "POS", _pos_name)


_DEPS_KEY = "tally.deps"


def token_deps(doc: Doc) -> list[str]:
    """Every token's ``dep_``, read once per Doc (a shared list: callers must not change it).

    The quote genders pass over every token and read its relation to decide
    whether it is a subject; most tokens stop there.
    """
    column: list[str] | None = doc.user_data.get(_DEPS_KEY)  # asked per token: no call on a hit
    return column if column is not None else _cached_column(doc, _DEPS_KEY, "DEP")


def token_lemmas(doc: Doc) -> list[str]:
    """Every token's ``lemma_.lower()``, read once per Doc (a shared list: callers must not change it).

    The framing flags and the figures' article tests pass over every token's lemma.
    """
    column: list[str] | None = doc.user_data.get(_LEMMAS_KEY)
    return column if column is not None else _cached_column(doc, _LEMMAS_KEY, "LEMMA", lower=True)


_TEXTS_KEY = "tally.texts"
_ENT_TYPES_KEY = "tally.ent_types"


def token_texts(doc: Doc) -> list[str]:
    """Every token's ``text``, read once per Doc (a shared list: callers must not change it).

    The places' and entities' passes over every token stop at most tokens on the
    word alone; a Token is made only where they go on.
    """
    column: list[str] | None = doc.user_data.get(_TEXTS_KEY)
    return column if column is not None else _cached_column(doc, _TEXTS_KEY, "ORTH")


def token_ent_types(doc: Doc) -> list[str]:
    """Every token's ``ent_type_`` (``""`` outside an entity), read once per Doc (a shared list)."""
    return _cached_column(doc, _ENT_TYPES_KEY, "ENT_TYPE")


def token_flags(doc: Doc, attr: str) -> list[bool]:
    """Every token's lexical flag *attr* (``IS_TITLE``, ``IS_ALPHA``, ``IS_PUNCT``, ``IS_STOP``),
    as ``token.is_title`` … give it, read once per Doc (a shared list)."""
    key = "tally.flag." + attr
    flags: list[bool] | None = doc.user_data.get(key)
    if flags is None:
        flags = [code == 1 for code in _codes(doc, attr)]
        doc.user_data[key] = flags
    return flags


def token_sent_starts(doc: Doc) -> list[bool]:
    """Whether each token opens a sentence (``token.is_sent_start`` is True), read once per Doc."""
    return token_flags(doc, "SENT_START")  # spaCy stores 1 for a start, as for a lexical flag


_HEADS_KEY = "tally.heads"


def token_heads(doc: Doc) -> list[int]:
    """The index of each token's head (``token.head.i``; a root's is its own), read once per Doc
    (a shared list: callers must not change it).

    ``token.head`` makes a new Token on each step of a walk up the parse; the events' walks
    to a reporting verb or a generic noun's clause take up to eight steps from every trigger.
    """
    heads: list[int] | None = doc.user_data.get(_HEADS_KEY)
    if heads is None:
        from spacy.attrs import HEAD

        heads = []
        if len(doc):
            offsets = doc.to_array([HEAD]).view("int64").ravel().tolist()  # relative, may be negative
            heads = [i + offset for i, offset in enumerate(offsets)]
        doc.user_data[_HEADS_KEY] = heads
    return heads


_CHILDREN_KEY = "tally.children"


def token_children(doc: Doc) -> list[list[int]]:
    """The index of each token's children, in order (what ``token.children`` yields), read once
    per Doc from the heads (a shared list: callers must not change it).

    ``token.children`` makes a Token for every child and walks the token's whole subtree
    span on each call; the events' syntax helpers ask for one child by its relation
    some 100,000 times per hundred articles.
    """
    children: list[list[int]] | None = doc.user_data.get(_CHILDREN_KEY)
    if children is None:
        children = [[] for _ in range(len(doc))]
        for i, head in enumerate(token_heads(doc)):
            if head != i:  # a root is its own head and nobody's child
                children[head].append(i)
        doc.user_data[_CHILDREN_KEY] = children
    return children


def is_passive(verb: Token) -> bool:
    """Whether *verb* has a passive auxiliary or subject ("was arrested", "are said"), read from the
    Doc's columns: quotes ask it of every cue verb and events of every trigger, and
    ``verb.children`` made a Token for each child."""
    deps = token_deps(verb.doc)
    return any(deps[c] in {"auxpass", "nsubjpass"} for c in token_children(verb.doc)[verb.i])


def subtree_indices(doc: Doc, i: int) -> list[int]:
    """The indices of token *i*'s subtree in the order ``doc[i].subtree`` yields its tokens (each
    left child's subtree, the token, each right child's subtree), from :func:`token_children`.

    ``Token.subtree`` makes a Token for every word under a clause verb or a party's noun, which
    the events then only join or measure (:func:`subtree_text`).
    """
    children = token_children(doc)
    out: list[int] = []
    # each entry: a token still to expand, or (as ~index) one whose left subtrees are out
    stack = [i]
    while stack:
        k = stack.pop()
        if k < 0:
            out.append(~k)
            continue
        kids = children[k]
        # pushed in reverse: left children first, then the token itself, then right children
        stack.extend(c for c in reversed(kids) if c > k)
        stack.append(~k)
        stack.extend(c for c in reversed(kids) if c < k)
    return out


def subtree_text(tok: Token) -> str:
    """``" ".join(t.text for t in tok.subtree)``, without a Token per word (:func:`subtree_indices`)."""
    texts = token_texts(tok.doc)
    return " ".join([texts[k] for k in subtree_indices(tok.doc, tok.i)])


_SENTENCES_KEY = "tally.sentences"


def sentence_bounds(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Each sentence's first token and its ``(start_char, end_char)``, from ``doc.sents`` once per Doc.

    ``Token.sent`` walks the sentence's tokens to find its ends on every call;
    bisecting these lists gives the same sentence in logarithmic time.
    """
    held = doc.user_data.get(_SENTENCES_KEY)
    if held is None:
        sents = list(doc.sents)
        held = ([s.start for s in sents], [(s.start_char, s.end_char) for s in sents])
        doc.user_data[_SENTENCES_KEY] = held
    return held


def fast_sentences(doc: Doc) -> None:
    """Make ``Token.sent`` and ``Span.sent`` of *doc* bisect :func:`sentence_bounds`.

    spaCy finds a token's sentence by slicing the Doc twice (through a Python
    helper) and walking the tokens out to both ends, on every call; the
    extractors ask for it some 50 places, thousands of times an article. The
    hooks (spaCy's own ``user_token_hooks``/``user_span_hooks``) return the
    same span: the sentence that holds the token, or a span's first token.
    """
    if len(doc):
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence


_SENTENCE_SPANS_KEY = "tally.sentence_spans"
#: :func:`tally.extract.entities.descriptions.described_kind` of each name span, found once per Doc
DESCRIBED_KEY = "tally.described_kind"
_ENTS_KEY = "tally.ents"


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence that holds token *i*, as ``doc.sents`` gives it.

    Each sentence's Span is made once per Doc (until :func:`release`): the
    extractors ask for a token's sentence some 400 times an article, and a
    Span equals, and hashes as, a new one of the same bounds.
    """
    starts, _ = sentence_bounds(doc)
    k = bisect_right(starts, i) - 1
    made: list[Span | None] | None = doc.user_data.get(_SENTENCE_SPANS_KEY)
    if made is None:
        made = [None] * len(starts)
        doc.user_data[_SENTENCE_SPANS_KEY] = made
    span = made[k]
    if span is None:
        span = _span_type()(doc, starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc))
        made[k] = span
    return span


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (until :func:`release`).

    spaCy's ``Doc.ents`` makes a new Span for every entity of the document on
    each access, and the extractors read it some 25 times an article; no
    extractor changes the entities, and a Span equals a new one of the same
    bounds and label.
    """
    ents: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[_ENTS_KEY] = ents
    return ents


def release(doc: Doc) -> None:
    """Drop the Spans :func:`doc_ents` and the sentence hooks keep in *doc*'s ``user_data``.

    Each holds the Doc, so kept they would make a reference cycle and the Doc
    would wait for the garbage collector's rare full passes instead of being
    freed as soon as its article is built.
    """
    doc.user_data.pop(_SENTENCE_SPANS_KEY, None)
    doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(DESCRIBED_KEY, None)  # no Span, but an extractor run again must read the parse again


@lru_cache(maxsize=1)
def _span_type() -> type[Span]:
    """spaCy's Span class, imported when first needed (this module is imported without spaCy)."""
    from spacy.tokens import Span

    return Span


def _token_sentence(tok: Token) -> Span:
    return _sentence_at(tok.doc, tok.i)


def _span_sentence(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)


def entity_bounds(tok: Token) -> tuple[int, int]:
    """Token bounds of the named entity *tok* is in, from the IOB tags.

    ``doc.ents`` rebuilds every entity of the document on each access, which
    made speaker lookup quadratic on long texts; the tags give the same span
    in time proportional to the entity's length.
    """
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


@dataclass
class ExtractContext:
    """The parsed article and the records extracted so far."""

    doc: Doc
    entities: EntityIndex
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    embedded: list[Embedded] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    #: The word lists of the run's language (``Settings.lang``); the extractors'
    #: ``words`` modules read the same lexicon through :func:`tally.lang.active`.
    lexicon: Lexicon = field(default_factory=active)

    @property
    def text(self) -> str:
        return doc_text(self.doc)

    @property
    def published_year(self) -> int | None:
        """The year of :attr:`published` ("2020-11-03" → 2020); None when it is unknown or does not
        open with digits."""
        head = (self.published or "")[:4]
        return int(head) if head.isdecimal() else None

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence(s) covering the characters ``[start, end)``.

        This is the ``evidence`` of a record found at that span.
        """
        doc = self.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return (start, end)
        starts, chars = sentence_bounds(doc)  # the sentences of its first and last token
        first = chars[bisect_right(starts, span.start) - 1]
        last = chars[bisect_right(starts, span.end - 1) - 1]
        return (first[0], last[1])
