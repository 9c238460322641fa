"""The questions of ``challenge new`` for what the flags did not give, in the order a person
would tell it."""

from __future__ import annotations

from typing import Any

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


def ask(given: dict[str, Any], rule_ids: list[str], prompter: Prompter) -> dict[str, Any]:
    """Answers for the fields ``given`` lacks (keys as the challenge's fields)."""
    answers: dict[str, Any] = {}
    if not (given.get("rule") or given.get("unregistered")):
        prompter.say(t("challenge.q_rule_help"))
        found = collect([Question("rule", t("challenge.q_rule"), required=True)], prompter)
        if found["rule"] in rule_ids:
            answers["rule"] = found["rule"]
        else:
            answers["unregistered"] = found["rule"]
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
