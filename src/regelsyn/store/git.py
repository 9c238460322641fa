"""Every git call regelsyn makes, with typed results.

Commits are made with a temporary index (``GIT_INDEX_FILE``), started from ``HEAD`` and holding
only the files the tool wrote: whatever the person has staged or changed stays as it was.
Identities are read with ``user.useConfigOnly``, so git never guesses a name from the machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

STRICT = ("-c", "user.useConfigOnly=true", "--literal-pathspecs")
_AUTHOR = re.compile(r"^\s*([^<>]+?)\s*<([^<>\s]+)>\s*$")


class GitProblem(Exception):
    """A git call that failed; the message is git's complaint on one line."""


@dataclass(frozen=True)
class Identity:
    """Who commits: as git says it (``Navn <mail>``), and the environment that makes it so."""

    said: str
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Commit:
    sha: str
    author: str
    email: str
    when: str  # ISO 8601 with the author's offset
    subject: str
    path: str  # the file's path in this commit (it may have been renamed since)


@dataclass(frozen=True)
class Unmerged:
    """A path both sides of a merge changed: its blob at the base, ours and theirs (None:
    absent on that side), with the mode git gives it."""

    path: str
    base: str | None
    ours: str | None
    theirs: str | None
    mode: str = "100644"


def available() -> bool:
    return shutil.which("git") is not None


def _run(
    folder: Path | None,
    *args: str,
    env: dict[str, str] | None = None,
    data: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    where = ["-C", str(folder)] if folder is not None else []
    environment = {**os.environ, **env} if env else None
    return subprocess.run(
        ["git", *where, *STRICT, *args], capture_output=True, input=data, env=environment,
        check=False,
    )  # fmt: skip


def _said(result: subprocess.CompletedProcess[bytes], args: tuple[str, ...]) -> str:
    text = result.stderr.decode("utf-8", "replace")
    said = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return said or f"git {args[0]}: {result.returncode}"


def _git(folder: Path | None, *args: str, env: dict[str, str] | None = None,
         data: bytes | None = None) -> str:  # fmt: skip
    """``git ARGS`` in ``folder``; its output, or :class:`GitProblem` with git's complaint."""
    result = _run(folder, *args, env=env, data=data)
    if result.returncode != 0:
        raise GitProblem(_said(result, args))
    return result.stdout.decode("utf-8", "replace")


def _ok(folder: Path, *args: str, env: dict[str, str] | None = None) -> bool:
    return _run(folder, *args, env=env).returncode == 0


def inside_repository(folder: Path) -> bool:
    """Whether ``folder`` is inside a git work tree."""
    if not available():
        return False
    result = _run(folder, "rev-parse", "--is-inside-work-tree")
    return result.returncode == 0 and result.stdout.strip() == b"true"


def init(folder: Path) -> bool:
    """``git init`` in ``folder``; False if git is missing or refuses."""
    return available() and _run(None, "init", "--quiet", str(folder)).returncode == 0


def blob_id(path: Path, *, keep: bool = False) -> str | None:
    """The git blob id of ``path`` as it is now, if it lies inside a repository; ``keep``
    also stores the blob, so that the version can be read back later."""
    if not inside_repository(path.parent):
        return None
    args = ["hash-object", *(["-w"] if keep else []), "--", path.name]
    result = _run(path.parent, *args)
    return result.stdout.decode().strip() or None if result.returncode == 0 else None


def complaint(folder: Path | None, *args: str) -> str:
    """Run ``git ARGS`` (in ``folder``); git's complaint on one line when it fails, else ""."""
    if not available():
        from regelsyn.i18n import t

        return t("err.git_missing")
    result = _run(folder, *args)
    return "" if result.returncode == 0 else _said(result, args)


# -- who commits ---------------------------------------------------------------------------------
def identity(folder: Path, author: str | None = None) -> Identity | None:
    """Who would commit in ``folder``: git's configured name and mail, or ``author``
    (``Navn <mail>``; :class:`ValueError` if it is not in that form). None when git knows
    nobody."""
    env: dict[str, str] = {}
    if author is not None:
        match = _AUTHOR.match(author)
        if not match:
            raise ValueError(author)
        name, mail = match.groups()
        env = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": mail}
        if not _ok(folder, "var", "GIT_COMMITTER_IDENT"):
            env |= {"GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": mail}
    result = _run(folder, "var", "GIT_AUTHOR_IDENT", env=env)
    if result.returncode != 0 or not _ok(folder, "var", "GIT_COMMITTER_IDENT", env=env):
        return None
    said = result.stdout.decode("utf-8", "replace").strip().rsplit(" ", 2)[0]
    return Identity(said, env)


def on_behalf(name: str) -> Identity:
    """A commit under ``name`` alone, author and committer both, with no mail: nothing in it
    says who ran the command."""
    name = " ".join(name.replace("<", "").replace(">", "").split()) or "-"
    keys = ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL")
    return Identity(f"{name} <>", dict(zip(keys, (name, name, "", ""), strict=True)))


def busy(folder: Path) -> str | None:
    """What the repository is in the middle of (``merge``, ``rebase``, …), if anything."""
    names = ("MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD", "REVERT_HEAD")
    found = _git(folder, "rev-parse", *(arg for name in names for arg in ("--git-path", name)))
    paths = [Path(line) for line in found.splitlines()]
    for name, path in zip(names, paths, strict=True):
        if (path if path.is_absolute() else folder / path).exists():
            return name.split("-")[0].split("_")[0].lower()
    return None


# -- committing ----------------------------------------------------------------------------------
def rev(folder: Path, ref: str) -> str | None:
    """The commit ``ref`` names, or None (no such ref, no commit yet)."""
    result = _run(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return result.stdout.decode().strip() or None if result.returncode == 0 else None


@contextmanager
def _scratch_index(folder: Path, start: str | None) -> Iterator[dict[str, str]]:
    """An index of its own, holding ``start``'s tree (or nothing)."""
    with tempfile.TemporaryDirectory(prefix="regelsyn-git-") as scratch:
        env = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
        _git(folder, "read-tree", *([start] if start else ["--empty"]), env=env)
        yield env


def commit_files(folder: Path, rels: list[str], message: str, who: Identity) -> str | None:
    """Commit exactly these files (paths relative to ``folder``) as they are on disk, with
    ``message``; None when that changes nothing. The person's index is left as it was, but
    for these files, which now match the new commit."""
    head = rev(folder, "HEAD")
    present = [rel for rel in rels if (folder / rel).exists()]
    gone = [rel for rel in rels if rel not in present]
    ignored = set(_run(folder, "check-ignore", "--", *present).stdout.decode().splitlines())
    present = [rel for rel in present if rel not in ignored]
    with _scratch_index(folder, head) as env:
        if present:
            _git(folder, "add", "--", *present, env=env)
        if gone:
            _git(folder, "rm", "--cached", "-q", "--ignore-unmatch", "--", *gone, env=env)
        unchanged = (
            _ok(folder, "diff", "--cached", "--quiet", head, env=env)
            if head
            else not _git(folder, "ls-files", env=env).strip()
        )
        if unchanged:
            return None
        _git(folder, "commit", "-q", "--no-verify", "-m", message, env={**env, **who.env})
    _git(folder, "reset", "-q", "--", *rels)
    return rev(folder, "HEAD")


# -- reading history -----------------------------------------------------------------------------
def file_log(folder: Path, rel: str) -> list[Commit]:
    """The commits that changed ``rel`` (following renames), oldest first."""
    if rev(folder, "HEAD") is None:
        return []
    out = _git(folder, "log", "--follow", "--name-only", "-z",
               "--format=%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s", "--", rel)  # fmt: skip
    commits = []
    for record in out.split("\x1e")[1:]:
        head, _, names = record.partition("\x00")
        sha, author, email, when, subject = head.split("\x1f")
        path = names.strip("\x00\n").split("\x00")[0] or rel
        commits.append(Commit(sha, author, email, when, subject, path))
    return commits[::-1]


def read_blobs(folder: Path, names: list[str]) -> dict[str, bytes | None]:
    """Many objects at once (``<blob id>`` or ``<commit>:<path>``); None for those missing."""
    if not names:
        return {}
    data = "".join(f"{name}\n" for name in names).encode()
    out = _run(folder, "cat-file", "--batch", data=data).stdout
    found: dict[str, bytes | None] = {}
    at = 0
    for name in names:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) < 3 or header[-1] == b"missing":
            found[name] = None
            continue
        size = int(header[2])
        found[name] = out[at : at + size]
        at += size + 1
    return found


def changed_files(folder: Path, since: str | None = None) -> list[str]:
    """Tracked files (relative to ``folder``) that differ from ``HEAD`` (or ``since``) in the
    work tree or the index."""
    if rev(folder, since or "HEAD") is None:
        return []
    out = _git(folder, "diff", "--name-only", "-z", "--relative", since or "HEAD", "--")
    return [name for name in out.split("\x00") if name]
