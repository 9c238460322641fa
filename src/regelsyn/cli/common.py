"""What every command shares: the global options, the registry, today's date, formats."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from regelsyn.errors import UsageProblem
from regelsyn.i18n import t

if TYPE_CHECKING:
    from regelsyn.store.registry import Registry


@dataclass
class State:
    registry: Path | None = None
    debug: bool = False
    commit: bool = True  # --no-commit turns regelsyn's own git commits off
    author: str | None = None  # --author "Navn <mail>"


class Lang(StrEnum):
    da = "da"
    nb = "nb"
    en = "en"


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"
    md = "md"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


class HistoryFormat(StrEnum):
    table = "table"
    json = "json"


def state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State()
    return root.obj


def open_registry(ctx: typer.Context) -> Registry:
    """The registry chosen by ``-C``, ``REGELSYN_REGISTRY`` or the current folder, with its
    settings loaded and its language applied; its warnings go to the terminal."""
    from regelsyn.app.registry import open_registry as opened
    from regelsyn.ui import console

    chosen = state(ctx)
    return opened(chosen.registry, console.warning, commit=chosen.commit, author=chosen.author,
                  note=console.note)  # fmt: skip


def today() -> dt.date:
    """Today, or ``REGELSYN_TODAY`` (YYYY-MM-DD) so demos and tests are reproducible."""
    fixed = os.environ.get("REGELSYN_TODAY")
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            raise UsageProblem(t("err.bad_today", value=fixed)) from None
    return dt.date.today()


def parse_date_option(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageProblem(t("err.bad_date", flag=flag, value=value)) from None


def word_option(
    flag: str, group: str, help_key: str, allowed: tuple[str, ...] | None = None
) -> Any:
    """A flag that takes one of the record format's fixed words (a kind, a state, ...): the
    key, its label in any of the three languages, or the beginning of either, whatever the
    case (``--request fjern``, ``--outcome imødekommet``). Its help lists the words."""
    from regelsyn.i18n import words

    keys = allowed or words.GROUPS[group][0]

    def convert(value: str | None) -> str | None:
        if value is None:
            return None
        try:
            key = words.resolve(group, value)
        except words.Unknown as exc:
            raise typer.BadParameter(exc.message()) from None
        if key not in keys:
            shown = ", ".join(words.label(group, k) for k in keys)
            raise typer.BadParameter(t("word.not_here", typed=value, words=shown))
        return key

    shown = ", ".join(words.label(group, key) for key in keys)
    return typer.Option(
        flag,
        callback=convert,
        metavar=t("help.word_metavar"),
        help=f"{t(help_key)} {t('help.one_of', words=shown)}",
        show_default=False,
    )
