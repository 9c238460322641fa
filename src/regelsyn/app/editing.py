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
from regelsyn.model.fields import use_changes
from regelsyn.model.finding import Finding, Issue
from regelsyn.store.files import atomic_write, refuse_link
from regelsyn.store.records import Loaded
from regelsyn.store.registry import Registry


def apply_flags(registry: Registry, rule_id: str, changes: dict[str, Any], today: dt.date) -> str:
    """Set the given fields in place (comments and layout kept); the fields changed, as the
    history notes them, or "" when nothing changed."""
    from regelsyn.app import lookup
    from regelsyn.app.rules import level_message

    lookup.rule_id(registry, rule_id)
    config = registry.config()
    if "status" in changes:
        raise Refused(t("err.status_by_review", id=rule_id), hint=t("hint.status_by_review"))
    level = changes.get("owner.level")
    if level is not None and config.level(level) is None:
        raise Refused(level_message(level, config))
    loaded = registry.rule(rule_id)
    assert loaded.record is not None
    use = {key: value for key, value in changes.items() if key.split(".")[0] == "use"}
    paths = {tuple(key.split(".")): value for key, value in changes.items() if key not in use}
    paths.update(use_changes(loaded.record.model_dump(mode="python")["use"], use))
    fields = sorted(changes)
    note = ", ".join(fields)
    entry = {"date": today, "event": "edited", "note": note, "fields": fields}
    with registry.transaction(t("tx.edit", id=rule_id)) as tx:
        tx.message = _message(registry, rule_id, fields)
        return note if registry.update_rule(loaded, paths, history=entry) else ""


def _message(registry: Registry, rule_id: str, fields: list[str]) -> str:
    """The commit message of an edit, naming the fields as people call them."""
    from regelsyn.app import messages
    from regelsyn.i18n import tl

    lang = messages.language(registry)
    return tl("git.msg.rule_edited", lang, id=rule_id, fields=messages.fields(fields, lang))


@dataclass
class Draft:
    """A rule being edited: its draft file, and the rule file as the draft started from (its
    bytes are kept beside the draft, so that a later edit knows them too)."""

    path: Path
    rel: str
    original: Loaded[Rule]  # the rule as the draft started from
    base: bytes
    resumed: bool


def start(registry: Registry, rule_id: str) -> Draft:
    """The draft to open in the editor: a copy of the rule file, or the draft an earlier edit
    left behind (with the version it started from). A rule file that is a link is refused
    before anyone edits it: it could not be saved."""
    current = registry.rule(rule_id)
    refuse_link(current.path, current.rel)
    path = registry.edit_draft_path(rule_id)
    keep = registry.edit_base_path(rule_id)
    resumed = path.exists()
    base = keep.read_bytes() if resumed and keep.exists() else current.raw or b""
    if not resumed:
        atomic_write(path, base)
        atomic_write(keep, base)
    original = registry.read_as(current.path, Rule, base)
    return Draft(path, registry.rel(path), original, base, resumed)


def unchanged(registry: Registry, draft: Draft) -> bool:
    """The draft is the rule file as it started (then it is thrown away)."""
    if draft.path.read_bytes() == draft.base:
        draft.path.unlink()
        registry.edit_base_path(draft.original.path.stem).unlink(missing_ok=True)
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


class EditConflict(Refused):
    """Someone changed the rule file since the draft began; ``diff`` shows both versions."""

    def __init__(self, message: str, diff: str) -> None:
        super().__init__(message, hint=diff)
        self.diff = diff


def save(registry: Registry, draft: Draft, today: dt.date) -> str:
    """Replace the rule file with the valid draft; the fields that changed are noted in the
    rule's history (not for a change in comments or layout).

    If someone changed the file since the draft began, the person's changes are applied to
    the file as it is now, field by field, and the colleague's change is kept (returns
    ``"merged"``); when both changed the same field differently, :class:`EditConflict` shows
    both versions and the draft is kept. Nothing a colleague wrote is overwritten silently.
    """
    original = draft.original
    rule_id = original.path.stem
    with registry.transaction(t("tx.edit", id=rule_id)) as tx:
        edited = registry.read(draft.path, Rule)
        fields = changed_fields(original.record, edited.record)
        tx.message = _message(registry, rule_id, fields)
        entry = {"date": today, "event": "edited", "note": ", ".join(fields), "fields": fields}
        current = original.path.read_bytes()
        if current != draft.base:
            theirs = registry.read(original.path, Rule)
            clash = _clash(original.record, theirs.record, edited.record, fields)
            if clash or theirs.record is None or edited.record is None:
                atomic_write(registry.edit_base_path(rule_id), current)
                raise EditConflict(
                    t("edit.conflict", path=original.rel, draft=draft.rel, fields=clash),
                    _diff(current, draft.path.read_bytes(), original.rel),
                )
            mine = edited.record.model_dump(mode="python")
            changes = {tuple(name.split(".")): _at(mine, name) for name in fields}
            registry.update_rule(theirs, changes, history=entry if fields else None)
            outcome = "merged"
        else:
            if fields:
                registry.update_rule(edited, {}, history=entry, always=True)
            data = registry.staged_or_read(draft.path)
            registry.replace_bytes(original.path, data, base=draft.base)
            outcome = "saved"
        registry.remove(draft.path)
        registry.remove(registry.edit_base_path(rule_id))
    return outcome


def _at(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _clash(base: Rule | None, theirs: Rule | None, mine: Rule | None, fields: list[str]) -> str:
    """The fields both the person and the colleague changed, to different values ("" when
    none)."""
    if base is None or theirs is None or mine is None:
        return ""
    theirs_changed = set(changed_fields(base, theirs))
    ours, others = mine.model_dump(mode="python"), theirs.model_dump(mode="python")
    both = [f for f in fields if f in theirs_changed and _at(ours, f) != _at(others, f)]
    return ", ".join(both)


def _diff(theirs: bytes, mine: bytes, rel: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        theirs.decode("utf-8", "replace").splitlines(keepends=True),
        mine.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=t("edit.theirs", path=rel),
        tofile=t("edit.mine"),
    )
    return "".join(lines).rstrip("\n")


class Editor(Protocol):
    """The person's editor and the few questions around it (:mod:`regelsyn.ui.editor`)."""

    def resuming(self, draft: str) -> None: ...

    def open(self, path: Path) -> int: ...

    def problems(self, findings: list[Finding]) -> None: ...

    def conflict(self, message: str, diff: str) -> None: ...

    def merged(self, path: str) -> None: ...

    def reopen(self, question: str) -> bool: ...


def in_editor(registry: Registry, rule_id: str, today: dt.date, editor: Editor) -> str | None:
    """Edit the rule through a draft until the draft is valid, then save it; the rule file's
    name, or None when the person changed nothing. A draft with problems, or one that meets a
    colleague's change, is kept when the person leaves."""
    from regelsyn.app import lookup

    lookup.rule_id(registry, rule_id)
    registry.git.ready()  # said before the editor opens, not after the person's work
    draft = start(registry, rule_id)
    if draft.resumed:
        editor.resuming(draft.rel)
    while True:
        code = editor.open(draft.path)
        if code != 0:
            raise Refused(t("edit.editor_failed", code=code, path=draft.rel))
        if unchanged(registry, draft):
            return None
        found = problems(registry, draft)
        if found:
            editor.problems(found)
            if not editor.reopen(t("edit.reopen")):
                raise Refused(t("edit.kept_draft", path=draft.rel, id=rule_id))
            continue
        try:
            if save(registry, draft, today) == "merged":
                editor.merged(draft.original.rel)
        except EditConflict as conflict:
            editor.conflict(conflict.message, conflict.diff)
            if not editor.reopen(t("edit.reopen_conflict")):
                raise Refused(t("edit.kept_draft", path=draft.rel, id=rule_id)) from None
            draft = start(registry, rule_id)  # the colleague's version is now the base
            continue
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
