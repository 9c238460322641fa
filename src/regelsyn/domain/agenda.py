"""A meeting's agenda: what the committee takes up, from the records. Pure: the records, the
meeting's date and the date of the meeting before it come in; plain data goes out.

The agenda holds the rules due for review by the meeting, sorted into the triage piles; the
challenges filed since the last meeting; the replies received from the levels cases went to;
trials that start, end or are due for evaluation; escalations past their reply date; and the
follow-up actions that fall due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from regelsyn.domain import cases as lifecycle
from regelsyn.domain import schedule, verdicts
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import Case
from regelsyn.model.facts import RuleSummary, decided_in_review
from regelsyn.model.review import Review
from regelsyn.vocab import GROUPS

TRIAL_ACTIVE = frozenset({"granted", "partly", "trial_running"})


@dataclass
class AgendaRule:
    id: str
    title: str
    group: str
    owner: str
    hours: float | None
    next_review: str | None  # None: never reviewed
    overdue: bool  # its review date had passed before the meeting


@dataclass
class AgendaCase:
    id: str
    rule: str
    title: str
    request: str
    status: str
    date: str  # filed, replied, or the reply date passed
    due: str | None = None
    days: int | None = None  # days waiting at the meeting


@dataclass
class AgendaTrial:
    case: str
    rule: str
    title: str
    event: str  # start | end | evaluate
    date: str


@dataclass
class AgendaAction:
    review: str
    rule: str
    title: str
    owner: str
    due: str


@dataclass
class Agenda:
    meeting: str
    previous: str | None
    deadline: str
    workplace: str
    committee: str
    rules: list[AgendaRule] = field(default_factory=list)
    hours: float = 0.0
    challenges: list[AgendaCase] = field(default_factory=list)
    replies: list[AgendaCase] = field(default_factory=list)
    trials: list[AgendaTrial] = field(default_factory=list)
    overdue: list[AgendaCase] = field(default_factory=list)
    actions: list[AgendaAction] = field(default_factory=list)

    def rule_ids(self) -> list[str]:
        return [line.id for line in self.rules]

    def case_ids(self) -> list[str]:
        found = [c.id for c in (*self.challenges, *self.replies, *self.overdue)]
        found += [trial.case for trial in self.trials]
        return list(dict.fromkeys(found))


def summary(rule: Rule) -> RuleSummary:
    """A rule record as the plain data the agenda, calendar and site work from."""
    reviewed = any(decided_in_review(e.event, e.verdict) for e in rule.history)
    return RuleSummary(
        rule.id, rule.title, rule.kind, rule.owner.level, rule.status, rule.next_review,
        rule.hours_per_year, list(rule.tags), reviewed, bool(rule.floor), rule.use_text,
        rule.suspended_from, rule.use_hours,
    )  # fmt: skip


def due_by(rule: RuleSummary, day: dt.date) -> bool:
    """:func:`regelsyn.domain.schedule.is_due` for a summary."""
    return schedule.is_due(rule.status, rule.next_review, rule.reviewed, day)


def group_of(config: RegistryConfig, rule: RuleSummary) -> str:
    level = config.level(rule.owner_level)
    dispensable = level is None or level.dispensable
    return verdicts.pile(config.local_level, rule.owner_level, dispensable, rule.floor)


def _within(day: dt.date, previous: dt.date | None, meeting: dt.date) -> bool:
    return (previous is None or day > previous) and day <= meeting


def build(
    config: RegistryConfig,
    rules: list[RuleSummary],
    cases: list[Case],
    reviews: list[Review],
    meeting: dt.date,
    previous: dt.date | None,
) -> Agenda:
    """The agenda of the meeting on ``meeting``; ``previous`` is the meeting before it (None:
    there was none, and everything still open is taken up)."""
    agenda = Agenda(
        meeting.isoformat(),
        previous.isoformat() if previous else None,
        (meeting - dt.timedelta(days=7)).isoformat(),
        config.workplace,
        config.committee.name,
    )
    order = {group: index for index, group in enumerate(GROUPS)}
    lines = [
        AgendaRule(
            r.id,
            r.title,
            group_of(config, r),
            config.level_name(r.owner_level),
            r.hours,
            r.next_review.isoformat() if r.next_review else None,
            schedule.is_overdue(r.status, r.next_review, meeting),
        )
        for r in rules
        if due_by(r, meeting)
    ]
    agenda.rules = sorted(lines, key=lambda line: (order[line.group], line.id))
    agenda.hours = round(sum(line.hours or 0.0 for line in agenda.rules), 1)
    for case in sorted(cases, key=lambda c: c.id):
        _case(agenda, case, meeting, previous)
    agenda.actions = _actions(reviews, meeting, previous)
    return agenda


def _case(agenda: Agenda, case: Case, meeting: dt.date, previous: dt.date | None) -> None:
    filed = case.events[0].date if case.events else None
    if case.kind == "challenge" and filed is not None and filed <= meeting:
        new = (
            _within(filed, previous, meeting)
            if previous
            else case.status in ("submitted", "in_review")
        )
        if new:
            agenda.challenges.append(_line(case, filed, meeting))
    escalated = False
    for event in case.events:
        if event.state == "escalated":
            escalated = True
        elif (
            escalated
            and event.state in lifecycle.REPLY_OUTCOMES
            and _within(event.date, previous, meeting)
        ):
            agenda.replies.append(_line(case, event.date, meeting, state=event.state))
    if lifecycle.reply_overdue(case.status, case.due, meeting) and case.due is not None:
        agenda.overdue.append(_line(case, case.due, meeting))
    trial = case.trial
    if trial is not None and case.status in TRIAL_ACTIVE:
        if case.status == "trial_running" and trial.end <= meeting:
            what, day = "evaluate", trial.end
        elif _within(trial.end, previous, meeting):
            what, day = "end", trial.end
        elif _within(trial.start, previous, meeting):
            what, day = "start", trial.start
        else:
            return
        agenda.trials.append(AgendaTrial(case.id, case.rule, case.title, what, day.isoformat()))


def _line(case: Case, day: dt.date, meeting: dt.date, state: str | None = None) -> AgendaCase:
    return AgendaCase(
        case.id, case.rule, case.title, case.request, state or case.status, day.isoformat(),
        case.due.isoformat() if case.due else None, lifecycle.waiting(case, meeting),
    )  # fmt: skip


def _actions(
    reviews: list[Review], meeting: dt.date, previous: dt.date | None
) -> list[AgendaAction]:
    """Follow-up actions falling due since the last meeting (a corrected review's are
    replaced by its correction's)."""
    corrected = {review.corrects for review in reviews if review.corrects}
    found = []
    for review in sorted(reviews, key=lambda r: (r.date, r.id)):
        if review.id in corrected:
            continue
        for d in review.decisions:
            if d.action is not None and _within(d.action.due, previous, meeting):
                found.append(AgendaAction(
                    review.id, d.rule, d.title or d.rule, d.action.owner, d.action.due.isoformat()
                ))  # fmt: skip
    return sorted(found, key=lambda a: (a.due, a.rule))
