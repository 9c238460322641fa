"""``regelsyn report``: what the rules cost, what the reviews and cases freed, and where cases
stand; the figures are :mod:`regelsyn.domain.report`'s."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

from regelsyn import i18n, inert
from regelsyn.app.review import load_review, valid_rules
from regelsyn.domain.report import Report, build
from regelsyn.i18n import t
from regelsyn.render import documents
from regelsyn.store.registry import Registry
from regelsyn.vocab import KINDS, STATUSES


def figures(registry: Registry, today: dt.date, since: dt.date | None = None) -> Report:
    """Every figure of the report, from every rule, review and case."""
    rules = valid_rules(registry).records()
    reviews = [load_review(registry, name) for name in registry.review_ids()]
    cases = [c.record for c in registry.load_cases() if c.record is not None]
    return build(registry.config(), rules, reviews, cases, today, since, labels())


def labels() -> dict[str, str]:
    """The names of kinds and statuses, as the report shows them."""
    return {k: t(f"kind.{k}") for k in KINDS} | {s: t(f"status.{s}") for s in STATUSES}


def report_text(registry: Registry, fmt: str, since: dt.date | None, today: dt.date) -> str:
    """The burden report in Markdown or JSON."""
    found = figures(registry, today, since)
    if fmt == "json":
        return inert.dumps(asdict(found)) + "\n"
    return documents.report(registry.root, i18n.language(), found)


def write_report(out: Path, text: str) -> Path:
    """The report in the file the person named (anywhere they may write)."""
    from regelsyn.store.files import write_chosen

    return write_chosen(out, text.encode("utf-8"))
