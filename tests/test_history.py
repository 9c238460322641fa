"""``rule history`` and ``case history``: the record's own entries merged with the git log of
its file, oldest first, including edits made by hand outside regelsyn."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import git, git_repo, identify, run

RULE = "rules/rengoering-log.yaml"


def _history(root: Path, *args: str) -> list[dict[str, object]]:
    result = run(*args, "--format", "json", registry=root)
    assert result.exit_code == 0, result.stderr
    steps: list[dict[str, object]] = json.loads(result.stdout)
    return steps


def test_a_hand_edit_committed_with_plain_git_is_in_the_history(example: Path) -> None:
    git_repo(example)
    assert run("rule", "edit", "rengoering-log", "--effect", "Ingen fund.", registry=example)
    path = example / RULE
    path.write_text(path.read_text(encoding="utf-8").replace("per_year: 730", "per_year: 365"))
    identify(example, "Bo Jensen")
    git(example, "commit", "-qam", "Rengøring hver anden dag")
    sha = git(example, "rev-parse", "HEAD").strip()
    steps = _history(example, "rule", "history", "rengoering-log")
    assert [(s["event"], s["who"], s["fields"]) for s in steps] == [
        ("added", "Anne Holm", []),
        ("edited", "Anne Holm", ["effect"]),
        ("outside", "Bo Jensen", ["burden.per_year"]),
    ]
    assert (steps[2]["commit"], steps[2]["subject"]) == (sha, "Rengøring hver anden dag")
    assert steps[1]["subject"] == "Regel rengoering-log ændret: Effekt"
    table = run("rule", "history", "rengoering-log", registry=example).stdout
    assert "ændret uden om regelsyn" in table
    assert "Felter: Byrde (gange om året)" in table
    assert f"{sha[:7]} " in table
    english = run("--lang", "en", "rule", "history", "rengoering-log", registry=example).stdout
    assert "changed outside regelsyn" in english and "Burden (times a year)" in english


def test_what_is_not_committed_yet_comes_last(example: Path) -> None:
    git_repo(example)
    path = example / RULE
    path.write_text(path.read_text(encoding="utf-8").replace("minutes: 4", "minutes: 5"))
    run("--no-commit", "rule", "edit", "rengoering-log", "--tag", "tilsyn", registry=example)
    steps = _history(example, "rule", "history", "rengoering-log")
    assert [(s["event"], s["commit"], s["fields"]) for s in steps[1:]] == [
        ("edited", None, ["burden.minutes", "tags"]),
    ]
    assert "ikke gemt endnu" in run("rule", "history", "rengoering-log", registry=example).stdout
    # comments alone are a change of layout
    git(example, "checkout", "--", RULE)
    path.write_text(path.read_text(encoding="utf-8") + "# en kommentar\n")
    steps = _history(example, "rule", "history", "rengoering-log")
    assert steps[-1]["event"] == "layout"


def test_a_meeting_and_a_case_in_the_history(example: Path) -> None:
    git_repo(example)
    demo = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
    assert run("review", "--decisions", demo, registry=example).exit_code == 0
    steps = _history(example, "rule", "history", "besoeg-klokkeslaet")
    reviewed = steps[-1]
    assert (reviewed["event"], reviewed["date"], reviewed["ref"]) == (
        "reviewed", "2026-11-22", "reviews/2026-11-22",
    )  # fmt: skip
    assert "status" in reviewed["fields"]  # type: ignore[operator]
    (case,) = [p.stem for p in (example / "cases").glob("E-*besoeg*.yaml")]
    assert run("case", "reply", case, "--outcome", "rejected", "--by", "Forvaltningen",
               registry=example).exit_code == 0  # fmt: skip
    events = _history(example, "case", "history", case)
    assert [s["event"] for s in events] == ["in_review", "escalated", "rejected", "closed"]
    assert events[-1]["who"] == events[-2]["who"] == "Anne Holm"
    assert "afslået af Forvaltningen" in run("case", "history", case, registry=example).stdout


def test_without_git_the_records_own_history_is_shown(example: Path) -> None:
    assert run("rule", "edit", "rengoering-log", "--effect", "x", registry=example).exit_code == 0
    steps = _history(example, "rule", "history", "rengoering-log")
    assert [(s["event"], s["commit"], s["who"]) for s in steps] == [("edited", None, None)]


def test_an_unknown_record_is_refused(example: Path) -> None:
    result = run("--lang", "en", "rule", "history", "nope", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Error: ")
    assert run("case", "history", "U-2026-0001-nope-abcd", registry=example).exit_code == 1
