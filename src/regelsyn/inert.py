"""Text from records made inert wherever it is shown: a spreadsheet cell never runs as a
formula. Importable from every layer; imports nothing of regelsyn."""

from __future__ import annotations

from typing import Any

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """A cell that Excel will show, never run: ``=``, ``+``, ``-``, ``@`` get a leading ``'``;
    lists are joined with ``; ``."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float):
        value = str(value)
    text = str(value)
    return "'" + text if text[:1] in _FORMULA_STARTS else text
