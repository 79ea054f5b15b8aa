"""Typed records of the output contract, schema ``tally/1`` (see ``shared/SPEC.md``).

Every model serialises with ``model_dump(mode="json")`` to exactly the field
names of the SPEC; extra fields are allowed by the contract but none of the SPEC
fields may be renamed or dropped without bumping the schema to ``tally/2``.

Offsets are Python ``str`` indices into :attr:`Article.text` (the cleaned
text), end exclusive. ``evidence`` is the ``[start, end]`` of the sentence(s)
that support a record.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "tally/1"

Span = tuple[int, int]


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
    type: Literal["PERSON", "ORG", "GPE", "GROUP", "MEDIA"]
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
    qualifier: Literal["exact", "at_least", "over", "about", "up_to", "vague"] = "exact"
    category: Literal[
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
    modality: Literal["asserted", "reported", "negated", "hypothetical", "threatened", "planned"] = "asserted"
    trigger: Span
    evidence: Span


class Place(_Record):
    """A place named in the text, resolved to a gazetteer entry where one fits."""

    id: str
    name: str
    kind: Literal["country", "admin1", "city", "other"] = "other"
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    mentions: list[Span] = Field(default_factory=list)


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
