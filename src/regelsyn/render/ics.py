"""The committee's dates as an iCalendar feed (RFC 5545), written with the ``icalendar``
library, which is imported only here and only when a feed is written."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from regelsyn.i18n import tl, tnl

if TYPE_CHECKING:
    from regelsyn.domain.calendar import Event


def feed(
    events: list[Event], workplace: str, committee: str, language: str, today: dt.date
) -> bytes:
    """All-day events with summaries in ``language`` and UIDs that are the same on every run;
    the time stamp is today's date, so a feed written twice on one day is byte-identical."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    calendar = Calendar()
    calendar.add("prodid", "-//regelsyn//regelsyn//" + language.upper())
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", tl("cal.name", language, committee=committee))
    stamp = dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.UTC)
    for event in events:
        item = VEvent()
        item.add("uid", event.uid(workplace))
        item.add("dtstamp", stamp)
        item.add("dtstart", event.date)
        item.add("dtend", event.date + dt.timedelta(days=1))
        item.add("summary", _summary(event, language, committee))
        lines = list(event.lines)
        more = int(event.params.get("more", 0) or 0)
        if more:
            lines.append(tnl("cal.more", more, language))
        if lines:
            item.add("description", "\n".join(lines))
        item.add("transp", "TRANSPARENT")
        item.add("categories", ["regelsyn"])
        calendar.add_component(item)
    data: bytes = calendar.to_ical()
    return data


def _summary(event: Event, language: str, committee: str) -> str:
    """The event's title; the rules due on a day are counted ("3 regler til gennemgang")."""
    if event.kind == "due":
        return tnl("cal.due", int(event.params["count"]), language)
    return tl(f"cal.{event.kind}", language, committee=committee, **event.params)
