"""The rules of the process (DESIGN.md §3) on every path: the interactive meeting, decisions
files, flags, the editor, imports, replies and evaluations. Each test names the defect it
pins (issue 12's list)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from regelsyn.app import challenge, meeting, review
from regelsyn.app.registry import open_registry
from regelsyn.errors import BrokenFiles, Refused
from regelsyn.model.case import Case
from regelsyn.model.review import Decision, DecisionsFile, Participant, Premises
from regelsyn.store.registry import Registry
from regelsyn.ui.meeting import MeetingScreen, ask_decision
from regelsyn.ui.prompt import Question
from tests.helpers import build_tree, run

DAY = dt.date(2026, 11, 27)
PEOPLE = [
    Participant(name="Anne Holm", side="ledelse", role="formand"),
    Participant(name="Bo Jensen", side="medarbejdere", role="naestformand"),
]
TRIAL_TERMS = {
    "start": dt.date(2027, 1, 1),
    "end": dt.date(2027, 6, 30),
    "purpose_kept": "Én daglig måling holder kølevarerne sikre.",
    "legal_certainty_kept": "Ingen borgerrettigheder berøres.",
    "higher_rules_kept": "Egenkontrolprogrammet følges fortsat.",
    "evaluation": "Køkkenlederen gennemgår afvigelser i juli 2027.",
}


class Script:
    """A prompter that must be asked exactly these questions, in this order."""

    def __init__(self, answers: list[tuple[str, str]], confirm: bool = True) -> None:
        self.answers = list(answers)
        self.said: list[str] = []
        self._confirm = confirm

    def ask(self, question: Question) -> str:
        assert self.answers, f"asked {question.key!r} after the script ended"
        key, answer = self.answers.pop(0)
        assert question.key == key, (question.key, key, self.said[-3:])
        self.asked_default = question.default
        return answer

    def say(self, message: str) -> None:
        self.said.append(message)

    def confirm(self, message: str, default: bool = True) -> bool:
        self.said.append(message)
        return self._confirm


def _rule(registry: Path, rule_id: str) -> Any:
    record = Registry(registry).rule(rule_id).record
    assert record is not None
    return record


def _meet(registry: Path, *decisions: Decision, date: dt.date = DAY) -> Any:
    session = DecisionsFile(date=date, participants=PEOPLE, decided_by="Anne Holm",
                            decisions=[*decisions])  # fmt: skip
    return meeting.apply(open_registry(registry), session, meeting.Options(date=date))


# -- 1. a defence needs a premise documented at the meeting ---------------------------------
def test_a_defence_with_every_premise_marked_not_documented_is_refused_at_once(
    example: Path,
) -> None:
    registry = open_registry(example)
    config = registry.config()
    rule = _rule(example, "rengoering-log")  # has a purpose on file
    assert rule.purpose
    script = Script(
        [
            ("purpose", "-"), ("effect", "-"), ("legal_certainty", "-"),
            ("verdict", "1"),  # defend: refused at once, before any other question
            ("purpose", ""), ("effect", "Ingen fund ved tilsyn 2023-2025."),
            ("legal_certainty", "-"),
            ("verdict", ""),  # the default is now defend
            ("grounds", ""), ("stance", ""), ("action_owner", ""),
        ]
    )  # fmt: skip
    decision = ask_decision(config, rule, {"rengoering-log"}, script)
    assert script.answers == []
    assert any("at least one documented premise" in m or "mindst én" in m for m in script.said)
    assert decision.verdict == "defend"
    assert decision.confirmed == ["purpose"] and decision.not_documented == ["legal_certainty"]
    assert decision.premises == Premises(effect="Ingen fund ved tilsyn 2023-2025.")


def test_the_default_for_an_undefended_rule_is_remove_or_escalate(example: Path) -> None:
    registry = open_registry(example)
    config = registry.config()
    for rule_id, default in (("rengoering-log", "remove"), ("besoeg-klokkeslaet", "escalate")):
        rule = _rule(example, rule_id)
        use = [("use", "")] if rule.kind == "registration" else []  # asked of a measurement
        script = Script([("purpose", "-"), ("effect", "-"), ("legal_certainty", "-"), *use,
                         ("verdict", "3")])  # fmt: skip
        with pytest.raises(AssertionError, match="after the script ended"):
            ask_decision(config, rule, {rule_id}, script)
        assert script.asked_default == default


def test_a_decisions_file_defends_only_on_premises_it_states_or_confirms(example: Path) -> None:
    recorded = _meet(
        example,
        Decision(rule="rengoering-log", verdict="defend", confirmed=["purpose"]),
    )
    (decision,) = recorded.review.decisions
    rule = _rule(example, "rengoering-log")
    assert decision.premises == Premises(purpose=rule.purpose)  # what the log shows
    assert rule.status == "defended"


# -- 2 and 3. an escalation carries its proposal and a trial's terms ---------------------------
def test_a_trial_recommended_at_a_meeting_has_its_terms_and_can_be_sent_on(example: Path) -> None:
    from regelsyn.model.case import Trial

    recorded = _meet(
        example,
        Decision(
            rule="besoeg-klokkeslaet", verdict="escalate", recommend="trial",
            grounds="Klokkeslæt bruges ikke.", proposal="Registrér besøg pr. dag i et halvt år.",
            trial=Trial(**TRIAL_TERMS),
        ),
    )  # fmt: skip
    case_id = recorded.review.decisions[0].case
    document = (example / "cases" / f"{case_id}.md").read_text(encoding="utf-8")
    assert "Forsøgsperiode: 2027-01-01 til 2027-06-30." in document
    assert "Egenkontrolprogrammet følges fortsat." in document
    assert "## Forslaget\n\nRegistrér besøg pr. dag i et halvt år.\n" in document
    assert "## Problemet\n\nKlokkeslæt bruges ikke.\n" in document
    registry = Registry(example)
    moved = run("case", "reply", case_id, "--outcome", "redirected", registry=example)
    assert moved.exit_code == 0, moved.stderr
    again = run("escalate", case_id, "--to", "kommunalbestyrelse", registry=example)
    assert again.exit_code == 0, again.stderr
    sent = registry.case(case_id).record
    assert sent is not None and sent.target_level == "kommunalbestyrelse"
    assert sent.trial is not None and sent.trial.start == dt.date(2027, 1, 1)


def test_escalate_takes_a_trials_terms_as_flags(example: Path) -> None:
    result = run(
        "escalate", "besoeg-klokkeslaet", "--recommend", "trial", "--problem", "x",
        "--proposal", "y", "--start", "2027-01-01", "--end", "2027-06-30",
        "--purpose-kept", "a", "--legal-certainty-kept", "b", "--higher-rules-kept", "c",
        "--evaluation", "d", "--alternative", "Registrering pr. dag.", registry=example,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    (case,) = [c.record for c in Registry(example).load_cases()]
    assert case is not None and case.trial is not None
    assert case.trial.alternative == "Registrering pr. dag."
    missing = run("--lang", "en", "escalate", "besoeg-klokkeslaet", "--recommend", "trial",
                  registry=example)  # fmt: skip
    assert missing.exit_code == 1
    assert missing.err_lines[0].startswith("Error: ") and "--start" in missing.err_lines[0]


def test_an_escalation_from_the_command_line_claims_no_committee_stance(example: Path) -> None:
    result = run("escalate", "besoeg-klokkeslaet", "--problem", "x", "--proposal", "y",
                 "--by", "Carla Nielsen", registry=example)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    (path,) = (example / "cases").glob("E-*.md")
    text = path.read_text(encoding="utf-8")
    assert "står samlet" not in text and "uenighed" not in text.lower()


# -- 4. a trial acts only between its start and end ---------------------------------------------
def _trial_case(example: Path, **extra: str) -> str:
    args = ["challenge", "new", "--rule", "koeletemperatur-log", "--request", "trial",
            "--problem", "x", "--filed-by", "Dorte Bak"]  # fmt: skip
    for name, value in {**{k: str(v) for k, v in TRIAL_TERMS.items()}, **extra}.items():
        args += [f"--{name.replace('_', '-')}", value]
    assert run(*args, registry=example).exit_code == 0
    (path,) = (example / "cases").glob("U-*.yaml")
    return path.stem


def test_a_granted_trial_suspends_the_rule_from_its_start(example: Path) -> None:
    case_id = _trial_case(example)
    hours = _rule(example, "koeletemperatur-log").hours_per_year
    assert run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "Ja.",
               "--by", "Anne Holm", registry=example).exit_code == 0  # fmt: skip
    rule = _rule(example, "koeletemperatur-log")
    assert (rule.status, rule.suspended_from, rule.suspended_until) == (
        "suspended", dt.date(2027, 1, 1), dt.date(2027, 6, 30))  # fmt: skip
    before = json.loads(run("report", "--format", "json", registry=example).stdout)
    os.environ["REGELSYN_TODAY"] = "2027-02-01"
    during = json.loads(run("report", "--format", "json", registry=example).stdout)
    assert during["hours_suspended"] - before["hours_suspended"] == hours
    assert before["hours_remaining"] - during["hours_remaining"] == hours
    for outcome in ("made_permanent", "reverted"):
        os.environ["REGELSYN_TODAY"] = "2026-12-15"
        early = run("challenge", "evaluate", case_id, "--result", "x", "--outcome", outcome,
                    registry=example)  # fmt: skip
        assert early.exit_code == 1
        assert _rule(example, "koeletemperatur-log").status == "suspended"


def test_a_trial_of_a_lighter_version_made_permanent_becomes_the_rule(example: Path) -> None:
    case_id = _trial_case(example, alternative="Én måling om dagen kl. 8.")
    assert run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "Ja.",
               "--by", "Anne Holm", registry=example).exit_code == 0  # fmt: skip
    done = run("challenge", "evaluate", case_id, "--result", "Ingen afvigelser.", "--outcome",
               "made_permanent", "--date", "2027-07-01", registry=example)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    rule = _rule(example, "koeletemperatur-log")
    assert (rule.status, rule.text) == ("amended", "Én måling om dagen kl. 8.")
    assert rule.suspended_from is None and rule.suspended_until is None
    assert rule.next_review == dt.date(2029, 7, 1)


def test_a_trial_cannot_be_granted_after_its_end(example: Path) -> None:
    case_id = _trial_case(example)
    late = run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "Ja.",
               "--by", "A", "--date", "2027-07-01", registry=example)  # fmt: skip
    assert late.exit_code == 1
    assert _rule(example, "koeletemperatur-log").status == "active"


# -- 5. governance cannot be bypassed --------------------------------------------------------------
def test_an_owner_change_is_in_the_history_and_flagged_until_reviewed(example: Path) -> None:
    edited = run("rule", "edit", "rengoering-log", "--owner-level", "forvaltning",
                 registry=example)  # fmt: skip
    assert edited.exit_code == 0, edited.stderr
    entry = _rule(example, "rengoering-log").history[-1]
    assert (entry.event, entry.fields) == ("edited", ["owner.level"])
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    assert [(f["file"], f["field"]) for f in found if f["code"] == "owner_changed"] == [
        ("rules/rengoering-log.yaml", "owner.level")
    ]
    _meet(example, Decision(rule="rengoering-log", verdict="escalate", recommend="remove",
                            proposal="Fjern den."))  # fmt: skip
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    assert "owner_changed" not in [f["code"] for f in found]


def test_an_imported_sheet_cannot_change_a_status_or_remove_a_higher_rule(example: Path) -> None:
    sheet = example / "ark.csv"
    sheet.write_text("Id;Titel;Status\narbejdstidsregistrering;Registrering af daglig "
                     "arbejdstid;fjernet\n", encoding="utf-8")  # fmt: skip
    before = (example / "rules" / "arbejdstidsregistrering.yaml").read_bytes()
    result = run("--lang", "en", "import", sheet, registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        f"{sheet}:2:C: Status: The status of the rule 'arbejdstidsregistrering' is not changed "
        "by hand: a review (regelsyn review) or a case (regelsyn challenge, regelsyn case reply) "
        "changes it."
    )
    assert (example / "rules" / "arbejdstidsregistrering.yaml").read_bytes() == before


def test_the_editor_cannot_change_a_status(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("regelsyn.ui.prompt.has_terminal", lambda: True)  # the editor needs one
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('status: active', 'status: removed'))\n"
    )
    os.environ["EDITOR"] = f"{os.sys.executable} {editor}"  # type: ignore[attr-defined]
    try:
        result = run("--lang", "en", "rule", "edit", "arbejdstidsregistrering", registry=example)
    finally:
        del os.environ["EDITOR"]
    assert result.exit_code == 1
    assert any("is not changed by hand" in line for line in result.err_lines)
    assert _rule(example, "arbejdstidsregistrering").status == "active"


# -- 6. a settled case settles its rule ------------------------------------------------------------
@pytest.mark.parametrize(
    ("outcome", "status", "next_review"),
    [
        ("granted", "removed", None),
        ("partly", "active", DAY),  # due now: the committee carries out what was granted
        ("rejected", "active", dt.date(2028, 11, 27)),
        ("withdrawn", "active", DAY),
    ],
)
def test_a_reply_or_withdrawal_settles_an_escalated_rule(
    example: Path, outcome: str, status: str, next_review: dt.date | None
) -> None:
    recorded = _meet(example, Decision(rule="besoeg-klokkeslaet", verdict="escalate",
                                       recommend="remove", proposal="Fjern den."))  # fmt: skip
    case_id = recorded.review.decisions[0].case
    assert case_id is not None
    if outcome == "withdrawn":
        moved = run("challenge", "decide", case_id, "--outcome", "withdrawn", "--reasons", "x",
                    "--by", "A", registry=example)  # fmt: skip
    else:
        moved = run("case", "reply", case_id, "--outcome", outcome, registry=example)
    assert moved.exit_code == 0, moved.stderr
    rule = _rule(example, "besoeg-klokkeslaet")
    assert (rule.status, rule.next_review) == (status, next_review)
    assert rule.history[-1].status == status
    due = json.loads(run("due", "--within", "0d", "--format", "json", registry=example).stdout)
    assert ("besoeg-klokkeslaet" in [r["id"] for r in due]) == (outcome in ("partly", "withdrawn"))
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    assert not [f for f in found if f["file"] == "rules/besoeg-klokkeslaet.yaml"
                and f["code"] in ("review_overdue", "status_unbacked")]  # fmt: skip


def test_an_escalated_rule_is_neither_due_nor_overdue(example: Path) -> None:
    _meet(example, Decision(rule="koeletemperatur-log", verdict="defer", reason="x"),
          Decision(rule="kvalitetsindberetning", verdict="escalate", recommend="remove",
                   proposal="Fjern den."))  # fmt: skip
    assert _rule(example, "kvalitetsindberetning").next_review == dt.date(2026, 6, 1)
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    overdue = {f["file"] for f in found if f["code"] == "review_overdue"}
    assert "rules/kvalitetsindberetning.yaml" not in overdue
    assert "rules/koeletemperatur-log.yaml" in overdue  # deferred: still overdue


# -- 7. an amendment's new burden is the rule's ----------------------------------------------------
def test_an_amendments_hours_after_are_written_and_counted_once(example: Path) -> None:
    before = _rule(example, "haandkoebsmedicin-to-underskrifter").hours_per_year
    report0 = json.loads(run("report", "--format", "json", registry=example).stdout)
    _meet(example, Decision(rule="haandkoebsmedicin-to-underskrifter", verdict="amend",
                            text="Én underskrift er nok.", hours_after=93.8))  # fmt: skip
    rule = _rule(example, "haandkoebsmedicin-to-underskrifter")
    assert rule.hours_per_year == 93.8
    report = json.loads(run("report", "--format", "json", registry=example).stdout)
    assert report["hours_freed"] == round(before - 93.8, 1)
    assert round(report["hours_remaining"] + report["hours_freed"], 1) == report0["hours_remaining"]


# -- 8. the signature block names the chair and the vice-chair -------------------------------------
def test_roles_are_understood_in_any_language_and_fill_the_signature_rows(example: Path) -> None:
    Path("d.yaml").write_text(
        "date: 2026-11-22\ndecided_by: Anne Holm\ndecisions:\n"
        "  - {rule: ugentlig-vejning, verdict: remove}\n",
        encoding="utf-8",
    )
    people = ["--participant", "Anne Holm:ledelse:Formand",
              "--participant", "Bo Jensen:medarbejdere:næstformand"]  # fmt: skip
    result = run("review", "--decisions", "d.yaml", *people, registry=example)
    assert result.exit_code == 0, result.stderr
    log = (example / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert log.endswith("| formand | Anne Holm | | |\n| næstformand | Bo Jensen | | |\n")
    review = (example / "reviews" / "2026-11-22.yaml").read_text(encoding="utf-8")
    assert "role: formand" in review and "role: naestformand" in review


def test_norwegian_leader_and_deputy_fill_the_signature_rows(example: Path) -> None:
    config = example / "regelsyn.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: da", "language: nb"),
                      encoding="utf-8")  # fmt: skip
    Path("d.yaml").write_text(
        "date: 2026-11-22\nparticipants:\n"
        "  - {name: Kari Nordmann, side: ledelse, role: leder}\n"
        "  - {name: Ola Hansen, side: medarbejdere, role: Nestleder}\n"
        "decided_by: Kari Nordmann\ndecisions:\n"
        "  - {rule: ugentlig-vejning, verdict: remove}\n",
        encoding="utf-8",
    )
    assert run("review", "--decisions", "d.yaml", registry=example).exit_code == 0
    log = (example / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert log.endswith("| leder | Kari Nordmann | | |\n| nestleder | Ola Hansen | | |\n")


# -- 9. a merge needs a target that stays -------------------------------------------------------
def test_a_rule_is_not_merged_into_a_removed_one(example: Path) -> None:
    Path("d.yaml").write_text(
        "participants: [{name: A, side: ledelse}]\ndecided_by: A\ndecisions:\n"
        "  - {rule: udflugt-indkoeb-godkendelse, verdict: remove}\n"
        "  - {rule: koeletemperatur-log, verdict: merge, into: udflugt-indkoeb-godkendelse}\n",
        encoding="utf-8",
    )
    result = run("--lang", "en", "review", "--decisions", "d.yaml", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        "d.yaml:5:55: decisions[1].into: koeletemperatur-log (Temperaturmåling af køleskabe to "
        "gange dagligt): the rule 'udflugt-indkoeb-godkendelse' is removed (or is removed at this "
        "meeting); a rule cannot be merged into a removed rule"
    )
    assert not (example / "reviews").exists()


# -- 10. the report counts each rule once --------------------------------------------------------
def test_a_rule_escalated_then_removed_by_its_owner_counts_once(example: Path) -> None:
    hours = _rule(example, "besoeg-klokkeslaet").hours_per_year
    recorded = _meet(example, Decision(rule="besoeg-klokkeslaet", verdict="escalate",
                                       recommend="remove", proposal="Fjern den."))  # fmt: skip
    case_id = recorded.review.decisions[0].case
    assert run("case", "reply", case_id, "--outcome", "granted", registry=example).exit_code == 0
    report = json.loads(run("report", "--format", "json", registry=example).stdout)
    assert report["funnel"]["removed_or_simplified"] == 1
    assert report["funnel"]["sent_on"] == 0
    assert report["hours_freed_removed"] == hours  # freed through the granted case
    case = Registry(example).case(case_id).record
    assert case is not None
    assert [e.hours_freed for e in case.events if e.state == "granted"] == [hours]


def test_a_partly_granted_trial_suspends_the_rule(example: Path) -> None:
    from regelsyn.model.case import Trial

    recorded = _meet(
        example,
        Decision(rule="besoeg-klokkeslaet", verdict="escalate", recommend="trial",
                 proposal="Prøv uden.", trial=Trial(**TRIAL_TERMS)),
    )  # fmt: skip
    case_id = recorded.review.decisions[0].case
    assert run("case", "reply", case_id, "--outcome", "partly", registry=example).exit_code == 0
    assert _rule(example, "besoeg-klokkeslaet").status == "suspended"


# -- 11. smaller ----------------------------------------------------------------------------------
def test_open_challenges_are_shown_when_the_rule_comes_up(example: Path) -> None:
    registry = open_registry(example)
    filed = challenge.file(registry, challenge.Given(rule="ugentlig-vejning", request="remove",
                                                      problem="x", filed_by="Bo"), DAY)  # fmt: skip
    script = Script(
        [("purpose", "-"), ("effect", "-"), ("legal_certainty", "-"), ("use", ""),
         ("verdict", ""), ("grounds", ""), ("stance", ""), ("action_owner", "")]
    )  # fmt: skip
    screen = MeetingScreen(script)
    rule = _rule(example, "ugentlig-vejning")
    screen.decide(1, 1, registry.config(), rule, {"ugentlig-vejning"}, [filed.case])
    assert any(filed.case.id in line for line in script.said)


def test_a_challenge_is_settled_when_its_rule_is_removed(example: Path) -> None:
    registry = open_registry(example)
    filed = challenge.file(registry, challenge.Given(rule="ugentlig-vejning", request="amend",
                                                      problem="x", filed_by="Bo"), DAY)  # fmt: skip
    recorded = _meet(example, Decision(rule="ugentlig-vejning", verdict="remove"))
    case = registry.case(filed.case.id).record
    assert case is not None and case.status == "closed"
    assert [e.state for e in case.events][-3:] == ["in_review", "granted", "closed"]
    assert case.events[-3].note == f"Reglen er fjernet ved gennemgangen {recorded.review.id}."
    assert _rule(example, "ugentlig-vejning").status == "removed"  # the case changed nothing


def test_an_anonymous_filers_name_is_never_shown(example: Path) -> None:
    registry = open_registry(example)
    filed = challenge.file(registry, challenge.Given(rule="ugentlig-vejning", request="remove",
                                                      problem="x", anonymous=True,
                                                      via="Carla (TR)"), DAY)  # fmt: skip
    path = example / "cases" / f"{filed.case.id}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("filed_by: null",
                                                             "filed_by: Hemmelig Hansen"),
                    encoding="utf-8")  # fmt: skip
    outputs = [
        run("challenge", "list", "--format", fmt, registry=example).stdout
        for fmt in ("json", "csv", "table")
    ] + [
        run("challenge", "show", filed.case.id, "--format", fmt, registry=example).stdout
        for fmt in ("json", "yaml", "md")
    ]
    assert all("Hemmelig" not in text for text in outputs)
    cache = (example / ".regelsyn" / "index.sqlite").read_bytes()
    assert b"Hemmelig" not in cache
    found = run("check", registry=example)
    assert f"cases/{filed.case.id}.yaml" in found.stdout  # check flags the file itself


def test_due_names_a_broken_rule_file(example: Path) -> None:
    build_tree(example, {"rules/broken.yaml": "id: [x\n"})
    result = run("--lang", "en", "due", "--format", "json", registry=example)
    assert result.exit_code == 3
    assert result.err_lines[0].startswith("Warning: ")
    assert any(line.startswith("rules/broken.yaml:") for line in result.err_lines)
    assert json.loads(result.stdout)  # the readable rules are still listed


# -- 12. found by the state machine (tests/test_invariants.py) ------------------------------------
def test_a_removed_rule_is_not_decided_again_so_its_hours_are_freed_once(example: Path) -> None:
    hours = _rule(example, "ugentlig-vejning").hours_per_year
    _meet(example, Decision(rule="ugentlig-vejning", verdict="remove"))
    again = Decision(rule="ugentlig-vejning", verdict="defend", premises=Premises(effect="Ja."))
    with pytest.raises(BrokenFiles) as broken:
        _meet(example, again)
    assert [f.code for f in broken.value.findings] == ["d_removed"]
    assert _rule(example, "ugentlig-vejning").status == "removed"
    report = json.loads(run("report", "--format", "json", registry=example).stdout)
    assert report["hours_freed"] == hours
    registry = open_registry(example)
    with pytest.raises(Refused, match="'ugentlig-vejning' er fjernet og tages ikke op igen"):
        review.select(registry.config(), review.valid_rules(registry), ids=["ugentlig-vejning"],
                      everything=False, tag=None, owner=None, today=DAY)  # fmt: skip


def test_no_case_is_opened_about_a_removed_rule(example: Path) -> None:
    recorded = _meet(example, Decision(rule="besoeg-klokkeslaet", verdict="escalate",
                                       recommend="remove", proposal="Fjern den."))  # fmt: skip
    case_id = recorded.review.decisions[0].case
    assert run("case", "reply", case_id, "--outcome", "granted", registry=example).exit_code == 0
    assert _rule(example, "besoeg-klokkeslaet").status == "removed"
    registry = open_registry(example)
    given = challenge.Given(rule="besoeg-klokkeslaet", request="remove", problem="x", filed_by="Bo")
    with pytest.raises(Refused, match="er fjernet"):
        challenge.file(registry, given, DAY)
    again = run("escalate", "besoeg-klokkeslaet", "--proposal", "x", registry=example)
    assert again.exit_code == 1
    assert [p.stem for p in (example / "cases").glob("*.yaml")] == [case_id]
    assert _rule(example, "besoeg-klokkeslaet").status == "removed"


@pytest.mark.parametrize("answer", ["redirected", "no_answer"])
def test_a_case_closed_without_an_answer_returns_its_rule_to_the_committee(
    example: Path, answer: str
) -> None:
    recorded = _meet(example, Decision(rule="besoeg-klokkeslaet", verdict="escalate",
                                       recommend="remove", proposal="Fjern den."))  # fmt: skip
    case_id = recorded.review.decisions[0].case
    assert run("case", "reply", case_id, "--outcome", answer, registry=example).exit_code == 0
    closed = run("challenge", "decide", case_id, "--outcome", "closed", "--reasons", "Opgivet.",
                 "--by", "A", registry=example)  # fmt: skip
    assert closed.exit_code == 0, closed.stderr
    rule = _rule(example, "besoeg-klokkeslaet")
    assert (rule.status, rule.next_review) == ("active", DAY)  # before the committee again
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    assert not [f for f in found if f["file"] == "rules/besoeg-klokkeslaet.yaml"
                and f["code"] == "status_unbacked"]  # fmt: skip


def test_a_trial_not_yet_started_is_withdrawn_when_its_rule_is_removed(example: Path) -> None:
    case_id = _trial_case(example)  # starts 2027-01-01
    assert run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "Ja.",
               "--by", "Anne Holm", registry=example).exit_code == 0  # fmt: skip
    _meet(example, Decision(rule="koeletemperatur-log", verdict="remove"))
    case = _case_of(example, case_id)
    assert [e.state for e in case.events][-2:] == ["withdrawn", "closed"]  # never evaluated
    rule = _rule(example, "koeletemperatur-log")
    assert (rule.status, rule.suspended_from, rule.suspended_until) == ("removed", None, None)


def test_a_refused_challenge_registers_no_rule(example: Path) -> None:
    terms = {k.replace("_", "-"): str(v) for k, v in TRIAL_TERMS.items()}
    result = run("challenge", "new", "--unregistered", "Nyt EU-krav", "--owner-level", "eu",
                 "--request", "trial", "--problem", "x", "--filed-by", "Bo",
                 *[part for name, value in terms.items() for part in (f"--{name}", value)],
                 registry=example)  # fmt: skip
    assert result.exit_code == 1
    assert not (example / "rules" / "nyt-eu-krav.yaml").exists()
    assert not (example / "cases").exists()


def _case_of(registry: Path, case_id: str) -> Case:
    record = Registry(registry).case(case_id).record
    assert record is not None
    return record


# -- one meeting, two ways --------------------------------------------------------------------
SAME_MEETING = """\
date: 2026-11-27
participants:
  - {name: Anne Holm, side: ledelse, role: formand}
  - {name: Bo Jensen, side: medarbejdere, role: naestformand}
decided_by: Anne Holm
decisions:
  - rule: rengoering-log
    verdict: defend
    premises: {effect: Ingen fund ved tilsyn 2023-2025.}
    confirmed: [purpose]
    not_documented: [legal_certainty]
    grounds: Veldokumenteret.
  - rule: ugentlig-vejning
    verdict: remove
    not_documented: [purpose, effect, legal_certainty]
    stance: disagreement
    minority: Sygeplejerskerne vil beholde den for to beboere.
    action: {owner: Anne Holm, due: 2027-01-31}
  - rule: besoeg-klokkeslaet
    verdict: escalate
    not_documented: [purpose, effect, legal_certainty]
    recommend: remove
    grounds: Klokkeslæt bruges ikke.
    proposal: Registrér besøg pr. dag.
"""
SAME_ANSWERS = [
    ("purpose", ""), ("effect", "Ingen fund ved tilsyn 2023-2025."), ("legal_certainty", "-"),
    ("verdict", ""), ("grounds", "Veldokumenteret."), ("stance", ""), ("action_owner", ""),
    ("purpose", "-"), ("effect", "-"), ("legal_certainty", "-"), ("use", ""), ("verdict", ""),
    ("grounds", ""), ("stance", "2"),
    ("minority", "Sygeplejerskerne vil beholde den for to beboere."),
    ("action_owner", "Anne Holm"), ("action_due", "2027-01-31"),
    ("purpose", "-"), ("effect", "-"), ("legal_certainty", "-"), ("use", ""), ("verdict", ""),
    ("recommend", ""), ("grounds", "Klokkeslæt bruges ikke."),
    ("proposal", "Registrér besøg pr. dag."),
    ("stance", ""), ("action_owner", ""),
]  # fmt: skip


def _all_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".regelsyn" not in p.parts
    }


def test_the_same_meeting_scripted_and_interactive_gives_the_same_records(
    tmp_path: Path,
) -> None:
    from tests.helpers import copy_example

    scripted = copy_example(tmp_path / "scripted")
    Path("d.yaml").write_text(SAME_MEETING, encoding="utf-8")
    done = run("review", "--decisions", "d.yaml", registry=scripted)
    assert done.exit_code == 0, done.stderr

    held = copy_example(tmp_path / "held")
    registry = open_registry(held)
    options = meeting.Options(
        ids=["rengoering-log", "ugentlig-vejning", "besoeg-klokkeslaet"],
        date=DAY,
        participants=["Anne Holm:ledelse:formand", "Bo Jensen:medarbejdere:naestformand"],
        decided_by="Anne Holm",
    )
    script = Script(SAME_ANSWERS)
    outcome = meeting.interactive(registry, options, lambda: MeetingScreen(script), resume=False)
    assert outcome.recorded is not None and script.answers == []
    assert _all_files(held) == _all_files(scripted)


def test_a_case_settled_by_a_removal_keeps_what_was_written_into_it_by_hand(example: Path) -> None:
    """Found by the state machine: a case settled because its rule was removed was written back
    from the cache's copy, which leaves out a name written by hand into an anonymous case; the
    name was erased and ``check`` no longer saw it. The file is now settled from itself."""
    filed = run("challenge", "new", "--rule", "ugentlig-vejning", "--request", "remove",
                "--problem", "Vægten bruges ikke", "--anonymous", "--via", "Carla (TR)",
                registry=example)  # fmt: skip
    assert filed.exit_code == 0, filed.stderr
    (path,) = (example / "cases").glob("U-*.yaml")
    text = path.read_text(encoding="utf-8")
    assert "filed_by: null" in text
    path.write_text(text.replace("filed_by: null", "filed_by: Bo Hemmelig"), encoding="utf-8")
    assert run("check", registry=example).exit_code == 1  # the name is found
    demo = Path(__file__).parent.parent / "scripts" / "demo-decisions.yaml"
    held = run("review", "--decisions", demo, registry=example)  # removes ugentlig-vejning
    assert held.exit_code == 0, held.stderr
    after = path.read_text(encoding="utf-8")
    assert "status: closed" in after
    assert "filed_by: Bo Hemmelig" in after
    checked = run("check", registry=example)
    assert checked.exit_code == 1
    assert any(line.startswith(f"cases/{path.name}:") and "filed_by" in line
               for line in checked.stdout.splitlines() + checked.err_lines)  # fmt: skip
    assert "Bo Hemmelig" not in (example / "reviews" / "2026-11-22.md").read_text("utf-8")
    assert "Bo Hemmelig" not in path.with_suffix(".md").read_text("utf-8")
