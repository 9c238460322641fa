"""Finding a rule without its id, cases by their short number, reviews by a beginning of their
date; ``challenge new`` never registers a rule twice; ``review --help`` shows the meeting's
options."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from regelsyn.store.registry import Registry
from regelsyn.ui.challenge import choose_rule, numbered
from regelsyn.ui.prompt import Question
from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
VEJNING = "  ugentlig-vejning  Ugentlig vejning af alle beboere"


# -- "did you mean" for every command that takes a rule id ---------------------------------------
@pytest.mark.parametrize(
    "command",
    [
        ["rule", "show", "ugentlig-vejing"],
        ["rule", "show", "ugentlig-vejing", "--format", "json"],
        ["rule", "edit", "ugentlig-vejing", "--effect", "Ingen."],
        ["rule", "edit", "ugentlig-vejing"],
        ["rule", "history", "ugentlig-vejing"],
        ["escalate", "ugentlig-vejing"],
        ["learn", "--rule", "ugentlig-vejing"],
    ],
    ids=" ".join,
)
def test_a_rule_id_with_a_slip_names_the_rule_meant(example: Path, command: list[str]) -> None:
    before = sorted(p.name for p in (example / "rules").iterdir())
    result = run(*command, registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen regel med id 'ugentlig-vejing'.",
        "Mente du:",
        VEJNING,
    ]
    assert result.stdout == ""
    assert sorted(p.name for p in (example / "rules").iterdir()) == before


def test_a_title_typed_for_an_id_names_the_rule(example: Path) -> None:
    result = run("rule", "show", "Vejning af beboerne", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen regel med id 'Vejning af beboerne'.",
        "Mente du:",
        VEJNING,
    ]


def test_several_rules_meant_are_listed_best_first_with_ids_aligned(example: Path) -> None:
    result = run("rule", "show", "registrering-klokkeslaet", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen regel med id 'registrering-klokkeslaet'.",
        "Mente du:",
        "  besoeg-klokkeslaet  Registrering af klokkeslæt for hvert besøg",
    ]
    result = run("rule", "show", "registrering", registry=example)
    assert result.err_lines == [
        "Fejl: Der er ingen regel med id 'registrering'.",
        "Mente du:",
        "  arbejdstidsregistrering      Registrering af daglig arbejdstid",
        "  besoeg-klokkeslaet           Registrering af klokkeslæt for hvert besøg",
        "  magtanvendelse-registrering  Registrering og indberetning af magtanvendelse",
    ]


def test_nothing_like_it_points_to_the_list(example: Path) -> None:
    result = run("rule", "show", "xyzzy", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen regel med id 'xyzzy'.",
        "Se alle id'er med 'regelsyn rule list'.",
    ]


def test_did_you_mean_in_norwegian(example: Path) -> None:
    result = run("--lang", "nb", "rule", "history", "rengoringslog", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Feil: Det finnes ingen regel med id 'rengoringslog'.",
        "Mente du:",
        "  rengoering-log  Daglig rengøringslog for fællesarealer",
    ]


def test_the_meeting_names_the_rules_meant(example: Path) -> None:
    result = run(
        "review", "--decisions", str(ROOT / "scripts" / "demo-decisions.yaml"),
        "rengoering-log", "ugentlig-vejing", "faldregistrering-dobelt", registry=example,
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen regel med id 'ugentlig-vejing, faldregistrering-dobelt'.",
        "Mente du:",
        "  ugentlig-vejning          Ugentlig vejning af alle beboere",
        "  faldregistrering-dobbelt  Dobbelt faldregistrering i både EOJ og papirskema",
    ]
    assert not (example / "reviews").exists()


# -- cases by their short number ------------------------------------------------------------------
def _file(registry: Path, rule: str, who: str = "Bo Jensen") -> str:
    before = set(Registry(registry).case_ids())
    result = run("challenge", "new", "--rule", rule, "--request", "remove", "--problem", "P.",
                 "--filed-by", who, registry=registry)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    (case_id,) = set(Registry(registry).case_ids()) - before
    return case_id


@pytest.fixture
def two_cases(example: Path) -> tuple[Path, str, str]:
    first = _file(example, "ugentlig-vejning")
    second = _file(example, "rengoering-log")
    assert first.startswith("U-2026-0001-ugentlig-vejning-")
    assert second.startswith("U-2026-0002-rengoering-log-")
    return example, first, second


@pytest.mark.parametrize(
    "typed", ["U-2026-0002", "u-2026-2", "2026-0002", "2", "0002", "U-2026-0002-reng"]
)
def test_a_case_by_its_short_number(two_cases: tuple[Path, str, str], typed: str) -> None:
    example, _, second = two_cases
    result = run("challenge", "show", typed, "--format", "yaml", registry=example)
    assert result.exit_code == 0, result.stderr
    assert result.out_lines[0] == f"id: {second}"


def test_every_command_on_a_case_takes_its_short_number(two_cases: tuple[Path, str, str]) -> None:
    example, first, _ = two_cases
    result = run("challenge", "decide", "1", "--outcome", "afslået", "--reasons",
                 "Vejningen bruges.", "--by", "Anne Holm", registry=example)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "status: closed" in (example / "cases" / f"{first}.yaml").read_text(encoding="utf-8")
    result = run("case", "render", "1", registry=example)
    assert result.exit_code == 0, result.stderr
    assert result.err_lines[-1] == f"✓ Sagens dokument er skrevet: cases/{first}.md"
    result = run("case", "history", "1", "--format", "json", registry=example)
    assert result.exit_code == 0, result.stderr


def test_an_ambiguous_case_number_lists_the_cases(two_cases: tuple[Path, str, str]) -> None:
    example, first, second = two_cases
    result = run("challenge", "show", "U-2026", registry=example)
    assert result.exit_code == 2
    assert result.err_lines == [
        "Fejl: 'U-2026' passer på flere sager:",
        f"  {first}",
        f"  {second}",
        "Skriv mere af id'et, fx med år og bogstav: U-2026-0007.",
    ]
    assert result.stdout == ""


def test_the_same_number_in_two_years_is_ambiguous(two_cases: tuple[Path, str, str]) -> None:
    example, first, _ = two_cases
    older = first.replace("U-2026-", "U-2025-")
    text = (example / "cases" / f"{first}.yaml").read_text(encoding="utf-8")
    (example / "cases" / f"{older}.yaml").write_text(text.replace(first, older), encoding="utf-8")
    result = run("--lang", "nb", "case", "history", "1", registry=example)
    assert result.exit_code == 2
    assert result.err_lines == [
        "Feil: '1' passer på flere saker:",
        f"  {older}",
        f"  {first}",
        "Skriv mer av id-en, f.eks. med år og bokstav: U-2026-0007.",
    ]
    assert run("case", "history", "2026-1", registry=example).exit_code == 0


def test_no_such_case(two_cases: tuple[Path, str, str]) -> None:
    example, _, second = two_cases
    result = run("challenge", "show", "7", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen sag med id '7'.",
        "Se alle sager med 'regelsyn challenge list'.",
    ]
    typo = second[:-2] + "qq"
    result = run("challenge", "show", typo, registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        f"Fejl: Der er ingen sag med id '{typo}'.",
        "Mente du:",
        f"  {second}",
    ]


def test_escalate_takes_a_case_by_its_number(example: Path) -> None:
    case_id = _file(example, "vagtplan-varsling")  # owned by the collective agreement
    result = run("escalate", "1", registry=example)
    assert result.exit_code == 0, result.stderr
    assert "status: escalated" in (example / "cases" / f"{case_id}.yaml").read_text("utf-8")


# -- reviews by a beginning of their date --------------------------------------------------------
@pytest.fixture
def reviewed(example: Path) -> Path:
    result = run("review", "--decisions", str(ROOT / "scripts" / "demo-decisions.yaml"),
                 registry=example)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return example


def test_a_review_by_a_beginning_of_its_date(reviewed: Path) -> None:
    result = run("review", "show", "2026-11", "--format", "yaml", registry=reviewed)
    assert result.exit_code == 0, result.stderr
    assert result.out_lines[0] == "id: '2026-11-22'"
    result = run("review", "render", "2026", registry=reviewed)
    assert result.exit_code == 0, result.stderr
    assert result.err_lines == ["Referatet er uændret: reviews/2026-11-22.md"]
    result = run("review", "approve", "2026-11", "--role", "formand", "--name", "Anne Holm",
                 registry=reviewed)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "role: formand" in (reviewed / "reviews" / "2026-11-22.yaml").read_text("utf-8")


def test_an_ambiguous_review_lists_the_reviews(reviewed: Path) -> None:
    text = (reviewed / "reviews" / "2026-11-22.yaml").read_text(encoding="utf-8")
    later = text.replace("id: '2026-11-22'", "id: '2026-11-29'").replace(
        "date: 2026-11-22", "date: 2026-11-29"
    )
    (reviewed / "reviews" / "2026-11-29.yaml").write_text(later, encoding="utf-8")
    result = run("review", "show", "2026-11", registry=reviewed)
    assert result.exit_code == 2
    assert result.err_lines == [
        "Fejl: '2026-11' passer på flere gennemgange:",
        "  2026-11-22",
        "  2026-11-29",
        "Skriv hele id'et, fx 2026-11-22.",
    ]
    result = run("review", "show", "2026-11-23", registry=reviewed)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Der er ingen gennemgang med id '2026-11-23'.",
        "Mente du:",
        "  2026-11-22",
        "  2026-11-29",
    ]
    assert run("review", "show", "2026-11-2", registry=reviewed).exit_code == 2


# -- challenge new never registers a rule twice -------------------------------------------------
CHALLENGE = ["challenge", "new", "--request", "fjern", "--problem", "Bruges ikke.", "--filed-by",
             "Bo Jensen"]  # fmt: skip


def test_a_registered_title_as_unregistered_is_refused_without_a_terminal(example: Path) -> None:
    before = sorted(p.name for p in (example / "rules").iterdir())
    result = run(*CHALLENGE, "--unregistered", "Ugentlig vejning", registry=example)
    assert result.exit_code == 2
    assert result.err_lines == [
        "Fejl: 'Ugentlig vejning' ligner regler, der allerede er i registret, og ville blive "
        "registreret en gang til:",
        VEJNING,
        "Udfordr den, du mener, med --rule ID (fx --rule ugentlig-vejning). Er det en anden "
        "regel, så tilføj --new-rule.",
    ]
    assert sorted(p.name for p in (example / "rules").iterdir()) == before
    assert not (example / "cases").exists()


def test_it_is_said_before_the_missing_flags(example: Path) -> None:
    result = run("challenge", "new", "--unregistered", "vejning", registry=example)
    assert result.exit_code == 2
    assert result.err_lines[0] == (
        "Fejl: 'vejning' ligner regler, der allerede er i registret, og ville blive registreret "
        "en gang til:"
    )


def test_new_rule_says_it_is_another_rule(example: Path) -> None:
    result = run(*CHALLENGE, "--unregistered", "Ugentlig vejning", "--new-rule", registry=example)
    assert result.exit_code == 0, result.stderr
    assert "Reglen 'ugentlig-vejning-2' var ikke registreret; den er oprettet." in result.err_lines


def test_new_rule_goes_with_unregistered_only(example: Path) -> None:
    result = run(*CHALLENGE, "--rule", "ugentlig-vejning", "--new-rule", registry=example)
    assert result.exit_code == 2
    assert result.err_lines == ["Fejl: --new-rule bruges kun sammen med --unregistered TITEL."]


def test_an_unregistered_title_like_no_rule_is_registered(example: Path) -> None:
    result = run(*CHALLENGE, "--unregistered", "Kvittering for nøglebrik", registry=example)
    assert result.exit_code == 0, result.stderr
    assert (example / "rules" / "kvittering-for-noeglebrik.yaml").is_file()


def test_a_title_as_rule_is_refused_with_the_rules_it_fits(example: Path) -> None:
    result = run(*CHALLENGE, "--rule", "vejning af beboere", registry=example)
    assert result.exit_code == 2
    assert result.err_lines == [
        "Fejl: 'vejning af beboere' er ikke id'et på en regel, men passer på disse regler i "
        "registret:",
        VEJNING,
        "Brug id'et på den, du mener, fx --rule ugentlig-vejning.",
    ]
    assert not (example / "cases").exists()


def test_the_refusal_in_norwegian(example: Path) -> None:
    result = run("--lang", "nb", *CHALLENGE, "--unregistered", "rengøringslog", registry=example)
    assert result.exit_code == 2
    assert result.err_lines == [
        "Feil: 'rengøringslog' ligner regler som allerede er i registeret, og ville blitt "
        "registrert en gang til:",
        "  rengoering-log  Daglig rengøringslog for fællesarealer",
        "Utfordre den du mener med --rule ID (f.eks. --rule rengoering-log). Er det en annen "
        "regel, legg til --new-rule.",
    ]


class Answers:
    """Answers in turn, and what was said and asked."""

    def __init__(self, answers: list[str], confirms: list[bool]) -> None:
        self.answers, self.confirms = answers, confirms
        self.said: list[str] = []
        self.asked: list[str] = []

    def ask(self, question: Question) -> str:
        self.asked.append(question.label)
        return self.answers.pop(0)

    def say(self, message: str) -> None:
        self.said.append(message)

    def confirm(self, message: str, default: bool = True) -> bool:
        self.said.append(message)
        assert default is False  # a new rule is never the default
        return self.confirms.pop(0)


class Rules:
    def __init__(self, registry: Path) -> None:
        from regelsyn.app.challenge import RuleSearch

        self.search = RuleSearch(Registry(registry))

    def exists(self, text: str) -> bool:
        return self.search.exists(text)

    def find(self, text: str) -> list[object]:
        return list(self.search.find(text))


def test_choose_a_rule_by_number(example: Path) -> None:
    prompter = Answers(["vejning ugentlig", "1"], [])
    assert choose_rule(None, Rules(example), prompter) == {
        "rule": "ugentlig-vejning",
        "unregistered": None,
    }
    assert prompter.said == [
        "Hvilken regel? Skriv dens id eller nogle ord fra titlen.",
        "Regler, der passer på 'vejning ugentlig':",
        "  1. ugentlig-vejning  Ugentlig vejning af alle beboere",
        "  0. Ingen af dem: registrér 'vejning ugentlig' som en ny regel",
    ]


def test_choose_searches_again_and_confirms_a_new_rule(example: Path) -> None:
    prompter = Answers(["medicin", "9", "nøglebrik", "Kvittering for nøglebrik"], [False, True])
    assert choose_rule(None, Rules(example), prompter) == {
        "rule": None,
        "unregistered": "Kvittering for nøglebrik",
        "new_rule": True,
    }
    assert prompter.asked == ["Regel", "Vælg et nummer, eller skriv en ny søgning",
                              "Vælg et nummer, eller skriv en ny søgning", "Regel"]  # fmt: skip
    assert prompter.said[-6:] == [
        "Skriv et nummer fra 0 til 2, eller nogle ord at søge efter.",
        "Ingen regel i registret passer på 'nøglebrik'.",
        "Registrér 'nøglebrik' som en ny regel i registret?",
        "Hvilken regel? Skriv dens id eller nogle ord fra titlen.",
        "Ingen regel i registret passer på 'Kvittering for nøglebrik'.",
        "Registrér 'Kvittering for nøglebrik' som en ny regel i registret?",
    ]


def test_choose_none_of_them_asks_before_a_new_rule(example: Path) -> None:
    prompter = Answers(["0"], [True])
    assert choose_rule("Ugentlig vejning", Rules(example), prompter) == {
        "rule": None,
        "unregistered": "Ugentlig vejning",
        "new_rule": True,
    }
    assert prompter.said[-1] == "Registrér 'Ugentlig vejning' som en ny regel i registret?"


def test_an_id_needs_no_choice(example: Path) -> None:
    prompter = Answers([], [])
    assert choose_rule("rengoering-log", Rules(example), prompter) == {
        "rule": "rengoering-log",
        "unregistered": None,
    }
    assert prompter.said == []


def test_numbered_fits_the_terminal() -> None:
    rows = [("haandkoebsmedicin-to-underskrifter",
             "Underskrift fra to medarbejdere ved udlevering af håndkøbsmedicin"),
            ("utilsigtede-haendelser", "Rapportering af utilsigtede hændelser")]  # fmt: skip
    assert numbered(rows, 80).splitlines() == [
        "  1. haandkoebsmedicin-to-underskrifter  Underskrift fra to medarbejdere ved",
        "                                         udlevering af håndkøbsmedicin",
        "  2. utilsigtede-haendelser              Rapportering af utilsigtede hændelser",
    ]
    assert numbered(rows, 50).splitlines() == [
        "  1. haandkoebsmedicin-to-underskrifter",
        "     Underskrift fra to medarbejdere ved",
        "     udlevering af håndkøbsmedicin",
        "  2. utilsigtede-haendelser",
        "     Rapportering af utilsigtede hændelser",
    ]
    assert all(len(line) < 50 for line in numbered(rows, 50).splitlines())


# -- review --help ------------------------------------------------------------------------------
def test_review_help_shows_the_meetings_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run("review", "--help")
    assert result.exit_code == 0
    lines = result.out_lines
    titles = [line for line in lines if line.startswith("╭")]
    assert [title.strip("╭─╮ ") for title in titles] == [
        "Flag",
        "Mødets flag (regelsyn review [ID'er] [FLAG])",
        "Kommandoer",
    ]
    panel = lines[lines.index(titles[1]) + 1 : lines.index(titles[2])]
    flags = [line.split()[1] for line in panel if line.startswith("│ --")]
    assert flags == ["--due", "--all", "--tag", "--owner", "--date", "--participant",
                     "--decided-by", "--decisions", "--agenda", "--resume", "--abandon",
                     "--yes"]  # fmt: skip
    assert any(line.startswith(" Eksempel: regelsyn review --participant") for line in lines)
    assert all(len(line) <= 80 for line in lines)


def test_review_run_help_is_unchanged_and_a_meeting_still_starts_without_a_command(
    example: Path,
) -> None:
    result = run("review", "run", "--help")
    assert result.exit_code == 0
    assert "Mødets flag" not in result.stdout
    result = run("review", "--due", registry=example)  # no terminal: the meeting says so
    assert result.exit_code == 2
    assert result.err_lines[0].startswith("Fejl: Der er ingen terminal at holde mødet i.")


def test_help_is_left_as_it_was_after_review_help() -> None:
    from regelsyn.cli.review_cmd import MeetingGroup

    assert MeetingGroup.showing_meeting is False
    run("review", "--help")
    assert MeetingGroup.showing_meeting is False


# -- in a real terminal -------------------------------------------------------------------------
def _spawn(registry: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, ["-m", "regelsyn", "-C", str(registry), *args],
                         env={**os.environ, "COLUMNS": "80"}, encoding="utf-8", timeout=30,
                         dimensions=(40, 80))  # fmt: skip


def test_challenge_new_finds_the_rule_by_words_in_danish(example: Path) -> None:
    before = sorted(p.name for p in (example / "rules").iterdir())
    child = _spawn(example, "challenge", "new")
    child.expect_exact("Hvilken regel? Skriv dens id eller nogle ord fra titlen.")
    child.expect_exact("Regel: ")
    child.sendline("vejning ugentlig")
    child.expect_exact("Regler, der passer på 'vejning ugentlig':")
    child.expect_exact("1. ugentlig-vejning  Ugentlig vejning af alle beboere")
    child.expect_exact("0. Ingen af dem: registrér 'vejning ugentlig' som en ny regel")
    child.expect_exact("Vælg et nummer, eller skriv en ny søgning: ")
    child.sendline("1")
    for prompt, answer in [("Hvad beder du om", "1"), ("problemet", "Vægten bruges ikke."),
                           ("forslag", ""), ("gevinst", ""), ("anonym", "n"),
                           ("Dit navn", "Bo Jensen")]:  # fmt: skip
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    (case,) = (example / "cases").glob("U-2026-0001-ugentlig-vejning-*.yaml")
    assert "rule: ugentlig-vejning" in case.read_text(encoding="utf-8")
    assert sorted(p.name for p in (example / "rules").iterdir()) == before


def test_challenge_new_asks_before_a_new_rule_in_norwegian(example: Path) -> None:
    child = _spawn(example, "--lang", "nb", "challenge", "new", "--unregistered",
                   "Ukentlig vejning", "--request", "fjern", "--problem", "x",
                   "--filed-by", "Bo")  # fmt: skip
    child.expect_exact("Regler som passer på 'Ukentlig vejning':")
    child.expect_exact("1. ugentlig-vejning  Ugentlig vejning af alle beboere")
    child.expect_exact("0. Ingen av dem: registrer 'Ukentlig vejning' som en ny regel")
    child.expect_exact("Velg et nummer, eller skriv et nytt søk: ")
    child.sendline("0")
    child.expect_exact("Registrere 'Ukentlig vejning' som en ny regel i registeret? [j/N] ")
    child.sendline("")  # no: search again
    child.expect_exact("Hvilken regel? Skriv id-en eller noen ord fra tittelen.")
    child.sendline("Ukentlig vejning")
    child.expect_exact("Velg et nummer, eller skriv et nytt søk: ")
    child.sendline("0")
    child.expect_exact("[j/N] ")
    child.sendline("j")
    child.expect(pexpect.EOF)  # the flags said the rest: nothing more is asked
    child.close()
    assert child.exitstatus == 0, child.before
    assert "Regelen 'ukentlig-vejning' var ikke registrert; den er opprettet." in child.before
    assert (example / "rules" / "ukentlig-vejning.yaml").is_file()
