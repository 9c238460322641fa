"""Ids as people type them: a rule that is not there is answered with the rules that were most
likely meant; a case may be named by its short number (``U-2026-0007``, ``7``) and a review by a
beginning of its date (``2026-11``), as long as only one fits; a title is searched for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regelsyn.domain import search
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t, tn
from regelsyn.vocab import SLUG_PATTERN

if TYPE_CHECKING:
    from regelsyn.store.registry import Registry

SHOWN = 10  # candidates listed at most


@dataclass(frozen=True)
class Match:
    """A rule a search found: its id and title."""

    id: str
    title: str


def rule_items(registry: Registry) -> list[search.Findable]:
    """Every rule as a search sees it, from the index cache (a file that cannot be read is
    known by its name alone)."""
    from regelsyn.store.packing import rule_words
    from regelsyn.store.records import stem

    items = []
    for entry in registry.rule_entries(fragments=False):
        if entry.facts is None:
            items.append(search.Findable(stem(entry.rel)))
            continue
        the_id, title, tags = rule_words(entry.facts)
        items.append(search.Findable(the_id, title, tuple(tags)))
    return items


def find_rules(registry: Registry, query: str, limit: int | None = SHOWN) -> list[Match]:
    """The rules whose title, id or tags hold the words of ``query``, best first."""
    return [
        Match(hit.item.id, hit.item.title)
        for hit in search.search(query, rule_items(registry), limit)
    ]


def rule_exists(registry: Registry, typed: str) -> bool:
    """Whether a rule has the id ``typed`` (one look at the disk)."""
    return re.fullmatch(SLUG_PATTERN, typed) is not None and registry.rule_path(typed).is_file()


def rule_id(registry: Registry, typed: str) -> str:
    """``typed``, when a rule has that id; else refused (exit 1) with the rules most likely
    meant, or the hint to list them."""
    if rule_exists(registry, typed):
        return typed
    refusal = unknown_rules([typed], rule_items(registry))
    if refusal.hint == t("hint.rule_list"):
        registry.rule_path(typed)  # no rule is like it: one that is no id is said to be none
    raise refusal


def unknown_rules(missing: list[str], items: list[search.Findable]) -> Refused:
    """The refusal of ids no rule has, with the rules most likely meant (the closest three for
    one id, the closest for each of several)."""
    close: list[Match] = []
    for typed in missing:
        for item in search.closest(typed, items, 3 if len(missing) == 1 else 1):
            if item.id not in [match.id for match in close]:
                close.append(Match(item.id, item.title))
    return Refused(
        t("err.no_such_rule", id=", ".join(missing)),
        hint=suggestions(close) or t("hint.rule_list"),
    )


def suggestions(close: list[Match]) -> str:
    """``Mente du:`` and the rules, one a line, ids aligned ("" for none)."""
    if not close:
        return ""
    return t("lookup.did_you_mean") + "\n" + listed(close)


def listed(matches: list[Match]) -> str:
    """The rules one a line, ids aligned, indented."""
    width = max(len(match.id) for match in matches)
    return "\n".join(f"  {match.id.ljust(width)}  {' '.join(match.title.split())}".rstrip()
                     for match in matches)  # fmt: skip


# -- cases and reviews ---------------------------------------------------------------------------
def case_id(registry: Registry, typed: str) -> str:
    """The case ``typed`` names: its whole id, its short number or a beginning of the id
    (:func:`regelsyn.domain.search.matching_cases`). Several that fit are listed (exit 2);
    none, refused (exit 1) with the ids spelt most like it."""
    from regelsyn.model.case import CASE_ID_PATTERN

    if re.fullmatch(CASE_ID_PATTERN, typed) and registry.case_path(typed).is_file():
        return typed
    ids = registry.case_ids()
    return _the_one(typed, ids, search.matching_cases(typed, ids), "case", "hint.challenge_list")


def looks_like_case(typed: str) -> bool:
    """Whether ``typed`` names a case rather than a rule (``U-…``, ``E-…``, or a number)."""
    return re.match(r"^(?:[UuEe]-\d|\d{1,4}(?:-\d{1,4})?$)", typed.strip()) is not None


def review_id(registry: Registry, typed: str) -> str:
    """The review ``typed`` names: its id, or a beginning of it that only one review has
    (``2026-11`` for ``2026-11-22``). Several are listed (exit 2); none, refused (exit 1)."""
    ids = registry.review_ids()
    return _the_one(typed, ids, search.matching_ids(typed, ids), "review", "hint.review_list")


def _the_one(typed: str, ids: list[str], found: list[str], what: str, hint_none: str) -> str:
    """The one id of ``found``; several are listed (exit 2), none refused (exit 1) with the ids
    spelt most like ``typed`` (``what``: case or review, naming the messages)."""
    if len(found) == 1:
        return found[0]
    if found:
        raise UsageProblem(
            t(f"err.{what}_ambiguous", id=typed, n=len(found)) + "\n" + _ids(found),
            hint=t(f"hint.{what}_ambiguous"),
        )
    close = search.alike_ids(typed, ids)
    hint = (t("lookup.did_you_mean") + "\n" + _ids(close)) if close else t(hint_none)
    raise Refused(t(f"err.no_such_{what}", id=typed), hint=hint)


def _ids(ids: list[str]) -> str:
    shown = "\n".join(f"  {one}" for one in ids[:SHOWN])
    if len(ids) > SHOWN:
        shown += "\n  " + tn("lookup.more", len(ids) - SHOWN)
    return shown
