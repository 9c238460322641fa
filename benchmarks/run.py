"""Benchmark: median wall time and peak memory of regelsyn's commands on synthetic registries,
with the baselines measured in the same run.

    python benchmarks/run.py                      # 1,000 and 10,000 rules; 300 registries
    python benchmarks/run.py --sizes 1000,10000,50000 --runs 5
    python benchmarks/run.py --sizes '' --federation 300   # only ``learn``

B0: ``cat`` of every record file to /dev/null (the floor for reading the bytes); for a federation,
of every record file of every registry (rules, reviews, cases and regelsyn.yaml).
B1: parsing every file with ruamel.yaml's C safe loader in one process, no validation.
B0r: ``cat`` of the rule files alone, taken in turns with the site's rebuild, the agenda and the
calendar (issue 15 measures them against it); their ratio is the median of the pairs' ratios.
B2: a bare typer app's ``--help`` (the floor for start-up).
B3: the site's files written by plain Python (the floor under a full site build).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import federation, generate  # noqa: E402

PYTHON = sys.executable
# the command as a user runs it: the console script pip installs beside this Python
SCRIPT = Path(PYTHON).with_name("regelsyn")
REGELSYN = [str(SCRIPT)] if SCRIPT.exists() else [PYTHON, "-m", "regelsyn"]
ENV = {**os.environ, "REGELSYN_TODAY": "2026-11-27", "COLUMNS": "120", "REGELSYN_LANG": "en"}
ENV.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed by pip: modules are compiled once


def compile_package() -> None:
    """Byte-compile regelsyn as ``pip install`` does, so that no run pays for compiling."""
    import compileall

    import regelsyn

    compileall.compile_dir(Path(regelsyn.__file__).parent, quiet=1)

B1_SCRIPT = """
import sys, pathlib
from ruamel.yaml.cyaml import CSafeLoader
root = pathlib.Path(sys.argv[1])
for folder in ("rules", "cases"):
    for path in (root / folder).iterdir():
        loader = CSafeLoader(path.read_bytes())
        try:
            loader.get_single_data()
        finally:
            loader.dispose()
"""
B2_SCRIPT = """
import typer
app = typer.Typer()
@app.command()
def main(name: str = "x") -> None:
    '''Say hello.'''
app()
"""


# the floor under a site build: the same files, of the same sizes, written by plain Python into a
# new folder (no rendering, no records). File creation is work for the file system, and on some
# machines (a virtual disk, an overlay) it alone costs more than reading the registry does.
B3_SCRIPT = """
import os, sys
source, target = sys.argv[1], sys.argv[2]
for folder, _, names in os.walk(source):
    out = os.path.join(target, os.path.relpath(folder, source))
    os.makedirs(out, exist_ok=True)
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            data = handle.read()
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(data)
"""


def measure(command: list[str], *, prepare: object = None, runs: int, stdin: str | None = None
            ) -> tuple[float, float]:  # fmt: skip
    """Median seconds and peak MiB of ``command`` over ``runs`` runs."""
    times, peaks = [], []
    for _ in range(runs):
        if callable(prepare):
            prepare()
        start = time.perf_counter()
        process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL,
                                   stdin=subprocess.PIPE if stdin else subprocess.DEVNULL)  # fmt: skip
        if stdin:
            assert process.stdin is not None
            process.stdin.write(stdin.encode())
            process.stdin.close()
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        process.returncode = os.waitstatus_to_exitcode(status)
    return statistics.median(times), max(peaks)


def against(command: list[str], baseline: list[str], *, prepare: object = None, runs: int
            ) -> tuple[float, float, float, float]:  # fmt: skip
    """``command`` and ``baseline`` taken in turns, ``runs`` times each: the median seconds and
    peak MiB of each, and the median of the ratios of each pair (a machine whose speed drifts
    during the run moves both alike)."""
    pairs = []
    for _ in range(runs):
        base = measure(baseline, runs=1)
        done = measure(command, prepare=prepare, runs=1)
        pairs.append((done, base))
    ratio = statistics.median(done[0] / base[0] for done, base in pairs)
    return (statistics.median(d[0] for d, _ in pairs), max(d[1] for d, _ in pairs),
            statistics.median(b[0] for _, b in pairs), ratio)  # fmt: skip


def decisions_file(root: Path, count: int) -> Path:
    path = root.parent / f"{root.name}-decisions.yaml"
    lines = [
        "date: 2026-11-22",
        "participants: [{name: Anne Holm, side: ledelse, role: formand}]",
        "decided_by: Anne Holm",
        "decisions:",
    ]
    for index in range(count):
        lines.append(f"  - {{rule: regel-{index:05d}, verdict: defer, reason: Benchmark.}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bench(size: int, runs: int, work: Path, small: Path) -> list[tuple[str, float, float, str]]:
    root = generate(size, work / f"reg-{size}")
    cache = root / ".regelsyn"
    rows: list[tuple[str, float, float, str]] = []
    every = f"find {root}/rules {root}/cases -name '*.yaml' -print0 | xargs -0 cat > /dev/null"
    b0 = measure(["sh", "-c", every], runs=runs)
    b1 = measure([PYTHON, "-c", B1_SCRIPT, str(root)], runs=runs)
    rows += [("B0 cat every file", *b0, ""), ("B1 C safe loader, every file", *b1, "")]

    def drop_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    check = [*REGELSYN, "-C", str(root), "check"]
    cold = measure(check, prepare=drop_cache, runs=max(2, runs // 2))
    rows.append(("cold check", *cold, f"{cold[0] / b1[0]:.2f} x B1"))
    subprocess.run(check, env=ENV, stdout=subprocess.DEVNULL, check=False)
    warm = measure(check, runs=runs)
    rows.append(("warm check, nothing changed", *warm, f"{warm[0] / b0[0]:.2f} x B0"))
    edited = root / "rules" / "regel-00001.yaml"

    def edit() -> None:
        with edited.open("a", encoding="utf-8") as handle:
            handle.write("# edited\n")

    one = measure(check, prepare=edit, runs=runs)
    rows.append(("warm check, one file edited", *one, f"{one[0] / b0[0]:.2f} x B0"))
    retitled = root / "rules" / "regel-00002.yaml"
    titles = iter(range(10**6))

    def retitle() -> None:
        """A real change to the record, not only a comment: the file is validated again."""
        lines = retitled.read_text(encoding="utf-8").splitlines(keepends=True)
        lines = [f"title: Ny titel {next(titles)}\n" if line.startswith("title:") else line
                 for line in lines]  # fmt: skip
        retitled.write_text("".join(lines), encoding="utf-8")

    changed = measure(check, prepare=retitle, runs=runs)
    rows.append(("warm check, one rule's title changed", *changed,
                 f"{changed[0] / b0[0]:.2f} x B0"))  # fmt: skip
    listing = measure([*REGELSYN, "-C", str(root), "rule", "list", "--format", "json"], runs=runs)
    rows.append(("warm rule list --format json", *listing, f"{listing[0] / b0[0]:.2f} x B0"))
    report = measure([*REGELSYN, "-C", str(root), "report"], runs=runs)
    rows.append(("report", *report, ""))
    show = measure([*REGELSYN, "-C", str(root), "rule", "show", "regel-00042"], runs=runs)
    show_small = measure([*REGELSYN, "-C", str(small), "rule", "show", "regel-00042"], runs=runs)
    rows.append(("rule show", *show, f"{show[0] / show_small[0]:.2f} x at 100 rules"))
    counter = iter(range(10**6))

    def add_command() -> list[str]:
        return [*REGELSYN, "-C", str(root), "rule", "add", "--title", f"Ny regel {next(counter)}",
                "--kind", "rule", "--text", "Tekst.", "--owner-level", "arbejdsplads"]  # fmt: skip

    add_times = [measure(add_command(), runs=1) for _ in range(runs)]
    rows.append(("rule add", statistics.median(t for t, _ in add_times),
                 max(m for _, m in add_times), ""))  # fmt: skip
    decisions = decisions_file(root, 100)
    review_dir = root / "reviews"

    def fresh_review() -> None:
        shutil.rmtree(review_dir, ignore_errors=True)

    review = measure([*REGELSYN, "-C", str(root), "review", "--decisions", str(decisions)],
                     prepare=fresh_review, runs=max(2, runs // 2))  # fmt: skip
    rows.append(("review --decisions (100 decisions)", *review, ""))
    rows += bench_meetings(root, runs, cold, drop_cache)
    return rows


def bench_meetings(
    root: Path, runs: int, cold: tuple[float, float], drop_cache: object
) -> list[tuple[str, float, float, str]]:
    """Issue 15's rows: the site (full, and after one rule's title changed), agenda, calendar."""
    rows: list[tuple[str, float, float, str]] = []
    with (root / "regelsyn.yaml").open("a", encoding="utf-8") as handle:
        handle.write("meetings: [2026-12-03, 2027-02-04, 2027-04-08]\n")
    site = root.parent / f"{root.name}-site"
    command = [*REGELSYN, "-C", str(root), "site", "--out", str(site)]
    subprocess.run([*REGELSYN, "-C", str(root), "check"], env=ENV, stdout=subprocess.DEVNULL,
                   check=False)  # fmt: skip

    # An old site is moved aside, not deleted, before a full build, and deleted at the end: on
    # ext4, creating files just after 11,000 were deleted makes each creation look through the
    # recently deleted inodes; the build would be timed with the harness's own clean-up (it
    # was 3.4 s against 6-9 s on this machine, the same build).
    aside = root.parent / f"{root.name}-aside"
    aside.mkdir(exist_ok=True)
    moved = iter(range(10**6))

    def move_aside(folder: Path) -> None:
        if folder.exists():
            folder.rename(aside / f"{folder.name}-{next(moved)}")

    def empty_site() -> None:
        move_aside(site)

    def cold_and_empty() -> None:
        empty_site()
        drop_cache()  # type: ignore[operator]

    full = measure(command, prepare=empty_site, runs=max(2, runs // 2))
    rows.append(("site, full build (warm cache)", *full, f"{full[0] / cold[0]:.2f} x cold check"))
    copy = root.parent / f"{root.name}-site-copy"
    b3 = measure([PYTHON, "-c", B3_SCRIPT, str(site), str(copy)],
                 prepare=lambda: move_aside(copy), runs=max(2, runs // 2))
    rows.append(("B3 write the site's files, nothing else", *b3,
                 f"{b3[0] / cold[0]:.2f} x cold check; the build less B3: "
                 f"{(full[0] - b3[0]) / cold[0]:.2f} x cold check"))  # fmt: skip
    move_aside(copy)
    full_cold = measure(command, prepare=cold_and_empty, runs=max(2, runs // 2))
    rows.append(("site, full build (cold cache)", *full_cold,
                 f"{full_cold[0] / cold[0]:.2f} x cold check"))  # fmt: skip
    subprocess.run(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)  # fmt: skip
    # issue 15 measures the rebuild, agenda and calendar against ``cat`` of the rule files
    # alone: each is taken in turns with it, and its ratio is the median of the pairs' (the
    # machine's speed drifts over a long run)
    rule_files = ["sh", "-c", f"find {root}/rules -name '*.yaml' -print0 | xargs -0 cat > /dev/null"]
    retitled = root / "rules" / "regel-00003.yaml"
    titles = iter(range(10**6))

    def retitle() -> None:
        lines = retitled.read_text(encoding="utf-8").splitlines(keepends=True)
        lines = [f"title: Site titel {next(titles)}\n" if line.startswith("title:") else line
                 for line in lines]  # fmt: skip
        retitled.write_text("".join(lines), encoding="utf-8")

    ics = root.parent / f"{root.name}.ics"
    for what, measured, prepare in [
        ("site, rebuild, nothing changed", command, None),
        ("site, rebuild, one rule's title changed", command, retitle),
        ("agenda (warm cache)", [*REGELSYN, "-C", str(root), "agenda"], None),
        ("calendar (warm cache)", [*REGELSYN, "-C", str(root), "calendar", "--out", str(ics)], None),
    ]:
        seconds, peak, base, ratio = against(measured, rule_files, prepare=prepare, runs=runs)
        rows.append((what, seconds, peak, f"{ratio:.2f} x B0r (B0r {base:.3f} s)"))
    shutil.rmtree(aside, ignore_errors=True)
    return rows


def bench_federation(count: int, runs: int, work: Path) -> list[tuple[str, float, float, str]]:
    """``learn`` across ``count`` registries of about 20 rules each, every one with a review
    held and a trial evaluated: cold (no index caches) and warm."""
    root = federation(count, work / f"fed-{count}")
    rows: list[tuple[str, float, float, str]] = []
    every = (f"find {root} -name '*.yaml' -not -path '*/.regelsyn/*' -print0 "
             "| xargs -0 cat > /dev/null")  # fmt: skip
    b0 = measure(["sh", "-c", every], runs=runs)
    rows.append(("B0 cat every file of every registry", *b0, ""))
    learn = [*REGELSYN, "learn", f"{root}/*/", "--format", "json"]

    def drop_caches() -> None:
        for cache in root.glob("*/.regelsyn"):
            shutil.rmtree(cache, ignore_errors=True)

    cold = measure(learn, prepare=drop_caches, runs=max(2, runs // 2))
    rows.append(("cold learn --format json", *cold, f"{cold[0] / b0[0]:.2f} x B0"))
    subprocess.run(learn, env=ENV, stdout=subprocess.DEVNULL, check=False)
    warm = measure(learn, runs=runs)
    rows.append(("warm learn --format json", *warm, f"{warm[0] / b0[0]:.2f} x B0"))
    first = sorted(root.iterdir())[0]  # asks about one of its rules, learning from the rest
    asked = sorted((first / "rules").iterdir())[0].stem
    about = [*REGELSYN, "-C", str(first), "learn", f"{root}/*/", "--rule", asked,
             "--format", "json"]  # fmt: skip
    rule = measure(about, runs=runs)
    rows.append(("warm learn --rule ID --format json", *rule, f"{rule[0] / b0[0]:.2f} x B0"))
    table = measure([*REGELSYN, "learn", f"{root}/*/"], runs=runs)
    rows.append(("warm learn (table)", *table, f"{table[0] / b0[0]:.2f} x B0"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--federation", type=int, default=300, help="registries (0: no learn)")
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="regelsyn-bench-") as scratch:
        work = Path(scratch)
        small = generate(100, work / "reg-100")
        b2_script = work / "b2.py"
        b2_script.write_text(B2_SCRIPT, encoding="utf-8")
        b2 = measure([PYTHON, str(b2_script), "--help"], runs=args.runs)
        helped = measure([*REGELSYN, "--help"], runs=args.runs)
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
              f"{args.runs} runs a figure (median)")  # fmt: skip
        print()
        print("| rules | what | median s | peak MiB | ratio |")
        print("| ---: | --- | ---: | ---: | --- |")
        print(f"| – | B2 bare typer --help | {b2[0]:.3f} | {b2[1]:.0f} | |")
        print(f"| – | regelsyn --help | {helped[0]:.3f} | {helped[1]:.0f} | "
              f"{helped[0] / b2[0]:.2f} x B2 |")  # fmt: skip
        for size in (int(s) for s in args.sizes.split(",") if s):
            for what, seconds, peak, ratio in bench(size, args.runs, work, small):
                print(f"| {size:,} | {what} | {seconds:.3f} | {peak:.0f} | {ratio} |", flush=True)
        if args.federation:
            where = f"{args.federation} × 20"
            for what, seconds, peak, ratio in bench_federation(args.federation, args.runs, work):
                print(f"| {where} | {what} | {seconds:.3f} | {peak:.0f} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
