"""What the article itself says a name is: "the outlet Belsat", "Viasna, a rights group".

The small model's label for a rare name is a guess (an outlet tagged PERSON, a
rights group tagged GPE because a village of that name exists). A common noun
for an organisation or an outlet right before the name, or in apposition to
it, is the article's own word on what the name is, and outweighs the guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import DESCRIBED_KEY, token_children, token_deps
from tally.extract.entities import words as entity_words
from tally.lexicons import is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _kind_of_noun(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return None
    if lemma in entity_words.MEDIA_NOUNS or (
        lemma == "agency" and any(c.lower_ == "news" for c in noun.lefts)
    ):
        return "MEDIA"
    if lemma in entity_words.ORGANISATION_NOUNS:
        return "ORG"
    return None


#: Nouns for a settlement set right before its name: "the capital Bamako", "the port town Berbera".
SETTLEMENT_NOUNS = frozenset({"capital", "city", "town", "village", "port"})


def described_kind(doc: Doc, start: int, end: int) -> str | None:
    """``"ORG"``, ``"MEDIA"`` or ``"PERSON"`` when the text describes the name at tokens ``[start, end)`` as one.

    Found once per name and Doc: the entities ask it of every name and the places
    again of every entity of the parser, most of them the same spans.
    """
    found: dict[tuple[int, int], str | None] | None = doc.user_data.get(DESCRIBED_KEY)
    if found is None:
        found = doc.user_data[DESCRIBED_KEY] = {}
    if (start, end) not in found:
        found[(start, end)] = _described_kind(doc, start, end)
    return found[(start, end)]


def _described_kind(doc: Doc, start: int, end: int) -> str | None:
    """:func:`described_kind`, read from the parse."""
    if start > 0:
        before = doc[start - 1]  # one Token for both tests
        kind = _kind_of_noun(before)  # "the outlet Belsat", "the rights group Viasna"
        if kind is not None:
            return kind
        if before.pos_ == "NOUN" and before.lower_ in SETTLEMENT_NOUNS:
            return "GPE"  # "in the capital Bamako", "the town Kidal": a place the tagger called a group
    named = _named_head(doc, start, end)
    if named is not None:
        return named  # "the Viasna rights center", "the Fars news agency"
    root = doc[start:end].root  # found once: a span's root walks its tokens' heads
    if _where_something_happened(root):
        return "GPE"  # "a teenage boy killed in Bandar Mahshahr": a town the tagger took for a person
    if (
        followed_by_age(doc, end)
        or names_the_holder(root)
        or _name_given_as(doc, start)
        or names_the_person(root)
    ):
        # "A student at Dhaka University, Nahid, 21, said": a first name the tagger took for a place
        return "PERSON"
    deps, children = token_deps(doc), token_children(doc)  # a Token only for an apposition after the name
    for i in range(max(start, 0), min(end, len(doc))):
        for c in children[i]:
            if deps[c] != "appos" or c < end:
                continue
            child = doc[c]
            if _describes(child):
                kind = _kind_of_noun(child) or _person_noun(child)  # "Viasna, a Belarusian rights group,"
                if kind is not None:
                    return kind
            if _describes_a_settlement(child):
                return "GPE"  # "Mekelle, the regional capital,": a town the tagger took for a person
    return None


def _describes_a_settlement(noun: Token) -> bool:
    """An apposition that says the name is a town: "the regional capital", "a town north of
    Woldia", "the capital of Tigray" (a bare "the capital" may be a misparsed subject)."""
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in SETTLEMENT_NOUNS
        and (_describes(noun) or any(c.dep_ in ("prep", "appos") for c in noun.children))
    )


def followed_by_age(doc: Doc, end: int) -> bool:
    """Whether the name ending before token *end* is set off with an age: "Farida, 20,"."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text.isdigit()
        and len(doc[end + 1].text) <= 2
        and doc[end + 2].text == ","
    )


def _name_given_as(doc: Doc, start: int) -> bool:
    """A name a source gave: "a woman who gave her name as Maryam", "identified only as Reza"
    (a first name the tagger may take for a place)."""
    return (
        start >= 2
        and doc[start - 1].lower_ == "as"
        and doc[start - 2].lower_ in {"name", "identified", "only", "called"}
    )


def _where_something_happened(root: Token) -> bool:
    """A name tagged as a person that is the object of "in" after a verb: "shot in Bandar
    Mahshahr", "protested in Hamid Abad". People are not places things happen in."""
    prep = root.head
    return (
        root.ent_type_ == "PERSON"
        and root.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "VERB"
        and prep.head.i < prep.i
    )


def names_the_holder(root: Token) -> bool:
    """A name set off after the "of" phrase of a noun for a person: "The prayer leader of Zahedan,
    Molavi Abdolhamid," names the leader (the parser hangs the name on the place)."""
    first = root.left_edge.i
    if root.dep_ != "appos" or first == 0 or root.doc[first - 1].text != ",":
        return False
    place, prep = root.head, root.head.head
    noun = prep.head
    return (
        place.dep_ == "pobj"
        and prep.lower_ == "of"
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and is_person_noun(noun.lemma_.lower())
    )


def names_the_person(root: Token) -> bool:
    """A name set off after a singular noun for a person: "Lakshan's widow, Dilrukshi," and "the
    driver, Kofi," name a person (the tagger takes many such first names for places)."""
    first = root.left_edge.i
    noun = root.head
    return (
        root.dep_ == "appos"
        and first > 0
        and root.doc[first - 1].text == ","
        and noun.i < first
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and is_person_noun(noun.lemma_.lower())
    )


def _person_noun(noun: Token) -> str | None:
    """``"PERSON"`` for a noun for a person in apposition: "Nasrin, a 41-year-old mother"
    (a first name the tagger took for a village)."""
    from tally.extract.figures import words as figure_words  # the figures package imports this module

    if noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in figure_words.PERSON_NOUNS:
        return "PERSON"
    return None


def _named_head(doc: Doc, start: int, end: int) -> str | None:
    """The kind of the noun the name ``[start, end)`` is a word of: "the Viasna rights center" (ORG).

    Only after "the", and only a noun for a group or an outlet
    (``named_org_heads``): "the Tehran police" is the police of a place.
    """
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    last = doc[end - 1]
    head = last.head
    if last.dep_ not in {"compound", "nmod"} or head.i < end or head.i - end > 2:
        return None
    if any(t.pos_ != "NOUN" for t in doc[end : head.i]):
        return None  # only common nouns between: "rights", "news", "human rights"
    if is_media_noun(head):
        return "MEDIA"
    return "ORG" if head.pos_ == "NOUN" and head.lemma_.lower() in entity_words.NAMED_ORG_HEADS else None


def _describes(noun: Token) -> bool:
    """An apposition that describes ("a rights group", "the London-based outlet", "the party of
    the former president,"), not a misparsed subject ("in Kyiv, the government said")."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"a", "an"}) or c.dep_ in {"amod", "compound"} for c in noun.children
    ) or _set_off_with_its_owner(noun)


def _set_off_with_its_owner(noun: Token) -> bool:
    """ "the party of the former president," set off by commas: the "of" phrase says whose body it
    is, so the words describe the name before them; a subject the parser hung on a name ("in
    Kyiv, the government of X said") runs on into its verb, with no comma closing it."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1 for c in noun.children)
        and after < len(doc)
        and doc[after].text == ","
    )


def is_media_noun(noun: Token) -> bool:
    """A common noun for an outlet: "the newspaper", "the Tasnim news agency", "the channel"."""
    return _kind_of_noun(noun) == "MEDIA"


def names_the_story(tok: Token) -> bool:
    """A headline label that names what happened, not who tells it: "Iran Protests:", "Kenya
    Unrest:", whatever the tagger made of the words. Quotes and figure sources both read labels."""
    from tally.extract.figures import words as figure_words  # the figures package imports this module

    return tok.lower_.removesuffix("s") in figure_words.PROTEST_CONTEXT


def labels_the_outlets_note(tok: Token) -> bool:
    """A paragraph label for the outlet's own note ("Correction:", "Update:", "Editor's note:"):
    what follows is the outlet's, and the label is no speaker. Quotes and figure sources both
    read labels."""
    return tok.lower_ in entity_words.EDITORIAL_LABELS


def may_speak_as_noun(lemma: str) -> bool:
    """A common noun for people, an organisation or a document: one that may speak or be cited.

    Quotes ask it of a headline's label ("Police: …", "Poll: …"), figures of a
    source ("the spokesman said", "the report says").
    """
    return (
        is_person_noun(lemma)
        or lemma in entity_words.ORGANISATION_NOUNS
        or lemma in entity_words.GENERIC_ORGANISATION_NOUNS
        or lemma in entity_words.REPORT_NOUNS
    )


#: How many words after the noun for the person the naming clause may start ("A student in
#: Mashhad, who gave …").
_GIVEN_NAME_WINDOW = 60

#: Verbs of a clause that gives an unnamed source's name: "who gave his name only as Reza",
#: "identified only as Maryam", "who asked to be called Ali".
_NAMING_CLAUSE_VERBS = frozenset({"give", "identify", "name", "surname", "call", "go", "introduce"})

#: Words a name is set beside in such a clause ("her first name, Maryam", "only his surname,
#: Zhang", "his nickname, Baba"): the nouns for a name, and the naming verbs read as its head.
_NAME_HEADS = frozenset({"name", "surname", "nickname", "call", "identify"})


def given_name(tok: Token) -> Token | None:
    """The name an unnamed source gave: "A student, who gave his name only as Reza," is Reza.

    Wire copy protects its sources with a first name set in a clause about
    the noun for the person ("who gave only her first name, Maryam",
    "identified only as Ali"); that name is the speaker a reader would cite.
    """
    if tok.lower_ == "one":
        # "One of them, a designer who gave her name as Wanjiru,": the noun set beside "one"
        tok = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), tok)
    if not (tok.pos_ == "NOUN" and is_person_noun(tok.lemma_.lower())) and not _one_who(tok):
        return None
    # the parser may hang the clause from a place in the phrase ("A student in Mashhad, who gave …")
    doc = tok.doc
    for clause in doc[tok.i : min(tok.right_edge.i + 1, tok.i + _GIVEN_NAME_WINDOW)]:
        if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() not in _NAMING_CLAUSE_VERBS:
            continue
        for t in clause.subtree:
            if t.pos_ != "PROPN" or t.dep_ == "compound":
                continue
            k = t.left_edge.i if t.left_edge.pos_ == "PROPN" else t.i
            while k > clause.left_edge.i and t.doc[k - 1].pos_ == "PROPN":
                k -= 1  # the first word of the name
            before = t.doc[k - 1]
            # "as Reza" (however the parser hangs "as"), "her first name, Maryam", "called Ali"
            if (
                before.lower_ == "as"
                or (t.dep_ in {"appos", "oprd", "attr"} and t.head.lemma_.lower() in _NAME_HEADS)
                or _surnamed(clause, t)
            ):
                return t
    return None


def _surnamed(clause: Token, name: Token) -> bool:
    """ "A shopkeeper surnamed Chen": the parser makes the name the object of the participle set
    on the noun for the person (an "acl"), as it does no other naming verb."""
    return (
        clause.dep_ == "acl"
        and clause.lower_ == "surnamed"
        and name.head.i == clause.i
        and name.dep_ == "dobj"
    )


def _one_who(tok: Token) -> bool:
    """ "one" (of them) with a "who" clause of its own: "said one of them, who gave his name as
    Joël". The relative "who" makes the "one" a person, as a noun for a person would be; "one of
    the reports, which named …" stays no source's name."""
    return tok.lower_ == "one" and any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in {"nsubj", "nsubjpass"} for w in c.children)
        for c in tok.rights
    )
