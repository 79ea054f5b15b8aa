"""Words that introduce speech, and the grammar helpers that find who speaks.

Kept apart from :mod:`tally.extract.quotes.extractor` so that the lexicons can grow
without the control flow getting longer. The lists are the verbs of saying,
reporting and believing that news attribution uses (PolNeAR annotates beliefs
and findings as attributions too: "believes", "found", "shows").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from tally.extract.context import entity_bounds, is_passive, token_starts
from tally.extract.entities import words as entity_words
from tally.extract.entities.antecedents import STATE_BODY_HEADS
from tally.extract.quotes import words as quote_words
from tally.lexicons import is_person_noun
from tally.nlp.syntax import phrase_before, raised_subject, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def withholds(verb: Token) -> bool:
    """ "declined to say whether", "refused to tell them where": the speech was withheld, not given."""
    if verb.lemma_.lower() in quote_words.WITHHOLDING_WORDS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in quote_words.CUE_VERBS for c in verb.children
    ):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in quote_words.WITHHOLDING_WORDS


def is_given_name(verb: Token) -> bool:
    """ "Police spokesman Said Rahimi told reporters": a capitalised "Said" inside its sentence
    that opens a person's name of several words is the given name, not the verb; the parser
    still reads it as the cue and makes the title before it the speaker. "Omar Said said" (the
    name ends in it) and a "Said" opening its sentence are left as parsed."""
    if verb.text != "Said" or verb.is_sent_start or verb.ent_type_ != "PERSON" or verb.ent_iob_ != "B":
        return False
    nxt = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.ent_iob_ == "I" and nxt.text[:1].isupper()


def says_nothing(verb: Token) -> bool:
    """ "did not say how many", "declined to say": an attribution (PolNeAR keeps negated ones)
    whose speaker is not the one who goes on speaking in the next quote."""
    return withholds(verb) or any(c.dep_ == "neg" for c in verb.children) or _withholds_a_name(verb)


#: What a source withholds of themselves: "declined to give his name", "refused to be identified".
_NAME_NOUNS = frozenset({"name", "names", "identity", "surname"})
_NAMING = frozenset({"name", "identify"})


def _withholds_a_name(verb: Token) -> bool:
    """ "a driver who declined to give his name", "asked not to be identified": the clause says why
    the source is unnamed. It says nothing the source said, so the source before it goes on
    speaking in the next quote."""
    if verb.lemma_.lower() not in quote_words.WITHHOLDING_WORDS:
        return False
    for comp in verb.children:
        if comp.dep_ != "xcomp":
            continue
        if comp.lemma_.lower() in _NAMING and is_passive(comp):
            return True
        if any(c.dep_ == "dobj" and c.lower_ in _NAME_NOUNS for c in comp.children):
            return True
    return False


#: How many words a speaker's phrase between a comma and its verb may have. Wire copy's
#: unnamed sources come with a clause that says why they are unnamed ("At the hospital, a
#: doctor who spoke on condition of anonymity because he was not authorized to talk to the
#: media said"), some 20 words; the phrase must still have a single head.
SPEAKER_PHRASE_MAX_WORDS = 24


#: Heads climbed from a date's day number up to the relative clause that holds it.
DATE_CLIMB_DEPTH = 4


def _subject_past_a_date(child: Token) -> Token:
    """The subject the parser lost to a date ending a relative clause: "a tailor who lost his
    nephew on 4 May said" is parsed with "May" as the subject of "said".

    A month name (tagged a date) right after the day number of a preposition's object is no
    speaker; the noun whose relative clause holds that date is. Anything else stays as parsed.
    """
    doc = child.doc
    if child.ent_type_ != "DATE" or child.pos_ != "PROPN" or child.i == 0:
        return child
    node = doc[child.i - 1]
    if not node.like_num or node.dep_ != "pobj":
        return child
    for _ in range(DATE_CLIMB_DEPTH):
        if node.dep_ in {"relcl", "acl"}:
            noun = node.head
            while (
                noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}
            ):
                noun = noun.head.head  # "a fisherman in his sixties who lost …": the fisherman
            return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.i < child.i else child
        if node.head.i == node.i:
            break
        node = node.head
    return child


def subject_of(verb: Token, depth: int = 0, *, shared: bool = False) -> Token | None:
    """The token that names who speaks for the cue *verb*.

    Follows the parse: the subject; the agent of a passive ("was quoted from
    X", "was reported by X"); the antecedent of a relative "who"; and for
    participles and conjuncts ("…, adding that", "and said") the subject of
    the verb they hang from. *shared*: *verb* is the head of an active
    conjunct or participle, whose subject is the grammatical subject of
    *verb* even when *verb* is passive ("X was contacted by Y but stated
    that …": X states, not Y).
    """
    if depth > 3:
        return None
    passive = is_passive(verb) and not shared
    child = subject(verb, {"nsubj"} if passive else {"nsubj", "nsubjpass"})
    if child is not None and child.tag_ == "VBG" and child.i == verb.sent.start:
        # "Responding to the arrests …, Ana Diaz, the group's director, said:" with the participle
        # parsed as the subject: the name set off before the verb speaks
        child = _subject_in_fronted_phrase(verb) or child
    if child is not None:
        child = _subject_past_a_date(child)
        child = document_of_part(_name_before_role(verb, child))
        if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
            return relative_antecedent(child, verb.head)
        return child
    for child in () if shared else verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    asked = _subject_set_off_by_asking(verb)
    if asked is not None:
        return asked
    absolute = _with_phrase_subject(verb)
    if absolute is not None:
        return absolute
    sayer = _gerund_after_preposition(verb, depth)
    if sayer is not None:
        return sayer
    gerund = verb.tag_ == "VBG" and verb.dep_ in {"ccomp", "dobj", "pcomp"}
    reported = verb.head
    if (
        _closes_the_sentence(verb)
        and verb.lemma_.lower() in _STATING_VERBS
        and reported.dep_ == "ccomp"
        and reported.head.i < reported.i
        and reported.head.lemma_.lower() in quote_words.CUE_VERBS
    ):
        # "he admitted that the military had ordered it, stating: “…”": the parser hangs the
        # participle on the reported clause; the one who admitted states ("police said
        # protesters blocked roads, chanting …" is the protesters' chant)
        return subject_of(reported.head, depth + 1)
    controller = _object_that_acts(verb)
    if controller is not None:
        return controller
    reporter = _reporter_of_backshifted_clause(verb)
    if reporter is not None:
        return subject_of(reporter, depth + 1)
    raised = raised_subject(verb)  # "X is reported to have told …"
    if raised is not None:
        return raised
    if (verb.dep_ in {"conj", "xcomp", "advcl"} or gerund) and verb.head.pos_ in {"VERB", "AUX"}:
        # "X was contacted by Y but stated …": with the agent named, the conjunct is X's
        agent = any(c.dep_ == "agent" for c in verb.head.children)
        return subject_of(verb.head, depth + 1, shared=not passive and agent)
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.tag_ == "VBG":
        holder = _holder_of_mute_thing(verb.head, depth)
        if holder is not None:
            return holder
        return verb.head  # "Khamenei calling Covid-19 a …", "a statement saying …"
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "Iran's foreign minister, Hossein Amirabdollahian, tweeted on Sunday that …": the
        # parser read the verb as a participle on a sentence with no other verb
        return verb.head
    if depth > 0:
        return None
    age = bare_age_before(verb)
    if age is not None:
        return age
    owner = _subject_before_whose(verb)
    if owner is None and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        # "…, a doctor at the hospital said." with the doctor misplaced
        owner = phrase_before(verb, max_words=SPEAKER_PHRASE_MAX_WORDS)
    return owner or _subject_in_fronted_phrase(verb)


def _reporter_of_backshifted_clause(verb: Token) -> Token | None:
    """The verb of saying whose subject speaks for a cue in the simple past joined to a reported
    clause in the past perfect: "X said that four people had died in the city, and blamed “…”".

    The parser hangs "blamed" on "died", inside what X reported, and its subject became the
    four dead. Reported speech shifts its tenses back ("had died"); a verb still in the simple
    past after "and" is not under that shift, so it goes on from the verb of saying, as "and
    blamed" would after "X said four people died". "Police said protesters had gathered and
    chanted “…”" (the conjunct shares the perfect: tagged VBN) stays the protesters'.
    """
    lemma = verb.lemma_.lower()
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return None
    if lemma not in quote_words.CUE_VERBS and lemma not in quote_words.CHARACTERISE_VERBS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.tag_ != "VBN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children):
        return None
    saying = reported.head
    if saying.i > reported.i or saying.tag_ != "VBD" or saying.lemma_.lower() not in quote_words.CUE_VERBS:
        return None
    return saying


def _may_speak(noun: Token) -> bool:
    """A word that can say something: a name of a person, body or people, a pronoun for people,
    a noun for people or a collective ("the union", "residents")."""
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} and noun.pos_ == "PROPN":
        return True
    low = noun.lower_
    if noun.pos_ == "PRON":
        return low in quote_words.PRONOUNS_PERSON or low in quote_words.PRONOUNS_GROUP
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (is_person_noun(lemma) or lemma in quote_words.COLLECTIVES)


def _one_who_speaks(noun: Token) -> bool:
    """A person as a verb's object, who can be the one a gerund after it speaks for ("fined the
    blogger for saying"): a person's name, a pronoun for a person or a noun for people; not a
    body or a collective ("opened his campaign by promising": the campaign promises nothing)."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    if noun.pos_ == "PRON":
        return noun.lower_ in quote_words.PRONOUNS_PERSON
    return noun.pos_ == "NOUN" and is_person_noun(noun.lemma_.lower())


def _with_phrase_subject(verb: Token) -> Token | None:
    """ "…, with X once saying she was “…”": in the absolute "with" phrase the object of "with"
    is the subject of the participle right after it, however the parser hung the participle (on
    the sentence's verb, whose subject "Both are rivals of …" says nothing). Only for quoted
    words, which need someone who can say them; reported speech is left as parsed."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in quote_words.CUE_VERBS or not _holds_quote_marks(verb):
        return None
    before = verb.left_edge.i - 1
    if before < verb.sent.start:
        return None
    noun = verb.doc[before]
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.i >= noun.i:
        return None
    return noun if _may_speak(noun) else None


#: How many prepositions a gerund's preposition may hang from on the way to its verb ("for his
#: role … and for saying": the second "for" a conjunct of the first, or of the verb).
GERUND_CLIMB_DEPTH = 2


def _gerund_after_preposition(verb: Token, depth: int) -> Token | None:
    """ "She was called before the committee … for saying that …", "answered the students by
    saying …": a gerund of saying after a preposition has no subject of its own; whoever the verb
    the preposition hangs from has as its subject says it, or the person that verb has as its
    object ("fined the blogger for saying").

    The preposition must hang from the verb (or from a preposition that does): after a noun
    ("after weeks of denying it …") the phrase is the noun's, and whose words they are is left
    to the rules before, and so is "as saying" ("was quoted by Fars as saying", "cited X as
    saying"), the complement of the verb of quoting above it. Only for quoted words: a gerund of reported speech alone ("by denying
    migrants access", "after learning it had been stolen") is often no speech at all.
    """
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "pcomp"
        or verb.head.pos_ != "ADP"
        or verb.head.lower_ == "as"
        or verb.lemma_.lower() not in quote_words.CUE_VERBS
        or not _holds_quote_marks(verb)
    ):
        return None
    head = verb.head
    for _ in range(GERUND_CLIMB_DEPTH):
        if head.pos_ != "ADP" or head.i == head.head.i:
            break
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is not None and _one_who_speaks(obj):
        return obj
    sayer = subject_of(head, depth + 1, shared=True)
    return sayer if sayer is not None and _may_speak(sayer) else None


def _mute_thing(noun: Token) -> bool:
    """A common noun for a thing that says nothing of itself: "a press event", "colour maps",
    "vaguer wording"; not a person, a body, a document ("a statement") nor evidence ("a study",
    "video"), which report in their own right."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return False
    lemma = noun.lemma_.lower()
    return not (
        lemma in quote_words.COLLECTIVES
        or lemma in quote_words.SPEAKING_NOUNS
        or lemma in quote_words.SUB_BODY_NOUNS
        or lemma in quote_words.DOCUMENT_NOUNS
        or lemma in quote_words.EVIDENCE_NOUNS
        or noun.lower_ in quote_words.EVIDENCE_NOUNS
        or is_person_noun(lemma)
    )


def _holds_quote_marks(noun: Token) -> bool:
    """Whether the phrase of *noun* holds quotation marks: quoted words after a thing ("signs
    reading “…”") are left to the speaker rules for quoted words."""
    return any(t.tag_ in {"``", "''"} for t in noun.subtree)


def _holder_of_mute_thing(noun: Token, depth: int) -> Token | None:
    """Who speaks through a participle on a thing that cannot: "the mayor spoke at a press event
    announcing that …", "X handed over charts, among them maps showing that …" — the subject of
    the verb the thing's phrase hangs from (past prepositions and "including"), not the thing.

    Reported speech only: a thing whose phrase holds quotation marks is left as it was, for the
    rules on quoted words (:func:`tally.extract.quotes.speakers._speaker` climbs for those)."""
    if not _mute_thing(noun) or _holds_quote_marks(noun):
        return None
    head = noun.head
    for _ in range(6):
        if (head.pos_ in {"VERB", "AUX"} and head.dep_ != "prep") or head.i == head.head.i:
            break
        head = head.head
    if head.pos_ not in {"VERB", "AUX"} or head.i == noun.i:
        return None
    holder = subject_of(head, max(depth, 1))
    return holder if holder is not None and not _mute_thing(holder) else None


#: Verbs whose subject, not their object, does what their "to" clause says: "X promised Y to …".
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})


def _object_that_acts(verb: Token) -> Token | None:
    """The object of the verb a "to" clause hangs from, who does what it says: "the detentions
    prompted the opposition's council to warn of “…”", "the killings led the rights chief to call
    for “…”" — the council warns, not the detentions."""
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or head.pos_ != "VERB"
        or head.lemma_.lower() in _SUBJECT_CONTROL
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return obj


#: Nouns for a piece of a document: "part of the statement reads", "an excerpt of the letter said".
_PART_NOUNS = frozenset({"part", "excerpt", "extract", "section", "portion", "passage"})


def document_of_part(tok: Token) -> Token:
    """The document a piece of it stands for ("part of the statement by X reads": the statement,
    whose author speaks); any other token as it is."""
    if tok.lemma_.lower() not in _PART_NOUNS:
        return tok
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
            for doc_noun in prep.children:
                if doc_noun.dep_ == "pobj" and doc_noun.lemma_.lower() in quote_words.DOCUMENT_NOUNS:
                    return doc_noun
    return tok


def bare_age_before(verb: Token) -> Token | None:
    """The "old" of an age standing for its person before a verb with no subject: "“…,” the
    34-year-old said". The parser hangs "the" and "old" on the verb itself; the phrase is the
    speaker all the same."""
    for child in verb.lefts:
        if is_bare_age(child):
            return child
    return None


def is_bare_age(tok: Token) -> bool:
    """Whether *tok* is the "old" of "the 34-year-old" with no noun after it."""
    return (
        tok.lower_ == "old"
        and tok.pos_ == "ADJ"
        and tok.head.pos_ in {"VERB", "AUX"}
        and any(y.lower_ in {"year", "years"} and any(n.like_num for n in y.children) for y in tok.children)
    )


#: Verbs of asking whose participle, set off by commas after a speaker, says the speaker was asked.
ASKED_VERBS = frozenset({"ask", "press", "question", "quiz", "contact", "reach", "approach"})


def _subject_set_off_by_asking(verb: Token) -> Token | None:
    """The speaker before a participle of asking set off by commas: "X, asked about Y, said …".

    The parser reads "asked" as a finite verb with X its subject and hangs it
    on the cue as a clause of its own, so the cue is left without a subject.
    Only a clause of asking between commas right before the cue: "the army
    killed ten, the group said" reports the army's deed, not who speaks.
    """
    for child in verb.lefts:
        if (
            child.dep_ != "ccomp"
            or child.lemma_.lower() not in ASKED_VERBS
            or child.tag_ not in {"VBD", "VBN"}
        ):
            continue
        before, after = child.i - 1, verb.i - 1  # the commas that set the participle off
        if (
            before < 1
            or child.right_edge.i > after
            or verb.doc[before].text != ","
            or verb.doc[after].text != ","
        ):
            continue
        subj = subject(child, {"nsubj"})
        if subj is not None and subj.i < before:
            return subj
    return None


#: Participles that go on with what the main verb of saying said: "…, stating:", "…, adding that".
_STATING_VERBS = frozenset({"state", "add", "note", "explain", "stress", "insist"})


def _closes_the_sentence(verb: Token) -> bool:
    """A participle set off by a comma after a clause, as in "…, stating:" or "…, adding that"."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "conj", "xcomp"}
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.pos_ in {"VERB", "AUX"}
    )


def _subject_before_whose(verb: Token) -> Token | None:
    """The speaker the parser gave to a clause before *verb*.

    "A mother in Shiraz, whose son was shot in the chest, said …" is parsed
    with "mother" as a subject of "shot", and "said" with none; so is "A TMC
    statement read on state television said …", with "read" as a verb. The
    first subject of that clause speaks: before "whose", or a document whose
    participle the parser took for a verb.
    """
    doc = verb.doc
    for clause in verb.lefts:
        if clause.dep_ not in {"ccomp", "advcl"}:
            continue
        for subj in clause.children:
            if subj.dep_ in {"nsubj", "nsubjpass"} and subj.i < clause.i:
                whose = any(t.lower_ == "whose" for t in doc[subj.i + 1 : clause.i])
                document = subj.lemma_.lower() in quote_words.DOCUMENT_NOUNS and clause.tag_ in {"VBN", "VBD"}
                if subj.pos_ in {"NOUN", "PROPN"} and (whose or document):
                    return subj
                break
    return None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """The speaker the parser hung on a phrase before it: "In an interview with Tasnim, the
    commander of the ground force, General Pakpour, said" has "commander" as an apposition of
    "Tasnim" and "said" with no subject. The first noun set off after the phrase's object is it."""
    for prep in verb.lefts:
        if prep.dep_ not in {"prep", "advcl", "nsubj"} or prep.i != verb.sent.start:
            continue
        for t in prep.subtree:
            if (
                prep.dep_ == "prep"
                and t.dep_ == "appos"
                and t.pos_ in {"NOUN", "PROPN"}
                and t.head.dep_ == "pobj"
                and set_off(t)
            ):
                return t
            if _closes_fronted_phrase(t, verb):
                # "Responding to the arrests of …, Ana Diaz, the group's director, said:": the parser
                # joined the name to the phrase's last object; it is the one set off right before
                # the verb
                return t
    return None


def _closes_fronted_phrase(t: Token, verb: Token) -> bool:
    """Whether *t* heads a name set off by commas that ends right before *verb*'s comma."""
    k = verb.i - 1
    return (
        t.dep_ in {"appos", "conj"}
        and t.pos_ == "PROPN"
        and t.head.dep_ == "pobj"
        and set_off(t)
        and t.doc[k].text == ","
        and t.right_edge.i in {k - 1, k}
    )


def relative_antecedent(rel: Token, attached: Token) -> Token:
    """What a relative "which" or "who" refers to; the parser hangs its clause from *attached*.

    "Tokayev requested help from the Regional Defence Council (RDC), which agreed
    to send …": the parser hangs the clause from "help"; the council agreed, the
    name right before the comma. A name the parser chose stands, and so does a
    noun for a person for "who" ("One student at Sharif, who asked …" is the
    student's); "which" never refers to a person. An acronym in brackets after
    the name is skipped, an apposition gives its head. "Who" after a role with its place or body
    ("the mayor of the capital, who …", "the head of the Interior Ministry, who …") is the role, which the
    parser passed over for the noun after its preposition.
    """
    if rel.lower_ == "who":
        holder = _role_before_its_place(attached)
        if holder is not None:
            return holder
    person = rel.lower_ == "who" and attached.pos_ == "NOUN" and is_person_noun(attached.lemma_.lower())
    if attached.pos_ == "PROPN" or person:
        return attached
    return _name_before_relative(rel) or attached


def _role_before_its_place(attached: Token) -> Token | None:
    """The noun for a person whose prepositional phrase ends in *attached*, a place or body that
    cannot be a relative "who" ("the commander of the northern region, who …"); None when
    *attached* can be a person itself (a person's name, a noun for people)."""
    if attached.ent_type_ == "PERSON" or attached.pos_ not in {"NOUN", "PROPN"}:
        return None
    if attached.pos_ == "NOUN" and is_person_noun(attached.lemma_.lower()):
        return None
    node = attached
    for _ in range(ROLE_CLIMB_DEPTH):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in _ROLE_PREPOSITIONS:
            return None
        noun = node.head.head
        if noun.pos_ == "NOUN" and is_person_noun(noun.lemma_.lower()):
            return noun
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ == "PERSON":
            return None
        node = noun
    return None


#: Prepositions that join a role to its place or body ("mayor of", "spokesman for", "head at").
_ROLE_PREPOSITIONS = frozenset({"of", "for", "in", "at"})
#: How many prepositional phrases a role may have before the relative clause ("the head of the
#: police in the capital, who …").
ROLE_CLIMB_DEPTH = 3


def _name_before_relative(rel: Token) -> Token | None:
    """The name right before the comma of a relative "which" or "who" (see :func:`relative_antecedent`)."""
    doc = rel.doc
    k = rel.i - 1
    if rel.lower_ not in {"which", "who"} or k < 0 or doc[k].text != ",":
        return None
    k -= 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(" and rel.i - k <= BRACKET_MAX_TOKENS:
            k -= 1
        k -= 1
    if k < 0 or doc[k].pos_ != "PROPN":
        return None
    tok = doc[k]
    while tok.dep_ in {"compound", "appos"} and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: How many tokens an aside in brackets between a name and its relative clause may have.
BRACKET_MAX_TOKENS = 8


def _name_before_role(verb: Token, child: Token) -> Token:
    """The name when the parser gave *verb* a second subject that is its apposition.

    "Hossein Hosseini, the spokesman of the committee, said" is often parsed
    with both "Hosseini" and "spokesman" as subjects; the nearest one is the
    role, which would then be read as a description of someone named before.
    A name set off by a comma before a role of its own is the speaker.
    """
    if child.pos_ != "NOUN" or child.i > verb.i:
        return child
    before = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < child.left_edge.i]
    if not before:
        return _name_with_age_before(child) or child
    name = before[-1]
    comma = child.left_edge.i - 1
    if (
        name.pos_ == "PROPN"
        and comma > name.i
        and verb.doc[comma].text == ","
        # "Amina Yusuf, 34, a trader told": the parser may hang the comma after the age on the name
        and name.right_edge.i <= comma <= name.right_edge.i + 1
    ):
        return name
    return child


#: What may stand right before a name that opens its clause: the sentence start or a quote mark.
_CLAUSE_OPENERS = frozenset({'"', "\u201d", "\u2019", "\u201c", "''", "``"})


def _name_with_age_before(role: Token) -> Token | None:
    """The person's name before "X, 34, a market trader said" when no comma closes the apposition.

    The parser then takes the role for the verb's only subject and hangs the
    name elsewhere (even inside the quote before it). The name is a person's,
    comes right after a quote mark or at its sentence's start, and is set off
    from the role by its age between commas.
    """
    doc = role.doc
    k = role.left_edge.i - 1
    if k < 3 or doc[k].text != "," or not doc[k - 1].like_num or doc[k - 2].text != ",":
        return None
    name = doc[k - 3]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    if first > name.sent.start and doc[first - 1].text not in _CLAUSE_OPENERS:
        return None
    return name


def _names_a_body(tok: Token) -> bool:
    """ "the judiciary", "the police", "the interior ministry": a body of the state or an
    organisation named by its common noun with "the"."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and (lemma in entity_words.ORGANISATION_NOUNS or lemma in STATE_BODY_HEADS)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def speaker_phrase(tok: Token) -> tuple[int, int]:
    """Token indices ``[i, j)`` of the noun phrase that names the speaker.

    A named entity is taken whole; a noun keeps its determiners, adjectives and
    compounds ("another source", "security officials"); an apposition with a
    name wins over the role before it ("the judiciary's spokesperson,
    Gholamhossein Esmaili" → "Gholamhossein Esmaili").
    """
    doc = tok.doc
    tail = None
    # "The teachers' union, the Teachers' Council, wrote": the parser may take the
    # name for a conjunct; with no "and" or "or" it is an apposition
    unjoined = not any(c.dep_ == "cc" for c in tok.children)
    for child in tok.children:
        appos = child.dep_ == "appos" or (child.dep_ == "conj" and unjoined and set_off(child))
        if appos and child.pos_ == "PROPN" and tok.pos_ != "PROPN" and child.i > tok.i:
            if child.left_edge.i > tok.i + 1 and not set_off(child):
                tail = child  # "the son of the jailed editor Tomas Weber": the editor's name
                continue
            return speaker_phrase(child)
    start = tok.i
    for child in sorted(tok.lefts, key=lambda t: -t.i):
        if child.dep_ == "compound" and _spoken_of(child):
            break  # "…, a claim officials have rejected": the claim is what they speak of
        if child.dep_ in {"det", "amod", "compound", "nummod", "nmod", "poss", "quantmod"}:
            for left in (child.left_edge.i, child.i):
                if all(not _breaks(doc[k]) or _brackets_acronym(doc, k) for k in range(left, start)):
                    start = min(start, left)
                    break
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ == "compound" and doc[end].head.i > end:
        end += 1
    if tok.pos_ == "NOUN" and is_person_noun(tok.lemma_):
        # "a spokesperson for the European Union": who the unnamed speaker speaks for; "the head of
        # the judiciary", "a spokesman for the police": a body named by its noun
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at"} and prep.i == end:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (any(t.pos_ == "PROPN" for t in pobj.subtree) or _names_a_body(pobj)):
                    end = pobj.right_edge.i + 1
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and not tok.ent_type_:
        # "a group of independent UN experts", "a coalition of 12 rights groups": who the group is
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if (
            of is not None
            and members is not None
            and members.tag_ == "NNS"
            and tok.lemma_.lower() in GATHERING_NOUNS
        ):
            end = of.right_edge.i + 1
    if tok.pos_ == "NUM" and end < len(doc) and doc[end].dep_ == "amod" and doc[end].head.i == tok.i:
        # "“…,” one local told AFP": the parser hangs the noun after "one" as its adjective
        end += 1
    if tok.pos_ in {"NUM", "PRON"} and tok.lower_ not in quote_words.PRONOUNS_PERSON:
        # "one of three sources familiar with the matter": who the one is one of
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        if of is not None and any(c.dep_ == "pobj" for c in of.children):
            end = of.right_edge.i + 1
    if (
        tail is not None
        and end < tail.left_edge.i
        and all(doc[k].dep_ != "punct" for k in range(end, tail.i))
    ):
        end = tail.right_edge.i + 1
    if not tok.ent_type_ and tok.is_title and not tok.is_sent_start:
        # a name the parser split into words of the clause: "Hands Across Borders says"
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
            end += 1
    if tok.ent_type_ and tok.ent_type_ not in _NOT_NAMES and tok.pos_ == "PROPN":
        # a named entity is taken whole, with any compound the NER cut off
        ent_start, ent_end = entity_bounds(tok)
        e_start = ent_start
        while e_start < ent_end and doc[e_start].lower_ in {"the", "a", "an"}:
            e_start += 1
        if doc[start].pos_ != "PROPN":
            start = e_start
        start, end = min(start, e_start), max(end, ent_end)
        while end > start + 1 and doc[end - 1].text in {"’s", "'s", "’", "'"}:
            end -= 1
    return start, end


#: Nouns for a gathering of people or bodies whose "of" phrase says who they are.
GATHERING_NOUNS = frozenset({"group", "coalition", "alliance", "panel", "team", "delegation", "network"})

#: Entity labels the tagger gives words that name no speaker: "The state-run Kayhan daily" is no date.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def set_off(t: Token) -> bool:
    """A comma, a dash or a bracket stands right before the phrase of *t* ("the envoy to the UN,
    Ana Diaz"): an apposition naming the noun before it, not a name run into a longer phrase."""
    k = t.left_edge.i - 1
    return k >= 0 and t.doc[k].text in {",", "—", "–", "-", "("}


#: Count nouns the parser may join to a speaker as a compound ("the toll officials gave").
_SPOKEN_OF_COUNTS = frozenset({"figure", "toll", "number"})


def _spoken_of(tok: Token) -> bool:
    """A claim or a count, which its speaker speaks of and which is no part of the speaker's name."""
    lemma = tok.lemma_.lower()
    return lemma in quote_words.CLAIM_NOUNS or lemma in _SPOKEN_OF_COUNTS


def _brackets_acronym(doc: Doc, k: int) -> bool:
    """Whether token *k* is a bracket around the acronym a name carries inside itself: "Pakistan
    Tehreek-e-Insaf (PTI) party said", "(PML-N)" is one name, the party's, up to its noun."""
    if doc[k].text == "(":
        ends = [c for c in range(k + 2, min(len(doc), k + _ACRONYM_TOKENS + 2)) if doc[c].text == ")"]
        inner = doc[k + 1 : ends[0]] if ends else None
    elif doc[k].text == ")":
        opens = [c for c in range(k - 2, max(-1, k - _ACRONYM_TOKENS - 2), -1) if doc[c].text == "("]
        inner = doc[opens[0] + 1 : k] if opens else None
    else:
        return False
    if inner is None:
        return False
    word = "".join(t.text for t in inner)
    return 2 <= len(word) <= 8 and word.isupper() and word.replace("-", "").isalpha()


#: How many tokens an acronym in brackets may take ("PML", "-", "N").
_ACRONYM_TOKENS = 3


def _breaks(tok: Token) -> bool:
    """Punctuation that ends a speaker phrase ("(PMOI / MEK Iran)" keeps only "MEK Iran")."""
    # and a line break: "12:30 BST\nStudents say …" in a live blog is a time stamp, then the speaker
    return (tok.is_punct and tok.text not in {"-", "’s", "'s", "."}) or (tok.is_space and "\n" in tok.text)


def may_be_glued(text: str) -> bool:
    """Whether a word of this *text* may be a glued cue (:func:`glued_cue`): capitalised and
    ending in a speech verb. One test of every ending at once, read from the words' column
    before a Token is made."""
    return text[:1].isupper() and text.endswith(quote_words.GLUED_CUES)


def glued_cue(tok: Token) -> int | None:
    """Length of the name in a token like "Montazerisaid" (name + speech verb), else None."""
    text = tok.text
    # one test of every ending at once first: asked of every capitalised noun and verb
    if not may_be_glued(text):
        return None
    if tok.pos_ not in {"PROPN", "NOUN", "VERB"}:
        return None
    for cue in quote_words.GLUED_CUES:
        if text.endswith(cue) and len(text) - len(cue) >= 3 and text[-len(cue) - 1].islower():
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and (nxt.lower_ == "that" or nxt.text in {":", ",", "“", '"'}):
                return len(text) - len(cue)
    return None


def tokens_between(doc: Doc, start: int, end: int, limit: int | None = None) -> list[Token]:
    """Tokens that start within the characters ``[start, end)``; the first *limit* of them when given.

    A caller that reads only a window of them passes *limit*: making a spaCy
    ``Token`` costs about a microsecond, and a paragraph of short chants made
    several hundred per quote that nothing read.
    """
    starts = token_starts(doc)
    first, stop = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if limit is not None:
        stop = min(stop, first + limit)
    return [doc[i] for i in range(first, stop)]


def quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in "Tasnim quoted the police chief as saying …": the object of *verb*.

    The subject (Tasnim) is the channel, not the speaker; in the passive ("the
    chief was quoted by Tasnim as saying") the subject is the one quoted. None when *verb* is
    not "quote"/"cite" with "as saying" (or "as telling", "as writing").
    """
    if verb.lemma_.lower() not in {"quote", "cite"}:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and is_passive(verb):
        # "the police chief was quoted by Fars as saying …": the one quoted is the subject
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or prep is None:
        return None
    said = next((c for c in prep.children if c.dep_ in {"pcomp", "pobj"}), None)
    if said is None or said.lemma_.lower() not in quote_words.CUE_VERBS:
        return None
    return obj
