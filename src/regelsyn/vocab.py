"""The fixed words of the record formats (YAML values), importable without pydantic.

Each is written once, as the ``Literal`` type the models validate with; the tuples of its words
(for choices, prompts and checks) are derived from it.
"""

from __future__ import annotations

from typing import Literal, get_args

Kind = Literal["rule", "documentation", "registration", "reporting", "approval", "measurement"]
Status = Literal["active", "defended", "amended", "removed", "suspended", "escalated"]
Event = Literal["created", "edited", "reviewed", "challenged", "escalated", "decided", "imported"]
Verdict = Literal["defend", "amend", "reduce_to_floor", "merge", "remove", "escalate", "defer"]
Side = Literal["ledelse", "medarbejdere", "politikere"]
Premise = Literal["purpose", "effect", "legal_certainty"]
Group = Literal["own", "floor", "send_on", "not_dispensable"]
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

KINDS: tuple[str, ...] = get_args(Kind)
STATUSES: tuple[str, ...] = get_args(Status)
EVENTS: tuple[str, ...] = get_args(Event)
VERDICTS: tuple[str, ...] = get_args(Verdict)
SIDES: tuple[str, ...] = get_args(Side)
GROUPS: tuple[str, ...] = get_args(Group)
STATES: tuple[str, ...] = get_args(CaseState)
PREMISES: tuple[str, ...] = get_args(Premise)
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
# The bounds of a burden: each past any real figure, so that a typing slip ("1e300") is caught
# and every sum stays a finite number (JSON has no Infinity).
MAX_MINUTES = 525_600  # minutes per occurrence: a whole year's worth
MAX_PER_YEAR = 525_600  # occurrences a year per person: once a minute, around the clock
MAX_PEOPLE = 1_000_000  # people doing it: more than the whole Danish public sector employs
# hours a year (a rule's burden, a case's gain, what an outcome freed): the most a burden
# within the bounds above comes to
MAX_HOURS = MAX_MINUTES * MAX_PER_YEAR * MAX_PEOPLE / 60
# a rule's fields as flat, dotted names: the columns of a spreadsheet (in export order), the
# flags of `rule add` and `rule edit`, the fields of `rule list --format csv`
RULE_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "kind",
    "text",
    "owner.level",
    "owner.body",
    "legal_basis",
    "floor",
    "adopted",
    "applies_to",
    "purpose",
    "effect",
    "legal_certainty",
    "burden.minutes",
    "burden.per_year",
    "burden.people",
    "hours_per_year",
    "use",
    "use.minutes",
    "use.per_year",
    "use.people",
    "status",
    "next_review",
    "tags",
)
# the status a review's verdict leaves a rule in (a deferral leaves it as it was)
VERDICT_STATUS: dict[str, str] = {
    "defend": "defended",
    "amend": "amended",
    "reduce_to_floor": "amended",
    "merge": "removed",
    "remove": "removed",
    "escalate": "escalated",
}


def named(name: str, detail: str | None) -> str:
    """``name (detail)``; only ``name`` when the detail is empty or says nothing more (a body
    that is the level's own name, a committee kind its name already holds)."""
    if not detail or not detail.strip() or detail.strip().casefold() in name.casefold():
        return name
    return f"{name} ({detail})"
