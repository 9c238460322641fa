"""The burden report: what the rules cost, what the reviews freed, and where cases stand.

Pure: records and today's date come in, figures go out (JSON-ready dataclasses).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from regelsyn.domain import cases as lifecycle
from regelsyn.domain import schedule
from regelsyn.domain.balance import Balance, Measurable, balance
from regelsyn.domain.cases import WAITING_STATES
from regelsyn.domain.verdicts import hours_freed
from regelsyn.model import KINDS, STATUSES, RegistryConfig
from regelsyn.model.case import Case
from regelsyn.model.review import Review


class ReportRule(Measurable, Protocol):
    """What the report reads of a rule: a record, or the site's kept summary of one (what the
    measurements' balance reads, and its dates)."""

    @property
    def next_review(self) -> dt.date | None: ...
    @property
    def suspended_from(self) -> dt.date | None: ...


SIMPLIFIED = frozenset({"remove", "merge", "amend", "reduce_to_floor"})


@dataclass
class Group:
    key: str
    label: str
    rules: int = 0
    hours: float = 0.0


@dataclass
class RuleLine:
    id: str
    title: str
    owner: str
    hours: float | None
    date: str | None = None
    days: int | None = None


@dataclass
class CaseLine:
    id: str
    title: str
    status: str
    target: str
    sent: str | None
    due: str | None
    days_waiting: int | None
    overdue: bool


@dataclass
class ReviewLine:
    id: str
    date: str
    decisions: int
    hours_freed: float


@dataclass
class Report:
    workplace: str
    today: str
    since: str | None
    rules: int = 0
    by_status: list[Group] = field(default_factory=list)
    by_kind: list[Group] = field(default_factory=list)
    by_owner: list[Group] = field(default_factory=list)
    hours_remaining: float = 0.0
    hours_suspended: float = 0.0
    hours_freed: float = 0.0
    hours_freed_removed: float = 0.0
    hours_freed_simplified: float = 0.0
    unknown_burden: int = 0
    funnel: dict[str, int] = field(default_factory=dict)
    heaviest: list[RuleLine] = field(default_factory=list)
    unused: list[RuleLine] = field(default_factory=list)
    unused_hours: float = 0.0
    overdue: list[RuleLine] = field(default_factory=list)
    open_cases: list[CaseLine] = field(default_factory=list)
    reviews: list[ReviewLine] = field(default_factory=list)
    measurements: Balance = field(default_factory=Balance)


def _hours(rule: ReportRule) -> float:
    return rule.hours_per_year or 0.0


def build(
    config: RegistryConfig,
    rules: Sequence[ReportRule],
    reviews: list[Review],
    cases: list[Case],
    today: dt.date,
    since: dt.date | None = None,
    labels: dict[str, str] | None = None,
) -> Report:
    """Every figure of the report. ``labels`` gives the localised names of statuses and kinds."""
    names = labels or {}
    report = Report(config.workplace, today.isoformat(), since.isoformat() if since else None)
    report.rules = len(rules)
    report.by_status = _groups(rules, "status", STATUSES, names)
    report.by_kind = _groups(rules, "kind", KINDS, names)
    owners = [level.id for level in config.levels]
    report.by_owner = _groups(rules, "owner", owners, owner_labels(config))
    live = [rule for rule in rules if rule.status != "removed"]
    report.hours_remaining = _sum(_hours(r) for r in live if not suspended(r, today))
    report.hours_suspended = _sum(_hours(r) for r in live if suspended(r, today))
    report.unknown_burden = sum(1 for r in live if r.hours_per_year is None)
    _freed(report, reviews, cases, since)
    report.funnel = funnel(reviews, cases, since)
    heavy = sorted((r for r in live if r.hours_per_year), key=lambda r: (-_hours(r), r.id))
    report.heaviest = [_line(config, r) for r in heavy[:10]]
    report.measurements = balance(rules, config.level_name)
    unused = [line for line in report.measurements.lines if line.unused]
    report.unused = [RuleLine(m.id, m.title, m.owner, m.measuring) for m in unused]
    report.unused_hours = report.measurements.unused_hours
    overdue = [r for r in live if schedule.is_overdue(r.status, r.next_review, today)]
    report.overdue = [
        RuleLine(
            r.id,
            r.title,
            config.level_name(r.owner.level),
            r.hours_per_year,
            r.next_review.isoformat() if r.next_review else None,
            schedule.days_overdue(r.next_review, today) if r.next_review else None,
        )
        for r in sorted(overdue, key=lambda r: (r.next_review or today, r.id))
    ]
    report.open_cases = [_case_line(config, c, today) for c in _open(cases)]
    return report


def owner_labels(config: RegistryConfig) -> dict[str, str]:
    """Each level's name as a label; two levels with the same name are told apart by their
    ids (a chart would otherwise draw them as one)."""
    names = [level.name for level in config.levels]
    return {
        level.id: f"{level.name} ({level.id})" if names.count(level.name) > 1 else level.name
        for level in config.levels
    }


def _sum(values: Iterable[float]) -> float:
    return round(float(sum(values)), 1)


def _groups(
    rules: Sequence[ReportRule],
    attribute: str,
    order: list[str] | tuple[str, ...],
    names: dict[str, str],
) -> list[Group]:
    groups = {key: Group(key, names.get(key, key)) for key in order}
    for rule in rules:
        key = rule.owner.level if attribute == "owner" else getattr(rule, attribute)
        group = groups.setdefault(key, Group(key, names.get(key, key)))
        group.rules += 1
        if rule.status != "removed":
            group.hours = round(group.hours + _hours(rule), 1)
    return [g for g in groups.values() if g.rules]


def _line(config: RegistryConfig, rule: ReportRule) -> RuleLine:
    return RuleLine(rule.id, rule.title, config.level_name(rule.owner.level), rule.hours_per_year)


def suspended(rule: ReportRule, today: dt.date) -> bool:
    """Set aside by a trial today: suspended, and the trial has started."""
    if rule.status != "suspended":
        return False
    return rule.suspended_from is None or rule.suspended_from <= today


def _freed(report: Report, reviews: list[Review], cases: list[Case], since: dt.date | None) -> None:
    """Hours freed by reviews (per review) and by the cases whose outcome freed them."""
    removed = simplified = 0.0
    for review in sorted(reviews, key=lambda r: (r.date, r.id)):
        if since and review.date < since:
            continue
        total = 0.0
        for decision in review.decisions:
            hours = hours_freed(decision)
            total += hours
            if decision.verdict in ("remove", "merge"):
                removed += hours
            elif decision.verdict in SIMPLIFIED:
                simplified += hours
        report.reviews.append(
            ReviewLine(review.id, review.date.isoformat(), len(review.decisions), round(total, 1))
        )
    for case in cases:
        for event in case.events:
            if not event.hours_freed or (since and event.date < since):
                continue
            if case_removes(case):
                removed += event.hours_freed
            else:
                simplified += event.hours_freed
    report.hours_freed_removed = round(removed, 1)
    report.hours_freed_simplified = round(simplified, 1)
    report.hours_freed = round(removed + simplified, 1)


def case_removes(case: Case) -> bool:
    """Whether granting the case removes the rule (rather than making it lighter): a removal, or
    a trial with no alternative (a blank one is none, as in :func:`cases.rule_effect`)."""
    if case.request == "remove":
        return True
    alternative = case.trial.alternative if case.trial else None
    return case.request == "trial" and not (alternative and alternative.strip())


# what each outcome means for the funnel
_VERDICT_STEP = {
    "remove": "removed_or_simplified",
    "merge": "removed_or_simplified",
    "amend": "removed_or_simplified",
    "reduce_to_floor": "removed_or_simplified",
    "defend": "kept",
    "escalate": "sent_on",
    "defer": "",
}
_CASE_STEP = {
    "made_permanent": "removed_or_simplified",
    "rejected": "kept",
    "reverted": "kept",
    "escalated": "sent_on",
}


def funnel(reviews: list[Review], cases: list[Case], since: dt.date | None) -> dict[str, int]:
    """Copenhagen 2012's funnel: challenged, reviewed, removed or simplified, kept, sent on,
    waiting for an answer. Each rule is counted once, by its latest outcome (a rule sent on and
    then removed by its owner counts as removed, not as sent on)."""
    steps: list[tuple[dt.date, int, str, str]] = []  # date, order within the day, rule, step
    for review in sorted(reviews, key=lambda r: (r.date, r.id)):
        if since and review.date < since:
            continue
        for decision in review.decisions:
            steps.append((review.date, 0, decision.rule, _VERDICT_STEP[decision.verdict]))
    for case in cases:
        for event in case.events:
            if since and event.date < since:
                continue
            step = _CASE_STEP.get(event.state, "")
            if event.state == "granted" and case.request != "trial":
                step = "removed_or_simplified"  # a trial that runs has done neither yet
            if step:
                steps.append((event.date, 1, case.rule, step))
    latest: dict[str, str] = {}
    for _, _, rule, step in sorted(steps, key=lambda item: (item[0], item[1])):
        if step or rule not in latest:
            latest[rule] = step
    challenged = sum(
        1
        for case in cases
        if case.kind == "challenge" and not (since and case.events and case.events[0].date < since)
    )
    outcomes = list(latest.values())
    return {
        "challenged": challenged,
        "reviewed": len(latest),
        "removed_or_simplified": outcomes.count("removed_or_simplified"),
        "kept": outcomes.count("kept"),
        "sent_on": outcomes.count("sent_on"),
        "waiting": sum(1 for c in cases if c.status in WAITING_STATES),
    }


def _open(cases: list[Case]) -> list[Case]:
    waiting = [c for c in cases if c.status not in ("closed", "withdrawn")]
    return sorted(waiting, key=lambda c: (c.sent or dt.date.max, c.id))


def _case_line(config: RegistryConfig, case: Case, today: dt.date) -> CaseLine:
    return CaseLine(
        case.id,
        case.title,
        case.status,
        config.level_name(case.target_level),
        case.sent.isoformat() if case.sent else None,
        case.due.isoformat() if case.due else None,
        lifecycle.waiting(case, today),
        lifecycle.is_overdue(case, today),
    )
