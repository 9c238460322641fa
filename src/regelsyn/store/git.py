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
    result = _run(folder, "cat-file", "--batch", data=data) if available() else None
    if result is None or result.returncode != 0:  # not a repository
        return dict.fromkeys(names)
    out = result.stdout
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


# -- sync ----------------------------------------------------------------------------------------
def branch(folder: Path) -> str | None:
    """The branch checked out (None: a detached HEAD)."""
    result = _run(folder, "symbolic-ref", "--short", "-q", "HEAD")
    return result.stdout.decode().strip() or None


def remotes(folder: Path) -> list[str]:
    return _git(folder, "remote").split()


def tracking(folder: Path, name: str) -> tuple[str, str] | None:
    """The remote and the branch there that branch ``name`` follows, if it follows one."""
    remote = _run(folder, "config", f"branch.{name}.remote").stdout.decode().strip()
    merge = _run(folder, "config", f"branch.{name}.merge").stdout.decode().strip()
    if not remote or not merge:
        return None
    return remote, merge.removeprefix("refs/heads/")


def fetch(folder: Path, remote: str) -> None:
    _git(folder, "fetch", "--quiet", remote)


def merge_base(folder: Path, ours: str, theirs: str) -> str | None:
    result = _run(folder, "merge-base", ours, theirs)
    return result.stdout.decode().strip() or None if result.returncode == 0 else None


def count(folder: Path, since: str | None, until: str) -> int:
    """How many commits ``until`` has that ``since`` has not (None: all of them)."""
    if rev(folder, until) is None:
        return 0
    span = f"{since}..{until}" if since else until
    return int(_git(folder, "rev-list", "--count", span).strip() or 0)


def changes(folder: Path, since: str, until: str) -> list[tuple[str, str]]:
    """``(A|M|D|T, path)`` for each file that differs, paths from the repository's top."""
    out = _git(folder, "diff", "--name-status", "--no-renames", "-z", since, until).split("\0")
    return [(out[i][:1], out[i + 1]) for i in range(0, len(out) - 1, 2) if out[i]]


def authors(folder: Path, since: str | None, until: str) -> list[str]:
    """The authors of the commits ``until`` has that ``since`` has not, first seen first."""
    span = f"{since}..{until}" if since else until
    names = _git(folder, "log", "--reverse", "--format=%an", span).splitlines()
    return list(dict.fromkeys(name for name in names if name))


def files(folder: Path, commit: str) -> list[str]:
    """Every file in ``commit``, from the repository's top."""
    return [p for p in _git(folder, "ls-tree", "-r", "-z", "--name-only", commit).split("\0") if p]


def prefix(folder: Path) -> str:
    """Where ``folder`` lies in its repository (``solhaven/``; "" at the top)."""
    return _git(folder, "rev-parse", "--show-prefix").strip()


def toplevel(folder: Path) -> Path:
    return Path(_git(folder, "rev-parse", "--show-toplevel").strip())


class Merge:
    """Three commits merged in an index of their own: what only one side changed is taken; the
    paths both changed are :attr:`unmerged` until :meth:`resolve` settles each."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env
        self.unmerged = self._unmerged()

    def _unmerged(self) -> list[Unmerged]:
        stages: dict[str, dict[str, str]] = {}
        modes: dict[str, str] = {}
        for line in _git(self.folder, "ls-files", "-u", "-z", env=self.env).split("\0"):
            if not line:
                continue
            info, path = line.split("\t", 1)
            mode, sha, stage = info.split()
            stages.setdefault(path, {})[stage] = sha
            modes[path] = mode
        return [
            Unmerged(path, found.get("1"), found.get("2"), found.get("3"), modes[path])
            for path, found in sorted(stages.items())
        ]

    def resolve(self, path: str, data: bytes | None, mode: str = "100644") -> None:
        """Settle ``path`` (from the top of the repository) with ``data`` (None: deleted)."""
        lines = f"0 {'0' * 40}\t{path}\n"
        if data is not None:
            sha = _git(self.folder, "hash-object", "-w", "--stdin", data=data).strip()
            lines += f"{mode} {sha}\t{path}\n"
        _git(self.folder, "update-index", "--index-info", env=self.env, data=lines.encode())

    def merge_text(self, item: Unmerged) -> bytes | None:
        """Both sides' changes to a plain text file, merged line by line; None when they
        touch the same lines."""
        if item.ours is None or item.theirs is None:
            return None
        found = read_blobs(self.folder, [b for b in (item.base, item.ours, item.theirs) if b])
        with tempfile.TemporaryDirectory(prefix="regelsyn-merge-") as scratch:
            files = []
            for name, blob in (("ours", item.ours), ("base", item.base), ("theirs", item.theirs)):
                path = Path(scratch) / name
                path.write_bytes((found.get(blob) if blob else b"") or b"")
                files.append(str(path))
            result = _run(None, "merge-file", "-p", "-q", *files)
        return result.stdout if result.returncode == 0 else None

    def commit(self, message: str, parents: list[str], who: Identity) -> str:
        tree = _git(self.folder, "write-tree", env=self.env).strip()
        args = [arg for parent in parents for arg in ("-p", parent)]
        env = {**self.env, **who.env}
        return _git(self.folder, "commit-tree", tree, *args, "-m", message, env=env).strip()


@contextmanager
def merge(folder: Path, base: str, ours: str, theirs: str) -> Iterator[Merge]:
    with tempfile.TemporaryDirectory(prefix="regelsyn-git-") as scratch:
        env = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
        _git(folder, "read-tree", "-m", "--aggressive", base, ours, theirs, env=env)
        yield Merge(folder, env)


def fast_forward(folder: Path, commit: str) -> None:
    """Move the branch and the work tree on to ``commit`` (which has ``HEAD`` in its past);
    git refuses, changing nothing, if that would overwrite a change not committed."""
    _git(folder, "merge", "--ff-only", "-q", commit)


def push(folder: Path, remote: str, name: str, *, track: bool) -> bool:
    """Send the branch; False when the remote has moved on meanwhile (fetch and merge again)."""
    args = ["push", "--quiet", *(["-u"] if track else []), remote, f"HEAD:refs/heads/{name}"]
    result = _run(folder, *args)
    if result.returncode == 0:
        return True
    said = _said(result, tuple(args))
    if "non-fast-forward" in said or "fetch first" in said or "rejected" in said:
        return False
    raise GitProblem(said)
