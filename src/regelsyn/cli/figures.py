"""What ``regelsyn report`` and ``regelsyn due`` do: gather the records, compute, write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from regelsyn.i18n import t
from regelsyn.store.registry import Registry


def write_report(
    registry: Registry, fmt: str, out: Path | None, since: dt.date | None, today: dt.date
) -> None:
    """The burden report in Markdown or JSON, on the screen or in a file inside the registry."""
    import json
    from dataclasses import asdict

    from regelsyn import console, i18n
    from regelsyn.cli import reviewing
    from regelsyn.domain.report import build
    from regelsyn.render import render
    from regelsyn.store.files import atomic_write, inside
    from regelsyn.vocab import KINDS, STATUSES

    rules = [item.record for item in reviewing.valid_rules(registry).values() if item.record]
    reviews = [
        reviewing.load_review(registry, name) for name in registry.record_ids(registry.reviews_dir)
    ]
    cases = [c.record for c in registry.load_cases() if c.record is not None]
    labels = {k: t(f"kind.{k}") for k in KINDS} | {s: t(f"status.{s}") for s in STATUSES}
    figures = build(registry.config(), rules, reviews, cases, today, since, labels)
    if fmt == "json":
        text = json.dumps(asdict(figures), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render("report.md.j2", registry.root, i18n.language(), r=figures)
    if out is None:
        console.data(text)
        return
    atomic_write(inside(registry.root, out), text.encode("utf-8"))
    console.success(t("report.written", path=str(out)))


def list_due(registry: Registry, horizon: dt.date, fmt: str) -> None:
    """Rules to review by ``horizon`` (and never reviewed ones), soonest first, from the index."""
    from regelsyn import console
    from regelsyn.cli import rules
    from regelsyn.domain.facts import RuleFacts, from_dict

    chosen = []
    for entry in registry.rule_entries():
        if entry.facts is None:
            continue
        facts: RuleFacts = from_dict(RuleFacts, entry.facts)
        review = facts.review_date
        if facts.status != "removed" and (review is None or review <= horizon):
            chosen.append((review or dt.date.min, facts.id, facts, entry.fragment or ""))
    chosen.sort(key=lambda row: (row[0], row[1]))
    if fmt == "json":
        console.data(rules.json_list([row[3] for row in chosen]))
    elif fmt == "csv":
        console.data(rules.csv_from_json([row[3] for row in chosen]))
    else:
        from regelsyn.cli import views

        views.rule_table([row[2] for row in chosen])
