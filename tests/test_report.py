"""`regelsyn report` and `regelsyn due`: figures computed by hand on a registry built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import build_tree, run

RULE = """\
id: {id}
title: {title}
kind: {kind}
text: Tekst.
owner: {{level: {level}}}
burden: {burden}
use: {use}
status: {status}
next_review: {review}
"""


def _rule(
    rule_id: str,
    title: str,
    *,
    kind: str = "documentation",
    level: str = "arbejdsplads",
    burden: str = "null",
    use: str = "null",
    status: str = "active",
    review: str = "2030-01-01",
) -> str:
    return RULE.format(
        id=rule_id,
        title=title,
        kind=kind,
        level=level,
        burden=burden,
        use=use,
        status=status,
        review=review,
    )


def _burden(minutes: int) -> str:
    return f"{{minutes: {minutes}, per_year: 60, people: 1}}"  # = minutes hours a year


REVIEW = """\
id: 2026-06-01
date: 2026-06-01
workplace: Testcentret
committee: {name: Lokal-MED Testcentret, kind: MED}
participants:
  - {name: Anne, side: ledelse, role: formand}
decided_by: Anne
decisions:
  - {rule: b, verdict: remove, title: Regel B, hours_before: 12}
  - {rule: f, verdict: amend, text: Kortere., title: Regel F, hours_before: 20, hours_after: 10}
  - {rule: g, verdict: defend, premises: {purpose: Et formål.}, title: Regel G, hours_before: 1}
"""

CASE = """\
id: {id}
kind: {kind}
rule: {rule}
title: {title}
request: {request}
status: {status}
target_level: {target}
sent: {sent}
due: {due}
events:
{events}
"""


@pytest.fixture
def built(minimal: Path) -> Path:
    files = {
        "rules/a.yaml": _rule(
            "a", "Regel A", burden="{minutes: 6, per_year: 10, people: 5}", review="2026-01-01"
        ),
        "rules/b.yaml": _rule("b", "Regel B", burden=_burden(12), status="removed"),
        "rules/c.yaml": _rule(
            "c", "Regel C", level="forvaltning", burden=_burden(30), status="escalated"
        ),
        "rules/d.yaml": _rule(
            "d", "Regel D", kind="measurement", burden=_burden(2), status="suspended"
        ),
        "rules/e.yaml": _rule("e", "Regel E", kind="reporting", level="eu", use="Ministeriet"),
        "rules/f.yaml": _rule("f", "Regel F", burden=_burden(10), status="amended"),
        "rules/g.yaml": _rule("g", "Regel G", burden=_burden(1), status="defended").replace(
            "burden:", "purpose: Et formål.\nburden:"
        ),
        "reviews/2026-06-01.yaml": REVIEW,
        "cases/E-2026-0001-c-abcd.yaml": CASE.format(
            id="E-2026-0001-c-abcd",
            kind="escalation",
            rule="c",
            title="Regel C",
            request="remove",
            status="escalated",
            target="forvaltning",
            sent="2026-11-01",
            due="2026-12-01",
            events="  - {date: 2026-11-01, state: in_review}\n"
            "  - {date: 2026-11-01, state: escalated}",
        ),
        "cases/U-2026-0002-d-efgh.yaml": CASE.format(
            id="U-2026-0002-d-efgh",
            kind="challenge",
            rule="d",
            title="Regel D",
            request="trial",
            status="trial_running",
            target="arbejdsplads",
            sent="null",
            due="null",
            events="  - {date: 2026-09-01, state: submitted}\n"
            "  - {date: 2026-09-10, state: in_review}\n"
            "  - {date: 2026-09-10, state: granted}\n"
            "  - {date: 2026-09-10, state: trial_running}",
        ).replace(
            "events:",
            "filed_by: Bo\ntrial: {start: 2026-10-01, end: 2027-03-31, "
            "purpose_kept: a, legal_certainty_kept: b, higher_rules_kept: c, "
            "evaluation: d}\nevents:",
        ),
        "cases/U-2026-0003-a-ijkl.yaml": CASE.format(
            id="U-2026-0003-a-ijkl",
            kind="challenge",
            rule="a",
            title="Regel A",
            request="remove",
            status="submitted",
            target="arbejdsplads",
            sent="null",
            due="null",
            events="  - {date: 2026-11-20, state: submitted}",
        ).replace("events:", "filed_by: Carla\nevents:"),
    }
    build_tree(minimal, files)
    assert run("check", registry=minimal).exit_code == 0, run("check", registry=minimal).stdout
    return minimal


def test_report_figures(built: Path) -> None:
    result = run("report", "--format", "json", registry=built)
    assert result.exit_code == 0, result.stderr
    r = json.loads(result.stdout)
    assert r["rules"] == 7
    assert r["hours_remaining"] == 46.0  # a 5 + c 30 + f 10 + g 1 (e unknown, b removed)
    assert r["hours_suspended"] == 2.0
    assert r["hours_freed_removed"] == 12.0
    assert r["hours_freed_simplified"] == 10.0
    assert r["hours_freed"] == 22.0
    assert r["unknown_burden"] == 1
    assert r["funnel"] == {
        "challenged": 2,
        "reviewed": 4,
        "removed_or_simplified": 2,
        "kept": 1,
        "sent_on": 1,
        "waiting": 1,
    }
    assert [(line["id"], line["hours"]) for line in r["heaviest"]] == [
        ("c", 30.0),
        ("f", 10.0),
        ("a", 5.0),
        ("d", 2.0),
        ("g", 1.0),
    ]
    assert [(line["id"], line["hours"]) for line in r["unused"]] == [("d", 2.0)]
    assert r["unused_hours"] == 2.0
    assert [(line["id"], line["days"]) for line in r["overdue"]] == [("a", 330)]
    assert [(c["id"], c["days_waiting"], c["overdue"]) for c in r["open_cases"]] == [
        ("E-2026-0001-c-abcd", 26, False),
        ("U-2026-0002-d-efgh", None, False),  # a running trial waits for no answer
        ("U-2026-0003-a-ijkl", 7, False),
    ]
    by_owner = {g["key"]: (g["rules"], g["hours"]) for g in r["by_owner"]}
    assert by_owner == {"arbejdsplads": (5, 18.0), "forvaltning": (1, 30.0), "eu": (1, 0.0)}
    by_status = {g["key"]: g["rules"] for g in r["by_status"]}
    assert by_status == {
        "active": 2,
        "defended": 1,
        "amended": 1,
        "removed": 1,
        "suspended": 1,
        "escalated": 1,
    }
    assert r["reviews"] == [
        {"id": "2026-06-01", "date": "2026-06-01", "decisions": 3, "hours_freed": 22.0}
    ]


def test_since_leaves_out_older_reviews(built: Path) -> None:
    r = json.loads(
        run("report", "--format", "json", "--since", "2026-07-01", registry=built).stdout
    )
    assert r["hours_freed"] == 0.0
    assert r["funnel"]["reviewed"] == 1  # only the escalation of c, in November
    assert r["funnel"]["challenged"] == 2  # filed in September and November


def test_report_markdown_snapshot(built: Path, snapshot: object) -> None:
    result = run("report", registry=built)
    assert result.exit_code == 0
    assert result.stdout == snapshot


def test_report_in_english_and_to_a_file(built: Path) -> None:
    out = built / "rapporter" / "rapport.md"
    result = run("--lang", "en", "report", "--out", out, registry=built)
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[1] == "# Burden report: Testcentret"
    assert "```mermaid\npie showData\n    title Burden per owner" in text
    assert '    "Testcentret" : 18.0' in text
    assert '    x-axis ["2026-06-01"]' in text
    assert "    bar [22.0]" in text


def test_due_lists_soonest_first(built: Path) -> None:
    result = run("due", "--within", "90d", "--format", "json", registry=built)
    assert result.exit_code == 0
    assert [r["id"] for r in json.loads(result.stdout)] == ["a"]
    later = run("due", "--within", "5y", registry=built)
    assert later.exit_code == 2
    everything = run("due", "--within", "60m", "--format", "json", registry=built)
    ids = [r["id"] for r in json.loads(everything.stdout)]
    assert ids[0] == "a"
    assert "b" not in ids  # removed rules are never due


def test_due_includes_never_reviewed_first(minimal: Path) -> None:
    build_tree(
        minimal,
        {
            "rules/n.yaml": _rule("n", "Ny", review="null"),
            "rules/m.yaml": _rule("m", "Snart", review="2026-12-01"),
        },
    )
    result = run("due", "--format", "json", registry=minimal)
    assert [r["id"] for r in json.loads(result.stdout)] == ["n", "m"]


def test_two_levels_with_one_name_are_two_slices(built: Path) -> None:
    """A pie chart labels its slices by name; two levels of the same name get their ids."""
    config = built / "regelsyn.yaml"
    text = config.read_text(encoding="utf-8").replace("name: EU-retten", "name: Forvaltningen")
    config.write_text(text, encoding="utf-8")
    from regelsyn.app.registry import open_registry
    from regelsyn.domain.report import owner_labels

    labels = owner_labels(open_registry(built).config())
    assert labels["forvaltning"] == "Forvaltningen (forvaltning)"
    assert labels["eu"] == "Forvaltningen (eu)"
    assert labels["arbejdsplads"] == "Testcentret"


def test_the_bar_chart_starts_at_zero(built: Path) -> None:
    text = run("report", registry=built).stdout
    axis = next(line for line in text.splitlines() if "y-axis" in line)
    assert axis.strip() == 'y-axis "Timer om året" 0 --> 22.0'
