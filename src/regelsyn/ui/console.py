"""The one module that writes to the terminal: a stdout and a stderr console.

Plain lines are written directly; rich is imported only for styled output, which keeps it out of
a ``check`` in a pre-commit hook or a pipe. Every line written here is inert: a control or hidden
character that came from a record is shown as ``<U+XXXX>`` (:mod:`regelsyn.inert`), never obeyed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

from regelsyn.i18n import t
from regelsyn.inert import text as inert

if TYPE_CHECKING:
    from rich.console import Console


def _console(stderr: bool) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, highlight=False, width=_width(stream), soft_wrap=False)


def _width(stream: Any) -> int | None:
    """The width to draw tables at: a terminal's own (None), else ``COLUMNS``, else 160."""
    try:
        if stream.isatty():
            return None
    except (AttributeError, ValueError, OSError):  # no stream, or a closed one
        pass
    return _usable_width(os.environ.get("COLUMNS")) or 160


def _usable_width(value: str | None) -> int | None:
    """A width from the environment: None when it is no positive whole number; else between
    40, where a table still reads, and 500 (a panel is drawn full width: ``COLUMNS=99999999``
    would write gigabytes)."""
    try:
        width = int(value or "")
    except ValueError:
        return None
    return min(max(width, 40), 500) if width > 0 else None


def tame_widths() -> None:
    """``COLUMNS`` and ``TERMINAL_WIDTH`` made usable for rich and typer, which read them for
    help screens and terminals (typer fails on ``TERMINAL_WIDTH=abc``): a value that is no
    positive whole number is dropped, any other brought within 40–500."""
    for name in ("COLUMNS", "TERMINAL_WIDTH"):
        value = os.environ.get(name)
        if value is None:
            continue
        width = _usable_width(value)
        if width is None:
            del os.environ[name]
        else:
            os.environ[name] = str(width)


def tolerant_output() -> None:
    """Output degrades instead of failing where the terminal's encoding lacks a character
    (``PYTHONIOENCODING=ascii``, an old Windows console): it is written as ``?``. Standard
    error already writes such characters as escapes."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):  # closed, or not a text stream after all
            reconfigure(errors="replace")


class _Lazy:
    """Consoles made on first use, so a test runner's replaced streams are honoured."""

    def __init__(self, stderr: bool) -> None:
        self.stderr = stderr

    def __getattr__(self, name: str) -> Any:
        return getattr(_console(self.stderr), name)


out: Console = _Lazy(stderr=False)  # type: ignore[assignment]
err: Console = _Lazy(stderr=True)  # type: ignore[assignment]


def screen() -> Console:
    """The stdout console itself, made now: for output that is measured, then printed."""
    return _console(stderr=False)


def line(text: str = "") -> None:
    """Plain text on stdout (no markup, no wrapping)."""
    sys.stdout.write(inert(text, lines=True) + "\n")


def data(text: str) -> None:
    """Machine-readable output (JSON, CSV, YAML, Markdown) on stdout, as given; a control or
    hidden character the format did not already escape is marked."""
    text = inert(text, lines=True)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def data_bytes(data: bytes) -> None:
    """Machine-readable bytes (a spreadsheet, CSV with its byte-order mark) on stdout."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def _say(text: str) -> None:
    """A message on stderr. On a terminal, a line wider than it is broken between words (not
    in the middle of one, where the terminal would break it); piped or redirected, as it is."""
    text = inert(text, lines=True)
    width = _stderr_width()
    if width > 20:
        import textwrap

        text = "\n".join(
            textwrap.fill(line, width - 1, break_long_words=False, break_on_hyphens=False)
            if len(line) >= width else line
            for line in text.split("\n")
        )  # fmt: skip
    sys.stderr.write(text + "\n")


def _stderr_width() -> int:
    """The width of the terminal stderr shows on (``COLUMNS`` when set); 0 when it is not a
    terminal (piped, redirected: then nothing is broken)."""
    try:
        if not sys.stderr.isatty():
            return 0
        columns = os.environ.get("COLUMNS", "")
        return int(columns) if columns.isdigit() else os.get_terminal_size(sys.stderr.fileno())[0]
    except (AttributeError, ValueError, OSError):
        return 0


def error(message: str, hint: str | None = None) -> None:
    _say(f"{t('label.error')}: {message}")
    if hint:
        _say(hint)


def warning(message: str) -> None:
    _say(f"{t('label.warning')}: {message}")


def note(message: str) -> None:
    """A line for the person at the terminal, on stderr so it never mixes with data."""
    _say(message)


def success(message: str) -> None:
    """What a command did, for the person (on stderr, like every message: stdout is data)."""
    from rich.markup import escape

    err.print(f"[green]✓[/green] {escape(inert(message, lines=True))}", soft_wrap=True)
