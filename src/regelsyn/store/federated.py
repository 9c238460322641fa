"""One registry read as one of many (``learn``): its settings, rules, reviews and cases as facts,
through its own index cache, opened once.

On an unchanged registry this parses no YAML and imports no pydantic; rules' facts are handed on
packed, to be unpacked only for the rules that something was done with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regelsyn.errors import RegelsynError
from regelsyn.model.facts import CaseFacts, ReviewFacts
from regelsyn.store.index import Index, refresh
from regelsyn.store.packing import from_dict, rule_id
from regelsyn.store.registry import Registry


@dataclass
class Gathered:
    """What ``learn`` reads of one registry; ``skipped``: record files that could not be read."""

    workplace: str
    rules: dict[str, Any] = field(default_factory=dict)  # id → facts as the cache keeps them
    reviews: list[ReviewFacts] = field(default_factory=list)
    cases: list[CaseFacts] = field(default_factory=list)
    skipped: int = 0


def gather(root: Path, lang: str) -> Gathered | None:
    """The facts of the registry at ``root``; None when its settings cannot be read."""
    from regelsyn.store import reading

    registry = Registry(root)
    index = Index(registry.cache_dir, registry.warn)
    try:
        try:
            config = registry.config_facts(index)
        except RegelsynError:
            return None
        found = Gathered(config.workplace)
        for entry in refresh(index, registry.rules_dir, root, lang, _quick_rule):
            if entry.facts is None:
                found.skipped += 1
            else:
                found.rules.setdefault(rule_id(entry.facts), entry.facts)
        for entry in refresh(index, registry.reviews_dir, root, lang, reading.parse_review()):
            if entry.facts is None:
                found.skipped += 1
            else:
                found.reviews.append(from_dict(ReviewFacts, entry.facts))
        for entry in refresh(index, registry.cases_dir, root, lang, reading.parse_case()):
            if entry.facts is None:
                found.skipped += 1
            else:
                found.cases.append(from_dict(CaseFacts, entry.facts))
        return found
    finally:
        index.close()


def _quick_rule(path: Path, rel: str) -> Any:
    """A changed rule read as ``check`` reads it (pydantic only when the file needs it)."""
    from regelsyn.store.reading import parse_rule

    return parse_rule(fragments=False)(path, rel)
