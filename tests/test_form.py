"""Files keep their form when regelsyn writes them: line endings, byte-order mark, document
markers, comments and the way each empty value is written; what cannot be read is said plainly.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import reduce
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regelsyn.store import form, yamlio
from regelsyn.store.registry import Registry
from tests.helpers import GOOD_RULE, build_tree, copy_example, run

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
        "  - {date: 2026-11-27, event: edited, note: purpose, fields: [purpose]}",
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


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_an_edit_keeps_the_files_line_endings(minimal: Path, newline: str) -> None:
    path = write(minimal, (newline.join(RULE) + newline).encode())
    edit_purpose(minimal)
    after = path.read_bytes()
    assert after == (newline.join(edited(RULE)) + newline).encode()
    assert after.count(newline.encode()) == len(RULE) + 1


def test_a_file_that_mixes_line_endings_keeps_each_line_and_writes_new_ones_as_most_are(
    minimal: Path,
) -> None:
    endings = ["\r\n"] * len(RULE)
    endings[2] = "\n"  # one line added by an editor that writes LF
    path = write(minimal, "".join(map("".join, zip(RULE, endings, strict=True))).encode())
    edit_purpose(minimal)
    lines = path.read_bytes().decode().splitlines(keepends=True)
    assert lines == [
        "id: form\r\n",
        "title: Dobbelt kvittering\r\n",
        "kind: documentation\n",
        *(line + "\r\n" for line in edited(RULE)[3:]),
    ]


def test_an_edit_keeps_the_byte_order_mark(minimal: Path) -> None:
    path = write(minimal, BOM + ("\r\n".join(RULE) + "\r\n").encode())
    edit_purpose(minimal)
    assert path.read_bytes() == BOM + ("\r\n".join(edited(RULE)) + "\r\n").encode()


def test_a_missing_final_newline_stays_missing(minimal: Path) -> None:
    lines = [*RULE[:-1], "history: []", "# slut"]
    path = write(minimal, "\n".join(lines).encode())
    edit_purpose(minimal)
    assert path.read_text(encoding="utf-8").endswith(
        "history:\n  - {date: 2026-11-27, event: edited, note: purpose, fields: [purpose]}\n# slut"
    )


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
        "  - {date: 2026-11-27, event: edited, note: purpose, fields: [purpose]}",
        "  - {date: 2026-11-27, event: edited, note: burden.people, fields: [burden.people]}",
        "",
        "# Spørg Bente om historikken.",
    ]


def test_a_comment_after_the_last_history_entry_stays_below_new_entries(minimal: Path) -> None:
    lines = [*RULE[:-1], "history:", "- {date: 2025-01-02, event: edited}  # før flytningen"]
    path = write(minimal, ("\n".join([*lines, "# slut"]) + "\n").encode())
    edit_purpose(minimal)
    assert path.read_text(encoding="utf-8").splitlines()[-3:] == [
        "- {date: 2025-01-02, event: edited}  # før flytningen",
        "- {date: 2026-11-27, event: edited, note: purpose, fields: [purpose]}",
        "# slut",
    ]


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("%YAML 1.2\n---\n", "...\n"),
        ("---\n", ""),
        ("# Regel fra 2019\n---\n", "...\n# efter dokumentet\n"),
        ("%YAML 1.2\n--- # regel\n", ""),
    ],
    ids=["directive", "start", "comment-before-start", "comment-on-start"],
)
def test_document_markers_and_directives_are_kept(minimal: Path, head: str, tail: str) -> None:
    path = write(minimal, (head + "\n".join(RULE) + "\n" + tail).encode())
    edit_purpose(minimal)
    assert path.read_text(encoding="utf-8") == head + "\n".join(edited(RULE)) + "\n" + tail
    assert run("check", registry=minimal).exit_code == 0


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


def test_hand_spacing_on_lines_the_tool_did_not_change_is_kept(minimal: Path) -> None:
    lines = [
        "id:      form",
        "title:   Dobbelt kvittering   ",
        "kind:    documentation",
        "text: Personalet",
        "  kvitterer.",
        "owner: { level: arbejdsplads, body: Ledelsen }",
        "purpose: ~",
        "tags: [ hygiejne, 'ekstra' ]",
    ]
    path = write(minimal, ("\n".join(lines) + "\n").encode())
    edit_purpose(minimal)
    assert (
        path.read_text(encoding="utf-8")
        == "\n".join([*lines[:6], "purpose: Et formål", lines[7], "history:", EDITED[RULE[-1]][1]])
        + "\n"
    )


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


def test_a_file_read_unchanged_is_written_byte_identical(minimal: Path) -> None:
    raw = BOM + ("%YAML 1.2\r\n---\r\n" + "\r\n".join(EMPTY) + "\r\n...\r\n").encode()
    path = write(minimal, raw, "tomme")
    loaded = Registry(minimal).rule("tomme")
    assert form.encode(loaded.tree, loaded.indent, loaded.form) == raw
    assert path.read_bytes() == raw


# -- property: a tool edit of one field changes only that field's lines -------------------------

NOTE = st.sampled_from(["", "", "  # note", "   # æøå, ~ og null", " #"])
EMPTY_WORD = st.sampled_from(["~", "null", "Null", ""])
FLOW_EMPTY = st.sampled_from(["~", "null", "Null"])


@st.composite
def hand_written(draw: Any) -> tuple[list[tuple[str, list[str]]], str, bytes, str]:
    """A rule file as a person might write it: ``(blocks, newline, head bytes, tail)``, each
    block a field's lines (or a comment's), keyed by the field."""
    pad = " " * draw(st.sampled_from([2, 4]))
    offset = draw(st.sampled_from(["", pad]))

    def note() -> str:
        return str(draw(NOTE))

    def empty(key: str) -> list[str]:
        word = draw(EMPTY_WORD)
        return [f"{key}:{' ' if word else ''}{word}{note()}"]

    owner = draw(st.sampled_from(["flow", "spaced", "block"]))
    burden = draw(st.sampled_from(["flow", "block"]))
    blocks: list[tuple[str, list[str]]] = [
        ("id", ["id: regel" + note()]),
        ("title", [f"title:{draw(st.sampled_from([' ', '   ']))}Dobbelt kvittering{note()}"]),
        ("kind", ["kind: documentation" + note()]),
        ("text", ["text: |", f"{pad}Første linje.", f"{pad}Anden linje."]),
        (
            "owner",
            {
                "flow": [f"owner: {{level: arbejdsplads, body: {draw(FLOW_EMPTY)}}}" + note()],
                "spaced": ["owner: { level: arbejdsplads }" + note()],
                "block": ["owner:", f"{pad}level: arbejdsplads" + note()],
            }[owner],
        ),
        ("legal_basis", empty("legal_basis")),
        ("floor", empty("floor")),
        ("purpose", draw(st.sampled_from([empty("purpose"), ["purpose: Et formål" + note()]]))),
        ("effect", empty("effect")),
        (
            "burden",
            ["burden: {minutes: 2, per_year: 52, people: 4}" + note()]
            if burden == "flow"
            else ["burden:", f"{pad}minutes: 2", f"{pad}per_year: 52", f"{pad}people: 4" + note()],
        ),
        ("use", empty("use")),
        ("tags", draw(st.sampled_from([["tags: [hygiejne]"], ["tags:", f"{offset}- hygiejne"]]))),
        (
            "history",
            draw(
                st.sampled_from(
                    [
                        ["history: []" + note()],
                        ["history:", f"{offset}- {{date: 2025-01-02, event: edited}}" + note()],
                    ]
                )
            ),
        ),
    ]
    for index in sorted(draw(st.lists(st.integers(1, len(blocks)), max_size=4)), reverse=True):
        comment = draw(st.sampled_from(["# Kommentar.", "", "# ~ null", "  # indrykket"]))
        blocks.insert(index, ("#", [comment]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    head = draw(st.sampled_from(["", "---", "%YAML 1.2\n---", "# Hoved\n---", "--- # regel"]))
    tail = draw(st.sampled_from(["", "...", "...\n# efter"]))
    bom = draw(st.sampled_from([b"", BOM]))
    return (
        blocks,
        newline,
        bom + (newline.join(head.split("\n")) + newline).encode() * bool(head),
        newline.join(tail.split("\n")),
    )


EDITS = {
    "title": ({("title",): "Ny titel"}, "Ny titel"),
    "purpose": ({("purpose",): "Nyt formål"}, "Nyt formål"),
    "burden": ({("burden", "people"): 7}, "7"),
    "owner": ({("owner", "level"): "forvaltning"}, "forvaltning"),
}


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    file=hand_written(),
    field=st.sampled_from(sorted(EDITS)),
    mixed=st.booleans(),
    final_newline=st.booleans(),
)
def test_a_tool_edit_changes_only_the_lines_of_the_field_it_edits(
    minimal: Path,
    file: tuple[list[tuple[str, list[str]]], str, bytes, str],
    field: str,
    mixed: bool,
    final_newline: bool,
) -> None:
    blocks, newline, head, tail = file
    lines = [line for _, block in blocks for line in block]
    if tail:
        lines += tail.split(newline)
    endings = [newline] * len(lines)
    if mixed and newline != "\r":
        endings[len(lines) // 2] = "\n" if newline == "\r\n" else "\r\n"  # one line unlike the rest
    if not final_newline:
        endings[-1] = ""
    chunks = [line + ending for line, ending in zip(lines, endings, strict=True)]
    original = head + "".join(chunks).encode()
    path = write(minimal, original, "regel")

    registry = Registry(minimal)
    changes, shown = EDITS[field]
    loaded = registry.rule("regel")
    assert loaded.record is not None
    expected = loaded.record.model_dump(exclude={"history", "hours_per_year"})
    for (*parents, last), value in changes.items():
        reduce(lambda data, key: data[key], parents, expected)[last] = value
    entry = {"date": dt.date(2026, 11, 27), "event": "edited", "note": field}
    assert registry.update_rule(loaded, changes, history=entry)

    after = path.read_bytes()
    assert after.startswith(head)
    # the file's lines before the field, between it and the history, and after the history
    # (a comment after it, the end marker) are byte-identical; between them, the new lines
    starts = [0]
    for _, block in blocks:
        starts.append(starts[-1] + len(block))
    keys = [key for key, _ in blocks]
    field_at, history_at = keys.index(field), keys.index("history")
    before = head + "".join(chunks[: starts[field_at]]).encode()
    between = "".join(chunks[starts[field_at + 1] : starts[history_at]]).encode()
    behind = "".join(chunks[starts[history_at + 1] :]).encode()
    assert after.startswith(before)
    assert after.endswith(behind)
    middle = after[len(before) : len(after) - len(behind)]
    at = middle.find(between)
    assert at >= 0, (middle, between)
    new_field, new_history = middle[:at], middle[at + len(between) :]
    assert new_field.startswith(field.encode() + b":")
    body = re.search(r"body: (\S+)}", "".join(dict(blocks)["owner"]))
    if field == "owner" and body:
        assert f"body: {body.group(1)}}}".encode() in new_field  # an empty value keeps its way
    assert shown.encode() in new_field
    assert new_history.startswith(b"history:")
    assert re.search(rb"note: " + field.encode() + rb"\}(\r\n|\r|\n)?\Z", new_history)
    old = {chunk.encode() for chunk in chunks}
    for line in re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", new_field + new_history):
        if line not in old:  # a line written anew ends as most of the file's lines do
            assert re.sub(rb"[^\r\n]", b"", line) in (newline.encode(), b""), line
    record = registry.rule("regel").record
    assert record is not None
    assert record.model_dump(exclude={"history", "hours_per_year"}) == expected
    assert [entry.note for entry in record.history][-1] == field


def test_the_form_is_the_files_own() -> None:
    assert form.detect(b"a: 1\r\nb: 2\r\nc: 3\n") == form.Form(
        "a: 1\r\nb: 2\r\nc: 3\n", False, "\r\n"
    )
    assert form.detect(BOM + b"a: 1\rb: 2").newline == "\r"
    assert form.detect(BOM + b"a: 1\r\nb: 2\n").newline == "\n"  # a tie: LF
    assert form.detect(b"a: 1").bom is False


def test_when_keeping_lines_goes_wrong_the_data_is_still_right(
    minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(minimal, BOM + ("\r\n".join(RULE) + "\r\n").encode())
    monkeypatch.setattr(form, "_merge", lambda *args: "id: noget andet\n")
    edit_purpose(minimal)  # written whole in ruamel.yaml's layout, with the BOM and CRLF
    assert path.read_bytes() == BOM + ("\r\n".join(edited(RULE)) + "\r\n").encode()


def test_a_review_changes_the_same_lines_in_a_windows_file(example: Path, tmp_path: Path) -> None:
    """The demo meeting over the example registry saved with BOM, CRLF and document markers
    changes exactly the lines it changes over the registry as shipped."""
    shipped = copy_example(tmp_path / "shipped")
    windows = {}
    for path in sorted((example / "rules").glob("*.yaml")):
        data = b"%YAML 1.2\r\n---\r\n" + path.read_bytes().replace(b"\n", b"\r\n") + b"...\r\n"
        path.write_bytes(BOM + data)
        windows[path.name] = data
    for registry in (shipped, example):
        assert run("review", "--decisions", DEMO, registry=registry).exit_code == 0
    changed = 0
    for name, before in windows.items():
        after = (example / "rules" / name).read_bytes()
        lf = (shipped / "rules" / name).read_bytes()
        expected = BOM + b"%YAML 1.2\r\n---\r\n" + lf.replace(b"\n", b"\r\n") + b"...\r\n"
        assert BLOB.sub(b"", after) == BLOB.sub(b"", expected), name  # blobs: of other bytes
        changed += after != BOM + before
    assert changed >= 5


DEMO = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
BLOB = re.compile(rb"blob: [0-9a-f]{40}")
