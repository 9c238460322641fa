"""Reading records for the index: the fast C loader when a file is clean, the round-trip reader
(with its exact messages) when it is not; and the facts the checks need.

YAML and pydantic are imported only when a file is read: a command over an unchanged registry
needs neither."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from regelsyn.inert import hidden_fields
from regelsyn.model.facts import (
    CASE_LOCS,
    OUTCOME_STATES,
    RULE_LOCS,
    CaseFacts,
    ConfigFacts,
    ReviewFacts,
    RuleFacts,
    defence,
    history_flags,
    loc_of,
    material_print,
    value_print,
)
from regelsyn.store.index import Entry
from regelsyn.store.packing import pack_rule, to_row
from regelsyn.store.records import linked_outside, read_file

# each kind of record loads only its own model: reading one changed rule builds no case model
if TYPE_CHECKING:
    from pydantic import BaseModel

    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case
    from regelsyn.model.review import Review

M = TypeVar("M", bound="BaseModel")
_IMPORTING = threading.Lock()
_imported: set[str] = set()


def _readers(*, models: bool = True) -> None:
    """Import what parsing needs, once, under one lock: threads reading registries in parallel
    (``inbox``) would otherwise import the same modules at the same moment, which can deadlock
    in the import system. Nothing is imported until a file must be parsed, and the quick read
    of a plain rule (``models=False``) needs YAML but not pydantic."""
    wanted = "models" if models else "yaml"
    if wanted in _imported:
        return
    with _IMPORTING:
        if "yaml" not in _imported:
            from regelsyn.store import fastload, quick, yamlio  # noqa: F401

            _imported.add("yaml")
        if models and "models" not in _imported:
            import pydantic  # noqa: F401

            from regelsyn.model import case, config, review, rule  # noqa: F401
            from regelsyn.store import form, locate  # noqa: F401

            _imported.add("models")


Positions = Callable[[tuple[str | int, ...]], tuple[int, int]]


def read(path: Path, rel: str, model: type[M]) -> tuple[M | None, Any, Entry]:
    """Parse and validate one file: ``(record, position function, entry without facts)``."""
    _readers()
    from pydantic import ValidationError

    from regelsyn.store import fastload, yamlio

    entry = Entry(rel, 0, 0, 0, "", None, [], None)
    try:
        if linked_outside(path, rel) is not None:
            raise fastload.GiveUp  # read_file says why it is not read
        text = yamlio.decode(path.read_bytes())
        data, node = fastload.load(text)
        record = model.model_validate(data)
    except (fastload.GiveUp, ValidationError, yamlio.YamlProblem, OSError):
        loaded = read_file(path, rel, model)
        entry.findings = [dataclasses.asdict(f) for f in loaded.findings]
        if loaded.record is None:
            return None, None, entry
        from regelsyn.store.locate import position

        tree = loaded.tree
        return loaded.record, lambda loc: position(tree, loc), entry
    return record, lambda loc: fastload.position(node, loc), entry


def _positions(
    where: Positions, locs: tuple[tuple[str, ...], ...], hidden: dict[str, str]
) -> dict[str, tuple[int, int]]:
    """Where the fields the checks point at stand: ``locs``, and those holding hidden
    characters."""
    found = {".".join(loc): where(loc) for loc in locs}
    found.update((path, where(loc_of(path))) for path in hidden)
    return found


def rule_facts(rule: Rule, where: Positions | None = None) -> RuleFacts:
    reviewed, backed, owner_changed = history_flags((e.step() for e in rule.history), rule.status)
    hidden = hidden_fields(rule.model_dump(exclude={"hours_per_year"}))
    return RuleFacts(
        id=rule.id,
        title=rule.title,
        kind=rule.kind,
        owner_level=rule.owner.level,
        status=rule.status,
        premises=list(rule.premises()),
        next_review=rule.next_review.isoformat() if rule.next_review else None,
        hours=rule.hours_per_year,
        tags=list(rule.tags),
        history_reviewed=reviewed,
        status_backed=backed,
        owner_unreviewed=owner_changed,
        refs=[e.ref for e in rule.history if e.ref],
        legal_basis=rule.legal_basis,
        use_documented=bool((rule.use_text or "").strip()),
        pos=_positions(where, RULE_LOCS, hidden) if where else {},
        hidden=hidden,
        material=material_print(
            {
                "text": rule.text,
                "owner": {"level": rule.owner.level, "body": rule.owner.body},
                "burden": rule.burden.model_dump() if rule.burden is not None else None,
                **{name: getattr(rule, name) for name in ("purpose", "effect", "legal_certainty")},
            }
        ),
        defence=defence((e.event, e.verdict, e.ref, e.blob) for e in rule.history),
        floor=bool(rule.floor),
    )


def fragment(rule: Rule) -> str:
    """The rule as it appears in ``rule list --format json`` (an item of an indented list)."""
    text = json.dumps(rule.model_dump(mode="json"), ensure_ascii=False, indent=2, allow_nan=False)
    return "  " + text.replace("\n", "\n  ")


def quick_rule(path: Path, rel: str) -> Entry | None:
    """A plainly valid rule's entry read without pydantic, or None when the model must decide.

    The entry has no JSON fragment: a command that needs one reads the file again in full."""
    _readers(models=False)
    from regelsyn.store import fastload, quick, yamlio

    if linked_outside(path, rel) is not None:
        return None
    try:
        data, node = fastload.load(yamlio.decode(path.read_bytes()))
    except (fastload.GiveUp, yamlio.YamlProblem, OSError):
        return None
    facts = quick.rule_facts(data)
    if facts is None:
        return None
    facts.pos = _positions(lambda loc: fastload.position(node, loc), RULE_LOCS, facts.hidden)
    return Entry(rel, 0, 0, 0, "", pack_rule(facts) or to_row(facts), [], None)


def parse_rule(*, fragments: bool = True) -> Callable[[Path, str], Entry]:
    """The parser of rule files; without ``fragments``, plainly valid files skip pydantic."""

    def parse(path: Path, rel: str) -> Entry:
        if not fragments:
            entry = quick_rule(path, rel)
            if entry is not None:
                return entry
        _readers()
        from regelsyn.model.rule import Rule

        rule, where, entry = read(path, rel, Rule)
        if rule is not None:
            facts = rule_facts(rule, where)
            entry.facts = pack_rule(facts) or to_row(facts)
            entry.fragment = fragment(rule)
        return entry

    return parse


def case_facts(case: Case, where: Positions) -> CaseFacts:
    hidden = hidden_fields(case.model_dump(by_alias=True))
    return CaseFacts(
        id=case.id,
        rule=case.rule,
        anonymous=case.anonymous,
        named=bool(case.filed_by),
        target_level=case.target_level,
        status=case.status,
        due=case.due.isoformat() if case.due else None,
        trial_end=case.trial.end.isoformat() if case.trial else None,
        sent=case.sent.isoformat() if case.sent else None,
        pos=_positions(where, CASE_LOCS, hidden),
        hidden=hidden,
        request=case.request,
        result=case.result,
        outcomes=[
            [e.state, e.date.isoformat(), e.hours_freed]
            for e in case.events
            if e.state in OUTCOME_STATES
        ],
    )


def parse_case() -> Callable[[Path, str], Entry]:
    def parse(path: Path, rel: str) -> Entry:
        _readers()
        from regelsyn.model.case import Case

        case, where, entry = read(path, rel, Case)
        if case is not None:
            entry.facts = to_row(case_facts(case, where))
            # an anonymous filer's name, written in by hand, is kept out of the cache too
            shown = case.model_copy(update={"filed_by": None}) if case.anonymous else case
            entry.fragment = shown.model_dump_json()
        return entry

    return parse


def review_facts(review: Review, where: Positions | None = None) -> ReviewFacts:
    from regelsyn.model.review import decisions_digest

    decisions = [
        [d.rule, d.verdict, d.title, d.hours_before, d.hours_after] for d in review.decisions
    ]
    digest = decisions_digest(review.decisions)
    return ReviewFacts(
        review.id,
        review.date.isoformat(),
        decisions,
        review_defences(review),
        approved_by=[a.role for a in review.approvals],
        changed_since_approval=any(
            a.decisions is not None and a.decisions != digest for a in review.approvals
        ),
        pos=_positions(where, (("id",), ("date",), ("approvals",), ("decisions",)), {})
        if where
        else {},
    )


def review_defences(review: Review) -> dict[str, list[str]]:
    """For each rule the review defended, the fingerprints of the premises it stated ("" for
    one it did not state), in :data:`~regelsyn.model.facts.PREMISES` order."""
    from regelsyn.vocab import PREMISES

    found = {}
    for decision in review.decisions:
        if decision.verdict != "defend":
            continue
        stated = decision.premises
        values = [getattr(stated, name) if stated is not None else None for name in PREMISES]
        found[decision.rule] = [
            value_print(name, value) if value and value.strip() else ""
            for name, value in zip(PREMISES, values, strict=True)
        ]
    return found


def parse_review() -> Callable[[Path, str], Entry]:
    """The parser of review files: validated, with what ``learn`` and ``check`` read kept as
    facts (so that a warm ``learn`` or ``check`` parses no review), and the record as JSON."""

    def parse(path: Path, rel: str) -> Entry:
        _readers()
        from regelsyn.model.review import Review

        review, where, entry = read(path, rel, Review)
        if review is not None:
            entry.facts = to_row(review_facts(review, where))
            entry.fragment = review.model_dump_json()  # the site shows it without reading YAML
        return entry

    return parse


def config_facts(config: RegistryConfig) -> ConfigFacts:
    return ConfigFacts(
        workplace=config.workplace,
        language=config.language,
        local_level=config.local_level,
        levels=config.level_ids(),
        names={level.id: level.name for level in config.levels},
        dispensable={level.id: level.dispensable for level in config.levels},
        defend_requires=config.review.defend_requires,
        learn_from=list(config.learn_from or []),
        commit=config.git.commit,
        meetings=[day.isoformat() for day in config.meetings],
    )


class Batch:
    """A picklable parser for a batch of files, run in a worker process."""

    def __init__(self, kind: str, lang: str) -> None:
        self.kind = kind
        self.lang = lang

    def __call__(self, jobs: list[tuple[str, str]]) -> list[Entry]:
        from regelsyn import i18n

        i18n.set_language(self.lang, explicit=True)
        parse = parse_rule() if self.kind == "rule" else parse_case()
        return [parse(Path(path), rel) for path, rel in jobs]
