"""``regelsyn import`` and ``regelsyn export``: the registry as a spreadsheet, and back."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import open_registry, today
from regelsyn.i18n import t, tn


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


def import_(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(metavar=t("meta.file"), help=t("opt.import_file"))],
    mapping: Annotated[
        Path | None, typer.Option("--mapping", metavar=t("meta.map"), help=t("opt.mapping"))
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help=t("opt.sheet"))] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("opt.dry_run"))] = False,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help=t("opt.skip_invalid"))
    ] = False,
) -> None:
    from regelsyn.app import importing
    from regelsyn.ui import console

    registry = open_registry(ctx)
    plan = importing.prepare(registry, path, mapping=mapping, sheet=sheet, today=today())
    for header in plan.ignored:
        console.warning(t("import.ignored_column", header=header))
    for note in plan.notes:
        console.warning(note.format(str(path)))
    for problem in plan.problems:
        console.note(problem.format(str(path)))
    importing.apply(registry, plan, skip_invalid=skip_invalid, dry_run=dry_run, today=today())
    if dry_run:
        for item in plan.planned:
            console.line(t(f"import.would_{item.action}", row=item.row, id=item.rule.id))
    counts = plan.counts()
    skipped = tn("import.count_invalid" if dry_run else "import.count_skipped", plan.skipped)
    console.success(
        t("import.dry_summary" if dry_run else "import.summary",
          created=tn("import.count_new", counts["create"]),
          updated=tn("import.count_updated", counts["update"]),
          unchanged=tn("import.count_unchanged", counts["unchanged"]), skipped=skipped)
    )  # fmt: skip


def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help=t("opt.export_format"))] = (
        ExportFormat.csv
    ),
    out: Annotated[
        Path | None, typer.Option("--out", metavar=t("meta.file"), help=t("opt.out"))
    ] = None,
) -> None:
    from regelsyn.app import importing
    from regelsyn.ui import console

    registry = open_registry(ctx)
    data, count = importing.export(registry, fmt.value, to_file=out is not None)
    if out is None:
        console.data_bytes(data)
    else:
        importing.write_out(out, data)
        console.success(tn("export.written", count, path=str(out)))
