"""``regelsyn inbox``: what many workplaces have sent up to one level of the ladder."""

from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import ListFormat, today
from regelsyn.i18n import t


def inbox(
    ctx: typer.Context,
    registries: Annotated[
        list[str], typer.Argument(metavar=t("meta.registries"), help=t("opt.inbox_registries"))
    ],
    level: Annotated[
        str, typer.Option("--level", metavar=t("meta.level"), help=t("opt.inbox_level"))
    ],
    fmt: Annotated[ListFormat, typer.Option("--format", help=t("opt.format"))] = ListFormat.table,
    render_to: Annotated[
        Path | None, typer.Option("--render", metavar=t("meta.file_md"), help=t("opt.inbox_render"))
    ] = None,
) -> None:
    from regelsyn.app import inbox as collecting
    from regelsyn.ui import console, listings, tables

    day = today()
    found = collecting.collect(registries, level, day)
    for warning in found.warnings:
        console.warning(warning)
    if render_to is not None:
        path = collecting.write_digest(render_to, collecting.digest(found, day))
        console.success(t("inbox.rendered", path=str(path)))
    if fmt is ListFormat.json:
        console.data(listings.inbox_json(found.rows))
    elif fmt is ListFormat.csv:
        console.data_bytes(listings.inbox_csv(found.rows))
    else:
        tables.inbox_table(found.rows, level)
