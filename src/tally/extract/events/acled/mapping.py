"""PLOVER → ACLED: the ACLED event type and sub-event type a PLOVER event maps to.

ACLED (Armed Conflict Location & Event Data) codes six event types: Battles,
Explosions/Remote violence, Violence against civilians, Protests, Riots and
Strategic developments, each with fixed sub-event types (ACLED codebook).
PLOVER is finer on verbal acts and coarser on violence, so the mapping is
partial by design:

- verbal events (AGREE, CONSULT, SUPPORT, DEMAND, DISAPPROVE, REJECT,
  THREATEN, CONCEDE) and INVESTIGATE, AID, COOPERATE have no ACLED event:
  ACLED does not code statements, and a coder reads them as context;
- PROTEST maps to Protests (peaceful forms) or Riots (riot modes);
- ASSAULT is Violence against civilians, except explosives and suicide
  attacks, which ACLED files under Explosions/Remote violence whoever the
  victims are;
- FIGHT is a Battle, except heavy weapons (shelling, air strikes), which
  ACLED counts as Explosions/Remote violence;
- COERCE, MOBILIZE, SANCTION and RETREAT are Strategic developments: ACLED's
  "Arrests", "Looting/property destruction", "Headquarters or base
  established" (a new garrison or base), "Change to group/activity"
  (deployments and build-ups), "Non-violent transfer of territory" (a
  withdrawal) and "Other" (curfews, states of emergency, internet shutdowns).

Where a PLOVER mode is finer than ACLED's sub-event, the type's default row
(mode ``None``) applies. A change to this table changes exports: bump
:data:`MAPPING_VERSION`.
"""

from __future__ import annotations

from tally.extract.events import lexicon as event_lexicon
from tally.records import Acled

MAPPING_VERSION = "tally.acled.v3"

_PROTESTS = "Protests"
_RIOTS = "Riots"
_VAC = "Violence against civilians"
_ERV = "Explosions/Remote violence"
_BATTLES = "Battles"
_SD = "Strategic developments"

#: (PLOVER type, PLOVER mode or None for the type's default) → (event type, sub-event type).
PLOVER_TO_ACLED: dict[tuple[str, str | None], tuple[str, str]] = {
    ("PROTEST", None): (_PROTESTS, "Peaceful protest"),
    ("PROTEST", "riot"): (_RIOTS, "Violent demonstration"),
    ("PROTEST", "riot-spon"): (_RIOTS, "Violent demonstration"),
    ("PROTEST", "riot-org"): (_RIOTS, "Violent demonstration"),
    ("ASSAULT", None): (_VAC, "Attack"),
    ("ASSAULT", "sexual"): (_VAC, "Sexual violence"),
    ("ASSAULT", "abduct"): (_VAC, "Abduction/forced disappearance"),
    ("ASSAULT", "explosives"): (_ERV, "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide-attack"): (_ERV, "Suicide bomb"),
    ("ASSAULT", "heavy-weapons"): (_ERV, "Shelling/artillery/missile attack"),
    ("FIGHT", None): (_BATTLES, "Armed clash"),
    ("FIGHT", "heavy-weapons"): (_ERV, "Shelling/artillery/missile attack"),
    ("FIGHT", "aerial"): (_ERV, "Air/drone strike"),
    ("COERCE", None): (_SD, "Other"),
    ("COERCE", "arrest"): (_SD, "Arrests"),
    ("COERCE", "detain"): (_SD, "Arrests"),
    ("COERCE", "destroy"): (_SD, "Looting/property destruction"),
    ("COERCE", "confiscate"): (_SD, "Looting/property destruction"),
    ("MOBILIZE", None): (_SD, "Change to group/activity"),
    ("MOBILIZE", "base"): (_SD, "Headquarters or base established"),
    ("SANCTION", None): (_SD, "Other"),
    ("RETREAT", None): (_SD, "Non-violent transfer of territory"),
    ("RETREAT", "release"): (_SD, "Other"),
    ("AGREE", None): (_SD, "Agreement"),
    ("CRIME", None): (_SD, "Looting/property destruction"),
}


def to_acled(plover_type: str, mode: str | None, trigger_lemma: str = "") -> Acled | None:
    """The ACLED event for a PLOVER event, or None where ACLED codes no event.

    :param trigger_lemma: the trigger's lemma, which separates an agreement
        reached from a promise, a withdrawal from a release, a base from a deployment.
    """
    key_mode = mode
    if plover_type == "AGREE" and trigger_lemma not in event_lexicon.AGREEMENT_WORDS:
        return None
    if plover_type == "RETREAT":
        if trigger_lemma in event_lexicon.RELEASE_WORDS:
            key_mode = "release"
        elif trigger_lemma not in event_lexicon.WITHDRAW_WORDS:
            return None
    if plover_type == "MOBILIZE" and trigger_lemma in event_lexicon.BASE_WORDS:
        key_mode = "base"
    row = PLOVER_TO_ACLED.get((plover_type, key_mode)) or PLOVER_TO_ACLED.get((plover_type, None))
    if row is None:
        return None
    return Acled(event_type=row[0], sub_event_type=row[1])


#: ACLED event type of each sub-event type.
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": _BATTLES,
    "Government regains territory": _BATTLES,
    "Non-state actor overtakes territory": _BATTLES,
    "Chemical weapon": _ERV,
    "Air/drone strike": _ERV,
    "Suicide bomb": _ERV,
    "Shelling/artillery/missile attack": _ERV,
    "Remote explosive/landmine/IED": _ERV,
    "Grenade": _ERV,
    "Sexual violence": _VAC,
    "Attack": _VAC,
    "Abduction/forced disappearance": _VAC,
    "Peaceful protest": _PROTESTS,
    "Protest with intervention": _PROTESTS,
    "Excessive force against protesters": _PROTESTS,
    "Violent demonstration": _RIOTS,
    "Mob violence": _RIOTS,
    "Agreement": _SD,
    "Arrests": _SD,
    "Change to group/activity": _SD,
    "Disrupted weapons use": _SD,
    "Headquarters or base established": _SD,
    "Looting/property destruction": _SD,
    "Non-violent transfer of territory": _SD,
    "Other": _SD,
}

_VIOLENT = frozenset({"ASSAULT", "FIGHT"})

#: PLOVER types of what is said or done about an act ("condemned the arrest of …", "accused soldiers
#: of raping …", "opened an inquiry into the killing"): ACLED codes the act, never the statement, so
#: such an event carries the act's sub-event as the note's coding, and the export writes no row for it.
STATEMENT_TYPES = frozenset(
    {"DISAPPROVE", "SUPPORT", "DEMAND", "REJECT", "CONSULT", "INVESTIGATE", "CONCEDE", "THREATEN"}
)
_HAPPENED = frozenset({"asserted", "reported"})
#: PLOVER types of care for those an act hurt ("were treated at a clinic after gunmen attacked",
#: "the wounded were evacuated"): ACLED codes the act, so such an event carries the act's sub-event
#: like a statement does, and the export writes no row for it.
CARE_TYPES = frozenset({"AID"})
#: Events the export writes no row for: what is said about an act, or done for those it hurt.
NOTE_ONLY_TYPES = STATEMENT_TYPES | CARE_TYPES
