"""Find a registry, read its files with positions, and write records safely.

The registry is the only object that knows where records live on disk (``rules/``,
``reviews/``, ``cases/``, the drafts and locks in ``.regelsyn/``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from regelsyn.errors import BrokenFiles, Refused
from regelsyn.i18n import number, t
from regelsyn.store.cached import CONFIG_FILE, CachedReads
from regelsyn.store.commits import Committer
from regelsyn.store.files import refuse_link
from regelsyn.store.records import Loaded, read_file, read_quick, relative
from regelsyn.store.transaction import ABSENT, ANY, JOURNAL_DIR, Transaction, recover
from regelsyn.vocab import SLUG_PATTERN

# YAML and pydantic are loaded by the methods that need them, so that reading a registry from
# the index cache starts fast.
if TYPE_CHECKING:
    from pydantic import BaseModel

    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case
    from regelsyn.model.review import Review

__all__ = [
    "CACHE_DIR",
    "CASES_DIR",
    "CONFIG_FILE",
    "REVIEWS_DIR",
    "REVIEW_DRAFT",
    "RULES_DIR",
    "Registry",
    "Warn",
    "find_root",
]
RULES_DIR = "rules"
REVIEWS_DIR = "reviews"
CASES_DIR = "cases"
AGENDAS_DIR = "agendas"
CACHE_DIR = ".regelsyn"
REVIEW_DRAFT = "review-draft.yaml"

M = TypeVar("M", bound="BaseModel")
Warn = Callable[[str], None]


def find_root(explicit: Path | None = None, *, start: Path | None = None) -> Path:
    """The registry folder: ``-C``, else ``REGELSYN_REGISTRY``, else the nearest one upward."""
    chosen = explicit or (Path(env) if (env := os.environ.get("REGELSYN_REGISTRY")) else None)
    if chosen is not None:
        if not (chosen / CONFIG_FILE).is_file():
            raise Refused(t("err.no_registry_at", path=str(chosen)), hint=t("hint.init"))
        return chosen.absolute()
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise Refused(t("err.no_registry", path=str(here)), hint=t("hint.init"))


class Registry(CachedReads):
    """A registry on disk. Reads never change a file; writes are atomic and minimal.

    ``warn`` receives the warnings a read gives (a cache rebuilt, say); the caller decides how
    to show them. Every write ends in a transaction, and in a git registry in a commit of the
    files it wrote (:mod:`regelsyn.store.commits`; ``commit=False`` leaves them uncommitted,
    ``author`` is ``Navn <mail>`` when git's own configuration names nobody).
    """

    def __init__(
        self,
        root: Path,
        warn: Warn | None = None,
        *,
        commit: bool = True,
        author: str | None = None,
        note: Warn | None = None,
    ) -> None:
        self.root = root
        self.warnings: list[str] = []
        self.warn: Warn = warn or self.warnings.append
        self._config: RegistryConfig | None = None
        self._tx: Transaction | None = None
        self._holding = False  # the write lock
        self.git = Committer(
            root, lambda: self.config_facts().commit, self.warn, enabled=commit, author=author,
            note=note,
        )  # fmt: skip

    @property
    def rules_dir(self) -> Path:
        return self.root / RULES_DIR

    @property
    def reviews_dir(self) -> Path:
        return self.root / REVIEWS_DIR

    @property
    def cases_dir(self) -> Path:
        return self.root / CASES_DIR

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    def record_ids(self, folder: Path) -> list[str]:
        """The stems of the ``.yaml`` records in ``folder``, sorted (as the transaction under
        way would leave them)."""
        names = (
            {p.name for p in folder.glob("*.yaml") if not p.name.startswith(".")}
            if folder.is_dir()
            else set()
        )
        if self._tx is not None:
            written, deleted = self._tx.names(folder)
            names = (names | {n for n in written if n.endswith(".yaml")}) - deleted
        return sorted(name.removesuffix(".yaml") for name in names)

    # -- transactions ------------------------------------------------------------------------
    @property
    def transacting(self) -> bool:
        """A transaction is under way: what it wrote is not on disk yet (nor in the cache)."""
        return self._tx is not None

    @contextlib.contextmanager
    def transaction(self, what: str) -> Iterator[Transaction]:
        """Everything written inside is one transaction: all of it or none, also when the
        process is killed or the disk is full (:mod:`regelsyn.store.transaction`), and in a git
        registry one commit with the transaction's ``message`` (else ``what``). An inner
        transaction joins the outer one."""
        if self._tx is not None:
            yield self._tx
            return
        # the write lock is held from the start: what the transaction reads (the next case
        # number, a rule's current text) cannot change under it before it commits
        with self.writing():
            self._tx = Transaction(self.root, what)
            try:
                yield self._tx
                tx = self._tx
                self._tx = None
                journal = self.cache_dir / JOURNAL_DIR
                before = functools.partial(self.git.prepare, on_behalf=tx.on_behalf)
                tx.commit(journal, self.rel, before=before, after=self.git.record)
            finally:
                self._tx = None

    def recover(self) -> list[str]:
        """Finish or roll back what an interrupted command left (and commit what it wrote);
        what was done."""
        if not (self.cache_dir / JOURNAL_DIR).is_dir():
            return []
        with self.writing():
            return recover(self.root, self.git.record)

    def _staged(self, path: Path) -> bytes | None:
        """The bytes the transaction under way holds for ``path`` (None: not staged)."""
        if self._tx is not None and path in self._tx.staged:
            return self._tx.staged[path].data
        return None

    def rel(self, path: Path) -> str:
        return relative(self.root, path)

    # -- where records live ------------------------------------------------------------------
    def rule_path(self, rule_id: str) -> Path:
        if not re.fullmatch(SLUG_PATTERN, rule_id):
            raise Refused(t("err.bad_id", id=rule_id))
        return self.rules_dir / f"{rule_id}.yaml"

    def review_path(self, review_id: str) -> Path:
        """``reviews/<id>.yaml``; an id that is no plain name is no review."""
        if not review_id or "/" in review_id or "\\" in review_id or review_id.startswith("."):
            raise Refused(t("err.no_such_review", id=review_id), hint=t("hint.review_list"))
        return self.reviews_dir / f"{review_id}.yaml"

    def review_log_path(self, review_id: str) -> Path:
        return self.review_path(review_id).with_suffix(".md")

    def review_ids(self) -> list[str]:
        return self.record_ids(self.reviews_dir)

    def case_path(self, case_id: str) -> Path:
        from regelsyn.model.case import CASE_ID_PATTERN

        if re.fullmatch(CASE_ID_PATTERN, case_id) is None:
            raise Refused(t("err.no_such_case", id=case_id), hint=t("hint.challenge_list"))
        return self.cases_dir / f"{case_id}.yaml"

    def case_document_path(self, case_id: str) -> Path:
        return self.case_path(case_id).with_suffix(".md")

    def case_ids(self) -> list[str]:
        return self.record_ids(self.cases_dir)

    def agenda_path(self, day: str) -> Path:
        """``agendas/<date>.yaml``: what a meeting's agenda holds (``review --agenda`` reads
        it); ``day`` must be a date."""
        import datetime as dt

        try:
            dt.date.fromisoformat(day)
        except ValueError:
            raise Refused(t("err.no_such_agenda", date=day), hint=t("hint.agenda")) from None
        return self.root / AGENDAS_DIR / f"{day}.yaml"

    def agenda_document_path(self, day: str) -> Path:
        """``agendas/<date>.md``: the agenda as it is sent out."""
        return self.agenda_path(day).with_suffix(".md")

    def agenda_dates(self) -> list[Any]:
        """The dates of the meetings whose agenda is written."""
        import datetime as dt

        found = []
        for name in self.record_ids(self.root / AGENDAS_DIR):
            try:
                found.append(dt.date.fromisoformat(name))
            except ValueError:
                continue
        return found

    def config_line(self, text: str) -> tuple[int, int]:
        """Line and column of the first occurrence of ``text`` in ``regelsyn.yaml`` (1:1)."""
        try:
            lines = (self.root / CONFIG_FILE).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            return 1, 1
        for at, line in enumerate(lines, 1):
            if text in line:
                return at, line.index(text) + 1
        return 1, 1

    def review_draft_path(self) -> Path:
        """The interactive meeting so far (``.regelsyn/review-draft.yaml``)."""
        return self.cache_dir / REVIEW_DRAFT

    def edit_draft_path(self, rule_id: str) -> Path:
        """The draft ``rule edit`` opens in the editor (``.regelsyn/edit/<id>.yaml``)."""
        self.rule_path(rule_id)  # refuses an id that is no slug
        return self.cache_dir / "edit" / f"{rule_id}.yaml"

    def edit_base_path(self, rule_id: str) -> Path:
        """The rule file as the draft started from (``.regelsyn/edit/<id>.base``)."""
        return self.edit_draft_path(rule_id).with_suffix(".base")

    def template_path(self, name: str) -> Path:
        """The registry's own copy of a template (``templates/<name>``)."""
        return self.root / "templates" / name

    # -- reading ---------------------------------------------------------------------------
    def read(self, path: Path, model: type[M]) -> Loaded[M]:
        """Parse and validate one file (as the transaction under way would leave it); every
        problem is a finding, nothing is raised."""
        return read_file(path, self.rel(path), model, self._staged(path))

    def read_quick(self, path: Path, model: type[M]) -> Loaded[M]:
        """:meth:`read` for a record only shown (no round-trip tree): the C parser where it
        vouches for the text (see :func:`records.read_quick`)."""
        staged = self._staged(path)
        if staged is not None:
            return read_file(path, self.rel(path), model, staged)
        return read_quick(path, self.rel(path), model)

    def read_as(self, path: Path, model: type[M], data: bytes) -> Loaded[M]:
        """``path`` read as if it held ``data`` (a version kept elsewhere)."""
        return read_file(path, self.rel(path), model, data)

    def staged_or_read(self, path: Path) -> bytes:
        """``path`` as the transaction under way would leave it."""
        staged = self._staged(path)
        return staged if staged is not None else path.read_bytes()

    def replace_bytes(self, path: Path, data: bytes, *, base: bytes) -> None:
        """Replace a record with ``data``, provided it still holds ``base`` (checked under the
        write lock; else nothing is written)."""
        if self._tx is not None:
            self._tx.stage(path, base, data)
            return
        with self.transaction(t("tx.edit", id=path.stem)):
            self.replace_bytes(path, data, base=base)

    def load_config(self) -> Loaded[RegistryConfig]:
        """``regelsyn.yaml`` read and validated, with the problems its schema cannot see."""
        from regelsyn.model import RegistryConfig
        from regelsyn.model.finding import issue_message
        from regelsyn.store.locate import place

        loaded = self.read(self.root / CONFIG_FILE, RegistryConfig)
        if loaded.record is not None:
            for issue in loaded.record.issues():
                loaded.findings.append(place(loaded.tree, loaded.rel, issue, issue_message(issue)))
        return loaded

    def config(self) -> RegistryConfig:
        """The settings, or :class:`BrokenFiles` naming every problem in ``regelsyn.yaml``
        (read with libyaml's C parser when plainly valid, else with positions to name them)."""
        if self._config is None and self._staged(self.root / CONFIG_FILE) is None:
            from regelsyn.model import RegistryConfig
            from regelsyn.store.reading import read

            record, _, entry = read(self.root / CONFIG_FILE, CONFIG_FILE, RegistryConfig)
            if record is not None and not entry.findings and not record.issues():
                self._config = record
        if self._config is None:
            loaded = self.load_config()
            errors = [f for f in loaded.findings if f.severity == "error"]
            if errors or loaded.record is None:
                raise BrokenFiles(errors)
            self._config = loaded.record
        return self._config

    def rule(self, rule_id: str) -> Loaded[Rule]:
        """One rule, read alone (cost does not grow with the registry)."""
        from regelsyn.model import Rule

        missing = Refused(t("err.no_such_rule", id=rule_id), hint=t("hint.rule_list"))
        return self.read_record(self.rule_path(rule_id), Rule, missing)

    def case(self, case_id: str) -> Loaded[Case]:
        """One case, read alone, ready to be written."""
        from regelsyn.model.case import Case

        missing = Refused(t("err.no_such_case", id=case_id), hint=t("hint.challenge_list"))
        return self.read_record(self.case_path(case_id), Case, missing)

    def review(self, review_id: str) -> Loaded[Review]:
        """One review record, read alone."""
        from regelsyn.model.review import Review

        missing = Refused(t("err.no_such_review", id=review_id), hint=t("hint.review_list"))
        return self.read_record(self.review_path(review_id), Review, missing)

    def shown_review(self, review_id: str) -> Review:
        """One review to show, not to change (read quickly, see :meth:`read_quick`)."""
        from regelsyn.model.review import Review

        missing = Refused(t("err.no_such_review", id=review_id), hint=t("hint.review_list"))
        path = self.review_path(review_id)
        record = self.read_record(path, Review, missing, quick=True).record
        assert record is not None
        return record

    def read_record(
        self, path: Path, model: type[M], missing: Refused, *, quick: bool = False
    ) -> Loaded[M]:
        """One record that must exist and be valid: ``missing`` if there is no such file,
        :class:`BrokenFiles` naming every problem if it is not valid. ``quick``: only to be
        shown (no round-trip tree)."""
        if not (self._tx.exists(path) if self._tx is not None else path.is_file()):
            raise missing
        loaded = self.read_quick(path, model) if quick else self.read(path, model)
        if loaded.record is None:
            raise BrokenFiles(loaded.findings)
        return loaded

    # -- writing ---------------------------------------------------------------------------
    def written_size(self, record: BaseModel, current: Loaded[Any] | None = None) -> int:
        """About how many bytes the record's file will take once written: exactly for a new
        file; for one that exists, with what its comments and layout add."""
        from regelsyn.store import yamlio
        from regelsyn.store.serialize import record_tree

        size = len(yamlio.dump(record_tree(record)).encode("utf-8"))
        if current is not None and current.record is not None:
            try:
                on_disk = current.path.stat().st_size
            except OSError:
                return size
            plain = len(yamlio.dump(record_tree(current.record)).encode("utf-8"))
            size += max(0, on_disk - plain)
        return size

    def _within_limit(self, path: Path, data: bytes) -> bytes:
        """``data``, unless it is more than a record file may hold (``check`` would refuse the
        file): then nothing is written."""
        from regelsyn.store.yamlio import MAX_BYTES

        if len(data) > MAX_BYTES:
            raise Refused(
                t("err.record_too_big", path=self.rel(path), size=number(len(data)),
                  limit=number(MAX_BYTES))
            )  # fmt: skip
        return data

    def add_rule(self, rule: Rule) -> Path:
        """Write a new rule file; refuses to replace one that exists."""
        path = self.rule_path(rule.id)
        if self._tx.exists(path) if self._tx is not None else path.exists():
            raise Refused(t("err.rule_exists", id=rule.id, path=self.rel(path)))
        return self.add_record(path, rule)

    def add_record(self, path: Path, record: BaseModel) -> Path:
        """Write a new record file; refuses to replace one that exists."""
        from regelsyn.store import yamlio
        from regelsyn.store.serialize import record_tree

        if self._tx is None:
            with self.transaction(t("tx.write", path=self.rel(path))):
                return self.add_record(path, record)
        text = yamlio.dump_verified(record_tree(record))
        data = self._within_limit(path, text.encode("utf-8"))
        if self._tx.exists(path):
            raise Refused(t("err.record_exists", path=self.rel(path)))
        self._tx.stage(path, ABSENT, data)
        return path

    def write_record(self, path: Path, record: BaseModel) -> Path:
        """Write a record the tool owns whole (a review, a draft), replacing any earlier one."""
        from regelsyn.store import yamlio
        from regelsyn.store.serialize import record_tree

        self.write_bytes(path, yamlio.dump_verified(record_tree(record)).encode("utf-8"))
        return path

    def write_text(self, path: Path, text: str) -> bool:
        """A generated document (a decision log, an application) written whole; False when it
        already held exactly this text."""
        return self.write_bytes(path, text.encode("utf-8"), record=False)

    def write_bytes(self, path: Path, data: bytes, *, record: bool = True) -> bool:
        """A file the tool owns whole, written (or staged) whole; False when unchanged. A
        record is refused past the size ``check`` reads; a link is never written through."""
        if self._tx is None:
            with self.transaction(t("tx.write", path=self.rel(path))):
                return self.write_bytes(path, data, record=record)
        refuse_link(path, self.rel(path))
        if record:
            data = self._within_limit(path, data)
        changed = self._tx.current(path) != data
        self._tx.stage(path, ANY, data)
        return changed

    def update_rule(
        self,
        loaded: Loaded[Rule],
        changes: dict[tuple[str, ...], Any],
        history: dict[str, Any] | None = None,
        *,
        always: bool = False,
    ) -> bool:
        """Apply ``changes`` to a rule file in place, appending ``history`` if given."""
        from regelsyn.model import Rule

        appended = [("history", history)] if history is not None else []
        return self.update_record(loaded, Rule, changes, appended, always=always)

    def update_record(
        self,
        loaded: Loaded[Any],
        model: type[BaseModel],
        changes: dict[tuple[str, ...], Any],
        appended: list[tuple[str, Any]] | None = None,
        *,
        always: bool = False,
    ) -> bool:
        """Apply ``changes`` to a record file in place; comments, order and quoting survive.

        ``appended`` items are added to the end of their lists (history is append-only). The
        result is validated before anything is written. Returns False (and leaves the file
        byte-identical) when no value actually changes, unless ``always`` asks for the appended
        items to be recorded anyway.
        """
        from pydantic import ValidationError

        from regelsyn.store import form, yamlio
        from regelsyn.store.locate import validation_findings
        from regelsyn.store.serialize import append_to, set_in

        tree = loaded.tree
        order = list(model.model_fields)
        changed = False
        for path, value in changes.items():
            changed = set_in(tree, path, value, order) or changed
        if not changed and not always:
            return False
        for key, item in appended or []:
            append_to(tree, key, item, order)
        try:
            model.model_validate(yamlio.to_plain(tree))
        except ValidationError as exc:
            raise BrokenFiles(validation_findings(exc, model, tree, loaded.rel)) from None
        data = self._within_limit(loaded.path, form.encode(tree, loaded.indent, loaded.form))
        refuse_link(loaded.path, loaded.rel)
        if self._tx is None:
            with self.transaction(t("tx.write", path=loaded.rel)):
                return self._stage_update(loaded, data)
        return self._stage_update(loaded, data)

    def _stage_update(self, loaded: Loaded[Any], data: bytes) -> bool:
        assert self._tx is not None
        if loaded.raw is None:
            self._guard_unchanged(loaded)
        self._tx.stage(loaded.path, loaded.raw if loaded.raw is not None else ANY, data)
        return data != loaded.raw

    def remove(self, path: Path) -> None:
        """Delete a file the tool owns (a draft); nothing happens if it is gone already."""
        if self._tx is None:
            with self.transaction(t("tx.write", path=self.rel(path))):
                self.remove(path)
            return
        self._tx.stage(path, ANY, None)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """One writer at a time between "is it unchanged?" and "replace it" (so that no update
        is ever lost between two processes); held again by the same registry, it is not waited
        for twice."""
        from regelsyn.store.files import exclusive

        if self._holding:
            yield
            return
        with exclusive(self.cache_dir / "write.lock"):
            self._holding = True
            try:
                yield
            finally:
                self._holding = False

    def locked(self, name: str, refusal: str) -> contextlib.AbstractContextManager[None]:
        """Hold the lock file ``.regelsyn/<name>.lock`` (one review at a time, say); a lock left
        by a dead process on this machine is released."""
        from regelsyn.store.files import lock

        return lock(self.cache_dir / f"{name}.lock", refusal)

    def _guard_unchanged(self, loaded: Loaded[Any]) -> None:
        """Refuse to overwrite a file that someone changed since this command read it."""
        from regelsyn.store import yamlio

        try:
            current = yamlio.decode(loaded.path.read_bytes())
        except (OSError, yamlio.YamlProblem):
            current = None
        if current != loaded.text:
            raise Refused(t("err.changed_on_disk", path=loaded.rel))
        from regelsyn.store.files import _fault

        _fault("guarded")  # the crash tests widen the window between the check and the write
