"""Spreadsheets as Danish offices use them: a workbook with typed dates and numbers, a frozen bold
header and a filter; CSV files that a Danish (or Norwegian, or English) Excel opens with its
columns and numbers right, for export and every listing alike; labels where people read keys;
and export → import round trips in all three languages."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
from pathlib import Path

import openpyxl
import pytest

from regelsyn.i18n import sheet
from regelsyn.store import sheets
from regelsyn.store.registry import Registry
from tests.helpers import build_tree, run

LANGS = ("da", "nb", "en")
# a rule with every awkward value: text that starts like a formula, decimals (one with three
# digits after the point, which a Danish reader would take for a thousands separator), a leap
# day, lists, a use with figures, a level above the workplace
EDGE_RULE = """\
id: kant-tilfaelde
title: "-14 dage før fristen: =SUM(A1)"
kind: measurement
text: "@alle: + husk at måle"
owner: {level: forvaltning, body: Sundheds- og Omsorgsforvaltningen}
legal_basis: "+ Serviceloven § 83"
floor: null
adopted: 2020-02-29
applies_to: [alle, "social- og sundhedshjælpere"]
purpose: "Et formål, med komma"
effect: null
legal_certainty: null
burden: {minutes: 2.5, per_year: 1.125, people: 3}
use: {text: Lederen læser tallene, minutes: 1.75, per_year: 12, people: 1}
status: active
next_review: 2027-01-31
tags: [kvalitet, måling]
history: []
"""


@pytest.fixture
def edge(example: Path) -> Path:
    """The example registry with :data:`EDGE_RULE` beside its 18 rules."""
    build_tree(example, {"rules/kant-tilfaelde.yaml": EDGE_RULE})
    return example


def _rules(root: Path) -> dict[str, dict[str, object]]:
    """Every rule as data, without what an import into another registry cannot carry over
    (the history, and a status set by a review there)."""
    registry = Registry(root)
    found = {}
    for path in sorted((root / "rules").glob("*.yaml")):
        rule = registry.rule(path.stem).record
        assert rule is not None, path
        found[path.stem] = rule.model_dump(exclude={"history", "status"})
    return found


# -- a Danish spreadsheet, as Excel set up for Danish reads a CSV file --------------------------
def _danish_cell(text: str) -> object:
    """One cell as Danish Excel takes it: a number has a decimal comma (with a point it is
    text), ``2027-01-31`` is a date, and a leading ``'`` keeps a text a text."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+,\d+", text):
        return float(text.replace(",", "."))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    return text


def danish_spreadsheet(data: bytes) -> list[dict[str, object]]:
    """A CSV file opened as a Danish spreadsheet: UTF-8 by its byte-order mark, ``;`` between
    cells, every cell typed as :func:`_danish_cell` says."""
    assert data.startswith(b"\xef\xbb\xbf"), "without the mark, Excel reads æøå as cp1252"
    header, *rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    return [dict(zip(header, map(_danish_cell, row), strict=True)) for row in rows]


def test_csv_numbers_are_numbers_in_a_danish_spreadsheet(edge: Path) -> None:
    out = edge / "regler.csv"
    assert run("export", "--out", out, registry=edge).exit_code == 0
    rows = {row["Id"]: row for row in danish_spreadsheet(out.read_bytes())}
    medicine = rows["haandkoebsmedicin-to-underskrifter"]
    assert medicine["Timer om året"] == 187.5  # written 187,5: a number, not the text "187.5"
    assert (medicine["Minutter"], medicine["Gange om året"], medicine["Personer"]) == (3, 150, 25)
    edge_row = rows["kant-tilfaelde"]
    assert (edge_row["Minutter"], edge_row["Gange om året"]) == (2.5, 1.125)
    assert (edge_row["Brug, minutter"], edge_row["Brug, gange om året"]) == (1.75, 12)
    assert edge_row["Vedtaget"] == dt.date(2020, 2, 29)
    # text that starts like a formula is still guarded; the words are Danish; the level named
    assert edge_row["Titel"] == "'-14 dage før fristen: =SUM(A1)"
    assert edge_row["Tekst"] == "'@alle: + husk at måle"
    assert edge_row["Hjemmel"] == "'+ Serviceloven § 83"
    assert (edge_row["Type"], edge_row["Status"]) == ("måling", "gældende")
    assert edge_row["Ejer"] == "Sundheds- og Omsorgsforvaltningen"
    assert edge_row["Gælder for"] == "alle; social- og sundhedshjælpere"


def test_a_negative_day_count_is_a_number(example: Path) -> None:
    # sent two weeks after "today" (a date typed ahead): the case has waited -14 days
    sent = run("escalate", "besoeg-klokkeslaet", "--date", "2026-12-11", registry=example)
    assert sent.exit_code == 0, sent.stderr
    listed = run("challenge", "list", "--format", "csv", registry=example).stdout
    (case,) = danish_spreadsheet(listed.encode("utf-8"))
    assert case["Dage ventet"] == -14  # not the text "'-14"
    assert case["Timer om året at vinde"] == 1925
    assert ";-14;" in listed
    inbox = run("inbox", "--level", "forvaltning", example, "--format", "csv").stdout
    (row,) = danish_spreadsheet(inbox.encode("utf-8"))
    assert row["Dage ventet"] == -14


# -- the same dialect, headers and words everywhere ----------------------------------------------
CASE_HEADERS = {
    "da": "Sag;Art;Regel;Titel;Der bedes om;Status;Afgøres af;Sendt;Svar ønskes senest;"
    "Dage ventet;Overskredet;Timer om året at vinde",
    "nb": "Sak;Art;Regel;Tittel;Det bes om;Status;Avgjøres av;Sendt;Svar ønskes innen;"
    "Dager ventet;Overskredet;Timer i året å vinne",
    "en": "Case,Kind,Rule,Title,Request,Status,Decided by,Sent,Reply requested by,Days waiting,"
    "Overdue,Hours a year to gain",
}
CASE_ROW = {
    "da": "E-2026-0001-besoeg-klokkeslaet-{tag};Sag;besoeg-klokkeslaet;Registrering af "
    "klokkeslæt for hvert besøg;at reglen fjernes;sendt videre;Sundheds- og "
    "Omsorgsforvaltningen;2026-11-20;2026-12-20;7;nej;1925",
    "nb": "E-2026-0001-besoeg-klokkeslaet-{tag};Sak;besoeg-klokkeslaet;Registrering af "
    "klokkeslæt for hvert besøg;at regelen fjernes;sendt videre;Sundheds- og "
    "Omsorgsforvaltningen;2026-11-20;2026-12-20;7;nei;1925",
    "en": "E-2026-0001-besoeg-klokkeslaet-{tag},Case,besoeg-klokkeslaet,Registrering af "
    "klokkeslæt for hvert besøg,that the rule be removed,escalated,Sundheds- og "
    "Omsorgsforvaltningen,2026-11-20,2026-12-20,7,no,1925",
}
INBOX_HEADERS = {
    "da": "Register;Arbejdsplads;Sag;Regel;Titel;Der bedes om;Status;Sendt;Svar ønskes senest;"
    "Dage ventet;Overskredet",
    "nb": "Register;Arbeidsplass;Sak;Regel;Tittel;Det bes om;Status;Sendt;Svar ønskes innen;"
    "Dager ventet;Overskredet",
    "en": "Registry,Workplace,Case,Rule,Title,Request,Status,Sent,Reply requested by,"
    "Days waiting,Overdue",
}


@pytest.mark.parametrize("lang", LANGS)
def test_listings_write_csv_as_export_does(example: Path, lang: str) -> None:
    sent = run("escalate", "besoeg-klokkeslaet", "--date", "2026-11-20", registry=example)
    assert sent.exit_code == 0, sent.stderr
    delimiter = sheet.dialect(lang).delimiter
    exported = run("--lang", lang, "export", registry=example).stdout
    assert exported.startswith("\ufeff")
    export_lines = exported.removeprefix("\ufeff").splitlines()
    by_id = {line.split(delimiter, 1)[0]: line for line in export_lines[1:]}

    due = run("--lang", lang, "due", "--within", "6m", "--format", "csv", registry=example)
    assert due.exit_code == 0, due.stderr
    assert due.stdout.startswith("\ufeff")
    header, *rows = due.stdout.removeprefix("\ufeff").splitlines()
    assert header == export_lines[0]
    assert len(rows) >= 3
    for line in rows:  # each rule exactly as export writes it
        assert line == by_id[line.split(delimiter, 1)[0]]

    listed = run("--lang", lang, "challenge", "list", "--format", "csv", registry=example)
    assert listed.exit_code == 0, listed.stderr
    header, row = listed.stdout.removeprefix("\ufeff").splitlines()
    tag = re.search(r"-besoeg-klokkeslaet-(\w+)", row)
    assert tag is not None
    assert (header, row) == (CASE_HEADERS[lang], CASE_ROW[lang].format(tag=tag[1]))

    inbox = run("--lang", lang, "inbox", "--level", "forvaltning", example, "--format", "csv")
    assert inbox.exit_code == 0, inbox.stderr
    header, row = inbox.stdout.removeprefix("\ufeff").splitlines()
    assert header == INBOX_HEADERS[lang]
    case = next(csv.reader([CASE_ROW[lang].format(tag=tag[1])], delimiter=delimiter))
    expected = [str(example), "Plejecenter Solhaven", case[0], *case[2:6], *case[7:11]]
    assert next(csv.reader([row], delimiter=delimiter)) == expected


def test_english_csv_uses_commas_and_decimal_points(edge: Path) -> None:
    data = run("--lang", "en", "export", registry=edge).stdout.removeprefix("\ufeff")
    rows = {row["Id"]: row for row in csv.DictReader(io.StringIO(data))}
    assert rows["haandkoebsmedicin-to-underskrifter"]["Hours a year"] == "187.5"
    assert rows["kant-tilfaelde"]["Times a year"] == "1.125"
    assert rows["kant-tilfaelde"]["Kind"] == "measurement"
    assert rows["kant-tilfaelde"]["Owner"] == "Sundheds- og Omsorgsforvaltningen"


# -- the workbook --------------------------------------------------------------------------------
def test_the_workbook_is_typed_frozen_filtered_and_fits(edge: Path) -> None:
    config = edge / "regelsyn.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "workplace: Plejecenter Solhaven", "workplace: 'Sundhed/Omsorg: [Syd]*?'"
        ),
        encoding="utf-8",
    )
    out = edge / "regler.xlsx"
    result = run("export", "--format", "xlsx", "--out", out, registry=edge)
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    (worksheet,) = book.worksheets
    assert worksheet.title == "Sundhed-Omsorg Syd"
    header = [cell.value for cell in worksheet[1]]
    assert header == sheets.headers("da")
    assert all(cell.font.b for cell in worksheet[1])
    assert worksheet.freeze_panes == "A2"
    assert worksheet.auto_filter.ref == "A1:X20"  # the header and 19 rules
    assert worksheet.max_row == 20
    for index, name in enumerate(header, start=1):
        width = worksheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        assert len(name) < width <= 50, name
    column = {name: index for index, name in enumerate(header)}
    rows = {row[0].value: row for row in worksheet.iter_rows(min_row=2)}
    edge_row = rows["kant-tilfaelde"]
    adopted = edge_row[column["Vedtaget"]]
    assert adopted.value == dt.datetime(2020, 2, 29)
    assert adopted.is_date and adopted.number_format == "dd-mm-yyyy"
    assert edge_row[column["Næste gennemgang"]].value == dt.datetime(2027, 1, 31)
    assert edge_row[column["Minutter"]].value == 2.5
    assert edge_row[column["Gange om året"]].value == 1.125
    assert edge_row[column["Personer"]].value == 3
    assert edge_row[column["Titel"]].value == "-14 dage før fristen: =SUM(A1)"
    assert edge_row[column["Titel"]].data_type == "s"  # text, never a formula
    assert (edge_row[column["Type"]].value, edge_row[column["Status"]].value) == (
        "måling",
        "gældende",
    )
    medicine = rows["haandkoebsmedicin-to-underskrifter"]
    assert medicine[column["Timer om året"]].value == 187.5
    assert isinstance(medicine[column["Personer"]].value, int)
    # widths follow the contents: the ids' column is as wide as the longest id
    longest = max(len(str(row[0].value)) for row in worksheet.iter_rows(min_row=2))
    assert worksheet.column_dimensions["A"].width == longest + 3


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Sundhed/Omsorg: [Syd]*?", "Sundhed-Omsorg Syd"),
        ("A\\B", "A-B"),
        (
            "Plejecentret for ældre i Sønderborg Kommune, afdeling 3",
            "Plejecentret for ældre i Sønder",
        ),
        ("History", "Regler"),
        ("history", "Regler"),
        ("'?*'", "Regler"),
        ("", "Regler"),
        ("Tab\tog\x07klokke", "Tab og klokke"),
        ("'Solhaven'", "Solhaven"),
    ],
)
def test_a_sheet_title_excel_accepts(name: str, title: str) -> None:
    assert sheets.safe_title(name, "Regler") == title
    openpyxl.Workbook().active.title = title  # openpyxl (as Excel) takes it


@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_shows_dates_as_the_language_writes_them(edge: Path, lang: str) -> None:
    out = edge / f"regler-{lang}.xlsx"
    assert run("--lang", lang, "export", "--format", "xlsx", "--out", out,
               registry=edge).exit_code == 0  # fmt: skip
    worksheet = openpyxl.load_workbook(out).active
    dates = {c.number_format for row in worksheet.iter_rows(min_row=2) for c in row if c.is_date}
    assert dates == {sheet.dialect(lang).date_format}
    assert worksheet.title == "Plejecenter Solhaven"


def test_a_workbook_of_no_rules(minimal: Path) -> None:
    out = minimal / "tom.xlsx"
    assert run("--lang", "en", "export", "--format", "xlsx", "--out", out,
               registry=minimal).exit_code == 0  # fmt: skip
    worksheet = openpyxl.load_workbook(out).active
    assert worksheet.auto_filter.ref == "A1:X1"
    assert worksheet["A1"].value == "Id" and worksheet["B1"].value == "Title"


# -- export → import ---------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", LANGS)
def test_export_then_import_round_trips(edge: Path, tmp_path: Path, lang: str, fmt: str) -> None:
    out = tmp_path / f"regler.{fmt}"
    assert run("--lang", lang, "export", "--format", fmt, "--out", out,
               registry=edge).exit_code == 0  # fmt: skip
    before = {p.name: p.read_bytes() for p in (edge / "rules").iterdir()}
    again = run("--lang", "en", "import", out, registry=edge)
    assert again.exit_code == 0, again.stderr
    # the labels, the levels by name, the decimal commas and the dates read back as they were
    assert again.err_lines == ["✓ Imported: 0 new, 0 updated, 19 unchanged, 0 skipped."]
    assert {p.name: p.read_bytes() for p in (edge / "rules").iterdir()} == before

    fresh = tmp_path / "fresh"
    build_tree(fresh, {"regelsyn.yaml": (edge / "regelsyn.yaml").read_text(encoding="utf-8")})
    moved = run("--lang", "en", "import", out, registry=fresh)
    assert moved.exit_code == 0, moved.stderr
    assert moved.err_lines[-1] == "✓ Imported: 19 new, 0 updated, 0 unchanged, 0 skipped."
    assert _rules(fresh) == _rules(edge)


def test_import_reads_labels_in_any_language_and_either_decimal_mark(
    minimal: Path, tmp_path: Path
) -> None:
    danish = tmp_path / "dansk.csv"
    danish.write_bytes(
        "Titel;Type;Ejer;Minutter;Gange om året;Personer;Status\r\n"
        "Norsk type;dokumentasjon;Testcentret;2,5;1.125;3;gjeldende\r\n"
        "Engelsk type;Measurement;forvaltningen;187.5;1.125,5;2;\r\n"
        "Begyndelse;godk;EU-RETTEN;3;4;5;gæld\r\n".encode("cp1252")
    )
    result = run("import", danish, registry=minimal)
    assert result.exit_code == 0, result.stderr
    registry = Registry(minimal)
    norsk, engelsk, begyndelse = (
        registry.rule(rule_id).record for rule_id in ("norsk-type", "engelsk-type", "begyndelse")
    )
    assert norsk is not None and engelsk is not None and begyndelse is not None
    assert (norsk.kind, norsk.owner.level, norsk.status) == ("documentation", "arbejdsplads",
                                                            "active")  # fmt: skip
    assert norsk.burden is not None
    assert (norsk.burden.minutes, norsk.burden.per_year) == (2.5, 1125)  # Danish: 1.125 = 1125
    assert (engelsk.kind, engelsk.owner.level) == ("measurement", "forvaltning")
    assert engelsk.burden is not None
    assert (engelsk.burden.minutes, engelsk.burden.per_year) == (187.5, 1125.5)
    assert (begyndelse.kind, begyndelse.owner.level) == ("approval", "eu")

    english = tmp_path / "english.csv"
    english.write_text(
        "Title,Kind,Owner,Minutes,Times a year,People\r\nDecimal point,rule,Testcentret,2.5,"
        '1.125,"1,200"\r\n',
        encoding="utf-8",
    )
    result = run("import", english, registry=minimal)
    assert result.exit_code == 0, result.stderr
    point = Registry(minimal).rule("decimal-point").record
    assert point is not None and point.burden is not None
    assert (point.burden.minutes, point.burden.per_year, point.burden.people) == (2.5, 1.125, 1200)


def test_an_ambiguous_or_unknown_word_is_named(minimal: Path, tmp_path: Path) -> None:
    sheet_path = tmp_path / "ord.csv"
    sheet_path.write_bytes("Titel;Type;Ejer\r\nA;re;Testcentret\r\nB;regelsæt;Testcentret\r\n"
                           .encode("cp1252"))  # fmt: skip
    result = run("import", sheet_path, registry=minimal)
    assert result.exit_code == 1
    assert result.err_lines[:2] == [
        f"{sheet_path}:2:B: Type: 're' kan betyde flere ting: regel, registrering, indberetning; "
        "skriv lidt mere",
        f"{sheet_path}:3:B: Type: 'regelsæt' er ikke tilladt; vælg en af: regel, dokumentation, "
        "registrering, indberetning, godkendelse, måling",
    ]


def test_a_level_name_that_is_not_its_own_is_written_as_its_id() -> None:
    shown = sheet.level_names(
        {"arbejdsplads": "Solhaven", "afdeling": "Solhaven", "stat": "Staten", "eu": "stat"}
    )
    # two levels of one name, and a name that is another level's id, are written as ids
    assert shown == {"arbejdsplads": "arbejdsplads", "afdeling": "afdeling", "stat": "Staten",
                     "eu": "eu"}  # fmt: skip
    assert sheet.level_names({"eu": "EU-retten", "x": "X"}) == {"eu": "EU-retten", "x": "X"}


# -- installing what the workbook needs ---------------------------------------------------------
@pytest.mark.parametrize(
    ("prefix", "command"),
    [
        ("/home/kim/.local/share/pipx/venvs/regelsyn", "pipx inject regelsyn openpyxl"),
        ("/home/kim/.local/pipx/venvs/regelsyn", "pipx inject regelsyn openpyxl"),
        ("C:\\Users\\kim\\pipx\\venvs\\regelsyn", "pipx inject regelsyn openpyxl"),
        ("/home/kim/regelsyn/.venv", "pip install 'regelsyn[xlsx]'"),
        ("/usr", "pip install 'regelsyn[xlsx]'"),
        ("/home/kim/pipx-venvs/x", "pip install 'regelsyn[xlsx]'"),
    ],
)
def test_the_install_hint_fits_how_regelsyn_was_installed(prefix: str, command: str) -> None:
    assert sheets.install_command(prefix) == command


def test_under_pipx_the_hint_says_pipx_inject(
    minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    monkeypatch.setattr(sys, "prefix", "/home/kim/.local/share/pipx/venvs/regelsyn")
    result = run("export", "--format", "xlsx", "--out", minimal / "r.xlsx", registry=minimal)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: XLSX kræver pakken openpyxl. Installér den med: pipx inject regelsyn openpyxl "
        "(eller gem regnearket som CSV)."
    ]
    assert not (minimal / "r.xlsx").exists()


def test_a_workbook_is_not_written_to_the_terminal(minimal: Path) -> None:
    result = run("--lang", "nb", "export", "--format", "xlsx", registry=minimal)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.err_lines == ["Feil: XLSX skrives til en fil: angi --out FIL.xlsx."]
