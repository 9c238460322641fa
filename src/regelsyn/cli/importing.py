"""``regelsyn import``: rule records from a spreadsheet, all or nothing, idempotent."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping as Lookup
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from regelsyn.cli import sheets
from regelsyn.domain.slug import slugify, unique_slug
from regelsyn.errors import UsageProblem
from regelsyn.i18n import CATALOGS, t
from regelsyn.model import KINDS, STATUSES, RegistryConfig, Rule
from regelsyn.model.common import SLUG_PATTERN
from regelsyn.store.locate import describe
from regelsyn.store.registry import Loaded, Registry

Action = Literal["create", "update", "unchanged"]
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%y", "%d.%m.%y")


@dataclass
class RowProblem:
    row: int
    column: str
    header: str
    message: str

    def format(self, file: str) -> str:
        return f"{file}:{self.row}:{self.column}: {self.header}: {self.message}"


@dataclass
class Planned:
    row: int
    action: Action
    rule: Rule
    changes: dict[tuple[str, ...], Any] = field(default_factory=dict)


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)


def read_mapping(path: Path) -> Mapping:
    """``--mapping``: ``columns: {header: field}`` and ``defaults: {field: value}``."""
    from regelsyn.store import yamlio

    try:
        tree = yamlio.to_plain(yamlio.load(yamlio.decode(path.read_bytes())))
    except (OSError, yamlio.YamlProblem) as exc:
        raise UsageProblem(t("err.bad_mapping", path=str(path), reason=str(exc))) from None
    if not isinstance(tree, dict) or set(tree) - {"columns", "defaults"}:
        raise UsageProblem(t("err.bad_mapping", path=str(path), reason="columns, defaults"))
    columns = {str(k): str(v) for k, v in (tree.get("columns") or {}).items()}
    defaults = dict(tree.get("defaults") or {})
    for name in [*columns.values(), *defaults]:
        if name not in sheets.FIELDS:
            raise UsageProblem(
                t("err.mapping_field", path=str(path), field=name, fields=", ".join(sheets.FIELDS))
            )
    return Mapping(columns, defaults)


def resolve_columns(header: list[Any], mapping: Mapping) -> tuple[dict[int, str], list[str]]:
    """Column index → field, and the headers that are not used."""
    known = sheets.header_index()
    by_mapping = {sheets.normalise(k): v for k, v in mapping.columns.items()}
    columns: dict[int, str] = {}
    ignored: list[str] = []
    taken: dict[str, str] = {}
    for index, cell in enumerate(header):
        text = sheets.cell_text(cell)
        if not text:
            continue
        name = by_mapping.get(sheets.normalise(text)) or known.get(sheets.normalise(text))
        if name is None:
            ignored.append(text)
            continue
        if name in taken:
            raise UsageProblem(t("err.two_columns", field=name, first=taken[name], second=text))
        taken[name] = text
        columns[index] = name
    return columns, ignored


def _labels(prefix: str, keys: tuple[str, ...]) -> dict[str, str]:
    found = {key: key for key in keys}
    for catalog in CATALOGS.values():
        for key in keys:
            label = catalog.get(f"{prefix}.{key}")
            if label:
                found[label.lower()] = key
    return found


class CellError(ValueError):
    pass


def parse_cell(name: str, text: str, config: RegistryConfig) -> Any:
    """A cell's text as a field value; :class:`CellError` says what is wrong, in words."""
    if name in ("burden.minutes", "burden.per_year", "burden.people"):
        return _number(text, whole=name == "burden.people")
    if name in ("adopted", "next_review"):
        return _date(text)
    if name in ("applies_to", "tags"):
        parts = re.split(r"\s*;\s*", text) if ";" in text else re.split(r"\s*,\s*", text)
        return [part for part in parts if part]
    if name == "kind":
        return _choice(text, _labels("kind", KINDS), KINDS)
    if name == "status":
        return _choice(text, _labels("status", STATUSES), STATUSES)
    if name == "owner.level":
        for level in config.levels:
            if text.lower() in (level.id.lower(), level.name.lower()):
                return level.id
        raise CellError(t("import.bad_level", value=text, levels=", ".join(config.level_ids())))
    if name == "id" and not re.fullmatch(SLUG_PATTERN, text):
        raise CellError(t("err.bad_id", id=text))
    return text


def _number(text: str, *, whole: bool) -> float | int:
    cleaned = text.replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise CellError(t("import.bad_number", value=text)) from None
    if value < 0:
        raise CellError(t("v.negative_answer", value=text))
    if whole:
        if not value.is_integer():
            raise CellError(t("v.int_answer", value=text))
        return int(value)
    return value


def _date(text: str) -> dt.date:
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellError(t("import.bad_date", value=text))


def _choice(text: str, labels: dict[str, str], keys: tuple[str, ...]) -> str:
    found = labels.get(text) or labels.get(text.lower())
    if found is None:
        raise CellError(t("import.bad_choice", value=text, choices=", ".join(keys)))
    return found


def plan(
    registry: Registry,
    config: RegistryConfig,
    rows: list[list[Any]],
    mapping: Mapping,
    existing: Lookup[str, Loaded[Rule]],
    today: dt.date,
    source: str,
) -> tuple[list[Planned], list[RowProblem], list[str]]:
    """What importing ``rows`` would do, and every problem, without writing anything."""
    if not rows:
        raise UsageProblem(t("import.empty"))
    columns, ignored = resolve_columns(rows[0], mapping)
    if "title" not in columns.values() and "id" not in columns.values():
        raise UsageProblem(t("import.no_title"))
    letters = {name: sheets.column_letter(index) for index, name in columns.items()}
    headers = {name: sheets.cell_text(rows[0][index]) for index, name in columns.items()}
    by_title = {
        (item.record.title or "").strip().lower(): rule_id
        for rule_id, item in existing.items()
        if item.record is not None
    }
    planned: list[Planned] = []
    problems: list[RowProblem] = []
    claimed: dict[str, int] = {}
    sheet_titles: dict[str, str] = {}
    for offset, row in enumerate(rows[1:], start=2):
        if all(sheets.cell_text(cell) == "" for cell in row):
            continue
        fields, row_problems = _row_fields(row, columns, letters, headers, config, offset)
        for name, value in mapping.defaults.items():
            fields.setdefault(name, value)
        if fields.get("title") and not fields.get("text"):
            fields["text"] = fields["title"]
        fields.pop("hours_per_year", None)
        if row_problems:
            problems.extend(row_problems)
            continue
        rule_id = _match(fields, existing, by_title)
        title_key = str(fields.get("title") or "").strip().lower()
        if rule_id is None and title_key in sheet_titles:
            rule_id = sheet_titles[title_key]  # the same title twice in the sheet
        if rule_id is None:
            rule_id = unique_slug(
                str(fields.get("title") or ""),
                lambda s: s in existing or s in claimed,
            )
        if rule_id in claimed:
            name = "id" if "id" in letters else "title"
            message = t("import.duplicate_row", other=claimed[rule_id])
            problems.append(
                RowProblem(offset, letters.get(name, "A"), headers.get(name, name), message)
            )
            continue
        claimed[rule_id] = offset
        sheet_titles.setdefault(title_key, rule_id)
        result = _planned(offset, rule_id, fields, existing.get(rule_id), today, source)
        if isinstance(result, list):
            problems.extend(_located(result, letters, headers, offset))
        else:
            planned.append(result)
    return planned, problems, ignored


def _row_fields(
    row: list[Any],
    columns: dict[int, str],
    letters: dict[str, str],
    headers: dict[str, str],
    config: RegistryConfig,
    number: int,
) -> tuple[dict[str, Any], list[RowProblem]]:
    fields: dict[str, Any] = {}
    problems = []
    for index, name in columns.items():
        text = sheets.cell_text(row[index]) if index < len(row) else ""
        if not text:
            continue
        try:
            fields[name] = parse_cell(name, text, config)
        except CellError as exc:
            problems.append(RowProblem(number, letters[name], headers[name], str(exc)))
    return fields, problems


def _match(
    fields: dict[str, Any], existing: Lookup[str, Loaded[Rule]], by_title: dict[str, str]
) -> str | None:
    """The existing rule a row is about: by id, else by title, else by the title's slug."""
    if fields.get("id"):
        return str(fields["id"])
    title = str(fields.get("title") or "").strip()
    if title.lower() in by_title:
        return by_title[title.lower()]
    slug = slugify(title)
    return slug if slug in existing else None


def _planned(
    row: int,
    rule_id: str,
    fields: dict[str, Any],
    current: Loaded[Rule] | None,
    today: dt.date,
    source: str,
) -> Planned | list[tuple[str, str]]:
    from regelsyn.cli.rules import nest

    if current is None or current.record is None:
        data = nest({k: v for k, v in fields.items() if k != "id"})
        data["id"] = rule_id
        data["history"] = [{"date": today, "event": "imported", "note": source}]
        try:
            return Planned(row, "create", Rule.model_validate(data))
        except ValidationError as exc:
            return _errors(exc)
    rule = current.record
    merged = rule.model_dump(mode="python", exclude={"hours_per_year"})
    changes: dict[tuple[str, ...], Any] = {}
    for name, value in fields.items():
        if name == "id":
            continue
        path = tuple(name.split("."))
        old: Any = merged
        for part in path:
            old = old.get(part) if isinstance(old, dict) else None
        if old != value:
            changes[path] = value
    try:
        updated = Rule.model_validate(_apply(merged, changes))
    except ValidationError as exc:
        return _errors(exc)
    return Planned(row, "update" if changes else "unchanged", updated, changes)


def _apply(data: dict[str, Any], changes: dict[tuple[str, ...], Any]) -> dict[str, Any]:
    import copy

    result = copy.deepcopy(data)
    for path, value in changes.items():
        target = result
        for part in path[:-1]:
            if not isinstance(target.get(part), dict):
                target[part] = {}
            target = target[part]
        target[path[-1]] = value
    return result


def _errors(exc: ValidationError) -> list[tuple[str, str]]:
    """A row's validation errors by field; a missing text is not reported when the title it
    would be taken from is missing too."""
    found = [(_dotted(err["loc"]), describe(err, Rule)) for err in exc.errors()]
    if any(name == "title" for name, _ in found):
        found = [(name, message) for name, message in found if name != "text"]
    return found


def _dotted(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc if isinstance(part, str))


def _located(
    found: list[tuple[str, str]], letters: dict[str, str], headers: dict[str, str], row: int
) -> list[RowProblem]:
    problems = []
    for name, message in found:
        column = letters.get(name, "")
        header = headers.get(name) or (
            t(f"sheet.{name}") if f"sheet.{name}" in CATALOGS["da"] else name
        )
        if not column:
            message = t("import.missing_column", message=message)
        problems.append(RowProblem(row, column or "-", header, message))
    return problems


def run(
    registry: Registry,
    path: Path,
    *,
    mapping: Path | None,
    sheet: str | None,
    dry_run: bool,
    skip_invalid: bool,
    today: dt.date,
) -> None:
    """``regelsyn import``: plan every row, report every problem, then write (or not)."""
    from regelsyn import console
    from regelsyn.cli import reviewing
    from regelsyn.errors import Refused

    rows = sheets.read_rows(path, sheet)
    chosen = read_mapping(mapping) if mapping else Mapping()
    rules = reviewing.valid_rules(registry)
    planned, problems, ignored = plan(
        registry, registry.config(), rows, chosen, rules, today, path.name
    )
    for header in ignored:
        console.warning(t("import.ignored_column", header=header))
    for problem in problems:
        console.note(problem.format(str(path)))
    if problems and not skip_invalid:
        raise Refused(t("import.refused", count=len(problems)))
    counts = {"create": 0, "update": 0, "unchanged": 0}
    for item in planned:
        counts[item.action] += 1
        if dry_run:
            console.line(t(f"import.would_{item.action}", row=item.row, id=item.rule.id))
        elif item.action == "create":
            registry.add_rule(item.rule)
        elif item.action == "update":
            entry = {"date": today, "event": "imported", "note": path.name}
            registry.update_rule(registry.rule(item.rule.id), item.changes, history=entry)
    key = "import.dry_summary" if dry_run else "import.summary"
    skipped = len({problem.row for problem in problems})
    console.success(
        t(key, created=counts["create"], updated=counts["update"],
          unchanged=counts["unchanged"], skipped=skipped)
    )  # fmt: skip


def export(registry: Registry, fmt: str, out: Path | None) -> None:
    """``regelsyn export``: every valid rule as CSV (for Danish Excel), XLSX or JSON."""
    import sys

    from regelsyn import console, i18n
    from regelsyn.cli import reviewing, rules
    from regelsyn.store.files import atomic_write, inside

    records = sorted(
        (item.record for item in reviewing.valid_rules(registry).values() if item.record),
        key=lambda r: r.id,
    )
    if fmt == "json":
        data = (rules.to_json(records) + "\n").encode("utf-8")
    else:
        table = [rules.flatten(rules.as_json(rule)) for rule in records]
        cells = [[flat.get(name) for name in sheets.FIELDS] for flat in table]
        if fmt == "csv":
            data = sheets.write_csv(cells, i18n.language())
        elif out is None:
            raise UsageProblem(t("err.xlsx_needs_out"))
        else:
            data = sheets.write_xlsx(cells, i18n.language(), registry.config().workplace)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    atomic_write(inside(registry.root, out), data)
    console.success(t("export.written", count=len(records), path=str(out)))
