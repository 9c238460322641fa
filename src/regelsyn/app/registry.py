"""Opening a registry for a command."""

from __future__ import annotations

from pathlib import Path

from regelsyn import i18n
from regelsyn.store.registry import Registry, Warn, find_root


def open_registry(
    explicit: Path | None,
    warn: Warn | None = None,
    *,
    commit: bool = True,
    author: str | None = None,
    note: Warn | None = None,
) -> Registry:
    """The registry chosen by ``-C``, ``REGELSYN_REGISTRY`` or the current folder, with its
    settings read (through the cache) and its language applied unless one was chosen. In a git
    registry its writes are committed unless ``commit`` is False (``--no-commit``); ``author``
    (``Navn <mail>``) commits them under that name; ``note`` is told each commit."""
    return find_registry(explicit, warn, commit=commit, author=author, note=note, settings=True)


def find_registry(
    explicit: Path | None,
    warn: Warn | None = None,
    *,
    commit: bool = True,
    author: str | None = None,
    note: Warn | None = None,
    settings: bool = False,
) -> Registry:
    """The registry, without reading its settings unless ``settings`` (``check`` reports their
    problems itself); what an interrupted command left is finished or rolled back first."""
    registry = Registry(find_root(explicit), warn, commit=commit, author=author, note=note)
    if settings:
        i18n.set_language(registry.config_facts().language)  # first: recovery speaks it
    for said in registry.recover():
        registry.warn(said)
    return registry
