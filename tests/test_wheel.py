"""The built wheel, installed in a fresh virtual environment, works without the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _sh(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REGELSYN_", "PYTHON"))}
    env["REGELSYN_TODAY"] = "2026-11-27"
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = _sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("regelsyn-*.whl")
    return built


def test_wheel_holds_templates_and_example(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "regelsyn/_data/templates/rule.md.j2" in names
    assert "regelsyn/_data/example/regelsyn.yaml" in names
    assert "regelsyn/_data/example/rules/rengoering-log.yaml" in names
    for lang in ("da", "nb", "en"):  # the message catalogs, read as they are at run time
        assert f"regelsyn/i18n/locale/{lang}/LC_MESSAGES/regelsyn.po" in names


def test_installed_wheel_runs_init_example_and_check(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    install = _sh(bin_dir / "python", "-m", "pip", "install", "-q", wheel)
    assert install.returncode == 0, install.stderr
    work = tmp_path / "elsewhere"
    work.mkdir()
    regelsyn = bin_dir / "regelsyn"
    init = _sh(regelsyn, "init", "demo", "--example", "--no-git", cwd=work)
    assert init.returncode == 0, init.stderr
    check = _sh(regelsyn, "-C", "demo", "check", cwd=work)
    assert check.returncode == 0, check.stdout + check.stderr
    shown = _sh(
        regelsyn, "-C", "demo", "rule", "show", "rengoering-log", "--format", "md", cwd=work
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("## Daglig rengøringslog for fællesarealer\n")
    where = _sh(
        bin_dir / "python", "-c", "import regelsyn.resources as r; print(r.builtin_templates())"
    )
    assert str(env_dir) in where.stdout
    _keeps_the_git_history(regelsyn, work)
    _says_one_rule_in_the_singular(regelsyn, work)


def _says_one_rule_in_the_singular(regelsyn: Path, work: Path) -> None:
    """The installed command reads its catalogs and their plural forms, in every language."""
    assert _sh(regelsyn, "init", "one", "--no-git", cwd=work).returncode == 0
    added = _sh(regelsyn, "-C", "one", "rule", "add", "--title", "Én regel", "--kind", "rule",
                "--text", "Tekst.", "--owner-level", "arbejdsplads", "--purpose", "Et formål.",
                "--minutes", "60", "--per-year", "1", "--people", "1", cwd=work)  # fmt: skip
    assert added.returncode == 0, added.stderr
    said = {lang: _sh(regelsyn, "-C", "one", "--lang", lang, "check", cwd=work).stdout
            for lang in ("da", "nb", "en")}  # fmt: skip
    assert said == {
        "da": "Registret er i orden: 1 regel, ingen fejl eller advarsler.\n",
        "nb": "Registeret er i orden: 1 regel, ingen feil eller advarsler.\n",
        "en": "The registry is in order: 1 rule, no errors or warnings.\n",
    }
    listed = _sh(regelsyn, "-C", "one", "rule", "list", cwd=work).stdout.splitlines()
    assert listed[-1] == "1 regel, i alt 1 time om året."


def _keeps_the_git_history(regelsyn: Path, work: Path) -> None:
    """The installed command commits what it writes, shows a rule's history and syncs."""
    me = ("--author", "Anne Holm <anne@example.dk>")
    assert _sh("git", "init", "-q", "--bare", "shared.git", cwd=work).returncode == 0
    assert _sh(regelsyn, *me, "init", "git-demo", "--example", cwd=work).returncode == 0
    registry = work / "git-demo"
    assert _sh("git", "remote", "add", "origin", "../shared.git", cwd=registry).returncode == 0
    edit = _sh(regelsyn, *me, "rule", "edit", "rengoering-log", "--effect", "Ingen fund.",
               cwd=registry)  # fmt: skip
    assert edit.returncode == 0, edit.stderr
    log = _sh("git", "log", "--format=%an|%s", cwd=registry).stdout.splitlines()
    assert log == ["Anne Holm|Regel rengoering-log ændret: Effekt",
                   "Anne Holm|Register oprettet: Plejecenter Solhaven"]  # fmt: skip
    history = _sh(regelsyn, "rule", "history", "rengoering-log", "--format", "json", cwd=registry)
    assert '"event": "edited"' in history.stdout, history.stderr
    synced = _sh(regelsyn, *me, "sync", cwd=registry)
    assert synced.returncode == 0, synced.stderr
    assert "✓ 2 ændringer sendt til origin." in synced.stderr


def test_the_tests_run_from_the_unpacked_sdist(tmp_path: Path) -> None:
    """The sdist carries what its tests need (scripts, benchmarks, .ci, the licence), so a
    packager can run them from it."""
    import tarfile

    out = tmp_path / "dist"
    built = _sh(sys.executable, "-m", "build", "--sdist", "-o", out, ROOT)
    assert built.returncode == 0, built.stderr
    (sdist,) = out.glob("regelsyn-*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (top,) = (tmp_path / "unpacked").iterdir()
    for needed in ("LICENSE", "scripts/demo-decisions.yaml", "benchmarks/generate.py", ".ci/run"):
        assert (top / needed).is_file(), needed
    env = {**os.environ, "PYTHONPATH": str(top / "src")}
    tests = [  # the tests that read files beside the package: the demo, .ci/run, the benchmark
        "tests/test_app.py::test_rule_list_due_and_review_agree_on_what_is_due_after_a_review",
        "tests/test_i18n_and_help.py::test_ci_runs_the_readme_test_command",
        "tests/test_cache.py::test_parallel_and_serial_parsing_agree",
    ]
    ran = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
                         cwd=top, env=env, capture_output=True, text=True, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stdout[-3000:]
    show = "import regelsyn; print(regelsyn.__file__)"
    where = subprocess.run([sys.executable, "-c", show], cwd=top, env=env, capture_output=True,
                           text=True, check=False)  # fmt: skip
    assert where.stdout.startswith(str(top))  # the sdist's own code was tested
