"""Records as round-trip YAML trees, and careful in-place updates of existing trees."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, ScalarString
from ruamel.yaml.tokens import CommentToken

from regelsyn.store.yamlio import mapping, sequence

FLOW_MAPS = frozenset({"owner", "burden", "committee", "review", "action"})
# lists whose items are written as block mappings (long records), not one line each
BLOCK_ITEMS = frozenset({"decisions"})
FLOW_LISTS = frozenset({"applies_to", "tags"})
COMPUTED = frozenset({"hours_per_year"})
# keys written only when they hold a value, so that most records stay as DESIGN.md sketches them
OPTIONAL_KEYS = frozenset({"suspended_from", "suspended_until", "learn_from", "corrects", "email"})


def record_tree(record: BaseModel) -> CommentedMap:
    """A record as a YAML mapping in the model's key order, in the style of DESIGN.md."""
    data = record.model_dump(mode="python", by_alias=True, exclude=set(COMPUTED))
    data = {k: v for k, v in data.items() if not (k in OPTIONAL_KEYS and v is None)}
    tree = to_tree(data)
    assert isinstance(tree, CommentedMap)
    return tree


def to_tree(
    value: Any, key: str | None = None, *, in_list: bool = False, compact: bool = False
) -> Any:
    """Plain data as YAML nodes. Items of a list are one-line mappings (block mappings under
    :data:`BLOCK_ITEMS`); inside them, empty values are left out."""
    if isinstance(value, dict):
        compact = compact or in_list
        fields = {
            k: to_tree(v, k, compact=compact)
            for k, v in value.items()
            if not ((compact or k in OPTIONAL_KEYS) and v is None)
        }
        return mapping(fields, flow=in_list or key in FLOW_MAPS)
    if isinstance(value, list):
        block = key in BLOCK_ITEMS
        items = [to_tree(v, in_list=not block, compact=block) for v in value]
        return sequence(items, flow=not items or key in FLOW_LISTS)
    return scalar(value)


_INDICATORS = tuple("?-:,[]{}#&*!|>'\"%@`")


def scalar(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, str) and value.startswith(_INDICATORS):
        # ruamel.yaml writes some of these plain inside [flow, lists], where they mean
        # something else when read back ("?x" becomes a mapping): quote them.
        return DoubleQuotedScalarString(value)
    return value


def plain_equal(old: Any, new: Any) -> bool:
    """Whether a tree value already holds ``new`` (so writing it would change nothing)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(plain_equal(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(
            plain_equal(a, b) for a, b in zip(old, new, strict=True)
        )
    if isinstance(old, bool) or isinstance(new, bool):
        return type(old) is type(new) and old == new
    if isinstance(old, dt.date) and isinstance(new, dt.date):
        return old == new
    if isinstance(old, str) and isinstance(new, str):
        return str(old) == str(new)
    if isinstance(old, int | float) and isinstance(new, int | float):
        return float(old) == float(new)
    return old is None and new is None


def set_in(tree: CommentedMap, path: tuple[str, ...], value: Any, order: list[str]) -> bool:
    """Set ``path`` to ``value`` in ``tree``, keeping comments and the old value's quoting.

    A missing key is inserted where ``order`` (the model's key order) puts it. Returns whether
    anything changed.
    """
    parent = tree
    for part in path[:-1]:
        child = parent.get(part)
        if not isinstance(child, CommentedMap):
            child = mapping({}, flow=part in FLOW_MAPS)
            _insert(parent, part, child, order)
        parent = child
    last = path[-1]
    if value is None and last in OPTIONAL_KEYS:
        if last not in parent:
            return False
        del parent[last]
        return True
    if last in parent and plain_equal(parent[last], value):
        return False
    new = _styled_like(parent.get(last), to_tree(value, last))
    if last in parent:
        parent[last] = new
    else:
        _insert(parent, last, new, order)
    return True


def append_to(tree: CommentedMap, key: str, item: Any, order: list[str]) -> None:
    """Append ``item`` to the list at ``key`` (history is append-only)."""
    current = tree.get(key)
    entry = to_tree(item, in_list=True)
    if isinstance(current, CommentedSeq):
        if not current:
            if current.fa.flow_style():
                current.fa.set_block_style()
            _keep_below(current, tree.ca.items.get(key, [None, None, None])[2])
        elif not current.fa.flow_style():
            _keep_below(current, current.ca.items.get(len(current) - 1, [None])[0])
        current.append(entry)
        return
    new = sequence([entry])
    if key in tree:
        tree[key] = new
    else:
        _insert(tree, key, new, order)


def _keep_below(seq: CommentedSeq, token: Any) -> None:
    """Keep the comment lines that follow the last line of ``seq`` below it once items are
    appended: ruamel.yaml holds them in the comment at the end of that line (after ``[]`` or
    after the last item), and would write the new items after them."""
    if token is None:
        return
    first, _, rest = token.value.partition("\n")
    if not rest:
        return
    token.value = first + "\n"
    if seq.ca.comment is None:
        seq.ca.comment = [None, None]  # ruamel.yaml writes seq.ca.end only beside a comment
    seq.ca.end = [CommentToken(rest, CommentMark(0), None), *(seq.ca.end or [])]


def _styled_like(old: Any, new: Any) -> Any:
    if isinstance(old, ScalarString) and isinstance(new, str) and "\n" not in new:
        return type(old)(new)
    if isinstance(old, CommentedSeq) and isinstance(new, CommentedSeq):
        if old.fa.flow_style():
            new.fa.set_flow_style()
        else:
            new.fa.set_block_style()
    return new


def _insert(parent: CommentedMap, key: str, value: Any, order: list[str]) -> None:
    if key not in order:
        parent[key] = value
        return
    later = set(order[order.index(key) + 1 :])
    for index, existing in enumerate(parent):
        if existing in later:
            parent.insert(index, key, value)
            return
    parent[key] = value
