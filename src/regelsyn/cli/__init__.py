"""The ``regelsyn`` command: global options, the error boundary, and the sub-commands."""

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from regelsyn import __version__, i18n
from regelsyn.cli.common import Lang, state
from regelsyn.errors import RegelsynError
from regelsyn.i18n import t

i18n.set_language(i18n.early_language(sys.argv[1:]))


class RegelsynGroup(TyperGroup):
    """Turns :class:`RegelsynError` into a message and its exit code; no traceback unless
    ``--debug``."""

    def invoke(self, ctx: Any) -> Any:
        from regelsyn import console

        try:
            return super().invoke(ctx)
        except RegelsynError as exc:
            if state(ctx).debug:
                raise
            findings = getattr(exc, "findings", None)
            if findings:
                for finding in findings:
                    console.note(finding.format())
                console.note(t("err.fix_and_retry"))
            else:
                console.error(exc.message, exc.hint)
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if state(ctx).debug or isinstance(exc, _click_exceptions()):
                raise
            console.error(t("err.unexpected", kind=type(exc).__name__, reason=str(exc)))
            raise typer.Exit(1) from None


def _click_exceptions() -> tuple[type[BaseException], ...]:
    from typer._click.exceptions import ClickException

    return (ClickException,)


app = typer.Typer(
    cls=RegelsynGroup,
    name="regelsyn",
    help=t("help.app"),
    epilog=t("ex.app"),
    no_args_is_help=True,
    add_completion=False,
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
        typer.Option("-C", "--registry", metavar="DIR", help=t("opt.registry"), show_default=False),
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help=t("opt.lang"))] = None,
    debug: Annotated[bool, typer.Option("--debug", help=t("opt.debug"))] = False,
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


def _register() -> None:
    from regelsyn.cli import (
        case_cmd,
        check_cmd,
        inbox,
        init_cmd,
        io_cmd,
        report_cmd,
        review_cmd,
        rule_cmd,
        schema_cmd,
        template_cmd,
    )

    app.command("init", help=t("help.init"), epilog=t("ex.init"))(init_cmd.init)
    app.add_typer(rule_cmd.app, name="rule", help=t("help.rule"), epilog=t("ex.rule"))
    app.add_typer(review_cmd.app, name="review", help=t("help.review"), epilog=t("ex.review"))
    app.add_typer(
        case_cmd.challenge_app, name="challenge", help=t("help.challenge"), epilog=t("ex.challenge")
    )
    app.command("escalate", help=t("help.escalate"), epilog=t("ex.escalate"))(case_cmd.escalate)
    app.add_typer(case_cmd.case_app, name="case", help=t("help.case"), epilog=t("ex.case_reply"))
    app.command("inbox", help=t("help.inbox"), epilog=t("ex.inbox"))(inbox.inbox)
    app.command("report", help=t("help.report"), epilog=t("ex.report"))(report_cmd.report)
    app.command("due", help=t("help.due"), epilog=t("ex.due"))(report_cmd.due)
    app.command("import", help=t("help.import"), epilog=t("ex.import"))(io_cmd.import_)
    app.command("export", help=t("help.export"), epilog=t("ex.export"))(io_cmd.export)
    app.add_typer(template_cmd.app, name="template", help=t("help.template"))
    app.command("check", help=t("help.check"), epilog=t("ex.check"))(check_cmd.check)
    app.command("schema", help=t("help.schema"), epilog=t("ex.schema"))(schema_cmd.schema)


_register()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\n" + t("err.interrupted") + "\n")
        sys.exit(130)
