"""The check use case: every file through the index cache, the domain's checks on their facts.

On an unchanged registry this reads no YAML and imports no pydantic: every figure comes from
``.regelsyn/index.sqlite``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from regelsyn import i18n
from regelsyn.domain import meetings, schedule
from regelsyn.domain.checks import (
    case_issues,
    duplicate_ids,
    missing_refs,
    review_issues,
    review_overdue,
    rule_issues,
)
from regelsyn.errors import BrokenFiles
from regelsyn.i18n import t, tn
from regelsyn.model.facts import CaseFacts, ConfigFacts, ReviewFacts, RuleFacts
from regelsyn.model.finding import Finding, Issue, field_path, issue_message
from regelsyn.store.index import Entry, Index, refresh
from regelsyn.store.packing import from_dict
from regelsyn.store.records import stem as record_stem
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
            return tn("check.ok", self.rules)
        return t(
            "check.summary",
            errors=tn("count.errors", self.errors),
            warnings=tn("count.warnings", self.warnings),
            rules=tn("count.rules", self.rules),
        )

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


def run_check(registry: Registry, today: dt.date) -> CheckReport:
    """Check ``regelsyn.yaml`` and every rule, case and review; nothing stops at the first."""
    report = CheckReport()
    index = Index(registry.cache_dir, registry.warn)
    try:
        config = _config(registry, index, report)
        lang = i18n.language()
        strays: list[str] = []
        rules = refresh(
            index, registry.rules_dir, registry.root, lang, _parser(registry, "rule"),
            many=_batch(registry, "rule", lang), facts=False, strays=strays,
        )  # fmt: skip
        report.rules = len(rules)
        for rel in strays:
            report.findings.append(Finding("warning", rel, "", t("check.stray_file"), code="stray"))
        cases = refresh(
            index, registry.cases_dir, registry.root, lang, _parser(registry, "case"),
            many=_batch(registry, "case", lang),
        )  # fmt: skip
        reviews = refresh(
            index, registry.reviews_dir, registry.root, lang, _parser(registry, "review")
        )
        records = {e.rel.removesuffix(".yaml") for e in [*cases, *reviews]}
        defended: list[tuple[str, ...]] = []
        valid = _rules(rules, config, today, report, index, _reread(registry), records, defended)
        _material(registry, defended, reviews, report)
        _duplicates(valid, report)
        _cases(cases, config, {ident for _, ident, _ in valid}, today, report)
        _reviews(reviews, config, today, report)
        _agendas(registry, config, today, report)
    finally:
        index.close()
    report.findings.sort(key=lambda f: (f.file != "regelsyn.yaml", f.file, f.line, f.col))
    return report


def _parser(registry: Registry, kind: str) -> Any:
    """The parser for files the cache does not know (imported only when one is needed)."""

    def parse(path: Any, rel: str) -> Entry:
        from regelsyn.store import reading

        if kind == "rule":
            return reading.parse_rule(fragments=False)(path, rel)
        if kind == "case":
            return reading.parse_case()(path, rel)
        return reading.parse_review()(path, rel)

    return parse


def _reread(registry: Registry) -> Any:
    """Facts of a rule read from its file (when the cache lost them between two queries)."""

    def reread(rel: str) -> Any:
        entry = _parser(registry, "rule")(registry.root / rel, rel)
        return entry.facts

    return reread


def _batch(registry: Registry, kind: str, lang: str) -> Any:
    """A maker of batch parsers for worker processes (pydantic is imported only if used)."""

    def make() -> Any:
        from regelsyn.store.reading import Batch

        return Batch(kind, lang)

    return make


def _config(registry: Registry, index: Index, report: CheckReport) -> ConfigFacts | None:
    try:
        config: ConfigFacts = registry.config_facts()
    except BrokenFiles as broken:
        report.findings.extend(broken.findings)
        return None
    i18n.set_language(config.language)
    return config


def context(config: ConfigFacts) -> str:
    """What a rule's cached check findings depend on besides the file: the defence
    requirement and the levels (the date only decides "overdue", worked out anew). The findings
    are kept as codes and worded when shown, so the language does not count."""
    return "\x1e".join([config.defend_requires, *config.levels])


_FIELD, _ITEM, _PART = "\x1f", "\x1e", "\x1d"


# What ``check`` found in one rule, apart from the date and the other files, is kept in the
# index cache as one string: context, id, position of the id, status, next review ("" when
# none), position of the next review, the findings, the reviews and cases its history points at,
# the position of the history, the rule's material fingerprint, its defence and the position of
# its status. It splits many times faster than JSON decodes, and only the parts a run needs are
# taken apart.


def rule_check(config: ConfigFacts, facts: RuleFacts, stem: str) -> tuple[list[str], bool]:
    """The parts to keep for one rule, and whether they can be kept (no text holds a
    separator)."""
    rows = [
        (i.severity, i.code, field_path(i.loc), _params(i.params), *map(str, facts.at(i.loc)))
        for i in rule_issues(config, facts, stem, None)
    ]
    review = facts.next_review or ""
    texts = [facts.id, facts.status, review, *(text for row in rows for text in row)]
    keep = not any(mark in text for text in texts for mark in (_FIELD, _ITEM, _PART))
    found = _ITEM.join(_PART.join(row) for row in rows)
    refs = _ITEM.join(facts.refs)
    keep = keep and not any(mark in ref for ref in facts.refs for mark in (_FIELD, _ITEM))
    where = _at(facts.at(("id",))), _at(facts.at(("next_review",))), _at(facts.at(("history",)))
    keep = keep and _FIELD not in facts.defence
    status_at = _at(facts.at(("status",)))
    parts = [facts.id, where[0], facts.status, review, where[1], found, refs, where[2],
             facts.material, facts.defence, status_at]  # fmt: skip
    return parts, keep


def kept_check(text: str | None, ctx: str) -> list[str] | None:
    """The kept parts, when they were found in context ``ctx``."""
    if not (text and ctx and text.startswith(ctx + _FIELD)):
        return None
    parts = text.split(_FIELD)
    return parts[1:] if len(parts) == 12 else None


def _items(found: str) -> list[str]:
    return found.split(_ITEM) if found else []


def _params(params: dict[str, Any]) -> str:
    """An issue's parameters as kept in the cache ("" when none)."""
    return json.dumps(params, ensure_ascii=False, sort_keys=True) if params else ""


class _Overdue:
    """Whether a review is overdue today, and the words for a kept finding (many rules share a
    date or a finding)."""

    def __init__(self, today: dt.date) -> None:
        self.day = today
        self.said: dict[str, str] = {}

    def past(self, status: str, review: str) -> bool:
        return schedule.is_overdue(status, dt.date.fromisoformat(review), self.day)

    def worded(self, code: str, params: str) -> str:
        """A kept finding in the current language (many rules share a finding)."""
        key = f"{code}\x00{params}"
        if key not in self.said:
            issue = Issue("warning", code, (), json.loads(params) if params else {})
            self.said[key] = issue_message(issue)
        return self.said[key]

    def message(self, review: str) -> str:
        if review not in self.said:
            self.said[review] = issue_message(
                review_overdue(dt.date.fromisoformat(review), self.day)
            )
        return self.said[review]


def _cached(rel: str, parts: list[str], overdue: _Overdue, records: set[str]) -> list[Finding]:
    """The findings of one rule from its kept parts (ValueError when they are malformed);
    ``records``: the reviews and cases there are (``reviews/<id>``, ``cases/<id>``)."""
    _, id_at, status, review, review_at, found, refs, history_at, *_ = parts
    _pos(id_at)
    findings = []
    for item in _items(found):
        severity, code, path, params, line, col = item.split(_PART)
        message = overdue.worded(code, params)
        findings.append(Finding(severity, rel, path, message, int(line), int(col), code))  # type: ignore[arg-type]
    if review and overdue.past(status, review):
        findings.append(Finding("warning", rel, "next_review", overdue.message(review),
                                *_pos(review_at), "review_overdue"))  # fmt: skip
    if refs:
        for issue in missing_refs(refs.split(_ITEM), records):
            findings.append(_finding(rel, issue, _pos(history_at)))
    return findings


def _at(pos: tuple[int, int]) -> str:
    return f"{pos[0]},{pos[1]}"


def _pos(text: str) -> tuple[int, int]:
    line, _, col = text.partition(",")
    return int(line), int(col)


def _rules(
    entries: list[Entry],
    config: ConfigFacts | None,
    today: dt.date,
    report: CheckReport,
    index: Index,
    reread: Any,
    records: set[str],
    defended: list[tuple[str, ...]],
) -> list[tuple[str, str, str]]:
    """Each rule's findings; returns ``(file, id, "line,col" of the id)`` of every valid rule,
    and adds to ``defended`` each defended rule's file, id, status, material fingerprint,
    defence and position of its status.

    A rule's findings are kept in the cache for the configuration and language they were found
    with; only an overdue review is worked out anew, from today's date."""
    ctx = index.context_id(context(config)) if config is not None else ""
    load = kept_check
    wanted = [e.rel for e in entries if e.facts == "" and load(e.checked, ctx) is None]
    stored = index.facts(wanted)
    valid = []
    learned = []
    overdue = _Overdue(today)
    findings = report.findings
    for entry in entries:
        if entry.findings:
            findings.extend(entry.finding_objects())
        if entry.facts is None:
            continue
        rel = entry.rel
        parts = load(entry.checked, ctx)
        if parts is not None:
            try:
                found = _cached(rel, parts, overdue, records)
            except ValueError:  # not in the form this version writes: worked out again
                parts = None
        if parts is None:
            data = entry.facts or stored.get(rel) or index.facts([rel]).get(rel) or reread(rel)
            if data is None:  # changed in the meantime: the next run sees it
                continue
            facts: RuleFacts = from_dict(RuleFacts, data)
            if config is None:
                valid.append((rel, facts.id, _at(facts.at(("id",)))))
                continue
            stem = record_stem(rel)
            parts, keep = rule_check(config, facts, stem)
            if ctx and keep:
                entry.checked = _FIELD.join([ctx, *parts])
                learned.append(entry)
            found = _cached(rel, parts, overdue, records)
        valid.append((rel, parts[0], parts[1]))
        if parts[2] == "defended" and parts[9]:
            defended.append((rel, parts[0], parts[2], parts[8], parts[9], parts[10]))
        findings.extend(found)
    index.store_checked(learned)
    return valid


def _material(
    registry: Registry, defended: list[tuple[str, ...]], reviews: list[Entry], report: CheckReport
) -> None:
    """A defended rule that changed materially since the review that defended it."""
    if not defended:
        return
    from regelsyn.app.material import changes

    found = changes(registry, [(r[1], r[2], r[3], r[4]) for r in defended], reviews)
    for rel, rule_id, *_, status_at in defended:
        if rule_id in found:
            from regelsyn.app.messages import fields

            review, names = found[rule_id]
            params = {"review": review, "fields": fields(names, i18n.language())}
            issue = Issue("warning", "material_changed", ("status",), params)
            report.findings.append(_finding(rel, issue, _pos(status_at)))


def _duplicates(valid: list[tuple[str, str, str]], report: CheckReport) -> None:
    at = {rel: _pos(where) for rel, _, where in valid}
    for rule_id, files in duplicate_ids([(ident, rel) for rel, ident, _ in valid]).items():
        for file in files:
            others = ", ".join(f for f in files if f != file)
            issue = Issue("error", "duplicate_id", ("id",), {"id": rule_id, "others": others})
            report.findings.append(_finding(file, issue, at[file]))


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
        stem = record_stem(entry.rel)
        for issue in case_issues(facts, stem, rule_ids, config, today):
            report.findings.append(_finding(entry.rel, issue, facts.at(issue.loc)))


def _reviews(
    entries: list[Entry], config: ConfigFacts | None, today: dt.date, report: CheckReport
) -> None:
    """Minutes whose approved decisions were changed, or not approved two weeks after."""
    for entry in entries:
        report.findings.extend(entry.finding_objects())
        if not entry.facts:
            continue
        facts: ReviewFacts = from_dict(ReviewFacts, entry.facts)
        stem = record_stem(entry.rel)
        for issue in review_issues(facts.id, stem):
            report.findings.append(_finding(entry.rel, issue, facts.at(issue.loc)))
        if config is None:
            continue
        day = dt.date.fromisoformat(facts.date)
        for issue in meetings.minutes_issues(
            day, facts.approved_by, facts.changed_since_approval, today
        ):
            report.findings.append(_finding(entry.rel, issue, facts.at(issue.loc)))


def _agendas(
    registry: Registry, config: ConfigFacts | None, today: dt.date, report: CheckReport
) -> None:
    """A meeting less than a week away without a written agenda."""
    if config is None or not config.meetings:
        return
    days = [dt.date.fromisoformat(day) for day in config.meetings]
    for issue in meetings.agenda_missing(days, set(registry.agenda_dates()), today):
        at = registry.config_line(issue.params["date"])
        report.findings.append(_finding("regelsyn.yaml", issue, at))
