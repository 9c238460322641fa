"""``regelsyn schema``: JSON Schema for editors (completion and validation while typing)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from regelsyn import inert
from regelsyn.errors import RegelsynError
from regelsyn.i18n import t
from regelsyn.store.files import write_chosen
from regelsyn.store.registry import find_root

SCHEMA_FILES = {"regelsyn.schema.json": "config", "rule.schema.json": "rule"}


@dataclass
class Written:
    paths: list[Path]
    rule_schema_from_rules: str  # the rule schema's path as seen from rules/


def write_schemas(registry: Path | None, out: Path | None) -> Written:
    """The JSON Schemas for ``regelsyn.yaml`` and rule files, in ``out`` (``schemas/`` in the
    registry, or here when there is none)."""
    from pydantic import BaseModel

    from regelsyn.model import RegistryConfig, Rule

    models: dict[str, type[BaseModel]] = {"config": RegistryConfig, "rule": Rule}
    try:
        root: Path | None = find_root(registry)
    except RegelsynError:
        root = None
    out = (out or (root or Path.cwd()) / "schemas").expanduser().absolute()
    written = []
    for name, kind in SCHEMA_FILES.items():
        document = models[kind].model_json_schema(by_alias=True, mode="validation")
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["title"] = t(f"schema.title_{kind}")
        text = inert.dumps(document) + "\n"
        written.append(write_chosen(out / name, text.encode("utf-8")))
    rule_schema = (out / "rule.schema.json").absolute()
    rules_dir = (root / "rules") if root else Path.cwd()
    return Written(written, os.path.relpath(rule_schema, rules_dir))
