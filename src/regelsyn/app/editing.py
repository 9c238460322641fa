"""``regelsyn rule edit``: change fields by flags, or through a draft edited in the person's
editor. The rule file is replaced only by a valid draft, so the previous version is never lost;
running the editor is :mod:`regelsyn.ui.editor`'s business."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from regelsyn.errors import Refused
from regelsyn.i18n import t
from regelsyn.model import Rule
from regelsyn.model.finding import Finding, Issue
from regelsyn.store.files import atomic_write, refuse_link
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry


def apply_flags(registry: Registry, rule_id: str, changes: dict[str, Any], today: dt.date) -> str:
    """Set the given fields in place (comments and layout kept); the fields changed, as the
    history notes them, or "" when nothing changed."""
    from regelsyn.app.rules import level_message

    config = registry.config()
    if "status" in changes:
        raise Refused(t("err.status_by_review", id=rule_id), hint=t("hint.status_by_review"))
    level = changes.get("owner.level")
    if level is not None and config.level(level) is None:
        raise Refused(level_message(level, config))
    loaded = registry.rule(rule_id)
    assert loaded.record is not None
    paths = {tuple(key.split(".")): value for key, value in changes.items()}
    fields = sorted(changes)
    note = ", ".join(fields)
    entry = {"date": today, "event": "edited", "note": note, "fields": fields}
    return note if registry.update_rule(loaded, paths, history=entry) else ""


@dataclass
class Draft:
    """A rule being edited: its draft file and the rule as the draft started from."""

    path: Path
    rel: str
    original: Loaded[Rule]
    resumed: bool


def start(registry: Registry, rule_id: str) -> Draft:
    """The draft to open in the editor: a copy of the rule file, or the draft an earlier edit
    left behind. A rule file that is a link is refused before anyone edits it: it could not be
    saved."""
    original = registry.rule(rule_id)
    refuse_link(original.path, original.rel)
    path = registry.edit_draft_path(rule_id)
    resumed = path.exists()
    if not resumed:
        atomic_write(path, original.path.read_bytes())
    return Draft(path, registry.rel(path), original, resumed)


def unchanged(draft: Draft) -> bool:
    """The draft is the rule file as it was (then it is thrown away)."""
    if draft.path.read_bytes() == draft.original.path.read_bytes():
        draft.path.unlink()
        return True
    return False


def problems(registry: Registry, draft: Draft) -> list[Finding]:
    """Every problem in the draft, reported under the rule file's own name."""
    from regelsyn.domain.checks import rule_issues
    from regelsyn.store.locate import place
    from regelsyn.store.reading import config_facts, rule_facts

    original = draft.original
    loaded = registry.read(draft.path, Rule)
    named = [replace(f, file=original.rel) for f in loaded.findings]
    if loaded.record is None:
        return named
    facts = rule_facts(loaded.record)
    config = config_facts(registry.config())
    issues = rule_issues(config, facts, original.path.stem, None)
    errors = [i for i in issues if i.severity == "error"]
    if original.record is not None and loaded.record.status != original.record.status:
        errors.append(Issue("error", "status_by_review", ("status",), {"id": original.record.id}))
    return named + [place(loaded.tree, original.rel, i, _worded(i)) for i in errors]


def _worded(issue: Issue) -> str:
    from regelsyn.model.finding import issue_message

    if issue.code == "status_by_review":
        return t("err.status_by_review", **issue.params)
    return issue_message(issue)


def save(registry: Registry, draft: Draft, today: dt.date) -> None:
    """Replace the rule file with the valid draft; the fields that changed are noted in the
    rule's history (not for a change in comments or layout)."""
    original = draft.original
    current = original.path.read_bytes()
    if original.text is not None and current.decode("utf-8-sig", "replace") != original.text:
        raise Refused(t("err.changed_on_disk_draft", path=original.rel, draft=draft.rel))
    edited = registry.read(draft.path, Rule)
    fields = changed_fields(original.record, edited.record)
    if fields:
        entry = {"date": today, "event": "edited", "note": ", ".join(fields), "fields": fields}
        registry.update_rule(edited, {}, history=entry, always=True)
    atomic_write(original.path, draft.path.read_bytes())
    draft.path.unlink()


class Editor(Protocol):
    """The person's editor and the few questions around it (:mod:`regelsyn.ui.editor`)."""

    def resuming(self, draft: str) -> None: ...

    def open(self, path: Path) -> int: ...

    def problems(self, findings: list[Finding]) -> None: ...

    def reopen(self) -> bool: ...


def in_editor(registry: Registry, rule_id: str, today: dt.date, editor: Editor) -> str | None:
    """Edit the rule through a draft until the draft is valid, then save it; the rule file's
    name, or None when the person changed nothing. A draft with problems that the person
    leaves is kept."""
    draft = start(registry, rule_id)
    if draft.resumed:
        editor.resuming(draft.rel)
    while True:
        code = editor.open(draft.path)
        if code != 0:
            raise Refused(t("edit.editor_failed", code=code, path=draft.rel))
        if unchanged(draft):
            return None
        found = problems(registry, draft)
        if not found:
            break
        editor.problems(found)
        if not editor.reopen():
            raise Refused(t("edit.kept_draft", path=draft.rel, id=rule_id))
    save(registry, draft, today)
    return draft.original.rel


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
