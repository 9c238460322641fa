"""What the shell's TAB key offers: the ids of rules, cases and reviews and the levels of the
ladder, each with a word of help (shown by zsh, fish and PowerShell).

Read from the index cache (``.regelsyn/``), so that a TAB parses only the files changed since the
last command, never every file. Outside a registry it offers nothing and writes nothing; a
registry it cannot read offers nothing either: a TAB never shows an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from regelsyn.errors import RegelsynError

if TYPE_CHECKING:
    from regelsyn.store.registry import Registry

Offer = list[tuple[str, str]]  # (what is completed, its help)


def _registry(explicit: Path | None) -> Registry | None:
    """The registry ``-C``, ``REGELSYN_REGISTRY`` or the current folder names; None outside
    one (and nothing is written)."""
    from regelsyn.store.registry import Registry, find_root

    try:
        root = find_root(explicit)
    except RegelsynError:
        return None
    return Registry(root, lambda _said: None, commit=False)


def rules(explicit: Path | None) -> Offer:
    """Every rule's id, with its title."""
    from regelsyn.app.lookup import rule_items

    registry = _registry(explicit)
    if registry is None:
        return []
    return sorted((item.id, item.title) for item in rule_items(registry))


def cases(explicit: Path | None) -> Offer:
    """Every case's id, with its rule and its state."""
    from regelsyn.i18n import words
    from regelsyn.model.facts import CaseFacts
    from regelsyn.store.packing import from_dict

    registry = _registry(explicit)
    if registry is None:
        return []
    offered = []
    for entry in registry.case_entries(fragments=False):
        the_id = entry.rel.rsplit("/", 1)[-1].removesuffix(".yaml")
        if entry.facts is None:
            offered.append((the_id, ""))
            continue
        facts: CaseFacts = from_dict(CaseFacts, entry.facts)
        offered.append((the_id, f"{facts.rule} · {words.label('state', facts.status)}"))
    return sorted(offered)


def reviews(explicit: Path | None) -> Offer:
    """Every review's id (its date)."""
    registry = _registry(explicit)
    if registry is None:
        return []
    return [(entry.rel.rsplit("/", 1)[-1].removesuffix(".yaml"), "")
            for entry in registry.review_entries()]  # fmt: skip


def levels(explicit: Path | None) -> Offer:
    """The levels of the authority ladder, nearest first, with their names."""
    registry = _registry(explicit)
    if registry is None:
        return []
    facts = registry.config_facts()
    return [(level, facts.level_name(level)) for level in facts.levels]
