"""Text from records made inert wherever it is shown: a terminal never takes record text as a
command, a spreadsheet cell never runs as a formula, JSON is always valid. Importable from every
layer; imports nothing of regelsyn.

The convention: a character that could steer a terminal or hide what a text says is shown as
``<U+XXXX>``, its code point. That is every character of Unicode's categories Cc, Cf, Zl, Zp and
Cs: the control characters (ESC, which starts every terminal escape sequence, among them; DEL;
the C1 controls), the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
U+2066–U+2069), the zero-width and other invisible format characters (U+200B–U+200F,
U+2060–U+2064, U+FEFF, the tag characters), the line and paragraph separators and lone
surrogates. Two exceptions: the soft hyphen (U+00AD), which word processors put in ordinary
text, is left as it is; and newline and tab stay where a text of several lines is shown.
JSON keeps every character, written as a ``\\uXXXX`` escape instead.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Cc, Cf, Zl, Zp and Cs without tab, newline and the soft hyphen (``tests/test_hostile.py``
# holds this to the categories of the running Python's Unicode database)
_HIDDEN = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_IN_LINES = re.compile(f"[{_HIDDEN}]")
_IN_LINE = re.compile(f"[\t\n{_HIDDEN}]")


def _mark(found: re.Match[str]) -> str:
    return f"<U+{ord(found[0]):04X}>"


def _plain(value: str) -> bool:
    """No character to mark in ``value``, newline and tab aside: the common case, told fast
    (``isprintable`` is false for every character of the categories, and for a few more)."""
    return value.isprintable() or value.replace("\n", " ").replace("\t", " ").isprintable()


def text(value: Any, *, lines: bool = False) -> str:
    """``value`` as text safe to show on a terminal: every hidden or controlling character as
    ``<U+XXXX>``; with ``lines``, newline and tab are kept (a text of several lines)."""
    shown = "" if value is None else str(value)
    if shown.isprintable() or (lines and _plain(shown)):
        return shown
    return (_IN_LINES if lines else _IN_LINE).sub(_mark, shown)


def hidden(value: str) -> str | None:
    """The first character in ``value`` that :func:`text` would mark, as ``U+XXXX`` (newline
    and tab do not count); None when there is none."""
    if _plain(value):
        return None
    found = _IN_LINES.search(value)
    return f"U+{ord(found[0]):04X}" if found else None


def _any_hidden(data: Any) -> bool:
    kind = type(data)
    if kind is str:
        return not _plain(data) and _IN_LINES.search(data) is not None
    if kind is dict:
        data = data.values()
    elif kind is not list:
        return False
    return any(map(_any_hidden, data))


def hidden_fields(data: Any) -> dict[str, str]:
    """Where a record's values hold such characters: ``{"history.2.note": "U+202E"}`` (the
    field's dotted path, list items by number; sorted), from the record as plain data."""
    if not _any_hidden(data):  # nearly every record: no path is made
        return {}
    found: dict[str, str] = {}
    _collect(data, "", found)
    return dict(sorted(found.items()))


def _collect(data: Any, prefix: str, found: dict[str, str]) -> None:
    if isinstance(data, str):
        char = hidden(data)
        if char:
            found[prefix] = char
    elif isinstance(data, dict | list):
        items = data.items() if isinstance(data, dict) else enumerate(data)
        for key, value in items:
            _collect(value, f"{prefix}.{key}" if prefix else str(key), found)


def _json_escape(found: re.Match[str]) -> str:
    point = ord(found[0])
    if point <= 0xFFFF:
        return f"\\u{point:04x}"
    point -= 0x10000
    return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"


def json_text(text: str) -> str:
    """JSON text with every hidden or controlling character written as a ``\\uXXXX`` escape:
    the same data, inert on a terminal (these characters occur only inside JSON strings)."""
    return text if _plain(text) else _IN_LINES.sub(_json_escape, text)


def dumps(value: Any) -> str:
    """``value`` as indented JSON for output: readable letters, inert controls, and never
    ``NaN`` or ``Infinity`` (which are not JSON; a ValueError, as no record can hold them)."""
    return json_text(json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False))


def cell(value: Any) -> str:
    """A cell that Excel will show, never run: text starting with ``=``, ``+``, ``-``, ``@``
    gets a leading ``'``; lists are joined with ``; ``; hidden and controlling characters are
    marked as on a terminal (newline and tab are kept: a cell may hold lines). A number is
    written as it is (``-14``): it runs nothing, and a ``'`` would make it text."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    shown = text(value, lines=True)
    return "'" + shown if shown[:1] in _FORMULA_STARTS else shown
