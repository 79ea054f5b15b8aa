"""Sources: who a statement counts as, at corpus level.

``independent_sources`` counts original sources, not articles: a figure
attributed to PMOI adds PMOI (asserted_by and confirmed_by, resolved to corpus
entities), an unattributed one adds the article's outlet, near-duplicate
articles (one press release republished) add one source between them, and an
institution ("the interior ministry") is one source per country whichever
outlet carries its word. Claims and event clusters count sources the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tally.lang import Section
from tally.link.entities import fold
from tally.link.grouping import Features

#: Word lists of ``tally/lang/<lang>/link/``: ``STATE_BODY_WORDS`` and ``INSTITUTION_WORDS``.
link_words = Section("link")


def institution_words() -> frozenset[str]:
    """Words that make an unnamed collective an institution: a state body or another ("the commission")."""
    return link_words.STATE_BODY_WORDS | link_words.INSTITUTION_WORDS


@dataclass
class SourceResolver:
    """Turns article-level sources into corpus-level ones.

    :param entity_of: member key -> (corpus entity id, name)
    :param outlet_entity: folded outlet name -> (corpus entity id, name), so that a
        Reuters article and "confirmed by Reuters" elsewhere are one source
    :param dup_group: article id -> representative of its near-duplicate group
    :param group_outlets: representative -> outlets of the group's articles
    :param unnamed: member keys of unnamed collectives (GROUP: "witnesses",
        "medics", "their lawyers"): what they say counts as the outlet's own
        reporting, since the outlet is the only one who heard them
    :param institutions: member key -> name of collectives that are institutions
        ("the interior ministry"): one source per name and country
    """

    entity_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    outlet_entity: dict[str, tuple[str, str]] = field(default_factory=dict)
    dup_group: dict[str, str] = field(default_factory=dict)
    group_outlets: dict[str, list[str]] = field(default_factory=dict)
    unnamed: set[str] = field(default_factory=set)
    institutions: dict[str, str] = field(default_factory=dict)

    def entity(self, key: str | None) -> tuple[str, str] | None:
        return self.entity_of.get(key) if key else None

    def entity_id(self, key: str | None) -> str | None:
        found = self.entity(key)
        return found[0] if found else None

    def article_source(self, doc: str, outlet: str | None) -> tuple[str, str]:
        """The source an unattributed statement counts as: its outlet, or its republication group."""
        group_rep = self.dup_group.get(doc, doc)
        outlets = self.group_outlets.get(group_rep, [])
        if len(outlets) > 1 or (group_rep != doc):
            names = sorted({o for o in outlets if o}) or [f"article {group_rep[:8]}"]
            label = names[0] if len(names) == 1 else " / ".join(names) + " (one text)"
            return f"dup:{group_rep}", label
        if outlet:
            found = self.outlet_entity.get(fold(outlet))
            if found:
                return found
            return f"outlet:{fold(outlet)}", outlet
        return f"article:{doc}", f"article {doc[:8]}"

    def sources_of(self, item: Features) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for key in item.get("asserted_by", []) + item.get("confirmed_by", []):
            named = self.entity(key)
            if named is None:
                continue
            if key in self.institutions:
                country = item["place"][0] if item["place"] else "-"
                named = (f"inst:{country}:{fold(self.institutions[key])}", self.institutions[key])
            elif key in self.unnamed:
                source_key, label = self.article_source(item["doc"], item["outlet"])
                named = (source_key, f"{label} ({named[1]})")
            if named not in found:
                found.append(named)
        return found or [self.article_source(item["doc"], item["outlet"])]


def source_names(resolver: SourceResolver, keys: Iterable[str]) -> list[str]:
    """The corpus-level names of member keys, each once (the key's entity id where unlinked)."""
    out = []
    for key in keys:
        found = resolver.entity(key)
        name = found[1] if found else key.split(":", 1)[-1]
        if name not in out:
            out.append(name)
    return out
