"""Links across articles: corpus entities, claims (corroborated or in conflict), event clusters.

::

    from tally.link import update_links, load_claims
    update_links(corpus.store)          # incremental: only what was added since
    for claim in load_claims(corpus.store):
        print(claim["status"], claim["independent_sources"], claim["range"])

Writing is :mod:`.incremental`; reading the stored links back is :mod:`.stored`
(typed and redacted: :class:`tally.reader.CorpusReader`). What a claim is lives in
:mod:`.claims`, an event cluster in :mod:`.events`, a corpus entity in
:mod:`.entities`; the helpers they share in :mod:`.periods`, :mod:`.places`,
:mod:`.ranges`, :mod:`.sources` and :mod:`.grouping`.
"""

from __future__ import annotations

from tally.link.incremental import LinkReport, add_override, relink, update_links
from tally.link.stored import load_claims, load_corpus_entities, load_event_clusters

__all__ = [
    "LinkReport",
    "add_override",
    "load_claims",
    "load_corpus_entities",
    "load_event_clusters",
    "relink",
    "update_links",
]
