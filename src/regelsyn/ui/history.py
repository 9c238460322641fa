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
    from regelsyn.ui import layout

    columns = [
        layout.Column(t("history.col.date"), "id"),
        layout.Column(t("history.col.who"), "words"),
        layout.Column(t("history.col.what")),
        layout.Column(t("history.col.saved"), "id"),
    ]
    rows: list[tuple[layout.Cell, ...]] = []
    for step in steps:
        what = tuple(step.what.split("\n"))
        if step.labels:
            what += (t("history.fields", fields=", ".join(step.labels)),)
        if step.commit:
            saved = f"{step.commit[:7]} {step.committed[:16].replace('T', ' ')}"
        else:
            saved = t("history.not_saved")
        rows.append((step.date, step.who or "–", what, saved))
    layout.show(layout.Listing(columns, rows))
