"""Hostile or odd input: record text that tries to steer the terminal, numbers past any sense,
links that lead out of the registry, spreadsheets built to exhaust the machine. Each is shown
inert, refused with a plain message, or flagged by ``check``; none gives a traceback."""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import pexpect
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regelsyn import inert
from tests.helpers import GOOD_RULE, build_tree, read_csv, run

LINK = "\x1b]8;;https://evil.example/\x1b\\Klik her\x1b]8;;\x1b\\"
CLEAR = "\x1b[2J"
BIDI = "\u202eevil\u202c"
ZERO = "a\u200bb\ufeffc\u2060d"
HOSTILE = f"{LINK} {CLEAR} {BIDI} {ZERO} \x9b31m \x07"

# what a terminal could obey or hide: control and format characters, separators, surrogates
_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def obeyed(text: str) -> list[str]:
    """The characters in ``text`` that a terminal would act on or hide (newline and tab are
    ordinary line layout; the soft hyphen is ordinary text)."""
    return [c for c in text if unicodedata.category(c) in _CATEGORIES and c not in "\n\t\u00ad"]


def yaml_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, every character but printable ASCII escaped."""
    out = []
    for char in text:
        point = ord(char)
        if 0x20 <= point < 0x7F and char not in '"\\':
            out.append(char)
        elif point <= 0xFFFF:
            out.append(f"\\u{point:04x}")
        else:
            out.append(f"\\U{point:08x}")
    return '"' + "".join(out) + '"'


def set_line(text: str, name: str, value: str) -> str:
    """``text`` (YAML) with its top-level ``name:`` line set to ``value`` quoted (added at the
    end when there is none)."""
    line = f"{name}: {yaml_quoted(value)}"
    changed, count = re.subn(rf"^{name}:.*$", lambda _m: line, text, count=1, flags=re.M)
    return changed if count else text + line + "\n"


def hostile_rule(registry: Path, rule_id: str, **fields: str) -> None:
    """Set fields of ``rules/<rule_id>.yaml`` (top-level, one line each) to hostile text."""
    path = registry / "rules" / f"{rule_id}.yaml"
    text = path.read_text(encoding="utf-8")
    for name, value in fields.items():
        text = set_line(text, name, value)
    path.write_text(text, encoding="utf-8")


# -- terminal output is inert ---------------------------------------------------------------------
def test_the_convention_covers_every_control_and_format_character() -> None:
    """``inert``'s list is held to the Unicode database of the running Python: everything of
    the categories is marked, and nothing else but characters assigned since."""
    for point in range(0x110000):
        char = chr(point)
        category = unicodedata.category(char)
        marked = inert.text(char) != char
        if char == "\u00ad":
            assert not marked
        elif category in _CATEGORIES:
            assert marked, hex(point)
        else:
            assert not marked or category == "Cn", hex(point)


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("\x1b[2J", "<U+001B>[2J"),
        ("a\u202eb", "a<U+202E>b"),
        ("x\u200by", "x<U+200B>y"),
        ("tab\there", "tab<U+0009>here"),
        ("two\nlines", "two<U+000A>lines"),
        ("\U000e0041", "<U+E0041>"),
        ("Rengøring – æøå", "Rengøring – æøå"),
        ("bl\u00f8d\u00adbindestreg", "bl\u00f8d\u00adbindestreg"),
    ],
)
def test_one_line_is_marked(given: str, shown: str) -> None:
    assert inert.text(given) == shown


def test_lines_keep_newline_and_tab_only() -> None:
    assert inert.text("a\n\tb\r\x1b", lines=True) == "a\n\tb<U+000D><U+001B>"


def test_json_keeps_the_data_and_escapes_the_controls() -> None:
    value = {"title": HOSTILE + "\U000e0041"}
    text = inert.dumps(value)
    assert not obeyed(text)
    assert json.loads(text) == value


def test_json_refuses_what_is_not_json() -> None:
    with pytest.raises(ValueError):
        inert.dumps({"hours": float("inf")})


def test_a_cell_is_marked_and_guarded() -> None:
    assert inert.cell("=1+1") == "'=1+1"
    assert inert.cell("\x1b[2J=x") == "<U+001B>[2J=x"
    assert inert.cell("linje 1\nlinje 2") == "linje 1\nlinje 2"
    assert inert.cell(["a\u202e", "b"]) == "a<U+202E>; b"


def test_markdown_passes_no_raw_control() -> None:
    from regelsyn.render import md, md_block

    assert not obeyed(md(HOSTILE))
    assert not obeyed(md_block(HOSTILE + "\n\n" + HOSTILE))
    assert "&lt;U+001B&gt;" in md("\x1b")


@pytest.fixture
def hostile(example: Path) -> Path:
    hostile_rule(example, "rengoering-log", title=HOSTILE, purpose=HOSTILE + "\nanden linje")
    return example


@pytest.mark.parametrize(
    "args",
    [
        ("rule", "show", "rengoering-log"),
        ("rule", "show", "rengoering-log", "--format", "json"),
        ("rule", "show", "rengoering-log", "--format", "yaml"),
        ("rule", "show", "rengoering-log", "--format", "md"),
        ("rule", "list"),
        ("rule", "list", "--format", "csv"),
        ("rule", "list", "--format", "json"),
        ("due", "--within", "120m"),
        ("export",),
        ("export", "--format", "json"),
        ("report",),
        ("check",),
    ],
)
def test_a_hostile_title_is_shown_inert(hostile: Path, args: tuple[str, ...]) -> None:
    result = run(*args, registry=hostile)
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert not obeyed(result.stdout.removeprefix("\ufeff")), args  # export's byte-order mark
    assert not obeyed(result.stderr), args


def test_the_title_is_still_there_to_read(hostile: Path) -> None:
    shown = run("rule", "show", "rengoering-log", registry=hostile).stdout
    assert "<U+001B>]8;;https://evil.example/<U+001B>\\Klik her" in shown
    assert "<U+202E>evil<U+202C>" in shown
    assert "anden linje" in shown  # the purpose keeps its line break
    listed = run("rule", "list", "--format", "json", registry=hostile).stdout
    titles = {rule["id"]: rule["title"] for rule in json.loads(listed)}
    assert titles["rengoering-log"] == HOSTILE  # JSON keeps the data whole
    rows = read_csv(run("rule", "list", "--format", "csv", registry=hostile).stdout)
    title = next(row["Titel"] for row in rows if row["Id"] == "rengoering-log")
    assert title == inert.text(HOSTILE, lines=True)


def test_a_raw_bidi_character_in_the_file_is_marked_too(example: Path) -> None:
    """YAML lets a file hold bidi and zero-width characters unescaped; ``--format yaml`` shows
    the file as written, but not them."""
    path = example / "rules" / "rengoering-log.yaml"
    text = path.read_text(encoding="utf-8").replace("Daglig", "Dag\u202elig\u200b", 1)
    path.write_text(text, encoding="utf-8")
    result = run("rule", "show", "rengoering-log", "--format", "yaml", registry=example)
    assert result.exit_code == 0, result.stderr
    assert "title: Dag<U+202E>lig<U+200B>" in result.stdout
    assert not obeyed(result.stdout)


def test_a_workbook_takes_a_hostile_title(hostile: Path) -> None:
    result = run("export", "--format", "xlsx", "--out", hostile / "regler.xlsx", registry=hostile)
    assert result.exit_code == 0, result.stderr
    assert (hostile / "regler.xlsx").stat().st_size > 0


def test_a_case_about_a_hostile_rule_is_listed_inert(hostile: Path) -> None:
    filed = run(
        "challenge", "new", "--rule", "rengoering-log", "--request", "remove",
        "--problem", "Ingen læser den " + CLEAR, "--filed-by", "Kim " + BIDI,
        registry=hostile,
    )  # fmt: skip
    assert filed.exit_code == 0, filed.stderr
    assert not obeyed(filed.stdout + filed.stderr)
    for args in (
        ("challenge", "list"),
        ("challenge", "list", "--format", "csv"),
        ("challenge", "list", "--format", "json"),
    ):
        result = run(*args, registry=hostile)
        assert result.exit_code == 0, result.stderr
        assert "<U+001B>" in result.stdout or "\\u001b" in result.stdout
        # the CSV's byte-order mark (for Excel) starts the data; nothing else may hide
        assert not obeyed(result.stdout.removeprefix("\ufeff") + result.stderr), args
    case_id = next((hostile / "cases").glob("*.yaml")).stem
    for fmt in ("table", "json", "yaml", "md"):
        shown = run("challenge", "show", case_id, "--format", fmt, registry=hostile)
        assert shown.exit_code == 0, shown.stderr
        assert not obeyed(shown.stdout + shown.stderr), fmt


def test_the_inbox_is_inert(hostile: Path) -> None:
    sent = run(
        "challenge", "new", "--rule", "besoeg-klokkeslaet", "--request", "remove",
        "--problem", "Ingen bruger klokkeslættene.", "--filed-by", "Kim",
        registry=hostile,
    )  # fmt: skip
    assert sent.exit_code == 0, sent.stderr
    case_id = next((hostile / "cases").glob("*.yaml")).stem
    path = hostile / "cases" / f"{case_id}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(set_line(text, "title", HOSTILE), encoding="utf-8")
    escalated = run("escalate", case_id, registry=hostile)
    assert escalated.exit_code == 0, escalated.stderr
    config = hostile / "regelsyn.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "workplace: Plejecenter Solhaven", f"workplace: {yaml_quoted('Solhaven ' + CLEAR)}"
        ),
        encoding="utf-8",
    )
    level = re.search(r"target_level: (\S+)", path.read_text(encoding="utf-8"))
    assert level is not None
    for fmt in ("table", "csv", "json"):
        result = run("inbox", str(hostile), "--level", level[1], "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert "evil.example" in result.stdout, fmt
        assert not obeyed(result.stdout.removeprefix("\ufeff") + result.stderr), fmt


def test_prompts_show_record_text_inert(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from regelsyn.ui.prompt import Question, TerminalPrompter

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or "")
    prompter = TerminalPrompter("--flag")
    question = Question(
        "level", "Niveau " + CLEAR, default=HOSTILE, choices=("a",), choice_labels={"a": BIDI},
        help=LINK,
    )  # fmt: skip
    prompter.ask(question)
    prompter.say("Regel: " + HOSTILE)
    prompter.confirm("Gem " + CLEAR + "?")
    shown = capsys.readouterr()
    assert not obeyed("".join(asked) + shown.out + shown.err)
    assert "<U+202E>evil<U+202C>" in shown.err


def test_the_meeting_screen_is_inert(hostile: Path) -> None:
    """The meeting in a real terminal: rich styles its output, but nothing from the record
    reaches the terminal as a command."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "regelsyn", "--lang", "en", "-C", str(hostile), "review", "rengoering-log",
         "--participant", "Anne Holm:ledelse:formand", "--decided-by", "Anne Holm",
         "--date", "2026-11-22"],
        env={**os.environ, "COLUMNS": "120"},
        encoding="utf-8",
        timeout=20,
    )  # fmt: skip
    child.expect("Legal certainty")
    seen = child.before or ""
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert "evil.example" in seen
    assert "\x1b]8;;" not in seen  # no hyperlink
    assert "\x1b[2J" not in seen  # no cleared screen
    assert not [c for c in seen if unicodedata.category(c) == "Cf"]  # no bidi, no zero-width
    assert "<U+202E>evil<U+202C>" in seen


# -- check flags such characters ------------------------------------------------------------------
def test_check_warns_of_hidden_characters_in_a_rule(example: Path) -> None:
    hostile_rule(example, "rengoering-log", title="Daglig " + CLEAR, purpose="Formål" + BIDI)
    for _run in range(2):  # worked out, then from the cache
        result = run("check", registry=example)
        assert result.exit_code == 0, result.stderr
        lines = [line for line in result.out_lines if "hidden" in line or "skjult" in line]
        assert lines == [
            "rules/rengoering-log.yaml:2:8: title: feltet indeholder et skjult tegn eller et "
            "styretegn (<U+001B>), som kan få teksten til at se anderledes ud, end den er; slet "
            "tegnet, eller skriv teksten igen",
            "rules/rengoering-log.yaml:10:10: purpose: feltet indeholder et skjult tegn eller et "
            "styretegn (<U+202E>), som kan få teksten til at se anderledes ud, end den er; slet "
            "tegnet, eller skriv teksten igen",
        ]
    assert run("check", "--strict", registry=example).exit_code == 1
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    codes = {(f["field"], f["code"]) for f in found if f["file"] == "rules/rengoering-log.yaml"}
    assert ("title", "hidden_characters") in codes
    assert ("purpose", "hidden_characters") in codes


def test_check_points_at_the_list_item(example: Path) -> None:
    path = example / "rules" / "rengoering-log.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "tags: [hygiejne]", 'tags: [hygiejne, "a\u200bb"]'
    )
    path.write_text(text, encoding="utf-8")
    result = run("--lang", "en", "check", registry=example)
    assert (
        "rules/rengoering-log.yaml:17:18: tags[1]: the field holds a hidden or control character "
        "(<U+200B>) that can make the text look other than it is; delete it, or type the text "
        "again"
    ) in result.out_lines


def test_check_warns_of_hidden_characters_in_a_case(example: Path) -> None:
    filed = run(
        "challenge", "new", "--rule", "rengoering-log", "--request", "remove",
        "--problem", "Ingen læser den " + CLEAR, "--filed-by", "Kim",
        registry=example,
    )  # fmt: skip
    assert filed.exit_code == 0, filed.stderr
    case = next((example / "cases").glob("*.yaml"))
    result = run("--lang", "nb", "check", registry=example)
    mine = [line for line in result.out_lines if line.startswith(f"cases/{case.name}")]
    assert len(mine) == 1
    assert mine[0].endswith(
        ": problem: feltet inneholder et skjult tegn eller et styretegn (<U+001B>) som kan få "
        "teksten til å se annerledes ut enn den er; slett tegnet, eller skriv teksten på nytt"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "T" + CLEAR),
        ("text", "linje\nlinje\ttab"),  # newline and tab are not hidden
        ("tags", ["ok", "a\u202eb"]),
        ("owner", {"level": "a", "body": "\ufeffLedelsen"}),
        ("history", [{"date": "2026-01-01", "event": "created", "note": "x\x00"}]),
    ],
)
def test_both_readings_find_the_same_hidden_characters(field: str, value: object) -> None:
    import datetime as dt

    from pydantic import ValidationError

    from regelsyn.model import Rule
    from regelsyn.store import quick
    from regelsyn.store.reading import rule_facts

    data = {"id": "x", "title": "T", "kind": "rule", "text": "T", "owner": {"level": "a"}}
    if field == "history":
        value = [{**value[0], "date": dt.date(2026, 1, 1)}]  # type: ignore[index]
    data[field] = value  # type: ignore[assignment]
    fast = quick.rule_facts(data)
    assert fast is not None
    try:
        model = rule_facts(Rule.model_validate(data))
    except ValidationError:  # pragma: no cover - the record is valid
        raise
    assert fast == model
    assert bool(fast.hidden) == (field != "text")


def test_the_domain_names_each_field() -> None:
    from regelsyn.domain.checks import hidden_characters
    from regelsyn.model.finding import Issue

    assert hidden_characters({"history.2.note": "U+202E", "title": "U+001B"}) == [
        Issue("warning", "hidden_characters", ("history", 2, "note"), {"char": "<U+202E>"}),
        Issue("warning", "hidden_characters", ("title",), {"char": "<U+001B>"}),
    ]


# -- numbers --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("burden", "line"),
    [
        ("{minutes: 1e300, per_year: 10, people: 5}",
         "rules/x.yaml:5:19: burden.minutes: må højst være 525.600, ikke 1e+300"),
        ("{minutes: .inf, per_year: 10, people: 5}",
         "rules/x.yaml:5:19: burden.minutes: må højst være 525.600, ikke inf"),
        ("{minutes: .nan, per_year: 10, people: 5}",
         "rules/x.yaml:5:19: burden.minutes: må højst være 525.600, ikke nan"),
        ("{minutes: 6, per_year: 525601, people: 5}",
         "rules/x.yaml:5:32: burden.per_year: må højst være 525.600, ikke 525601"),
        ("{minutes: 6, per_year: 10, people: 1000001}",
         "rules/x.yaml:5:44: burden.people: må højst være 1.000.000, ikke 1000001"),
    ],
)  # fmt: skip
def test_a_burden_past_any_sense_is_an_error(minimal: Path, burden: str, line: str) -> None:
    rule = "id: x\ntitle: T\nkind: rule\ntext: T\nburden: BURDEN\nowner: {level: arbejdsplads}\n"
    build_tree(minimal, {"rules/x.yaml": rule.replace("BURDEN", burden)})
    result = run("check", registry=minimal)
    assert result.exit_code == 1
    assert result.out_lines[0] == line
    listed = run("rule", "list", "--format", "json", registry=minimal)
    assert "Infinity" not in listed.stdout and "NaN" not in listed.stdout
    json.loads(listed.stdout)


def test_the_largest_burden_is_a_number_everywhere(minimal: Path) -> None:
    from regelsyn.vocab import MAX_HOURS, MAX_MINUTES, MAX_PEOPLE, MAX_PER_YEAR

    burden = f"{{minutes: {MAX_MINUTES}, per_year: {MAX_PER_YEAR}, people: {MAX_PEOPLE}}}"
    rule = (
        f"id: x\ntitle: T\nkind: rule\ntext: T\nburden: {burden}\nowner: {{level: arbejdsplads}}\n"
    )
    build_tree(minimal, {"rules/x.yaml": rule})
    assert run("check", registry=minimal).exit_code == 0
    for args in (
        ("rule", "list", "--format", "json"),
        ("rule", "show", "x", "--format", "json"),
        ("export", "--format", "json"),
        ("report", "--format", "json"),
    ):
        result = run(*args, registry=minimal)
        assert result.exit_code == 0, (args, result.stderr)
        data = json.loads(result.stdout, parse_constant=lambda word: pytest.fail(word))
        assert data is not None
    shown = json.loads(run("rule", "show", "x", "--format", "json", registry=minimal).stdout)
    assert shown["hours_per_year"] == pytest.approx(MAX_HOURS)


@pytest.mark.parametrize("value", ["inf", "nan", "1e300"])
def test_flags_take_no_endless_number(minimal: Path, value: str) -> None:
    added = run(
        "rule", "add", "--title", "T", "--kind", "rule", "--text", "T",
        "--owner-level", "arbejdsplads", "--minutes", value, registry=minimal,
    )  # fmt: skip
    assert added.exit_code == 2
    shown = {"inf": "inf", "nan": "nan", "1e300": "1e+300"}[value]
    assert added.err_lines[0] == f"Fejl: --minutes: må højst være 525.600, ikke {shown}"
    assert not list((minimal / "rules").glob("*.yaml"))


def test_a_challenge_gains_no_endless_hours(example: Path) -> None:
    result = run(
        "challenge", "new", "--rule", "rengoering-log", "--request", "remove", "--problem", "P",
        "--filed-by", "Kim", "--gain-hours", "inf", registry=example,
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.err_lines[0] == (
        "Fejl: --gain-hours: må højst være 4.604.256.000.000.000, ikke inf"
    )
    assert not (example / "cases").exists()


@pytest.mark.parametrize(("answer", "ok"), [("12,5", True), ("inf", False), ("nan", False),
                                            ("1e300", False), ("-1", False)])  # fmt: skip
def test_an_answer_is_a_finite_number(answer: str, ok: bool) -> None:
    from regelsyn.ui.prompt import AnswerError, parse_float

    if ok:
        assert parse_float(answer, 100) == 12.5
    else:
        with pytest.raises(AnswerError):
            parse_float(answer, 100)


# -- spreadsheets are read within limits ----------------------------------------------------------
HEADER = "Titel;Type;Ejer;Tekst\n"


def _book(
    path: Path, cells: dict[str, str], *, dimension: bool = True, big: str | None = None
) -> Path:
    """An XLSX with these cells (and a header row); without ``dimension``, the sheet does not
    state its size, so that only reading it tells. A cell holding ``BIG`` holds ``big`` (openpyxl
    itself writes at most Excel's 32,767 characters)."""
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for ref, value in {"A1": "Titel", "B1": "Type", "C1": "Ejer", **cells}.items():
        sheet[ref] = value
    book.save(path)
    if not dimension or big is not None:
        stripped = path.with_suffix(".tmp")
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(stripped, "w") as target:
            for item in source.infolist():
                data = source.read(item)
                if item.filename.startswith("xl/worksheets/") and not dimension:
                    data = re.sub(rb"<dimension [^>]*/>", b"", data)
                if big is not None:
                    data = data.replace(b"BIG", big.encode("utf-8"))
                target.writestr(item, data)
        os.replace(stripped, path)
    return path


def _imported(registry: Path, sheet: Path, *args: str) -> tuple[int, list[str], float]:
    import time

    started = time.perf_counter()
    result = run("import", sheet, *args, registry=registry)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.err_lines, time.perf_counter() - started


@pytest.mark.parametrize("dimension", [True, False])
def test_a_cell_at_the_last_row_is_refused_at_once(
    minimal: Path, tmp_path: Path, dimension: bool
) -> None:
    """4.9 KB that used to take 28 s and 3.9 GB and end in a MemoryError."""
    book = _book(tmp_path / "bombe.xlsx", {"A2": "En regel", "XFD1048576": "x"},
                 dimension=dimension)  # fmt: skip
    assert book.stat().st_size < 10_000
    code, lines, seconds = _imported(minimal, book, "--dry-run")
    assert code == 3
    assert lines[0] == (
        f"Fejl: Arket i {book} har flere end 100.000 rækker; regelsyn læser højst 100.000. "
        "Slet de tomme rækker under reglerne, eller del arket op i flere filer."
    )
    assert seconds < 10


@pytest.mark.parametrize("dimension", [True, False])
def test_a_cell_at_the_last_column_is_refused(
    minimal: Path, tmp_path: Path, dimension: bool
) -> None:
    book = _book(tmp_path / "bred.xlsx", {"A2": "En regel", "XFD2": "x"}, dimension=dimension)
    code, lines, _ = _imported(minimal, book, "--dry-run")
    assert code == 3
    assert lines[0] == (
        f"Fejl: Arket i {book} går helt til kolonne XFD; regelsyn læser højst 1.024 kolonner. "
        "Slet de tomme kolonner til højre for reglerne, eller kopiér reglerne over i et nyt ark."
    )


def test_empty_cells_at_the_end_of_a_row_do_not_count(minimal: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "regler.csv"
    sheet.write_text(HEADER.strip() + ";" * 5000 + "\nEn regel;regel;arbejdsplads;T" + ";" * 5000
                     + "\n", encoding="utf-8")  # fmt: skip
    code, lines, _ = _imported(minimal, sheet)
    assert code == 0, lines
    assert (minimal / "rules" / "en-regel.yaml").exists()


def test_a_sheet_too_big_on_disk_is_refused_before_it_is_read(
    minimal: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "stor.csv"
    with sheet.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.truncate(300 * 1024 * 1024)  # 300 MB, sparse: nothing is written to disk
    code, lines, seconds = _imported(minimal, sheet)
    assert code == 3
    assert lines[0] == (
        f"Fejl: {sheet} fylder 300 MiB; regelsyn læser regneark på højst 32 MiB. Del arket op i "
        "flere filer, og importér dem hver for sig."
    )
    assert seconds < 5


def test_a_workbook_that_unpacks_past_the_limit_is_refused(
    minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from regelsyn.store import sheets

    book = _book(tmp_path / "regler.xlsx", {"A2": "En regel", "B2": "regel", "C2": "arbejdsplads"})
    monkeypatch.setattr(sheets, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(sheets, "_unpacked_size", lambda _path: 200 * 1024 * 1024)
    code, lines, _ = _imported(minimal, book)
    assert code == 3
    assert lines[0] == (
        f"Fejl: {book} fylder 200 MiB, når det pakkes ud; regelsyn læser regneark på højst 2 MiB. "
        "Del arket op i flere filer, og importér dem hver for sig."
    )


def test_a_zip_bomb_states_its_size(tmp_path: Path) -> None:
    import zipfile

    from regelsyn.store.sheets import _unpacked_size

    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * (20 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    assert _unpacked_size(path) == 20 * 1024 * 1024


@pytest.mark.parametrize(
    ("limit", "value", "message"),
    [
        ("MAX_ROWS", 2, "Fejl: Arket i {path} har flere end 2 rækker; regelsyn læser højst 2. "
                        "Slet de tomme rækker under reglerne, eller del arket op i flere filer."),
        ("MAX_CELLS", 5, "Fejl: Arket i {path} har flere end 5 celler; det er for stort til "
                         "at læse. Kopiér reglerne over i et nyt ark, eller del det op i flere "
                         "filer."),
    ],
)  # fmt: skip
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_rows_and_cells_are_counted_as_they_are_read(
    minimal: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    limit: str,
    value: int,
    message: str,
    suffix: str,
) -> None:
    from regelsyn.store import sheets

    path = tmp_path / f"regler{suffix}"
    if suffix == ".csv":
        path.write_text(HEADER + "A;regel;arbejdsplads;T\nB;regel;arbejdsplads;T\n",
                        encoding="utf-8")  # fmt: skip
    else:
        _book(path, {"A2": "A", "B2": "regel", "C2": "arbejdsplads",
                     "A3": "B", "B3": "regel", "C3": "arbejdsplads"})  # fmt: skip
    monkeypatch.setattr(sheets, limit, value)
    code, lines, _ = _imported(minimal, path)
    assert code == 3
    assert lines[0] == message.format(path=path)
    assert not list((minimal / "rules").glob("*.yaml"))


def test_a_cell_past_the_read_limit_is_refused(minimal: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "regler.csv"
    sheet.write_text(HEADER + "En regel;regel;arbejdsplads;" + "a" * (5 * 1024 * 1024) + "\n",
                     encoding="utf-8")  # fmt: skip
    code, lines, _ = _imported(minimal, sheet)
    assert code == 3
    assert lines[0] == (
        f"Fejl: En celle på linje 2 i {sheet} er længere end de 4.194.304 tegn, regelsyn læser i "
        "en celle. Gør teksten kortere, og prøv igen."
    )
    book = _book(tmp_path / "regler.xlsx", {"A2": "En regel", "D2": "BIG"}, big="a" * 5242880)
    code, lines, _ = _imported(minimal, book)
    assert code == 3
    assert lines[0] == (
        f"Fejl: Cellen D2 i {book} rummer 5.242.880 tegn; regelsyn læser højst 4.194.304 tegn i "
        "en celle. Gør teksten kortere, og prøv igen."
    )


def test_a_cell_over_128_kib_is_imported(minimal: Path, tmp_path: Path) -> None:
    """The csv module's own limit (128 KiB) used to end in an unexpected error."""
    sheet = tmp_path / "regler.csv"
    sheet.write_text(HEADER + "En regel;regel;arbejdsplads;" + "a" * 200_000 + "\n",
                     encoding="utf-8")  # fmt: skip
    code, lines, _ = _imported(minimal, sheet)
    assert code == 0, lines
    assert run("check", registry=minimal).exit_code == 0


def test_a_rule_too_big_for_its_file_is_a_row_problem(minimal: Path, tmp_path: Path) -> None:
    """Nothing is imported that check would then refuse."""
    sheet = tmp_path / "regler.csv"
    sheet.write_text(
        HEADER + "Lille;regel;arbejdsplads;T\nStor;regel;arbejdsplads;" + "a" * 2_000_000 + "\n",
        encoding="utf-8",
    )
    code, lines, _ = _imported(minimal, sheet)
    assert code == 1
    assert lines[0] == (
        f"{sheet}:3:D: Tekst: reglen ville fylde 2.000.323 bytes, men en regelfil må højst "
        "fylde 1.048.576 bytes; gør de lange tekster kortere"
    )
    assert not list((minimal / "rules").glob("*.yaml"))
    code, _, _ = _imported(minimal, sheet, "--skip-invalid")
    assert code == 0
    assert [p.name for p in (minimal / "rules").glob("*.yaml")] == ["lille.yaml"]
    assert run("check", registry=minimal).exit_code == 0


def test_an_update_too_big_for_its_file_is_a_row_problem(example: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "regler.csv"
    sheet.write_text("Id;Formål\nrengoering-log;" + "b" * 1_100_000 + "\n", encoding="utf-8")
    before = (example / "rules" / "rengoering-log.yaml").read_bytes()
    code, lines, _ = _imported(example, sheet)
    assert code == 1
    assert lines[0].startswith(f"{sheet}:2:B: Formål: reglen ville fylde 1.100.")
    assert (example / "rules" / "rengoering-log.yaml").read_bytes() == before


def test_no_command_writes_a_record_check_would_refuse(example: Path) -> None:
    path = example / "rules" / "rengoering-log.yaml"
    before = path.read_bytes()
    result = run("rule", "edit", "rengoering-log", "--purpose", "a" * 1_100_000, registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Fejl: rules/rengoering-log.yaml ville fylde 1.100.")
    assert result.err_lines[0].endswith(
        "bytes, men en registerfil må højst fylde 1.048.576 bytes ('regelsyn check' ville afvise "
        "den); intet er skrevet. Gør de lange tekster kortere."
    )
    assert path.read_bytes() == before
    added = run("rule", "add", "--title", "Lang", "--kind", "rule", "--text", "a" * 1_100_000,
                "--owner-level", "arbejdsplads", registry=example)  # fmt: skip
    assert added.exit_code == 1
    assert not (example / "rules" / "lang.yaml").exists()


# -- symlinks -------------------------------------------------------------------------------------
@pytest.fixture
def linked_out(example: Path, tmp_path: Path) -> Path:
    """``rules/hemmelig.yaml``: a link to a valid rule file outside the registry."""
    outside = tmp_path / "andetsteds"
    outside.mkdir()
    text = (example / "rules" / "rengoering-log.yaml").read_text(encoding="utf-8")
    text = text.replace("id: rengoering-log", "id: hemmelig")
    text = re.sub(r"^title: .*$", "title: HEMMELIG-NØGLE-1234", text, flags=re.M)
    (outside / "hemmelig.yaml").write_text(text, encoding="utf-8")
    (example / "rules" / "hemmelig.yaml").symlink_to(outside / "hemmelig.yaml")
    return example


def test_a_link_out_of_the_registry_is_not_read(linked_out: Path, tmp_path: Path) -> None:
    target = (tmp_path / "andetsteds" / "hemmelig.yaml").resolve()
    for _run in range(2):  # worked out, then from the cache
        result = run("check", registry=linked_out)
        assert result.exit_code == 3
        assert f"rules/hemmelig.yaml:1:1: filen er et link til {target}, som ligger uden for " \
            "registret, og regelsyn læser ikke filer uden for registret; læg selve filen i " \
            "registret i stedet for linket" in result.out_lines  # fmt: skip
        assert "HEMMELIG" not in result.stdout + result.stderr
    for args in (("rule", "list"), ("rule", "list", "--format", "json"), ("export",),
                 ("rule", "show", "hemmelig"), ("report",)):  # fmt: skip
        shown = run(*args, registry=linked_out)
        assert "HEMMELIG" not in shown.stdout + shown.stderr, args
    assert run("rule", "show", "hemmelig", registry=linked_out).exit_code == 3


def test_a_rules_folder_linked_out_is_not_read(example: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "regler-andetsteds"
    (example / "rules").rename(elsewhere)
    (example / "rules").symlink_to(elsewhere)
    result = run("check", registry=example)
    assert result.exit_code == 3
    assert "rules/rengoering-log.yaml:1:1: filen er et link til " in result.stdout


def test_a_link_out_is_not_replaced_by_an_edit(linked_out: Path, tmp_path: Path) -> None:
    link = linked_out / "rules" / "hemmelig.yaml"
    before = (tmp_path / "andetsteds" / "hemmelig.yaml").read_bytes()
    result = run("rule", "edit", "hemmelig", "--title", "Ny", registry=linked_out)
    assert result.exit_code == 3
    assert result.err_lines[0].startswith("rules/hemmelig.yaml:1:1: filen er et link til ")
    assert link.is_symlink()
    assert (tmp_path / "andetsteds" / "hemmelig.yaml").read_bytes() == before


@pytest.fixture
def linked_in(example: Path) -> Path:
    """``rules/ugentlig-vejning.yaml``: a link to a file elsewhere in the registry."""
    shared = example / "faelles"
    shared.mkdir()
    (example / "rules" / "ugentlig-vejning.yaml").rename(shared / "ugentlig-vejning.yaml")
    (example / "rules" / "ugentlig-vejning.yaml").symlink_to("../faelles/ugentlig-vejning.yaml")
    return example


WRITE_LINK = (
    "Fejl: rules/ugentlig-vejning.yaml er et link (til ../faelles/ugentlig-vejning.yaml); "
    "regelsyn skriver ikke gennem et link og erstatter det heller ikke med en fil. Læg selve "
    "filen i registret i stedet for linket, og kør kommandoen igen."
)


def test_a_link_inside_is_read_but_never_replaced(linked_in: Path) -> None:
    link = linked_in / "rules" / "ugentlig-vejning.yaml"
    before = link.read_bytes()
    assert run("rule", "show", "ugentlig-vejning", registry=linked_in).exit_code == 0
    result = run("rule", "edit", "ugentlig-vejning", "--title", "Ny", registry=linked_in)
    assert result.exit_code == 1
    assert result.err_lines[0] == WRITE_LINK
    assert link.is_symlink() and link.read_bytes() == before


def test_a_link_is_refused_before_the_editor_opens(linked_in: Path) -> None:
    import datetime as dt

    from regelsyn.app import editing
    from regelsyn.errors import Refused
    from regelsyn.store.registry import Registry

    class Editor:
        def resuming(self, draft: str) -> None: ...

        def open(self, path: Path) -> int:
            raise AssertionError(f"the editor was opened on {path}")

        def problems(self, findings: object) -> None: ...

        def reopen(self) -> bool:
            return False

    link = linked_in / "rules" / "ugentlig-vejning.yaml"
    with pytest.raises(Refused) as refused:
        editing.in_editor(Registry(linked_in), "ugentlig-vejning", dt.date(2026, 11, 27), Editor())
    assert refused.value.message == WRITE_LINK.removeprefix("Fejl: ")
    assert link.is_symlink()
    assert "Ugentlig" in link.read_text(encoding="utf-8")
    assert not (linked_in / ".regelsyn" / "edit").exists()  # said before anyone edits


def test_a_generated_document_does_not_replace_a_link(example: Path, tmp_path: Path) -> None:
    from regelsyn.errors import Refused
    from regelsyn.store.files import atomic_write

    target = tmp_path / "target.md"
    target.write_text("før", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    with pytest.raises(Refused):
        atomic_write(link, b"efter")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "før"


# -- any text, through rule list, rule show and CSV -----------------------------------------------
_NASTY = st.sampled_from(
    [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    + [chr(c) for c in (*range(0x200B, 0x2010), 0x2060, 0xFEFF, 0x2028, 0x2029, 0x061C)]
    + ["\U000e0001", "\U000e0041", "\x1b[2J", "\x1b]8;;http://x/\x1b\\", "\x9b1m"]
)
_WORDS = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=6)
_HOSTILE_TEXT = (
    st.lists(st.one_of(_NASTY, _WORDS), min_size=1, max_size=8)
    .map("".join)
    .filter(lambda s: s.strip() != "")
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(title=_HOSTILE_TEXT, text=_HOSTILE_TEXT, purpose=_HOSTILE_TEXT)
def test_no_record_text_reaches_the_terminal_raw(
    tmp_path: Path, title: str, text: str, purpose: str
) -> None:
    registry = tmp_path / "reg"
    if not registry.exists():
        from tests.helpers import MINIMAL_CONFIG

        build_tree(registry, {"regelsyn.yaml": MINIMAL_CONFIG})
    body = GOOD_RULE.format(id="x")
    for name, value in (("title", title), ("text", text), ("purpose", purpose)):
        body = set_line(body, name, value)
    path = registry / "rules" / "x.yaml"
    path.parent.mkdir(exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(body, encoding="utf-8")
    os.replace(temporary, path)  # a new file: the cache reads it again
    for args in (
        ("rule", "list"),
        ("rule", "show", "x"),
        ("rule", "list", "--format", "csv"),
        ("rule", "list", "--format", "json"),
        ("check",),
    ):
        result = run(*args, registry=registry)
        assert result.exit_code in (0, 1, 3), (args, result.stderr)
        assert not obeyed(result.stdout.removeprefix("\ufeff")), (args, result.stdout)
        assert not obeyed(result.stderr), (args, result.stderr)
