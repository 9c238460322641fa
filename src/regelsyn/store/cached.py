"""Reading a registry through its index cache (``.regelsyn/index.sqlite``): the settings, every
rule, case and review as the cache knows them (only changed files are parsed), and what past
versions of rules held. Part of :class:`regelsyn.store.registry.Registry`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from regelsyn.errors import BrokenFiles
from regelsyn.store.records import Loaded, from_json

if TYPE_CHECKING:
    from pydantic import BaseModel

    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case
    from regelsyn.model.facts import ConfigFacts
    from regelsyn.store.index import Index

CONFIG_FILE = "regelsyn.yaml"
M = TypeVar("M", bound="BaseModel")


class CachedReads:
    """The registry's reads through the index cache."""

    root: Path
    warn: Callable[[str], None]

    if TYPE_CHECKING:  # provided by the registry

        @property
        def cache_dir(self) -> Path: ...

        @property
        def rules_dir(self) -> Path: ...

        @property
        def cases_dir(self) -> Path: ...

        @property
        def reviews_dir(self) -> Path: ...

        def read(self, path: Path, model: type[M]) -> Loaded[M]: ...

        def read_quick(self, path: Path, model: type[M]) -> Loaded[M]: ...

        def load_config(self) -> Loaded[RegistryConfig]: ...

    def config_facts(self, index: Index | None = None) -> ConfigFacts:
        """The settings as the index cache keeps them (no YAML, no pydantic when unchanged);
        :class:`BrokenFiles` names every problem in ``regelsyn.yaml``. ``index``: a cache
        already open (which stays open)."""
        import dataclasses

        from regelsyn import i18n
        from regelsyn.model.facts import ConfigFacts
        from regelsyn.store.index import Entry, Index, refresh
        from regelsyn.store.packing import from_dict

        def parse(path: Path, rel: str) -> Entry:
            from regelsyn.store.reading import _readers, config_facts

            _readers()
            loaded = self.load_config()
            entry = Entry(
                rel, 0, 0, 0, "", None, [dataclasses.asdict(f) for f in loaded.findings], None
            )
            if loaded.record is not None:
                entry.facts = dataclasses.asdict(config_facts(loaded.record))
            return entry

        cache = index or Index(self.cache_dir, self.warn)
        try:
            (entry,) = refresh(
                cache, self.root, self.root, i18n.language(), parse, single=CONFIG_FILE
            )
        finally:
            if index is None:
                cache.close()
        errors = [f for f in entry.finding_objects() if f.severity == "error"]
        if errors or entry.facts is None:
            raise BrokenFiles(errors)
        facts: ConfigFacts = from_dict(ConfigFacts, entry.facts)
        return facts

    def rule_entries(self, *, fragments: bool = True, only: Any = None) -> list[Any]:
        """Every rule file (or the files ``only``, as :func:`regelsyn.store.index.scan` gives
        them) as the index cache knows it (facts, and the JSON unless not wanted; changed files
        re-read)."""
        from regelsyn.store.reading import parse_rule

        return self._entries(self.rules_dir, parse_rule(), fragments=fragments, only=only)

    def case_entries(self, *, fragments: bool = True, only: Any = None) -> list[Any]:
        """:meth:`rule_entries` for the cases."""
        from regelsyn.store.reading import parse_case

        return self._entries(self.cases_dir, parse_case(), fragments=fragments, only=only)

    def review_entries(self, *, only: Any = None) -> list[Any]:
        """Every review file (or the files ``only``) as the index cache knows it (facts: what
        each defence rested on)."""
        from regelsyn.store.reading import parse_review

        return self._entries(self.reviews_dir, parse_review(), fragments=False, only=only)

    def material_at(self, blobs: list[str]) -> dict[str, str]:
        """What past versions of rules held (by blob id), through the index cache."""
        from regelsyn.store.index import Index
        from regelsyn.store.versions import material_at

        index = Index(self.cache_dir, self.warn)
        try:
            return material_at(self.root, index, blobs)
        finally:
            index.close()

    def _entries(
        self, folder: Path, parse: Any, *, fragments: bool = True, only: Any = None
    ) -> list[Any]:
        from regelsyn import i18n
        from regelsyn.store.index import Index, refresh

        lang = i18n.language()
        kinds = {self.rules_dir: "rule", self.cases_dir: "case"}
        kind = kinds.get(folder)

        def many() -> Any:  # many changed rules or cases are parsed on all cores
            from regelsyn.store.reading import Batch

            return Batch(kind or "rule", lang)

        index = Index(self.cache_dir, self.warn)
        try:
            return refresh(index, folder, self.root, lang, parse, fragments=fragments,
                           many=many if kind else None, only=only)  # fmt: skip
        finally:
            index.close()

    def cached_rule(self, rel: str) -> Loaded[Rule]:
        """One rule as the index cache last saw it (read from its file when the cache holds no
        JSON for it); no round-trip tree: to write the rule, read it with :meth:`rule`."""
        from regelsyn.model import Rule
        from regelsyn.store.index import Index

        index = Index(self.cache_dir, self.warn)
        try:
            fragment = index.fragments([rel], self.root).get(rel)
        finally:
            index.close()
        if not fragment:
            return self.read(self.root / rel, Rule)
        loaded: Loaded[Rule] = Loaded(path=self.root / rel, rel=rel)
        loaded.record = from_json(fragment, Rule)
        return loaded

    def cached_records(self, rels: list[str], model: type[M]) -> list[Loaded[M]]:
        """Records as the index cache last saw them, in one query, where its rows still
        describe the files (:meth:`Index.fragments`); the others read from their files. No
        round-trip tree."""
        from regelsyn.store.index import Index

        index = Index(self.cache_dir, self.warn)
        try:
            fragments = index.fragments(rels, self.root)
        finally:
            index.close()
        result = []
        for rel in rels:
            fragment = fragments.get(rel)
            if not fragment:
                result.append(self.read_quick(self.root / rel, model))
                continue
            loaded: Loaded[M] = Loaded(path=self.root / rel, rel=rel)
            loaded.record = from_json(fragment, model)
            result.append(loaded)
        return result

    def load_rules(self) -> list[Loaded[Rule]]:
        """Every rule, validated; records come from the index cache where files are unchanged.

        The results carry no round-trip tree: to write a rule, read it with :meth:`rule`.
        """
        from regelsyn.model import Rule

        return self._records(self.rule_entries(), Rule)

    def load_cases(self) -> list[Loaded[Case]]:
        """Every case, validated, from the index cache where files are unchanged (no
        round-trip tree: to write a case, read it with :meth:`case`)."""
        from regelsyn.model.case import Case

        return self._records(self.case_entries(), Case)

    def _records(self, entries: list[Any], model: type[M]) -> list[Loaded[M]]:
        result: list[Loaded[M]] = []
        for entry in entries:
            loaded: Loaded[M] = Loaded(path=self.root / entry.rel, rel=entry.rel)
            loaded.findings = entry.finding_objects()
            if entry.fragment:
                loaded.record = from_json(entry.fragment, model)
            result.append(loaded)
        return result
