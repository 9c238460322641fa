"""Filing a challenge (udfordringsret): by name, or anonymously through a representative (then
the registry holds no name); about a rule in the registry, or one that is registered as it is
challenged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from regelsyn.app import lookup
from regelsyn.app.cases import OPTIONAL_TERMS, REQUIRED_TERMS, new_case, refused, save, trial_terms
from regelsyn.domain import verdicts
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import number, t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import Case, Trial
from regelsyn.store.registry import Registry
from regelsyn.vocab import MAX_HOURS


@dataclass
class Given:
    """A challenge as the flags (or the questions) give it."""

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
    alternative: str | None = None
    new_rule: bool = False  # the unregistered rule is not one of those whose titles it is like

    def complete(self) -> bool:
        who = self.filed_by or (self.anonymous and self.via)
        what = self.rule or self.unregistered
        return bool(who and what and self.request and self.problem)

    def missing_flags(self) -> str:
        missing = []
        if not (self.rule or self.unregistered):
            missing.append("--rule ID")
        if not self.request:
            missing.append("--request")
        if not self.problem:
            missing.append("--problem")
        if not (self.filed_by or self.anonymous):
            missing.append("--filed-by NAME | --anonymous --via NAME")
        return " ".join(missing)

    def refuse_contradictions(self) -> None:
        """Flags that cannot go together are a usage error, before anything is asked."""
        if self.rule and self.unregistered:
            raise UsageProblem(t("err.rule_or_unregistered"))
        if self.anonymous and self.filed_by:
            raise UsageProblem(t("err.anonymous_and_named"))
        if self.filed_by and self.via:
            raise UsageProblem(t("err.via_only_anonymous"))
        if self.anonymous and not self.via:
            raise UsageProblem(t("err.anonymous_needs_via"))
        if self.new_rule and not self.unregistered:
            raise UsageProblem(t("err.new_rule_only_unregistered"))
        if self.gain_hours is not None and not 0 <= self.gain_hours <= MAX_HOURS:  # inf, nan
            limit = t("v.le", le=number(MAX_HOURS), value=self.gain_hours)
            raise UsageProblem(f"--gain-hours: {limit}")


@dataclass
class Filed:
    case: Case
    rule: Rule
    rule_created: bool
    local: bool  # the workplace owns the rule: it decides the case itself


def _trial(given: Given) -> Trial | None:
    return trial_terms(
        given.request, {name: getattr(given, name) for name in (*REQUIRED_TERMS, *OPTIONAL_TERMS)}
    )


def file(registry: Registry, given: Given, date: dt.date) -> Filed:
    """File a challenge from what the flags and the questions gave; a rule that was not in the
    registry is registered first."""
    config = registry.config()
    given.refuse_contradictions()
    trial = _trial(given)
    created = False
    rule: Rule | None = None
    refuse_unsettled(registry, given)
    if given.rule:
        rule = registry.rule(lookup.rule_id(registry, given.rule)).record
        assert rule is not None
    elif given.owner_level and config.level(given.owner_level) is None:
        from regelsyn.app.rules import level_message

        raise Refused(level_message(given.owner_level, config))
    elif given.request == "trial" and trial is None:
        raise Refused(t("err.trial_needs_safeguards"))
    with registry.transaction(t("tx.challenge", rule=given.rule or given.unregistered or "")) as tx:
        if rule is None:
            rule = unregistered_rule(
                registry, config, given.unregistered or "", given.owner_level, date
            )
            # the rule is registered only with a challenge that can be filed about it
            refuse_challenge(config, rule, given.request or "remove", trial)
            registry.add_rule(rule)
            created = True
        case = file_challenge(
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
        tx.message = _message(config, case, created)
    return Filed(case, rule, created, rule.owner.level == config.local_level)


class RuleSearch:
    """Which rule a challenge is about, found from what the person typed: an id, or words of
    its title, its id or its tags (:mod:`regelsyn.domain.search`)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.found: dict[str, list[lookup.Match]] = {}

    def exists(self, text: str) -> bool:
        return lookup.rule_exists(self.registry, text)

    def find(self, text: str) -> list[lookup.Match]:
        if text not in self.found:
            self.found[text] = lookup.find_rules(self.registry, text)
        return self.found[text]

    def unsettled(self, given: Given) -> list[lookup.Match]:
        """The rules the text given for the rule may mean, when it names none of them by id:
        ``--rule`` with a title, or ``--unregistered`` with the title of a registered rule
        (unless ``new_rule`` says it is another)."""
        if given.rule and not self.exists(given.rule):
            return self.find(given.rule)
        if given.unregistered and not given.new_rule:
            return self.find(given.unregistered)
        return []


def refuse_unsettled(registry: Registry, given: Given, search: RuleSearch | None = None) -> None:
    """A challenge never registers a rule again under another name: text that is not a rule's
    id but fits registered rules is refused (exit 2), listing them and the flag to use."""
    found = (search or RuleSearch(registry)).unsettled(given)
    if not found:
        return
    if given.rule:
        raise UsageProblem(
            t("err.rule_text_matches", text=given.rule) + "\n" + lookup.listed(found),
            hint=t("hint.rule_text_matches", id=found[0].id),
        )
    raise UsageProblem(
        t("err.unregistered_matches", text=given.unregistered or "") + "\n" + lookup.listed(found),
        hint=t("hint.unregistered_matches", id=found[0].id),
    )


def _message(config: RegistryConfig, case: Case, created: bool) -> str:
    from regelsyn.app.cases import case_message
    from regelsyn.i18n import tl

    if not created:
        return case_message(config, case)
    kind = tl(f"git.msg.kind.{case.kind}", config.language)
    return tl("git.msg.case_new_rule", config.language, kind=kind, id=case.id, title=case.title)


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
    refuse_challenge(config, rule, request, trial)
    anonymous = filed_by is None
    with registry.transaction(t("tx.challenge", rule=rule.title)) as tx:
        if anonymous:  # committed under the representative's name, not the person's at the keys
            tx.on_behalf = via or "-"
        return _filed(registry, config, rule, request=request, filed_by=filed_by, via=via,
                      anonymous=anonymous, problem=problem, proposal=proposal,
                      gain_hours=gain_hours, trial=trial, date=date)  # fmt: skip


def _filed(
    registry: Registry,
    config: RegistryConfig,
    rule: Rule,
    *,
    request: str,
    filed_by: str | None,
    via: str | None,
    anonymous: bool,
    problem: str,
    proposal: str | None,
    gain_hours: float | None,
    trial: Trial | None,
    date: dt.date,
) -> Case:
    """The new case, numbered while the write lock is held, and written."""
    case = new_case(
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


def refuse_challenge(config: RegistryConfig, rule: Rule, request: str, trial: Trial | None) -> None:
    """Refused: a challenge about a removed rule, or a trial without its terms or of a rule no
    exemption can be granted from."""
    problems = verdicts.removed_issues(rule)
    if request == "trial":
        if trial is None:
            raise Refused(t("err.trial_needs_safeguards"))
        problems += verdicts.trial_issues(config, rule)
    if problems:
        raise refused(problems)


def unregistered_rule(
    registry: Registry, config: RegistryConfig, title: str, owner_level: str | None, date: dt.date
) -> Rule:
    """The record of a rule that was not in the registry until someone challenged it (not yet
    written: :func:`file` writes it with the challenge)."""
    from regelsyn.app.rules import build

    fields: dict[str, Any] = {
        "title": title,
        "kind": "rule",
        "text": title,
        "owner.level": owner_level or config.local_level,
    }
    return build(fields, config, lambda s: registry.rule_path(s).exists(), date)
