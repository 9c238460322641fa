"""Case use cases: escalate, decide, reply, evaluate; write a case and its document. Filing a
challenge is :mod:`regelsyn.app.challenge`. The rules of the lifecycle are in
:mod:`regelsyn.domain.cases`, who may grant what in :mod:`regelsyn.domain.verdicts`."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from regelsyn import i18n, inert
from regelsyn.app import lookup
from regelsyn.domain import cases as lifecycle
from regelsyn.domain import verdicts
from regelsyn.errors import BrokenFiles, Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import CASE_ID_PATTERN, Case, CaseEvent, Trial
from regelsyn.model.finding import Issue
from regelsyn.render import documents
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry

REQUIRED_TERMS = (
    "start",
    "end",
    "purpose_kept",
    "legal_certainty_kept",
    "higher_rules_kept",
    "evaluation",
)
OPTIONAL_TERMS = ("alternative",)


def trial_terms(request: str | None, terms: dict[str, Any]) -> Trial | None:
    """A trial from its terms (the flags or the questions): refused when terms come without a
    trial, or a trial without all of them, or its end is not after its start."""
    given = {name: terms.get(name) for name in (*REQUIRED_TERMS, *OPTIONAL_TERMS)}
    if request != "trial":
        if any(given.values()):
            raise UsageProblem(t("err.trial_flags_without_trial"))
        return None
    missing = [f"--{name.replace('_', '-')}" for name in REQUIRED_TERMS if not given[name]]
    if missing:
        raise Refused(t("err.trial_missing", flags=" ".join(missing)))
    try:
        return Trial(**{name: value for name, value in given.items() if value})
    except ValidationError:
        raise Refused(t("err.trial_dates")) from None


def is_case_id(text: str) -> bool:
    return re.fullmatch(CASE_ID_PATTERN, text) is not None


def refused(issues: list[Issue]) -> Refused:
    """The domain's reasons for a refusal, worded (``err.<code>``)."""
    return Refused("\n".join(t(f"err.{issue.code}", **issue.params) for issue in issues))


def chooser() -> Callable[[str], str]:
    """Random choices for case ids; ``REGELSYN_ID_SEED`` makes them repeatable (demos, tests)."""
    seed = os.environ.get("REGELSYN_ID_SEED")
    if seed:
        return random.Random(seed).choice
    return secrets.choice


def state_name(state: str) -> str:
    """A case state as people say it, with the word to type: ``afsluttet (closed)``."""
    said = t(f"state.{state}")
    return state if said in (state, f"state.{state}") else f"{said} ({state})"


def transition_refused(exc: lifecycle.TransitionRefused) -> Refused:
    allowed = ", ".join(state_name(s) for s in exc.allowed) or t("case.none")
    return Refused(
        t("err.transition", current=state_name(exc.current), wanted=state_name(exc.wanted),
          allowed=allowed)
    )  # fmt: skip


# -- writing ------------------------------------------------------------------------------------
def save(registry: Registry, case: Case, previous: Loaded[Case] | None = None) -> Path:
    """Write the case (new, or in place keeping comments) and render its document."""
    if previous is None:
        path = registry.add_record(registry.case_path(case.id), case)
    else:
        old = previous.record
        assert old is not None
        data = case.model_dump(mode="python", exclude={"events"})
        changes: dict[tuple[str, ...], Any] = {(key,): value for key, value in data.items()}
        new_events = [e.model_dump(mode="python") for e in case.events[len(old.events) :]]
        registry.update_record(previous, Case, changes, [("events", e) for e in new_events])
        path = previous.path
    write_document(registry, case)
    return path


def write_document(registry: Registry, case: Case) -> Path:
    path = registry.case_document_path(case.id)
    registry.write_text(path, render(registry, case))
    return path


def render(registry: Registry, case: Case) -> str:
    """The case document; for an escalated case, the application to the level that owns the
    rule."""
    config = registry.config()
    rule = registry.rule(case.rule).record if registry.rule_path(case.rule).exists() else None
    return documents.case_document(registry.root, i18n.language(), config, case, rule)


def touch_rule(
    registry: Registry,
    rule_id: str,
    changes: dict[tuple[str, ...], Any],
    event: str,
    case: Case,
    date: dt.date,
    note: str | None = None,
    verdict: str | None = None,
) -> None:
    """Apply a case's effect to its rule and note it in the rule's history, with the status the
    case left the rule in."""
    loaded = registry.rule(rule_id)
    assert loaded.record is not None
    entry = {
        "date": date,
        "event": event,
        "verdict": verdict,
        "ref": f"cases/{case.id}",
        "note": note,
        "status": changes.get(("status",), loaded.record.status),
    }
    registry.update_rule(loaded, changes, history=entry, always=True)


def new_case(
    registry: Registry,
    config: RegistryConfig,
    rule: Rule,
    *,
    prefix: str,
    kind: str,
    request: str,
    state: str,
    by: str | None,
    date: dt.date,
    **fields: Any,
) -> Case:
    """A new case about ``rule``, addressed to its owner, with its first event."""
    return Case(
        id=lifecycle.new_case_id(prefix, date.year, registry.case_ids(), rule.id, chooser()),
        kind=kind,
        rule=rule.id,
        title=rule.title,
        request=request,
        status=state,
        target_level=rule.owner.level,
        route=verdicts.route(config, rule.owner.level),
        events=[CaseEvent(date=date, state=state, by=by)],
        **fields,
    )


def open_escalation(
    registry: Registry,
    config: RegistryConfig,
    rule: Rule,
    *,
    request: str,
    problem: str | None,
    proposal: str | None,
    stance: str | None,
    minority: str | None,
    by: str,
    date: dt.date,
    review: str | None = None,
    trial: Trial | None = None,
) -> Case:
    """A case sent up the ladder; it is escalated at once (sent, with a due date). A trial is
    asked for only with its terms and safeguards."""
    problems = verdicts.escalation_issues(config, rule)
    if request == "trial":
        problems += verdicts.trial_issues(config, rule)
        if trial is None:
            raise Refused(t("err.trial_needs_safeguards"))
    if problems:
        raise refused(problems)
    case = new_case(
        registry,
        config,
        rule,
        prefix="E",
        kind="escalation",
        request=request,
        state="in_review",
        by=by,
        date=date,
        review=review,
        problem=problem,
        proposal=proposal,
        gain_hours=rule.hours_per_year if request == "remove" else None,
        stance=stance,
        minority=minority,
        trial=trial,
    )
    return _escalated(case, config, date, by, None)


def _escalated(
    case: Case, config: RegistryConfig, date: dt.date, by: str, target: str | None
) -> Case:
    level = target or case.target_level
    moved = lifecycle.move(case, "escalated", date, by, None)
    return moved.model_copy(
        update={
            "target_level": level,
            "route": verdicts.route(config, level),
            "sent": date,
            "due": lifecycle.due_date(config, level, date),
        }
    )


def escalate_case(
    registry: Registry,
    config: RegistryConfig,
    loaded: Loaded[Case],
    *,
    request: str | None,
    to_level: str | None,
    by: str,
    date: dt.date,
    trial: Trial | None = None,
) -> Case:
    """Send an existing case (on) up the ladder: a challenge the workplace cannot decide, or a
    case the level it went to redirected."""
    case = loaded.record
    assert case is not None
    rule = registry.rule(case.rule).record
    assert rule is not None
    if trial is not None:
        case = case.model_copy(update={"trial": trial})
    wanted = request or case.request
    if to_level is None:
        problems = verdicts.escalation_issues(config, rule)
        if problems:
            raise refused(problems)
    elif config.level(to_level) is None:
        from regelsyn.app.rules import level_message

        raise Refused(level_message(to_level, config))
    if wanted == "trial" and case.trial is None:
        raise Refused(t("err.trial_needs_safeguards"))
    try:
        updated = _escalated(
            case.model_copy(update={"request": wanted}), config, date, by, to_level
        )
    except lifecycle.TransitionRefused as exc:
        raise transition_refused(exc) from None
    with registry.transaction(t("tx.case", id=updated.id, state=state_name(updated.status))) as tx:
        tx.message = case_message(config, updated)
        save(registry, updated, loaded)
        touch_rule(registry, rule.id, {("status",): "escalated"}, "escalated", updated, date)
    return updated


def escalate(
    registry: Registry,
    target: str,
    *,
    recommend: str | None,
    to_level: str | None,
    problem: str | None,
    proposal: str | None,
    stance: str | None,
    minority: str | None,
    by: str | None,
    date: dt.date,
    terms: dict[str, Any] | None = None,
) -> Case:
    """``regelsyn escalate``: send a rule (a new case) or an existing case up the ladder. A
    trial is asked for with its ``terms`` (period, safeguards, evaluation), unless the case
    already holds them."""
    config = registry.config()
    given = {name: value for name, value in (terms or {}).items() if value}
    wanted = recommend or ("trial" if given else None)
    who = by or config.committee.name
    if stance == "disagreement" and not minority:
        raise UsageProblem(t("err.minority_needed"))
    if is_case_id(target) or (
        lookup.looks_like_case(target) and not lookup.rule_exists(registry, target)
    ):
        loaded = registry.case(lookup.case_id(registry, target))
        assert loaded.record is not None
        request = wanted or loaded.record.request
        trial = trial_terms(request, given) if given or loaded.record.trial is None else None
        return escalate_case(
            registry, config, loaded, request=wanted, to_level=to_level, by=who, date=date,
            trial=trial,
        )  # fmt: skip
    rule = registry.rule(lookup.rule_id(registry, target)).record
    assert rule is not None
    if to_level is not None:
        raise UsageProblem(t("err.to_needs_case"))
    with registry.transaction(t("tx.escalate", rule=rule.title)) as tx:
        case = open_escalation(
            registry,
            config,
            rule,
            request=wanted or "remove",
            problem=problem,
            proposal=proposal,
            stance=stance,
            minority=minority,
            by=who,
            date=date,
            trial=trial_terms(wanted or "remove", given),
        )
        save(registry, case)
        touch_rule(registry, rule.id, {("status",): "escalated"}, "escalated", case, date)
        tx.message = case_message(config, case)
    return case


# -- moving cases -------------------------------------------------------------------------------
def transition(
    registry: Registry,
    config: RegistryConfig,
    loaded: Loaded[Case],
    outcome: str,
    *,
    by: str | None,
    note: str | None,
    date: dt.date,
    result: str | None = None,
) -> Case:
    """Move a case (decide, reply, evaluate) and apply what the outcome does to the rule."""
    case = loaded.record
    assert case is not None
    rule = registry.rule(case.rule).record
    assert rule is not None
    problems = verdicts.grant_issues(config, rule, case, outcome)
    problems += lifecycle.timing_issues(case, outcome, date)
    if problems:
        raise refused(problems)
    try:
        steps = lifecycle.path_to(case, outcome)
    except lifecycle.TransitionRefused as exc:
        raise transition_refused(exc) from None
    updates: dict[str, Any] = {}
    if outcome == "evaluated":
        updates["result"] = result
    moved = lifecycle.move(case.model_copy(update=updates), outcome, date, by, note)
    effect: dict[tuple[str, ...], Any] = {}
    for step in steps:
        effect.update(lifecycle.rule_effect(case, step, rule, config, date))
    return _apply(registry, config, loaded, moved, rule, effect, outcome, date, by, note)


def _apply(
    registry: Registry,
    config: RegistryConfig,
    loaded: Loaded[Case],
    moved: Case,
    rule: Rule,
    effect: dict[tuple[str, ...], Any],
    outcome: str,
    date: dt.date,
    by: str | None,
    note: str | None,
) -> Case:
    """Write the moved case (with the hours its outcome freed) and its rule; a rule the outcome
    removed settles the other cases still open on it."""
    freed = _hours_freed(rule, effect)
    if freed:
        events = list(moved.events)
        last = max(i for i, e in enumerate(events) if e.state == outcome)
        events[last] = events[last].model_copy(update={"hours_freed": freed})
        moved = moved.model_copy(update={"events": events})
    with registry.transaction(t("tx.case", id=moved.id, state=state_name(moved.status))) as tx:
        tx.message = case_message(config, moved, outcome)
        save(registry, moved, loaded)
        touch_rule(registry, rule.id, effect, "decided", moved, date, note=note, verdict=outcome)
        if effect.get(("status",)) == "removed":
            settled = t("case.settled_by_case", id=moved.id)
            settle_open_cases(registry, rule.id, date, by, settled, but=moved.id)
    return moved


def _hours_freed(rule: Rule, effect: dict[tuple[str, ...], Any]) -> float:
    """Hours a year an outcome frees: all of the rule's for a removal; for a lighter rule, the
    difference its new burden makes."""
    before = rule.hours_per_year or 0.0
    if effect.get(("status",)) == "removed":
        return before
    minutes = effect.get(("burden", "minutes"))
    if minutes is None or rule.burden is None:
        return 0.0
    after = rule.burden.model_copy(update={"minutes": minutes}).hours_per_year or 0.0
    return round(max(before - after, 0.0), 1)


def settle_open_cases(
    registry: Registry, rule_id: str, date: dt.date, by: str | None, note: str, but: str = ""
) -> list[Case]:
    """Close the cases still open on a rule that is now removed: what they asked for has come
    about (``note`` says how). No open case is left on a removed rule."""
    settled = []
    for item in registry.load_cases():
        case = item.record
        if case is None or case.rule != rule_id or case.id == but:
            continue
        if case.status not in lifecycle.OPEN_STATES:
            continue
        # settled from the file itself: the cache's copy leaves out what it must not show (a
        # name written into an anonymous case by hand), and writing it back would erase that
        current = registry.case(case.id)
        assert current.record is not None
        done = lifecycle.settle(current.record, date, by, note)
        save(registry, done, current)
        settled.append(done)
    return settled


def decide(
    registry: Registry, case_id: str, outcome: str, reasons: str, by: str, date: dt.date
) -> Case:
    """The workplace's decision on a case it owns (or in_review, withdrawn, closed)."""
    config = registry.config()
    loaded = registry.case(lookup.case_id(registry, case_id))
    return transition(registry, config, loaded, outcome, by=by, note=reasons, date=date)


def reply(
    registry: Registry,
    case_id: str,
    outcome: str,
    note: str | None,
    by: str | None,
    date: dt.date,
) -> Case:
    """The answer of the level an escalated case was sent to."""
    config = registry.config()
    case_id = lookup.case_id(registry, case_id)
    loaded = registry.case(case_id)
    case = loaded.record
    assert case is not None
    if case.status != "escalated":
        allowed = ", ".join(state_name(s) for s in lifecycle.TRANSITIONS[case.status])
        raise Refused(
            t("err.reply_not_escalated", id=case_id, state=state_name(case.status),
              allowed=allowed or t("case.none"))
        )  # fmt: skip
    who = by or config.level_name(case.target_level)
    return transition(registry, config, loaded, outcome, by=who, note=note, date=date)


def evaluate(
    registry: Registry,
    case_id: str,
    result: str,
    outcome: str,
    by: str | None,
    date: dt.date,
) -> Case:
    """A trial's evaluation: ``trial_running → evaluated → made_permanent | reverted``; not
    before the trial has started."""
    config = registry.config()
    loaded = registry.case(lookup.case_id(registry, case_id))
    case = loaded.record
    assert case is not None
    rule = registry.rule(case.rule).record
    assert rule is not None
    problems = lifecycle.timing_issues(case, outcome, date)
    if problems:
        raise refused(problems)
    try:
        evaluated = lifecycle.move(
            case.model_copy(update={"result": result}), "evaluated", date, by, result
        )
        final = lifecycle.move(evaluated, outcome, date, by, None)
    except lifecycle.TransitionRefused as exc:
        raise transition_refused(exc) from None
    effect = lifecycle.rule_effect(case, outcome, rule, config, date)
    return _apply(registry, config, loaded, final, rule, effect, outcome, date, by, result)


# -- reading ------------------------------------------------------------------------------------
@dataclass
class CaseList:
    cases: list[Case]
    broken: list[Any]  # findings of case files that could not be read
    levels: dict[str, str] = field(default_factory=dict)  # the ladder's names by id


def list_cases(registry: Registry, status: str | None, overdue: bool, today: dt.date) -> CaseList:
    """The cases, filtered by state and by an overdue reply; broken files are named, not read."""
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
        if overdue and not lifecycle.is_overdue(case, today):
            continue
        chosen.append(case)
    return CaseList(chosen, broken, dict(registry.config_facts().names))


def case_json(case: Case, today: dt.date) -> dict[str, Any]:
    """A case as ``challenge list --format json`` shows it: its record, the days it has waited
    and whether its reply is overdue. An anonymous case never shows a name, even one written
    into its file by hand."""
    data: dict[str, Any] = case.model_dump(mode="json")
    if case.anonymous:
        data["filed_by"] = None
    data["days_waiting"] = lifecycle.waiting(case, today)
    data["overdue"] = lifecycle.is_overdue(case, today)
    return data


def show_case(registry: Registry, case_id: str, fmt: str, today: dt.date) -> str:
    """A case as JSON, its YAML as written, or its document; named as people type it
    (:func:`lookup.case_id`)."""
    loaded = registry.case(lookup.case_id(registry, case_id))
    case = loaded.record
    assert case is not None
    if fmt == "json":
        return inert.dumps(case_json(case, today))
    if fmt == "yaml":
        if case.anonymous and case.filed_by:  # a name written in by hand is never shown
            from regelsyn.store import yamlio

            loaded.tree["filed_by"] = None
            return yamlio.dump(loaded.tree, loaded.indent)
        return loaded.text or ""
    return render(registry, case)


def render_case(registry: Registry, case_id: str) -> Path:
    case_id = lookup.case_id(registry, case_id)
    loaded = registry.case(case_id)
    assert loaded.record is not None
    path = registry.case_document_path(case_id)
    with registry.transaction(t("tx.render", path=registry.rel(path))) as tx:
        tx.message = i18n.tl("git.msg.case_render", registry.config().language, id=case_id)
        return write_document(registry, loaded.record)


def case_message(config: RegistryConfig, case: Case, outcome: str | None = None) -> str:
    """The commit message of a case's step (its ``outcome``, else its new state), in the
    registry's language."""
    from regelsyn.app import messages

    level = config.level_name(case.target_level)
    return messages.case(case, config.language, level, outcome)


def broken(found: CaseList) -> None:
    if found.broken:
        raise BrokenFiles(found.broken)
