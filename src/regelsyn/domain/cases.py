"""The life of a case: allowed transitions, what follows from an outcome, and when a reply is
overdue. Pure functions; today's date comes in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from regelsyn.model.finding import Issue

# the records only as types: check's warm path asks :func:`reply_overdue` without pydantic
if TYPE_CHECKING:
    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case

# next states a case may move to; outcomes that leave nothing to do close the case by themselves
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "submitted": ("in_review", "withdrawn"),
    "in_review": ("granted", "partly", "rejected", "escalated", "withdrawn"),
    "escalated": ("granted", "partly", "rejected", "redirected", "no_answer", "withdrawn"),
    "redirected": ("escalated", "closed", "withdrawn"),
    "no_answer": ("escalated", "closed", "withdrawn"),
    "granted": ("trial_running", "closed"),
    "partly": ("trial_running", "closed"),
    "rejected": ("closed",),
    "trial_running": ("evaluated", "withdrawn"),
    "evaluated": ("made_permanent", "reverted"),
    "made_permanent": ("closed",),
    "reverted": ("closed",),
    "withdrawn": ("closed",),
    "closed": (),
}
OPEN_STATES = frozenset(s for s in TRANSITIONS if s not in ("closed", "withdrawn"))
WAITING_STATES = frozenset({"escalated", "no_answer"})  # waiting for a level's answer
UNDECIDED_STATES = frozenset({"submitted", "in_review"})  # waiting for the workplace
UNANSWERED = frozenset({"redirected", "no_answer"})  # sent up the ladder, and not decided there
REPLY_OUTCOMES = ("granted", "partly", "rejected", "redirected", "no_answer")
_SUFFIX_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def reply_overdue(status: str, due: dt.date | None, today: dt.date) -> bool:
    """The level a case was sent to has not answered by its reply date (the day after)."""
    return status in WAITING_STATES and due is not None and due < today


def days_waiting(
    status: str, sent: dt.date | None, filed: dt.date | None, today: dt.date
) -> int | None:
    """Days a case has waited for an answer: since it was sent up the ladder, while the level
    it went to has not answered; since it was filed, while the workplace has not decided it.
    None for a case that waits for no answer (a running trial, a closed case)."""
    if status in WAITING_STATES:
        since = sent
    elif status in UNDECIDED_STATES:
        since = filed
    else:
        return None
    return (today - since).days if since is not None else None


def is_overdue(case: Case, today: dt.date) -> bool:
    return reply_overdue(case.status, case.due, today)


def waiting(case: Case, today: dt.date) -> int | None:
    filed = case.events[0].date if case.events else None
    return days_waiting(case.status, case.sent, filed, today)


class TransitionRefused(ValueError):
    """A move the lifecycle does not allow; ``allowed`` names the states that are."""

    def __init__(self, current: str, wanted: str, allowed: tuple[str, ...]) -> None:
        super().__init__(f"{current} -> {wanted}")
        self.current = current
        self.wanted = wanted
        self.allowed = allowed


def path_to(case: Case, wanted: str) -> list[str]:
    """The states a case passes through to reach ``wanted``, including the automatic ones.

    A case still ``submitted`` is taken ``in_review`` on its way to a decision; an outcome that
    leaves nothing more to do is closed; a granted trial starts running.
    """
    current = case.status
    steps: list[str] = []
    if current == "submitted" and wanted not in TRANSITIONS["submitted"]:
        steps.append("in_review")
        current = "in_review"
    if wanted not in TRANSITIONS[current]:
        raise TransitionRefused(case.status, wanted, TRANSITIONS[case.status])
    steps.append(wanted)
    steps.extend(_follow_on(case, wanted))
    return steps


def _follow_on(case: Case, state: str) -> list[str]:
    if state in ("granted", "partly") and case.request == "trial":
        return ["trial_running"]
    if state in ("granted", "partly", "rejected", "made_permanent", "reverted"):
        return ["closed"]
    return []


def move(case: Case, wanted: str, date: dt.date, by: str | None, note: str | None) -> Case:
    """The case after the transition, each step appended to its events."""
    from regelsyn.model.case import CaseEvent

    events = list(case.events)
    steps = path_to(case, wanted)
    for step in steps:
        said = note if step == wanted else None  # the automatic steps carry no words of anyone's
        events.append(CaseEvent(date=date, state=step, by=by, note=said))
    return case.model_copy(update={"status": steps[-1], "events": events})


def rule_effect(
    case: Case, outcome: str, rule: Rule, config: RegistryConfig, date: dt.date
) -> dict[tuple[str, ...], Any]:
    """What an outcome does to the rule (dotted paths → values).

    A granted trial suspends the rule from its start to its end; made permanent, it removes the
    rule, or makes the alternative it tested the rule's text. A granted removal removes it, a
    granted amendment gives it the proposal as its text. A request granted in part, refused or
    withdrawn returns an escalated or suspended rule to the review cycle: refused, with its next
    review an interval away; in part or withdrawn (or closed after the level it went to
    redirected it or did not answer), due at once, so that the committee takes it up again.
    """
    from regelsyn.domain.dates import add_months
    from regelsyn.domain.verdicts import burden_for

    trial = case.trial if case.request == "trial" else None
    later = add_months(date, config.review.interval_months)
    lifted: dict[tuple[str, ...], Any] = {("suspended_from",): None, ("suspended_until",): None}
    if outcome in ("granted", "partly") and trial is not None:
        return {
            ("status",): "suspended",
            ("suspended_from",): trial.start,
            ("suspended_until",): trial.end,
        }
    if outcome == "granted" and case.request == "remove":
        return {("status",): "removed", ("next_review",): None, **lifted}
    if outcome == "granted" and case.request == "amend":
        changes: dict[tuple[str, ...], Any] = {("status",): "amended", ("next_review",): later}
        if case.proposal and case.proposal.strip():
            changes[("text",)] = case.proposal
        return changes
    if outcome == "partly":
        return {("status",): "active", ("next_review",): date}
    if outcome == "made_permanent" and trial is not None:
        if trial.alternative and trial.alternative.strip():
            changes = {("status",): "amended", ("text",): trial.alternative, **lifted}
            changes[("next_review",)] = later
            if trial.alternative_hours is not None:
                changes.update(burden_for(rule, trial.alternative_hours))
            return changes
        return {("status",): "removed", ("next_review",): None, **lifted}
    if rule.status in ("escalated", "suspended"):
        if outcome in ("rejected", "reverted"):
            return {("status",): "active", ("next_review",): later, **lifted}
        # back before the committee, which had taken it up: withdrawn, or closed with no answer
        # from the level it went to (redirected, or none given)
        if outcome == "withdrawn" or (outcome == "closed" and case.status in UNANSWERED):
            return {("status",): "active", ("next_review",): date, **lifted}
    if outcome == "escalated":
        return {("status",): "escalated"}
    return {}


def timing_issues(case: Case, outcome: str, date: dt.date) -> list[Issue]:
    """A trial acts only between its start and end: it is not evaluated (or made permanent, or
    reverted) before it has started, and not granted once its end has passed."""
    trial = case.trial
    if trial is None:
        return []
    if outcome in ("evaluated", "made_permanent", "reverted") and date < trial.start:
        params = {"start": trial.start.isoformat(), "id": case.id}
        return [Issue("error", "trial_not_started", ("trial", "start"), params)]
    if outcome in ("granted", "partly") and case.request == "trial" and date > trial.end:
        params = {"end": trial.end.isoformat(), "id": case.id}
        return [Issue("error", "trial_over", ("trial", "end"), params)]
    return []


# how an open case is settled when its rule is removed: what it asked for has come about (a
# trial is thereby made permanent); an escalation still waiting has nothing left to ask
_SETTLE: dict[str, tuple[str, ...]] = {
    "submitted": ("in_review", "granted", "closed"),
    "in_review": ("granted", "closed"),
    "escalated": ("withdrawn", "closed"),
    "redirected": ("withdrawn", "closed"),
    "no_answer": ("withdrawn", "closed"),
    "trial_running": ("evaluated", "made_permanent", "closed"),
    "evaluated": ("made_permanent", "closed"),
}


def settle(case: Case, date: dt.date, by: str | None, note: str) -> Case:
    """An open case whose rule is gone, closed by the lawful steps (:data:`_SETTLE`); a trial
    that has not started yet was never tried, so it is withdrawn, not made permanent."""
    from regelsyn.model.case import CaseEvent

    current: str = case.status
    events = list(case.events)
    steps = _SETTLE.get(current, ("closed",) if current != "closed" else ())
    if current == "trial_running" and case.trial is not None and date < case.trial.start:
        steps = ("withdrawn", "closed")
    for number, step in enumerate(steps):
        if step not in TRANSITIONS[current]:
            raise TransitionRefused(current, step, TRANSITIONS[current])
        events.append(CaseEvent(date=date, state=step, by=by, note=note if number == 0 else None))
        current = step
    return case.model_copy(update={"status": current, "events": events})


def due_date(config: RegistryConfig, level_id: str, sent: dt.date) -> dt.date | None:
    level = config.level(level_id)
    if level is None or level.response_days is None:
        return None
    return sent + dt.timedelta(days=level.response_days)


def new_case_id(
    prefix: str, year: int, existing: list[str], rule_id: str, random: Callable[[str], str]
) -> str:
    """``U-2026-0007-vejning-k3f9``: the year's next number, the rule, and four random
    characters (``random`` picks one from an alphabet), so that two people filing in two
    clones never get the same id."""
    from regelsyn.domain.ids import case_number

    number = case_number(year, existing)
    short = "-".join(rule_id.split("-")[:3])[:40].strip("-") or "sag"
    while True:
        suffix = "".join(random(_SUFFIX_ALPHABET) for _ in range(4))
        candidate = f"{prefix}-{year}-{number:04d}-{short}-{suffix}"
        if candidate not in existing:
            return candidate
