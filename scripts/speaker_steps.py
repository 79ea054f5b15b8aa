"""How often each step that chooses a quote's speaker is right, on every use, not only on errors.

Usage: python scripts/speaker_steps.py ROOT/SET/reports/SPLIT.jsonl [...] (tune splits only: the
script refuses a check or held split). For every direct or mixed quote with a gold speaker it
records which step of ``quotes/speakers.py`` chose the speaker and whether the gold agrees, with
the scorer's own pieces (a gold quote is the predicted one whose text holds its ``text_start_key``,
and the speaker is right by ``_speaker_right``, as ``tally eval reports`` reads them):

- ``pronoun``: a "he", "she", "they" … resolved by ``_antecedent``;
- ``inherited``: a quote with no cue that goes on from the last speaker (``_continued``);
- ``description``: "the spokesman", "a statement" …, resolved to a name or left as written;
- ``cue``: any other speaker, the cue's subject as written.

Round 52 used it to see that the choice mechanisms are right far more often than wrong, so that
a rule should go after what they are given (docs/history/quotes.md). Run with ``-v`` to list the
wrong ones.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import tally.extract.quotes.speakers as speakers
from tally.evaluate.quotes import DIRECT_KINDS
from tally.evaluate.reports import _speaker_right, normalise_quote, text_start_key
from tally.pipeline import analyze

_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i"})


def _watch() -> tuple[set[int], set[int]]:
    """Wrap the two steps whose choice is not visible in the records; return the speaker-span
    starts of the pronouns resolved and the quote starts that inherited, filled as the article
    is analysed."""
    pronouns: set[int] = set()
    inherited: set[int] = set()
    antecedent, continued = speakers._antecedent, speakers._continued

    def _antecedent(ctx: Any, tok: Any, *args: Any, **kw: Any) -> Any:
        pronouns.add(tok.idx)
        return antecedent(ctx, tok, *args, **kw)

    def _continued(last: Any, a: Any, para_of: Any) -> bool:
        went_on = continued(last, a, para_of)
        if went_on:
            inherited.add(a.start)
        return went_on

    speakers._antecedent = _antecedent  # type: ignore[assignment]
    speakers._continued = _continued  # type: ignore[assignment]
    return pronouns, inherited


def _step(text: str, quote: Any, pronouns: set[int], inherited: set[int]) -> str:
    """The step that chose *quote*'s speaker (see the module docstring)."""
    if quote.start in inherited:
        return "inherited"
    span = quote.speaker_span
    written = text[span[0] : span[1]] if span else ""
    if span and (span[0] in pronouns or written.lower() in _PRONOUNS):
        return "pronoun"
    if written.lower().startswith(("the ", "a ", "an ")):
        return "description"
    return "cue"


def main(paths: list[str], verbose: bool) -> None:
    """Print, per step, how many quotes it got right and wrong over the splits in *paths*."""
    pronouns, inherited = _watch()
    counts: Counter[tuple[str, bool]] = Counter()
    for path in paths:
        if "check" in path or "held" in path:
            raise SystemExit(f"{path}: only tune splits may be read")
        with open(path, encoding="utf-8") as lines:
            items = [json.loads(line) for line in lines]
        for item in items:
            pronouns.clear()
            inherited.clear()
            text = item["text"]
            article = analyze(text, published=item.get("published"), title=item.get("title"))
            names = {e.id: [e.name, *e.aliases] for e in article.entities}
            keys = [
                (key, g["speaker"])
                for g in item.get("quotes") or []
                if g.get("speaker") and (key := text_start_key(g.get("text_start")))
            ]
            for quote in article.quotes:
                said = normalise_quote(quote.text)
                gold = [speaker for key, speaker in keys if key in said]
                if quote.kind not in DIRECT_KINDS or not gold:
                    continue
                right = any(_speaker_right(g, quote, names) for g in gold)
                step = _step(text, quote, pronouns, inherited)
                counts[(step, right)] += 1
                if verbose and not right:
                    print(f"  {step:12} {item['id']}: {said[:40]!r} -> {quote.speaker_name!r}, gold {gold}")
    for step in ("pronoun", "inherited", "description", "cue"):
        print(f"{step:12} right {counts[(step, True)]:4}  wrong {counts[(step, False)]:4}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args, "-v" in sys.argv)
