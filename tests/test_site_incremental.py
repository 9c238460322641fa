"""A site brought up to date step by step is the site built from nothing: random sequences of
what happens to a registry between two builds (rules edited, added, deleted or rewritten as they
were; a file changed twice within one clock tick; challenges filed; minutes approved; days
passing), each followed by an incremental build that must give the same pages, byte for byte,
as a full build of the same registry into an empty folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TODAY
from tests.helpers import run
from tests.test_site import _build, _pages
from tests.test_site import registry as registry

Step = Callable[[Path, int], None]


def _rules(registry: Path) -> list[Path]:
    return sorted((registry / "rules").glob("*.yaml"))


def _ok(*args: str, registry: Path) -> None:
    result = run(*args, registry=registry)
    assert result.exit_code == 0, (args, result.stderr)


def retitle(registry: Path, n: int) -> None:
    rules = _rules(registry)
    _ok("rule", "edit", rules[n % len(rules)].stem, "--title", f"Ny titel {n}", registry=registry)


def reschedule(registry: Path, n: int) -> None:
    rules = _rules(registry)
    day = dt.date.fromisoformat(TODAY) + dt.timedelta(days=n % 200 - 30)
    _ok("rule", "edit", rules[n % len(rules)].stem, "--next-review", day.isoformat(),
        registry=registry)  # fmt: skip


def retag(registry: Path, n: int) -> None:
    rules = _rules(registry)
    _ok("rule", "edit", rules[n % len(rules)].stem, "--tag", f"emne{n % 3}", registry=registry)


def add(registry: Path, n: int) -> None:
    if (registry / "rules" / f"ny-regel-{n}.yaml").exists():
        return
    _ok("rule", "add", "--id", f"ny-regel-{n}", "--title", f"Ny regel {n}", "--kind",
        "documentation", "--text", "Personalet skriver det ned.", "--owner-level",
        "arbejdsplads", "--minutes", "3", "--per-year", str(10 + n % 40), "--people", "4",
        "--tag", "ny", registry=registry)  # fmt: skip


def delete(registry: Path, n: int) -> None:
    rules = _rules(registry)
    if len(rules) > 3:
        rules[n % len(rules)].unlink()


def rewrite_unchanged(registry: Path, n: int) -> None:
    """The same bytes written again (an editor's save, a git checkout): new times, same rule."""
    rules = _rules(registry)
    path = rules[n % len(rules)]
    path.write_bytes(path.read_bytes())


def same_tick(registry: Path, n: int) -> None:
    """A title changed to one of the same length, with the file's times put back as they were:
    only the bytes tell (as a second save within one clock tick would)."""
    rules = _rules(registry)
    path = rules[n % len(rules)]
    before = path.stat()
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("title:"):
            title = line.removeprefix("title:").strip()
            lines[i] = f"title: {title[:-1]}{'X' if title[-1:] != 'X' else 'Y'}\n"
    path.write_text("".join(lines), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def challenge(registry: Path, n: int) -> None:
    rules = [p for p in _rules(registry) if "status: removed" not in p.read_text("utf-8")]
    if rules:
        _ok("challenge", "new", "--rule", rules[n % len(rules)].stem, "--request", "remove",
            "--problem", f"Problem nummer {n}", "--filed-by", "Carla Nielsen",
            registry=registry)  # fmt: skip


def decide(registry: Path, n: int) -> None:
    """A case the workplace decides: its page, its rule's page and the lists change."""
    cases = sorted((registry / "cases").glob("*.yaml"))
    if cases:
        outcome = ("under review", "rejected", "withdrawn")[n % 3]
        run(
            "challenge",
            "decide",
            cases[n % len(cases)].stem,
            "--outcome",
            outcome,
            "--reasons",
            f"Begrundelse {n}",
            "--by",
            "Anne Holm (leder)",
            registry=registry,
        )  # a case already closed is refused: nothing changes


def approve(registry: Path, n: int) -> None:
    reviews = sorted((registry / "reviews").glob("*.yaml"))
    if reviews:
        role, name = ("formand", "Anne Holm") if n % 2 else ("naestformand", "Bo Jensen")
        run(
            "review", "approve", reviews[-1].stem, "--role", role, "--name", name, registry=registry
        )  # approving twice is refused: the registry stays as it was


STEPS: list[Step] = [retitle, reschedule, retag, add, delete, rewrite_unchanged, same_tick,
                     challenge, decide, approve]  # fmt: skip


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from([*STEPS, "days"]), st.integers(0, 1000)), min_size=1, max_size=6
    )
)
def test_an_incremental_build_is_a_full_build(
    registry: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    steps: list[tuple[Step | str, int]],
) -> None:
    work = tmp_path_factory.mktemp("incremental")
    copy = work / "registry"
    shutil.copytree(registry, copy, symlinks=True)
    out = work / "site"
    _build(copy, out)
    today = dt.date.fromisoformat(TODAY)
    try:
        for number, (step, n) in enumerate(steps):
            if step == "days":
                today += dt.timedelta(days=1 + n % 60)
                monkeypatch.setenv("REGELSYN_TODAY", today.isoformat())
            else:
                assert callable(step)
                step(copy, n)
            _build(copy, out)
            fresh = work / f"fresh-{number}"
            _build(copy, fresh)
            assert _pages(out) == _pages(fresh), [getattr(s, "__name__", s) for s, _ in steps]
            shutil.rmtree(fresh)
    finally:
        monkeypatch.setenv("REGELSYN_TODAY", TODAY)


def test_a_change_the_file_s_times_do_not_show_is_seen(
    registry: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rule saved twice within one tick of a coarse clock keeps its size and times: a file
    whose times are recent is known by its bytes too."""
    from regelsyn.app import site_inputs
    from regelsyn.store import index

    path = registry / "rules" / "normperiode-opgoerelse.yaml"
    seen = path.stat()
    scan = site_inputs.scan

    def as_before(folder: Path, root: Path) -> list[tuple[str, str, os.stat_result]]:
        return [(p, rel, seen if p == str(path) else info) for p, rel, info in scan(folder, root)]

    monkeypatch.setattr(site_inputs, "scan", as_before)
    # every file is recent, however slow the machine (for the index cache too, which the
    # build asks about the files whose stamps changed)
    monkeypatch.setattr(site_inputs, "RACY_NS", 10**12)
    monkeypatch.setattr(index, "RACY_NS", 10**12)
    out = tmp_path / "site"
    _build(registry, out)
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(title, title[:-1] + "X"), encoding="utf-8")
    _build(registry, out)
    page = (out / "rules" / "normperiode-opgoerelse.html").read_text(encoding="utf-8")
    assert title.removeprefix("title: ")[:-1] + "X" in page


def test_a_front_page_of_the_registry_s_own_is_rendered_again(
    registry: Path,
    tmp_path: Path,
) -> None:
    """The rows are put in the old page's place only with the built-in front page: one of the
    registry's own may show the rows anywhere (here: the first one above the table too)."""
    builtin = Path(__file__).resolve().parent.parent / "templates" / "site_index.html.j2"
    own = builtin.read_text(encoding="utf-8").replace(
        '<table id="rules"', '<p class="first">{{ rows[0] }}</p>\n<table id="rules"'
    )
    (registry / "templates").mkdir()
    (registry / "templates" / "site_index.html.j2").write_text(own, encoding="utf-8")
    out = tmp_path / "site"
    _build(registry, out)
    first = _rules(registry)[0].stem
    _ok("rule", "edit", first, "--title", "Den nye titel", registry=registry)
    _build(registry, out)
    _build(registry, tmp_path / "fresh")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index == (tmp_path / "fresh" / "index.html").read_text(encoding="utf-8")
    assert index.count("Den nye titel") == 2
