"""``regelsyn rule history`` and ``case history``: what happened to a record, oldest first.

A record's own history (a rule's ``history``, a case's ``events``) says what regelsyn did; the
git log of its file says who committed each change and when, and shows the changes made by
hand outside regelsyn too. Each commit is compared with its parent: the entries it added are
the tool's steps, and a change of fields without an entry is a change made outside regelsyn.
What is not committed yet comes last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from regelsyn import i18n
from regelsyn.app.messages import field_label
from regelsyn.i18n import t
from regelsyn.store import git
from regelsyn.store.records import plain
from regelsyn.store.registry import Registry

Describe = Callable[[dict[str, Any]], tuple[str, str]]  # an entry → (event, what in words)


@dataclass(frozen=True)
class Step:
    """One change to a record."""

    date: str  # the day it happened: the entry's date, else the commit's
    who: str | None  # who committed it (else who the entry names)
    event: str  # the entry's event or state; "outside" (changed by hand), "layout", "added"
    what: str  # in plain words
    fields: list[str] = field(default_factory=list)  # the fields it changed (record keys)
    labels: list[str] = field(default_factory=list)  # the same, as people call them
    ref: str | None = None  # the review or case the entry points at
    commit: str | None = None  # the commit that made it; None: not committed (yet)
    committed: str | None = None  # when, ISO 8601
    subject: str | None = None  # the commit's message

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["labels"]
        return data


def rule_history(registry: Registry, rule_id: str) -> list[Step]:
    from regelsyn.app import lookup

    path = registry.rule_path(lookup.rule_id(registry, rule_id))
    return history(registry, path, "history", _rule_entry)


def case_history(registry: Registry, case_id: str) -> list[Step]:
    """A case's steps; the case named as people type it (:func:`lookup.case_id`)."""
    from regelsyn.app import lookup

    path = registry.case_path(lookup.case_id(registry, case_id))
    return history(registry, path, "events", _case_event)


def history(registry: Registry, path: Path, key: str, describe: Describe) -> list[Step]:
    """The steps of the record at ``path`` whose own history is the list ``key``."""
    root, rel = registry.root, registry.rel(path)
    commits = git.file_log(root, rel) if git.inside_repository(root) else []
    names = [f"{c.sha}{parent}:{c.path}" for c in commits for parent in ("", "^")]
    versions = git.read_blobs(root, [*names, f"HEAD:./{rel}"] if commits else [])
    steps: list[Step] = []
    for c in commits:
        when = c.when[:10]
        made = {"commit": c.sha, "committed": c.when, "subject": c.subject, "who": c.author}
        before, after = versions[f"{c.sha}^:{c.path}"], versions[f"{c.sha}:{c.path}"]
        steps += _steps(plain(before), plain(after), key, describe, when, made, touched=True)
    head = versions.get(f"HEAD:./{rel}")
    now = path.read_bytes()
    touched = head != now
    if touched or not commits:
        steps += _steps(plain(head), plain(now), key, describe, "", {}, touched=touched)
    return steps


def _steps(
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    key: str,
    describe: Describe,
    when: str,
    made: dict[str, Any],
    *,
    touched: bool,
) -> list[Step]:
    """What one change (a commit, or what is not committed yet) did to the record."""
    if after is None:  # not readable in this version (a conflict left in it, say)
        return [Step(when, made.get("who"), "unreadable", t("history.unreadable"), **_in(made))]
    old, new = _entries(before, key), _entries(after, key)
    added = new[len(old) :] if new[: len(old)] == old else [e for e in new if e not in old]
    names = changed_fields(before, after, key) if before is not None else []
    lang = i18n.language()
    steps = []
    for number, entry in enumerate(added, 1):
        event, what = describe(entry)
        mine = names if number == len(added) else []
        ref = str(entry["ref"]) if entry.get("ref") else None
        date, who = str(entry.get("date") or when), made.get("who") or _by(entry)
        labels = [field_label(n, lang) for n in mine]
        steps.append(Step(date, who, event, what, mine, labels, ref, **_in(made)))
    if added or not touched:
        return steps
    if before is None:
        event = "added"
    elif names:
        event = "outside"
    else:
        event = "layout"
    if not made and event == "added":
        return steps
    labels = [field_label(n, lang) for n in names]
    return [Step(when, made.get("who"), event, t(f"history.{event}"), names, labels, **_in(made))]


def _in(made: dict[str, Any]) -> dict[str, Any]:
    return {name: made.get(name) for name in ("commit", "committed", "subject")}


def _by(entry: dict[str, Any]) -> str | None:
    return str(entry["by"]) if entry.get("by") else None


def _entries(data: dict[str, Any] | None, key: str) -> list[dict[str, Any]]:
    found = (data or {}).get(key)
    return [e for e in found if isinstance(e, dict)] if isinstance(found, list) else []


def changed_fields(before: dict[str, Any], after: dict[str, Any], key: str) -> list[str]:
    """The fields whose values differ (``burden.minutes`` for a nested one), the record's own
    history aside."""
    names = []
    for name in sorted(before.keys() | after.keys(), key=str):
        was, now = before.get(name), after.get(name)
        if name == key or was == now:
            continue
        if isinstance(was, dict) and isinstance(now, dict):
            names += [f"{name}.{k}" for k in sorted(was.keys() | now.keys(), key=str)
                      if was.get(k) != now.get(k)]  # fmt: skip
        else:
            names.append(str(name))
    return names


def _rule_entry(entry: dict[str, Any]) -> tuple[str, str]:
    from regelsyn.render import outcome_label

    event = str(entry.get("event") or "")
    said = t(f"event.{event}")
    if entry.get("verdict"):
        said += f" ({outcome_label(str(entry['verdict']), i18n.language())})"
    if entry.get("note") and not entry.get("fields"):
        said += f" — {entry['note']}"
    return event, said


def _case_event(entry: dict[str, Any]) -> tuple[str, str]:
    state = str(entry.get("state") or "")
    said = t(f"state.{state}")
    if entry.get("by"):
        said = t("history.by", what=said, by=entry["by"])
    if entry.get("note"):
        said += f" — {entry['note']}"
    return state, said
