"""Find a registry, read its files with positions, and write records safely."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from regelsyn.errors import Refused, RegelsynError
from regelsyn.i18n import t
from regelsyn.model.finding import Finding
from regelsyn.store.files import atomic_write
from regelsyn.vocab import SLUG_PATTERN

# YAML and pydantic are loaded by the methods that need them, so that reading a registry from
# the index cache starts fast.
if TYPE_CHECKING:
    from pydantic import BaseModel

    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case

CONFIG_FILE = "regelsyn.yaml"
RULES_DIR = "rules"
REVIEWS_DIR = "reviews"
CASES_DIR = "cases"
CACHE_DIR = ".regelsyn"

M = TypeVar("M", bound="BaseModel")


class BrokenFiles(RegelsynError):
    """One or more files have errors; each is listed as ``path:line:col: field: message``."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(f.format() for f in findings))
        self.findings = findings
        self.exit_code = 3 if any(f.unreadable for f in findings) else 1


@dataclass
class Loaded(Generic[M]):
    """One file as read: its round-trip tree (for positions and writes) and its record."""

    path: Path
    rel: str
    text: str | None = None
    tree: Any = None
    indent: Any = None
    form: Any = None  # store.form.Form: BOM, line endings and text, kept by a write
    record: M | None = None
    findings: list[Finding] = field(default_factory=list)


def _from_json(fragment: str, model: type[M]) -> M:
    """A record from the JSON the index cache keeps (computed fields left out)."""
    import json

    data = json.loads(fragment)
    for name in model.model_computed_fields:  # hours_per_year: computed, not a field
        data.pop(name, None)
    return model.model_validate(data)


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


class Registry:
    """A registry on disk. Reads never change a file; writes are atomic and minimal."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._config: RegistryConfig | None = None

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
        """The stems of the ``.yaml`` records in ``folder``, sorted."""
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.yaml") if not p.name.startswith("."))

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    # -- reading ---------------------------------------------------------------------------
    def read(self, path: Path, model: type[M]) -> Loaded[M]:
        """Parse and validate one file; every problem is a finding, nothing is raised."""
        from pydantic import ValidationError
        from ruamel.yaml.comments import CommentedMap

        from regelsyn.store import form, yamlio
        from regelsyn.store.locate import validation_findings

        loaded: Loaded[M] = Loaded(path=path, rel=self.rel(path))
        try:
            raw = path.read_bytes()
            loaded.text = yamlio.decode(raw)
            loaded.tree = yamlio.load(loaded.text)
        except yamlio.YamlProblem as exc:
            loaded.findings.append(self._unreadable(loaded.rel, exc.message, exc.line, exc.col))
            return loaded
        except OSError as exc:
            reason = exc.strerror or str(exc)
            loaded.findings.append(self._unreadable(loaded.rel, t("err.os", reason=reason)))
            return loaded
        loaded.indent = yamlio.guess_indent(loaded.text)
        loaded.form = form.detect(raw)
        if loaded.tree is None:
            loaded.findings.append(self._unreadable(loaded.rel, t("err.empty_file")))
            return loaded
        if not isinstance(loaded.tree, CommentedMap):
            loaded.findings.append(self._unreadable(loaded.rel, t("err.not_mapping")))
            return loaded
        try:
            loaded.record = model.model_validate(yamlio.to_plain(loaded.tree))
        except yamlio.YamlProblem as exc:
            loaded.findings.append(self._unreadable(loaded.rel, exc.message))
        except ValidationError as exc:
            loaded.findings.extend(validation_findings(exc, model, loaded.tree, loaded.rel))
        return loaded

    @staticmethod
    def _unreadable(rel: str, message: str, line: int = 1, col: int = 1) -> Finding:
        return Finding("error", rel, "", message, line, col, code="unreadable", unreadable=True)

    def load_config(self) -> Loaded[RegistryConfig]:
        from regelsyn.model import RegistryConfig

        loaded = self.read(self.root / CONFIG_FILE, RegistryConfig)
        if loaded.record is not None:
            from regelsyn.domain.checks import config_issues
            from regelsyn.model.finding import issue_message
            from regelsyn.store.locate import place

            for issue in config_issues(loaded.record):
                message = issue_message(issue)
                loaded.findings.append(place(loaded.tree, loaded.rel, issue, message))
        return loaded

    def config_facts(self) -> Any:
        """The settings as the index cache keeps them (no YAML, no pydantic when unchanged);
        :class:`BrokenFiles` names every problem in ``regelsyn.yaml``."""
        import dataclasses

        from regelsyn import i18n
        from regelsyn.domain.facts import ConfigFacts, from_dict
        from regelsyn.store.index import Entry, Index, refresh

        def parse(path: Path, rel: str) -> Entry:
            from regelsyn.store.reading import config_facts

            loaded = self.load_config()
            entry = Entry(
                rel, 0, 0, 0, "", None, [dataclasses.asdict(f) for f in loaded.findings], None
            )
            if loaded.record is not None:
                entry.facts = dataclasses.asdict(config_facts(loaded.record))
            return entry

        index = Index(self.cache_dir, self.warn)
        try:
            (entry,) = refresh(
                index, self.root, self.root, i18n.language(), parse, single=CONFIG_FILE
            )
        finally:
            index.close()
        errors = [f for f in entry.finding_objects() if f.severity == "error"]
        if errors or entry.facts is None:
            raise BrokenFiles(errors)
        return from_dict(ConfigFacts, entry.facts)

    def config(self) -> RegistryConfig:
        """The settings, or :class:`BrokenFiles` naming every problem in ``regelsyn.yaml``."""
        if self._config is None:
            loaded = self.load_config()
            errors = [f for f in loaded.findings if f.severity == "error"]
            if errors or loaded.record is None:
                raise BrokenFiles(errors)
            self._config = loaded.record
        return self._config

    def rule_path(self, rule_id: str) -> Path:
        import re

        if not re.fullmatch(SLUG_PATTERN, rule_id):
            raise Refused(t("err.bad_id", id=rule_id))
        return self.rules_dir / f"{rule_id}.yaml"

    def rule_entries(self, *, fragments: bool = True) -> list[Any]:
        """Every rule file as the index cache knows it (facts, and the JSON unless not wanted;
        changed files re-read)."""
        from regelsyn.store.reading import parse_rule

        return self._entries(self.rules_dir, parse_rule(self), fragments=fragments)

    def case_entries(self) -> list[Any]:
        """Every case file as the index cache knows it (facts and JSON; changed files re-read)."""
        from regelsyn.store.reading import parse_case

        return self._entries(self.cases_dir, parse_case(self))

    def _entries(self, folder: Path, parse: Any, *, fragments: bool = True) -> list[Any]:
        from regelsyn import i18n
        from regelsyn.store.index import Index, refresh

        index = Index(self.cache_dir, self.warn)
        try:
            return refresh(index, folder, self.root, i18n.language(), parse, fragments=fragments)
        finally:
            index.close()

    def cached_rule(self, rel: str) -> Loaded[Rule]:
        """One rule as the index cache last saw it (read from its file when the cache holds no
        JSON for it); no round-trip tree: to write the rule, read it with :meth:`rule`."""
        from regelsyn.model import Rule
        from regelsyn.store.index import Index

        index = Index(self.cache_dir, self.warn)
        try:
            fragment = index.fragments([rel]).get(rel)
        finally:
            index.close()
        if not fragment:
            return self.read(self.root / rel, Rule)
        loaded: Loaded[Rule] = Loaded(path=self.root / rel, rel=rel)
        loaded.record = _from_json(fragment, Rule)
        return loaded

    def load_rules(self) -> list[Loaded[Rule]]:
        """Every rule, validated; records come from the index cache where files are unchanged.

        The results carry no round-trip tree: to write a rule, read it with :meth:`rule`.
        """
        from regelsyn.model import Rule

        return self._records(self.rule_entries(), Rule)

    def load_cases(self) -> list[Loaded[Case]]:
        """Every case, validated, from the index cache where files are unchanged (no
        round-trip tree: to write a case, read it with :meth:`read`)."""
        from regelsyn.model.case import Case

        return self._records(self.case_entries(), Case)

    def _records(self, entries: list[Any], model: type[M]) -> list[Loaded[M]]:
        result: list[Loaded[M]] = []
        for entry in entries:
            loaded: Loaded[M] = Loaded(path=self.root / entry.rel, rel=entry.rel)
            loaded.findings = entry.finding_objects()
            if entry.fragment:
                loaded.record = _from_json(entry.fragment, model)
            result.append(loaded)
        return result

    @staticmethod
    def warn(message: str) -> None:
        import sys

        sys.stderr.write(f"{t('label.warning')}: {message}\n")

    def rule(self, rule_id: str) -> Loaded[Rule]:
        """One rule, read alone (cost does not grow with the registry)."""
        from regelsyn.model import Rule

        missing = Refused(t("err.no_such_rule", id=rule_id), hint=t("hint.rule_list"))
        return self.read_record(self.rule_path(rule_id), Rule, missing)

    def read_record(self, path: Path, model: type[M], missing: Refused) -> Loaded[M]:
        """One record that must exist and be valid: ``missing`` if there is no such file,
        :class:`BrokenFiles` naming every problem if it is not valid."""
        if not path.is_file():
            raise missing
        loaded = self.read(path, model)
        if loaded.record is None:
            raise BrokenFiles(loaded.findings)
        return loaded

    # -- writing ---------------------------------------------------------------------------
    def add_rule(self, rule: Rule) -> Path:
        """Write a new rule file; refuses to replace one that exists."""
        path = self.rule_path(rule.id)
        if path.exists():
            raise Refused(t("err.rule_exists", id=rule.id, path=self.rel(path)))
        return self.add_record(path, rule)

    def add_record(self, path: Path, record: BaseModel) -> Path:
        """Write a new record file; refuses to replace one that exists."""
        from regelsyn.store import yamlio
        from regelsyn.store.files import create_new
        from regelsyn.store.serialize import record_tree

        text = yamlio.dump_verified(record_tree(record))
        if not create_new(path, text.encode("utf-8")):
            raise Refused(t("err.record_exists", path=self.rel(path)))
        return path

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
        data = form.encode(tree, loaded.indent, loaded.form)
        with self.writing():
            self._guard_unchanged(loaded)
            return atomic_write(loaded.path, data)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """One writer at a time between "is it unchanged?" and "replace it" (so that no update
        is ever lost between two processes)."""
        from regelsyn.store.files import exclusive

        with exclusive(self.cache_dir / "write.lock"):
            yield

    def _guard_unchanged(self, loaded: Loaded[Any]) -> None:
        """Refuse to overwrite a file that someone changed since this command read it."""
        from regelsyn.store import yamlio

        try:
            current = yamlio.decode(loaded.path.read_bytes())
        except (OSError, yamlio.YamlProblem):
            current = None
        if current != loaded.text:
            raise Refused(t("err.changed_on_disk", path=loaded.rel))
