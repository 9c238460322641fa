"""``regelsyn site`` (the registry as a website), ``regelsyn agenda`` (the next meeting's
agenda) and ``regelsyn calendar`` (the dates, as iCalendar)."""

from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import open_registry, parse_date_option, today
from regelsyn.i18n import t, tn


def site(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", metavar="DIR", help=t("opt.site_out"))],
) -> None:
    from regelsyn.app import site as sites
    from regelsyn.ui import console

    built = sites.build(open_registry(ctx), out, today())
    if built.unreadable:
        from regelsyn.store.sitedir import MANIFEST

        console.note(t("site.manifest_unreadable", name=MANIFEST))
    console.success(
        t(
            "site.built",
            path=str(out),
            written=tn("count.files", built.written),
            kept=tn("count.files", built.kept),
        )
    )
    if built.removed:
        console.note(tn("site.removed", built.removed))


def agenda(
    ctx: typer.Context,
    meeting: Annotated[
        str | None, typer.Option("--meeting", metavar="DATE", help=t("opt.meeting"))
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", metavar="FILE", help=t("opt.agenda_out"))
    ] = None,
) -> None:
    from regelsyn.app import agenda as agendas
    from regelsyn.ui import console

    registry = open_registry(ctx)
    day = today()
    built = agendas.build(registry, parse_date_option(meeting, "--meeting"), day)
    written = agendas.write(registry, built, day, out)
    console.success(t("agenda.written", date=built.meeting, path=registry.rel(written.document)))
    if written.copy is not None:
        console.note(t("agenda.copied", path=str(out)))
    console.note(t("agenda.next", date=built.meeting))


def calendar(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", metavar="FILE.ics", help=t("opt.calendar_out"))],
) -> None:
    from regelsyn.app import calendar as calendars
    from regelsyn.ui import console

    count = calendars.write(open_registry(ctx), out, today())
    console.success(tn("calendar.written", count, path=str(out)))
