"""regelsyn's own commits: in a git registry, what a command wrote is committed, and only that.

Whether to commit: ``git.commit`` in ``regelsyn.yaml`` (default true), unless the command says
``--no-commit``, and only inside a git work tree. Who commits: git's configuration, or
``--author``; when git knows nobody, the command is refused before anything is written.
Files in ``.regelsyn/`` (drafts, the cache) are never committed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t
from regelsyn.store import git

CACHE_DIR = ".regelsyn"


class Committer:
    """Commits the files of one registry's writes (:meth:`record`), once :meth:`prepare` has
    made sure it can."""

    def __init__(
        self,
        root: Path,
        wanted: Callable[[], bool],
        warn: Callable[[str], None],
        *,
        enabled: bool = True,
        author: str | None = None,
        note: Callable[[str], None] | None = None,
    ) -> None:
        self.root = root
        self.wanted = wanted  # the registry's setting, read when first needed
        self.warn = warn
        self.note = note  # told each commit made
        self.enabled = enabled
        self.author = author
        self._on: bool | None = None
        self._who: git.Identity | None = None

    def on(self) -> bool:
        """Whether this registry's writes are committed."""
        if self._on is None:
            self._on = self.enabled and git.inside_repository(self.root) and self.wanted()
        return self._on

    def tracked(self, rels: list[str]) -> list[str]:
        """The files among ``rels`` that belong in a commit (not the cache, not drafts)."""
        return [rel for rel in rels if rel.split("/", 1)[0] != CACHE_DIR]

    def prepare(self, rels: list[str], on_behalf: str | None = None) -> None:
        """Refuse now, before anything is written, what could not be committed afterwards: no
        name for the commit, or a repository in the middle of a merge."""
        if self.tracked(rels):
            self.ready(named=on_behalf is None)

    def ready(self, *, named: bool = True) -> None:
        """Refuse at the start of a long task (a meeting, an edit in the editor) what would be
        refused at its end."""
        if not self.on():
            return
        if named:
            self.identity()
        doing = git.busy(self.root)
        if doing:
            raise Refused(t("git.busy", doing=doing), hint=t("git.busy_hint"))

    def identity(self) -> git.Identity:
        """Who commits; :class:`Refused` saying how to tell git, when it knows nobody."""
        if self._who is None:
            try:
                self._who = git.identity(self.root, self.author)
            except ValueError:
                raise UsageProblem(t("git.bad_author", author=self.author or "")) from None
            if self._who is None:
                raise Refused(t("git.no_identity"), hint=t("git.no_identity_hint"))
        return self._who

    def record(self, rels: list[str], message: str, on_behalf: str | None = None) -> str | None:
        """Commit these files (relative to the registry) with ``message``, as the person, or
        as ``on_behalf`` alone (no mail, no trace of who ran the command); the new commit, or
        None when nothing needed committing. A failure is said as a warning: the files are
        written either way."""
        files = self.tracked(rels)
        if not files or not self.on():
            return None
        try:
            who = git.on_behalf(on_behalf) if on_behalf else self.identity()
            made = git.commit_files(self.root, files, message, who)
        except (git.GitProblem, Refused, UsageProblem) as exc:
            self.warn(t("git.not_committed", reason=str(getattr(exc, "message", exc))))
            return None
        if made and self.note is not None:
            self.note(t("git.committed", message=message))
        return made
