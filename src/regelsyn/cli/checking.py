"""The check use case: every file through the index cache, the domain's checks on their facts.

On an unchanged registry this reads no YAML and imports no pydantic: every figure comes from
``.regelsyn/index.sqlite``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from regelsyn import i18n
from regelsyn.domain.checks import case_issues, duplicate_ids, rule_issues
from regelsyn.domain.facts import CaseFacts, ConfigFacts, RuleFacts, from_dict
from regelsyn.i18n import t
from regelsyn.model.finding import Finding, Issue, field_path, issue_message
from regelsyn.store.index import Entry, Index, refresh
from regelsyn.store.registry import Registry


@dataclass
class CheckReport:
    rules: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    def exit_code(self, *, strict: bool) -> int:
        if any(f.unreadable for f in self.findings):
            return 3
        if self.errors or (strict and self.warnings):
            return 1
        return 0

    def summary(self) -> str:
        if not self.findings:
            return t("check.ok", rules=self.rules)
        return t("check.summary", errors=self.errors, warnings=self.warnings, rules=self.rules)

    def as_json(self, root: str) -> dict[str, Any]:
        return {
            "registry": root,
            "rules": self.rules,
            "errors": self.errors,
            "warnings": self.warnings,
            "findings": [f.as_json() for f in self.findings],
        }


def _finding(rel: str, issue: Issue, at: tuple[int, int]) -> Finding:
    return Finding(
        issue.severity, rel, field_path(issue.loc), issue_message(issue), at[0], at[1], issue.code
    )


def run_check(registry: Registry, today: dt.date, *, warn: Any = None) -> CheckReport:
    """Check ``regelsyn.yaml`` and every rule, case and review; nothing stops at the first."""
    from regelsyn import console

    report = CheckReport()
    index = Index(registry.cache_dir, warn or console.warning)
    try:
        config = _config(registry, index, report)
        lang = i18n.language()
        rules = refresh(
            index, registry.rules_dir, registry.root, lang, _parser(registry, "rule"),
            many=_batch(registry, "rule", lang),
        )  # fmt: skip
        report.rules = len(rules)
        _strays(registry, report)
        facts = _rules(rules, config, today, report)
        _duplicates(facts, report)
        cases = refresh(
            index, registry.cases_dir, registry.root, lang, _parser(registry, "case"),
            many=_batch(registry, "case", lang),
        )  # fmt: skip
        _cases(cases, config, {f.id for _, f in facts}, today, report)
        reviews = refresh(
            index, registry.reviews_dir, registry.root, lang, _parser(registry, "review")
        )
        for entry in reviews:
            report.findings.extend(entry.finding_objects())
    finally:
        index.close()
    report.findings.sort(key=lambda f: (f.file != "regelsyn.yaml", f.file, f.line, f.col))
    return report


def _parser(registry: Registry, kind: str) -> Any:
    """The parser for files the cache does not know (imported only when one is needed)."""

    def parse(path: Any, rel: str) -> Entry:
        from regelsyn.store import reading

        if kind == "rule":
            return reading.parse_rule(registry)(path, rel)
        if kind == "case":
            return reading.parse_case(registry)(path, rel)
        from regelsyn.model.review import Review

        return reading.parse_schema_only(registry, Review)(path, rel)

    return parse


def _batch(registry: Registry, kind: str, lang: str) -> Any:
    """A maker of batch parsers for worker processes (pydantic is imported only if used)."""

    def make() -> Any:
        from regelsyn.store.reading import Batch

        return Batch(registry.root, kind, lang)

    return make


def _config(registry: Registry, index: Index, report: CheckReport) -> ConfigFacts | None:
    from regelsyn.store.registry import BrokenFiles

    try:
        config: ConfigFacts = registry.config_facts()
    except BrokenFiles as broken:
        report.findings.extend(broken.findings)
        return None
    i18n.set_language(config.language)
    return config


def _strays(registry: Registry, report: CheckReport) -> None:
    for path in registry.stray_files():
        rel = registry.rel(path)
        report.findings.append(Finding("warning", rel, "", t("check.stray_file"), code="stray"))


def _rules(
    entries: list[Entry], config: ConfigFacts | None, today: dt.date, report: CheckReport
) -> list[tuple[str, RuleFacts]]:
    valid = []
    for entry in entries:
        report.findings.extend(entry.finding_objects())
        if entry.facts is None:
            continue
        facts: RuleFacts = from_dict(RuleFacts, entry.facts)
        valid.append((entry.rel, facts))
        if config is None:
            continue
        stem = entry.rel.rsplit("/", 1)[-1].removesuffix(".yaml")
        for issue in rule_issues(config, facts, stem, today):
            report.findings.append(_finding(entry.rel, issue, facts.at(issue.loc)))
    return valid


def _duplicates(valid: list[tuple[str, RuleFacts]], report: CheckReport) -> None:
    by_file = dict(valid)
    for rule_id, files in duplicate_ids([(f.id, rel) for rel, f in valid]).items():
        for file in files:
            others = ", ".join(f for f in files if f != file)
            issue = Issue("error", "duplicate_id", ("id",), {"id": rule_id, "others": others})
            report.findings.append(_finding(file, issue, by_file[file].at(("id",))))


def _cases(
    entries: list[Entry],
    config: ConfigFacts | None,
    rule_ids: set[str],
    today: dt.date,
    report: CheckReport,
) -> None:
    for entry in entries:
        report.findings.extend(entry.finding_objects())
        if entry.facts is None or config is None:
            continue
        facts: CaseFacts = from_dict(CaseFacts, entry.facts)
        stem = entry.rel.rsplit("/", 1)[-1].removesuffix(".yaml")
        for issue in case_issues(facts, stem, rule_ids, config, today):
            report.findings.append(_finding(entry.rel, issue, facts.at(issue.loc)))
