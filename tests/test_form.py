"""Files keep their form when regelsyn writes them: line endings, byte-order mark, document
markers, comments and the way each empty value is written; what cannot be read is said plainly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from regelsyn.store import yamlio
from regelsyn.store.registry import Registry
from tests.helpers import GOOD_RULE, build_tree, run

BOM = b"\xef\xbb\xbf"
RULE = [
    "id: form",
    "title: Dobbelt kvittering",
    "kind: documentation",
    "text: Personalet kvitterer.",
    "owner: {level: arbejdsplads, body: Ledelsen}",
    "purpose: ~",
    "burden: {minutes: 2, per_year: 52, people: 4}",
    "history: []  # udfyldes af regelsyn",
]
# what `rule edit form --purpose "Et formål"` makes of the lines it changes
EDITED = {
    "purpose: ~": ["purpose: Et formål"],
    "history: []  # udfyldes af regelsyn": [
        "history:     # udfyldes af regelsyn",
        "  - {date: 2026-11-27, event: edited, note: purpose}",
    ],
}


def edited(lines: list[str]) -> list[str]:
    return [new for line in lines for new in EDITED.get(line, [line])]


def write(registry: Path, data: bytes, rule_id: str = "form") -> Path:
    path = registry / "rules" / f"{rule_id}.yaml"
    path.write_bytes(data)
    return path


def edit_purpose(registry: Path) -> None:
    result = run("rule", "edit", "form", "--purpose", "Et formål", registry=registry)
    assert result.exit_code == 0, result.stderr


def test_comments_after_the_history_stay_after_it(minimal: Path) -> None:
    path = write(minimal, ("\n".join([*RULE, "", "# Spørg Bente om historikken."]) + "\n").encode())
    edit_purpose(minimal)
    assert (
        path.read_text(encoding="utf-8")
        == "\n".join([*edited(RULE), "", "# Spørg Bente om historikken."]) + "\n"
    )
    edit_purpose(minimal)  # a second entry goes after the first, the comment stays last
    assert run("rule", "edit", "form", "--people", "5", registry=minimal).exit_code == 0
    assert path.read_text(encoding="utf-8").splitlines()[-4:] == [
        "  - {date: 2026-11-27, event: edited, note: purpose}",
        "  - {date: 2026-11-27, event: edited, note: burden.people}",
        "",
        "# Spørg Bente om historikken.",
    ]


def test_a_comment_after_the_last_history_entry_stays_below_new_entries(minimal: Path) -> None:
    lines = [*RULE[:-1], "history:", "- {date: 2025-01-02, event: edited}  # før flytningen"]
    path = write(minimal, ("\n".join([*lines, "# slut"]) + "\n").encode())
    edit_purpose(minimal)
    assert path.read_text(encoding="utf-8").splitlines()[-3:] == [
        "- {date: 2025-01-02, event: edited}  # før flytningen",
        "- {date: 2026-11-27, event: edited, note: purpose}",
        "# slut",
    ]


EMPTY = [
    "id: tomme",
    "title: Tomme felter",
    "kind: rule",
    "text: Regel.",
    "owner: {level: arbejdsplads, body: Null}",
    "legal_basis:",
    "floor: ~   # ingen",
    "purpose: null",
    "effect: Null",
    "legal_certainty: ~",
    "use: ~",
]


def test_each_empty_value_keeps_its_own_way(minimal: Path) -> None:
    path = write(minimal, ("\n".join(EMPTY) + "\n").encode(), "tomme")
    registry = Registry(minimal)
    changes: dict[tuple[str, ...], Any] = {("title",): "Nyt navn", ("adopted",): None}
    assert registry.update_rule(registry.rule("tomme"), changes)
    expected = [*EMPTY[:1], "title: Nyt navn", *EMPTY[2:7], "adopted: ~", *EMPTY[7:]]
    assert path.read_text(encoding="utf-8") == "\n".join(expected) + "\n"  # "~": most common


def test_an_empty_value_in_a_changed_line_keeps_its_way(minimal: Path) -> None:
    path = write(minimal, ("\n".join(EMPTY) + "\n").encode(), "tomme")
    assert (
        run("rule", "edit", "tomme", "--owner-level", "forvaltning", registry=minimal).exit_code
        == 0
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[4] == "owner: {level: forvaltning, body: Null}"  # though most say "~"


def test_a_utf16_file_is_named_as_such(minimal: Path) -> None:
    text = GOOD_RULE.format(id="x")
    notepad, no_mark = text.encode("utf-16"), text.replace("x", "y").encode("utf-16-be")
    build_tree(minimal, {"rules/x.yaml": notepad, "rules/y.yaml": no_mark})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 3
    message = (
        "the file is saved as UTF-16 (Notepad calls it 'Unicode'); regelsyn reads only UTF-8, so "
        "save it as UTF-8"
    )
    assert result.out_lines[:2] == [f"rules/x.yaml:1:1: {message}", f"rules/y.yaml:1:1: {message}"]


def test_a_utf16_file_is_named_in_danish(minimal: Path) -> None:
    build_tree(minimal, {"rules/x.yaml": GOOD_RULE.format(id="x").encode("utf-16")})
    result = run("rule", "show", "x", registry=minimal)
    assert result.exit_code == 3
    assert result.err_lines[0] == (
        "rules/x.yaml:1:1: filen er gemt som UTF-16 (Notesblok kalder det 'Unicode'); regelsyn "
        "læser kun UTF-8, så gem den som UTF-8"
    )


def test_a_merge_conflict_is_named_at_its_first_marker(minimal: Path) -> None:
    conflicted = GOOD_RULE.format(id="x").replace(
        "purpose: Et formål.\n",
        "<<<<<<< HEAD\npurpose: Et formål.\n=======\npurpose: Et andet formål.\n>>>>>>> bente\n",
    )
    build_tree(minimal, {"rules/x.yaml": conflicted.replace("\n", "\r\n")})
    result = run("--lang", "en", "check", registry=minimal)
    assert result.exit_code == 3
    assert result.out_lines[0] == (
        "rules/x.yaml:6:1: the file has an unresolved git merge conflict (lines starting with "
        "<<<<<<<, ======= or >>>>>>>); edit the text into the version that should apply and "
        "delete the marker lines"
    )
    assert run("rule", "edit", "x", "--people", "3", registry=minimal).exit_code == 3


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\n=======\n", 2),
        ("a: 1\r>>>>>>> b\r", 2),
        ("a: |\n  <<<<<<< indented text is no marker\n", 0),
        ("a: <<<<<<< in a value\n", 0),
        ("<<<<<<<<< eight\n", 0),
    ],
)
def test_conflict_markers_start_a_line(text: str, line: int) -> None:
    if line:
        with pytest.raises(yamlio.YamlProblem) as problem:
            yamlio.decode(text.encode())
        assert problem.value.line == line
    else:
        assert yamlio.decode(text.encode()) == text
