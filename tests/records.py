"""Records for the domain's table tests, built with the models directly (no files, no CLI).

Each builder takes the few fields a test cares about; the rest are plain, valid defaults.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from regelsyn.model import RegistryConfig, Rule
from regelsyn.model.case import Case, CaseEvent, Trial
from regelsyn.model.review import Decision, Review

TODAY = dt.date(2026, 11, 27)
YESTERDAY = dt.date(2026, 11, 26)
TOMORROW = dt.date(2026, 11, 28)
CASE_ID = "U-2026-0001-vejning-abcd"

# the ladder of every table: the workplace, two levels above it, and EU law
LADDER = [
    {"id": "arbejdsplads", "name": "Testcentret", "response_days": 14},
    {"id": "forvaltning", "name": "Forvaltningen", "response_days": 30},
    {"id": "kommunalbestyrelse", "name": "Kommunalbestyrelsen"},
    {"id": "eu", "name": "EU-retten", "dispensable": False},
]


def config(
    *, defend_requires: str = "one", interval_months: int = 24, **changes: Any
) -> RegistryConfig:
    data: dict[str, Any] = {
        "workplace": "Testcentret",
        "committee": {"name": "Lokal-MED Testcentret"},
        "local_level": "arbejdsplads",
        "levels": LADDER,
        "review": {"interval_months": interval_months, "defend_requires": defend_requires},
    }
    return RegistryConfig.model_validate(data | changes)


def rule(
    rule_id: str = "vejning",
    *,
    level: str = "arbejdsplads",
    burden: tuple[float | None, float | None, int | None] | None = None,
    **changes: Any,
) -> Rule:
    """A rule; ``burden`` is (minutes, per_year, people)."""
    data: dict[str, Any] = {
        "id": rule_id,
        "title": f"Regel {rule_id}",
        "kind": "documentation",
        "text": "Personalet skriver det ned.",
        "owner": {"level": level},
    }
    if burden is not None:
        minutes, per_year, people = burden
        data["burden"] = {"minutes": minutes, "per_year": per_year, "people": people}
    return Rule.model_validate(data | changes)


def trial(
    start: dt.date = dt.date(2027, 1, 1), end: dt.date = dt.date(2027, 6, 30), **changes: Any
) -> Trial:
    data: dict[str, Any] = {
        "start": start,
        "end": end,
        "purpose_kept": "Formålet holdes.",
        "legal_certainty_kept": "Ingen rettigheder berøres.",
        "higher_rules_kept": "Egenkontrollen følges.",
        "evaluation": "Lederen evaluerer.",
    }
    return Trial.model_validate(data | changes)


def event(state: str, date: dt.date = TODAY, **changes: Any) -> CaseEvent:
    return CaseEvent.model_validate({"state": state, "date": date} | changes)


def case(
    status: str = "submitted",
    request: str = "remove",
    *,
    case_id: str = CASE_ID,
    rule_id: str = "vejning",
    **changes: Any,
) -> Case:
    data: dict[str, Any] = {
        "id": case_id,
        "kind": "challenge",
        "rule": rule_id,
        "title": f"Regel {rule_id}",
        "request": request,
        "status": status,
        "target_level": "arbejdsplads",
    }
    return Case.model_validate(data | changes)


def decision(rule_id: str = "vejning", verdict: str = "remove", **changes: Any) -> Decision:
    return Decision.model_validate({"rule": rule_id, "verdict": verdict} | changes)


def review(review_id: str, date: dt.date, decisions: list[Decision]) -> Review:
    return Review.model_validate(
        {
            "id": review_id,
            "date": date,
            "workplace": "Testcentret",
            "committee": {"name": "Lokal-MED Testcentret"},
            "participants": [{"name": "Anne", "side": "ledelse"}],
            "decided_by": "Anne",
            "decisions": decisions,
        }
    )
