"""Lists at any width: the one place that decides how a list of records is laid out, from the
width of the terminal (rich's console: the terminal's own width, else ``COLUMNS``, else 160).

A list is columns and rows of text (:class:`Listing`). Where its columns fit side by side it is a
table: an id, a date or a number is never wrapped, a few words (a status, a kind of rule) wrap
only between words, and the free text (a title) takes the width that is left and folds between
words. Where they do not fit, and in a window of :data:`STACKED_AT` columns or fewer, each record
is a small block of ``Label: value`` lines, its id first. Either way every value is shown whole:
no column is dropped, emptied or cut short with "…".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from regelsyn import inert
from regelsyn.ui import console

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

Kind = Literal["id", "words", "text"]
Cell = str | tuple[str, ...]  # one line, or several (each shown on a line of its own)

STACKED_AT = 60  # a window this narrow, or narrower, shows every list as blocks
READABLE = 20  # free text in a narrower column reads as a word a line: blocks instead
_FRAME = 3  # a table's border and padding per column (plus one for the last border)


@dataclass(frozen=True)
class Column:
    """``kind``: ``id`` is never wrapped (ids, dates, figures, a level's id); ``words`` wraps
    only between words (a status, a request); ``text`` is free text that takes the width that
    is left and folds between words. ``key`` marks the record's own id: first in a block, and
    bold. ``right`` aligns figures to the right in a table."""

    header: str
    kind: Kind = "text"
    key: bool = False
    right: bool = False


@dataclass
class Listing:
    """A list as the terminal shows it: a title and a footer (optional), columns, and rows of
    text (record text as it is: it is made inert here)."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    title: str | None = None
    footer: str | None = None  # a line under the list (its sum)


def show(*listings: Listing) -> None:
    """Each listing on stdout, as a table where it fits the terminal, else as blocks; a blank
    line between two listings."""
    screen = console.screen()
    for number, listing in enumerate(listings):
        if number:
            screen.print()
        for part in render(listing, screen.width, screen):
            screen.print(part)


def render(listing: Listing, width: int, screen: Console) -> list[RenderableType]:
    """What :func:`show` prints, for a terminal ``width`` columns wide."""
    rows = [[_lines(cell) for cell in row] for row in listing.rows]
    parts: list[RenderableType] = []
    if listing.title:
        parts.append(Text("\n").join(_wrap(inert.text(listing.title), width, screen, "bold")))
    chosen = widths(listing.columns, rows, width)
    if chosen is None:
        if parts:
            parts.append(Text(""))
        parts.append(_blocks(listing.columns, rows, width, screen))
        if listing.footer:
            parts.append(Text(""))
    else:
        parts.append(_table(listing.columns, rows, chosen))
    if listing.footer:
        parts.append(Text(inert.text(listing.footer)))
    return parts


def widths(columns: Sequence[Column], rows: list[list[list[str]]], width: int) -> list[int] | None:
    """Each column's width in a table ``width`` columns wide, or None where the list is to be
    shown as blocks. Headers wrap first (between their words), then the widest free text folds,
    down to :data:`READABLE`, then the few-words columns wrap, down to their longest word; an
    id never wraps."""
    if width <= STACKED_AT or not columns:
        return None
    natural: list[int] = []
    floors: tuple[list[int], list[int], list[int]] = ([], [], [])
    for index, column in enumerate(columns):
        lines = [line for row in rows for line in row[index]]
        longest = max(map(cell_len, lines), default=1)
        word = max((cell_len(w) for line in lines for w in line.split()), default=1)
        header_word = max((cell_len(w) for w in column.header.split()), default=1)
        natural.append(max(longest, cell_len(column.header), 1))
        headers_wrapped = max(longest, header_word)
        readable = max(min(natural[-1], READABLE), header_word)
        floors[0].append(headers_wrapped)
        floors[1].append(readable if column.kind == "text" else headers_wrapped)
        floors[2].append(max(word, header_word) if column.kind == "words" else floors[1][-1])
    room = width - _FRAME * len(columns) - 1
    chosen = list(natural)
    for floor in floors:
        _narrow(chosen, floor, sum(chosen) - room)
    return chosen if sum(chosen) <= room else None


def _narrow(chosen: list[int], floor: list[int], excess: int) -> None:
    """Take ``excess`` columns off the widest columns that are still above their floor."""
    while excess > 0:
        above = [i for i, w in enumerate(chosen) if w > floor[i]]
        if not above:
            return
        widest = max(above, key=lambda i: chosen[i])
        ceiling = max((chosen[i] for i in above if i != widest), default=floor[widest])
        step = min(excess, chosen[widest] - max(ceiling, floor[widest]) or 1)
        chosen[widest] -= step
        excess -= step


def _table(columns: Sequence[Column], rows: list[list[list[str]]], chosen: list[int]) -> Table:
    table = Table(header_style="bold")
    for column, width in zip(columns, chosen, strict=True):
        table.add_column(
            column.header, width=width, justify="right" if column.right else "left", overflow="fold"
        )
    for row in rows:
        table.add_row(*(Text("\n".join(lines)) for lines in row))
    return table


def _blocks(
    columns: Sequence[Column], rows: list[list[list[str]]], width: int, screen: Console
) -> Text:
    """One block of ``Label: value`` lines a record, the record's id first, a blank line
    between records."""
    order = sorted(range(len(columns)), key=lambda i: not columns[i].key)
    labels = [(columns[i].header, columns[i].kind, columns[i].key) for i in order]
    blocks = []
    for row in rows:
        values = [row[i] for i in order]
        blocks.append(block([(*label, value) for label, value in zip(labels, values, strict=True)],
                            width, screen))  # fmt: skip
    return Text("\n\n").join(blocks)


def record(fields: Sequence[tuple[str, str, Kind]], width: int, screen: Console) -> Text:
    """One record as ``Label: value`` lines (a rule on its card): ``(label, value, kind)``,
    record text made inert, its own line breaks kept."""
    shown = [(label, kind, False, _lines(value, several=True)) for label, value, kind in fields]
    return block(shown, width, screen)


def block(fields: Sequence[tuple[str, Kind, bool, list[str]]], width: int, screen: Console) -> Text:
    """``(label, kind, key, lines)`` as ``Label: value`` lines at most ``width`` wide, the
    values under each other; a value folds between words under its first line, and an id too
    long to stand beside its label stands on the line below it. Where the values would have
    fewer than :data:`READABLE` columns beside the labels, each value goes under its label."""
    indent = max(cell_len(label) for label, *_ in fields) + 2
    room = width - indent
    out: list[Text] = []
    for label, kind, key, lines in fields:
        said = Text(f"{label}:", style="bold")
        style = "bold" if key else ""
        lines = lines if any(line.strip() for line in lines) else ["–"]
        if room < READABLE:
            out.append(said)
            for line in lines:
                whole = kind == "id" and cell_len(line) > width - 2  # an id: whole if it fits
                margin = Text("" if whole else "  ")
                out += [margin + piece for piece in _wrap(line, width - len(margin), screen, style)]
            continue
        first = True  # the label goes before the first line, spaces before the others
        for line in lines:
            if kind == "id" and cell_len(line) > room:  # whole: beside its label, or below it
                if first and said.cell_len + 1 + cell_len(line) <= width:
                    out.append(said + " " + Text(line, style=style))
                else:
                    out += [said if first else Text(""), *_wrap(line, width, screen, style)]
                first = False
                continue
            for piece in _wrap(line, room, screen, style):
                head = said.copy() if first else Text("")
                head.pad_right(indent - head.cell_len)
                out.append(head + piece)
                first = False
    return Text("\n").join(out)


def _wrap(line: str, width: int, screen: Console, style: str) -> list[Text]:
    """``line`` wrapped between words at ``width`` (a word longer than that is folded)."""
    pieces = Text(line, style=style).wrap(screen, width, overflow="fold")
    for piece in pieces:
        piece.rstrip()
    return list(pieces) or [Text("")]


def _lines(cell: Cell, *, several: bool = False) -> list[str]:
    """A cell as the lines it shows, inert. One string is one line (a line break in it is shown
    as a mark), unless ``several``: then its line breaks are kept."""
    if isinstance(cell, tuple):
        return [inert.text(line) for line in cell]
    if several:
        return inert.text(cell, lines=True).split("\n")
    return [inert.text(cell)]
