"""``regelsyn sync``: fetch what colleagues sent, merge it with what was done here, send it back.

The two histories are merged (a merge commit, so both stay visible), never rebased. Records
both sides changed are merged field by field (:mod:`regelsyn.store.fieldmerge`): different
fields of one rule merge without a question; for a field both changed, the person chooses
whose version holds, for the whole file. Nothing changes on disk until every choice is made,
and no file is ever left with conflict markers. Generated documents are written again from the
merged records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from regelsyn import i18n
from regelsyn.app import messages
from regelsyn.domain.cases import REPLY_OUTCOMES
from regelsyn.errors import Refused
from regelsyn.i18n import t, tl, tnl
from regelsyn.store import fieldmerge, git
from regelsyn.store.records import plain
from regelsyn.store.registry import Registry

ATTEMPTS = 3  # fetch and merge again when a colleague pushed in the meantime


@dataclass(frozen=True)
class Conflict:
    """A file both sides changed in a way that cannot merge by itself."""

    path: str  # as the registry names it
    clashes: list[fieldmerge.Clash]  # the fields both changed (none: the whole file)
    ours_gone: bool = False
    theirs_gone: bool = False


Choose = Callable[[Conflict], str]  # "ours" or "theirs"
Progress = Callable[[str, str], None]  # (step, remote)


@dataclass
class Synced:
    remote: str
    received: dict[str, int] = field(default_factory=dict)  # what came in, by kind
    authors: list[str] = field(default_factory=list)
    sent: int = 0  # commits sent
    merged: list[str] = field(default_factory=list)  # records merged field by field
    resolved: list[tuple[str, str]] = field(default_factory=list)  # (file, side chosen)
    rendered: list[str] = field(default_factory=list)  # documents written again

    def summary(self, lang: str | None = None) -> str:
        """What came in, in plain words ("3 nye regler, 1 sag besvaret")."""
        return received(self.received, lang or i18n.language())


def received(counts: dict[str, int], lang: str) -> str:
    return ", ".join(tnl(f"sync.{kind}", number, lang) for kind, number in counts.items() if number)


def sync(registry: Registry, choose: Choose, progress: Progress) -> Synced:
    """Fetch, merge and push; what happened. Refused, with nothing changed, when there is no
    remote, when the remote cannot be reached, or when a change not committed here would be
    overwritten."""
    root = registry.root
    if not git.inside_repository(root):
        raise Refused(t("sync.no_git"))
    name = git.branch(root)
    if name is None:
        raise Refused(t("sync.detached"))
    remote, there = git.tracking(root, name) or (_remote(root), name)
    doing = git.busy(root)
    if doing:
        raise Refused(t("git.busy", doing=doing), hint=t("git.busy_hint"))
    done = Synced(remote)
    with registry.writing():
        for _attempt in range(ATTEMPTS):
            progress("fetch", remote)
            try:
                git.fetch(root, remote)
            except git.GitProblem as exc:
                raise Refused(t("sync.fetch_failed", remote=remote, reason=str(exc)),
                              hint=t("sync.nothing_changed")) from None  # fmt: skip
            theirs = git.rev(root, f"refs/remotes/{remote}/{there}")
            if theirs is not None:
                _receive(registry, done, theirs, choose, progress)
            ahead = git.count(root, theirs, "HEAD")
            if not ahead:
                return done
            progress("push", remote)
            try:
                if git.push(root, remote, there, track=git.tracking(root, name) is None):
                    done.sent = ahead
                    return done
            except git.GitProblem as exc:
                raise Refused(t("sync.push_failed", remote=remote, reason=str(exc)),
                              hint=t("sync.again")) from None  # fmt: skip
    raise Refused(t("sync.raced", remote=remote), hint=t("sync.again"))


def _remote(root: Any) -> str:
    found = git.remotes(root)
    if not found:
        raise Refused(t("sync.no_remote"), hint=t("sync.no_remote_hint"))
    return "origin" if "origin" in found else found[0]


def _receive(
    registry: Registry, done: Synced, theirs: str, choose: Choose, progress: Progress
) -> None:
    """Bring ``theirs`` into the branch: a fast-forward, or a merge commit."""
    root = registry.root
    ours = git.rev(root, "HEAD")
    base = git.merge_base(root, ours, theirs) if ours else None
    if ours is not None and base is None:
        raise Refused(t("sync.unrelated", remote=done.remote))
    if base == theirs:
        return  # nothing new there
    _count(root, done, base, theirs)
    _refuse_overwriting(root, ours or theirs, theirs)
    if ours is None or base is None or base == ours:
        _forward(root, theirs)
        return
    progress("merge", done.remote)
    who = registry.git.identity()
    rerender: list[str] = []
    with git.merge(root, base, ours, theirs) as merge:
        for item in merge.unmerged:
            _settle(registry, merge, item, done, choose, rerender)
        lang = messages.language(registry)
        message = tl("git.msg.sync", lang, remote=done.remote,
                     what=received(done.received, lang) or "–")  # fmt: skip
        made = merge.commit(message, [ours, theirs], who)
    _forward(root, made)
    if rerender:
        progress("render", done.remote)
        done.rendered = _render(registry, sorted(set(rerender)))


def _forward(root: Any, commit: str) -> None:
    """Move the branch and the files on to ``commit``; git refuses, changing nothing, when a
    file not committed would be overwritten (one not in the history yet, say)."""
    try:
        git.fast_forward(root, commit)
    except git.GitProblem as exc:
        raise Refused(t("sync.not_moved", reason=str(exc)), hint=t("sync.dirty_hint")) from None


def _count(root: Any, done: Synced, base: str | None, theirs: str) -> None:
    """What ``theirs`` brings, by kind of record, and from whom."""
    lead = git.prefix(root)
    files = git.changes(root, base, theirs) if base else [("A", p) for p in git.files(root, theirs)]
    counts = dict.fromkeys(("rules_new", "rules_changed", "reviews_new", "cases_new",
                            "cases_answered", "cases_changed", "other"), 0)  # fmt: skip
    cases = [path for status, path in files if status == "M" and _kind(path, lead) == "cases"]
    versions = git.read_blobs(root, [f"{rev}:{p}" for p in cases for rev in (base, theirs)])
    for status, path in files:
        kind = _kind(path, lead)
        if kind == "rules":
            counts["rules_new" if status == "A" else "rules_changed"] += 1
        elif kind == "reviews" and status == "A":
            counts["reviews_new"] += 1
        elif kind == "cases" and status == "A":
            counts["cases_new"] += 1
        elif kind == "cases":
            was = _states(versions.get(f"{base}:{path}"))
            answered = set(_states(versions.get(f"{theirs}:{path}"))[len(was) :])
            key = "cases_answered" if answered & set(REPLY_OUTCOMES) else "cases_changed"
            counts[key] += 1
        elif kind is None and not _generated(path, lead):
            counts["other"] += 1
    done.received = counts
    done.authors = git.authors(root, base, theirs)


def _states(data: bytes | None) -> list[str]:
    """The states a case's events went through."""
    events = (plain(data) or {}).get("events")
    return [str(e.get("state")) for e in events if isinstance(e, dict)] if events else []


def _kind(path: str, lead: str) -> str | None:
    """``rules``, ``reviews`` or ``cases`` for a record of the registry; None otherwise."""
    if not path.startswith(lead) or not path.endswith(".yaml"):
        return None
    folder, _, name = path[len(lead) :].partition("/")
    return folder if folder in ("rules", "reviews", "cases") and "/" not in name else None


def _generated(path: str, lead: str) -> bool:
    """A decision log or case document, written from its record."""
    rel = path[len(lead) :] if path.startswith(lead) else ""
    return rel.endswith(".md") and rel.split("/", 1)[0] in ("reviews", "cases")


def _refuse_overwriting(root: Any, ours: str, theirs: str) -> None:
    """Nothing not committed here is overwritten: refused, naming the files, before anything
    changes."""
    lead = git.prefix(root)
    dirty = {lead + rel for rel in git.changed_files(root)}
    base = git.merge_base(root, ours, theirs) or ours
    clash = sorted(dirty & {path for _, path in git.changes(root, base, theirs)})
    if clash:
        files = ", ".join(path[len(lead) :] for path in clash)
        raise Refused(t("sync.dirty", files=files), hint=t("sync.dirty_hint"))


def _settle(
    registry: Registry,
    merge: git.Merge,
    item: git.Unmerged,
    done: Synced,
    choose: Choose,
    rerender: list[str],
) -> None:
    """Merge one file both sides changed, asking only when it cannot merge by itself."""
    lead = git.prefix(registry.root)
    rel = item.path[len(lead) :] if item.path.startswith(lead) else item.path
    blobs = git.read_blobs(registry.root, [b for b in (item.base, item.ours, item.theirs) if b])

    def version(blob: str | None) -> bytes | None:
        return blobs.get(blob) if blob else None

    if _generated(item.path, lead) and item.ours and item.theirs:
        merge.resolve(item.path, version(item.ours), item.mode)  # written again afterwards
        rerender.append(rel)
        return
    kind = _kind(item.path, lead)
    base, ours, theirs = version(item.base), version(item.ours), version(item.theirs)
    if kind is not None:
        order = _order(kind)
        merged = fieldmerge.merge_record(base, ours, theirs, order)
        if merged.data is not None:
            merge.resolve(item.path, merged.data, item.mode)
            done.merged.append(rel)
            if kind != "rules":
                rerender.append(rel)
            return
        clashes = merged.clashes
    else:
        text = merge.merge_text(item)
        if text is not None:
            merge.resolve(item.path, text, item.mode)
            return
        clashes = []
    conflict = Conflict(rel, clashes, ours_gone=ours is None, theirs_gone=theirs is None)
    side = choose(conflict)
    if kind is not None and clashes:
        chosen = {clash.field: side for clash in clashes}
        data = fieldmerge.merge_record(base, ours, theirs, _order(kind), chosen).data
        if kind != "rules":
            rerender.append(rel)
    else:
        data = ours if side == "ours" else theirs
    merge.resolve(item.path, data, item.mode)
    done.resolved.append((rel, side))


def _order(kind: str) -> list[str]:
    """The record's key order (for a field their side added)."""
    from pydantic import BaseModel

    from regelsyn.model import Rule
    from regelsyn.model.case import Case
    from regelsyn.model.review import Review

    models: dict[str, type[BaseModel]] = {"rules": Rule, "cases": Case, "reviews": Review}
    return list(models[kind].model_fields)


def _render(registry: Registry, rels: list[str]) -> list[str]:
    """Write the documents of merged reviews and cases again, from the merged records; one
    commit."""
    from regelsyn.app import cases, review

    written = []
    with registry.transaction(t("tx.sync_render")) as tx:
        for rel in rels:
            folder, _, name = rel.partition("/")
            stem = name.rsplit(".", 1)[0]
            if folder == "reviews" and registry.review_path(stem).is_file():
                path = review.write_log(registry, review.load_review(registry, stem))
            elif folder == "cases" and registry.case_path(stem).is_file():
                loaded = registry.case(stem)
                assert loaded.record is not None
                path = cases.write_document(registry, loaded.record)
            else:
                continue
            written.append(registry.rel(path))
        lang = messages.language(registry)
        tx.message = tl("git.msg.sync_rendered", lang, files=", ".join(written))
    return written
