"""Listings as data: the JSON and CSV that ``--format json|csv`` print (and that scripts and
spreadsheets read). No rich, no pydantic: a warm ``rule list`` stays light."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any

from regelsyn.inert import cell, dumps, json_text
from regelsyn.model.facts import InboxRow, Lesson
from regelsyn.model.fields import flatten
from regelsyn.vocab import RULE_FIELDS


def json_list(fragments: list[str]) -> str:
    """Cached JSON fragments as the list ``json.dumps(records, indent=2)`` would write (with
    controls escaped, as :func:`regelsyn.inert.dumps` writes them)."""
    return json_text("[\n" + ",\n".join(fragments) + "\n]") if fragments else "[]"


def rules_csv(fragments: list[str]) -> str:
    """One row per rule (the columns of ``regelsyn export``); lists joined with ``;``."""
    return _csv(RULE_FIELDS, [flatten(json.loads(fragment)) for fragment in fragments])


def cases_json(cases: list[dict[str, Any]]) -> str:
    return dumps(cases)


CASE_COLUMNS = ("id", "kind", "rule", "title", "request", "status", "target_level", "sent", "due",
                "days_waiting", "overdue", "gain_hours")  # fmt: skip


def cases_csv(cases: list[dict[str, Any]]) -> str:
    return _csv(CASE_COLUMNS, cases)


def inbox_json(rows: list[InboxRow]) -> str:
    return dumps([asdict(r) for r in rows])


def inbox_csv(rows: list[InboxRow]) -> str:
    names = tuple(InboxRow.__dataclass_fields__)
    return _csv(names, [asdict(row) for row in rows])


LESSON_FIELDS = tuple(Lesson.__dataclass_fields__)


def _lesson(row: Lesson) -> dict[str, Any]:
    """A lesson as a dict (its values are plain: no copying as ``asdict`` does)."""
    return {name: getattr(row, name) for name in LESSON_FIELDS}


def lessons_json(rows: list[Lesson]) -> str:
    return json.dumps([_lesson(r) for r in rows], ensure_ascii=False, indent=2)


def lessons_csv(rows: list[Lesson]) -> str:
    return _csv(LESSON_FIELDS, [_lesson(row) for row in rows])


def _csv(columns: tuple[str, ...], records: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([cell(record.get(column)) for column in columns])
    return buffer.getvalue()


def show_rules(listing: Any, fmt: str) -> None:
    """A listing of rules (``rule list``, ``due``) as a table, JSON or CSV on stdout; files that
    could not be read are named afterwards, and the command ends as ``check`` would."""
    from regelsyn.errors import BrokenFiles
    from regelsyn.i18n import tn
    from regelsyn.ui import console

    if fmt == "json":
        console.data(json_list(listing.fragments))
    elif fmt == "csv":
        console.data(rules_csv(listing.fragments))
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
        console.data(cases_csv(rows))
    else:
        from regelsyn.ui import tables

        tables.case_table(found.cases, today)
    if found.broken:
        raise BrokenFiles(found.broken)
