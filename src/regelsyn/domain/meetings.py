"""The meeting cycle: which meeting is next, when its agenda is due, and when minutes are
approved. Pure functions; today's date comes in.

The committee meets on the dates in ``regelsyn.yaml`` (``meetings:``). The agenda is sent a
week before; the minutes (the decision log) are approved by the chair and the vice-chair, and
should be within two weeks of the meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from regelsyn.model.finding import Issue

AGENDA_DAYS = 7  # the agenda goes out this many days before the meeting
APPROVAL_DAYS = 14  # minutes not approved this many days after the meeting are a finding
APPROVERS = ("formand", "naestformand")


def next_meeting(meetings: Iterable[dt.date], today: dt.date) -> dt.date | None:
    """The first meeting on or after ``today``."""
    return min((day for day in meetings if day >= today), default=None)


def previous_meeting(meetings: Iterable[dt.date], before: dt.date) -> dt.date | None:
    """The last meeting before ``before``."""
    return max((day for day in meetings if day < before), default=None)


def agenda_deadline(meeting: dt.date) -> dt.date:
    return meeting - dt.timedelta(days=AGENDA_DAYS)


def agenda_missing(
    meetings: Iterable[dt.date], written: set[dt.date], today: dt.date
) -> list[Issue]:
    """A warning for each meeting less than :data:`AGENDA_DAYS` away without a written agenda."""
    issues = []
    for day in sorted(set(meetings)):
        if 0 <= (day - today).days < AGENDA_DAYS and day not in written:
            params = {"date": day.isoformat(), "days": (day - today).days}
            issues.append(Issue("warning", "agenda_missing", ("meetings",), params))
    return issues


def approved(roles: Iterable[str]) -> bool:
    """Minutes are approved once the chair and the vice-chair have both approved them."""
    return set(APPROVERS) <= set(roles)


def approval_issues(
    roles: Sequence[str], role: str, meeting: dt.date, date: dt.date, changed: bool
) -> list[Issue]:
    """Why ``role`` may not approve these minutes on ``date`` (nothing: it may)."""
    if role not in APPROVERS:
        return [Issue("error", "approve_role", ("role",), {"role": role})]
    if changed:
        return [Issue("error", "approval_changed", ("decisions",))]
    if role in roles:
        return [Issue("error", "already_approved", ("approvals",), {"role": role})]
    if date < meeting:
        params = {"date": date.isoformat(), "meeting": meeting.isoformat()}
        return [Issue("error", "approval_before_meeting", ("date",), params)]
    return []


def minutes_issues(
    meeting: dt.date, roles: Sequence[str], changed: bool, today: dt.date
) -> list[Issue]:
    """What ``check`` says about a review's minutes: decisions changed after they were approved
    (an error: a correction is a new review), or not approved two weeks after the meeting."""
    if changed:
        return [Issue("error", "approval_changed", ("decisions",))]
    waited = (today - meeting).days
    if not approved(roles) and waited >= APPROVAL_DAYS:
        params = {"days": waited}
        return [Issue("warning", "minutes_unapproved", ("approvals",), params)]
    return []
