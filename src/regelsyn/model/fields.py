"""A record's fields as flat, dotted names (spreadsheet columns, flags) and back; no pydantic."""

from __future__ import annotations

from typing import Any

# fields that hold either a text or a mapping with the text beside figures: their text is the
# column (and flag) named as the field itself, so that a plain text and the mapping's text are
# the same column
TEXT_OR_MAPPING = {"use": "text"}
USE_FIGURES = ("minutes", "per_year", "people")


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"owner": {"level": "x"}}`` → ``{"owner.level": "x"}`` (a record as spreadsheet
    columns); ``{"use": {"text": "x"}}`` → ``{"use": "x"}``, as a plain ``use: x``."""
    result: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            inner = flatten(value, f"{name}.")
            text = TEXT_OR_MAPPING.get(name) if not prefix else None
            if text is not None and f"{name}.{text}" in inner:
                inner[name] = inner.pop(f"{name}.{text}")
            result.update(inner)
        else:
            result[name] = value
    return result


def nest(fields: dict[str, Any]) -> dict[str, Any]:
    """``{"owner.level": "x"}`` → ``{"owner": {"level": "x"}}``; ``use`` beside ``use.minutes``
    is the mapping's text."""
    fields = dict(fields)
    for name, text in TEXT_OR_MAPPING.items():
        if name in fields and any(dotted.startswith(f"{name}.") for dotted in fields):
            fields[f"{name}.{text}"] = fields.pop(name)
    result: dict[str, Any] = {}
    for dotted, value in fields.items():
        target = result
        *parents, last = dotted.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return result


def use_changes(current: Any, given: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    """The changes that set the ``use`` fields in ``given`` (``use`` for the text, ``use.minutes``,
    ``use.per_year``, ``use.people``) on a record whose ``use`` is ``current`` (a text, a
    mapping or None), keeping the form the file has: a plain text stays a text while no figure
    is given; a figure makes it a mapping with the text beside it. Other keys are ignored."""
    figures = {
        dotted.split(".", 1)[1]: value
        for dotted, value in given.items()
        if dotted.startswith("use.") and dotted.split(".", 1)[1] in USE_FIGURES
    }
    if isinstance(current, dict):
        wanted = {**figures, **({"text": given["use"]} if "use" in given else {})}
        return {("use", key): v for key, v in wanted.items() if current.get(key) != v}
    if all(value is None for value in figures.values()):
        return {("use",): given["use"]} if "use" in given else {}
    text = given.get("use", current)
    return {("use",): {"text": text, **{key: figures.get(key) for key in USE_FIGURES}}}
