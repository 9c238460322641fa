"""What the case commands do: gather, check, call :mod:`casework`, report."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from dataclasses import dataclass, replace
from typing import Any

from pydantic import ValidationError

from regelsyn import console
from regelsyn.cli import casework
from regelsyn.domain import cases as lifecycle
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.model import RegistryConfig
from regelsyn.model.case import Case, Trial
from regelsyn.prompt import Question, TerminalPrompter, collect, parse_date, parse_float
from regelsyn.store.registry import Registry

TRIAL_FLAGS = (
    "start",
    "end",
    "purpose_kept",
    "legal_certainty_kept",
    "higher_rules_kept",
    "evaluation",
)


@dataclass
class Given:
    rule: str | None = None
    unregistered: str | None = None
    owner_level: str | None = None
    request: str | None = None
    problem: str | None = None
    proposal: str | None = None
    gain_hours: float | None = None
    filed_by: str | None = None
    anonymous: bool = False
    via: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    purpose_kept: str | None = None
    legal_certainty_kept: str | None = None
    higher_rules_kept: str | None = None
    evaluation: str | None = None

    def complete(self) -> bool:
        who = self.filed_by or (self.anonymous and self.via)
        what = self.rule or self.unregistered
        return bool(who and what and self.request and self.problem)


def new_challenge(registry: Registry, given: Given, date: dt.date) -> None:
    config = registry.config()
    if given.rule and given.unregistered:
        raise UsageProblem(t("err.rule_or_unregistered"))
    if given.anonymous and given.filed_by:
        raise UsageProblem(t("err.anonymous_and_named"))
    if given.filed_by and given.via:
        raise UsageProblem(t("err.via_only_anonymous"))
    if given.anonymous and not given.via:
        raise UsageProblem(t("err.anonymous_needs_via"))
    if not given.complete():
        if not sys.stdin.isatty():
            raise UsageProblem(t("err.no_terminal", flags=_missing_flags(given)))
        given = _ask(config, registry, given, TerminalPrompter(_missing_flags(given)))
    trial = _trial(given)
    if given.rule:
        rule = registry.rule(given.rule).record
        assert rule is not None
    else:
        if given.owner_level and config.level(given.owner_level) is None:
            from regelsyn.cli.rules import level_message

            raise Refused(level_message(given.owner_level, config))
        if given.request == "trial" and trial is None:
            raise Refused(t("err.trial_needs_safeguards"))
        rule = casework.unregistered_rule(
            registry, config, given.unregistered or "", given.owner_level, date
        )
        console.note(t("challenge.rule_created", id=rule.id))
    case = casework.file_challenge(
        registry,
        config,
        rule,
        request=given.request or "remove",
        problem=given.problem or "",
        proposal=given.proposal,
        gain_hours=given.gain_hours,
        filed_by=None if given.anonymous else given.filed_by,
        via=given.via,
        trial=trial,
        date=date,
    )
    console.success(t("challenge.filed", id=case.id, path=f"cases/{case.id}.yaml"))
    if rule.owner.level == config.local_level:
        console.note(t("challenge.next_local", id=case.id))
    else:
        console.note(t("challenge.next_escalate", id=case.id))


def _missing_flags(given: Given) -> str:
    missing = []
    if not (given.rule or given.unregistered):
        missing.append("--rule ID")
    if not given.request:
        missing.append("--request")
    if not given.problem:
        missing.append("--problem")
    if not (given.filed_by or given.anonymous):
        missing.append("--filed-by NAME | --anonymous --via NAME")
    return " ".join(missing)


def _trial(given: Given) -> Trial | None:
    values = {name: getattr(given, name) for name in TRIAL_FLAGS}
    if given.request != "trial":
        if any(values.values()):
            raise UsageProblem(t("err.trial_flags_without_trial"))
        return None
    missing = [f"--{name.replace('_', '-')}" for name, value in values.items() if not value]
    if missing:
        raise Refused(t("err.trial_missing", flags=" ".join(missing)))
    try:
        return Trial(**values)
    except ValidationError:
        raise Refused(t("err.trial_dates")) from None


def _ask(config: RegistryConfig, registry: Registry, given: Given, prompter: Any) -> Given:
    """Ask for what the flags did not give, in the order a person would tell it."""
    ids = tuple(registry.record_ids(registry.rules_dir))
    answers: dict[str, Any] = {}
    if not (given.rule or given.unregistered):
        prompter.say(t("challenge.q_rule_help"))
        found = collect([Question("rule", t("challenge.q_rule"), required=True)], prompter)
        if found["rule"] in ids:
            answers["rule"] = found["rule"]
        else:
            answers["unregistered"] = found["rule"]
    questions = []
    if not given.request:
        choices = ("remove", "amend", "trial")
        labels = {c: t(f"request.{c}") for c in choices}
        questions.append(Question("request", t("challenge.q_request"), choices=choices,
                                  choice_labels=labels, required=True))  # fmt: skip
    if not given.problem:
        questions.append(Question("problem", t("challenge.q_problem"), required=True))
    if not given.proposal:
        questions.append(Question("proposal", t("challenge.q_proposal")))
    if given.gain_hours is None:
        questions.append(Question("gain_hours", t("challenge.q_gain"), parse=parse_float))
    answers.update(collect(questions, prompter))
    if not (given.filed_by or given.anonymous):
        if prompter.confirm(t("challenge.q_anonymous"), default=False):
            answers["anonymous"] = True
            answers.update(
                collect([Question("via", t("challenge.q_via"), required=True)], prompter)
            )
        else:
            answers.update(
                collect([Question("filed_by", t("challenge.q_filed_by"), required=True)], prompter)
            )
    if (answers.get("request") or given.request) == "trial":
        trial_questions = [
            Question("start", t("challenge.q_start"), parse=parse_date, required=True),
            Question("end", t("challenge.q_end"), parse=parse_date, required=True),
            Question("purpose_kept", t("opt.c_purpose_kept"), required=True),
            Question("legal_certainty_kept", t("opt.c_legal_certainty_kept"), required=True),
            Question("higher_rules_kept", t("opt.c_higher_rules_kept"), required=True),
            Question("evaluation", t("opt.c_evaluation"), required=True),
        ]
        asked = [q for q in trial_questions if getattr(given, q.key) in (None, "")]
        answers.update(collect(asked, prompter))
    return replace(given, **answers)


# -- moving cases -------------------------------------------------------------------------------
def decide(
    registry: Registry, case_id: str, outcome: str, reasons: str, by: str, date: dt.date
) -> None:
    config = registry.config()
    loaded = casework.load_case(registry, case_id)
    case = casework.transition(registry, config, loaded, outcome, by=by, note=reasons, date=date)
    _moved(case)


def evaluate(
    registry: Registry, case_id: str, result: str, outcome: str, by: str | None, date: dt.date
) -> None:
    loaded = casework.load_case(registry, case_id)
    case = casework.evaluate(registry, loaded, result=result, outcome=outcome, by=by, date=date)
    _moved(case)


def reply(
    registry: Registry,
    case_id: str,
    outcome: str,
    note: str | None,
    by: str | None,
    date: dt.date,
) -> None:
    config = registry.config()
    loaded = casework.load_case(registry, case_id)
    case = loaded.record
    assert case is not None
    if case.status != "escalated":
        allowed = ", ".join(lifecycle.TRANSITIONS[case.status]) or t("case.none")
        raise Refused(t("err.reply_not_escalated", id=case_id, state=case.status, allowed=allowed))
    level = config.level(case.target_level)
    who = by or (level.name if level else case.target_level)
    moved = casework.transition(registry, config, loaded, outcome, by=who, note=note, date=date)
    _moved(moved)


def escalate(
    registry: Registry,
    target: str,
    *,
    recommend: str | None,
    to_level: str | None,
    problem: str | None,
    proposal: str | None,
    stance: str,
    minority: str | None,
    by: str | None,
    date: dt.date,
) -> None:
    config = registry.config()
    who = by or config.committee.name
    if stance == "disagreement" and not minority:
        raise UsageProblem(t("err.minority_needed"))
    if casework.is_case_id(target):
        loaded = casework.load_case(registry, target)
        case = casework.escalate_case(
            registry, config, loaded, request=recommend, to_level=to_level, by=who, date=date
        )
    else:
        rule = registry.rule(target).record
        assert rule is not None
        if to_level is not None:
            raise UsageProblem(t("err.to_needs_case"))
        case = casework.open_escalation(
            registry,
            config,
            rule,
            request=recommend or "remove",
            problem=problem,
            proposal=proposal,
            stance=stance,
            minority=minority,
            by=who,
            date=date,
        )
        if case.request == "trial":
            raise Refused(t("err.trial_via_challenge"))
        casework.save(registry, case)
        casework.touch_rule(registry, rule.id, {("status",): "escalated"}, "escalated", case, date)
    console.success(t("escalate.sent", id=case.id, level=_level_name(config, case.target_level)))
    console.note(t("escalate.next", path=f"cases/{case.id}.md", due=case.due or "–"))


def _level_name(config: RegistryConfig, level_id: str) -> str:
    level = config.level(level_id)
    return level.name if level else level_id


def _moved(case: Case) -> None:
    console.success(t("case.moved", id=case.id, state=t(f"state.{case.status}")))


# -- reading ------------------------------------------------------------------------------------
def list_cases(
    registry: Registry, status: str | None, overdue: bool, fmt: str, today: dt.date
) -> None:
    if status and status not in lifecycle.TRANSITIONS:
        raise UsageProblem(
            t("err.bad_state", state=status, states=", ".join(lifecycle.TRANSITIONS))
        )
    chosen = []
    broken = []
    for loaded in registry.load_cases():
        case = loaded.record
        if case is None:
            broken.extend(loaded.findings)
            continue
        if status and case.status != status:
            continue
        if overdue and not is_overdue(case, today):
            continue
        chosen.append(case)
    if fmt == "json":
        console.data(
            json.dumps([case_json(c, today) for c in chosen], ensure_ascii=False, indent=2)
        )
    elif fmt == "csv":
        console.data(cases_csv(chosen, today))
    else:
        from regelsyn.cli import views

        views.case_table(chosen, today)
    if broken:
        from regelsyn.store.registry import BrokenFiles

        raise BrokenFiles(broken)


def is_overdue(case: Case, today: dt.date) -> bool:
    return case.status in lifecycle.WAITING_STATES and case.due is not None and case.due < today


def days_waiting(case: Case, today: dt.date) -> int | None:
    if case.sent is None or case.status not in lifecycle.WAITING_STATES:
        return None
    return (today - case.sent).days


def case_json(case: Case, today: dt.date) -> dict[str, Any]:
    data: dict[str, Any] = case.model_dump(mode="json")
    data["days_waiting"] = days_waiting(case, today)
    data["overdue"] = is_overdue(case, today)
    return data


CSV_COLUMNS = ("id", "kind", "rule", "title", "request", "status", "target_level", "sent", "due",
               "days_waiting", "overdue", "gain_hours")  # fmt: skip


def cases_csv(chosen: list[Case], today: dt.date) -> str:
    from regelsyn.cli.sheets import safe as safe_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for case in chosen:
        data = case_json(case, today)
        writer.writerow([safe_cell(data.get(column)) for column in CSV_COLUMNS])
    return buffer.getvalue()


def show_case(registry: Registry, case_id: str, fmt: str) -> None:
    loaded = casework.load_case(registry, case_id)
    case = loaded.record
    assert case is not None
    if fmt == "json":
        from regelsyn.cli.common import today

        console.data(json.dumps(case_json(case, today()), ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        console.data(loaded.text or "")
    else:
        console.data(casework.render(registry, case))


def render_case(registry: Registry, case_id: str) -> None:
    loaded = casework.load_case(registry, case_id)
    assert loaded.record is not None
    path = casework.write_document(registry, loaded.record)
    console.success(t("case.rendered", path=registry.rel(path)))
