"""``regelsyn sync``: share the registry with colleagues through its git remote."""

from typing import Annotated

import typer

from regelsyn.cli.common import open_registry
from regelsyn.i18n import t


def sync(
    ctx: typer.Context,
    ours: Annotated[
        list[str] | None, typer.Option("--ours", metavar=t("meta.file"), help=t("opt.ours"))
    ] = None,
    theirs: Annotated[
        list[str] | None, typer.Option("--theirs", metavar=t("meta.file"), help=t("opt.theirs"))
    ] = None,
) -> None:
    from regelsyn.app import sync as syncing
    from regelsyn.ui import sync as shown

    registry = open_registry(ctx)
    done = syncing.sync(registry, shown.chooser(ours or [], theirs or []), shown.progress)
    shown.synced(done)
