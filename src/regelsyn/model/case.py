"""A challenge-right or escalation case: ``cases/<id>.yaml``.

A review creates a case for each rule it escalates; the challenge and escalation commands give
cases their full life.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from regelsyn.model.common import Record, Slug, Text

CASE_ID_PATTERN = r"^[UE]-[0-9]{4}-[0-9]{4}-[a-z0-9][a-z0-9-]{0,40}$"

CaseState = Literal[
    "submitted",
    "in_review",
    "granted",
    "partly",
    "rejected",
    "escalated",
    "redirected",
    "no_answer",
    "trial_running",
    "evaluated",
    "made_permanent",
    "reverted",
    "withdrawn",
    "closed",
]


class CaseEvent(Record):
    date: dt.date
    state: CaseState
    by: str | None = None
    note: str | None = None


class Case(Record):
    id: str = Field(pattern=CASE_ID_PATTERN)
    kind: Literal["challenge", "escalation"]
    rule: Slug
    title: Text = Field(description="The rule's title when the case was opened.")
    request: Literal["remove", "amend", "trial"]
    status: CaseState = "submitted"
    review: str | None = Field(default=None, description="The review that decided to escalate.")
    problem: str | None = None
    proposal: str | None = None
    gain_hours: float | None = Field(default=None, ge=0)
    target_level: Slug
    route: list[Slug] = Field(default_factory=list)
    stance: Literal["agreement", "disagreement"] = "agreement"
    minority: str | None = None
    events: list[CaseEvent] = Field(default_factory=list)
