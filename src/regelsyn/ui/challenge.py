"""The questions of ``challenge new`` for what the flags did not give, in the order a person
would tell it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from regelsyn.errors import UsageProblem
from regelsyn.i18n import t
from regelsyn.ui.prompt import Prompter, Question, collect, parse_date, parse_float
from regelsyn.vocab import MAX_HOURS

TRIAL_QUESTIONS = (
    ("start", "challenge.q_start"),
    ("end", "challenge.q_end"),
    ("purpose_kept", "opt.c_purpose_kept"),
    ("legal_certainty_kept", "opt.c_legal_certainty_kept"),
    ("higher_rules_kept", "opt.c_higher_rules_kept"),
    ("evaluation", "opt.c_evaluation"),
)


class Rules(Protocol):
    """Finds the rule a challenge is about (``app.challenge.RuleSearch``)."""

    def exists(self, text: str) -> bool: ...

    def find(self, text: str) -> Sequence[Found]: ...


class Found(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...


def ask_rule(given: dict[str, Any], rules: Rules, prompter: Prompter) -> dict[str, Any]:
    """Which rule, when ``given`` names none by its id: a title given as ``--rule``, an
    ``--unregistered`` title like those of registered rules, or nothing yet."""
    rule, unregistered = given.get("rule"), given.get("unregistered")
    if rule and not rules.exists(rule):
        return choose_rule(rule, rules, prompter)
    if unregistered and not given.get("new_rule") and rules.find(unregistered):
        return choose_rule(unregistered, rules, prompter)
    if not (rule or unregistered):
        return choose_rule(None, rules, prompter)
    return {}


def ask(given: dict[str, Any], rules: Rules, prompter: Prompter) -> dict[str, Any]:
    """Answers for the fields ``given`` lacks (keys as the challenge's fields)."""
    answers = ask_rule(given, rules, prompter)
    questions = []
    if not given.get("request"):
        choices = ("remove", "amend", "trial")
        labels = {c: t(f"request.{c}") for c in choices}
        questions.append(Question("request", t("challenge.q_request"), choices=choices,
                                  choice_labels=labels, required=True,
                                  group="request"))  # fmt: skip
    if not given.get("problem"):
        questions.append(Question("problem", t("challenge.q_problem"), required=True))
    if not given.get("proposal"):
        questions.append(Question("proposal", t("challenge.q_proposal")))
    if given.get("gain_hours") is None:
        gain = Question(
            "gain_hours", t("challenge.q_gain"), parse=lambda a: parse_float(a, MAX_HOURS)
        )
        questions.append(gain)
    answers.update(collect(questions, prompter))
    if not (given.get("filed_by") or given.get("anonymous")):
        if prompter.confirm(t("challenge.q_anonymous"), default=False):
            answers["anonymous"] = True
            answers.update(
                collect([Question("via", t("challenge.q_via"), required=True)], prompter)
            )
        else:
            answers.update(
                collect([Question("filed_by", t("challenge.q_filed_by"), required=True)], prompter)
            )
    if (answers.get("request") or given.get("request")) == "trial":
        asked = [
            Question(key, t(label), parse=parse_date if key in ("start", "end") else str,
                     required=True)
            for key, label in TRIAL_QUESTIONS
            if given.get(key) in (None, "")
        ]  # fmt: skip
        answers.update(collect(asked, prompter))
    return answers


def choose_rule(text: str | None, rules: Rules, prompter: Prompter) -> dict[str, Any]:
    """The rule the person means, from an id or words of its title, id or tags: the rules that
    fit are shown numbered and one is picked by its number; or, confirmed, a rule that is not
    registered yet (``unregistered``, ``new_rule``). Another text searches again."""
    for _attempt in range(SEARCHES):
        if not text:
            prompter.say(t("challenge.q_rule_help"))
            text = collect([Question("rule", t("challenge.q_rule"), required=True)], prompter)[
                "rule"
            ]
            assert text is not None
        if rules.exists(text):
            return {"rule": text, "unregistered": None}
        found = list(rules.find(text))
        if not found:
            prompter.say(t("challenge.found_none", text=text))
            if prompter.confirm(t("challenge.confirm_new", title=text), default=False):
                return {"rule": None, "unregistered": text, "new_rule": True}
            text = None
            continue
        picked = _pick(text, found, prompter)
        if isinstance(picked, int):
            return {"rule": found[picked].id, "unregistered": None}
        if picked is None:
            if prompter.confirm(t("challenge.confirm_new", title=text), default=False):
                return {"rule": None, "unregistered": text, "new_rule": True}
            text = None
        else:
            text = picked
    raise UsageProblem(t("prompt.gave_up", label=t("challenge.q_rule")))


SEARCHES = 10  # searches before the question gives up (a script that answers nonsense)


def _pick(text: str, found: list[Found], prompter: Prompter) -> int | str | None:
    """The number picked (from 0), None for a new rule, or a new text to search for."""
    prompter.say(t("challenge.found", text=text))
    prompter.say(numbered([(match.id, " ".join(match.title.split())) for match in found]))
    prompter.say(_hanging("  0. ", t("challenge.none_of_them", title=text), _columns()))
    question = Question("pick", t("challenge.q_pick"), required=True)
    for _attempt in range(5):
        answer = (prompter.ask(question) or "").strip()
        if answer.isdigit() and int(answer) <= len(found):
            return int(answer) - 1 if int(answer) else None
        if answer and not answer.isdigit():
            return answer
        prompter.say(t("challenge.pick_number", last=len(found)))
    raise UsageProblem(t("prompt.gave_up", label=t("challenge.q_pick")))


def numbered(rows: list[tuple[str, str]], columns: int | None = None) -> str:
    """``  1. id  title``, one a line with the ids aligned when that fits the terminal; else
    the title under its id. Ids are never broken; titles fold at spaces."""
    columns = columns or _columns()
    marks = [f"  {number}. " for number in range(1, len(rows) + 1)]
    lead = max(len(mark) for mark in marks)
    width = max(len(the_id) for the_id, _ in rows)
    if lead + width + 2 + 20 <= columns:
        return "\n".join(
            _hanging(mark.ljust(lead) + the_id.ljust(width) + "  ", title, columns)
            for mark, (the_id, title) in zip(marks, rows, strict=True)
        )
    return "\n".join(
        mark.ljust(lead) + the_id + "\n" + _hanging(" " * lead, title, columns)
        for mark, (the_id, title) in zip(marks, rows, strict=True)
    )


def _hanging(lead: str, text: str, columns: int) -> str:
    """``text`` after ``lead``, folded at spaces to ``columns``, its lines under its first."""
    import textwrap

    lines = textwrap.wrap(text, max(20, columns - len(lead) - 1), break_long_words=False,
                          break_on_hyphens=False) or [""]  # fmt: skip
    return "\n".join(
        ((lead if i == 0 else " " * len(lead)) + line).rstrip() for i, line in enumerate(lines)
    )


def _columns() -> int:
    import shutil

    return shutil.get_terminal_size((80, 24)).columns
