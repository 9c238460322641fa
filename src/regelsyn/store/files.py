"""Atomic file writes and paths that stay inside the registry."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

from regelsyn.errors import Refused
from regelsyn.i18n import t


def _fault(step: str) -> None:
    """Crash here, as a power cut would, when the crash tests ask for it (``REGELSYN_FAULT``);
    ``<step>:pause`` waits there instead, so that a test can press Ctrl-C at that moment."""
    wanted = os.environ.get("REGELSYN_FAULT")
    if wanted == step:
        os.kill(os.getpid(), signal.SIGKILL)
    elif wanted in (f"{step}:pause", f"{step}:nap"):
        import time

        time.sleep(30 if wanted.endswith(":pause") else 0.4)


def _temporary(path: Path, data: bytes) -> str:
    """``data`` in a flushed temporary file beside ``path``; its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _fault("created")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data[: len(data) // 2])
            _fault("half-written")
            handle.write(data[len(data) // 2 :])
            handle.flush()
            _fault("written")
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        _fault("synced")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def refuse_link(path: Path, shown: str | None = None) -> None:
    """Refuse to write where ``path`` is a link: moving a new file into its place would replace
    the link, and writing through it would change a file elsewhere. ``shown``: the name to
    give (``rules/x.yaml``), else the path itself."""
    if path.is_symlink():
        target = os.readlink(path)
        raise Refused(t("err.write_link", path=shown or str(path), target=target))


def atomic_write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` so that the old or the new file survives whole.

    A temporary file in the same folder is written, flushed to disk and moved over the target.
    Returns False, without touching the file, when it already holds exactly ``data``. A link
    is never replaced (:func:`refuse_link`).
    """
    refuse_link(path)
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    tmp = _temporary(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fault("replaced")
    _fsync_dir(path.parent)
    return True


def create_new(path: Path, data: bytes) -> bool:
    """Write a new file atomically; False (and nothing written) if ``path`` already exists,
    even when another process creates it at the same moment."""
    if path.exists():
        return False
    tmp = _temporary(path, data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    _fault("replaced")
    _fsync_dir(path.parent)
    return True


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_chosen(path: Path, data: bytes) -> Path:
    """Write ``data`` where the person asked for it on the command line (``--out``): any
    folder they may write to, created if missing; atomically, so that a reader never sees half
    a file. Only paths that come from data stay confined to the registry (:func:`inside`)."""
    target = path.expanduser().absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    return target


def inside(root: Path, candidate: Path) -> Path:
    """``candidate`` resolved, refused if it points outside ``root`` (``../``, links, absolute)."""
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root.resolve()) or resolved == root.resolve():
        raise Refused(t("err.outside", path=str(candidate), root=str(root)))
    return resolved


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Wait until no other process holds ``path`` (a lock file), and hold it for the duration.
    The operating system releases it when the holder ends, however it ends (filelock: flock on
    POSIX, msvcrt on Windows; imported only by commands that write)."""
    from filelock import FileLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path)):
        yield


@contextlib.contextmanager
def lock(path: Path, refusal: str) -> Iterator[None]:
    """Hold ``path`` as a lock file for the duration, or refuse at once when another process
    holds it (``refusal`` names it: ``{pid}`` and ``{host}``, from ``<path>.owner``). A lock
    whose holder has ended, however it ended, is free: the operating system releases it."""
    import socket

    from filelock import FileLock, Timeout

    from regelsyn.errors import Refused

    path.parent.mkdir(parents=True, exist_ok=True)
    owner = path.with_name(path.name + ".owner")
    held = FileLock(str(path), timeout=0)
    try:
        held.acquire()
    except Timeout:
        try:
            pid, _, host = owner.read_text(encoding="utf-8").partition(" ")
        except OSError:
            pid, host = "?", "?"
        raise Refused(refusal.format(pid=pid.strip() or "?", host=host.strip() or "?")) from None
    try:
        owner.write_text(f"{os.getpid()} {socket.gethostname()}\n", encoding="utf-8")
        yield
    finally:
        with contextlib.suppress(OSError):
            owner.unlink()
        held.release()
