"""What the review commands say when a meeting is recorded, kept, or thrown away."""

from __future__ import annotations

from typing import Any

from regelsyn.errors import UsageProblem
from regelsyn.i18n import t, tn
from regelsyn.model.review import DecisionsFile
from regelsyn.ui import console


def recorded(registry: Any, done: Any) -> None:
    """A recorded review: where its log is, the cases it opened, and what to do next."""
    review = done.review
    log = registry.rel(done.log_path)
    if done.again:
        console.note(t("review.already_recorded", id=review.id, path=log))
        return
    console.success(tn("review.recorded", len(review.decisions), id=review.id, path=log))
    for path in done.cases:
        console.note(t("review.case_opened", path=registry.rel(path)))
    console.note(t("review.next", path=log))


def outcome(registry: Any, result: Any) -> None:
    if result.nothing_due:
        console.note(t("review.nothing_due"))
    elif result.recorded is not None:
        recorded(registry, result.recorded)


def confirm_abandon(draft: DecisionsFile) -> bool:
    """Ask before a meeting's draft is thrown away; without a terminal, ``--yes`` must say so."""
    from regelsyn.ui.prompt import TerminalPrompter, has_terminal

    if not has_terminal():
        raise UsageProblem(tn("err.abandon_needs_yes", len(draft.decisions)))
    prompter = TerminalPrompter("--yes")
    return prompter.confirm(tn("review.confirm_abandon", len(draft.decisions)), default=False)


def abandoned() -> None:
    console.success(t("review.abandoned"))


def case_moved(case: Any) -> None:
    console.success(t("case.moved", id=case.id, state=t(f"state.{case.status}")))


def escalated(case: Any, level: str, document: str) -> None:
    console.success(t("escalate.sent", id=case.id, level=level))
    console.note(t("escalate.next", path=document, due=case.due or "–"))


def approved(registry: Any, done: Any) -> None:
    """An approval recorded: by whom, and whether the minutes are now approved."""
    approval = done.review.approvals[-1]
    role = t(f"role.{approval.role}")
    console.success(t("approve.recorded", id=done.review.id, name=approval.name, role=role))
    if done.approved:
        console.note(t("approve.complete", path=registry.rel(done.log_path)))
    else:
        console.note(t("approve.waiting", path=registry.rel(done.log_path)))
