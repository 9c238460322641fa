"""The fast read path: libyaml's C parser (ruamel.yaml.clib) with positions from its nodes.

Anything unusual (a syntax error, a duplicate key, an impossible date, a tag) makes :func:`load`
give up; the caller then reads the file round-trip, which words the problem exactly.
"""

from __future__ import annotations

import warnings
from typing import Any

from ruamel.yaml.nodes import MappingNode, SequenceNode

try:
    from ruamel.yaml.cyaml import CSafeLoader as _Loader
except ImportError:  # without the C extension: the same API in pure Python, only slower
    from ruamel.yaml.loader import SafeLoader as _Loader  # type: ignore[assignment]

from regelsyn.model.finding import Loc

warnings.filterwarnings("ignore", module=r"ruamel\.yaml.*")


class GiveUp(Exception):
    """The fast loader will not vouch for this file; read it round-trip instead."""


MAX_VALUES = 100_000  # no real record comes near; a "billion laughs" file goes far past it


def expanded_size(node: Any, limit: int = MAX_VALUES) -> int:
    """How many values the node tree holds once every alias is expanded (stops past
    ``limit``). Shared nodes are counted once per use, in time linear in the tree."""
    sizes: dict[int, int] = {}

    def size(current: Any) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        sizes[key] = limit + 1  # a node that contains itself is unbounded
        total = 1
        if isinstance(current, MappingNode):
            for k, v in current.value:
                total += size(k) + size(v)
                if total > limit:
                    break
        elif isinstance(current, SequenceNode):
            for item in current.value:
                total += size(item)
                if total > limit:
                    break
        sizes[key] = min(total, limit + 1)
        return sizes[key]

    return size(node)


def too_big(text: str) -> bool:
    """Whether ``text`` expands past :data:`MAX_VALUES` (an alias bomb); False if it does not
    even parse (the caller reports that)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except Exception:
        return False
    finally:
        loader.dispose()
    return node is not None and expanded_size(node) > MAX_VALUES


def load(text: str) -> tuple[Any, Any]:
    """``(data, node)``: plain Python values, and the node tree that knows every position."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None or expanded_size(node) > MAX_VALUES:
            raise GiveUp
        data = loader.construct_document(node)
    except GiveUp:
        raise
    except Exception as exc:
        raise GiveUp from exc
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise GiveUp
    return data, node


def position(node: Any, loc: Loc, *, key: bool = False) -> tuple[int, int]:
    """1-based line and column at ``loc``, as :func:`regelsyn.store.locate.position` gives
    them from a round-trip tree (the same rules for missing keys)."""
    pos = (0, 0)
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            pos = (node.start_mark.line, node.start_mark.column)
            continue
        if isinstance(node, MappingNode) and isinstance(part, str):
            found = next(((k, v) for k, v in node.value if k.value == part), None)
            if found is None:
                break
            key_node, value_node = found
            mark = key_node.start_mark if (key and last) or not last else value_node.start_mark
            pos = (mark.line, mark.column)
            node = value_node
            continue
        break
    return pos[0] + 1, pos[1] + 1
