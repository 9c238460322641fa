"""Message catalogs: every sentence a person reads comes from here, in da, nb or en.

The catalogs are gettext ``.po`` files, ``locale/<lang>/LC_MESSAGES/regelsyn.po`` beside this
module, read at run time into :class:`gettext.GNUTranslations` (no ``.mo`` to build or to go
stale). A message id is a key (``check.summary``); a message with plural forms has its key as
``msgid`` and ``msgid_plural`` and is said with :func:`tn` (``ngettext``). Only the catalog of
the language in use is read at start-up; Danish, the fallback, when a message is missing.

The language is chosen once per process: ``--lang``, else ``REGELSYN_LANG``, else the registry's
``language``, else Danish.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Final, Protocol

from regelsyn.i18n import po

LANGUAGES: Final = ("da", "nb", "en")
DEFAULT: Final = "da"
DOMAIN: Final = "regelsyn"
LOCALE: Final = Path(__file__).resolve().parent / "locale"


def po_file(lang: str) -> Path:
    """Where the catalog of ``lang`` is."""
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


class _Reader(Protocol):
    def read(self) -> bytes: ...


class Catalog(gettext.GNUTranslations):
    """One language's messages, read from its ``.po`` file (GNUTranslations reads ``.mo``).

    ``messages`` holds every message id with its text; a plural message's text there is its
    first form (for code that maps labels back to keys, :data:`CATALOGS`)."""

    messages: dict[str, str]
    plural_ids: frozenset[str]

    def _parse(self, fp: _Reader) -> None:
        found = po.messages(fp.read().decode("utf-8"))
        head = found.pop("", "")
        info = (line.partition(":") for line in str(head).splitlines() if ":" in line)
        self._info = {name.strip().lower(): value.strip() for name, _, value in info}
        self._charset = "utf-8"
        forms = self._info.get("plural-forms", "nplurals=2; plural=(n != 1);")
        self.plural = _plural_rule(forms.split("plural=", 1)[1].rstrip(";").strip())
        catalog: dict[str | tuple[str, int], str] = {}
        self.messages = {}
        plurals = []
        for key, text in found.items():
            if isinstance(text, str):
                catalog[key] = self.messages[key] = text
            else:
                plurals.append(key)
                self.messages[key] = text[0]
                for index, form in enumerate(text):
                    catalog[(key, index)] = form
        self._catalog = catalog
        self.plural_ids = frozenset(plurals)


_RULES: dict[str, Callable[[int], int]] = {}


def _plural_rule(expression: str) -> Callable[[int], int]:
    """The Plural-Forms expression as a function of n (compiled once per expression)."""
    if expression not in _RULES:
        _RULES[expression] = gettext.c2py(expression)
    return _RULES[expression]


class _Danish(gettext.NullTranslations):
    """The fallback of the other languages: Danish, read the first time it is needed."""

    def gettext(self, message: str) -> str:
        return catalog(DEFAULT).gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return catalog(DEFAULT).ngettext(msgid1, msgid2, n)


_LOADED: dict[str, Catalog] = {}


def catalog(lang: str) -> Catalog:
    """The catalog of ``lang`` (Danish for a language regelsyn does not speak), read once."""
    if lang not in LANGUAGES:
        lang = DEFAULT
    found = _LOADED.get(lang)
    if found is None:
        with po_file(lang).open("rb") as fp:
            found = Catalog(fp)
        if lang != DEFAULT:
            found.add_fallback(_Danish())
        _LOADED[lang] = found
    return found


class _Catalogs(Mapping[str, dict[str, str]]):
    """Language → {message id → text}; a language's file is read when it is first asked for."""

    def __getitem__(self, lang: str) -> dict[str, str]:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return catalog(lang).messages

    def __contains__(self, lang: object) -> bool:
        return lang in LANGUAGES

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


CATALOGS: Final = _Catalogs()

_state = {"lang": DEFAULT, "explicit": False}


def set_language(lang: str, *, explicit: bool = False) -> None:
    """Use ``lang`` for every message from now on; an explicit choice beats the registry's."""
    if lang not in LANGUAGES:
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
    return tl(key, language(), **params)


def tl(key: str, lang: str, /, **params: object) -> str:
    """The message ``key`` in a given language (for documents rendered in the registry's)."""
    text = catalog(lang).gettext(key)
    return text.format(**params) if params else text


def tn(key: str, n: float, /, **params: object) -> str:
    """The plural message ``key`` in the form for ``n`` (``1 regel``, ``2 regler``), in the
    current language; ``{n}`` is ``n`` as people write it unless ``n=`` is given."""
    return tnl(key, n, language(), **params)


def tnl(key: str, n: float, lang: str, /, **params: object) -> str:
    """:func:`tn` in a given language."""
    text = catalog(lang).ngettext(key, key, plural_count(n))
    params.setdefault("n", number(n, lang))
    return text.format(**params)


def plural_count(n: float) -> int:
    """The whole number gettext chooses a form by. A fraction is said as two is (1,5 timer,
    0.5 hours, and in languages with a form for a few, 1,5 godziny)."""
    value = float(n)
    return int(value) if value.is_integer() else 2


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
