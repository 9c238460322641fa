"""The ``regelsyn`` command: global options, the error boundary, and the sub-commands."""

import os
import sys
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from regelsyn import __version__, i18n
from regelsyn.cli.common import Lang, state
from regelsyn.cli.usage import localise_help
from regelsyn.errors import BrokenFiles, Interrupted, RegelsynError, system_error
from regelsyn.i18n import t

i18n.set_language(i18n.early_language(sys.argv[1:]))
localise_help()


class RegelsynGroup(TyperGroup):
    """Turns :class:`RegelsynError` into a message and its exit code; no traceback unless
    ``--debug``. Its sub-commands are loaded when used (:data:`COMMANDS`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["commands"] = _Commands()
        super().__init__(*args, **kwargs)

    def get_params(self, ctx: Any) -> list[Any]:
        from regelsyn.cli.complete import localised

        params: list[Any] = super().get_params(ctx)
        for param in params:
            localised(param)
        return params

    def _main_shell_completion(
        self, ctx_args: Any, prog_name: str, complete_var: str | None = None
    ) -> None:
        """The shell asking what TAB offers (``_REGELSYN_COMPLETE``): answered without a word on
        standard error, and with nothing rather than a traceback."""
        from regelsyn.cli.complete import quietly

        var = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()
        if not os.environ.get(var):
            return
        try:
            quietly(lambda: super(RegelsynGroup, self)._main_shell_completion(
                ctx_args, prog_name, complete_var))  # fmt: skip
        except Exception:  # whatever it is, the shell is offered nothing
            sys.exit(1)

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        from regelsyn.ui.console import tame_widths

        tame_widths()  # before a help screen reads them
        try:
            return super().make_context(info_name, args, parent, **extra)
        except Exception as exc:
            _usage_mistake(exc)
            raise

    def invoke(self, ctx: Any) -> Any:
        from regelsyn.ui import console

        try:
            return super().invoke(ctx)
        except RegelsynError as exc:
            if state(ctx).debug:
                raise
            if isinstance(exc, BrokenFiles) and exc.findings:
                for finding in exc.findings:
                    console.note(finding.format())
                console.note(t("err.fix_and_retry"))
            elif isinstance(exc, Interrupted):
                console.note("\n" + exc.message)
            else:
                console.error(exc.message, exc.hint)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            if state(ctx).debug:
                raise
            console.note("\n" + t("err.interrupted"))
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            _usage_mistake(exc)
            if state(ctx).debug or isinstance(exc, (BrokenPipeError, *_click_exceptions())):
                raise  # a reader that stopped early (`| head`) ends the command quietly
            said = system_error(exc)  # a full disk, a file it may not write: said plainly
            if said is not None:
                console.error(said.message)
                raise typer.Exit(said.exit_code) from None
            console.error(t("err.unexpected", kind=type(exc).__name__, reason=str(exc)))
            raise typer.Exit(1) from None


def _usage_mistake(exc: Exception) -> None:
    """A mistake on the command line is said in the user's language, with exit code 2."""
    from typer._click.exceptions import UsageError

    if isinstance(exc, UsageError) and type(exc).__name__ != "NoArgsIsHelpError":
        from regelsyn.cli.usage import explain
        from regelsyn.ui import console

        console.error(*explain(exc))
        raise typer.Exit(exc.exit_code) from None


def _click_exceptions() -> tuple[type[BaseException], ...]:
    from typer._click.exceptions import ClickException

    return (ClickException,)


app = typer.Typer(
    cls=RegelsynGroup,
    name="regelsyn",
    help=t("help.app"),
    epilog=t("ex.app"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"regelsyn {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    ctx: typer.Context,
    registry: Annotated[
        Path | None,
        typer.Option(
            "-C", "--registry", metavar=t("meta.dir"), help=t("opt.registry"), show_default=False
        ),
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help=t("opt.lang"))] = None,
    debug: Annotated[bool, typer.Option("--debug", help=t("opt.debug"))] = False,
    no_commit: Annotated[bool, typer.Option("--no-commit", help=t("opt.no_commit"))] = False,
    author: Annotated[
        str | None,
        typer.Option(
            "--author", metavar=t("meta.author"), help=t("opt.author"), show_default=False
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("opt.version")),
    ] = False,
) -> None:
    i18n.reset()
    chosen = lang.value if lang else os.environ.get("REGELSYN_LANG")
    if chosen:
        i18n.set_language(chosen, explicit=True)
    else:
        args = ["-C", str(registry)] if registry else []
        i18n.set_language(i18n.early_language(args))
    ctx.obj = state(ctx)
    ctx.obj.registry = registry
    ctx.obj.debug = debug
    ctx.obj.commit = not no_commit
    ctx.obj.author = author


# The sub-commands, loaded when used: ``regelsyn check`` imports only the check command's module.
# (name, module in regelsyn.cli, attribute, help key, example key); typer lists single commands
# before groups, and so does this table.
COMMANDS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("init", "init_cmd", "init", "help.init", "ex.init"),
    ("escalate", "case_cmd", "escalate", "help.escalate", "ex.escalate"),
    ("inbox", "inbox_cmd", "inbox", "help.inbox", "ex.inbox"),
    ("learn", "learn_cmd", "learn", "help.learn", "ex.learn"),
    ("report", "report_cmd", "report", "help.report", "ex.report"),
    ("due", "report_cmd", "due", "help.due", "ex.due"),
    ("import", "io_cmd", "import_", "help.import", "ex.import"),
    ("export", "io_cmd", "export", "help.export", "ex.export"),
    ("check", "check_cmd", "check", "help.check", "ex.check"),
    ("sync", "sync_cmd", "sync", "help.sync", "ex.sync"),
    ("schema", "schema_cmd", "schema", "help.schema", "ex.schema"),
    ("site", "site_cmd", "site", "help.site", "ex.site"),
    ("agenda", "site_cmd", "agenda", "help.agenda", "ex.agenda"),
    ("calendar", "site_cmd", "calendar", "help.calendar", "ex.calendar"),
)
GROUPS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("rule", "rule_cmd", "app", "help.rule", "ex.rule"),
    ("review", "review_cmd", "app", "help.review", "ex.review"),
    ("challenge", "case_cmd", "challenge_app", "help.challenge", "ex.challenge"),
    ("case", "case_cmd", "case_app", "help.case", "ex.case_reply"),
    ("template", "template_cmd", "app", "help.template", None),
)


ROWS = {row[0]: (row, False) for row in COMMANDS} | {row[0]: (row, True) for row in GROUPS}


def _load(row: tuple[str, str, str, str, str | None], group: bool) -> Any:
    """The click command for one row of :data:`COMMANDS` or :data:`GROUPS`."""
    from typer.main import get_command_from_info, get_group_from_info
    from typer.models import CommandInfo, TyperInfo

    name, module, attribute, help_key, example = row
    # the import statement's own path, so that ``python -X importtime`` lists the module too
    target = getattr(__import__(f"regelsyn.cli.{module}", fromlist=[attribute]), attribute)
    if group:
        info = TyperInfo(target, name=name, help=t(help_key))
        if example:  # else the group's own (typer's default when not given)
            info.epilog = t(example)
        return get_group_from_info(
            info,
            pretty_exceptions_short=app.pretty_exceptions_short,
            rich_markup_mode=app.rich_markup_mode,
            suggest_commands=app.suggest_commands,
        )
    return get_command_from_info(
        CommandInfo(
            name=name, callback=target, help=t(help_key), epilog=t(example) if example else None
        ),
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )


class _Commands(MutableMapping[str, Any]):
    """The root's sub-commands by name, each built on first use."""

    def __init__(self) -> None:
        self.names = dict.fromkeys(ROWS)  # in the order help lists them
        self.built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self.built:
            self.built[name] = _load(*ROWS[name])  # KeyError: no such command
        return self.built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self.built[name] = command
        self.names.setdefault(name)

    def __delitem__(self, name: str) -> None:
        del self.names[name]
        self.built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


def main() -> None:
    """Console-script entry point.

    What exists when a command starts (the modules and what they made) lives as long as the
    process, and is frozen out of the cyclic garbage collector's reach: no collection walks it
    again. So is everything when the command ends, so that Python's shutdown frees it by
    reference counts alone instead of searching it for cycles first (a tenth of the run time
    of ``--help``)."""
    import gc

    from regelsyn.ui.console import tolerant_output

    tolerant_output()
    gc.freeze()
    # a command lives for a second or two, and makes few reference cycles: a collection every
    # 100,000 new objects, not every 700, is plenty (and a site build turns it off)
    gc.set_threshold(100_000, 50, 1000)
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\n" + t("err.interrupted") + "\n")
        sys.exit(130)
    finally:
        gc.freeze()
