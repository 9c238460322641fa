"""Interactive use in a real terminal (a pseudo-terminal driven by pexpect)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pexpect
import pytest

from regelsyn.store.registry import Registry


def _spawn(registry: Path, *args: str, env: dict[str, str] | None = None) -> pexpect.spawn:
    full_env = {**os.environ, "COLUMNS": "120", **(env or {})}
    return pexpect.spawn(
        sys.executable,
        ["-m", "regelsyn", "--lang", "en", "-C", str(registry), *args],
        env=full_env,
        encoding="utf-8",
        timeout=20,
    )


def test_rule_add_by_prompts(minimal: Path) -> None:
    child = _spawn(minimal, "rule", "add")
    answers = [
        ("Title", "Tilsyn med ferie"),
        ("Kind", "1"),
        ("Wording", "Ferie godkendes af lederen."),
        ("Who owns the rule", ""),
        ("Body", "Ledelsen"),
        ("Legal basis", ""),
        ("Floor", ""),
        ("Purpose", "Sikre bemanding."),
        ("Effect", ""),
        ("Legal certainty", ""),
        ("Minutes", "ti"),  # not a number: asked again
        ("not a number", "10"),
        ("per person", "2"),
        ("Number of people", "25"),
        ("Keywords", "ferie, bemanding"),
        ("Next review", "2027-05-01"),
    ]
    for prompt, answer in answers:
        child.expect(prompt)
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    rule = Registry(minimal).rule("tilsyn-med-ferie").record
    assert rule is not None
    assert rule.kind == "rule"
    assert rule.owner.level == "arbejdsplads"
    assert rule.owner.body == "Ledelsen"
    assert rule.purpose == "Sikre bemanding."
    assert rule.hours_per_year == pytest.approx(8.3)
    assert rule.tags == ["ferie", "bemanding"]


def test_rule_edit_offers_to_reopen_an_invalid_file(example: Path, tmp_path: Path) -> None:
    counter = tmp_path / "count"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        f"c = pathlib.Path({str(counter)!r})\n"
        "n = int(c.read_text()) + 1 if c.exists() else 1\n"
        "c.write_text(str(n))\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "text = p.read_text()\n"
        "if n == 1:\n"
        "    text = text.replace('kind: documentation', 'kind: dokumentation')\n"
        "else:\n"
        "    text = text.replace('kind: dokumentation', 'kind: registration')\n"
        "p.write_text(text)\n"
    )
    child = _spawn(example, "rule", "edit", "rengoering-log",
                   env={"EDITOR": f"{sys.executable} {editor}"})  # fmt: skip
    child.expect("kind: 'dokumentation' is not allowed")
    child.expect(r"open it again")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert counter.read_text() == "2"
    text = (example / "rules" / "rengoering-log.yaml").read_text(encoding="utf-8")
    assert "kind: registration" in text


SCOPE = ["rengoering-log", "ugentlig-vejning", "besoeg-klokkeslaet"]
PEOPLE = [
    "--participant", "Anne Holm:ledelse:formand",
    "--participant", "Bo Jensen:medarbejdere:naestformand",
    "--decided-by", "Anne Holm (centre manager)",
    "--date", "2026-11-22",
]  # fmt: skip


def _answer(child: pexpect.spawn, answers: list[tuple[str, str]]) -> None:
    for prompt, answer in answers:
        child.expect(prompt)
        child.sendline(answer)


FIRST_RULE = [  # rengoering-log: purpose known, effect added, defended
    ("Purpose", ""),
    ("Effect", "No findings at inspections 2023-2025 (inspection reports)."),
    ("Legal certainty", ""),
    (r"Decision \(number or name\) \[defended\]", ""),
    ("Reasons", "Well documented."),
    (r"position \[agreement\]", ""),
    ("Who follows up", ""),
]
SECOND_RULE = [  # ugentlig-vejning: no premise, removed, with a minority and an action
    ("Purpose", ""),
    ("Effect", ""),
    ("Legal certainty", ""),
    ("Who uses the results", ""),  # a measurement: nobody, as on file
    (r"\[removed\]", ""),
    ("Reasons", "Nobody uses the weights."),
    (r"position \[agreement\]", "2"),
    ("Minority note", "The nurses want to keep it for two residents."),
    ("Who follows up", "Anne Holm"),
    ("deadline", "2027-01-31"),
]
THIRD_RULE = [  # besoeg-klokkeslaet: owned by the administration, escalated
    ("Purpose", ""),
    ("Effect", ""),
    ("Legal certainty", ""),
    ("Who uses the results", ""),  # a registration
    (r"\[sent on\]", ""),
    (r"Recommendation to the owner of the rule \[remove the rule\]", ""),
    ("What is the problem with the rule", "Nobody uses the clock times."),
    ("The committee's proposal", "Register visits per day, not per clock time."),
    (r"position \[agreement\]", ""),
    ("Who follows up", ""),
]


def test_review_meeting_in_a_terminal(example: Path) -> None:
    child = _spawn(example, "review", *SCOPE, *PEOPLE)
    child.expect("The rules on the agenda")
    _answer(child, FIRST_RULE + SECOND_RULE + THIRD_RULE)
    child.expect(r"Save the review")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    review = (example / "reviews" / "2026-11-22.yaml").read_text(encoding="utf-8")
    assert "verdict: defend" in review
    assert "minority: The nurses want to keep it for two residents." in review
    assert "action: {owner: Anne Holm, due: 2027-01-31}" in review
    assert len(list((example / "cases").glob("E-2026-0001-besoeg-klokkeslaet-*.yaml"))) == 1
    assert not (example / ".regelsyn" / "review-draft.yaml").exists()
    removed = Registry(example).rule("ugentlig-vejning").record
    assert removed is not None and removed.status == "removed"


def test_a_killed_meeting_resumes_from_the_last_decision(example: Path) -> None:
    child = _spawn(example, "review", *SCOPE, *PEOPLE)
    _answer(child, FIRST_RULE)
    child.expect("Rule 2 of 3")
    child.expect("Purpose")
    child.kill(signal.SIGKILL)
    child.close()
    draft = example / ".regelsyn" / "review-draft.yaml"
    assert "rule: rengoering-log" in draft.read_text(encoding="utf-8")
    assert not (example / "reviews").exists()
    # a new meeting is refused while one is open
    refused = _spawn(example, "review")
    refused.expect(pexpect.EOF)
    refused.close()
    assert refused.exitstatus == 1
    assert "--resume" in (refused.before or "")
    child = _spawn(example, "review", "--resume")
    child.expect(r"1 of 3 rules")
    child.expect("Rule 2 of 3")  # the first rule is not asked again
    child.sendline("")  # Purpose
    _answer(child, SECOND_RULE[1:] + THIRD_RULE)
    child.expect(r"Save the review")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    review = (example / "reviews" / "2026-11-22.yaml").read_text(encoding="utf-8")
    assert review.count("  - rule: ") == 3
    assert "Well documented." in review
    assert not draft.exists()


def test_abandon_drops_the_draft(example: Path) -> None:
    child = _spawn(example, "review", *SCOPE, *PEOPLE)
    _answer(child, FIRST_RULE)
    child.expect("Rule 2 of 3")
    child.kill(signal.SIGKILL)
    child.close()
    draft = example / ".regelsyn" / "review-draft.yaml"
    kept = _spawn(example, "review", "--abandon")  # asks first; no keeps the meeting
    kept.expect(r"Discard the open meeting with 1 decision\? It cannot be brought back.")
    kept.sendline("n")
    kept.expect(pexpect.EOF)
    kept.close()
    assert kept.exitstatus == 0 and draft.exists()
    done = _spawn(example, "review", "--abandon")
    done.expect("Discard the open meeting")
    done.sendline("y")
    done.expect("The open meeting's draft has been discarded.")
    done.expect(pexpect.EOF)
    done.close()
    assert done.exitstatus == 0
    assert not draft.exists()


def test_ctrl_c_keeps_the_decisions_so_far(example: Path) -> None:
    child = _spawn(example, "review", *SCOPE, *PEOPLE)
    _answer(child, FIRST_RULE)
    child.expect("Rule 2 of 3")
    child.expect("Purpose")
    child.sendintr()
    child.expect("regelsyn review --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    draft = example / ".regelsyn" / "review-draft.yaml"
    assert "rule: rengoering-log" in draft.read_text(encoding="utf-8")


def test_ctrl_c_while_naming_the_participants_keeps_the_meeting(example: Path) -> None:
    child = _spawn(example, "review", *SCOPE)
    child.expect("Participant 1")
    child.sendintr()
    child.expect("regelsyn review --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    again = _spawn(example, "review", "--resume")
    again.expect(r"0 of 3 rules")
    again.expect("Participant 1")  # the meeting is there, and asks who takes part
    again.sendintr()
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 130


def test_challenge_new_by_prompts_anonymously(example: Path) -> None:
    child = _spawn(example, "challenge", "new")
    _answer(
        child,
        [
            ("Rule", "ugentlig-vejning"),
            ("What are you asking for", "1"),
            ("problem", "The weights are never used."),
            ("proposal", ""),
            ("gain", "200"),
            ("anonymous", "y"),
            ("representative", "Carla Nielsen (TR)"),
        ],
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    (case_file,) = (example / "cases").glob("U-2026-0001-ugentlig-vejning-*.yaml")
    text = case_file.read_text(encoding="utf-8")
    assert "anonymous: true" in text
    assert "filed_by: null" in text
    assert "via: Carla Nielsen (TR)" in text
    assert "gain_hours: 200" in text
