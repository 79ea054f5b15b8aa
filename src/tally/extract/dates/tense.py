"""The tense of the clause around a date ("will meet on Friday" looks ahead, "met on Friday"
back): will/would/shall, plans and calls, schedules put off or set ahead, perfects and
pluperfects; a bare weekday or month resolves forward or back by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.dates import words as date_words
from tally.extract.dates.patterns import (
    _AN_END_FOLLOWS,
    _FOR,
    _FROM_OR_BY,
    _FUTURE_CUE,
    _PART_WORDS,
    _SINCE,
    _UNTIL,
)
from tally.extract.dates.validation import _token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the date at ``[start, end)`` modifies directly ("met on Friday", "met Friday").

    Only a date that is an adverbial of the verb takes its tense: in "gave no
    reason for the Jan. 14 deadline" the date belongs to the deadline, not to
    the giving. A date on the subject of an active verb takes it too: "The Feb. 2
    strike shut down Yangon" (a passive, "the March 1 hearing was announced",
    says when it was announced, not when it is held).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _DAY_PARTS:
        root = root.head.head  # "arrested … on the night of Friday": the part of the day dates the verb
    head = root.head
    if root.dep_ == "pobj" and (head.dep_ == "prep" or head.dep_ == "agent" and head.lower_ == "by"):
        # "must be submitted by Tuesday": the parser takes a deadline after a passive for its agent
        prep = head
        head = _occasion_verb(head.head)
        if head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children) or head.dep_ == "prep":
            head = _verb_of_count(head)  # "…, including 900 on December 2": the count's verb
        elif _between_subject_and_verb(head, prep):
            head = head.head  # "The council on Tuesday will consider …": the verb the parse skipped
    elif root.dep_ in {"compound", "nmod", "nummod"} and head.pos_ == "NOUN" and head.dep_ == "nsubj":
        head = head.head  # "The Feb. 2 strike shut down Yangon": what the subject did, it did then
    elif root.dep_ not in {"npadvmod", "tmod", "advmod", "obl", "nmod"} and not _part_as_object(span):
        return None
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "xcomp", "oprd"}:
        head = head.head  # "will stay closed until Monday": the time of the verb the state hangs from
    return head if head.i != root.i and head.pos_ in {"VERB", "AUX"} else None


def _between_subject_and_verb(noun: Token, prep: Token) -> bool:
    """Whether *prep*, a preposition the parse hung on *noun*, stands between *noun*, a subject, and its verb.

    "The council on Tuesday will consider the plan", "Police on Friday arrested two men": English
    puts the time of the deed between the subject and its verb; the parser hangs it on the subject.
    A phrase after the verb ("met the council on Tuesday") or after a subject that follows its verb
    is not moved.
    """
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = noun.head
    return verb.pos_ in {"VERB", "AUX"} and noun.i < prep.i < verb.i


#: Nouns of a part of a day that a day hangs from by "of": "the night of Friday", "the early hours of
#: Sunday" (the part of the day stands where the day would, as the verb's adverbial).
_DAY_PARTS = date_words.PARTS_OF_DAY | {"hours"}


def _part_as_object(span: Span) -> bool:
    """Whether *span*, a part of a month or year with no preposition, is parsed as the verb's object.

    "Strikes broke out mid-December", "police detained forty dockers late December": nothing is
    done to a part of a month, so the parser's object is when the verb was done.
    """
    return span.root.dep_ == "dobj" and span[0].lower_ in _PART_WORDS


def _verb_of_count(count: Token) -> Token:
    """The verb a count dated in its own phrase belongs to: "19,300 have been detained …, including
    5,000 on March 6 alone" dates when the 5,000 were detained, so the date takes that verb's
    tense. Up a few heads, past "including"/"among" (a participle used as a preposition); the
    count itself when no verb is near."""
    node = count
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":
            return node
    return count


#: Prepositions that make a noun the occasion of its verb: "in a speech", "during a raid".
_OCCASION_PREPOSITIONS = frozenset({"in", "during", "at"})


def _occasion_verb(head: Token) -> Token:
    """The verb a dated noun is the occasion of, else *head* itself.

    "In an interview on Monday, the governor called for calm": the interview is
    when he called, so Monday takes the tense of "called". Only a noun after
    "in", "during" or "at": "set a hearing on Monday" dates what the verb acts on,
    which may lie ahead whatever its tense.
    """
    prep = head.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or prep.dep_ != "prep":
        return head
    if prep.lower_ not in _OCCASION_PREPOSITIONS or prep.head.pos_ not in {"VERB", "AUX"}:
        return head
    return prep.head


def _tense(doc: Doc, text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or None for the clause around the date at *start*.

    Future: will/would/shall, "is leaving", "plans to leave", "as soon as". Past: a past-tense or perfect verb. Anything else (present
    tense, no verb, a noun phrase such as "the summit in April") is unknown.
    """
    if _FUTURE_CUE.search(text[max(0, start - 16) : start]):
        return "future"
    if _SINCE.search(text[max(0, start - 16) : start]):
        return "past"  # "since the Feb. 1 coup": what a "since" counts from has happened
    if _FOR.search(text[max(0, start - 8) : start]):
        # "called a strike for Thursday": the time set, whatever the tense of setting it; but what
        # "is scheduled for Thursday" or "are planned for October" is still to come
        return "future" if _set_in_the_present(_clause_verb(doc, start, end)) else None
    if _called_for(doc, start, end) or _proposed_for(doc, start, end):
        return "future"
    if (
        _FROM_OR_BY.search(text, max(0, start - 6), start)
        and not _AN_END_FOLLOWS.match(text, end)
        and _set_ahead(doc, start, end)
    ):
        return "future"
    verb = _clause_verb(doc, start, end)
    if verb is None:
        if _expected_in_the_present(doc, start, end):
            return "future"
        bounded = _bounded_deed(doc, start, end)
        return "future" if bounded is not None and _verb_tense(doc, bounded, start) == "future" else None
    return _verb_tense(doc, verb, start, end)


def _verb_tense(doc: Doc, verb: Token, start: int, end: int | None = None) -> str | None:
    """``"future"``, ``"past"`` or None for *verb*, the verb a date at *start* dates (see :func:`_tense`).

    *end* None: the date dates an event that bounds the verb's deed (:func:`_bounded_deed`), so
    only the verb's own tense counts, not how the date hangs from it.
    """
    kids = list(verb.children)
    aux = {c.lower_ for c in kids if c.dep_ in {"aux", "auxpass"}}
    if aux & date_words.FUTURE_AUX:
        return "future"
    if aux & _HOPED_MODALS and _hoped_for(verb):
        return "future"  # "the union hopes the talks can resume in October"
    if end is not None and _imperative(doc, verb):
        return "future"  # '"Come to the square on Saturday," the organiser said'
    if end is not None:
        if verb.lemma_.lower() in date_words.SCHEDULE_VERBS and not _done_on(doc, verb, start, end):
            return None  # "planned for Saturday": planned in the past, for any time
        if verb.lemma_.lower() in date_words.EXPECT_VERBS and verb.tag_ == "VBN":
            # "the verdict was expected on March 3": the time expected, not when it was expected
            return "future" if aux & _PRESENT_AUX else None
        if not aux and _done_participle(doc, verb, start):
            return "past"  # "a report released on Friday said", "in a video posted on Monday"
    if verb.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "is leaving on Friday"
    if aux & date_words.OBLIGATION_AUX and not aux & {"have", "'ve"}:
        return "future"  # "must be submitted by Tuesday": what is owed is still to do ("must have left": not)
    if "to" in aux and (verb.tag_ == "VB" or verb.tag_ == "VBN" and "be" in aux):
        # "plans to leave on Monday", "want the prisoners to be freed in December"
        head = verb.head
        if head.i != verb.i and head.lemma_.lower() in date_words.FUTURE_VERBS:
            return "future"
        return None
    if verb.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    if verb.tag_ == "VBN" and not aux and any(c.dep_ == "nsubj" for c in kids):
        # "Security forces killed 12 protesters on Friday": the tagger read "killed" as a
        # participle, but a participle with no auxiliary takes no subject of its own, so a verb
        # with an active subject and no auxiliary is the simple past it looks like
        return "past"
    return None


#: Modals of what may come about: "the talks can resume", "a deal could be reached".
_HOPED_MODALS = frozenset({"can", "could", "may", "might"})


def _hoped_for(verb: Token) -> bool:
    """Whether *verb* heads the clause a verb of hoping or wanting in the present hopes for.

    "The union hopes the talks can resume in October", "Beijing hopes there can be a deal before
    August's deadline": what is hoped for now is still to come. A past hope ("hoped the talks could
    resume") says nothing of where its object lies from the time of writing.
    """
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i:
        return False
    word = head.lower_
    # the tagger's lemma of "hopes" may be "hop": the present's own form, less its -s, is checked too
    stems = {
        head.lemma_.lower(),
        word,
        word[:-1] if word.endswith("s") else word,
        word[:-2] if word.endswith("es") else word,
    }
    if not stems & date_words.HOPE_VERBS:
        return False
    if head.tag_ in {"VBZ", "VBP"}:
        return True
    return head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in head.children)


#: Dependencies an imperative's clause may have in its sentence: the whole, or what is said or told.
_IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "parataxis"})


def _imperative(doc: Doc, verb: Token) -> bool:
    """Whether *verb* is an imperative: an order or call, for a time after it is given.

    "Come to the square on Saturday, everyone", 'told supporters: "Take to the streets on
    Sunday."', "Don't stay at home on Sunday", "Please join us on Sunday": a bare verb with no
    subject and no auxiliary but "do", opening its clause (after a quote mark, a colon or
    "please"). Not an infinitive ("to take"), nor a statement ("We came on Saturday").
    """
    if verb.tag_ != "VB" or verb.dep_ not in _IMPERATIVE_DEPS:
        return False
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}:
            return False
        if c.dep_ in {"aux", "auxpass"} and c.lower_ != "do":
            return False
    sent_start = verb.sent.start
    i = verb.i - 1
    while i >= sent_start and doc[i].head.i == verb.i and doc[i].dep_ in {"aux", "neg", "intj", "punct"}:
        i -= 1
    return i < sent_start or doc[i].is_punct


#: Prepositions whose object bounds a deed in time: done "before", "until" or "till" an event.
_BOUNDING = frozenset({"before", "until", "till"})


def _bounded_deed(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose deed is bounded by the event the date at ``[start, end)`` dates, else None.

    "Does not want to sign the treaty before the election in November", "will not meet the strikers
    until the congress in October", "plan to free the hostages ahead of the December summit": the
    date dates a noun that "before", "until" or "ahead of" hangs on a verb. Only a deed still to
    come tells where the event lies (ahead of it); a past deed before an event says nothing.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "of"} and root.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = root.head.head  # "the election in November"
    elif root.dep_ in {"poss", "compound", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        noun = root.head  # "August's deadline", "the December summit"
    else:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in _BOUNDING:
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == "ahead":
        verb = prep.head.head
    else:
        return None
    if verb.pos_ == "NOUN" and verb.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"}:
        verb = verb.head  # "there can be an agreement before August's deadline": the agreement's verb
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i != prep.i else None


def _expected_in_the_present(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` dates what a verb of expecting in the active present expects.

    "The opposition expects a verdict in February", "lawyers anticipate a ruling in March": the
    month hangs from the object of "expects", and the time expected lies ahead, as in "a verdict
    is expected in February". A past "expected" says nothing of where it lies.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.dep_ != "dobj":
        return False
    verb = prep.head.head
    return (
        verb.lemma_.lower() in date_words.EXPECT_VERBS
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
    )


#: Auxiliaries of the present: "is scheduled", "are planned".
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re"})


def _set_in_the_present(verb: Token | None) -> bool:
    """Whether *verb* is a verb of setting or calling in the present passive ("is scheduled", "are
    planned", "a strike is called for Monday"), which says the time set lies ahead, as "was set for"
    (said after the day, perhaps) does not."""
    return (
        verb is not None
        and (verb.lemma_.lower() in date_words.SCHEDULE_VERBS or verb.lemma_.lower() in date_words.CALL_VERBS)
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_AUX for c in verb.children)
    )


def _put_off_to(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is what a verb of putting off puts a thing off to.

    A court "adjourned the case until 19 January", a government "extended the
    curfew to Monday": the day named is after the telling, though the verb is
    past ("adjourned until 19 January" is not last year's 19 January). Not
    "remained closed until Monday", which is over. A bounded look-behind.
    """
    if _UNTIL.search(text, max(0, start - 8), start) is None:
        return False
    verb = _clause_verb(doc, start, end)
    return verb is not None and verb.lemma_.lower() in date_words.UNTIL_VERBS


def _scheduled_present(doc: Doc, start: int, end: int, month: bool = False) -> bool:
    """Whether the date at ``[start, end)`` dates a verb in the simple present of running text.

    "The council, which opens its session on Monday", "the country holds
    elections on June 24": with a day, the simple present of a verb of meeting,
    opening or voting tells what is scheduled, so the day lies ahead of the
    time of writing. Only such verbs: a caption's present tells what is
    happening ("Protesters run from tear gas on Sunday."). Not a headline
    (a line with no full stop, where the present tells what has happened:
    "Police fire tear gas on Monday"), nor a verb with an auxiliary, nor a day
    without "on", which the parse may hang on a verb it is the object of. A
    *month* takes "in" ("the country votes in October"), which no caption says.
    """
    verb = _clause_verb(doc, start, end)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in date_words.SCHEDULED_VERBS:
        return False
    if lemma == "hold" and not any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in date_words.SCHEDULED_EVENTS or c.lemma_.lower() in date_words.CALLED_EVENTS)
        for c in verb.children
    ):
        return False  # "protesters hold placards on Sunday." (a caption) grips, it schedules nothing
    tok = _token_at(doc, start)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ({"on", "in"} if month else {"on"}):
        return False  # "on Monday"; not a day the verb acts on ("You mention 9 June")
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    sent = verb.sent.text.strip()
    return "\n" not in sent and sent.endswith(".")


#: Prepositions that date a verb of setting or putting off by its deed, not by the day it sets.
_DEED_PREPOSITIONS = frozenset({"on", "between"})


def _done_on(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is when a verb of setting or putting off was done.

    "The verdict was postponed on Monday for the third time", "banks had been
    set on fire between Friday and Monday", "set fire to the office on Friday":
    with "on" (or "between") the day is the deed's, and the verb's own tense
    places it; the day a hearing is set or put off to comes with "for", "to",
    "until" ("was set for Friday"), whatever the tense of setting it. Not
    "plan", "schedule", "set" (unless it sets fire): "planned a rally on
    Saturday" gives the rally's day.
    """
    lemma = verb.lemma_.lower()
    if lemma in _SETTING_VERBS and not (lemma == "set" and _sets_fire(verb)):
        return False  # "planned a rally on Saturday": the rally's day, which may lie ahead
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _DEED_PREPOSITIONS and prep.head.i == verb.i


#: Verbs of scheduling whose "on" day may be the day of the thing scheduled ("planned a rally on Saturday").
_SETTING_VERBS = frozenset({"plan", "schedule", "set"})

#: Words that make "set" burn rather than schedule: "set fire to", "set on fire".
_FIRE_WORDS = frozenset({"fire", "ablaze", "alight"})


def _sets_fire(verb: Token) -> bool:
    """Whether *verb* ("set") burns: "set fire to the office", "set on fire", "set ablaze"."""
    for child in verb.children:
        if child.lower_ in _FIRE_WORDS and child.dep_ in {"dobj", "advmod", "acomp", "oprd", "xcomp"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(g.lower_ == "fire" for g in child.children):
            return True
    return False


#: Prepositions whose date bounds a state ahead ("extended until Monday"), not when something was done.
_BOUND_PREPOSITIONS = frozenset({"until", "till", "through", "to", "by", "for"})


def _done_participle(doc: Doc, verb: Token, start: int) -> bool:
    """Whether *verb* is a past participle that tells of something done, dated at *start*.

    "A forensic report released on Friday said", "in a video posted on Monday",
    "the figures, released on Friday, could not be verified": a participle that
    shortens a relative clause ("which was released on Friday") or opens the
    sentence tells what has been done, though it has no tense of its own. Not a
    participle of expecting or setting ("the vote, expected on Friday"), nor a
    day that bounds a state ("the curfew, extended until Monday").
    """
    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "advcl"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in date_words.FUTURE_VERBS or lemma in date_words.CALL_VERBS:
        return False
    tok = _token_at(doc, start)
    prep = tok.head if tok is not None and tok.dep_ == "pobj" else None
    return prep is None or prep.lower_ not in _BOUND_PREPOSITIONS


def _called_for(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is the day of a protest or strike called for.

    "The opposition called for a general strike on Monday", "has called for
    protests on Monday": what is called for comes after the call, so the day
    lies ahead of a call the story reports, whatever the tense of calling. The
    parse hangs the day on the verb or on the action; either way only an action
    ("strike", "rally"), not a state: "called for restraint on Monday" says when
    the call was made.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ not in {"on", "from"}:
        return False
    host = root.head.head
    if host.lemma_.lower() in date_words.CALLED_EVENTS:
        prep = host.head  # "called for [a strike on Monday]"
        return (
            host.dep_ == "pobj"
            and prep.lower_ == "for"
            and prep.head.lemma_.lower() in date_words.CALL_VERBS
            and not _pluperfect(prep.head)
        )
    if host.pos_ not in {"VERB", "AUX"} or host.lemma_.lower() not in date_words.CALL_VERBS:
        return _inside_what_is_called_for(root)
    # "called [for a strike] [on Monday]", "called [for a day of mourning] [on Wednesday]": the
    # action named before the day
    return not _pluperfect(host) and _calls_for_an_action(host, root)


def _proposed_for(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is the day of an event proposed for it.

    "He has proposed a referendum on the contract on Dec. 17", "suggested talks on Monday": the
    verb's object is an event (a vote, a meeting, a strike) named before the day, so the day is the
    event's, after the proposal whatever its tense. Not "proposed a new tax on Monday" (no event:
    the day of proposing), nor the past perfect ("had proposed talks on Monday").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    verb = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ != "on" or root.head.dep_ != "prep":
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in date_words.PROPOSE_VERBS or _pluperfect(verb):
        return False
    events = date_words.SCHEDULED_EVENTS | date_words.CALLED_EVENTS
    return any(c.dep_ == "dobj" and c.i < root.i and c.lemma_.lower() in events for c in verb.children)


#: How far up the parse a day may hang below "called for …" (day → on → starting → week → for).
_CALL_DEPTH = 6


#: How far up the parse a day after "from" or "by" may hang below its verb (day → from → mourning → of → days → announced).
_SET_DEPTH = 5


def _set_ahead(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` after "from" or "by" is set ahead of its telling.

    "From Monday, shops close at six": a period that opens on a day ("from" with
    no end: "from … to" is one interval, read before) and whose verb is in the
    simple present is an arrangement still to come. "The ministry announced
    three days of mourning from Wednesday", "declared a curfew from Saturday":
    what a verb of announcing or imposing sets going from a day starts after it
    is announced (``lang/en/dates/start_verbs.txt``); "promised full results by
    Friday", "pledged elections by Sunday": what is promised by a day lies
    ahead of the promise (``promise_verbs.txt``). Not in the past perfect ("had
    announced a ban from Monday"), not "from Monday, protesters blocked the
    roads", not "had cleared the square by Friday", nor a day that is a
    possessive ("from Saturday's blasts"). Walks a few steps up the parse.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"from", "by"}:
        return False
    verbs = date_words.START_VERBS if prep.lower_ == "from" else date_words.PROMISE_VERBS
    node = prep
    for _ in range(_SET_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            if _pluperfect(head):
                return False
            if head.lemma_.lower() in verbs:
                return True
            return (
                prep.lower_ == "from"
                and node.i == prep.i
                and head.tag_ in {"VBZ", "VBP"}
                and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
            )
        node = head
    return False


def _inside_what_is_called_for(day: Token) -> bool:
    """Whether *day* hangs further below "called for …" than the verb's own "on": "called for a week
    of protests starting on Monday", "called for a new march at 6 pm on Thursday".

    The walk up the parse passes nouns, prepositions and a participle that
    starts the action ("starting", "beginning"), and stops at any other verb. At
    the verb of calling, what is called for must be an action (a march, "a week
    of protests") named before the day, so that "called for calm on Thursday"
    stays the day of the call. Bounded: a few steps up.
    """
    node = day
    for _ in range(_CALL_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            if head.lemma_.lower() in date_words.CALL_VERBS:
                return not _pluperfect(head) and _calls_for_an_action(head, day)
            if head.tag_ != "VBG" or head.dep_ not in {"advcl", "acl", "xcomp"}:
                return False
        if head.lower_ == "for" and head.dep_ == "prep":
            verb = head.head
            return (
                verb.pos_ in {"VERB", "AUX"}
                and verb.lemma_.lower() in date_words.CALL_VERBS
                and not _pluperfect(verb)
                and _calls_for_an_action(verb, day)
            )
        node = head
    return False


def _calls_for_an_action(verb: Token, day: Token) -> bool:
    """Whether *verb* ("called") has "for" an action before *day*: "for a strike", "for a week of protests"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i > day.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in date_words.CALLED_EVENTS:
                return True
            if obj.lemma_.lower() == "day" and any(of.lower_ == "of" for of in obj.children):
                return True  # "a day of mourning", "a national day of protest": a day of action
            if any(
                of.lower_ == "of" and any(o.lemma_.lower() in date_words.CALLED_EVENTS for o in of.children)
                for of in obj.children
            ):
                return True
    return False


def _told_as_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` dates a verb in the past perfect ("had started on 5
    February", "had been imposed in November"): before the time the story has reached."""
    verb = _clause_verb(doc, start, end)
    return verb is not None and _pluperfect(verb)


def _pluperfect(verb: Token) -> bool:
    """Whether *verb* is in the past perfect ("had called"): before a past the story tells, so a
    day it gives may have passed too ("had called for protests on Thursday, and thousands marched")."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)
