"""The one module that writes to the terminal: a stdout and a stderr console.

Plain lines are written directly; rich is imported only for styled output, which keeps it out of
a ``check`` in a pre-commit hook or a pipe.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from regelsyn.i18n import t

if TYPE_CHECKING:
    from rich.console import Console


def _console(stderr: bool) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else int(os.environ.get("COLUMNS", "160"))
    return Console(stderr=stderr, highlight=False, width=width, soft_wrap=False)


class _Lazy:
    """Consoles made on first use, so a test runner's replaced streams are honoured."""

    def __init__(self, stderr: bool) -> None:
        self.stderr = stderr

    def __getattr__(self, name: str) -> Any:
        return getattr(_console(self.stderr), name)


out: Console = _Lazy(stderr=False)  # type: ignore[assignment]
err: Console = _Lazy(stderr=True)  # type: ignore[assignment]


def line(text: str = "") -> None:
    """Plain text on stdout, printed exactly (no markup, no wrapping)."""
    sys.stdout.write(text + "\n")


def data(text: str) -> None:
    """Machine-readable output (JSON, CSV, YAML) on stdout, exactly as given."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def data_bytes(data: bytes) -> None:
    """Machine-readable bytes (a spreadsheet, CSV with its byte-order mark) on stdout."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def error(message: str, hint: str | None = None) -> None:
    sys.stderr.write(f"{t('label.error')}: {message}\n")
    if hint:
        sys.stderr.write(f"{hint}\n")


def warning(message: str) -> None:
    sys.stderr.write(f"{t('label.warning')}: {message}\n")


def note(message: str) -> None:
    """A line for the person at the terminal, on stderr so it never mixes with data."""
    sys.stderr.write(message + "\n")


def success(message: str) -> None:
    """What a command did, for the person (on stderr, like every message: stdout is data)."""
    from rich.markup import escape

    err.print(f"[green]✓[/green] {escape(message)}", soft_wrap=True)
