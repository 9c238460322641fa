"""Pydantic models of the registry's records: types and invariants, no I/O.

Names are imported on first use (PEP 562), so that ``regelsyn.model.finding`` and the other
light modules can be used without loading pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regelsyn.model.config import Committee, Level, RegistryConfig, ReviewPolicy
    from regelsyn.model.rule import EVENTS, KINDS, STATUSES, Burden, HistoryEntry, Owner, Rule, Use

_WHERE = {
    "Committee": "config",
    "Level": "config",
    "RegistryConfig": "config",
    "ReviewPolicy": "config",
    "EVENTS": "rule",
    "KINDS": "rule",
    "STATUSES": "rule",
    "Burden": "rule",
    "HistoryEntry": "rule",
    "Owner": "rule",
    "Rule": "rule",
    "Use": "rule",
}

__all__ = [
    "EVENTS",
    "KINDS",
    "STATUSES",
    "Burden",
    "Committee",
    "HistoryEntry",
    "Level",
    "Owner",
    "RegistryConfig",
    "ReviewPolicy",
    "Rule",
    "Use",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"regelsyn.model.{module}"), name)
