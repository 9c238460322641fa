"""Pydantic models of the registry's records: types and invariants, no I/O."""

from regelsyn.model.config import Committee, Level, RegistryConfig, ReviewPolicy
from regelsyn.model.rule import (
    EVENTS,
    KINDS,
    STATUSES,
    Burden,
    HistoryEntry,
    Owner,
    Rule,
)

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
]
