"""Running a review: interactively with a draft, or from a decisions file; and reading reviews."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regelsyn import console
from regelsyn.cli import reviewing, views
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import number, t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.review import DecisionsFile
from regelsyn.prompt import Prompter, TerminalPrompter
from regelsyn.store.registry import BrokenFiles, Loaded, Registry


@dataclass
class Options:
    ids: list[str] = field(default_factory=list)
    everything: bool = False
    tag: str | None = None
    owner: str | None = None
    date: dt.date = field(default_factory=dt.date.today)
    participants: list[str] = field(default_factory=list)
    decided_by: str | None = None


def _scope(
    config: RegistryConfig, rules: Mapping[str, Loaded[Rule]], options: Options
) -> list[Rule]:
    if options.owner and config.level(options.owner) is None:
        from regelsyn.cli.rules import level_message

        raise UsageProblem(level_message(options.owner, config))
    return reviewing.select(
        config,
        rules,
        ids=options.ids,
        everything=options.everything,
        tag=options.tag,
        owner=options.owner,
        today=options.date,
    )


def _locked(registry: Registry) -> Any:
    """One review at a time per registry; a lock left by a killed process is released."""
    from regelsyn.store.files import lock

    return lock(registry.cache_dir / "review.lock", t("err.review_locked"))


def scripted(registry: Registry, options: Options, path: Path) -> None:
    """Apply a decisions file: all of it, or (with every problem listed) none of it."""
    with _locked(registry):
        _scripted(registry, options, path)


def _scripted(registry: Registry, options: Options, path: Path) -> None:
    config = registry.config()
    rules = reviewing.valid_rules(registry)
    session, tree, rel = reviewing.read_decisions(registry, path)
    updates: dict[str, object] = {}
    if options.participants and not session.participants:
        updates["participants"] = [reviewing.parse_participant(p) for p in options.participants]
    if options.decided_by and not session.decided_by:
        updates["decided_by"] = options.decided_by
    session = session.model_copy(update=updates)
    problems = reviewing.decision_findings(config, rules, session, tree, rel)
    if problems:
        raise BrokenFiles(problems)
    date = session.date or options.date
    decided = [rules[d.rule].record for d in session.decisions]
    scope = _with(decided, _scope(config, rules, options) if options.ids else [])
    recorded = reviewing.record(registry, config, rules, session, date, scope)
    _report(registry, recorded)


def _with(first: list[Rule | None], more: list[Rule]) -> list[Rule]:
    seen: dict[str, Rule] = {rule.id: rule for rule in first if rule is not None}
    for rule in more:
        seen.setdefault(rule.id, rule)
    return list(seen.values())


def interactive(registry: Registry, options: Options, *, resume: bool) -> None:
    with _locked(registry):
        _interactive(registry, options, resume=resume)


def _interactive(registry: Registry, options: Options, *, resume: bool) -> None:
    config = registry.config()
    rules = reviewing.valid_rules(registry)
    draft = reviewing.load_draft(registry)
    if draft is not None and not resume:
        raise Refused(t("err.open_session", path=registry.rel(reviewing.draft_path(registry))))
    if draft is None and resume:
        raise Refused(t("err.no_open_session"))
    participants = [reviewing.parse_participant(p) for p in options.participants]
    if not sys.stdin.isatty():
        raise UsageProblem(t("err.review_no_terminal"))
    if draft is None:
        scope = _scope(config, rules, options)
        if not scope:
            console.note(t("review.nothing_due"))
            return
        draft = DecisionsFile(
            date=options.date,
            participants=participants,
            decided_by=options.decided_by,
            scope=[rule.id for rule in scope],
        )
    else:
        missing = [rule_id for rule_id in draft.scope if rule_id not in rules]
        if missing:
            raise Refused(t("err.draft_rules_gone", ids=", ".join(missing)))
        scope = [rules[rule_id].record for rule_id in draft.scope]  # type: ignore[misc]
        console.note(t("review.resuming", done=len(draft.decisions), total=len(draft.scope)))
    prompter = TerminalPrompter("--decisions FILE")
    try:
        finished = meet(registry, config, rules, scope, draft, prompter)
    except KeyboardInterrupt:
        console.note("\n" + t("review.interrupted"))
        raise SystemExit(130) from None
    if finished is None:
        return
    recorded = reviewing.record(
        registry, config, rules, finished, finished.date or options.date, scope
    )
    reviewing.draft_path(registry).unlink(missing_ok=True)
    _report(registry, recorded)


def meet(
    registry: Registry,
    config: RegistryConfig,
    rules: Mapping[str, Loaded[Rule]],
    scope: list[Rule],
    session: DecisionsFile,
    prompter: Prompter,
) -> DecisionsFile | None:
    """The meeting itself; returns the session to record, or None to keep it as a draft."""
    from regelsyn.cli import meeting

    views.triage_table(reviewing.triage_rows(config, scope))
    session = meeting.ask_header(session, prompter)
    reviewing.save_draft(registry, session)
    decided = {decision.rule for decision in session.decisions}
    for index, rule in enumerate(scope, 1):
        if rule.id in decided:
            continue
        prompter.say(t("meet.rule_heading", number=index, total=len(scope), title=rule.title))
        views.rule_panel(rule, config)
        decision = meeting.ask_decision(config, rules[rule.id], set(rules), prompter)
        session = session.model_copy(update={"decisions": [*session.decisions, decision]})
        reviewing.save_draft(registry, session)
    prompter.say(t("review.all_decided", count=len(session.decisions)))
    if not prompter.confirm(t("review.confirm_save")):
        prompter.say(t("review.kept_draft"))
        return None
    return session


def abandon(registry: Registry) -> None:
    with _locked(registry):
        _abandon(registry)


def _abandon(registry: Registry) -> None:
    path = reviewing.draft_path(registry)
    if not path.exists():
        raise Refused(t("err.no_open_session"))
    path.unlink()
    console.success(t("review.abandoned"))


def _report(registry: Registry, recorded: reviewing.Recorded) -> None:
    review = recorded.review
    console.success(
        t(
            "review.recorded",
            id=review.id,
            count=len(review.decisions),
            path=registry.rel(recorded.log_path),
        )
    )
    for path in recorded.cases:
        console.note(t("review.case_opened", path=registry.rel(path)))
    console.note(t("review.next", path=registry.rel(recorded.log_path)))


def list_reviews(registry: Registry) -> None:
    from regelsyn.domain.verdicts import hours_freed

    rows = []
    for the_id in registry.record_ids(registry.reviews_dir):
        review = reviewing.load_review(registry, the_id)
        freed = sum(hours_freed(d) for d in review.decisions)
        rows.append((review.id, str(review.date), str(len(review.decisions)), number(freed)))
    views.review_table(rows)


def show_review(registry: Registry, the_id: str, fmt: str) -> None:
    review = reviewing.load_review(registry, the_id)
    if fmt == "json":
        console.data(json.dumps(review.model_dump(mode="json"), ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        path = registry.reviews_dir / f"{the_id}.yaml"
        console.data(path.read_text(encoding="utf-8"))
    else:
        console.data(reviewing.render_log(registry, review))


def render_review(registry: Registry, the_id: str) -> None:
    review = reviewing.load_review(registry, the_id)
    path = registry.reviews_dir / f"{the_id}.md"
    before = path.read_bytes() if path.exists() else None
    reviewing.write_log(registry, review)
    if before == path.read_bytes():
        console.note(t("review.render_unchanged", path=registry.rel(path)))
    else:
        console.success(t("review.rendered", path=registry.rel(path)))
