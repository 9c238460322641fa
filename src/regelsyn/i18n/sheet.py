"""Spreadsheets as people open them in each language: one definition for ``export`` and for
every listing's ``--format csv``, so that they all open the same way.

- The CSV dialect: in Danish and Norwegian a ``;`` between cells and a decimal comma, as Excel
  set up for Danish or Norwegian reads them (``187,5`` is a number there, ``187.5`` is text); in
  English a ``,`` and a decimal point. UTF-8 with a byte-order mark, so that Excel reads æøå.
- Headers and the records' fixed words (kind, status, a case's request and state, ...) as labels
  in the language of the sheet; a level by its name where that names it alone. Import reads all
  of these back (:mod:`regelsyn.i18n.words`), so a sheet round-trips.
- Numbers are written as numbers, never with the ``'`` that guards text starting with ``=``,
  ``+``, ``-`` or ``@`` against being run as a formula (``-14`` stays a number); text always is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from regelsyn.i18n import CATALOGS, DEFAULT, language, tl, words
from regelsyn.inert import cell as text_cell
from regelsyn.vocab import RULE_FIELDS

BOM = "\ufeff"
RULE_DATES = ("adopted", "next_review")
# the columns of a rule that hold one of the records' fixed words, and the group of words
RULE_WORDS = {"kind": "kind", "status": "status"}


@dataclass(frozen=True)
class Dialect:
    """How a spreadsheet program set up for a language reads a CSV file and shows a date."""

    delimiter: str
    decimal: str
    date_format: str  # the number format of a date cell in a workbook


DIALECTS: dict[str, Dialect] = {
    "da": Dialect(";", ",", "dd-mm-yyyy"),
    "nb": Dialect(";", ",", "dd.mm.yyyy"),
    "en": Dialect(",", ".", "yyyy-mm-dd"),
}


def dialect(lang: str | None = None) -> Dialect:
    """The dialect of ``lang`` (default: the current language)."""
    return DIALECTS.get(lang or language(), DIALECTS[DEFAULT])


def decimal_for(delimiter: str) -> str:
    """The decimal mark that goes with a CSV file's delimiter: a ``,`` between cells leaves
    only the point for decimals; a ``;`` (or a tab) is how Danish and Norwegian Excel write."""
    return "." if delimiter == "," else ","


def number_text(value: float, decimal: str) -> str:
    """A number as a spreadsheet reads it with ``decimal`` as its decimal mark: no thousands
    separator, no exponent, ``5`` for ``5.0``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = repr(value)
    if "e" in text.lower() and isinstance(value, float):
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def csv_cell(value: Any, decimal: str, lang: str | None = None) -> str:
    """One cell: numbers with the decimal mark and never guarded; dates as ``2027-03-01``
    (which every spreadsheet reads as a date); yes/no in words of ``lang``; text made inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tl("sheet.yes" if value else "sheet.no", lang or language())
    if is_number(value):
        return number_text(value, decimal)
    if isinstance(value, dt.date):
        return value.isoformat()
    return text_cell(value)


def csv_bytes(headers: list[str], rows: Iterable[list[Any]], lang: str | None = None) -> bytes:
    """A CSV file in the dialect of ``lang``: byte-order mark, header row, CRLF lines."""
    lang = lang or language()
    chosen = dialect(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=chosen.delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([csv_cell(value, chosen.decimal, lang) for value in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def headers(prefix: str, columns: Iterable[str], lang: str | None = None) -> list[str]:
    """The column headers ``{prefix}.{column}`` in ``lang`` (default: the current language)."""
    catalog = CATALOGS[lang or language()]
    return [catalog.get(f"{prefix}.{column}", column) for column in columns]


def level_names(names: Mapping[str, str]) -> dict[str, str]:
    """Level id → how a sheet shows it: the level's name where that names it alone (no other
    level has that name, nor has it as its id), else the id; either way import reads it back."""
    taken: dict[str, int] = {}
    for level_id, name in names.items():
        for word in {level_id.casefold(), name.casefold()}:
            taken[word] = taken.get(word, 0) + 1
    return {
        level_id: name if name.strip() and taken[name.casefold()] == 1 else level_id
        for level_id, name in names.items()
    }


def rule_row(flat: Mapping[str, Any], levels: Mapping[str, str]) -> list[Any]:
    """A rule's cells in the order of :data:`regelsyn.vocab.RULE_FIELDS`, from its flattened
    record (``regelsyn.model.fields.flatten``): fixed words as labels, the owner's level by
    name (``levels``, from :func:`level_names`), dates as dates."""
    row: list[Any] = []
    for field in RULE_FIELDS:
        value = flat.get(field)
        if value is None:
            pass
        elif field in RULE_WORDS:
            value = words.label(RULE_WORDS[field], str(value))
        elif field == "owner.level":
            value = levels.get(str(value), value)
        elif field in RULE_DATES and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        row.append(value)
    return row


def rule_headers(lang: str | None = None) -> list[str]:
    return headers("sheet", RULE_FIELDS, lang)
