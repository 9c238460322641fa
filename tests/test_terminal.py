"""Interactive use in a real terminal (a pseudo-terminal driven by pexpect)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from regelsyn.store.registry import Registry


def _spawn(registry: Path, *args: str, env: dict[str, str] | None = None) -> pexpect.spawn:
    full_env = {**os.environ, "COLUMNS": "120", **(env or {})}
    return pexpect.spawn(
        sys.executable,
        ["-m", "regelsyn", "--lang", "en", "-C", str(registry), *args],
        env=full_env,
        encoding="utf-8",
        timeout=20,
    )


def test_rule_add_by_prompts(minimal: Path) -> None:
    child = _spawn(minimal, "rule", "add")
    answers = [
        ("Title", "Tilsyn med ferie"),
        ("Kind", "1"),
        ("Wording", "Ferie godkendes af lederen."),
        ("Who owns the rule", ""),
        ("Body", "Ledelsen"),
        ("Legal basis", ""),
        ("Floor", ""),
        ("Purpose", "Sikre bemanding."),
        ("Effect", ""),
        ("Legal certainty", ""),
        ("Minutes", "ti"),  # not a number: asked again
        ("not a number", "10"),
        ("per person", "2"),
        ("Number of people", "25"),
        ("Keywords", "ferie, bemanding"),
        ("Next review", "2027-05-01"),
    ]
    for prompt, answer in answers:
        child.expect(prompt)
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    rule = Registry(minimal).rule("tilsyn-med-ferie").record
    assert rule is not None
    assert rule.kind == "rule"
    assert rule.owner.level == "arbejdsplads"
    assert rule.owner.body == "Ledelsen"
    assert rule.purpose == "Sikre bemanding."
    assert rule.hours_per_year == pytest.approx(8.3)
    assert rule.tags == ["ferie", "bemanding"]


def test_rule_edit_offers_to_reopen_an_invalid_file(example: Path, tmp_path: Path) -> None:
    counter = tmp_path / "count"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        f"c = pathlib.Path({str(counter)!r})\n"
        "n = int(c.read_text()) + 1 if c.exists() else 1\n"
        "c.write_text(str(n))\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "text = p.read_text()\n"
        "if n == 1:\n"
        "    text = text.replace('kind: documentation', 'kind: dokumentation')\n"
        "else:\n"
        "    text = text.replace('kind: dokumentation', 'kind: registration')\n"
        "p.write_text(text)\n"
    )
    child = _spawn(example, "rule", "edit", "rengoering-log",
                   env={"EDITOR": f"{sys.executable} {editor}"})  # fmt: skip
    child.expect("kind: 'dokumentation' is not allowed")
    child.expect(r"open it again")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert counter.read_text() == "2"
    text = (example / "rules" / "rengoering-log.yaml").read_text(encoding="utf-8")
    assert "kind: registration" in text
