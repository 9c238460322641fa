"""``regelsyn agenda``: the agenda of the committee's next (or a given) meeting, written to
``agendas/<date>.md`` with its record ``agendas/<date>.yaml`` (what ``review --agenda`` and
``check`` read)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from regelsyn import i18n
from regelsyn.app import messages
from regelsyn.domain import agenda as agendas
from regelsyn.domain import meetings, schedule
from regelsyn.errors import BrokenFiles, Refused
from regelsyn.i18n import t, tl
from regelsyn.model import RegistryConfig
from regelsyn.model.agenda import AgendaRecord
from regelsyn.model.case import Case
from regelsyn.model.facts import CaseFacts, RuleSummary
from regelsyn.model.review import Review
from regelsyn.store.packing import from_dict, peek_rule, rule_summary
from regelsyn.store.registry import Registry


def summaries(
    registry: Registry, wanted: Callable[[str, dt.date | None, bool], bool] | None = None
) -> list[RuleSummary]:
    """The rules as plain data, from the index cache's facts (no YAML for unchanged files);
    ``wanted(status, next_review, reviewed)`` picks the rules to unpack. A registry with broken
    rule files is refused (check names them)."""
    entries = registry.rule_entries(fragments=False)
    broken = [f for entry in entries if entry.facts is None for f in entry.finding_objects()]
    if broken:
        raise BrokenFiles(broken)
    found = []
    for entry in entries:
        if wanted is not None:
            status, review, reviewed = peek_rule(entry.facts)
            if not wanted(status, dt.date.fromisoformat(review) if review else None, reviewed):
                continue
        found.append(rule_summary(entry.facts))
    return found


def valid_cases(registry: Registry, states: frozenset[str] | None = None) -> list[Case]:
    """The valid cases (check names the others); only those in ``states``, when given, which
    are told from the index cache's facts before any case is read whole."""
    if states is None:
        return [loaded.record for loaded in registry.load_cases() if loaded.record is not None]
    entries = [
        entry
        for entry in registry.case_entries(fragments=False)
        if entry.facts is not None and from_dict(CaseFacts, entry.facts).status in states
    ]
    found = registry.cached_records([entry.rel for entry in entries], Case)
    return [loaded.record for loaded in found if loaded.record]


def all_reviews(registry: Registry) -> list[Review]:
    """Every review, to be shown: from the index cache, which reads only the review files that
    changed (inside a transaction, from the files as it leaves them)."""
    if registry.transacting:
        return [registry.shown_review(the_id) for the_id in registry.review_ids()]
    entries = registry.review_entries()
    broken = [f for entry in entries if entry.facts is None for f in entry.finding_objects()]
    if broken:
        raise BrokenFiles(broken)
    found = registry.cached_records([entry.rel for entry in entries], Review)
    broken = [f for loaded in found if loaded.record is None for f in loaded.findings]
    if broken:
        raise BrokenFiles(broken)
    return [loaded.record for loaded in found if loaded.record is not None]


def meeting_for(config: RegistryConfig, given: dt.date | None, today: dt.date) -> dt.date:
    """The meeting asked for, else the next one in ``regelsyn.yaml``."""
    chosen = given or meetings.next_meeting(config.meetings, today)
    if chosen is None:
        raise Refused(t("err.no_meeting", today=today.isoformat()), hint=t("hint.meetings"))
    return chosen


def previous_for(config: RegistryConfig, reviews: list[Review], meeting: dt.date) -> dt.date | None:
    """The meeting before: the last date in ``meetings:``, else the last review, before it."""
    held = [*config.meetings, *(review.date for review in reviews)]
    return meetings.previous_meeting(held, meeting)


def build(registry: Registry, given: dt.date | None, today: dt.date) -> agendas.Agenda:
    """The agenda of the next meeting (or of ``given``)."""
    config = registry.config()
    meeting = meeting_for(config, given, today)
    reviews = all_reviews(registry)
    previous = previous_for(config, reviews, meeting)
    rules = summaries(registry, lambda st, day, done: schedule.is_due(st, day, done, meeting))
    return agendas.build(config, rules, valid_cases(registry), reviews, meeting, previous)


def render(registry: Registry, agenda: agendas.Agenda) -> str:
    from regelsyn.render import documents  # the templates: not for the calendar or the site

    return documents.agenda(registry.root, i18n.language(), agenda)


@dataclass
class Written:
    agenda: agendas.Agenda
    document: Path
    copy: Path | None


def write(
    registry: Registry, agenda: agendas.Agenda, today: dt.date, out: Path | None = None
) -> Written:
    """``agendas/<date>.md`` and its record, in one transaction; ``out`` (a path the person
    chose, anywhere they can write) gets a copy of the document."""
    text = render(registry, agenda)
    record = AgendaRecord(
        meeting=dt.date.fromisoformat(agenda.meeting),
        written=today,
        rules=agenda.rule_ids(),
        cases=agenda.case_ids(),
    )
    with registry.transaction(t("tx.agenda", date=agenda.meeting)) as tx:
        tx.message = tl("git.msg.agenda", messages.language(registry), date=agenda.meeting)
        registry.write_text(registry.agenda_path(agenda.meeting), record_text(record))
        document = registry.agenda_document_path(agenda.meeting)
        registry.write_text(document, text)
    copy = None
    if out is not None:
        from regelsyn.store.files import atomic_write

        copy = out.absolute()
        atomic_write(copy, text.encode("utf-8"))
    return Written(agenda, document, copy)


def record_text(record: AgendaRecord) -> str:
    """``agendas/<date>.yaml``: written line by line (an agenda can list thousands of rules;
    ids are quoted as JSON strings, which YAML reads as they are)."""
    import json

    lines = [
        f"# {t('agenda.record_comment', date=record.meeting.isoformat())}",
        f"meeting: {record.meeting.isoformat()}",
        f"written: {record.written.isoformat()}",
    ]
    for key, items in (("rules", record.rules), ("cases", record.cases)):
        lines.append(f"{key}:" if items else f"{key}: []")
        lines += [f"  - {json.dumps(item)}" for item in items]
    return "\n".join(lines) + "\n"


def agenda_rules(registry: Registry, day: str) -> tuple[list[str], dt.date]:
    """The rules a written agenda put before the meeting, and the meeting's date (for
    ``review --agenda DATE``)."""
    path = registry.agenda_path(day)
    missing = Refused(t("err.no_such_agenda", date=day), hint=t("hint.agenda"))
    record = registry.read_record(path, AgendaRecord, missing).record
    assert record is not None
    return list(record.rules), record.meeting
