"""What ``regelsyn check`` finds: errors that break the registry and warnings to act on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from regelsyn.domain import cases as lifecycle
from regelsyn.domain import schedule
from regelsyn.domain.balance import MEASURING
from regelsyn.model.facts import CaseFacts, RuleFacts, loc_of
from regelsyn.model.finding import Issue, close_match

if TYPE_CHECKING:
    pass


def hidden_characters(hidden: dict[str, str]) -> list[Issue]:
    """A warning for each field holding a control or invisible character (an escape sequence,
    a bidi override, a zero-width space): text that may look other than it is, and that
    regelsyn shows as ``<U+XXXX>``."""
    return [
        Issue("warning", "hidden_characters", loc_of(path), {"char": f"<{char}>"})
        for path, char in hidden.items()
    ]


def rule_issues(config: Any, rule: RuleFacts, stem: str, today: dt.date | None) -> list[Issue]:
    """Errors and warnings for one valid rule record (from its facts); without ``today``,
    everything but an overdue review (which ``check`` works out anew each day)."""
    issues: list[Issue] = []
    if rule.id != stem:
        issues.append(Issue("error", "id_mismatch", ("id",), {"id": rule.id, "stem": stem}))
    levels = config.level_ids()
    if rule.owner_level not in levels:
        hint = close_match(rule.owner_level, levels)
        params = {"level": rule.owner_level, "hint": hint}
        issues.append(Issue("error", "unknown_level", ("owner", "level"), params))
    if not rule.status_backed:
        issues.append(Issue("warning", "status_unbacked", ("status",), {"status": rule.status}))
    if rule.owner_unreviewed:
        issues.append(Issue("warning", "owner_changed", ("owner", "level"), {}))
    issues.extend(hidden_characters(rule.hidden))
    if rule.status == "removed":
        return issues
    premises = rule.premises
    if not premises:
        code = "defended_without_premise" if rule.status == "defended" else "no_premise"
        issues.append(Issue("warning", code, ("purpose",), {}))
    elif (
        rule.status == "defended"
        and config.defend_requires == "effect"
        and "effect" not in premises
    ):
        issues.append(Issue("warning", "defended_without_effect", ("effect",), {}))
    if rule.hours is None:
        issues.append(Issue("warning", "burden_unknown", ("burden",), {}))
    if rule.kind in MEASURING and not rule.use_documented:
        issues.append(Issue("warning", "use_undocumented", ("use",), {}))
    review = rule.review_date
    if today is not None and schedule.is_overdue(rule.status, review, today):
        assert review is not None
        issues.append(review_overdue(review, today))
    return issues


def review_issues(review_id: str, stem: str) -> list[Issue]:
    """A review whose id is not its file's name: its log, its page on the site and the links
    to it go by the name."""
    if review_id == stem:
        return []
    return [Issue("error", "id_mismatch", ("id",), {"id": review_id, "stem": stem})]


def review_overdue(review: dt.date, today: dt.date) -> Issue:
    params: dict[str, object] = {
        "date": review.isoformat(),
        "days": schedule.days_overdue(review, today),
    }
    return Issue("warning", "review_overdue", ("next_review",), params)


def duplicate_ids(ids: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Ids used by more than one file: ``{id: [file, file, ...]}`` from ``(id, file)`` pairs."""
    first: dict[str, str] = {}
    twice: dict[str, list[str]] = {}
    for rule_id, file in ids:
        seen = first.setdefault(rule_id, file)
        if seen != file:
            twice.setdefault(rule_id, [seen]).append(file)
    return twice


def case_issues(
    case: CaseFacts, stem: str, rule_ids: set[str], config: Any, today: dt.date
) -> list[Issue]:
    """What ``check`` finds in one valid case (from its facts)."""
    issues: list[Issue] = []
    if case.id != stem:
        issues.append(Issue("error", "id_mismatch", ("id",), {"id": case.id, "stem": stem}))
    if case.rule not in rule_ids:
        issues.append(Issue("error", "case_unknown_rule", ("rule",), {"id": case.rule}))
    if case.anonymous and case.named:
        issues.append(Issue("error", "case_named_anonymous", ("filed_by",), {}))
    issues.extend(hidden_characters(case.hidden))
    if case.target_level not in config.level_ids():
        params = {
            "level": case.target_level,
            "hint": close_match(case.target_level, config.level_ids()),
        }
        issues.append(Issue("error", "unknown_level", ("target_level",), params))
    due = case.due_date
    if due is not None and lifecycle.reply_overdue(case.status, due, today):
        issues.append(
            Issue(
                "warning",
                "case_reply_overdue",
                ("due",),
                {"date": due.isoformat(), "days": (today - due).days},
            )
        )
    end = dt.date.fromisoformat(case.trial_end) if case.trial_end else None
    if case.status == "trial_running" and end is not None and end < today:
        issues.append(
            Issue("warning", "case_trial_ended", ("trial", "end"), {"date": end.isoformat()})
        )
    return issues


def missing_refs(refs: list[str], existing: set[str]) -> list[Issue]:
    """History entries that point at a review or case that is not there (a record deleted,
    or a write that never finished)."""
    return [
        Issue("warning", "ref_missing", ("history",), {"ref": ref})
        for ref in dict.fromkeys(refs)
        if ref.startswith(("reviews/", "cases/")) and ref not in existing
    ]
