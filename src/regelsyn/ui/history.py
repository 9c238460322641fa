"""A record's history as ``rule history`` and ``case history`` show it: a table, or JSON."""

from __future__ import annotations

import json
from typing import Any

from regelsyn.i18n import t
from regelsyn.ui import console


def show_history(steps: list[Any], fmt: str) -> None:
    """``steps`` (:class:`regelsyn.app.history.Step`), oldest first."""
    if fmt == "json":
        console.data(json.dumps([s.as_json() for s in steps], ensure_ascii=False, indent=2))
        return
    if not steps:
        console.note(t("history.none"))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(header_style="bold")
    table.add_column(t("history.col.date"), no_wrap=True)
    table.add_column(t("history.col.who"), overflow="fold")
    table.add_column(t("history.col.what"), ratio=1, min_width=16)
    table.add_column(t("history.col.saved"), no_wrap=True)
    for step in steps:
        what = step.what
        if step.labels:
            what += "\n" + t("history.fields", fields=", ".join(step.labels))
        if step.commit:
            saved = f"{step.commit[:7]} {step.committed[:16].replace('T', ' ')}"
        else:
            saved = t("history.not_saved")
        table.add_row(Text(step.date), Text(step.who or "–"), Text(what), Text(saved))
    console.out.print(table)
