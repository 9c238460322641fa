"""What ``rule add`` asks when the flags leave out a required field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from regelsyn.i18n import t
from regelsyn.ui.prompt import (
    Prompter,
    Question,
    collect,
    parse_date,
    parse_float,
    parse_int,
    parse_list,
)
from regelsyn.vocab import KINDS, MAX_MINUTES, MAX_PER_YEAR

if TYPE_CHECKING:
    from regelsyn.model import RegistryConfig


def questions(config: RegistryConfig) -> list[Question]:
    """What ``rule add`` asks, in order; keys are the dotted field names of the flags."""
    levels = tuple(config.level_ids())
    level_labels = {lvl.id: f"{lvl.id} – {lvl.name}" for lvl in config.levels}
    kind_labels = {kind: t(f"kind.{kind}") for kind in KINDS}
    return [
        Question("title", t("q.title"), required=True),
        Question(
            "kind",
            t("q.kind"),
            required=True,
            choices=KINDS,
            choice_labels=kind_labels,
            group="kind",
        ),
        Question("text", t("q.text"), required=True),
        Question(
            "owner.level",
            t("q.owner_level"),
            required=True,
            choices=levels,
            choice_labels=level_labels,
            default=config.local_level,
        ),
        Question("owner.body", t("q.owner_body")),
        Question("legal_basis", t("q.legal_basis"), help=t("q.legal_basis_help")),
        Question("floor", t("q.floor"), help=t("q.floor_help")),
        Question("purpose", t("q.purpose")),
        Question("effect", t("q.effect"), help=t("q.effect_help")),
        Question("legal_certainty", t("q.legal_certainty")),
        Question("burden.minutes", t("q.minutes"), parse=lambda a: parse_float(a, MAX_MINUTES)),
        Question("burden.per_year", t("q.per_year"), parse=lambda a: parse_float(a, MAX_PER_YEAR)),
        Question("burden.people", t("q.people"), parse=parse_int),
        Question("tags", t("q.tags"), parse=parse_list),
        Question("next_review", t("q.next_review"), parse=parse_date),
    ]


def ask_missing(
    given: dict[str, Any], config: RegistryConfig, prompter: Prompter
) -> dict[str, Any]:
    """The flags given, completed by the questions for every field they left out."""
    asked = [q for q in questions(config) if given.get(q.key) in (None, "", [])]
    return {**given, **collect(asked, prompter)}
