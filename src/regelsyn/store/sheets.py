"""Spreadsheets in and out: read CSV (Danish Excel or not) and XLSX, write CSV, XLSX and JSON.

Reading never evaluates a formula: XLSX is opened with cached values only, and CSV is text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import CATALOGS, t
from regelsyn.inert import cell as safe_cell
from regelsyn.vocab import RULE_FIELDS

FIELDS = RULE_FIELDS  # the round-trip columns, in export order
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "regel id", "regelid", "nøgle", "key"),
    "title": ("titel", "title", "navn", "regel", "overskrift", "name", "krav", "tittel"),
    "kind": ("type", "kind", "art", "slags"),
    "text": ("tekst", "text", "ordlyd", "beskrivelse", "description", "wording"),
    "owner.level": ("ejer", "owner", "ejerniveau", "owner level", "niveau", "level", "eier"),
    "owner.body": ("organ", "body", "owner body", "ansvarlig"),
    "legal_basis": ("hjemmel", "legal basis", "lovgrundlag", "legal_basis"),
    "floor": ("gulv", "floor", "minimumskrav"),
    "adopted": ("vedtaget", "adopted", "indført", "vedtatt"),
    "applies_to": ("gælder for", "applies to", "målgruppe", "gjelder for", "applies_to"),
    "purpose": ("formål", "purpose"),
    "effect": ("effekt", "effect"),
    "legal_certainty": ("retssikkerhed", "legal certainty", "rettssikkerhet", "legal_certainty"),
    "burden.minutes": ("minutter", "minutes", "min", "minutter pr gang", "minutes each time"),
    "burden.per_year": (
        "gange om året",
        "per year",
        "per_year",
        "antal om året",
        "hyppighed",
        "frequency",
        "ganger i året",
        "times a year",
    ),
    "burden.people": ("personer", "people", "antal personer", "medarbejdere", "number of people"),
    "hours_per_year": (
        "timer om året",
        "hours per year",
        "hours_per_year",
        "timer år",
        "timer i året",
    ),
    "use": ("brug", "use", "anvendelse", "bruk", "brug af resultatet"),
    "use.minutes": ("brug minutter", "use minutes", "bruk minutter"),
    "use.per_year": (
        "brug gange om året",
        "use per year",
        "use times a year",
        "bruk ganger i året",
    ),
    "use.people": ("brug personer", "use people", "bruk personer"),
    "status": ("status",),
    "next_review": (
        "næste gennemgang",
        "next review",
        "next_review",
        "gennemgås",
        "neste gjennomgang",
    ),
    "tags": ("emneord", "tags", "nøgleord", "stikkord", "keywords"),
}
_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r])")


def normalise(header: str) -> str:
    text = re.sub(r"[^\w\s/-]", " ", str(header).strip().lower())
    return " ".join(text.replace("/", " ").replace("_", " ").split())


def header_index() -> dict[str, str]:
    """Every known header (any language, exported or hand-written) → field."""
    known: dict[str, str] = {}
    for field, words in SYNONYMS.items():
        for word in words:
            known[normalise(word)] = field
    for catalog in CATALOGS.values():
        for field in FIELDS:
            label = catalog.get(f"sheet.{field}")
            if label:
                known[normalise(label)] = field
    return known


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as the spreadsheet shows it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- reading ------------------------------------------------------------------------------------
def read_rows(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """The sheet's rows, header first, as the spreadsheet holds them."""
    if not path.is_file():
        raise UsageProblem(t("err.no_file", path=str(path)))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path.read_bytes())
    raise UsageProblem(t("err.sheet_kind", path=str(path)))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Danish Excel writes it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_csv(data: bytes) -> list[list[Any]]:
    text = decode(data)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""

        class Guessed(csv.excel):
            delimiter = max(";,\t", key=first.count)

        dialect = Guessed
    return [row for row in csv.reader(io.StringIO(text, newline=""), dialect)]


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise Refused(t("err.no_openpyxl")) from None
    return openpyxl


def _read_xlsx(path: Path, sheet: str | None) -> list[list[Any]]:
    openpyxl = _openpyxl()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign file: say so, do not crash
        from regelsyn.errors import Unreadable

        raise Unreadable(t("err.bad_xlsx", path=str(path), reason=str(exc))) from None
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise UsageProblem(
                    t("err.no_sheet", sheet=sheet, sheets=", ".join(book.sheetnames))
                )
            worksheet = book[sheet]
        else:
            worksheet = book.worksheets[0]
        return [list(row) for row in worksheet.iter_rows(values_only=True)]
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A cell as text, with the guard ``'`` that export puts before ``=+-@`` removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _FORMULA_GUARD.sub("", str(value)).strip()


# -- writing ------------------------------------------------------------------------------------
def headers(lang: str) -> list[str]:
    catalog = CATALOGS[lang]
    return [catalog.get(f"sheet.{field}", field) for field in FIELDS]


def write_csv(rows: Iterable[list[Any]], lang: str) -> bytes:
    """Semicolons and a byte-order mark, so Danish Excel opens æøå and columns right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers(lang))
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def write_xlsx(rows: Iterable[list[Any]], lang: str, sheet_title: str) -> bytes:
    openpyxl = _openpyxl()
    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = sheet_title[:31] or "Regler"
    worksheet.append(headers(lang))
    for row in rows:
        worksheet.append([None] * len(row))
        for column, value in enumerate(row, start=1):
            cell = worksheet.cell(row=worksheet.max_row, column=column)
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.value = value
            elif isinstance(value, dt.date):
                cell.value = value.isoformat()
                cell.data_type = "s"
            elif value is not None:
                cell.value = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
    for letter, width in zip("ABCD", (28, 40, 14, 60), strict=True):
        worksheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
