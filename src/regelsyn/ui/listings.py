"""Listings as data: the JSON and CSV that ``--format json|csv`` print (and that scripts and
spreadsheets read). The CSV is written as ``export`` writes it (:mod:`regelsyn.i18n.sheet`): the
dialect, headers and labels of the language, so it opens in a Danish Excel with its columns and
numbers right. No rich, no pydantic: a warm ``rule list`` stays light."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from regelsyn.i18n import sheet, t, words
from regelsyn.inert import dumps, json_text
from regelsyn.model.facts import InboxRow, Lesson
from regelsyn.model.fields import flatten


def json_list(fragments: list[str]) -> str:
    """Cached JSON fragments as the list ``json.dumps(records, indent=2)`` would write (with
    controls escaped, as :func:`regelsyn.inert.dumps` writes them)."""
    return json_text("[\n" + ",\n".join(fragments) + "\n]") if fragments else "[]"


def rules_csv(fragments: list[str], levels: Mapping[str, str]) -> bytes:
    """One row per rule, as ``regelsyn export`` writes it (``levels``: each level id and its
    name, :func:`regelsyn.i18n.sheet.level_names` chooses which is shown)."""
    shown = sheet.level_names(levels)
    rows = (sheet.rule_row(flatten(json.loads(fragment)), shown) for fragment in fragments)
    return sheet.csv_bytes(sheet.rule_headers(), rows)


def cases_json(cases: list[dict[str, Any]]) -> str:
    return dumps(cases)


CASE_COLUMNS = ("id", "kind", "rule", "title", "request", "status", "target_level", "sent", "due",
                "days_waiting", "overdue", "gain_hours")  # fmt: skip


def _case_value(column: str, value: Any, levels: Mapping[str, str]) -> Any:
    """A case's value as a sheet shows it: its fixed words as labels, a level by its name."""
    if value is None:
        return None
    if column == "kind":
        return t(f"sheet.case_kind.{value}")
    if column == "request":
        return words.label("request", value)
    if column == "status":
        return words.label("state", value)
    if column == "target_level":
        return levels.get(value, value)
    return value


def _case_rows(
    columns: tuple[str, ...], records: list[dict[str, Any]], levels: Mapping[str, str]
) -> list[list[Any]]:
    shown = sheet.level_names(levels)
    return [[_case_value(c, record.get(c), shown) for c in columns] for record in records]


def cases_csv(cases: list[dict[str, Any]], levels: Mapping[str, str]) -> bytes:
    """``challenge list --format csv`` (``levels``: each level id and its name)."""
    rows = _case_rows(CASE_COLUMNS, cases, levels)
    return sheet.csv_bytes(sheet.headers("sheet.case", CASE_COLUMNS), rows)


def inbox_json(rows: list[InboxRow]) -> str:
    return dumps([asdict(r) for r in rows])


INBOX_COLUMNS = tuple(InboxRow.__dataclass_fields__)


def inbox_csv(rows: list[InboxRow]) -> bytes:
    """``inbox --format csv``: the cases of many registries, in the reader's language."""
    cells = _case_rows(INBOX_COLUMNS, [asdict(row) for row in rows], {})
    return sheet.csv_bytes(sheet.headers("sheet.case", INBOX_COLUMNS), cells)


LESSON_FIELDS = tuple(Lesson.__dataclass_fields__)


def _lesson(row: Lesson) -> dict[str, Any]:
    """A lesson as a dict (its values are plain: no copying as ``asdict`` does)."""
    return {name: getattr(row, name) for name in LESSON_FIELDS}


def lessons_json(rows: list[Lesson]) -> str:
    return json.dumps([_lesson(r) for r in rows], ensure_ascii=False, indent=2)


def _lesson_value(column: str, value: Any) -> Any:
    if column in ("match", "action") and value is not None:
        return t(f"learn.{column}.{value}")
    return value


def lessons_csv(rows: list[Lesson]) -> bytes:
    """``learn --format csv``: how each rule compares and what was done, in words."""
    cells = [[_lesson_value(c, getattr(row, c)) for c in LESSON_FIELDS] for row in rows]
    return sheet.csv_bytes(sheet.headers("sheet.lesson", LESSON_FIELDS), cells)


def show_rules(listing: Any, fmt: str) -> None:
    """A listing of rules (``rule list``, ``due``) as a table, JSON or CSV on stdout; files that
    could not be read are named afterwards, and the command ends as ``check`` would."""
    from regelsyn.errors import BrokenFiles
    from regelsyn.i18n import tn
    from regelsyn.ui import console

    if fmt == "json":
        console.data(json_list(listing.fragments))
    elif fmt == "csv":
        console.data_bytes(rules_csv(listing.fragments, listing.levels))
    else:
        from regelsyn.ui import tables

        tables.rule_table(listing.facts)
    if listing.broken:
        console.warning(tn("rule.list_skipped", listing.broken_files))
        raise BrokenFiles(listing.broken)


def show_cases(rows: list[dict[str, Any]], found: Any, fmt: str, today: Any) -> None:
    """``challenge list`` as a table, JSON or CSV; case files that could not be read are named
    afterwards, and the command ends as ``check`` would."""
    from regelsyn.errors import BrokenFiles
    from regelsyn.ui import console

    if fmt == "json":
        console.data(cases_json(rows))
    elif fmt == "csv":
        console.data_bytes(cases_csv(rows, found.levels))
    else:
        from regelsyn.ui import tables

        tables.case_table(found.cases, today)
    if found.broken:
        raise BrokenFiles(found.broken)
