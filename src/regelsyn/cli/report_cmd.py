"""``regelsyn report`` (burden, funnel, cases) and ``regelsyn due`` (what to review soon)."""

import datetime as dt
import json
import re
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import ListFormat, open_registry, parse_date_option, today
from regelsyn.i18n import t


class ReportFormat(StrEnum):
    md = "md"
    json = "json"


def report(
    ctx: typer.Context,
    fmt: Annotated[ReportFormat, typer.Option("--format", help=t("opt.report_format"))] = (
        ReportFormat.md
    ),
    out: Annotated[Path | None, typer.Option("--out", metavar="FILE", help=t("opt.out"))] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=t("opt.since"))
    ] = None,
) -> None:
    from regelsyn import console, i18n
    from regelsyn.cli import casework, reviewing
    from regelsyn.domain.report import build
    from regelsyn.model import KINDS, STATUSES
    from regelsyn.render import render
    from regelsyn.store.files import atomic_write

    registry = open_registry(ctx)
    config = registry.config()
    rules = [item.record for item in reviewing.valid_rules(registry).values() if item.record]
    reviews = [
        reviewing.load_review(registry, name) for name in registry.record_ids(registry.reviews_dir)
    ]
    cases = [c.record for c in casework.load_cases(registry) if c.record is not None]
    labels = {k: t(f"kind.{k}") for k in KINDS} | {s: t(f"status.{s}") for s in STATUSES}
    figures = build(
        config, rules, reviews, cases, today(), parse_date_option(since, "--since"), labels
    )
    if fmt is ReportFormat.json:
        text = json.dumps(asdict(figures), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render("report.md.j2", registry.root, i18n.language(), r=figures)
    if out is None:
        console.data(text)
        return
    from regelsyn.store.files import inside

    atomic_write(inside(registry.root, out), text.encode("utf-8"))
    console.success(t("report.written", path=str(out)))


_WITHIN = re.compile(r"^(\d+)\s*([dwm]?)$")


def parse_within(text: str, start: dt.date) -> dt.date:
    """``90d``, ``12w``, ``6m`` or ``90`` (days) from ``start``."""
    from regelsyn.domain.dates import add_months
    from regelsyn.errors import UsageProblem

    match = _WITHIN.match(text.strip().lower())
    if not match:
        raise UsageProblem(t("err.bad_within", value=text))
    amount, unit = int(match.group(1)), match.group(2) or "d"
    if unit == "m":
        return add_months(start, amount)
    return start + dt.timedelta(days=amount * (7 if unit == "w" else 1))


def due(
    ctx: typer.Context,
    within: Annotated[str, typer.Option("--within", metavar="90d", help=t("opt.within"))] = "90d",
    fmt: Annotated[ListFormat, typer.Option("--format", help=t("opt.format"))] = ListFormat.table,
) -> None:
    from regelsyn import console
    from regelsyn.cli import reviewing, rules, views

    registry = open_registry(ctx)
    config = registry.config()
    day = today()
    horizon = parse_within(within, day)
    chosen = [
        item.record
        for item in reviewing.valid_rules(registry).values()
        if item.record is not None
        and item.record.status != "removed"
        and (item.record.next_review is None or item.record.next_review <= horizon)
    ]
    chosen.sort(key=lambda r: (r.next_review or dt.date.min, r.id))
    if fmt is ListFormat.json:
        console.data(rules.to_json(chosen))
    elif fmt is ListFormat.csv:
        console.data(rules.to_csv(chosen))
    else:
        from regelsyn.store.reading import rule_facts

        views.rule_table([rule_facts(rule) for rule in chosen], config)
