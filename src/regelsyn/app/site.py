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
import gc
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from regelsyn import i18n
from regelsyn.app.site_inputs import Inputs
from regelsyn.domain import cases as lifecycle
from regelsyn.domain import meetings
from regelsyn.render.site import ASSETS, Pages
from regelsyn.store.registry import Registry
from regelsyn.store.sitedir import SiteDir

HORIZON_DAYS = 90  # "due" on the front page, when no meeting is planned


@dataclass
class Built:
    written: int
    kept: int
    removed: int
    unreadable: bool = False  # the old manifest could not be read: everything was built again


def _key(*parts: object) -> str:
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def build(registry: Registry, out: Path, today: dt.date) -> Built:
    """Build (or bring up to date) the site in ``out``, a folder the person chose.

    The cyclic garbage collector is off meanwhile: a build holds one record per rule and the
    manifest's tables, which each collection would walk again, and it makes no cycles worth
    collecting (a full build of 10,000 rules peaks at the same memory either way, and takes a
    fifth less time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(registry, out, today)
    finally:
        if collecting:
            gc.enable()


def _build(registry: Registry, out: Path, today: dt.date) -> Built:
    config = registry.config()
    pages = Pages(registry.root, i18n.language(), config)
    site = SiteDir(out, pages.fingerprint())
    meeting = meetings.next_meeting(config.meetings, today)
    horizon = meeting or today + dt.timedelta(days=HORIZON_DAYS)
    try:
        data = Inputs(registry, site.kept_state("inputs") or {}, today, horizon)
        for name in ASSETS:
            site.put(f"assets/{name}", pages.asset(name))
        _rule_pages(site, pages, data)
        _review_pages(site, pages, data)
        _case_pages(site, pages, data, today)
        shown = _summary_pages(site, pages, data, today, site.kept_state("shown") or {})
        rows = _front_page(site, pages, data, horizon)
        kept = {"inputs": data.keep(), "rows": rows}
        removed = site.finish(kept | {"shown": shown})
    except BaseException:
        site.abandon()
        raise
    return Built(site.written, site.kept, removed, site.unreadable)


def _rule_pages(site: SiteDir, pages: Pages, data: Inputs) -> None:
    decided_in, review_stamps = data.decided_in, data.review_stamps
    cases_of, case_stamps = data.cases_of, data.case_stamps
    wanted, rel_of = [], {}
    for rel in data.order:
        rule_id = data.ids[rel]
        key = f"{data.stamps[rel]}|{'o' if data.due(rel) == 'overdue' else ''}"
        if rule_id in decided_in:
            key += "".join(f"|{review_stamps.get(r, '')}" for r in decided_in[rule_id])
        if rule_id in cases_of:
            key += "".join(f"|{case_stamps[c]}" for c in cases_of[rule_id])
        page = f"rules/{rule_id}.html"
        wanted.append((page, key))
        rel_of[page] = rel
    todo = [(rel_of[page], page, key, data.due(rel_of[page]) == "overdue")
            for page, key in site.stale(wanted)]  # fmt: skip
    data.load([rel for rel, *_ in todo])  # what the pages need, read in one go
    ids = {data.loaded[rel].id for rel, *_ in todo}
    data.cases(sorted({c for rule_id in ids for c in data.cases_of.get(rule_id, [])}))
    if len(ids) > 50 and any(data.decided_in.get(rule_id) for rule_id in ids):
        _ = data.reviews  # many pages: every review, read once

    def make(rel: str, overdue: bool) -> bytes:
        rule = data.loaded[rel]
        decided = [
            (review, d)
            for review in (data.review(r) for r in data.decided_in.get(rule.id, []))
            for d in review.decisions
            if d.rule == rule.id
        ]
        cases = data.cases(data.cases_of.get(rule.id, []))
        open_cases = [c for c in cases if c.status in lifecycle.OPEN_STATES]
        return pages.rule(rule, decided, open_cases, overdue)

    _write_all(site, [(page, key, partial(make, rel, overdue)) for rel, page, key, overdue in todo])


PARALLEL_FROM = 400  # pages to make before the work is shared out over the cores
_JOBS: list[tuple[str, str, Callable[[], bytes]]] = []  # what forked workers render


def _write_all(site: SiteDir, jobs: list[tuple[str, str, Callable[[], bytes]]]) -> None:
    """Render and write pages. Many pages are rendered by two to four forked processes (which
    inherit the records and templates already in memory) while this one writes what they
    send back: files created in one folder by several processes at once wait on each other in
    the file system, so one process writes them all."""
    import multiprocessing
    import os

    workers = min(os.cpu_count() or 1, 4)
    if (
        len(jobs) < PARALLEL_FROM
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        for page, key, make in jobs:
            site.put(page, make(), key)
        return
    from regelsyn.store.pool import workers as pool_of

    _JOBS[:] = jobs
    size = -(-len(jobs) // (workers * 8))
    spans = [(i, min(i + size, len(jobs))) for i in range(0, len(jobs), size)]
    # what is in memory now is only read from here on: a collection need not walk it (nor, in
    # a worker, touch every object and so copy it)
    gc.freeze()
    try:
        with pool_of(workers, "fork") as pool:
            for done in pool.map(_render, spans):
                for page, key, data in done:
                    site.put(page, data, key)
    finally:
        gc.unfreeze()
        _JOBS.clear()


def _render(span: tuple[int, int]) -> list[tuple[str, str, bytes]]:
    """In a forked worker: render the pages ``span`` of :data:`_JOBS`."""
    return [(page, key, make()) for page, key, make in _JOBS[span[0] : span[1]]]


def _review_pages(site: SiteDir, pages: Pages, data: Inputs) -> None:
    every = _key(sorted(data.review_stamps.items()))  # a correction changes the page it corrects
    todo = [
        (name, f"reviews/{name}.html", f"{stamp}|{every}")
        for name, stamp in data.review_stamps.items()
        if not site.fresh(f"reviews/{name}.html", f"{stamp}|{every}")
    ]
    corrected_by: dict[str, list[str]] = defaultdict(list)
    for review in data.reviews if todo else []:
        if review.corrects:
            corrected_by[review.corrects].append(review.id)
    for name, page, key in todo:
        site.put(page, pages.review(data.review(name), corrected_by[name]), key)


def _case_pages(site: SiteDir, pages: Pages, data: Inputs, today: dt.date) -> None:
    todo = []
    for case_id, facts in data.case_facts.items():
        page = f"cases/{case_id}.html"
        overdue = lifecycle.reply_overdue(facts.status, facts.due_date, today)
        rule_rel = data.rel_of.get(facts.rule, "")
        key = "|".join([data.case_stamps[case_id], data.stamps.get(rule_rel, ""), str(overdue)])
        if not site.fresh(page, key):
            todo.append((case_id, page, key, overdue))
    cases = data.cases([t[0] for t in todo])
    data.load([data.rel_of[c.rule] for c in cases if c.rule in data.rel_of])
    _write_all(site, [
        (page, key, partial(pages.case, case, data.rule(case.rule), overdue))
        for case, (_, page, key, overdue) in zip(cases, todo, strict=True)
    ])  # fmt: skip


def _put_keyed(site: SiteDir, page: str, key: str, make: Any) -> None:
    if not site.fresh(page, key):
        site.put(page, make(), key)


def _summary_pages(
    site: SiteDir, pages: Pages, data: Inputs, today: dt.date, shown: dict[str, Any]
) -> dict[str, Any]:
    """The lists, the agenda, the report, the challenge page and the calendar. When only
    titles of rules changed that none of them shows, and no case or review changed, they are
    kept without being worked out again. Returns which rules each shows, and on what it rests."""
    base = _key(today, sorted(data.case_stamps.items()), sorted(data.review_stamps.items()))
    _put_keyed(site, "challenge.html", "", pages.challenge)
    names = ("reviews/index.html", "cases/index.html", "agenda.html", "report.html",
             "calendar.ics")  # fmt: skip
    if (
        not data.reshaped
        and shown.get("base") == base
        and not any(data.retitled & set(shown.get(n, [])) for n in names)
        and all(site.keep(n) for n in names)
    ):
        return shown
    # what only these pages need, loaded when they are made again
    from regelsyn.app import agenda as agendas
    from regelsyn.app.report import labels
    from regelsyn.domain import agenda as agenda_rules
    from regelsyn.domain import calendar, report, verdicts
    from regelsyn.render import ics

    config = pages.config
    reviews, cases, summaries = data.reviews, data.cases(), data.ordered()
    items = [
        {"id": r.id, "decisions": len(r.decisions), "approved": meetings.approved(
            a.role for a in r.approvals),
         "freed": round(sum(verdicts.hours_freed(d) for d in r.decisions), 1)}
        for r in reversed(reviews)
    ]  # fmt: skip
    _put_keyed(site, "reviews/index.html", _key(json.dumps(items)),
               lambda: pages.listing("reviews", items))  # fmt: skip
    listed = [
        {"id": c.id, "title": c.title, "request": c.request, "status": c.status,
         "due": c.due.isoformat() if c.due else None, "overdue": lifecycle.is_overdue(c, today)}
        for c in cases
    ]  # fmt: skip
    _put_keyed(site, "cases/index.html", _key(json.dumps(listed)),
               lambda: pages.listing("cases", listed))  # fmt: skip
    the_agenda = None
    meeting = meetings.next_meeting(config.meetings, today)
    if meeting is not None:
        previous = agendas.previous_for(config, reviews, meeting)
        the_agenda = agenda_rules.build(config, summaries, cases, reviews, meeting, previous)
    _put_keyed(site, "agenda.html", _key(repr(the_agenda)), lambda: pages.agenda(the_agenda))
    figures = report.build(config, summaries, reviews, cases, today, None, labels())
    _put_keyed(site, "report.html", _key(repr(figures)),
               lambda: pages.report(figures))  # fmt: skip
    events = calendar.events(config, summaries, cases, reviews, today)
    language = pages.language
    _put_keyed(site, "calendar.ics", _key(today, repr(events)), lambda: ics.feed(
        events, config.workplace, config.committee.name, language, today))  # fmt: skip
    lines = [*figures.heaviest, *figures.unused, *figures.overdue]
    return {
        "base": base,
        "agenda.html": the_agenda.rule_ids() if the_agenda else [],
        "report.html": sorted({line.id for line in lines}),
        "calendar.ics": sorted({s.id for s in summaries if calendar.in_window(
            s.next_review, today)}),
    }  # fmt: skip


def _front_page(site: SiteDir, pages: Pages, data: Inputs, horizon: dt.date) -> dict[str, Any]:
    """The front page, last. Its rows are made again only for rules that changed (or whose due
    state did); the others are taken from the page as written last time (where the manifest
    says they are). When nothing around the rows changed either (the filters, the count, the
    date of the next meeting), the new rows take the old ones' place in the page as it was,
    without the page being rendered again (with the built-in templates only: a registry's own
    may show anything of the rows anywhere). Returns what to keep for the next build."""
    keys = [(rel, f"{data.stamps[rel]}|{data.due(rel)}") for rel in data.order]
    kept = site.kept_state("rows") or {}
    key = _key(horizon, *(k for _, k in keys))
    if site.fresh("index.html", key):
        return kept
    span = kept.get("span")
    before = site.read_kept("index.html") if span else None
    old = _old_rows(before, span, data.previous_rows)
    rows = [
        old[rel][1] if rel in old and old[rel][0] == row_key else
        pages.row(data.summary(rel), data.due(rel)).replace("\n", " ").encode("utf-8")
        for rel, row_key in keys
    ]  # fmt: skip
    block = b"\n".join(rows)
    tags = list(data.tag_counts)
    frame = None if pages.own else _key(horizon, len(rows), *tags)
    if before is not None and span is not None and frame is not None and kept.get("frame") == frame:
        page, start = before[: span[0]] + block + before[span[1] :], span[0]
    else:
        page = pages.index([row.decode("utf-8") for row in rows], tags, horizon.isoformat())
        start = page.find(block) if rows else -1
    site.put("index.html", page, key)
    span = [start, start + len(block)] if start >= 0 else None
    return {"span": span, "frame": frame}


def _old_rows(
    page: bytes | None, span: list[int] | None, keys: list[tuple[str, str]]
) -> dict[str, tuple[str, bytes]]:
    """The rows of the front page as written last time, by rule file: ``(key, html)``. The
    keys are those of the last build's rules (the page it left was built from them, or was
    kept because they were what it was built from)."""
    if page is None or span is None:
        return {}
    lines = page[span[0] : span[1]].split(b"\n")
    if len(lines) != len(keys):
        return {}
    return {rel: (key, line) for (rel, key), line in zip(keys, lines, strict=True)}
