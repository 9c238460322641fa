"""``regelsyn site --out DIR``: the registry as a static website for every employee.

Pages: the front page (every rule, with search and filters), a page per rule, per decision log
and per case, the lists of logs and cases, the burden report, the next meeting's agenda, how to
challenge a rule, and the calendar feed. How the folder is written (atomically, in an order
that keeps links whole) is :mod:`regelsyn.store.sitedir`'s business.

Incremental: each page is built from a key of what it depends on (the rule file's size, time
and inode; the reviews that decided it and its cases, by content; whether it is overdue; the
templates and settings through the site's fingerprint). A page whose key is unchanged is not
rendered again. What the front page, agenda, report and calendar need of each rule is kept in
the manifest, so a rebuild reads only the rules that changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regelsyn import i18n
from regelsyn.app import agenda as agendas
from regelsyn.app.report import labels
from regelsyn.domain import agenda as agenda_rules
from regelsyn.domain import calendar, meetings, report, schedule, verdicts
from regelsyn.domain import cases as lifecycle
from regelsyn.errors import BrokenFiles
from regelsyn.model import Rule
from regelsyn.model.case import Case
from regelsyn.model.facts import RuleSummary
from regelsyn.model.review import Decision, Review
from regelsyn.render import ics
from regelsyn.render.site import ASSETS, Pages
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry
from regelsyn.store.sitedir import SiteDir

HORIZON_DAYS = 90  # "due" on the front page, when no meeting is planned


@dataclass
class Built:
    written: int
    kept: int
    removed: int


def _key(*parts: object) -> str:
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def pack(s: RuleSummary) -> list[Any]:
    return [s.id, s.title, s.kind, s.owner_level, s.status,
            s.next_review.isoformat() if s.next_review else None, s.hours, s.tags, s.reviewed,
            s.floor, s.use, s.suspended_from.isoformat() if s.suspended_from else None]  # fmt: skip


def unpack(data: list[Any]) -> RuleSummary:
    (ident, title, kind, owner, status, review, hours, tags, reviewed, floor, use, since) = data
    return RuleSummary(ident, title, kind, owner, status, _day(review), hours, tags, reviewed,
                       floor, use, _day(since))  # fmt: skip


class _Inputs:
    """The records a build works from, each rule read from its file only when needed."""

    def __init__(self, registry: Registry, kept: dict[str, Any]) -> None:
        self.registry = registry
        entries = registry.rule_entries(fragments=False)
        broken = [f for e in entries if e.facts is None for f in e.finding_objects()]
        if broken:
            raise BrokenFiles(broken)
        self.stamps = {e.rel: f"{e.size}:{e.mtime_ns}:{e.ino}" for e in entries}
        self.reviews = sorted(agendas.all_reviews(registry), key=lambda r: (r.date, r.id))
        self.cases = sorted(agendas.valid_cases(registry), key=lambda c: c.id)
        self.loaded: dict[str, Rule] = {}
        self.summaries: dict[str, RuleSummary] = {}
        self.kept: dict[str, list[Any]] = {}  # what the next build keeps of each rule
        need = []
        for rel, stamp in self.stamps.items():
            old = kept.get(rel)
            if old is not None and old[0] == stamp:
                self.summaries[rel] = unpack(old[1])
                self.kept[rel] = old
            else:
                need.append(rel)
        self.load(need)
        for rel in need:
            self.summaries[rel] = agenda_rules.summary(self.loaded[rel])
            self.kept[rel] = [self.stamps[rel], pack(self.summaries[rel])]
        self.rel_of = {s.id: rel for rel, s in self.summaries.items()}

    def load(self, rels: list[str]) -> None:
        wanted = [rel for rel in rels if rel not in self.loaded]
        found: list[Loaded[Rule]] = self.registry.cached_rules(wanted)
        broken = [f for item in found if item.record is None for f in item.findings]
        if broken:
            raise BrokenFiles(broken)
        self.loaded.update({item.rel: item.record for item in found if item.record})

    def rule(self, rule_id: str) -> Rule | None:
        rel = self.rel_of.get(rule_id)
        if rel is None:
            return None
        self.load([rel])
        return self.loaded[rel]

    def ordered(self) -> list[RuleSummary]:
        return sorted(self.summaries.values(), key=lambda s: s.id)


def build(registry: Registry, out: Path, today: dt.date) -> Built:
    """Build (or bring up to date) the site in ``out``, a folder the person chose."""
    config = registry.config()
    pages = Pages(registry.root, i18n.language(), config)
    site = SiteDir(out, pages.fingerprint())
    data = _Inputs(registry, site.kept_state("rules") or {})
    for name in ASSETS:
        site.put(f"assets/{name}", pages.asset(name))
    _rule_pages(site, pages, data, today)
    _review_pages(site, pages, data)
    _case_pages(site, pages, data, today)
    _summary_pages(site, pages, data, today)
    rows = _front_page(site, pages, data, today)
    state = {"rules": data.kept, "rows": rows}
    removed = site.finish(state)
    return Built(site.written, site.kept, removed)


def _digest(record: Review | Case) -> str:
    return hashlib.sha256(record.model_dump_json().encode("utf-8")).hexdigest()[:16]


def _rule_pages(site: SiteDir, pages: Pages, data: _Inputs, today: dt.date) -> None:
    decided: dict[str, list[tuple[Review, Decision]]] = defaultdict(list)
    for review in data.reviews:
        for decision in review.decisions:
            decided[decision.rule].append((review, decision))
    of_rule: dict[str, list[Case]] = defaultdict(list)
    for case in data.cases:
        of_rule[case.rule].append(case)
    digests = {r.id: _digest(r) for r in data.reviews} | {c.id: _digest(c) for c in data.cases}
    todo = []
    for summary in data.ordered():
        rel = data.rel_of[summary.id]
        overdue = schedule.is_overdue(summary.status, summary.next_review, today)
        key = _key(
            data.stamps[rel], overdue, *(digests[r.id] for r, _ in decided[summary.id]),
            *(digests[c.id] for c in of_rule[summary.id]),
        )  # fmt: skip
        page = f"rules/{summary.id}.html"
        if not site.fresh(page, key):
            todo.append((rel, page, key, overdue))
    data.load([rel for rel, *_ in todo])
    for rel, page, key, overdue in todo:
        rule = data.loaded[rel]
        open_cases = [c for c in of_rule[rule.id] if c.status in lifecycle.OPEN_STATES]
        site.put(page, pages.rule(rule, decided[rule.id], open_cases, overdue), key)


def _review_pages(site: SiteDir, pages: Pages, data: _Inputs) -> None:
    corrected_by: dict[str, list[str]] = defaultdict(list)
    for review in data.reviews:
        if review.corrects:
            corrected_by[review.corrects].append(review.id)
    for review in data.reviews:
        page = f"reviews/{review.id}.html"
        key = _key(_digest(review), *corrected_by[review.id])
        if not site.fresh(page, key):
            site.put(page, pages.review(review, corrected_by[review.id]), key)


def _case_pages(site: SiteDir, pages: Pages, data: _Inputs, today: dt.date) -> None:
    for case in data.cases:
        page = f"cases/{case.id}.html"
        overdue = lifecycle.is_overdue(case, today)
        key = _key(_digest(case), data.stamps.get(data.rel_of.get(case.rule, ""), ""), overdue)
        if not site.fresh(page, key):
            site.put(page, pages.case(case, data.rule(case.rule), overdue), key)


def _put_keyed(site: SiteDir, page: str, key: str, make: Any) -> None:
    if not site.fresh(page, key):
        site.put(page, make(), key)


def _summary_pages(site: SiteDir, pages: Pages, data: _Inputs, today: dt.date) -> None:
    """The lists, the agenda, the report, the challenge page and the calendar: each built
    from figures that are cheap to work out, and written when the figures change."""
    reviews = [
        {"id": r.id, "decisions": len(r.decisions), "approved": meetings.approved(
            a.role for a in r.approvals),
         "freed": round(sum(verdicts.hours_freed(d) for d in r.decisions), 1)}
        for r in reversed(data.reviews)
    ]  # fmt: skip
    _put_keyed(site, "reviews/index.html", _key(json.dumps(reviews)),
               lambda: pages.listing("reviews", reviews))  # fmt: skip
    cases = [
        {"id": c.id, "title": c.title, "request": c.request, "status": c.status,
         "due": c.due.isoformat() if c.due else None, "overdue": lifecycle.is_overdue(c, today)}
        for c in data.cases
    ]  # fmt: skip
    _put_keyed(site, "cases/index.html", _key(json.dumps(cases)),
               lambda: pages.listing("cases", cases))  # fmt: skip
    config = pages.config
    summaries = data.ordered()
    the_agenda = None
    meeting = meetings.next_meeting(config.meetings, today)
    if meeting is not None:
        previous = agendas.previous_for(config, data.reviews, meeting)
        the_agenda = agenda_rules.build(
            config, summaries, data.cases, data.reviews, meeting, previous
        )
    key = _key(repr(the_agenda))
    _put_keyed(site, "agenda.html", key, lambda: pages.agenda(the_agenda))
    figures = report.build(config, summaries, data.reviews, data.cases, today, None, labels())
    _put_keyed(site, "report.html", _key(repr(figures)),
               lambda: pages.report(figures))  # fmt: skip
    _put_keyed(site, "challenge.html", "", pages.challenge)
    events = calendar.events(config, summaries, data.cases, data.reviews, today)
    language = pages.language
    _put_keyed(site, "calendar.ics", _key(today, repr(events)), lambda: ics.feed(
        events, config.workplace, config.committee.name, language, today))  # fmt: skip


def _front_page(site: SiteDir, pages: Pages, data: _Inputs, today: dt.date) -> dict[str, Any]:
    """The front page, last. Its rows are made again only for rules that changed (or whose due
    state did); the others are taken from the page as written last time (where the manifest
    says they are). Returns what to keep for the next build."""
    meeting = meetings.next_meeting(pages.config.meetings, today)
    horizon = meeting or today + dt.timedelta(days=HORIZON_DAYS)
    summaries = data.ordered()
    keys = []
    for summary in summaries:
        rel = data.rel_of[summary.id]
        keys.append([rel, _key(data.stamps[rel], _due(summary, today, horizon))])
    kept = site.kept_state("rows") or {}
    key = _key(horizon, *(k for _, k in keys))
    if site.fresh("index.html", key):
        return kept
    old = _old_rows(site, kept)
    rows = [
        old.get(rel, (None, ""))[1] if old.get(rel, (None, ""))[0] == row_key else
        pages.row(summary, _due(summary, today, horizon)).replace("\n", " ")
        for (rel, row_key), summary in zip(keys, summaries, strict=True)
    ]  # fmt: skip
    page = pages.index(rows, summaries, horizon.isoformat())
    site.put("index.html", page, key)
    block = "\n".join(rows).encode("utf-8")
    start = page.find(block) if rows else -1
    span = [start, start + len(block)] if start >= 0 else None
    return {"keys": keys, "span": span}


def _due(summary: RuleSummary, today: dt.date, horizon: dt.date) -> str:
    if schedule.is_overdue(summary.status, summary.next_review, today):
        return "overdue"
    return "due" if agenda_rules.due_by(summary, horizon) else ""


def _old_rows(site: SiteDir, kept: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """The rows of the front page as written last time, by rule file: ``(key, html)``."""
    span = kept.get("span")
    data = site.read_kept("index.html") if span else None
    if data is None or span is None:
        return {}
    lines = data[span[0] : span[1]].decode("utf-8").split("\n")
    keys = kept.get("keys", [])
    if len(lines) != len(keys):
        return {}
    return {rel: (key, line) for (rel, key), line in zip(keys, lines, strict=True)}
