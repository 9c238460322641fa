"""The guarantees of the process (DESIGN.md §6) on many random sequences of use cases: the state
machine of tests/machine.py, run far longer than the test command runs it.

    python benchmarks/invariants.py                          # 2,000 sequences of up to 40 steps
    python benchmarks/invariants.py --sequences 200 --steps 20 --jobs 1

Prints how many sequences and steps were tried (and, per use case, how many were done of how
many tried), and the minimal failing sequence of each guarantee that broke. Each job runs its
share of the sequences in its own process, from its own random seed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("REGELSYN_ID_SEED", "regelsyn-invariants")


def run(sequences: int, steps: int) -> dict[str, Any]:
    """One job: its sequences, its tally, and the failures it found (as text)."""
    from hypothesis import HealthCheck, settings
    from hypothesis.stateful import run_state_machine_as_test
    from tests.machine import TALLY, ProcessMachine

    TALLY.reset()  # a worker process may run more than one job
    options = settings(max_examples=sequences, stateful_step_count=steps, deadline=None,
                       database=None, suppress_health_check=list(HealthCheck))  # fmt: skip
    failures = []
    try:
        run_state_machine_as_test(ProcessMachine, settings=options)
    except Exception as exc:  # each failure with its minimal sequence (hypothesis's notes)
        failures.append("".join(traceback.format_exception(exc)))
    return {"sequences": TALLY.sequences, "steps": TALLY.steps, "done": TALLY.done,
            "refused": TALLY.refused, "open": TALLY.open, "failures": failures}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sequences", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=40, help="at most this many steps each")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    began = time.monotonic()
    jobs = max(1, min(args.jobs, args.sequences))
    shares = [args.sequences // jobs + (1 if i < args.sequences % jobs else 0) for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(run, shares, [args.steps] * jobs))

    from tests.machine import Tally

    tally = Tally()
    for result in results:
        tally.sequences += result["sequences"]
        tally.steps += result["steps"]
        for name in ("done", "refused", "open"):
            getattr(tally, name).update(Counter(result[name]))
    failures = [text for result in results for text in result["failures"]]
    minutes = (time.monotonic() - began) / 60
    print(f"{tally.line()}  {jobs} jobs, {minutes:.1f} min")
    for text in failures:
        print(text)
    print(f"{len(failures)} guarantee(s) broken" if failures else "every guarantee held after "
          "every step")  # fmt: skip
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
