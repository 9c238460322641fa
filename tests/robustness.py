"""Shared by tests/test_robustness.py and benchmarks/robustness.py: hostile inputs for every
loader, and the checks that nothing crashed, nothing was corrupted and nothing was lost."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from regelsyn.errors import RegelsynError

KEYS = [
    "id", "title", "kind", "text", "owner", "level", "body", "legal_basis", "floor", "adopted",
    "purpose", "effect", "burden", "minutes", "per_year", "people", "status", "next_review",
    "tags", "history", "schema", "workplace", "language", "committee", "local_level", "levels",
    "review", "decisions", "rule", "verdict", "participants", "decided_by", "titel", "ü",
]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from([
        "null", "~", "true", "no", "0", "-1", "3.5", "1e400", ".nan", "2026-13-45", "2026-02-30",
        "2026-11-27", "arbejdsplads", "documentation", "remove", "'quoted'", '"dq"', "|", ">",
        "&a x", "*a", "!!python/object:os.system x", "!tag x", "[a, b", "{a: 1}", "- x", "#",
        "@x", "`x`", "%x", "\t", "æøå", "\u2028", "\x00", "\ufeff", "x: y", "? x",
    ]),
    st.text(max_size=30),
    st.integers(),
)  # fmt: skip


@st.composite
def yamlish(draw: Any) -> str:
    """Text that looks like a record file, with a little of everything that can go wrong."""
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        indent = " " * draw(st.sampled_from([0, 0, 0, 2, 4, 1]))
        key = draw(st.sampled_from(KEYS))
        lead = draw(st.sampled_from(["", "", "", "- ", "\t", "? "]))
        value = draw(SCALARS)
        lines.append(f"{indent}{lead}{key}: {value}")
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\r\n", "\n\n"]))


RAW = st.one_of(
    yamlish().map(lambda s: s.encode("utf-8", "surrogatepass")),
    yamlish().map(lambda s: s.encode("cp1252", "replace")),
    st.binary(max_size=400),
    yamlish().map(lambda s: b"\xef\xbb\xbf" + s.encode("utf-8", "replace")),
)


@st.composite
def csv_sheets(draw: Any) -> bytes:
    headers = draw(st.lists(st.sampled_from(
        ["Titel", "Type", "Ejer", "Minutter", "Gange om året", "Personer", "Næste gennemgang",
         "Id", "title", "kind", "Hjemmel", "Emneord", "=cmd", "", "Tekst"]),
        min_size=1, max_size=8))  # fmt: skip
    rows = [";".join(headers)]
    for _ in range(draw(st.integers(0, 6))):
        cells = [str(draw(SCALARS)).replace("\n", " ") for _ in headers]
        rows.append(draw(st.sampled_from([";", ",", "\t"])).join(cells))
    text = "\r\n".join(rows)
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]))
    return text.encode(encoding, "replace")


class Tally:
    """What a robustness run found."""

    def __init__(self) -> None:
        self.tried: dict[str, int] = {}
        self.tracebacks: list[str] = []
        self.corrupt: list[str] = []
        self.lost: list[str] = []

    def run(self, loader: str, call: Callable[[], Any]) -> None:
        self.tried[loader] = self.tried.get(loader, 0) + 1
        try:
            call()
        except RegelsynError:
            pass  # a clear message with an exit code: what should happen
        except Exception as exc:
            self.tracebacks.append(f"{loader}: {type(exc).__name__}: {exc}")


def load_record(root: Path, data: bytes, model: str) -> None:
    """Every read path the tool has for one file: round-trip, fast, and through the index."""
    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.review import DecisionsFile
    from regelsyn.store import reading
    from regelsyn.store.packing import pack_rule, to_row
    from regelsyn.store.registry import Registry

    registry = Registry(root)
    path = root / "rules" / "fuzz.yaml"
    path.write_bytes(data)
    kind = {"rule": Rule, "config": RegistryConfig, "decisions": DecisionsFile}[model]
    loaded = registry.read(path, kind)
    for finding in loaded.findings:
        assert finding.format().startswith("rules/fuzz.yaml:"), finding.format()
    record, where, _ = reading.read(path, "rules/fuzz.yaml", kind)
    if model == "rule":  # what check's quick read vouches for, the model accepts, alike
        quick = reading.quick_rule(path, "rules/fuzz.yaml")
        if quick is not None:
            assert record is not None, data
            facts = reading.rule_facts(record, where)  # type: ignore[arg-type]
            assert quick.facts == (pack_rule(facts) or to_row(facts)), data


def import_sheet(root: Path, data: bytes) -> None:
    from regelsyn.app import importing
    from regelsyn.store import sheets
    from regelsyn.store.registry import Registry

    registry = Registry(root)
    path = root / "fuzz.csv"
    path.write_bytes(data)
    rows = sheets.read_rows(path)
    importing.plan(registry, registry.config(), rows, importing.Mapping(), {},
                   dt.date(2026, 11, 27), "fuzz.csv")  # fmt: skip


# the steps of a one-file write (a transaction: journal, staged copy, commit point, rename)
STEPS = ("tx-intent", "tx-staged-0", "tx-committed", "tx-applied-0")


def crash_during_write(root: Path, step: str, rule: str = "rengoering-log") -> tuple[bytes, bytes]:
    """Kill ``rule edit`` at ``step`` of its write; the file's bytes before and after."""
    path = root / "rules" / f"{rule}.yaml"
    before = path.read_bytes()
    env = {**os.environ, "REGELSYN_FAULT": step}
    done = subprocess.run(
        [sys.executable, "-m", "regelsyn", "-C", str(root), "rule", "edit", rule, "--purpose",
         f"Nyt formål skrevet ved {step}."],
        env=env, capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, (step, done.stderr)
    return before, path.read_bytes()


EDITS = {
    "--purpose": "purpose: Formål fra A.",
    "--effect": "effect: Effekt fra B.",
    "--legal-certainty": "legal_certainty: Retssikkerhed fra C.",
    "--use": "use: Brug fra D.",
}


def edit_concurrently(root: Path, rule: str = "rengoering-log") -> tuple[list[int], str]:
    """Four processes change four fields of one rule at once, each pausing between "is the
    file unchanged?" and "replace it" (where a missing lock would lose an update); their exit
    codes and the result."""
    import os

    command = [sys.executable, "-m", "regelsyn", "-C", str(root), "rule", "edit", rule]
    env = {**os.environ, "REGELSYN_FAULT": "guarded:nap"}
    procs = [
        subprocess.Popen([*command, flag, line.split(": ", 1)[1]], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for flag, line in EDITS.items()
    ]  # fmt: skip
    codes = [proc.wait() for proc in procs]
    return codes, (root / "rules" / f"{rule}.yaml").read_text(encoding="utf-8")


# -- transactions killed at every step ------------------------------------------------------
def registry_files(root: Path) -> dict[str, bytes]:
    """Every file of the registry (the cache and the journal aside)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".regelsyn" not in p.parts
    }


def regelsyn(root: Path, *args: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "REGELSYN_TODAY": "2026-11-27", "REGELSYN_ID_SEED": "robust"}
    env.pop("REGELSYN_FAULT", None)
    if fault:
        env["REGELSYN_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "regelsyn", "-C", str(root), *args],
                          env=env, capture_output=True, text=True, check=False)  # fmt: skip


def review_of(root: Path, count: int, out: Path) -> Path:
    """A decisions file deciding ``count`` rules of a registry, with every kind of verdict its
    ladder allows (escalations carry their proposal)."""
    from regelsyn.app.registry import open_registry
    from regelsyn.app.review import valid_rules
    from regelsyn.domain import verdicts

    registry = open_registry(root)
    config = registry.config()
    lines = ["date: 2026-11-22", "participants: [{name: Anne Holm, side: ledelse, role: formand}]",
             "decided_by: Anne Holm", "decisions:"]  # fmt: skip
    for rule in valid_rules(registry).records()[:count]:
        group = verdicts.triage(config, rule)
        if group == "not_dispensable":
            lines.append(f"  - {{rule: {rule.id}, verdict: defer, reason: Afventer.}}")
        elif group == "send_on":
            lines.append(f"  - {{rule: {rule.id}, verdict: escalate, recommend: remove, "
                         "proposal: Ophæves.}")  # fmt: skip
        elif rule.premises():
            lines.append(f"  - {{rule: {rule.id}, verdict: defend, confirmed: [purpose, effect, "
                         "legal_certainty]}")  # fmt: skip
        else:
            lines.append(f"  - {{rule: {rule.id}, verdict: remove}}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


@dataclass
class Crashes:
    killed: int = 0
    checked: int = 0
    forward: int = 0
    back: int = 0
    full: int = 0
    wrong: list[str] = field(default_factory=list)


def commit_steps(changed: int, sample: int | None = None) -> list[str]:
    """The fault steps of a commit that changes ``changed`` files (every one, or a spread of
    ``sample`` staging and applying steps)."""
    numbers = list(range(changed))
    if sample is not None and changed > sample:
        numbers = sorted({round(i * (changed - 1) / (sample - 1)) for i in range(sample)})
    return ["tx-intent", *[f"tx-staged-{n}" for n in numbers], "tx-committed",
            *[f"tx-applied-{n}" for n in numbers]]  # fmt: skip


def crash_operation(
    tally: Crashes, work: Path, name: str, make: Any, args: list[str], sample: int | None = None
) -> None:
    """Run an operation killed at each step of its commit and with a full disk at each file;
    after recovery the registry holds all of it or none of it, and a run again gives exactly
    the registry an uninterrupted run gives."""
    import shutil

    clean = make(work / f"{name}-clean")
    before = registry_files(clean)
    done = regelsyn(clean, *args)
    assert done.returncode == 0, done.stderr
    after = registry_files(clean)
    changed = sum(1 for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    steps = commit_steps(changed, sample)
    full = [f"tx-enospc-{n}" for n in range(changed)][: sample or changed]
    for number, step in enumerate([*steps, *full]):
        root = make(work / f"{name}-{number}")
        result = regelsyn(root, *args, fault=step)
        if step.startswith("tx-enospc"):
            tally.full += 1
            if result.returncode != 1 or registry_files(root) != before:
                tally.wrong.append(f"{name} {step}: a full disk changed something")
        else:
            tally.killed += 1
            if result.returncode != -9:
                tally.wrong.append(f"{name} {step}: not killed ({result.returncode})")
            said = regelsyn(root, "--lang", "en", "rule", "list", "--format", "json").stderr
            state = registry_files(root)
            tally.checked += 1
            if state == before:
                tally.back += "rolled back" in said
            elif state == after:
                tally.forward += "finished" in said
            else:
                tally.wrong.append(f"{name} {step}: neither all nor nothing")
            again = regelsyn(root, *args)
            if registry_files(root) != after and not (again.returncode == 1 and state == after):
                tally.wrong.append(f"{name} {step}: a run again did not give the clean result")
        if any(p.name.endswith(".tmp") for p in root.rglob("*") if ".regelsyn" not in p.parts):
            tally.wrong.append(f"{name} {step}: temporary files left")
        shutil.rmtree(root, ignore_errors=True)
