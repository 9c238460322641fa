"""Case use cases: file a challenge, escalate, decide, reply, evaluate; write and render cases."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from regelsyn import i18n
from regelsyn.domain import cases as lifecycle
from regelsyn.domain import verdicts
from regelsyn.errors import Refused
from regelsyn.i18n import t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import CASE_ID_PATTERN, Case, CaseEvent, Trial
from regelsyn.store.files import atomic_write
from regelsyn.store.registry import Loaded, Registry


def is_case_id(text: str) -> bool:
    return re.fullmatch(CASE_ID_PATTERN, text) is not None


def case_path(registry: Registry, case_id: str) -> Path:
    if not is_case_id(case_id):
        raise Refused(t("err.no_such_case", id=case_id), hint=t("hint.challenge_list"))
    return registry.cases_dir / f"{case_id}.yaml"


def load_case(registry: Registry, case_id: str) -> Loaded[Case]:
    missing = Refused(t("err.no_such_case", id=case_id), hint=t("hint.challenge_list"))
    return registry.read_record(case_path(registry, case_id), Case, missing)


def chooser() -> Callable[[str], str]:
    """Random choices for case ids; ``REGELSYN_ID_SEED`` makes them repeatable (demos, tests)."""
    seed = os.environ.get("REGELSYN_ID_SEED")
    if seed:
        return random.Random(seed).choice
    return secrets.choice


def existing_ids(registry: Registry) -> list[str]:
    return registry.record_ids(registry.cases_dir)


# -- writing ------------------------------------------------------------------------------------
def save(registry: Registry, case: Case, previous: Loaded[Case] | None = None) -> Path:
    """Write the case (new, or in place keeping comments) and render its document."""
    if previous is None:
        path = registry.add_record(registry.cases_dir / f"{case.id}.yaml", case)
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
    path = registry.cases_dir / f"{case.id}.md"
    atomic_write(path, render(registry, case).encode("utf-8"))
    return path


def render(registry: Registry, case: Case) -> str:
    """The case document; for an escalated case, the application to the level that owns the
    rule."""
    from regelsyn.render import render as render_template

    config = registry.config()
    rule = _rule_or_none(registry, case.rule)
    target = config.level(case.target_level)
    route = [config.level(level_id) for level_id in case.route]
    return render_template(
        "case.md.j2",
        registry.root,
        i18n.language(),
        case=case,
        config=config,
        rule=rule,
        target=target,
        route=[level.name for level in route if level is not None],
        owner=_name(config, rule.owner.level) if rule else case.target_level,
        hours=rule.hours_per_year if rule else None,
    )


def _rule_or_none(registry: Registry, rule_id: str) -> Rule | None:
    try:
        return registry.rule(rule_id).record
    except Exception:
        return None


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
    """Apply a case's effect to its rule and note it in the rule's history."""
    loaded = registry.rule(rule_id)
    entry = {
        "date": date,
        "event": event,
        "verdict": verdict,
        "ref": f"cases/{case.id}",
        "note": note,
    }
    registry.update_rule(loaded, changes, history=entry, always=True)


# -- filing -------------------------------------------------------------------------------------
def file_challenge(
    registry: Registry,
    config: RegistryConfig,
    rule: Rule,
    *,
    request: str,
    problem: str,
    proposal: str | None,
    gain_hours: float | None,
    filed_by: str | None,
    via: str | None,
    trial: Trial | None,
    date: dt.date,
) -> Case:
    """A new challenge (udfordringsret). An anonymous one holds no name but the representative's."""
    if request == "trial":
        if trial is None:
            raise Refused(t("err.trial_needs_safeguards"))
        blocked = lifecycle.trial_refusal(config, rule)
        if blocked:
            raise Refused(t("err.trial_not_dispensable", level=blocked))
    anonymous = filed_by is None
    case = _new_case(
        registry,
        config,
        rule,
        prefix="U",
        kind="challenge",
        request=request,
        state="submitted",
        by=filed_by or via,  # anonymous: only the representative is named
        date=date,
        filed_by=filed_by,
        anonymous=anonymous,
        via=via if anonymous else None,
        problem=problem,
        proposal=proposal,
        gain_hours=gain_hours,
        trial=trial,
    )
    # the rule file is left alone: filing changes nothing about the rule yet, and two people
    # filing in two clones must merge cleanly (a history line in both would conflict)
    save(registry, case)
    return case


def _new_case(
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
        id=lifecycle.new_case_id(prefix, date.year, existing_ids(registry), rule.id, chooser()),
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
    stance: str,
    minority: str | None,
    by: str,
    date: dt.date,
    review: str | None = None,
) -> Case:
    """A case the committee sends up the ladder; it is escalated at once (sent, with a due date)."""
    refuse_escalation(config, rule, request)
    case = _new_case(
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
    )
    return _escalated(case, config, date, by, None)


def refuse_escalation(config: RegistryConfig, rule: Rule, request: str) -> None:
    level = config.level(rule.owner.level)
    if level is not None and not level.dispensable:
        raise Refused(t("err.escalate_not_dispensable", level=level.name))
    if rule.owner.level == config.local_level:
        raise Refused(t("err.escalate_own", id=rule.id))


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


def _name(config: RegistryConfig, level_id: str) -> str:
    level = config.level(level_id)
    return level.name if level else level_id


def escalate_case(
    registry: Registry,
    config: RegistryConfig,
    loaded: Loaded[Case],
    *,
    request: str | None,
    to_level: str | None,
    by: str,
    date: dt.date,
) -> Case:
    case = loaded.record
    assert case is not None
    rule = registry.rule(case.rule).record
    assert rule is not None
    wanted = request or case.request
    if to_level is None:
        refuse_escalation(config, rule, wanted)
    elif config.level(to_level) is None:
        from regelsyn.cli.rules import level_message

        raise Refused(level_message(to_level, config))
    if wanted == "trial" and case.trial is None:
        raise Refused(t("err.trial_needs_safeguards"))
    updated = _checked_move(case.model_copy(update={"request": wanted}), config, date, by, to_level)
    save(registry, updated, loaded)
    touch_rule(registry, rule.id, {("status",): "escalated"}, "escalated", updated, date)
    return updated


def _checked_move(
    case: Case, config: RegistryConfig, date: dt.date, by: str, to_level: str | None
) -> Case:
    try:
        return _escalated(case, config, date, by, to_level)
    except lifecycle.TransitionRefused as exc:
        raise refusal(exc) from None


def refusal(exc: lifecycle.TransitionRefused) -> Refused:
    allowed = ", ".join(state_name(s) for s in exc.allowed) or t("case.none")
    return Refused(
        t("err.transition", current=state_name(exc.current), wanted=state_name(exc.wanted),
          allowed=allowed)
    )  # fmt: skip


def state_name(state: str) -> str:
    """A case state as people say it, with the word to type: ``afsluttet (closed)``."""
    said = t(f"state.{state}")
    return state if said in (state, f"state.{state}") else f"{said} ({state})"


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
    if (
        outcome in ("granted", "partly")
        and case.status != "escalated"
        and rule.owner.level != config.local_level
    ):
        raise Refused(t("err.decide_not_own", level=_name(config, rule.owner.level), id=case.id))
    try:
        steps = lifecycle.path_to(case, outcome)
    except lifecycle.TransitionRefused as exc:
        raise refusal(exc) from None
    updates: dict[str, Any] = {}
    if outcome == "evaluated":
        updates["result"] = result
    moved = lifecycle.move(case.model_copy(update=updates), outcome, date, by, note)
    save(registry, moved, loaded)
    effect: dict[tuple[str, ...], Any] = {}
    for step in steps:
        effect.update(lifecycle.rule_effect(case, step, rule))
    touch_rule(registry, rule.id, effect, "decided", moved, date, note=note, verdict=outcome)
    return moved


def evaluate(
    registry: Registry,
    loaded: Loaded[Case],
    *,
    result: str,
    outcome: str,
    by: str | None,
    date: dt.date,
) -> Case:
    """A trial's evaluation: ``trial_running → evaluated → made_permanent | reverted``."""
    case = loaded.record
    assert case is not None
    rule = registry.rule(case.rule).record
    assert rule is not None
    try:
        evaluated = lifecycle.move(
            case.model_copy(update={"result": result}), "evaluated", date, by, result
        )
        final = lifecycle.move(evaluated, outcome, date, by, None)
    except lifecycle.TransitionRefused as exc:
        raise refusal(exc) from None
    save(registry, final, loaded)
    effect = lifecycle.rule_effect(case, outcome, rule)
    touch_rule(registry, rule.id, effect, "decided", final, date, note=result, verdict=outcome)
    return final


def unregistered_rule(
    registry: Registry, config: RegistryConfig, title: str, owner_level: str | None, date: dt.date
) -> Rule:
    """The record of a rule that was not in the registry until someone challenged it."""
    from regelsyn.cli.rules import build

    fields: dict[str, Any] = {
        "title": title,
        "kind": "rule",
        "text": title,
        "owner.level": owner_level or config.local_level,
    }
    rule = build(fields, config, lambda s: registry.rule_path(s).exists(), date)
    registry.add_rule(rule)
    return rule
