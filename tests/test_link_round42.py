"""Round 42 (issue 16): which phases of a link step grow with the corpus, timed by ``scripts/link_phases.py``.

The script links a batch into a copy of a linked base with every phase of
:mod:`tally.link.incremental` and :mod:`tally.link.grouping` timed and what
they read counted. Timing must not change what is linked, must leave the
functions as they were, and must never write to the base.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

import tally.link.grouping as grouping
from tally.link import update_links
from tally.store import Store
from tests._linkdata import LINK_STEP_MODULES, link_state
from tests.test_link_round10 import _article

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "link_phases.py"


def _link_phases():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("link_phases", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["link_phases"] = module
    spec.loader.exec_module(module)
    return module


def test_link_round42_link_phases_times_a_step_without_changing_it(tmp_path, capsys):
    rng = random.Random(42)
    articles = [_article(n, rng) for n in range(30)]
    base, analysed, plain = (Store(str(tmp_path / name)) for name in ("base.db", "analysed.db", "plain.db"))
    for article in articles[:20]:
        base.add_article(article)
        plain.add_article(article)
    update_links(base)
    update_links(plain)
    for article in articles:
        analysed.add_article(article)
    for article in articles[20:]:
        plain.add_article(article)
    update_links(plain)
    base.close()
    analysed.close()
    before = (tmp_path / "base.db").read_bytes()
    watched = [
        (module, name)
        for module in (importlib.import_module(f"tally.link.{step}") for step in LINK_STEP_MODULES)
        for name in ("_recluster", "_replay_block", "_in_chunks")
        if hasattr(module, name)
    ]
    originals = {(module.__name__, name): getattr(module, name) for module, name in watched}
    push = grouping._Replay.push

    script = _link_phases()
    work = tmp_path / "work.db"
    assert (
        script.main(
            [str(tmp_path / "base.db"), str(tmp_path / "analysed.db"), "--batch", "10", "--work", str(work)]
        )
        == 0
    )

    row = json.loads(capsys.readouterr().out)
    assert row["articles_linked"] == 10
    assert row["phases"]["entities (_recluster)"][0] == 1
    assert row["phases"]["claims and clusters (_replay_block)"][0] == row["blocks"]
    assert row["phases"]["step"][2] <= row["cpu_s"]
    assert {(module.__name__, name): getattr(module, name) for module, name in watched} == originals
    assert grouping._Replay.push is push
    assert (tmp_path / "base.db").read_bytes() == before
    timed = Store(str(work))
    assert link_state(timed) == link_state(plain)
    timed.close()
    plain.close()
