"""Entities of one article: named mentions merged into people, organisations and places.

spaCy's small model finds names but splits one actor into many mentions and
often mislabels them (it tags "Ebrahim Raisi" ORG and "Raisi" GPE). Monitors
need one row per actor, so this module merges mentions by rules that hold in
news text:

- a parenthesised acronym or alias list after a name belongs to it:
  "People's Mojahedin Organization of Iran (PMOI / MEK Iran)";
- a later mention whose words are all among an entity's words is that entity
  ("MEK" ⊂ "MEK Iran", "People's Mojahedin of Iran" ⊂ the full name), as is a
  bare surname of a person ("Raisi" after "Ebrahim Raisi"); a surname several
  people share goes to one of them (:func:`_share_surname`);
- country names never merge into anything as a "surname" ("Iran" is not
  "MEK Iran").

The type is a vote of the mention labels, overridden by stronger evidence:
a person's role or title makes a PERSON, an organisation word an ORG, a known
news outlet a MEDIA. Roles come from appositions and title words before the
name ("Iran's judiciary chief, Ebrahim Raisi" → "judiciary chief").

No library does this offline (coreference models cannot be installed here).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from tally.extract import countries
from tally.extract.context import (
    doc_ents,
    doc_text,
    token_deps,
    token_ent_types,
    token_flags,
    token_lowers,
    token_pos,
)
from tally.extract.entities import words as entity_words
from tally.extract.entities.briefing import briefer_label, briefer_span
from tally.extract.entities.descriptions import SETTLEMENT_NOUNS, described_kind
from tally.lexicons import first_names, is_person_noun
from tally.nlp.load import is_verb_lemma
from tally.nlp.syntax import is_dateline
from tally.records import Entity
from tally.textfold import fold_name as fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

LOGGER = logging.getLogger(__name__)

NER_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "ORG"}


_ALIAS_AFTER_NAME = re.compile(r"\s*\(([A-Z][^()\n]{0,60})\)")
_WORD = re.compile(r"[\w’'\-]+")
#: ", or BLA," after a name: its acronym, set off by commas.
_ACRONYM_AFTER_OR = re.compile(r", or ([A-Z][A-Z.&]{1,9}),")


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.rstrip("'") for w in _WORD.findall(fold(text)))


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in {"the", "of", "and", "a", "an"})


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of countries, which are never surnames or parts of a person."""
    names = {fold(name) for name in countries.country_names().values()}
    names.update({"iran", "russia", "syria", "us", "usa", "uk", "america", "britain"})
    return frozenset(names)


@dataclass
class _Cluster:
    name: str
    votes: Counter[str] = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titled: bool = False
    #: an alias in brackets spells the name's initials ("Iran Human Rights (IHR)")
    abbreviated: bool = False

    #: folded name and aliases, grown as aliases are appended (see :meth:`folded_names`)
    _folded: set[str] = field(default_factory=set, repr=False, compare=False)
    _folded_count: int = field(default=0, repr=False, compare=False)

    def folded_names(self) -> set[str]:
        """The folded name and aliases, kept up to date rather than rebuilt.

        Aliases are only appended and a name that gives way becomes an alias,
        so the set only grows: rebuilt on every look-up, a cluster gathering an
        alias per line of a long list of names made entities quadratic.
        """
        self._folded.add(fold(self.name))
        if self._folded_count < len(self.aliases):
            self._folded.update(fold(a) for a in self.aliases[self._folded_count :])
            self._folded_count = len(self.aliases)
        return self._folded

    def word_sets(self) -> list[frozenset[str]]:
        return [_content_words(n) for n in (self.name, *self.aliases)]


#: Capitalised small words inside an organisation's name: "Doctors Without Borders", "Lawyers For Justice".
_NAME_LINKS = frozenset({"without", "for", "of", "against", "beyond"})


#: An agency's credit in brackets after a dateline, then its dash: " (Reuters) -", " (AFP) –".
_DATELINE_CREDIT = re.compile(r" ?\([^()\n]{1,40}\) ?[-–—]")

#: A dash set off by spaces, as after a dateline ("HARARE - ", "GENEVA – ").
_DATELINE_DASH = re.compile(r" [-–—] ")


def _names_head_inside(tok: Token, start: int, end: int) -> bool:
    """Whether *tok*, untagged, is a capitalised word of the name tokens start..end begin.

    The tagger sometimes leaves a name's first word out ("Attorney" of "the
    Attorney General's Office"); a capitalised proper noun compounded onto a
    word of the name belongs to it.
    """
    return (
        tok.dep_ == "compound"
        and start <= tok.head.i < end
        and tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and not tok.ent_type_
        and bool(tok.whitespace_)
    )


def _clean_mention(doc: Doc, span: SpacySpan) -> tuple[int, int] | None:
    """Trim determiners, possessive endings, hashtags and spaces from an NER span."""
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    first = span.doc[span.start]
    if first.lower_ in {"for", "of", "on"} and first.is_lower and span.start > 0:
        before = span.doc[span.start - 1]
        if before.is_title and before.is_alpha and before.whitespace_:
            # "Lawyers for Human Rights" tagged from its preposition on: the name's first word
            start = before.idx
    elif span.start >= 2 and first.is_title:
        link, before = span.doc[span.start - 1], span.doc[span.start - 2]
        if (
            link.is_title
            and link.lower_ in _NAME_LINKS
            and before.is_title
            and before.is_alpha
            and before.whitespace_
        ):
            # "Doctors Without Borders" tagged from its last word: the name runs back over its link
            start = before.idx
    if span.label_ == "ORG" and start == span.start_char:
        first_i = span.start
        while first_i > 0 and _names_head_inside(span.doc[first_i - 1], first_i, span.end):
            first_i -= 1  # "the Attorney General's Office" tagged from "General": the title is the name's
        start = span.doc[first_i].idx
    while start < end and span.doc[span.start].lower_ in {"the", "a", "an"} and start == span.start_char:
        start = span.doc[span.start].idx + len(span.doc[span.start].text)
        while start < end and text[start].isspace():
            start += 1
    for suffix in ("’s", "'s", "’", "'"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    dash = _DATELINE_DASH.search(text, start, end)
    if dash is not None and text[start : dash.start()].isupper():
        # "HARARE - Police said …" tagged as one name: the dateline is a place, the name starts after it
        start = dash.end()
    for joiner in (" and", " or"):
        if text[start:end].endswith(joiner) and end - len(joiner) > start:
            end -= len(joiner)  # "the Associated Press and", tagged with the word that joins the next name
            break
    colon = text.rfind(": ", start, end)
    if colon != -1:
        # "Kazakhstan: Human Rights Watch documents …", an advocacy headline's label tagged with the
        # name after it: no name holds a colon
        start = colon + 2
    if span.label_ == "PERSON" and len(span) >= 2:
        verb = _headline_verb_in(span)
        if verb == 0:
            return None  # "UN Envoy Condemns Kaduna Attack": a headline's verb and object, no name
        if verb is not None:
            end = min(end, span.doc[span.start + verb - 1].idx + len(span.doc[span.start + verb - 1].text))
        # a missing space glues the cue to the name ("Mohammad Jaffar Montazerisaid")
        last = span[-1].text
        for cue in ("said", "says"):
            if last.endswith(cue) and len(last) - len(cue) >= 4 and text[start:end].endswith(last):
                end -= len(cue)
                break
    close = text.find(")", start, end)
    if close != -1 and "(" not in text[start:close] and text[close + 1 : end].lstrip()[:1] in {"-", "–", "—"}:
        end = close  # "BEIJING, Nov 20 (Xinhua) - Violent acts …": the credit ends at its bracket
    bracket = text.rfind(" (", start, end)
    if bracket != -1 and ")" not in text[bracket:end]:
        end = bracket  # "Peru Human Rights (PHR": the NER ran into the acronym's bracket
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ")."):
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    if end - start < 2 or not text[start].isupper():
        return None
    if "\n" in text[start:end] or "#" in text[start:end]:
        return None
    if fold(text[start:end]) in entity_words.JUNK_MENTIONS:
        return None
    if span.label_ != "PERSON" and _rank_before_a_name(span):
        return None
    return start, end


def _headline_verb_in(span: SpacySpan) -> int | None:
    """Where a person's span on a title-cased line (a headline) runs into the headline's verb:
    "UN Envoy *Condemns* Kaduna Attack", "Trump *Rips* Clinton Over Emails" (round 57). The tagger
    calls such a verb a proper noun and the NER takes it and its object for a name; a capitalised
    word in -s whose stem the model knows as a verb (:func:`tally.nlp.load.is_verb_lemma`), with a
    word of the span after it, is one. A surname that is also a verb ("Mary Burns") ends its span
    and stays. The verb's index in the span, or None."""
    vocab = span.doc.vocab
    for k, tok in enumerate(span[:-1]):
        low = tok.lower_
        if not (tok.is_title and tok.is_alpha and low.endswith("s") and len(low) > 3):
            continue
        if is_verb_lemma(vocab, low[:-1]) or (low.endswith("es") and is_verb_lemma(vocab, low[:-2])):
            return k if _title_cased_line(span.doc, tok) else None
    return None


def _rank_before_a_name(span: SpacySpan) -> bool:
    """Whether *span* is only the rank of the person named right after it: "Lieutenant General" of
    "the council's spokesman, Lieutenant General Shams al-Din Kabbashi, said", which the small model
    tags an organisation. A rank is no name of its own; the holder's name is the mention."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].ent_type_ != "PERSON":
        return False
    words = [t.lower_.rstrip(".") for t in span if not t.is_punct]
    return bool(words) and all(w in entity_words.RANK_WORDS or w in entity_words.PERSON_TITLES for w in words)


class EntityIndex:
    """The entities of one article and the lookups other extractors need.

    Built by :func:`extract_entities`; quotes and figures add speakers and
    sources the NER missed through :meth:`add_mention`.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._clusters: list[_Cluster] = []
        self._ids: dict[int, str] = {}
        self._cache: list[Entity] | None = None
        #: Set by the pipeline: False while an extractor runs that did not
        #: declare ``adds_entities``, so an undeclared write fails loudly.
        self.writable = True
        # Indexes, written by hand because each lookup used to scan every
        # cluster or mention, which made long articles quadratic (issue 17):
        self._position: dict[int, int] = {}  # id(cluster) -> index in _clusters
        self._by_folded: dict[str, list[_Cluster]] = {}  # folded name or alias -> clusters
        self._by_word: dict[str, list[_Cluster]] = {}  # content word of a name or alias -> clusters
        self._by_last: dict[str, list[_Cluster]] = {}  # last word of a name it had -> clusters
        self._keys: dict[int, set[tuple[object, str]]] = {}  # id(cluster) -> what is indexed
        self._last: list[Entity] = []  # the last entities list built
        self._changed: set[int] | None = None  # id(cluster) changed since; None: any may have
        self._numbered = 0  # clusters before this index have their id
        self._order: list[_Cluster] = []  # clusters in id order
        self._by_entity_id: dict[str, _Cluster] = {}
        self._built: dict[int, tuple[tuple, Entity]] = {}  # id(cluster) -> (state, entity)
        self._spans: list[tuple[int, int, int]] | None = None  # (start, end, entity index), sorted
        self._starts: list[int] = []
        self._longest = 0
        self._spanned: dict[int, int] = {}  # id(cluster) -> mentions in _spans
        self._grown: list[_Cluster] = []  # clusters with mentions not yet in _spans

    def _index(self, cluster: _Cluster) -> None:
        """Index the names and aliases *cluster* got since it was last indexed."""
        keys = self._keys.setdefault(id(cluster), set())
        for name in (cluster.name, *cluster.aliases):
            if ("name", name) in keys:
                continue
            keys.add(("name", name))
            parts = _words(name)
            for index, key in (
                (self._by_folded, fold(name)),
                *((self._by_word, w) for w in _content_words(name)),
                *(((self._by_last, parts[-1]),) if parts else ()),
            ):
                if (id(index), key) not in keys:
                    keys.add((id(index), key))
                    insort(index.setdefault(key, []), cluster, key=lambda c: self._position[id(c)])

    def _first(self, clusters: list[_Cluster] | None, test: Callable[[_Cluster], bool]) -> _Cluster | None:
        """The earliest of *clusters* (kept in creation order) that passes *test*."""
        return next((c for c in clusters or () if test(c)), None)

    def _find(self, name: str, label: str) -> _Cluster | None:
        """The first cluster (in creation order) *name* belongs to: by name, by words, by surname."""
        key = fold(name)
        found = self._first(self._by_folded.get(key), lambda c: key in c.folded_names())
        if found is not None:
            return found
        if label in {"ORG", "MEDIA"} and _ACRONYM.fullmatch(name):
            # "UN" after "the United Nations", "HRW" after "Human Rights Watch": an acronym spelling
            # the initials of one organisation named in the article is that organisation
            spelt = [
                c
                for c in self._clusters
                if _is_acronym_of(name, c.name)
                and (c.votes["ORG"] or c.votes["MEDIA"])
                and not c.votes["GPE"]
            ]
            if len(spelt) == 1:
                return spelt[0]
        words = _content_words(name)
        if not words:
            return None
        distinctive = words - entity_words.GENERIC_WORDS
        countries = country_names()
        # a single word that is a country is the country, never a part of a name
        if len(words) == 1 and key in countries:
            return None
        if distinctive:
            # a cluster whose name or an alias holds every word: look among those with the rarest one
            rarest = min(words, key=lambda w: len(self._by_word.get(w, ())))
            # a description in lower case ("government") or a group ("Police") names the same
            # head as the name it shortens ("ministry" of "Interior Ministry"), not any word
            # inside it ("Mbabane Government Hospital" is a hospital, "Police and hospital
            # officials" are officials)
            head = _words(name)[-1] if name.islower() or label == "GROUP" else None
            found = self._first(
                self._by_word.get(rarest),
                lambda c: (
                    any(len(ws) > len(words) and words <= ws for ws in c.word_sets())
                    and (head is None or _words(c.name)[-1:] == (head,))
                    # "Fars" the news agency is not "Fars province": an organisation's name never
                    # shortens a name only ever tagged as a place
                    and not (
                        label in {"ORG", "MEDIA"}
                        and c.votes["GPE"]
                        and not (c.votes["ORG"] or c.votes["MEDIA"])
                    )
                ),
            )
            if found is not None:
                return found
        if len(words) == 1 and label in {"PERSON", "GPE", "ORG"}:
            # a bare surname: the last word of a person's name
            (word,) = words

            def surname_of(cluster: _Cluster) -> bool:
                parts = _words(cluster.name)
                return (
                    len(parts) >= 2
                    and parts[-1] == word
                    and cluster.votes.get("ORG", 0) <= cluster.votes.get("PERSON", 0) + 1
                )

            return self._first(self._by_last.get(word), surname_of)
        return None

    def _add(self, name: str, start: int, end: int, label: str) -> _Cluster:
        self._cache = None
        cluster = self._find(name, label)
        if cluster is None:
            cluster = _Cluster(name=name)
            self._position[id(cluster)] = len(self._clusters)
            self._clusters.append(cluster)
        elif fold(name) not in cluster.folded_names():
            if len(_content_words(name)) > len(_content_words(cluster.name)) and label == "PERSON":
                cluster.aliases.append(cluster.name)
                cluster.name = name
            else:
                cluster.aliases.append(name)
        self._index(cluster)
        if self._changed is not None:
            self._changed.add(id(cluster))
        cluster.votes[label] += 1
        if (start, end) not in cluster.mentions:
            cluster.mentions.append((start, end))
            self._grown.append(cluster)
        return cluster

    # -- public lookups -------------------------------------------------
    @property
    def entities(self) -> list[Entity]:
        """The merged entities, ids ``e1``, ``e2``, … in order of first mention."""
        if self._cache is None:
            order = self._ordered()
            if self._changed is None:
                self._cache = [self._entity_of(c) for c in order]
            else:
                # only the clusters changed since the last list are rebuilt: a full
                # rebuild per added mention made long articles quadratic
                cache = self._last[:]
                cache.extend(self._entity_of(c) for c in order[len(cache) :])
                for key in self._changed:
                    number = self._ids.get(key)
                    if number is not None:
                        n = int(number[1:]) - 1
                        cache[n] = self._entity_of(order[n])
                self._cache = cache
            self._last, self._changed = self._cache, set()
        return self._cache

    def _ordered(self) -> list[_Cluster]:
        """Clusters in id order. Ids, once given, never change: quotes and figures
        store them while later extractors still add entities. Entities found by
        :func:`extract_entities` are numbered in order of first mention; those
        added afterwards get the next numbers."""
        # a cluster always has a mention from its creation (see _add), so the new ones are at the end
        fresh = [c for c in self._clusters[self._numbered :] if c.mentions and id(c) not in self._ids]
        for cluster in sorted(fresh, key=lambda c: min(c.mentions)):
            self._ids[id(cluster)] = f"e{len(self._ids) + 1}"
            self._by_entity_id[self._ids[id(cluster)]] = cluster
            self._order.append(cluster)
        self._numbered = len(self._clusters)
        return self._order

    def _entity_of(self, cluster: _Cluster) -> Entity:
        """The record of *cluster*, rebuilt only when the cluster changed since the last time."""
        state = (
            cluster.name,
            len(cluster.aliases),
            len(cluster.roles),
            len(cluster.mentions),
            cluster.titled,
            tuple(sorted(cluster.votes.items())),
        )
        built = self._built.get(id(cluster))
        if built is None or built[0] != state:
            built = (state, self._to_entity(cluster))
            self._built[id(cluster)] = built
        return built[1]

    def _to_entity(self, cluster: _Cluster) -> Entity:
        return Entity(
            id=self._ids[id(cluster)],
            name=cluster.name,
            type=_decide_type(cluster),  # type: ignore[arg-type]
            aliases=sorted(set(cluster.aliases) - {cluster.name}, key=cluster.aliases.index),
            roles=list(dict.fromkeys(cluster.roles)),
            mentions=sorted(cluster.mentions),
        )

    def get(self, entity_id: str) -> Entity | None:
        """The entity with id *entity_id*."""
        entities = self.entities
        cluster = self._by_entity_id.get(entity_id)
        if cluster is None:
            return None
        entity = entities[int(entity_id[1:]) - 1]
        return entity if entity.id == entity_id else next((e for e in entities if e.id == entity_id), None)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with the mention that overlaps ``[start, end)`` most (the first entity on a tie)."""
        entities = self._span_index()
        best: tuple[int, int] | None = None  # (-overlap, entity number)
        lo = bisect_left(self._starts, start - self._longest)
        for m_start, m_end, n in (self._spans or [])[lo : bisect_left(self._starts, end)]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0 and (best is None or (-overlap, n) < best):
                best = (-overlap, n)
        return entities[best[1]] if best else None

    def mentions_backwards(self, lo: int, hi: int) -> Iterator[tuple[int, int, Entity]]:
        """Mentions inside ``[lo, hi)`` from the last start to the first (same start: entity order).

        Why: finding the nearest mention that fits a test stops at the first
        fit instead of scanning every entity's mentions (it runs per pronoun).
        """
        entities = self._span_index()
        spans = self._spans or []
        k = bisect_left(self._starts, hi) - 1
        while k >= 0 and spans[k][0] >= lo:
            start = spans[k][0]
            first = k
            while first > 0 and spans[first - 1][0] == start:
                first -= 1
            for m_start, m_end, n in sorted(spans[first : k + 1], key=lambda m: m[2]):
                if m_end <= hi:
                    yield m_start, m_end, entities[n]
            k = first - 1

    def inside_mention(self, start: int, end: int, types: frozenset[str] | set[str]) -> bool:
        """Whether ``[start, end)`` lies inside a longer mention of an entity of one of *types*."""
        entities = self._span_index()
        lo = bisect_left(self._starts, start - self._longest)
        return any(
            m_start <= start and end <= m_end and m_end - m_start > end - start and entities[n].type in types
            for m_start, m_end, n in (self._spans or [])[lo : bisect_right(self._starts, start)]
        )

    def _span_index(self) -> list[Entity]:
        """Bring the sorted index of every mention up to date; returns the entities it numbers."""
        entities = self.entities
        if self._spans is None:
            self._spans = sorted(
                (s, e, int(self._ids[id(c)][1:]) - 1) for c in self._order for s, e in set(c.mentions)
            )
            self._starts = [m[0] for m in self._spans]
            self._longest = max((e - s for s, e, _ in self._spans), default=0)
            self._spanned = {id(c): len(c.mentions) for c in self._order}
            self._grown = []
        for cluster in self._grown:
            # mentions added since the index was built go in where they belong (no rebuild)
            n = int(self._ids[id(cluster)][1:]) - 1
            for s, e in cluster.mentions[self._spanned.get(id(cluster), 0) :]:
                i = bisect_left(self._spans, (s, e, n))
                self._spans.insert(i, (s, e, n))
                self._starts.insert(i, s)
                self._longest = max(self._longest, e - s)
            self._spanned[id(cluster)] = len(cluster.mentions)
        self._grown = []
        assert self._spans is not None
        return entities

    def names_hold(self, word: str) -> bool:
        """Whether the name or an alias of some entity holds *word* ("commission"): a cheap test
        before a search of the whole article for it."""
        return bool(self._by_word.get(fold(word)))

    def by_name(self, name: str) -> Entity | None:
        """The entity called *name*: its name, an alias, or a person's surname."""
        cluster = self._find(name.strip(), "PERSON")
        if cluster is None:
            return None
        self.entities  # noqa: B018 - assigns ids
        return self.get(self._ids[id(cluster)])

    def add_mention(self, name: str, start: int, end: int, type: str = "GROUP") -> Entity:
        """Register a mention the NER missed; merge it by name, else create an entity.

        :param type: the entity type to vote for (``GROUP`` for unnamed collectives).
        """
        self._check_writable()
        if self._text[start:end] != name and name not in self._text[start:end]:
            raise ValueError(f"mention {name!r} is not at [{start}, {end})")
        if start == self._text.find(name, start) and name.split(" ", 1)[0] in {"The", "the"} and " " in name:
            # "The Amar Cyber HQ" is the Amar Cyber HQ: the article is not part of the name
            cut = len(name.split(" ", 1)[0]) + 1
            name, start = name[cut:], start + cut
        dash = _DATELINE_DASH.search(name)
        if dash is not None and start == self._text.find(name, start) and name[: dash.start()].isupper():
            # "KHARTOUM - Sudan's health ministry": the dateline before a spaced dash is a place
            name, start = name[dash.end() :], start + dash.end()
        if "\n" in name and start == self._text.find(name, start) and name.rstrip()[-1:] != "\n":
            # "12:30 BST\nStudents say …" in a live blog: a name never runs across a line break;
            # the last line holds the words the mention was found by
            cut = name.rfind("\n") + 1
            name, start = name[cut:].strip(), start + cut + (len(name[cut:]) - len(name[cut:].lstrip()))
        cluster = self._add(name, start, end, type)
        self.entities  # noqa: B018 - assigns ids
        entity = self.get(self._ids[id(cluster)])
        assert entity is not None
        return entity

    def add_reference(self, entity_id: str, start: int, end: int) -> Entity | None:
        """Record ``[start, end)`` as a mention of an existing entity ("the congressman" for Adam Schiff).

        For descriptions resolved to a named entity: the name and the type stay as they are.
        """
        self._check_writable()
        cluster = self._cluster_with_id(entity_id)
        if cluster is None:
            return None
        if (start, end) not in cluster.mentions:
            cluster.mentions.append((start, end))
            self._cache = None
            self._grown.append(cluster)
            if self._changed is not None:
                self._changed.add(id(cluster))
        return self.get(entity_id)

    def add_role(self, entity_id: str, role: str) -> None:
        """Attach a role ("police chief") to an entity."""
        self._check_writable()
        cluster = self._cluster_with_id(entity_id)
        if cluster is not None and role not in cluster.roles:
            cluster.roles.append(role)
            self._cache = None
            if self._changed is not None:
                self._changed.add(id(cluster))

    def _check_writable(self) -> None:
        if not self.writable:
            raise RuntimeError("this extractor adds entities but was not registered with adds_entities=True")

    def _cluster_with_id(self, entity_id: str) -> _Cluster | None:
        return self._by_entity_id.get(entity_id)


#: How many NER votes the article's own description ("the outlet Belsat") is worth.
DESCRIPTION_VOTES = 3


def _decide_type(cluster: _Cluster) -> str:
    words = set(_words(cluster.name)) | {w for a in cluster.aliases for w in _words(a)}
    name_words = set(_words(cluster.name))
    if name_words & entity_words.MEDIA_NAMES or (
        name_words & entity_words.MEDIA_WORDS and cluster.votes["PERSON"] == 0
    ):
        return "MEDIA"
    if cluster.votes.get("GROUP") and sum(cluster.votes.values()) == cluster.votes["GROUP"]:
        return "GROUP"
    if cluster.abbreviated:
        return "ORG"  # people and places are not given their initials in brackets
    if cluster.titled or (cluster.roles and not words & entity_words.ORG_WORDS):
        return "PERSON"
    if _opens_with_a_title(cluster.name) and not words & entity_words.ORG_WORDS:
        return "PERSON"  # "Daw Khin Myo", "Sheikh Ali Salman": the tagger took the honorific in
    if words & entity_words.ORG_WORDS:
        return "ORG"
    if fold(cluster.name) in country_names():
        return "GPE"
    votes = Counter({k: v for k, v in cluster.votes.items() if k != "GROUP"})
    if _first_and_last_name(cluster.name) and not votes.keys() & {"GPE", "LOC", "FAC"}:
        return "PERSON"  # "Loretta E. Lynch", which the small model often tags ORG
    if not votes:
        return "GROUP"
    return votes.most_common(1)[0][0]


def _opens_with_a_title(name: str) -> bool:
    """*name* is an honorific or title of a person ("Daw", "Sheikh", "Dr.") and one to three
    capitalised words: the tagger ran the title into the name, often calling it an organisation."""
    parts = name.split()
    return (
        2 <= len(parts) <= 4
        and parts[0].lower().rstrip(".") in entity_words.PERSON_TITLES
        and all(p[:1].isupper() for p in parts[1:])
    )


def _first_and_last_name(name: str) -> bool:
    """*name* is a first name from coreferee's lists and one to three more capitalised words."""
    parts = name.split()
    return (
        2 <= len(parts) <= 4
        and parts[0] in first_names()
        and all(p[:1].isupper() for p in parts[1:])
        and not any(p.lower() in {"of", "for", "and"} for p in parts)
    )


def person_at_end(text: str, start: int, end: int) -> int | None:
    """Where a person's name ends an organisation-tagged span: "… for Human Rights Michelle Bachelet".

    The last two words (three with a middle initial) are a first name from
    coreferee's lists and a surname, after at least one capitalised word of
    the office before them. None otherwise ("Human Rights Watch").
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    for size in (3, 2):
        if len(words) <= size:
            continue
        tail = [w.group() for w in words[-size:]]
        middle_ok = size == 2 or re.fullmatch(r"[A-Z]\.", tail[1]) is not None
        if (
            tail[0] in first_names()
            and middle_ok
            and tail[-1][:1].isupper()
            and tail[-1].replace("-", "").isalpha()
            and tail[-1].lower()
            not in entity_words.ORG_WORDS  # "Legal Aid Centre": "Aid" is a first name too
            and words[-size - 1].group()[:1].isupper()
        ):
            return start + words[-size].start()
    return None


#: "Head of the ", "Secretary of ": an office's title word and its "of", right before a tagged span.
_OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]+) of (?:the )?\Z")
#: A word of a personal name: capitalised letters, maybe hyphenated ("Mohseni-Ejei").
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*\Z")


_NEXT_WORD = re.compile(r" ([A-Za-z]+)")


def _portfolio_before_title(text: str, start: int, end: int) -> bool:
    """A tagged "name" that is one word of a ministry's field followed by a title word: "Interior"
    of "Deputy Interior Minister Hussein Ali", which the small model tags alone as an organisation
    (or a person). The holder is named after the title; the field is no one's name."""
    name = text[start:end]
    if " " in name or name.lower() not in entity_words.PORTFOLIO_WORDS:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in entity_words.ROLE_WORDS


def _office_word(name: str) -> bool:
    """A tagged "name" that is one title word of an office ("Head", "Secretary"): no one's name."""
    return " " not in name and name.lower() in entity_words.ROLE_WORDS


def _holder_after_office(text: str, start: int, end: int, occurrences: _Occurrences) -> int | None:
    """Where the holder's name starts in an organisation-tagged span after an office's "of".

    "Head of the Judiciary Gholamhossein Mohseni-Ejei": the tagger calls
    "Judiciary Gholamhossein Mohseni-Ejei" an organisation, and the first name
    is on no list (:func:`person_at_end`). After "<title word> of (the)", the
    span's last two words are the holder's name when they are name words, no
    word of an organisation or office, and the surname comes back alone in the
    article without the word before it ("Mohseni-Ejei said"), as a person's
    does; "Commander of the Army Ground Force" has no such surname.
    """
    before = _OFFICE_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).lower() not in entity_words.ROLE_WORDS:
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3:
        return None
    tail = [w.group() for w in words[-2:]]
    if not all(_NAME_WORD.match(w) for w in tail):
        return None
    if any(w.lower() in entity_words.ORG_WORDS or w.lower() in entity_words.ROLE_WORDS for w in tail):
        return None
    if any(fold(w) in country_names() for w in tail):
        return None
    first = tail[0] + " "
    alone = [s for s, _e in occurrences.of(tail[-1]) if not text.endswith(first, 0, s)]
    if not alone:
        return None  # "The Ground Force said": the last word comes back only with the one before
    return start + words[-2].start()


# -- roles --------------------------------------------------------------


def _role_from_tokens(tokens: list) -> str | None:
    """A role phrase from tokens, without determiners or a country possessor."""
    countries = country_names()
    while tokens and (tokens[0].lower_ in {"the", "a", "an", "its", "his", "her", "their"}):
        tokens = tokens[1:]
    if len(tokens) >= 2 and tokens[1].text in {"'s", "’s"} and fold(tokens[0].text) in countries:
        tokens = tokens[2:]
    while tokens and tokens[-1].is_punct and tokens[-1].text != ")":
        tokens = tokens[:-1]
    if not tokens or len(tokens) > 16:
        return None
    if any("\n" in t.text_with_ws for t in tokens[:-1]):
        return None  # "Q&A: A lawyer on the crisis / Interview by X | Buea": a role never crosses a line
    opened = [t.i for t in tokens if t.text == "("]
    if opened and not any(t.text == ")" for t in tokens):
        tokens = [t for t in tokens if t.i < opened[0]]
    if not any(t.lower_ in entity_words.ROLE_WORDS for t in tokens):
        return None
    if tokens[-1].ent_type_ == "PERSON" and tokens[-1].pos_ == "PROPN":
        # "Iran, the crown prince of its dynasty, Reza Pahlavi" (a fronted place the parser made
        # the subject): a role that ends in a person's name is that person's, not this one's
        return None
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


#: Longest apposition, in tokens, read for a role. A role is at most 16 words
#: (:func:`_role_from_tokens`); a longer phrase is a list of names the parser
#: chained as appositions, and reading its whole subtree for each name in it
#: made entities grow with the square of such a text.
ROLE_SCAN = 64


def _a_body_described(appos: Token) -> bool:
    """An apposition headed by a noun for a body: "Nouveau Départ, the party of the former mayor,"
    says what the name is, and the office words inside it ("mayor") are its owner's, no role."""
    return (
        appos.pos_ == "NOUN"
        and appos.lemma_.lower() in entity_words.ORGANISATION_NOUNS
        and appos.lower_ not in entity_words.ROLE_WORDS
    )


def _roles_for(doc: Doc, start: int, end: int) -> tuple[list[str], bool]:
    """Roles of the person named at ``[start, end)`` and whether a title (Mrs.) precedes."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [], False
    roles: list[str] = []
    root = span.root
    first = span[0]
    titled = first.i > 0 and doc[first.i - 1].lower_.rstrip(".") in entity_words.PERSON_TITLES
    # "Iran's judiciary chief, Ebrahim Raisi": the name is an apposition of the role
    if root.dep_ == "appos" and root.head.i < span.start and span.start - root.head.left_edge.i <= ROLE_SCAN:
        head = root.head
        before = doc[head.left_edge.i : span.start]  # the head's words before the name, not its whole subtree
        tokens = [t for t in before if t.i == head.i or head.is_ancestor(t)]
        tokens = [t for t in tokens if not (t.is_punct and t.i == span.start - 1)]
        role = _role_from_tokens(tokens)
        if role:
            roles.append(role)
    # "Hossein Rahimi, Tehran's police chief,": the role is an apposition of the name
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.i >= span.end
            and child.right_edge.i - child.left_edge.i < ROLE_SCAN
            and not _a_body_described(child)
        ):
            role = _role_from_tokens(list(child.subtree))
            if role:
                roles.append(role)
    # "attorney general Mohammad …", "supreme leader Ali Khamenei": title words before
    i = first.i - 1
    if titled:
        i -= 1
    words: list[Token] = []
    classes, ent_types = token_pos(doc), token_ent_types(doc)  # a Token only for a word taken
    while i >= 0 and classes[i] in {"NOUN", "PROPN", "ADJ"} and ent_types[i] not in {"PERSON"}:
        words.insert(0, doc[i])
        i -= 1
        if len(words) >= 4:
            break
    if words and words[-1].lower_ in entity_words.ROLE_WORDS:
        role = _role_from_tokens(words)
        if role:
            roles.append(role)
    return roles, titled


def _aliases_after(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Aliases in parentheses right after a name: ``(PMOI / MEK Iran)``; or an acronym set off by
    "or": "The Baloch Liberation Army, or BLA, claimed …" (an acronym only: ", or the army," is no name)."""
    match = _ALIAS_AFTER_NAME.match(text, end)
    if not match:
        acronym = _ACRONYM_AFTER_OR.match(text, end)
        if acronym is None or not _is_acronym_of(acronym.group(1), text[start:end]):
            return []
        return [(acronym.group(1), acronym.start(1), acronym.end(1))]
    out = []
    inner_start = match.start(1)
    pos = 0
    for part in re.split(r"[/,;]| or ", match.group(1)):
        offset = match.group(1).find(part, pos)
        pos = offset + len(part)
        stripped = part.strip()
        if not stripped or not stripped[0].isupper() or len(stripped) > 40:
            continue
        s = inner_start + offset + (len(part) - len(part.lstrip()))
        out.append((stripped, s, s + len(stripped)))
    return out


#: NER labels under which the small model sometimes files an organisation's
#: name; taken only when the name's initials follow it in brackets.
_MISLABELLED_NAMES = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP"})


#: A bare acronym: two to six capitals.
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def capital_initials(name: str) -> str:
    """The first letters of *name*'s capitalised words: "IHR" of "Iran Human Rights", "UN" of
    "United Nations" (entities match acronyms with it; places drop an organisation's initials)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _is_acronym_of(alias: str, name: str) -> bool:
    """*alias* spells the initials of *name*'s capitalised words ("IHR", "H.R.W."), a hyphenated
    word giving one letter or one per part ("ISPR" of "Inter-Services Public Relations")."""
    letters = alias.replace(".", "")
    if len(letters) < 2 or not letters.isupper():
        return False
    return letters == capital_initials(name) or (
        "-" in name and letters == capital_initials(name.replace("-", " "))
    )


def _spells_initials(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is followed by its initials in brackets."""
    return any(_is_acronym_of(alias, text[start:end]) for alias, _, _ in _aliases_after(text, start, end))


#: An acronym in brackets: "(CMN)", "(H.R.W.)".
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z.&]{1,11})\)")
_NAME_PIECE = re.compile(r"[\w’'\-]+|[^\w\s]")
#: Lower-case words inside an organisation's name that its initials skip or keep.
_INITIALS_JOINERS = frozenset({"of", "for", "and", "on", "in", "to", "the", "against"})


def _name_spelt_before(text: str, bracket: int, letters: str) -> tuple[int, int] | None:
    """The capitalised words right before *bracket* whose initials spell *letters*, if any.

    Reads a bounded window before the bracket, so the cost stays linear in the
    number of brackets.
    """
    lo = max(0, bracket - 25 * len(letters))
    words = list(_NAME_PIECE.finditer(text, lo, bracket))
    capitals = 0
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        gap = text[word.end() : words[n + 1].start() if n + 1 < len(words) else bracket]
        if gap.strip():
            return None  # a comma, a full stop or a line break: no longer one name
        if word.group()[:1].isupper():
            capitals += 1
        elif word.group() not in _INITIALS_JOINERS:
            return None
        if capitals == len(letters):
            span = (word.start(), words[-1].end())
            return span if _is_acronym_of(letters, text[span[0] : span[1]]) else None
    return None


def _with_names_spelt_by_initials(
    text: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """*mentions* with every "Full Name (FN)" the NER missed or cut taken whole, as an organisation.

    "The Civic Monitoring Network (CMN)": the small model often tags only the
    acronym, or a piece of the name as a person; the initials settle where the
    name starts, so its pieces give way to the whole.
    """
    spelt = []
    for match in _BRACKETED_ACRONYM.finditer(text):
        letters = match.group(1).replace(".", "").replace("&", "")
        if len(letters) < 2:
            continue
        span = _name_spelt_before(text, match.start(), letters)
        if span is not None and not any(a <= span[0] and span[1] <= b for a, b, _ in mentions):
            spelt.append(span)
    if not spelt:
        return mentions
    kept = [m for m in mentions if not any(a < m[1] and m[0] < b for a, b in spelt)]
    return kept + [(a, b, "ORG") for a, b in spelt]


_NAME_TAIL = re.compile(r"(?: (?:of|for) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}){1,2}")


def _extend_name(text: str, start: int, end: int, label: str) -> int:
    """Extend an organisation cut short by the NER: "… Organization" + " of Iran",
    "UN Office" + " for the Coordination of Humanitarian Affairs"."""
    if label != "ORG":
        return end
    match = _NAME_TAIL.match(text, end)
    if match is None:
        return end
    tail_end = match.end()
    for suffix in ("’s", "'s"):
        if text[end:tail_end].endswith(suffix):
            tail_end -= len(suffix)
    return tail_end


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


class _Occurrences:
    r"""Where a name occurs as whole words, found from an index of word starts.

    Equivalent to ``re.finditer(r"(?<!\w)NAME(?!\w)")`` for a name starting with
    a word character, without a pass over the text per name: with thousands of
    names in a long article that pass made entities quadratic (issue 17).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        # also by a word and the next: a text of many names built from few words ("Anna Smith",
        # "Anna Kovalenko", …) has each first word thousands of times, and every name read them all
        self.pairs: dict[tuple[str, str], list[int]] = {}
        last: tuple[str, int] | None = None
        for run in _WORD_RUN.finditer(text):
            word, start = run.group(), run.start()
            self.starts.setdefault(word, []).append(start)
            if last is not None:
                self.pairs.setdefault((last[0], word), []).append(last[1])
            last = (word, start)

    def of(self, name: str) -> list[tuple[int, int]]:
        first = _WORD_RUN.match(name)
        if first is None:
            return []
        second = _WORD_RUN.search(name, first.end())
        text, out, after = self.text, [], -1
        if second is None:
            starts = self.starts.get(first.group(), ())
        else:
            starts = self.pairs.get((first.group(), second.group()), ())
        for start in starts:
            end = start + len(name)
            if start >= after and text.startswith(name, start) and not _WORD_CHAR.match(text, end):
                out.append((start, end))
                after = end
        return out


class _Covered:
    """Whether an offset falls inside one of a cluster's mentions (sorted starts, not a scan)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in spans), default=0)

    def covers(self, offset: int) -> bool:
        lo = bisect_left(self.spans, (offset - self.longest, -1))
        hi = bisect_right(self.spans, (offset, 1 << 62))
        return any(s <= offset < e for s, e in self.spans[lo:hi])

    def add(self, span: tuple[int, int]) -> None:
        insort(self.spans, span)
        self.longest = max(self.longest, span[1] - span[0])


def _organisation_branch_start(doc: Doc, place: SpacySpan) -> int | None:
    """The first token of an organisation's name that *place* ends: "Amnesty International Kenya".

    The tagger reads the capitalised words before a country as compounds of
    it and often leaves them unlabelled, or labels them apart. They make one
    organisation when they are proper nouns hung on the place and include a
    word that makes a name an organisation ("International", "Watch") or an
    organisation's own name; never a place before a place ("Tbilisi Georgia").
    """
    first = place.start
    while (
        first > 0
        and doc[first - 1].dep_ == "compound"
        and doc[first - 1].head.i >= first - 1
        and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].is_title)
        and doc[first - 1].ent_type_ in {"", "ORG"}
        and doc[first - 1].whitespace_
    ):
        first -= 1
    if first == place.start or place.root.i != place.end - 1:
        return None
    prefix = doc[first : place.start]
    if any(t.ent_type_ == "ORG" for t in prefix) or any(t.lower_ in entity_words.ORG_WORDS for t in prefix):
        return first
    return None


#: Heads that end an organisation's name the tagger left unlabelled (a subset of ``org_words``:
#: not "government" or "police", which name the body of a place).
_UNLABELLED_ORG_HEADS = frozenset(
    {
        "alliance",
        "association",
        "campaign",
        "centre",
        "center",
        "coalition",
        "commission",
        "committee",
        "council",
        "federation",
        "forum",
        "foundation",
        "front",
        "institute",
        "league",
        "movement",
        "network",
        "observatory",
        "organisation",
        "organization",
        "society",
        "union",
        "watch",
    }
)


def _unlabelled_organisations(doc: Doc) -> list[tuple[int, int, str]]:
    """Organisation names the NER missed: capitalised words ending in an organisation word.

    "Church groups and the Lowveld Citizens Forum said …" is often left without
    a label when it is not the subject. A title-cased line (a headline) is left
    alone: there every word is capitalised. One pass over the tokens, each run
    read once (linear).
    """
    out: list[tuple[int, int, str]] = []
    i = 0
    n = len(doc)
    lowers = token_lowers(doc)  # a Token only for an organisation word
    while i < n:
        if lowers[i] not in _UNLABELLED_ORG_HEADS:
            i += 1
            continue
        tok = doc[i]
        i += 1
        if tok.ent_type_ or not tok.is_title or tok.lower_ not in _UNLABELLED_ORG_HEADS:
            continue
        first = tok.i
        while first > 0 and tok.i - first < 8:
            before = doc[first - 1]
            joined = first > 1 and doc[first - 2].is_title and not doc[first - 2].whitespace_
            if before.text in {"-", "‑"} and not before.whitespace_ and joined:
                first -= 2  # "Multi-Stakeholder": a hyphen inside the name
                continue
            if not (
                before.is_title and not before.ent_type_ and before.pos_ == "PROPN" and before.whitespace_
            ):
                break
            first -= 1
        if first == tok.i or _title_cased_line(doc, tok):
            continue
        out.append((doc[first].idx, tok.idx + len(tok.text), "ORG"))
    return out


def _people_said_to_be(doc: Doc) -> list[tuple[int, int, str]]:
    """People the NER missed whom the text says are people: "Chukwuemeka Obi is a student activist",
    "Nino Chkheidze, a retired schoolteacher, …".

    A copula whose complement is a noun for a person ("is a lawyer", "was the
    director of …") says what its capitalised subject is, and so does an
    indefinite apposition with a noun for one person (not a place noun the
    person lists also hold: "a town"); a rare name often goes untagged when it
    opens a story. Only a run of
    untagged capitalised proper nouns counts, and never on a title-cased
    headline line. One pass over the tokens (linear).
    """
    out: list[tuple[int, int, str]] = []
    deps, tags = token_deps(doc), token_pos(doc)  # a Token only for a noun in apposition or attribute
    for i in range(len(deps)):
        if tags[i] != "NOUN" or deps[i] not in ("appos", "attr"):
            continue
        tok = doc[i]
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.i < tok.i:
            # "Nino Chkheidze, a retired schoolteacher, came …": an apposition says it too
            named = tok.head
            if not _bare_name_word(named) or named.pos_ != "PROPN":
                continue
            start = _untagged_name_start(doc, named)
            if not _describes_one_person(tok) or _title_cased_line(doc, named):
                continue
            if described_kind(doc, start, named.i + 1) not in {None, "PERSON"}:
                continue  # "Kasangati, a town north of Kampala": a place
            out.append((doc[start].idx, named.idx + len(named.text), "PERSON"))
            continue
        if tok.dep_ != "attr" or tok.pos_ != "NOUN" or tok.head.lemma_ != "be":
            continue
        if not is_person_noun(tok.lemma_.lower()):
            continue
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.head.i), None)
        if subj is None or not _bare_name_word(subj) or subj.pos_ != "PROPN":
            continue
        first = _untagged_name_start(doc, subj)
        if _title_cased_line(doc, subj):
            continue
        out.append((doc[first].idx, subj.idx + len(subj.text), "PERSON"))
    return out


#: Nouns for a place, which the person-noun lists also hold for their inhabitants' sense: the
#: settlements a name may be set beside, and the divisions.
_PLACE_APPOSITIONS = SETTLEMENT_NOUNS | {"district", "region"}


def _describes_one_person(noun: Token) -> bool:
    """An indefinite apposition with a noun for one person: "a former public defender", "a nurse"."""
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
        and is_person_noun(lemma)
        and lemma not in entity_words.COLLECTIVE_PEOPLE
        and lemma not in _PLACE_APPOSITIONS
    )


def _untagged_name_start(doc: Doc, subj: Token) -> int:
    """The first token of the untagged name *subj* ends: up to two capitalised compounds before it."""
    first = subj.i
    while first > subj.sent.start and subj.i - first < 3:
        before = doc[first - 1]
        if before.dep_ != "compound" or before.head.i != subj.i or not _bare_name_word(before):
            break
        first -= 1
    return first


#: Capitalised words that join the two halves of an organisation's name: "Lawyers Against Torture".
_CAPITALISED_LINKS = frozenset({"against", "without", "beyond"})


def _linked_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Organisation names the NER missed that are built like a phrase, not a noun compound.

    "Lawyers Against Torture, a network …, said" and "Students Against
    Discrimination said" join two capitalised halves by a capitalised
    preposition (the parser reads the second half as a prepositional phrase,
    so only "Lawyers" was named); "Save the Children said" is a capitalised
    order used as a subject. A title-cased line (a headline) is left alone.
    One pass over the tokens (linear).
    """
    out: list[tuple[int, int, str]] = []
    ent_types, titles = token_ent_types(doc), token_flags(doc, "IS_TITLE")  # a Token only for these
    for i in range(len(ent_types)):
        if ent_types[i] or not titles[i]:
            continue
        tok = doc[i]
        if tok.lower_ in _CAPITALISED_LINKS and tok.i > tok.sent.start:
            before, after = doc[tok.i - 1], doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if not (
                _bare_name_word(before)
                and before.whitespace_
                and after is not None
                and _bare_name_word(after)
            ):
                continue
            first, last = before.i, after.i
            while first > tok.sent.start and tok.i - first < 4 and _bare_name_word(doc[first - 1]):
                first -= 1
            while last + 1 < len(doc) and last - tok.i < 4 and _bare_name_word(doc[last + 1]):
                last += 1
        elif tok.lower_ in _UNLABELLED_ORG_HEADS and _starts_a_tail(doc, tok.i + 1):
            # "The Network for Rural Rights said": an organisation word, then what it is for
            first, last = tok.i, tok.i + 2
            while last + 1 < len(doc) and last - tok.i < 6 and _bare_name_word(doc[last + 1]):
                last += 1
            while first > tok.sent.start and tok.i - first < 3 and _bare_name_word(doc[first - 1]):
                first -= 1
            if first == tok.sent.start and doc[first].lower_ in {"the", "a"}:
                first += 1
        elif tok.tag_ == "VB" and tok.dep_ in {"nsubj", "csubj"}:
            words = list(tok.subtree)  # "Save the Children": every word capitalised but "the"
            if len(words) < 2 or words[-1].i - words[0].i + 1 != len(words):
                continue
            if not all(w.is_title or w.lower_ in {"the", "a", "of", "and"} for w in words):
                continue
            first, last = words[0].i, words[-1].i
        else:
            continue
        if _title_cased_line(doc, tok):
            continue
        out.append((doc[first].idx, doc[last].idx + len(doc[last].text), "ORG"))
    return out


def _starts_a_tail(doc: Doc, i: int) -> bool:
    """Whether "for Rural Rights", "of Journalists" starts at *i*: a joiner, then a capitalised word."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in {"for", "of", "on"}
        and doc[i].is_lower
        and _bare_name_word(doc[i + 1])
    )


def _bare_name_word(tok: Token) -> bool:
    """A capitalised word the NER left unlabelled, which may be a word of a name."""
    return tok.is_title and tok.is_alpha and not tok.ent_type_


def _title_cased_line(doc: Doc, tok: Token) -> bool:
    """Whether *tok*'s sentence capitalises most of its words, as a headline does."""
    sent = tok.sent
    words = [t for t in sent[:24] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) * 4 >= len(words) * 3


def _add_occurrences(doc: Doc, index: EntityIndex, occurrences: _Occurrences) -> None:
    """Every occurrence of an entity's name or alias is its mention (the NER misses some), and so
    is a person's bare surname; a surname several people share goes to one of them
    (:func:`_share_surname`).

    An occurrence that stands inside a name the tagger found for another entity is part of that
    name, not a mention of its own: a reader takes "Okafor" of "Grace Okafor" for Grace, never for
    another Okafor of the article. Given to the other one, it sat inside the full name as a later
    mention, and a pronoun after "Grace Okafor said" found it first.
    """
    places = {fold(c.name) for c in index._clusters if _decide_type(c) == "GPE"}
    by_surname: dict[str, list[_Cluster]] = {}
    for cluster in list(index._clusters):
        parts = cluster.name.split()
        if _decide_type(cluster) == "PERSON" and len(parts) >= 2 and fold(parts[-1]) not in places:
            # not "Kenya" of "Amnesty Kenya" taken for a person: the place keeps its mentions
            by_surname.setdefault(parts[-1], []).append(cluster)
    shared = {surname for surname, owners in by_surname.items() if len(owners) > 1}
    named = _Covered([span for cluster in index._clusters for span in cluster.mentions])
    for cluster in list(index._clusters):
        names = [cluster.name, *cluster.aliases]
        parts = cluster.name.split()
        if parts and parts[-1] in by_surname and parts[-1] not in shared and cluster in by_surname[parts[-1]]:
            names.append(parts[-1])
        covered = _Covered(cluster.mentions)
        for alias in names:
            if len(alias) < 2 or not alias[:1].isupper():
                continue
            for span in occurrences.of(alias):
                if not covered.covers(span[0]) and not named.covers(span[0]):
                    # a word inside another name the tagger found is that name's: "Okafor" of "Grace
                    # Okafor" is no mention of another Okafor, "Street" of "Mill Street" none of a street
                    cluster.mentions.append(span)
                    covered.add(span)
    for surname in shared:
        if len(surname) >= 2 and surname[:1].isupper():
            _share_surname(doc, surname, by_surname[surname], occurrences)


def _share_surname(doc: Doc, surname: str, owners: list[_Cluster], occurrences: _Occurrences) -> None:
    """Give each bare *surname* that *owners* (people of that surname) share to one of them.

    A reader takes "Rojas" for the Rojas last named before it, passing over
    people brought in by an apposition ("Berisha, his wife, Liri Berisha, his
    son, Shkëlzen Berisha … Berisha, who resigned": the first Berisha still;
    "the prison inspector general, Hector Paul Joseph" is not the Joseph the
    story is about); before any such name, the first one named. Giving it to
    every one of them made mentions outnumber the article's words on a text
    of many names, and entities grow with its square. A surname inside a full
    name ("Rojas" of "Ana Rojas") is that name's, never another person's.
    """
    text = doc_text(doc)
    full = sorted(
        (start, end, n)
        for n, cluster in enumerate(owners)
        for start, end in cluster.mentions
        if text[start:end] != surname
    )
    if not full:
        return
    covered = _Covered([(start, end) for start, end, _ in full])
    leading = [m for m in full if not _in_apposition(doc, m[0], m[1])] or full
    starts = [start for start, _, _ in leading]
    owner: dict[tuple[int, int], int] = {}  # bare surname -> index in owners of the one it names
    for span in occurrences.of(surname):
        if not covered.covers(span[0]):
            before = bisect_left(starts, span[0]) - 1
            owner[span] = leading[max(before, 0)][2]
    for n, cluster in enumerate(owners):
        # the NER's bare surnames went to the first of them (EntityIndex._find): moved where they belong
        kept = [span for span in cluster.mentions if owner.get(span, n) == n]
        have = set(kept)
        kept.extend(span for span, m in owner.items() if m == n and span not in have)
        cluster.mentions[:] = kept


def _split_at_apposition(ent: SpacySpan) -> list[SpacySpan]:
    """An NER span that runs over a comma into an apposition, as two names: "The prayer leader of
    Zahedan, Molavi Abdolhamid, said" is tagged as one organisation "Zahedan, Molavi Abdolhamid".

    Only where the name after the comma is the apposition of the word before it.
    """
    for k in range(ent.start + 1, ent.end - 1):
        comma = ent.doc[k]
        if comma.text != ",":
            continue
        after = ent.doc[k + 1 : ent.end].root
        if after.dep_ == "appos" and ent.start <= after.head.i < k:
            parts = [ent.doc[ent.start : k], ent.doc[k + 1 : ent.end]]
            for part in parts:
                part.label_ = ent.label_  # a slice of the Doc has no label of its own
            return parts
    return [ent]


def _split_at_coordination(ent: SpacySpan) -> list[SpacySpan]:
    """An organisation span that joins two names by "and", as two names: "Amnesty International
    and Human Rights Watch said" is tagged as one organisation.

    Only where both halves are at least two capitalised words, each ending in an organisation's
    word ("Human Rights and Democracy Media Center" is one name); a name whose "and" joins the
    objects of its own preposition ("Committee for Peace and Justice", "Ministry of Labour and
    Social Affairs") has a lower-case word in its first half and stays whole, as do "Bosnia and
    Herzegovina" and "Procter and Gamble".
    """
    if ent.label_ != "ORG":
        return [ent]
    for k in range(ent.start + 2, ent.end - 2):
        if ent.doc[k].lower_ != "and":
            continue
        left, right = ent.doc[ent.start : k], ent.doc[k + 1 : ent.end]
        names = all(t.is_title or t.is_upper for t in (*left, *right))
        # each half ends in an organisation's word ("… International and … Watch"): the parser's
        # structure is no help, it often hangs the first name on the second's last word
        complete = left[-1].lower_ in entity_words.ORG_WORDS and right[-1].lower_ in entity_words.ORG_WORDS
        if names and complete:
            for part in (left, right):
                part.label_ = ent.label_  # a slice of the Doc has no label of its own
            return [left, right]
    return [ent]


def _in_apposition(doc: Doc, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is an apposition ("his son, Shkëlzen Berisha")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "appos"


def extract_entities(doc: Doc) -> EntityIndex:
    """Merge the named mentions of *doc* into entities with aliases and roles."""
    text = doc_text(doc)
    index = EntityIndex(text)
    mentions: list[tuple[int, int, str]] = []
    occurrences = _Occurrences(text)
    names = (part for whole in doc_ents(doc) for part in _split_at_apposition(whole))
    for ent in (part for whole in names for part in _split_at_coordination(whole)):
        label = NER_TYPES.get(ent.label_)
        if label is None and ent.label_ in _MISLABELLED_NAMES:
            cleaned = _clean_mention(doc, ent)
            if cleaned and _spells_initials(text, *cleaned):
                mentions.append((*cleaned, "ORG"))  # "Iran Human Rights (IHR)" tagged EVENT
            continue
        if label is None:
            continue
        if label == "GPE":
            branch = _organisation_branch_start(doc, ent)
            if branch is not None:
                # "Transparency International Georgia counted …": a national branch
                # named by the organisation and its country is one organisation
                mentions.append((doc[branch].idx, ent.end_char, "ORG"))
                continue
        if label in {"ORG", "PERSON"} and ent.text.isupper() and is_dateline(ent[0]):
            # "YANGON (Reuters) -": the place a story was filed from, and the outlet
            # in its brackets is no alias of it
            label = "GPE"
        cleaned = _clean_mention(doc, ent)
        if cleaned and label == "ORG" and _office_word(text[cleaned[0] : cleaned[1]]):
            continue  # "Head" of "Head of the Judiciary X", tagged alone: an office, no name
        if cleaned and _portfolio_before_title(text, *cleaned):
            continue  # "Interior" of "Deputy Interior Minister Hussein Ali": a part of the title
        if cleaned and label == "ORG":
            person = person_at_end(text, *cleaned) or _holder_after_office(text, *cleaned, occurrences)
            if person is not None:
                # "High Commissioner for Human Rights Michelle Bachelet" tagged as one ORG:
                # the office is a role (found below), the person is the entity
                mentions.append((person, cleaned[1], "PERSON"))
                continue
        if cleaned:
            mentions.append((*cleaned, label))
    briefer = briefer_span(text)
    if briefer is not None:
        # "Spokesperson for …: Seif Magango": the tagger often misses a name alone on a header line
        mentions.append((*briefer, "PERSON"))
    mentions.extend(_unlabelled_organisations(doc))
    mentions.extend(_linked_names(doc))
    mentions.extend(_people_said_to_be(doc))
    mentions = _with_names_spelt_by_initials(text, mentions)
    # longest names first, so that short forms merge into the full name
    order = sorted(mentions, key=lambda m: (-len(_content_words(text[m[0] : m[1]])), m[0]))
    for start, end, label in order:
        end = _extend_name(text, start, end, label)
        cluster = index._add(text[start:end], start, end, label)
        if label == "GPE":
            continue  # "(PMOI / MEK Iran)" after "… of Iran" names the organisation
        if _DATELINE_CREDIT.match(text, end) and text[start:end].isupper():
            continue  # "LA PAZ (Reuters) -": the bracket credits the agency, it is no other name of the town
        for alias, a_start, a_end in _aliases_after(text, start, end):
            if _is_acronym_of(alias, text[start:end]):
                cluster.abbreviated = True
            if fold(alias) not in cluster.folded_names():
                cluster.aliases.append(alias)
                index._index(cluster)
            if (a_start, a_end) not in cluster.mentions:
                cluster.mentions.append((a_start, a_end))
    # every occurrence of a name or alias is a mention too (the NER misses some),
    # and so is a person's bare surname
    _add_occurrences(doc, index, occurrences)
    for cluster in index._clusters:
        for start, end in list(cluster.mentions):
            char_span = doc.char_span(start, end, alignment_mode="expand")
            described = described_kind(doc, char_span.start, char_span.end) if char_span is not None else None
            if described is not None:
                cluster.votes[described] += DESCRIPTION_VOTES
            roles, titled = _roles_for(doc, start, end)
            if briefer == (start, end):
                roles.append(briefer_label(text) or "spokesperson")
            cluster.titled = cluster.titled or titled
            for role in roles:
                if role not in cluster.roles:
                    cluster.roles.append(role)
    index._cache = None
    index._changed = None
    index._spans = None
    return index
