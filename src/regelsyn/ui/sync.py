"""What ``regelsyn sync`` shows: its progress, the files both sides changed (and the question
whose version holds), and a plain summary of what came in and went out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from regelsyn.i18n import t, tn
from regelsyn.ui import console


def progress(step: str, remote: str) -> None:
    console.note(t(f"sync.step.{step}", remote=remote))


def chooser(ours: list[str], theirs: list[str]) -> Callable[[Any], str]:
    """Whose version holds for a file both sides changed: as ``--ours FILE`` / ``--theirs FILE``
    say (a file, or a rule's or case's id), else asked at the terminal."""
    told = {_name(p): "ours" for p in ours} | {_name(p): "theirs" for p in theirs}

    def choose(conflict: Any) -> str:
        explain(conflict)
        stem = conflict.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        side = told.get(conflict.path) or told.get(stem)
        if side is None:
            side = ask(conflict.path)
        console.note(t("sync.resolved", path=conflict.path, side=t(f"sync.side.{side}")))
        return side

    return choose


def _name(text: str) -> str:
    return text.strip().removeprefix("./")


def explain(conflict: Any) -> None:
    """Which file, and which fields differ (each side's value)."""
    console.note(t("sync.conflict", path=conflict.path))
    if conflict.ours_gone or conflict.theirs_gone:
        console.note("  " + t("sync.gone_ours" if conflict.ours_gone else "sync.gone_theirs"))
    elif not conflict.clashes:
        console.note("  " + t("sync.whole_file"))
    for clash in conflict.clashes:
        console.note(f"  {_label(clash.field)}:")
        console.note(f"    {t('sync.side.ours')}: {_shown(clash.ours)}")
        console.note(f"    {t('sync.side.theirs')}: {_shown(clash.theirs)}")


def ask(path: str) -> str:
    from regelsyn.ui.prompt import Question, TerminalPrompter, collect

    prompter = TerminalPrompter(f"--ours {path} | --theirs {path}")
    labels = {side: t(f"sync.side.{side}") for side in ("ours", "theirs")}
    question = Question("side", t("sync.choose", path=path), required=True,
                        choices=("ours", "theirs"), choice_labels=labels)  # fmt: skip
    side: str = collect([question], prompter)["side"]
    return side


def _label(name: str) -> str:
    said = t(f"f.{name}")
    return name if said == f"f.{name}" else said


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        return "; ".join(_shown(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_shown(v)}" for k, v in value.items())
    return " ".join(str(value).split())


def synced(done: Any) -> None:
    what = done.summary()
    if what:
        who = ", ".join(done.authors) or "–"
        console.success(t("sync.received", remote=done.remote, what=what, who=who))
    else:
        console.note(t("sync.nothing_new", remote=done.remote))
    if done.merged:
        console.note(t("sync.merged", files=", ".join(done.merged)))
    if done.rendered:
        console.note(t("sync.rendered", files=", ".join(done.rendered)))
    if done.sent:
        console.success(tn("sync.sent", done.sent, remote=done.remote))
