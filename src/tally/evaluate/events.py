"""Events: PLOVER sentences (type, mode, actors) and RAMS windows (trigger, type, arguments).

PLOVER: each gold line is one sentence coded with one event. The predicted
event of a sentence is its first event (smallest trigger offset), or none.

- ``event_type``: a hit is a sentence whose predicted type equals gold's;
  ``pred`` counts sentences with a predicted event, ``gold`` all sentences.
  Extras: ``accuracy`` (hits / sentences, "none" being a wrong answer) and
  ``macro_f1`` (mean F1 over the event types seen in gold or predictions; a
  sentence without a predicted event counts as a miss for its gold type).
- ``event_mode``: sentences whose gold event has a mode; a hit needs type and
  mode right; ``pred`` counts those sentences where tally gave a mode.
- ``event_actor`` / ``event_target``: overlap F1 of the predicted event's
  ``actor_text`` / ``target_text`` (located in the sentence, nearest the
  trigger) against the gold actor / target spans.

RAMS: each window annotates one event among the many a text may report, so
precision cannot be measured: ``p`` and ``f1`` are ``null``. Only gold events
whose type has a PLOVER counterpart (:data:`RAMS_TO_PLOVER`) are scored.

- ``event_trigger``: gold triggers overlapped by a predicted trigger.
- ``event_type``: … by a predicted trigger whose type is one of the PLOVER
  types allowed for the gold type; ``accuracy`` = that / triggers found.
- ``event_actor`` / ``event_target``: for events whose trigger was found,
  the predicted actor / target span against the gold arguments in the agent
  roles / patient roles below (overlap F1; precision is defined here because
  the event is annotated).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tally.evaluate._base import Scorer, item_entry, offset_map, score_spans
from tally.evaluate.align import OffsetMap
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import Span, TaskScore, match_spans, prf
from tally.records import Article, Event

PLOVER_TASKS = ("event_type", "event_mode", "event_actor", "event_target")
RAMS_TASKS = ("event_trigger", "event_type", "event_actor", "event_target")

#: RAMS (AIDA) type prefixes -> PLOVER types a correct tally event may carry.
#: Longest prefix wins. Types not listed (contact, transaction, movement,
#: nonviolent deaths, illness, …) have no PLOVER event and are not scored.
RAMS_TO_PLOVER: dict[str, frozenset[str]] = {
    "conflict.attack.stealrobhijack": frozenset({"CRIME", "ASSAULT"}),
    "conflict.attack.invade": frozenset({"FIGHT", "ASSAULT"}),
    "conflict.attack": frozenset({"ASSAULT", "FIGHT"}),
    "conflict.demonstrate": frozenset({"PROTEST"}),
    "conflict.yield": frozenset({"RETREAT", "CONCEDE"}),
    "justice.arrestjaildetain": frozenset({"COERCE"}),
    "justice.initiatejudicialprocess": frozenset({"COERCE", "DISAPPROVE", "INVESTIGATE"}),
    "justice.investigate": frozenset({"INVESTIGATE"}),
    "justice.judicialconsequences.execute": frozenset({"COERCE", "ASSAULT"}),
    "justice.judicialconsequences": frozenset({"COERCE", "SANCTION"}),
    "life.die.deathcausedbyviolentevents": frozenset({"ASSAULT", "FIGHT"}),
    "life.die.n/a": frozenset({"ASSAULT", "FIGHT"}),
    "life.injure.injurycausedbyviolentevents": frozenset({"ASSAULT", "FIGHT"}),
    "life.injure.n/a": frozenset({"ASSAULT", "FIGHT"}),
}

#: RAMS roles of the one who acts (scored as ``actor``) and of the one acted
#: upon (``target``); other roles (place, instrument, crime, …) are not scored.
RAMS_ACTOR_ROLES = frozenset(
    {
        "attacker",
        "killer",
        "injurer",
        "jailer",
        "demonstrator",
        "executioner",
        "prosecutor",
        "investigator",
        "retreater",
        "yielder",
        "surrenderer",
        "extraditer",
        "judgecourt",
    }
)
RAMS_TARGET_ROLES = frozenset({"target", "victim", "detainee", "defendant"})


def plover_types_for(rams_type: str) -> frozenset[str] | None:
    """PLOVER types allowed for a RAMS type, or None when the type is out of scope."""
    best: str | None = None
    for prefix in RAMS_TO_PLOVER:
        if (rams_type == prefix or rams_type.startswith(prefix + ".")) and (
            best is None or len(prefix) > len(best)
        ):
            best = prefix
    return RAMS_TO_PLOVER[best] if best else None


def first_event(events: list[Event]) -> Event | None:
    """The sentence's predicted event: smallest trigger start, list order on ties."""
    if not events:
        return None
    return min(enumerate(events), key=lambda pair: (pair[1].trigger[0], pair[0]))[1]


def locate(text: str, needle: str | None, near: int) -> Span | None:
    """The occurrence of *needle* in *text* nearest to offset *near* (case-insensitive fallback)."""
    if not needle:
        return None
    for haystack, probe in ((text, needle), (text.lower(), needle.lower())):
        starts = []
        i = haystack.find(probe)
        while i >= 0:
            starts.append(i)
            i = haystack.find(probe, i + 1)
        if starts:
            best = min(starts, key=lambda s: abs(s - near))
            return (best, best + len(needle))
    return None


def _role_span(article: Article, event: Event, role: str, omap: OffsetMap) -> Span | None:
    """Span of an event's actor/target text in the gold text, nearest the trigger."""
    value = event.actor_text if role == "actor" else event.target_text
    span = locate(article.text, value, event.trigger[0])
    if span is None:
        entity_id = event.actor if role == "actor" else event.target
        entity = next((e for e in article.entities if e.id == entity_id), None)
        if entity is None or not entity.mentions:
            return None
        span = min(entity.mentions, key=lambda m: abs(m[0] - event.trigger[0]))
    return omap.span(*span)


class PloverScorer(Scorer):
    """Scores a sentence's first predicted event against its one PLOVER gold event."""

    def __init__(self) -> None:
        super().__init__(tasks=PLOVER_TASKS)
        self._labels: list[tuple[str, str]] = []

    def add(self, item: GoldItem, article: Article) -> None:
        gold_events = item.data.get("events") or []
        if not gold_events:
            return
        gold = gold_events[0]
        omap = offset_map(item, article)
        pred = first_event(list(article.events))
        pred_type = pred.type if pred else "none"
        self._labels.append((gold["type"], pred_type))
        self.scores["event_type"].add(int(pred_type == gold["type"]), int(pred is not None), 1)
        wrong: list[dict[str, Any]] = []
        if pred_type != gold["type"]:
            wrong.append(
                {
                    "gold_type": gold["type"],
                    "type": pred_type,
                    "trigger_text": gold.get("trigger_text"),
                }
            )
        if gold.get("mode"):
            right = pred is not None and pred.type == gold["type"] and pred.mode == gold["mode"]
            self.scores["event_mode"].add(int(right), int(bool(pred and pred.mode)), 1)
            if pred_type == gold["type"] and not right:
                wrong.append({"gold_mode": gold["mode"], "mode": pred.mode if pred else None})
        for role, key in (("actor", "actors"), ("target", "targets")):
            gold_spans: list[Span] = [
                (a["start"], a["end"]) for a in gold.get(key) or [] if a.get("start") is not None
            ]
            span = _role_span(article, pred, role, omap) if pred else None
            pred_spans = [span] if span else []
            out = score_spans(gold_spans, pred_spans)
            self.scores[f"event_{role}"].add(out.tp, len(pred_spans), len(gold_spans))
            if out.missed or out.invented:
                wrong.append(
                    {
                        f"gold_{role}": [item.text[s:e] for s, e in gold_spans],
                        role: [item.text[s:e] for s, e in pred_spans],
                    }
                )
        self.record_errors(item, "events", wrong=wrong)

    def finish(self) -> dict[str, TaskScore]:
        score = self.scores["event_type"]
        n = len(self._labels)
        score.extra["accuracy"] = score.tp / n if n else 0.0
        score.extra["macro_f1"] = macro_f1(self._labels)
        mode = self.scores["event_mode"]
        mode.extra["accuracy"] = mode.tp / mode.gold if mode.gold else 0.0
        return self.scores


def macro_f1(labels: list[tuple[str, str]], *, none: str = "none") -> float:
    """Mean per-type F1 over the types in gold or predictions (``none`` is not a type)."""
    types = sorted({g for g, _ in labels} | {p for _, p in labels if p != none})
    if not types:
        return 0.0
    tp: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for g, p in labels:
        gold[g] += 1
        if p != none:
            pred[p] += 1
        if g == p:
            tp[g] += 1
    return sum(prf(tp[t], pred[t], gold[t])[2] for t in types) / len(types)


class RamsScorer(Scorer):
    """Scores predicted events against the one annotated event of a RAMS window."""

    def __init__(self) -> None:
        super().__init__(tasks=RAMS_TASKS)
        for task in ("event_trigger", "event_type"):
            self.scores[task].precision_defined = False
        self._out_of_scope = 0

    def add(self, item: GoldItem, article: Article) -> None:
        omap = offset_map(item, article)
        events = list(article.events)
        triggers = [omap.span(*e.trigger) for e in events]
        for gold in item.data.get("events") or []:
            allowed = plover_types_for(gold["type"])
            if allowed is None:
                self._out_of_scope += 1
                continue
            span: Span = (gold["start"], gold["end"])
            # Prefer a predicted event of an allowed type on the trigger, then any.
            typed = [i for i, e in enumerate(events) if e.type in allowed]
            pairs = match_spans([span], triggers, compatible=lambda _g, p: p in typed)  # noqa: B023
            pairs = pairs or match_spans([span], triggers)
            found = events[pairs[0][1]] if pairs else None
            type_ok = found is not None and found.type in allowed
            self.scores["event_trigger"].add(int(found is not None), int(found is not None), 1)
            self.scores["event_type"].add(int(type_ok), int(found is not None), 1)
            wrong: list[dict[str, Any]] = []
            if found is not None and not type_ok:
                wrong.append(item_entry(item.text, span, gold_type=gold["type"], type=found.type))
            for role, roles in (("actor", RAMS_ACTOR_ROLES), ("target", RAMS_TARGET_ROLES)):
                gold_spans: list[Span] = [
                    (a["start"], a["end"]) for a in gold.get("arguments") or [] if a.get("role") in roles
                ]
                pred_span = _role_span(article, found, role, omap) if found else None
                pred_spans = [pred_span] if pred_span else []
                out = score_spans(gold_spans, pred_spans)
                self.scores[f"event_{role}"].add(out.tp, len(pred_spans), len(gold_spans))
            self.record_errors(
                item,
                "events",
                missed=[] if found else [item_entry(item.text, span, type=gold["type"])],
                wrong=wrong,
            )

    def finish(self) -> dict[str, TaskScore]:
        found = self.scores["event_trigger"].tp
        self.scores["event_type"].extra["accuracy"] = self.scores["event_type"].tp / found if found else 0.0
        self.scores["event_trigger"].extra["out_of_scope"] = self._out_of_scope
        return self.scores
