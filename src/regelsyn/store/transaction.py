"""Writes to several files as one transaction: all of them or none, also when the process is
killed or the disk is full.

A command stages what it writes (:class:`Transaction`); nothing on disk changes until it
commits. The commit, under the registry's write lock:

1. checks that no file changed since the command read it (else nothing is written);
2. writes an intent journal, ``.regelsyn/journal/<id>.json``, naming every file and its new
   content's hash (state ``staging``);
3. writes each new content to a hidden temporary file beside its target, flushed to disk; a
   full disk or a refused write here undoes the temporary files and changes nothing;
4. marks the journal ``committed`` (the point of no return);
5. moves each temporary file over its target (a rename needs no space) and deletes what is
   deleted;
6. hands the files it changed, with the transaction's :attr:`Transaction.message`, to ``after``
   (regelsyn's git commit, :mod:`regelsyn.store.commits`);
7. deletes the journal.

:func:`recover`, run when a command opens the registry, finishes a committed transaction
(steps 5 and 6 again, for what is left) and rolls back one that was still staging (the
temporary files are removed); it says which.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regelsyn.errors import Refused, system_error
from regelsyn.i18n import t
from regelsyn.store.files import _fault, _fsync_dir

JOURNAL_DIR = "journal"
ANY = b"\x00any"  # a file the tool owns whole: whatever it holds now may be replaced
ABSENT = b"\x00absent"  # a new file: it must not exist yet

# what is done with the files a transaction changed (paths relative to the registry), its
# message and whom it is committed on behalf of, once they are all written
After = Callable[[list[str], str, str | None], object]


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Staged:
    path: Path
    base: bytes | None  # the bytes read (or ANY, or ABSENT)
    data: bytes | None  # the new content; None deletes the file


@dataclass
class Transaction:
    """What one command writes, staged in memory until :meth:`commit`."""

    root: Path
    what: str
    id: str = field(default_factory=lambda: secrets.token_hex(6))
    staged: dict[Path, Staged] = field(default_factory=dict)
    message: str | None = None  # what happened, for the git history (set by the use case)
    # committed under this name instead of the person's own (an anonymous challenge: the
    # representative it came through), so that the history cannot reveal who filed it
    on_behalf: str | None = None

    def stage(self, path: Path, base: bytes | None, data: bytes | None) -> None:
        """Write ``data`` to ``path`` at commit (None: delete it); ``base`` is what the file
        held when it was read (kept from the first time the file is staged)."""
        earlier = self.staged.get(path)
        self.staged[path] = Staged(path, earlier.base if earlier else base, data)

    def current(self, path: Path) -> bytes | None:
        """The file as this transaction would leave it (None: absent)."""
        if path in self.staged:
            return self.staged[path].data
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def exists(self, path: Path) -> bool:
        if path in self.staged:
            return self.staged[path].data is not None
        return path.exists()

    def names(self, folder: Path) -> tuple[set[str], set[str]]:
        """The staged file names in ``folder``: ``(written, deleted)``."""
        written = {p.name for p, s in self.staged.items() if p.parent == folder and s.data}
        deleted = {p.name for p, s in self.staged.items() if p.parent == folder and not s.data}
        return written, deleted

    # -- committing --------------------------------------------------------------------------
    def changes(self) -> list[Staged]:
        """The staged writes that change something."""
        found = []
        for item in self.staged.values():
            now = _bytes(item.path)
            if item.data != now:
                found.append(item)
        return found

    def commit(
        self,
        journal_dir: Path,
        rel: object,
        *,
        before: Callable[[list[str]], object] | None = None,
        after: After | None = None,
    ) -> list[str]:
        """Apply every staged write, all or none (call under the write lock); the files that
        changed, relative to the root. ``before`` sees them before anything is written (and
        may refuse); ``after`` once all are written."""
        items = self.changes()
        if not items:
            return []
        for item in items:
            now = _bytes(item.path)
            if item.base is ABSENT and now is not None:
                raise Refused(t("err.record_exists", path=_rel(rel, item.path)))
            if item.base not in (ANY, ABSENT) and now != item.base:
                raise Refused(t("err.changed_on_disk", path=_rel(rel, item.path)))
        changed = [str(item.path.relative_to(self.root)) for item in items]
        if before is not None:
            before(changed)
        journal = journal_dir / f"{self.id}.json"
        entries = [
            {
                "rel": str(item.path.relative_to(self.root)),
                "temp": str(_temp(item.path, self.id).relative_to(self.root))
                if item.data is not None
                else None,
                "new": digest(item.data) if item.data is not None else None,
            }
            for item in items
        ]
        record: dict[str, Any] = {
            "id": self.id,
            "what": self.what,
            "message": self.message or self.what,
            "on_behalf": self.on_behalf,
            "state": "staging",
            "files": entries,
        }
        try:
            _write_journal(journal, record)
            _fault("tx-intent")
            for number, item in enumerate(items):
                if item.data is None:
                    continue
                temp = _temp(item.path, self.id)
                _full_disk(number)
                _stage_file(temp, item.path, item.data)
                _fault(f"tx-staged-{number}")
            record["state"] = "committed"
            _write_journal(journal, record)
        except BaseException as exc:  # a refused write, a full disk, Ctrl-C: nothing changes
            for item in items:
                with contextlib.suppress(OSError):
                    _temp(item.path, self.id).unlink()
            with contextlib.suppress(OSError):
                journal.unlink()
            if isinstance(exc, OSError):
                raise _refusal(exc, self.what) from None
            raise
        _fault("tx-committed")
        try:
            _finish(self.root, record, after)
        except OSError as exc:  # the journal holds every file: the next command finishes it
            found = system_error(exc)
            stopped = Refused(str(found), hint=t("tx.finish_later", what=self.what))
            stopped.exit_code = found.exit_code if found is not None else stopped.exit_code
            raise stopped from exc  # (``--debug`` shows the system's error too)
        return changed


def _rel(rel: object, path: Path) -> str:
    return str(rel(path)) if callable(rel) else str(path)


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _temp(path: Path, tx_id: str) -> Path:
    return path.with_name(f".{path.name}.{tx_id}.tmp")


def _stage_file(temp: Path, target: Path, data: bytes) -> None:
    """``data`` in ``temp`` (beside ``target``, with its mode), flushed to disk."""
    temp.parent.mkdir(parents=True, exist_ok=True)
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _full_disk(number: int) -> None:
    """A full disk at the ``number``-th staged file, when the crash tests ask for it
    (``REGELSYN_FAULT=tx-enospc-<number>``)."""
    if os.environ.get("REGELSYN_FAULT") == f"tx-enospc-{number}":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _write_journal(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ignore = path.parent.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# regelsyn's local cache and drafts: never committed\n*\n")
    temp = path.with_suffix(".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    _fsync_dir(path.parent)


def _finish(root: Path, record: dict[str, Any], after: After | None = None) -> list[str]:
    """Steps 5 to 7 for a committed journal; the files that could not be finished."""
    stuck = []
    folders = set()
    for number, entry in enumerate(record["files"]):
        target = root / entry["rel"]
        folders.add(target.parent)
        if entry["temp"] is None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            continue
        temp = root / entry["temp"]
        if temp.exists():
            os.replace(temp, target)
            _fault(f"tx-applied-{number}")
        else:
            now = _bytes(target)
            if now is None or digest(now) != entry["new"]:
                stuck.append(str(entry["rel"]))
    for folder in folders:
        _fsync_dir(folder)
    if after is not None:
        done = [str(entry["rel"]) for entry in record["files"] if entry["rel"] not in stuck]
        after(done, str(record.get("message") or record["what"]), record.get("on_behalf"))
    journal = root / ".regelsyn" / JOURNAL_DIR / f"{record['id']}.json"
    journal.unlink(missing_ok=True)
    _fsync_dir(journal.parent)
    return stuck


def _refusal(exc: OSError, what: str) -> Refused:
    """A write that failed before the commit, said truthfully: nothing was changed."""
    where = exc.filename or ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Refused(t("tx.disk_full", what=what), hint=t("tx.nothing_changed"))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Refused(t("tx.no_permission", what=what, path=where), hint=t("tx.nothing_changed"))
    found = system_error(exc)
    return Refused(t("tx.failed", what=what, reason=str(found)), hint=t("tx.nothing_changed"))


def recover(root: Path, after: After | None = None) -> list[str]:
    """Finish or roll back the transactions an interrupted command left; what was done, said
    for the person at the terminal (nothing when there was nothing to do)."""
    folder = root / ".regelsyn" / JOURNAL_DIR
    if not folder.is_dir():
        return []
    said = []
    for journal in sorted(folder.glob("*.json")):
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
            files = record["files"]
            what = str(record["what"])
        except (OSError, ValueError, KeyError, TypeError):
            journal.unlink(missing_ok=True)
            continue
        if record.get("state") == "committed":
            stuck = _finish(root, record, after)
            said.append(t("tx.finished", what=what))
            said += [t("tx.stuck", path=path) for path in stuck]
        else:
            for entry in files:
                if entry.get("temp"):
                    (root / entry["temp"]).unlink(missing_ok=True)
            journal.unlink(missing_ok=True)
            said.append(t("tx.rolled_back", what=what))
    for stray in folder.glob("*.tmp"):
        stray.unlink(missing_ok=True)
    return said
