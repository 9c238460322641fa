"""``regelsyn init``: a new registry from a preset, or a copy of the example registry."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import Lang
from regelsyn.i18n import t, tn


class PresetName(StrEnum):
    dk_kommune = "dk-kommune"
    dk_region = "dk-region"
    dk_stat = "dk-stat"
    no_kommune = "no-kommune"


def init(
    ctx: typer.Context,
    directory: Annotated[
        Path, typer.Argument(metavar=t("meta.dir"), help=t("opt.init_dir"))
    ] = Path("."),
    preset: Annotated[PresetName, typer.Option(help=t("opt.preset"))] = PresetName.dk_kommune,
    workplace: Annotated[
        str | None, typer.Option(metavar=t("meta.name"), help=t("opt.workplace"))
    ] = None,
    organisation: Annotated[
        str | None, typer.Option(metavar=t("meta.name"), help=t("opt.organisation"))
    ] = None,
    committee: Annotated[
        str | None, typer.Option(metavar=t("meta.name"), help=t("opt.committee"))
    ] = None,
    language: Annotated[Lang | None, typer.Option(help=t("opt.language"))] = None,
    example: Annotated[bool, typer.Option("--example", help=t("opt.example"))] = False,
    no_git: Annotated[bool, typer.Option("--no-git", help=t("opt.no_git"))] = False,
) -> None:
    from regelsyn.app import setup
    from regelsyn.cli.common import state
    from regelsyn.ui import console

    target = directory.absolute()
    chosen = state(ctx)
    who = setup.committer(target, skip=no_git or not chosen.commit, author=chosen.author)
    if example:
        written = setup.copy_example(target)
    else:
        name = workplace or setup.default_workplace(target)
        written = setup.create(
            target,
            preset=preset.value,
            workplace=name,
            organisation=organisation,
            committee=committee,
            language=language.value if language else None,
        )
    git_note = setup.git_init(target, skip=no_git)
    committed = setup.commit_created(target, written, who)
    console.success(tn("init.done", len(written), path=str(directory)))
    if git_note:
        console.note(git_note)
    if committed:
        console.note(t("git.committed", message=committed))
    console.note(t("init.next", path=str(directory)))
