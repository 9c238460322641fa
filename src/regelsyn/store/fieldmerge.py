"""Three versions of one record merged field by field, as ``regelsyn sync`` needs when two
people changed the same file.

What only one side changed is taken from it; what both changed alike is kept; entries both
appended to an append-only list (a rule's ``history``, a case's ``events``) are all kept, ours
first (two alike entries are two events). Only a field both changed differently is a clash,
settled by the person's choice. The result is our file with their changes applied in place,
so comments and layout survive; no conflict marker is ever written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from regelsyn.store.records import plain

APPEND_ONLY = frozenset({"history", "events"})


@dataclass(frozen=True)
class Clash:
    """A field both sides changed to different values (``burden.minutes`` for a nested one)."""

    field: str
    ours: Any
    theirs: Any


@dataclass
class Merged:
    """The merge of one record: its bytes (None while a clash is unsettled, or when the file
    cannot be merged field by field), and the clashes."""

    data: bytes | None
    clashes: list[Clash] = field(default_factory=list)
    whole_file: bool = False  # absent on one side, or not a readable record: choose a side


def merge_record(
    base: bytes | None,
    ours: bytes | None,
    theirs: bytes | None,
    order: list[str],
    choose: dict[str, str] | None = None,
) -> Merged:
    """Merge ``theirs`` into ``ours`` (``base``: the version both started from). ``choose``
    settles clashes by field: ``"ours"`` or ``"theirs"``; ``order`` is the model's key order,
    for a field theirs added."""
    was, mine, other = plain(base) if base is not None else {}, plain(ours), plain(theirs)
    if ours is None or theirs is None or mine is None or other is None or was is None:
        return Merged(None, whole_file=True)
    changes: list[tuple[tuple[str, ...], Any]] = []
    appended: list[tuple[str, Any]] = []
    clashes: list[Clash] = []
    for key in _keys(was, mine, other):
        if key in APPEND_ONLY:
            entries = _entries(was.get(key), mine.get(key), other.get(key))
            if entries is not None:
                appended += [(key, entry) for entry in entries]
                continue
        _field((key,), was.get(key), mine.get(key), other.get(key), changes, clashes)
    unsettled = [c for c in clashes if (choose or {}).get(c.field) not in ("ours", "theirs")]
    if unsettled:
        return Merged(None, clashes)
    for clash in clashes:
        if (choose or {})[clash.field] == "theirs":
            changes.append((tuple(clash.field.split(".")), clash.theirs))
    if not changes and not appended:
        return Merged(ours, clashes)
    return Merged(_apply(ours, changes, appended, order), clashes)


_GONE = object()  # a field one side removed


def _keys(*versions: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for version in versions:
        seen.update(dict.fromkeys(str(k) for k in version))
    return list(seen)


def _field(
    path: tuple[str, ...],
    was: Any,
    mine: Any,
    other: Any,
    changes: list[tuple[tuple[str, ...], Any]],
    clashes: list[Clash],
) -> None:
    if mine == other or other == was:
        return
    if mine == was:
        changes.append((path, other))
        return
    if isinstance(mine, dict) and isinstance(other, dict) and len(path) == 1:
        before = was if isinstance(was, dict) else {}
        for key in _keys(before, mine, other):
            _field((*path, key), before.get(key), mine.get(key), other.get(key), changes, clashes)
        return
    clashes.append(Clash(".".join(path), mine, other))


def _entries(was: Any, mine: Any, other: Any) -> list[Any] | None:
    """Their new entries of an append-only list, to go after ours; None when the lists are not
    appended to (then they are merged as any other field)."""
    start = was if isinstance(was, list) else []
    if not (isinstance(mine, list) and isinstance(other, list)):
        return None
    if mine[: len(start)] != start or other[: len(start)] != start:
        return None
    return other[len(start) :]  # two alike entries are two events: both are kept


def _apply(
    ours: bytes,
    changes: list[tuple[tuple[str, ...], Any]],
    appended: list[tuple[str, Any]],
    order: list[str],
) -> bytes:
    """Our file with these changes written in place (comments, order and form kept)."""
    from regelsyn.store import form, yamlio
    from regelsyn.store.serialize import append_to, set_in

    text = yamlio.decode(ours)
    tree = yamlio.load(text)
    for path, value in changes:
        parent = tree.get(path[0]) if len(path) > 1 else None
        if value is None and isinstance(parent, dict):
            parent.pop(path[1], None)  # they removed a field of a mapping
        else:
            set_in(tree, path, value, order)
    for key, entry in appended:
        append_to(tree, key, entry, order)
    return form.encode(tree, yamlio.guess_indent(text), form.detect(ours))
