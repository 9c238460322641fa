"""Exceptions that carry their exit code; one boundary in the CLI turns them into output."""

from __future__ import annotations

OK = 0
REFUSED = 1  # the registry has errors, or the command was refused
USAGE = 2
UNREADABLE = 3


class RegelsynError(Exception):
    """An error meant for the user: a localised message and an exit code."""

    exit_code = REFUSED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class Refused(RegelsynError):
    """The command will not do what was asked (exit 1)."""

    exit_code = REFUSED


class UsageProblem(RegelsynError):
    """The command was called wrongly (exit 2)."""

    exit_code = USAGE


class Unreadable(RegelsynError):
    """A file could not be read or parsed (exit 3)."""

    exit_code = UNREADABLE
