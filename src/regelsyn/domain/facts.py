"""What the checks need to know about a record, as plain data that the index cache can keep.

The cache stores these facts (with the positions of the fields the checks point at), so that a
``check`` over an unchanged registry needs neither YAML nor pydantic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Pos = tuple[int, int]

# the fields a rule's findings point at
RULE_LOCS: tuple[tuple[str, ...], ...] = (
    ("id",),
    ("owner", "level"),
    ("purpose",),
    ("effect",),
    ("next_review",),
    ("burden",),
)
CASE_LOCS: tuple[tuple[str, ...], ...] = (
    ("id",),
    ("rule",),
    ("filed_by",),
    ("target_level",),
    ("due",),
    ("trial", "end"),
)


@dataclass
class RuleFacts:
    id: str
    title: str
    kind: str
    owner_level: str
    status: str
    premises: list[str]
    next_review: str | None
    hours: float | None
    tags: list[str]
    history_reviewed: bool
    pos: dict[str, Pos] = field(default_factory=dict)

    @property
    def review_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.next_review) if self.next_review else None

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        found = self.pos.get(".".join(str(p) for p in loc))  # a list when read from the cache
        return (found[0], found[1]) if found else (1, 1)


@dataclass
class CaseFacts:
    id: str
    rule: str
    anonymous: bool
    named: bool
    target_level: str
    status: str
    due: str | None
    trial_end: str | None
    pos: dict[str, Pos] = field(default_factory=dict)

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        found = self.pos.get(".".join(str(p) for p in loc))  # a list when read from the cache
        return (found[0], found[1]) if found else (1, 1)


@dataclass
class ConfigFacts:
    workplace: str
    language: str
    local_level: str
    levels: list[str]
    names: dict[str, str]
    dispensable: dict[str, bool]
    defend_requires: str

    def level_ids(self) -> list[str]:
        return list(self.levels)


def to_row(facts: Any) -> list[Any]:
    """Facts as a JSON-ready list in field order (the cache decodes lists faster than dicts)."""
    return [getattr(facts, name) for name in facts.__dataclass_fields__]


def from_dict(kind: type[Any], data: dict[str, Any] | list[Any]) -> Any:
    """Facts back from the cache's JSON (a list in field order, or a dict)."""
    return kind(*data) if isinstance(data, list) else kind(**data)
