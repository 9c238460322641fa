"""Shell completion: the callbacks typer calls on TAB for a rule id, a case id, a review id or
a level (:mod:`regelsyn.app.complete` reads them). A TAB never shows an error: whatever goes
wrong, nothing is offered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

Offer = list[tuple[str, str]]


def _offer(ctx: typer.Context, read: Callable[[Path | None, bool], Offer]) -> Offer:
    import os

    try:
        explicit = ctx.find_root().params.get("registry")
        # bash shows the words only; zsh, fish and PowerShell show each one's help beside it
        described = not os.environ.get("_REGELSYN_COMPLETE", "").endswith("bash")
        return read(Path(explicit) if explicit else None, described)
    except Exception:  # a TAB offers nothing rather than an error
        return []


def rule_ids(ctx: typer.Context) -> Offer:
    from regelsyn.app import complete

    return _offer(ctx, complete.rules)


def case_ids(ctx: typer.Context) -> Offer:
    from regelsyn.app import complete

    return _offer(ctx, complete.cases)


def rule_or_case_ids(ctx: typer.Context) -> Offer:
    """For ``escalate``: a rule, or a case."""
    return rule_ids(ctx) + case_ids(ctx)


def review_ids(ctx: typer.Context) -> Offer:
    from regelsyn.app import complete

    return _offer(ctx, complete.reviews)


def levels(ctx: typer.Context) -> Offer:
    from regelsyn.app import complete

    return _offer(ctx, complete.levels)


def quietly(complete: Callable[[], Any]) -> Any:
    """Run the shell's completion request with standard error kept back: a warning there would
    be written over the person's command line."""
    import contextlib
    import io

    with contextlib.redirect_stderr(io.StringIO()):
        return complete()


def localised(param: Any) -> None:
    """typer's ``--install-completion`` and ``--show-completion``, in the user's language; the
    first says where it installed the script on standard error."""
    from regelsyn.i18n import t

    if param.name == "install_completion":
        param.help = t("opt.install_completion")
        param.callback = _install
    elif param.name == "show_completion":
        param.help = t("opt.show_completion")


def _install(ctx: Any, param: Any, value: Any) -> Any:
    if not value or ctx.resilient_parsing:
        return value
    from typer._completion_shared import install

    from regelsyn.i18n import t
    from regelsyn.ui import console

    shell, path = install(shell=value if isinstance(value, str) else None)
    console.success(t("completion.installed", shell=shell, path=str(path)))
    console.note(t("completion.restart"))
    raise typer.Exit(0)
