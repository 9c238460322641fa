"""What a person sees in Danish and Norwegian holds no English key of the record format.

A meeting and a challenge are driven in a real terminal 80 columns wide; every character the
screen shows is kept and searched for the keys of the YAML files (``defend``, ``agreement``,
``legal_certainty``, ``no_answer``, ...). Commands the screen suggests (``'regelsyn review
--resume'``) and flags are left out: they are what a person types.
"""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from regelsyn.i18n import tl
from regelsyn.i18n.words import REQUESTS, STANCES
from regelsyn.vocab import KINDS, PREMISES, SIDES, STATES, STATUSES, VERDICTS

KEYS = sorted(
    {*KINDS, *STATUSES, *VERDICTS, *STATES, *REQUESTS, *STANCES, *PREMISES, "premises",
     "recommend", "floor", "escalate", "verdict"} - set(SIDES)  # the sides' keys are Danish words
)  # fmt: skip
_COMMANDS = re.compile(r"'regelsyn [^']*'|regelsyn [a-z]+ [a-z]+|--[a-z-]+")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]|\x1b\][^\x07]*\x07")


def english_keys(screen: str) -> list[str]:
    """The record format's English keys that the screen shows as words."""
    text = _COMMANDS.sub(" ", _ANSI.sub("", screen))
    return [key for key in KEYS if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]


def test_the_key_finder_finds_keys() -> None:
    """The search is not blind: a key shown as a word is found, a key inside a command or a
    longer word is not."""
    assert english_keys("Afgørelse [defend]: ") == ["defend"]
    assert english_keys("vælg agreement eller legal_certainty") == [
        "agreement", "legal_certainty"
    ]  # fmt: skip
    assert english_keys("kør 'regelsyn challenge new --request remove' eller --to x") == []
    assert english_keys("forsvaret, defended-ish, fjernet") == []


def _spawn(registry: Path, lang: str, *args: str) -> tuple[pexpect.spawn, io.StringIO]:
    screen = io.StringIO()
    child = pexpect.spawn(
        sys.executable,
        ["-m", "regelsyn", "--lang", lang, "-C", str(registry), *args],
        env={**os.environ, "COLUMNS": "80", "LINES": "40", "TERM": "xterm"},
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 80),
    )
    child.logfile_read = screen
    return child, screen


def _prompt(key: str, lang: str) -> re.Pattern[str]:
    """A question waiting for its answer: a line that begins with the question's text (up to
    its first field or bracket) and ends in ": " or "] " with nothing after it yet."""
    text = re.split(r"[{(\[?]", tl(key, lang), maxsplit=1)[0].strip()
    return re.compile(rf"(?m)^(?:\x1b\[[0-9;]*m)*{re.escape(text[:40])}[^\n]*[:\]] $")


def _converse(child: pexpect.spawn, lang: str, answers: dict[str, str], end: int = 60) -> None:
    """Answer each question the screen asks by its catalog key, until the command ends."""
    keys = list(answers)
    patterns = [_prompt(key, lang) for key in keys]
    for _ in range(end):
        found = child.expect([*patterns, pexpect.EOF])
        if found == len(patterns):
            return
        child.sendline(answers[keys[found]])
    pytest.fail(f"the conversation did not end: {child.before[-2000:]}")


PEOPLE = {
    "da": ["--participant", "Anne Holm:ledelse:formand",
           "--participant", "Bo Jensen:medarbejdere:naestformand",
           "--decided-by", "Anne Holm (centerleder)"],
    "nb": ["--participant", "Kari Berg:ledelse:leder",
           "--participant", "Ola Dahl:ansatte:nestleder",
           "--decided-by", "Kari Berg (virksomhetsleder)"],
}  # fmt: skip
SCOPE = ["rengoering-log", "ugentlig-vejning", "besoeg-klokkeslaet", "--date", "2026-11-22"]


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_a_meeting_shows_no_english_key(example: Path, lang: str) -> None:
    child, screen = _spawn(example, lang, "review", *SCOPE, *PEOPLE[lang])
    _converse(
        child,
        lang,
        {
            "meet.q_purpose": "",
            "meet.q_effect": "Ingen fund ved tilsyn 2023-2025.",
            "meet.q_legal_certainty": "",
            "meet.q_use": "",
            "meet.verdict": "",
            "meet.grounds": "Godt dokumenteret.",
            "meet.stance": "",
            "meet.minority": "",
            "meet.action_owner": "",
            "meet.recommend": "",
            "meet.problem": "Klokkeslættene bruges ikke.",
            "meet.proposal": "Registrér besøg pr. dag.",
            "review.confirm_save": "j",
        },
    )
    child.close()
    assert child.exitstatus == 0, screen.getvalue()[-3000:]
    assert (example / "reviews" / "2026-11-22.yaml").is_file()
    assert english_keys(screen.getvalue()) == [], screen.getvalue()


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_a_challenge_shows_no_english_key(example: Path, lang: str) -> None:
    child, screen = _spawn(example, lang, "challenge", "new")
    _converse(
        child,
        lang,
        {
            "challenge.q_rule": "ugentlig-vejning",
            "challenge.q_request": "1",
            "challenge.q_problem": "Vægten bruges aldrig.",
            "challenge.q_proposal": "",
            "challenge.q_gain": "200",
            "challenge.q_anonymous": "j",
            "challenge.q_via": "Carla Nielsen (TR)",
        },
    )
    child.close()
    assert child.exitstatus == 0, screen.getvalue()[-3000:]
    assert len(list((example / "cases").glob("U-2026-0001-ugentlig-vejning-*.yaml"))) == 1
    assert english_keys(screen.getvalue()) == [], screen.getvalue()


def test_a_norwegian_steering_group_signs_its_minutes(tmp_path: Path) -> None:
    """The no-kommune preset as a Kvalitetskommune steering group writes it: EØS-retten, the
    steering group named once, the leader and deputy's signature rows filled in, a removal's
    reason called a reason."""
    from tests.helpers import run

    made = run("--no-commit", "--lang", "nb", "init", str(tmp_path / "reg"),
               "--preset", "no-kommune", "--workplace", "Solbakken sykehjem")  # fmt: skip
    assert made.exit_code == 0, made.stderr
    registry = tmp_path / "reg"
    assert "{id: eos, name: EØS-retten, dispensable: false}" in (
        registry / "regelsyn.yaml"
    ).read_text(encoding="utf-8")
    added = run("--no-commit", "rule", "add", "--id", "dobbel-signatur",
                "--title", "Dobbel signatur", "--kind", "godkjenning",
                "--text", "To ledere signerer innkjøp.",
                "--owner-level", "virksomhet", registry=registry)  # fmt: skip
    assert added.exit_code == 0, added.stderr
    (tmp_path / "d.yaml").write_text(
        "decisions:\n  - {rule: dobbel-signatur, verdict: remove, reason: Ingen feil på fem år.}\n",
        encoding="utf-8",
    )
    done = run("--no-commit", "review", *PEOPLE["nb"], "--participant", "Eva Lie:politikere",
               "--date", "2026-11-22", "--decisions", str(tmp_path / "d.yaml"),
               registry=registry)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    log = (registry / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert "| Styringsgruppe | Styringsgruppe for Solbakken sykehjem |" in log
    assert "- **Ansatte:** Ola Dahl (nestleder)" in log
    assert "**Begrunnelse:** Ingen feil på fem år." in log
    assert "| leder | Kari Berg | | |\n| nestleder | Ola Dahl | | |" in log
    assert english_keys(log) == []
