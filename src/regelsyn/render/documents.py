"""The documents regelsyn writes, each from its records: the decision log of a review, a case's
document (the application, for an escalation), the burden report, a rule as Markdown, and the
inbox digest. Each function builds its template's context and renders it; nothing is written
here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from regelsyn.domain import meetings, verdicts
from regelsyn.render import render
from regelsyn.vocab import GROUPS, SIDES, VERDICTS

if TYPE_CHECKING:
    from regelsyn.domain.agenda import Agenda
    from regelsyn.domain.report import Report
    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case
    from regelsyn.model.review import Review


def review_log(root: Path | None, language: str, review: Review) -> str:
    """The decision log of a meeting, written so that an employee outside the committee
    understands it."""
    by_side = {side: [p for p in review.participants if p.side == side] for side in SIDES}
    counts = {v: sum(1 for d in review.decisions if d.verdict == v) for v in VERDICTS}
    freed = {d.rule: verdicts.hours_freed(d) for d in review.decisions}
    groups = {g: [row for row in review.triage if row.group == g] for g in GROUPS}
    chair = next((p.name for p in review.participants if p.role == "formand"), None)
    vice = next((p.name for p in review.participants if p.role == "naestformand"), None)
    approvals = {a.role: a for a in review.approvals}
    done = meetings.approved(approvals)
    return render(
        "review.md.j2",
        root,
        language,
        review=review,
        by_side={side: people for side, people in by_side.items() if people},
        counts={v: n for v, n in counts.items() if n},
        freed=freed,
        total_freed=round(sum(freed.values()), 1),
        groups={g: rows for g, rows in groups.items() if rows},
        escalations=[d for d in review.decisions if d.verdict == "escalate"],
        chair=chair,
        vice=vice,
        approvals=approvals,
        approved=max(a.date for a in review.approvals).isoformat() if done else None,
    )


def case_document(
    root: Path | None, language: str, config: RegistryConfig, case: Case, rule: Rule | None
) -> str:
    """A case as a document; for an escalated case, the application to the level that owns the
    rule. ``rule`` is None when the rule's file is gone."""
    route = [config.level(level_id) for level_id in case.route]
    return render(
        "case.md.j2",
        root,
        language,
        case=case,
        config=config,
        rule=rule,
        target=config.level(case.target_level),
        route=[level.name for level in route if level is not None],
        owner=config.level_name(rule.owner.level) if rule else case.target_level,
        hours=rule.hours_per_year if rule else None,
    )


def report(root: Path | None, language: str, figures: Report) -> str:
    return render("report.md.j2", root, language, r=figures)


def rule_page(root: Path | None, language: str, config: RegistryConfig, rule: Rule) -> str:
    """A rule as a Markdown card; a measurement's card shows its balance."""
    from regelsyn.domain import balance

    return render(
        "rule.md.j2",
        root,
        language,
        rule=rule,
        owner_name=config.level_name(rule.owner.level),
        balance=balance.of_rule(rule) if rule.kind in balance.MEASURING else None,
        recommended=balance.RECOMMENDED_SHARE,
    )


def inbox_digest(language: str, **context: Any) -> str:
    return render("inbox.md.j2", None, language, **context)


def learn_digest(language: str, **context: Any) -> str:
    return render("learn.md.j2", None, language, **context)


def agenda(root: Path | None, language: str, the_agenda: Agenda) -> str:
    """A meeting's agenda (dagsorden), as it is sent out a week before."""
    groups: dict[str, list[Any]] = {g: [] for g in GROUPS}
    for line in the_agenda.rules:
        groups[line.group].append(line)
    return render(
        "agenda.md.j2",
        root,
        language,
        a=the_agenda,
        groups={g: rows for g, rows in groups.items() if rows},
    )
