"""A review meeting: ``reviews/<id>.yaml`` (and the decisions file that feeds it)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, field_validator

from regelsyn.model.case import Trial
from regelsyn.model.common import Record, Slug, Text
from regelsyn.model.config import Committee
from regelsyn.model.rule import Use
from regelsyn.vocab import GROUPS, MAX_HOURS, SIDES, VERDICTS, Group, Premise, Side, Verdict

__all__ = [
    "APPROVERS",
    "GROUPS",
    "ROLES",
    "SIDES",
    "VERDICTS",
    "Approval",
    "Decision",
    "DecisionsFile",
    "Review",
]

ROLES = ("formand", "naestformand", "tillidsrepraesentant", "amr")
APPROVERS = ("formand", "naestformand")  # the chair and vice-chair approve the minutes
# what people write for a role, in any of the three languages → the role's key
ROLE_WORDS = {
    "formand": "formand",
    "forkvinde": "formand",
    "leder": "formand",
    "chair": "formand",
    "chairperson": "formand",
    "naestformand": "naestformand",
    "næstformand": "naestformand",
    "nestleder": "naestformand",
    "vice-chair": "naestformand",
    "vicechair": "naestformand",
    "vice chair": "naestformand",
    "tillidsrepraesentant": "tillidsrepraesentant",
    "tillidsrepræsentant": "tillidsrepraesentant",
    "tr": "tillidsrepraesentant",
    "tillitsvalgt": "tillidsrepraesentant",
    "union representative": "tillidsrepraesentant",
    "amr": "amr",
    "arbejdsmiljørepræsentant": "amr",
    "arbejdsmiljorepraesentant": "amr",
    "verneombud": "amr",
    "safety representative": "amr",
}


def role_key(role: str | None) -> str | None:
    """A role as written (``Næstformand``, ``nestleder``, ``TR``) as its key; an unknown role is
    kept as written."""
    if role is None or not role.strip():
        return None
    return ROLE_WORDS.get(" ".join(role.strip().lower().split()), role.strip())


Recommendation = Literal["remove", "amend", "trial"]
Stance = Literal["agreement", "disagreement"]


class Participant(Record):
    name: Text
    side: Side
    role: str | None = Field(
        default=None, description="formand, naestformand, tillidsrepraesentant, amr, ..."
    )

    @field_validator("role", mode="after")
    @classmethod
    def _known_role(cls, value: str | None) -> str | None:
        return role_key(value)

    @classmethod
    def from_text(cls, text: str) -> Participant:
        """``"Name:side[:role]"`` as a participant (the side and the role in any language);
        ValueError, saying which part is wrong, otherwise."""
        from regelsyn.i18n import t, words

        parts = [part.strip() for part in text.split(":")]
        if len(parts) not in (2, 3) or not parts[0]:
            raise ValueError(t("err.bad_participant", value=text, sides=words.choices("side")))
        try:
            side = words.resolve("side", parts[1])
        except words.Unknown as exc:
            raise ValueError(t("err.bad_side", value=text, reason=exc.message())) from None
        role = parts[2] if len(parts) == 3 and parts[2] else None
        return cls(name=parts[0], side=side, role=role)


class Premises(Record):
    purpose: str | None = None
    effect: str | None = None
    legal_certainty: str | None = None


class Action(Record):
    owner: Text = Field(description="Who follows up.")
    due: dt.date


class Decision(Record):
    """One verdict on one rule, as a committee states it (and as the tool completes it)."""

    rule: Slug
    verdict: Verdict
    grounds: str | None = None
    premises: Premises | None = Field(
        default=None, description="The premises stated at the meeting (only these count)."
    )
    confirmed: list[Premise] = Field(
        default_factory=list, description="Premises on file that the meeting confirmed."
    )
    not_documented: list[Premise] = Field(
        default_factory=list, description="Premises the meeting found not documented."
    )
    use: str | Use | None = Field(
        default=None,
        description="A measurement: who uses its results, and the time it takes, as the "
        "meeting found it (written to the rule unless the rule is removed).",
    )
    text: str | None = Field(default=None, description="amend: the new text.")
    into: Slug | None = Field(default=None, description="merge: the rule this one joins.")
    recommend: Recommendation | None = Field(default=None, description="escalate: what to ask.")
    proposal: str | None = Field(
        default=None, description="escalate: what the committee proposes the owner do."
    )
    trial: Trial | None = Field(default=None, description="escalate a trial: its terms.")
    reason: str | None = Field(default=None, description="defer: why.")
    hours_after: float | None = Field(
        default=None,
        ge=0,
        le=MAX_HOURS,
        description="amend, reduce_to_floor: the burden afterwards, if known.",
    )
    stance: Stance = "agreement"
    minority: str | None = Field(default=None, description="The minority note on disagreement.")
    action: Action | None = None
    # filled in by regelsyn when the decision is recorded
    title: str | None = None
    hours_before: float | None = Field(default=None, ge=0, le=MAX_HOURS)
    blob: str | None = None
    case: str | None = None


class DecisionsFile(Record):
    """What ``review --decisions FILE`` reads (and what an interactive draft holds)."""

    date: dt.date | None = None
    corrects: str | None = Field(
        default=None, description="The review whose decisions this meeting corrects."
    )

    @field_validator("corrects", mode="before")
    @classmethod
    def _date_as_id(cls, value: object) -> object:
        """``corrects: 2026-11-22`` is read by YAML as a date; it is a review's id."""
        return value.isoformat() if isinstance(value, dt.date) else value

    participants: list[Participant] = Field(default_factory=list)
    decided_by: str | None = None
    scope: list[Slug] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)


class TriageRow(Record):
    rule: Slug
    title: str
    group: Group
    owner: str
    hours: float | None = Field(default=None, ge=0, le=MAX_HOURS)


class Approval(Record):
    """The chair's or vice-chair's approval of the minutes."""

    role: Literal["formand", "naestformand"]
    name: Text
    date: dt.date
    decisions: str | None = Field(
        default=None, description="The digest of the decisions approved (set by regelsyn)."
    )

    @field_validator("role", mode="before")
    @classmethod
    def _known_role(cls, value: object) -> object:
        return role_key(value) if isinstance(value, str) else value


def decisions_digest(decisions: list[Decision]) -> str:
    """A short digest of a meeting's decisions: what an approval vouches for."""
    import hashlib
    import json

    data = [d.model_dump(mode="json", exclude_none=True) for d in decisions]
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Review(Record):
    """A finished review meeting; everything its decision log needs is recorded here."""

    id: Text
    date: dt.date
    workplace: Text

    @field_validator("id", "corrects", mode="before")
    @classmethod
    def _date_as_id(cls, value: object) -> object:
        """``id: 2026-11-22`` written by hand is read by YAML as a date; it is the id still."""
        return value.isoformat() if isinstance(value, dt.date) else value

    organisation: str | None = None
    committee: Committee
    participants: list[Participant] = Field(min_length=1)
    decided_by: Text
    triage: list[TriageRow] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    corrects: str | None = Field(
        default=None, description="The review whose decisions this one corrects."
    )
    approvals: list[Approval] = Field(
        default_factory=list, description="The chair's and vice-chair's approvals."
    )

    def changed_since_approval(self) -> bool:
        """The decisions are no longer the ones an approval vouched for."""
        digest = decisions_digest(self.decisions)
        return any(a.decisions is not None and a.decisions != digest for a in self.approvals)
