"""Typed records of the output contract, schema ``tally/1`` (see ``shared/SPEC.md``).

Every model serialises with ``model_dump(mode="json")`` to exactly the field
names of the SPEC; extra fields are allowed by the contract but none of the SPEC
fields may be renamed or dropped without bumping the schema to ``tally/2``.

Offsets are Python ``str`` indices into :attr:`Article.text` (the cleaned
text), end exclusive. ``evidence`` is the ``[start, end]`` of the sentence(s)
that support a record.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "tally/1"

Span = tuple[int, int]

Qualifier = Literal["exact", "at_least", "over", "about", "up_to", "vague"]

FigureCategory = Literal[
    "killed",
    "injured",
    "arrested",
    "detained",
    "executed",
    "disappeared",
    "sentenced",
    "protesters",
    "places",
    "deaths",
    "other",
]

Modality = Literal["asserted", "reported", "negated", "hypothetical", "threatened", "planned"]

PlaceKind = Literal["country", "admin1", "city", "other"]

EntityType = Literal["PERSON", "ORG", "GPE", "GROUP", "MEDIA"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Record):
    """Where an article came from and when it was published."""

    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: Literal["metadata", "text", "none"] = "none"


class Removed(_Record):
    """A piece of the raw text that cleaning took out, and why."""

    text: str
    reason: Literal["duplicate", "boilerplate", "footer", "tagline"]


class Embedded(_Record):
    """A post quoted inline (a tweet), kept in the text as a sub-document."""

    start: int
    end: int
    kind: Literal["post"] = "post"
    author: str | None = None
    handle: str | None = None
    date: str | None = None
    url: str | None = None


class Entity(_Record):
    """A person, organisation, place-as-actor or group, with all its mentions merged."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Quote(_Record):
    """Something a speaker said, directly or reported."""

    id: str
    kind: Literal["direct", "indirect", "mixed"]
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    #: where the speaker is named for this quote ("she", "the mayor"), for review and scoring
    speaker_span: Span | None = None
    cue: str | None = None
    via: str | None = None
    date: str | None = None
    evidence: Span


class Figure(_Record):
    """A count of people or places (killed, arrested, protesters, …) with its source chain."""

    id: str
    value: float
    value_max: float | None = None
    qualifier: Qualifier = "exact"
    category: FigureCategory
    subject: str | None = None
    start: int
    end: int
    text: str | None = None
    asserted_by: list[str] = Field(default_factory=list)
    confirmed_by: list[str] = Field(default_factory=list)
    disputed_by: list[str] = Field(default_factory=list)
    date: str | None = None
    place: str | None = None
    negated: bool = False
    #: every place the same count is stated in the article (the first is ``start``/``end``)
    mentions: list[Span] = Field(default_factory=list)
    evidence: Span


class Acled(_Record):
    event_type: str
    sub_event_type: str | None = None


class Event(_Record):
    """Who did what to whom, where and when (PLOVER type and mode, ACLED mapping)."""

    id: str
    type: str
    mode: str | None = None
    acled: Acled | None = None
    actor: str | None = None
    actor_text: str | None = None
    target: str | None = None
    target_text: str | None = None
    place: str | None = None
    date: str | None = None
    figures: list[str] = Field(default_factory=list)
    modality: Modality = "asserted"
    trigger: Span
    evidence: Span


class Place(_Record):
    """A place named in the text, resolved to a gazetteer entry where one fits."""

    id: str
    name: str
    kind: PlaceKind = "other"
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    #: Where the place is named ("Iran", "Tehran").
    mentions: list[Span] = Field(default_factory=list)
    #: Adjectives that point to the place without naming it ("Iranian forces"):
    #: evidence for where something happened, kept apart because a demonym is
    #: not a place name (ANNOTATION.md). A place the article refers to only by
    #: its demonym has no ``mentions``: its evidence is here.
    demonyms: list[Span] = Field(default_factory=list)
    #: The place's name inside the name of an organisation, outlet or company
    #: ("Tehran" in "Tehran Times", "Ukraine" in "Ukraine International
    #: Airlines"): it says where the organisation is from, not where anything
    #: happened, so it is kept apart like a demonym (ANNOTATION.md).
    in_names: list[Span] = Field(default_factory=list)

    def spans(self) -> list[Span]:
        """Every span that refers to the place: names, demonyms and names inside names, in text order."""
        return sorted({*self.mentions, *self.demonyms, *self.in_names})


class DateMention(_Record):
    """A temporal expression normalised to ISO 8601 at its granularity."""

    start: int
    end: int
    text: str
    value: str | None = None
    granularity: Literal["day", "week", "month", "year", "decade"] | None = None
    anchor: Literal["absolute", "published", "none"] = "none"


class Flag(_Record):
    """Loaded language or name-calling: framing, kept apart from facts."""

    start: int
    end: int
    kind: Literal["loaded_language", "name_calling"]
    text: str
    said_by: str | None = None  # entity id of the quote's speaker when the word is quoted
    evidence: Span


class Article(_Record):
    """One analysed article: the cleaned text and every record found in it."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    id: str
    source: Source = Field(default_factory=Source)
    #: detected language (``en``, ``fa``…; see tally.nlp.language), None for an article stored before
    language: str | None = None
    #: the detector's probability for ``language``, 0 to 1
    language_confidence: float | None = None
    text: str
    removed: list[Removed] = Field(default_factory=list)
    embedded: list[Embedded] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, object]:
        """The SPEC's JSON object (``schema`` first), ready for ``json.dumps``."""
        return self.model_dump(mode="json", by_alias=True)


RECORD_KINDS = ("entities", "quotes", "figures", "events", "places", "dates", "flags")


# -- corpus level: records that span articles (built by tally.link) ------------------
ClaimStatus = Literal["single_source", "corroborated", "conflicting"]


class ClaimFigure(_Record):
    """One article's figure inside a claim, with its sources named at corpus level."""

    doc: str
    figure: str
    value: float
    value_max: float | None = None
    qualifier: Qualifier = "exact"
    asserted_by: list[str] = Field(default_factory=list)
    confirmed_by: list[str] = Field(default_factory=list)
    disputed_by: list[str] = Field(default_factory=list)
    negated: bool = False
    subject: str | None = None
    place: str | None = None  # the place's name
    date: str | None = None
    published: str | None = None
    outlet: str | None = None
    text: str
    span: Span
    evidence: Span
    sentence: str


class Conflict(_Record):
    """Why two figures of a claim cannot both hold (``a``/``b``: ``[doc, figure]``)."""

    a: tuple[str, str] | None = None
    b: tuple[str, str] | None = None
    kind: Literal["denied", "exceeds", "disagree", "disputed"]
    reason: str


class Claim(_Record):
    """Figures from any number of articles that count the same thing (SPEC, "Corpus level")."""

    id: str
    category: FigureCategory
    place: str | None = None  # place path, "IR/Khuzestan/…"
    place_name: str | None = None
    date: str | None = None
    date_from: Literal["figures", "published", "none"] = "none"
    subject: str | None = None
    figures: list[ClaimFigure]
    sources: list[str] = Field(default_factory=list)
    independent_sources: int
    status: ClaimStatus
    range: tuple[float, float]
    #: the lowest count the figures allow, as ACLED codes it
    conservative: float
    conflicts: list[Conflict] = Field(default_factory=list)
    articles: int


class ClusterEvent(_Record):
    """One article's report of an event cluster's event."""

    doc: str
    event: str
    modality: Modality = "asserted"
    trigger: str  # the trigger's text
    figures: list[str] = Field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    date: str | None = None
    evidence: Span
    sentence: str


class EventCluster(_Record):
    """One real-world event reported by one or more articles."""

    id: str
    type: str
    mode: str | None = None
    acled: Acled | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None  # place path shared by the reports
    place_name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_kind: PlaceKind | None = None
    date: str | None = None
    modalities: list[Modality] = Field(default_factory=list)
    events: list[ClusterEvent]
    sources: list[str] = Field(default_factory=list)
    independent_sources: int
    status: ClaimStatus


class CorpusEntity(_Record):
    """The same actor across articles; ``members`` are ``article_id:entity_id`` keys."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    articles: int
    mentions: int
    members: list[str] = Field(default_factory=list)
    #: the merge decisions behind it: ``{"a", "b", "rule", "evidence"}``
    evidence: list[dict[str, str]] = Field(default_factory=list)


#: records of the corpus level, listed with the article in ``tally schema``
CORPUS_RECORDS: tuple[type[BaseModel], ...] = (Claim, EventCluster, CorpusEntity)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a ``tally/1`` article, with the corpus records in its ``$defs``.

    The article stays the root, so a validator of article lines keeps working;
    ``#/$defs/Claim`` and ``#/$defs/EventCluster`` describe the claims and event
    clusters of ``tally export --format claims`` and the read API.
    """
    schema = Article.model_json_schema(by_alias=True)
    defs = schema.setdefault("$defs", {})
    for model in CORPUS_RECORDS:
        part = model.model_json_schema(by_alias=True, ref_template="#/$defs/{model}")
        defs.update(part.pop("$defs", {}))
        defs[model.__name__] = part
    return schema
