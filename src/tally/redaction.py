"""Masking private people's names: tally documents states, not protesters.

A private person is a PERSON corpus entity with no role anywhere in the
corpus (a role — "judiciary chief", "police chief" — makes an official),
named somewhere with at least two words, and not named like a place or an
outlet of the corpus (the tagger's misfires: "Khartoum", "Nasha Gazeta").
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

from collections.abc import Iterable
from dataclasses import dataclass, field

from tally.link.entities import fold
from tally.records import Article, Claim, CorpusEntity, EventCluster

MASK = "█"

#: a name word shorter than this is not masked alone ("Li" would mask "Lives")
MIN_WORD = 3


@dataclass
class Redactor:
    """Masks the names of private people; ``members`` are their article entities."""

    names: list[str] = field(default_factory=list)  # longest first
    members: set[str] = field(default_factory=set)

    def text(self, value: str | None) -> str | None:
        if not value:
            return value
        for name in self.names:
            if name in value:
                value = value.replace(name, MASK * len(name))
        return value

    def names_list(self, values: list[str]) -> list[str]:
        return [self.text(v) or "" for v in values]

    def article(self, article: Article) -> Article:
        """A copy of *article* with private people's mentions masked in the text and every record."""
        text = list(article.text)
        private_ids = {e.id for e in article.entities if f"{article.id}:{e.id}" in self.members}
        for entity in article.entities:
            if entity.id in private_ids:
                for start, end in entity.mentions:
                    text[start:end] = MASK * (end - start)
        masked = self.text("".join(text)) or ""
        data = article.model_dump(by_alias=True)
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
        for event in data["events"]:
            for key in ("actor_text", "target_text"):
                event[key] = self.text(event.get(key))
        for flag in data["flags"]:
            flag["text"] = masked[flag["start"] : flag["end"]]
        for date_mention in data["dates"]:
            date_mention["text"] = masked[date_mention["start"] : date_mention["end"]]
        data["removed"] = [{**r, "text": self.text(r["text"]) or ""} for r in data["removed"]]
        for post in data["embedded"]:
            post["author"] = self.text(post.get("author"))
        return Article.model_validate(data)

    def claim(self, claim: Claim) -> Claim:
        """A copy of *claim* with private names masked in its sources, figures and conflicts."""
        figures = [
            f.model_copy(
                update={
                    "asserted_by": self.names_list(f.asserted_by),
                    "confirmed_by": self.names_list(f.confirmed_by),
                    "disputed_by": self.names_list(f.disputed_by),
                    "sentence": self.text(f.sentence) or "",
                    "text": self.text(f.text) or "",
                    "subject": self.text(f.subject),
                }
            )
            for f in claim.figures
        ]
        conflicts = [c.model_copy(update={"reason": self.text(c.reason) or ""}) for c in claim.conflicts]
        return claim.model_copy(
            update={
                "sources": self.names_list(claim.sources),
                "subject": self.text(claim.subject),
                "figures": figures,
                "conflicts": conflicts,
            }
        )

    def event_cluster(self, cluster: EventCluster) -> EventCluster:
        """A copy of *cluster* with private names masked in its actors, sources and sentences."""
        events = [
            e.model_copy(update={"sentence": self.text(e.sentence) or "", "outlet": self.text(e.outlet)})
            for e in cluster.events
        ]
        return cluster.model_copy(
            update={
                "actor": self.text(cluster.actor),
                "target": self.text(cluster.target),
                "sources": self.names_list(cluster.sources),
                "events": events,
            }
        )

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
        if any(fold(n) in not_people for n in all_names) or not any(len(n.split()) >= 2 for n in all_names):
            continue
        members |= set(entity.members)
        for name in all_names:
            names.add(name)
            names |= {w for w in name.split() if len(w) >= MIN_WORD and w[:1].isupper()}
    return Redactor(sorted(names, key=lambda n: (-len(n), n)), members)
