"""Opening a registry for a command."""

from __future__ import annotations

from pathlib import Path

from regelsyn import i18n
from regelsyn.store.registry import Registry, Warn, find_root


def open_registry(explicit: Path | None, warn: Warn | None = None) -> Registry:
    """The registry chosen by ``-C``, ``REGELSYN_REGISTRY`` or the current folder, with its
    settings read (through the cache) and its language applied unless one was chosen."""
    registry = Registry(find_root(explicit), warn)
    i18n.set_language(registry.config_facts().language)
    for said in registry.recover():
        registry.warn(said)
    return registry


def find_registry(explicit: Path | None, warn: Warn | None = None) -> Registry:
    """The registry, without reading its settings (``check`` reports their problems itself);
    what an interrupted command left is finished or rolled back first."""
    registry = Registry(find_root(explicit), warn)
    for said in registry.recover():
        registry.warn(said)
    return registry
