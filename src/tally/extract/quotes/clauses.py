"""What a cue reports: clausal complements, objects and "according to" clauses.

The dependency parse gives the content of reported speech: the clausal
complement of "said" ("X said (that) …", "…, X said"), the object of a verb
that characterises in quoted words ("called it “a disaster”"), and the clause
that an "according to X" phrase qualifies. The parser often links clauses
across paragraphs, so every content span is clipped to its cue's paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import doc_text, token_lowers, token_pos, token_texts
from tally.extract.quotes import cues as quote_cues
from tally.extract.quotes import words as quote_words
from tally.extract.quotes.marks import MarkedSpan, Marks, count_words
from tally.extract.quotes.speakers import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Marked words from this many on are speech; a cue inside them is the quoted
#: speaker's own reporting, not a new attribution.
SPEECH_MIN_WORDS = 4


def _content_span(verb: Token, marks: Marks) -> tuple[int, int] | None:
    """Characters of what the cue *verb* reports: its clausal complement."""
    doc = verb.doc
    # the parser runs paragraphs together and may hang the previous paragraph's
    # clause on this cue too: the complement nearest to the cue is what it reports
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps and verb.pos_ == "NOUN":
        # a verb taken for a noun (:func:`verb_taken_for_a_plural`): its "that" clause is an "acl"
        comps = [c for c in verb.children if c.dep_ == "acl" and c.i > verb.i and _opens_with_that(c)]
    if any(c.i < verb.i for c in comps):
        # "A TMC statement read on state television said …": a clause before the cue that holds
        # its speaker is no part of what was said
        speaker = quote_cues.subject_of(verb)
        comps = [c for c in comps if speaker is None or not c.left_edge.i <= speaker.i <= c.right_edge.i]
    comp = min(comps, key=lambda c: _distance(verb, c)) if comps else None
    if comp is None and verb.dep_ == "parataxis" and quote_cues.subject_of(verb) is not None:
        # "The economy is weak, he said." parsed as parataxis: the head's clause
        head = verb.head
        left, right = head.left_edge.i, head.right_edge.i
        if verb.i > head.i:
            right = verb.left_edge.i - 1
        else:
            left = verb.right_edge.i + 1
        return trimmed(doc, left, right)
    if comp is None:
        comp = _clause_after_document(verb)
    if comp is None:
        return None
    left, right = comp.left_edge.i, comp.right_edge.i
    if left < verb.i < right:  # the complement wraps the cue: keep the side after it
        left = verb.i + 1
    that = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is not None and verb.i < left < that.i:
        # "said in an editorial that …": the parser hung the cue's own phrase on the clause;
        # what was said starts at "that"
        left = that.i
    return trimmed(doc, left, right)


def _opens_with_that(clause: Token) -> bool:
    """Whether *clause* has a "that" of its own as its mark."""
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)


def _clause_after_document(verb: Token) -> Token | None:
    """What "said in a statement that calm had returned" reports, parsed as a relative clause of
    the document: a clause after the document's noun that opens with "that" and has a subject of
    its own is the cue's complement, not a relative clause."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in quote_words.DOCUMENT_NOUNS:
                continue
            for clause in noun.children:
                first = clause.left_edge
                if (
                    clause.dep_ in {"relcl", "acl"}
                    and first.lower_ == "that"
                    and first.i == noun.i + 1
                    and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != first.i for c in clause.children)
                ):
                    return clause
    return None


def _document_reads(verb: Token) -> bool:
    """ "“…,” the centre's statement reads", "“…,” read a letter from the union": a document
    "reads" the words marked beside it, which are its author's.

    Only a document makes "read" a cue: "she read from her notes" names none and cues
    nothing; "she read a statement: “…”" (a document as object) is a cue whose speaker, as
    for any cue, is its subject. A reported clause ("the sign read that …") is rare enough to
    leave to the verbs of saying.
    """
    if verb.lemma_.lower() != "read":
        return False
    return any(
        (c.dep_ == "nsubj" or (c.dep_ == "dobj" and c.i > verb.i))
        and quote_cues.document_of_part(c).lemma_.lower() in quote_words.DOCUMENT_NOUNS
        for c in verb.children
    )


#: The forms of "read" the tagger may take for a noun after a document: "a statement by X read".
_READ_FORMS = frozenset({"read", "reads"})


def read_taken_for_a_noun(tok: Token) -> bool:
    """ "“…,” a statement by the US government read.": the small model tags a sentence-final
    "read" after a document a noun, but parses the document as its subject. Such a "read" with
    a document's noun as its ``nsubj`` is the verb of :func:`_document_reads`, a cue beside the
    marked words."""
    return (
        tok.pos_ == "NOUN"
        and tok.lower_ in _READ_FORMS
        and any(
            c.dep_ == "nsubj" and quote_cues.document_of_part(c).lemma_.lower() in quote_words.DOCUMENT_NOUNS
            for c in tok.children
        )
    )


def verb_taken_for_a_plural(tok: Token) -> bool:
    """A verb in -s the small model tags a plural noun: "In Cestaro v. Italy, the European Court of
    Human Rights rules that …", "Foreign Minister X calls extending NATO membership “…”".

    A timeline's or a summary's present tense puts the verb right after a name, where "rules",
    "calls", "reports" read as nouns; the parse still gives the word a nominal subject before
    it and makes it the sentence's root. A noun does not take a subject: such a word is the
    sentence's verb, read as a cue like any other."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT":
        return False
    return any(
        c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in {"PROPN", "NOUN", "PRON"} for c in tok.children
    )


def _that_clause(verb: Token) -> bool:
    """A verb whose complement is a "that" clause ("ruled that", "pointed out that", "expects that").

    A finite clause introduced by "that" as the complement of a verb is what
    someone said, found, believed or decided, whatever the verb: PolNeAR
    annotates all of these. An impersonal subject ("it seems that") names no source.
    """
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ in {"it", "this", "that", "there"} or quote_cues.is_passive(verb):
        return False
    # a verb taken for a noun has its clause parsed as a noun's ("acl")
    deps = {"ccomp", "acl"} if verb.pos_ == "NOUN" else {"ccomp"}
    return any(c.dep_ in deps and c.i > verb.i and _opens_with_that(c) for c in verb.children)


def _distance(verb: Token, comp: Token) -> int:
    """Tokens between *verb* and the nearest edge of the clause *comp*."""
    if comp.i > verb.i:
        return max(0, comp.left_edge.i - verb.i)
    return max(0, verb.i - comp.right_edge.i)


def tokens_before_mark(doc: Doc, at: int) -> list[Token]:
    """The few tokens before the character *at* (an opening mark), commas and colons dropped: what
    :func:`owners_work` and the title tests of the quote extractor read."""
    before = quote_cues.tokens_between(doc, max(0, at - 40), at)
    while before and before[-1].text in {",", ":"}:
        before = before[:-1]
    return before


#: Most words of a work's name quoted after its owner: "the band's “Long Road to the Sea”".
WORK_NAME_WORDS = 8
#: Nouns of spoken words: marked words after "slogans of", "cries of" are what was shouted, no work.
_SPEECH_BEFORE_OF = frozenset(
    {"slogan", "chant", "cry", "shout", "call", "word", "refrain", "scream", "jeer"}
)
#: Tags that make marked words a sentence said, not a name: a finite verb or a modal.
_FINITE_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})


def owners_work(text: str, m: MarkedSpan, before: list[Token]) -> bool:
    """The name of a work after the one who made or hosts it: "the Harbour Choir's “Lanterns on the
    Quay”", "the host of “Morning Market,”".

    After a name's possessive ("X's"), short marked words that open with a capital, hold no
    sentence's end and read as no sentence (no pronoun first, no finite verb) name X's song, book
    or show: "X's “We will not kneel”" is X's words. After "of", only words all capitalised as a
    name is ("host of “Morning Market”"; "accused of “crimes against the state”" stays speech), and
    not after a noun of spoken words ("slogans of “Down With The Junta”").
    """
    quoted = text[m.start : m.end].strip(" ,.")
    words = quoted.split()
    if not before or not words or len(words) > WORK_NAME_WORDS or any(c in quoted for c in ".!?;:"):
        return False
    last = before[-1]
    if last.lower_ in {"'s", "’s"} and len(before) > 1 and before[-2].pos_ == "PROPN":
        return words[0][:1].isupper() and not _reads_as_a_sentence(last.doc, m)
    if last.lower_ == "of" and len(before) > 1 and before[-2].pos_ == "NOUN":
        if before[-2].lemma_.lower() in _SPEECH_BEFORE_OF or before[-2].lower_ in quote_words.CUE_NOUNS:
            return False
        long_words = [w for w in words if len(w) >= 4]
        return len(long_words) >= 2 and all(w[0].isupper() for w in long_words) and not quoted.isupper()
    return False


def _reads_as_a_sentence(doc: Doc, m: MarkedSpan) -> bool:
    """Whether the marked words of *m* open with a pronoun or hold a finite verb: "I am not afraid",
    "We will not be silenced" are said, not the name of a work."""
    inside = quote_cues.tokens_between(doc, m.start, m.end)
    return bool(inside) and (inside[0].pos_ == "PRON" or any(t.tag_ in _FINITE_TAGS for t in inside))


#: How many heads up from a noun its verb may stand ("in a “…” protest" under "stay" under "called").
CLIMB_LIMIT = 8

#: Dependencies of the last marked word on the noun right after the closing mark when the marks
#: hold a noun that modifies it ("a “dead city” day": "city" is the nmod or compound of "day").
_NOUN_MODIFIER_DEPS = frozenset({"nmod", "compound"})


def noun_of_a_quoted_kind(doc: Doc, m: MarkedSpan) -> Token | None:
    """Marks round a noun that modifies the noun right after them: "called a “dead city” day",
    "in a “ville morte” protest", "adding an “internet protection” chapter".

    The marked words name the kind of the thing the phrase is about (a
    protest, a day, a chapter), as a title or a name does; they are no one's
    words, and the verb whose object holds them reports none. Only a marked noun
    (the last word inside the marks hangs on the noun after them as its
    ``nmod`` or ``compound``) with no punctuation before the closing mark: a
    quoted adjective ("a “completely unacceptable” move") is a verdict in
    someone's words and stays speech.
    """
    if m.close_at is None or not doc_text(doc)[m.close_at - 1 : m.close_at].isalnum():
        return None
    inside = quote_cues.tokens_between(doc, m.start, m.close_at)
    after = quote_cues.tokens_between(doc, m.close_at + 1, m.close_at + 40, limit=1)
    if not inside or not after:
        return None
    last, noun = inside[-1], after[0]
    modifies = (
        noun.pos_ == "NOUN"
        and last.pos_ in {"NOUN", "PROPN"}
        and last.dep_ in _NOUN_MODIFIER_DEPS
        and last.head.i == noun.i
        and all(t.head.i == noun.i or m.start <= t.head.idx < m.close_at for t in inside)
    )
    return noun if modifies else None


#: Dependencies that open a clause of its own: a noun below one of them is in reported words, not
#: in the object of the verb above.
_CLAUSE_OPENERS = frozenset({"ccomp", "parataxis", "csubj", "relcl"})


def in_the_object_of(tok: Token, verb: Token) -> bool:
    """*tok* stands in what *verb* acts on (its object, a phrase or an infinitive of it), not in a
    clause reported under it: "called a “dead city” day", "called on them to stay home in a “…”
    protest"; not "said officials see it as a “…” strategy", whose marks are in said words."""
    t = tok
    for _ in range(CLIMB_LIMIT):
        if t.i == verb.i:
            return True
        if t.dep_ in _CLAUSE_OPENERS or t.head.i == t.i:
            return False
        t = t.head
    return False


def _object_span(tok: Token, marks: Marks, lemma: str) -> tuple[str, int, int] | None:
    """What a cue verb without a clause reports, from its object.

    Mixed when the object holds quote marks ("called it “a disaster”"),
    indirect for verbs whose object is a report ("denied the allegations")
    and for a verdict on something ("called the plan a failure");
    otherwise nothing: "called a meeting" is no quote.
    """
    rights = [c for c in tok.rights if c.dep_ in {"dobj", "oprd", "xcomp", "prep", "dative", "attr"}]
    if not rights:
        return None
    if quote_cues.quoted_as_saying(tok) is not None and not _says_that(tok):
        return None  # "quoted X as saying: “…”": the marked quote is X's, cued by "saying"
    aim = _aim_span(tok, lemma)
    if aim is not None and not any(aim[0] <= m.open_at < aim[1] for m in marks.spans):
        return "indirect", *aim
    span = trimmed(tok.doc, rights[0].left_edge.i, rights[-1].right_edge.i)
    if span is None:
        return None
    start, end = span
    inside = [
        m
        for m in marks.spans
        if start <= m.open_at and m.start < end and noun_of_a_quoted_kind(tok.doc, m) is None
    ]
    if inside and all(
        owners_work(doc_text(tok.doc), m, tokens_before_mark(tok.doc, m.open_at)) for m in inside
    ):
        return None  # "played Miriam Solberg's “Winter Road Home”": a tune named, nobody's words
    if inside:
        text = doc_text(tok.doc)
        # stop after the last quoted words when a new clause follows ("…”, which is")
        close = inside[-1].close_at
        if close is not None and text[close + 1 : close + 2] == ",":
            end = min(end, close + 1)
        elif close is not None and close >= end and not text[end:close].strip(" ,.;:!?"):
            end = close + 1  # “a good one,”: the quoted words end at their closing mark
        return "mixed", start, end
    if lemma in quote_words.NAMING_VERBS and (
        any(c.dep_ == "oprd" for c in rights) or sum(c.dep_ == "dobj" for c in rights) >= 2
    ):
        # "called the charges unsubstantiated", "called Oz a quack": a verdict in their words
        return "indirect", start, end
    dobj = next((c for c in rights if c.dep_ == "dobj"), None)
    source = quote_cues.subject_of(tok)
    evidence = lemma == "show" and source is not None and source.lemma_.lower() in quote_words.EVIDENCE_NOUNS
    if (lemma in quote_words.OBJECT_CUES or evidence) and dobj is not None:
        span = trimmed(tok.doc, dobj.left_edge.i, dobj.right_edge.i)
        if span is not None:
            return "indirect", *span
    return None


#: Dependencies on the way from "at" up to the verb of estimating that leave its clause
#: ("put the number of people arrested … at": a participle of the object stays inside it).
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis", "csubj"})


def _quoted_estimate(tok: Token, marks: Marks) -> tuple[int, int] | None:
    """Span of an estimate in quote marks given by a verb of :data:`ESTIMATE_VERBS`.

    "The union put the number of marchers at “more than 8,000”": the verb has an object, and
    an "at" of its clause (hung on the verb or on a participle of the object) is followed
    straight by marks that hold a number. The span runs from the object to the closing mark.
    "put the city at “centre stage”" holds no number and quotes no one.
    """
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if dobj is None:
        return None
    text = doc_text(tok.doc)
    for at in tok.doc[dobj.i + 1 : tok.right_edge.i + 1]:
        if at.lower_ != "at" or at.dep_ != "prep" or not _within_clause(at, tok):
            continue
        m = marks.containing(at.idx + len(at.text) + 2)
        if m is None or m.close_at is None or text[at.idx + len(at.text) : m.open_at].strip():
            continue
        inside = quote_cues.tokens_between(tok.doc, m.start, m.end)
        if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in inside):
            return dobj.left_edge.idx, m.close_at + 1
    return None


def _within_clause(tok: Token, verb: Token) -> bool:
    """Whether the heads of *tok* reach *verb* without leaving its clause."""
    node = tok
    while node.i != verb.i:
        if node.dep_ in _CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return True


def _says_that(verb: Token) -> bool:
    """ "quoted X as saying that …": reported speech follows "saying", not a colon and a quotation."""
    doc = verb.doc
    for prep in verb.children:
        if prep.lower_ != "as":
            continue
        for said in prep.children:
            for comp in said.children:
                if comp.dep_ == "ccomp":
                    between = doc[said.i + 1 : comp.left_edge.i + 1]
                    return not any(t.text in {":", "“", '"'} for t in between)
    return False


def _aim_span(tok: Token, lemma: str) -> tuple[int, int] | None:
    """What a verb of intention or demand reports: "wants [to repeal it]", "called for [an inquiry]"."""
    if lemma in quote_words.XCOMP_CUES:
        comp = next((c for c in tok.rights if c.dep_ == "xcomp"), None)
        if comp is not None:
            return trimmed(tok.doc, comp.left_edge.i, comp.right_edge.i)
    if lemma == "call":
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in quote_words.CALL_PREPS), None)
        if prep is not None and any(c.dep_ == "pobj" for c in prep.children):
            return trimmed(tok.doc, prep.i + 1, tok.right_edge.i)
    return None


def trimmed(doc: Doc, left: int, right: int) -> tuple[int, int] | None:
    while (
        left <= right
        and (doc[left].is_punct or doc[left].lower_ == "that")
        and (doc[left].text not in {"“", '"', "‘"})
    ):
        left += 1
    left = _past_a_bracketed_dateline(doc, left, right)
    while right >= left and doc[right].is_punct and not _closing_mark(doc[right]):
        right -= 1
    if right - left < 1:
        return None
    return doc[left].idx, doc[right].idx + len(doc[right].text)


#: Dashes that end a dateline: "(Beirut) – Iranian forces …".
_DATELINE_DASHES = frozenset({"–", "—", "-", "--", "―"})


def _past_a_bracketed_dateline(doc: Doc, left: int, right: int) -> int:
    """The first token after a dateline in brackets that opens a reported clause, else *left*.

    Rights groups file their releases as "(Beirut) – Iranian security forces …, Human Rights Watch
    said today" or "(Geneva, 16 November 2022) – …": the parser may hang the bracketed place on
    the clause (as its subject), so the words reported would start inside the dateline. A
    capitalised word right after an opening bracket, a closing bracket within a few tokens and a
    dash after it mark the dateline; the clause starts after the dash (round 48)."""
    if left == 0 or doc[left - 1].text != "(" or not doc[left].is_title:
        return left
    for close in range(left + 1, min(left + 9, right)):
        if doc[close].text == ")":
            dash = close + 1
            if dash < right and doc[dash].text in _DATELINE_DASHES:
                return dash + 1
            return left
    return left


def _closing_mark(tok: Token) -> bool:
    """A closing quote mark (kept at the end of a content span), not an opening one."""
    if tok.text in {"”", "’"}:
        return True
    return tok.text == '"' and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _according_to(tok: Token) -> tuple[Token, tuple[int, int]] | None:
    """``(speaker token, content span)`` for "according to X, …" at *tok*."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    head = tok.head
    said_by = quote_cues.subject_of(head) if head.lemma_.lower() in quote_words.CUE_VERBS else None
    if said_by is not None and tok.i > head.i and said_by.pos_ in {"PROPN", "PRON"}:
        return None  # "…, the minister said, according to IRNA": the agency relays, the minister speaks
    if pobj.lemma_ in quote_words.REPORT_NOUNS:  # "according to reports by the PMOI"
        for prep in pobj.children:
            if prep.lower_ in {"by", "of", "from"}:
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    pobj = inner
                    break
    doc = tok.doc
    sent = tok.sent
    a_left, a_right = tok.left_edge.i, tok.right_edge.i
    prev = a_left - 1
    while prev >= sent.start and doc[prev].is_punct:
        prev -= 1
    if prev >= sent.start:
        # "…, according to X": the largest constituent that ends right before it
        node = doc[prev]
        while node.head.i != node.i and node.head.right_edge.i < a_left and node.head.i >= sent.start:
            node = node.head
        left, right = node.left_edge.i, prev
        if node.head.i == tok.head.i and node.dep_ not in {"conj", "parataxis"}:
            # the phrase hangs from the clause's own head: the whole clause before it
            left = min(left, tok.head.left_edge.i)
    else:
        # "According to X, …": the rest of the sentence
        left, right = a_right + 1, sent.end - 1
        named = _name_set_off_after(pobj, a_right, sent.end)
        if named is not None:
            # "According to the commission's chairperson, Roseline Odede, the toll …": the parser
            # made the name a subject of the clause; she speaks, and the clause starts after her
            pobj, left = named
    span = trimmed(tok.doc, left, right)
    return (pobj, span) if span else None


#: Lower-case particles inside a person's name ("Mahienour el-Masry", "Abu Bakr al-Baghdadi").
_NAME_PARTICLES = frozenset({"al", "el", "de", "da", "bin", "ibn", "van", "von", "-"})


def _name_set_off_after(noun: Token, right: int, end: int) -> tuple[Token, int] | None:
    """The name between commas after "According to the <noun>": its last word and where the
    clause after it starts; None unless a common noun for a person is followed by ", Name,"."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or right + 1 >= end or doc[right + 1].text != ",":
        return None
    k = right + 2
    last = None
    while k < end and (doc[k].pos_ == "PROPN" or (last is not None and doc[k].lower_ in _NAME_PARTICLES)):
        if doc[k].pos_ == "PROPN":
            last = doc[k]
        k += 1
    if last is None or k >= end or doc[k].text != "," or k - right - 2 > NAME_MAX_TOKENS:
        return None
    if last.ent_type_ not in {"PERSON", ""}:
        return None
    return last, k + 1


#: Most tokens of a name set off after "According to the lawyer,".
NAME_MAX_TOKENS = 6


#: the parts of speech of a token :func:`cue_candidates` reads past its first test (glued cues: these
#: three; speech verbs: VERB), "according" aside
_CUE_POS = frozenset({"PROPN", "NOUN", "VERB"})


def cue_candidates(doc: Doc, marks: Marks) -> tuple[list[Attribution], list[Token]]:
    """Reported speech from the parse, and the bare cues that report nothing themselves."""
    found: list[Attribution] = []
    bare: list[Token] = []
    speaker: Token | None
    text = doc_text(doc)
    words_in: dict[tuple[int, int], int] = {}  # a quote's words, counted once, not once per token in it
    lowers, texts = token_lowers(doc), token_texts(doc)
    for i, pos in enumerate(token_pos(doc)):
        if pos not in _CUE_POS and lowers[i] != "according":
            continue  # neither a glued cue, nor "according to", nor a verb: nothing below reads it
        taken_for_a_noun = pos == "NOUN" and lowers[i].endswith("s") and verb_taken_for_a_plural(doc[i])
        if (
            pos != "VERB"
            and lowers[i] != "according"
            and lowers[i] not in _READ_FORMS
            and not quote_cues.may_be_glued(texts[i])
            and not taken_for_a_noun
        ):
            continue  # a noun is read only as a glued cue ("Montazerisaid"): no Token for the others
        tok = doc[i]
        inside = marks.containing(tok.idx)
        if inside is not None:
            bounds = (inside.start, inside.end)
            if bounds not in words_in:
                words_in[bounds] = count_words(text[inside.start : inside.end])
            if words_in[bounds] >= SPEECH_MIN_WORDS:
                continue  # speech inside a quote belongs to the quoted speaker
        glued = quote_cues.glued_cue(tok)
        if glued is not None:
            first = next(tok.rights, None)
            if first is not None:
                span = trimmed(doc, tok.i + 1, first.right_edge.i)
                if span:
                    found.append(
                        Attribution(
                            "indirect",
                            *span,
                            cue_tok=tok,
                            cue_span=(tok.idx + glued, tok.idx + len(tok.text)),
                            speaker_span=_name_before_glued(tok, glued),
                        )
                    )
            continue
        if tok.lower_ == "according":
            hit = _according_to(tok)
            if hit:
                speaker, span = hit
                cue_end = next((c for c in tok.children if c.lower_ == "to"), tok)
                found.append(
                    Attribution(
                        "indirect",
                        *span,
                        cue_tok=tok,
                        cue_span=(tok.idx, cue_end.idx + len(cue_end.text)),
                        speaker_tok=speaker,
                    )
                )
            continue
        if tok.pos_ != "VERB" and read_taken_for_a_noun(tok):
            bare.append(tok)  # "“…,” a statement by the ministry read.": "read" tagged a noun
            continue
        if tok.pos_ != "VERB" and not taken_for_a_noun:
            continue
        lemma = tok.lemma_.lower()
        if _document_reads(tok):
            bare.append(tok)  # "“…,” the group's statement reads": a cue beside marked words only
            continue
        if lemma in quote_words.MANNER_VERBS and not _that_clause(tok):
            bare.append(tok)  # "“…,” a pilot lamented": a cue beside marked words ("lamented that" reports)
            continue
        if lemma in quote_words.ESTIMATE_VERBS:
            estimate = _quoted_estimate(tok, marks)
            speaker = quote_cues.subject_of(tok) if estimate is not None else None
            if estimate is not None and speaker is not None:
                # "The union put the crowd at “more than 8,000”": the union's own figure
                found.append(
                    Attribution(
                        "mixed",
                        *estimate,
                        cue_tok=tok,
                        cue_span=(tok.idx, tok.idx + len(tok.text)),
                        speaker_tok=speaker,
                    )
                )
                continue
        if lemma in quote_words.DIRECTIVE_VERBS and tok.pos_ == "VERB":
            ordered = _ordered_in_marks(tok, marks)
            if ordered is not None:
                found.append(ordered)
                continue
            # no marked words: read as before ("The judge ordered that the two be released")
        # only read where it decides: a cue verb reports whatever its complement is
        that_clause = lemma not in quote_words.CUE_VERBS and _that_clause(tok)
        if (tok.pos_ != "VERB" and not taken_for_a_noun) or (
            lemma not in quote_words.CUE_VERBS
            and lemma not in quote_words.CHARACTERISE_VERBS
            and lemma not in quote_words.XCOMP_CUES
            and not that_clause
        ):
            continue
        if quote_cues.withholds(tok):
            continue  # "refused to say where her son was": nothing was said
        if quote_cues.is_given_name(tok):
            continue  # "Police spokesman Said Rahimi told reporters": a name, not the cue
        span = _content_span(tok, marks) if lemma in quote_words.CUE_VERBS or that_clause else None
        speaker = quote_cues.subject_of(tok)
        if span is None and speaker is not None:
            obj = _object_span(tok, marks, lemma)
            if obj is not None:
                kind, o_start, o_end = obj
                found.append(
                    Attribution(
                        kind,
                        o_start,
                        o_end,
                        cue_tok=tok,
                        cue_span=(tok.idx, tok.idx + len(tok.text)),
                        speaker_tok=speaker,
                    )
                )
                continue
        if span is None or speaker is None:
            bare.append(tok)
            continue
        found.append(
            Attribution(
                "indirect",
                *span,
                cue_tok=tok,
                cue_span=(tok.idx, tok.idx + len(tok.text)),
                speaker_tok=speaker,
            )
        )
    kept = []
    for a in found:
        if _clip_to_paragraph(doc_text(doc), a):
            kept.append(a)
        elif a.cue_tok is not None:
            bare.append(a.cue_tok)  # its clause was in another paragraph: still a cue
    return kept, sorted(bare, key=lambda t: t.i)


def _ordered_in_marks(tok: Token, marks: Marks) -> Attribution | None:
    """A command whose infinitive holds marked words: "The ministry ordered troops to “open fire
    without warning”" is the ministry's mixed quote. A command in no marks reports no speech.

    Only a command with a subject of its own: "the aim is to encourage “…”" has none, and the
    subject found up the parse is a thing."""
    speaker = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    if speaker is None or not any(c.dep_ == "xcomp" for c in tok.rights):
        return None
    obj = _object_span(tok, marks, tok.lemma_.lower())
    if obj is None or obj[0] != "mixed":
        return None
    return Attribution(
        "mixed", obj[1], obj[2], cue_tok=tok, cue_span=(tok.idx, tok.idx + len(tok.text)), speaker_tok=speaker
    )


def _clip_to_paragraph(text: str, a: Attribution) -> bool:
    """Keep a reported clause inside its cue's paragraph: the parser crosses them.

    :returns: whether enough of the clause is left to be a quote.
    """
    at = a.cue_span[0] if a.cue_span else a.start
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi == -1 else hi
    start, end = max(a.start, lo), min(a.end, hi)
    while start < end and (
        text[start].isspace() or text[start] in '"“' and (start + 1 < end and text[start + 1].isspace())
    ):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    a.start, a.end = start, end
    return count_words(text[start:end]) >= 2


def _name_before_glued(tok: Token, glued: int) -> tuple[int, int]:
    """The full name ending in a glued token: "Mohammad Jaffar Montazeri|said"."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start].idx, tok.idx + glued
