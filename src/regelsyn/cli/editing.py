"""``regelsyn rule edit``: change fields by flags, or edit the file in ``$EDITOR`` safely.

In the editor the person edits a draft in ``.regelsyn/edit/``; the rule file is replaced only
by a valid draft, so the previous version is never lost.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import subprocess
import sys
from typing import Any

from regelsyn import console
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.model import Rule
from regelsyn.model.finding import Finding
from regelsyn.store.files import atomic_write
from regelsyn.store.registry import CACHE_DIR, Loaded, Registry


def apply_flags(registry: Registry, rule_id: str, changes: dict[str, Any], today: dt.date) -> None:
    """Set the given fields in place; comments and layout of the file are kept."""
    from regelsyn.cli.rules import level_message

    config = registry.config()
    level = changes.get("owner.level")
    if level is not None and config.level(level) is None:
        raise Refused(level_message(level, config))
    loaded = registry.rule(rule_id)
    paths = {tuple(key.split(".")): value for key, value in changes.items()}
    note = ", ".join(sorted(changes))
    entry = {"date": today, "event": "edited", "note": note}
    if registry.update_rule(loaded, paths, history=entry):
        console.success(t("rule.edited", id=rule_id, fields=note))
    else:
        console.note(t("rule.unchanged", id=rule_id))


def editor_command() -> list[str]:
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name)
        if value:
            return shlex.split(value)
    for fallback in ("nano", "vi"):
        if shutil.which(fallback):
            return [fallback]
    raise UsageProblem(t("err.no_editor"))


def in_editor(registry: Registry, rule_id: str, today: dt.date) -> None:
    """Open a draft of the rule in the editor until it is valid, then replace the file; the
    fields that changed are noted in the rule's history, as an edit by flags is."""
    original = registry.rule(rule_id)
    draft = registry.root / CACHE_DIR / "edit" / f"{rule_id}.yaml"
    if draft.exists():
        console.note(t("edit.resume_draft", path=registry.rel(draft)))
    else:
        atomic_write(draft, original.path.read_bytes())
    command = editor_command()
    while True:
        result = subprocess.run([*command, str(draft)], check=False)
        if result.returncode != 0:
            raise Refused(t("edit.editor_failed", code=result.returncode, path=registry.rel(draft)))
        if draft.read_bytes() == original.path.read_bytes():
            draft.unlink()
            console.note(t("rule.unchanged", id=rule_id))
            return
        findings = _problems(registry, draft, original)
        if not findings:
            break
        for finding in findings:
            console.note(finding.format())
        if not (sys.stdin.isatty() and _confirm(t("edit.reopen"))):
            raise Refused(t("edit.kept_draft", path=registry.rel(draft), id=rule_id))
    current = original.path.read_bytes()
    if original.text is not None and current.decode("utf-8-sig", "replace") != original.text:
        raise Refused(t("err.changed_on_disk_draft", path=original.rel, draft=registry.rel(draft)))
    edited = registry.read(draft, Rule)
    fields = changed_fields(original.record, edited.record)
    if fields:  # not when only comments or layout changed
        entry = {"date": today, "event": "edited", "note": ", ".join(fields)}
        registry.update_rule(edited, {}, history=entry, always=True)
    atomic_write(original.path, draft.read_bytes())
    draft.unlink()
    console.success(t("rule.saved", id=rule_id, path=original.rel))


def changed_fields(old: Rule | None, new: Rule | None) -> list[str]:
    """The fields whose values differ (``owner.level`` for a nested one), history aside."""
    if old is None or new is None:
        return []
    leave = {"history", "hours_per_year"}
    before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
    fields = []
    for name in before.keys() | after.keys():
        was, now = before.get(name), after.get(name)
        if name in leave or was == now:
            continue
        if isinstance(was, dict) and isinstance(now, dict):
            fields += [f"{name}.{key}" for key in was.keys() | now.keys()
                       if was.get(key) != now.get(key)]  # fmt: skip
        else:
            fields.append(name)
    return sorted(fields)


def _problems(registry: Registry, draft: Any, original: Loaded[Rule]) -> list[Finding]:
    """Every problem in the draft, reported under the rule file's own name."""
    from regelsyn.domain.checks import rule_issues
    from regelsyn.model.finding import issue_message
    from regelsyn.store.locate import place
    from regelsyn.store.reading import config_facts, rule_facts

    loaded = registry.read(draft, Rule)
    named = [_rename(f, original.rel) for f in loaded.findings]
    if loaded.record is None:
        return named
    facts = rule_facts(loaded.record)
    config = config_facts(registry.config())
    issues = rule_issues(config, facts, original.path.stem, None)
    errors = [i for i in issues if i.severity == "error"]
    return named + [place(loaded.tree, original.rel, i, issue_message(i)) for i in errors]


def _rename(finding: Finding, rel: str) -> Finding:
    from dataclasses import replace

    return replace(finding, file=rel)


def _confirm(message: str) -> bool:
    from regelsyn.prompt import TerminalPrompter

    return TerminalPrompter("").confirm(message)
