"""Message catalogs: every sentence a person reads comes from here, in da, nb or en.

The language is chosen once per process: ``--lang``, else ``REGELSYN_LANG``, else the registry's
``language``, else Danish.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Final

from regelsyn.i18n import da, en, nb

LANGUAGES: Final = ("da", "nb", "en")
DEFAULT: Final = "da"
CATALOGS: Final[dict[str, dict[str, str]]] = {
    "da": da.MESSAGES,
    "nb": nb.MESSAGES,
    "en": en.MESSAGES,
}

_state = {"lang": DEFAULT, "explicit": False}


def set_language(lang: str, *, explicit: bool = False) -> None:
    """Use ``lang`` for every message from now on; an explicit choice beats the registry's."""
    if lang not in CATALOGS:
        lang = DEFAULT
    if explicit or not _state["explicit"]:
        _state["lang"] = lang
        _state["explicit"] = explicit or bool(_state["explicit"])


def reset() -> None:
    """Forget any choice (used between commands run in one process, as in tests)."""
    _state["lang"] = DEFAULT
    _state["explicit"] = False


def language() -> str:
    return str(_state["lang"])


def t(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, with ``{name}`` fields filled in."""
    catalog = CATALOGS[language()]
    text = catalog.get(key) or CATALOGS[DEFAULT].get(key) or key
    return text.format(**params) if params else text


def tl(key: str, lang: str, /, **params: object) -> str:
    """The message ``key`` in a given language (for documents rendered in the registry's)."""
    catalog = CATALOGS.get(lang, CATALOGS[DEFAULT])
    text = catalog.get(key) or CATALOGS[DEFAULT].get(key) or key
    return text.format(**params) if params else text


_LANG_LINE = re.compile(r"^language:\s*['\"]?(da|nb|en)['\"]?\s*(#.*)?$", re.MULTILINE)


def early_language(argv: list[str]) -> str:
    """Guess the language before anything is parsed, so that ``--help`` is localised.

    Reads ``--lang``, then ``REGELSYN_LANG``, then the ``language:`` line of the nearest
    ``regelsyn.yaml`` (a regular expression, not a YAML parser: this runs on every start-up).
    """
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    env = os.environ.get("REGELSYN_LANG")
    if env:
        return env
    start = _early_registry(argv)
    for folder in (start, *start.parents):
        candidate = folder / "regelsyn.yaml"
        if candidate.is_file():
            try:
                head = candidate.read_text(encoding="utf-8-sig", errors="replace")[:4096]
            except OSError:
                return DEFAULT
            match = _LANG_LINE.search(head)
            return match.group(1) if match else DEFAULT
    return DEFAULT


def _early_registry(argv: list[str]) -> Path:
    for i, arg in enumerate(argv):
        if arg in ("-C", "--registry") and i + 1 < len(argv):
            return Path(argv[i + 1]).absolute()
        if arg.startswith("--registry="):
            return Path(arg.split("=", 1)[1]).absolute()
    env = os.environ.get("REGELSYN_REGISTRY")
    return Path(env).absolute() if env else Path.cwd()


def number(value: float | int | None, lang: str | None = None) -> str:
    """A number as people in ``lang`` write it: ``1.234,5`` (da), ``1 234,5`` (nb), ``1,234.5``."""
    if value is None:
        return "–"
    lang = lang or language()
    whole = float(value).is_integer()
    text = f"{value:,.0f}" if whole else f"{value:,.1f}"
    if lang == "da":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "nb":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
