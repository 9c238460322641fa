"""Hostile input, killed processes and two writers at once: nothing crashes, nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from regelsyn.store import yamlio
from tests.helpers import run
from tests.robustness import (
    RAW,
    STEPS,
    Tally,
    crash_during_write,
    csv_sheets,
    edit_concurrently,
    import_sheet,
    load_record,
)

FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])  # fmt: skip


@pytest.mark.parametrize("model", ["rule", "config", "decisions"])
def test_loaders_never_crash(minimal: Path, model: str) -> None:
    tally = Tally()

    @FUZZ
    @given(RAW)
    def check(data: bytes) -> None:
        tally.run(model, lambda: load_record(minimal, data, model))

    check()
    assert tally.tracebacks == []
    assert tally.tried[model] >= 100


def test_csv_import_never_crashes(minimal: Path) -> None:
    tally = Tally()

    @FUZZ
    @given(csv_sheets())
    def check(data: bytes) -> None:
        tally.run("csv", lambda: import_sheet(minimal, data))

    check()
    assert tally.tracebacks == []


@pytest.mark.parametrize("step", STEPS)
def test_a_killed_write_leaves_the_old_or_the_new_file(example: Path, step: str) -> None:
    before, after = crash_during_write(example, step)
    new = f"Nyt formål skrevet ved {step}.".encode()
    assert (new in after) if step == "tx-applied-0" else (after == before)
    yamlio.load(after.decode("utf-8"))  # whole, either way
    assert run("check", registry=example).exit_code == 0  # finishes or rolls back the write
    finished = (example / "rules" / "rengoering-log.yaml").read_bytes()
    assert (new in finished) if step in ("tx-committed", "tx-applied-0") else (finished == before)
    again = run("rule", "edit", "rengoering-log", "--purpose", "Bagefter.", registry=example)
    assert again.exit_code == 0


def test_two_writers_never_lose_an_update(example: Path) -> None:
    original = (example / "rules" / "rengoering-log.yaml").read_bytes()
    from tests.robustness import EDITS

    for _ in range(2):
        codes, text = edit_concurrently(example)
        applied = [line in text for line in EDITS.values()]
        assert applied == [code == 0 for code in codes]  # every success is in the file
        assert set(codes) <= {0, 1} and any(applied)
        (example / "rules" / "rengoering-log.yaml").write_bytes(original)


def test_a_lock_stops_a_second_review_and_a_dead_one_is_released(example: Path) -> None:
    """A meeting holds the review lock; a second one is refused with who holds it; when the
    holder dies (killed, as a laptop closed mid-meeting), the lock is free again."""
    import signal
    import time

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from regelsyn.store.files import lock\n"
         f"with lock(__import__('pathlib').Path({str(example / '.regelsyn' / 'review.lock')!r}),"
         " 'held'):\n"
         "    print('holding', flush=True)\n"
         "    time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    result = run("--lang", "en", "review", "--abandon", "--yes", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith(
        f"Error: Another meeting is open on this registry (process {holder.pid} on "
    )
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    time.sleep(0.1)
    result = run("--lang", "en", "review", "--abandon", "--yes", registry=example)
    assert result.err_lines[0] == "Error: There is no open meeting to continue."


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["rule", "show", "../regelsyn"], "is not a valid id"),
        (["rule", "edit", "../../x", "--tag", "a"], "is not a valid id"),
        (["challenge", "show", "../cases/x"], "There is no case"),
        (["review", "show", "../regelsyn"], "There is no review"),
        (["template", "export", "../../etc/passwd"], "There is no built-in template"),
    ],
)
def test_paths_from_data_cannot_leave_the_registry(
    example: Path, args: list[str], fragment: str
) -> None:
    result = run("--lang", "en", *args, registry=example)
    assert result.exit_code == 1
    assert fragment in result.err_lines[0]


def test_a_path_the_person_types_is_theirs_to_choose(example: Path, tmp_path: Path) -> None:
    """``--out`` writes where the person asked, also outside the registry (their documents
    folder): only paths that come from data stay inside."""
    documents = tmp_path / "Dokumenter"
    for args, name in (
        (["export", "--format", "csv", "--out"], "regler.csv"),
        (["export", "--format", "xlsx", "--out"], "regler.xlsx"),
        (["report", "--out"], "rapport.md"),
    ):
        result = run(*args, documents / name, registry=example)
        assert result.exit_code == 0, result.stderr
        assert (documents / name).stat().st_size > 0
    assert run("export", "--out", "../ved-siden-af.csv", registry=example).exit_code == 0
    assert Path("../ved-siden-af.csv").is_file()
    xlsx = run("--lang", "en", "export", "--format", "xlsx", registry=example)
    assert xlsx.exit_code == 2 and "--out" in xlsx.err_lines[0]


TEXT = "it makes a text of over 10,000,000 characters"
DEPTH = ("it goes over 50 levels deep (macros, include, import, extends, recursive loops or lists "
         "in lists)")  # fmt: skip
HOSTILE = {
    # the sandbox
    "subclasses": ("{{ ''.__class__.__mro__[1].__subclasses__() }}",
                   "1: access to attribute '__class__' of 'str' object is unsafe."),
    "include outside": ("ok\n{% include '../regelsyn.yaml' %}", "2: ../regelsyn.yaml"),
    "globals": ("line\nline\n{{ cycler.__init__.__globals__.os.system('true') }}",
                "3: access to attribute '__init__' of 'type' object is unsafe."),
    "pydantic": ("{{ rule.model_dump_json(indent=100000000) }}",
                 "1: access to attribute 'model_dump_json' of 'Rule' object is unsafe."),
    # memory: one big text, list or number
    "times": ("{{ 'x' * 2000000000 }}", f"1: {TEXT}"),
    "list times": ("{{ ['x'] * 2000000000 }}", "1: it makes a list of over 1,000,000 items"),
    "doubling": ("{% set ns = namespace(s='x') %}\n{% for i in range(64) %}\n"
                 "{% set ns.s = ns.s ~ ns.s %}\n{% endfor %}", f"3: {TEXT}"),
    "join": ("{% set ns = namespace(s=['x']) %}{% for i in range(64) %}\n"
             "{% set ns.s = [ns.s | join, ns.s | join] %}{% endfor %}", f"2: {TEXT}"),
    "center": ("{{ rule.title | center(2000000000) }}", f"1: {TEXT}"),
    "format": ("{{ '{:>2000000000}'.format(1) }}", f"1: {TEXT}"),
    "printf": ("{{ '%*s' % (2000000000, 'x') }}", f"1: {TEXT}"),
    "replace": ("{{ ('x' * 5000000).replace('x', 'yyy') }}", f"1: {TEXT}"),
    "print a list": ("{% set l = ['x' * 9000000] * 1000000 %}\n{{ l }}", f"2: {TEXT}"),
    "power": ("{{ 9 ** 999999999 }}", "1: it computes with numbers of over 1,000 digits"),
    "little by little": ("{% set ns = namespace(s='') %}{% for i in range(1000000) %}\n"
                         "{% set ns.s = ns.s ~ 'xxxxxxx' %}{% endfor %}",
                         "2: it makes over 1,000,000,000 characters and list items in all"),
    # time
    "nested loops": ("{% for i in range(100000) %}\n{% for j in range(100000) %}x{% endfor %}"
                     "{% endfor %}", "2: its loops run over 1,000,000 times in all"),
    "range": ("{% for i in range(10 ** 12) %}{% endfor %}",
              "1: it asks range() for over 1,000,000 numbers"),
    "macro tree": ("".join(f"{{% macro m{i}() %}}{f'{{{{ m{i - 1}() }}}}' * 10}{{% endmacro %}}"
                           for i in range(1, 8)).replace("m0()", "'x'") + "\n{{ m7() }}",
                   "1: it calls macros over 1,000,000 times in all"),
    # recursion
    "recursive macro": ("{% macro m() %}\n{{ m() }}\n{% endmacro %}{{ m() }}", f"2: {DEPTH}"),
    "include itself": ("a\n{% include 'rule.md.j2' %}", f"2: {DEPTH}"),
    "extends itself": ("{% extends 'rule.md.j2' %}", f"1: {DEPTH}"),
    "recursive loop": ("{% for i in [1] recursive %}{{ loop([1]) }}{% endfor %}", f"1: {DEPTH}"),
    "sort key": ("{% macro m(x) %}{{ [2, 1].sort(key=m) }}{% endmacro %}{{ m(1) }}",
                 f"1: {DEPTH}"),
    # output
    "huge output": ("{% for i in range(1000000) %}\n{{ 'x' * 1000 }}\n{% endfor %}",
                    "2: it writes over 100,000,000 characters"),
    "huge macro": ("{% set x = 'x' * 9000000 %}{% macro m() %}{% for i in range(100) %}{{ x }}"
                   "{% endfor %}{% endmacro %}\n{{ m() }}",
                   "1: it writes over 100,000,000 characters"),
    # arithmetic is a template error, not an unexpected one
    "division": ("{{ 1 / 0 }}", "1: division by zero"),
}  # fmt: skip


@pytest.mark.parametrize(("template", "expected"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_templates_are_stopped(example: Path, template: str, expected: str) -> None:
    """Each is refused quickly with the template's line and what it went over; the process
    may not use more than 3 GB (so a failed limit shows as a failed test, not a frozen one)."""
    (example / "templates").mkdir()
    (example / "templates" / "rule.md.j2").write_text(template)
    command = [sys.executable, "-m", "regelsyn", "-C", str(example), "--lang", "en", "rule", "show",
               "ugentlig-vejning", "--format", "md"]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=_memory_cap(3 * 2**30))  # fmt: skip
    assert done.returncode == 1
    line, reason = expected.split(": ", 1)
    assert done.stderr.splitlines()[0] == (
        f"Error: The template rule.md.j2:{line} cannot be used: {reason}"
    )
    assert time.monotonic() - started < 30


def _memory_cap(size: int) -> Callable[[], None] | None:
    try:
        import resource
    except ImportError:
        return None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (size, size))


def test_a_hostile_review_template_is_stopped(example: Path) -> None:
    demo = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
    assert run("review", "--decisions", demo, registry=example).exit_code == 0
    log = (example / "reviews" / "2026-11-22.md").read_text()
    (example / "templates").mkdir()
    (example / "templates" / "review.md.j2").write_text(HOSTILE["nested loops"][0])
    result = run("--lang", "en", "review", "render", "2026-11-22", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        "Error: The template review.md.j2:2 cannot be used: its loops run over 1,000,000 times "
        "in all"
    )
    assert (example / "reviews" / "2026-11-22.md").read_text() == log


def test_a_template_linked_from_outside_is_not_used(example: Path, tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
    assert run("review", "--decisions", demo, registry=example).exit_code == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("hemmeligt")
    (example / "templates").mkdir()
    (example / "templates" / "review.md.j2").symlink_to(secret)
    assert run("review", "render", "2026-11-22", registry=example).exit_code == 0
    assert "hemmeligt" not in (example / "reviews" / "2026-11-22.md").read_text()


def test_an_alias_bomb_is_refused(minimal: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
    )
    (minimal / "rules" / "bomb.yaml").write_text(bomb)
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 3
    assert result.out_lines[0] == (
        "rules/bomb.yaml:1:1: the file expands to far too many values (aliases repeating each "
        "other); it is not read"
    )


def test_a_big_file_is_refused(minimal: Path) -> None:
    (minimal / "rules" / "big.yaml").write_text("id: big\ntext: " + "x" * (1024 * 1024) + "\n")
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 3
    assert result.out_lines[0].startswith("rules/big.yaml:1:1: the file is ")


def test_no_traceback_without_debug(minimal: Path) -> None:
    (minimal / "regelsyn.yaml").write_bytes(b"\x00\x01\x02")
    result = run("rule", "list", registry=minimal)
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """``regelsyn rule list | head -1``: the command ends quietly, without "unexpected error"."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import generate

    registry = generate(600, tmp_path / "big")
    command = f"{sys.executable} -m regelsyn -C {registry} rule list --format json | head -c 10"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # as in a terminal
    done = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], capture_output=True,
                          text=True, check=False, env=env)  # fmt: skip
    assert done.stderr == ""
    assert done.returncode in (0, 1)
    assert len(done.stdout) == 10
