"""The registry of extractors: each declares its name, version, inputs and outputs.

Modelled on spaCy's ``@Language.factory(requires=…, assigns=…)``: an
extractor is a function from an :class:`~tally.extract.context.ExtractContext`
to records, registered with the context fields it reads (``requires``) and the
:class:`~tally.records.Article` field it fills (``assigns``). An extractor that
adds entity mentions to the shared index says so with ``adds_entities``.

:func:`plan` checks the graph when a run is built, before any article is read:

- an unknown name (``--only bogus``) is refused with the list of valid names;
- every required field is a base field of the context or assigned by a
  registered extractor, and no field is assigned twice;
- the order follows the requirements, not the registration order, and any two
  extractors that add entities must be ordered by their requirements, so the
  entity ids an article gets cannot depend on which extractor happened to run
  first;
- ``only`` runs the named extractors and, before them, what they require, so
  ``--only figures`` gives the same figures (and entities) as a full run.

Registering from outside the package is the same call the built-in extractors
use (see the README, "Where things live").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tally.errors import ConfigError

#: Fields every extractor can read without another extractor filling them.
BASE_FIELDS = frozenset({"doc", "text", "entities", "published", "embedded", "lexicon"})

Extractor = Callable[[Any], Iterable[Any]]


@dataclass(frozen=True)
class ExtractorSpec:
    """One registered extractor."""

    name: str
    version: str
    function: Extractor
    assigns: str
    requires: tuple[str, ...] = ()
    adds_entities: bool = False
    #: which records the article lists (all when None); the others stay in the context for the
    #: extractors after it (a date nothing places still tells figures its day is no count)
    listed: Callable[[Any], bool] | None = None


_REGISTRY: dict[str, ExtractorSpec] = {}


def register(
    name: str,
    *,
    version: str,
    assigns: str,
    requires: Iterable[str] = (),
    adds_entities: bool = False,
    replace: bool = False,
    listed: Callable[[Any], bool] | None = None,
) -> Callable[[Extractor], Extractor]:
    """Decorator: register *function* as the extractor *name*.

    :param assigns: the :class:`~tally.records.Article` field its records fill (``quotes``).
    :param requires: context fields it reads (``dates``, ``quotes``, …).
    :param adds_entities: whether it adds mentions to ``ctx.entities``.
    :param replace: take the place of an extractor already registered under
        *name*: how a model-based extractor replaces a rule-based one.
    :param listed: which of its records the article lists (every one when None); the
        context keeps them all for the extractors that read it.
    """

    def decorate(function: Extractor) -> Extractor:
        add(
            ExtractorSpec(name, version, function, assigns, tuple(requires), adds_entities, listed),
            replace=replace,
        )
        return function

    return decorate


def add(spec: ExtractorSpec, *, replace: bool = False) -> None:
    """Register *spec*; a second, different extractor of the same name needs *replace*."""
    previous = _REGISTRY.get(spec.name)
    same = previous is not None and _qualname(previous.function) == _qualname(spec.function)
    if previous is not None and not same and not replace:
        raise ConfigError(
            f"extractor {spec.name!r} is already registered by {_qualname(previous.function)}; pass replace=True"
        )
    _REGISTRY[spec.name] = spec


def remove(name: str) -> ExtractorSpec | None:
    """Unregister *name* and return what was registered (to put it back later)."""
    return _REGISTRY.pop(name, None)


def _qualname(function: Extractor) -> str:
    return f"{function.__module__}.{getattr(function, '__qualname__', repr(function))}"


def _load_builtins() -> None:
    """Import the built-in extractor packages, whose modules register themselves."""
    import tally.extract.dates
    import tally.extract.events
    import tally.extract.figures
    import tally.extract.framing
    import tally.extract.places
    import tally.extract.quotes  # noqa: F401


def registered() -> dict[str, ExtractorSpec]:
    """Every registered extractor by name, built-ins included."""
    _load_builtins()
    return dict(_REGISTRY)


def plan(only: Iterable[str] | None = None) -> list[ExtractorSpec]:
    """The extractors to run, in an order their requirements allow.

    :param only: names to run (with what they require); all when None or empty.
    :raises ConfigError: on an unknown name or a graph that cannot be run.
    """
    specs = registered()
    wanted = list(dict.fromkeys(only or ()))
    unknown = [name for name in wanted if name not in specs]
    if unknown:
        raise ConfigError(
            f"unknown extractor {', '.join(map(repr, unknown))}; valid names: {', '.join(sorted(specs))}"
        )
    provider: dict[str, str] = {}
    for spec in specs.values():
        if spec.assigns in BASE_FIELDS or spec.assigns in provider:
            other = provider.get(spec.assigns, "the context")
            raise ConfigError(
                f"extractor {spec.name!r} assigns {spec.assigns!r}, already assigned by {other}"
            )
        provider[spec.assigns] = spec.name
    for spec in specs.values():
        missing = [f for f in spec.requires if f not in BASE_FIELDS and f not in provider]
        if missing:
            raise ConfigError(f"extractor {spec.name!r} requires {', '.join(missing)}, which nothing assigns")

    def needs(name: str) -> set[str]:
        return {provider[f] for f in specs[name].requires if f in provider}

    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order:
            return
        if name in visiting:
            raise ConfigError(f"extractors require each other in a cycle through {name!r}")
        visiting.add(name)
        # by name, not by registration: which module a process happened to import first must not
        # change the plan (a test importing the quotes package first reordered it)
        for dep in sorted(needs(name)):
            visit(dep)
        visiting.discard(name)
        order.append(name)

    for name in wanted or sorted(specs):
        visit(name)
    _check_entity_order(specs, order, needs)
    return [specs[name] for name in order]


def _check_entity_order(
    specs: dict[str, ExtractorSpec], order: list[str], needs: Callable[[str], set[str]]
) -> None:
    """Refuse two entity-adding extractors of the plan that no requirement orders."""
    before: dict[str, set[str]] = {}
    for name in order:
        reach = set(needs(name))
        for dep in list(reach):
            reach |= before.get(dep, set())
        before[name] = reach
    adders = [n for n in order if specs[n].adds_entities]
    for i, first in enumerate(adders):
        for second in adders[i + 1 :]:
            if first not in before[second]:
                raise ConfigError(
                    f"extractors {first!r} and {second!r} both add entities but neither requires the other; "
                    "declare which reads the other's output"
                )
