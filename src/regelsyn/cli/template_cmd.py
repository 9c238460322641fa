"""``regelsyn template list|export``: the built-in templates, and copies to edit."""

from typing import Annotated

import typer

from regelsyn.cli.common import open_registry
from regelsyn.i18n import t

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode="rich")


def builtin_names() -> list[str]:
    from regelsyn.resources import builtin_templates

    return sorted(p.name for p in builtin_templates().glob("*.j2"))


@app.command("list", help=t("help.template_list"), epilog=t("ex.template_list"))
def list_(ctx: typer.Context) -> None:
    from regelsyn import console

    registry = open_registry(ctx)
    for name in builtin_names():
        own = (registry.root / "templates" / name).exists()
        console.line(f"{name}  ({t('template.own') if own else t('template.builtin')})")


@app.command("export", help=t("help.template_export"), epilog=t("ex.template_export"))
def export(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help=t("opt.template_name"))],
    force: Annotated[bool, typer.Option("--force", help=t("opt.force"))] = False,
) -> None:
    from regelsyn import console
    from regelsyn.errors import Refused
    from regelsyn.resources import builtin_templates
    from regelsyn.store.files import atomic_write

    registry = open_registry(ctx)
    names = builtin_names()
    if name not in names:
        raise Refused(t("err.no_such_template", name=name, names=", ".join(names)))
    target = registry.root / "templates" / name
    if target.exists() and not force:
        raise Refused(t("err.template_exists", path=registry.rel(target)))
    atomic_write(target, (builtin_templates() / name).read_bytes())
    console.success(t("template.exported", path=registry.rel(target)))
