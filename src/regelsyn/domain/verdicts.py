"""Authority-aware verdicts: what a workplace may decide about a rule, and what follows.

The rule of the domain: the body empowered to set a rule is the one that may change it. A
workplace removes, amends, reduces or merges only what it owns itself (``local_level``); anything
owned higher up is escalated; nothing is asked of a level that cannot grant exemptions (EU law).
The burden of proof is on the rule: it is defended only on a premise documented at the meeting
that defends it, and a rule nobody defends is removed (or its removal asked of its owner).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from regelsyn.domain.dates import add_months
from regelsyn.domain.learning import freed_hours
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import Case
from regelsyn.model.fields import use_changes
from regelsyn.model.finding import Issue
from regelsyn.model.review import Decision
from regelsyn.vocab import PREMISES, VERDICT_STATUS, Group

OWN_VERDICTS = ("defend", "amend", "reduce_to_floor", "merge", "remove", "defer")
HIGHER_VERDICTS = ("defend", "escalate", "defer")
FIXED_VERDICTS = ("defend", "defer")


def triage(config: RegistryConfig, rule: Rule) -> Group:
    """Which of the four piles a rule belongs to (Copenhagen 2012's sorting)."""
    level = config.level(rule.owner.level)
    dispensable = level is None or level.dispensable
    return pile(config.local_level, rule.owner.level, dispensable, bool(rule.floor))


def pile(local_level: str, owner_level: str, dispensable: bool, floor: bool) -> Group:
    """:func:`triage` from plain facts: a level that grants no exemption (EU law), the
    workplace's own rule (a local extension of a floor, or not), or one to send on."""
    if not dispensable:
        return "not_dispensable"
    if owner_level == local_level:
        return "floor" if floor else "own"
    return "send_on"


def allowed_verdicts(config: RegistryConfig, rule: Rule) -> tuple[str, ...]:
    group = triage(config, rule)
    if group == "not_dispensable":
        return FIXED_VERDICTS
    if group == "send_on":
        return HIGHER_VERDICTS
    if rule.floor:
        return OWN_VERDICTS
    return tuple(v for v in OWN_VERDICTS if v != "reduce_to_floor")


def stated_premises(rule: Rule, decision: Decision) -> dict[str, str]:
    """The premises a meeting stated or confirmed: what a defence may rest on. A premise on file
    that the meeting did not confirm, or marked not documented, counts for nothing."""
    found: dict[str, str] = {}
    if decision.premises is not None:
        for name in PREMISES:
            value = getattr(decision.premises, name)
            if value and value.strip():
                found[name] = value
    for name in decision.confirmed:
        value = getattr(rule, name)
        if name not in found and value and value.strip():
            found[name] = value
    for name in decision.not_documented:
        found.pop(name, None)
    return found


def suggested_verdict(
    config: RegistryConfig, rule: Rule, stated: Mapping[str, str]
) -> tuple[str, str | None]:
    """The default offered: defend only what the meeting has documented; remove what nobody
    has defended (or ask the owner to remove it); a rule that can be neither (EU law) waits
    until its premise is documented."""
    group = triage(config, rule)
    if stated and defence_issues(config, stated) == []:
        return "defend", None
    if group in ("own", "floor"):
        return "remove", None
    if group == "send_on":
        return "escalate", "remove"
    return "defer", None


def defence_issues(config: RegistryConfig, stated: Mapping[str, str]) -> list[Issue]:
    """Why these premises cannot carry a defence: none documented, or no documented effect
    where the registry's policy asks for one."""
    if not stated:
        return [Issue("error", "d_defend_no_premise", ("premises",), {})]
    if config.review.defend_requires == "effect" and "effect" not in stated:
        return [Issue("error", "d_defend_no_effect", ("premises",), {})]
    return []


def decision_issues(
    config: RegistryConfig,
    rule: Rule | None,
    decision: Decision,
    rule_ids: set[str],
    recording: str | None = None,
) -> list[Issue]:
    """Why a decision cannot be recorded; empty when it can. Locs are relative to it.
    ``recording``: the id the review will get (see :func:`gone`)."""
    if rule is None:
        return [Issue("error", "d_unknown_rule", ("rule",), {"id": decision.rule})]
    if gone(rule, recording):
        return [Issue("error", "d_removed", ("rule",), {"id": rule.id})]
    issues: list[Issue] = []
    verdict = decision.verdict
    group = triage(config, rule)
    if verdict not in allowed_verdicts(config, rule):
        code = {
            "not_dispensable": "d_not_dispensable",
            "send_on": "d_not_own",
        }.get(group, "d_no_floor" if verdict == "reduce_to_floor" else "d_is_own")
        params = {"verdict": verdict, "level": config.level_name(rule.owner.level)}
        issues.append(Issue("error", code, ("verdict",), params))
        return issues
    if verdict == "defend":
        issues += defence_issues(config, stated_premises(rule, decision))
    required = {"amend": "text", "merge": "into", "escalate": "recommend", "defer": "reason"}
    field = required.get(verdict)
    if field and not _filled(getattr(decision, field)):
        issues.append(Issue("error", f"d_needs_{field}", (field,), {"verdict": verdict}))
    if verdict == "escalate":
        if not _filled(decision.proposal):
            issues.append(Issue("error", "d_needs_proposal", ("proposal",), {}))
        if decision.recommend == "trial" and decision.trial is None:
            issues.append(Issue("error", "d_needs_trial", ("trial",), {}))
    if verdict == "merge" and decision.into:
        if decision.into == decision.rule:
            issues.append(Issue("error", "d_merge_self", ("into",), {}))
        elif decision.into not in rule_ids:
            issues.append(Issue("error", "d_unknown_rule", ("into",), {"id": decision.into}))
    if decision.stance == "disagreement" and not _filled(decision.minority):
        issues.append(Issue("error", "d_needs_minority", ("minority",), {}))
    return issues


def meeting_issues(
    decisions: list[Decision], statuses: Mapping[str, str]
) -> list[tuple[int, Issue]]:
    """What is wrong between a meeting's decisions: a rule decided twice, or merged into a rule
    that is removed (before, or at this very meeting). ``statuses``: each rule's status now."""
    gone_here = {d.rule for d in decisions if d.verdict in ("remove", "merge")}
    found: list[tuple[int, Issue]] = []
    seen: set[str] = set()
    for index, decision in enumerate(decisions):
        if decision.rule in seen:
            found.append((index, Issue("error", "d_duplicate", ("rule",), {"id": decision.rule})))
        seen.add(decision.rule)
        target = decision.into
        if decision.verdict != "merge" or not target or target == decision.rule:
            continue
        if statuses.get(target) == "removed" or target in gone_here:
            found.append((index, Issue("error", "d_merge_into_removed", ("into",), {"id": target})))
    return found


def _filled(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def rule_changes(
    config: RegistryConfig, rule: Rule, decision: Decision, date: dt.date
) -> dict[tuple[str, ...], Any]:
    """The fields a decision sets on its rule (dotted paths → values): the premises stated at
    the meeting, the status, the next review, the new text, and the burden after a
    simplification whose hours are known."""
    changes: dict[tuple[str, ...], Any] = {}
    if decision.premises is not None:
        for name in PREMISES:
            value = getattr(decision.premises, name)
            if value and value.strip():
                changes[(name,)] = value
    next_review = add_months(date, config.review.interval_months)
    verdict = decision.verdict
    if verdict in VERDICT_STATUS:
        changes[("status",)] = VERDICT_STATUS[verdict]
    if verdict in ("defend", "amend", "reduce_to_floor"):
        changes[("next_review",)] = next_review
    if verdict == "amend":
        changes[("text",)] = decision.text
    elif verdict == "reduce_to_floor":
        changes[("text",)] = decision.text or rule.floor
    elif verdict in ("remove", "merge"):  # gone, and no longer set aside by a trial either
        changes[("next_review",)] = None
        changes[("suspended_from",)] = changes[("suspended_until",)] = None
    if verdict in ("amend", "reduce_to_floor") and decision.hours_after is not None:
        changes.update(burden_for(rule, decision.hours_after))
    if decision.use is not None and verdict not in ("remove", "merge"):
        changes.update(use_changes(rule.model_dump(mode="python")["use"], use_fields(decision)))
    return changes


def use_fields(decision: Decision) -> dict[str, Any]:
    """The use a meeting found, as the dotted fields :func:`use_changes` takes."""
    use = decision.use
    if use is None or isinstance(use, str):
        return {"use": use}
    return {"use": use.text, "use.minutes": use.minutes, "use.per_year": use.per_year,
            "use.people": use.people}  # fmt: skip


def burden_for(rule: Rule, hours: float) -> dict[tuple[str, ...], Any]:
    """The burden that costs ``hours`` a year, kept in the rule's own terms: as often and for as
    many people as before, with the minutes each time changed. Nothing when the burden is not
    fully known (or nobody does it), since no minutes can say it then."""
    burden = rule.burden
    if burden is None or burden.per_year is None or burden.people is None:
        return {}
    occurrences = burden.per_year * burden.people
    if occurrences <= 0:
        return {}
    return {("burden", "minutes"): round(hours * 60 / occurrences, 4)}


def hours_freed(decision: Decision) -> float:
    """Hours a year a decision frees: all of them for a removal, the difference for a
    simplification whose new burden is known, none otherwise (never less than none)."""
    return freed_hours(decision.verdict, decision.hours_before, decision.hours_after)


def route(config: RegistryConfig, owner_level: str) -> list[str]:
    """The ladder levels a case passes on its way up: above the workplace, up to the owner
    (none for a rule the workplace owns itself)."""
    if owner_level == config.local_level:
        return []
    ids = config.level_ids()
    if owner_level not in ids or config.local_level not in ids:
        return [owner_level]
    start, end = ids.index(config.local_level), ids.index(owner_level)
    return ids[start + 1 : end + 1] if end > start else [owner_level]


def gone(rule: Rule, recording: str | None = None) -> bool:
    """Removed, and so not decided again; except by the review ``recording`` that removed it:
    a recording that was interrupted, run again (it records each rule once)."""
    if rule.status != "removed":
        return False
    return recording is None or all(e.ref != f"reviews/{recording}" for e in rule.history)


def removed_issues(rule: Rule) -> list[Issue]:
    """A removed rule is gone: no decision is taken on it and no case is opened about it, so
    that its hours are freed once and no case waits on it (a rule that is to come back is
    registered anew)."""
    if rule.status != "removed":
        return []
    return [Issue("error", "rule_removed", ("rule",), {"id": rule.id})]


def escalation_issues(config: RegistryConfig, rule: Rule) -> list[Issue]:
    """Why a rule cannot be sent up the ladder: it is removed, nothing is asked of a level that
    cannot grant exemptions (EU law), and a rule the workplace owns is decided at home."""
    if rule.status == "removed":
        return removed_issues(rule)
    level = config.level(rule.owner.level)
    if level is not None and not level.dispensable:
        return [Issue("error", "escalate_not_dispensable", ("rule",), {"level": level.name})]
    if rule.owner.level == config.local_level:
        return [Issue("error", "escalate_own", ("rule",), {"id": rule.id})]
    return []


def trial_issues(config: RegistryConfig, rule: Rule) -> list[Issue]:
    """Why no trial can be asked for: no exemption from a level that grants none (EU law)."""
    level = config.level(rule.owner.level)
    if level is not None and not level.dispensable:
        return [Issue("error", "trial_not_dispensable", ("rule",), {"level": level.name})]
    return []


def grant_issues(config: RegistryConfig, rule: Rule, case: Case, outcome: str) -> list[Issue]:
    """A workplace grants only what it owns: a request about a rule owned higher up is granted
    by that level's reply to an escalation, never by the workplace's own decision."""
    if outcome not in ("granted", "partly") or case.status == "escalated":
        return []
    if rule.owner.level == config.local_level:
        return []
    level = config.level_name(rule.owner.level)
    return [Issue("error", "decide_not_own", ("status",), {"level": level, "id": case.id})]
