"""The index cache is never a source of truth: what it serves always matches the files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from regelsyn.store.index import Index, refresh
from tests.helpers import GOOD_RULE, build_tree, copy_example, run

CACHE = Path(".regelsyn") / "index.sqlite"


def _check(registry: Path) -> tuple[int, str]:
    result = run("--lang", "en", "check", registry=registry)
    return result.exit_code, result.stdout


def _fresh_output(registry: Path) -> tuple[int, str]:
    """What check says with no cache at all."""
    for name in ("index.sqlite", "index.sqlite-wal", "index.sqlite-shm"):
        (registry / ".regelsyn" / name).unlink(missing_ok=True)
    return _check(registry)


def test_an_edit_is_seen_at_once(example: Path) -> None:
    first = _check(example)
    path = example / "rules" / "rengoering-log.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("level: arbejdsplads",
                    "level: arbejdspladsx"), encoding="utf-8")  # fmt: skip
    code, out = _check(example)
    assert code == 1
    assert "'arbejdspladsx' is not a level" in out
    assert (code, out) == _fresh_output(example)
    assert (code, out) != first


def test_an_edit_that_keeps_the_size_is_seen(example: Path) -> None:
    _check(example)
    path = example / "rules" / "rengoering-log.yaml"
    text = path.read_text(encoding="utf-8")
    stat = path.stat()
    path.write_text(text.replace("next_review: 2026-12-01", "next_review: 2026-01-01"), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert path.stat().st_size == stat.st_size
    code, out = _check(example)
    assert "rules/rengoering-log.yaml:16:14: next_review: the review was due on 2026-01-01" in out
    assert (code, out) == _fresh_output(example)


def test_a_rename_is_seen(example: Path) -> None:
    _check(example)
    (example / "rules" / "rengoering-log.yaml").rename(example / "rules" / "renamed.yaml")
    code, out = _check(example)
    assert code == 1
    assert (
        "rules/renamed.yaml:1:5: id: id 'rengoering-log' must be the same as the file name" in out
    )
    assert "rules/rengoering-log.yaml" not in out
    assert (code, out) == _fresh_output(example)


def test_a_git_checkout_is_seen(example: Path) -> None:
    def git(*args: str) -> None:
        env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@e.org",
               "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@e.org"}  # fmt: skip
        subprocess.run(["git", "-C", str(example), *args], check=True, env=env,
                       capture_output=True)  # fmt: skip

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "one")
    git("checkout", "-q", "-b", "other")
    path = example / "rules" / "ugentlig-vejning.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: measurement", "kind: x"))
    git("commit", "-qam", "broken")
    broken = _check(example)
    assert broken[0] == 1
    git("checkout", "-q", "main")
    assert _check(example) == _fresh_output(example)
    assert _check(example)[0] == 0
    git("checkout", "-q", "other")
    assert _check(example) == broken


def test_deleting_or_corrupting_the_cache_changes_nothing(example: Path) -> None:
    first = _check(example)
    assert (example / CACHE).exists()
    (example / CACHE).unlink()
    assert _check(example) == first
    (example / CACHE).write_bytes(b"this is not a database" * 100)
    result = run("--lang", "en", "check", registry=example)
    assert (result.exit_code, result.stdout) == first
    assert result.err_lines == [
        f"Warning: The cache {example / CACHE} was damaged or from another version and has "
        "been rebuilt."
    ]
    assert _check(example) == first  # and no warning the next time
    assert run("check", registry=example).stderr == ""


def test_a_cache_from_another_version_is_rebuilt(example: Path) -> None:
    first = _check(example)
    with sqlite3.connect(example / CACHE) as db:
        db.execute("UPDATE meta SET value = '0:old' WHERE key = 'format'")
        db.execute("UPDATE files SET facts = '[\"forged\"]'")
    result = run("--lang", "en", "check", registry=example)
    assert (result.exit_code, result.stdout) == first
    assert len(result.err_lines) == 1


def test_the_cache_is_ignored_by_git(example: Path) -> None:
    _check(example)
    assert (example / ".regelsyn" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_two_processes_filling_the_cache_at_once(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import generate

    registry = generate(600, tmp_path / "big")
    env = {**os.environ, "REGELSYN_LANG": "en"}
    command = [sys.executable, "-m", "regelsyn", "-C", str(registry), "check"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=env, text=True) for _ in range(2)]  # fmt: skip
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0]
    assert outputs[0][0] == outputs[1][0]
    again = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert again.stdout == outputs[0][0]
    assert again.stderr == ""
    with sqlite3.connect(registry / CACHE) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 600 + 60 + 1


def test_parallel_and_serial_parsing_agree(tmp_path: Path) -> None:
    from regelsyn.app.check import _batch, _parser
    from regelsyn.store.reading import parse_rule
    from regelsyn.store.registry import Registry

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import generate

    from regelsyn import i18n

    i18n.set_language("en", explicit=True)
    root = generate(450, tmp_path / "par")
    build_tree(root, {"rules/regel-00007.yaml": "id: [broken\n"})
    registry = Registry(root)
    results = []
    ways = [(_parser(registry, "rule"), None), (parse_rule(), None),
            (_parser(registry, "rule"), _batch(registry, "rule", "en"))]  # fmt: skip
    for number, (parse, many) in enumerate(ways):
        index = Index(tmp_path / f"cache-{number}", lambda m: None)
        entries = refresh(index, root / "rules", root, "en", parse, many=many)
        index.close()
        results.append([(e.rel, e.facts, e.findings, e.fragment) for e in entries])
    quick, full, parallel = results
    assert full == parallel
    assert len(full) == 450
    # check's own parser skips pydantic for plainly valid files and leaves out the JSON
    assert [row[:3] for row in quick] == [row[:3] for row in full]
    assert [row[0] for row in quick if row[3] is None and row[1] is not None] == [
        row[0] for row in full if row[1] is not None
    ]


def test_a_read_only_cache_folder_still_works(example: Path) -> None:
    first = _check(example)
    import shutil

    shutil.rmtree(example / ".regelsyn")
    (example / ".regelsyn").write_text("not a folder")
    assert _check(example) == first


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["--version"], ["check", "--help"]],
)
def test_start_up_imports_no_heavy_library(tmp_path: Path, argv: list[str]) -> None:
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "regelsyn", *argv],
                            capture_output=True, text=True, check=True)  # fmt: skip
    loaded = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    assert not loaded & {"pydantic", "ruamel.yaml", "jinja2"}


def _loaded(registry: Path, *argv: str) -> set[str]:
    """The modules ``regelsyn ARGV`` imports, run as a user runs it (output to a pipe)."""
    command = [sys.executable, "-X", "importtime", "-m", "regelsyn", "-C", str(registry), *argv]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}


HEAVY = {"pydantic", "ruamel.yaml", "jinja2", "rich.console"}


@pytest.mark.parametrize(
    "argv",
    [["check"], ["rule", "list", "--format", "json"], ["rule", "list", "--format", "csv"]],
)
def test_a_warm_read_imports_no_yaml_pydantic_or_rich(tmp_path: Path, argv: list[str]) -> None:
    registry = copy_example(tmp_path / "warm")
    build_tree(registry, {"rules/extra.yaml": GOOD_RULE.format(id="extra")})
    assert "pydantic" in _loaded(registry, *argv)  # the first run fills the cache
    loaded = _loaded(registry, *argv)
    assert not loaded & HEAVY
    # and of the commands, only the one that runs
    commands = {name.removeprefix("regelsyn.cli.") for name in loaded if "regelsyn.cli." in name}
    assert commands <= {"common", "complete", "usage", "check_cmd", "rule_cmd"}
    assert ("check_cmd" in commands) == (argv == ["check"])
    used = {name.removeprefix("regelsyn.app.") for name in loaded if "regelsyn.app." in name}
    assert used <= {"registry", "check", "rules"}


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from regelsyn.model.facts import RULE_LOCS, RuleFacts, RuleSummary  # noqa: E402
from regelsyn.store.packing import from_dict, pack_rule, rule_summary, to_row  # noqa: E402

_text = st.text(max_size=20)


@given(
    st.builds(
        RuleFacts,
        id=_text,
        title=_text,
        kind=_text,
        owner_level=_text,
        status=_text,
        premises=st.lists(st.sampled_from(["purpose", "effect", "legal_certainty"]), unique=True),
        next_review=st.none() | st.dates().map(lambda d: d.isoformat()),
        hours=st.none() | st.floats(0, 1e6, allow_nan=False),
        tags=st.lists(_text.filter(bool), max_size=3),
        history_reviewed=st.booleans(),
        status_backed=st.booleans(),
        owner_unreviewed=st.booleans(),
        refs=st.lists(_text.filter(bool), max_size=3),
        legal_basis=st.none() | _text,
        use_documented=st.booleans(),
        pos=st.fixed_dictionaries(
            {
                ".".join(loc): st.tuples(st.integers(1, 9999), st.integers(1, 999))
                for loc in RULE_LOCS
            }
        ),
    )
)
def test_rule_facts_survive_the_cache(facts: RuleFacts) -> None:
    import json

    packed = pack_rule(facts)
    stored = packed if packed is not None else json.loads(json.dumps(to_row(facts)))
    back = from_dict(RuleFacts, stored)
    back.pos = {key: tuple(value) for key, value in back.pos.items()}
    assert back == facts
    # what the agenda and the calendar read of it, without unpacking the rest
    assert rule_summary(stored) == RuleSummary.of_facts(facts)


def test_kept_findings_follow_the_settings(example: Path) -> None:
    """A rule's findings are kept for the levels, defence rule and language they were found
    with; changing any of them gives what a fresh cache gives."""
    rule = example / "rules" / "faldrisikoscreening.yaml"
    rule.write_text(
        "".join(line for line in rule.read_text("utf-8").splitlines(True)
                if not line.startswith("effect:")), "utf-8")  # fmt: skip
    first = _check(example)
    config = example / "regelsyn.yaml"
    text = config.read_text(encoding="utf-8")
    for changed in (
        text.replace("{id: stat,", "{id: staten,"),
        text.replace("defend_requires: one", "defend_requires: effect"),
    ):
        assert changed != text
        config.write_text(changed, encoding="utf-8")
        code, out = _check(example)
        assert (code, out) != first
        assert (code, out) == _fresh_output(example)
    config.write_text(text, encoding="utf-8")
    assert _check(example) == first
    danish = run("--lang", "da", "check", registry=example)
    assert "ingen præmis" in danish.stdout or "skulle have været" in danish.stdout
    assert _check(example) == first


def test_an_overdue_review_is_worked_out_each_day(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = _check(example)
    monkeypatch.setenv("REGELSYN_TODAY", "2031-01-01")
    later = _check(example)
    assert later != today
    assert "overdue" in later[1] or "was due on" in later[1]
    assert later == _fresh_output(example)
    monkeypatch.setenv("REGELSYN_TODAY", "2026-11-27")
    assert _check(example) == today


def test_rule_list_after_a_quick_check_still_has_every_field(example: Path) -> None:
    """``check`` reads a plainly valid changed rule without the model and keeps no JSON for it;
    ``rule list`` then reads that file in full."""
    fresh = run("rule", "list", "--format", "json", registry=example).stdout
    _check(example)
    path = example / "rules" / "rengoering-log.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Ny "), "utf-8")
    _check(example)
    with sqlite3.connect(example / CACHE) as db:
        row = db.execute(
            "SELECT fragment FROM files WHERE rel = 'rules/rengoering-log.yaml'"
        ).fetchone()
    assert row == (None,)
    listed = run("rule", "list", "--format", "json", registry=example).stdout
    assert listed != fresh
    assert '"title": "Ny ' in listed
    (example / CACHE).unlink()
    assert run("rule", "list", "--format", "json", registry=example).stdout == listed


def test_check_after_editing_a_rule_needs_no_pydantic(example: Path) -> None:
    """What keeps a warm ``check`` quick: an edited, plainly valid rule is read without
    importing pydantic; a broken one is worded by the model."""
    _loaded(example, "check")
    path = example / "rules" / "rengoering-log.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", "title: Ny "), encoding="utf-8")
    loaded = _loaded(example, "check")
    assert "ruamel.yaml" in loaded
    assert "pydantic" not in loaded
    path.write_text(text.replace("kind: ", "kind: x"), encoding="utf-8")
    assert "pydantic" in _loaded(example, "check")


def test_cases_are_read_through_the_cache_and_an_edit_is_seen(example: Path) -> None:
    """``challenge list`` and ``report`` read cases from the index; an edited case is read
    again, and a deleted cache gives the same output."""
    filed = run("challenge", "new", "--rule", "ugentlig-vejning", "--request", "remove",
                "--problem", "Vægten bruges ikke.", "--filed-by", "Bo Jensen",
                registry=example)  # fmt: skip
    assert filed.exit_code == 0, filed.stderr
    listing = ("challenge", "list", "--format", "json")
    first = run(*listing, registry=example).stdout
    assert '"filed_by": "Bo Jensen"' in first
    (path,) = (example / "cases").glob("*.yaml")
    path.write_text(path.read_text("utf-8").replace("Bo Jensen", "Bo Hansen"), "utf-8")
    edited = run(*listing, registry=example).stdout
    assert '"filed_by": "Bo Hansen"' in edited
    report = run("report", "--format", "json", registry=example).stdout
    (example / CACHE).unlink()
    assert run(*listing, registry=example).stdout == edited
    assert run("report", "--format", "json", registry=example).stdout == report


def test_kept_findings_in_a_form_this_version_does_not_write_are_worked_out_again(
    example: Path,
) -> None:
    first = _check(example)
    with sqlite3.connect(example / CACHE) as db:
        rows = db.execute("SELECT rel, checked FROM files WHERE checked IS NOT NULL").fetchall()
        assert rows
        for rel, checked in rows:
            ctx = checked.split("\x1f", 1)[0]
            forged = "\x1f".join([ctx, "x", "a,b", "2020-99-99", "1,1", "warning\x1dno"])
            db.execute("UPDATE files SET checked = ? WHERE rel = ?", (forged, rel))
    assert _check(example) == first
    assert _check(example) == first  # and kept right again


def test_kept_findings_are_worded_in_the_language_of_each_run(example: Path) -> None:
    """The cache keeps what check found as codes; each run words them in its own language,
    and a run in another language reads the same kept findings (no re-check)."""
    danish = run("check", "--format", "json", registry=example).stdout
    english = run("--lang", "en", "check", "--format", "json", registry=example).stdout
    da = json.loads(danish)["findings"]
    en = json.loads(english)["findings"]
    assert [(f["file"], f["code"]) for f in da] == [(f["file"], f["code"]) for f in en]
    no_premise = [(d["message"], e["message"]) for d, e in zip(da, en, strict=True)
                  if d["code"] == "no_premise"]  # fmt: skip
    assert no_premise and all(d != e for d, e in no_premise)
    import sqlite3

    db = sqlite3.connect(example / ".regelsyn" / "index.sqlite")
    kept = " ".join(row[0] or "" for row in db.execute("SELECT checked FROM files"))
    db.close()
    assert "no_premise" in kept and no_premise[0][0] not in kept and no_premise[0][1] not in kept
