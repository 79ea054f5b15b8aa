"""Why replay reads what it reads: the items one link step queues, counted by cause.

Runs ``link_phases.py`` (same arguments) with :class:`tally.link.grouping._Replay`'s ``push``,
``spoil`` and ``reach`` wrapped, and prints to stderr one JSON object: how many items were queued
because they are new (or events whose actor's entity changed), later members of a group that
changed, or stored items whose period meets a changed group's common span, by the span's width;
for spans over 180 days, whether the group was opened by a new item, is a stored group that only
gained members, or one that lost some. Linking is not changed (the step's tables are those of
``link_phases.py``).

    python scripts/replay_queue.py base.db analysed.db --batch 1000 --order published --work /tmp/w.db
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from typing import Any

import link_phases

from tally.link import blocks, grouping

_WIDE_DAYS = 180


def _days(start: str, end: str) -> int:
    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    except ValueError:
        return -1


def main(argv: list[str] | None = None) -> int:
    counts: Counter[str] = Counter()
    cause = ["start"]
    replay_class = grouping._Replay
    push, spoil, reach, replay = replay_class.push, replay_class.spoil, replay_class.reach, blocks.replay

    def counted_push(self: Any, name: str) -> None:
        if name not in self.queued:
            counts[cause[-1]] += 1
        push(self, name)

    def spoil_by(self: Any, opener: str, now: tuple[Any, ...]) -> None:
        cause.append("later members of a group that changed")
        try:
            spoil(self, opener, now)
        finally:
            cause.pop()

    def reach_by(self: Any, now: tuple[Any, ...]) -> None:
        spoiled, self.spoiled = list(self.spoiled), []
        for opener in spoiled:
            span = self.spans[opener]
            days = _days(span.start, span.end) if span.count and not span.undated else 0
            if span.undated:
                label = "a changed group's span meets them: undated"
            elif 0 < days <= 31:
                label = "a changed group's span meets them: <= 31 days"
            elif 0 < days <= _WIDE_DAYS:
                label = f"a changed group's span meets them: 32-{_WIDE_DAYS} days"
            else:
                label = f"a changed group's span meets them: > {_WIDE_DAYS} days or unreadable"
                gid = None if opener in self.own else self.stored.group_of(opener)
                if opener in self.own:
                    label += ", opened by a new item"
                elif gid is None or self.opener(gid) != opener:
                    label += ", a stored item opening a group anew"
                elif {m for m in self.stored.members(gid) if self.order(m) < now} <= set(self.dirty[opener]):
                    label += ", a stored group that only gained members"
                else:
                    label += ", a stored group that lost members"
            self.spoiled = [opener]
            cause.append(label)
            try:
                reach(self, now)
            finally:
                cause.pop()
        self.spoiled = []

    def replay_by(*args: Any) -> Any:
        cause.append("new, or an event whose actor's entity changed")
        try:
            return replay(*args)
        finally:
            cause.pop()

    replay_class.push, replay_class.spoil, replay_class.reach = counted_push, spoil_by, reach_by  # type: ignore[method-assign]
    blocks.replay = replay_by
    try:
        # link_phases wraps push again to count it; it restores ours when done
        return link_phases.main(argv)
    finally:
        replay_class.push, replay_class.spoil, replay_class.reach = push, spoil, reach  # type: ignore[method-assign]
        blocks.replay = replay
        print(json.dumps(dict(counts.most_common())), file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
