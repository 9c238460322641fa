"""``regelsyn calendar``: the committee's dates as an iCalendar file (meetings, agenda
deadlines, rules falling due, reply deadlines, trials, follow-up actions)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from regelsyn import i18n
from regelsyn.app.agenda import all_reviews, summaries, valid_cases
from regelsyn.domain import calendar
from regelsyn.model import RegistryConfig
from regelsyn.model.case import Case
from regelsyn.model.facts import RuleSummary
from regelsyn.model.review import Review
from regelsyn.render import ics
from regelsyn.store.registry import Registry


def feed(
    config: RegistryConfig,
    rules: list[RuleSummary],
    cases: list[Case],
    reviews: list[Review],
    today: dt.date,
) -> tuple[bytes, int]:
    """The feed, and how many events it holds."""
    found = calendar.events(config, rules, cases, reviews, today)
    data = ics.feed(found, config.workplace, config.committee.name, i18n.language(), today)
    return data, len(found)


def write(registry: Registry, out: Path, today: dt.date) -> int:
    """Write the feed to ``out`` (a path the person chose); how many events it holds."""
    from regelsyn.store.files import atomic_write

    config = registry.config()
    rules = summaries(registry, lambda _, review, __: calendar.in_window(review, today))
    cases = valid_cases(registry, calendar.DATED_STATES)
    data, count = feed(config, rules, cases, all_reviews(registry), today)
    atomic_write(out.absolute(), data)
    return count
