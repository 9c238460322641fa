"""A rule or documentation requirement: ``rules/<id>.yaml``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, computed_field, field_serializer

from regelsyn.model.common import Record, Slug, Text
from regelsyn.vocab import (
    EVENTS,
    KINDS,
    MAX_MINUTES,
    MAX_PEOPLE,
    MAX_PER_YEAR,
    PREMISES,
    STATUSES,
    Event,
    Kind,
    Status,
)

__all__ = [
    "EVENTS",
    "KINDS",
    "PREMISES",
    "STATUSES",
    "Burden",
    "HistoryEntry",
    "Owner",
    "Rule",
    "Use",
]


class Owner(Record):
    level: Slug = Field(description="The ladder level that owns the rule (an id in regelsyn.yaml).")
    body: str | None = Field(default=None, description="The body at that level, if named.")


class Burden(Record):
    """Time a rule costs: per occurrence, occurrences a year, people doing it. Each is bounded
    (``vocab.MAX_MINUTES`` …), so that the hours are always a finite number."""

    minutes: float | None = Field(
        default=None, ge=0, le=MAX_MINUTES, description="Minutes per occurrence."
    )
    per_year: float | None = Field(
        default=None, ge=0, le=MAX_PER_YEAR, description="Occurrences a year per person."
    )
    people: int | None = Field(default=None, ge=0, le=MAX_PEOPLE, description="People doing it.")

    @field_serializer("minutes", "per_year")
    def _whole(self, value: float | None) -> float | int | None:
        """4.0 is written as 4, as a person would."""
        return int(value) if value is not None and value.is_integer() else value

    @property
    def hours_per_year(self) -> float | None:
        return hours_a_year(self.minutes, self.per_year, self.people)


def hours_a_year(minutes: float | None, per_year: float | None, people: int | None) -> float | None:
    """``minutes × per_year × people / 60``, to one decimal; None while any part is unknown."""
    if minutes is None or per_year is None or people is None:
        return None
    return round(minutes * per_year * people / 60, 1)


class Use(Record):
    """Who uses what a measurement, registration or report produces, and the time spent using
    it, in the terms of :class:`Burden` (per occurrence, occurrences a year, people). Beside
    the burden it shows the balance: about 20 % measuring, 80 % using (OAO recommendation 4)."""

    text: str | None = Field(default=None, description="Who uses the results, and for what.")
    minutes: float | None = Field(
        default=None, ge=0, le=MAX_MINUTES, description="Minutes each time the results are used."
    )
    per_year: float | None = Field(
        default=None, ge=0, le=MAX_PER_YEAR, description="Times a year per person they are used."
    )
    people: int | None = Field(
        default=None, ge=0, le=MAX_PEOPLE, description="People using the results."
    )

    @field_serializer("minutes", "per_year")
    def _whole(self, value: float | None) -> float | int | None:
        return int(value) if value is not None and value.is_integer() else value

    @property
    def hours_per_year(self) -> float | None:
        return hours_a_year(self.minutes, self.per_year, self.people)


class HistoryEntry(Record):
    date: dt.date
    event: Event
    verdict: str | None = None
    ref: str | None = Field(default=None, description="The review or case this came from.")
    case: str | None = Field(default=None, description="The case opened by this event.")
    by: str | None = None
    note: str | None = None
    blob: str | None = Field(
        default=None, description="The git blob id of the rule file the decision was taken on."
    )
    status: Status | None = Field(
        default=None, description="The rule's status after this event, when it set one."
    )
    fields: list[str] | None = Field(
        default=None, description="An edit or an import: the fields it changed."
    )

    def step(self) -> tuple[str, str | None, str | None, list[str] | None]:
        return (self.event, self.verdict, self.status, self.fields)


class Rule(Record):
    id: Slug
    title: Text
    kind: Kind
    text: Text
    owner: Owner
    legal_basis: str | None = Field(default=None, description="Hjemmel: the law or agreement.")
    floor: str | None = Field(default=None, description="What a higher rule demands anyway.")
    adopted: dt.date | None = None
    applies_to: list[Text] = Field(default_factory=list)
    purpose: str | None = Field(default=None, description="Formål, with its documentation.")
    effect: str | None = Field(default=None, description="Documented effekt, with its source.")
    legal_certainty: str | None = Field(default=None, description="Retssikkerhed it protects.")
    burden: Burden | None = None
    use: str | Use | None = Field(
        default=None,
        description="Who uses what it produces, and for what: a text, or {text, minutes, "
        "per_year, people} with the time spent using the results.",
    )
    status: Status = "active"
    suspended_from: dt.date | None = Field(
        default=None, description="A granted trial: its start date (written only when set)."
    )
    suspended_until: dt.date | None = Field(
        default=None, description="A granted trial: its end date (written only when set)."
    )
    next_review: dt.date | None = None
    tags: list[Text] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def hours_per_year(self) -> float | None:
        """``minutes × per_year × people / 60``, or None while any part is unknown."""
        return self.burden.hours_per_year if self.burden else None

    @property
    def use_text(self) -> str | None:
        """What the record says about the use of its results, in either form."""
        return self.use.text if isinstance(self.use, Use) else self.use

    @property
    def use_hours(self) -> float | None:
        """Hours a year spent using the results, when the record states them."""
        return self.use.hours_per_year if isinstance(self.use, Use) else None

    def premises(self) -> dict[str, str]:
        """The documented premises (formål, effekt, retssikkerhed) that are not blank."""
        found = {name: getattr(self, name) for name in PREMISES}
        return {name: value for name, value in found.items() if value and value.strip()}
