"""The meeting screen: the triage table, the participants, then each rule with the questions
that lead to a decision. The meeting's course (drafts, resume, recording) is
:mod:`regelsyn.app.meeting`'s; this module only shows and asks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from regelsyn.domain import verdicts
from regelsyn.domain.balance import MEASURING
from regelsyn.i18n import t, tn
from regelsyn.model import RegistryConfig, Rule, Use
from regelsyn.model.case import Case, Trial
from regelsyn.model.finding import issue_message
from regelsyn.model.review import Decision, DecisionsFile, Participant, Premises, TriageRow
from regelsyn.model.rule import PREMISES
from regelsyn.ui import tables
from regelsyn.ui.prompt import AnswerError, Prompter, Question, collect, parse_date


class MeetingScreen:
    """The meeting at a terminal (or, in tests, answered by a scripted prompter)."""

    def __init__(self, prompter: Prompter) -> None:
        self.prompter = prompter

    def resuming(self, done: int, total: int) -> None:
        self.prompter.say(tn("review.resuming", total, done=done))

    def triage(self, rows: list[TriageRow]) -> None:
        tables.triage_table(rows)

    def header(self, session: DecisionsFile) -> DecisionsFile:
        return ask_header(session, self.prompter)

    def decide(
        self,
        number: int,
        total: int,
        config: RegistryConfig,
        rule: Rule,
        rule_ids: set[str],
        open_cases: list[Case],
        learned: str | None = None,
    ) -> Decision:
        self.prompter.say(t("meet.rule_heading", number=number, total=total, title=rule.title))
        tables.rule_panel(rule, config)
        if learned:
            self.prompter.say(learned)
        return ask_decision(config, rule, rule_ids, self.prompter, open_cases)

    def confirm_save(self, count: int) -> bool:
        self.prompter.say(tn("review.all_decided", count))
        if self.prompter.confirm(t("review.confirm_save")):
            return True
        self.prompter.say(t("review.kept_draft"))
        return False


def terminal_screen() -> MeetingScreen:
    """The meeting at this terminal; refused (with the flags to use) when there is none."""
    from regelsyn.errors import UsageProblem
    from regelsyn.ui.prompt import TerminalPrompter, has_terminal

    if not has_terminal():
        raise UsageProblem(t("err.review_no_terminal"))
    return MeetingScreen(TerminalPrompter("--decisions FILE"))


def ask_header(session: DecisionsFile, prompter: Prompter) -> DecisionsFile:
    """Participants and decision maker, unless the command line gave them."""

    def participant(text: str) -> Participant:
        try:
            return Participant.from_text(text)
        except ValueError as exc:  # ask again
            raise AnswerError(str(exc)) from None

    participants = list(session.participants)
    if not participants:
        prompter.say(t("meet.participants_intro"))
        while True:
            label = t("meet.participant", number=len(participants) + 1)
            question = Question("participant", label, parse=participant, required=not participants)
            (answer,) = collect([question], prompter).values()
            if answer is None:
                break
            participants.append(answer)
    decided_by = session.decided_by
    if not decided_by:
        question = Question("decided_by", t("meet.decided_by"), required=True)
        decided_by = collect([question], prompter)["decided_by"]
    return session.model_copy(update={"participants": participants, "decided_by": decided_by})


def _premise(text: str) -> str | None:
    return None if text.strip() == "-" else text


def ask_premises(rule: Rule, prompter: Prompter) -> tuple[dict[str, str], list[str], list[str]]:
    """The premises as the meeting finds them: ``(stated, confirmed, not documented)``. Enter
    confirms the text on file; ``-`` marks a premise not documented, whatever the file says."""
    prompter.say(t("meet.premises_intro"))
    questions = [
        Question(name, t(f"meet.q_{name}"), parse=_premise, default=getattr(rule, name) or "")
        for name in PREMISES
    ]
    stated: dict[str, str] = {}
    confirmed: list[str] = []
    missing: list[str] = []
    for name, value in collect(questions, prompter).items():
        on_file = getattr(rule, name)
        if value is None:
            missing.append(name)
        elif on_file and value.strip() == on_file.strip():
            confirmed.append(name)
        elif value.strip():
            stated[name] = value
    return stated, confirmed, missing


def ask_use(rule: Rule, prompter: Prompter) -> Use | None:
    """Who uses a measurement's results, and the time it takes, as the meeting finds it; None
    when the meeting keeps what the record says. Enter keeps the text and figures on file; ``-``
    says that nobody uses the results (the time is then not asked)."""
    from regelsyn.ui.prompt import parse_int

    on_file = rule.use if isinstance(rule.use, Use) else Use(text=rule.use)
    prompter.say(t("meet.use_intro"))
    text = collect(
        [Question("use", t("meet.q_use"), parse=_premise, default=on_file.text or "")], prompter
    )["use"]
    if text is None or not text.strip():
        found = Use()
    else:
        figures = [
            ("minutes", t("meet.q_use_minutes"), _hours),
            ("per_year", t("meet.q_use_per_year"), _hours),
            ("people", t("meet.q_use_people"), parse_int),
        ]
        questions = [
            Question(f"use_{name}", label, parse=parse, default=_figure(getattr(on_file, name)))
            for name, label, parse in figures
        ]
        answers = collect(questions, prompter)
        found = Use(text=text, **{name: answers[f"use_{name}"] for name, _, _ in figures})
    kept = found.model_dump() == on_file.model_dump() or (
        found == Use() and not (on_file.text or "").strip() and on_file.hours_per_year is None
    )
    return None if kept else found


def _figure(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def ask_decision(
    config: RegistryConfig,
    rule: Rule,
    rule_ids: set[str],
    prompter: Prompter,
    open_cases: list[Case] | None = None,
) -> Decision:
    """One rule: its premises, then a verdict the workplace may take, then what that verdict
    needs, stance and action. A defence without a documented premise is refused at once, and
    the premises are asked again."""
    group = verdicts.triage(config, rule)
    prompter.say(t(f"meet.group_{group}"))
    for case in open_cases or []:
        prompter.say(t("meet.open_case", id=case.id, request=t(f"request.{case.request}"),
                       state=t(f"state.{case.status}")))  # fmt: skip
    allowed = verdicts.allowed_verdicts(config, rule)
    labels = {v: t(f"verdict.{v}") for v in allowed}
    use: Use | None = None
    asked_use = False
    while True:
        stated, confirmed, missing = ask_premises(rule, prompter)
        if rule.kind in MEASURING and not asked_use:
            use, asked_use = ask_use(rule, prompter), True
        found: dict[str, Any] = {
            "premises": Premises(**stated) if stated else None,
            "confirmed": confirmed,
            "not_documented": missing,
            "use": use,
        }
        documented = verdicts.stated_premises(
            rule, Decision(rule=rule.id, verdict="defer", **found)
        )
        suggestion, recommend = verdicts.suggested_verdict(config, rule, documented)
        if not documented and group == "not_dispensable":
            prompter.say(t("meet.eu_hint"))
        verdict = collect(
            [
                Question("verdict", t("meet.verdict"), choices=allowed, choice_labels=labels,
                         group="verdict", default=suggestion if suggestion in allowed else "",
                         required=True)
            ],
            prompter,
        )["verdict"]  # fmt: skip
        if verdict == "defend":
            refused = verdicts.defence_issues(config, documented)
            if refused:
                for issue in refused:
                    prompter.say(issue_message(issue))
                prompter.say(t("meet.premises_again"))
                continue
        fields: dict[str, Any] = {"rule": rule.id, "verdict": verdict, **found}
        fields.update(_follow_up(verdict, rule, rule_ids, recommend, prompter))
        fields.update(_stance_and_action(prompter))
        decision = Decision(**fields)
        problems = verdicts.decision_issues(config, rule, decision, rule_ids)
        if not problems:
            return decision
        for issue in problems:
            prompter.say(issue_message(issue))


def _follow_up(
    verdict: str, rule: Rule, rule_ids: set[str], recommend: str | None, prompter: Prompter
) -> dict[str, Any]:
    questions: list[Question] = []
    if verdict == "amend":
        questions.append(Question("text", t("meet.new_text"), required=True, default=rule.text))
    if verdict == "reduce_to_floor":
        questions.append(Question("text", t("meet.floor_text"), default=rule.floor or ""))
    if verdict in ("amend", "reduce_to_floor"):
        questions.append(Question("hours_after", t("meet.hours_after"), parse=_hours))
    if verdict == "merge":
        others = tuple(sorted(rule_ids - {rule.id}))
        questions.append(Question("into", t("meet.into"), required=True, choices=others))
    if verdict == "escalate":
        return _escalation(recommend, prompter)
    if verdict == "defer":
        questions.append(Question("reason", t("meet.reason"), required=True))
    else:
        questions.append(Question("grounds", t("meet.grounds")))
    return collect(questions, prompter)


def _escalation(recommend: str | None, prompter: Prompter) -> dict[str, Any]:
    """What the application to the rule's owner needs: what is asked, the problem, the
    committee's proposal, and for a trial its period, safeguards and evaluation."""
    choices = ("remove", "amend", "trial")
    labels = {c: t(f"recommend.{c}") for c in choices}
    answers = collect(
        [
            Question("recommend", t("meet.recommend"), choices=choices, choice_labels=labels,
                     group="request", default=recommend or "remove", required=True),
            Question("grounds", t("meet.problem"), required=True),
            Question("proposal", t("meet.proposal"), required=True),
        ],
        prompter,
    )  # fmt: skip
    if answers["recommend"] == "trial":
        terms = collect(trial_questions(), prompter)
        while True:
            try:
                answers["trial"] = Trial(**terms)
                break
            except ValueError:  # the end is not after the start
                prompter.say(t("err.trial_dates"))
                terms.update(collect(trial_questions()[:2], prompter))
    return answers


def trial_questions() -> list[Question]:
    """A trial's terms: period, the safeguards it must keep, how it is evaluated, and the
    lighter version tried in the rule's place (if any)."""
    return [
        Question("start", t("challenge.q_start"), parse=parse_date, required=True),
        Question("end", t("challenge.q_end"), parse=parse_date, required=True),
        Question("purpose_kept", t("opt.c_purpose_kept"), required=True),
        Question("legal_certainty_kept", t("opt.c_legal_certainty_kept"), required=True),
        Question("higher_rules_kept", t("opt.c_higher_rules_kept"), required=True),
        Question("evaluation", t("opt.c_evaluation"), required=True),
        Question("alternative", t("meet.trial_alternative")),
    ]


def _hours(text: str) -> float:
    from regelsyn.ui.prompt import parse_float
    from regelsyn.vocab import MAX_HOURS

    return parse_float(text, MAX_HOURS)


def _stance_and_action(prompter: Prompter) -> dict[str, Any]:
    stances = ("agreement", "disagreement")
    labels = {s: t(f"stance.{s}") for s in stances}
    result: dict[str, Any] = collect(
        [
            Question(
                "stance",
                t("meet.stance"),
                choices=stances,
                choice_labels=labels,
                default="agreement",
                required=True,
                group="stance",
            )
        ],
        prompter,
    )
    if result["stance"] == "disagreement":
        result.update(collect([Question("minority", t("meet.minority"), required=True)], prompter))
    owner = collect([Question("action_owner", t("meet.action_owner"))], prompter)["action_owner"]
    if owner:
        due: dt.date = collect(
            [Question("action_due", t("meet.action_due"), parse=parse_date, required=True)],
            prompter,
        )["action_due"]
        result["action"] = {"owner": owner, "due": due}
    return result
