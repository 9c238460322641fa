"""The fixed words of the record formats as people type them.

Keys stay English in the YAML files; everywhere a person types one (a flag, an answer to a
question, a spreadsheet cell, a participant's side), the key, its label in any of the three
languages, a word people use for it (``fjern``, ``ansatte``) or an unambiguous beginning of any
of these is accepted, whatever the case. :func:`resolve` turns what was typed into the key, or
says which part was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regelsyn.i18n import CATALOGS, language, tl
from regelsyn.vocab import KINDS, SIDES, STATES, STATUSES, VERDICTS

STANCES = ("agreement", "disagreement")
REQUESTS = ("remove", "amend", "trial")
# each kind of word: its keys, and the catalog prefixes whose labels name them
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "kind": (KINDS, ("kind",)),
    "status": (STATUSES, ("status",)),
    "verdict": (VERDICTS, ("verdict",)),
    "state": (STATES, ("state",)),
    "request": (REQUESTS, ("request", "recommend")),
    "stance": (STANCES, ("stance",)),
    "side": (SIDES, ("side",)),
}


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[_\s]+", " ", text).casefold().split())


@dataclass(frozen=True)
class Unknown(Exception):
    """What was typed matches no word of the group (or, ``ambiguous``, more than one)."""

    typed: str
    group: str
    ambiguous: tuple[str, ...] = ()

    def message(self) -> str:
        """In the user's language: what was wrong, and the words that are right."""
        if self.ambiguous:
            names = ", ".join(label(self.group, key) for key in self.ambiguous)
            return tl("word.ambiguous", language(), typed=self.typed, words=names)
        return tl("word.unknown", language(), typed=self.typed, words=choices(self.group))


def _words(group: str) -> dict[str, set[str]]:
    """Every way of naming each key of ``group``, folded."""
    keys, prefixes = GROUPS[group]
    found: dict[str, set[str]] = {key: {_fold(key)} for key in keys}
    for catalog in CATALOGS.values():
        for key in keys:
            for prefix in prefixes:
                if (said := catalog.get(f"{prefix}.{key}")) is not None:
                    found[key].add(_fold(said))
            for word in catalog.get(f"word.{group}.{key}", "").split(","):
                if word.strip():
                    found[key].add(_fold(word))
    return found


def resolve(group: str, typed: str) -> str:
    """The key ``typed`` names in ``group``; :class:`Unknown` when none or several do."""
    wanted = _fold(typed)
    words = _words(group)
    if not wanted:
        raise Unknown(typed, group)
    exact = [key for key, names in words.items() if wanted in names]
    if len(exact) == 1:
        return exact[0]
    started = [key for key, names in words.items() if any(n.startswith(wanted) for n in names)]
    if len(started) == 1:
        return started[0]
    raise Unknown(typed, group, tuple(exact or started))


def label(group: str, key: str) -> str:
    """A key as people read it, in the current language."""
    prefix = GROUPS[group][1][0]
    said = tl(f"{prefix}.{key}", language())
    return key if said == f"{prefix}.{key}" else said


def choices(group: str) -> str:
    """The words of a group as a person reads them, for a refusal or a help text."""
    return ", ".join(label(group, key) for key in GROUPS[group][0])
