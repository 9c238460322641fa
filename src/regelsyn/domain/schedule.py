"""When a rule is due for review: the one definition that ``review --due``, ``due``,
``rule list --due-before``, ``check``, ``report`` and ``inbox`` share.

A rule is in the review cycle while it is in force and the committee can take it up: active,
defended or amended. A removed rule is gone; an escalated rule waits for the level that owns
it (its case says when the answer is due); a suspended rule is in a trial, which its
evaluation settles. Such a rule is neither due nor overdue.

A defended rule whose text, owner, burden or premises changed since the review that defended
it is due at once: the defence was of another rule (:func:`material_changes`).
"""

from __future__ import annotations

import datetime as dt

from regelsyn.model.facts import MATERIAL, PREMISE_AT

IN_CYCLE = frozenset({"active", "defended", "amended"})


def is_due(
    status: str,
    next_review: dt.date | None,
    reviewed: bool,
    horizon: dt.date,
    changed: bool = False,
) -> bool:
    """Due for review by ``horizon`` (inclusive): its date has come, or it was never reviewed,
    or (``changed``) it changed materially since it was defended."""
    if status not in IN_CYCLE:
        return False
    if changed:
        return True
    if next_review is None:
        return not reviewed
    return next_review <= horizon


def material_changes(status: str, now: str, then: str, stated: list[str] | None) -> list[str]:
    """The material fields (:data:`~regelsyn.model.facts.MATERIAL`) of a defended rule that
    differ from what the defence was of: the version the decision was taken on (``then``), with
    the premises the meeting stated (``stated``, which the defence wrote onto the rule). Nothing
    when the rule is not defended or that version is not known. Arguments are fingerprints."""
    before, after = then.split(","), now.split(",")
    if status != "defended" or len(before) != len(MATERIAL) or len(after) != len(MATERIAL):
        return []
    for name, value in zip(PREMISE_AT, stated or [], strict=False):
        if value:
            before[PREMISE_AT[name]] = value
    return [name for name, was, now_ in zip(MATERIAL, before, after, strict=True) if was != now_]


def is_overdue(status: str, next_review: dt.date | None, today: dt.date) -> bool:
    """Past its review date (a day after the date, not on it)."""
    return status in IN_CYCLE and next_review is not None and next_review < today


def days_overdue(next_review: dt.date, today: dt.date) -> int:
    return (today - next_review).days
