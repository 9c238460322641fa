"""What the lists and cards show: rules, the triage, reviews, cases, the inbox and what was
learned (``--format table``), each laid out for the terminal's width by :mod:`regelsyn.ui.layout`;
and a rule's card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from regelsyn import inert
from regelsyn.domain import cases as lifecycle
from regelsyn.domain.balance import MEASURING
from regelsyn.i18n import number, t, tn
from regelsyn.model.facts import InboxRow, Lesson, RuleFacts, Topic
from regelsyn.ui import console, layout
from regelsyn.ui.layout import Cell, Column, Listing
from regelsyn.vocab import named

if TYPE_CHECKING:  # annotations only: a rule table needs no pydantic
    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case
    from regelsyn.model.review import TriageRow


def _cell(value: str) -> Text:
    """Text from a record or the settings in a table cell: shown, never obeyed (``inert``)."""
    return Text(inert.text(value))


def _lines(value: str) -> Text:
    """A text of several lines (a rule's wording, its premises), its line breaks kept."""
    return Text(inert.text(value, lines=True))


def rule_table(rules: list[RuleFacts]) -> None:
    if not rules:
        console.note(t("rule.list_empty"))
        return
    columns = [
        Column(t("f.id"), "id", key=True),
        Column(t("f.title")),
        Column(t("f.kind"), "words"),
        Column(t("f.owner"), "id"),
        Column(t("f.status"), "words"),
        Column(t("col.next_review"), "id"),
        Column(t("f.hours_per_year"), "id", right=True),
    ]
    rows: list[Sequence[Cell]] = [
        (
            rule.id,
            rule.title,
            t(f"kind.{rule.kind}"),
            rule.owner_level,
            t(f"status.{rule.status}"),
            rule.next_review or "–",
            number(rule.hours),
        )
        for rule in rules
    ]
    total = sum(rule.hours or 0 for rule in rules)
    footer = t("rule.list_total", rules=tn("count.rules", len(rules)),
               hours=tn("count.hours_a_year", total))  # fmt: skip
    layout.show(Listing(columns, rows, footer=footer))


def rule_panel(rule: Rule, config: RegistryConfig) -> None:
    owner = named(config.level_name(rule.owner.level), rule.owner.body)
    missing = t("show.not_documented")
    rows = [
        ("f.id", rule.id),
        ("f.kind", t(f"kind.{rule.kind}")),
        ("f.status", t(f"status.{rule.status}")),
        ("f.owner", owner),
        ("f.legal_basis", rule.legal_basis or "–"),
        ("f.floor", rule.floor or "–"),
        ("f.adopted", rule.adopted.isoformat() if rule.adopted else "–"),
        ("f.applies_to", ", ".join(rule.applies_to) or "–"),
        ("f.purpose", rule.purpose or missing),
        ("f.effect", rule.effect or missing),
        ("f.legal_certainty", rule.legal_certainty or missing),
        ("f.burden", burden_line(rule)),
        ("f.use", rule.use_text or "–"),
    ]
    if rule.use_hours is not None:
        rows.append(("f.use_time", use_line(rule)))
    if rule.kind in MEASURING:
        rows.append(("f.balance", balance_line(rule)))
    rows += [
        ("f.next_review", rule.next_review.isoformat() if rule.next_review else "–"),
        ("f.tags", ", ".join(rule.tags) or "–"),
    ]
    screen = console.screen()
    inner = screen.width - 4  # the panel's border and padding
    title = _cell(rule.title)
    ids = ("f.id", "f.adopted", "f.next_review")  # kept whole, never wrapped
    kinds: list[tuple[str, str, layout.Kind]] = [
        (t(key), value, "id" if key in ids else "text") for key, value in rows
    ]
    fields = layout.record(kinds, inner, screen)
    body = Group(_lines(rule.text), Text(""), fields)
    if title.cell_len + 6 > screen.width:  # too long for the border: inside, on lines of its own
        body = Group(Text(title.plain, style="bold"), Text(""), body)
        screen.print(Panel(body))
    else:
        screen.print(Panel(body, title=title, title_align="left"))


def burden_line(rule: Rule) -> str:
    burden = rule.burden
    if burden is None:
        return t("show.burden_unknown")
    return _time_line(burden.minutes, burden.per_year, burden.people, rule.hours_per_year)


def use_line(rule: Rule) -> str:
    """The time spent using a measurement's results, as the burden is said."""
    use = rule.use
    if use is None or isinstance(use, str):
        return t("show.burden_unknown")
    return _time_line(use.minutes, use.per_year, use.people, use.hours_per_year)


def _time_line(
    minutes: float | None, per_year: float | None, people: int | None, hours: float | None
) -> str:
    """``4 min × 730 gange om året × 12 personer = 584 timer om året``."""
    if minutes is None or per_year is None or people is None or hours is None:
        return t("show.burden_unknown")
    return t(
        "show.burden_line",
        minutes=number(minutes),
        per_year=tn("count.times_a_year", per_year),
        people=tn("count.people", people),
        hours=tn("count.hours_a_year", hours),
    )


def balance_line(rule: Rule) -> str:
    """A measurement's balance: the share of its time spent measuring, beside the 20 % that
    is recommended (:mod:`regelsyn.domain.balance`)."""
    from regelsyn.domain.balance import RECOMMENDED_SHARE, of_rule

    found = of_rule(rule)
    if found.unused:
        if found.measuring is None:
            return t("show.balance_nobody")
        return tn("show.balance_unused", found.measuring)
    if found.share is None or found.measuring is None:  # a share is known from both times
        return t("show.balance_unknown")
    return t(
        "show.balance_line",
        share=number(found.share),
        measuring=tn("count.hours_a_year", found.measuring),
        using=number(found.using),
        recommended=RECOMMENDED_SHARE,
    )


def triage_table(rows: list[TriageRow]) -> None:
    """The rules in scope, grouped by what the committee can do with them."""
    columns = [
        Column(t("log.group"), "words"),
        Column(t("f.id"), "id", key=True),
        Column(t("f.title")),
        Column(t("f.owner")),
        Column(t("f.hours_per_year"), "id", right=True),
    ]
    cells: list[Sequence[Cell]] = [
        (t(f"group.{row.group}"), row.rule, row.title, row.owner, number(row.hours)) for row in rows
    ]
    layout.show(Listing(columns, cells, title=t("meet.triage_title")))


def review_table(rows: list[Any]) -> None:
    """The reviews held: id, date, decisions and hours freed."""
    if not rows:
        console.note(t("review.none"))
        return
    columns = [
        Column(t("f.id"), "id", key=True),
        Column(t("log.date"), "id"),
        Column(t("log.decisions"), "id", right=True),
        Column(t("log.hours_freed"), "id", right=True),
    ]
    cells: list[Sequence[Cell]] = [
        (row.id, row.date.isoformat(), str(row.decisions), number(row.hours_freed)) for row in rows
    ]
    layout.show(Listing(columns, cells))


def case_table(cases: list[Case], today: dt.date) -> None:
    if not cases:
        console.note(t("challenge.none"))
        return
    columns = [
        Column(t("app.case"), "id", key=True),
        Column(t("f.title")),
        Column(t("case.request"), "words"),
        Column(t("case.status"), "words"),
        Column(t("case.decides"), "id"),
        Column(t("app.reply_by"), "id"),
        Column(t("inbox.days"), "id", right=True),
    ]
    rows: list[Sequence[Cell]] = []
    for case in cases:
        waiting = lifecycle.waiting(case, today)
        due = case.due.isoformat() if case.due else "–"
        rows.append((
            case.id,
            case.title,
            t(f"request.{case.request}"),
            t(f"state.{case.status}"),
            case.target_level,
            due + (" !" if lifecycle.is_overdue(case, today) else ""),
            "–" if waiting is None else str(waiting),
        ))  # fmt: skip
    layout.show(Listing(columns, rows))


def inbox_table(rows: list[InboxRow], level: str) -> None:
    if not rows:
        console.note(t("inbox.empty", level=level))
        return
    columns = [
        Column(t("inbox.workplace"), "words"),
        Column(t("app.case"), "id", key=True),
        Column(t("f.title")),
        Column(t("case.request"), "words"),
        Column(t("app.reply_by"), "id"),
        Column(t("inbox.days"), "id", right=True),
    ]
    cells: list[Sequence[Cell]] = [
        (
            row.workplace,
            row.case,
            row.title,
            t(f"request.{row.request}"),
            (row.due or "–") + (" !" if row.overdue else ""),
            "–" if row.days_waiting is None else str(row.days_waiting),
        )
        for row in rows
    ]
    layout.show(Listing(columns, cells))


def learn_tables(topics: list[tuple[Topic, str]], lessons: list[Lesson]) -> None:
    """What comparable workplaces did: one list per topic, under the line that sums it up."""
    if not lessons:
        console.note(t("learn.none"))
        return
    columns = [
        Column(t("inbox.workplace"), "words"),
        Column(t("learn.rule")),
        Column(t("learn.action"), "words"),
        Column(t("log.date"), "id"),
        Column(t("f.hours_per_year"), "id", right=True),
        Column(t("learn.result")),
    ]
    listings = []
    for topic, line in topics:
        rows: list[Sequence[Cell]] = []
        for row in (lesson for lesson in lessons if lesson.topic == topic.id):
            rule = f"{row.title} ({row.rule})"
            if row.match != "id":
                rule += f" – {t(f'learn.match.{row.match}')}"
            rows.append((row.workplace, rule, t(f"learn.action.{row.action}"), row.date,
                         hours_cell(row), row.result or ""))  # fmt: skip
        if rows:
            listings.append(Listing(columns, rows, title=f"{topic.title} ({topic.id}): {line}"))
    layout.show(*listings)


def hours_cell(row: Lesson) -> str:
    """The hours a year involved, as before → after (a removal leaves none), or what was
    freed where the hours before are not recorded (a trial)."""
    before, after = row.hours_before, row.hours_after
    if before is None:
        return t("learn.freed", hours=number(row.hours_freed)) if row.hours_freed else "–"
    if row.action == "removed":
        after = 0.0
    if after is None:
        return number(before)
    return f"{number(before)} → {number(after)}"
