"""Markdown rendering: a sandboxed Jinja2 environment over the registry's and built-in templates.

Lookup order: the registry's own ``templates/`` folder, then the built-in templates. A registry's
templates are untrusted: the environment holds them to the limits in :mod:`.limits`.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from regelsyn import inert
from regelsyn.errors import Refused
from regelsyn.i18n import catalog, number, t, tl, tn, tnl
from regelsyn.render import limits
from regelsyn.render.limits import LimitedEnvironment, LimitExceeded
from regelsyn.resources import builtin_templates
from regelsyn.vocab import named

_MARKDOWN = re.compile(r"([\\`*_{}\[\]#|!~])")


def md(value: Any) -> str:
    """User text made safe inside a Markdown line or table cell: no structure, no HTML, and no
    control or hidden character (shown as ``<U+XXXX>``, :mod:`regelsyn.inert`)."""
    if value is None:
        return ""
    text = inert.text(" ".join(str(value).split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def md_block(value: Any) -> str:
    """User text as Markdown paragraphs: line breaks kept, everything else escaped."""
    if value is None:
        return ""
    paragraphs = re.split(r"\n\s*\n", str(value).strip())
    return "\n\n".join(_block_start(md(p)) for p in paragraphs)


def _block_start(text: str) -> str:
    """Escape what would make a paragraph a list or a rule at the start of a line."""
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([-+=])", r"\\\1", text)


class _Confined(FileSystemLoader):
    """A template folder whose templates may not be links to files outside it."""

    def get_source(self, environment: Environment, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        folder = Path(self.searchpath[0]).resolve()
        if not Path(filename).resolve().is_relative_to(folder):
            raise TemplateNotFound(template)
        return source, filename, uptodate


def paragraphs(value: Any) -> Markup:
    """User text as HTML paragraphs: escaped, blank lines separate paragraphs, single line
    breaks kept."""
    if value is None:
        return Markup("")
    found = re.split(r"\n\s*\n", str(value).strip())
    return Markup("").join(
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in p.split("\n")))
        for p in found
        if p.strip()
    )


class BuiltinEnvironment(Environment):
    """regelsyn's own templates alone: trusted code (they call nothing unsafe and cannot run
    away), so neither sandboxed nor counted against :class:`limits.Limits`; the site renders
    thousands of pages with them. Records are data either way, escaped on output."""

    limits = limits.LIMITS

    def start(self) -> None:
        """Nothing to count."""

    def guard_filters(self) -> None:
        """Nothing to guard."""


Env = LimitedEnvironment | BuiltinEnvironment


def environment(
    registry_root: Path | None, language: str, *, html: bool = False, builtin_only: bool = False
) -> Env:
    """The sandbox for ``registry_root``'s templates (held to the limits) before the built-in
    ones; ``builtin_only``: the built-in templates alone (see :class:`BuiltinEnvironment`)."""
    folders: list[BaseLoader] = []
    if not builtin_only and registry_root is not None and (registry_root / "templates").is_dir():
        folders.append(_Confined(registry_root / "templates"))
    folders.append(FileSystemLoader(builtin_templates()))
    options: dict[str, Any] = (
        {"bytecode_cache": _compiled()} if builtin_only else {"limits": limits.LIMITS}
    )
    kind: type[Env] = BuiltinEnvironment if builtin_only else LimitedEnvironment
    env = kind(
        **options,
        loader=ChoiceLoader(folders),
        undefined=StrictUndefined,
        autoescape=html,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md
    env.filters["md_block"] = md_block
    env.filters["named"] = named
    env.filters["paragraphs"] = paragraphs
    env.globals["t"] = lambda key, **kw: _said(key, language, kw)
    # tn("count.rules", 2) → "2 regler": the form for the number; {n} is the number as people
    # in the language write it
    env.globals["tn"] = lambda key, n, **kw: tnl(key, n, language, **kw)
    env.globals["t_role"] = lambda role: role_label(role, language)
    env.globals["mermaid"] = mermaid_label
    env.globals["people_line"] = lambda people: ", ".join(
        md(p.name) + (f" ({md(role_label(p.role, language))})" if p.role else "") for p in people
    )
    env.globals["outcome"] = lambda word: outcome_label(word, language)
    env.globals["lang"] = language
    env.globals["fmt"] = lambda value: number(value, language)
    env.guard_filters()
    return env


class _Compiled(FileSystemBytecodeCache):
    """The built-in templates compiled, kept in the user's own cache folder (never in the
    registry, where anyone could place code). Jinja2 uses a file only for the same template
    source; a cache that cannot be read or written is passed by: the template is compiled."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


_COMPILED: list[_Compiled | None] = []


def _compiled() -> _Compiled | None:
    """The bytecode cache of the built-in templates, made once per process (None when the
    user's cache folder cannot be made)."""
    if not _COMPILED:
        from platformdirs import user_cache_path

        from regelsyn import __version__

        folder = user_cache_path("regelsyn", appauthor=False) / f"templates-{__version__}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _COMPILED.append(_Compiled(str(folder)))
        except OSError:
            _COMPILED.append(None)
    return _COMPILED[0]


def _said(key: str, language: str, params: dict[str, Any]) -> str:
    """``t(key, ...)`` in a template. A message with plural forms needs its number, which
    only ``tn`` gives: a template written before the message had them is told so."""
    if key in catalog(language).plural_ids:
        raise ValueError(tl("err.template_plural", language, key=key))
    return tl(key, language, **params)


def mermaid_label(text: str) -> str:
    """Text safe inside a Mermaid quoted label (no control or hidden character either)."""
    return inert.text(" ".join(text.replace('"', "'").replace("`", "'").split()))


def outcome_label(word: str, language: str) -> str:
    """A history entry's verdict (a review's) or outcome (a case's) in words."""
    from regelsyn.vocab import STATES, VERDICTS

    for prefix, words in (("verdict", VERDICTS), ("state", STATES)):
        if word in words:
            return tl(f"{prefix}.{word}", language)
    return word


def role_label(role: str, language: str) -> str:
    """A known role (formand, naestformand, …) in words; anything else as written."""
    from regelsyn.i18n import CATALOGS

    key = f"role.{role}"
    return tl(key, language) if key in CATALOGS["da"] else role


def render(name: str, registry_root: Path | None, language: str, **context: Any) -> str:
    """Render template ``name`` in ``language``; a broken template, or one that goes over a
    limit, is named in the error with the line. A registry without templates of its own is
    rendered with the built-in ones alone, unsandboxed (they are trusted, and a long agenda
    renders several times faster)."""
    own = registry_root is not None and own_templates(registry_root)
    return render_with(environment(registry_root, language, builtin_only=not own), name, **context)


def own_templates(registry_root: Path) -> bool:
    """The registry has a ``templates/`` folder with anything in it (any file there may be
    included by, or stand in for, a built-in template)."""
    folder = registry_root / "templates"
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return True  # unreadable: the sandbox will say what is wrong


def render_with(env: Env, name: str, **context: Any) -> str:
    """Render template ``name`` in an environment made once for many documents (the site's
    pages); errors as :func:`render` gives them."""
    try:
        template = env.get_template(name)
        env.start()
        return "".join(template.generate(**context))
    except LimitExceeded as exc:
        raise Refused(_over(exc.where or (name, _line(exc, name)), exc.limit, exc.amount)) from None
    except RecursionError as exc:  # Python's own stack, should a template get past the count
        raise Refused(_over((name, _line(exc, name)), "depth", env.limits.depth)) from None
    except MemoryError as exc:
        raise Refused(_over((name, _line(exc, name)), "memory", env.limits.memory)) from None
    except TemplateError as exc:
        faulty = exc.name if isinstance(exc, TemplateSyntaxError) and exc.name else name
        where = f"{faulty}:{_line(exc, faulty)}"
        raise Refused(t("err.template", where=where, reason=str(exc))) from None
    except (ArithmeticError, ValueError, TypeError, LookupError) as exc:  # {{ 1 / 0 }}
        where = f"{name}:{_line(exc, name)}"
        raise Refused(t("err.template", where=where, reason=str(exc))) from None


def _over(where: tuple[str, int], limit: str, amount: int) -> str:
    """The refusal of a template that went over ``limit`` at ``where`` (name, line)."""
    reason = tn(f"err.template_limit_{limit}", amount)
    return t("err.template", where=f"{where[0]}:{where[1]}", reason=reason)


def _line(exc: BaseException, name: str) -> int:
    """The template line an error happened on (syntax errors know it; runtime errors are
    found in the traceback, which Jinja2 rewrites to point into the template)."""
    known = getattr(exc, "lineno", None)
    if known:
        return int(known)
    import traceback

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(name) and frame.lineno:
            return frame.lineno
    return 1
