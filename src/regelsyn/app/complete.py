"""What the shell's TAB key offers: the ids of rules, cases and reviews and the levels of the
ladder, each with a word of help where the shell shows one (zsh, fish, PowerShell).

Fast whatever the size of the registry: an id is the name of its file, so the ids alone (what
bash shows) are a look at a folder; the help (a rule's title, a case's rule and state) and the
levels come from the index cache (``.regelsyn/``), which parses only the files changed since the
last command. Outside a registry nothing is offered and nothing is written; a registry that
cannot be read offers nothing either: a TAB never shows an error.
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


def rules(explicit: Path | None, described: bool = False) -> Offer:
    """Every rule's id; ``described``: with its title."""
    registry = _registry(explicit)
    if registry is None:
        return []
    if not described:
        return [(the_id, "") for the_id in registry.record_ids(registry.rules_dir)]
    from regelsyn.app.lookup import rule_items

    return sorted((item.id, item.title) for item in rule_items(registry))


def cases(explicit: Path | None, described: bool = False) -> Offer:
    """Every case's id; ``described``: with its rule and its state."""
    registry = _registry(explicit)
    if registry is None:
        return []
    if not described:
        return [(the_id, "") for the_id in registry.case_ids()]
    from regelsyn.i18n import words
    from regelsyn.model.facts import CaseFacts
    from regelsyn.store.packing import from_dict
    from regelsyn.store.records import stem

    offered = []
    for entry in registry.case_entries(fragments=False):
        the_id = stem(entry.rel)
        if entry.facts is None:
            offered.append((the_id, ""))
            continue
        facts: CaseFacts = from_dict(CaseFacts, entry.facts)
        offered.append((the_id, f"{facts.rule} · {words.label('state', facts.status)}"))
    return sorted(offered)


def reviews(explicit: Path | None, described: bool = False) -> Offer:
    """Every review's id (its date: it says all)."""
    registry = _registry(explicit)
    return [(the_id, "") for the_id in registry.review_ids()] if registry is not None else []


def levels(explicit: Path | None, described: bool = False) -> Offer:
    """The levels of the authority ladder, nearest first, with their names."""
    registry = _registry(explicit)
    if registry is None:
        return []
    facts = registry.config_facts()
    return [(level, facts.level_name(level)) for level in facts.levels]
