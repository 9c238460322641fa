"""What the checks need to know about a record, as plain data that the index cache can keep.

The cache stores these facts (with the positions of the fields the checks point at), so that a
``check`` over an unchanged registry needs neither YAML nor pydantic. How they are packed for
the cache is the store's business (:mod:`regelsyn.store.packing`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

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
    ("use",),
)
# the states of a case that record an outcome (what ``learn`` reads of a case)
OUTCOME_STATES = frozenset(
    {"granted", "partly", "rejected", "evaluated", "made_permanent", "reverted"}
)
CASE_LOCS: tuple[tuple[str, ...], ...] = (
    ("id",),
    ("rule",),
    ("filed_by",),
    ("target_level",),
    ("due",),
    ("trial", "end"),
)


def loc_of(path: str) -> tuple[str | int, ...]:
    """A dotted field path as a location: ``"history.2.note"`` → ``("history", 2, "note")``."""
    return tuple(int(part) if part.isdigit() else part for part in path.split("."))


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


# What a defence rests on: a later change to any of these (not to comments or layout, nor to
# the way a text is wrapped) puts a defended rule before the committee again.
MATERIAL: tuple[str, ...] = ("text", "owner", "burden", "purpose", "effect", "legal_certainty")
PREMISE_AT = {"purpose": 3, "effect": 4, "legal_certainty": 5}  # their places in MATERIAL


def material_print(data: Mapping[str, Any]) -> str:
    """A short fingerprint of each material field of a rule, from its values as YAML gives
    them (or as the model holds them), comma-joined in :data:`MATERIAL` order."""
    return ",".join(value_print(name, data.get(name)) for name in MATERIAL)


def value_print(name: str, value: Any) -> str:
    """The fingerprint of one material field's value."""
    if name == "owner" and isinstance(value, Mapping):
        normal: Any = [_text(value.get("level")), _text(value.get("body"))]
    elif name == "burden" and isinstance(value, Mapping):
        normal = [_number(value.get(key)) for key in ("minutes", "per_year", "people")]
    elif name == "burden" and value is not None:
        normal = repr(value)
    else:
        normal = _text(value)
    data = json.dumps(normal, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(value.split()) if isinstance(value, str) else repr(value)


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None if value is None else repr(value)
    return float(value)


def defence(entries: Iterable[tuple[Any, Any, Any, Any]]) -> str:
    """``<ref>@<blob>`` of the review that last decided the rule, when it defended it and noted
    the version it was taken on; "" otherwise. ``entries``: (event, verdict, ref, blob)."""
    found = ""
    for event, verdict, ref, blob in entries:
        if decided_in_review(event, verdict):
            good = verdict == "defend" and isinstance(ref, str) and isinstance(blob, str)
            found = f"{ref}@{blob}" if good and ref and blob else ""
    return found


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
    legal_basis: str | None = None  # hjemmel: what ``learn`` compares rules by, with id and title
    use_documented: bool = False  # the record says who uses its results (a text, either form)
    pos: dict[str, Pos] = field(default_factory=dict)
    # fields holding a control or hidden character: dotted path → its first, as "U+202E"
    hidden: dict[str, str] = field(default_factory=dict)
    material: str = ""  # :func:`material_print` of the rule as it is
    defence: str = ""  # :func:`defence`: the review that defended it, and the version then
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
    hidden: dict[str, str] = field(default_factory=dict)  # as :attr:`RuleFacts.hidden`
    # what ``learn`` needs: what was asked, a trial's evaluation, and the outcomes reached
    request: str = ""
    result: str | None = None
    outcomes: list[list[Any]] = field(default_factory=list)  # [state, date, hours freed]

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        return position(self.pos, loc)

    @property
    def due_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.due) if self.due else None

    @property
    def sent_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.sent) if self.sent else None


@dataclass
class ReviewFacts:
    """A review as ``learn`` and ``check`` read it from the index cache: each decision as
    ``[rule, verdict, title, hours before, hours after]``; for each rule it defended the
    fingerprints of the premises it stated (:func:`value_print`, "" for one not stated); who
    approved the minutes, and whether the decisions changed since."""

    id: str
    date: str
    decisions: list[list[Any]] = field(default_factory=list)
    defended: dict[str, list[str]] = field(default_factory=dict)
    approved_by: list[str] = field(default_factory=list)  # the roles that approved the minutes
    changed_since_approval: bool = False
    pos: dict[str, Pos] = field(default_factory=dict)

    def at(self, loc: tuple[str | int, ...]) -> Pos:
        return position(self.pos, loc)


@dataclass
class ConfigFacts:
    workplace: str
    language: str
    local_level: str
    levels: list[str]
    names: dict[str, str]
    dispensable: dict[str, bool]
    defend_requires: str
    learn_from: list[str] = field(default_factory=list)  # the registries a review learns from
    commit: bool = True  # regelsyn commits what it writes (``git.commit``)
    meetings: list[str] = field(default_factory=list)  # the committee's meeting dates

    def level_ids(self) -> list[str]:
        return list(self.levels)

    def level_name(self, level_id: str) -> str:
        """The name of a level as people say it; the id itself when the ladder has no such
        level."""
        return self.names.get(level_id, level_id)


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


@dataclass
class Lesson:
    """One thing a workplace did with a rule, as ``learn`` lists it across registries: what,
    when, the hours involved, and a trial's evaluation. It names no person."""

    topic: str  # the rule the comparable rules are gathered under (its id)
    match: str  # how this rule compares with it: "id", "legal_basis" or "title"
    registry: str
    workplace: str
    rule: str
    title: str
    legal_basis: str | None
    action: str  # removed, amended, reduced_to_floor, defended, trial_made_permanent, ...
    date: str
    hours_before: float | None
    hours_after: float | None
    hours_freed: float | None
    result: str | None  # a trial's evaluation
    source: str  # the review or case it comes from (``reviews/<id>``, ``cases/<id>``)


@dataclass
class Tally:
    """What comparable workplaces did with a rule: for each action, at how many workplaces;
    for trials, how many were made permanent or reverted."""

    removed: int = 0
    amended: int = 0
    reduced_to_floor: int = 0
    defended: int = 0
    trial_made_permanent: int = 0
    trial_reverted: int = 0

    @property
    def changed(self) -> bool:
        """Removed or changed somewhere (what a review mentions)."""
        return bool(
            self.removed or self.amended or self.reduced_to_floor or self.trial_made_permanent
        )


@dataclass
class Topic:
    """Comparable rules gathered under one of them, with what was done with them."""

    id: str
    title: str
    tally: Tally = field(default_factory=Tally)


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
    use: str | None = None  # who uses its results (the text, in either form of the record)
    suspended_from: dt.date | None = None
    use_hours: float | None = None  # hours a year using the results, when the record says

    @property
    def use_text(self) -> str | None:
        return self.use

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
