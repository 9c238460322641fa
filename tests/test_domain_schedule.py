"""Table tests of ``domain/schedule.py`` and ``domain/dates.py``: when a rule is due and
overdue for review (DESIGN.md §3: a defended rule gets its next review from the interval)."""

from __future__ import annotations

import datetime as dt

import pytest

from regelsyn.domain import schedule
from regelsyn.domain.dates import add_months
from tests.records import TODAY, TOMORROW, YESTERDAY

IN_CYCLE = ("active", "defended", "amended")
OUT_OF_CYCLE = ("removed", "escalated", "suspended")


def test_the_statuses_in_the_review_cycle() -> None:
    assert set(IN_CYCLE) == schedule.IN_CYCLE


@pytest.mark.parametrize("status", IN_CYCLE)
@pytest.mark.parametrize(
    ("next_review", "reviewed", "due"),
    [
        (YESTERDAY, True, True),
        (TODAY, True, True),  # the horizon is inclusive
        (TOMORROW, True, False),
        (TOMORROW, False, False),  # never reviewed, but a date set: the date decides
        (None, False, True),  # never reviewed: due at once
        (None, True, False),  # reviewed, no date (a deferral of an undated rule is not this)
    ],
)
def test_is_due_in_the_cycle(
    status: str, next_review: dt.date | None, reviewed: bool, due: bool
) -> None:
    assert schedule.is_due(status, next_review, reviewed, TODAY) is due


@pytest.mark.parametrize("status", OUT_OF_CYCLE)
@pytest.mark.parametrize("next_review", [YESTERDAY, TODAY, None])
@pytest.mark.parametrize("reviewed", [True, False])
def test_is_due_never_out_of_the_cycle(
    status: str, next_review: dt.date | None, reviewed: bool
) -> None:
    assert schedule.is_due(status, next_review, reviewed, TODAY) is False


@pytest.mark.parametrize(
    ("status", "next_review", "overdue"),
    [
        ("active", YESTERDAY, True),
        ("defended", YESTERDAY, True),
        ("amended", dt.date(2020, 1, 1), True),
        ("active", TODAY, False),  # due today is not overdue
        ("active", TOMORROW, False),
        ("active", None, False),
        ("removed", YESTERDAY, False),
        ("escalated", YESTERDAY, False),
        ("suspended", YESTERDAY, False),
    ],
)
def test_is_overdue(status: str, next_review: dt.date | None, overdue: bool) -> None:
    assert schedule.is_overdue(status, next_review, TODAY) is overdue


@pytest.mark.parametrize(
    ("next_review", "days"),
    [(YESTERDAY, 1), (TODAY, 0), (dt.date(2025, 11, 27), 365), (TOMORROW, -1)],
)
def test_days_overdue(next_review: dt.date, days: int) -> None:
    assert schedule.days_overdue(next_review, TODAY) == days


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 27), 0, dt.date(2026, 11, 27)),
        (dt.date(2026, 11, 27), 24, dt.date(2028, 11, 27)),
        (dt.date(2026, 1, 15), 11, dt.date(2026, 12, 15)),  # to December, same year
        (dt.date(2026, 1, 15), 12, dt.date(2027, 1, 15)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 11, 30), 2, dt.date(2027, 1, 30)),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),  # the month's last day
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),  # in a leap year
        (dt.date(2026, 8, 31), 18, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 31), 3, dt.date(2026, 4, 30)),
        (dt.date(2026, 12, 31), 12, dt.date(2027, 12, 31)),
        (dt.date(2026, 3, 31), 120, dt.date(2036, 3, 31)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected
