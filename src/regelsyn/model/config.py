"""``regelsyn.yaml``: the workplace, its committee, its authority ladder and its review policy."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from regelsyn.model.common import Record, Slug, Text
from regelsyn.model.finding import Issue, close_match

COMMITTEE_KINDS = ("MED", "SU", "AMU", "PSU", "styringsgruppe")


class Committee(Record):
    name: Text = Field(description="The committee's name, e.g. 'Lokal-MED Plejecenter Solhaven'.")
    kind: Literal["MED", "SU", "AMU", "PSU", "styringsgruppe"] = Field(
        default="MED", description="MED (municipality, region), SU (state) or a Norwegian body."
    )
    email: str | None = Field(
        default=None,
        description="The committee's address: where the site's 'challenge this rule' mails go.",
    )


class Level(Record):
    id: Slug = Field(description="A short, stable id used in rules' owner.level.")
    name: Text = Field(description="The body at this level, as people call it.")
    response_days: int | None = Field(
        default=None, ge=1, le=3650, description="Days this level has to answer an escalated case."
    )
    dispensable: bool = Field(
        default=True, description="False where no exemption can be granted (EU law)."
    )


class ReviewPolicy(Record):
    interval_months: int = Field(
        default=24, ge=1, le=120, description="Months from a defence to the next review."
    )
    defend_requires: Literal["one", "effect"] = Field(
        default="one",
        description="'one': any documented premise defends a rule; 'effect': effect is required.",
    )


class GitSettings(Record):
    commit: bool = Field(
        default=True,
        description="In a git repository, commit every change regelsyn writes (false: leave it).",
    )


class RegistryConfig(Record):
    schema_: Literal[1] = Field(default=1, alias="schema", description="Format version.")
    workplace: Text = Field(description="The workplace whose rules this registry holds.")
    organisation: str | None = Field(default=None, description="The municipality, region, ...")
    language: Literal["da", "nb", "en"] = Field(default="da", description="Language of output.")
    committee: Committee
    local_level: Slug = Field(description="The ladder level the workplace itself decides at.")
    levels: list[Level] = Field(min_length=1, description="The authority ladder, nearest first.")
    review: ReviewPolicy = Field(default_factory=ReviewPolicy)
    learn_from: list[Text] | None = Field(
        default=None,
        description="Registries whose decisions a review mentions (folders, patterns such as "
        "'../*/' or git addresses; folders relative to this registry): 'regelsyn learn'.",
    )
    git: GitSettings = Field(default_factory=GitSettings)
    meetings: list[dt.date] = Field(
        default_factory=list, description="The committee's meeting dates (for agenda, calendar)."
    )

    model_config = Record.model_config | {"populate_by_name": True}

    def level(self, level_id: str) -> Level | None:
        """The ladder level with this id, if there is one."""
        return next((lvl for lvl in self.levels if lvl.id == level_id), None)

    def level_ids(self) -> list[str]:
        return [lvl.id for lvl in self.levels]

    def level_name(self, level_id: str) -> str:
        """The name of a level as people say it; the id itself when the ladder has no such
        level."""
        level = self.level(level_id)
        return level.name if level else level_id

    def issues(self) -> list[Issue]:
        """Problems inside ``regelsyn.yaml`` that its schema alone cannot see: a level id used
        twice, a ``local_level`` that is not on the ladder."""
        issues: list[Issue] = []
        seen: dict[str, int] = {}
        for index, level in enumerate(self.levels):
            if level.id in seen:
                issues.append(
                    Issue("error", "duplicate_level", ("levels", index, "id"), {"id": level.id})
                )
            seen.setdefault(level.id, index)
        if self.local_level not in seen:
            hint = close_match(self.local_level, list(seen))
            params = {"level": self.local_level, "hint": hint}
            issues.append(Issue("error", "unknown_local_level", ("local_level",), params))
        return issues
