"""Facts packed for the index cache: a JSON-ready list in field order, or, for a rule, one short
string that the cache reads many times faster than JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

from regelsyn.model.facts import Pos, RuleFacts, RuleSummary


def to_row(facts: Any) -> list[Any]:
    """Facts as a JSON-ready list in field order (the cache decodes lists faster than dicts)."""
    return [getattr(facts, name) for name in facts.__dataclass_fields__]


def from_dict(kind: type[Any], data: dict[str, Any] | list[Any] | str) -> Any:
    """Facts back from the cache (a packed rule, a list in field order, or a dict)."""
    if isinstance(data, str):
        return unpack_rule(data)
    return kind(*data) if isinstance(data, list) else kind(**data)


_SEP, _LIST = "\x1f", "\x1e"
RULE_MARK = "\x02"  # a rule's facts in the cache start with this; anything else is JSON


def pack_rule(facts: RuleFacts) -> str | None:
    """A rule's facts as one short string (the cache reads these many times faster than JSON);
    None when a value holds the separators, so that JSON is used instead."""
    parts = [
        facts.id,
        facts.title,
        facts.kind,
        facts.owner_level,
        facts.status,
        _LIST.join(facts.premises),
        facts.next_review or "",
        "" if facts.hours is None else repr(facts.hours),
        _LIST.join(facts.tags),
        _flags(facts),
        _LIST.join(facts.refs),
        _LIST.join(f"{key}={line},{col}" for key, (line, col) in facts.pos.items()),
        "" if facts.legal_basis is None else "=" + facts.legal_basis,
        _LIST.join(f"{path}={char}" for path, char in facts.hidden.items()),
        facts.material,
        facts.defence,
    ]
    texts = [*facts.tags, *facts.refs, facts.title, facts.defence]
    if any(_SEP in part for part in parts) or any(_LIST in text for text in texts):
        return None
    return RULE_MARK + _SEP.join(parts)


def rule_id(data: dict[str, Any] | list[Any] | str) -> str:
    """A rule's id from its cached facts, without unpacking the rest."""
    if isinstance(data, str):
        return data[1:].split(_SEP, 1)[0]
    return str(data[0] if isinstance(data, list) else data["id"])


def rule_names(data: dict[str, Any] | list[Any] | str) -> tuple[str, str | None]:
    """A rule's title and hjemmel from its cached facts, without unpacking the rest."""
    if isinstance(data, str):
        parts = data[1:].split(_SEP)
        return parts[1], parts[12][1:] if parts[12] else None
    facts: RuleFacts = from_dict(RuleFacts, data)
    return facts.title, facts.legal_basis


def rule_words(data: dict[str, Any] | list[Any] | str) -> tuple[str, str, list[str]]:
    """A rule's id, title and tags from its cached facts, without unpacking the rest (what a
    search reads of thousands of rules)."""
    if isinstance(data, str):
        parts = data[1:].split(_SEP, 9)
        return parts[0], parts[1], parts[8].split(_LIST) if parts[8] else []
    facts: RuleFacts = from_dict(RuleFacts, data)
    return facts.id, facts.title, list(facts.tags)


def peek_rule(data: dict[str, Any] | list[Any] | str) -> tuple[str, str | None, bool]:
    """A rule's status, next review date and whether a review has decided it, from its cached
    facts without unpacking the rest (what "is it due?" needs)."""
    if isinstance(data, str):
        parts = data[1:].split(_SEP, 10)
        return parts[4], parts[6] or None, "r" in parts[9]
    facts = from_dict(RuleFacts, data)
    return facts.status, facts.next_review, facts.history_reviewed


def rule_summary(data: dict[str, Any] | list[Any] | str) -> RuleSummary:
    """What the agenda and the calendar show of a rule, from its cached facts (a packed rule is
    split once, and only the fields shown are read)."""
    if not isinstance(data, str):
        return RuleSummary.of_facts(from_dict(RuleFacts, data))
    parts = data[1:].split(_SEP, 10)
    hours, tags = parts[7], parts[8]
    return RuleSummary(
        parts[0], parts[1], parts[2], parts[3], parts[4],
        dt.date.fromisoformat(parts[6]) if parts[6] else None,
        float(hours) if hours else None, tags.split(_LIST) if tags else [],
        "r" in parts[9], "f" in parts[9],
    )  # fmt: skip


def unpack_rule(text: str) -> RuleFacts:
    parts = text[1:].split(_SEP)
    (ident, title, kind, owner, status, premises, review, hours, tags, flags, refs, pos, basis,
     hidden, material, defended) = parts  # fmt: skip
    where: dict[str, Pos] = {}
    for item in pos.split(_LIST) if pos else ():
        key, _, at = item.partition("=")
        line, _, col = at.partition(",")
        where[key] = (int(line), int(col))
    return RuleFacts(
        ident,
        title,
        kind,
        owner,
        status,
        premises.split(_LIST) if premises else [],
        review or None,
        float(hours) if hours else None,
        tags.split(_LIST) if tags else [],
        "r" in flags,
        "b" in flags,
        "o" in flags,
        refs.split(_LIST) if refs else [],
        basis[1:] if basis else None,
        "u" in flags,
        where,
        dict(item.partition("=")[::2] for item in hidden.split(_LIST)) if hidden else {},
        material,
        defended,
        "f" in flags,
    )


def _flags(facts: RuleFacts) -> str:
    """What the history says, in letters: reviewed, status backed, owner changed; u: the use
    of the results is documented; f: the rule states a floor."""
    return (
        ("r" if facts.history_reviewed else "")
        + ("b" if facts.status_backed else "")
        + ("o" if facts.owner_unreviewed else "")
        + ("u" if facts.use_documented else "")
        + ("f" if facts.floor else "")
    )
