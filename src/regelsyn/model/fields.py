"""A record's fields as flat, dotted names (spreadsheet columns, flags) and back; no pydantic."""

from __future__ import annotations

from typing import Any


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"owner": {"level": "x"}}`` → ``{"owner.level": "x"}`` (a record as spreadsheet
    columns)."""
    result: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            result.update(flatten(value, f"{name}."))
        else:
            result[name] = value
    return result


def nest(fields: dict[str, Any]) -> dict[str, Any]:
    """``{"owner.level": "x"}`` → ``{"owner": {"level": "x"}}``."""
    result: dict[str, Any] = {}
    for dotted, value in fields.items():
        target = result
        *parents, last = dotted.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return result
