"""Masking private people's names: tally documents states, not protesters.

A private person is a PERSON corpus entity with no role anywhere in the
corpus (a role — "judiciary chief", "police chief" — makes an official),
named somewhere with at least two words, and not named like a place or an
outlet of the corpus nor ending in a word for a street or a building (the
tagger's misfires: "Khartoum", "Nasha Gazeta", "Victory Square"). Names are
masked as whole words, in every text field of every record, except inside
the names of places.
Names are masked with █ of the same length, so every offset stays valid and a
reader still sees that someone was named. Whole names, aliases and each
capitalised word of them are masked (a later "Ahmadi" alone is the same
person); masking a namesake too is the safe error.

Redaction happens once, where the corpus is read
(:class:`tally.reader.CorpusReader` with ``redact=True``): every record an
export or a plugin gets has been through here, so a new format cannot leak a
name by forgetting a field. Corpus entities of private people keep their
length-masked name and lose their aliases; every other name and every text
of a claim or event cluster has the private names masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tally.lang import active
from tally.link.entities import fold
from tally.records import Article, Claim, CorpusEntity, EventCluster

MASK = "█"

#: a name word shorter than this is not masked alone ("Li" would mask "Lives")
MIN_WORD = 3

#: keys of a record whose string values are never names: ids, enumerations, dates
#: (and places' names: a private "Anton Victory" leaves "Victory Square" alone)
_NOT_TEXT = frozenset(
    {
        *("id", "schema", "kind", "category", "qualifier", "type", "granularity", "anchor", "status"),
        *("place", "place_name", "country", "admin1"),
    }
)


def _mask(match: re.Match[str]) -> str:
    return MASK * len(match.group(0))


def _is_site(name: str) -> bool:
    """A name that ends in a word for a street, square or building ("Victory Square",
    "Evin Prison"): the tagger's PERSON, but a place, never a private person."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    lexicon = active()
    return last in lexicon.get("places", "street_words") or last in lexicon.get("entities", "site_words")


@dataclass
class Redactor:
    """Masks the names of private people; ``members`` are their article entities."""

    names: list[str] = field(default_factory=list)  # longest first
    members: set[str] = field(default_factory=set)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """Every name as a whole word ("Ali" is not masked inside "Alibaba"); longest first."""
        if not self.names:
            return None
        lexicon = active()
        sites = sorted(lexicon.get("places", "street_words") | lexicon.get("entities", "site_words"))
        names = "|".join(re.escape(n) for n in self.names)
        # nor before a word for a street or building: "Victory Square" stays when "Anton Victory" goes
        not_site = r"(?![ \t]+(?i:" + "|".join(re.escape(w) for w in sites) + r")\b)"
        return re.compile(r"(?<!\w)(?:" + names + r")(?!\w)" + not_site)

    def text(self, value: str | None) -> str | None:
        if not value or self._pattern is None:
            return value
        return self._pattern.sub(_mask, value)

    def _text_outside(self, value: str, keep: list[tuple[int, int]]) -> str:
        """:meth:`text` on *value* except inside the *keep* spans (the article's place names)."""
        out, at = [], 0
        for start, end in sorted(keep):
            if start < at:
                start = at
            if start >= end:
                continue
            out.append(self.text(value[at:start]) or "")
            out.append(value[start:end])
            at = end
        out.append(self.text(value[at:]) or "")
        return "".join(out)

    def _strings(self, value: Any, key: str = "") -> Any:
        """Every string in a record's data masked, ids and enumerations left alone."""
        if isinstance(value, str):
            return value if key in _NOT_TEXT else self.text(value)
        if isinstance(value, list):
            return [self._strings(v, key) for v in value]
        if isinstance(value, dict):
            return {k: self._strings(v, k) for k, v in value.items()}
        return value

    def names_list(self, values: list[str]) -> list[str]:
        return [self.text(v) or "" for v in values]

    def article(self, article: Article) -> Article:
        """A copy of *article* with private people's mentions masked in the text and every record."""
        text = list(article.text)
        private_ids = {e.id for e in article.entities if f"{article.id}:{e.id}" in self.members}
        # a private "Anton Victory" does not mask the "Victory" of "Victory Square": a mention
        # inside the longer name of a place or of anyone else is that other name's word
        others = [(s, e) for p in article.places for s, e in p.mentions]
        others += [(s, e) for x in article.entities if x.id not in private_ids for s, e in x.mentions]
        for entity in article.entities:
            if entity.id in private_ids:
                for start, end in entity.mentions:
                    if not any(s <= start and end <= e and e - s > end - start for s, e in others):
                        text[start:end] = MASK * (end - start)
        places = [(s, e) for p in article.places for s, e in p.mentions]
        masked = self._text_outside("".join(text), places)
        # every string field first (title, path, names, sentences …); then the fields that
        # quote the text are cut again from the masked text, so their offsets still hold
        data = article.model_dump(by_alias=True)
        places_data = data.pop("places")
        data = self._strings(data)
        data["places"] = places_data
        data["text"] = masked
        for entity in data["entities"]:
            if entity["id"] in private_ids:
                entity["name"] = MASK * len(entity["name"])
                entity["aliases"] = [MASK * len(a) for a in entity["aliases"]]
        for quote in data["quotes"]:
            quote["text"] = masked[quote["start"] : quote["end"]]
            if quote.get("speaker") in private_ids and quote.get("speaker_name"):
                quote["speaker_name"] = MASK * len(quote["speaker_name"])
        for figure in data["figures"]:
            if figure.get("text") is not None:
                figure["text"] = masked[figure["start"] : figure["end"]]
        for flag in data["flags"]:
            flag["text"] = masked[flag["start"] : flag["end"]]
        for date_mention in data["dates"]:
            date_mention["text"] = masked[date_mention["start"] : date_mention["end"]]
        return Article.model_validate(data)

    def claim(self, claim: Claim) -> Claim:
        """A copy of *claim* with private names masked in every text: sources, figures, conflicts."""
        return Claim.model_validate(self._strings(claim.model_dump(by_alias=True)))

    def event_cluster(self, cluster: EventCluster) -> EventCluster:
        """A copy of *cluster* with private names masked in every text: actors, sources, sentences."""
        return EventCluster.model_validate(self._strings(cluster.model_dump(by_alias=True)))

    def corpus_entity(self, entity: CorpusEntity) -> CorpusEntity:
        """A private person's entity masked whole (aliases dropped); any other with names masked."""
        evidence = [{**e, "evidence": self.text(e["evidence"]) or ""} for e in entity.evidence]
        if set(entity.members) & self.members:
            return entity.model_copy(
                update={"name": MASK * len(entity.name), "aliases": [], "evidence": evidence}
            )
        return entity.model_copy(
            update={
                "name": self.text(entity.name) or "",
                "aliases": self.names_list(entity.aliases),
                "evidence": evidence,
            }
        )


def build_redactor(articles: Iterable[Article], entities: Iterable[CorpusEntity]) -> Redactor:
    """The redactor for a corpus: its *articles* and its corpus *entities* (linked up to date)."""
    names: set[str] = set()
    members: set[str] = set()
    not_people: set[str] = set()
    for article in articles:
        not_people |= {fold(p.name) for p in article.places}
        if article.source.outlet:
            not_people.add(fold(article.source.outlet))
    for entity in entities:
        if entity.type != "PERSON" or entity.roles:
            continue
        all_names = [entity.name, *entity.aliases]
        # the tagger calls places, outlets and lone words PERSON ("Khartoum", "Nasha Gazeta",
        # "Riot"); a private person is named with a first and a last name somewhere
        if any(fold(n) in not_people or _is_site(n) for n in all_names) or not any(
            len(n.split()) >= 2 for n in all_names
        ):
            continue
        members |= set(entity.members)
        for name in all_names:
            names.add(name)
            names |= {w for w in name.split() if len(w) >= MIN_WORD and w[:1].isupper()}
    return Redactor(sorted(names, key=lambda n: (-len(n), n)), members)
