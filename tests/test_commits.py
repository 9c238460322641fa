"""regelsyn keeps the git history for the secretary (issue 16): every command that writes
records commits exactly the files it wrote, with a message in the registry's language; the
person's own staged and unstaged changes stay where they were."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import build_tree, git, git_repo, run

DEMO = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
TRIAL = [
    "--start", "2027-01-01", "--end", "2027-06-30",
    "--purpose-kept", "Én daglig måling holder kølevarerne sikre.",
    "--legal-certainty-kept", "Ingen borgerrettigheder berøres.",
    "--higher-rules-kept", "Egenkontrolprogrammet følges fortsat.",
    "--evaluation", "Køkkenlederen gennemgår afvigelser i juli 2027.",
]  # fmt: skip
# what the person had going on before regelsyn ran: a staged new file and an unstaged edit
MINE = [" M udkast.txt", "A  noter.txt"]


@pytest.fixture
def repo(example: Path) -> Path:
    """The example registry as a git repository, with the person's own unfinished work."""
    (example / "udkast.txt").write_text("første udkast\n")
    git_repo(example)
    (example / "udkast.txt").write_text("andet udkast\n")
    (example / "noter.txt").write_text("mine noter\n")
    git(example, "add", "noter.txt")
    return example


def _status(root: Path) -> list[str]:
    return sorted(git(root, "status", "--porcelain").splitlines())


def _subjects(root: Path) -> list[str]:
    return git(root, "log", "--format=%s").splitlines()


def did(root: Path, *args: str, message: str) -> list[str]:
    """Run a command; it made exactly one commit, with ``message``, holding only its own files,
    and left the person's work as it was. The files it committed."""
    before = _subjects(root)
    result = run(*args, registry=root)
    assert result.exit_code == 0, result.stderr
    assert _subjects(root) == [message, *before]
    assert _status(root) == MINE
    files = git(root, "show", "--name-only", "--format=", "HEAD").split()
    assert not {"noter.txt", "udkast.txt"} & set(files)
    assert not [f for f in files if f.startswith(".regelsyn")]
    assert f"Gemt i historikken: {message}" in result.stderr
    return files


def did_nothing(root: Path, *args: str) -> None:
    before = _subjects(root)
    result = run(*args, registry=root)
    assert result.exit_code == 0, result.stderr
    assert _subjects(root) == before
    assert _status(root) == MINE


def _new_case(root: Path, files: list[str]) -> str:
    (case,) = [f for f in files if f.startswith("cases/") and f.endswith(".yaml")]
    return case.removeprefix("cases/").removesuffix(".yaml")


def test_a_meeting_and_its_rules_are_one_commit(repo: Path) -> None:
    files = did(repo, "review", "--decisions", DEMO, message=(
        "Gennemgang 2026-11-22: 1 fjernet, 1 skåret ned til gulvet, 1 forsvaret, 1 sendt videre, "
        "1 udskudt; 281 timer frigjort om året"))  # fmt: skip
    assert "reviews/2026-11-22.yaml" in files and "reviews/2026-11-22.md" in files
    assert "rules/ugentlig-vejning.yaml" in files
    assert len([f for f in files if f.startswith("cases/")]) == 2
    # the decision log rendered again, unchanged: no commit
    did_nothing(repo, "review", "render", "2026-11-22")
    # the same meeting run again records nothing, and commits nothing
    did_nothing(repo, "review", "--decisions", DEMO)


def test_rules_added_and_edited(repo: Path) -> None:
    did(repo, "rule", "add", "--title", "Skriftlig godkendelse af vagtbytte", "--kind",
        "approval", "--text", "Vagtbytte godkendes skriftligt.", "--owner-level", "arbejdsplads",
        message="Ny regel: Skriftlig godkendelse af vagtbytte "
                "(skriftlig-godkendelse-af-vagtbytte)")  # fmt: skip
    files = did(
        repo,
        "rule",
        "edit",
        "rengoering-log",
        "--effect",
        "Ingen fund ved tilsyn.",
        "--minutes",
        "3",
        message="Regel rengoering-log ændret: Byrde (minutter), Effekt",
    )
    assert files == ["rules/rengoering-log.yaml"]
    did_nothing(repo, "rule", "edit", "rengoering-log", "--effect", "Ingen fund ved tilsyn.")


def test_a_challenge_through_its_lifecycle(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = did_case(repo, "challenge", "new", "--rule", "koeletemperatur-log", "--request",
                     "trial", "--problem", "To målinger giver intet ekstra.", "--filed-by",
                     "Dorte Bak", *TRIAL, expected="Udfordring {id}: indgivet om "
                     "'Temperaturmåling af køleskabe to gange dagligt'")  # fmt: skip
    assert sorted(f.rsplit(".", 1)[1] for f in files) == ["md", "yaml"]
    case_id = _new_case(repo, files)
    did(
        repo,
        "challenge",
        "decide",
        case_id,
        "--outcome",
        "granted",
        "--reasons",
        "Fint.",
        "--by",
        "Anne Holm",
        message=f"Udfordring {case_id}: imødekommet (forsøg til 2027-06-30)",
    )
    monkeypatch.setenv("REGELSYN_TODAY", "2027-07-05")
    did(
        repo,
        "challenge",
        "evaluate",
        case_id,
        "--result",
        "Ingen afvigelser.",
        "--outcome",
        "made_permanent",
        "--by",
        "Anne Holm",
        message=f"Udfordring {case_id}: gjort permanent",
    )


def test_an_anonymous_challenge_is_committed_under_its_representative(repo: Path) -> None:
    files = did_case(repo, "challenge", "new", "--rule", "ugentlig-vejning", "--request",
                     "remove", "--problem", "Vægten bruges ikke.", "--anonymous", "--via",
                     "Carla Nielsen (TR)", expected="Udfordring {id}: indgivet om "
                     "'Ugentlig vejning af alle beboere'")  # fmt: skip
    assert files
    assert git(repo, "log", "-1", "--format=%an <%ae>|%cn <%ce>") == (
        "Carla Nielsen (TR) <>|Carla Nielsen (TR) <>\n"
    )


def test_an_unregistered_rule_and_its_challenge_are_one_commit(repo: Path) -> None:
    files = did_case(repo, "challenge", "new", "--unregistered", "Kvittering for nøglebrik",
                     "--request", "remove", "--problem", "x", "--filed-by", "Bo Jensen",
                     expected="Udfordring {id}: indgivet om 'Kvittering for nøglebrik', som nu "
                     "er registreret som regel")  # fmt: skip
    assert "rules/kvittering-for-noeglebrik.yaml" in files


def test_imports_and_templates(repo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "regler.csv"
    sheet.write_text("Titel;Type;Tekst;Ejer\nNøglebrik;approval;Kvittér for nøglebrik;"
                     "arbejdsplads\n", encoding="utf-8")  # fmt: skip
    did(repo, "import", sheet, message="Import fra regler.csv: 1 ny regel, 0 ændret")
    did_nothing(repo, "import", sheet)
    files = did(
        repo,
        "template",
        "export",
        "rule.md.j2",
        message="Skabelonen rule.md.j2 kopieret til templates/ for at blive tilpasset",
    )
    assert files == ["templates/rule.md.j2"]


def test_cases_escalated_answered_and_rendered(repo: Path) -> None:
    files = did_case(repo, "escalate", "besoeg-klokkeslaet", "--recommend", "remove",
                     expected="Sag {id}: sendt videre til Sundheds- og Omsorgsforvaltningen "
                     "(svar senest 2026-12-27)")  # fmt: skip
    case_id = _new_case(repo, files)
    did(
        repo,
        "case",
        "reply",
        case_id,
        "--outcome",
        "granted",
        "--note",
        "Kravet ophæves.",
        message=f"Sag {case_id}: imødekommet",
    )
    document = repo / "cases" / f"{case_id}.md"
    document.unlink()
    did_nothing(repo, "case", "render", case_id)  # written as it was committed: nothing new
    assert document.is_file()


def did_case(root: Path, *args: str, expected: str) -> list[str]:
    """As :func:`did`, for a command that opens a case (whose id the message names)."""
    before = _subjects(root)
    result = run(*args, registry=root)
    assert result.exit_code == 0, result.stderr
    files = git(root, "show", "--name-only", "--format=", "HEAD").split()
    case_id = _new_case(root, files)
    assert _subjects(root) == [expected.format(id=case_id), *before]
    assert _status(root) == MINE
    return files


def test_a_decision_log_written_again_after_a_template_change(repo: Path) -> None:
    run("--no-commit", "review", "--decisions", DEMO, registry=repo)
    git(repo, "add", "reviews", "rules", "cases")
    git(repo, "commit", "-qm", "by hand", "--", "reviews", "rules", "cases")
    run("--no-commit", "template", "export", "review.md.j2", registry=repo)
    template = repo / "templates" / "review.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nGodkendt i Lokal-MED.\n")
    git(repo, "add", "templates")
    git(repo, "commit", "-qm", "our own layout", "--", "templates")
    files = did(
        repo,
        "review",
        "render",
        "2026-11-22",
        message="Referatet af gennemgangen 2026-11-22 skrevet igen",
    )
    assert files == ["reviews/2026-11-22.md"]


def test_an_edit_in_the_editor_commits_the_rule_not_the_draft(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
                      "p.write_text(p.read_text().replace('adopted: 2019-03-01', "
                      "'adopted: 2019-04-01'))\n")  # fmt: skip
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.setattr("regelsyn.ui.prompt.has_terminal", lambda: True)  # the editor needs one
    files = did(
        repo, "rule", "edit", "rengoering-log", message="Regel rengoering-log ændret: Vedtaget"
    )
    assert files == ["rules/rengoering-log.yaml"]


def test_without_a_name_for_git_nothing_is_written(example: Path) -> None:
    git_repo(example, commit=False)
    git(example, "config", "--unset", "user.email")
    before = sorted(p.name for p in (example / "rules").iterdir())
    result = run("--lang", "en", "rule", "add", "--title", "Ny", "--kind", "rule", "--text", "x",
                 "--owner-level", "arbejdsplads", registry=example)  # fmt: skip
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        "Error: git does not know who you are, so regelsyn cannot record the change in the "
        "history. Nothing was written."
    )
    assert 'regelsyn --author "Your Name <you@example.org>"' in result.stderr
    assert sorted(p.name for p in (example / "rules").iterdir()) == before
    bad = run("--lang", "en", "--author", "Bo Jensen", "rule", "edit", "rengoering-log",
              "--effect", "x", registry=example)  # fmt: skip
    assert bad.exit_code == 2
    assert bad.err_lines[0] == "Error: --author 'Bo Jensen' must be written as \"Name <mail>\"."
    named = run("--author", "Bo Jensen <bo@example.dk>", "rule", "edit", "rengoering-log",
                "--effect", "x", registry=example)  # fmt: skip
    assert named.exit_code == 0, named.stderr
    assert git(example, "log", "--format=%an <%ae>|%s") == (
        "Bo Jensen <bo@example.dk>|Regel rengoering-log ændret: Effekt\n"
    )


@pytest.mark.parametrize("how", ["setting", "flag"])
def test_commits_can_be_turned_off(repo: Path, how: str) -> None:
    if how == "setting":
        config = repo / "regelsyn.yaml"
        config.write_text(config.read_text(encoding="utf-8") + "git: {commit: false}\n")
        git(repo, "commit", "-qm", "no commits, please", "--", "regelsyn.yaml")
    flags = ["--no-commit"] if how == "flag" else []
    before = _subjects(repo)
    result = run(*flags, "rule", "edit", "rengoering-log", "--effect", "x", registry=repo)
    assert result.exit_code == 0
    assert _subjects(repo) == before
    assert " M rules/rengoering-log.yaml" in _status(repo)


def test_a_write_killed_before_its_commit_is_committed_by_the_next_command(repo: Path) -> None:
    env = {**os.environ, "REGELSYN_FAULT": "tx-applied-0"}
    done = subprocess.run(
        [sys.executable, "-m", "regelsyn", "-C", str(repo), "rule", "edit", "rengoering-log",
         "--effect", "Skrevet, men ikke gemt i historikken."],
        env=env, capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert " M rules/rengoering-log.yaml" in _status(repo)
    assert run("check", registry=repo).exit_code == 0
    assert _subjects(repo)[0] == "Regel rengoering-log ændret: Effekt"
    assert _status(repo) == MINE


def test_a_registry_in_a_folder_of_a_larger_repository(tmp_path: Path) -> None:
    outer = build_tree(tmp_path / "kommune", {"README.md": "Kommunens dokumenter\n"})
    git_repo(outer)
    assert run("init", outer / "solhaven", "--workplace", "Solhaven").exit_code == 0
    registry = outer / "solhaven"
    result = run("rule", "add", "--title", "Ny regel", "--kind", "rule", "--text", "x",
                 "--owner-level", "arbejdsplads", registry=registry)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert git(outer, "log", "-1", "--format=%s") == "Ny regel: Ny regel (ny-regel)\n"
    committed = git(outer, "show", "--name-only", "--format=", "HEAD").split()
    assert committed == ["solhaven/rules/ny-regel.yaml"]


def test_an_approval_and_an_agenda_are_committed_with_their_own_messages(repo: Path) -> None:
    people = ["--participant", "Anne Holm:ledelse:formand",
              "--participant", "Bo Jensen:medarbejdere:naestformand"]  # fmt: skip
    run("review", *people, "--decided-by", "Anne Holm", "--decisions", str(DEMO),
        "--date", "2026-11-22", registry=repo)  # fmt: skip
    files = did(repo, "review", "approve", "2026-11-22", "--role", "næstformand",
                "--name", "Bo Jensen", "--date", "2026-11-25",
                message="Referatet af gennemgangen 2026-11-22 godkendt af næstformand "
                        "Bo Jensen")  # fmt: skip
    assert files == ["reviews/2026-11-22.md", "reviews/2026-11-22.yaml"]
    files = did(repo, "agenda", "--meeting", "2026-12-10",
                message="Dagsorden til mødet 2026-12-10")  # fmt: skip
    assert files == ["agendas/2026-12-10.md", "agendas/2026-12-10.yaml"]
