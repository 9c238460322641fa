"""Material change since the last decision: a defended rule whose text, owner, burden or
premises changed since the review that defended it (not its comments or layout) is flagged by
``check`` and is due for review again. The rule is :func:`regelsyn.domain.schedule
.material_changes`; this module gathers what it compares: each rule as it is (its facts), the
version the decision was taken on (by git blob id, through the index cache) and the premises the
meeting stated (from the review's facts)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from regelsyn.domain import schedule
from regelsyn.model.facts import ReviewFacts, RuleFacts
from regelsyn.store.packing import from_dict
from regelsyn.store.registry import Registry

# (rule id, status, material fingerprint now, defence "<ref>@<blob>")
Defended = tuple[str, str, str, str]


def changes(
    registry: Registry, rules: Iterable[Defended], reviews: list[Any] | None = None
) -> dict[str, tuple[str, list[str]]]:
    """For each defended rule that changed materially since its defence: the review that
    defended it, and the fields that changed. ``reviews``: the review files' index entries,
    when the caller has them already."""
    wanted = [rule for rule in rules if rule[1] == "defended" and "@" in rule[3]]
    if not wanted:
        return {}
    blobs = registry.material_at(sorted({rule[3].rsplit("@", 1)[1] for rule in wanted}))
    stated = statements(registry, reviews)
    found = {}
    for rule_id, status, now, decided in wanted:
        ref, blob = decided.rsplit("@", 1)
        said = stated.get(ref, {}).get(rule_id)
        fields = schedule.material_changes(status, now, blobs.get(blob, "?"), said)
        if fields:
            found[rule_id] = (ref.removeprefix("reviews/"), fields)
    return found


def statements(
    registry: Registry, reviews: list[Any] | None = None
) -> dict[str, dict[str, list[str]]]:
    """``reviews/<id>`` → rule → the fingerprints of the premises its defence stated."""
    found = {}
    for entry in registry.review_entries() if reviews is None else reviews:
        if entry.facts is not None:
            facts: ReviewFacts = from_dict(ReviewFacts, entry.facts)
            found[entry.rel.removesuffix(".yaml")] = facts.defended
    return found


def changed_ids(registry: Registry, facts: Iterable[RuleFacts]) -> set[str]:
    """The rules that are due again because they changed materially since their defence."""
    return set(changes(registry, ((f.id, f.status, f.material, f.defence) for f in facts)))
