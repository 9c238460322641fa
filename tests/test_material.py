"""A defended rule that changed materially since the review that defended it (its text, owner,
burden or premises; not its comments or layout) is warned about by ``check`` and is due again
for ``due``, ``rule list --due-before`` and ``review --due`` alike."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from regelsyn.app import review
from regelsyn.store import git as git_module
from regelsyn.store.registry import Registry
from tests.helpers import git, git_repo, run

DEMO = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
RULE = "rules/rengoering-log.yaml"  # defended in the demo meeting, with a new effect stated
TEXT = "Personalet kvitterer i logbogen for hver rengøring af fællesarealer."


@pytest.fixture
def defended(example: Path) -> Path:
    git_repo(example)
    assert run("review", "--decisions", DEMO, registry=example).exit_code == 0
    return example


def _warnings(root: Path) -> list[str]:
    result = run("--lang", "en", "check", "--format", "json", registry=root)
    return [f"{f['file']}:{f['line']}:{f['col']}: {f['field']}: {f['message']}"
            for f in json.loads(result.stdout)["findings"]
            if f["code"] == "material_changed"]  # fmt: skip


def _due(root: Path) -> list[str]:
    result = run("due", "--format", "json", registry=root)
    return [rule["id"] for rule in json.loads(result.stdout)]


def _edit(root: Path, old: str, new: str) -> None:
    path = root / RULE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_defence_itself_is_no_change(defended: Path) -> None:
    assert _warnings(defended) == []
    assert "rengoering-log" not in _due(defended)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hygiejne]", "hygiejne]  # a comment"),  # a comment
        (f"text: {TEXT}\n", f'text: "{TEXT}"\n'),  # quoting
        (f"text: {TEXT}\n", f"text: >-\n  {TEXT[:31]}\n  {TEXT[32:]}\n"),  # wrapping
        ("tags: [hygiejne]", "tags: [hygiejne, tilsyn]"),  # not what the defence rests on
    ],
)
def test_comments_layout_and_other_fields_are_no_material_change(
    defended: Path, old: str, new: str
) -> None:
    _edit(defended, old, new)
    assert _warnings(defended) == []
    assert "rengoering-log" not in _due(defended)


@pytest.mark.parametrize(
    ("old", "new", "fields"),
    [
        ("minutes: 4", "minutes: 6", "Burden"),
        ("text: Personalet kvitterer", "text: Alle kvitterer", "Text"),
        ("level: arbejdsplads", "level: forvaltning", "Owner"),
        ("effect: Ingen anmærkninger", "effect: Få anmærkninger", "Effect"),
    ],
)
def test_a_material_change_is_warned_about_and_due(
    defended: Path, old: str, new: str, fields: str
) -> None:
    _edit(defended, old, new)
    (warning,) = _warnings(defended)
    assert warning.endswith(
        f"status: the rule has changed since the review 2026-11-22 defended it ({fields}); "
        "the defence was of the earlier version, so it is due for review again"
    )
    assert warning.startswith(f"{RULE}:")
    assert "rengoering-log" in _due(defended)
    listed = run("rule", "list", "--due-before", "2027-01-01", "--format", "json",
                 registry=defended)  # fmt: skip
    assert "rengoering-log" in [rule["id"] for rule in json.loads(listed.stdout)]
    registry = Registry(defended)
    rules = review.valid_rules(registry)
    scope = review.select(registry.config(), rules, ids=[], everything=False, tag=None,
                          owner=None, today=dt.date(2026, 11, 27),
                          changed=review.changed_since_defence(rules))  # fmt: skip
    assert "rengoering-log" in [rule.id for rule in scope]


def test_a_committed_change_is_found_too_and_a_new_defence_settles_it(defended: Path) -> None:
    _edit(defended, "minutes: 4", "minutes: 6")
    git(defended, "commit", "-qam", "Fire minutter var for lidt")
    assert len(_warnings(defended)) == 1
    again = defended / "again.yaml"
    again.write_text(
        "date: 2026-11-27\nparticipants: [{name: Anne Holm, side: ledelse}]\n"
        "decided_by: Anne Holm\ndecisions:\n  - {rule: rengoering-log, verdict: defend, "
        "confirmed: [purpose, effect]}\n",
        encoding="utf-8",
    )
    assert run("review", "--decisions", again, registry=defended).exit_code == 0
    assert _warnings(defended) == []


def test_a_warm_check_asks_git_nothing(defended: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(defended, "minutes: 4", "minutes: 6")
    assert len(_warnings(defended)) == 1  # the version defended is now in the cache
    calls: list[tuple[str, ...]] = []
    real = git_module._run

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(tuple(str(a) for a in args[1:]))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(git_module, "_run", counted)
    assert len(_warnings(defended)) == 1
    assert calls == []


def test_a_version_git_does_not_have_is_no_warning(defended: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    for path in defended.rglob("*"):
        rel = path.relative_to(defended)
        if path.is_file() and rel.parts[0] not in (".git", ".regelsyn"):
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            (copy / rel).write_bytes(path.read_bytes())
    _edit(copy, "minutes: 4", "minutes: 6")
    assert _warnings(copy) == []
    assert run("check", registry=copy).exit_code == 0
