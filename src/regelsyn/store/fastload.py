"""The fast read path: libyaml's C parser (ruamel.yaml.clib) with positions from its nodes.

Anything unusual (a syntax error, a duplicate key, an impossible date, a tag) makes :func:`load`
give up; the caller then reads the file round-trip, which words the problem exactly.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.nodes import MappingNode, SequenceNode

try:
    from ruamel.yaml.cyaml import CSafeLoader as _Loader
except ImportError:  # without the C extension: the same API in pure Python, only slower
    from ruamel.yaml.loader import SafeLoader as _Loader  # type: ignore[assignment]

from regelsyn.model.finding import Loc


class GiveUp(Exception):
    """The fast loader will not vouch for this file; read it round-trip instead."""


def load(text: str) -> tuple[Any, Any]:
    """``(data, node)``: plain Python values, and the node tree that knows every position."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
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
