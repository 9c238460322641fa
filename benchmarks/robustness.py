"""Robustness at scale: fuzz every loader, kill writes at each step, race writers, kill and
fill the disk during every step of a review, an import and a case decision.

    python benchmarks/robustness.py                   # 10,000 inputs per loader
    python benchmarks/robustness.py --examples 1000 --kills 5 --races 10 --import-sample 40

Prints how many inputs were tried per loader, the tracebacks seen (must be 0), the files left
corrupt (must be 0), the updates lost (must be 0), and for the transactions: runs killed,
states checked, transactions rolled forward and back, full disks, and states that were neither
all nor nothing (must be 0).
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
    EDITS,
    RAW,
    STEPS,
    Crashes,
    Tally,
    crash_during_write,
    crash_operation,
    csv_sheets,
    edit_concurrently,
    import_sheet,
    load_record,
    regelsyn,
    review_of,
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
        codes, text = edit_concurrently(registry)
        for code, (flag, line) in zip(codes, EDITS.items(), strict=True):
            if code == 0 and line not in text:
                tally.lost.append(f"{flag} was reported saved but is not in the file")
        (registry / "rules" / "rengoering-log.yaml").write_bytes(original)
    return rounds


def transactions(crashes: Crashes, work: Path, import_sample: int | None) -> None:
    """A review of 20 rules, an import of 2,000 rows and a case decision, each killed at every
    step of its commit (the import at a spread of its 4,000 steps unless asked for all) and
    stopped by a full disk at every file."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    base = generate(60, work / "generated")
    decisions = review_of(base, 20, work / "review-20.yaml")
    rows = "\n".join(f"Importeret regel {n};rule;Tekst {n};arbejdsplads" for n in range(2000))
    sheet = work / "import-2000.csv"
    sheet.write_text("Titel;Type;Tekst;Ejer\n" + rows + "\n", encoding="utf-8")

    def copy(target: Path) -> Path:
        import shutil

        shutil.copytree(base, target, ignore=shutil.ignore_patterns(".regelsyn"))
        return target

    def with_challenge(target: Path) -> Path:
        root = copy_example(target)
        regelsyn(root, "challenge", "new", "--rule", "ugentlig-vejning", "--request", "remove",
                 "--problem", "x", "--filed-by", "Bo")  # fmt: skip
        return root

    crash_operation(crashes, work, "review", copy, ["review", "--decisions", str(decisions)])
    crash_operation(crashes, work, "import", copy, ["import", str(sheet)], sample=import_sample)
    probe = with_challenge(work / "probe")
    (case,) = [p.stem for p in (probe / "cases").glob("U-*.yaml")]
    crash_operation(crashes, work, "decide", with_challenge,
                    ["challenge", "decide", case, "--outcome", "granted", "--reasons", "Ja.",
                     "--by", "Anne Holm"])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=10, help="rounds of kills at every step")
    parser.add_argument("--races", type=int, default=30)
    sample = "kill the 2,000-row import at this many of its steps (0: all)"
    parser.add_argument("--import-sample", type=int, default=40, help=sample)
    args = parser.parse_args()
    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="regelsyn-robust-") as scratch:
        work = Path(scratch)
        fuzz(tally, work, args.examples)
        killed = kills(tally, work, args.kills)
        raced = races(tally, work, args.races)
        crashes = Crashes()
        transactions(crashes, work, args.import_sample or None)
    print("| what | tried | must be 0 | found |")
    print("| --- | ---: | --- | ---: |")
    for loader, count in tally.tried.items():
        print(f"| {loader} | {count:,} | tracebacks | "
              f"{sum(1 for t in tally.tracebacks if t.startswith(loader))} |")  # fmt: skip
    print(f"| writes killed (SIGKILL at each of {len(STEPS)} steps) | {killed} | files left "
          f"corrupt | {len(tally.corrupt)} |")  # fmt: skip
    print(f"| four writers on one rule at once | {raced} | updates lost | {len(tally.lost)} |")
    print(f"| commits killed (review of 20, import of 2,000, case decision) | {crashes.killed} "
          f"| neither all nor nothing | {len(crashes.wrong)} |")  # fmt: skip
    print(f"| states checked after recovery | {crashes.checked} | | |")
    print(f"| rolled forward / rolled back | {crashes.forward} / {crashes.back} | | |")
    print(f"| full disk at a staged file | {crashes.full} | something changed | "
          f"{sum('full disk' in w for w in crashes.wrong)} |")  # fmt: skip
    print(f"| all of the above | | tracebacks | {len(tally.tracebacks)} |")
    for line in [*tally.tracebacks, *tally.corrupt, *tally.lost, *crashes.wrong][:20]:
        print("  " + line)
    sys.exit(1 if tally.tracebacks or tally.corrupt or tally.lost or crashes.wrong else 0)


if __name__ == "__main__":
    main()
