"""``regelsyn import`` and ``regelsyn export``: the registry as a spreadsheet, and back."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import open_registry, today
from regelsyn.i18n import t


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


def import_(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(metavar="FILE", help=t("opt.import_file"))],
    mapping: Annotated[
        Path | None, typer.Option("--mapping", metavar="MAP.yaml", help=t("opt.mapping"))
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help=t("opt.sheet"))] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("opt.dry_run"))] = False,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help=t("opt.skip_invalid"))
    ] = False,
) -> None:
    from regelsyn.cli import importing

    importing.run(
        open_registry(ctx),
        path,
        mapping=mapping,
        sheet=sheet,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        today=today(),
    )


def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help=t("opt.export_format"))] = (
        ExportFormat.csv
    ),
    out: Annotated[Path | None, typer.Option("--out", metavar="FILE", help=t("opt.out"))] = None,
) -> None:
    from regelsyn.cli import importing

    importing.export(open_registry(ctx), fmt.value, out)
