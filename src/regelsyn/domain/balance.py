"""The balance of a measurement: the time spent measuring beside the time spent using the results.

The trust-reform paper's recommendation 4: of all the time a workplace spends on a measurement,
about 20 % should go to measuring and 80 % to reflecting on the results, learning and changing
practice, "rather than the other way round". A measurement, a registration and a report are all
measurements in this sense. Pure: records in, figures out; no pydantic at import (``check``'s
warm path imports :data:`MEASURING`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol


class _Owner(Protocol):
    @property
    def level(self) -> str: ...


class Measurable(Protocol):
    """What the balance reads of a rule: a record, or the site's kept summary of one."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def owner(self) -> _Owner: ...
    @property
    def hours_per_year(self) -> float | None: ...
    @property
    def use_text(self) -> str | None: ...
    @property
    def use_hours(self) -> float | None: ...


MEASURING = frozenset({"measurement", "registration", "reporting"})
RECOMMENDED_SHARE = 20  # percent of a measurement's time that should go to measuring


@dataclass
class Measured:
    """One measurement's balance: hours a year measuring and using, and the share measuring."""

    measuring: float | None  # producing the results: the rule's burden
    using: float | None  # using them: 0 when nobody does, None when not stated
    share: float | None  # percent of the two spent measuring
    unused: bool  # nobody uses the results


def measured(measuring: float | None, using: float | None, use_text: str | None) -> Measured:
    """The balance of one measurement. Its results are unused when the time spent using them is
    stated as none, or when neither that time nor who uses them is stated; the share is known
    when both times are, and at least one of them is more than nothing."""
    unused = using == 0 or (using is None and not (use_text or "").strip())
    if unused:
        using = 0.0
    share = None
    if measuring is not None and using is not None and measuring + using > 0:
        share = round(100 * measuring / (measuring + using), 1)
    return Measured(measuring, using, share, unused)


def of_rule(rule: Measurable) -> Measured:
    return measured(rule.hours_per_year, rule.use_hours, rule.use_text)


@dataclass
class MeasurementLine:
    id: str
    title: str
    owner: str
    measuring: float | None
    using: float | None
    share: float | None
    unused: bool


@dataclass
class Balance:
    """The measurements of a registry, those whose results nobody uses first, and the share of
    their time spent measuring beside the recommended one."""

    recommended: int = RECOMMENDED_SHARE
    lines: list[MeasurementLine] = field(default_factory=list)
    measuring: float = 0.0  # over the measurements whose balance is known
    using: float = 0.0
    share: float | None = None
    unknown: int = 0  # measurements left out of the share: a time not stated
    unused: int = 0
    unused_hours: float = 0.0


def balance(rules: Iterable[Measurable], owner_name: Callable[[str], str]) -> Balance:
    """The balance of every measurement still in force (removed ones are left out)."""
    result = Balance()
    for rule in rules:
        if rule.kind not in MEASURING or rule.status == "removed":
            continue
        found = of_rule(rule)
        result.lines.append(
            MeasurementLine(
                rule.id,
                rule.title,
                owner_name(rule.owner.level),
                found.measuring,
                found.using,
                found.share,
                found.unused,
            )
        )
    result.lines.sort(key=_order)
    known = [line for line in result.lines if line.share is not None]
    result.measuring = round(sum(line.measuring or 0.0 for line in known), 1)
    result.using = round(sum(line.using or 0.0 for line in known), 1)
    result.share = measured(result.measuring, result.using, "-").share if known else None
    result.unknown = len(result.lines) - len(known)
    unused = [line for line in result.lines if line.unused]
    result.unused = len(unused)
    result.unused_hours = round(sum(line.measuring or 0.0 for line in unused), 1)
    return result


def _order(line: MeasurementLine) -> tuple[bool, float, float, str]:
    """Unused first, heaviest first; then the largest share spent measuring (unknown last)."""
    if line.unused:
        return (False, -(line.measuring or 0.0), 0.0, line.id)
    return (True, 0.0, -(line.share if line.share is not None else -1.0), line.id)
