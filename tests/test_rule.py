"""`regelsyn rule add|list|show|edit` from the command line."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest

from regelsyn.app import rules
from regelsyn.domain.slug import slugify, unique_slug
from regelsyn.model import Rule
from regelsyn.store.registry import Registry
from regelsyn.ui.prompt import ScriptedPrompter
from regelsyn.ui.rules import ask_missing
from tests.helpers import GOOD_RULE, build_tree, read_csv, run

ADD_FLAGS = [
    "--title", "Skriftlig godkendelse af vagtbytte",
    "--kind", "approval",
    "--text", "Vagtbytte skal godkendes skriftligt af afdelingslederen.",
    "--owner-level", "arbejdsplads",
    "--owner-body", "Afdelingsledelsen",
    "--minutes", "5", "--per-year", "20", "--people", "30",
    "--tag", "arbejdstid", "--tag", "økonomi",
    "--next-review", "2027-06-01",
]  # fmt: skip

ADDED_FILE = """\
id: skriftlig-godkendelse-af-vagtbytte
title: Skriftlig godkendelse af vagtbytte
kind: approval
text: Vagtbytte skal godkendes skriftligt af afdelingslederen.
owner: {level: arbejdsplads, body: Afdelingsledelsen}
legal_basis: null
floor: null
adopted: null
applies_to: []
purpose: null
effect: null
legal_certainty: null
burden: {minutes: 5, per_year: 20, people: 30}
use: null
status: active
next_review: 2027-06-01
tags: [arbejdstid, økonomi]
history:
  - {date: 2026-11-27, event: created}
"""


def test_add_by_flags_writes_the_record(minimal: Path) -> None:
    result = run("rule", "add", *ADD_FLAGS, registry=minimal)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # stdout is for data; every message goes to stderr
    assert result.err_lines[0] == (
        "✓ Reglen 'skriftlig-godkendelse-af-vagtbytte' er registreret i "
        "rules/skriftlig-godkendelse-af-vagtbytte.yaml."
    )
    path = minimal / "rules" / "skriftlig-godkendelse-af-vagtbytte.yaml"
    assert path.read_text(encoding="utf-8") == ADDED_FILE
    assert run("check", registry=minimal).exit_code == 0


def test_add_twice_gets_a_unique_id(minimal: Path) -> None:
    assert run("rule", "add", *ADD_FLAGS, registry=minimal).exit_code == 0
    assert run("rule", "add", *ADD_FLAGS, registry=minimal).exit_code == 0
    names = sorted(p.name for p in (minimal / "rules").glob("*.yaml"))
    assert names == [
        "skriftlig-godkendelse-af-vagtbytte-2.yaml",
        "skriftlig-godkendelse-af-vagtbytte.yaml",
    ]


def test_add_with_taken_id_is_refused(minimal: Path) -> None:
    build_tree(minimal, {"rules/vagt.yaml": GOOD_RULE.format(id="vagt")})
    before = (minimal / "rules" / "vagt.yaml").read_bytes()
    result = run("--lang", "en", "rule", "add", *ADD_FLAGS, "--id", "vagt", registry=minimal)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Error: A rule with id 'vagt' already exists")
    assert (minimal / "rules" / "vagt.yaml").read_bytes() == before


def test_add_unknown_level_suggests(minimal: Path) -> None:
    flags = [f if f != "arbejdsplads" else "arbejdspladsen" for f in ADD_FLAGS]
    result = run("--lang", "en", "rule", "add", *flags, registry=minimal)
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        "Error: 'arbejdspladsen' is not a level in regelsyn.yaml (did you mean 'arbejdsplads'?). "
        "The levels are: arbejdsplads, forvaltning, eu."
    )
    assert list((minimal / "rules").glob("*.yaml")) == []


def test_add_bad_date_is_usage_error(minimal: Path) -> None:
    flags = [f if f != "2027-06-01" else "2027-13-45" for f in ADD_FLAGS]
    result = run("--lang", "en", "rule", "add", *flags, registry=minimal)
    assert result.exit_code == 2
    assert result.err_lines[0].startswith("Error: --next-review: '2027-13-45' is not a date.")


def test_add_without_terminal_names_the_flags(minimal: Path) -> None:
    result = run("--lang", "en", "rule", "add", "--title", "X", registry=minimal, input="")
    assert result.exit_code == 2
    assert result.err_lines[0].startswith("Error: ")
    assert "--kind --text --owner-level" in result.err_lines[0]


def test_add_by_prompts(minimal: Path) -> None:
    config = Registry(minimal).config()
    prompter = ScriptedPrompter(
        {
            "title": "Ugentlig vejning",
            "kind": "6",  # by number: measurement
            "text": "Alle beboere vejes hver mandag.",
            "owner.level": "",  # default: the local level
            "burden.minutes": "3,5",
            "burden.per_year": "52",
            "burden.people": "4",
            "tags": "ernæring, kvalitet",
            "next_review": "2027-01-31",
        }
    )
    fields = ask_missing({"title": None}, config, prompter)
    rule = rules.build(fields, config, lambda s: False, __import__("datetime").date(2026, 11, 27))
    assert prompter.asked[:4] == ["title", "kind", "text", "owner.level"]
    assert rule.id == "ugentlig-vejning"
    assert rule.kind == "measurement"
    assert rule.owner.level == "arbejdsplads"
    assert rule.hours_per_year == 12.1
    assert rule.tags == ["ernæring", "kvalitet"]
    assert str(rule.next_review) == "2027-01-31"


def test_prompt_reasks_until_the_answer_is_usable(minimal: Path) -> None:
    config = Registry(minimal).config()
    answers = iter(["", "Titel", "foo", "rule", "Tekst", "", "", "", "", "", "", "", "x", "2"])

    class Sequence(ScriptedPrompter):
        def ask(self, question: object) -> str:
            return next(answers, "")

    prompter = Sequence({})
    fields = ask_missing({}, config, prompter)
    assert fields["title"] == "Titel"
    assert fields["kind"] == "rule"
    assert fields["burden.minutes"] == 2.0
    assert prompter.said[0] == "Dette felt skal udfyldes."
    assert prompter.said[1] == (
        "'foo' er ikke et af valgene. Skriv et nummer eller en af: regel, dokumentation, "
        "registrering, indberetning, godkendelse, måling"
    )
    assert prompter.said[2] == "'x' er ikke et tal."


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Daglig rengøringslog for fællesarealer", "daglig-rengoeringslog-for-faellesarealer"),
        ("Årlig APV – på én gang!", "aarlig-apv-paa-en-gang"),
        ("ÆØÅ æøå", "aeoeaa-aeoeaa"),
        ("§§§", "regel"),
        ("x" * 80, "x" * 64),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_unique_slug() -> None:
    taken = {"vejning", "vejning-2"}
    assert unique_slug("Vejning", taken.__contains__) == "vejning-3"


def test_list_filters_and_json(example: Path) -> None:
    result = run(
        "rule", "list", "--owner", "arbejdsplads", "--status", "active", "--due-before",
        "2026-12-31", "--format", "json", registry=example,
    )  # fmt: skip
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    ids = [item["id"] for item in data]
    assert ids == sorted(ids)
    assert all(item["owner"]["level"] == "arbejdsplads" for item in data)
    assert all(item["next_review"] is None or item["next_review"] < "2026-12-31" for item in data)
    assert "ugentlig-vejning" in ids  # never reviewed counts as due
    assert list(data[0]) == [*Rule.model_fields, "hours_per_year"]


def test_list_json_hours(minimal: Path) -> None:
    build_tree(minimal, {"rules/god.yaml": GOOD_RULE.format(id="god")})
    (item,) = json.loads(run("rule", "list", "--format", "json", registry=minimal).stdout)
    assert item["hours_per_year"] == 5.0
    assert item["burden"] == {"minutes": 6, "per_year": 10, "people": 5}


def test_list_csv_neutralises_formulas(minimal: Path) -> None:
    build_tree(
        minimal,
        {"rules/f.yaml": GOOD_RULE.format(id="f").replace("En god regel", "'=HYPERLINK(1)'")},
    )
    result = run("rule", "list", "--format", "csv", registry=minimal)
    rows = read_csv(result.stdout)  # as export writes it: ";", Danish headers and words
    assert rows[0]["Titel"] == "'=HYPERLINK(1)"
    assert rows[0]["Timer om året"] == "5"
    assert rows[0]["Ejer"] == "Testcentret"  # the level by its name
    assert rows[0]["Type"] == "dokumentation"


def test_list_table(example: Path) -> None:
    result = run("rule", "list", "--kind", "approval", registry=example)
    assert result.exit_code == 0
    assert "haandkoebsmedicin-to-underskrifter" in result.stdout
    assert result.out_lines[-1] == "2 regler, i alt 237,5 timer om året."


def test_list_reports_broken_files_and_exits_nonzero(minimal: Path) -> None:
    build_tree(minimal, {"rules/god.yaml": GOOD_RULE.format(id="god"), "rules/bad.yaml": "x: ["})
    result = run("rule", "list", "--format", "json", registry=minimal)
    assert result.exit_code == 3
    assert [r["id"] for r in json.loads(result.stdout)] == ["god"]
    assert result.err_lines[0] == "Advarsel: 1 regelfil kunne ikke læses og er udeladt."
    assert result.err_lines[1].startswith("rules/bad.yaml:1:")


def test_show_formats(example: Path) -> None:
    as_json = json.loads(
        run("rule", "show", "rengoering-log", "--format", "json", registry=example).stdout
    )
    assert as_json["hours_per_year"] == 584.0
    raw = run("rule", "show", "rengoering-log", "--format", "yaml", registry=example).stdout
    assert raw == (example / "rules" / "rengoering-log.yaml").read_text(encoding="utf-8")
    panel = run("rule", "show", "rengoering-log", registry=example).stdout
    assert "584 timer om året" in panel


def test_show_md_snapshot(example: Path, snapshot: object) -> None:
    result = run("rule", "show", "faldrisikoscreening", "--format", "md", registry=example)
    assert result.exit_code == 0
    assert result.stdout == snapshot


def test_show_md_in_english_snapshot(example: Path, snapshot: object) -> None:
    result = run(
        "--lang", "en", "rule", "show", "ugentlig-vejning", "--format", "md", registry=example
    )
    assert result.stdout == snapshot


def test_show_md_escapes_user_text(minimal: Path) -> None:
    title = "Tabel | <script>alert(1)</script> [x](javascript:alert(1))"
    build_tree(minimal, {"rules/x.yaml": GOOD_RULE.format(id="x").replace("En god regel", title)})
    out = run("rule", "show", "x", "--format", "md", registry=minimal).stdout
    assert "<script>" not in out
    assert "[x](javascript:" not in out
    assert out.splitlines()[0] == (
        "## Tabel \\| &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1))"
    )


def test_show_unknown_rule(minimal: Path) -> None:
    result = run("--lang", "en", "rule", "show", "nope", registry=minimal)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Error: There is no rule with id 'nope'.",
        "See all ids with 'regelsyn rule list'.",
    ]


def test_show_refuses_path_like_ids(minimal: Path) -> None:
    result = run("--lang", "en", "rule", "show", "../regelsyn", registry=minimal)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Error: '../regelsyn' is not a valid id")


def test_edit_by_flags(example: Path) -> None:
    path = example / "rules" / "rengoering-log.yaml"
    before = path.read_text(encoding="utf-8")
    result = run(
        "rule", "edit", "rengoering-log", "--effect", "Ingen fund ved tilsyn.", "--tag", "køkken",
        registry=example,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    assert after == before.replace("effect: null", "effect: Ingen fund ved tilsyn.").replace(
        "tags: [hygiejne]", "tags: [køkken]"
    ).replace(
        "history: []",
        "history:\n  - {date: 2026-11-27, event: edited, note: 'effect, tags', fields: [effect, "
        "tags]}",
    )


def test_a_status_is_not_edited_by_hand(example: Path) -> None:
    """Status changes belong to reviews and cases (an EU rule is never "removed" by an edit)."""
    path = example / "rules" / "arbejdstidsregistrering.yaml"
    before = path.read_bytes()
    result = run("--lang", "en", "rule", "edit", "arbejdstidsregistrering", "--status", "removed",
                 registry=example)  # fmt: skip
    assert result.exit_code == 1
    assert result.err_lines == [
        "Error: The status of the rule 'arbejdstidsregistrering' is not changed by hand: a review "
        "(regelsyn review) or a case (regelsyn challenge, regelsyn case reply) changes it.",
        "Take the rule up at the next meeting, or use the challenge right: regelsyn challenge new "
        "--rule ID.",
    ]
    assert path.read_bytes() == before


def test_edit_refuses_invalid_values_and_keeps_the_file(example: Path) -> None:
    path = example / "rules" / "rengoering-log.yaml"
    before = path.read_bytes()
    result = run(
        "--lang",
        "en",
        "rule",
        "edit",
        "rengoering-log",
        "--owner-level",
        "kommune",
        registry=example,
    )
    assert result.exit_code == 1
    assert path.read_bytes() == before


@pytest.fixture
def at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if at a terminal (an editor is started only there); the editor is a script."""
    monkeypatch.setattr("regelsyn.ui.prompt.has_terminal", lambda: True)


def _editor(tmp_path: Path, script: str) -> str:
    editor = tmp_path / "editor.py"
    editor.write_text(f"import sys, pathlib\np = pathlib.Path(sys.argv[1])\n{script}\n")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    return f"{sys.executable} {editor}"


@pytest.mark.usefixtures("at_a_terminal")
def test_edit_in_editor_saves_a_valid_result(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = "p.write_text(p.read_text().replace('title: Daglig', 'title: Ugentlig'))"
    monkeypatch.setenv("EDITOR", _editor(tmp_path, script))
    result = run("rule", "edit", "rengoering-log", registry=example)
    assert result.exit_code == 0, result.stderr
    text = (example / "rules" / "rengoering-log.yaml").read_text(encoding="utf-8")
    assert "title: Ugentlig rengøringslog" in text
    assert not (example / ".regelsyn" / "edit" / "rengoering-log.yaml").exists()
    rule = Registry(example).rule("rengoering-log").record
    assert rule is not None
    last = rule.history[-1]
    assert (last.date.isoformat(), last.event, last.note) == ("2026-11-27", "edited", "title")


@pytest.mark.usefixtures("at_a_terminal")
def test_an_editor_save_of_comments_only_adds_no_history(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example / "rules" / "rengoering-log.yaml"
    before = Registry(example).rule("rengoering-log").record
    script = "p.write_text('# rettet af Bo\\n' + p.read_text())"
    monkeypatch.setenv("EDITOR", _editor(tmp_path, script))
    assert run("rule", "edit", "rengoering-log", registry=example).exit_code == 0
    assert path.read_text(encoding="utf-8").startswith("# rettet af Bo\n")
    assert Registry(example).rule("rengoering-log").record == before


@pytest.mark.usefixtures("at_a_terminal")
def test_an_editor_save_notes_nested_fields(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = ("p.write_text(p.read_text().replace('minutes: 4', 'minutes: 3')"
              ".replace('tags: [hygiejne]', 'tags: [hygiejne, kost]'))")  # fmt: skip
    monkeypatch.setenv("EDITOR", _editor(tmp_path, script))
    assert run("rule", "edit", "rengoering-log", registry=example).exit_code == 0
    rule = Registry(example).rule("rengoering-log").record
    assert rule is not None
    assert rule.history[-1].note == "burden.minutes, tags"


@pytest.mark.usefixtures("at_a_terminal")
def test_edit_in_editor_never_loses_the_previous_version(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example / "rules" / "rengoering-log.yaml"
    before = path.read_bytes()
    script = "p.write_text(p.read_text().replace('kind: documentation', 'kind: dokumentation'))"
    monkeypatch.setenv("EDITOR", _editor(tmp_path, script))
    result = run("--lang", "en", "rule", "edit", "rengoering-log", registry=example, input="")
    assert result.exit_code == 1
    assert path.read_bytes() == before
    assert result.err_lines[0].startswith("rules/rengoering-log.yaml:3:7: kind: 'dokumentation'")
    draft = example / ".regelsyn" / "edit" / "rengoering-log.yaml"
    assert "kind: dokumentation" in draft.read_text(encoding="utf-8")
    assert ".regelsyn/edit/rengoering-log.yaml" in result.err_lines[-1]
    # the next edit continues from the draft; fixing it saves
    fix = "p.write_text(p.read_text().replace('kind: dokumentation', 'kind: registration'))"
    monkeypatch.setenv("EDITOR", _editor(tmp_path, fix))
    result = run("rule", "edit", "rengoering-log", registry=example)
    assert result.exit_code == 0, result.stderr
    assert "kind: registration" in path.read_text(encoding="utf-8")
    assert not draft.exists()
