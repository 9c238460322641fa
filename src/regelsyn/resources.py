"""Files shipped with regelsyn: the built-in templates and the example registry.

In an installed wheel they live in ``regelsyn/_data``; in a checkout they are the repository's
top-level ``templates/``, ``regelsyn.yaml`` and ``rules/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


def builtin_templates() -> Path:
    shipped = _PACKAGE / "_data" / "templates"
    return shipped if shipped.is_dir() else _CHECKOUT / "templates"


def example_registry() -> Path:
    shipped = _PACKAGE / "_data" / "example"
    return shipped if (shipped / "regelsyn.yaml").is_file() else _CHECKOUT
