"""``regelsyn schema``: JSON Schema for editors (completion and validation while typing)."""

from pathlib import Path
from typing import Annotated

import typer

from regelsyn.cli.common import state
from regelsyn.i18n import t

SCHEMA_FILES = {"regelsyn.schema.json": "config", "rule.schema.json": "rule"}


def schema(
    ctx: typer.Context,
    out: Annotated[
        Path | None, typer.Option("--out", metavar="DIR", help=t("opt.schema_out"))
    ] = None,
) -> None:
    write_schemas(state(ctx).registry, out)


def write_schemas(registry: Path | None, out: Path | None) -> None:
    """The JSON Schemas for ``regelsyn.yaml`` and rule files, in ``out`` (``schemas/`` in the
    registry, or here when there is none)."""
    import json
    import os

    from pydantic import BaseModel

    from regelsyn import console
    from regelsyn.errors import RegelsynError
    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.store.files import atomic_write
    from regelsyn.store.registry import find_root

    models: dict[str, type[BaseModel]] = {"config": RegistryConfig, "rule": Rule}
    try:
        root: Path | None = find_root(registry)
    except RegelsynError:
        root = None
    if out is None:
        out = (root or Path.cwd()) / "schemas"
    from regelsyn.store.files import inside

    out = inside(root or Path.cwd(), out)
    for name, kind in SCHEMA_FILES.items():
        document = models[kind].model_json_schema(by_alias=True, mode="validation")
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["title"] = t(f"schema.title_{kind}")
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        atomic_write(out / name, text.encode("utf-8"))
        console.success(t("schema.written", path=str(out / name)))
    rule_schema = (out / "rule.schema.json").absolute()
    rules_dir = (root / "rules") if root else Path.cwd()
    console.note(t("schema.hint", path=os.path.relpath(rule_schema, rules_dir)))
