"""``regelsyn rule add|list|show|edit``."""

from enum import Enum
from typing import Annotated, Any

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
from regelsyn.cli.complete import levels, rule_ids
from regelsyn.i18n import t
from regelsyn.vocab import RULE_FIELDS

app = typer.Typer(no_args_is_help=True, rich_markup_mode="rich")


Opt = typer.Option
TitleOpt = Annotated[str | None, Opt("--title", help=t("opt.title"))]
KindOpt = Annotated[str | None, word_option("--kind", "kind", "opt.kind")]
TextOpt = Annotated[str | None, Opt("--text", help=t("opt.text"))]
LevelOpt = Annotated[
    str | None,
    Opt("--owner-level", metavar=t("meta.level"), help=t("opt.owner_level"), autocompletion=levels),
]
BodyOpt = Annotated[
    str | None, Opt("--owner-body", metavar=t("meta.name"), help=t("opt.owner_body"))
]
BasisOpt = Annotated[str | None, Opt("--legal-basis", help=t("opt.legal_basis"))]
FloorOpt = Annotated[str | None, Opt("--floor", help=t("opt.floor"))]
AdoptedOpt = Annotated[str | None, Opt("--adopted", metavar=t("meta.date"), help=t("opt.adopted"))]
AppliesOpt = Annotated[
    list[str] | None, Opt("--applies-to", metavar=t("meta.group"), help=t("opt.applies"))
]
PurposeOpt = Annotated[str | None, Opt("--purpose", help=t("opt.purpose"))]
EffectOpt = Annotated[str | None, Opt("--effect", help=t("opt.effect"))]
CertaintyOpt = Annotated[str | None, Opt("--legal-certainty", help=t("opt.legal_certainty"))]
MinutesOpt = Annotated[float | None, Opt("--minutes", min=0, help=t("opt.minutes"))]
PerYearOpt = Annotated[float | None, Opt("--per-year", min=0, help=t("opt.per_year"))]
PeopleOpt = Annotated[int | None, Opt("--people", min=0, help=t("opt.people"))]
UseOpt = Annotated[str | None, Opt("--use", help=t("opt.use"))]
UseMinutesOpt = Annotated[float | None, Opt("--use-minutes", min=0, help=t("opt.use_minutes"))]
UsePerYearOpt = Annotated[float | None, Opt("--use-per-year", min=0, help=t("opt.use_per_year"))]
UsePeopleOpt = Annotated[int | None, Opt("--use-people", min=0, help=t("opt.use_people"))]
TagOpt = Annotated[list[str] | None, Opt("--tag", metavar=t("meta.tag"), help=t("opt.tag"))]
RuleId = Annotated[
    str, typer.Argument(metavar=t("meta.id"), help=t("opt.rule_id"), autocompletion=rule_ids)
]
ReviewOpt = Annotated[
    str | None, Opt("--next-review", metavar=t("meta.date"), help=t("opt.next_review"))
]


# record fields whose flag parameter has another name; the rest are named as the field
FIELD_OF_FLAG = {
    "owner_level": "owner.level",
    "owner_body": "owner.body",
    "minutes": "burden.minutes",
    "per_year": "burden.per_year",
    "people": "burden.people",
    "use_minutes": "use.minutes",
    "use_per_year": "use.per_year",
    "use_people": "use.people",
    "tag": "tags",
}
# the record-field flags that `rule add` and `rule edit` share, by parameter name: the
# spreadsheet columns (one list: vocab.RULE_FIELDS) that a person sets
_FLAG_OF_FIELD = {field: flag for flag, field in FIELD_OF_FLAG.items()}
FIELD_FLAGS = tuple(
    _FLAG_OF_FIELD.get(field, field)
    for field in RULE_FIELDS
    if field not in ("id", "hours_per_year", "status")
)


def _fields(**values: Any) -> dict[str, Any]:
    """Flag values as dotted record fields; enums become their plain values."""
    result = {}
    for key, value in values.items():
        if isinstance(value, Enum):
            value = value.value
        result[FIELD_OF_FLAG.get(key, key)] = value
    for key, flag in (("adopted", "--adopted"), ("next_review", "--next-review")):
        result[key] = parse_date_option(result.get(key), flag)
    return result


@app.command("add", help=t("help.rule_add"), epilog=t("ex.rule_add"))
def add(
    ctx: typer.Context,
    title: TitleOpt = None,
    kind: KindOpt = None,
    text: TextOpt = None,
    owner_level: LevelOpt = None,
    owner_body: BodyOpt = None,
    legal_basis: BasisOpt = None,
    floor: FloorOpt = None,
    adopted: AdoptedOpt = None,
    applies_to: AppliesOpt = None,
    purpose: PurposeOpt = None,
    effect: EffectOpt = None,
    legal_certainty: CertaintyOpt = None,
    minutes: MinutesOpt = None,
    per_year: PerYearOpt = None,
    people: PeopleOpt = None,
    use: UseOpt = None,
    use_minutes: UseMinutesOpt = None,
    use_per_year: UsePerYearOpt = None,
    use_people: UsePeopleOpt = None,
    tag: TagOpt = None,
    next_review: ReviewOpt = None,
    rule_id: Annotated[str | None, Opt("--id", help=t("opt.id"))] = None,
) -> None:
    from regelsyn.app import rules

    flags = locals()
    registry = open_registry(ctx)
    given = _fields(**{name: flags[name] for name in FIELD_FLAGS}, id=rule_id)
    missing = rules.missing_required(given)
    if missing:
        from regelsyn.ui.prompt import TerminalPrompter
        from regelsyn.ui.rules import ask_missing

        prompter = TerminalPrompter(" ".join(rules.FLAGS[key] for key in missing))
        given = ask_missing(given, registry.config(), prompter)
    rule, path = rules.add(registry, given, today())
    from regelsyn.ui import console

    console.success(t("rule.added", id=rule.id, path=registry.rel(path)))
    console.note(t("rule.added_next", id=rule.id))


@app.command("list", help=t("help.rule_list"), epilog=t("ex.rule_list"))
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, word_option("--status", "status", "opt.f_status")] = None,
    kind: Annotated[str | None, word_option("--kind", "kind", "opt.f_kind")] = None,
    owner: Annotated[
        str | None, Opt(metavar=t("meta.level"), help=t("opt.f_owner"), autocompletion=levels)
    ] = None,
    tag: Annotated[str | None, Opt(metavar=t("meta.tag"), help=t("opt.f_tag"))] = None,
    due_before: Annotated[str | None, Opt(metavar=t("meta.date"), help=t("opt.due_before"))] = None,
    fmt: Annotated[ListFormat, Opt("--format", help=t("opt.format"))] = ListFormat.table,
) -> None:
    from regelsyn.app import rules
    from regelsyn.ui.listings import show_rules

    listing = rules.list_rules(
        open_registry(ctx),
        status=status,
        kind=kind,
        owner=owner,
        tag=tag,
        due_before=parse_date_option(due_before, "--due-before"),
        unpack=fmt is ListFormat.table,
    )
    show_rules(listing, fmt.value)


@app.command("show", help=t("help.rule_show"), epilog=t("ex.rule_show"))
def show(
    ctx: typer.Context,
    rule_id: RuleId,
    fmt: Annotated[ShowFormat, Opt("--format", help=t("opt.show_format"))] = ShowFormat.table,
) -> None:
    from regelsyn.app import rules
    from regelsyn.ui import console

    registry = open_registry(ctx)
    if fmt is ShowFormat.table:
        from regelsyn.ui.tables import rule_panel

        rule_panel(*rules.rule_with_config(registry, rule_id))
    else:
        console.data(rules.show(registry, rule_id, fmt.value))


@app.command("edit", help=t("help.rule_edit"), epilog=t("ex.rule_edit"))
def edit(
    ctx: typer.Context,
    rule_id: RuleId,
    title: TitleOpt = None,
    kind: KindOpt = None,
    text: TextOpt = None,
    owner_level: LevelOpt = None,
    owner_body: BodyOpt = None,
    legal_basis: BasisOpt = None,
    floor: FloorOpt = None,
    adopted: AdoptedOpt = None,
    applies_to: AppliesOpt = None,
    purpose: PurposeOpt = None,
    effect: EffectOpt = None,
    legal_certainty: CertaintyOpt = None,
    minutes: MinutesOpt = None,
    per_year: PerYearOpt = None,
    people: PeopleOpt = None,
    use: UseOpt = None,
    use_minutes: UseMinutesOpt = None,
    use_per_year: UsePerYearOpt = None,
    use_people: UsePeopleOpt = None,
    tag: TagOpt = None,
    next_review: ReviewOpt = None,
    status: Annotated[str | None, word_option("--status", "status", "opt.status")] = None,
) -> None:
    from regelsyn.app import editing
    from regelsyn.ui import console

    flags = locals()
    registry = open_registry(ctx)
    fields = _fields(**{name: flags[name] for name in (*FIELD_FLAGS, "status")})
    changes = {k: v for k, v in fields.items() if v is not None}
    if not changes:
        from regelsyn.app.lookup import rule_id as known
        from regelsyn.ui.editor import TerminalEditor

        known(registry, rule_id)  # a wrong id is said before a missing terminal

        saved = editing.in_editor(registry, rule_id, today(), TerminalEditor(rule_id))
        if saved:
            console.success(t("rule.saved", id=rule_id, path=saved))
        else:
            console.note(t("rule.unchanged", id=rule_id))
        return
    note = editing.apply_flags(registry, rule_id, changes, today())
    if note:
        console.success(t("rule.edited", id=rule_id, fields=note))
    else:
        console.note(t("rule.unchanged", id=rule_id))


@app.command("history", help=t("help.rule_history"), epilog=t("ex.rule_history"))
def history(
    ctx: typer.Context,
    rule_id: RuleId,
    fmt: Annotated[HistoryFormat, Opt("--format", help=t("opt.history_format"))] = (
        HistoryFormat.table
    ),
) -> None:
    from regelsyn.app.history import rule_history
    from regelsyn.ui.history import show_history

    show_history(rule_history(open_registry(ctx), rule_id), fmt.value)
