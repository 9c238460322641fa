"""Use cases behind ``regelsyn rule``: building, filtering and presenting rule records."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
from typing import TYPE_CHECKING, Any

from regelsyn.cli.sheets import FIELDS
from regelsyn.cli.sheets import safe as safe_cell
from regelsyn.domain.facts import ConfigFacts, RuleFacts
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.prompt import (
    Prompter,
    Question,
    collect,
    parse_date,
    parse_float,
    parse_int,
    parse_list,
)
from regelsyn.vocab import KINDS

if TYPE_CHECKING:
    from pydantic import ValidationError

    from regelsyn.model import RegistryConfig, Rule

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
    "status": "--status",
    "next_review": "--next-review",
    "tags": "--tag",
}
REQUIRED = ("title", "kind", "text", "owner.level")


def questions(config: RegistryConfig) -> list[Question]:
    """What ``rule add`` asks, in order; keys are the dotted field names of :data:`FLAGS`."""
    levels = tuple(config.level_ids())
    level_labels = {lvl.id: f"{lvl.id} – {lvl.name}" for lvl in config.levels}
    kind_labels = {kind: t(f"kind.{kind}") for kind in KINDS}
    return [
        Question("title", t("q.title"), required=True),
        Question("kind", t("q.kind"), required=True, choices=KINDS, choice_labels=kind_labels),
        Question("text", t("q.text"), required=True),
        Question(
            "owner.level",
            t("q.owner_level"),
            required=True,
            choices=levels,
            choice_labels=level_labels,
            default=config.local_level,
        ),
        Question("owner.body", t("q.owner_body")),
        Question("legal_basis", t("q.legal_basis"), help=t("q.legal_basis_help")),
        Question("floor", t("q.floor"), help=t("q.floor_help")),
        Question("purpose", t("q.purpose")),
        Question("effect", t("q.effect"), help=t("q.effect_help")),
        Question("legal_certainty", t("q.legal_certainty")),
        Question("burden.minutes", t("q.minutes"), parse=parse_float),
        Question("burden.per_year", t("q.per_year"), parse=parse_float),
        Question("burden.people", t("q.people"), parse=parse_int),
        Question("tags", t("q.tags"), parse=parse_list),
        Question("next_review", t("q.next_review"), parse=parse_date),
    ]


def gather(given: dict[str, Any], config: RegistryConfig, prompter_factory: Any) -> dict[str, Any]:
    """The flags given, completed by questions when a required one is missing."""
    missing = [key for key in REQUIRED if given.get(key) in (None, "")]
    if not missing:
        return given
    prompter: Prompter = prompter_factory(" ".join(FLAGS[key] for key in missing))
    asked = [q for q in questions(config) if given.get(q.key) in (None, "", [])]
    return {**given, **collect(asked, prompter)}


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


def level_message(level: str, config: RegistryConfig | ConfigFacts) -> str:
    close = difflib.get_close_matches(level, config.level_ids(), n=1, cutoff=0.6)
    known = ", ".join(config.level_ids())
    if close:
        return t("err.unknown_level_hint", level=level, hint=close[0], known=known)
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


def nest(fields: dict[str, Any]) -> dict[str, Any]:
    """``{"owner.level": "x"}`` → ``{"owner": {"level": "x"}}``."""
    result: dict[str, Any] = {}
    for dotted, value in fields.items():
        target = result
        *parents, last = dotted.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return result


def matches(
    rule: RuleFacts,
    *,
    status: str | None,
    kind: str | None,
    owner: str | None,
    tag: str | None,
    due_before: dt.date | None,
) -> bool:
    """Whether a rule passes ``rule list``'s filters (never reviewed counts as due)."""
    if status and rule.status != status:
        return False
    if kind and rule.kind != kind:
        return False
    if owner and rule.owner_level != owner:
        return False
    if tag and tag not in rule.tags:
        return False
    review = rule.review_date
    return not (due_before and review is not None and review >= due_before)


def list_rules(
    registry: Any,
    *,
    status: str | None,
    kind: str | None,
    owner: str | None,
    tag: str | None,
    due_before: dt.date | None,
    fmt: str,
) -> None:
    """``rule list``: from the index cache, filtered; broken files are named and skipped."""
    from regelsyn import console
    from regelsyn.domain.facts import from_dict, rule_id
    from regelsyn.store.registry import BrokenFiles

    config = registry.config_facts()
    if owner and owner not in config.levels:
        raise UsageProblem(level_message(owner, config))
    entries = registry.rule_entries()
    broken = [f for e in entries if e.facts is None for f in e.finding_objects()]
    filters = {"status": status, "kind": kind, "owner": owner, "tag": tag}
    chosen: list[tuple[str, RuleFacts | None, str]] = []  # id, facts, JSON
    everything = fmt != "table" and not any(filters.values()) and due_before is None
    for entry in entries:
        if entry.facts is None:
            continue
        if everything:  # no facts need unpacking, only the ids to sort by
            chosen.append((rule_id(entry.facts), None, entry.fragment or ""))
            continue
        facts = from_dict(RuleFacts, entry.facts)
        if matches(facts, **filters, due_before=due_before):
            chosen.append((facts.id, facts, entry.fragment or ""))
    chosen.sort(key=lambda row: row[0])
    if fmt == "json":
        console.data(json_list([fragment for _, _, fragment in chosen]))
    elif fmt == "csv":
        console.data(csv_from_json([fragment for _, _, fragment in chosen]))
    else:
        from regelsyn.cli import views

        views.rule_table([facts for _, facts, _ in chosen if facts is not None])
    if broken:
        console.warning(t("rule.list_skipped", count=len({f.file for f in broken})))
        raise BrokenFiles(broken)


def show_rule(registry: Any, rule_id: str, fmt: str) -> None:
    """``rule show``: one rule as a panel, JSON, its YAML as written, or Markdown."""
    from regelsyn import console

    loaded = registry.rule(rule_id)
    rule = loaded.record
    if fmt == "json":
        console.data(json.dumps(as_json(rule), ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        console.data(loaded.text or "")
    elif fmt == "md":
        from regelsyn import i18n
        from regelsyn.render import render

        level = registry.config().level(rule.owner.level)
        owner = level.name if level else rule.owner.level
        console.data(render("rule.md.j2", registry.root, i18n.language(), rule=rule,
                            owner_name=owner))  # fmt: skip
    else:
        from regelsyn.cli import views

        views.rule_panel(rule, registry.config())


def json_list(fragments: list[str]) -> str:
    """Cached JSON fragments as the list ``json.dumps(records, indent=2)`` would write."""
    return "[\n" + ",\n".join(fragments) + "\n]" if fragments else "[]"


def csv_from_json(fragments: list[str]) -> str:
    return to_csv_dicts([json.loads(fragment) for fragment in fragments])


def as_json(rule: Rule) -> dict[str, Any]:
    """The record's keys plus ``hours_per_year``, with dates as ISO strings."""
    data: dict[str, Any] = rule.model_dump(mode="json")
    return data


def to_json(rules: list[Rule]) -> str:
    return json.dumps([as_json(rule) for rule in rules], ensure_ascii=False, indent=2)


# the same columns, in the same order, as `regelsyn export` (one list: sheets.FIELDS)
CSV_COLUMNS = FIELDS


def to_csv_dicts(records: list[dict[str, Any]]) -> str:
    """One row per rule; lists joined with ``;``; cells that Excel would run are neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        flat = flatten(record)
        writer.writerow([safe_cell(flat.get(column)) for column in CSV_COLUMNS])
    return buffer.getvalue()


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            result.update(flatten(value, f"{name}."))
        else:
            result[name] = value
    return result
