"""Use cases behind ``regelsyn rule``: adding, listing, showing and (in
:mod:`regelsyn.app.editing`) changing rule records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regelsyn import inert
from regelsyn.domain import schedule
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.model.facts import ConfigFacts, RuleFacts
from regelsyn.model.fields import nest
from regelsyn.model.finding import Finding, close_match

if TYPE_CHECKING:
    from pydantic import ValidationError

    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.store.registry import Registry

# flag name for each field, so an error names what the user typed
FLAGS = {
    "id": "--id",
    "title": "--title",
    "kind": "--kind",
    "text": "--text",
    "owner.level": "--owner-level",
    "owner.body": "--owner-body",
    "legal_basis": "--legal-basis",
    "floor": "--floor",
    "adopted": "--adopted",
    "applies_to": "--applies-to",
    "purpose": "--purpose",
    "effect": "--effect",
    "legal_certainty": "--legal-certainty",
    "burden.minutes": "--minutes",
    "burden.per_year": "--per-year",
    "burden.people": "--people",
    "use": "--use",
    "use.minutes": "--use-minutes",
    "use.per_year": "--use-per-year",
    "use.people": "--use-people",
    "status": "--status",
    "next_review": "--next-review",
    "tags": "--tag",
}
REQUIRED = ("title", "kind", "text", "owner.level")


def missing_required(given: dict[str, Any]) -> list[str]:
    """The required fields the flags did not give."""
    return [key for key in REQUIRED if given.get(key) in (None, "")]


def build(fields: dict[str, Any], config: RegistryConfig, taken: Any, today: dt.date) -> Rule:
    """A new rule from dotted fields; every problem is named by its flag."""
    level = fields.get("owner.level")
    if level is not None and config.level(level) is None:
        raise Refused(level_message(level, config))
    rule_id = fields.get("id")
    if rule_id:
        if taken(rule_id):
            raise Refused(t("err.rule_exists", id=rule_id, path=f"rules/{rule_id}.yaml"))
    else:
        from regelsyn.domain.slug import unique_slug

        rule_id = unique_slug(str(fields.get("title") or ""), taken)
    data = nest({key: value for key, value in fields.items() if value not in (None, [])})
    data["id"] = rule_id
    data["history"] = [{"date": today, "event": "created"}]
    from pydantic import ValidationError

    from regelsyn.model import Rule

    try:
        return Rule.model_validate(data)
    except ValidationError as exc:
        raise UsageProblem(flag_errors(exc)) from None


def add(registry: Registry, fields: dict[str, Any], today: dt.date) -> tuple[Rule, Path]:
    """``rule add``: a new rule file from the flags (and answers)."""
    from regelsyn.app import messages
    from regelsyn.i18n import tl

    rule = build(fields, registry.config(), lambda s: registry.rule_path(s).exists(), today)
    with registry.transaction(t("tx.add", id=rule.id)) as tx:
        path = registry.add_rule(rule)
        tx.message = tl("git.msg.rule_added", messages.language(registry), title=rule.title,
                        id=rule.id)  # fmt: skip
    return rule, path


def level_message(level: str, config: RegistryConfig | ConfigFacts) -> str:
    """A level that is not on the ladder, with the nearest one and the known ids."""
    close = close_match(level, config.level_ids())
    known = ", ".join(config.level_ids())
    if close:
        return t("err.unknown_level_hint", level=level, hint=close, known=known)
    return t("err.unknown_level", level=level, known=known)


def flag_errors(exc: ValidationError) -> str:
    from regelsyn.model import Rule
    from regelsyn.store.locate import describe

    lines = []
    for err in exc.errors(include_url=False):
        dotted = ".".join(str(part) for part in err["loc"] if isinstance(part, str))
        flag = FLAGS.get(dotted, dotted)
        lines.append(f"{flag}: {describe(err, Rule)}")
    return "\n".join(lines)


def matches(
    rule: RuleFacts,
    *,
    status: str | None,
    kind: str | None,
    owner: str | None,
    tag: str | None,
    due_before: dt.date | None,
    changed: frozenset[str] = frozenset(),
) -> bool:
    """Whether a rule passes ``rule list``'s filters; ``due_before`` keeps the rules due for
    review before that date (:func:`regelsyn.domain.schedule.is_due`; ``changed``: the rules
    changed materially since their defence)."""
    if status and rule.status != status:
        return False
    if kind and rule.kind != kind:
        return False
    if owner and rule.owner_level != owner:
        return False
    if tag and tag not in rule.tags:
        return False
    if due_before is None:
        return True
    horizon = due_before - dt.timedelta(days=1)
    again = rule.id in changed
    return schedule.is_due(rule.status, rule.review_date, rule.history_reviewed, horizon, again)


@dataclass
class Listing:
    """Rules as the index cache knows them, sorted by id: their facts (for a table) and their
    JSON (for ``--format json|csv``); and the problems of files that could not be read; the
    ladder's level names by id (a sheet names a level)."""

    facts: list[RuleFacts] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)
    broken: list[Finding] = field(default_factory=list)
    levels: dict[str, str] = field(default_factory=dict)

    @property
    def broken_files(self) -> int:
        return len({f.file for f in self.broken})


def list_rules(
    registry: Registry,
    *,
    status: str | None,
    kind: str | None,
    owner: str | None,
    tag: str | None,
    due_before: dt.date | None,
    unpack: bool = True,
) -> Listing:
    """``rule list``: from the index cache, filtered. Without ``unpack`` and filters, no facts
    are unpacked (only the ids, to sort by)."""
    from regelsyn.store.packing import from_dict, rule_id

    config = registry.config_facts()
    if owner and owner not in config.levels:
        raise UsageProblem(level_message(owner, config))
    entries = registry.rule_entries()
    listing = Listing(broken=[f for e in entries if e.facts is None for f in e.finding_objects()],
                      levels=dict(config.names))  # fmt: skip
    filters = {"status": status, "kind": kind, "owner": owner, "tag": tag}
    everything = not unpack and not any(filters.values()) and due_before is None
    chosen: list[tuple[str, RuleFacts | None, str]] = []
    if everything:
        for entry in entries:
            if entry.facts is not None:
                chosen.append((rule_id(entry.facts), None, entry.fragment or ""))
    else:
        found = [(from_dict(RuleFacts, e.facts), e) for e in entries if e.facts is not None]
        changed = _changed(registry, [facts for facts, _ in found]) if due_before else frozenset()
        for facts, entry in found:
            if matches(facts, **filters, due_before=due_before, changed=changed):
                chosen.append((facts.id, facts, entry.fragment or ""))
    chosen.sort(key=lambda row: row[0])
    listing.facts = [facts for _, facts, _ in chosen if facts is not None]
    listing.fragments = [fragment for _, _, fragment in chosen]
    return listing


def due(registry: Registry, horizon: dt.date) -> Listing:
    """Rules due for review by ``horizon`` (and never reviewed ones), soonest first."""
    from regelsyn.store.packing import from_dict

    entries = registry.rule_entries()
    listing = Listing(broken=[f for e in entries if e.facts is None for f in e.finding_objects()],
                      levels=dict(registry.config_facts().names))  # fmt: skip
    found = [(from_dict(RuleFacts, e.facts), e) for e in entries if e.facts is not None]
    changed = _changed(registry, [facts for facts, _ in found])
    chosen = []
    for facts, entry in found:
        review = facts.review_date
        again = facts.id in changed
        if schedule.is_due(facts.status, review, facts.history_reviewed, horizon, again):
            # a rule that changed since its defence is due now, whatever its date says
            when = dt.date.min if again else review or dt.date.min
            chosen.append((when, facts.id, facts, entry.fragment or ""))
    chosen.sort(key=lambda row: (row[0], row[1]))
    listing.facts = [row[2] for row in chosen]
    listing.fragments = [row[3] for row in chosen]
    return listing


def _changed(registry: Registry, facts: list[RuleFacts]) -> frozenset[str]:
    """The rules changed materially since their defence (:mod:`regelsyn.app.material`)."""
    from regelsyn.app.material import changed_ids

    return frozenset(changed_ids(registry, facts))


def rule_with_config(registry: Registry, rule_id: str) -> tuple[Rule, RegistryConfig]:
    """One rule and the settings it is shown with."""
    from regelsyn.app import lookup

    rule = registry.rule(lookup.rule_id(registry, rule_id)).record
    assert rule is not None
    return rule, registry.config()


def show(registry: Registry, rule_id: str, fmt: str) -> str:
    """One rule as JSON, its YAML as written, or Markdown."""
    from regelsyn import i18n
    from regelsyn.app import lookup
    from regelsyn.render import documents

    loaded = registry.rule(lookup.rule_id(registry, rule_id))
    rule = loaded.record
    assert rule is not None
    if fmt == "json":
        return inert.dumps(as_json(rule))
    if fmt == "yaml":
        return loaded.text or ""
    return documents.rule_page(registry.root, i18n.language(), registry.config(), rule)


def as_json(rule: Rule) -> dict[str, Any]:
    """The record's keys plus ``hours_per_year``, with dates as ISO strings."""
    data: dict[str, Any] = rule.model_dump(mode="json")
    return data
