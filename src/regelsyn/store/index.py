"""The index cache, ``.regelsyn/index.sqlite``: each file's validated record and its facts,
keyed by path, size, mtime and inode.

The cache is never a source of truth: a file whose size, mtime or inode changed is read again,
a deleted cache is rebuilt, and a corrupt or foreign-version cache is rebuilt with one warning.
Reads of unchanged files need neither YAML nor pydantic.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any

from regelsyn import __version__
from regelsyn.model.finding import Finding
from regelsyn.store.packing import RULE_MARK

INDEX_FILE = "index.sqlite"
FORMAT = f"9:{__version__}"


@dataclass(slots=True)
class Entry:
    """One file as the index knows it."""

    rel: str
    size: int
    mtime_ns: int
    ino: int
    lang: str
    facts: dict[str, Any] | list[Any] | str | None
    findings: list[dict[str, Any]]
    fragment: str | None
    checked: str | None = None  # what ``check`` found in the record, for one context

    def finding_objects(self) -> list[Finding]:
        return [Finding(**item) for item in self.findings]


Parser = Callable[[Path, str], Entry]


class Index:
    """A sqlite table of entries; every failure to use it falls back to reading the files."""

    def __init__(self, cache_dir: Path, warn: Callable[[str], None]) -> None:
        self.path = cache_dir / INDEX_FILE
        self.warn = warn
        self.db: sqlite3.Connection | None = None
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            ignore = cache_dir / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# regelsyn's local cache and drafts: never committed\n*\n")
            self.db = self._open()
        except (OSError, sqlite3.Error):
            self.db = None

    def _open(self) -> sqlite3.Connection | None:
        if not self.path.exists():
            return self._connect(create=True)
        try:
            db = self._connect()
            row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row is None or row[0] != FORMAT:
                db.close()
                raise sqlite3.DatabaseError("foreign version")
            return db
        except sqlite3.DatabaseError:
            existed = self.path.exists()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            if existed:
                from regelsyn.i18n import t

                self.warn(t("cache.rebuilt", path=str(self.path)))
            return self._connect(create=True)

    def _connect(self, create: bool = False) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        if create:
            with self._transaction(db):
                db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, size INTEGER, "
                    "mtime_ns INTEGER, ino INTEGER, lang TEXT, facts TEXT, findings TEXT, "
                    "fragment TEXT, checked TEXT)"
                )
                db.execute("CREATE TABLE IF NOT EXISTS contexts (key TEXT PRIMARY KEY)")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
        return db

    @staticmethod
    @contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[None]:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def entries(
        self, prefix: str, *, fragments: bool = False, facts: bool = True
    ) -> dict[str, Entry]:
        """The cached entries under ``prefix``. The (large) JSON fragments only when asked: else
        an entry's fragment is "" where the cache holds one. Without ``facts``, a valid record's
        facts are "" (:meth:`facts` reads them)."""
        if self.db is None:
            return {}
        held = "CASE WHEN {0} IS NULL THEN NULL ELSE '' END"
        columns = (
            "rel, size, mtime_ns, ino, lang",
            "facts" if facts else held.format("facts"),
            "findings",
            "fragment" if fragments else held.format("fragment"),
            "checked",
        )
        try:
            rows = self.db.execute(
                f"SELECT {', '.join(columns)} FROM files WHERE rel >= ? AND rel < ?",
                (prefix, prefix + "\uffff"),
            ).fetchall()
        except sqlite3.Error:
            return {}
        loads = json.loads
        return {
            rel: Entry(
                rel,
                size,
                mtime_ns,
                ino,
                lang,
                loads(data) if data and data[0] != RULE_MARK else data,
                loads(findings) if findings != "[]" else [],
                fragment,
                checked,
            )
            for rel, size, mtime_ns, ino, lang, data, findings, fragment, checked in rows
        }

    def facts(self, rels: list[str]) -> dict[str, Any]:
        """The facts of these entries (for those read without them)."""
        return {
            rel: json.loads(data) if data and data[0] != RULE_MARK else data
            for rel, data in self._column("facts", rels).items()
        }

    def fragments(self, rels: list[str]) -> dict[str, str | None]:
        """The JSON of these entries (for those read without it)."""
        return self._column("fragment", rels)

    def _column(self, column: str, rels: list[str]) -> dict[str, Any]:
        if self.db is None or not rels:
            return {}
        rows = []
        try:
            for start in range(0, len(rels), 500):
                chunk = rels[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT rel, {column} FROM files WHERE rel IN ({marks})"
                rows += self.db.execute(query, chunk).fetchall()
        except sqlite3.Error:
            return {}
        return dict(rows)

    def store(self, new: list[Entry], gone: list[str]) -> None:
        if self.db is None or not (new or gone):
            return
        rows = [
            (
                e.rel,
                e.size,
                e.mtime_ns,
                e.ino,
                e.lang,
                (
                    e.facts
                    if isinstance(e.facts, str)
                    else json.dumps(e.facts, ensure_ascii=False)
                    if e.facts is not None
                    else None
                ),
                json.dumps(e.findings, ensure_ascii=False),
                e.fragment,
                e.checked,
            )
            for e in new
        ]
        try:
            with self._transaction(self.db):
                self.db.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?)", rows)
                self.db.executemany("DELETE FROM files WHERE rel = ?", [(r,) for r in gone])
        except sqlite3.Error:
            pass  # another process holds the lock: the next run fills it in

    def context_id(self, key: str) -> str:
        """A short name for a context ``key`` (kept in the cache, so that each entry does not
        repeat the whole key); "" without a cache."""
        if self.db is None:
            return ""
        try:
            query = "SELECT rowid FROM contexts WHERE key = ?"
            row = self.db.execute(query, (key,)).fetchone()
            if row is None:
                self.db.execute("INSERT OR IGNORE INTO contexts VALUES (?)", (key,))
                row = self.db.execute(query, (key,)).fetchone()
        except sqlite3.Error:
            return ""
        return f"c{row[0]}" if row else ""

    def store_checked(self, entries: list[Entry]) -> None:
        """Keep what ``check`` found in these entries, unless their files changed meanwhile."""
        if self.db is None or not entries:
            return
        rows = [(e.checked, e.rel, e.size, e.mtime_ns, e.ino) for e in entries]
        try:
            with self._transaction(self.db):
                self.db.executemany(
                    "UPDATE files SET checked = ? "
                    "WHERE rel = ? AND size = ? AND mtime_ns = ? AND ino = ?",
                    rows,
                )
        except sqlite3.Error:
            pass  # another process holds the lock: the next run fills it in

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def scan(
    folder: Path, root: Path, strays: list[str] | None = None
) -> list[tuple[str, str, os.stat_result]]:
    """Every ``.yaml`` record in ``folder``: path, path relative to the registry, stat. Other
    files that are not hidden are added to ``strays`` (their relative paths), when given."""
    found = []
    prefix = folder.name + "/"
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    stat = os.stat
    base = os.path.join(folder, "")
    for name in names:
        if name.startswith("."):
            continue
        path = base + name
        try:
            info = stat(path)
        except OSError:
            continue
        if not S_ISREG(info.st_mode):
            continue
        if name.endswith(".yaml"):
            found.append((path, prefix + name, info))
        elif strays is not None:
            strays.append(prefix + name)
    found.sort(key=lambda row: row[1])
    if strays is not None:
        strays.sort()
    return found


def refresh(
    index: Index,
    folder: Path,
    root: Path,
    lang: str,
    parse: Parser,
    *,
    single: str | None = None,
    fragments: bool = False,
    many: Callable[[], Callable[[list[tuple[str, str]]], list[Entry]]] | None = None,
    facts: bool = True,
    strays: list[str] | None = None,
) -> list[Entry]:
    """The entries of every record in ``folder`` (or of the one file ``single`` at the root);
    only changed files are parsed."""
    if single is not None:
        try:
            files = [(str(root / single), single, (root / single).stat())]
        except OSError:
            files = []
        known = {k: v for k, v in index.entries(single).items() if k == single}
    else:
        files = scan(folder, root, strays)
        known = index.entries(f"{folder.name}/", fragments=fragments, facts=facts)
    result: list[Entry | None] = []
    stale: list[tuple[int, str, str, os.stat_result]] = []
    for path, rel, stat in files:
        entry = known.pop(rel, None)
        fresh = (
            entry is not None
            and entry.size == stat.st_size
            and entry.mtime_ns == stat.st_mtime_ns
            and entry.ino == stat.st_ino
            and (entry.lang == lang or not entry.findings)
            and (not fragments or entry.facts is None or entry.fragment is not None)
        )
        if not fresh:
            stale.append((len(result), path, rel, stat))
            entry = None
        result.append(entry)
    new = _parse_all(stale, parse, many)
    for (slot, _, _, stat), entry in zip(stale, new, strict=True):
        entry.size, entry.mtime_ns, entry.ino, entry.lang = (
            stat.st_size,
            stat.st_mtime_ns,
            stat.st_ino,
            lang,
        )
        result[slot] = entry
    index.store(new, list(known))
    return [entry for entry in result if entry is not None]


PARALLEL_FROM = 400  # below this many changed files, starting workers costs more than it saves


def _parse_all(
    stale: list[tuple[int, str, str, os.stat_result]],
    parse: Parser,
    many: Callable[[], Callable[[list[tuple[str, str]]], list[Entry]]] | None,
) -> list[Entry]:
    """Parse the changed files; many of them are shared out over the machine's cores.

    ``many`` makes a picklable batch parser for the worker processes.
    """
    jobs = [(path, rel) for _, path, rel, _ in stale]
    workers = min(os.cpu_count() or 1, 4)
    if many is None or len(jobs) < PARALLEL_FROM or workers < 2:
        return [parse(Path(path), rel) for path, rel in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(jobs) // (workers * 4))
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        return [entry for chunk in pool.map(many(), chunks) for entry in chunk]
