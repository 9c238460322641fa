"""Questions are data; this is the one module that asks them.

A :class:`Question` knows how to turn an answer into a value. A prompter only supplies text:
:class:`TerminalPrompter` asks a person, :class:`ScriptedPrompter` answers from a dict (tests).
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from regelsyn.errors import UsageProblem
from regelsyn.i18n import t
from regelsyn.inert import text as inert


class AnswerError(ValueError):
    """An answer that cannot be used; the message says why, in the user's language."""


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    parse: Callable[[str], Any] = str
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str = ""
    help: str = ""
    choice_labels: dict[str, str] = field(default_factory=dict)
    group: str = ""  # the kind of word the choices are (i18n.words): its words in any language

    @property
    def shown_default(self) -> str:
        """The default as a person reads it: the label of a choice, not its key."""
        return self.choice_labels.get(self.default, self.default)

    def answer(self, raw: str) -> Any:
        text = raw.strip() or self.default
        if not text:
            if self.required:
                raise AnswerError(t("prompt.required"))
            return None
        if self.choices:
            text = self._choice(text)
        return self.parse(text)

    def _choice(self, text: str) -> str:
        """A choice by its number, its key, its label (in any language, for a word group), or
        an unambiguous beginning of one of these, whatever the case."""
        if text.isdigit() and 1 <= int(text) <= len(self.choices):
            return self.choices[int(text) - 1]
        if self.group:
            from regelsyn.i18n import words

            try:
                found = words.resolve(self.group, text)
            except words.Unknown:
                found = ""
            if found in self.choices:
                return found
        folded = text.casefold()
        names = {choice: {choice.casefold(), self.choice_labels.get(choice, choice).casefold()}
                 for choice in self.choices}  # fmt: skip
        for exact in (True, False):
            hits = [
                choice
                for choice, known in names.items()
                if (folded in known if exact else any(n.startswith(folded) for n in known))
            ]
            if len(hits) == 1:
                return hits[0]
        shown = ", ".join(self.choice_labels.get(choice, choice) for choice in self.choices)
        raise AnswerError(t("prompt.choose", typed=text, choices=shown))


class Prompter(Protocol):
    def ask(self, question: Question) -> str: ...

    def say(self, message: str) -> None: ...

    def confirm(self, message: str, default: bool = True) -> bool: ...


def has_terminal() -> bool:
    """A person can answer here: standard input is a terminal (not a file, a pipe, /dev/null,
    nor closed altogether, as with ``0<&-``)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # a closed or broken stream
        return False


class TerminalPrompter:
    """Asks a person at a terminal; refuses to start without one. Everything it shows from a
    record (a default, a level's name) is inert."""

    def __init__(self, flags_hint: str) -> None:
        if not has_terminal():
            raise UsageProblem(t("err.no_terminal", flags=flags_hint))
        self.flags_hint = flags_hint

    def ask(self, question: Question) -> str:
        from regelsyn.ui.console import err

        if question.choices:
            for number, choice in enumerate(question.choices, 1):
                label = question.choice_labels.get(choice, choice)
                err.print(f"  {number}. {inert(label)}", markup=False)
        suffix = f" [{inert(question.shown_default, lines=True)}]" if question.default else ""
        if question.help:
            err.print(inert(question.help, lines=True), style="dim", markup=False)
        label = inert(question.label)
        after = " " if label.rstrip().endswith(("?", ":")) else ": "  # never "?:"
        try:
            return input(f"{label}{suffix}{after}")
        except EOFError:  # the input ended (Ctrl-D, or a pipe that ran dry)
            raise UsageProblem(t("err.no_terminal", flags=self.flags_hint)) from None

    def say(self, message: str) -> None:
        from regelsyn.ui.console import err

        err.print(inert(message, lines=True), markup=False)

    def confirm(self, message: str, default: bool = True) -> bool:
        hint = t("prompt.yes_no_default_yes") if default else t("prompt.yes_no_default_no")
        try:
            answer = input(f"{inert(message, lines=True)} {hint} ").strip().lower()
        except EOFError:
            return False
        if not answer:
            return default
        return answer[0] in t("prompt.yes_letters")


class ScriptedPrompter:
    """Answers from a dict keyed by question key; records what it was asked."""

    def __init__(self, answers: dict[str, str], confirm: bool = False) -> None:
        self.answers = answers
        self.asked: list[str] = []
        self.said: list[str] = []
        self._confirm = confirm

    def ask(self, question: Question) -> str:
        self.asked.append(question.key)
        return self.answers.get(question.key, "")

    def say(self, message: str) -> None:
        self.said.append(message)

    def confirm(self, message: str, default: bool = True) -> bool:
        self.said.append(message)
        return self._confirm


def collect(questions: list[Question], prompter: Prompter, *, retries: int = 5) -> dict[str, Any]:
    """Ask each question until it gets a usable answer; returns ``{key: value}``."""
    answers: dict[str, Any] = {}
    for question in questions:
        for _attempt in range(retries):
            try:
                answers[question.key] = question.answer(prompter.ask(question))
                break
            except AnswerError as exc:
                prompter.say(str(exc))
        else:
            raise UsageProblem(t("prompt.gave_up", label=question.label))
    return answers


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise AnswerError(t("v.date_answer", value=text)) from None


def parse_float(text: str, limit: float | None = None) -> float:
    """A number of at least 0 (and at most ``limit``), with a comma or a point for decimals."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise AnswerError(t("v.number_answer", value=text)) from None
    if not math.isfinite(value):  # "inf", "nan": words, not numbers
        raise AnswerError(t("v.number_answer", value=text))
    if value < 0:
        raise AnswerError(t("v.negative_answer", value=text))
    if limit is not None and value > limit:
        from regelsyn.i18n import number

        raise AnswerError(t("v.le", le=number(limit), value=text))
    return value


def parse_int(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise AnswerError(t("v.int_answer", value=text)) from None
    if value < 0:
        raise AnswerError(t("v.negative_answer", value=text))
    return value


def parse_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
