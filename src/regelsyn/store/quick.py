"""Vouching for a plainly valid rule record without pydantic.

Validating one changed rule through the pydantic model costs more than all the rest of a warm
``check``: importing pydantic and building the model take about 0.2 s. Most changed files are
plainly valid, so :func:`rule_facts` checks the loaded data against the same schema in a
stricter way. It accepts only values of the exact types the YAML loader gives a valid record,
and returns None on anything else (an unknown key, a quoted date, a number written as text, an
empty title). The caller then validates that file with the model, which words the problem.

The promise, held by ``tests/test_quick.py`` on generated records: whatever this module accepts,
the model accepts too, with the same facts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from regelsyn.inert import hidden_fields
from regelsyn.model.facts import RuleFacts, Step, defence, history_flags, material_print
from regelsyn.vocab import (
    EVENTS,
    KINDS,
    MAX_MINUTES,
    MAX_PEOPLE,
    MAX_PER_YEAR,
    PREMISES,
    SLUG_PATTERN,
    STATUSES,
)

REQUIRED = frozenset({"id", "title", "kind", "text", "owner"})
OPTIONAL_TEXT = ("legal_basis", "floor", "purpose", "effect", "legal_certainty")
FIELDS = frozenset(
    {
        *REQUIRED,
        *OPTIONAL_TEXT,
        "use",
        "adopted",
        "applies_to",
        "burden",
        "status",
        "suspended_from",
        "suspended_until",
        "next_review",
        "tags",
        "history",
    }
)
OWNER_FIELDS = frozenset({"level", "body"})
BURDEN_FIELDS = frozenset({"minutes", "per_year", "people"})
USE_FIELDS = frozenset({"text", *BURDEN_FIELDS})
HISTORY_TEXT = ("verdict", "ref", "case", "by", "note", "blob")
HISTORY_FIELDS = frozenset({"date", "event", "status", "fields", *HISTORY_TEXT})
_slug = re.compile(SLUG_PATTERN).fullmatch
_kinds, _statuses, _events = frozenset(KINDS), frozenset(STATUSES), frozenset(EVENTS)


class _No(Exception):
    """Not plainly valid: the model decides."""


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _No
    try:
        value.encode("utf-8")  # a lone surrogate from a "\ud800" escape is not a valid string
    except UnicodeEncodeError:
        raise _No from None
    return value


def _text(value: Any) -> str:
    text = _str(value)
    if not text:
        raise _No
    return text


def _maybe_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _slug_of(value: Any) -> str:
    if not _slug(_str(value)):
        raise _No
    return value  # type: ignore[no-any-return]


def _one_of(value: Any, allowed: frozenset[str]) -> str:
    if type(value) is not str or value not in allowed:
        raise _No
    return value


def _date(value: Any) -> dt.date | None:
    if value is not None and type(value) is not dt.date:
        raise _No
    return value


def _mapping(value: Any, allowed: frozenset[str]) -> dict[str, Any]:
    if type(value) is not dict or not allowed.issuperset(value):
        raise _No
    return value


def _texts(value: Any) -> list[str]:
    if type(value) is not list:
        raise _No
    return [_text(item) for item in value]


def _amount(value: Any, limit: float) -> float | None:
    """A number within the model's bounds (``0 ≤ value ≤ limit``; never nan or inf)."""
    if value is None:
        return None
    if type(value) not in (int, float) or not 0 <= value <= limit:  # also refuses nan and inf
        raise _No
    return float(value)


def _count(value: Any, limit: int) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not 0 <= value <= limit:
        raise _No
    return value


def _hours(burden: Any) -> float | None:
    if burden is None:
        return None
    fields = _mapping(burden, BURDEN_FIELDS)
    minutes = _amount(fields.get("minutes"), MAX_MINUTES)
    per_year = _amount(fields.get("per_year"), MAX_PER_YEAR)
    people = _count(fields.get("people"), MAX_PEOPLE)
    if minutes is None or per_year is None or people is None:
        return None
    return round(minutes * per_year * people / 60, 1)  # as Burden.hours_per_year


def _use_text(use: Any) -> str | None:
    """The text of a ``use`` in either form (a text, or a mapping with figures), checked as the
    model would."""
    if use is None or type(use) is str:
        return _maybe_str(use)
    fields = _mapping(use, USE_FIELDS)
    _amount(fields.get("minutes"), MAX_MINUTES)
    _amount(fields.get("per_year"), MAX_PER_YEAR)
    _count(fields.get("people"), MAX_PEOPLE)
    return _maybe_str(fields.get("text"))


def _steps(history: Any) -> list[Step]:
    """The history's entries as (event, verdict, status, fields), each checked as the model
    would."""
    if type(history) is not list:
        raise _No
    steps: list[Step] = []
    for item in history:
        entry = _mapping(item, HISTORY_FIELDS)
        if "date" not in entry or "event" not in entry or _date(entry["date"]) is None:
            raise _No
        event = _one_of(entry["event"], _events)
        for name in HISTORY_TEXT:
            _maybe_str(entry.get(name))
        status = entry.get("status")
        if status is not None:
            _one_of(status, _statuses)
        fields = entry.get("fields")
        if fields is not None:
            if type(fields) is not list:
                raise _No
            fields = [_str(name) for name in fields]
        steps.append((event, entry.get("verdict"), status, fields))
    return steps


def rule_facts(data: Any) -> RuleFacts | None:
    """The facts of a plainly valid rule record (positions not filled in), or None when only
    the model can tell."""
    try:
        record = _mapping(data, FIELDS)
        if not REQUIRED.issubset(record):
            raise _No
        owner = _mapping(record["owner"], OWNER_FIELDS)
        if "level" not in owner:
            raise _No
        _maybe_str(owner.get("body"))
        texts = {name: _maybe_str(record.get(name)) for name in OPTIONAL_TEXT}
        use = _use_text(record.get("use"))
        _date(record.get("adopted"))
        _date(record.get("suspended_from"))
        _date(record.get("suspended_until"))
        review = _date(record.get("next_review"))
        _texts(record.get("applies_to", []))
        _text(record["text"])
        status = _one_of(record.get("status", "active"), _statuses)
        history = record.get("history", [])
        reviewed, backed, owner_changed = history_flags(_steps(history), status)
        return RuleFacts(
            id=_slug_of(record["id"]),
            title=_text(record["title"]),
            kind=_one_of(record["kind"], _kinds),
            owner_level=_slug_of(owner["level"]),
            status=status,
            premises=[name for name in PREMISES if (texts[name] or "").strip()],
            next_review=review.isoformat() if review else None,
            hours=_hours(record.get("burden")),
            tags=_texts(record.get("tags", [])),
            history_reviewed=reviewed,
            status_backed=backed,
            owner_unreviewed=owner_changed,
            refs=[entry["ref"] for entry in history if entry.get("ref")],
            legal_basis=texts["legal_basis"],
            use_documented=bool((use or "").strip()),
            hidden=hidden_fields(record),
            material=material_print(record),
            defence=defence(
                (e["event"], e.get("verdict"), e.get("ref"), e.get("blob")) for e in history
            ),
            floor=bool(texts["floor"]),
        )
    except _No:
        return None
