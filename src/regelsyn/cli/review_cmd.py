"""``regelsyn review``: the defend-or-remove meeting, and ``review list|show|render``."""

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from regelsyn.cli.common import ShowFormat, open_registry, parse_date_option, today
from regelsyn.cli.complete import levels, review_ids, rule_ids
from regelsyn.i18n import t


class MeetingGroup(TyperGroup):
    """``regelsyn review [IDS...] [OPTIONS]`` runs a meeting; ``list``, ``show`` and ``render``
    are sub-commands."""

    showing_meeting = False  # while ``review --help`` is drawn: the meeting's options too

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.resilient_parsing and not args:  # TAB after `review`: sub-commands and ids
            return super().parse_args(ctx, args)
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["run", *args]
        return super().parse_args(ctx, args)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """The sub-commands, and the ids of the rules a meeting may take up."""
        found: list[Any] = super().shell_complete(ctx, incomplete)
        meeting = self.get_command(ctx, "run")
        ids = [p for p in meeting.params if p.name == "ids"] if meeting else []
        for param in ids:
            found += param.shell_complete(ctx, incomplete)
        return found

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """``review --help`` shows the meeting's options too, in a panel of their own."""
        self.showing_meeting = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.showing_meeting = False

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        if not self.showing_meeting:
            return params
        import copy

        from typer.core import TyperOption

        meeting = self.get_command(ctx, "run")
        for param in meeting.get_params(ctx) if meeting else []:
            if isinstance(param, TyperOption) and param.name != "help":
                shown = copy.copy(param)
                shown.rich_help_panel = t("help.meeting_panel")
                params.append(shown)
        return params


app = typer.Typer(cls=MeetingGroup, rich_markup_mode="rich")
Opt = typer.Option
ReviewId = Annotated[
    str, typer.Argument(metavar=t("meta.id"), help=t("opt.review_id"), autocompletion=review_ids)
]


@app.command("run", help=t("help.review_run"), epilog=t("ex.review"))
def run(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Argument(metavar=t("meta.ids"), help=t("opt.review_ids"), autocompletion=rule_ids),
    ] = None,
    due: Annotated[bool, Opt("--due", help=t("opt.review_due"))] = False,
    everything: Annotated[bool, Opt("--all", help=t("opt.review_all"))] = False,
    tag: Annotated[str | None, Opt(metavar=t("meta.tag"), help=t("opt.f_tag"))] = None,
    owner: Annotated[
        str | None, Opt(metavar=t("meta.level"), help=t("opt.f_owner"), autocompletion=levels)
    ] = None,
    date: Annotated[str | None, Opt(metavar=t("meta.date"), help=t("opt.review_date"))] = None,
    participant: Annotated[
        list[str] | None, Opt(metavar=t("meta.participant"), help=t("opt.participant"))
    ] = None,
    decided_by: Annotated[
        str | None, Opt("--decided-by", metavar=t("meta.name"), help=t("opt.decided_by"))
    ] = None,
    decisions: Annotated[
        Path | None, Opt("--decisions", metavar=t("meta.file"), help=t("opt.decisions"))
    ] = None,
    agenda: Annotated[str | None, Opt("--agenda", metavar="DATE", help=t("opt.agenda"))] = None,
    resume: Annotated[bool, Opt("--resume", help=t("opt.resume"))] = False,
    abandon: Annotated[bool, Opt("--abandon", help=t("opt.abandon"))] = False,
    yes: Annotated[bool, Opt("--yes", "-y", help=t("opt.yes"))] = False,
) -> None:
    from regelsyn.app import meeting
    from regelsyn.ui import review as shown

    registry = open_registry(ctx)
    if due and everything:
        from regelsyn.errors import UsageProblem

        raise UsageProblem(t("err.due_and_all"))
    chosen = list(ids or [])
    held = parse_date_option(date, "--date")
    if agenda is not None:
        from regelsyn.app.agenda import agenda_rules

        if chosen or due or everything:
            from regelsyn.errors import UsageProblem

            raise UsageProblem(t("err.agenda_and_ids"))
        chosen, day = agenda_rules(registry, agenda)
        held = held or day
        if not chosen:
            shown.outcome(registry, meeting.Outcome(nothing_due=True))
            return
    options = meeting.Options(
        ids=chosen,
        everything=everything,
        tag=tag,
        owner=owner,
        date=held or today(),
        participants=list(participant or []),
        decided_by=decided_by,
    )
    if abandon:
        draft = meeting.load_draft(registry)
        if draft is not None and not (yes or shown.confirm_abandon(draft)):
            return
        meeting.abandon(registry)
        shown.abandoned()
    elif decisions is not None:
        shown.recorded(registry, meeting.scripted(registry, options, decisions))
    else:
        from regelsyn.ui.meeting import terminal_screen

        outcome = meeting.interactive(registry, options, terminal_screen, resume=resume)
        shown.outcome(registry, outcome)


@app.command("list", help=t("help.review_list"), epilog=t("ex.review_list"))
def list_(ctx: typer.Context) -> None:
    from regelsyn.app import review
    from regelsyn.ui.tables import review_table

    review_table(review.list_reviews(open_registry(ctx)))


@app.command("show", help=t("help.review_show"), epilog=t("ex.review_show"))
def show(
    ctx: typer.Context,
    review_id: ReviewId,
    fmt: Annotated[ShowFormat, Opt("--format", help=t("opt.show_format"))] = ShowFormat.md,
) -> None:
    from regelsyn.app import review
    from regelsyn.ui import console

    console.data(review.show_review(open_registry(ctx), review_id, fmt.value))


@app.command("render", help=t("help.review_render"), epilog=t("ex.review_render"))
def render(
    ctx: typer.Context,
    review_id: ReviewId,
) -> None:
    from regelsyn.app import review
    from regelsyn.ui import console

    registry = open_registry(ctx)
    path, changed = review.render_review(registry, review_id)
    if changed:
        console.success(t("review.rendered", path=registry.rel(path)))
    else:
        console.note(t("review.render_unchanged", path=registry.rel(path)))


@app.command("approve", help=t("help.review_approve"), epilog=t("ex.review_approve"))
def approve(
    ctx: typer.Context,
    review_id: ReviewId,
    role: Annotated[str, Opt("--role", metavar="ROLE", help=t("opt.approve_role"))],
    name: Annotated[str, Opt("--name", metavar="NAME", help=t("opt.approve_name"))],
    date: Annotated[str | None, Opt(metavar="DATE", help=t("opt.approve_date"))] = None,
) -> None:
    from regelsyn.app import approval
    from regelsyn.ui import review as shown

    registry = open_registry(ctx)
    when = parse_date_option(date, "--date") or today()
    shown.approved(registry, approval.approve(registry, review_id, role, name, when))
