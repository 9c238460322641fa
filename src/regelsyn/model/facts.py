"""What the checks need to know about a record, as plain data that the index cache can keep.

The cache stores these facts (with the positions of the fields the checks point at), so that a
``check`` over an unchanged registry needs neither YAML nor pydantic. How they are packed for
the cache is the store's business (:mod:`regelsyn.store.packing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from regelsyn.vocab import VERDICT_STATUS

Pos = tuple[int, int]

# the fields a rule's findings point at
RULE_LOCS: tuple[tuple[str, ...], ...] = (
    ("id",),
    ("owner", "level"),
    ("purpose",),
    ("effect",),
    ("next_review",),
    ("burden",),
    ("status",),
    ("history",),
)
CASE_LOCS: tuple[tuple[str, ...], ...] = (
    ("id",),
    ("rule",),
    ("filed_by",),
    ("target_level",),
    ("due",),
    ("trial", "end"),
)


def position(pos: dict[str, Pos], loc: tuple[str | int, ...]) -> Pos:
    """Where the field at ``loc`` stands, from the positions kept with the facts (1:1 if not)."""
    found = pos.get(".".join(str(p) for p in loc))  # a list when read from the cache
    return (found[0], found[1]) if found else (1, 1)


def decided_in_review(event: str, verdict: str | None) -> bool:
    """A history entry of a review that decided the rule (a deferral decided nothing: the rule
    stays due). What :attr:`RuleFacts.history_reviewed` means."""
    return event == "reviewed" and verdict != "defer"


# (event, verdict, status, fields) of one history entry
Step = tuple[str, str | None, str | None, list[str] | None]
_ANY = "*"  # an entry from an older version that changed the status without naming it


def history_flags(steps: Iterable[Step], status: str) -> tuple[bool, bool, bool]:
    """What a rule's history says about it: whether a review has decided it; whether its
    status is the one its last review or case left it in (status changes come only from
    reviews and cases); and whether its owner was changed since it was last decided."""
    reviewed = owner_changed = False
    last: str | None = None
    for event, verdict, set_to, fields in steps:
        if set_to:
            last = set_to
        elif event == "reviewed" and verdict in VERDICT_STATUS:
            last = VERDICT_STATUS[verdict]
        elif event == "escalated":
            last = "escalated"
        elif event == "decided":
            last = _ANY
        if decided_in_review(event, verdict):
            reviewed, owner_changed = True, False
        elif fields and "owner.level" in fields:
            owner_changed = True
    backed = last in (_ANY, status) or (last is None and status == "active")
    return reviewed, backed, owner_changed


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
    history_reviewed: bool  # a review has decided the rule (:func:`decided_in_review`)
    status_backed: bool  # the status is the one a review or case set (:func:`history_flags`)
    owner_unreviewed: bool  # the owner changed since the rule was last decided
    refs: list[str]  # the reviews and cases its history points at (``reviews/<id>``, ...)
    pos: dict[str, Pos] = field(default_factory=dict)
    floor: bool = False  # it states a floor: a local extension of a higher rule

    @property
    def review_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.next_review) if self.next_review else None

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        return position(self.pos, loc)


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
    sent: str | None = None
    pos: dict[str, Pos] = field(default_factory=dict)

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        return position(self.pos, loc)

    @property
    def due_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.due) if self.due else None

    @property
    def sent_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.sent) if self.sent else None


@dataclass
class ConfigFacts:
    workplace: str
    language: str
    local_level: str
    levels: list[str]
    names: dict[str, str]
    dispensable: dict[str, bool]
    defend_requires: str
    meetings: list[str] = field(default_factory=list)  # the committee's meeting dates

    def level_ids(self) -> list[str]:
        return list(self.levels)

    def level_name(self, level_id: str) -> str:
        """The name of a level as people say it; the id itself when the ladder has no such
        level."""
        return self.names.get(level_id, level_id)


@dataclass
class ReviewFacts:
    """What ``check`` needs of a review: its date, who approved it, and whether its decisions
    are still the ones approved."""

    date: str
    approved_by: list[str]  # the roles that approved the minutes
    changed_since_approval: bool
    pos: dict[str, Pos] = field(default_factory=dict)

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        return position(self.pos, loc)


@dataclass(frozen=True)
class InboxRow:
    """One open case addressed to a level, as ``inbox`` lists it across registries."""

    registry: str
    workplace: str
    case: str
    rule: str
    title: str
    request: str
    status: str
    sent: str | None
    due: str | None
    days_waiting: int | None
    overdue: bool


@dataclass(frozen=True)
class OwnerRef:
    level: str


@dataclass
class RuleSummary:
    """What the agenda, the calendar and the site's index and report need of a rule: plain
    data, made from a record or from the index cache's facts, kept between site builds."""

    id: str
    title: str
    kind: str
    owner_level: str
    status: str
    next_review: dt.date | None
    hours: float | None
    tags: list[str]
    reviewed: bool  # a review has decided it (:func:`decided_in_review`)
    floor: bool
    use: str | None = None
    suspended_from: dt.date | None = None

    @property
    def owner(self) -> OwnerRef:
        return OwnerRef(self.owner_level)

    @property
    def hours_per_year(self) -> float | None:
        return self.hours

    @classmethod
    def of_facts(cls, facts: RuleFacts) -> RuleSummary:
        """From the index cache's facts (which know neither ``use`` nor trial dates)."""
        return cls(
            facts.id, facts.title, facts.kind, facts.owner_level, facts.status,
            facts.review_date, facts.hours, facts.tags, facts.history_reviewed, facts.floor,
        )  # fmt: skip
