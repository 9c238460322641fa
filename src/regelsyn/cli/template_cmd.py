"""``regelsyn template list|export``: the built-in templates, and copies to edit."""

from typing import Annotated

import typer

from regelsyn.cli.common import open_registry
from regelsyn.i18n import t

app = typer.Typer(no_args_is_help=True, rich_markup_mode="rich")


@app.command("list", help=t("help.template_list"), epilog=t("ex.template_list"))
def list_(ctx: typer.Context) -> None:
    from regelsyn.app import templates
    from regelsyn.ui import console

    for name, own in templates.listing(open_registry(ctx)):
        console.line(f"{name}  ({t('template.own') if own else t('template.builtin')})")


@app.command("export", help=t("help.template_export"), epilog=t("ex.template_export"))
def export(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar=t("meta.name"), help=t("opt.template_name"))],
    force: Annotated[bool, typer.Option("--force", help=t("opt.force"))] = False,
) -> None:
    from regelsyn.app import templates
    from regelsyn.ui import console

    registry = open_registry(ctx)
    target = templates.export(registry, name, force=force)
    console.success(t("template.exported", path=registry.rel(target)))
