"""The mutation score of a `mutmut run`, and a floor it must reach: `make mutation`.

Usage: mutation_score.py STATS_JSON MIN_PERCENT. A mutant counts as killed only when a test
failed on it; timeouts, survivors and mutants no test reaches all count against the score.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(stats_file: str, floor: str) -> int:
    stats = json.loads(Path(stats_file).read_text(encoding="utf-8"))
    total, killed = stats["total"], stats["killed"]
    score = 100 * killed / total if total else 0.0
    others = ", ".join(
        f"{name.replace('_', ' ')} {stats[name]}"
        for name in ("survived", "timeout", "no_tests", "suspicious", "skipped", "segfault")
        if stats.get(name)
    )
    print(f"mutation score: {killed} of {total} killed ({score:.1f} %); {others or 'no others'}")
    if score < float(floor):
        print(
            f"below the floor of {floor} %: kill the survivors or explain them (tests/MUTATION.md)"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
