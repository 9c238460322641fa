"""A challenge-right or escalation case: ``cases/<id>.yaml``.

A challenge (udfordringsret) is filed by an employee, by name or anonymously through a
representative; an escalation is sent up the authority ladder to the level that owns the rule.
Both move through the states in :mod:`regelsyn.domain.cases`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from regelsyn.model.common import Record, Slug, Text
from regelsyn.vocab import MAX_HOURS, STATES, CaseState

__all__ = ["CASE_ID_PATTERN", "STATES", "Case", "CaseEvent", "CaseState", "Trial"]

CASE_ID_PATTERN = r"^[UE]-[0-9]{4}-[0-9]{4}-[a-z0-9][a-z0-9-]{0,40}-[a-z0-9]{4}$"

Request = Literal["remove", "amend", "trial"]


class CaseEvent(Record):
    date: dt.date
    state: CaseState
    by: str | None = None
    note: str | None = None
    hours_freed: float | None = Field(
        default=None,
        ge=0,
        le=MAX_HOURS,
        description="Hours a year this outcome freed (a removal, a lighter rule).",
    )


class Trial(Record):
    """A time-limited trial and the safeguards it must keep (DESIGN.md §3)."""

    start: dt.date
    end: dt.date
    purpose_kept: Text = Field(description="How the rule's purpose is kept during the trial.")
    legal_certainty_kept: Text = Field(description="Why citizens' legal certainty is not weakened.")
    higher_rules_kept: Text = Field(
        description="Which higher rules (EU law among them) still hold."
    )
    evaluation: Text = Field(description="How and when the trial is evaluated.")
    alternative: str | None = Field(
        default=None,
        description="The lighter version tried in the rule's place; none: the rule is set aside.",
    )
    alternative_hours: float | None = Field(
        default=None,
        ge=0,
        le=MAX_HOURS,
        description="Hours a year the alternative costs, if known.",
    )

    @model_validator(mode="after")
    def _ends_after_start(self) -> Trial:
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class Case(Record):
    id: str = Field(pattern=CASE_ID_PATTERN)
    kind: Literal["challenge", "escalation"]
    rule: Slug
    title: Text = Field(description="The rule's title when the case was opened.")
    request: Request
    status: CaseState = "submitted"
    review: str | None = Field(default=None, description="The review that decided to escalate.")
    filed_by: str | None = Field(default=None, description="Who filed it; never set if anonymous.")
    anonymous: bool = False
    via: str | None = Field(
        default=None, description="The representative an anonymous case came through."
    )
    problem: str | None = None
    proposal: str | None = None
    gain_hours: float | None = Field(default=None, ge=0, le=MAX_HOURS)
    trial: Trial | None = None
    target_level: Slug
    route: list[Slug] = Field(default_factory=list)
    sent: dt.date | None = None
    due: dt.date | None = None
    stance: Literal["agreement", "disagreement"] | None = Field(
        default=None, description="The committee's stance, when a meeting took one."
    )
    minority: str | None = None
    result: str | None = Field(default=None, description="A trial's evaluation.")
    events: list[CaseEvent] = Field(default_factory=list)
