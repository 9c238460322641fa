"""Generated ids for reviews and cases: readable, and unique within the registry."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

_CASE = re.compile(r"^[A-Z]-(\d{4})-(\d{4})-")


def review_id(date: dt.date, taken: Callable[[str], bool]) -> str:
    """``2026-11-22``, or ``2026-11-22-2`` for a second meeting that day."""
    base = date.isoformat()
    if not taken(base):
        return base
    number = 2
    while taken(f"{base}-{number}"):
        number += 1
    return f"{base}-{number}"


def case_number(year: int, existing: Iterable[str]) -> int:
    """The next case number in ``year`` (``U-2026-0007-…`` and ``E-2026-0008-…`` share it)."""
    numbers = [
        int(match.group(2))
        for name in existing
        if (match := _CASE.match(name)) and int(match.group(1)) == year
    ]
    return max(numbers, default=0) + 1
