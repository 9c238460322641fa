"""The check use case: read every file, apply the domain's checks, place each finding."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from regelsyn import i18n
from regelsyn.domain.checks import duplicate_ids, rule_issues
from regelsyn.i18n import t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.finding import Finding, Issue
from regelsyn.model.review import Review
from regelsyn.store.locate import issue_message, place
from regelsyn.store.registry import Loaded, Registry


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


def run_check(registry: Registry, today: dt.date) -> CheckReport:
    """Check ``regelsyn.yaml`` and every rule; nothing stops at the first problem."""
    report = CheckReport()
    settings = registry.load_config()
    report.findings.extend(settings.findings)
    config = settings.record if not any(f.severity == "error" for f in settings.findings) else None
    if config is not None:
        i18n.set_language(config.language)
    loaded = registry.load_rules()
    report.rules = len(loaded)
    for path in registry.stray_files():
        rel = registry.rel(path)
        report.findings.append(Finding("warning", rel, "", t("check.stray_file"), code="stray"))
    valid: list[Loaded[Rule]] = []
    for item in loaded:
        report.findings.extend(item.findings)
        if item.record is not None:
            valid.append(item)
    for item in valid:
        assert item.record is not None
        issues = rule_issues(config, item.record, item.path.stem, today) if config else []
        report.findings.extend(_placed(item, issues))
    report.findings.extend(_duplicates(valid))
    report.findings.extend(
        _cases(registry, config, {i.record.id for i in valid if i.record}, today)
    )
    for name in registry.record_ids(registry.reviews_dir):
        report.findings.extend(
            registry.read(registry.reviews_dir / f"{name}.yaml", Review).findings
        )
    report.findings.sort(key=lambda f: (f.file != "regelsyn.yaml", f.file, f.line, f.col))
    return report


def _cases(
    registry: Registry, config: RegistryConfig | None, rule_ids: set[str], today: dt.date
) -> list[Finding]:
    """Schema errors in cases, and what the case lifecycle asks to be followed up."""
    from regelsyn.cli.casework import load_cases
    from regelsyn.domain.cases import case_issues

    findings: list[Finding] = []
    for loaded in load_cases(registry):
        findings.extend(loaded.findings)
        if loaded.record is None or config is None:
            continue
        for issue in case_issues(loaded.record, loaded.path.stem, rule_ids, config, today):
            findings.append(place(loaded.tree, loaded.rel, issue, issue_message(issue)))
    return findings


def _placed(item: Loaded[Rule], issues: list[Issue]) -> list[Finding]:
    return [place(item.tree, item.rel, issue, issue_message(issue)) for issue in issues]


def _duplicates(valid: list[Loaded[Rule]]) -> list[Finding]:
    pairs = [(item.record.id, item.rel) for item in valid if item.record is not None]
    by_file = {item.rel: item for item in valid}
    findings = []
    for rule_id, files in duplicate_ids(pairs).items():
        for file in files:
            others = ", ".join(f for f in files if f != file)
            issue = Issue("error", "duplicate_id", ("id",), {"id": rule_id, "others": others})
            findings.append(place(by_file[file].tree, file, issue, issue_message(issue)))
    return findings
