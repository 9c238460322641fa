"""Rich tables and panels: rules, the triage, reviews, cases and the inbox (``--format table``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from regelsyn import inert
from regelsyn.domain import cases as lifecycle
from regelsyn.domain.balance import MEASURING
from regelsyn.i18n import number, t, tn
from regelsyn.model.facts import InboxRow, Lesson, RuleFacts, Topic
from regelsyn.ui import console

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
    table = Table(show_lines=False, header_style="bold")
    table.add_column(t("f.id"), no_wrap=True)
    table.add_column(t("f.title"), ratio=1, min_width=12)
    table.add_column(t("f.kind"), overflow="fold")
    table.add_column(t("f.owner"), overflow="fold")
    table.add_column(t("f.status"), overflow="fold")
    table.add_column(t("col.next_review"), no_wrap=True)
    table.add_column(t("f.hours_per_year"), justify="right", no_wrap=True)
    for rule in rules:
        table.add_row(
            _cell(rule.id),
            _cell(rule.title),
            _cell(t(f"kind.{rule.kind}")),
            _cell(rule.owner_level),
            _cell(t(f"status.{rule.status}")),
            _cell(rule.next_review or "–"),
            _cell(number(rule.hours)),
        )
    console.out.print(table)
    total = sum(rule.hours or 0 for rule in rules)
    said = t("rule.list_total", rules=tn("count.rules", len(rules)),
             hours=tn("count.hours_a_year", total))  # fmt: skip
    console.out.print(said, markup=False)


def rule_panel(rule: Rule, config: RegistryConfig) -> None:
    owner = config.level_name(rule.owner.level)
    if rule.owner.body:
        owner = f"{owner} ({rule.owner.body})"
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
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in rows:
        grid.add_row(_cell(t(label)), _lines(value))
    body = Group(_lines(rule.text), Text(""), grid)
    console.out.print(Panel(body, title=_cell(rule.title), title_align="left"))


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
    table = Table(title=t("meet.triage_title"), header_style="bold", title_justify="left")
    table.add_column(t("log.group"))
    table.add_column(t("f.id"), no_wrap=True)
    table.add_column(t("f.title"), ratio=1, min_width=12)
    table.add_column(t("f.owner"), overflow="fold")
    table.add_column(t("f.hours_per_year"), justify="right", no_wrap=True)
    for row in rows:
        table.add_row(
            _cell(t(f"group.{row.group}")),
            _cell(row.rule),
            _cell(row.title),
            _cell(row.owner),
            _cell(number(row.hours)),
        )
    console.out.print(table)


def review_table(rows: list[Any]) -> None:
    """The reviews held: id, date, decisions and hours freed."""
    if not rows:
        console.note(t("review.none"))
        return
    table = Table(header_style="bold")
    for label in ("f.id", "log.date", "log.decisions", "log.hours_freed"):
        table.add_column(t(label))
    for row in rows:
        cells = (row.id, row.date.isoformat(), str(row.decisions), number(row.hours_freed))
        table.add_row(*(_cell(cell) for cell in cells))
    console.out.print(table)


def case_table(cases: list[Case], today: dt.date) -> None:
    if not cases:
        console.note(t("challenge.none"))
        return
    table = Table(header_style="bold")
    table.add_column(t("app.case"), no_wrap=True)
    table.add_column(t("f.title"), ratio=1, min_width=12)
    table.add_column(t("case.request"))
    table.add_column(t("case.status"))
    table.add_column(t("case.decides"), overflow="fold")
    table.add_column(t("app.reply_by"), no_wrap=True)
    table.add_column(t("inbox.days"), justify="right")
    for case in cases:
        waiting = lifecycle.waiting(case, today)
        due = case.due.isoformat() if case.due else "–"
        table.add_row(
            _cell(case.id),
            _cell(case.title),
            _cell(t(f"request.{case.request}")),
            _cell(t(f"state.{case.status}")),
            _cell(case.target_level),
            _cell(due + (" !" if lifecycle.is_overdue(case, today) else "")),
            _cell("–" if waiting is None else str(waiting)),
        )
    console.out.print(table)


def inbox_table(rows: list[InboxRow], level: str) -> None:
    if not rows:
        console.note(t("inbox.empty", level=level))
        return
    grid = Table(header_style="bold")
    for label in ("inbox.workplace", "app.case", "f.title", "case.request", "app.reply_by",
                  "inbox.days"):  # fmt: skip
        grid.add_column(t(label))
    for row in rows:
        grid.add_row(
            _cell(row.workplace),
            _cell(row.case),
            _cell(row.title),
            _cell(t(f"request.{row.request}")),
            _cell((row.due or "–") + (" !" if row.overdue else "")),
            _cell("–" if row.days_waiting is None else str(row.days_waiting)),
        )
    console.out.print(grid)


def learn_tables(topics: list[tuple[Topic, str]], lessons: list[Lesson]) -> None:
    """What comparable workplaces did: one table per topic, under the line that sums it up."""
    if not lessons:
        console.note(t("learn.none"))
        return
    for topic, line in topics:
        rows = [lesson for lesson in lessons if lesson.topic == topic.id]
        if not rows:
            continue
        grid = Table(
            title=Text(f"{topic.title} ({topic.id}): {line}"),
            title_justify="left",
            header_style="bold",
        )
        grid.add_column(t("inbox.workplace"), ratio=1, min_width=10)
        grid.add_column(t("learn.rule"), ratio=2, min_width=16, overflow="fold")
        grid.add_column(t("learn.action"), ratio=1, min_width=10)
        grid.add_column(t("log.date"), no_wrap=True)
        grid.add_column(t("f.hours_per_year"), justify="right", no_wrap=True)
        grid.add_column(t("learn.result"), ratio=2, min_width=12)
        for row in rows:
            rule = f"{row.title} ({row.rule})"
            if row.match != "id":
                rule += f" – {t(f'learn.match.{row.match}')}"
            grid.add_row(
                Text(row.workplace),
                Text(rule),
                Text(t(f"learn.action.{row.action}")),
                Text(row.date),
                Text(hours_cell(row)),
                Text(row.result or ""),
            )
        console.out.print(grid)


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
