"""`regelsyn schema`: JSON Schema files for editors."""

from __future__ import annotations

import json
from pathlib import Path

from regelsyn.model import Rule
from tests.helpers import run


def test_schema_writes_both_files(example: Path) -> None:
    result = run("--lang", "en", "schema", registry=example)
    assert result.exit_code == 0, result.stderr
    rule = json.loads((example / "schemas" / "rule.schema.json").read_text(encoding="utf-8"))
    config = json.loads((example / "schemas" / "regelsyn.schema.json").read_text(encoding="utf-8"))
    assert rule["additionalProperties"] is False
    assert list(rule["properties"]) == list(Rule.model_fields)
    assert set(rule["required"]) == {"id", "title", "kind", "text", "owner"}
    assert "schema" in config["properties"]
    assert config["$defs"]["Level"]["additionalProperties"] is False
    assert result.err_lines[-1] == "# yaml-language-server: $schema=../schemas/rule.schema.json"


def test_schema_out(example: Path, tmp_path: Path) -> None:
    out = example / "editor"
    assert run("schema", "--out", out, registry=example).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["regelsyn.schema.json", "rule.schema.json"]
    # a folder the person names is theirs to choose, also outside the registry
    outside = run("--lang", "en", "schema", "--out", tmp_path / "elsewhere", registry=example)
    assert outside.exit_code == 0, outside.stderr
    written = sorted(p.name for p in (tmp_path / "elsewhere").iterdir())
    assert written == ["regelsyn.schema.json", "rule.schema.json"]
