"""Reading an event's arguments and its modality off the dependency parse.

These helpers answer questions about one trigger in a spaCy parse (English,
ClearNLP-style labels as in ``en_core_web_sm``): who acts (``nsubj``, the
``agent`` of a passive, the subject of the clause a participle or infinitive
hangs from), who is acted upon (``dobj``, ``nsubjpass``, the ``of``-phrase of
a patient noun like "arrest"), and how sure the sentence is (``neg``, modal
auxiliaries, purpose infinitives, conditionals, reporting verbs above it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    token_children,
    token_deps,
    token_heads,
    token_lemmas,
    token_lowers,
    token_pos,
)
from tally.extract.events import lexicon as event_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children of a noun that are not part of its name or description as an actor.
CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "cc", "mark", "dep"})
#: Nouns whose of-phrase names the one who acts ("protests of workers", "build-up of forces");
#: for all other event nouns it names the one acted upon ("arrest of children").
AGENTIVE_NOUN_TYPES = frozenset({"PROTEST", "MOBILIZE", "DEMAND", "CONSULT", "AGREE", "SUPPORT"})


def is_passive(verb: Token) -> bool:
    deps = token_deps(verb.doc)  # no Token per child
    return any(deps[c] in {"nsubjpass", "auxpass"} for c in token_children(verb.doc)[verb.i])


def child(tok: Token, *deps: str) -> Token | None:
    """The first child of *tok* with one of the relations *deps* (a loop, not ``next`` over a generator:
    asked some 300 times per article)."""
    doc = tok.doc
    relations = token_deps(doc)  # a Token only for the child found
    for c in token_children(doc)[tok.i]:
        if relations[c] in deps:
            return doc[c]
    return None


def prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first preposition in *preps* attached to *tok* (never a date)."""
    doc = tok.doc
    deps, lowers = token_deps(doc), token_lowers(doc)  # a Token only for the preposition found
    for i in token_children(doc)[tok.i]:
        if deps[i] in {"prep", "agent", "dative"} and lowers[i] in preps:
            obj = child(doc[i], "pobj") or _gerund_subject(doc[i])
            if obj is not None and not is_time(obj):
                return obj
    return None


def _gerund_subject(prep: Token) -> Token | None:
    """The people a preposition names when the parser reads them as the subject of a gerund after
    it ("opened fire on *protesters* marching towards the palace": "marching" its pcomp, the
    protesters that gerund's subject); round 23."""
    comp = child(prep, "pcomp")
    if comp is None or comp.tag_ != "VBG":
        return None
    subj = child(comp, "nsubj")
    if subj is None or subj.i > comp.i or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return subj


def is_time(tok: Token) -> bool:
    return tok.ent_type_ in {"DATE", "TIME"}


def is_party(tok: Token) -> bool:
    """Whether *tok* heads a phrase naming an actor: a name, a people, a group noun."""
    core = core_noun(tok)
    if is_time(core):
        return False
    if core.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"} or core.pos_ == "PROPN":
        return True
    return core.lemma_.lower() in event_lexicon.GROUP_NOUNS or core.lemma_.lower() in _OFFICE_HOLDERS


#: Heads of a phrase naming one person by office: "his Congolese *counterpart*", "the Lao
#: *president*". Parties as targets only (they make no GROUP entity of their own).
_OFFICE_HOLDERS = frozenset(
    {"counterpart", "president", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch"}
    | {"prince", "pope", "mayor", "governor", "ambassador", "secretary-general"}
    # people by occupation or role and bodies that act as one (never GROUP entities of their
    # own): "blamed *the military*", "questioned *the editor*", "support for *the junta*"
    | {"junta", "military", "navy", "parliament", "senate", "congress", "council", "commission"}
    | {"cabinet", "presidency", "regulator", "ombudsman", "lawmaker", "legislator", "senator"}
    | {"politician", "candidate", "voter", "commander", "chief", "servant", "editor", "publisher"}
    | {"writer", "artist", "poet", "doctor", "nurse", "medic", "trader", "merchant", "driver"}
    | {"fisherman", "pilgrim", "worshipper", "mourner", "bishop", "priest", "imam", "monk"}
    | {"striker", "depositor", "investor", "bank", "bloc", "alliance", "coalition", "agency"}
    | {"committee", "panel", "board", "side"}
)


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


#: Nouns of a stretch of time that an apposition dates a clause by: "the deadliest *day* of …".
SPAN_NOUNS = frozenset({"day", "night", "week", "weekend", "month", "evening", "morning", "anniversary"})


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


def _anti(tok: Token) -> bool:
    """Whether *tok* is the second part of an "anti-" compound the parser split ("anti", "-", "junta")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


def phrase(tok: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by *tok*, without clauses."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ in CUT_DEPS and not (
                c.dep_ == "cc" and cur.i == tok.i and child(tok, "conj") is not None
            ):
                continue
            if (
                c.dep_ == "prep"
                and cur.dep_ != "amod"  # "militants loyal to …"
                and (c.lower_ not in event_lexicon.KEEP_PREPS or (cur.i != tok.i and c.lower_ != "of"))
            ):
                continue
            if c.dep_ == "conj" and cur.i != tok.i:
                continue
            keep.add(c.i)
            stack.append(c)
    start, end = min(keep), max(keep) + 1
    doc = tok.doc
    # the phrase is contiguous up to the first cut on each side of the head
    while start < tok.i and (doc[start].is_punct or doc[start].lower_ in {"and", "or"}):
        start += 1
    while end - 1 > tok.i and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"and", "or"}):
        end -= 1
    for i in range(tok.i + 1, end):
        if i not in keep:
            end = i
            break
    i = tok.i - 1
    while i >= start:
        if i not in keep:
            opening = _acronym_before(doc, i)
            if opening is not None and opening - 1 >= start and opening - 1 in keep:
                i = opening - 1  # "Kachin Independence Army (KIA) troops": the name's acronym is in it
                continue
            start = i + 1
            break
        i -= 1
    return start, end


def _acronym_before(doc: Doc, close: int) -> int | None:
    """The index of the "(" of a bracketed acronym or short name that ends at *close* (a ")"), at
    most three tokens inside: ACLED and the press name a group with its acronym before the head
    noun ("Allied Democratic Forces (ADF) rebels"), which keeps the group's name in the phrase."""
    if doc[close].text != ")":
        return None
    for j in range(close - 1, max(close - 5, -1), -1):
        if doc[j].text == "(":
            return j if j < close - 1 else None
        if doc[j].is_punct:
            return None
    return None


def core_noun(tok: Token) -> Token:
    """The noun naming who is meant: through "numbers of" to "protesters"."""
    if tok.lemma_.lower() in event_lexicon.QUANTITY_HEADS or tok.pos_ == "NUM":
        of = prep_object(tok, frozenset({"of"}))
        if of is not None:
            return of
    return tok


def core_span(tok: Token) -> tuple[int, int]:
    """Token range of the head noun with its adjacent compounds and adjectives ("security forces")."""
    start = tok.i
    while start > 0:
        prev = tok.doc[start - 1]
        if (
            prev.head.i == tok.i
            and prev.dep_ in {"compound", "amod"}
            or (prev.dep_ == "compound" and prev.head.i == start)
        ):
            start -= 1
        else:
            break
    return start, tok.i + 1


def aux_lowers(verb: Token) -> set[str]:
    deps, lowers = token_deps(verb.doc), token_lowers(verb.doc)  # no Token per child
    return {lowers[c] for c in token_children(verb.doc)[verb.i] if deps[c] in {"aux", "auxpass"}}


def is_negated(tok: Token) -> bool:
    deps, children = token_deps(tok.doc), token_children(tok.doc)[tok.i]  # no Token per child
    if any(deps[c] == "neg" for c in children):
        return True
    lowers = token_lowers(tok.doc)
    return any(deps[c] == "det" and lowers[c] == "no" for c in children)


#: Subjects that deny the act of their verb: "*nobody* was arrested", "*none* of them was held".
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone"})


def has_negative_subject(verb: Token) -> bool:
    """Whether *verb*'s subject says nobody did or underwent it: "nobody", "none (of …)", "no
    one", or a noun with "no" ("no protesters were detained"); round 23."""
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is None:
        return False
    if subj.lower_ in _NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def is_future(verb: Token, auxes: set[str] | None = None) -> bool:
    """Will/would, "be going to", or the complement of an intention ("plan to", "ready to").

    *auxes*: the verb's :func:`aux_lowers` when the caller has them (read once for both
    this test and :func:`has_obligation`, asked of every verb)."""
    if auxes is None:
        auxes = aux_lowers(verb)
    if auxes & event_lexicon.FUTURE_MODALS:
        return True
    if verb.dep_ != "xcomp":
        return False  # asked of every verb: the head's Token is made only for a complement
    head = verb.head
    if head.i != verb.i:
        if head.lemma_.lower() in event_lexicon.INTENT or head.lower_ == "going":
            return True
        if head.pos_ == "ADJ" and head.head.i != head.i:
            return is_future(head.head)  # "we'll be able to show": the modal is on "be"
        if head.lemma_.lower() in event_lexicon.PASS_THROUGH:
            return is_future(head)
    return False


def grammatical_subject(verb: Token) -> Token | None:
    """The subject of *verb*, or of the clause an infinitive complement completes."""
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return subj
    head = verb.head
    if head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head
    return child(head, "nsubj", "nsubjpass")


def has_obligation(verb: Token, auxes: set[str] | None = None) -> bool:
    """Must/should/have to/need to; *auxes* as for :func:`is_future`."""
    if (aux_lowers(verb) if auxes is None else auxes) & event_lexicon.OBLIGATION_MODALS:
        return True
    if verb.dep_ != "xcomp":
        return False  # asked of every verb: the head's Token is made only for a complement
    return verb.head.lemma_.lower() in {"have", "need"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose: "(in order) to counter possible unrest"."""
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.head.lower_ == "order" and verb.head.head.lower_ == "in"


def is_hypothetical(tok: Token) -> bool:
    """A conditional, a possibility modal, or an event only feared or guarded against."""
    if aux_lowers(tok) & event_lexicon.POSSIBILITY_MODALS:
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in tok.children):
        return True
    if any(
        c.dep_ == "amod" and c.lemma_.lower() in event_lexicon.HYPOTHETICAL_MODIFIERS for c in tok.children
    ):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return (
        head.i != tok.i
        and tok.dep_ in {"dobj", "pobj"}
        and head.lemma_.lower() in event_lexicon.HYPOTHETICAL_GOVERNORS
    )


#: Auxiliaries that open a clause of condition put before its subject: "*should* the army attack".
_INVERTED_CONDITION = frozenset({"should", "were", "had"})


def conditional_clause(verb: Token) -> bool:
    """Whether *verb* heads a clause of condition: "*if* the strike goes ahead", "*unless* wages are
    paid", or one opened by "should", "were" or "had" before its subject ("*should* the army launch
    an offensive, …", "*were* they to be invaded"); round 39."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return True
    if verb.dep_ != "advcl":
        return False
    first = verb.left_edge.i
    return any(
        c.i == first and c.dep_ in {"aux", "auxpass"} and c.lower_ in _INVERTED_CONDITION
        for c in verb.children
    )


def in_conditional_clause(noun: Token) -> bool:
    """An event noun, bare or indefinite, that is the subject of a clause of condition or the object
    of its preposition: "if *a strike* goes ahead", "should Russia come under *attack*" (round 39).
    A definite or possessed one ("if *the* strike continues") and the patient of the condition ("if
    sanctions are lifted", "if they lift the sanctions") name acts that are real."""
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an", "any"}) for c in noun.children
    ):
        return False
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ != "nsubj":
        return False
    return gov.i != noun.i and gov.pos_ in {"VERB", "AUX"} and conditional_clause(gov)


def may_be_done(tok: Token) -> bool:
    """An act named as what someone has the right, power, permission or choice to do: the
    "to"-infinitive or "of"-gerund of a noun of :data:`MODAL_NOUNS` ("the right *to protest*",
    "permission *to resume* air strikes", "the option *of closing* the square"), or a verb
    coordinated with one ("the right to assemble and *march*"). A right or chance exercised
    ("exercised their right to march") names an act done (round 39)."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        noun = tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        noun = tok.head.head
    else:
        return False
    if noun.lemma_.lower() not in event_lexicon.MODAL_NOUNS:
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in event_lexicon.EXERCISE_VERBS)


def reporting_ancestor(tok: Token) -> Token | None:
    """The reporting verb whose complement holds *tok* ("…, officials said")."""
    doc = tok.doc
    # the walk reads the Doc's columns: a Token is made only for the verb or noun returned
    heads, deps, lemmas = token_heads(doc), token_deps(doc), token_lemmas(doc)
    cur = tok.i
    for _ in range(8):  # a root is its own head: the walk stays on it, as on a Token
        head = heads[cur]
        if lemmas[head] in event_lexicon.REPORTING and deps[cur] in {
            "ccomp",
            "xcomp",
            "dobj",
            "conj",
            "advcl",
        }:
            return doc[head]
        if lemmas[head] in event_lexicon.REPORTING_NOUNS and deps[cur] in {"acl", "ccomp", "relcl"}:
            return doc[heads[head]] if token_pos(doc)[heads[head]] in {"VERB", "AUX"} else doc[head]
        # "X did Y, officials said": the reporting verb is a parataxis/ccomp child of the root
        cur = head
    return None


def reporting_child(root: Token) -> Token | None:
    """A reporting verb attached under the main clause ("…, a spokesman said").

    The children's relations and lemmas are read from the Doc's columns (asked for most events):
    a Token is made only for a reporting verb after the root."""
    doc = root.doc
    deps, lemmas = token_deps(doc), token_lemmas(doc)
    for i in token_children(doc)[root.i]:
        if deps[i] in {"parataxis", "ccomp", "advcl"} and lemmas[i] in event_lexicon.REPORTING and i > root.i:
            c = doc[i]
            if child(c, "nsubj") is not None or child(c, "agent") is not None:
                return c
    return None


def according_to(sent: Span) -> bool:
    """Whether *sent* has "according to", read from the Doc's lower forms (asked for most events:
    a list of the sentence's tokens made a Token per word)."""
    lowers = token_lowers(sent.doc)
    last = len(lowers) - 1
    return any(
        lowers[i] == "according" and i < last and lowers[i + 1] == "to" for i in range(sent.start, sent.end)
    )


#: Subjects that make a relative clause a condition, not a report: "anyone who blocks roads".
GENERIC_HEADS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "those", "any"})
#: Verbs whose complement is an act said not to have happened: "denied that it had shelled".
DENIAL_VERBS = frozenset({"deny", "refute"})
#: Verbs that cancel the event noun they take: "called off the rally", "cancelled a march".
CANCEL_VERBS = frozenset({"cancel", "postpone", "abandon", "scrap", "suspend"})


def is_denied(verb: Token) -> bool:
    """The act is the complement of a denial ("X denied that it had …", "denied shelling …")."""
    head = verb.head
    return (
        head.i != verb.i
        and verb.dep_ in {"ccomp", "xcomp", "pcomp", "dobj"}
        and head.lemma_.lower() in DENIAL_VERBS
    )


def is_called_off(verb: Token) -> bool:
    """*verb* cancels what it governs: "called off", "cancelled", "postponed"."""
    lemma = verb.lemma_.lower()
    if lemma in CANCEL_VERBS:
        return True
    return lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


#: Nouns of an act tried or intended, whose "to"-infinitive names the act: "attempts to seize".
ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "plan", "plot"})


def _attempted_act(verb: Token) -> bool:
    """*verb* is the "to"-infinitive of an attempt noun: "attempts *to storm* the parliament"."""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in ATTEMPT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def is_generic_condition(verb: Token) -> bool:
    """A relative clause on a generic or threatened noun: an act that may happen, not one that did.

    "Anyone who blocks roads will be punished", "protesters who occupy the square
    would be arrested": the blocking and occupying are the threat's condition.
    """
    if is_free_relative(verb):
        return True  # "*whoever blocks* the roads will be arrested" (round 21)
    # a participle does as a relative clause does: "anyone *blocking* highways will be arrested"
    attempt = _attempted_act(verb)
    if verb.dep_ != "relcl" and not (verb.dep_ == "acl" and verb.tag_ == "VBG") and not attempt:
        return False
    noun = verb.head
    if noun.lower_ in GENERIC_HEADS:
        return True
    if attempt and any(d.dep_ == "det" and d.lower_ in GENERIC_HEADS | {"every"} for d in noun.children):
        return True  # "*any attempt to* march on the palace will be dealt with firmly"
    governor = noun.head
    if governor.i == noun.i or noun.dep_ not in SUBJECTS | {"dobj"}:
        return False
    return (
        is_future(governor)
        or has_obligation(governor)
        or bool(aux_lowers(governor) & event_lexicon.POSSIBILITY_MODALS)
        # "protesters who are arrested *face* up to five years": a class of people (round 39)
        or (
            noun.dep_ in SUBJECTS
            and governor.tag_ in {"VBZ", "VBP"}
            and governor.lemma_.lower() in event_lexicon.FACING_VERBS
        )
    )


#: How far up a word is followed to the clause on a generic noun that may hold it.
_CONDITION_DEPTH = 8


def generic_condition_governor(tok: Token) -> Token | None:
    """The verb whose condition *tok* is part of, deep inside a clause on a generic noun:
    "anyone *found carrying banners at the march* would be prosecuted", "anyone *caught with a knife
    at the rally* would be detained": the march and the carrying are the threat's condition, as
    the clause is (round 24). The clause is a participle or relative clause on the generic noun
    (governed by the noun's head) or a clause subject whose own subject is generic (as the parser
    reads "anyone caught …"; governed by its head). A bounded walk up the heads
    (:data:`_CONDITION_DEPTH`)."""
    doc = tok.doc
    # the walk reads the Doc's columns: a Token is made only for the verb returned
    heads, deps, lowers, children = token_heads(doc), token_deps(doc), token_lowers(doc), token_children(doc)
    cur = tok.i
    for _ in range(_CONDITION_DEPTH):  # a root is its own head: the walk stays on it, as on a Token
        if deps[cur] in {"relcl", "acl"} and lowers[heads[cur]] in GENERIC_HEADS:
            return doc[heads[heads[cur]]]
        if deps[cur] in {"csubj", "csubjpass"} and any(
            deps[c] in SUBJECTS and lowers[c] in GENERIC_HEADS for c in children[cur]
        ):
            return doc[heads[cur]]
        cur = heads[cur]
    return None


#: Pronouns that open a free relative clause: "*whoever* blocks the roads".
_FREE_RELATIVE_PRONOUNS = frozenset({"whoever", "whomever"})


def is_free_relative(verb: Token) -> bool:
    """A clause subject opened by "whoever": "Whoever blocks the roads will be arrested", whose
    act is the condition of what the main verb says will happen (round 21)."""
    if verb.dep_ not in {"csubj", "csubjpass"}:
        return False
    return any(c.dep_ in SUBJECTS and c.lower_ in _FREE_RELATIVE_PRONOUNS for c in verb.children)


def condition_governor(verb: Token) -> Token:
    """The verb whose condition a generic act is: the clause's own head for a free relative
    ("whoever blocks … *will be arrested*"), the head of the generic noun otherwise ("anyone who
    blocks … *will be punished*")."""
    return verb.head if is_free_relative(verb) else verb.head.head


def small_clause(verb: Token) -> tuple[Token, Token] | None:
    """(the object, its predicate) of a verb whose object the parser hangs as the subject of an
    adjective complement: "freed [all the passengers unharmed]", "set [the prisoners free]",
    "beat [the student unconscious]" (the object made a ``nsubj`` of a ``ccomp``/``oprd`` adjective).
    None when the verb has an object of its own or no such complement (round 46)."""
    if child(verb, "dobj") is not None:
        return None
    for c in verb.children:
        if c.dep_ in {"ccomp", "oprd"} and c.pos_ == "ADJ" and c.i > verb.i:
            subject = child(c, "nsubj")
            if subject is not None and verb.i < subject.i < c.i:
                return subject, c
    return None
