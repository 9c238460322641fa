"""The cache never serves a stale record (DESIGN.md §6): not for a file saved twice within one
timestamp tick (git's "racy clean" files), nor for a change that shows in one part of the key
only, nor from a damaged row, nor in another language; and a cache that cannot be written is
simply not used."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from regelsyn.store import index as index_module
from tests.helpers import GOOD_RULE, MINIMAL_CONFIG, Run, build_tree, run

CACHE = Path(".regelsyn") / "index.sqlite"
SECOND = 1_000_000_000
CONNECT = sqlite3.connect  # the real one, for the tests' own look into the cache


class Coarse:
    """``os.stat`` of a file system that keeps times in ticks of ``tick`` ns (whole seconds on
    FAT, HFS+, ext3 and some NFS servers). With ``ctime_is_mtime`` the ctime tells nothing the
    mtime does not (so only the size, mtime and inode are left to see a change); ``ctime`` pins
    the ctime of files by name. Only ``.yaml`` files are affected."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, tick: int = SECOND, ctime_is_mtime: bool = False
    ) -> None:
        self.tick = tick
        self.ctime_is_mtime = ctime_is_mtime
        self.ctime: dict[str, int] = {}
        real = os.stat

        def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            info = real(path, *args, **kwargs)
            if isinstance(path, int) or not os.fspath(path).endswith(".yaml"):
                return info
            return self.coarse(info, os.path.basename(os.fspath(path)))

        monkeypatch.setattr(os, "stat", stat)

    def coarse(self, info: os.stat_result, name: str) -> os.stat_result:
        mtime = info.st_mtime_ns // self.tick * self.tick
        ctime = mtime if self.ctime_is_mtime else info.st_ctime_ns // self.tick * self.tick
        ctime = self.ctime.get(name, ctime)
        kept = ("st_atime", "st_atime_ns", "st_blksize", "st_blocks", "st_rdev")
        named = {field: getattr(info, field) for field in kept if hasattr(info, field)}
        times = {"st_mtime": mtime / SECOND, "st_mtime_ns": mtime}
        times |= {"st_ctime": ctime / SECOND, "st_ctime_ns": ctime}
        return os.stat_result(tuple(info)[:10], named | times)


def fresh(registry: Path, *args: str) -> Run:
    """What ``regelsyn ARGS`` says with no cache: run on a copy of the registry without its
    ``.regelsyn`` (the cache under test is left as it is)."""
    scratch = Path(tempfile.mkdtemp(prefix="regelsyn-fresh-")) / "copy"
    try:
        shutil.copytree(registry, scratch, ignore=shutil.ignore_patterns(".regelsyn"))
        return run(*args, registry=scratch)
    finally:
        shutil.rmtree(scratch.parent, ignore_errors=True)


def same(registry: Path, *args: str) -> Run:
    """Run ``regelsyn ARGS`` and assert it says what it says without a cache."""
    result = run(*args, registry=registry)
    expected = fresh(registry, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (
        expected.exit_code,
        expected.stdout,
        expected.stderr.replace(str(registry.parent / "copy"), str(registry)),
    )
    return result


def titles(result: Run) -> dict[str, str]:
    return {rule["id"]: rule["title"] for rule in json.loads(result.stdout)}


def rows(registry: Path, query: str, *params: Any) -> list[Any]:
    with CONNECT(registry / CACHE) as db:
        return db.execute(query, params).fetchall()


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in place (same inode)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


RULE = "rengoering-log"
LIST = ("rule", "list", "--format", "json")


# -- racy timestamps ------------------------------------------------------------------------


@pytest.mark.parametrize("ctime_shows", [True, False], ids=["real-ctime", "ctime-as-mtime"])
def test_a_record_saved_twice_within_one_tick_is_read_again(
    example: Path, monkeypatch: pytest.MonkeyPatch, ctime_shows: bool
) -> None:
    """Two saves of the same size within one timestamp tick, around a ``rule list``: the second
    list reads the second version. Without a ctime to tell them apart, the two versions look
    the same in every part of the key, and only the hash kept for a racy entry tells."""
    if not ctime_shows:
        Coarse(monkeypatch, tick=1, ctime_is_mtime=True)
    path = example / "rules" / f"{RULE}.yaml"
    text = path.read_text(encoding="utf-8")
    tick = time.time_ns() // SECOND * SECOND
    inode = path.stat().st_ino
    reports = []
    for mark, minutes in (("Aaaa", 5), ("Bbbb", 6)):
        version = text.replace("title: ", f"title: {mark} ").replace(
            "minutes: 4,", f"minutes: {minutes},"
        )
        path.write_text(version, encoding="utf-8")
        os.utime(path, ns=(tick, tick))
        assert (path.stat().st_size, path.stat().st_ino) == (len(version.encode()), inode)
        assert titles(same(example, *LIST))[RULE].startswith(mark)
        reports.append(same(example, "report", "--format", "json").stdout)
        same(example, "check")
    assert reports[0] != reports[1]


def test_racy_entries_are_hashed_until_their_times_are_old_enough(
    minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files written just now are confirmed by their hash on each run; once a run comes long
    enough after their times, the hash is dropped, and an unchanged registry hashes nothing."""
    build_tree(
        minimal, {f"rules/r{n:02d}.yaml": GOOD_RULE.format(id=f"r{n:02d}") for n in range(30)}
    )
    hashed: list[str] = []
    real_digest = index_module.digest

    def digest(path: str) -> bytes:
        hashed.append(path)
        return real_digest(path)

    monkeypatch.setattr(index_module, "digest", digest)
    first = run(*LIST, registry=minimal)
    racy = rows(minimal, "SELECT COUNT(*) FROM files WHERE digest IS NOT NULL")[0][0]
    assert racy == 31  # the 30 rules and regelsyn.yaml, all written a moment ago
    hashed.clear()
    assert run(*LIST, registry=minimal).stdout == first.stdout
    assert len(set(hashed)) == 31  # still too recent: confirmed by their hash again
    real_now = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real_now() + 10 * SECOND)
    hashed.clear()
    assert run(*LIST, registry=minimal).stdout == first.stdout
    assert len(set(hashed)) == 31  # confirmed once more, and now old enough to trust
    assert rows(minimal, "SELECT COUNT(*) FROM files WHERE digest IS NOT NULL") == [(0,)]
    hashed.clear()
    assert run(*LIST, registry=minimal).stdout == first.stdout
    run("check", registry=minimal)
    assert hashed == []


# -- each part of the key -------------------------------------------------------------------

OLD = 1_600_000_000 * SECOND  # September 2020: no file is racy
KEY = {"size": "st_size", "mtime": "st_mtime_ns", "ctime": "st_ctime_ns", "inode": "st_ino"}


@pytest.mark.parametrize("part", list(KEY))
def test_a_change_in_one_part_of_the_key_alone_is_seen(
    example: Path, monkeypatch: pytest.MonkeyPatch, part: str
) -> None:
    """An edit that keeps every part of a file's key but one (size, mtime, ctime or inode) is
    read again. The file's times are far in the past, so it is not racy: the key decides."""
    coarse = Coarse(monkeypatch, tick=1)
    path = example / "rules" / f"{RULE}.yaml"
    coarse.ctime[path.name] = OLD
    edit(path, "title: ", "title: Aaaa ")
    os.utime(path, ns=(OLD, OLD))
    before = os.stat(path)
    assert "Aaaa " in titles(run(*LIST, registry=example))[RULE]
    digest = rows(example, "SELECT digest FROM files WHERE rel = ?", f"rules/{RULE}.yaml")
    assert digest == [(None,)]
    edit(path, "title: Aaaa ", "title: Bbbb ")
    if part == "size":
        edit(path, "minutes: 4,", "minutes: 40,")
    if part == "inode":  # a new file put in its place (a new inode: the old one is in use)
        new = path.with_name(".new.yaml")
        new.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        os.replace(new, path)
    os.utime(path, ns=(OLD, OLD + SECOND if part == "mtime" else OLD))
    if part == "ctime":  # as a chmod would
        coarse.ctime[path.name] = OLD + SECOND
    after = os.stat(path)
    assert [n for n in KEY.values() if getattr(before, n) != getattr(after, n)] == [KEY[part]]
    assert "Bbbb " in titles(same(example, *LIST))[RULE]


def test_a_name_beyond_the_basic_plane_is_served_from_the_cache(example: Path) -> None:
    """Names that start with a character beyond U+FFFF (an emoji) sort after "rules/\\uffff" in
    sqlite: they must still be found under "rules/", not parsed again on every run."""
    build_tree(example, {"rules/\U0001f600.yaml": GOOD_RULE.format(id="smil")})
    run(*LIST, registry=example)
    cache = index_module.Index(example / ".regelsyn", print)
    try:
        assert "rules/\U0001f600.yaml" in cache.entries("rules/", fragments=True)
    finally:
        cache.close()


# -- damaged rows ---------------------------------------------------------------------------


def _flip(text: str) -> str:
    """One character changed, so that the value still reads (a title, a date) but is wrong."""
    for old, new in (("Daglig", "Dbglig"), ("2026-12-01", "2027-12-01"), ("text", "texx")):
        if old in text:
            return text.replace(old, new, 1)
    return text[:-1] + chr(ord(text[-1]) ^ 1)


@pytest.mark.parametrize(
    ("column", "command"),
    [
        ("fragment", LIST),  # read with the entries
        ("facts", ("rule", "list")),
        ("findings", ("check",)),
        ("checked", ("check",)),
        ("facts", ("check", "ON-ITS-OWN")),  # read on its own: no kept findings fit
    ],
)
def test_a_damaged_row_is_read_from_its_file_again_without_a_word(
    example: Path, column: str, command: tuple[str, ...]
) -> None:
    rel = f"rules/{RULE}.yaml"
    if column == "findings":  # a broken file, whose findings are kept
        edit(example / rel, "kind: documentation", "kind: dokumentation")
    run(*LIST, registry=example)
    run("check", registry=example)
    ((value,),) = rows(example, f"SELECT {column} FROM files WHERE rel = ?", rel)
    assert value
    with CONNECT(example / CACHE) as db:
        db.execute(f"UPDATE files SET {column} = ? WHERE rel = ?", (_flip(value), rel))
        if "ON-ITS-OWN" in command:  # check then reads the facts alone (kept findings hold no
            # language any more, so a change of language would not make it read them)
            db.execute("UPDATE files SET checked = NULL WHERE rel = ?", (rel,))
            command = tuple(part for part in command if part != "ON-ITS-OWN")
    assert same(example, *command).stderr == ""
    # read again, or (when read on its own) forgotten until the next command reads the file
    assert rows(example, f"SELECT {column} FROM files WHERE rel = ?", rel) in ([(value,)], [])


def test_values_of_the_wrong_type_are_damage_too(example: Path) -> None:
    run(*LIST, registry=example)
    run("check", registry=example)
    with CONNECT(example / CACHE) as db:
        db.execute("UPDATE files SET fragment = 7 WHERE rel = ?", (f"rules/{RULE}.yaml",))
        db.execute(
            "UPDATE files SET checked = x'00ff' WHERE rel = 'rules/faldrisikoscreening.yaml'"
        )
        db.execute("UPDATE files SET findings = NULL WHERE rel = 'rules/ugentlig-vejning.yaml'")
    assert same(example, *LIST).stderr == ""
    assert same(example, "check").stderr == ""


# -- language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "broken",
    [{"rules/bad.yaml": "id: bad\ntitle: x\nkind: nonsense\n"},
     {"rules/bad.yaml": "id: [bad\n"},
     {"regelsyn.yaml": None}],
    ids=["invalid-rule", "unreadable-rule", "invalid-settings"],
)  # fmt: skip
@pytest.mark.parametrize("command", [("check",), LIST, ("report",)], ids=" ".join)
def test_findings_are_always_in_the_language_of_the_run(
    example: Path, broken: dict[str, str | None], command: tuple[str, ...]
) -> None:
    if "regelsyn.yaml" in broken:
        edit(example / "regelsyn.yaml", "local_level:", "local_levelx:")
    else:
        build_tree(example, broken)  # type: ignore[arg-type]
    said = {}
    for lang in ("en", "da", "nb", "en"):
        result = same(example, "--lang", lang, *command)
        assert result.exit_code != 0
        said[lang] = result.stdout + result.stderr
    assert len(set(said.values())) == 3
    danish = same(example, *command)  # in the registry's own language: Danish
    assert danish.stdout + danish.stderr == said["da"]


# -- a cache that cannot be written ---------------------------------------------------------


def _full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    error.sqlite_errorname = "SQLITE_FULL"
    return error


class FullDisk:
    """A connection on a full disk: every write fails; with ``opening``, so does setting up the
    write-ahead log when the cache is opened (sqlite grows its shared-memory file then)."""

    def __init__(self, db: sqlite3.Connection, opening: bool) -> None:
        self.db = db
        self.writes = ("INSERT", "UPDATE", "DELETE", "CREATE", "REPLACE")
        self.writes += ("PRAGMA JOURNAL_MODE",) if opening else ()

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(self.writes):
            raise _full()
        return self.db.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(self.writes):
            raise _full()
        return self.db.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def _disk_full(monkeypatch: pytest.MonkeyPatch, opening: bool = False) -> Callable[[], None]:
    def connect(*args: Any, **kwargs: Any) -> FullDisk:
        return FullDisk(CONNECT(*args, **kwargs), opening)

    monkeypatch.setattr(sqlite3, "connect", connect)
    return lambda: monkeypatch.setattr(sqlite3, "connect", CONNECT)


def _warning(registry: Path) -> str:
    return (
        f"Warning: The cache {registry / CACHE} could not be used (database or disk is full); "
        "the files are read directly instead."
    )


@pytest.mark.parametrize("opening", [False, True], ids=["writing-fails", "opening-fails"])
def test_a_full_disk_leaves_the_cache_alone_with_one_plain_warning(
    example: Path, monkeypatch: pytest.MonkeyPatch, opening: bool
) -> None:
    run("--lang", "en", "report", registry=example)
    size = (example / CACHE).stat().st_size
    edit(example / "rules" / f"{RULE}.yaml", "title: ", "title: Nyxq ")
    free = _disk_full(monkeypatch, opening)
    for number, command in enumerate([("report",), ("check",), LIST]):
        result = run("--lang", "en", *command, registry=example)
        expected = fresh(example, "--lang", "en", *command)
        assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout)
        # said once in the first run (in a process of its own, each run would say it once)
        assert result.err_lines == ([_warning(example)] if number == 0 else [])
    assert (example / CACHE).stat().st_size >= size  # left as it was, not deleted
    free()
    assert same(example, "--lang", "en", *LIST).stderr == ""
    assert rows(example, "PRAGMA integrity_check") == [("ok",)]
    assert rows(example, "SELECT COUNT(*) FROM files WHERE fragment LIKE '%Nyxq %'") == [(1,)]


@pytest.mark.parametrize("opening", [False, True], ids=["writing-fails", "opening-fails"])
def test_a_report_on_a_full_disk_says_so_once(
    example: Path, monkeypatch: pytest.MonkeyPatch, opening: bool
) -> None:
    free = _disk_full(monkeypatch, opening)
    result = run("--lang", "en", "report", registry=example)
    assert result.exit_code == 0
    assert result.err_lines == [_warning(example)]
    assert result.stdout == fresh(example, "--lang", "en", "report").stdout
    free()
    assert run("--lang", "en", "report", registry=example).stderr == ""  # created, silently
    assert rows(example, "SELECT COUNT(*) FROM files") == [(19,)]


# -- everything at once ---------------------------------------------------------------------

SLOTS = st.sampled_from(["a", "b"])
WORDS = st.text(alphabet="abcdefghij", min_size=6, max_size=6)  # one length: same-size edits
DIGITS = st.integers(1, 9)


class Clock:
    """A clock the test moves by hand, for the files and for the cache: a file's mtime and
    ctime are set from it in whole seconds (as FAT, HFS+ and ext3 keep them), and the cache's
    "now" is read from it. So two saves fall within one tick when the test says so, however
    slowly the machine runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 1_750_000_000 * SECOND + 123_456_789
        self.times: dict[str, tuple[int, int]] = {}  # file name → mtime, ctime
        real = os.stat

        def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            info = real(path, *args, **kwargs)
            name = "" if isinstance(path, int) else os.path.basename(os.fspath(path))
            if name not in self.times:
                return info
            mtime, ctime = self.times[name]
            named = {"st_atime_ns": info.st_atime_ns, "st_mtime_ns": mtime, "st_ctime_ns": ctime}
            return os.stat_result(tuple(info)[:10], named)

        monkeypatch.setattr(os, "stat", stat)
        monkeypatch.setattr(index_module, "time", SimpleNamespace(time_ns=lambda: self.now))

    @property
    def tick(self) -> int:
        return self.now // SECOND * SECOND

    def changed(self, path: Path, mtime: int | None = None) -> None:
        """The file was written (or its mtime set to ``mtime``) now: its ctime is now."""
        self.times[path.name] = (self.tick if mtime is None else mtime, self.tick)


class CacheAgainstFiles(RuleBasedStateMachine):
    """Random saves, same-size rewrites, restored and touched mtimes, deletions, damage to the
    cache and time passing, on a file system with one-second timestamps: ``rule list`` always
    lists what a fresh parse of the files gives."""

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.root = Path(tempfile.mkdtemp(prefix="regelsyn-machine-")) / "reg"
        build_tree(self.root, {"regelsyn.yaml": MINIMAL_CONFIG, "rules/.gitkeep": ""})
        clock.changed(self.root / "regelsyn.yaml")
        self.before: dict[str, int] = {}  # a file's mtime before its last save

    def teardown(self) -> None:
        shutil.rmtree(self.root.parent, ignore_errors=True)

    def path(self, slot: str) -> Path:
        return self.root / "rules" / f"{slot}.yaml"

    def _save(self, slot: str, text: str) -> None:
        path = self.path(slot)
        if path.exists():
            self.before[slot] = path.stat().st_mtime_ns
        path.write_text(text, encoding="utf-8")  # in place: the inode stays
        self.clock.changed(path)

    @rule(seconds=st.sampled_from([1, 4]))  # within the 3 s a file stays racy, and past it
    def time_passes(self, seconds: int) -> None:
        self.clock.now += seconds * SECOND

    @rule(
        slot=SLOTS, title=WORDS, minutes=DIGITS, kind=st.sampled_from(["rule"] * 3 + ["nonsense"])
    )
    def write(self, slot: str, title: str, minutes: int, kind: str) -> None:
        self._save(
            slot,
            f"id: {slot}\ntitle: {title}\nkind: {kind}\ntext: T.\n"
            f"owner: {{level: arbejdsplads, body: Ledelsen}}\n"
            f"burden: {{minutes: {minutes}, per_year: 10, people: 2}}\n",
        )

    @rule(slot=SLOTS, title=WORDS, minutes=DIGITS, keep_mtime=st.booleans())
    def rewrite_same_size(self, slot: str, title: str, minutes: int, keep_mtime: bool) -> None:
        """Another version of the same size; with ``keep_mtime``, as a tool that sets the mtime
        back would leave it (only the ctime shows the change)."""
        path = self.path(slot)
        if not path.exists():
            return
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[1] = f"title: {title}\n"
        lines[-1] = f"burden: {{minutes: {minutes}, per_year: 10, people: 2}}\n"
        size = path.stat().st_size
        self._save(slot, "".join(lines))
        assert path.stat().st_size == size
        if keep_mtime:
            self.restore_mtime(slot)

    @rule(slot=SLOTS)
    def restore_mtime(self, slot: str) -> None:
        if self.path(slot).exists() and slot in self.before:
            self.clock.changed(self.path(slot), mtime=self.before[slot])

    @rule(slot=SLOTS)
    def touch(self, slot: str) -> None:
        if self.path(slot).exists():
            self.clock.changed(self.path(slot))

    @rule(slot=SLOTS)
    def delete(self, slot: str) -> None:
        self.path(slot).unlink(missing_ok=True)
        self.clock.times.pop(self.path(slot).name, None)

    @rule(
        column=st.sampled_from(
            ["facts", "findings", "fragment", "fragment_sum", "rel", "size", "ctime_ns", "digest"]
        ),
        where=st.integers(0, 10_000),
    )
    def corrupt_the_cache(self, column: str, where: int) -> None:
        if not (self.root / CACHE).exists():
            return
        with CONNECT(self.root / CACHE) as db:
            found = db.execute(f"SELECT rowid, {column} FROM files WHERE {column} IS NOT NULL")
            items = found.fetchall()
            if not items:
                return
            rowid, value = items[where % len(items)]
            if isinstance(value, str) and value:
                at = where % len(value)
                value = value[:at] + chr(ord(value[at]) ^ 1) + value[at + 1 :]
            elif isinstance(value, bytes) and value:
                value = bytes([value[0] ^ 1]) + value[1:]
            elif isinstance(value, int):
                value ^= 1
            with suppress(sqlite3.IntegrityError):  # two rows would be one file: sqlite refuses
                db.execute(f"UPDATE files SET {column} = ? WHERE rowid = ?", (value, rowid))

    @rule()
    def list_rules(self) -> None:
        same(self.root, *LIST)

    @invariant()
    def listed_as_parsed(self) -> None:
        """After every step, ``rule list`` (which fills the cache as it goes) lists what parsing
        the files afresh gives (in-process here; :meth:`list_rules` compares whole runs)."""
        listed = json.loads(run(*LIST, registry=self.root).stdout)
        assert listed == parsed(self.root)


def parsed(root: Path) -> list[Any]:
    """Every valid rule in ``root`` parsed afresh, as ``rule list --format json`` writes it."""
    from regelsyn.model import Rule
    from regelsyn.store.reading import fragment
    from regelsyn.store.registry import Registry

    registry = Registry(root)
    records = [registry.read(path, Rule).record for path in (root / "rules").glob("*.yaml")]
    found = [json.loads(fragment(record)) for record in records if record is not None]
    return sorted(found, key=lambda record: record["id"])


def test_the_cache_always_agrees_with_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    run_state_machine_as_test(
        lambda: CacheAgainstFiles(clock),
        settings=settings(max_examples=25, stateful_step_count=15, deadline=None),
    )
