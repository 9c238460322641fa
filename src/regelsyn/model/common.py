"""Types shared by the record models."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from regelsyn.vocab import SLUG_PATTERN

__all__ = ["SLUG_PATTERN", "Record", "Slug", "Text"]

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1)]


class Record(BaseModel):
    """Base for every record: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
