"""Spreadsheets in and out: read CSV (Danish Excel or not) and XLSX, write CSV, XLSX and JSON.

Reading never evaluates a formula: XLSX is opened with cached values only, and CSV is text.
Reading stays within limits far past any real sheet of rules (:data:`MAX_SHEET_BYTES`,
:data:`MAX_ROWS`, …), checked before the sheet is read where the file tells, and while it is
read where it does not: a sheet built to exhaust the machine is refused, naming the file and
the limit, before it can.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regelsyn.errors import Refused, Unreadable, UsageProblem
from regelsyn.i18n import CATALOGS, number, t, tl
from regelsyn.i18n import sheet as dialects
from regelsyn.inert import text as inert_text
from regelsyn.vocab import RULE_FIELDS

FIELDS = RULE_FIELDS  # the round-trip columns, in export order

# What a sheet may hold to be read; a sheet of 10,000 rules needs about a tenth of each.
MAX_SHEET_BYTES = 32 * 1024 * 1024  # the file as it lies on disk
MAX_UNPACKED_BYTES = 128 * 1024 * 1024  # an XLSX's parts unpacked (a zip can hide a lot)
MAX_ROWS = 100_000
MAX_COLUMNS = 1_024  # as many as LibreOffice had; Excel allows 16,384
MAX_CELLS = 10_000_000  # cells read in all, empty ones in a row included
MAX_CELL_CHARS = 4 * 1024 * 1024  # one cell (a rule file may hold at most 1 MiB: the import
# refuses a row whose rule would be larger, but reads it, so that it can say which row)
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
@dataclass
class Sheet:
    """A sheet's rows, header first, as the spreadsheet holds them (a workbook's numbers and
    dates typed, a CSV file's cells text); and the decimal mark its text numbers are written
    with (a CSV file's, told by its delimiter; ``,`` for a workbook's numbers typed as text)."""

    rows: list[list[Any]]
    decimal: str = ","


def read_rows(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """The sheet's rows, header first (empty cells at the end of a row left out)."""
    return read_sheet(path, sheet).rows


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """The sheet at ``path`` (CSV or XLSX; ``sheet`` names a workbook's sheet);
    :class:`Unreadable` when it is past a limit."""
    if not path.is_file():
        raise UsageProblem(t("err.no_file", path=str(path)))
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt", ".tsv"):
        raise UsageProblem(t("err.sheet_kind", path=str(path)))
    size = path.stat().st_size
    if size > MAX_SHEET_BYTES:
        raise Unreadable(
            t("err.sheet_too_big", path=str(path), size=_mib(size), limit=_mib(MAX_SHEET_BYTES))
        )
    if suffix in (".xlsx", ".xlsm"):
        return Sheet(_read_xlsx(path, sheet))
    return _read_csv(path.read_bytes(), path)


def _mib(size: int) -> str:
    return f"{number(round(size / 2**20, 1))} MiB"


class _Rows:
    """The rows of a sheet as they are read, refused the moment one passes a limit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: list[list[Any]] = []
        self.cells = 0

    def add(self, row: Iterable[Any]) -> None:
        values = list(row)
        self.cells += len(values)
        row_number = len(self.rows) + 1
        if row_number > MAX_ROWS:
            raise Unreadable(t("err.sheet_rows", path=str(self.path), limit=number(MAX_ROWS)))
        if self.cells > MAX_CELLS:
            raise Unreadable(t("err.sheet_cells", path=str(self.path), limit=number(MAX_CELLS)))
        while values and values[-1] in (None, ""):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise Unreadable(
                t("err.sheet_columns", path=str(self.path), column=column_letter(len(values) - 1),
                  limit=number(MAX_COLUMNS))
            )  # fmt: skip
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                self.too_long(f"{column_letter(index)}{row_number}", len(value))
        self.rows.append(values)

    def too_long(self, cell: str, size: int) -> None:
        raise Unreadable(
            t("err.sheet_cell", path=str(self.path), cell=cell, size=number(size),
              limit=number(MAX_CELL_CHARS))
        )  # fmt: skip


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Danish Excel writes it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_csv(data: bytes, path: Path) -> Sheet:
    text = decode(data)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""

        class Guessed(csv.excel):
            delimiter = max(";,\t", key=first.count)

        dialect = Guessed
    rows = _Rows(path)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    before = csv.field_size_limit(MAX_CELL_CHARS)  # the module's own limit is 128 KiB
    try:
        for row in reader:
            rows.add(row)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise Unreadable(t("err.sheet_cell_csv", path=str(path), line=reader.line_num,
                               limit=number(MAX_CELL_CHARS))) from None  # fmt: skip
        raise Unreadable(t("err.bad_csv", path=str(path), line=reader.line_num,
                           reason=str(exc))) from None  # fmt: skip
    finally:
        csv.field_size_limit(before)
    return Sheet(rows.rows, dialects.decimal_for(str(dialect.delimiter)))


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise Refused(t("err.no_openpyxl", command=install_command())) from None
    return openpyxl


def install_command(prefix: str | None = None) -> str:
    """How to add openpyxl to the regelsyn that runs (``prefix``: its ``sys.prefix``):
    ``pipx inject`` for one installed with pipx (its own environment under ``pipx/venvs``),
    else ``pip install`` of the extra."""
    where = (prefix if prefix is not None else sys.prefix).replace("\\", "/")
    if "pipx/venvs/" in where + "/":
        return "pipx inject regelsyn openpyxl"
    return "pip install 'regelsyn[xlsx]'"


def _unpacked_size(path: Path) -> int:
    """What an XLSX (a zip) holds, unpacked, as its own table of contents says (0 when it is
    no zip: openpyxl then says what is wrong with it)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


def _read_xlsx(path: Path, sheet: str | None) -> list[list[Any]]:
    openpyxl = _openpyxl()
    unpacked = _unpacked_size(path)
    if unpacked > MAX_UNPACKED_BYTES:
        raise Unreadable(t("err.sheet_unpacked", path=str(path), size=_mib(unpacked),
                           limit=_mib(MAX_UNPACKED_BYTES)))  # fmt: skip
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign file: say so, do not crash
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
        _declared(worksheet, path)
        # read the cells that are there: the declared size pads every row to its width
        worksheet.reset_dimensions()
        rows = _Rows(path)
        for row in worksheet.iter_rows(values_only=True):
            rows.add(row)
        return rows.rows
    finally:
        book.close()


def _declared(worksheet: Any, path: Path) -> None:
    """Refuse a sheet whose stated size (``<dimension ref="A1:XFD1048576"/>``) is past the
    limits, before a cell is read."""
    rows, columns = worksheet.max_row, worksheet.max_column
    if rows is not None and rows > MAX_ROWS:
        raise Unreadable(t("err.sheet_rows", path=str(path), limit=number(MAX_ROWS)))
    if columns is not None and columns > MAX_COLUMNS:
        raise Unreadable(
            t("err.sheet_columns", path=str(path), column=column_letter(columns - 1),
              limit=number(MAX_COLUMNS))
        )  # fmt: skip


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
    return dialects.rule_headers(lang)


def write_csv(rows: Iterable[list[Any]], lang: str) -> bytes:
    """The CSV dialect of ``lang`` (:mod:`regelsyn.i18n.sheet`: for Danish Excel semicolons,
    decimal commas and a byte-order mark, so that it opens æøå, columns and numbers right)."""
    return dialects.csv_bytes(headers(lang), rows, lang)


_NOT_IN_TITLE = str.maketrans({"/": "-", "\\": "-", ":": " ", "?": None, "*": None, "[": " ",
                               "]": " "})  # fmt: skip
MAX_TITLE = 31  # characters in a sheet's title, as Excel allows


def safe_title(name: str, fallback: str) -> str:
    """``name`` as a workbook sheet's title: without the characters Excel forbids there
    (``/ \\ : ? * [ ]``, controls), not starting or ending with ``'``, at most 31 characters;
    ``fallback`` when nothing is left, or when it is the name Excel keeps for itself."""
    text = "".join(c if c.isprintable() else " " for c in name.translate(_NOT_IN_TITLE))
    text = " ".join(text.split()).strip("'")[:MAX_TITLE].strip().strip("'")
    if not text or text.casefold() == "history":
        return fallback[:MAX_TITLE]
    return text


def write_xlsx(rows: Iterable[list[Any]], lang: str, sheet_title: str) -> bytes:
    """A workbook of one sheet: a bold header row that stays in view, a filter over the data,
    every column as wide as its contents (within reason); numbers and dates typed, shown as
    ``lang`` shows them; text never a formula."""
    openpyxl = _openpyxl()
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = safe_title(sheet_title, tl("sheet.sheet_name", lang))
    names = headers(lang)
    date_format = dialects.dialect(lang).date_format
    widths = [len(name) for name in names]
    bold = Font(bold=True)
    for column, name in enumerate(names, start=1):
        worksheet.cell(row=1, column=column, value=name).font = bold
    bottom = 1  # the last row written
    for bottom, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = worksheet.cell(row=bottom, column=column)
            if dialects.is_number(value):
                cell.value = value
                shown = dialects.number_text(value, ",")
            elif isinstance(value, dt.date):
                cell.value = dt.datetime.combine(value, dt.time())
                cell.number_format = date_format
                shown = date_format
            else:
                text = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
                # control characters cannot stand in a workbook: they are marked, as on screen
                cell.value = inert_text(text, lines=True)
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
                shown = max(cell.value.splitlines() or [""], key=len)
            widths[column - 1] = max(widths[column - 1], len(shown))
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = f"A1:{get_column_letter(len(names))}{bottom}"
    for column, width in enumerate(widths, start=1):
        # room for the filter's button beside the header; a long text is cut off, not a wall
        worksheet.column_dimensions[get_column_letter(column)].width = min(max(width + 3, 8), 50)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
