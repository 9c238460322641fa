"""What every command shares: the global options, the registry, today's date, formats."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

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
