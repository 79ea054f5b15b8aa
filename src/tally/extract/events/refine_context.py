"""PLOVER's coding rules read from the context: consultations between two sides and where they
meet, mobilisation of a state's own forces, withdrawals, violence and pleas, words that attack
rather than act, attempts and demands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _counterpart, _doer_of, _gazetteer_name, _kind_of
from tally.extract.events.idiom_checks import _armed_side
from tally.extract.events.nouns import _is_event_noun, _noun_key, _object_class, _place_mine
from tally.extract.events.senses import _NAMING_VERBS, _doubted_thing

if TYPE_CHECKING:
    from spacy.tokens import Token


def _two_sided(tok: Token | None) -> bool:
    """An actor of two or more sides: "Israel and Syria", "Indian and Pakistani diplomats"."""
    if tok is None:
        return False
    core = event_syntax.core_noun(tok)
    return any(t.dep_ == "conj" for t in core.subtree if t.i != core.i) or any(
        t.lower_ in {"both", "two", "three"} for t in core.children
    )


def _meeting_place(c: _Cand) -> Token | None:
    """Where a meeting is held: the place of its "in …" phrase, on the noun or its verb, or on
    the meeting noun a verb takes ("resumed *talks in Brussels*", "met for *talks in Istanbul*"),
    where the parser hangs it."""
    parts = [c.head, c.verb]
    meeting = event_syntax.child(c.verb, "dobj") or event_syntax.prep_object(c.verb, frozenset({"for"}))
    if meeting is not None and _is_event_noun(meeting):
        parts.append(meeting)
    for part in parts:
        place = event_syntax.prep_object(part, frozenset({"in", "at"}))
        if place is not None and place.ent_type_ in {"GPE", "LOC", "FAC"}:
            return place
    return None


#: Gatherings of many parties: PLOVER's CONSULT ``multilateral`` mode.
_MULTILATERAL_NOUNS = frozenset({"summit", "conference", "forum", "assembly", "congress"})


def _multilateral(c: _Cand) -> bool:
    """A meeting that is a summit or conference ("met in New Delhi for a two-day summit",
    "held a regional conference"): the trigger's own noun or the one it is for or at."""
    nouns = [t for t in c.tokens if t.pos_ in {"NOUN", "PROPN"}]
    nouns += [o for o in (event_syntax.prep_object(c.verb, frozenset({"for", "at"})),) if o is not None]
    if any(n.lemma_.lower() in _MULTILATERAL_NOUNS for n in nouns):
        return True
    if _members_of_body(c.actor):
        return True
    # a meeting *of* an organisation ("a session of the Organisation of Islamic Cooperation"):
    # the codebook's multilateral context, "typically an alliance or IGO"
    meetings = [*nouns, *(o for o in (event_syntax.child(c.head, "dobj"),) if o is not None)]
    for noun in meetings:
        if noun.lemma_.lower() in event_lexicon.OBJECT_CLASSES["meeting"]:
            owner = event_syntax.prep_object(noun, frozenset({"of"}))
            if owner is not None and owner.ent_type_ == "ORG":
                return True
    return False


#: Who sits for an organisation: "*leaders* of the Southern African Development Community".
_MEMBER_NOUNS = frozenset(
    {"leader", "minister", "member", "head", "envoy", "delegate", "representative", "chief", "official"}
)


def _members_of_body(actor: Token | None) -> bool:
    """Whether the actor is the members of a named organisation ("leaders *of the African
    Union*", "foreign ministers of ASEAN"): when they meet, the organisation meets, the
    codebook's multilateral setting ("typically an alliance or IGO")."""
    if actor is None:
        return False
    core = event_syntax.core_noun(actor)
    if core.lemma_.lower() not in _MEMBER_NOUNS or core.tag_ not in {"NNS", "NNPS"}:
        return False
    body = event_syntax.prep_object(core, frozenset({"of"}))
    return body is not None and body.ent_type_ == "ORG"


def _refine_consult(c: _Cand) -> None:
    """A consultation's mode from who meets where (PLOVER's CONSULT modes).

    Two sides named together meeting "in Geneva" meet at a third location
    (``third-party``); one side meeting another ("met with X", "held talks
    with X") is a visit (``visit``), the codebook's mode for a meeting between
    two parties where no other is stated. Modes the trigger gives (host,
    phone, summit) stay.
    """
    if c.type != "CONSULT" or c.mode is not None or c.lemma in {"mediate", "mediation"}:
        return
    if _multilateral(c):
        c.mode = "multilateral"
    elif _two_sided(c.actor) and _meeting_place(c) is not None:
        c.mode = "third-party"
    elif c.target is not None and event_syntax.is_party(c.target):
        c.mode = _whose_ground(c) or "visit"


#: Verbs of a third party bringing others to the table: "brokered talks between …".
#: (Hosting is the codebook's own mode, ``host``, and stays with the host verb.)
_MEDIATING_VERBS = frozenset({"broker", "facilitate", "mediate", "sponsor", "arrange"})


def _mediated_talks(c: _Cand) -> None:
    """Talks "between" two sides that a third brokers, facilitates or hosts are PLOVER's CONSULT
    ``third-party``, the mediator its actor: "Switzerland brokered negotiations between the
    government and the rebels" (the sides talking are not who acts)."""
    if c.type != "CONSULT" or c.kind != "noun" or c.head.dep_ != "dobj":
        return
    verb = c.head.head
    between = event_syntax.prep_object(c.head, frozenset({"between"}))
    mediator = event_syntax.clause_subject(verb)
    if verb.lemma_.lower() not in _MEDIATING_VERBS or between is None or mediator is None:
        return
    c.mode, c.actor, c.target = "third-party", mediator, between


def _whose_ground(c: _Cand) -> str | None:
    """Whose country a two-party meeting is held in, when its place and both parties' countries
    are named: the actor's ("Egypt's foreign minister held talks with his Algerian counterpart
    *in Cairo*") is ``host``, the target's ``visit``, a third one ("Algerian officials consulted
    Moroccan diplomats *in Madrid*") ``third-party``, the codebook's three settings."""
    if c.actor is None or c.target is None:
        return None
    place = _place_nearby(c)
    if place is None:
        return None
    where = _country_of_place(place)
    own, other = _country_of_party(c.actor), _country_of_party(c.target)
    if where is None or own is None or other is None or own == other:
        return None
    if where == own:
        return "host"
    return "visit" if where == other else "third-party"


def _place_nearby(c: _Cand) -> Token | None:
    """A meeting's place the parser hung elsewhere: on the one met ("his counterpart *in
    Cairo*") or on the meeting noun of a "during" phrase ("during a meeting *in Madrid*")."""
    holders = [c.head, c.verb]
    if c.target is not None:
        holders.append(c.target)
    during = event_syntax.prep_object(c.verb, frozenset({"during", "at"}))
    if during is not None:
        holders.append(during)
    for holder in holders:
        place = event_syntax.prep_object(holder, frozenset({"in", "at"}))
        # the small model tags capitals unevenly ("in Tunis" as a people): a proper name will do
        if place is not None and (place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN"):
            return place
    return None


def _country_of_place(place: Token) -> str | None:
    """The country of a named place: itself, or the most populous town of that name."""
    from tally.resources.gazetteer import load_gazetteer

    name = " ".join(t.text for t in place.subtree if t.ent_type_ in {"GPE", "LOC", "FAC"}) or place.text
    entries = load_gazetteer().lookup(name)
    best = max(entries, key=lambda e: (e.kind == "country", e.capital, e.population), default=None)
    return best.country if best is not None else None


def _country_of_party(party: Token) -> str | None:
    """The country a party's phrase names: "*Egypt's* foreign minister", "his *Algerian*
    counterpart", "*Cairo*" (a capital speaks for its state)."""
    from tally.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for tok in event_syntax.core_noun(party).subtree:
        if tok.pos_ not in {"PROPN", "ADJ"} and not tok.ent_type_:
            continue
        entry = gaz.demonym(tok.text)  # "Algerian", "Ugandan" (tagged a people, an org or none)
        if entry is not None:
            return entry.country
        if tok.ent_type_ == "GPE":
            return _country_of_place(tok)
    return None


def _positions_taken(c: _Cand) -> None:
    """Forces that "took up positions" around a place are deployed there (MOBILIZE), not taking
    ground from an enemy: the particle "up" with "positions" names a deployment."""
    if c.lemma != "take" or c.target is None or c.type != "FIGHT":
        return
    if event_syntax.core_noun(c.target).lemma_.lower() != "position":
        return
    if any(ch.dep_ == "prt" and ch.lower_ == "up" for ch in c.head.children):
        c.type, c.mode, c.target = "MOBILIZE", "troops", None


#: Verbs that stop a body or a measure: disbanding or suspending one's own force eases repression.
_LIFTING_VERBS = frozenset({"disband", "suspend", "dissolve"})


def _own_coercion_lifted(c: _Cand) -> None:
    """A government that disbands or suspends its own police unit concedes (PLOVER CONCEDE: the
    codebook's easing of repression), where rebels disbanding their units demobilise (RETREAT)
    and a suspended party or aid is a ban or a sanction: "the interior minister disbanded the
    riot police unit", "the president suspended the morality police"."""
    if c.lemma not in _LIFTING_VERBS or c.kind not in {"verb", "object"} or c.type == "CONCEDE":
        return
    obj = event_syntax.child(c.head, "dobj", "nsubjpass")
    if obj is None or _kind_of(obj) != "state" or _object_class(obj) not in {"forces", "security"}:
        return  # "suspended military aid": aid, not a force, is what is stopped
    if c.actor is not None and _kind_of(c.actor) == "armed":
        return
    c.type, c.mode, c.target = "CONCEDE", None, None


def _refine_mobilize(c: _Cand) -> None:
    """Police or security units mobilised are PLOVER's ``police`` mode, armies ``troops``."""
    if c.type != "MOBILIZE":
        return
    words = {t.lemma_.lower() for t in c.tokens}
    for arg in (c.actor, c.target):
        if arg is not None:
            if _army_head(arg):
                return  # "6,000 National Guard *troops*": the head says soldiers, whoever's they are
            words.update(t.lemma_.lower() for t in arg.subtree)
    if words & event_lexicon.OBJECT_CLASSES["security"]:
        c.mode = "police"


#: Heads of forces that say nothing of which kind: "security *forces*", "police *units*".
_GENERIC_FORCE_HEADS = frozenset({"force", "unit", "personnel", "officer", "reinforcement", "guard"})


def _army_head(arg: Token) -> bool:
    """Whether a party's head noun names soldiers ("National Guard *troops*", "riot-police
    *soldiers*"): a compound before it names whose they are, not that they are police."""
    head = event_syntax.core_noun(arg).lemma_.lower()
    forces = event_lexicon.OBJECT_CLASSES["forces"]
    return head in forces and head not in event_lexicon.OBJECT_CLASSES["security"] | _GENERIC_FORCE_HEADS


#: Possessives that make the forces moved the mover's own: "withdrew *its* forces".
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def _own_forces(c: _Cand) -> bool:
    """Whether the event's target is the force the actor itself moves: troops deployed, sent
    or stationed (MOBILIZE), or "its forces" pulled back (RETREAT)."""
    if c.target is None or c.type not in {"MOBILIZE", "RETREAT"}:
        return False
    if _object_class(c.target) not in {"forces", "security"}:
        return False
    if _counterpart(c.target):
        return False  # "patrols *with African Union forces*": the partner's forces, not one's own
    if c.type == "MOBILIZE":
        return True
    # a release frees captured soldiers (their target); a withdrawal moves one's own
    own = any(ch.dep_ == "poss" and ch.lower_ in _OWN_POSSESSIVES for ch in c.target.children)
    return own or c.lemma in event_lexicon.WITHDRAW_WORDS


#: Prepositions of where forces are moved from, to or kept: "withdrew its forces *from Congo*".
_FORCE_PLACE_PREPS = frozenset({"in", "from", "into", "to", "inside", "out"})


def _refine_own_forces(c: _Cand) -> None:
    """The forces an actor moves are its means, not the one acted upon: "Serbia sent *troops*
    to the border", "troops were deployed by the army". The target is the party faced
    ("massed troops *against* …"), else the country or region the forces are moved from, to or
    kept in, as PLOVER's coders name it ("strengthened its forces *in Lebanon*", "the
    withdrawal of forces *from Panama*"), else none."""
    if not _own_forces(c) or c.target is None:
        return
    forces = c.target
    faced = event_syntax.prep_object(c.head, frozenset({"against", "toward", "towards"}))
    if faced is not None and event_syntax.is_party(faced):
        c.target = faced
        return
    c.target = None
    for part in (forces, c.head):
        place = event_syntax.prep_object(part, _FORCE_PLACE_PREPS | {"near", "along", "on", "at"})
        if place is None:
            continue
        if place.ent_type_ in {"GPE", "LOC"} or _gazetteer_name(place):
            c.target = place
            return
        # "massed tanks near *the border with Ukraine*": the neighbour across the border
        across = event_syntax.prep_object(place, frozenset({"with"}))
        if (
            place.lemma_.lower() in {"border", "frontier"}
            and across is not None
            and event_syntax.is_party(across)
        ):
            c.target = across
            return


#: Nouns of a frontier whose "with" party is the neighbour across it.
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _border_faced(c: _Cand) -> None:
    """Forces or arms massed at a frontier face the neighbour across it: "massed tanks near *the
    border with Ukraine*", "reinforced its border with *Syria*" (the target PLOVER's coders name
    for forces moved to a place, "strengthened its forces *in Lebanon*")."""
    if c.type != "MOBILIZE" or c.kind not in {"verb", "object", "phrasal"}:
        return
    obj = event_syntax.child(c.head, "dobj")
    places = [obj] if obj is not None else []
    for part in (c.head, obj):
        if part is not None:
            places += [
                found
                for ch in part.children
                if ch.dep_ == "prep" and (found := event_syntax.child(ch, "pobj")) is not None
            ]
    for place in places:
        if place.lemma_.lower() not in _BORDER_NOUNS:
            continue
        across = event_syntax.prep_object(place, frozenset({"with"}))
        if across is not None and event_syntax.is_party(across):
            c.target = across
            return


def _withdrawn_from(c: _Cand) -> None:
    """A side that withdraws itself ("rebels *pulled out of* the town of Bunagana", "soldiers
    withdrew *from* the streets of Santiago") retreats from that place, which PLOVER's coders
    name as the target as they do for forces withdrawn from a country."""
    if c.type != "RETREAT" or c.target is not None or c.lemma not in event_lexicon.WITHDRAW_WORDS:
        return
    if c.kind not in {"verb", "phrasal"} or event_syntax.child(c.head, "dobj") is not None:
        return
    place = event_syntax.prep_object(c.head, frozenset({"from", "of"}))
    if place is None:
        out = next((ch for ch in c.head.children if ch.lower_ == "out"), None)
        place = event_syntax.prep_object(out, frozenset({"of"})) if out is not None else None
    if place is not None and _named_place(place):
        c.target = place


def _protesters_of(c: _Cand) -> None:
    """ "Police broke up *a rally by opposition supporters*", "dispersed the students' march":
    force used on a protest is used on those protesting, whom its "by" phrase or possessor
    names (as "condemned the killing of protesters *by police*" names the doer)."""
    if c.type not in {"COERCE", "ASSAULT"} or c.target is None or c.kind == "noun":
        return
    sense = event_lexicon.NOUNS.get(_noun_key(c.target)) if c.target.pos_ == "NOUN" else None
    if sense is None or sense.type != "PROTEST":
        return
    doer = _doer_of(c.target)
    if doer is None and c.head.pos_ == "VERB" and not event_syntax.is_passive(c.head):
        # "dispersed a protest *by nurses*": the parser hangs the noun's "by" on the active verb
        doer = event_syntax.prep_object(c.head, frozenset({"by"}))
    if doer is not None and event_syntax.is_party(doer):
        c.target = doer


def _own_envoy_posted(c: _Cand) -> None:
    """ "Jordan recalled *its* ambassador *to Israel*", "withdrew their envoys from Qatar": one's
    own envoy moved is the means, the state he is posted to the target (PLOVER's coders name the
    state relations are cut with); another state's envoy expelled stays the target."""
    if c.target is None or c.type not in {"SANCTION", "CONSULT", "COOPERATE", "DISAPPROVE"}:
        return
    envoy = c.target
    own = any(ch.dep_ == "poss" and ch.lower_ in _OWN_POSSESSIVES for ch in envoy.children)
    if not own or _object_class(envoy) != "diplomats":
        return
    for holder in (envoy, c.head):
        posted = event_syntax.prep_object(holder, frozenset({"to", "from", "in"}))
        if posted is not None and (event_syntax.is_party(posted) or posted.ent_type_ in {"GPE", "NORP"}):
            c.target = posted
            return
    c.target = None


def _named_place(tok: Token) -> bool:
    """A place with a name: "Kherson", "the town *of Bunagana*", "the streets *of Santiago*"
    (not "positions around the airport": PLOVER's coders name a place or a party)."""
    if tok.ent_type_ in {"GPE", "LOC"} or tok.pos_ == "PROPN":
        return True
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    return of is not None and (of.ent_type_ in {"GPE", "LOC"} or of.pos_ == "PROPN")


def _refine_violence(c: _Cand) -> None:
    """Set the mode of an attack from its weapon, and make it FIGHT for military weapons."""
    if c.type not in {"ASSAULT", "FIGHT"}:
        return
    if _weapon_compound(c):
        return
    scope: list[Token] = [t for t in c.tokens]
    for ch in c.head.children:
        if ch.dep_ in {"nsubj", "nsubjpass", "agent", "prep", "advcl", "compound"}:
            scope.extend(ch.subtree)
    if c.actor is not None:
        scope.extend(c.actor.subtree)
    for t in scope:
        inst = event_lexicon.INSTRUMENTS.get(t.lemma_.lower())
        if inst is None or _place_mine(t):
            continue
        if inst.type == "FIGHT" and c.type == "ASSAULT" and c.mode in {None, "explosives"}:
            c.type, c.mode = "FIGHT", inst.mode
            return
        if c.mode is None:
            c.type, c.mode = inst.type if c.type == "ASSAULT" else c.type, inst.mode
            return
        if c.mode == "explosives" and inst.mode == "suicide-attack":
            c.mode = inst.mode  # "a suicide bomber blew himself up": the codebook's more specific mode
            return


def _plea(c: _Cand) -> None:
    """A plea in court is no appeal (round 38): "pleaded *guilty* to a charge of manslaughter" admits
    the charge (PLOVER CONCEDE), "pleaded *not guilty*", "entered a plea *of not guilty*", "pleaded
    *innocent*" reject it (REJECT); "pleaded with residents to stay indoors" stays DEMAND. The plea's
    word (``plea_words.json``) is the verb's complement or the "of" object of the light verb's
    noun "plea"."""
    if c.type != "DEMAND":
        return
    if c.kind == "verb" and c.lemma == "plead":
        words = [ch for ch in c.head.children if ch.dep_ in {"acomp", "advmod", "oprd", "dobj", "attr"}]
    elif c.kind == "light" and c.head.lemma_.lower() == "plea":
        words = [w for ch in c.head.children if ch.dep_ == "prep" and ch.lower_ == "of" for w in ch.children]
    else:
        return
    for word in words:
        plea = event_lexicon.PLEA_WORDS.get(word.lower_)
        if plea is None:
            continue
        if word.lower_ == "contest" and not any(ch.lower_ == "no" for ch in word.children):
            continue  # "pleaded no contest" (round 56); a contest is no plea otherwise
        if any(ch.dep_ == "neg" for ch in word.children) or any(ch.dep_ == "neg" for ch in c.head.children):
            plea = "REJECT" if plea == "CONCEDE" else plea
        c.type, c.mode, c.target = plea, None, None
        return


def _attacked_in_words(c: _Cand) -> None:
    """ "Mrs Haley strongly attacked Mr Trump's *proposal* to ban …", "MORE has attacked her over the
    server, *arguing* it should disqualify her": an attack on something said, proposed or decided
    (``utterance_nouns.txt``), or one told with a verb of saying or naming hung on it, is criticism
    (PLOVER DISAPPROVE), not violence (round 38; round 46 reads what is decided or agreed too, the
    patients of :func:`_doubted_thing`: "assailed the new law"). An attack with a weapon named stays
    violence, and so does one on a person, a place or a force with no such verb ("gunmen attacked the village,
    killing 11"), and one told with such a verb whose object is no person or body or whose subject
    is an armed side ("militants attacked a police post, saying it …"). What this leaves ASSAULT,
    ACLED's coding reads once more by its words (``acled.acts._words_not_blows``: a light verb's noun,
    "launched a fierce attack on the minister, calling him …")."""
    if c.type != "ASSAULT" or c.kind != "verb" or c.lemma not in event_lexicon.VERBAL_ATTACK_VERBS:
        return
    own = event_lexicon.VERBS.get(c.lemma)
    if c.mode is not None and (own is None or c.mode != own.mode):
        return  # a mode from a weapon named ("attacked … with machetes")
    obj = event_syntax.child(c.head, "dobj")
    # something said, decided or agreed: the nouns a verb of questioning doubts (round 46: "assailed
    # the new *law*", "attacked the *deal*", as "attacked the *proposal*")
    said = obj is not None and _doubted_thing(obj)
    saying = any(
        ch.dep_ in {"advcl", "conj"}
        and ch.tag_ == "VBG"
        and (ch.lemma_.lower() in event_lexicon.REPORTING or ch.lemma_.lower() in _NAMING_VERBS)
        for ch in c.head.children
    )
    if saying and not said and not _words_target(c.head, obj):
        return  # "militants attacked a police post, saying …": blows on a place, told with a reason
    if said or saying:
        c.type, c.mode = "DISAPPROVE", None


#: Object classes of places, sites and forces: what is attacked with blows, whatever is said of it.
_STRUCK_CLASSES = ("base", "territory", "road", "forces")


def _words_target(verb: Token, obj: Token | None) -> bool:
    """Whether an attack told with a verb of saying may be one in words: it has an object, which is
    no place, site or force ("a police post", "the village", GPE/LOC/FAC names), and its subject is no
    armed side."""
    if obj is None or _armed_side(verb):
        return False
    core = event_syntax.core_noun(obj)
    if core.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    lemma = core.lemma_.lower()
    return not any(lemma in event_lexicon.OBJECT_CLASSES[k] for k in _STRUCK_CLASSES)


def _weapon_compound(c: _Cand) -> bool:
    """ "traded *artillery* fire", "*mortar* fire", "*tank* fire": the weapon a compound names
    before the noun of firing decides the mode over the noun's own (gunfire is a gun's); a
    military weapon makes it a battle, as in :func:`_refine_violence`."""
    if c.mode != "firearms":
        return False  # other modes are the existing weapon rules' to set
    for noun in (t for t in c.tokens if t.pos_ == "NOUN"):
        for mod in noun.children:
            inst = event_lexicon.INSTRUMENTS.get(mod.lemma_.lower()) if mod.dep_ == "compound" else None
            if inst is not None and inst.type == "FIGHT" and inst.mode != c.mode:
                c.type, c.mode = "FIGHT", inst.mode
                return True
    return False


#: Verbs of weighing an act not yet taken: "considering new sanctions", "mulling a ban".
_CONTEMPLATE_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "eye"})


def _contemplated(c: _Cand) -> None:
    """ "Washington is considering new sanctions against Minsk": a measure of force weighed
    aloud is a warning of it (PLOVER THREATEN with the act's mode), not one taken."""
    verb = c.head.head
    if (
        c.kind != "noun"
        or c.type not in event_lexicon.THREAT_MODES
        or c.type == "PROTEST"
        or c.head.dep_ != "dobj"
        or verb.lemma_.lower() not in _CONTEMPLATE_VERBS
    ):
        return
    c.type, c.mode = "THREATEN", event_lexicon.THREAT_MODES[c.type]
    c.actor = event_syntax.clause_subject(verb) or c.actor
    c.tokens = [verb, *c.tokens]


_ATTEMPT_NOUNS = event_syntax.ATTEMPT_NOUNS


def _attempt_threatened(c: _Cand, by_head: dict[int, _Cand]) -> _Cand | None:
    """The threat whose object is an attempt at *c*'s act ("will not tolerate / warned against
    *attempts to storm* the parliament"), or None."""
    tok = c.head
    if c.kind == "noun" or tok.dep_ != "acl" or tok.head.lemma_.lower() not in _ATTEMPT_NOUNS:
        return None
    noun = tok.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "warned *against* attempts to …"
    if noun.dep_ not in {"dobj", "pobj"}:
        return None
    threat = by_head.get(verb.i)
    return threat if threat is not None and threat is not c and threat.type == "THREATEN" else None


def _demanded_in(c: _Cand, by_head: dict[int, _Cand]) -> _Cand | None:
    """The demand whose object (or passive subject) names *c*'s act through "to"/"of" ("a halt
    *to the shelling*", "the end *of the detentions*"), or None. (Investigations and
    condemnations of a passive subject act were tried and dropped: one tune sentence fixed, one
    held sentence lost.)"""
    if c.kind != "noun":
        return None
    tok = c.head
    for _ in range(3):  # "an end to the fighting", "a halt to the shelling of towns"
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in {"to", "of"}:
            break
        tok = tok.head.head
    if tok.i == c.head.i or tok.dep_ not in {"dobj", "nsubjpass"}:
        return None
    demand = by_head.get(tok.head.i)
    return demand if demand is not None and demand is not c and demand.type == "DEMAND" else None
