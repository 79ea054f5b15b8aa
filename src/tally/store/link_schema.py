"""Tables of the cross-article links (migration 2), kept apart from the per-article tables.

Everything here is derived from the stored articles and can be rebuilt from
them (``tally.link.relink``), except ``link_overrides``: a reviewer's merge and
split decisions, which are input, never overwritten by the machine.

The tables are of three kinds:

- per-article features computed once when an article is linked
  (``link_articles``, ``link_lsh``, ``link_entity_views``, ``link_figures``,
  ``link_events``), so that adding an article never re-reads the others;
- name forms shared by the article entities that read alike (``link_forms``,
  indexed by their blocking keys in ``link_form_keys``);
- pairwise decisions with their evidence (``link_dup_pairs``,
  ``link_form_edges``): why two articles are one republication, why two
  name forms are one actor;
- the current result (``corpus_entities``, ``corpus_entity_members``,
  ``claims``, ``claim_figures``, ``event_clusters``, ``event_cluster_members``),
  recomputed for the blocks an addition touches.

Lists are JSON arrays in TEXT columns, as in the article tables, so that
Datasette shows them as they are.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text

LINK_METADATA = MetaData()

link_articles = Table(
    "link_articles",
    LINK_METADATA,
    Column("article_id", String(64), primary_key=True),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("country", String(8)),  # the article's main country, for figures without a place
    Column("signature", Text, nullable=False),  # MinHash signature, JSON array of ints
    Column("linked_at", String(32), nullable=False),
)

link_lsh = Table(
    "link_lsh",
    LINK_METADATA,
    Column("band", String(40), nullable=False),
    Column("article_id", String(64), nullable=False),
    PrimaryKeyConstraint("band", "article_id"),
)

link_dup_pairs = Table(
    "link_dup_pairs",
    LINK_METADATA,
    Column("a", String(64), nullable=False),
    Column("b", String(64), nullable=False),
    Column("similarity", Float, nullable=False),  # estimated Jaccard of word shingles
    PrimaryKeyConstraint("a", "b"),
)

link_entity_views = Table(
    "link_entity_views",
    LINK_METADATA,
    Column("member", String(90), primary_key=True),  # "article_id:entity_id"
    Column("article_id", String(64), nullable=False),
    Column("data", Text, nullable=False),  # JSON of tally.link.entities.EntityView
    Column("form", String),  # its name form (link_forms.form): migration 7
)

# Name forms (migration 7): what cross-article matching reads of an article entity
# (name, type, folded words and aliases, the article's country), stored once however
# many articles name it. Matching is decided between forms, so an entity named in
# 5,000 articles is one form with 5,000 members, not 12 million member pairs.
link_forms = Table(
    "link_forms",
    LINK_METADATA,
    Column("form", String, primary_key=True),  # sha1 of the form's JSON
    Column("data", Text, nullable=False),  # JSON: name, type, words, names, country
    Column("self_rule", String),  # the rule that makes two members of this form one actor, or None
    Column("self_evidence", Text),
    # how many article entities have this form and the two smallest of their keys (JSON), kept by
    # each update that adds members (migration 10): a form that only gained members is updated
    # from these, not from its thousands of member keys ("Iran" gains members in every article)
    Column("members", Integer, nullable=False, server_default="0"),
    Column("smallest", Text, nullable=False, server_default="[]"),
)

link_form_keys = Table(
    "link_form_keys",
    LINK_METADATA,
    Column("key", String, nullable=False),  # a blocking key: forms sharing none are never compared
    Column("form", String, nullable=False),
    PrimaryKeyConstraint("key", "form"),
)

link_form_edges = Table(
    "link_form_edges",
    LINK_METADATA,
    Column("a", String, nullable=False),  # form ids, a < b
    Column("b", String, nullable=False),
    Column("rule", String, nullable=False),
    Column("strength", String, nullable=False),  # strong | weak
    Column("score", Float, nullable=False),
    Column("evidence", Text, nullable=False),
    PrimaryKeyConstraint("a", "b"),
)

link_overrides = Table(
    "link_overrides",
    LINK_METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(8), nullable=False),  # merge | split
    Column("a", String(90), nullable=False),
    Column("b", String(90)),  # None: split *a* from every other member
    Column("reviewer", Text),
    Column("note", Text),
    Column("created_at", String(32), nullable=False),
)

corpus_entities = Table(
    "corpus_entities",
    LINK_METADATA,
    Column("id", String(24), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("aliases", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("evidence", Text, nullable=False),  # JSON: the merge decisions that built it
)

# Migration 11: what a corpus entity's name, type, id, roles and notes are computed from, summed
# over its members (tally.link.totals), so that an update that only adds members to an entity
# reads its totals and the grown forms, not every form and member of the entity ("U.S.": hundreds
# of forms, thousands of members, growing with the corpus). Derived like the rest: a full relink
# writes them again, and an update keeps them equal to what a relink writes.
corpus_entity_totals = Table(
    "corpus_entity_totals",
    LINK_METADATA,
    Column("corpus_entity_id", String, primary_key=True),
    Column("data", Text, nullable=False),  # JSON of tally.link.totals.Totals
)

corpus_entity_members = Table(
    "corpus_entity_members",
    LINK_METADATA,
    Column("member", String(90), primary_key=True),  # "article_id:entity_id"
    Column("corpus_entity_id", String(24), nullable=False),
    Column("article_id", String(64), nullable=False),
    Column("entity_id", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("roles", Text, nullable=False),
)

link_figures = Table(
    "link_figures",
    LINK_METADATA,
    Column("article_id", String(64), nullable=False),
    Column("figure_id", String(16), nullable=False),
    Column("block", String(80), nullable=False),  # category|country: claims never cross blocks
    Column("features", Text, nullable=False),  # JSON, see tally.link.claims.figure_features
    # where the item falls in a block's grouping order, and its period (NULL: unknown), so that an
    # update decodes only the items a change can reach (migration 8; tally.link.grouping.replay)
    Column("depth", Integer),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    PrimaryKeyConstraint("article_id", "figure_id"),
)

link_events = Table(
    "link_events",
    LINK_METADATA,
    Column("article_id", String(64), nullable=False),
    Column("event_id", String(16), nullable=False),
    Column("block", String(80), nullable=False),
    Column("features", Text, nullable=False),
    # where the item falls in a block's grouping order, and its period (NULL: unknown), so that an
    # update decodes only the items a change can reach (migration 8; tally.link.grouping.replay)
    Column("depth", Integer),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    PrimaryKeyConstraint("article_id", "event_id"),
)

claims = Table(
    "claims",
    LINK_METADATA,
    Column("id", String(24), primary_key=True),
    Column("block", String(80), nullable=False),
    Column("category", String(16), nullable=False),
    Column("place", Text),
    Column("date", String(16)),
    Column("status", String(16), nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("range_min", Float),
    Column("range_max", Float),
    Column("data", Text, nullable=False),  # the claim's SPEC JSON object
)

claim_figures = Table(
    "claim_figures",
    LINK_METADATA,
    Column("claim_id", String(24), nullable=False),
    Column("article_id", String(64), nullable=False),
    Column("figure_id", String(16), nullable=False),
    PrimaryKeyConstraint("article_id", "figure_id"),
)

event_clusters = Table(
    "event_clusters",
    LINK_METADATA,
    Column("id", String(24), primary_key=True),
    Column("block", String(80), nullable=False),
    Column("type", String(16), nullable=False),
    Column("place", Text),
    Column("date", String(16)),
    Column("status", String(16), nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

event_cluster_members = Table(
    "event_cluster_members",
    LINK_METADATA,
    Column("cluster_id", String(24), nullable=False),
    Column("article_id", String(64), nullable=False),
    Column("event_id", String(16), nullable=False),
    PrimaryKeyConstraint("article_id", "event_id"),
)

# Migration 9: the form and entity lookups carry the columns an update reads with them
# (a form's member keys and articles, an entity's members), so the database answers
# from the index without a table row per member: those lists grow with the corpus.
Index(
    "ix_link_entity_views_form_member",
    link_entity_views.c.form,
    link_entity_views.c.member,
    link_entity_views.c.article_id,
)
Index("ix_link_entity_views_article", link_entity_views.c.article_id)
Index("ix_link_form_edges_b", link_form_edges.c.b)
Index("ix_link_figures_block", link_figures.c.block)
Index("ix_link_events_block", link_events.c.block)
Index("ix_claims_block", claims.c.block)
Index("ix_event_clusters_block", event_clusters.c.block)
Index(
    "ix_corpus_entity_members_entity_member",
    corpus_entity_members.c.corpus_entity_id,
    corpus_entity_members.c.member,
)
Index("ix_claim_figures_claim", claim_figures.c.claim_id)
Index("ix_event_cluster_members_cluster", event_cluster_members.c.cluster_id)

#: tables derived from the articles: emptied by a full relink (overrides are kept)
DERIVED_TABLES = [t for t in LINK_METADATA.sorted_tables if t.name != "link_overrides"]
