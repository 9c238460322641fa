"""The dates a committee keeps: meetings, agenda deadlines, rules falling due, reply deadlines,
trials and follow-up actions. Pure: records in, all-day events (with stable keys) out; how they
are worded and written is :mod:`regelsyn.render.ics`'s business."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from regelsyn.domain import meetings, schedule
from regelsyn.domain.agenda import TRIAL_ACTIVE
from regelsyn.domain.cases import WAITING_STATES
from regelsyn.model import RegistryConfig
from regelsyn.model.case import Case
from regelsyn.model.facts import RuleSummary
from regelsyn.model.review import Review

MAX_LISTED = 25  # titles listed in one "rules due" event; the rest are counted
# the states in which a case has dates to show (:func:`_case_events`): a caller may leave out
# the cases in any other without reading them
DATED_STATES = WAITING_STATES | TRIAL_ACTIVE
WINDOW_DAYS = 366  # the days rules fall due are shown from today up to a year ahead


def in_window(day: dt.date | None, today: dt.date) -> bool:
    """Whether a rule falling due on ``day`` is in the calendar: from today, a year ahead
    (what is overdue already is on the agenda, not in the calendar)."""
    return day is not None and 0 <= (day - today).days <= WINDOW_DAYS


@dataclass(frozen=True)
class Event:
    """One all-day event. ``key`` is the same on every run for the same thing, so that a
    calendar importing the feed again updates the event instead of adding another."""

    key: str
    date: dt.date
    kind: str  # meeting | deadline | due | reply | trial_start | trial_end | evaluation | action
    params: dict[str, str | int] = field(default_factory=dict)
    lines: tuple[str, ...] = ()  # what the event's description lists

    def uid(self, workplace: str) -> str:
        digest = hashlib.sha256(f"{workplace}\x1f{self.key}".encode()).hexdigest()[:24]
        return f"{digest}@regelsyn"


def events(
    config: RegistryConfig,
    rules: list[RuleSummary],
    cases: list[Case],
    reviews: list[Review],
    today: dt.date,
) -> list[Event]:
    """Every dated event of the registry, by date and key (the days rules fall due: within
    :func:`in_window`)."""
    found: list[Event] = []
    for day in sorted(set(config.meetings)):
        iso = day.isoformat()
        found.append(Event(f"meeting/{iso}", day, "meeting", {"date": iso}))
        deadline = meetings.agenda_deadline(day)
        found.append(Event(f"deadline/{iso}", deadline, "deadline", {"date": iso}))
    due: dict[dt.date, list[RuleSummary]] = defaultdict(list)
    for rule in rules:
        if rule.status in schedule.IN_CYCLE and in_window(rule.next_review, today):
            assert rule.next_review is not None
            due[rule.next_review].append(rule)
    for day, group in due.items():
        group.sort(key=lambda r: r.id)
        lines = [f"{r.title} ({r.id})" for r in group[:MAX_LISTED]]
        params: dict[str, str | int] = {"count": len(group), "more": len(group) - len(lines)}
        found.append(Event(f"due/{day.isoformat()}", day, "due", params, tuple(lines)))
    for case in cases:
        found.extend(_case_events(case))
    corrected = {review.corrects for review in reviews if review.corrects}
    for review in reviews:
        if review.id in corrected:
            continue
        for d in review.decisions:
            if d.action is not None:
                params = {"title": d.title or d.rule, "owner": d.action.owner, "rule": d.rule}
                key = f"action/{review.id}/{d.rule}"
                found.append(Event(key, d.action.due, "action", params))
    return sorted(found, key=lambda e: (e.date, e.key))


def _case_events(case: Case) -> list[Event]:
    found = []
    params: dict[str, str | int] = {"title": case.title, "case": case.id, "rule": case.rule}
    if case.status in WAITING_STATES and case.due is not None:
        found.append(Event(f"reply/{case.id}", case.due, "reply", params))
    trial = case.trial
    if trial is not None and case.status in TRIAL_ACTIVE:
        found.append(Event(f"trial-start/{case.id}", trial.start, "trial_start", params))
        found.append(Event(f"trial-end/{case.id}", trial.end, "trial_end", params))
        after = trial.end + dt.timedelta(days=1)
        found.append(Event(f"evaluation/{case.id}", after, "evaluation", params))
    return found
