"""A file's form beyond its data, kept when regelsyn writes the file back.

ruamel.yaml keeps comments, key order and quoting, but writes every line in its own layout: LF
line endings, no byte-order mark, no ``%YAML``/``---``/``...`` markers, one space after a colon,
``{a: 1}`` for ``{ a: 1 }``. So a write starts from the file as it was read: the lines whose
data the tool did not change are kept byte for byte (line ending included), and only the lines
it changed are taken from ruamel.yaml, ended the way most lines of the file are.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from regelsyn.i18n import t
from regelsyn.store import yamlio


@dataclass(frozen=True)
class Form:
    """How a file was written: its text as read, its byte-order mark, and its line ending."""

    text: str = ""
    bom: bool = False
    newline: str = "\n"  # the ending most lines have: "\n", "\r\n" or "\r"


def detect(data: bytes) -> Form:
    """The form of a file's bytes (already accepted by :func:`yamlio.decode`)."""
    text = data.decode("utf-8-sig", errors="replace")
    crlf = text.count("\r\n")
    endings = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    newline = max(endings, key=lambda ending: endings[ending])  # LF when none wins
    return Form(text=text, bom=data.startswith(codecs.BOM_UTF8), newline=newline)


def encode(tree: Any, indent: yamlio.Indent, form: Form | None = None) -> bytes:
    """The bytes that hold ``tree`` in ``form``: the lines the tree changed as ruamel.yaml writes
    them, every other line as the file had it. If that text would not read back as the same
    data, the whole file is written in ruamel.yaml's layout (still with the file's byte-order
    mark and line ending); if that would not either, :class:`yamlio.YamlProblem` says so and
    nothing is written."""
    form = form or Form()
    new = yamlio.dump(tree, indent)
    kept = _merge(form.text, new, indent, form.newline) if form.text else None
    for text in (kept, form.newline.join(new.split("\n"))):
        if text is not None and _reads_as(text, tree):
            return (codecs.BOM_UTF8 if form.bom else b"") + text.encode("utf-8")
    raise yamlio.YamlProblem(t("y.roundtrip"))


def _reads_as(text: str, tree: Any) -> bool:
    try:
        return bool(yamlio.to_plain(yamlio.load(text)) == yamlio.to_plain(tree))
    except yamlio.YamlProblem:
        return False


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _merge(original: str, new: str, indent: yamlio.Indent, newline: str) -> str:
    """``new`` (ruamel.yaml's text of the changed tree), with every line that ruamel.yaml would
    also write for the unchanged file replaced by the file's own line(s) for it."""
    before = _content(yamlio.dump(yamlio.load(original), indent))  # the file as ruamel writes it
    after = _content(new)
    lines = _LINE.findall(original)
    units, extras = _align([line.rstrip("\r\n") for line in lines], before)
    changes = SequenceMatcher(None, before, after).get_opcodes()
    moved: list[int | None] = [None] * len(before)  # where each unchanged line is in ``after``
    for tag, b1, b2, a1, _ in changes:
        if tag == "equal":
            moved[b1:b2] = range(a1, a1 + b2 - b1)

    def unchanged(u1: int, u2: int) -> bool:
        """Whether written lines u1:u2 are all in ``after``, still together."""
        first, last = moved[u1], moved[u2 - 1]
        return first is not None and last is not None and last - first == u2 - 1 - u1

    out: list[str] = []
    for tag, b1, b2, a1, a2 in changes:
        for b in range(b1, b2):
            out += [lines[o] for o in extras.get(b, [])]  # lines ruamel.yaml leaves out
            if tag != "equal":
                continue
            o1, o2, u1, u2 = units[b]
            if unchanged(u1, u2):
                out += [lines[o] for o in range(o1, o2)] if b == u1 else []
            else:  # part of a multi-line form that changed: this line in the new layout
                out.append(after[a1 + b - b1] + newline)
        if tag != "equal":
            out += [line + newline for line in after[a1:a2]]
    out += [lines[o] for o in extras.get(len(before), [])]
    return "".join(
        line if _LINE_END.search(line) or index == len(out) - 1 else line + newline
        for index, line in enumerate(out)
    )


_LINE_END = re.compile(r"[\r\n]\Z")


def _content(text: str) -> list[str]:
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


Unit = tuple[int, int, int, int]  # file lines o1:o2 written by ruamel.yaml as lines b1:b2


def _align(file: list[str], before: list[str]) -> tuple[list[Unit], dict[int, list[int]]]:
    """Which of the file's lines stand for each line ruamel.yaml writes (``units``, one per
    written line), and the file's lines it does not write at all (``extras``, by the written
    line they precede). Lines that are equal, or equal but for spaces, pair off one to one;
    so do the rest of a stretch where both have as many lines."""
    units: list[Unit] = [(0, 0, 0, 0)] * len(before)
    extras: dict[int, list[int]] = {}

    def one_to_one(f1: int, b1: int, b2: int) -> None:
        for b in range(b1, b2):
            units[b] = (f1 + b - b1, f1 + b - b1 + 1, b, b + 1)

    for tag, f1, f2, b1, b2 in SequenceMatcher(None, file, before).get_opcodes():
        if tag == "equal":
            one_to_one(f1, b1, b2)
            continue
        loose = SequenceMatcher(None, _squeeze(file[f1:f2]), _squeeze(before[b1:b2]))
        for _, i1, i2, j1, j2 in loose.get_opcodes():
            g1, g2, c1, c2 = f1 + i1, f1 + i2, b1 + j1, b1 + j2
            if c1 == c2:
                extras.setdefault(c1, []).extend(range(g1, g2))
            elif g2 - g1 == c2 - c1:
                one_to_one(g1, c1, c2)
            else:
                units[c1:c2] = [(g1, g2, c1, c2)] * (c2 - c1)
    return units, extras


def _squeeze(lines: list[str]) -> list[str]:
    return ["".join(line.split()) for line in lines]
