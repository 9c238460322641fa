"""Robustness at scale: fuzz every loader, kill writes at each step, race two writers.

    python benchmarks/robustness.py                   # 10,000 inputs per loader
    python benchmarks/robustness.py --examples 1000 --kills 5 --races 10

Prints how many inputs were tried per loader, the tracebacks seen (must be 0), the files left
corrupt (must be 0) and the updates lost (must be 0).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("REGELSYN_TODAY", "2026-11-27")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import NonInteractiveExampleWarning  # noqa: E402
from tests.helpers import MINIMAL_CONFIG, build_tree, copy_example  # noqa: E402
from tests.robustness import (  # noqa: E402
    RAW,
    STEPS,
    Tally,
    crash_during_write,
    csv_sheets,
    edit_concurrently,
    import_sheet,
    load_record,
)

from regelsyn.store import yamlio  # noqa: E402


def fuzz(tally: Tally, work: Path, examples: int) -> None:
    registry = build_tree(work / "fuzz", {"regelsyn.yaml": MINIMAL_CONFIG, "rules/.keep": ""})
    options = settings(max_examples=examples, deadline=None, database=None,
                       suppress_health_check=list(HealthCheck))  # fmt: skip
    for model in ("rule", "config", "decisions"):
        _fuzz_model(tally, registry, model, options)

    @options
    @given(csv_sheets())
    def sheet(data: bytes) -> None:
        tally.run("CSV import", lambda: import_sheet(registry, data))

    sheet()


def _fuzz_model(tally: Tally, registry: Path, model: str, options: settings) -> None:
    @options
    @given(RAW)
    def run(data: bytes) -> None:
        tally.run(f"YAML {model} records", lambda: load_record(registry, data, model))

    run()


def kills(tally: Tally, work: Path, rounds: int) -> int:
    count = 0
    for round_ in range(rounds):
        for step in STEPS:
            registry = copy_example(work / f"kill-{round_}-{step}")
            try:
                before, after = crash_during_write(registry, step)
            except AssertionError as exc:
                tally.tracebacks.append(f"kill at {step}: {exc}")
                continue
            count += 1
            try:
                yamlio.load(after.decode("utf-8"))
            except Exception:
                tally.corrupt.append(f"{step}: rules/rengoering-log.yaml")
                continue
            if after != before and b"skrevet ved" not in after:
                tally.corrupt.append(f"{step}: neither the old nor the new file")
    return count


def races(tally: Tally, work: Path, rounds: int) -> int:
    registry = copy_example(work / "race")
    original = (registry / "rules" / "rengoering-log.yaml").read_bytes()
    for _ in range(rounds):
        first, second, text = edit_concurrently(registry)
        if first == 0 and "purpose: Formål fra A." not in text:
            tally.lost.append("the purpose was reported saved but is not in the file")
        if second == 0 and "effect: Effekt fra B." not in text:
            tally.lost.append("the effect was reported saved but is not in the file")
        (registry / "rules" / "rengoering-log.yaml").write_bytes(original)
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=10, help="rounds of kills at every step")
    parser.add_argument("--races", type=int, default=30)
    args = parser.parse_args()
    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="regelsyn-robust-") as scratch:
        work = Path(scratch)
        fuzz(tally, work, args.examples)
        killed = kills(tally, work, args.kills)
        raced = races(tally, work, args.races)
    print("| what | tried | must be 0 | found |")
    print("| --- | ---: | --- | ---: |")
    for loader, count in tally.tried.items():
        print(f"| {loader} | {count:,} | tracebacks | "
              f"{sum(1 for t in tally.tracebacks if t.startswith(loader))} |")  # fmt: skip
    print(f"| writes killed (SIGKILL at each of {len(STEPS)} steps) | {killed} | files left corrupt "
          f"| {len(tally.corrupt)} |")  # fmt: skip
    print(f"| two writers on one rule at once | {raced} | updates lost | {len(tally.lost)} |")
    print(f"| all of the above | | tracebacks | {len(tally.tracebacks)} |")
    for line in [*tally.tracebacks, *tally.corrupt, *tally.lost][:20]:
        print("  " + line)
    sys.exit(1 if tally.tracebacks or tally.corrupt or tally.lost else 0)


if __name__ == "__main__":
    main()
