"""``regelsyn report`` (burden, funnel, cases) and ``regelsyn due`` (what to review soon)."""

import datetime as dt
import re
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
    out: Annotated[
        Path | None, typer.Option("--out", metavar=t("meta.file"), help=t("opt.out"))
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar=t("meta.date"), help=t("opt.since"))
    ] = None,
) -> None:
    from regelsyn.app import report as reporting
    from regelsyn.ui import console

    registry = open_registry(ctx)
    text = reporting.report_text(registry, fmt.value, parse_date_option(since, "--since"), today())
    if out is None:
        console.data(text)
    else:
        reporting.write_report(out, text)
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
    from regelsyn.app import rules
    from regelsyn.ui.listings import show_rules

    show_rules(rules.due(open_registry(ctx), parse_within(within, today())), fmt.value)
