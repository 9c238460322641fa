"""``regelsyn check``: every problem in every file, in one run."""

from typing import Annotated

import typer

from regelsyn import inert
from regelsyn.cli.common import CheckFormat, state, today
from regelsyn.i18n import t


def check(
    ctx: typer.Context,
    strict: Annotated[bool, typer.Option("--strict", help=t("opt.strict"))] = False,
    fmt: Annotated[CheckFormat, typer.Option("--format", help=t("opt.check_format"))] = (
        CheckFormat.text
    ),
) -> None:
    from regelsyn.app.check import run_check
    from regelsyn.app.registry import find_registry
    from regelsyn.ui import console

    chosen = state(ctx)
    registry = find_registry(
        chosen.registry, console.warning, commit=chosen.commit, author=chosen.author,
        note=console.note,
    )  # fmt: skip
    report = run_check(registry, today())
    if fmt is CheckFormat.json:
        console.data(inert.dumps(report.as_json(str(registry.root))))
    else:
        lines = [finding.format() for finding in report.findings]
        console.data("\n".join([*lines, report.summary()]))
    raise typer.Exit(report.exit_code(strict=strict))
