"""Test helpers: fixture trees from dicts, and running the CLI in-process."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from regelsyn.cli import app
from regelsyn.resources import example_registry

MINIMAL_CONFIG = """\
schema: 1
workplace: Testcentret
language: da
committee: {name: Lokal-MED Testcentret, kind: MED}
local_level: arbejdsplads
levels:
  - {id: arbejdsplads, name: Testcentret, response_days: 14}
  - {id: forvaltning, name: Forvaltningen, response_days: 30}
  - {id: eu, name: EU-retten, dispensable: false}
review: {interval_months: 24, defend_requires: one}
"""

GOOD_RULE = """\
id: {id}
title: En god regel
kind: documentation
text: Personalet skriver det ned.
owner: {{level: arbejdsplads, body: Ledelsen}}
purpose: Et formål.
burden: {{minutes: 6, per_year: 10, people: 5}}
next_review: 2030-01-01
"""


def build_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``{relative path: content}`` under ``root``; text is dedented."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


def copy_example(target: Path) -> Path:
    source = example_registry()
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "regelsyn.yaml", target / "regelsyn.yaml")
    shutil.copytree(source / "rules", target / "rules")
    return target


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def err_lines(self) -> list[str]:
        return self.stderr.splitlines()

    @property
    def out_lines(self) -> list[str]:
        return self.stdout.splitlines()


def run(*args: str | Path, registry: Path | None = None, input: str | None = None) -> Run:
    """Run ``regelsyn ARGS`` in-process, as a user would type it."""
    argv = [str(a) for a in args]
    if registry is not None:
        argv = ["-C", str(registry), *argv]
    result = CliRunner().invoke(app, argv, input=input, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


def git(folder: Path, *args: str) -> str:
    """``git ARGS`` in ``folder`` (with the test's isolated configuration); its output."""
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def git_repo(folder: Path, name: str = "Anne Holm", *, commit: bool = True) -> Path:
    """Make ``folder`` a git repository whose user is ``name``; with ``commit``, everything in
    it is committed first."""
    git(folder, "init", "-q", "-b", "main")
    identify(folder, name)
    if commit:
        git(folder, "add", "-A")
        git(folder, "commit", "-qm", "registry")
    return folder


def identify(folder: Path, name: str) -> None:
    """Tell the repository at ``folder`` who works in it."""
    git(folder, "config", "user.name", name)
    git(folder, "config", "user.email", f"{name.split()[0].lower()}@example.dk")


def read_csv(text: str, delimiter: str = ";") -> list[dict[str, str]]:
    """A CSV file regelsyn wrote as rows of header → cell text (its byte-order mark left out);
    ``;`` between cells, as in Danish and Norwegian."""
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=delimiter))
