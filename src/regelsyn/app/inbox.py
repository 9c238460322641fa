"""``regelsyn inbox``: what many workplaces have sent up to one level of the ladder.

Each registry is read through its own index cache, so a registry that has not changed since the
last look costs no YAML parsing; git addresses are kept as clones in the user's cache."""

from __future__ import annotations

import datetime as dt
import glob
from dataclasses import dataclass, field
from pathlib import Path

from regelsyn import i18n
from regelsyn.domain import cases as lifecycle
from regelsyn.errors import RegelsynError, Unreadable, UsageProblem
from regelsyn.i18n import t, tn
from regelsyn.model.facts import CaseFacts, InboxRow
from regelsyn.store.registry import Registry


@dataclass
class Inbox:
    level: str
    rows: list[InboxRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def collect(registries: list[str], level: str, day: dt.date) -> Inbox:
    """Every open case addressed to ``level`` in these registries, read in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    inbox = Inbox(level)
    sources = resolve(registries, inbox.warnings)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda src: read_one(src[0], src[1], level, day), sources))
    inbox.rows = sorted(
        (row for found, _ in results for row in found),
        key=lambda r: (r.due or "9999", r.registry, r.case),
    )
    inbox.warnings += [problem for _, problem in results if problem]
    return inbox


def resolve(arguments: list[str], warnings: list[str]) -> list[tuple[Path, str]]:
    """``(folder, name to show)`` from paths, globs such as ``../*/`` and git URLs (kept as
    clones in the user's cache, so that a second look fetches only what changed)."""
    sources: list[tuple[Path, str]] = []
    for argument in arguments:
        if "://" in argument or (argument.endswith(".git") and not Path(argument).is_dir()):
            sources.append((clone(argument, warnings), argument))
            continue
        matches = sorted(glob.glob(argument)) if glob.has_magic(argument) else [argument]
        for match in matches:
            path = Path(match)
            if (path / "regelsyn.yaml").is_file():
                sources.append((path, str(path)))
            elif not glob.has_magic(argument):
                raise UsageProblem(t("err.no_registry_at", path=str(path)))
    return sources


def clone_cache() -> Path:
    """Where git registries are kept between runs: the user's cache folder (on Linux
    ``$XDG_CACHE_HOME/regelsyn/inbox``, on Windows and macOS their own place)."""
    from platformdirs import user_cache_path

    return user_cache_path("regelsyn", appauthor=False) / "inbox"


def clone(url: str, warnings: list[str]) -> Path:
    """An up-to-date copy of the registry at ``url``: cloned the first time, fetched after.
    When the fetch fails but an earlier copy exists, that copy is used, with a warning."""
    import contextlib
    import hashlib
    import shutil
    import tempfile

    from regelsyn.domain.slug import slugify
    from regelsyn.store.files import exclusive
    from regelsyn.store.git import complaint

    cache = clone_cache()
    cache.mkdir(parents=True, exist_ok=True)
    name = f"{slugify(url)[:40]}-{hashlib.sha1(url.encode()).hexdigest()[:10]}"
    target = cache / name
    with exclusive(cache / f"{name}.lock"):  # one update of a copy at a time
        if (target / ".git").is_dir():
            problem = complaint(target, "fetch", "--quiet", "--depth", "1", "origin") or complaint(
                target, "reset", "--quiet", "--hard", "FETCH_HEAD"
            )
            if problem:
                warnings.append(t("inbox.stale_copy", url=url, reason=problem))
            return target
        scratch = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=cache))
        problem = complaint(None, "clone", "--quiet", "--depth", "1", url, str(scratch / "copy"))
        if problem:
            shutil.rmtree(scratch, ignore_errors=True)
            raise Unreadable(t("err.clone_failed", url=url, reason=problem))
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(target)  # a broken earlier copy
        (scratch / "copy").rename(target)
        scratch.rmdir()
    return target


def read_one(
    folder: Path, name: str, level: str, day: dt.date
) -> tuple[list[InboxRow], str | None]:
    """The open cases addressed to ``level`` in one registry (and a problem to report, if any)."""
    import json

    from regelsyn.store.packing import from_dict

    registry = Registry(folder.absolute())
    try:
        config = registry.config_facts()
    except RegelsynError:
        return [], t("inbox.unreadable", path=name)
    rows = []
    skipped = 0
    for entry in registry.case_entries():
        if entry.facts is None:
            skipped += 1
            continue
        facts: CaseFacts = from_dict(CaseFacts, entry.facts)
        if facts.target_level != level or facts.status not in lifecycle.WAITING_STATES:
            continue
        case = json.loads(entry.fragment or "{}")
        rows.append(
            InboxRow(
                registry=name,
                workplace=config.workplace,
                case=facts.id,
                rule=facts.rule,
                title=case["title"],
                request=case["request"],
                status=facts.status,
                sent=facts.sent,
                due=facts.due,
                days_waiting=lifecycle.days_waiting(facts.status, facts.sent_date, None, day),
                overdue=lifecycle.reply_overdue(facts.status, facts.due_date, day),
            )
        )
    problem = tn("inbox.skipped", skipped, path=str(folder)) if skipped else None
    return rows, problem


def digest(inbox: Inbox, day: dt.date) -> str:
    """The inbox as a Markdown digest an administration can send round."""
    from regelsyn.render import documents

    return documents.inbox_digest(i18n.language(), level=inbox.level, rows=inbox.rows, today=day)


def write_digest(path: Path, text: str) -> Path:
    """The digest in the file the person named (anywhere they may write)."""
    from regelsyn.store.files import write_chosen

    return write_chosen(path, text.encode("utf-8"))
