"""``regelsyn inbox``: what many workplaces have sent up to one level of the ladder."""

import datetime as dt
import glob
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from regelsyn.cli.common import ListFormat, today
from regelsyn.i18n import t


@dataclass(frozen=True)
class InboxRow:
    registry: str
    workplace: str
    case: str
    rule: str
    title: str
    request: str
    status: str
    sent: str | None
    due: str | None
    days_waiting: int | None
    overdue: bool


def inbox(
    ctx: typer.Context,
    registries: Annotated[
        list[str], typer.Argument(metavar="REGISTRY...", help=t("opt.inbox_registries"))
    ],
    level: Annotated[str, typer.Option("--level", metavar="LEVEL", help=t("opt.inbox_level"))],
    fmt: Annotated[ListFormat, typer.Option("--format", help=t("opt.format"))] = ListFormat.table,
    render_to: Annotated[
        Path | None, typer.Option("--render", metavar="FILE.md", help=t("opt.inbox_render"))
    ] = None,
) -> None:
    show_inbox(registries, level, fmt.value, render_to, today())


def show_inbox(
    registries: list[str], level: str, fmt: str, render_to: Path | None, day: dt.date
) -> None:
    """Every open case addressed to ``level`` in these registries, read in parallel."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    from regelsyn import console

    sources = resolve(registries)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda src: read_one(src[0], src[1], level, day), sources))
    rows = sorted(
        (row for found, _ in results for row in found),
        key=lambda r: (r.due or "9999", r.registry, r.case),
    )
    for _, problem in results:
        if problem:
            console.warning(problem)
    if render_to is not None:
        from regelsyn.store.files import inside

        write_digest(inside(Path.cwd(), render_to), level, rows, day)
    if fmt == "json":
        console.data(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        console.data(rows_csv(rows))
    else:
        table(rows, level)


def resolve(arguments: list[str]) -> list[tuple[Path, str]]:
    """``(folder, name to show)`` from paths, globs such as ``../*/`` and git URLs (kept as
    clones in the user's cache, so that a second look fetches only what changed)."""
    from regelsyn.errors import UsageProblem

    sources: list[tuple[Path, str]] = []
    for argument in arguments:
        if "://" in argument or (argument.endswith(".git") and not Path(argument).is_dir()):
            sources.append((clone(argument), argument))
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
    """Where git registries are kept between runs: ``$XDG_CACHE_HOME/regelsyn/inbox``."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "regelsyn" / "inbox"


def clone(url: str) -> Path:
    """An up-to-date copy of the registry at ``url``: cloned the first time, fetched after.
    When the fetch fails but an earlier copy exists, that copy is used, with a warning."""
    import contextlib
    import hashlib
    import shutil
    import tempfile

    from regelsyn import console
    from regelsyn._git import complaint
    from regelsyn.domain.slug import slugify
    from regelsyn.errors import Unreadable
    from regelsyn.store.files import exclusive

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
                console.warning(t("inbox.stale_copy", url=url, reason=problem))
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
    """The open cases addressed to ``level`` in one registry (and a problem to report, if any).

    Reads through the registry's own index cache, so a registry that has not changed since the
    last look costs no YAML parsing.
    """
    import json

    from regelsyn.domain.cases import WAITING_STATES
    from regelsyn.domain.facts import CaseFacts, from_dict
    from regelsyn.errors import RegelsynError
    from regelsyn.store.registry import Registry

    registry = Registry(folder.absolute())
    try:
        config = registry.config_facts()
    except RegelsynError:
        return [], t("inbox.unreadable", path=name)

    entries = registry.case_entries()
    rows = []
    skipped = 0
    for entry in entries:
        if entry.facts is None:
            skipped += 1
            continue
        facts: CaseFacts = from_dict(CaseFacts, entry.facts)
        if facts.target_level != level or facts.status not in WAITING_STATES:
            continue
        case = json.loads(entry.fragment or "{}")
        sent = dt.date.fromisoformat(case["sent"]) if case.get("sent") else None
        due = dt.date.fromisoformat(case["due"]) if case.get("due") else None
        rows.append(
            InboxRow(
                registry=name,
                workplace=config.workplace,
                case=facts.id,
                rule=facts.rule,
                title=case["title"],
                request=case["request"],
                status=facts.status,
                sent=sent.isoformat() if sent else None,
                due=due.isoformat() if due else None,
                days_waiting=(day - sent).days if sent else None,
                overdue=bool(due and due < day),
            )
        )
    problem = t("inbox.skipped", path=str(folder), count=skipped) if skipped else None
    return rows, problem


def rows_csv(rows: list[InboxRow]) -> str:
    import csv
    import io

    from regelsyn.cli.sheets import safe as safe_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = list(InboxRow.__dataclass_fields__)
    writer.writerow(names)
    for row in rows:
        data = asdict(row)
        writer.writerow([safe_cell(data[name]) for name in names])
    return buffer.getvalue()


def table(rows: list[InboxRow], level: str) -> None:
    from rich.table import Table
    from rich.text import Text

    from regelsyn import console

    if not rows:
        console.note(t("inbox.empty", level=level))
        return
    grid = Table(header_style="bold")
    for label in ("inbox.workplace", "app.case", "f.title", "case.request", "app.reply_by",
                  "inbox.days"):  # fmt: skip
        grid.add_column(t(label))
    for row in rows:
        grid.add_row(
            Text(row.workplace),
            Text(row.case),
            Text(row.title),
            Text(t(f"request.{row.request}")),
            Text((row.due or "–") + (" !" if row.overdue else "")),
            Text("–" if row.days_waiting is None else str(row.days_waiting)),
        )
    console.out.print(grid)


def write_digest(path: Path, level: str, rows: list[InboxRow], day: dt.date) -> None:
    from regelsyn import console, i18n
    from regelsyn.render import render
    from regelsyn.store.files import atomic_write

    context: dict[str, Any] = {"level": level, "rows": rows, "today": day}
    text = render("inbox.md.j2", None, i18n.language(), **context)
    atomic_write(path, text.encode("utf-8"))
    console.success(t("inbox.rendered", path=str(path)))
