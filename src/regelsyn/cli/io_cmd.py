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
    from regelsyn import console
    from regelsyn.cli import importing, reviewing, sheets
    from regelsyn.errors import Refused

    registry = open_registry(ctx)
    config = registry.config()
    rules = reviewing.valid_rules(registry)
    rows = sheets.read_rows(path, sheet)
    chosen = importing.read_mapping(mapping) if mapping else importing.Mapping()
    planned, problems, ignored = importing.plan(
        registry, config, rows, chosen, rules, today(), path.name
    )
    for header in ignored:
        console.warning(t("import.ignored_column", header=header))
    for problem in problems:
        console.note(problem.format(str(path)))
    if problems and not skip_invalid:
        raise Refused(t("import.refused", count=len(problems)))
    counts = {"create": 0, "update": 0, "unchanged": 0}
    for item in planned:
        counts[item.action] += 1
        if dry_run:
            console.line(t(f"import.would_{item.action}", row=item.row, id=item.rule.id))
            continue
        if item.action == "create":
            registry.add_rule(item.rule)
        elif item.action == "update":
            entry = {"date": today(), "event": "imported", "note": path.name}
            registry.update_rule(registry.rule(item.rule.id), item.changes, history=entry)
    key = "import.dry_summary" if dry_run else "import.summary"
    skipped = len({p.row for p in problems})
    console.success(
        t(key, created=counts["create"], updated=counts["update"],
          unchanged=counts["unchanged"], skipped=skipped)
    )  # fmt: skip


def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help=t("opt.export_format"))] = (
        ExportFormat.csv
    ),
    out: Annotated[Path | None, typer.Option("--out", metavar="FILE", help=t("opt.out"))] = None,
) -> None:
    import sys

    from regelsyn import console, i18n
    from regelsyn.cli import reviewing, rules, sheets
    from regelsyn.errors import UsageProblem
    from regelsyn.store.files import atomic_write

    registry = open_registry(ctx)
    config = registry.config()
    records = sorted(
        (item.record for item in reviewing.valid_rules(registry).values() if item.record),
        key=lambda r: r.id,
    )
    if fmt is ExportFormat.json:
        data = (rules.to_json(records) + "\n").encode("utf-8")
    else:
        rows = []
        for rule in records:
            flat = rules.flatten(rules.as_json(rule))
            rows.append([flat.get(name) for name in sheets.FIELDS])
        if fmt is ExportFormat.csv:
            data = sheets.write_csv(rows, i18n.language())
        else:
            if out is None:
                raise UsageProblem(t("err.xlsx_needs_out"))
            data = sheets.write_xlsx(rows, i18n.language(), config.workplace)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from regelsyn.store.files import inside

    atomic_write(inside(registry.root, out), data)
    console.success(t("export.written", count=len(records), path=str(out)))
