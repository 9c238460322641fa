"""The review use case: choose the rules, check a meeting's decisions, record the meeting and
render its decision log. The meeting itself (drafts, resume, the lock) is
:mod:`regelsyn.app.meeting`."""

from __future__ import annotations

import datetime as dt
from collections.abc import ItemsView, Iterator, Mapping, ValuesView
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from regelsyn import i18n, inert
from regelsyn.app import messages
from regelsyn.domain import schedule, verdicts
from regelsyn.domain.ids import review_id
from regelsyn.errors import BrokenFiles, Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.facts import decided_in_review
from regelsyn.model.finding import Finding, Issue, issue_message
from regelsyn.model.review import (
    GROUPS,
    Decision,
    DecisionsFile,
    Participant,
    Premises,
    Review,
    TriageRow,
)
from regelsyn.render import documents
from regelsyn.store import git
from regelsyn.store.locate import place
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry


def valid_rules(registry: Registry) -> Rules:
    """Every rule by id; a registry with broken rule files is refused (check names them)."""
    from regelsyn.store.packing import rule_id

    entries = registry.rule_entries(fragments=False)
    broken = [f for entry in entries if entry.facts is None for f in entry.finding_objects()]
    if broken:
        raise BrokenFiles(broken)
    rules = Rules(registry, {rule_id(entry.facts): entry.rel for entry in entries})
    rules.entries = entries
    return rules


def changed_since_defence(rules: Rules) -> frozenset[str]:
    """The rules changed materially since their defence (due again)."""
    from regelsyn.app.material import changed_ids
    from regelsyn.model.facts import RuleFacts
    from regelsyn.store.packing import from_dict

    facts = [from_dict(RuleFacts, e.facts) for e in rules.entries if e.facts is not None]
    return frozenset(changed_ids(rules.registry, facts))


class Rules(Mapping[str, Loaded[Rule]]):
    """The registry's rules by id, read when asked for: a review of a few rules in a large
    registry validates only those, and all of them only when all are asked for."""

    def __init__(self, registry: Registry, files: dict[str, str]) -> None:
        self.registry = registry
        self.files = files  # id → file, from the index cache
        self.read: dict[str, Loaded[Rule]] = {}
        self.entries: list[Any] = []  # the index cache's entries (facts)

    def __getitem__(self, rule_id: str) -> Loaded[Rule]:
        if rule_id not in self.read:
            rel = self.files[rule_id]  # KeyError: no such rule
            loaded = self.registry.cached_rule(rel)
            if loaded.record is None:  # changed since the index saw it
                raise BrokenFiles(loaded.findings)
            self.read[rule_id] = loaded
        return self.read[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.files

    def __iter__(self) -> Iterator[str]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def values(self) -> ValuesView[Loaded[Rule]]:
        return self.everything().values()

    def items(self) -> ItemsView[str, Loaded[Rule]]:
        return self.everything().items()

    def everything(self) -> dict[str, Loaded[Rule]]:
        """Every rule, read in one go through the index cache (not one file at a time)."""
        if len(self.read) < len(self.files):
            loaded = self.registry.load_rules()
            broken = [f for item in loaded for f in item.findings if item.record is None]
            if broken:
                raise BrokenFiles(broken)
            for item in loaded:
                if item.record is not None:
                    self.read.setdefault(item.record.id, item)
        return {rule_id: self.read[rule_id] for rule_id in self.files}

    def records(self) -> list[Rule]:
        return [item.record for item in self.values() if item.record is not None]


def is_due(rule: Rule, horizon: dt.date, changed: frozenset[str] = frozenset()) -> bool:
    """Due for review by ``horizon``: :func:`regelsyn.domain.schedule.is_due` on a record
    (``changed``: the rules changed materially since their defence)."""
    reviewed = any(decided_in_review(e.event, e.verdict) for e in rule.history)
    return schedule.is_due(rule.status, rule.next_review, reviewed, horizon, rule.id in changed)


def select(
    config: RegistryConfig,
    rules: Mapping[str, Loaded[Rule]],
    *,
    ids: list[str],
    everything: bool,
    tag: str | None,
    owner: str | None,
    today: dt.date,
    recording: str | None = None,
    changed: frozenset[str] = frozenset(),
) -> list[Rule]:
    """The rules in scope, ordered as the triage table shows them: those named, else those due
    (or every rule still in force, with ``everything``); ``changed``: the rules changed
    materially since their defence, due whatever their date. A removed rule is not taken up
    again (except by the review ``recording`` that removed it, run again after an interruption)."""
    if owner and config.level(owner) is None:
        from regelsyn.app.rules import level_message

        raise UsageProblem(level_message(owner, config))
    if ids:
        unknown = [rule_id for rule_id in ids if rule_id not in rules]
        if unknown:
            raise _unknown_rules(unknown, rules)
        chosen = [rules[rule_id].record for rule_id in ids]
        gone = [r.id for r in chosen if r is not None and verdicts.gone(r, recording)]
        if gone:
            raise Refused(t("err.review_removed", id=", ".join(gone)))
    else:
        chosen = [item.record for item in rules.values()]
    result = []
    for rule in chosen:
        assert rule is not None
        if not ids and rule.status == "removed":
            continue
        if not ids and not everything and not is_due(rule, today, changed):
            continue
        if tag and tag not in rule.tags:
            continue
        if owner and rule.owner.level != owner:
            continue
        result.append(rule)
    return in_triage_order(config, result)


def _unknown_rules(unknown: list[str], rules: Mapping[str, Loaded[Rule]]) -> Refused:
    """Ids named for the meeting that no rule has, with the rules most likely meant."""
    from regelsyn.app import lookup
    from regelsyn.domain.search import Findable

    if isinstance(rules, Rules):  # from the index cache, without reading every rule
        return lookup.unknown_rules(unknown, lookup.rule_items(rules.registry))
    items = [Findable(rule.id, rule.title, tuple(rule.tags))
             for loaded in rules.values() if (rule := loaded.record) is not None]  # fmt: skip
    return lookup.unknown_rules(unknown, items)


def in_triage_order(config: RegistryConfig, rules: list[Rule]) -> list[Rule]:
    """Rules as the triage table shows them: by what the committee can do, then by id."""
    order = {group: index for index, group in enumerate(GROUPS)}
    return sorted(rules, key=lambda r: (order[verdicts.triage(config, r)], r.id))


def triage_rows(config: RegistryConfig, rules: list[Rule]) -> list[TriageRow]:
    return [
        TriageRow(
            rule=rule.id,
            title=rule.title,
            group=verdicts.triage(config, rule),
            owner=config.level_name(rule.owner.level),
            hours=rule.hours_per_year,
        )
        for rule in rules
    ]


def parse_participant(text: str) -> Participant:
    """``"Name:side[:role]"`` as a participant; a clear usage error otherwise."""
    try:
        return Participant.from_text(text)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None


# -- decisions ------------------------------------------------------------------------------
def read_decisions(registry: Registry, path: Path) -> tuple[DecisionsFile, Any, str]:
    """A decisions file, parsed with positions; every problem is raised at once."""
    if not path.is_file():
        raise UsageProblem(t("err.no_decisions_file", path=str(path)))
    loaded = registry.read(path, DecisionsFile)
    rel = str(path)
    if loaded.record is None:
        raise BrokenFiles([replace(f, file=rel) for f in loaded.findings])
    return loaded.record, loaded.tree, rel


def decision_findings(
    config: RegistryConfig,
    rules: Mapping[str, Loaded[Rule]],
    session: DecisionsFile,
    tree: Any,
    rel: str,
    recording: str | None = None,
) -> list[Finding]:
    """Everything wrong with a session's decisions, placed in the file that states them; each
    names the rule it is about by id and title. ``recording``: the id the review will get."""
    issues: list[Issue] = []
    if not session.participants:
        issues.append(Issue("error", "d_no_participants", ("participants",)))
    if not (session.decided_by or "").strip():
        issues.append(Issue("error", "d_no_decider", ("decided_by",)))
    about: dict[int, str] = {}
    for index, decision in enumerate(session.decisions):
        loaded = rules.get(decision.rule)
        rule = loaded.record if loaded else None
        if rule is not None:
            about[index] = t("check.d_about", id=decision.rule, title=rule.title)
        for issue in verdicts.decision_issues(config, rule, decision, set(rules), recording):
            issues.append(_in_decision(index, issue))
    targets = {d.into for d in session.decisions if d.verdict == "merge" and d.into in rules}
    statuses = {target: _status(rules, target) for target in targets if target}
    for index, issue in verdicts.meeting_issues(session.decisions, statuses):
        issues.append(_in_decision(index, issue))
    findings = []
    for issue in issues:
        message = issue_message(issue)
        named = about.get(int(issue.loc[1])) if issue.loc[0] == "decisions" else None
        if named:
            message = f"{named}: {message}"
        findings.append(place(tree, rel, issue, message))
    return findings


def _in_decision(index: int, issue: Issue) -> Issue:
    return Issue(issue.severity, issue.code, ("decisions", index, *issue.loc), issue.params)


def _status(rules: Mapping[str, Loaded[Rule]], rule_id: str) -> str:
    record = rules[rule_id].record
    return record.status if record else ""


def complete(decision: Decision, loaded: Loaded[Rule]) -> Decision:
    """The decision with what regelsyn records beside it: the premises a defence rests on, the
    title, the burden before and after, and the version of the file it was taken on."""
    rule = loaded.record
    assert rule is not None
    premises = decision.premises
    if decision.verdict == "defend":
        premises = Premises(**verdicts.stated_premises(rule, decision))
    hours_after = decision.hours_after
    if decision.verdict in ("amend", "reduce_to_floor") and hours_after is not None:
        written = verdicts.burden_for(rule, hours_after)
        if written and rule.burden is not None:
            minutes = written[("burden", "minutes")]
            hours_after = rule.burden.model_copy(update={"minutes": minutes}).hours_per_year
    return decision.model_copy(
        update={
            "premises": premises,
            "title": decision.title or rule.title,
            "hours_before": rule.hours_per_year
            if decision.hours_before is None
            else decision.hours_before,
            "hours_after": hours_after,
            "blob": decision.blob or git.blob_id(loaded.path, keep=True),
        }
    )


# -- recording ------------------------------------------------------------------------------
@dataclass
class Recorded:
    review: Review
    review_path: Path
    log_path: Path
    cases: list[Path]
    again: bool = False  # the meeting was recorded before; nothing was written now


def record(
    registry: Registry,
    config: RegistryConfig,
    rules: Mapping[str, Loaded[Rule]],
    session: DecisionsFile,
    date: dt.date,
    scope: list[Rule],
) -> Recorded:
    """Write the review, update each rule, open a case per escalation, render the log: one
    transaction, all of it or nothing, also when the process is killed.

    Call only with decisions that :func:`decision_findings` accepts. A meeting that is already
    recorded (the same date, participants and decisions: a command run again after a crash) is
    not recorded twice; its review is returned with ``again`` set.
    """
    earlier = already_recorded(registry, session, date)
    if earlier is not None:
        return earlier
    the_id = review_id(date, lambda name: registry.review_path(name).exists())
    with registry.transaction(t("tx.review", id=the_id)) as tx:
        decisions = [complete(d, rules[d.rule]) for d in session.decisions]
        case_paths: list[Path] = []
        final: list[Decision] = []
        for decision in decisions:
            if decision.verdict == "escalate":
                path, the_case = _open_case(
                    registry, config, rules[decision.rule], decision, the_id, date
                )
                case_paths.append(path)
                decision = decision.model_copy(update={"case": the_case})
            final.append(decision)
            _update_rule(registry, config, rules[decision.rule], decision, the_id, date)
        review = Review(
            id=the_id,
            date=date,
            workplace=config.workplace,
            organisation=config.organisation,
            committee=config.committee,
            participants=session.participants,
            decided_by=session.decided_by or "",
            triage=triage_rows(config, scope),
            decisions=final,
            corrects=session.corrects,
        )
        review_path = registry.write_record(registry.review_path(the_id), review)
        log_path = write_log(registry, review)
        tx.message = messages.review(review, config.language)
    return Recorded(review, review_path, log_path, case_paths)


def already_recorded(registry: Registry, session: DecisionsFile, date: dt.date) -> Recorded | None:
    """The review that already holds this meeting (the same date, participants and
    decisions), if one does."""
    wanted = [(d.rule, d.verdict) for d in session.decisions]
    for the_id in registry.review_ids():
        if not the_id.startswith(date.isoformat()):
            continue
        loaded = registry.read(registry.review_path(the_id), Review)
        review = loaded.record
        if review is None or review.date != date or review.participants != session.participants:
            continue
        if [(d.rule, d.verdict) for d in review.decisions] == wanted:
            cases = [registry.case_path(d.case) for d in review.decisions if d.case]
            log = registry.review_log_path(the_id)
            return Recorded(review, loaded.path, log, cases, again=True)
    return None


def _update_rule(
    registry: Registry,
    config: RegistryConfig,
    loaded: Loaded[Rule],
    decision: Decision,
    the_id: str,
    date: dt.date,
) -> None:
    rule = loaded.record
    assert rule is not None
    fresh = registry.rule(rule.id)
    changes = verdicts.rule_changes(config, rule, decision, date)
    entry: dict[str, Any] = {
        "date": date,
        "event": "reviewed",
        "verdict": decision.verdict,
        "ref": f"reviews/{the_id}",
        "case": decision.case,
        "note": _history_note(decision),
        "blob": decision.blob,
        "status": changes.get(("status",), rule.status),
    }
    registry.update_rule(fresh, changes, history=entry, always=True)
    if changes.get(("status",)) == "removed":
        from regelsyn.app.cases import settle_open_cases

        note = t("case.settled_by_review", review=the_id)
        settle_open_cases(registry, rule.id, date, config.committee.name, note)


def _history_note(decision: Decision) -> str | None:
    if decision.verdict == "merge":
        return t("review.note_merged", into=decision.into)
    return decision.grounds or decision.reason


def _open_case(
    registry: Registry,
    config: RegistryConfig,
    loaded: Loaded[Rule],
    decision: Decision,
    the_id: str,
    date: dt.date,
) -> tuple[Path, str]:
    """The escalation case for a decision."""
    from regelsyn.app import cases

    rule = loaded.record
    assert rule is not None and decision.recommend is not None
    case = cases.open_escalation(
        registry,
        config,
        rule,
        request=decision.recommend,
        problem=decision.grounds,
        proposal=decision.proposal,
        stance=decision.stance,
        minority=decision.minority,
        by=config.committee.name,
        date=date,
        review=the_id,
        trial=decision.trial,
    )
    return cases.save(registry, case), case.id


# -- the decision log -----------------------------------------------------------------------
def write_log(registry: Registry, review: Review) -> Path:
    path = registry.review_log_path(review.id)
    registry.write_text(path, render_log(registry, review))
    return path


def render_log(registry: Registry, review: Review) -> str:
    return documents.review_log(registry.root, i18n.language(), review)


def load_review(registry: Registry, the_id: str) -> Review:
    review = registry.review(the_id).record
    assert review is not None
    return review


@dataclass(frozen=True)
class ReviewRow:
    id: str
    date: dt.date
    decisions: int
    hours_freed: float


def list_reviews(registry: Registry) -> list[ReviewRow]:
    rows = []
    for the_id in registry.review_ids():
        review = load_review(registry, the_id)
        freed = round(sum(verdicts.hours_freed(d) for d in review.decisions), 1)
        rows.append(ReviewRow(review.id, review.date, len(review.decisions), freed))
    return rows


def show_review(registry: Registry, the_id: str, fmt: str) -> str:
    """A review as JSON, its YAML as written, or its decision log; named by its id or a
    beginning only it has (:func:`lookup.review_id`)."""
    from regelsyn.app import lookup

    loaded = registry.review(lookup.review_id(registry, the_id))
    review = loaded.record
    assert review is not None
    if fmt == "json":
        return inert.dumps(review.model_dump(mode="json"))
    if fmt == "yaml":
        return loaded.text or ""
    return render_log(registry, review)


def render_review(registry: Registry, the_id: str) -> tuple[Path, bool]:
    """Write the decision log again from the review record; whether it changed."""
    from regelsyn.app import lookup

    review = load_review(registry, lookup.review_id(registry, the_id))
    refuse_if_changed(registry, review)
    path = registry.review_log_path(review.id)
    with registry.transaction(t("tx.render", path=registry.rel(path))) as tx:
        tx.message = i18n.tl("git.msg.review_render", messages.language(registry), id=review.id)
        return path, registry.write_text(path, render_log(registry, review))


def refuse_if_changed(registry: Registry, review: Review) -> None:
    """Approved decisions are not changed: a correction is a new review."""
    if review.changed_since_approval():
        where = registry.rel(registry.review_path(review.id))
        hint = t("hint.correct_review", id=review.id)
        raise Refused(f"{where}: {t('check.approval_changed')}", hint=hint)
