"""Every git call regelsyn makes, with typed results."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def available() -> bool:
    return shutil.which("git") is not None


def inside_repository(folder: Path) -> bool:
    """Whether ``folder`` is inside a git work tree."""
    if not available():
        return False
    result = subprocess.run(
        ["git", "-C", str(folder), "rev-parse", "--is-inside-work-tree"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and result.stdout.strip() == "true"


def init(folder: Path) -> bool:
    """``git init`` in ``folder``; False if git is missing or refuses."""
    if not available():
        return False
    result = subprocess.run(
        ["git", "init", "--quiet", str(folder)], capture_output=True, text=True, check=False
    )
    return result.returncode == 0


def blob_id(path: Path) -> str | None:
    """The git blob id of ``path`` as it is now, if it lies inside a repository."""
    if not available() or not inside_repository(path.parent):
        return None
    result = subprocess.run(
        ["git", "-C", str(path.parent), "hash-object", "--", path.name],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or None if result.returncode == 0 else None


def complaint(folder: Path | None, *args: str) -> str:
    """Run ``git ARGS`` (in ``folder``); git's complaint on one line when it fails, else ""."""
    if not available():
        from regelsyn.i18n import t

        return t("err.git_missing")
    where = ["-C", str(folder)] if folder is not None else []
    result = subprocess.run(["git", *where, *args], capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return ""
    said = " ".join(line.strip() for line in result.stderr.splitlines() if line.strip())
    return said or f"git {args[0]}: {result.returncode}"
