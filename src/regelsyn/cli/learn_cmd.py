"""``regelsyn learn``: what other workplaces did with comparable rules."""

from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import ListFormat, open_registry, today
from regelsyn.cli.complete import rule_ids
from regelsyn.i18n import t


def learn(
    ctx: typer.Context,
    registries: Annotated[
        list[str] | None,
        typer.Argument(
            metavar=t("meta.registries_opt"), help=t("opt.learn_registries"), show_default=False
        ),
    ] = None,
    rule: Annotated[
        str | None,
        typer.Option(
            "--rule", metavar=t("meta.id"), help=t("opt.learn_rule"), autocompletion=rule_ids
        ),
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help=t("opt.format"))] = ListFormat.table,
    render_to: Annotated[
        Path | None, typer.Option("--render", metavar=t("meta.file_md"), help=t("opt.learn_render"))
    ] = None,
) -> None:
    from regelsyn.app import inbox
    from regelsyn.app import learn as learning
    from regelsyn.ui import console, listings

    found = learning.learn(registries or [], rule, lambda: open_registry(ctx))
    for warning in found.warnings:
        console.warning(warning)
    if render_to is not None:
        path = inbox.write_digest(render_to, learning.digest(found, today()))
        console.success(t("learn.rendered", path=str(path)))
    if fmt is ListFormat.json:
        console.data(listings.lessons_json(found.lessons))
    elif fmt is ListFormat.csv:
        console.data_bytes(listings.lessons_csv(found.lessons))
    else:
        from regelsyn.ui import tables

        tables.learn_tables([(topic, found.line(topic)) for topic in found.topics], found.lessons)
