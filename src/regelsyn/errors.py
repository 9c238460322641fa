"""Every exception meant for the user, each with its exit code; one boundary in the CLI turns
them into output (``regelsyn.cli``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regelsyn.model.finding import Finding

OK = 0
REFUSED = 1  # the registry has errors, or the command was refused
USAGE = 2
UNREADABLE = 3
INTERRUPTED = 130  # Ctrl-C, as shells report it


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


class BrokenFiles(RegelsynError):
    """One or more files have errors; each is listed as ``path:line:col: field: message``.
    Exit 3 when a file could not be read at all, else 1."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(f.format() for f in findings))
        self.findings = findings
        self.exit_code = UNREADABLE if any(f.unreadable for f in findings) else REFUSED


class Interrupted(RegelsynError):
    """The person stopped the command (Ctrl-C); the message says what was kept (exit 130)."""

    exit_code = INTERRUPTED


# What the operating system says, by errno: the message key and the exit code. A file that
# cannot be found or is no file is one that could not be read (3); the rest refuse the command.
_SYSTEM: dict[str, tuple[str, int]] = {
    "EACCES": ("os.denied", REFUSED),
    "EPERM": ("os.denied", REFUSED),
    "EROFS": ("os.read_only", REFUSED),
    "ENOSPC": ("os.disk_full", REFUSED),
    "EDQUOT": ("os.quota", REFUSED),
    "ENOENT": ("os.missing", UNREADABLE),
    "EISDIR": ("os.is_folder", UNREADABLE),
    "ENOTDIR": ("os.not_folder", UNREADABLE),
    "ENAMETOOLONG": ("os.name_too_long", REFUSED),
    "EMFILE": ("os.too_many_open", REFUSED),
    "ENFILE": ("os.too_many_open", REFUSED),
    "ELOOP": ("os.loop", UNREADABLE),
    "EIO": ("os.io", UNREADABLE),
    "EBUSY": ("os.busy", REFUSED),
    "ETXTBSY": ("os.busy", REFUSED),
}


def system_error(exc: BaseException) -> RegelsynError | None:
    """What the operating system refused (a file it would not let regelsyn read or write, a
    full disk) or what ran out (memory, depth), as a message in the user's language that says
    what to do; None for anything else (a fault in regelsyn)."""
    import errno

    from regelsyn.i18n import t

    if isinstance(exc, MemoryError):
        return Refused(t("os.memory"))
    if isinstance(exc, RecursionError):
        return Refused(t("os.recursion"))
    if not isinstance(exc, OSError):
        return None
    name = errno.errorcode.get(exc.errno or 0, "")
    key, code = _SYSTEM.get(name, ("os.other", REFUSED))
    found = Refused(t(key, path=_file_of(exc) or t("os.a_file"), reason=exc.strerror or str(exc)))
    found.exit_code = code
    return found


def _file_of(exc: OSError) -> str:
    """The file the error is about: the target of a move (``os.replace(tmp, path)``), and for a
    temporary file of regelsyn's own, the folder it was written in."""
    import os

    name = exc.filename2 or exc.filename
    if name is None:
        return ""
    text = os.fsdecode(name) if isinstance(name, bytes | os.PathLike) else str(name)
    base = os.path.basename(text)
    if base.startswith(".") and base.endswith(".tmp"):
        return os.path.dirname(text) or "."
    return text
