"""gettext ``.po`` files: read at start-up (the catalogs ship as ``.po``), written by
``scripts/catalogs.py``.

Only what GNU gettext writes is read: ``#`` comments, ``msgctxt``, ``msgid``, ``msgid_plural``,
``msgstr`` and ``msgstr[N]``, each followed by one or more quoted strings on lines of their own.
Obsolete entries (``#~``) are comments. Anything else is a :class:`PoSyntaxError` naming the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_KEYWORDS = frozenset({"msgctxt", "msgid", "msgid_plural", "msgstr"})
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v"}  # fmt: skip
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9a-fA-F]+)|(.))")
_BARE_QUOTE = re.compile(r'(?<!\\)(?:\\\\)*"')


class PoSyntaxError(ValueError):
    """A ``.po`` file that is not valid: ``line`` is where the fault starts (1-based)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass
class Entry:
    """One message: its id, its text (``msgstr``) or texts (``msgstr[N]``), and comments."""

    msgid: str
    msgstr: str = ""
    plural: str | None = None  # msgid_plural: set for a message with plural forms
    forms: list[str] = field(default_factory=list)  # msgstr[0], msgstr[1], ...
    comments: list[str] = field(default_factory=list)  # whole lines, with their "#"
    context: str | None = None
    line: int = 0

    @property
    def fuzzy(self) -> bool:
        return any(c.startswith("#,") and "fuzzy" in c for c in self.comments)


def _string(text: str, line: int) -> str:
    """The value of one quoted PO string (``"..."``, escapes and all)."""
    text = text.strip()
    inner = text[1:-1]
    if (
        len(text) < 2
        or text[0] != '"'
        or text[-1] != '"'
        or ('"' in inner and _BARE_QUOTE.search(inner))
    ):
        raise PoSyntaxError(line, f"not a quoted string: {text[:60]!r}")
    if "\\" not in inner:
        return inner
    try:
        return _ESCAPE.sub(_unescape, inner)
    except ValueError as exc:
        raise PoSyntaxError(line, str(exc)) from None


def _unescape(match: re.Match[str]) -> str:
    octal, hexa, char = match.groups()
    if octal:
        return chr(int(octal, 8))
    if hexa:
        return chr(int(hexa, 16))
    if char in _ESCAPES:
        return _ESCAPES[char]
    raise ValueError(f"unknown escape \\{char}")


def parse(text: str) -> list[Entry]:
    """Every entry of a ``.po`` file, the header (``msgid ""``) among them, in file order."""
    entries: list[Entry] = []
    comments: list[str] = []
    fields: dict[str, list[str]] = {}  # keyword → its strings, in the entry being read
    current: list[str] = []  # the strings of the keyword being read
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        head = line.lstrip()[:1]
        if head == '"':
            if not fields:
                raise PoSyntaxError(number, "a string without a keyword before it")
            current.append(_string(line, number))
            continue
        if head == "#" or not head:
            if fields:
                entries.append(_entry(fields, comments, start))
                comments, fields = [], {}
            if head:
                comments.append(line)
            continue
        keyword, _, rest = line.strip().partition(" ")
        base = keyword.split("[", 1)[0]
        if base not in _KEYWORDS or (base != keyword and not _is_index(keyword)):
            raise PoSyntaxError(number, f"not a comment, keyword or string: {line[:60]!r}")
        if base in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in fields):
            entries.append(_entry(fields, comments, start))
            comments, fields = [], {}
        if not fields:
            start = number
        if keyword in fields:
            raise PoSyntaxError(number, f"{keyword} twice in one entry")
        current = fields[keyword] = [_string(rest, number)]
    if fields:
        entries.append(_entry(fields, comments, start))
    return entries


def _is_index(keyword: str) -> bool:
    return keyword.startswith("msgstr[") and keyword.endswith("]") and keyword[7:-1].isdigit()


def _entry(fields: dict[str, list[str]], comments: list[str], line: int) -> Entry:
    found = {keyword: "".join(strings) for keyword, strings in fields.items()}
    if "msgid" not in found:
        raise PoSyntaxError(line, "an entry without msgid")
    plural = found.get("msgid_plural")
    forms: list[str] = []
    while f"msgstr[{len(forms)}]" in found:
        forms.append(found[f"msgstr[{len(forms)}]"])
    indexed = sum(1 for keyword in found if keyword.startswith("msgstr["))
    if plural is None and (indexed or "msgstr" not in found):
        raise PoSyntaxError(line, "msgid needs one msgstr (msgstr[N] only after msgid_plural)")
    if plural is not None and ("msgstr" in found or not forms or indexed != len(forms)):
        raise PoSyntaxError(line, "msgid_plural needs msgstr[0], msgstr[1], ... and no msgstr")
    return Entry(
        msgid=found["msgid"],
        msgstr=found.get("msgstr", ""),
        plural=plural,
        forms=forms,
        comments=comments,
        context=found.get("msgctxt"),
        line=line,
    )


def messages(text: str) -> dict[str, str | list[str]]:
    """The messages of a ``.po`` file, as a program needs them, in file order: msgid → text,
    or msgid → its plural forms (a list). As ``msgfmt`` does, it leaves out untranslated
    (empty) and fuzzy entries and keys a message with a context as ``context\\x04msgid``;
    the header is the message ``""``.

    This is the reader of every start-up, so it is lean: it trusts the file to be valid (the
    tests check the shipped ones with :func:`parse` and ``msgfmt --check``) and fails only
    on a line that is not a comment, a keyword or a string.
    """
    found: dict[str, str | list[str]] = {}
    entry: dict[str, list[str]] = {}
    strings: list[str] = []
    has_text = fuzzy = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        first = line[:1]
        if first == '"' and line[-1:] == '"' and entry:
            strings.append(line[1:-1])
        elif first == "m":
            keyword, _, rest = line.partition(" ")
            rest = rest.strip()
            if rest[:1] != '"' or rest[-1:] != '"' or len(rest) < 2:
                raise PoSyntaxError(number, f"not a keyword and a string: {raw[:60]!r}")
            if has_text and keyword in ("msgid", "msgctxt"):
                _keep(entry, fuzzy, found)
                entry, has_text, fuzzy = {}, False, False
            strings = entry[keyword] = [rest[1:-1]]
            has_text = has_text or keyword.startswith("msgstr")
        elif first == "#" or not first:
            if entry:
                _keep(entry, fuzzy, found)
                entry, has_text, fuzzy = {}, False, False
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
        else:
            raise PoSyntaxError(number, f"not a comment, keyword or string: {raw[:60]!r}")
    if entry:
        _keep(entry, fuzzy, found)
    return found


def _joined(strings: list[str]) -> str:
    text = "".join(strings)
    return _ESCAPE.sub(_unescape, text) if "\\" in text else text


def _keep(entry: dict[str, list[str]], fuzzy: bool, found: dict[str, str | list[str]]) -> None:
    msgid = _joined(entry.get("msgid", []))
    if "msgctxt" in entry:
        msgid = f"{_joined(entry['msgctxt'])}\x04{msgid}"
    if fuzzy and msgid:
        return
    if "msgid_plural" in entry:
        forms: list[str] = []
        while (strings := entry.get(f"msgstr[{len(forms)}]")) is not None:
            forms.append(_joined(strings))
        if forms and all(forms):
            found[msgid] = forms
    elif text := _joined(entry.get("msgstr", [])):
        found[msgid] = text


def header(entries: list[Entry]) -> dict[str, str]:
    """The header's fields (``Language``, ``Plural-Forms``, ...), from the entry ``msgid ""``."""
    for entry in entries:
        if entry.msgid == "" and entry.context is None:
            fields = (line.partition(":") for line in entry.msgstr.splitlines() if ":" in line)
            return {name.strip(): value.strip() for name, _, value in fields}
    return {}


# -- writing --------------------------------------------------------------------------------
WIDTH = 79  # as msgcat, Poedit and Weblate wrap


def quote(text: str) -> str:
    """``text`` as the inside of a PO string."""
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )


def _field(keyword: str, text: str) -> list[str]:
    """``keyword "text"``, wrapped as gettext's tools wrap it: on one line if it fits, else an
    empty first string and the text in lines that end after a space or a newline."""
    quoted = quote(text)
    if "\\n" not in quoted[:-2] and len(keyword) + len(quoted) + 3 <= WIDTH:
        return [f'{keyword} "{quoted}"']
    lines = [f'{keyword} ""']
    for piece in re.split(r"(?<=\\n)", quoted):
        if not piece:
            continue
        current = ""
        for word in re.findall(r"[^ ]* *|[^ ]+", piece):
            if current and len(current) + len(word) + 2 > WIDTH:
                lines.append(f'"{current}"')
                current = ""
            current += word
        if current:
            lines.append(f'"{current}"')
    return lines


def format_entry(entry: Entry) -> str:
    lines = list(entry.comments)
    if entry.context is not None:
        lines += _field("msgctxt", entry.context)
    lines += _field("msgid", entry.msgid)
    if entry.plural is None:
        lines += _field("msgstr", entry.msgstr)
    else:
        lines += _field("msgid_plural", entry.plural)
        for index, form in enumerate(entry.forms):
            lines += _field(f"msgstr[{index}]", form)
    return "\n".join(lines) + "\n"


def format_file(entries: list[Entry]) -> str:
    """A whole ``.po`` file: the entries, one blank line between them."""
    return "\n".join(format_entry(entry) for entry in entries)
