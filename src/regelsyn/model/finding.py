"""A problem found in a registry file, positioned for the person who must fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Issue:
    """What the domain finds in one record: a stable code, a field path and message params."""

    severity: Severity
    code: str
    loc: Loc
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    """An issue placed in a file: ``path:line:col: field: message``."""

    severity: Severity
    file: str
    field: str
    message: str
    line: int = 1
    col: int = 1
    code: str = ""
    unreadable: bool = False

    def format(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("unreadable")
        return data


def close_match(value: str, choices: list[str]) -> str:
    """The choice ``value`` was most likely meant to be ("" when none is close)."""
    import difflib

    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return close[0] if close else ""


def field_path(loc: Loc) -> str:
    """``('levels', 2, 'id')`` as ``levels[2].id``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


# the issues whose message has plural forms, and the parameter that counts
COUNTED = {
    "review_overdue": "days",
    "case_reply_overdue": "days",
    "agenda_missing": "days",
    "minutes_unapproved": "days",
}


def issue_message(issue: Issue) -> str:
    """The message for a domain issue: ``check.<code>``, or ``check.<code>_hint`` when a
    close match is known."""
    from regelsyn.i18n import t, tn

    if issue.params.get("hint"):
        return t(f"check.{issue.code}_hint", **issue.params)
    count = issue.params.get(COUNTED.get(issue.code, ""))
    if isinstance(count, int | float):
        return tn(f"check.{issue.code}", count, **issue.params)
    return t(f"check.{issue.code}", **issue.params)
