"""Corpus entities: the same person, organisation or place across articles.

Each article's entity extractor has already merged one article's mentions
("Ebrahim Raisi", "Raisi"; "People's Mojahedin Organization of Iran (PMOI /
MEK Iran)"). Across articles the names vary more: spellings from another
script ("Raisi", "Raeesi", "Ra'isi"), acronyms in one article and full names
in another, a surname alone, honorifics, and roles that change ("judiciary
chief" in 2020, "president" in 2022).

How two article entities become one corpus entity, and why:

- ``same_name``: the folded names (ASCII, lower case, honorifics dropped) are
  equal; a one-word person name ("Raisi") is only a surname, see ``surname``;
- ``alias``: a name or alias of one equals a name or alias of the other
  (the article extractor collects "PMOI", "MEK Iran");
- ``acronym``: one's name is the initials of the other's ("PMOI");
- ``transliteration``: the same consonant skeleton word by word and a
  rapidfuzz similarity over a threshold ("Ebrahim Raeesi");
- ``first_last``: same first and last name, middle names aside
  ("Ali Hosseini Khamenei" / "Ali Khamenei");
- ``surname`` (weak): a one-word person name equal, or equal in
  transliteration, to the last word of a full name. A weak edge attaches a
  surname-only cluster to a full-name cluster only when it points to exactly
  one: two people called Raisi in the corpus leave "Raisi" alone.
- never: unnamed collectives (GROUP: "protesters", "security forces"), and
  lower-case descriptions ("interior ministry") from articles about different
  countries;
- ``reviewer``: a merge a reviewer wrote to ``link_overrides``; a split
  there is a cannot-link that no automatic edge overrides.

Every edge is decided from the two entities alone, and clusters are
components of the edge graph with deterministic tie-breaking, so linking
articles one by one gives the same corpus entities as linking them at once.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, cast

from rapidfuzz import fuzz

from tally.link._graph import UnionFind
from tally.records import Article, CorpusEntity, Entity, EntityType
from tally.textfold import fold_key as fold

#: words that are titles, not names: "Mrs. Maryam Rajavi" is "Maryam Rajavi"
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "ayatollah",
        "grand",
        "hojatoleslam",
        "sheikh",
        "shaykh",
        "imam",
        "mullah",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "brigadier",
        "major",
        "maj",
        "captain",
        "capt",
        "commander",
        "marshal",
        "admiral",
        "sergeant",
        "sgt",
        "president",
        "minister",
        "judge",
        "prof",
        "professor",
        "the",
    ]
)

#: words left out of acronyms ("People's Mojahedin Organization of Iran" -> PMOI)
ACRONYM_STOPWORDS = frozenset(["of", "the", "and", "for", "in", "on", "de", "du", "al", "el"])

#: rapidfuzz ratio (0-100) above which two names with the same consonant
#: skeleton are one name spelled two ways: "raisi"/"raeesi" scores 73;
#: "rahimi"/"rahmani" (two people) score 77 but differ in skeleton (rm / rmn)
TRANSLITERATION_MIN_RATIO = 70

#: entity types that may be one actor though the per-article typing differs:
#: the small model tags "Ebrahim Raisi" ORG, and a news outlet is both ORG and MEDIA
_TYPE_FAMILY = {"PERSON": "P", "ORG": "O", "MEDIA": "O", "GROUP": "G", "GPE": "L"}

#: rule -> (strength, score)
RULES = {
    "reviewer": ("strong", 1.0),
    "same_name": ("strong", 1.0),
    "alias": ("strong", 0.95),
    "acronym": ("strong", 0.9),
    "first_last": ("strong", 0.85),
    "transliteration": ("strong", 0.8),
    "surname": ("weak", 0.6),
}


def member_key(article_id: str, entity_id: str) -> str:
    """How an article entity is named across the corpus: ``article_id:entity_id``."""
    return f"{article_id}:{entity_id}"


def name_words(name: str) -> list[str]:
    """The folded words of a name without titles ("Mrs. Maryam Rajavi" -> maryam rajavi)."""
    words = fold(name).split()
    kept = [w for w in words if w not in HONORIFICS]
    return kept or words


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A transliteration key: first letter plus consonants, digraphs and doubles collapsed.

    "raisi", "raeesi" -> "rs"; "mohammad", "muhammad" -> "md"; "jafar", "jaafar",
    "jaffar" -> "jfr"; "qasem", "ghasem" -> "gsm"; but "rahimi" -> "rm", "rahmani" -> "rmn".
    """
    w = word.lower()
    for old, new in (("kh", "k"), ("gh", "g"), ("q", "g"), ("ph", "f"), ("ck", "k"), ("z", "s")):
        w = w.replace(old, new)
    if not w:
        return ""
    body = "".join(c for c in w[1:] if c not in "aeiouyhw'")
    key = w[0]
    for char in body:
        if char != key[-1]:
            key += char
    return key


def acronym(words: list[str]) -> str:
    """Initials of the words that count ("peoples mojahedin organization of iran" -> pmoi)."""
    return "".join(w[0] for w in words if w not in ACRONYM_STOPWORDS and w)


@dataclass(frozen=True)
class EntityView:
    """What cross-article linking needs of one article entity."""

    key: str  # member key
    article_id: str
    entity_id: str
    name: str
    type: str
    words: tuple[str, ...]
    names: frozenset[str]  # folded name and aliases
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0
    published: str | None = None
    country: str | None = None  # the article's main country

    @property
    def is_surname_only(self) -> bool:
        return self.type == "PERSON" and len(self.words) == 1


def entity_view(article: Article, entity: Entity, country: str | None = None) -> EntityView:
    words = tuple(name_words(entity.name))
    names = {" ".join(words)} | {" ".join(name_words(a)) for a in entity.aliases}
    return EntityView(
        key=member_key(article.id, entity.id),
        article_id=article.id,
        entity_id=entity.id,
        name=entity.name,
        type=entity.type,
        words=words,
        names=frozenset(n for n in names if n),
        aliases=tuple(entity.aliases),
        roles=tuple(entity.roles),
        mentions=len(entity.mentions),
        published=article.source.published,
        country=country,
    )


def form_data(view: EntityView) -> dict[str, object]:
    """What :func:`compare` reads of an article entity: its name form, shared by every
    article entity that reads alike (the article and entity ids left out)."""
    return {
        "name": view.name,
        "type": view.type,
        "words": list(view.words),
        "names": sorted(view.names),
        "country": view.country,
    }


def form_id(data: dict[str, object]) -> str:
    """A form's id: ``F`` and the hash of its JSON (so that it sorts apart from member keys)."""
    return "F" + hashlib.sha1(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:20]


def form_view(fid: str, data: dict[str, Any]) -> EntityView:
    """A stand-in article entity for a form: ``compare`` between two forms is that of their members."""
    return EntityView(
        key=fid,
        article_id=fid,
        entity_id="",
        name=data["name"],
        type=data["type"],
        words=tuple(data["words"]),
        names=frozenset(data["names"]),
        country=data["country"],
    )


def self_rule(view: EntityView) -> tuple[str, str] | None:
    """The rule that makes two article entities of one form one actor (None: each stays apart)."""
    return compare(replace(view, article_id="1"), replace(view, article_id="2"))


def blocking_keys(view: EntityView) -> set[str]:
    """Keys under which an entity is indexed: entities sharing none are never compared."""
    keys = {f"n:{n}" for n in view.names}
    for name in view.names:
        words = name.split()
        if len(words) >= 2:
            keys.add(f"a:{acronym(words)}")
        elif len(words) == 1 and len(name) >= 2:
            keys.add(f"a:{name}")  # an acronym meets the full name it abbreviates
    if view.words:
        keys.add(f"s:{skeleton(view.words[-1])}")  # transliterated and surname matches
    return keys


#: the types whose forms :func:`compare` may join by an acronym (both of a pair must be one of these)
_ACRONYM_TYPES = frozenset({"ORG", "MEDIA"})

#: the fewest letters of an acronym :func:`compare` reads ("UN" is not one)
_ACRONYM_MIN = 3


def looked_up_keys(view: EntityView, keys: set[str]) -> set[str]:
    """The blocking *keys* of *view* under which the stored forms to compare it with are found.

    An acronym key (``a:``) can lead to no rule but ``acronym``: every other rule
    of :func:`compare` needs a shared name (``n:``) or the same skeleton of the
    last word (``s:``) (same name, alias, first and last name, transliteration,
    surname). The acronym rule needs both forms of an ORG or MEDIA type and an
    acronym of at least three letters, so the acronym key of a person ("John
    Brown": ``a:jb``) or of a name of two words (``a:jb`` again) finds only pairs
    ``compare`` turns down, and there are few two-letter keys: each holds a share
    of every two-word name stored, a share that grows with the corpus.
    Those keys stay stored (a later ORG form of three letters finds nothing in
    them either); they are only not looked up.
    """
    wide = view.type in _ACRONYM_TYPES
    return {k for k in keys if not k.startswith("a:") or (wide and len(k) - 2 >= _ACRONYM_MIN)}


def _generic(view: EntityView) -> bool:
    """A name written in lower case ("interior ministry") describes; it does not name."""
    return view.name == view.name.lower()


def _types_compatible(a: EntityView, b: EntityView) -> bool:
    return _TYPE_FAMILY.get(a.type) == _TYPE_FAMILY.get(b.type)


def compare(a: EntityView, b: EntityView) -> tuple[str, str] | None:
    """The rule that makes *a* and *b* one actor, with the evidence in words, or None."""
    if a.article_id == b.article_id:
        return None  # the article extractor already decided within one article
    if a.type == "GROUP" or b.type == "GROUP":
        return None  # "protesters", "security forces": descriptions, not one actor across articles
    if (_generic(a) or _generic(b)) and a.country != b.country:
        return None  # "the interior ministry" of Kazakhstan is not that of Belarus
    name_a, name_b = " ".join(a.words), " ".join(b.words)
    multi = len(a.words) >= 2 and len(b.words) >= 2
    if name_a == name_b and name_a:
        if a.is_surname_only and b.is_surname_only:
            return ("same_name", f"same surname-only name {name_a!r}") if a.type == b.type else None
        if _types_compatible(a, b) or multi:
            note = "" if _types_compatible(a, b) else f" (typed {a.type} and {b.type})"
            return "same_name", f"same name {name_a!r}{note}"
    if not _types_compatible(a, b):
        return None
    shared = sorted(a.names & b.names)
    if shared and not (a.type == "PERSON" and all(len(s.split()) == 1 for s in shared)):
        return "alias", f"shared name or alias {shared[0]!r}"
    if a.type in ("ORG", "MEDIA", "GROUP"):
        for short, full in ((a, b), (b, a)):
            for name in short.names:
                if len(name) >= 3 and " " not in name:
                    for long_name in full.names:
                        words = long_name.split()
                        if len(words) >= 3 and acronym(words) == name:
                            return "acronym", f"{name.upper()!r} is the acronym of {long_name!r}"
    if a.type == "PERSON":
        if multi and a.words[0] == b.words[0] and a.words[-1] == b.words[-1]:
            return "first_last", f"same first and last name {a.words[0]!r} … {a.words[-1]!r}"
        if len(a.words) == len(b.words) and all(
            skeleton(x) == skeleton(y) for x, y in zip(a.words, b.words, strict=True)
        ):
            ratio = fuzz.ratio(name_a, name_b)
            if ratio >= TRANSLITERATION_MIN_RATIO:
                if a.is_surname_only:
                    return "same_name", f"surname-only names spelled {name_a!r} and {name_b!r} ({ratio:.0f})"
                return "transliteration", f"{name_a!r} and {name_b!r}: same skeleton, similarity {ratio:.0f}"
        for short, full in ((a, b), (b, a)):
            if short.is_surname_only and len(full.words) >= 2:
                last, sur = full.words[-1], short.words[0]
                if sur == last or (
                    skeleton(sur) == skeleton(last) and fuzz.ratio(sur, last) >= TRANSLITERATION_MIN_RATIO
                ):
                    return "surname", f"{short.name!r} is the surname of {full.name!r}"
    return None


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    rule: str
    evidence: str

    @property
    def strength(self) -> str:
        return RULES[self.rule][0]

    @property
    def score(self) -> float:
        return RULES[self.rule][1]


@dataclass
class Override:
    action: str  # merge | split
    a: str
    b: str | None
    reviewer: str | None = None
    note: str | None = None


def cluster_entities(
    views: dict[str, EntityView],
    edges: Iterable[Edge],
    overrides: Iterable[Override] = (),
    node_members: Mapping[str, list[EntityView]] | None = None,
    node_notes: Mapping[str, list[dict[str, str]]] | None = None,
    ambiguous_nodes: Collection[str] = frozenset(),
) -> list[CorpusEntity]:
    """Corpus entities from article entities, merge edges and a reviewer's overrides.

    The nodes are *views*' keys: article entities, or (with *node_members*) name
    forms standing for all their members; *node_notes* are the evidence of what
    made a node's members one (the form's own rule), and an edge's ends are named
    in the evidence by their node's smallest member.

    Strong edges are applied in a fixed order (rule score, then keys) and skip
    any union that would join two members a reviewer split; weak (surname)
    edges then attach a surname-only cluster to the single full-name cluster it
    points to. The result depends on the sets of edges only, not their order.
    *ambiguous_nodes*: nodes whose cluster is known to be a surname with several
    full names to choose from (clustered apart from those full names).
    """
    cannot: set[frozenset[str]] = set()
    isolated: set[str] = set()
    strong: list[Edge] = []
    weak: list[Edge] = []
    for override in overrides:
        if override.action == "split":
            if override.b is None:
                isolated.add(override.a)
            else:
                cannot.add(frozenset((override.a, override.b)))
    overrides = list(overrides)
    for n, override in enumerate(overrides):
        if override.action == "merge" and override.b is not None:
            pair = {override.a, override.b}
            if any(
                later.action == "split"
                and (later.a in pair if later.b is None else {later.a, later.b} == pair)
                for later in overrides[n + 1 :]
            ):
                continue  # a later split undoes the merge
            a, b = sorted((override.a, override.b))
            note = f"merged by {override.reviewer or 'a reviewer'}" + (
                f": {override.note}" if override.note else ""
            )
            strong.append(Edge(a, b, "reviewer", note))
    for edge in edges:
        if edge.a not in views or edge.b not in views:
            continue
        if edge.a in isolated or edge.b in isolated:
            continue
        (strong if edge.strength == "strong" else weak).append(edge)

    uf = UnionFind(sorted(views))
    members: dict[str, set[str]] = {k: {k} for k in views}
    used: dict[str, list[Edge]] = {k: [] for k in views}

    def blocked(ra: str, rb: str) -> bool:
        return any(frozenset((x, y)) in cannot for x in members[ra] for y in members[rb])

    def join(edge: Edge) -> bool:
        ra, rb = uf.find(edge.a), uf.find(edge.b)
        if ra == rb:
            used[ra].append(edge)
            return True
        if blocked(ra, rb):
            return False
        root = uf.union(ra, rb)
        other = rb if root == ra else ra
        members[root] |= members.pop(other)
        used[root] += used.pop(other) + [edge]
        return True

    for edge in sorted(strong, key=lambda e: (-e.score, e.a, e.b)):
        join(edge)
    # weak edges: computed against the strong components only, so attaching one
    # surname cluster never changes where another one goes
    targets: dict[str, set[str]] = {}
    weak_by_root: dict[str, list[Edge]] = {}
    for edge in weak:
        ra, rb = uf.find(edge.a), uf.find(edge.b)
        if ra == rb:
            continue
        for root, other in ((ra, rb), (rb, ra)):
            if all(views[m].is_surname_only for m in members[root]) and not all(
                views[m].is_surname_only for m in members[other]
            ):
                targets.setdefault(root, set()).add(other)
                weak_by_root.setdefault(root, []).append(edge)
    attach = {root: next(iter(t)) for root, t in targets.items() if len(t) == 1}
    for root in sorted(attach):
        # the full name's root now: an earlier surname joined to it may have become the root
        if root in members and not blocked(root, uf.find(attach[root])):
            for edge in sorted(weak_by_root[root], key=lambda e: (e.a, e.b)):
                join(edge)
    ambiguous = {root: sorted(t) for root, t in targets.items() if len(t) > 1}

    def member_views(node: str) -> list[EntityView]:
        return node_members[node] if node_members is not None else [views[node]]

    rep = {k: min(v.key for v in member_views(k)) for k in views}
    out = []
    for root, keys in sorted(uf.groups().items()):
        group = [v for k in keys for v in member_views(k)]
        notes = [n for k in keys for n in (node_notes or {}).get(k, [])]
        # named after its largest node (most members, then smallest key), not its smallest key:
        # a set function still, but one a new spelling joining "U.S." does not change, so the
        # entity keeps its id and the claims and clusters naming it are not written again
        anchor = min(keys, key=lambda k: (-len(member_views(k)), k))
        entity = _build(root, group, used.get(uf.find(root), []), notes, rep)
        entity.id = corpus_entity_id(anchor)
        if root in ambiguous or (ambiguous_nodes and any(k in ambiguous_nodes for k in keys)):
            entity.evidence.append(
                {
                    "rule": "ambiguous_surname",
                    "evidence": f"{group[0].name!r} could be several people; left apart",
                }
            )
        out.append(entity)
    return out


def corpus_entity_id(root: str) -> str:
    """A stable id: the hash of the key of the cluster's largest node (see :func:`cluster_entities`)."""
    return "E" + hashlib.sha1(root.encode()).hexdigest()[:10]


def entity_roles(group: Iterable[EntityView]) -> list[str]:
    """The roles of a corpus entity: its members' roles, earliest published first, each once.

    Only members with roles count, so an update that adds members to a large
    entity reads the few of its members that have a role, not all of them.
    """
    roles: list[str] = []
    folded: dict[str, str] = {}  # role -> its folded form, each folded once
    seen: set[str] = set()  # the folded forms of *roles*
    for v in sorted((v for v in group if v.roles), key=lambda v: (v.published or "", v.key)):
        for role in v.roles:
            if role not in folded:
                folded[role] = fold(role)
            key = folded[role]
            if key not in seen:
                seen.add(key)
                roles.append(role)
    # "spokesman" says less than "interior ministry spokesman": keep the longer
    return [r for r in roles if not any(o != r and folded[o].endswith(" " + folded[r]) for o in roles)]


def entity_name(counts: Counter[str]) -> str:
    """A corpus entity's name: the name its members give most often (full names counted, when it
    has any), the longer on a tie. *counts* may weigh names by members, as an update does."""
    return max(counts, key=lambda n: (counts[n], len(n), n))


def entity_type(types: Counter[str], with_roles: bool) -> EntityType:
    """A corpus entity's type: its members' most common, or PERSON when a member has a role or
    title and any member is a person (the small model tags people ORG). Ties go to the type met
    first, so *types* is filled in the order members are met."""
    return cast(EntityType, "PERSON" if with_roles and "PERSON" in types else types.most_common(1)[0][0])


def _build(
    root: str, group: list[EntityView], edges: list[Edge], notes: list[dict[str, str]], rep: dict[str, str]
) -> CorpusEntity:
    full = [v for v in group if len(v.words) >= 2] or group
    name = entity_name(Counter(v.name for v in full))
    etype = entity_type(Counter(v.type for v in group), any(v.roles for v in group))
    aliases = sorted({n for v in group for n in (v.name, *v.aliases)} - {name})
    return CorpusEntity(
        id=corpus_entity_id(root),
        name=name,
        type=etype,
        aliases=aliases,
        roles=entity_roles(group),
        members=sorted(v.key for v in group),
        articles=len({v.article_id for v in group}),
        mentions=sum(v.mentions for v in group),
        evidence=notes
        + sorted(
            (
                {"a": rep.get(e.a, e.a), "b": rep.get(e.b, e.b), "rule": e.rule, "evidence": e.evidence}
                for e in edges
            ),
            key=lambda e: (e["a"], e["b"], e["rule"]),
        ),
    )
