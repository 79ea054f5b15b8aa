"""Reading an event's arguments off the dependency parse.

These helpers answer questions about one trigger in a spaCy parse (English,
ClearNLP-style labels as in ``en_core_web_sm``): who acts (``nsubj``, the
``agent`` of a passive, the subject of the clause a participle or infinitive
hangs from) and who is acted upon (``dobj``, ``nsubjpass``, the ``of``-phrase
of a patient noun like "arrest"). How sure the sentence is (``neg``, modal
auxiliaries, purpose infinitives, conditionals, reporting verbs above it) is
:mod:`.modal_syntax`; the basic questions both ask (a token's first child by
relation, its phrase, whether it names a party) are :mod:`.phrases`. This
module re-exports both, so a reader asks ``event_syntax`` for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    is_passive,
    token_children,
    token_deps,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events.modal_syntax import (
    ATTEMPT_NOUNS,
    CANCEL_VERBS,
    DENIAL_VERBS,
    GENERIC_HEADS,
    according_to,
    aux_lowers,
    condition_governor,
    conditional_clause,
    generic_condition_governor,
    grammatical_subject,
    has_negative_subject,
    has_obligation,
    in_conditional_clause,
    is_aim_of_noun,
    is_awaited,
    is_called_off,
    is_counterfactual,
    is_denied,
    is_free_relative,
    is_future,
    is_generic_condition,
    is_hypothetical,
    is_intended_on,
    is_negated,
    is_proposed,
    is_purpose,
    is_sought_outcome,
    may_be_done,
    reporting_ancestor,
    reporting_child,
    small_clause,
)
from tally.extract.events.phrases import (
    AGENTIVE_NOUN_TYPES,
    CUT_DEPS,
    SPAN_NOUNS,
    SUBJECTS,
    _anti,
    child,
    core_noun,
    core_span,
    is_party,
    is_time,
    phrase,
    prep_object,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The parse's questions about an event's trigger; those of :mod:`.phrases` and :mod:`.modal_syntax`
#: are re-exported, so readers ask them all of one module (``event_syntax.is_future``).
__all__ = [
    "AGENTIVE_NOUN_TYPES",
    "ATTEMPT_NOUNS",
    "CANCEL_VERBS",
    "CUT_DEPS",
    "DENIAL_VERBS",
    "GENERIC_HEADS",
    "SPAN_NOUNS",
    "SUBJECTS",
    "according_to",
    "aux_lowers",
    "bare_participle_subject",
    "child",
    "clause_object",
    "clause_subject",
    "condition_governor",
    "conditional_clause",
    "core_noun",
    "core_span",
    "generic_condition_governor",
    "grammatical_subject",
    "has_negative_subject",
    "has_obligation",
    "in_conditional_clause",
    "is_aim_of_noun",
    "is_called_off",
    "is_counterfactual",
    "is_denied",
    "is_free_relative",
    "is_future",
    "is_generic_condition",
    "is_awaited",
    "is_hypothetical",
    "is_intended_on",
    "is_proposed",
    "is_negated",
    "is_party",
    "is_passive",
    "is_purpose",
    "is_time",
    "made_to_act",
    "is_sought_outcome",
    "may_be_done",
    "nearest_subject",
    "noun_arguments",
    "party_in",
    "phrase",
    "prep_object",
    "reporting_ancestor",
    "reporting_child",
    "small_clause",
]


def party_in(noun: Token) -> Token | None:
    """The party inside a thing: "Haiti's efforts", "calls by Belarus's rulers", "a U.S. request"."""
    for c in noun.children:
        # "Tuesday's vote", "last week's attack": a date owns nothing
        if c.dep_ == "poss" and c.lower_ not in event_lexicon.PRONOUNS and not is_time(c):
            return c
    # "with": a relation noun's counterpart ("ties with Uganda", "intelligence with Togo");
    # every such phrase is tried, not the first: "an offer of mediation *from the Vatican*"
    preps = frozenset({"by", "from", "of", "to", "for", "against", "on", "with"})
    for c in noun.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            found = child(c, "pobj")
            if found is not None and not is_time(found) and is_party(found):
                return found
    # one level down, where the parser hangs the party on the thing's own noun:
    # "a request for talks *from the separatist leaders*"
    inner = prep_object(noun, frozenset({"for", "of"}))
    if inner is not None and not is_party(inner):
        for c in inner.children:
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}:
                found = child(c, "pobj")
                if found is not None and is_party(found):
                    return found
    for c in noun.children:
        if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i and c.ent_type_ in {"GPE", "NORP", "ORG"}:
            return c
    return None


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearer the verb.

    A wire dateline ("NAIROBI, June 26 (Reuters) - Kenyan police fired …") is parsed
    as a second subject before the real one; a clause has one subject, so the
    nearer one is it.
    """
    doc = verb.doc
    deps = token_deps(doc)  # the subjects' indices from the Doc's columns: Tokens only for two
    found = [c for c in token_children(doc)[verb.i] if deps[c] in {"nsubj", "csubj"} and c < verb.i]
    if len(found) > 1:
        first, last = doc[found[0]], doc[found[-1]]
        dashed = any(t.text in {"-", "–", "—", ":"} for t in verb.doc[first.i : last.i])
        if dashed:  # "DUBAI (AFP) - Iran on Monday hanged …": the dash ends the dateline
            return last
        if first.lemma_.lower() in SPAN_NOUNS or is_time(first):
            # "On 27 March, the deadliest day of the protests, security forces killed …": a
            # phrase of time set off before the subject dates the clause (round 22)
            return last
    return child(verb, "nsubj", "csubj")


#: Words that open a gerund adjunct of time: "while marching", "after joining a protest".
_ADJUNCT_TIME_WORDS = frozenset({"while", "whilst", "when", "after", "before"})


def _passive_adjunct_subject(verb: Token) -> Token | None:
    """The subject of a gerund adjunct of time on a passive verb is the passive's subject, not its
    agent: "a student was shot dead by police *while taking part* in a march" (the student took
    part), "three men were detained by soldiers *after joining* a sit-in". A purpose infinitive
    ("was fired by police to disperse …") keeps the agent, and so does any active verb."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl":
        head = verb.head
        timed = any(m.dep_ in {"mark", "advmod"} and m.lower_ in _ADJUNCT_TIME_WORDS for m in verb.children)
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        head = verb.head.head
        timed = verb.head.lower_ in _ADJUNCT_TIME_WORDS
    else:
        return None
    if not timed or head.i == verb.i or not is_passive(head):
        return None
    return child(head, "nsubjpass")


def bare_participle_subject(verb: Token) -> Token | None:
    """The subject the parser gives a past participle with no auxiliary, which is its patient: in the
    headlines "Local man *arrested* after standoff", "Mum *jailed* for fake passport" and in "for
    having *him killed*" a participle with no "has" or "was" is no active verb (round 39). None where
    the participle has an auxiliary, an object or no subject right before it, and for a verb that may
    stand without an object (``headline_passive_verbs.txt`` lists those that may not)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in event_lexicon.HEADLINE_PASSIVE_VERBS:
        return None
    # where the parser may have tagged a past tense VBN: a relative clause ("a pledge he *made*"), a
    # reported clause ("said the rustlers *raided*"), a second verb ("and all *evacuated*")
    if verb.dep_ not in {"ROOT", "acl"} and not (
        verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SMALL_CLAUSE_VERBS
    ):
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass", "dative"} for c in verb.children):
        return None
    subj = child(verb, "nsubj")
    # the participle right after its noun: "Local man *arrested*", not "groups this week called"
    if subj is None or subj.right_edge.i != verb.i - 1 or subj.lower_ in {"who", "that", "which"}:
        return None
    return subj


#: Verbs that take a participle clause: "having *him killed*", "have seen *mementoes stolen*".
_SMALL_CLAUSE_VERBS = frozenset({"have", "get", "see", "find", "want", "leave"})


def clause_subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of *verb*, through control ("agreed to X"), coordination and participles."""
    if depth > 6:
        return None
    if bare_participle_subject(verb) is not None:
        return prep_object(verb, frozenset({"by"}))  # "Man *arrested* by police": the agent
    if is_passive(verb):
        agent = prep_object(verb, frozenset({"by"})) or _shared_agent(verb) or _stranded_agent(verb)
        if agent is not None:
            return agent
    subj = nearest_subject(verb)
    if subj is not None:
        if subj.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
            return verb.head
        return subj
    if is_passive(verb):
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    patient = _passive_adjunct_subject(verb)
    if patient is not None:
        return patient
    matrix = _free_adjunct_matrix(verb)
    if matrix is not None:
        return clause_subject(matrix, depth + 1)
    if verb.dep_ == "xcomp" and is_passive(head) and child(head, "nsubjpass") is not None:
        # "the minister *is expected to* meet …", "was forced to resign": the passive's subject
        # is the one who does the complement's act, not the (unnamed) one who expects or forces
        return child(head, "nsubjpass")
    made = made_to_act(verb)
    if made is not None:
        return made
    if verb.dep_ in {"xcomp", "advcl", "conj", "pcomp"} and head.pos_ in {"VERB", "AUX"}:
        return clause_subject(head, depth + 1)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head.i != head.i:
        return clause_subject(head.head, depth + 1)
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and verb.tag_ == "VBG":
        return head
    if _stacked_main_verb(verb):
        return verb.sent.root  # "relatives of a man killed by police protested …": the relatives
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and _acts_upon(verb):
        # "residents in Saran district set upon a man": the parser may hang the verb on the place
        # of the people who acted; the actor is the noun that place belongs to
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head.head
        return head
    return None


#: Verbs of coercion whose object does the act of their complement: "forced *him* to chant".
_COERCING_VERBS = frozenset({"force", "compel", "coerce", "oblige", "make"})


def made_to_act(verb: Token) -> Token | None:
    """The object of a verb of coercion whose complement *verb* is: in "beat a vendor and forced
    *him* to chant slogans" the vendor chants, not the ones who force him (object control)."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or head.i == verb.i or head.lemma_.lower() not in _COERCING_VERBS:
        return None
    obj = child(head, "dobj")
    return obj if obj is not None and obj.i < verb.i else None


def _free_adjunct_matrix(verb: Token) -> Token | None:
    """The main verb of a sentence-final "…, killing three" that the parser hung on a participle
    describing a noun: in "soldiers fired at protesters *calling for* his release, *killing* three"
    the parser makes "killing" a clause of "calling", but an -ing clause set off by a comma after its
    clause is a free adjunct of the clause's main verb, and its subject is that verb's ("soldiers")."""
    head = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "acl" and head.i < verb.i):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    up = head.head
    for _ in range(6):
        if up.pos_ in {"VERB", "AUX"} and up.dep_ not in {"acl", "relcl", "amod"}:
            return up
        if up.head.i == up.i:
            return None
        up = up.head
    return None


def _shared_agent(verb: Token) -> Token | None:
    """The agent of coordinated passives, said once after the last: "two men were *beaten* and set
    on fire *by a crowd*" (the parser hangs "by a crowd" on "set", the second participle)."""
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN":
            agent = prep_object(c, frozenset({"by"}))
            if agent is not None:
                return agent
    return None


def _stranded_agent(verb: Token) -> Token | None:
    """The agent of a passive that the parser hung on the noun of the verb's last phrase: in
    "villages were supplied *with food by army helicopters*" and "aid was delivered *to the
    town by a convoy*" "by …" closes the clause but hangs on "food" and "town". Only a "by"
    that ends the clause and names a party is read so ("a film by X" is no agent of "shown")."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        noun = child(prep, "pobj")
        if noun is None:
            continue
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        agent = child(by, "pobj") if by is not None else None
        if agent is None or not (is_party(agent) or _crewed_by_party(agent)):
            continue
        if any(t.dep_ in {"prep", "agent"} and t.i > agent.i for t in verb.children):
            continue  # a phrase after it: "by" is not the clause's last
        return agent
    return None


#: Crewed things that act for whoever runs them: "by army helicopters", "by a Red Crescent convoy".
_CREWED = frozenset({"helicopter", "aircraft", "plane", "convoy", "team", "vessel", "ship", "truck"})


def _crewed_by_party(noun: Token) -> bool:
    """Whether *noun* is a crewed thing of a named side ("army helicopters", "a Red Crescent
    convoy"): its crew act, so the phrase names the actor."""
    core = core_noun(noun)
    if core.lemma_.lower() not in _CREWED:
        return False
    return any(
        c.dep_ in {"compound", "amod", "poss"} and (is_party(c) or c.lower_ == "army") for c in core.children
    )


def _stacked_main_verb(verb: Token) -> bool:
    """Whether a participle the parser hung on the agent of another participle is the sentence's
    main verb: in "relatives of a man killed by police protested in Mombasa" the parser, with no
    verb at the root, reads "protested" as a second participle of "police"; a second past
    participle right on an agent ("a man killed by police *protested*") is the verb of the root
    noun ("relatives"), which is the subject. The passive reading needs a "by"-agent of its own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or prep_object(verb, frozenset({"by"})) is not None:
        return False
    agent = verb.head
    by = agent.head
    if agent.dep_ != "pobj" or by.dep_ != "agent" or by.head.dep_ != "acl":
        return False
    root = verb.sent.root
    return root.pos_ in {"NOUN", "PROPN"} and root.i < by.head.i


def _acts_upon(verb: Token) -> bool:
    """Whether a participle the parser hung on a noun is that noun's own act: "a crowd *set upon*
    two men" (a past participle read as "a crowd [that was] set upon"), told by the object its
    "upon" takes; the passive reading strands the preposition ("a man set upon by a mob").

    So is one with a direct object of its own: "a group of youths *set ablaze* a suspected thief",
    "a crowd *set* ablaze the shop of …" (a passive participle has no object left, save with the
    verbs of giving and telling: "a man *given* a life sentence", "villagers *denied* access")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if prep_object(verb, frozenset({"upon"})) is not None:
        return True
    return child(verb, "dobj") is not None and verb.lemma_.lower() not in _TWO_OBJECT_VERBS


#: Verbs whose passive participle keeps a second object ("given a sentence", "denied bail").
_TWO_OBJECT_VERBS = frozenset(
    {"give", "deny", "award", "grant", "offer", "hand", "sentence", "show", "tell", "send", "allow"}
    | {"promise", "pay", "charge", "fine", "assign", "teach", "ask", "owe", "lend", "serve", "issue"}
)


def clause_object(verb: Token, *, prefer_party: bool = True) -> Token | None:
    """The one *verb* acts upon: object, passive subject, or a directed prepositional object.

    :param prefer_party: for a thing as object ("provided photographs to Macedonia"), take the
        party it goes to or belongs to, as PLOVER codes recipients; off for violence, whose
        target may be a place or building ("shelled the market").
    """
    obj = child(verb, "nsubjpass") or bare_participle_subject(verb)
    if obj is not None:
        if prefer_party and not is_party(obj):
            # "new sanctions were imposed *on the officials*", "aid was delivered *to Gaza*":
            # a passive's thing subject is what is done; the party is its directed object
            directed = prep_object(verb, event_lexicon.TARGET_PREPS - {"by"})
            if directed is not None and is_party(directed):
                return directed
        return obj
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and not _acts_upon(verb)
        and not _stacked_main_verb(verb)
    ):
        return verb.head
    obj = child(verb, "dobj", "dative")
    if obj is not None and is_time(obj):
        obj = None
    directed = prep_object(verb, event_lexicon.TARGET_PREPS)
    for c in verb.children:
        if c.dep_ == "prt" and directed is None:
            directed = prep_object(c, event_lexicon.TARGET_PREPS)
    if obj is not None and prefer_party and not is_party(obj):
        # PLOVER's target is the party acted upon: "provided photographs *to Macedonia*"
        if directed is not None and is_party(directed):
            return directed
        # PLOVER's target is an actor: a thing with no party in it ("shared information",
        # "offered concessions") leaves the target empty
        return party_in(obj)
    return obj or directed


def noun_arguments(noun: Token, event_type: str) -> tuple[Token | None, Token | None]:
    """Actor and target of an event noun from its own modifiers."""
    actor = target = None
    poss = child(noun, "poss")
    if poss is not None:
        actor = poss
        if poss.lower_ in {"its", "their", "his", "her"}:
            # "Iran had its biggest uprising": the possessor is the clause's subject
            verb = noun.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subj = child(verb, "nsubj")
            actor = subj if subj is not None and subj.pos_ != "PRON" else None
    of = prep_object(noun, frozenset({"of"}))
    # "the arrest of the leader *by military intelligence*": the parser may hang the agent
    # on the "of" noun, which a person never takes ("the leader by …" is no phrase)
    by = prep_object(noun, frozenset({"by"})) or (
        prep_object(of, frozenset({"by"})) if of is not None else None
    )
    if by is not None:
        actor = by
    if of is not None:
        if event_type in AGENTIVE_NOUN_TYPES:
            actor = actor or of
        else:
            target = of
    if actor is None:
        # "clashes *between* rival militias", "talks between the two sides": both sides act
        actor = prep_object(noun, frozenset({"between", "among"}))
    directed = prep_object(noun, frozenset({"against", "on", "upon", "at", "into", "toward", "towards"}))
    if directed is not None:
        target = target or directed
    for c in noun.children:
        if (
            actor is None
            and c.i < noun.i
            and c.dep_ in {"compound", "amod", "nmod"}
            and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.lemma_.lower() in event_lexicon.GROUP_NOUNS)
        ):
            if _anti(c):
                # "anti-government protests", "an anti-junta rally": the party protested against
                target = target or c
                continue
            actor = c
            break
    return actor, target
