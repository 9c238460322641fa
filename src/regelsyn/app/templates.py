"""``regelsyn template``: the built-in templates, and a registry's own copies to edit."""

from __future__ import annotations

from pathlib import Path

from regelsyn.errors import Refused
from regelsyn.i18n import t, tl
from regelsyn.resources import builtin_templates
from regelsyn.store.registry import Registry


def builtin_names() -> list[str]:
    return sorted(p.name for p in builtin_templates().glob("*.j2"))


def listing(registry: Registry) -> list[tuple[str, bool]]:
    """Each built-in template, and whether the registry has its own copy."""
    return [(name, registry.template_path(name).exists()) for name in builtin_names()]


def export(registry: Registry, name: str, *, force: bool) -> Path:
    """A copy of a built-in template in the registry's ``templates/``, to edit."""
    names = builtin_names()
    if name not in names:
        raise Refused(t("err.no_such_template", name=name, names=", ".join(names)))
    target = registry.template_path(name)
    if target.exists() and not force:
        raise Refused(t("err.template_exists", path=registry.rel(target)))
    with registry.transaction(t("tx.write", path=registry.rel(target))) as tx:
        tx.message = tl("git.msg.template", registry.config_facts().language, name=name)
        registry.write_bytes(target, (builtin_templates() / name).read_bytes())
    return target
