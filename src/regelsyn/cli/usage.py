"""Mistakes on the command line, said in the user's language.

typer's bundled click words its usage errors in English ("No such option: --kidn"). The people
who use regelsyn are not programmers, and most read Danish, so each kind of usage error is said
again here from what the exception knows: the option or argument, the value, the choices. A
message this module does not know keeps click's own words.
"""

from __future__ import annotations

import re
from typing import Any

from regelsyn.i18n import t

_NO_COMMAND = re.compile(r"No such command '(?P<name>.*?)'\.")
_EXTRA = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)")
_NOT_ONE_OF = re.compile(r"'(?P<value>.*)' is not one of ")
_NOT_VALID = re.compile(r"'(?P<value>.*)' is not a valid (?P<kind>integer|float|boolean)")
_NEEDS_VALUE = re.compile(r"Option '(?P<name>.*?)' requires (an argument|\d+ arguments)\.")
_NUMBER_KINDS = {"integer": "usage.not_whole_number", "float": "usage.not_number",
                 "boolean": "usage.not_yes_no"}  # fmt: skip


def explain(exc: Any) -> tuple[str, str]:
    """``(message, hint)`` for a click usage error, in the current language."""
    ctx = getattr(exc, "ctx", None)
    hint = (
        t("usage.help_hint", command=f"{ctx.command_path} {ctx.help_option_names[0]}")
        if ctx is not None
        else t("usage.help_hint", command="regelsyn --help")
    )
    return _message(exc, ctx), hint


def _message(exc: Any, ctx: Any) -> str:
    kind = type(exc).__name__
    text = str(getattr(exc, "message", "") or "")
    if kind == "NoSuchOption":
        message = t("usage.no_such_option", name=exc.option_name)
        return _suggest(message, exc.option_name, list(exc.possibilities or ()))
    if kind == "MissingParameter":
        name = _param_name(exc)
        return t("usage.missing_option" if name.startswith("-") else "usage.missing_argument",
                 name=name)  # fmt: skip
    if kind == "BadParameter":
        return t("usage.bad_value", name=_param_name(exc), reason=_reason(exc, text))
    found = _NEEDS_VALUE.match(text)
    if found:
        return t("usage.needs_value", name=found["name"])
    found = _NO_COMMAND.match(text)
    if found:
        names = list(ctx.command.list_commands(ctx)) if ctx is not None else []
        return _suggest(t("usage.no_such_command", name=found["name"]), found["name"], names)
    found = _EXTRA.match(text)
    if found:
        return t("usage.extra_arguments", args=found["args"])
    if text == "Missing command.":
        return t("usage.missing_command")
    return text


def _suggest(message: str, given: str, choices: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(given, choices, n=3, cutoff=0.6)
    if not close:
        return message
    names = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} {t('usage.or')} {close[-1]}"
    return f"{message}. " + t("usage.did_you_mean", names=names)


def _param_name(exc: Any) -> str:
    param = getattr(exc, "param", None)
    if param is None:
        hint = getattr(exc, "param_hint", None) or "?"
        return str(hint) if isinstance(hint, str) else " / ".join(map(str, hint))
    opts = [str(o) for o in getattr(param, "opts", []) if str(o).startswith("--")]
    return opts[0] if opts else str(param.human_readable_name)


def _reason(exc: Any, text: str) -> str:
    """Why the value is wrong, from click's words where this module knows them."""
    found = _NOT_ONE_OF.match(text)
    choices = getattr(getattr(getattr(exc, "param", None), "type", None), "choices", None)
    if found and choices:
        return t("usage.not_a_choice", value=found["value"],
                 choices=", ".join(str(getattr(c, "value", c)) for c in choices))  # fmt: skip
    found = _NOT_VALID.match(text)
    if found:
        return t(_NUMBER_KINDS[found["kind"]], value=found["value"])
    return text


def localise_help() -> None:
    """typer's help screens in the user's language too: the usage line, the panel titles and
    the help flag's own line. Patched on click's Command class once, at start-up; the texts are
    looked up when a help screen is shown, so ``--lang`` counts."""
    from typer._click import core

    command = core.Command
    if getattr(command, "_regelsyn_localised", False):
        return
    get_help, get_help_option = command.get_help, command.get_help_option

    def localised_get_help(self: Any, ctx: Any) -> str:
        _panel_titles()
        return get_help(self, ctx)

    def localised_format_usage(self: Any, ctx: Any, formatter: Any) -> None:
        words = {
            "[OPTIONS]": t("help.options_metavar"),
            "COMMAND [ARGS]...": t("help.command_metavar"),
        }
        pieces = [words.get(piece, piece) for piece in self.collect_usage_pieces(ctx)]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help.usage") + " ")

    def localised_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = t("help.help_option")
        return option

    from typer._click import types

    for kind, key in ((types.StringParamType, "help.text_metavar"),
                      (types.IntParamType, "help.whole_number_metavar"),
                      (types.FloatParamType, "help.number_metavar")):  # fmt: skip
        kind.get_metavar = _metavar(key)  # type: ignore[method-assign]
    command.get_help = localised_get_help  # type: ignore[method-assign]
    command.format_usage = localised_format_usage  # type: ignore[method-assign]
    command.get_help_option = localised_help_option  # type: ignore[method-assign]
    command._regelsyn_localised = True  # type: ignore[attr-defined]


def _metavar(key: str) -> Any:
    """A type's placeholder in help (``--title TEKST`` rather than ``--title <str>``)."""

    def get_metavar(self: Any, param: Any, ctx: Any) -> str:
        return t(key)

    return get_metavar


def _panel_titles() -> None:
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = t("help.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = t("help.options")
    rich_utils.COMMANDS_PANEL_TITLE = t("help.commands")
    rich_utils.DEFAULT_STRING = t("help.default")
    rich_utils.REQUIRED_LONG_STRING = t("help.required")
