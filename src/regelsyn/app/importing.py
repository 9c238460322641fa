"""``regelsyn import`` and ``regelsyn export``: rule records from a spreadsheet, all or nothing,
idempotent; and every rule as a spreadsheet."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping as Lookup
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from regelsyn import inert
from regelsyn.domain.slug import slugify, unique_slug
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import CATALOGS, number, t, tl, tn, tnl, words
from regelsyn.i18n import sheet as dialects
from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.common import SLUG_PATTERN
from regelsyn.model.fields import flatten, nest, use_changes
from regelsyn.store import sheets
from regelsyn.store.locate import describe
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry
from regelsyn.store.yamlio import MAX_BYTES

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
    notes: list[tuple[str, str]] = field(default_factory=list)  # (field, what was left out)
    located: list[RowProblem] = field(default_factory=list)  # the notes, with row and column


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


class CellError(ValueError):
    pass


NUMBERS = (".minutes", ".per_year", ".people")
DATES = ("adopted", "next_review")
WORDS = {"kind": "kind", "status": "status"}  # the columns of fixed words, and their group


def parse_cell(name: str, value: Any, config: RegistryConfig, decimal: str = ",") -> Any:
    """A cell as a field value; :class:`CellError` says what is wrong, in words. A workbook's
    numbers and dates are taken as they are; text is read as people write it: numbers with
    ``decimal`` as the decimal mark, the fixed words as keys or labels in any language
    (:mod:`regelsyn.i18n.words`), a level by its id or its name."""
    if name.endswith(NUMBERS):
        return _number(value, whole=name.endswith(".people"), decimal=decimal)
    if name in DATES and isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = sheets.cell_text(value)
    if name in DATES:
        return _date(text)
    if name in ("applies_to", "tags"):
        parts = re.split(r"\s*;\s*", text) if ";" in text else re.split(r"\s*,\s*", text)
        return [part for part in parts if part]
    if name in WORDS:
        return _word(WORDS[name], text)
    if name == "owner.level":
        return _level(text, config)
    if name == "id" and not re.fullmatch(SLUG_PATTERN, text):
        raise CellError(t("err.bad_id", id=text))
    return text


def _level(text: str, config: RegistryConfig) -> str:
    """A level by its id, else by its name (as export writes it where the name is the level's
    alone)."""
    wanted = text.casefold()
    for level in config.levels:
        if level.id.casefold() == wanted:
            return level.id
    named = [level.id for level in config.levels if level.name.casefold() == wanted]
    if len(named) == 1:
        return named[0]
    raise CellError(t("import.bad_level", value=text, levels=", ".join(config.level_ids())))


def _number(value: Any, *, whole: bool, decimal: str) -> float | int:
    """A typed number as it is; a text with ``decimal`` as its decimal mark, the other mark
    taken as a thousands separator where it stands as one (``1.234,5``; ``1,234.5``)."""
    if dialects.is_number(value):
        number_ = float(value)
        text = sheets.cell_text(value)
    else:
        text = sheets.cell_text(value)
        cleaned = text.replace("\u00a0", "").replace(" ", "")
        thousands = "," if decimal == "." else "."
        grouped = rf"-?\d{{1,3}}({re.escape(thousands)}\d{{3}})+({re.escape(decimal)}\d+)?"
        if re.fullmatch(grouped, cleaned):
            cleaned = cleaned.replace(thousands, "")
        try:
            number_ = float(cleaned.replace(",", "."))
        except ValueError:
            raise CellError(t("import.bad_number", value=text)) from None
    if not math.isfinite(number_):  # "inf", "nan": words, not numbers
        raise CellError(t("import.bad_number", value=text))
    if number_ < 0:
        raise CellError(t("v.negative_answer", value=text))
    if whole:
        if not number_.is_integer():
            raise CellError(t("v.int_answer", value=text))
        return int(number_)
    return number_


def _date(text: str) -> dt.date:
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellError(t("import.bad_date", value=text))


def _word(group: str, text: str) -> str:
    """The key a cell names: the key, or its label in any of the three languages, or an
    unambiguous beginning of one."""
    try:
        return words.resolve(group, text)
    except words.Unknown as exc:
        if exc.ambiguous:
            raise CellError(exc.message()) from None
        raise CellError(t("import.bad_choice", value=text, choices=words.choices(group))) from None


def plan(
    registry: Registry,
    config: RegistryConfig,
    rows: list[list[Any]],
    mapping: Mapping,
    existing: Lookup[str, Loaded[Rule]],
    today: dt.date,
    source: str,
    decimal: str = ",",
) -> tuple[list[Planned], list[RowProblem], list[str]]:
    """What importing ``rows`` would do, and every problem, without writing anything
    (``decimal``: the decimal mark of numbers written as text)."""
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
        fields, row_problems = _row_fields(row, columns, letters, headers, config, offset,
                                           decimal)  # fmt: skip
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
        elif big := _too_big(registry, result, existing.get(rule_id), fields, set(letters)):
            problems.extend(_located([big], letters, headers, offset))
        else:
            planned.append(result)
            result.located = _located(result.notes, letters, headers, offset)
    return planned, problems, ignored


def _too_big(
    registry: Registry,
    planned: Planned,
    current: Loaded[Rule] | None,
    fields: dict[str, Any],
    columns: set[str],
) -> tuple[str, str] | None:
    """``(field, message)`` when the row's rule would make a file larger than a record may be
    (``check`` would refuse it), at the row's longest cell; worked out exactly only for a rule
    near that size."""
    if len(planned.rule.model_dump_json()) <= MAX_BYTES // 4:  # YAML is at most 2.5 × JSON
        return None
    size = registry.written_size(planned.rule, current)
    if size <= MAX_BYTES:
        return None
    longest = max(columns & set(fields), key=lambda name: len(str(fields[name])))
    return longest, t("import.too_big", size=number(size), limit=number(MAX_BYTES))


def _row_fields(
    row: list[Any],
    columns: dict[int, str],
    letters: dict[str, str],
    headers: dict[str, str],
    config: RegistryConfig,
    number: int,
    decimal: str,
) -> tuple[dict[str, Any], list[RowProblem]]:
    fields: dict[str, Any] = {}
    problems = []
    for index, name in columns.items():
        value = row[index] if index < len(row) else None
        if not sheets.cell_text(value):
            continue
        try:
            fields[name] = parse_cell(name, value, config, decimal)
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
    status = fields.get("status")
    if current is None or current.record is None:
        notes = []
        if status not in (None, "active"):  # a new rule starts active; reviews change it
            notes.append(("status", t("import.status_new", status=status)))
            fields = {k: v for k, v in fields.items() if k != "status"}
        data = nest({k: v for k, v in fields.items() if k != "id"})
        data["id"] = rule_id
        data["history"] = [{"date": today, "event": "imported", "note": source}]
        try:
            return Planned(row, "create", Rule.model_validate(data), notes=notes)
        except ValidationError as exc:
            return _errors(exc)
    rule = current.record
    if status is not None and status != rule.status:
        return [("status", t("err.status_by_review", id=rule.id))]
    merged = rule.model_dump(mode="python", exclude={"hours_per_year"})
    use = {name: value for name, value in fields.items() if name.split(".")[0] == "use"}
    wanted = {tuple(name.split(".")): v for name, v in fields.items() if name not in ("id", *use)}
    wanted.update(use_changes(merged.get("use"), use))  # in the form the file has
    changes: dict[tuple[str, ...], Any] = {}
    for path, value in wanted.items():
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


@dataclass
class ImportPlan:
    """What an import would do, row by row, and every problem found, before anything is
    written."""

    source: str
    planned: list[Planned]
    problems: list[RowProblem]
    ignored: list[str]

    def counts(self) -> dict[str, int]:
        counts = {"create": 0, "update": 0, "unchanged": 0}
        for item in self.planned:
            counts[item.action] += 1
        return counts

    @property
    def notes(self) -> list[RowProblem]:
        return [note for item in self.planned for note in item.located]

    @property
    def skipped(self) -> int:
        return len({problem.row for problem in self.problems})


def prepare(
    registry: Registry,
    path: Path,
    *,
    mapping: Path | None,
    sheet: str | None,
    today: dt.date,
) -> ImportPlan:
    """Read the sheet and plan every row; nothing is written."""
    from regelsyn.app.review import valid_rules

    found = sheets.read_sheet(path, sheet)
    chosen = read_mapping(mapping) if mapping else Mapping()
    rules = valid_rules(registry)
    planned, problems, ignored = plan(
        registry, registry.config(), found.rows, chosen, rules, today, path.name, found.decimal
    )
    return ImportPlan(path.name, planned, problems, ignored)


def apply(
    registry: Registry, found: ImportPlan, *, skip_invalid: bool, dry_run: bool, today: dt.date
) -> None:
    """Write what the plan says: all of it, or nothing when a row has a problem (unless the
    rows with problems are to be skipped); nothing at all on a dry run."""
    if found.problems and not skip_invalid:
        raise Refused(tn("import.refused", len(found.problems)))
    if dry_run:
        return
    with registry.transaction(t("tx.import", source=found.source)) as tx:
        counts = found.counts()
        lang = registry.config().language
        created = tnl("git.msg.count_new_rules", counts["create"], lang)
        tx.message = tl("git.msg.import", lang, source=found.source, created=created,
                        updated=number(counts["update"], lang))  # fmt: skip
        for item in found.planned:
            if item.action == "create":
                registry.add_rule(item.rule)
            elif item.action == "update":
                fields = sorted(".".join(path) for path in item.changes)
                entry = {"date": today, "event": "imported", "note": found.source,
                         "fields": fields}  # fmt: skip
                registry.update_rule(registry.rule(item.rule.id), item.changes, history=entry)


def export(registry: Registry, fmt: str, *, to_file: bool) -> tuple[bytes, int]:
    """Every valid rule as CSV (in the dialect of the language: for Danish Excel, ``;`` and
    decimal commas), XLSX or JSON; and how many. The sheets show labels in the language, a
    level by its name, dates as dates; import reads them back. A workbook is written only to a
    file, never to a terminal."""
    from regelsyn import i18n

    if fmt == "xlsx" and not to_file:
        raise UsageProblem(t("err.xlsx_needs_out"))
    from regelsyn.app.review import valid_rules
    from regelsyn.app.rules import as_json

    records = sorted(valid_rules(registry).records(), key=lambda r: r.id)
    if fmt == "json":
        text = inert.dumps([as_json(rule) for rule in records])
        return (text + "\n").encode("utf-8"), len(records)
    config = registry.config()
    levels = dialects.level_names({level.id: level.name for level in config.levels})
    cells = [dialects.rule_row(flatten(as_json(rule)), levels) for rule in records]
    if fmt == "csv":
        return sheets.write_csv(cells, i18n.language()), len(records)
    return sheets.write_xlsx(cells, i18n.language(), config.workplace), len(records)


def write_out(out: Path, data: bytes) -> Path:
    """Write an export where the person asked for it (anywhere they may write)."""
    from regelsyn.store.files import write_chosen

    return write_chosen(out, data)
