"""Readable ids made from titles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
MAX_LENGTH = 64


def slugify(title: str, *, fallback: str = "regel") -> str:
    """``"Daglig rengøringslog"`` → ``"daglig-rengoeringslog"`` (æ ø å → ae oe aa)."""
    text = title.translate(_DANISH)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > MAX_LENGTH:
        cut = text[:MAX_LENGTH]
        text = cut.rsplit("-", 1)[0] if "-" in cut[MAX_LENGTH // 2 :] else cut
        text = text.strip("-")
    return text or fallback


def unique_slug(title: str, taken: Callable[[str], bool]) -> str:
    """A slug of ``title`` that ``taken`` does not already hold: ``x``, ``x-2``, ``x-3`` …"""
    base = slugify(title)
    if not taken(base):
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if not taken(candidate):
            return candidate
        number += 1
