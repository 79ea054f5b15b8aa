"""Links across articles: corpus entities, claims (corroborated or in conflict), event clusters.

::

    from tally.link import update_links, load_claims
    update_links(corpus.store)          # incremental: only what was added since
    for claim in load_claims(corpus.store):
        print(claim["status"], claim["independent_sources"], claim["range"])
"""

from __future__ import annotations

from tally.link.update import (
    LinkReport,
    add_override,
    entity_index,
    load_claims,
    load_corpus_entities,
    load_event_clusters,
    relink,
    update_links,
)

__all__ = [
    "LinkReport",
    "add_override",
    "entity_index",
    "load_claims",
    "load_corpus_entities",
    "load_event_clusters",
    "relink",
    "update_links",
]
