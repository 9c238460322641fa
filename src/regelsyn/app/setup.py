"""Creating registries: from a preset, or as a copy of the example registry."""

from __future__ import annotations

import shutil
from pathlib import Path

from regelsyn.domain.presets import PRESETS
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t, tl
from regelsyn.resources import example_registry
from regelsyn.store import git, yamlio
from regelsyn.store.files import atomic_write
from regelsyn.store.registry import CACHE_DIR, CONFIG_FILE, RULES_DIR

GITIGNORE_LINE = f"{CACHE_DIR}/"
EXAMPLE_PARTS = (CONFIG_FILE, RULES_DIR, "reviews", "cases")


def default_workplace(target: Path) -> str:
    return target.name.replace("-", " ").replace("_", " ").strip().capitalize() or "Arbejdspladsen"


def _refuse_existing(target: Path) -> None:
    if (target / CONFIG_FILE).exists():
        raise Refused(t("err.registry_exists", path=str(target / CONFIG_FILE)))
    if target.exists() and not target.is_dir():
        raise Refused(t("err.not_a_folder", path=str(target)))


def config_text(
    preset: str, workplace: str, organisation: str | None, committee: str | None, language: str
) -> str:
    """``regelsyn.yaml`` for a preset, with comments in the registry's language."""
    chosen = PRESETS[preset]
    levels = []
    for level in chosen.levels:
        item: dict[str, object] = {"id": level.id, "name": level.name.format(workplace=workplace)}
        if level.response_days is not None:
            item["response_days"] = level.response_days
        if not level.dispensable:
            item["dispensable"] = False
        levels.append(yamlio.mapping(item, flow=True))
    tree = yamlio.mapping(
        {
            "schema": 1,
            "workplace": workplace,
            "organisation": organisation,
            "language": language,
            "committee": yamlio.mapping(
                {
                    "name": committee or chosen.committee_name.format(workplace=workplace),
                    "kind": chosen.committee_kind,
                },
                flow=True,
            ),
            "local_level": chosen.levels[0].id,
            "levels": yamlio.sequence(levels),
            "review": yamlio.mapping({"interval_months": 24, "defend_requires": "one"}, flow=True),
            "git": yamlio.mapping({"commit": True}, flow=True),
        }
    )
    tree.yaml_set_start_comment(tl("init.header", language, preset=preset))
    for key in ("local_level", "levels", "review", "git"):
        tree.yaml_set_comment_before_after_key(key, before=tl(f"init.comment.{key}", language))
    return yamlio.dump(tree)


def create(
    target: Path,
    *,
    preset: str,
    workplace: str,
    organisation: str | None,
    committee: str | None,
    language: str | None,
) -> list[Path]:
    _refuse_existing(target)
    lang = language or PRESETS[preset].language
    text = config_text(preset, workplace, organisation, committee, lang)
    target.mkdir(parents=True, exist_ok=True)
    (target / RULES_DIR).mkdir(exist_ok=True)
    keep = target / RULES_DIR / ".gitkeep"
    if not any((target / RULES_DIR).iterdir()):
        keep.touch()
    atomic_write(target / CONFIG_FILE, text.encode("utf-8"))
    return [target / CONFIG_FILE, target / RULES_DIR, *_gitignore(target)]


def copy_example(target: Path) -> list[Path]:
    """Copy the shipped example registry, so a demo never dirties the checkout."""
    _refuse_existing(target)
    source = example_registry()
    clashes = [part for part in EXAMPLE_PARTS[1:] if (target / part).exists()]
    if clashes:
        raise Refused(t("err.example_clash", path=str(target), parts=", ".join(clashes)))
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for part in EXAMPLE_PARTS:
        origin = source / part
        if origin.is_dir():
            shutil.copytree(origin, target / part)
            written.append(target / part)
        elif origin.is_file():
            shutil.copy2(origin, target / part)
            written.append(target / part)
    return written + _gitignore(target)


def _gitignore(target: Path) -> list[Path]:
    path = target / ".gitignore"
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if GITIGNORE_LINE in current.splitlines():
        return []
    prefix = current if not current or current.endswith("\n") else current + "\n"
    atomic_write(path, f"{prefix}{GITIGNORE_LINE}\n".encode())
    return [path]


def git_init(target: Path, *, skip: bool) -> str | None:
    """Run ``git init`` unless asked not to or already inside a repository; a note to show."""
    if skip:
        return None
    if git.inside_repository(target):
        return t("init.git_inside")
    if not git.init(target):
        return t("init.git_missing")
    return t("init.git_done")


def committer(target: Path, *, skip: bool, author: str | None) -> git.Identity | None:
    """Who will commit the new registry (None: it is not committed, with ``--no-git``,
    ``--no-commit`` or without git). Refused before anything is written when git knows
    nobody."""
    if skip or not git.available():
        return None
    folder = next(p for p in (target, *target.parents) if p.is_dir())
    try:
        who = git.identity(folder, author)
    except ValueError:
        raise UsageProblem(t("git.bad_author", author=author or "")) from None
    if who is None:
        raise Refused(t("git.no_identity"), hint=t("git.no_identity_hint"))
    return who


def commit_created(target: Path, written: list[Path], who: git.Identity | None) -> str | None:
    """Commit the files ``init`` wrote (and only those); the commit message, or None."""
    from regelsyn.store.registry import Registry

    if who is None or not git.inside_repository(target):
        return None
    files = [p for path in written for p in ([path] if path.is_file() else path.rglob("*"))]
    rels = sorted(str(p.relative_to(target)) for p in files if p.is_file())
    facts = Registry(target).config_facts()
    message = tl("git.msg.init", facts.language, workplace=facts.workplace)
    try:
        done = git.commit_files(target, rels, message, who)
    except git.GitProblem as exc:
        raise Refused(t("git.not_committed", reason=str(exc))) from None
    return message if done else None
