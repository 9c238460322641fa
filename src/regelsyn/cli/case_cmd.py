"""``regelsyn challenge …``, ``regelsyn escalate`` and ``regelsyn case reply``."""

from typing import Annotated

import typer

from regelsyn.cli.common import (
    HistoryFormat,
    ListFormat,
    ShowFormat,
    open_registry,
    parse_date_option,
    today,
    word_option,
)
from regelsyn.cli.complete import case_ids, levels, rule_ids, rule_or_case_ids
from regelsyn.i18n import t

challenge_app = typer.Typer(no_args_is_help=True, rich_markup_mode="rich")
case_app = typer.Typer(no_args_is_help=True, rich_markup_mode="rich")
Opt = typer.Option


DECIDED = ("in_review", "granted", "partly", "rejected", "withdrawn", "closed")
REPLIED = ("granted", "partly", "rejected", "redirected", "no_answer")
EVALUATED = ("made_permanent", "reverted")
CaseId = Annotated[
    str, typer.Argument(metavar=t("meta.id"), help=t("opt.case_id"), autocompletion=case_ids)
]
StartOpt = Annotated[str | None, Opt("--start", metavar=t("meta.date"), help=t("opt.c_start"))]
EndOpt = Annotated[str | None, Opt("--end", metavar=t("meta.date"), help=t("opt.c_end"))]
PurposeKeptOpt = Annotated[str | None, Opt("--purpose-kept", help=t("opt.c_purpose_kept"))]
CertaintyKeptOpt = Annotated[
    str | None, Opt("--legal-certainty-kept", help=t("opt.c_legal_certainty_kept"))
]
HigherKeptOpt = Annotated[str | None, Opt("--higher-rules-kept", help=t("opt.c_higher_rules_kept"))]
EvaluationOpt = Annotated[str | None, Opt("--evaluation", help=t("opt.c_evaluation"))]
AlternativeOpt = Annotated[str | None, Opt("--alternative", help=t("opt.c_alternative"))]


def _terms(**flags: str | None) -> dict[str, object]:
    """A trial's terms from its flags (dates parsed)."""
    terms: dict[str, object] = dict(flags)
    for name in ("start", "end"):
        terms[name] = parse_date_option(flags[name], f"--{name}")
    return terms


ByOpt = Annotated[str | None, Opt("--by", metavar=t("meta.name"), help=t("opt.by"))]
DateOpt = Annotated[str | None, Opt("--date", metavar=t("meta.date"), help=t("opt.case_date"))]


@challenge_app.command("new", help=t("help.challenge_new"), epilog=t("ex.challenge_new"))
def new(
    ctx: typer.Context,
    rule: Annotated[
        str | None,
        Opt("--rule", metavar=t("meta.id"), help=t("opt.c_rule"), autocompletion=rule_ids),
    ] = None,
    unregistered: Annotated[
        str | None, Opt("--unregistered", metavar=t("meta.title"), help=t("opt.c_unregistered"))
    ] = None,
    new_rule: Annotated[bool, Opt("--new-rule", help=t("opt.c_new_rule"))] = False,
    owner_level: Annotated[
        str | None,
        Opt(
            "--owner-level",
            metavar=t("meta.level"),
            help=t("opt.c_owner_level"),
            autocompletion=levels,
        ),
    ] = None,
    request: Annotated[str | None, word_option("--request", "request", "opt.c_request")] = None,
    problem: Annotated[str | None, Opt("--problem", help=t("opt.c_problem"))] = None,
    proposal: Annotated[str | None, Opt("--proposal", help=t("opt.c_proposal"))] = None,
    gain_hours: Annotated[
        float | None, Opt("--gain-hours", min=0, metavar=t("meta.n"), help=t("opt.c_gain"))
    ] = None,
    filed_by: Annotated[
        str | None, Opt("--filed-by", metavar=t("meta.name"), help=t("opt.c_filed_by"))
    ] = None,
    anonymous: Annotated[bool, Opt("--anonymous", help=t("opt.c_anonymous"))] = False,
    via: Annotated[str | None, Opt("--via", metavar=t("meta.name"), help=t("opt.c_via"))] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    purpose_kept: PurposeKeptOpt = None,
    legal_certainty_kept: CertaintyKeptOpt = None,
    higher_rules_kept: HigherKeptOpt = None,
    evaluation: EvaluationOpt = None,
    alternative: AlternativeOpt = None,
    date: DateOpt = None,
) -> None:
    from dataclasses import asdict, replace

    from regelsyn.app import challenge
    from regelsyn.ui import console

    registry = open_registry(ctx)
    given = challenge.Given(
        rule=rule,
        unregistered=unregistered,
        new_rule=new_rule,
        owner_level=owner_level,
        request=request,
        problem=problem,
        proposal=proposal,
        gain_hours=gain_hours,
        filed_by=filed_by,
        anonymous=anonymous,
        via=via,
        **_terms(start=start, end=end, purpose_kept=purpose_kept,
                 legal_certainty_kept=legal_certainty_kept, higher_rules_kept=higher_rules_kept,
                 evaluation=evaluation, alternative=alternative),  # type: ignore[arg-type]
    )  # fmt: skip
    given.refuse_contradictions()
    rules = challenge.RuleSearch(registry)
    if not given.complete() or rules.unsettled(given):
        from regelsyn.ui.challenge import ask, ask_rule
        from regelsyn.ui.prompt import TerminalPrompter, has_terminal

        if not has_terminal():  # a title that fits registered rules: say which, before all else
            challenge.refuse_unsettled(registry, given, rules)
        prompter = TerminalPrompter(given.missing_flags())
        questions = ask if not given.complete() else ask_rule  # the flags said all but which
        given = replace(given, **questions(asdict(given), rules, prompter))
    filed = challenge.file(registry, given, parse_date_option(date, "--date") or today())
    if filed.rule_created:
        console.note(t("challenge.rule_created", id=filed.rule.id))
    case_id = filed.case.id
    console.success(
        t("challenge.filed", id=case_id, path=registry.rel(registry.case_path(case_id)))
    )
    console.note(
        t("challenge.next_local" if filed.local else "challenge.next_escalate", id=case_id)
    )


@challenge_app.command("list", help=t("help.challenge_list"), epilog=t("ex.challenge_list"))
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, word_option("--status", "state", "opt.c_status")] = None,
    overdue: Annotated[bool, Opt("--overdue", help=t("opt.c_overdue"))] = False,
    fmt: Annotated[ListFormat, Opt("--format", help=t("opt.format"))] = ListFormat.table,
) -> None:
    from regelsyn.app import cases
    from regelsyn.ui.listings import show_cases

    found = cases.list_cases(open_registry(ctx), status, overdue, today())
    show_cases([cases.case_json(c, today()) for c in found.cases], found, fmt.value, today())


@challenge_app.command("show", help=t("help.challenge_show"), epilog=t("ex.challenge_show"))
def show(
    ctx: typer.Context,
    case_id: CaseId,
    fmt: Annotated[ShowFormat, Opt("--format", help=t("opt.show_format"))] = ShowFormat.md,
) -> None:
    from regelsyn.app import cases
    from regelsyn.ui import console

    console.data(cases.show_case(open_registry(ctx), case_id, fmt.value, today()))


@challenge_app.command("decide", help=t("help.challenge_decide"), epilog=t("ex.challenge_decide"))
def decide(
    ctx: typer.Context,
    case_id: CaseId,
    outcome: Annotated[str, word_option("--outcome", "state", "opt.c_outcome", DECIDED)],
    reasons: Annotated[str, Opt("--reasons", help=t("opt.c_reasons"))],
    by: Annotated[str, Opt("--by", metavar=t("meta.name"), help=t("opt.by"))],
    date: DateOpt = None,
) -> None:
    from regelsyn.app import cases
    from regelsyn.ui.review import case_moved

    case_moved(cases.decide(
        open_registry(ctx),
        case_id,
        outcome,
        reasons,
        by,
        parse_date_option(date, "--date") or today(),
    ))  # fmt: skip


@challenge_app.command(
    "evaluate", help=t("help.challenge_evaluate"), epilog=t("ex.challenge_evaluate")
)
def evaluate(
    ctx: typer.Context,
    case_id: CaseId,
    result: Annotated[str, Opt("--result", help=t("opt.c_result"))],
    outcome: Annotated[str, word_option("--outcome", "state", "opt.c_eval_outcome", EVALUATED)],
    by: ByOpt = None,
    date: DateOpt = None,
) -> None:
    from regelsyn.app import cases
    from regelsyn.ui.review import case_moved

    registry = open_registry(ctx)
    when = parse_date_option(date, "--date") or today()
    case_moved(cases.evaluate(registry, case_id, result, outcome, by, when))


def escalate(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Argument(
            metavar=t("meta.id"), help=t("opt.escalate_id"), autocompletion=rule_or_case_ids
        ),
    ],
    recommend: Annotated[str | None, word_option("--recommend", "request", "opt.recommend")] = None,
    to: Annotated[
        str | None,
        Opt("--to", metavar=t("meta.level"), help=t("opt.escalate_to"), autocompletion=levels),
    ] = None,
    problem: Annotated[str | None, Opt("--problem", help=t("opt.c_problem"))] = None,
    proposal: Annotated[str | None, Opt("--proposal", help=t("opt.c_proposal"))] = None,
    stance: Annotated[str | None, word_option("--stance", "stance", "opt.stance")] = None,
    minority: Annotated[str | None, Opt("--minority", help=t("opt.minority"))] = None,
    by: ByOpt = None,
    start: StartOpt = None,
    end: EndOpt = None,
    purpose_kept: PurposeKeptOpt = None,
    legal_certainty_kept: CertaintyKeptOpt = None,
    higher_rules_kept: HigherKeptOpt = None,
    evaluation: EvaluationOpt = None,
    alternative: AlternativeOpt = None,
    date: DateOpt = None,
) -> None:
    from regelsyn.app import cases
    from regelsyn.ui.review import escalated

    registry = open_registry(ctx)
    case = cases.escalate(
        registry,
        target,
        recommend=recommend,
        to_level=to,
        problem=problem,
        proposal=proposal,
        stance=stance,
        minority=minority,
        by=by,
        date=parse_date_option(date, "--date") or today(),
        terms=_terms(start=start, end=end, purpose_kept=purpose_kept,
                     legal_certainty_kept=legal_certainty_kept,
                     higher_rules_kept=higher_rules_kept, evaluation=evaluation,
                     alternative=alternative),
    )  # fmt: skip
    escalated(case, registry.config_facts().level_name(case.target_level),
              registry.rel(registry.case_document_path(case.id)))  # fmt: skip


@case_app.command("reply", help=t("help.case_reply"), epilog=t("ex.case_reply"))
def reply(
    ctx: typer.Context,
    case_id: CaseId,
    outcome: Annotated[str, word_option("--outcome", "state", "opt.reply_outcome", REPLIED)],
    note: Annotated[str | None, Opt("--note", help=t("opt.reply_note"))] = None,
    by: ByOpt = None,
    date: DateOpt = None,
) -> None:
    from regelsyn.app import cases
    from regelsyn.ui.review import case_moved

    registry = open_registry(ctx)
    when = parse_date_option(date, "--date") or today()
    case_moved(cases.reply(registry, case_id, outcome, note, by, when))


@case_app.command("render", help=t("help.case_render"), epilog=t("ex.case_render"))
def render(ctx: typer.Context, case_id: CaseId) -> None:
    from regelsyn.app import cases
    from regelsyn.ui import console

    registry = open_registry(ctx)
    path = cases.render_case(registry, case_id)
    console.success(t("case.rendered", path=registry.rel(path)))


@case_app.command("history", help=t("help.case_history"), epilog=t("ex.case_history"))
def history(
    ctx: typer.Context,
    case_id: CaseId,
    fmt: Annotated[HistoryFormat, Opt("--format", help=t("opt.history_format"))] = (
        HistoryFormat.table
    ),
) -> None:
    from regelsyn.app.history import case_history
    from regelsyn.ui.history import show_history

    show_history(case_history(open_registry(ctx), case_id), fmt.value)
