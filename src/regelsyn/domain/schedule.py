"""When a rule is due for review: the one definition that ``review --due``, ``due``,
``rule list --due-before``, ``check``, ``report`` and ``inbox`` share.

A rule is in the review cycle while it is in force and the committee can take it up: active,
defended or amended. A removed rule is gone; an escalated rule waits for the level that owns
it (its case says when the answer is due); a suspended rule is in a trial, which its
evaluation settles. Such a rule is neither due nor overdue.
"""

from __future__ import annotations

import datetime as dt

IN_CYCLE = frozenset({"active", "defended", "amended"})


def is_due(status: str, next_review: dt.date | None, reviewed: bool, horizon: dt.date) -> bool:
    """Due for review by ``horizon`` (inclusive): its date has come, or it was never reviewed."""
    if status not in IN_CYCLE:
        return False
    if next_review is None:
        return not reviewed
    return next_review <= horizon


def is_overdue(status: str, next_review: dt.date | None, today: dt.date) -> bool:
    """Past its review date (a day after the date, not on it)."""
    return status in IN_CYCLE and next_review is not None and next_review < today


def days_overdue(next_review: dt.date, today: dt.date) -> int:
    return (today - next_review).days
