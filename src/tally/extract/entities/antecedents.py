"""Who "it", "she", "the group" or "the assessment" is: the named entity a reference points back to.

Figures and quotes both meet sources written as pronouns or descriptions
("It later claimed …", "the banned militant outfit said …"). A monitor needs
the name, so a reference resolves to the nearest compatible named mention
before it, within a few sentences (news narratives name a source, then refer
back to it):

- "he"/"she" and nouns for people ("the spokesman") point to a PERSON;
- "it", "they" and nouns for organisations ("the group", "the agency") point
  to an ORG or MEDIA entity; a noun that is part of a name before it ("the
  ministry" after "the Interior Ministry") prefers that name;
- a report noun ("the assessment", "the statement") points to the source of
  the same report named before ("an assessment from the disaster agency").

Written by hand: coreferee, the coreference library whose word lists tally
already reads, needs a neural model that cannot be installed here, and its
rules for descriptions do not cover organisations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tally.extract.context import doc_text
from tally.extract.entities import words as entity_words
from tally.extract.entities.descriptions import SETTLEMENT_NOUNS
from tally.lexicons import is_person_noun
from tally.nlp.syntax import is_dateline
from tally.nlp.syntax import subject as syntax_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tally.extract.entities.extractor import EntityIndex
    from tally.records import Entity

#: How many sentences back (the reference's own included) an antecedent may stand.
WINDOW_SENTENCES = 3

#: How far back "the group" or "the organisation" may reach when no
#: organisation stands in :data:`WINDOW_SENTENCES`: news reports name a
#: monitor once, then cite "the group" paragraphs later, after other voices.
WIDE_WINDOW_SENTENCES = 8

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
ORGANISATIONS = frozenset({"ORG", "MEDIA"})

#: Generic nouns a news outlet may be referred back to by ("the agency", "the outlet").
MAY_BE_MEDIA = frozenset({"agency", "broadcaster", "company", "firm", "network", "newspaper", "outlet"})

Span = tuple[int, int]


def window_start(tok: Token, sentences: int = WINDOW_SENTENCES) -> int:
    """The index of the first token of the sentence *sentences* - 1 before *tok*'s."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def nearest_mention(
    index: EntityIndex,
    lo: int,
    hi: int,
    types: frozenset[str] | None,
    *,
    word: str | None = None,
    fits: Callable[[Entity], bool] | None = None,
    keep: Callable[[int], bool] | None = None,
) -> tuple[Span, Entity] | None:
    """The last mention in ``[lo, hi)`` of an entity of one of *types* (any type: None), and its entity.

    Walks the index's sorted mentions backwards and stops at the first that
    fits (quotes resolve every pronoun with it; scanning all mentions per call
    made that grow with the article).

    :param word: the entity's name must hold this word ("ministry").
    :param fits: a test of the entity (not a site, plural, …).
    :param keep: a test of the mention's start (not inside quoted speech, …).
    """
    tested: dict[str, bool] = {}
    for start, end, entity in index.mentions_backwards(lo, hi):
        ok = tested.get(entity.id)
        if ok is None:
            ok = (
                (types is None or entity.type in types)
                and (word is None or word in entity.name.lower().split())
                and (fits is None or fits(entity))
            )
            tested[entity.id] = ok
        if ok and (keep is None or keep(start)):
            return (start, end), entity
    return None


def _nearest(
    index: EntityIndex,
    lo: int,
    hi: int,
    types: frozenset[str],
    word: str | None = None,
    fits: Callable[[Entity], bool] | None = None,
) -> Span | None:
    found = nearest_mention(index, lo, hi, types, word=word, fits=fits)
    return found[0] if found is not None else None


#: Heads that name a body of the state: writers call it "the ministry" or "the police" again,
#: never "the organisation" or "the group".
STATE_BODY_HEADS = frozenset(
    {
        "ministry",
        "police",
        "government",
        "army",
        "military",
        "court",
        "parliament",
        "department",
        "regime",
        "judiciary",
        "prosecutor",
        "cabinet",
        "presidency",
        "embassy",
    }
)
#: Last words of the bodies a writer calls "the force" again: "Sindh police …. The force said …".
FORCE_HEADS = frozenset({"police", "army", "gendarmerie", "military", "guard", "constabulary", "service"})

#: Descriptions that refer back to a civil organisation (a group, a charity), not to a body of the state.
CIVIL_DESCRIPTIONS = frozenset(
    {"organisation", "organization", "group", "charity", "watchdog", "monitor", "network", "coalition"}
)


#: Words of the names of bodies that defend rights ("Human Rights Watch", "Amnesty International",
#: "the Committee to Protect Journalists", "Liberty"): what "the rights group" may point back to.
RIGHTS_NAME_WORDS = frozenset({"rights", "amnesty", "watch", "liberties", "liberty", "protect"})


def says_rights(tok: Token) -> bool:
    """Whether the description *tok* is "the rights group" or "the human rights watchdog"."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ == "rights" for c in tok.lefts)


def named_for_rights(entity: Entity) -> bool:
    """Whether *entity*'s name says it is a body that defends rights."""
    return not RIGHTS_NAME_WORDS.isdisjoint(entity.name.lower().split())


def outlet_may_be(entity: Entity, lemma: str) -> bool:
    """Whether *entity* may be "the <lemma>" as far as outlets go: a news outlet is "the agency" or
    "the outlet", never "the group" or "the organisation", unless its name says it defends rights
    ("the Human Rights Activists News Agency … The organisation said")."""
    return (
        entity.type != "MEDIA"
        or lemma not in entity_words.GENERIC_ORGANISATION_NOUNS
        or lemma in MAY_BE_MEDIA
        or named_for_rights(entity)
    )


def _last_word(entity: Entity) -> str:
    """The last word of *entity*'s name, lower-cased ("" for an empty name)."""
    words = entity.name.lower().split()
    return words[-1] if words else ""


def may_be_described_as(entity: Entity, lemma: str) -> bool:
    """Whether *entity* may be "the <lemma>": "the organisation" after "Hengaw … The Interior Ministry
    did not respond" is Hengaw, not the ministry; nor is it "the Ministry of Interior", whose head
    word stands before its "of"."""
    return described_by(_head_word(entity), lemma)


def _head_word(entity: Entity) -> str:
    """The word a body's name is named for: the last ("the Interior Ministry"), or the one before
    its first "of" ("the Ministry of Interior", "the Department of Public Security")."""
    words = entity.name.lower().split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""


def described_by(head: str, lemma: str) -> bool:
    """Whether a name whose last word is *head* may be referred back to as "the <lemma>"."""
    return lemma not in CIVIL_DESCRIPTIONS or head not in STATE_BODY_HEADS


def not_a_site(entity: Entity) -> bool:
    """A hotel, prison or airport the parser tags like an organisation does not speak; nor does an
    event it tags so ("taking part in the National Strike. … the organisation has received")."""
    last = _last_word(entity)
    return last not in entity_words.SITE_WORDS and last not in entity_words.EVENT_NAME_WORDS


def _plural(entity: Entity) -> bool:
    """ "they" agrees with "rights groups", "Kazakh authorities"; a name such as "Iran Human
    Rights" is one organisation whatever its last word."""
    last = entity.name.split()[-1] if entity.name.split() else ""
    return entity.type == "GROUP" or (last.islower() and last.endswith("s") and not last.endswith("ss"))


#: Prepositions that make the name after them a location: "shot in Omdurman", "a rally near Gulu".
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "along", "around", "throughout", "within", "into"}
)


def _named_as_a_location(doc: Doc, start: int) -> bool:
    """Whether the mention starting at *start* is a proper name used as a location ("shot dead in
    Omdurman"), which "it said" does not point back to, whatever the tagger labelled it: a town
    the small model calls an organisation is not the speaker of the next sentence. A name with an
    organisation's word in it ("in the Interior Ministry") keeps its place."""
    tok = _token_at(doc, start)
    if tok is None or tok.pos_ != "PROPN":
        return False
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "in Khartoum North": the name's last word hangs on the preposition
        if tok.pos_ == "NOUN" and tok.lower_ in entity_words.SITE_WORDS:
            return True  # "a section of Dantokpa market", "near Jau prison": a site, never "it"
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "in Freetown, Makeni and Kamakwie": every name of the list is a location
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _NAMED_PLACE_NOUNS:
        tok = tok.head.head  # "shot in the town of Piranshahr": the town's name
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "in Pellino and the hill town of Varsk": the town is listed too
    if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    words = {t.lower_ for t in tok.subtree}
    return not words & entity_words.ORG_WORDS


#: Nouns a place's name follows after "of": "the town of Bukan", "the province of Kerman".
_NAMED_PLACE_NOUNS = SETTLEMENT_NOUNS | frozenset({"province", "district", "region", "county", "governorate"})


def _names_an_office_s_place(doc: Doc, start: int) -> bool:
    """Whether the mention at *start* is a name set before an office noun ("the Kandahar governor",
    "the Tarrow and Glenmere governor's office"): it names where the office is, however the
    tagger labelled it, and "the governor" later refers to the office's holder, not to that name."""
    tok = _token_at(doc, start)
    if tok is None or tok.pos_ != "PROPN":
        return False
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # the name's last word
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "the Tarrow and Glenmere governor": the list's first name modifies
    head = tok.head
    return (
        tok.dep_ in {"compound", "nmod"}
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and one_person_noun(head.lemma_.lower())
    )


def named_as_a_location(doc: Doc, start: int) -> bool:
    """Whether the mention at *start* is a name used as a location ("killed in Rasht"): "the group"
    and "it" never point back to it, whatever the tagger labelled it."""
    return _named_as_a_location(doc, start)


def _credit_of_a_dateline(doc: Doc, start: int) -> bool:
    """Whether the mention at *start* is the outlet credited in a dateline ("LAGOS, Nov 16 (Reuters)
    -"): the outlet files the story; "its report" later in it is someone else's."""
    tok = _token_at(doc, start)
    if tok is None or tok.i == 0 or doc[tok.i - 1].text != "(":
        return False
    return any(is_dateline(t) for t in doc[max(tok.i - 8, 0) : tok.i - 1])


def _told_by_a_person(index: EntityIndex, doc: Doc, start: int) -> bool:
    """Whether the mention at *start* is the one told, by a person named as the subject of "tell":
    "“…,” the party's leader, Jon Abel, told the Daily Star. … He said": "he" goes on with the
    speaker, the subject, not with the listener (an outlet the tagger may call a person)."""
    tok = _token_at(doc, start)
    if tok is None:
        return False
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in {"dobj", "dative"} or verb.lemma_.lower() != "tell":
        return False
    teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.i > tok.i:
        return False
    named = [t for t in teller.subtree if t.pos_ == "PROPN"]
    return any((e := index.at(t.idx, t.idx + len(t.text))) is not None and e.type == "PERSON" for t in named)


def _token_at(doc: Doc, start: int) -> Token | None:
    """The token that begins at character *start*, or None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _singular_body(entity: Entity) -> bool:
    """A body named by a common noun, one body: "the regional government", "the provincial
    council" (registered as a group of people, but "it" refers back to them)."""
    words = entity.name.lower().split()
    # not "His ministry", which itself points back to a name ("the Interior Ministry")
    return bool(words) and words[0] not in POSSESSIVE_WORDS and words[-1] in entity_words.ORGANISATION_NOUNS


#: Possessive determiners: a description opened by one refers back through its owner.
POSSESSIVE_WORDS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _is_definite(tok: Token) -> bool:
    """ "the committee", and "the doctors' committee", whose "the" the parser hangs on the owner."""
    if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
        return True
    return any(
        c.dep_ == "poss"
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in tok.children
    )


def _named_inside(tok: Token) -> bool:
    """ "the Amnesty group", "the ministry of Interior" name themselves; "the outlet, funded by
    Saudi Arabia," does not: a clause on the noun says something of it, not its name."""
    if tok.pos_ == "PROPN":
        return True
    return any(t.pos_ == "PROPN" for c in tok.children if not describes_it(c) for t in c.subtree)


def describes_it(child: Token) -> bool:
    """Whether *child* of a description says something of the body rather than naming it: a
    clause on the noun, or a participle before it ("the London-based watchdog", "the
    Kremlin-backed broadcaster"), whose name is where it sits or who backs it."""
    return child.dep_ in {"acl", "relcl"} or (child.dep_ == "amod" and child.tag_ == "VBN")


def closing_it(tok: Token) -> bool:
    """Whether *tok* is "it" closing its sentence after the words it reports: "…, it said"."""
    head = tok.head
    return (
        tok.lower_ == "it"
        and tok.dep_ == "nsubj"
        and head.i == tok.i + 1
        and head.lemma_.lower() in entity_words.CLOSING_SAYING_VERBS
        and tok.i > tok.sent.start
        and tok.doc[tok.i - 1].text == ","
    )


def document_reported_before(tok: Token) -> Token | None:
    """The document that reports the sentence before *tok*'s: its subject ("The audit says …") or
    the object of its "according to" ("According to the statement, …"), when a document's noun."""
    start = tok.sent.start
    if start == 0:
        return None
    before = tok.doc[start - 1].sent
    root = before.root
    found = syntax_subject(root, {"nsubj"})
    if found is None or found.lemma_.lower() not in entity_words.REPORTING_DOCUMENTS:
        found = next(
            (
                t
                for t in before
                if t.dep_ == "pobj"
                and t.head.lower_ == "to"
                and t.head.i > before.start
                and t.doc[t.head.i - 1].lower_ == "according"
                and t.lemma_.lower() in entity_words.REPORTING_DOCUMENTS
            ),
            None,
        )
    if found is None or found.lemma_.lower() not in entity_words.REPORTING_DOCUMENTS:
        return None
    return found


def _mention_in_phrase(index: EntityIndex, noun: Token) -> Span | None:
    """The last mention inside *noun*'s words before it and itself ("the ministry's report"), not
    the clauses after it ("reviewed by Reuters")."""
    lo, hi = noun.left_edge.idx, noun.idx + len(noun.text)
    for start, end, _entity in index.mentions_backwards(lo, hi):
        if end <= hi:
            return (start, end)
    return None


def antecedent(index: EntityIndex, tok: Token) -> Span | None:
    """The mention of the named entity *tok* refers back to, or None when nothing fits."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    # before the reference's own words: "the Oslo-based group" is not Oslo
    lo, hi = tok.doc[window_start(tok)].idx, tok.left_edge.idx
    if tok.pos_ == "PRON":
        doc = tok.doc
        if lower in PERSON_PRONOUNS:
            # "clinics in Bo and Kabala. … she told reporters": a town the tagger took for a person
            # is still a location, which "she" never points back to
            person = nearest_mention(
                index,
                lo,
                hi,
                frozenset({"PERSON"}),
                keep=lambda start: (
                    not _named_as_a_location(doc, start) and not _told_by_a_person(index, doc, start)
                ),
            )
            return person[0] if person is not None else None
        if lower in THING_PRONOUNS:

            def one_body(e: Entity) -> bool:
                return not_a_site(e) and (_singular_body(e) if e.type == "GROUP" else not _plural(e))

            def keep(start: int) -> bool:
                return not _named_as_a_location(doc, start) and not _credit_of_a_dateline(doc, start)

            if closing_it(tok):
                # "Three shops were burned, it said": the words reported before "it" hold nothing it
                # refers to; after "According to the statement, …" it is that document (or whoever
                # it names as its own), not a name inside the clauses on it
                document = document_reported_before(tok)
                if document is not None:
                    return _mention_in_phrase(index, document)
                hi = min(hi, doc[tok.sent.start].idx)
            hit = _previous_subject(index, tok, ORGANISATIONS | {"GROUP"}, one_body, keep) or nearest_mention(
                index, lo, hi, ORGANISATIONS | {"GROUP"}, fits=one_body, keep=keep
            )
            return _office_of(index, doc, hit[0]) if hit is not None else None
        if lower in PLURAL_PRONOUNS:
            return _nearest(index, lo, hi, ORGANISATIONS | {"GROUP"}, fits=_plural) or _nearest(
                index, lo, hi, ORGANISATIONS, fits=not_a_site
            )
        return None
    if tok.pos_ != "NOUN" or not _is_definite(tok) or _named_inside(tok):
        return None
    if lemma in entity_words.ORGANISATION_NOUNS:
        worded = named_with_its_words(index, tok)
        if worded is not None:
            return worded[0]  # "the medical association" after "the Kenya Medical Association"
        found = _nearest(index, lo, hi, ORGANISATIONS, lemma) or _named_beside_same_noun(index, tok)
        if found is None and lemma == "force" and tok.tag_ == "NN":
            # "Sindh police say …. The force also says …": a police force or an army named before
            found = _nearest(
                index, lo, hi, ORGANISATIONS | {"GROUP"}, fits=lambda e: _last_word(e) in FORCE_HEADS
            )
        if found is None and index.names_hold(lemma):
            # "the commission said" three paragraphs after "the Iraqi High Commission for Human
            # Rights": a name holding the noun is the one meant, however far back
            found = _nearest(index, 0, hi, ORGANISATIONS, lemma)
        if found is None and lemma in entity_words.GENERIC_ORGANISATION_NOUNS:
            # "Reuters could not verify the figure given by the group": a news outlet
            # is "the outlet" or "the agency", never "the group" or "the charity" (`outlet_may_be`)
            types = ORGANISATIONS

            def fits(entity: Entity) -> bool:
                return (
                    outlet_may_be(entity, lemma) and not_a_site(entity) and may_be_described_as(entity, lemma)
                )

            def keep(start: int) -> bool:
                return not named_as_a_location(tok.doc, start)  # "killed in Rasht. The group said …"

            hit = None
            if says_rights(tok):
                # "the rights watchdog said" after "Human Rights Watch … A spokesman for the Red
                # Cross …": a body whose name says it defends rights, when one was named in reach
                hit = nearest_mention(
                    index, lo, hi, types, fits=lambda e: fits(e) and named_for_rights(e), keep=keep
                )
            if hit is None:
                hit = nearest_mention(index, lo, hi, types, fits=fits, keep=keep)
            if hit is None:
                wide_lo = tok.doc[window_start(tok, WIDE_WINDOW_SENTENCES)].idx
                hit = nearest_mention(index, wide_lo, hi, types, fits=fits, keep=keep)
            found = hit[0] if hit is not None else None
        return found
    if tok.tag_ == "NN" and one_person_noun(lemma):  # "the spokesman", not "the officials"
        doc = tok.doc
        holder = nearest_mention(
            index,
            lo,
            hi,
            frozenset({"PERSON"}),
            fits=lambda e: may_hold_office(e, tok),
            keep=lambda start: (
                not _named_as_a_location(doc, start) and not _names_an_office_s_place(doc, start)
            ),
        )
        return holder[0] if holder is not None else None
    if tok.tag_ == "NNS" and is_person_noun(lemma):
        # "the officials" after "three interior ministry officials told Reuters": the group named by
        # the same noun before, not any person
        return _nearest(index, lo, hi, frozenset({"GROUP", "PERSON"}), fits=lambda e: _last_word(e) == lower)
    return None


#: Who organised a gathering: "the organisers said" speaks for the body that called it.
ORGANISER_NOUNS = frozenset({"organiser", "organizer"})
#: Verbs of calling a gathering: "the march, called by the union", "the federation organised the rally".
CALLING_VERBS = frozenset({"call", "organise", "organize", "convene", "stage"})


def organiser_named_before(index: EntityIndex, tok: Token) -> Span | None:
    """ "The march, called by the Dock Workers' Union, began at noon. … the organisers said …":
    the organisers of a gathering are the body named, in reach before, as the one that called or
    organised it (the agent of "called by", or the subject of "organised the rally"); with none,
    the organisers stay who they are."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ORGANISER_NOUNS:
        return None

    def caller(start: int) -> bool:
        found = _token_at(doc, start)
        if found is None:
            return False
        head = found
        while head.dep_ in {"det", "compound", "amod", "nmod", "poss"} and head.head.i > head.i:
            head = head.head  # from the mention's first word to the noun it names
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head  # "called by the union and the guild": the guild called it too
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ == "by":
            verb = verb.head  # "called by the union"
        elif head.dep_ != "nsubj":
            return False
        return verb.lemma_.lower() in CALLING_VERBS and verb.i < tok.i

    hit = nearest_mention(
        index, doc[window_start(tok)].idx, tok.left_edge.idx, ORGANISATIONS | {"GROUP"}, keep=caller
    )
    return hit[0] if hit is not None else None


def _description_words(tok: Token) -> list[str] | None:
    """The lower-case words of "the medical association" ("medical", "association"); None when the
    description is no bare "the" + words: a name, a possessor or a clause of its own tells who."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    words = []
    for child in tok.children:
        if child.i > tok.i or child.dep_ == "det":
            continue
        if child.dep_ not in {"amod", "compound"} or not child.is_lower or describes_it(child):
            return None  # "the Oslo-based group", "the group's", "the new association": not its name's words
        if any(True for _ in child.children):
            return None
        words.append(child.lower_)
    return [*words, tok.lower_]


#: How many words after a name may hold the noun a description repeats ("Tasnim news agency").
_NOUN_AFTER_NAME_WORDS = 3


def _words_beside(text: str, end: int) -> set[str]:
    """The lower-case words right after a mention, up to a punctuation mark or a capitalised word:
    " news agency, which …" → {"news", "agency"}."""
    found: set[str] = set()
    for word in text[end : end + 40].split()[:_NOUN_AFTER_NAME_WORDS]:
        bare = word.rstrip(",.;:)")
        if not bare.isalpha() or not bare.islower():
            break
        found.add(bare)
        if bare != word:
            break
    return found


def named_with_its_words(index: EntityIndex, tok: Token) -> tuple[Span, Entity] | None:
    """The organisation a description repeats the words of: "the medical association" after "the
    Kenya Medical Association" (every word of it in the name), "the agency" after "the Tasnim news
    agency" (an outlet's noun written right after the name). Nearer bodies that do not carry the words are
    passed over: "the medical association" is not Amnesty International named in between."""
    words = _description_words(tok)
    if not words:
        return None
    text = doc_text(tok.doc)
    hi = tok.left_edge.idx
    if len(words) > 1:
        lo = 0  # every word of the description in a name: that name, however far back

        def fits(entity: Entity) -> bool:
            names = {w.lower() for n in (entity.name, *entity.aliases) for w in n.split()}
            return not_a_site(entity) and all(w in names for w in words)

        return nearest_mention(index, lo, hi, ORGANISATIONS, fits=fits)
    if words[0] not in MAY_BE_MEDIA:
        return None  # "the group", "the ministry" alone: the lists of :func:`antecedent` decide
    lo = tok.doc[window_start(tok)].idx
    for start, end, entity in index.mentions_backwards(lo, hi):
        if entity.type in ORGANISATIONS and words[0] in _words_beside(text, end) and not_a_site(entity):
            return (start, end), entity
    return None


#: Clauses on a subject that say something of it: a name inside them is not the subject.
_CLAUSES_ON_A_NOUN = frozenset({"acl", "relcl", "advcl"})


def previous_subject_token(tok: Token) -> Token | None:
    """The subject of the sentence before, when the pronoun *tok* opens its own sentence's clause:
    first in the sentence, or the main clause's subject right after an opening phrase ("Quoting
    local sources, it said …")."""
    sent = tok.sent
    after_opening = (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.head.i == sent.root.i
        and tok.i > sent.start
        and tok.doc[tok.i - 1].text == ","
    )
    if (tok.i != sent.start and not after_opening) or sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    return syntax_subject(before.root, {"nsubj", "nsubjpass"})


def previous_subject_body(index: EntityIndex, tok: Token) -> Entity | None:
    """The organisation named as the subject of the sentence before, when the description *tok*
    ("the group") is the subject that opens its own sentence and the noun may describe that body:
    "X (IHR) said … . The group said …" is X, not a body introduced as "the group" paragraphs before.
    A description that opens a sentence continues its predecessor's topic, as "It" does."""
    first = tok.left_edge
    if tok.dep_ not in {"nsubj", "nsubjpass"} or first.i != tok.sent.start:
        return None
    lemma = tok.lemma_.lower()
    doc = tok.doc

    def fits(entity: Entity) -> bool:
        return outlet_may_be(entity, lemma) and not_a_site(entity) and may_be_described_as(entity, lemma)

    hit = _previous_subject(
        index, first, ORGANISATIONS, fits, lambda start: not _named_as_a_location(doc, start)
    )
    if hit is None:
        return None
    # only the name that is the subject itself: in "Kurdnet, the monitoring network of the Kurdish
    # Lawyers Union, published …" the union is no subject, and "the network" is Kurdnet's
    subject = previous_subject_token(first)
    (start, end), entity = hit
    return entity if subject is not None and start <= subject.idx < end else None


def _previous_subject(
    index: EntityIndex,
    tok: Token,
    types: frozenset[str],
    fits: Callable[[Entity], bool],
    keep: Callable[[int], bool],
) -> tuple[Span, Entity] | None:
    """The named subject of the sentence before, for "It"/"Its" opening a sentence: "A panel of
    experts (GIEI) appointed by the commission classified the killings. Its report …" is the
    panel's, not the commission's named nearer. A pronoun that opens a sentence continues its
    predecessor's topic, and the topic is the subject (its own words, not the clauses on it)."""
    subject = previous_subject_token(tok)
    if subject is None:
        return None
    inside = {t.i for t in subject.subtree}
    for child in subject.subtree:
        if child.dep_ in _CLAUSES_ON_A_NOUN and child.i != subject.i:
            inside -= {t.i for t in child.subtree}
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    # "18:40 EAT\nThe Kenya National Commission …": a heading line the parser ran into the sentence
    # is no part of its subject, whatever it made the head
    before = tok.doc[tok.sent.start - 1].sent
    breaks = [t.idx + len(t.text) for t in before if "\n" in t.text and t.i < before.root.i]
    if breaks:
        lo = max(lo, breaks[-1])
    head = subject.idx if subject.idx >= lo else lo
    best: tuple[int, tuple[Span, Entity]] | None = None
    for start, end, entity in index.mentions_backwards(lo, hi):
        first = _token_at(tok.doc, start)
        if (
            first is None
            or first.i not in inside
            or entity.type not in types
            or not (fits(entity) and keep(start))
        ):
            continue
        # the name that holds the subject's head, else the one nearest it ("18:40 EAT The Kenya
        # National Commission …": a timestamp the parser ran into the subject is not its name)
        distance = 0 if start <= head < end else min(abs(start - head), abs(end - head))
        if best is None or distance < best[0]:
            best = (distance, ((start, end), entity))
    return best[1] if best is not None else None


def one_person_noun(lemma: str) -> bool:
    """A singular noun for one person ("the spokesman"), not for a body of people ("the opposition",
    "the family"), which coreferee's person words list beside it: only the first refers back to a
    person named before."""
    return is_person_noun(lemma) and lemma not in entity_words.COLLECTIVE_PEOPLE


def _office_of(index: EntityIndex, doc: Doc, found: Span) -> Span:
    """The whole body when the name found only modifies it: "It said" after "The UN refugee agency
    said" is the agency, an entity of its own, not the UN it belongs to."""
    last = doc.char_span(*found, alignment_mode="expand")
    if last is None:
        return found
    head = last[-1]
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    if (
        head.i == last[-1].i
        or head.pos_ != "NOUN"
        or head.lemma_.lower() not in entity_words.ORGANISATION_NOUNS
    ):
        return found
    start, end = found[0], head.idx + len(head.text)
    known = index.at(start, end)
    if known is not None and any(s <= start and end <= e for s, e in known.mentions):
        return next((s, e) for s, e in known.mentions if s <= start and end <= e)
    index.add_mention(doc_text(doc)[start:end], start, end, type="ORG")
    return (start, end)


def office_words(tok: Token) -> frozenset[str]:
    """The words of the office a description names by a noun compound ("the provincial police chief").

    Empty for a description without one ("the spokesman", "the top diplomat").
    """
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not compounds:
        return frozenset()
    return frozenset({tok.lemma_.lower(), tok.lower_, *(c.lower_ for c in compounds)})


def may_hold_office(entity: Entity, tok: Token) -> bool:
    """Whether the person *entity* may be the one the description *tok* refers to.

    A description that names an office ("the police chief", "the ministry
    spokesman") refers back only to a person the article gave that office: the
    interior minister named before is not "the provincial police chief". A
    person whose office the article never gave may be anyone.
    """
    office = office_words(tok)
    body = _office_body(tok)
    if body:
        # "The head of the provincial judiciary said …": an office given with the body it serves
        # introduces its holder; it refers back only to a person the article gave that office
        return any((body | {tok.lower_}) & _role_words(role) for role in entity.roles)
    if not entity.roles:
        # "In Parakou, the regional prefect said …": an office of a named jurisdiction is a new
        # person, not whoever was named last with no office
        return not any(c.dep_ == "amod" and c.lower_ in _JURISDICTION_WORDS for c in tok.children)
    if not office:
        return True
    return any(office & set(role.lower().split()) for role in entity.roles)


#: Adjectives that place an office in a jurisdiction: "the regional prefect", "the provincial governor".
_JURISDICTION_WORDS = frozenset(
    {"regional", "provincial", "district", "municipal", "local", "county", "state"}
)


def _role_words(role: str) -> set[str]:
    """The words of a role as :func:`_office_body` gives them: lower case, without a possessive
    ending ("Russia's foreign minister" holds "russia")."""
    return {w.removesuffix("'s").removesuffix("’s") for w in role.lower().split()}


def _office_body(tok: Token) -> frozenset[str]:
    """The words of the body an office serves, set after it ("the head of the provincial
    judiciary", "the spokesman for the army"): the body's noun and the nouns compounded on it;
    empty without such a phrase (and for "the head of state", a title with no article).

    A possessive owner is the same phrase set before: "the region's prosecutor"
    is the prosecutor of the region, and "the European Union's foreign policy
    chief" the chief of the Union (a name owns the office as a noun does)."""
    for owner in tok.children:
        if owner.dep_ == "poss" and owner.pos_ == "NOUN" and any(c.dep_ == "det" for c in owner.children):
            return frozenset({owner.lower_, owner.lemma_.lower()})
        if owner.dep_ == "poss" and owner.pos_ == "PROPN" and owner.text[:1].isupper():
            names = [c for c in owner.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return frozenset({owner.lower_, *(c.lower_ for c in names)})
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"} or prep.i != tok.i + 1:
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is None or body.pos_ != "NOUN" or not any(c.dep_ == "det" for c in body.children):
            continue
        return frozenset(
            {body.lower_, body.lemma_.lower(), *(c.lower_ for c in body.children if c.dep_ == "compound")}
        )
    return frozenset()


def _named_beside_same_noun(index: EntityIndex, tok: Token) -> Span | None:
    """ "the group" after "the militant group al-Shabab" (or "the al-Shabab group"): that name.

    The parser often misses such names; the noun they stood beside says what they are.
    """
    doc, lemma = tok.doc, tok.lemma_.lower()
    for i in range(tok.i - 1, window_start(tok) - 1, -1):
        if doc[i].lemma_.lower() != lemma or doc[i].pos_ != "NOUN":
            continue
        named = doc[i].head
        if doc[i].dep_ == "appos" and named.pos_ == "PROPN" and named.i < i:
            # "HRANA, the news agency of the Human Rights Activists, …": the name the noun describes
            known = index.at(named.idx, named.idx + len(named.text))
            if known is not None and known.type != "GPE":
                return next(((s, e) for s, e in known.mentions if s <= named.idx < e), None)
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        k = i - 1
        while k >= 0 and doc[k].pos_ == "PROPN":
            k -= 1
        first, last = (i + 1, j) if j > i + 1 else (k + 1, i)
        if last <= first:
            continue
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        known = index.at(start, end)
        if known is None:
            index.add_mention(doc_text(doc)[start:end], start, end, type="ORG")
            return (start, end)
        if known.type != "GPE":  # the noun beside it says what it is, whatever the tagger said
            return next(((s, e) for s, e in known.mentions if s < end and start < e), (start, end))
    return None


#: How many sentences back "the report" may point to a document cited by name ("According to the
#: Global Terrorism Index 2025, …" two sentences of comment before "According to the report, …").
_CITED_DOCUMENT_SENTENCES = 5


def earlier_report(tok: Token) -> Token | None:
    """The earlier, indefinite mention of the same report noun ("an assessment from X" before "the assessment")."""
    if not _is_definite(tok):
        return None
    lemma = tok.lemma_.lower()
    doc = tok.doc
    cited = farther = None
    near = window_start(tok)
    for i in range(tok.i - 1, window_start(tok, _CITED_DOCUMENT_SENTENCES) - 1, -1):
        other = doc[i]
        if other.lemma_.lower() == lemma and other.pos_ == "NOUN" and not _is_definite(other):
            if i >= near:
                return other
            # "In its weekly bulletin, the group said … according to X … the bulletin said": the
            # same document named farther back, before any name cited in between
            farther = farther or other
        if cited is None and other.lower_ == "to" and i > 0 and doc[i - 1].lower_ == "according":
            # "According to the Global Terrorism Index 2025, … According to the report, …":
            # a named document cited just before
            cited = next(
                (
                    c
                    for c in other.children
                    if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
                ),
                None,
            )
    return farther or cited


def report_issuer(report: Token) -> Token | None:
    """Who issued a report noun the verb above it governs: "X said in a statement", "X released a report"."""
    head = report.head
    if report.dep_ == "pobj" and head.lower_ in {"in", "through", "via"}:
        head = head.head
    elif report.dep_ != "dobj":
        return None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


#: Words that make a role one the person no longer holds: "former prime minister Imran Khan" is no
#: longer "the minister", and "ex-president" no longer "the president".
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "then", "late"})


def _former(role_words: list[str]) -> bool:
    return any(w in FORMER_WORDS or w.startswith(("ex-", "former-")) for w in role_words)


def holds_title(entity: Entity, word: str, *, former: bool = False) -> bool:
    """Whether the article gave *entity* a role with the description's head *word* ("president").

    A description refers to the one holding the office now: a role marked
    former ("former prime minister", "ex-president") answers only a
    description that says so itself (*former*: "the former minister").
    """
    for role in entity.roles:
        words = role.lower().replace("-", " - ").split()
        if word in words and (former or not _former(role.lower().split())):
            return True
    return False


def says_former(tok: Token) -> bool:
    """Whether the description *tok* heads itself says its holder no longer holds the office."""
    return any(c.lower_ in FORMER_WORDS or c.lower_.startswith("ex-") for c in tok.lefts)
