"""Atomic file writes and paths that stay inside the registry."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from regelsyn.errors import Refused
from regelsyn.i18n import t


def atomic_write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` so that the old or the new file survives whole.

    A temporary file in the same folder is written, flushed to disk and moved over the target.
    Returns False, without touching the file, when it already holds exactly ``data``.
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
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


def inside(root: Path, candidate: Path) -> Path:
    """``candidate`` resolved, refused if it points outside ``root`` (``../``, links, absolute)."""
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise Refused(t("err.outside", path=str(candidate), root=str(root)))
    return resolved
