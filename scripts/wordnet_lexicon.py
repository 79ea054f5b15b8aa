"""Derive extra PLOVER trigger words from WordNet 3.0 (build time only; tally never reads WordNet).

Usage (as root once: ``apt-get install -y wordnet-base``; then in the venv
``pip install nltk==3.10.4``)::

    .venv/bin/python scripts/wordnet_lexicon.py            # writes lang/en/events/wordnet_triggers.json
    .venv/bin/python scripts/wordnet_lexicon.py --dropped  # also lists what the filters dropped, and why

Why: the hand-written lists know the verbs the codebook and its examples use;
unseen news uses others ("incarcerate", "bombard", "rebuke"). WordNet groups
words by sense, so the words of a trigger's *first* sense, its direct
troponyms (ways of doing it: "stone" is a way to "kill") and the nouns
derived from them are the same event in other words.

Seeds: each PLOVER type's words from the codebook's definition
(:data:`CODEBOOK_SEEDS`) and the hand-written ``verbs.json`` and ``nouns.json``
(their type and mode). Never the dev sentences or their errors.

Bounds, because WordNet is very polysemous:

- only a seed's first (most frequent) sense is expanded, one step (synonyms,
  direct troponyms / hyponyms, derivationally related nouns or verbs);
- a candidate is kept only if *its own* first sense is one of the senses
  reached, so "fire" (first sense: shoot) never comes in as "dismiss";
- one word (no multi-word expressions: the phrasal table keeps those);
- a word any hand-written list already decides (the event tables, light
  verbs, reporting verbs, …) is left to that list;
- a word reached from seeds of two different types is dropped (ambiguous);
- :data:`REVIEWED_OUT`: words read one by one and dropped, with the reason
  (a first sense that is not the event one in news, a light or general verb,
  a word that would fire on ordinary news text).

Output: ``src/tally/lang/en/events/wordnet_triggers.json`` (a mapping
``[pos, lemma] → [type, mode, via]``), which
:mod:`tally.extract.events.lexicon` merges under the hand-written verb and noun
tables (a hand-written entry always wins).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "src" / "tally" / "lang" / "en" / "events"
OUT = EVENTS / "wordnet_triggers.json"
WORDNET = Path("/usr/share/wordnet")


#: WordNet's lexicographer file names (fixed by WordNet 3.0, see lexnames(5WN)).
#: Debian's wordnet-base ships no ``lexnames`` file, which nltk's reader needs,
#: so it is written into a private copy of the database.
def _words(text: str) -> list[str]:
    """Words of a space-separated string (long word lists stay readable)."""
    return text.split()


LEXNAMES = _words(
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
)

#: The syntactic category number of a lexicographer file, as ``lexnames`` gives it.
_POS_NUMBER = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}

#: Seed words from each PLOVER type's definition in the PLOVER codebook (the
#: verbs and nouns its definition text uses), with the mode the codebook names.
CODEBOOK_SEEDS: dict[tuple[str, str], tuple[str, str | None]] = {
    ("v", "agree"): ("AGREE", None),
    ("v", "promise"): ("AGREE", None),
    ("v", "pledge"): ("AGREE", None),
    ("v", "consult"): ("CONSULT", None),
    ("v", "negotiate"): ("CONSULT", None),
    ("v", "visit"): ("CONSULT", "visit"),
    ("v", "host"): ("CONSULT", "host"),
    ("v", "endorse"): ("SUPPORT", None),
    ("v", "praise"): ("SUPPORT", None),
    ("v", "cooperate"): ("COOPERATE", None),
    ("v", "collaborate"): ("COOPERATE", None),
    ("n", "assistance"): ("AID", None),
    ("v", "concede"): ("CONCEDE", None),
    ("v", "retreat"): ("RETREAT", None),
    ("v", "withdraw"): ("RETREAT", None),
    ("v", "investigate"): ("INVESTIGATE", None),
    ("v", "demand"): ("DEMAND", None),
    ("v", "request"): ("DEMAND", None),
    ("v", "criticize"): ("DISAPPROVE", None),
    ("v", "condemn"): ("DISAPPROVE", None),
    ("v", "accuse"): ("DISAPPROVE", "accuse"),
    ("v", "reject"): ("REJECT", None),
    ("v", "refuse"): ("REJECT", None),
    ("v", "threaten"): ("THREATEN", None),
    ("v", "demonstrate"): ("PROTEST", "demo-org"),
    ("v", "protest"): ("PROTEST", "demo-org"),
    ("v", "mobilize"): ("MOBILIZE", None),
    ("v", "deploy"): ("MOBILIZE", None),
    ("v", "sanction"): ("SANCTION", None),
    ("v", "expel"): ("SANCTION", None),
    ("v", "arrest"): ("COERCE", "arrest"),
    ("v", "censor"): ("COERCE", "censor"),
    ("v", "attack"): ("ASSAULT", None),
    ("v", "kill"): ("ASSAULT", None),
    ("v", "fight"): ("FIGHT", None),
    ("v", "steal"): ("CRIME", None),
}

#: Seeds whose first WordNet sense is not their event sense (WordNet orders
#: senses by frequency in general text), or is a general verb: nothing is
#: derived from them. "strike" (verb) is first to hit, "beat" to win,
#: "sanction" to approve, "deport" to behave, "march" (noun) the month;
#: "provide" and "exchange" are any giving. Read from each seed's first
#: synset definition (``--seeds`` prints them).
SEEDS_OUT = frozenset(
    _words(
        """
    v:apprehend v:beat v:clash n:clash n:cleansing v:contribute v:coordinate v:decline
    v:demonstrate n:demonstration v:deport v:disappear v:disperse n:enquiry n:evacuation v:exhort
    n:exercise n:fire n:game v:hang v:instruct v:lambast n:march v:occupy v:press v:push n:release
    v:release n:sanction v:sanction n:seizure v:seize v:share v:sign v:snatch v:storm v:strike
    n:surrender n:trip v:urge v:assure v:apologise v:dismiss v:affirm v:return v:investigate
    v:provide v:exchange
    """
    )
)

#: Candidates read one by one and dropped, by reason (reviewed on the
#: generated list itself and on what it fired on in the VOA stories, never on
#: dev errors): a word drops it in both parts of speech, ``v:word`` the verb only.
REVIEWED_OUT: dict[str, str] = {
    word: reason
    for reason, group in {
        "first sense not an event between parties in news": """
            conspiracy contract ensure succumb boost deliverance financing ministration recourse self-help
            articulate equip expedite facilitate fuel furnish lend provision refinance salvage save stable
            subtitle surfeit upholster vouchsafe countershot potshot onrush penetration thuggee best bruise
            dangle desecrate erase grass handicap jockey lick outdo outfight outplay outstrip overpower
            sprain surmount vanquish clutch inhibition layoff ravage absent aerosolize beset chivy clench
            comprehend cremate dampen disappoint disassemble enjoin extirpate fluster frustrate grab grip
            harry inhibit limit muffle needle savvy spatter splash sprinkle throttle trap assent excuse
            franchise brook endure extenuate legitimize mitigate chatter errand talking converse encounter
            flirt intersect allegiance bodybuilding cards compliance exercising self-sacrifice workout cash
            interlock partake sell structure sub swap snap glom beggary cheering pressing pushing
            requisition arrogate coach condition direct edify grind indoctrinate lecture mash nudge prod
            shove squash teach thrust tutor unteach damnation lamentation philippic bleat cane nag
            bonfire campfire grassfire clang clangor clangoring cleaning collision crash engagement
            in-fighting offence purging purification scrubbing sweeping washup bushwhack busy cleanse
            clank infest rage wrestle checkout investigating study supervision analyse analyze appraise
            assay case check compare diagnose experiment insure research survey trace enrollment equipping
            rallying bolster enrol enroll matriculate exhibition showing batter buffet knock peck present
            rap slap abandonment avoidance negative scoffing brave disbelieve discount discredit reprobate
            undermine withstand worsen drain drainage boomerang consign forfeit loose recede retrace
            sacrifice unclasp approval imprimatur approve clapping paean reward signature superlative
            corroborate dignify exalt flatter frequent substantiate caveat endanger imperil jeopardize
            recover retrieve regaining emancipate emancipation
            """,
        "fires on ordinary news text in another sense": """
            gunshot shot harm gore commandeer destruction confine conquer quash stifle squelch subdue
            vanish collar grab disallow bargaining briefing diplomacy talks holdup fault solicit supplicate
            carping derision litigation bemoan bewail grumble lampoon barrage duel fistfight gunplay
            evaluation monitoring query reexamine snoop evaluate marching protestation obstruct disobedience
            balk contest disregard eschew retract liberation disengage condone encourage glorify promote
            caution reenforce suffocation provocation urging resettlement supplying piracy neutralise off
            trounce closedown conquering defusing disappearing expatriation foiling foray forbiddance
            forbidding hassle interception interdiction maraud thwarting wipeout dismantle expatriate
            ostracise countenance rue circuit discourse intermediate liaise injunction allegement causa aver
            derogation minimization circumvent scupper enrolment conglomerate cumulate stymie stymy scoff
            shunning turndown conceding inactivate unloose unloosen severance blurb kudos salutation
            """,
        "fired wrongly on the VOA stories (over-generation check)": """
            militarize militarise discussion arbitration v:combat
            """,
        "slang, archaic or a rare spelling no news report uses for the event": """
            blackwash blowup executing hitting lather welt arrogation blackball squelcher chevvy chevy
            chivvy jug nix pulverise queer rase scotch arbitrament arbitrement confab confabulation haggling
            chaffer higgle dicker reave keen blackguard chasten guy kvetch plain quetch reproof oppugn valuate
            extolment jeopardise peril
            """,
        "one sense of several equally common (no clear first sense)": "reassail despoil pinning reevaluate",
    }.items()
    for word in group.split()
}

#: Hand-written lists whose words are decided there (the generated list never overrides them).
_DECIDED_TXT = _words(
    "light_verbs reporting reporting_nouns gather_verbs force_verbs intent unperformed_verbs "
    "threat_predicates permissive pass_through frame_nouns light_only_nouns response_nouns "
    "group_nouns official_nouns place_nouns territory_nouns quantity_heads military_objects "
    "control_verbs crowd_control release_words withdraw_words agreement_words base_words "
    "hypothetical_governors transitive_only"
)


def open_wordnet(tmp: Path) -> Any:
    """nltk's WordNet reader over a private copy of Debian's database (plus the ``lexnames`` it lacks)."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    if not (WORDNET / "data.verb").is_file():
        sys.exit(f"{WORDNET}: no WordNet database (as root: apt-get install -y wordnet-base)")
    copy = tmp / "wordnet"
    shutil.copytree(WORDNET, copy, ignore=shutil.ignore_patterns("bin", "pixmaps", "wnres"))
    (copy / "lexnames").write_text(
        "".join(f"{i:02d}\t{name}\t{_POS_NUMBER[name.split('.')[0]]}\n" for i, name in enumerate(LEXNAMES)),
        encoding="utf-8",
    )
    nltk.data.path.append(str(tmp))  # nltk only opens corpora under its data path

    class Reader(WordNetCorpusReader):  # type: ignore[misc]
        def map_wn(self, version: str = "wordnet") -> None:
            """No mapping: the database is WordNet 3.0 itself (nltk would look for its own copy to map from)."""
            return None

    return Reader(str(copy), None)


def _read_table(name: str) -> dict[tuple[str, ...] | str, Any]:
    data = json.loads((EVENTS / f"{name}.json").read_text(encoding="utf-8"))
    return {tuple(k) if isinstance(k, list) else k: v for k, v in data["entries"]}


def _read_txt(name: str) -> set[str]:
    path = EVENTS / f"{name}.txt"
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def decided_words() -> set[str]:
    """Every word a hand-written event list already decides."""
    words: set[str] = set()
    for name in ("verbs", "nouns", "phrasal", "verb_object", "noun_compounds", "head_of", "instruments"):
        for key in _read_table(name):
            words.update(key if isinstance(key, tuple) else (key,))
    for name in _DECIDED_TXT:
        words |= _read_txt(name)
    return {w.lower() for w in words}


def seeds() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(pos, word) → (type, mode): the codebook seeds, then the hand-written verbs and nouns."""
    out = dict(CODEBOOK_SEEDS)
    for pos, name in (("v", "verbs"), ("n", "nouns")):
        for word, (ptype, mode) in _read_table(name).items():
            out[(pos, str(word))] = (ptype, mode)
    return out


def _first(wn: Any, word: str, pos: str) -> Any:
    found = wn.synsets(word, pos=pos)
    return found[0] if found else None


#: Lexicographer files of nouns that name an act or event (not its agent, tool or place).
EVENT_NOUN_FILES = frozenset({"noun.act", "noun.event", "noun.communication"})


def _usable(synset: Any, pos: str) -> bool:
    return pos == "v" or synset.lexname() in EVENT_NOUN_FILES


def expand(wn: Any, pos: str, word: str) -> dict[tuple[str, str], tuple[Any, str]]:
    """(pos, lemma) → (synset reached, relation): one step from *word*'s first sense.

    Only lemmas attested at least once in WordNet's sense-tagged corpus
    (``Lemma.count()``, the SemCor tag counts) are reached: archaic and rare
    words ("bullyrag", "chivvy") fire on nothing and only lengthen the review.
    """
    first = _first(wn, word.replace("-", "_"), pos)
    if first is None or not _usable(first, pos):
        return {}
    reached: dict[tuple[str, str], tuple[Any, str]] = {}
    steps = [(first, "synonym")] + [(h, "troponym" if pos == "v" else "hyponym") for h in first.hyponyms()]
    for synset, relation in steps:
        for lemma in synset.lemmas():
            if _usable(synset, pos) and (lemma.count() > 0 or relation == "synonym"):
                reached.setdefault((pos, lemma.name().lower()), (synset, relation))
            if relation != "synonym":
                continue  # derived forms of the seed's own sense only
            for derived in lemma.derivationally_related_forms():
                dsyn, dpos = derived.synset(), derived.synset().pos()
                if dpos in ("n", "v") and dpos != pos and _usable(dsyn, dpos):
                    reached.setdefault((dpos, derived.name().lower()), (dsyn, "derived"))
    return reached


def generate(wn: Any) -> tuple[dict[tuple[str, str], tuple[str, str | None, str]], dict[str, str]]:
    """The kept entries and the dropped words with their reason."""
    decided = decided_words()
    votes: dict[tuple[str, str], dict[tuple[str, str | None], str]] = defaultdict(dict)
    for (pos, word), sense in sorted(seeds().items()):
        if f"{pos}:{word}" in SEEDS_OUT:
            continue
        for (cpos, cand), (synset, relation) in expand(wn, pos, word).items():
            if (cpos, cand) == (pos, word):
                continue
            mine = _first(wn, cand, cpos)
            if mine is None or mine != synset:
                continue  # the candidate's own first sense is another one
            votes[(cpos, cand)].setdefault(sense, f"{relation} of {word}")
    kept: dict[tuple[str, str], tuple[str, str | None, str]] = {}
    dropped: dict[str, str] = {}
    for (pos, cand), senses in sorted(votes.items()):
        label = f"{pos}:{cand}"
        if "_" in cand or " " in cand:
            dropped[label] = "multi-word"
        elif cand in decided:
            dropped[label] = "decided by a hand-written list"
        elif len({t for t, _ in senses}) > 1:
            dropped[label] = "reached from two types: " + ", ".join(sorted({t for t, _ in senses}))
        elif cand in REVIEWED_OUT or label in REVIEWED_OUT:
            dropped[label] = "reviewed: " + REVIEWED_OUT.get(label, REVIEWED_OUT.get(cand, ""))
        else:
            modes = {m for _, m in senses}
            (ptype,) = {t for t, _ in senses}
            mode = modes.pop() if len(modes) == 1 else None
            kept[(pos, cand)] = (ptype, mode, "; ".join(sorted(senses.values())))
    return kept, dropped


def write(kept: dict[tuple[str, str], tuple[str, str | None, str]]) -> None:
    data = {
        "about": (
            "GENERATED, do not edit: extra PLOVER trigger words (verbs 'v', nouns 'n') from WordNet 3.0, "
            "value [type, mode, how it was reached]; hand-written verbs.json/nouns.json entries win."
        ),
        "provenance": (
            "Seeds: PLOVER codebook definition words and the hand-written verbs.json/nouns.json (never dev "
            "sentences). Expansion: each seed's first WordNet sense, one step (synonyms, direct troponyms "
            "or hyponyms, derivationally related forms), a candidate kept only when its own first sense is "
            "the one reached; reviewed by hand (REVIEWED_OUT in the script)."
        ),
        "licence": (
            "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet "
            "3.0 licence (permission to use, copy, modify and distribute for any purpose without fee, with "
            "this notice; provided 'as is' without warranties): "
            "https://wordnet.princeton.edu/license-and-commercial-use"
        ),
        "regenerate": (
            "apt-get install -y wordnet-base && .venv/bin/pip install nltk==3.10.4 && "
            ".venv/bin/python scripts/wordnet_lexicon.py"
        ),
        "kind": "mapping",
        "entries": [[list(k), list(v)] for k, v in sorted(kept.items())],
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dropped", action="store_true", help="print the dropped candidates and why")
    parser.add_argument("--seeds", action="store_true", help="print each seed's first sense")
    parser.add_argument("--dry-run", action="store_true", help="print the entries, write nothing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wn = open_wordnet(Path(tmp))
        kept, dropped = generate(wn)
        if args.seeds:
            for (pos, word), (ptype, _) in sorted(seeds().items()):
                first = _first(wn, word.replace("-", "_"), pos)
                out = "OUT" if f"{pos}:{word}" in SEEDS_OUT else ""
                print(f"SEED\t{pos}:{word}\t{ptype}\t{out}\t{first.definition() if first else '-'}")
    if args.dropped:
        for label, why in sorted(dropped.items()):
            print(f"DROP\t{label}\t{why}")
    if args.dry_run:
        for (pos, cand), (ptype, mode, via) in sorted(kept.items(), key=lambda kv: (kv[1][0], kv[0])):
            print(f"{ptype}\t{mode}\t{pos}:{cand}\t{via}")
    else:
        write(kept)
    print(f"{len(kept)} entries kept, {len(dropped)} dropped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
