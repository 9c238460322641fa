"""Synthetic registries for the benchmark: N rules, about N/10 cases, realistic field sizes; and
federations of many small registries that have reviewed their rules and evaluated trials.

python benchmarks/generate.py 10000 /tmp/reg-10k
python benchmarks/generate.py --federation 300 /tmp/fed-300
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ["arbejdsplads"] * 6 + ["forvaltning", "hoved-med", "kommunalbestyrelse",
                                 "overenskomst", "stat", "eu"]  # fmt: skip
KINDS = ["rule", "documentation", "registration", "reporting", "approval", "measurement"]
WORDS = ["dokumentation", "registrering", "beboer", "personale", "vagt", "medicin", "hygiejne", "tilsyn", "kvalitet", "skema", "log", "kontrol", "godkendelse", "indberetning", "måling", "rengøring", "køkken", "fald", "forflytning", "journal", "underskrift", "leder", "afdeling", "døgn", "uge", "måned", "kvartal", "årlig", "daglig"]


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return (" ".join(words)).capitalize() + "."


def rule_text(rng: random.Random, index: int) -> str:
    rule_id = f"regel-{index:05d}"
    level = rng.choice(LEVELS)
    premise = sentence(rng, 8, 20) if rng.random() < 0.6 else "null"
    effect = sentence(rng, 8, 16) if rng.random() < 0.25 else "null"
    comment = "# Indført efter tilsyn; se referat fra MED.\n" if rng.random() < 0.15 else ""
    review = f"20{rng.randint(25, 29)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return (
        f"{comment}id: {rule_id}\n"
        f"title: {sentence(rng, 3, 8)[:-1]}\n"
        f"kind: {rng.choice(KINDS)}\n"
        f"text: {sentence(rng, 15, 40)}\n"
        f"owner: {{level: {level}, body: Centerledelsen}}\n"
        f"legal_basis: {'Sundhedsloven § ' + str(rng.randint(1, 200)) if level != 'arbejdsplads' else 'null'}\n"
        f"floor: null\n"
        f"adopted: 20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
        f"applies_to: [social- og sundhedshjælpere, sygeplejersker]\n"
        f"purpose: {premise}\n"
        f"effect: {effect}\n"
        f"legal_certainty: null\n"
        f"burden: {{minutes: {rng.randint(1, 45)}, per_year: {rng.randint(1, 730)}, "
        f"people: {rng.randint(1, 40)}}}\n"
        f"use: null\n"
        f"status: active\n"
        f"next_review: {review}\n"
        f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\n"
        f"history:\n"
        f"  - {{date: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}, event: created}}\n"
    )


def case_text(rng: random.Random, index: int, rules: int) -> str:
    rule = rng.randrange(rules)
    case_id = (
        f"U-2026-{index:04d}-regel-{rule:05d}-{rng.choice('abcdefgh')}{index % 10}x{index % 7}"
    )
    return (
        f"id: {case_id}\nkind: challenge\nrule: regel-{rule:05d}\ntitle: {sentence(rng, 3, 8)}\n"
        f"request: remove\nstatus: submitted\nfiled_by: Medarbejder {index}\n"
        f"problem: {sentence(rng, 10, 30)}\ntarget_level: arbejdsplads\n"
        f"events:\n  - {{date: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}, state: submitted}}\n"
    )


def generate(count: int, target: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    if target.exists():
        shutil.rmtree(target)
    (target / "rules").mkdir(parents=True)
    (target / "cases").mkdir()
    shutil.copy2(ROOT / "regelsyn.yaml", target / "regelsyn.yaml")
    for index in range(count):
        (target / "rules" / f"regel-{index:05d}.yaml").write_text(rule_text(rng, index), "utf-8")
    for index in range(1, count // 10 + 1):
        text = case_text(rng, index, count)
        name = text.split("\n", 1)[0].removeprefix("id: ")
        (target / "cases" / f"{name}.yaml").write_text(text, "utf-8")
    return target


VERDICTS = ["remove", "remove", "amend", "reduce_to_floor", "defend", "defend", "defer"]
REVIEW = """\
id: {date}
date: {date}
workplace: {workplace}
committee: {{name: Lokal-MED {workplace}, kind: MED}}
participants:
  - {{name: Anne Holm, side: ledelse, role: formand}}
  - {{name: Bo Jensen, side: medarbejdere, role: naestformand}}
decided_by: Anne Holm
decisions:
{decisions}"""
TRIAL = """\
id: {case_id}
kind: challenge
rule: {rule}
title: {title}
request: trial
status: closed
filed_by: Medarbejder {number}
problem: {problem}
target_level: arbejdsplads
trial: {{start: 2026-01-01, end: 2026-06-30, purpose_kept: Formålet holdes., legal_certainty_kept: \
Ingen borgere berøres., higher_rules_kept: Loven følges., evaluation: Evalueres i juli.}}
result: {result}
events:
  - {{date: 2025-12-01, state: submitted}}
  - {{date: 2025-12-10, state: in_review}}
  - {{date: 2025-12-10, state: granted}}
  - {{date: 2025-12-10, state: trial_running}}
  - {{date: 2026-07-01, state: evaluated}}
  - {{date: 2026-07-01, state: {outcome}, hours_freed: {freed}}}
  - {{date: 2026-07-01, state: closed}}
"""


def federation(count: int, target: Path, rules: int = 20, pool: int = 40, seed: int = 11) -> Path:
    """``count`` registries of ``rules`` rules each, drawn from a common ``pool`` (the same id
    is the same rule everywhere, now and then retitled); each has held one review and
    evaluated one trial."""
    rng = random.Random(seed)
    if target.exists():
        shutil.rmtree(target)
    config = (ROOT / "regelsyn.yaml").read_text(encoding="utf-8")
    for number in range(count):
        root = target / f"arbejdsplads-{number:04d}"
        for folder in ("rules", "reviews", "cases"):
            (root / folder).mkdir(parents=True)
        workplace = f"Plejecenter {number:04d}"
        (root / "regelsyn.yaml").write_text(
            config.replace("Plejecenter Solhaven", workplace), "utf-8"
        )
        chosen = sorted(rng.sample(range(pool), rules))
        texts = {}
        for index in chosen:
            text = rule_text(random.Random(index), index)  # the same rule in every registry
            if rng.random() < 0.2:
                text = text.replace("\ntitle: ", "\ntitle: Lokal ", 1)
            texts[f"regel-{index:05d}"] = text
            (root / "rules" / f"regel-{index:05d}.yaml").write_text(text, "utf-8")
        lines = []
        for rule_id in rng.sample(sorted(texts), 6):
            hours = rng.randint(5, 400)
            lines.append(
                f"  - {{rule: {rule_id}, verdict: {rng.choice(VERDICTS)}, title: Regel, "
                f"hours_before: {hours}, hours_after: {hours // 2}, reason: Benchmark.}}"
            )
        date = f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        (root / "reviews" / f"{date}.yaml").write_text(
            REVIEW.format(date=date, workplace=workplace, decisions="\n".join(lines) + "\n"),
            "utf-8",
        )
        rule_id = rng.choice(sorted(texts))
        case_id = f"U-2025-0001-{rule_id}-{number % 10}x{number % 7}q"
        (root / "cases" / f"{case_id}.yaml").write_text(
            TRIAL.format(
                case_id=case_id,
                rule=rule_id,
                title="Regel",
                number=number,
                problem=sentence(rng, 10, 20),
                result=sentence(rng, 10, 30),
                outcome=rng.choice(["made_permanent", "reverted"]),
                freed=rng.randint(0, 200),
            ),
            "utf-8",
        )
    return target


if __name__ == "__main__":
    if sys.argv[1] == "--federation":
        federation(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        generate(int(sys.argv[1]), Path(sys.argv[2]))
