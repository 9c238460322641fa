"""``regelsyn rule add|list|show|edit``."""

from enum import Enum, StrEnum
from typing import Annotated, Any

import typer

from regelsyn.cli.common import ListFormat, ShowFormat, open_registry, parse_date_option, today
from regelsyn.cli.sheets import FIELDS
from regelsyn.i18n import t
from regelsyn.vocab import KINDS, STATUSES

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode="rich")

KindChoice = StrEnum("KindChoice", {k: k for k in KINDS})  # type: ignore[misc]
StatusChoice = StrEnum("StatusChoice", {s: s for s in STATUSES})  # type: ignore[misc]

Opt = typer.Option
TitleOpt = Annotated[str | None, Opt("--title", help=t("opt.title"))]
KindOpt = Annotated[KindChoice | None, Opt("--kind", help=t("opt.kind"))]
TextOpt = Annotated[str | None, Opt("--text", help=t("opt.text"))]
LevelOpt = Annotated[str | None, Opt("--owner-level", metavar="LEVEL", help=t("opt.owner_level"))]
BodyOpt = Annotated[str | None, Opt("--owner-body", metavar="NAME", help=t("opt.owner_body"))]
BasisOpt = Annotated[str | None, Opt("--legal-basis", help=t("opt.legal_basis"))]
FloorOpt = Annotated[str | None, Opt("--floor", help=t("opt.floor"))]
AdoptedOpt = Annotated[str | None, Opt("--adopted", metavar="DATE", help=t("opt.adopted"))]
AppliesOpt = Annotated[
    list[str] | None, Opt("--applies-to", metavar="GROUP", help=t("opt.applies"))
]
PurposeOpt = Annotated[str | None, Opt("--purpose", help=t("opt.purpose"))]
EffectOpt = Annotated[str | None, Opt("--effect", help=t("opt.effect"))]
CertaintyOpt = Annotated[str | None, Opt("--legal-certainty", help=t("opt.legal_certainty"))]
MinutesOpt = Annotated[float | None, Opt("--minutes", min=0, help=t("opt.minutes"))]
PerYearOpt = Annotated[float | None, Opt("--per-year", min=0, help=t("opt.per_year"))]
PeopleOpt = Annotated[int | None, Opt("--people", min=0, help=t("opt.people"))]
UseOpt = Annotated[str | None, Opt("--use", help=t("opt.use"))]
TagOpt = Annotated[list[str] | None, Opt("--tag", metavar="TAG", help=t("opt.tag"))]
ReviewOpt = Annotated[str | None, Opt("--next-review", metavar="DATE", help=t("opt.next_review"))]


# record fields whose flag parameter has another name; the rest are named as the field
FIELD_OF_FLAG = {
    "owner_level": "owner.level",
    "owner_body": "owner.body",
    "minutes": "burden.minutes",
    "per_year": "burden.per_year",
    "people": "burden.people",
    "tag": "tags",
}
# the record-field flags that `rule add` and `rule edit` share, by parameter name: the
# spreadsheet columns (one list: sheets.FIELDS) that a person sets
_FLAG_OF_FIELD = {field: flag for flag, field in FIELD_OF_FLAG.items()}
FIELD_FLAGS = tuple(
    _FLAG_OF_FIELD.get(field, field)
    for field in FIELDS
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
    tag: TagOpt = None,
    next_review: ReviewOpt = None,
    rule_id: Annotated[str | None, Opt("--id", help=t("opt.id"))] = None,
) -> None:
    from regelsyn import console
    from regelsyn.cli import rules
    from regelsyn.prompt import TerminalPrompter

    registry = open_registry(ctx)
    config = registry.config()
    flags = locals()
    given = _fields(**{name: flags[name] for name in FIELD_FLAGS}, id=rule_id)
    fields = rules.gather(given, config, TerminalPrompter)
    rule = rules.build(fields, config, lambda s: registry.rule_path(s).exists(), today())
    path = registry.add_rule(rule)
    console.success(t("rule.added", id=rule.id, path=registry.rel(path)))
    console.note(t("rule.added_next", id=rule.id))


@app.command("list", help=t("help.rule_list"), epilog=t("ex.rule_list"))
def list_(
    ctx: typer.Context,
    status: Annotated[StatusChoice | None, Opt(help=t("opt.f_status"))] = None,
    kind: Annotated[KindChoice | None, Opt(help=t("opt.f_kind"))] = None,
    owner: Annotated[str | None, Opt(metavar="LEVEL", help=t("opt.f_owner"))] = None,
    tag: Annotated[str | None, Opt(metavar="TAG", help=t("opt.f_tag"))] = None,
    due_before: Annotated[str | None, Opt(metavar="DATE", help=t("opt.due_before"))] = None,
    fmt: Annotated[ListFormat, Opt("--format", help=t("opt.format"))] = ListFormat.table,
) -> None:
    from regelsyn.cli import rules

    rules.list_rules(
        open_registry(ctx),
        status=status.value if status else None,
        kind=kind.value if kind else None,
        owner=owner,
        tag=tag,
        due_before=parse_date_option(due_before, "--due-before"),
        fmt=fmt.value,
    )


@app.command("show", help=t("help.rule_show"), epilog=t("ex.rule_show"))
def show(
    ctx: typer.Context,
    rule_id: Annotated[str, typer.Argument(metavar="ID", help=t("opt.rule_id"))],
    fmt: Annotated[ShowFormat, Opt("--format", help=t("opt.show_format"))] = ShowFormat.table,
) -> None:
    from regelsyn.cli import rules

    rules.show_rule(open_registry(ctx), rule_id, fmt.value)


@app.command("edit", help=t("help.rule_edit"), epilog=t("ex.rule_edit"))
def edit(
    ctx: typer.Context,
    rule_id: Annotated[str, typer.Argument(metavar="ID", help=t("opt.rule_id"))],
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
    tag: TagOpt = None,
    next_review: ReviewOpt = None,
    status: Annotated[StatusChoice | None, Opt(help=t("opt.status"))] = None,
) -> None:
    from regelsyn.cli import editing

    registry = open_registry(ctx)
    flags = locals()
    fields = _fields(**{name: flags[name] for name in (*FIELD_FLAGS, "status")})
    changes = {k: v for k, v in fields.items() if v is not None}
    if changes:
        editing.apply_flags(registry, rule_id, changes, today())
    else:
        editing.in_editor(registry, rule_id, today())
