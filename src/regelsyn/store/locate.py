"""Turn validation errors into findings that name the file, line, column and field."""

from __future__ import annotations

import datetime as dt
import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from regelsyn.i18n import number, t, tn
from regelsyn.model.finding import Finding, Issue, Loc, field_path


def position(root: Any, loc: Loc, *, key: bool = False) -> tuple[int, int]:
    """1-based line and column of the value at ``loc`` in a round-trip tree.

    Where the value is missing, the nearest enclosing key is given instead; ``key=True`` points
    at the key itself (for an unknown key).
    """
    node = root
    pos = (0, 0)
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        lc = getattr(node, "lc", None)
        if lc is None:
            break
        try:
            if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
                pos = lc.item(part)
                node = node[part]
            elif isinstance(part, str) and isinstance(node, dict) and part in node:
                pos = lc.key(part) if (key and last) else lc.value(part)
                if not last:
                    pos = lc.key(part)
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    return pos[0] + 1, pos[1] + 1


def place(root: Any, file: str, issue: Issue, message: str) -> Finding:
    line, col = position(root, issue.loc, key=issue.code == "extra_forbidden")
    return Finding(
        severity=issue.severity,
        file=file,
        field=field_path(issue.loc),
        message=message,
        line=line,
        col=col,
        code=issue.code,
    )


def validation_issues(exc: ValidationError, model: type[BaseModel]) -> list[tuple[Issue, str]]:
    """Each pydantic error as an issue with a localised message.

    A misspelt key gives two errors, the unknown key and the missing one; only the first is
    kept, since its "did you mean" already says what to do.
    """
    errors = exc.errors(include_url=False)
    misspelt = {
        (*err["loc"][:-1], hint)
        for err in errors
        if err["type"] == "extra_forbidden" and (hint := _close_key(err, model))
    }
    result = []
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "missing" and loc in misspelt:
            continue
        result.append((Issue("error", err["type"], loc), describe(err, model)))
    return result


def _close_key(err: ErrorDetails, model: type[BaseModel]) -> str | None:
    known = allowed_keys(model, tuple(err["loc"][:-1]))
    close = difflib.get_close_matches(str(err["loc"][-1]), known, n=1, cutoff=0.6)
    return close[0] if close else None


def validation_findings(
    exc: ValidationError, model: type[BaseModel], root: Any, file: str
) -> list[Finding]:
    return [place(root, file, issue, msg) for issue, msg in validation_issues(exc, model)]


_SIMPLE = {
    "missing": "v.missing",
    "string_type": "v.string_type",
    "string_too_short": "v.string_too_short",
    "int_type": "v.int",
    "int_parsing": "v.int",
    "int_from_float": "v.int",
    "float_type": "v.float",
    "float_parsing": "v.float",
    "bool_type": "v.bool",
    "bool_parsing": "v.bool",
    "date_type": "v.date",
    "date_parsing": "v.date",
    "date_from_datetime_parsing": "v.date",
    "date_from_datetime_inexact": "v.date",
    "list_type": "v.list",
    "model_type": "v.mapping",
    "model_attributes_type": "v.mapping",
    "dict_type": "v.mapping",
    "greater_than_equal": "v.ge",
    "less_than_equal": "v.le",
    "too_short": "v.too_short",
    "string_pattern_mismatch": "v.slug",
    "literal_error": "v.literal",
}


def describe(err: ErrorDetails, model: type[BaseModel]) -> str:
    """A pydantic error in the user's language."""
    kind = err["type"]
    ctx = dict(err.get("ctx") or {})
    value = show(err.get("input"))
    if kind == "extra_forbidden":
        name = str(err["loc"][-1])
        hint = _close_key(err, model)
        if hint:
            return t("v.extra_hint", key=name, hint=hint)
        known = allowed_keys(model, tuple(err["loc"][:-1]))
        return t("v.extra", key=name, known=", ".join(known))
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        choices = str(expected).replace("' or '", "', '").replace("'", "")
        return t("v.literal", value=value, expected=choices)
    key = _SIMPLE.get(kind)
    if key is None:
        return str(err["msg"])
    for bound in ("ge", "le"):  # 525.600 as people write it, not 525600.0
        if isinstance(ctx.get(bound), int | float):
            ctx[bound] = number(ctx[bound])
    if kind == "too_short":
        return tn(key, int(ctx.get("min_length", 1)), value=value)
    return t(key, value=value, **ctx)


def show(value: Any) -> str:
    """A value as the user wrote it, short."""
    if value is None:
        return "null"
    if isinstance(value, dt.date | int | float | bool):
        return str(value).lower() if isinstance(value, bool) else str(value)
    if isinstance(value, str):
        return repr(value[:60])
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return type(value).__name__


def allowed_keys(model: type[BaseModel], path: Loc) -> list[str]:
    """The keys a mapping at ``path`` inside ``model`` may hold."""
    current: type[BaseModel] | None = model
    for part in path:
        if current is None:
            return []
        if isinstance(part, int):
            continue
        field = _field(current, part)
        current = _model_in(field.annotation) if field else None
    if current is None:
        return []
    return [f.alias or name for name, f in current.model_fields.items()]


def _field(model: type[BaseModel], name: str) -> Any:
    for field_name, field in model.model_fields.items():
        if name in (field_name, field.alias):
            return field
    return None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_in(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
