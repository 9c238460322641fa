"""`regelsyn check`: every error form with its exact path:line:col line, and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import GOOD_RULE, build_tree, run


def test_example_registry_has_no_errors(example: Path) -> None:
    result = run("check", registry=example)
    assert result.exit_code == 0
    assert result.out_lines[-1].startswith("0 fejl og ")
    assert " i 18 regler." in result.out_lines[-1]


def test_clean_registry_says_so(minimal: Path) -> None:
    build_tree(minimal, {"rules/god.yaml": GOOD_RULE.format(id="god")})
    result = run("check", registry=minimal)
    assert result.exit_code == 0
    assert result.stdout == "Registret er i orden: 1 regel, ingen fejl eller advarsler.\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            GOOD_RULE.format(id="x").replace("level: arbejdsplads", "level: forvaltningen"),
            "rules/x.yaml:5:16: owner.level: 'forvaltningen' is not a level in regelsyn.yaml "
            "(did you mean 'forvaltning'?)",
        ),
        (
            GOOD_RULE.format(id="x").replace("title:", "titel:"),
            "rules/x.yaml:2:1: titel: unknown field 'titel' (did you mean 'title'?)",
        ),
        (
            GOOD_RULE.format(id="x").replace("title: En god regel\n", ""),
            "rules/x.yaml:1:1: title: must be filled in",
        ),
        (
            GOOD_RULE.format(id="x").replace("kind: documentation", "kind: dokumentation"),
            "rules/x.yaml:3:7: kind: 'dokumentation' is not allowed; choose one of: rule, "
            "documentation, registration, reporting, approval, measurement",
        ),
        (
            GOOD_RULE.format(id="x").replace("minutes: 6", "minutes: seks"),
            "rules/x.yaml:7:19: burden.minutes: must be a number, not 'seks'",
        ),
        (
            GOOD_RULE.format(id="x").replace("title: En god regel", "title: 2026"),
            "rules/x.yaml:2:8: title: must be text, not 2026",
        ),
        (
            GOOD_RULE.format(id="y"),
            "rules/x.yaml:1:5: id: id 'y' must be the same as the file name ('x')",
        ),
    ],
    ids=["unknown-level", "unknown-key", "missing", "literal", "number", "text", "id-mismatch"],
)
def test_error_forms(minimal: Path, content: str, expected: str) -> None:
    build_tree(minimal, {"rules/x.yaml": content})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 1
    assert result.out_lines[0] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "id: x\ntitle: [unclosed\n",
            "rules/x.yaml:3:1: a list that starts with [ does not end with ]",
        ),
        (
            "id: x\ntitle: Ny: regel\n",
            "rules/x.yaml:2:10: there is a ': ' where YAML does not expect a new field; put the "
            "text in quotes if it contains ': ' itself",
        ),
        (
            'id: x\ntitle: "unclosed\n',
            "rules/x.yaml:3:1: a quotation mark is not closed",
        ),
        (
            "id: x\ntitle: @home\n",
            "rules/x.yaml:2:8: a value cannot start with '@'; put it in quotes",
        ),
        (
            "id: x\n\ttitle: y\n",
            "rules/x.yaml:2:1: tabs are used for indentation; YAML requires spaces",
        ),
        (
            "id: x\ntitle: a\ntitle: b\n",
            "rules/x.yaml:3:1: the key 'title' appears twice (first on line 2)",
        ),
        (
            GOOD_RULE.format(id="x").replace("2030-01-01", "2026-13-45"),
            "rules/x.yaml:8:14: '2026-13-45' is not a valid date (YYYY-MM-DD)",
        ),
        ("", "rules/x.yaml:1:1: the file is empty"),
        ("- a\n- b\n", "rules/x.yaml:1:1: the file must contain fields (key: value)"),
        ("id: !!python/object:os.system x\n", "rules/x.yaml:1:5: the tag"),
        (b"id: x\ntitle: R\xf8dgr\xf8d\n", "rules/x.yaml:2:9: the file is not UTF-8"),
    ],
    ids=[
        "syntax",
        "colon",
        "quote",
        "at-sign",
        "tab",
        "duplicate-key",
        "bad-date",
        "empty",
        "list",
        "tag",
        "cp1252",
    ],
)
def test_unreadable_files_exit_3(minimal: Path, content: str | bytes, expected: str) -> None:
    build_tree(minimal, {"rules/x.yaml": content})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 3
    assert result.out_lines[0].startswith(expected), result.out_lines[0]


def test_byte_order_mark_is_accepted(minimal: Path) -> None:
    build_tree(minimal, {"rules/x.yaml": b"\xef\xbb\xbf" + GOOD_RULE.format(id="x").encode()})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 0
    assert len(result.out_lines) == 1
    assert result.out_lines[0].startswith("The registry is in order: 1 rule")
    listed = json.loads(run("rule", "list", "--format", "json", registry=minimal).stdout)
    assert [(r["id"], r["title"]) for r in listed] == [("x", "En god regel")]  # read, not skipped
    # and a write keeps the mark
    assert run("rule", "edit", "x", "--tag", "a", registry=minimal).exit_code == 0
    assert (minimal / "rules" / "x.yaml").read_bytes().startswith(b"\xef\xbb\xbfid: x\n")


def test_every_problem_in_every_file_in_one_run(minimal: Path) -> None:
    build_tree(
        minimal,
        {
            "rules/a.yaml": GOOD_RULE.format(id="a").replace("kind: documentation", "kind: x"),
            "rules/b.yaml": GOOD_RULE.format(id="b").replace("people: 5", "people: -1"),
            "rules/c.yaml": "id: c\n\tbad\n",
        },
    )
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 3
    assert [line.split(":")[0] for line in result.out_lines[:-1]] == [
        "rules/a.yaml",
        "rules/b.yaml",
        "rules/c.yaml",
    ]
    assert result.out_lines[1] == "rules/b.yaml:7:44: burden.people: must be at least 0, not -1"


def test_duplicate_ids_name_both_files(minimal: Path) -> None:
    build_tree(
        minimal,
        {"rules/a.yaml": GOOD_RULE.format(id="a"), "rules/b.yaml": GOOD_RULE.format(id="a")},
    )
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 1
    assert "rules/a.yaml:1:5: id: id 'a' is also used in rules/b.yaml" in result.out_lines
    assert "rules/b.yaml:1:5: id: id 'a' is also used in rules/a.yaml" in result.out_lines


def test_config_errors_are_positioned(minimal: Path) -> None:
    config = (minimal / "regelsyn.yaml").read_text()
    (minimal / "regelsyn.yaml").write_text(
        config.replace("local_level: arbejdsplads", "local_level: arbejdspladsen")
    )
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 1
    assert result.out_lines[0] == (
        "regelsyn.yaml:5:14: local_level: 'arbejdspladsen' is not one of the levels under "
        "levels (did you mean 'arbejdsplads'?)"
    )


def test_warnings_exit_0_unless_strict(minimal: Path) -> None:
    rule = GOOD_RULE.format(id="w").replace("purpose: Et formål.\n", "")
    rule = rule.replace("next_review: 2030-01-01", "next_review: 2026-01-01")
    rule = rule.replace("burden: {minutes: 6, per_year: 10, people: 5}\n", "")
    build_tree(minimal, {"rules/w.yaml": rule})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 0
    assert result.out_lines == [
        "rules/w.yaml:1:1: purpose: no premise is documented (purpose, effect or legal "
        "certainty); without one, the starting point is to remove the rule",
        "rules/w.yaml:1:1: burden: the burden is unknown: fill in minutes, per_year and people",
        "rules/w.yaml:6:14: next_review: the review was due on 2026-01-01 (330 days ago)",
        "0 errors and 3 warnings in 1 rule.",
    ]
    assert run("check", "--strict", registry=minimal).exit_code == 1


def test_defended_without_premise_is_its_own_warning(minimal: Path) -> None:
    rule = GOOD_RULE.format(id="d").replace("purpose: Et formål.\n", "status: defended\n")
    history = "history:\n  - {date: 2025-01-01, event: reviewed, verdict: defend}\n"
    build_tree(minimal, {"rules/d.yaml": rule + history})
    result = run("--lang", "en", "check", "--format", "json", registry=minimal)
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert codes == ["defended_without_premise"]


@pytest.mark.parametrize(
    ("status", "history", "codes"),
    [
        ("removed", "[]", ["status_unbacked"]),  # typed by hand: no review removed it
        ("defended", "[]", ["status_unbacked"]),
        ("removed", "[{date: 2025-01-01, event: reviewed, verdict: remove}]", []),
        ("removed", "[{date: 2025-01-01, event: decided, verdict: granted, status: removed}]", []),
        ("active", "[{date: 2025-01-01, event: reviewed, verdict: remove, status: removed}]",
         ["status_unbacked"]),  # set back by hand after a review removed it
        ("active", "[{date: 2025-01-01, event: reviewed, verdict: defer}]", []),
        ("active", "[{date: 2025-01-01, event: edited, fields: [owner.level]}]",
         ["owner_changed"]),
        ("defended",
         "[{date: 2025-01-01, event: edited, fields: [owner.level]}, "
         "{date: 2025-02-01, event: reviewed, verdict: defend}]", []),
    ],
)  # fmt: skip
def test_a_status_comes_from_a_review_or_a_case(
    minimal: Path, status: str, history: str, codes: list[str]
) -> None:
    """Status changes belong to reviews and cases; an owner changed since the last review is
    flagged until a review takes the rule up."""
    rule = GOOD_RULE.format(id="d") + f"status: {status}\nhistory: {history}\n"
    build_tree(minimal, {"rules/d.yaml": rule})
    result = run("--lang", "en", "check", "--format", "json", registry=minimal)
    found = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert [c for c in found if c in ("status_unbacked", "owner_changed")] == codes
    # the quick read and the model agree on what the history says
    again = run("--lang", "en", "check", "--format", "json", registry=minimal)
    assert again.stdout == result.stdout


def test_json_format(minimal: Path) -> None:
    build_tree(minimal, {"rules/x.yaml": GOOD_RULE.format(id="y")})
    result = run("--lang", "en", "check", "--format", "json", registry=minimal)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["errors"] == 1
    assert report["warnings"] == 0
    assert report["rules"] == 1
    assert report["findings"] == [
        {
            "severity": "error",
            "file": "rules/x.yaml",
            "field": "id",
            "message": "id 'y' must be the same as the file name ('x')",
            "line": 1,
            "col": 5,
            "code": "id_mismatch",
        }
    ]


def test_no_registry_says_how_to_create_one(tmp_path: Path) -> None:
    result = run("--lang", "en", "check")
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Error: There is no registry here")
    assert "regelsyn init" in result.stderr


def test_stray_files_are_warned_about(minimal: Path) -> None:
    build_tree(minimal, {"rules/x.yml": GOOD_RULE.format(id="x"), "rules/.hidden": "x"})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 0  # a warning
    stray = [line for line in result.out_lines if line.startswith("rules/")]
    assert len(stray) == 1 and stray[0].startswith("rules/x.yml:1:1: ")
    assert stray[0] == "rules/x.yml:1:1: the file is not read: rule files must end in .yaml"


def test_the_pre_commit_hook_watches_every_file_check_reads(example: Path) -> None:
    """pre-commit runs the hook when a commit touches a file matching ``files``: every file
    check reads must match, and the hook's command fails on a broken case file."""
    import re

    from ruamel.yaml import YAML

    hooks_file = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"
    hooks = YAML(typ="safe").load(hooks_file.read_text(encoding="utf-8"))
    for hook in hooks:
        pattern = re.compile(hook["files"])
        for path in ("regelsyn.yaml", "rules/x.yaml", "cases/U-2026-0001-x-abcd.yaml",
                     "reviews/2026-11-22.yaml"):  # fmt: skip
            assert pattern.search(path), (hook["id"], path)
        assert not pattern.search("README.md")
        assert hook["entry"].split()[:2] == ["regelsyn", "check"]
    build_tree(example, {"cases/U-2026-0001-x-abcd.yaml": "id: [broken\n"})
    assert run("check", registry=example).exit_code == 3


def test_a_review_whose_id_is_not_its_file_name_is_an_error(example: Path) -> None:
    """The log, the site's page and every link to a review go by its file's name."""
    from tests.test_review import DECISIONS

    Path("decisions.yaml").write_text(DECISIONS, encoding="utf-8")
    assert run("review", "--decisions", "decisions.yaml", registry=example).exit_code == 0
    (log,) = (example / "reviews").glob("*.yaml")
    log.rename(log.with_name("moede.yaml"))
    result = run("--lang", "en", "check", registry=example)
    assert result.exit_code == 1
    found = [line for line in result.out_lines if line.startswith("reviews/moede.yaml:")]
    assert len(found) == 1 and found[0].endswith(
        f"id: id '{log.stem}' must be the same as the file name ('moede')"
    ), found
