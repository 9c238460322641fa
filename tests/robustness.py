"""Shared by tests/test_robustness.py and benchmarks/robustness.py: hostile inputs for every
loader, and the checks that nothing crashed, nothing was corrupted and nothing was lost."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Callable
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


def edit_concurrently(root: Path, rule: str = "rengoering-log") -> tuple[int, int, str]:
    """Two processes change two fields of one rule at once; exit codes and the result."""
    command = [sys.executable, "-m", "regelsyn", "-C", str(root), "rule", "edit", rule]
    first = subprocess.Popen([*command, "--purpose", "Formål fra A."], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    second = subprocess.Popen([*command, "--effect", "Effekt fra B."], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    codes = first.wait(), second.wait()
    return codes[0], codes[1], (root / "rules" / f"{rule}.yaml").read_text(encoding="utf-8")
