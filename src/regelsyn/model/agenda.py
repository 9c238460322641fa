"""A meeting's agenda as recorded: ``agendas/<date>.yaml`` (its document is ``<date>.md``)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from regelsyn.model.common import Record, Slug


class AgendaRecord(Record):
    """What was put on a meeting's agenda; ``review --agenda DATE`` takes its rules from here."""

    meeting: dt.date
    written: dt.date
    rules: list[Slug] = Field(default_factory=list, description="Rules due, in triage order.")
    cases: list[str] = Field(default_factory=list, description="Cases on the agenda.")
