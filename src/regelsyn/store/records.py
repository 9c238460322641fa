"""One record file read with positions: its text, its round-trip tree and its validated record.

Every problem is a :class:`~regelsyn.model.finding.Finding` that names the file, line, column
and field; nothing is raised. YAML and pydantic are imported only when a file is read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from regelsyn.i18n import t
from regelsyn.model.finding import Finding

if TYPE_CHECKING:
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")


@dataclass
class Loaded(Generic[M]):
    """One file as read: its round-trip tree (for positions and writes) and its record."""

    path: Path
    rel: str
    text: str | None = None
    tree: Any = None
    indent: Any = None
    form: Any = None  # store.form.Form: BOM, line endings and text, kept by a write
    raw: bytes | None = None  # the bytes as read: a write checks the file still holds them
    record: M | None = None
    findings: list[Finding] = field(default_factory=list)


def relative(root: Path, path: Path) -> str:
    """``path`` as the registry names it (``rules/x.yaml``); absolute when outside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def stem(rel: str) -> str:
    """A record's name from its path in the registry: ``reviews/2026-11-22.yaml`` →
    ``2026-11-22`` (what its id must be)."""
    return rel.rpartition("/")[2].removesuffix(".yaml")


def linked_outside(path: Path, rel: str) -> Path | None:
    """Where ``path`` leads when a link between the registry and the file (the file itself, or
    a folder such as ``rules/``) takes it outside the registry; None when it stays inside, or
    when the file was named from outside the registry (``rel`` absolute: a path a person
    typed). Costs one ``lstat`` a step when there is no link, as for nearly every file."""
    parts = rel.split("/")
    if PurePosixPath(rel).is_absolute() or ".." in parts or "" in parts:
        return None
    root = path.parents[len(parts) - 1]
    step = os.fspath(root)
    for part in parts:
        step = os.path.join(step, part)
        if os.path.islink(step):
            break
    else:
        return None
    try:
        target, base = path.resolve(), root.resolve()
    except (OSError, RuntimeError):  # a loop of links: reading the file says so
        return None
    return None if target.is_relative_to(base) else target


def read_file(path: Path, rel: str, model: type[M], data: bytes | None = None) -> Loaded[M]:
    """Parse and validate one file (``data``: its bytes, when they are at hand); every problem
    is a finding, nothing is raised. A file that a link takes outside the registry is not
    read."""
    from pydantic import ValidationError
    from ruamel.yaml.comments import CommentedMap

    from regelsyn.store import form, yamlio
    from regelsyn.store.locate import validation_findings

    loaded: Loaded[M] = Loaded(path=path, rel=rel)
    outside = linked_outside(path, rel)
    if outside is not None:
        loaded.findings.append(unreadable(rel, t("err.link_outside", target=str(outside))))
        return loaded
    try:
        raw = path.read_bytes() if data is None else data
        loaded.raw = raw
        loaded.text = yamlio.decode(raw)
        loaded.tree = yamlio.load(loaded.text)
    except yamlio.YamlProblem as exc:
        loaded.findings.append(unreadable(loaded.rel, exc.message, exc.line, exc.col))
        return loaded
    except OSError as exc:
        reason = exc.strerror or str(exc)
        loaded.findings.append(unreadable(loaded.rel, t("err.os", reason=reason)))
        return loaded
    loaded.indent = yamlio.guess_indent(loaded.text)
    loaded.form = form.detect(raw)
    if loaded.tree is None:
        loaded.findings.append(unreadable(loaded.rel, t("err.empty_file")))
        return loaded
    if not isinstance(loaded.tree, CommentedMap):
        loaded.findings.append(unreadable(loaded.rel, t("err.not_mapping")))
        return loaded
    try:
        loaded.record = model.model_validate(yamlio.to_plain(loaded.tree))
    except yamlio.YamlProblem as exc:
        loaded.findings.append(unreadable(loaded.rel, exc.message))
    except ValidationError as exc:
        loaded.findings.extend(validation_findings(exc, model, loaded.tree, loaded.rel))
    return loaded


def read_quick(path: Path, rel: str, model: type[M]) -> Loaded[M]:
    """A record to show, not to write back (no round-trip tree): read with the C parser where
    it vouches for the text and the record is valid; otherwise as :func:`read_file` reads it,
    with every problem placed. A long review reads in a tenth of the time."""
    from pydantic import ValidationError

    from regelsyn.store import fastload, yamlio

    if linked_outside(path, rel) is None:
        try:
            found, _ = fastload.load(yamlio.decode(path.read_bytes()))
            if isinstance(found, dict):
                loaded: Loaded[M] = Loaded(path=path, rel=rel)
                loaded.record = model.model_validate(found)
                return loaded
        except (fastload.GiveUp, yamlio.YamlProblem, ValidationError, OSError):
            pass
    return read_file(path, rel, model)


def unreadable(rel: str, message: str, line: int = 1, col: int = 1) -> Finding:
    return Finding("error", rel, "", message, line, col, code="unreadable", unreadable=True)


def from_json(fragment: str, model: type[M]) -> M:
    """A record from the JSON the index cache keeps (computed fields left out)."""
    import json

    data = json.loads(fragment)
    for name in model.model_computed_fields:  # hours_per_year: computed, not a field
        data.pop(name, None)
    return model.model_validate(data)


def plain(data: bytes | None) -> dict[str, Any] | None:
    """A version of a record as plain values (a mapping), or None when it is absent or cannot
    be read as one (a version with conflict markers, say); nothing is validated. Read with the
    C parser where it vouches for the text (many versions are read at once, by ``check``)."""
    from regelsyn.store import fastload, yamlio

    if data is None:
        return None
    try:
        text = yamlio.decode(data)
        try:
            found, _ = fastload.load(text)
        except fastload.GiveUp:
            found = yamlio.to_plain(yamlio.load(text))
    except yamlio.YamlProblem:
        return None
    return found if isinstance(found, dict) else None
