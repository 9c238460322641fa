"""What ``regelsyn check`` finds: errors that break the registry and warnings to act on."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict

from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.finding import Issue


def config_issues(config: RegistryConfig) -> list[Issue]:
    """Problems inside ``regelsyn.yaml`` that its schema alone cannot see."""
    issues: list[Issue] = []
    seen: dict[str, int] = {}
    for index, level in enumerate(config.levels):
        if level.id in seen:
            issues.append(
                Issue("error", "duplicate_level", ("levels", index, "id"), {"id": level.id})
            )
        seen.setdefault(level.id, index)
    if config.local_level not in seen:
        issues.append(
            Issue(
                "error",
                "unknown_local_level",
                ("local_level",),
                {"level": config.local_level, "hint": _hint(config.local_level, list(seen))},
            )
        )
    return issues


def rule_issues(config: RegistryConfig, rule: Rule, stem: str, today: dt.date) -> list[Issue]:
    """Errors and warnings for one valid rule record."""
    issues: list[Issue] = []
    if rule.id != stem:
        issues.append(Issue("error", "id_mismatch", ("id",), {"id": rule.id, "stem": stem}))
    levels = config.level_ids()
    if rule.owner.level not in levels:
        hint = _hint(rule.owner.level, levels)
        issues.append(
            Issue(
                "error",
                "unknown_level",
                ("owner", "level"),
                {"level": rule.owner.level, "hint": hint},
            )
        )
    if rule.status == "removed":
        return issues
    premises = rule.premises()
    if not premises:
        code = "defended_without_premise" if rule.status == "defended" else "no_premise"
        issues.append(Issue("warning", code, ("purpose",), {}))
    elif (
        rule.status == "defended"
        and config.review.defend_requires == "effect"
        and "effect" not in premises
    ):
        issues.append(Issue("warning", "defended_without_effect", ("effect",), {}))
    if rule.next_review is not None and rule.next_review < today:
        params: dict[str, object] = {
            "date": rule.next_review.isoformat(),
            "days": (today - rule.next_review).days,
        }
        issues.append(Issue("warning", "review_overdue", ("next_review",), params))
    if rule.hours_per_year is None:
        issues.append(Issue("warning", "burden_unknown", ("burden",), {}))
    return issues


def duplicate_ids(ids: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Ids used by more than one file: ``{id: [file, file, ...]}`` from ``(id, file)`` pairs."""
    files: dict[str, list[str]] = defaultdict(list)
    for rule_id, file in ids:
        files[rule_id].append(file)
    return {rule_id: names for rule_id, names in files.items() if len(names) > 1}


def _hint(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return close[0] if close else ""
