"""What a site build works from, read as little as a rebuild needs: every file's stamp (size,
time and inode, from the index cache's scan), what the front page, agenda, report and calendar
need of each rule (kept in the site's manifest between builds), and the rule, case and review
records only when a page that shows them is made again."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from regelsyn.domain import agenda as agenda_rules
from regelsyn.domain import schedule
from regelsyn.errors import BrokenFiles
from regelsyn.model import Rule
from regelsyn.model.case import Case
from regelsyn.model.facts import CaseFacts, RuleSummary
from regelsyn.model.review import Review
from regelsyn.store.index import RACY_NS, digest, scan
from regelsyn.store.packing import from_dict
from regelsyn.store.records import stem
from regelsyn.store.registry import Registry


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def pack(s: RuleSummary) -> list[Any]:
    return [s.id, s.title, s.kind, s.owner_level, s.status,
            s.next_review.isoformat() if s.next_review else None, s.hours, s.tags, s.reviewed,
            s.floor, s.use, s.suspended_from.isoformat() if s.suspended_from else None,
            s.use_hours]  # fmt: skip


def unpack(data: list[Any]) -> RuleSummary:
    (ident, title, kind, owner, status, review, hours, tags, reviewed, floor, use, since,
     *rest) = data  # fmt: skip
    return RuleSummary(ident, title, kind, owner, status, _day(review), hours, tags, reviewed,
                       floor, use, _day(since), rest[0] if rest else None)  # fmt: skip


@dataclass(frozen=True)
class CaseLine:
    """What the site's keys and lists need of a case before its record is read."""

    id: str
    rule: str
    status: str
    due: str | None

    @property
    def due_date(self) -> dt.date | None:
        return _day(self.due)


def stamps(files: list[tuple[str, str, os.stat_result]]) -> dict[str, str]:
    """Each file's stamp (path relative to the registry → size, times and inode). A file whose
    times are too recent to vouch for it (it could change again within the same clock tick
    without its times showing it) is stamped with a hash of its bytes too, so that such a
    change is seen; once its times are old, its stamp changes form and it is read once more."""
    since = time.time_ns() - RACY_NS
    found = {}
    for path, rel, info in files:
        stamp = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"
        if info.st_mtime_ns >= since or info.st_ctime_ns >= since:
            stamp += ":" + digest(path).hex()
        found[rel] = stamp
    return found


def due_class(summary: RuleSummary, today: dt.date, horizon: dt.date) -> str:
    """ "overdue", "due" (for review by ``horizon``: the next meeting) or ""."""
    if schedule.is_overdue(summary.status, summary.next_review, today):
        return "overdue"
    return "due" if agenda_rules.due_by(summary, horizon) else ""


KEPT = 2  # the form of what a build keeps; another form is not read


class Inputs:
    """The registry as one build sees it. ``kept`` is what the last build kept (its manifest's
    state); :attr:`retitled` names the rules whose only change since then is their title, and
    :attr:`reshaped` says whether anything else about the rules changed.

    Only the files whose stamps changed since the last build are looked up in the index cache
    (and read, where it does not know them): the others were valid then and are the same now.
    What the build needs of each of them is kept as ``[stamp, id, due class, summary]``, the
    summary as JSON text that is parsed only when something shows it; the due classes are
    worked out again only on another day or for another meeting."""

    def __init__(
        self, registry: Registry, kept: dict[str, Any], today: dt.date, horizon: dt.date
    ) -> None:
        self.registry = registry
        if kept.get("form") != KEPT:
            kept = {}
        self.day = f"{today}|{horizon}"
        self.loaded: dict[str, Rule] = {}
        self._summaries: dict[str, RuleSummary] = {}
        self._rules(registry, kept, today, horizon)
        self._cases(registry, kept.get("cases", {}))
        self._reviews_seen(registry, kept.get("decided"))

    def _rules(
        self, registry: Registry, kept: dict[str, Any], today: dt.date, horizon: dt.date
    ) -> None:
        """Every rule file's stamp; the rules whose stamps changed read again; what the build
        keeps of each (:attr:`kept`), in the order of the files and (:attr:`order`) of the ids."""
        files = scan(registry.rules_dir, registry.root)
        self.stamps = stamps(files)
        old = _rules_kept(kept.get("rules"))
        # the front page's rows as the last build left them: (rule file, stamp and due class)
        by_id = sorted(old.items(), key=lambda item: item[1][1])
        self.previous_rows = [(rel, f"{line[0]}|{line[2]}") for rel, line in by_id]
        need = [rel for rel, stamp in self.stamps.items() if old.get(rel, [None])[0] != stamp]
        changed = set(need)
        entries = registry.rule_entries(fragments=False, only=[f for f in files if f[1] in changed])
        broken = [f for e in entries if e.facts is None for f in e.finding_objects()]
        if broken:
            raise BrokenFiles(broken)
        lines: dict[str, list[Any]] = {r: old[r] for r in self.stamps if r not in changed}
        if kept.get("day") != self.day:  # another day, or another meeting: due anew
            for rel, (stamp, ident, _, packed) in lines.items():
                self._summaries[rel] = unpack(json.loads(packed))
                lines[rel] = [stamp, ident, due_class(self._summaries[rel], today, horizon), packed]
        self.load(need)
        self.retitled: set[str] = set()
        self.reshaped = not old or set(old) != set(self.stamps)
        tags: Counter[str] = Counter(kept.get("tags", {}) if old else {})
        for rel in [*need, *(r for r in old if r not in self.stamps)]:
            if rel in old:
                tags.subtract(json.loads(old[rel][3])[7])
        for rel in need:
            summary = self._summaries[rel] = agenda_rules.summary(self.loaded[rel])
            packed = pack(summary)
            tags.update(summary.tags)
            text = json.dumps(packed, ensure_ascii=False, separators=(",", ":"))
            lines[rel] = [self.stamps[rel], summary.id, due_class(summary, today, horizon), text]
            before = json.loads(old[rel][3]) if rel in old else None
            if before is not None and _untitled(before) == _untitled(packed):
                self.retitled.add(summary.id)
            else:
                self.reshaped = True
        self.kept = {rel: lines[rel] for rel in self.stamps}  # in the files' order
        self.tag_counts = {tag: n for tag, n in sorted(tags.items()) if n > 0}
        self.ids = {rel: line[1] for rel, line in self.kept.items()}
        self.rel_of = {ident: rel for rel, ident in self.ids.items()}
        self.order = sorted(self.kept, key=lambda rel: self.ids[rel])  # as the rules' ids

    def summary(self, rel: str) -> RuleSummary:
        """What the lists show of the rule in ``rel``."""
        found = self._summaries.get(rel)
        if found is None:
            found = self._summaries[rel] = unpack(json.loads(self.kept[rel][3]))
        return found

    def due(self, rel: str) -> str:
        """The rule's :func:`due_class` today."""
        due: str = self.kept[rel][2]
        return due

    def _cases(self, registry: Registry, old: dict[str, list[Any]]) -> None:
        files = scan(registry.cases_dir, registry.root)
        found = stamps(files)
        changed = {rel for rel, stamp in found.items() if old.get(rel, [None])[0] != stamp}
        entries = registry.case_entries(fragments=False, only=[f for f in files if f[1] in changed])
        lines = {rel: line[1:] for rel, line in old.items() if rel in found and rel not in changed}
        for entry in entries:  # a broken case: check names it; the site shows the valid ones
            facts = None if entry.facts is None else from_dict(CaseFacts, entry.facts)
            lines[entry.rel] = [facts.id, facts.rule, facts.status, facts.due] if facts else []
        self.kept_cases = {rel: [found[rel], *lines[rel]] for rel in sorted(lines)}
        self.case_stamps: dict[str, str] = {}
        self.case_facts: dict[str, CaseLine] = {}
        self.case_rel: dict[str, str] = {}
        self.cases_of: dict[str, list[str]] = defaultdict(list)
        for rel, (stamp, *line) in self.kept_cases.items():
            if not line:
                continue
            case = CaseLine(*line)
            self.case_stamps[case.id] = stamp
            self.case_facts[case.id] = case
            self.case_rel[case.id] = rel
            self.cases_of[case.rule].append(case.id)
        self._case_records: dict[str, Case] = {}

    def _reviews_seen(self, registry: Registry, kept: dict[str, Any] | None) -> None:
        """The reviews' stamps, and which reviews decided each rule (from the last build when
        no review changed, so that no review is read)."""
        files = scan(registry.reviews_dir, registry.root)
        self._review_files = {stem(rel): (path, rel, info) for path, rel, info in files}
        self.review_stamps = {stem(rel): stamp for rel, stamp in stamps(files).items()}
        self._reviews: list[Review] | None = None
        self._review_records: dict[str, Review] = {}
        if kept is not None and kept.get("stamps") == self.review_stamps:
            self.decided_in: dict[str, list[str]] = kept["map"]
        else:
            self.decided_in = defaultdict(list)
            for review in self.reviews:
                for decision in review.decisions:
                    if review.id not in self.decided_in[decision.rule]:
                        self.decided_in[decision.rule].append(review.id)

    def keep(self) -> dict[str, Any]:
        """What the next build keeps."""
        decided = {"stamps": self.review_stamps, "map": dict(self.decided_in)}
        rules = {
            "rels": list(self.kept),
            "stamps": [line[0] for line in self.kept.values()],
            "ids": [line[1] for line in self.kept.values()],
            "due": "".join(DUE_MARKS[line[2]] for line in self.kept.values()),
            "summaries": "\n".join(line[3] for line in self.kept.values()),
        }
        return {"form": KEPT, "day": self.day, "rules": rules, "tags": self.tag_counts,
                "cases": self.kept_cases, "decided": decided}  # fmt: skip

    @property
    def reviews(self) -> list[Review]:
        """Every review, read when first asked for (oldest first)."""
        if self._reviews is None:
            from regelsyn.app.agenda import all_reviews

            self._reviews = sorted(all_reviews(self.registry), key=lambda r: (r.date, r.id))
        return self._reviews

    def review(self, review_id: str) -> Review:
        """One review: from :attr:`reviews` once every review is read, else read alone (a
        rebuild after one rule changed reads only the reviews that decided it)."""
        if self._reviews is not None:
            for review in self._reviews:
                if review.id == review_id:
                    return review
        found = self._review_records.get(review_id)
        if found is None:
            found = self._review_records[review_id] = self._read_review(review_id)
        return found

    def _read_review(self, review_id: str) -> Review:
        """One review, through the index cache (brought up to date for its file first)."""
        file = self._review_files.get(review_id)
        if file is None:  # gone since the build began: said as for any missing review
            return self.registry.shown_review(review_id)
        self.registry.review_entries(only=[file])
        (loaded,) = self.registry.cached_records([file[1]], Review)
        if loaded.record is None:
            raise BrokenFiles(loaded.findings)
        return loaded.record

    def cases(self, ids: list[str] | None = None) -> list[Case]:
        """The cases (all, or those with these ids), read from the index cache when first
        asked for."""
        wanted = sorted(self.case_facts) if ids is None else ids
        missing = [i for i in wanted if i not in self._case_records]
        if missing:
            rels = [self.case_rel[i] for i in missing]
            found = self.registry.cached_records(rels, Case)
            broken = [f for item in found if item.record is None for f in item.findings]
            if broken:
                raise BrokenFiles(broken)
            self._case_records.update({c.record.id: c.record for c in found if c.record})
        return [self._case_records[i] for i in wanted]

    def load(self, rels: list[str]) -> None:
        wanted = [rel for rel in rels if rel not in self.loaded]
        if not wanted:
            return
        found = self.registry.cached_records(wanted, Rule)
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
        """Every rule's summary, in the order of their ids."""
        return [self.summary(rel) for rel in self.order]


DUE_MARKS = {"overdue": "o", "due": "d", "": "-"}
_DUE = {mark: due for due, mark in DUE_MARKS.items()}


def _rules_kept(rules: Any) -> dict[str, list[Any]]:
    """What the last build kept of each rule: ``[stamp, id, due class, summary as JSON]``.

    It is kept in columns, and the summaries as lines of one text, which the manifest reads
    and writes several times faster than a list per rule; anything amiss and nothing is kept."""
    try:
        lines = rules["summaries"].split("\n") if rules["rels"] else []
        columns = (rules["rels"], rules["stamps"], rules["ids"], rules["due"], lines)
        if len({len(column) for column in columns}) != 1:
            return {}
        return {
            rel: [stamp, ident, _DUE[mark], packed]
            for rel, stamp, ident, mark, packed in zip(*columns, strict=True)
        }
    except (KeyError, TypeError, AttributeError):
        return {}


def _untitled(packed: list[Any]) -> list[Any]:
    """A rule's kept summary without its title (index 1)."""
    return [packed[0], *packed[2:]]
