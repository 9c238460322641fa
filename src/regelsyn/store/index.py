"""The index cache, ``.regelsyn/index.sqlite``: each file's validated record and its facts,
keyed by path, size, mtime, ctime and inode.

The cache is never a source of truth. A file whose size, mtime, ctime or inode changed is read
again. A file whose times are too recent to vouch for it (it could change again within the same
clock tick without its times showing it: git's "racy clean" files) is kept with a hash of its
bytes and served only while the hash matches. Every stored value has a checksum, and a row that
fails it is read again from its file. A deleted cache is rebuilt; a corrupt or foreign-version
cache is rebuilt with one warning; a cache that cannot be written (a full disk) is left as it is
for the run, with one plain warning. Reads of unchanged files need neither YAML nor pydantic.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any

from regelsyn import __version__
from regelsyn.model.finding import Finding
from regelsyn.store.packing import RULE_MARK

INDEX_FILE = "index.sqlite"
FORMAT = f"14:{__version__}"
# How much earlier than the moment of writing a file's times may read: 2 s on FAT, 1 s on ext3,
# HFS+ and some NFS servers, plus a margin for the kernel's coarse clock and a little clock skew.
RACY_NS = 3_000_000_000
KEY = "size = ? AND mtime_ns = ? AND ctime_ns = ? AND ino = ?"
HELD = -2  # the checksum given for a value not read (see Index.entries)


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
    ctime_ns: int = 0
    digest: bytes | None = None  # a hash of the file, kept while its times are too recent to trust

    def finding_objects(self) -> list[Finding]:
        return [Finding(**item) for item in self.findings]

    def key(self) -> tuple[int, int, int, int]:
        return self.size, self.mtime_ns, self.ctime_ns, self.ino


Parser = Callable[[Path, str], Entry]


def checksum(text: str | None) -> int:
    """The checksum kept beside each stored value (-1 for none)."""
    return -1 if text is None else zlib.crc32(text.encode())


_troubled: set[str] = set()  # caches that failed to write in this process, until one write works


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
                try:
                    ignore.write_text("# regelsyn's local cache and drafts: never committed\n*\n")
                except OSError:
                    ignore.unlink(missing_ok=True)  # not left empty: git would see the cache
                    raise
            self.db = self._open()
        except (OSError, sqlite3.Error) as exc:
            self._trouble(exc)

    def _open(self) -> sqlite3.Connection:
        """The database, created when new; rebuilt (with one warning) when damaged or written by
        another version. Raises when it can be neither read nor created."""
        try:
            db = self._connect()
            try:
                found = _format(db)
            except sqlite3.Error:
                db.close()
                raise
        except sqlite3.Error as exc:
            if not _damaged(exc):
                raise
            return self._rebuild()
        if found == FORMAT:
            return db
        if found:
            db.close()
            return self._rebuild()
        _create(db)  # new, or its creation was cut short (a full disk): nothing to say
        return db

    def _rebuild(self) -> sqlite3.Connection:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        from regelsyn.i18n import t

        self.warn(t("cache.rebuilt", path=str(self.path)))
        db = self._connect()
        _create(db)
        return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            # the journal mode stays with the file: asking costs little, setting it again costs
            # more than the rest of a warm read (``learn`` opens hundreds of caches)
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _trouble(self, exc: BaseException) -> None:
        """After a failure to use the cache. Another process writing is no trouble (the next
        run fills in what is missing). Damage found in the middle of a run removes the cache
        (the next use creates it again). Anything else (a full disk, no permission) is said once
        and the rest of this use reads the files."""
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return
        self.close()
        if isinstance(exc, sqlite3.Error) and _damaged(exc):
            with suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return
        if str(self.path) not in _troubled:
            _troubled.add(str(self.path))
            from regelsyn.i18n import t

            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
            self.warn(t("cache.unusable", path=str(self.path), reason=reason))

    def _rows(self, query: str, params: Any) -> list[Any]:
        if self.db is None:
            return []
        try:
            return self.db.execute(query, params).fetchall()
        except sqlite3.Error as exc:
            self._trouble(exc)
            return []

    def _write(self, *statements: tuple[str, list[Any]]) -> None:
        """Run each statement for each of its rows, all in one transaction."""
        if self.db is None or not any(rows for _, rows in statements):
            return
        try:
            with _transaction(self.db):
                for query, rows in statements:
                    if rows:
                        self.db.executemany(query, rows)
        except sqlite3.Error as exc:
            self._trouble(exc)
            return
        _troubled.discard(str(self.path))

    def entries(
        self,
        prefix: str,
        *,
        fragments: bool = False,
        facts: bool = True,
        rels: list[str] | None = None,
    ) -> dict[str, Entry]:
        """The cached entries under ``prefix`` (or only those of ``rels``). The (large) JSON
        fragments only when asked: else an entry's fragment is "" where the cache holds one.
        Without ``facts``, a valid record's facts are "" (:meth:`facts` reads them), and what
        ``check`` kept is read instead (with them, ``checked`` is None). A row that fails a
        checksum is left out."""
        held = "CASE WHEN {0} IS NULL THEN NULL ELSE '' END"
        lean = not (facts or fragments)  # what check reads
        columns = [
            "rel, size, mtime_ns, ino, lang",
            "facts" if facts else held.format("facts"),
            "findings",
            "fragment" if fragments else held.format("fragment"),
            "ctime_ns, digest, findings_sum",
        ]
        if lean:
            columns.append("checked, checked_sum")
        else:  # a large value is checked in its UTF-8 bytes (cheaper than encoding it again)
            read, unread = "CAST({0} AS BLOB), {0}_sum", f"NULL, {HELD}"
            columns.append((read if facts else unread).format("facts"))
            columns.append((read if fragments else unread).format("fragment"))
        select = f"SELECT {', '.join(columns)} FROM files WHERE "
        if rels is None:
            queries = [(select + "rel >= ? AND rel < ?",
                        [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)])]  # fmt: skip
        else:
            chunks = [rels[start : start + 500] for start in range(0, len(rels), 500)]
            queries = [(select + f"rel IN ({','.join('?' * len(c))})", c) for c in chunks]
        if self.db is None:
            return {}
        found: dict[str, Entry] = {}
        try:
            for query, params in queries:
                try:  # row by row, so that the rows (text and bytes) are not all held at once
                    found.update(_entries(self.db.execute(query, params), lean))
                except (AttributeError, TypeError, ValueError):  # a value of the wrong type
                    for row in self.db.execute(query, params):
                        with suppress(AttributeError, TypeError, ValueError):
                            found.update(_entries([row], lean))
        except sqlite3.Error as exc:
            self._trouble(exc)
            return {}
        return found

    def facts(self, rels: list[str]) -> dict[str, Any]:
        """The facts of these entries (for those read without them)."""
        return {
            rel: json.loads(data) if data and data[0] != RULE_MARK else data
            for rel, data in self._column("facts", rels)
        }

    def fragments(self, rels: list[str], root: Path) -> dict[str, str | None]:
        """The JSON of these entries, where the entry still describes its file (``root`` /
        rel): its size, times and inode, and the hash of a file too recent to vouch for. The
        others are left out, to be read from their files: a refresh may have parsed a file
        and not been able to keep what it read (a full disk, another process writing)."""
        found = {}
        for rel, text, size, mtime_ns, ctime_ns, ino, hashed in self._column(
            "fragment", rels, ", size, mtime_ns, ctime_ns, ino, digest"
        ):
            path = os.path.join(root, rel)
            try:
                info = os.stat(path)
            except OSError:
                continue
            if (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) != (
                size, mtime_ns, ctime_ns, ino,
            ):  # fmt: skip
                continue
            if hashed is not None and digest(path) != hashed:
                continue
            found[rel] = text
        return found

    def _column(self, column: str, rels: list[str], more: str = "") -> list[Any]:
        """One column of these entries, and the ``more`` columns, as rows that start with the
        path. A damaged row is left out and forgotten, so that the next refresh reads its file
        again."""
        rows = []
        for start in range(0, len(rels), 500):
            chunk = rels[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT rel, {column}, {column}_sum{more} FROM files WHERE rel IN ({marks})"
            rows += self._rows(query, chunk)
        intact = [(rel, text, *rest) for rel, text, stored, *rest in rows if _intact(text, stored)]
        kept = {row[0] for row in intact}
        self._write(("DELETE FROM files WHERE rel = ?", [(r,) for r, *_ in rows if r not in kept]))
        return intact

    def store(self, new: list[Entry], gone: list[str], settled: list[Entry] | None = None) -> None:
        """Keep the ``new`` entries and drop the ``gone`` ones; the ``settled`` ones (whose hash
        held, and whose times are now old enough to trust) are no longer hashed."""
        rows = []
        for e in new:
            facts = (
                e.facts if isinstance(e.facts, str)
                else json.dumps(e.facts, ensure_ascii=False) if e.facts is not None
                else None
            )  # fmt: skip
            findings = json.dumps(e.findings, ensure_ascii=False)
            found = checksum(findings) if e.findings else None  # none for "[]" (quicker to read)
            rows.append((e.rel, *e.key(), e.lang, e.digest, facts, checksum(facts), findings,
                         found, e.fragment, checksum(e.fragment), e.checked,
                         checksum(e.checked)))  # fmt: skip
        self._write(
            ("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows),
            ("DELETE FROM files WHERE rel = ?", [(rel,) for rel in gone]),
            (
                f"UPDATE files SET digest = NULL WHERE rel = ? AND {KEY} AND digest = ?",
                [(e.rel, *e.key(), e.digest) for e in settled or []],
            ),
        )

    def context_id(self, key: str) -> str:
        """A short name for a context ``key`` (kept in the cache, so that each entry does not
        repeat the whole key); "" without a cache."""
        query = "SELECT rowid FROM contexts WHERE key = ?"
        rows = self._rows(query, (key,))
        if not rows and self.db is not None:
            self._write(("INSERT OR IGNORE INTO contexts VALUES (?)", [(key,)]))
            rows = self._rows(query, (key,))
        return f"c{rows[0][0]}" if rows else ""

    def store_checked(self, entries: list[Entry]) -> None:
        """Keep what ``check`` found in these entries, unless their files changed meanwhile."""
        query = (
            f"UPDATE files SET checked = ?, checked_sum = ? WHERE rel = ? AND {KEY} AND digest IS ?"
        )
        rows = [(e.checked, checksum(e.checked), e.rel, *e.key(), e.digest) for e in entries]
        self._write((query, rows))

    def blob_facts(self, blobs: list[str]) -> dict[str, str]:
        """What the cache knows of these past versions (by blob id). A damaged row is left out
        and forgotten, so that the version is read from git again."""
        rows = []
        for start in range(0, len(blobs), 500):
            chunk = blobs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT blob, facts, facts_sum FROM blobs WHERE blob IN ({marks})"
            rows += self._rows(query, chunk)
        intact = {blob: str(text) for blob, text, stored in rows if _intact(text, stored)}
        self._write(
            ("DELETE FROM blobs WHERE blob = ?", [(b,) for b, *_ in rows if b not in intact])
        )
        return intact

    def store_blob_facts(self, found: dict[str, str]) -> None:
        rows = [(blob, facts, checksum(facts)) for blob, facts in found.items()]
        self._write(("INSERT OR REPLACE INTO blobs VALUES (?, ?, ?)", rows))

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _entries(rows: Iterable[Any], lean: bool) -> dict[str, Entry]:
    """Entries from rows of :meth:`Index.entries`, less those that fail a checksum (damaged:
    their files are read again). One comprehension each way: this is the warm path."""
    loads, crc, mark = json.loads, zlib.crc32, RULE_MARK
    if lean:
        return {
            rel: Entry(rel, size, mtime_ns, ino, lang, data, loads(found) if found != "[]" else [],
                       fragment, checked, ctime_ns, digest)
            for (rel, size, mtime_ns, ino, lang, data, found, fragment, ctime_ns, digest, found_sum,
                 checked, checked_sum) in rows
            if ((found_sum is None and found == "[]") or found_sum == checksum(found))
            and checked_sum == (-1 if checked is None else crc(checked.encode()))
        }  # fmt: skip
    return {
        rel: Entry(rel, size, mtime_ns, ino, lang,
                   loads(data) if data and data[0] != mark else data,
                   loads(found) if found != "[]" else [], fragment, None, ctime_ns, digest)
        for (rel, size, mtime_ns, ino, lang, data, found, fragment, ctime_ns, digest, found_sum,
             data_bytes, data_sum, fragment_bytes, fragment_sum) in rows
        if ((found_sum is None and found == "[]") or found_sum == checksum(found))
        and (data_sum == HELD or data_sum == (-1 if data_bytes is None else crc(data_bytes)))
        and (fragment_sum == HELD
             or fragment_sum == (-1 if fragment_bytes is None else crc(fragment_bytes)))
    }  # fmt: skip


def _intact(text: Any, stored: Any) -> bool:
    try:
        return bool(stored == checksum(text))
    except (AttributeError, TypeError):  # a value of the wrong type
        return False


def _damaged(exc: sqlite3.Error) -> bool:
    """Whether an error says the file is not a sound cache of this shape (rather than that it
    cannot be read or written just now)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_ERROR, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _format(db: sqlite3.Connection) -> str:
    """The format a cache was written in; "" for an empty database."""
    if db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None:
        return ""
    row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    return str(row[0]) if row else "?"


def _create(db: sqlite3.Connection) -> None:
    with _transaction(db):
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, size INTEGER, "
            "mtime_ns INTEGER, ctime_ns INTEGER, ino INTEGER, lang TEXT, digest BLOB, "
            "facts TEXT, facts_sum INTEGER, findings TEXT, findings_sum INTEGER, "
            "fragment TEXT, fragment_sum INTEGER, checked TEXT, checked_sum INTEGER)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS contexts (key TEXT PRIMARY KEY)")
        # what a past version of a rule held (by git blob id: it never changes)
        db.execute(
            "CREATE TABLE IF NOT EXISTS blobs "
            "(blob TEXT PRIMARY KEY, facts TEXT, facts_sum INTEGER)"
        )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """All or nothing; a failed commit (a full disk) is rolled back too, so that no lock is
    left held."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


def scan(
    folder: Path, root: Path, strays: list[str] | None = None
) -> list[tuple[str, str, os.stat_result]]:
    """Every ``.yaml`` record in ``folder``: path, path relative to the registry, stat. Other
    files that are not hidden are added to ``strays`` (their relative paths), when given.

    Names are looked up in the open folder where the system allows it, so that the kernel does
    not walk the whole path again for each of thousands of files."""
    found = []
    prefix = folder.name + "/"
    base = os.path.join(folder, "")
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if _BY_FD else None
        names = os.listdir(folder if fd is None else fd)
    except (FileNotFoundError, NotADirectoryError):
        return []
    stat = os.stat
    try:
        for name in names:
            if name.startswith("."):
                continue
            try:
                info = stat(base + name) if fd is None else stat(name, dir_fd=fd)
            except OSError:
                continue
            if not S_ISREG(info.st_mode):
                continue
            if name.endswith(".yaml"):
                found.append((base + name, prefix + name, info))
            elif strays is not None:
                strays.append(prefix + name)
    finally:
        if fd is not None:
            os.close(fd)
    found.sort(key=lambda row: row[1])
    if strays is not None:
        strays.sort()
    return found


_BY_FD = os.stat in os.supports_dir_fd and os.listdir in os.supports_fd


def digest(path: str) -> bytes:
    """A hash of the file's bytes; b"" when it cannot be read (which matches nothing)."""
    try:  # hashlib's own BLAKE2, without hashlib loading OpenSSL (4 MiB) for one hash
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b
    try:
        with open(path, "rb") as handle:
            return blake2b(handle.read(), digest_size=16).digest()
    except OSError:
        return b""


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
    only: list[tuple[str, str, os.stat_result]] | None = None,
) -> list[Entry]:
    """The entries of every record in ``folder`` (or of the one file ``single`` at the root,
    or of the files ``only``, as :func:`scan` gives them); only changed files are parsed.

    A file is "racy" when its mtime or ctime is within :data:`RACY_NS` of the moment before it
    was looked at: it may change again without its size or times showing it. Its entry keeps a
    hash of the bytes (taken before parsing, so a change during the parse shows as a mismatch),
    and is trusted only while the hash matches; once the times are old enough, the hash is
    dropped and the entry is trusted by its key alone.
    """
    since = time.time_ns() - RACY_NS  # taken before any file is looked at
    if single is not None:
        try:
            files = [(str(root / single), single, (root / single).stat())]
        except OSError:
            files = []
        known = {k: v for k, v in index.entries(single).items() if k == single}
    elif only is not None:
        files = only
        rels = [rel for _, rel, _ in only]
        known = index.entries(f"{folder.name}/", fragments=fragments, facts=facts, rels=rels)
    else:
        files = scan(folder, root, strays)
        known = index.entries(f"{folder.name}/", fragments=fragments, facts=facts)
    result: list[Entry | None] = []
    stale: list[tuple[int, str, str, os.stat_result]] = []
    settled: list[Entry] = []
    for path, rel, stat in files:
        entry = known.pop(rel, None)
        if entry is not None and not (
            entry.size == stat.st_size
            and entry.mtime_ns == stat.st_mtime_ns
            and entry.ctime_ns == stat.st_ctime_ns
            and entry.ino == stat.st_ino
            and (entry.lang == lang or not entry.findings)
            and (not fragments or entry.facts is None or entry.fragment is not None)
        ):
            entry = None
        if entry is not None and entry.digest is not None:
            if not entry.digest or digest(path) != entry.digest:
                entry = None
            elif stat.st_mtime_ns < since and stat.st_ctime_ns < since:
                settled.append(entry)
        if entry is None:
            stale.append((len(result), path, rel, stat))
        result.append(entry)
    hashes = [
        digest(path) if stat.st_mtime_ns >= since or stat.st_ctime_ns >= since else None
        for _, path, _, stat in stale
    ]
    new = _parse_all(stale, parse, many)
    for (slot, _, _, stat), entry, hashed in zip(stale, new, hashes, strict=True):
        entry.size, entry.mtime_ns, entry.ctime_ns, entry.ino = (
            stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino,
        )  # fmt: skip
        entry.lang, entry.digest = lang, hashed
        result[slot] = entry
    index.store(new, list(known), settled)
    for entry in settled:
        entry.digest = None
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

    from regelsyn.store.pool import workers as pool_of

    size = -(-len(jobs) // (workers * 4))
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with pool_of(workers, method) as pool:
        return [entry for chunk in pool.map(many(), chunks) for entry in chunk]
