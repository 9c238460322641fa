"""Records read only to be shown are read with the C parser where it vouches for the text; the
record is the same as the round-trip read gives, and a problem is placed just as exactly."""

from __future__ import annotations

from pathlib import Path

from regelsyn.app.registry import open_registry
from regelsyn.model import Rule
from regelsyn.model.case import Case
from regelsyn.model.review import Review
from tests.helpers import run

DEMO = Path(__file__).parent.parent / "scripts" / "demo-decisions.yaml"


def test_every_record_reads_the_same_either_way(example: Path) -> None:
    assert run("review", "--decisions", DEMO, registry=example).exit_code == 0
    registry = open_registry(example)
    folders = (("rules", Rule), ("cases", Case), ("reviews", Review))
    paths = [
        (p, model) for folder, model in folders for p in sorted((example / folder).glob("*.yaml"))
    ]
    assert {p.parent.name for p, _ in paths} == {"rules", "cases", "reviews"}
    for path, model in paths:
        quick, full = registry.read_quick(path, model), registry.read(path, model)
        assert quick.record is not None, path
        assert quick.record == full.record, path
        assert quick.tree is None  # nothing to write back from


def test_a_file_with_a_problem_is_read_as_before(example: Path) -> None:
    path = example / "rules" / "ugentlig-vejning.yaml"
    path.write_text(path.read_text("utf-8") + "title: Igen\n", encoding="utf-8")  # a second title
    registry = open_registry(example)
    quick, full = registry.read_quick(path, Rule), registry.read(path, Rule)
    assert quick.record is None
    assert [str(f) for f in quick.findings] == [str(f) for f in full.findings] != []
    broken = example / "rules" / "rengoering-log.yaml"
    broken.write_text(broken.read_text("utf-8").replace("kind: ", "kind: ukendt-"), "utf-8")
    quick, full = registry.read_quick(broken, Rule), registry.read(broken, Rule)
    assert quick.record is None
    assert (
        [(f.line, f.message) for f in quick.findings]
        == [(f.line, f.message) for f in full.findings]
        != []
    )


def test_a_review_to_show_is_refused_as_before_when_missing_or_broken(example: Path) -> None:
    from regelsyn.errors import BrokenFiles, Refused

    assert run("review", "--decisions", DEMO, registry=example).exit_code == 0
    registry = open_registry(example)
    assert registry.shown_review("2026-11-22") == registry.review("2026-11-22").record
    try:
        registry.shown_review("2030-01-01")
        raise AssertionError("no such review was shown")
    except Refused as exc:
        assert str(exc) == "Der er ingen gennemgang med id '2030-01-01'."
    path = example / "reviews" / "2026-11-22.yaml"
    path.write_text(path.read_text("utf-8").replace("decided_by:", "decided_by: [", 1), "utf-8")
    try:
        registry.shown_review("2026-11-22")
        raise AssertionError("a broken review was shown")
    except BrokenFiles as exc:
        assert [(f.file, f.line) for f in exc.findings] == [("reviews/2026-11-22.yaml", 12)]
