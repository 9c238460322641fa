"""Running a review meeting: interactively, with a draft saved after every decision and resumed
after an interruption; or from a decisions file, all of it or none. One meeting at a time per
registry. How the meeting looks and what it asks is the :class:`Screen`'s business."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from regelsyn.app import learn, review
from regelsyn.domain.ids import review_id
from regelsyn.errors import BrokenFiles, Interrupted, Refused
from regelsyn.i18n import t
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import Case
from regelsyn.model.review import Decision, DecisionsFile, TriageRow
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry


@dataclass
class Options:
    """Which rules a meeting takes up, and what the command line already says about it."""

    ids: list[str] = field(default_factory=list)
    everything: bool = False
    tag: str | None = None
    owner: str | None = None
    date: dt.date = field(default_factory=dt.date.today)
    participants: list[str] = field(default_factory=list)
    decided_by: str | None = None


class Screen(Protocol):
    """What a meeting shows and asks; :mod:`regelsyn.ui.meeting` is the terminal's."""

    def resuming(self, done: int, total: int) -> None: ...

    def triage(self, rows: list[TriageRow]) -> None: ...

    def header(self, session: DecisionsFile) -> DecisionsFile: ...

    def decide(
        self,
        number: int,
        total: int,
        config: RegistryConfig,
        rule: Rule,
        rule_ids: set[str],
        open_cases: list[Case],
        learned: str | None = None,
    ) -> Decision: ...

    def confirm_save(self, count: int) -> bool: ...


@dataclass
class Outcome:
    """How a meeting ended: recorded, kept as a draft, or nothing to review."""

    recorded: review.Recorded | None = None
    kept_draft: bool = False
    nothing_due: bool = False


def _scope(
    config: RegistryConfig,
    rules: Mapping[str, Loaded[Rule]],
    options: Options,
    recording: str | None = None,
) -> list[Rule]:
    changed: frozenset[str] = frozenset()
    if not options.ids and not options.everything and isinstance(rules, review.Rules):
        changed = review.changed_since_defence(rules)  # due again, whatever their date
    return review.select(
        config,
        rules,
        ids=options.ids,
        everything=options.everything,
        tag=options.tag,
        owner=options.owner,
        today=options.date,
        recording=recording,
        changed=changed,
    )


# -- from a decisions file ------------------------------------------------------------------
def scripted(registry: Registry, options: Options, path: Path) -> review.Recorded:
    """Apply a decisions file: all of it, or (with every problem listed) none of it."""
    with registry.locked("review", t("err.review_locked")):
        session, tree, rel = review.read_decisions(registry, path)
        return _apply(registry, options, session, tree, rel)


def apply(registry: Registry, session: DecisionsFile, options: Options) -> review.Recorded:
    """Record a meeting given as data (a batch job, a test, a web form): all of its decisions,
    or, with every problem listed, none of them."""
    with registry.locked("review", t("err.review_locked")):
        return _apply(registry, options, session, None, "<decisions>")


def _apply(
    registry: Registry, options: Options, session: DecisionsFile, tree: object, rel: str
) -> review.Recorded:
    config = registry.config()
    rules = review.valid_rules(registry)
    updates: dict[str, object] = {}
    if options.participants and not session.participants:
        updates["participants"] = [review.parse_participant(p) for p in options.participants]
    if options.decided_by and not session.decided_by:
        updates["decided_by"] = options.decided_by
    session = session.model_copy(update=updates)
    date = session.date or options.date
    # the same meeting run again (after a crash, or by mistake) is not recorded twice, and is
    # not refused for the rules it removed itself
    earlier = review.already_recorded(registry, session, date)
    if earlier is not None:
        return earlier
    # the id this meeting will be recorded under: a recording that was interrupted is run again
    # under its own id, and may decide again the rules it removed
    recording = review_id(date, lambda name: registry.review_path(name).exists())
    problems = review.decision_findings(config, rules, session, tree, rel, recording)
    if problems:
        raise BrokenFiles(problems)
    if session.corrects:
        review.load_review(registry, session.corrects)  # refused when there is no such review
    decided = [rules[d.rule].record for d in session.decisions]
    scope = _with(decided, _scope(config, rules, options, recording) if options.ids else [])
    return review.record(
        registry, config, rules, session, date, review.in_triage_order(config, scope)
    )


def _with(first: list[Rule | None], more: list[Rule]) -> list[Rule]:
    seen: dict[str, Rule] = {rule.id: rule for rule in first if rule is not None}
    for rule in more:
        seen.setdefault(rule.id, rule)
    return list(seen.values())


# -- interactively ----------------------------------------------------------------------------
def interactive(
    registry: Registry, options: Options, screen: Callable[[], Screen], *, resume: bool
) -> Outcome:
    """Hold the meeting: the draft is saved before the first question and after every
    decision, so that Ctrl-C or a dead laptop loses nothing; ``--resume`` continues it.

    ``screen`` makes the screen once the meeting is known to be possible (so that a mistake in
    the flags is said before "there is no terminal")."""
    with registry.locked("review", t("err.review_locked")):
        config = registry.config()
        rules = review.valid_rules(registry)
        draft = load_draft(registry)
        if draft is not None and not resume:
            path = registry.rel(registry.review_draft_path())
            raise Refused(t("err.open_session", path=path))
        if draft is None and resume:
            raise Refused(t("err.no_open_session"))
        participants = [review.parse_participant(p) for p in options.participants]
        registry.git.ready()  # no meeting that could not be committed at its end
        shown = screen()
        if draft is None:
            scope = _scope(config, rules, options)
            if not scope:
                return Outcome(nothing_due=True)
            draft = DecisionsFile(
                date=options.date,
                participants=participants,
                decided_by=options.decided_by,
                scope=[rule.id for rule in scope],
            )
            save_draft(registry, draft)
        else:
            missing = [rule_id for rule_id in draft.scope if rule_id not in rules]
            if missing:
                raise Refused(t("err.draft_rules_gone", ids=", ".join(missing)))
            scope = [rules[rule_id].record for rule_id in draft.scope]  # type: ignore[misc]
            shown.resuming(len(draft.decisions), len(draft.scope))
        try:
            finished = meet(registry, config, rules, scope, draft, shown)
        except KeyboardInterrupt:
            raise Interrupted(t("review.interrupted")) from None
        if finished is None:
            return Outcome(kept_draft=True)
        date = finished.date or options.date
        with registry.transaction(t("tx.review", id=date.isoformat())):
            recorded = review.record(registry, config, rules, finished, date, scope)
            registry.remove(registry.review_draft_path())
        return Outcome(recorded=recorded)


def meet(
    registry: Registry,
    config: RegistryConfig,
    rules: Mapping[str, Loaded[Rule]],
    scope: list[Rule],
    session: DecisionsFile,
    screen: Screen,
) -> DecisionsFile | None:
    """The meeting itself; returns the session to record, or None to keep it as a draft."""
    screen.triage(review.triage_rows(config, scope))
    session = screen.header(session)
    save_draft(registry, session)
    decided = {decision.rule for decision in session.decisions}
    open_cases = _open_cases(registry)
    learned = learn.review_lines(registry, [rule for rule in scope if rule.id not in decided])
    for index, rule in enumerate(scope, 1):
        if rule.id in decided:
            continue
        shown = open_cases.get(rule.id, [])
        decision = screen.decide(
            index, len(scope), config, rule, set(rules), shown, learned.get(rule.id)
        )
        # the title, burden and file version the decision was taken on, noted at once
        decision = review.complete(decision, rules[rule.id])
        session = session.model_copy(update={"decisions": [*session.decisions, decision]})
        save_draft(registry, session)
    if not screen.confirm_save(len(session.decisions)):
        return None
    return session


def _open_cases(registry: Registry) -> dict[str, list[Case]]:
    """The open cases by rule, so that a rule's challenges are before the committee with it."""
    from regelsyn.domain.cases import OPEN_STATES

    found: dict[str, list[Case]] = {}
    for item in registry.load_cases():
        case = item.record
        if case is not None and case.status in OPEN_STATES:
            found.setdefault(case.rule, []).append(case)
    return found


# -- the draft --------------------------------------------------------------------------------
def save_draft(registry: Registry, session: DecisionsFile) -> None:
    """The meeting so far, written whole (survives a killed process)."""
    registry.write_record(registry.review_draft_path(), session)


def load_draft(registry: Registry) -> DecisionsFile | None:
    path = registry.review_draft_path()
    if not path.exists():
        return None
    loaded = registry.read(path, DecisionsFile)
    if loaded.record is None:
        raise BrokenFiles(loaded.findings)
    return loaded.record


def abandon(registry: Registry) -> DecisionsFile:
    """Throw the open meeting's draft away; returns what it held (the caller asked first)."""
    with registry.locked("review", t("err.review_locked")):
        draft = load_draft(registry)
        if draft is None:
            raise Refused(t("err.no_open_session"))
        registry.remove(registry.review_draft_path())
        return draft
