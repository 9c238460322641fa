"""``regelsyn schema``: JSON Schema for editors (completion and validation while typing)."""

from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import state
from regelsyn.i18n import t


def schema(
    ctx: typer.Context,
    out: Annotated[
        Path | None, typer.Option("--out", metavar=t("meta.dir"), help=t("opt.schema_out"))
    ] = None,
) -> None:
    from regelsyn.app.schema import write_schemas
    from regelsyn.ui import console

    written = write_schemas(state(ctx).registry, out)
    for path in written.paths:
        console.success(t("schema.written", path=str(path)))
    console.note(t("schema.hint", path=written.rule_schema_from_rules))
