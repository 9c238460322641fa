"""`regelsyn review --decisions`: the scripted meeting, every refusal, and the decision log."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from regelsyn.store.registry import Registry
from tests.helpers import build_tree, git_repo, run

DECISIONS = """\
date: 2026-11-22
participants:
  - {name: Anne Holm, side: ledelse, role: formand}
  - {name: Bo Jensen, side: medarbejdere, role: naestformand}
  - {name: Carla Nielsen, side: medarbejdere, role: tillidsrepraesentant}
decided_by: Anne Holm (centerleder)
decisions:
  - {rule: ugentlig-vejning, verdict: remove, grounds: Vægten bruges ikke til noget.}
  - rule: rengoering-log
    verdict: defend
    premises: {effect: Ingen anmærkninger ved tilsyn 2023-2025 (tilsynsrapporter).}
  - rule: besoeg-klokkeslaet
    verdict: escalate
    recommend: remove
    grounds: Klokkeslæt bruges ikke.
    proposal: Kravet om klokkeslæt ophæves.
    stance: disagreement
    minority: Ledelsen vil beholde registreringen til planlægning.
  - rule: koeletemperatur-log
    verdict: reduce_to_floor
    hours_after: 73
    grounds: Én daglig måling opfylder egenkontrollen.
    action: {owner: Køkkenleder Dorte, due: 2027-01-15}
  - {rule: faldregistrering-dobbelt, verdict: defer, reason: Afventer nyt EOJ-modul.}
  - rule: haandkoebsmedicin-to-underskrifter
    verdict: amend
    text: Én underskrift er nok.
    hours_after: 93.8
  - {rule: udflugt-indkoeb-godkendelse, verdict: merge, into: indkoeb-aftaleleverandoer}
"""


def _snapshot_files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".regelsyn" not in p.parts
    }


def _apply(registry: Path, text: str, *extra: str) -> tuple[int, str, str]:
    Path("decisions.yaml").write_text(text, encoding="utf-8")
    result = run(*extra, "review", "--decisions", "decisions.yaml", registry=registry)
    return result.exit_code, result.stdout, result.stderr


def test_decisions_file_records_everything(example: Path) -> None:
    code, out, err = _apply(example, DECISIONS)
    assert code == 0, err
    assert out == ""
    assert err.startswith("✓ Gennemgangen 2026-11-22 er gemt med 7 afgørelser.")
    registry = Registry(example)
    removed = registry.rule("ugentlig-vejning").record
    assert removed is not None
    assert removed.status == "removed"
    assert removed.next_review is None
    (entry,) = removed.history
    assert (entry.event, entry.verdict, entry.ref) == ("reviewed", "remove", "reviews/2026-11-22")
    defended = registry.rule("rengoering-log").record
    assert defended is not None
    assert defended.status == "defended"
    assert str(defended.next_review) == "2028-11-22"  # 24 months on
    assert defended.effect == "Ingen anmærkninger ved tilsyn 2023-2025 (tilsynsrapporter)."
    assert registry.rule("besoeg-klokkeslaet").record.status == "escalated"  # type: ignore[union-attr]
    reduced = registry.rule("koeletemperatur-log").record
    assert reduced is not None
    assert reduced.status == "amended"
    assert reduced.text == reduced.floor
    deferred = registry.rule("faldregistrering-dobbelt").record
    assert deferred is not None
    assert deferred.status == "active"
    assert deferred.history[-1].verdict == "defer"
    assert registry.rule("udflugt-indkoeb-godkendelse").record.status == "removed"  # type: ignore[union-attr]
    (case_file,) = (example / "cases").glob("E-2026-0001-besoeg-klokkeslaet-*.yaml")
    case = case_file.read_text(encoding="utf-8")
    assert "request: remove" in case
    assert "target_level: forvaltning" in case
    assert "minority: Ledelsen vil beholde registreringen til planlægning." in case
    review = (example / "reviews" / "2026-11-22.yaml").read_text(encoding="utf-8")
    assert f"case: {case_file.stem}" in review
    assert run("check", registry=example).exit_code == 0


def test_comments_in_rule_files_survive_a_review(example: Path) -> None:
    path = example / "rules" / "ugentlig-vejning.yaml"
    path.write_text("# Indført efter et tilsyn i 2021.\n" + path.read_text(encoding="utf-8"))
    assert _apply(example, DECISIONS)[0] == 0
    assert path.read_text(encoding="utf-8").startswith("# Indført efter et tilsyn i 2021.\nid:")


def test_the_decision_log_in_danish(example: Path, snapshot: object) -> None:
    assert _apply(example, DECISIONS)[0] == 0
    log = (example / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert log.splitlines()[0].startswith("<!-- Genereret af regelsyn")
    assert log == snapshot


def test_the_decision_log_in_english(example: Path, snapshot: object) -> None:
    assert _apply(example, DECISIONS, "--lang", "en")[0] == 0
    assert (example / "reviews" / "2026-11-22.md").read_text(encoding="utf-8") == snapshot


def test_blob_of_the_rule_is_recorded_in_git(example: Path) -> None:
    git_repo(example, commit=False)
    blob = subprocess.run(
        ["git", "-C", str(example), "hash-object", "rules/ugentlig-vejning.yaml"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert _apply(example, DECISIONS)[0] == 0
    rule = Registry(example).rule("ugentlig-vejning").record
    assert rule is not None
    assert rule.history[-1].blob == blob


VEJNING = "ugentlig-vejning (Ugentlig vejning af alle beboere): "
KLOKKESLAET = "besoeg-klokkeslaet (Registrering af klokkeslæt for hvert besøg): "
RENGOERING = "rengoering-log (Daglig rengøringslog for fællesarealer): "
ARBEJDSTID = "arbejdstidsregistrering (Registrering af daglig arbejdstid): "
NO_PREMISE = (
    "a rule can only be defended with at least one documented premise: give premises with "
    "purpose, effect or legal_certainty"
)
REFUSALS = [
    (
        "{rule: findes-ikke, verdict: remove}",
        "decisions.yaml:4:12: decisions[0].rule: there is no rule with id 'findes-ikke'",
    ),
    (
        "{rule: ugentlig-vejning, verdict: defend}",
        f"decisions.yaml:4:5: decisions[0].premises: {VEJNING}{NO_PREMISE}",
    ),
    (  # a purpose on file counts only when the meeting states or confirms it
        "{rule: rengoering-log, verdict: defend}",
        f"decisions.yaml:4:5: decisions[0].premises: {RENGOERING}{NO_PREMISE}",
    ),
    (  # nor when the meeting found it not documented
        "{rule: rengoering-log, verdict: defend, confirmed: [purpose], not_documented: [purpose]}",
        f"decisions.yaml:4:5: decisions[0].premises: {RENGOERING}{NO_PREMISE}",
    ),
    (
        "{rule: besoeg-klokkeslaet, verdict: remove}",
        f"decisions.yaml:4:41: decisions[0].verdict: {KLOKKESLAET}'remove' is not possible: the "
        "rule is owned by Sundheds- og Omsorgsforvaltningen",
    ),
    (
        "{rule: rengoering-log, verdict: reduce_to_floor}",
        f"decisions.yaml:4:37: decisions[0].verdict: {RENGOERING}reduce_to_floor requires the "
        "rule to have a floor",
    ),
    (
        "{rule: rengoering-log, verdict: escalate, recommend: remove}",
        f"decisions.yaml:4:37: decisions[0].verdict: {RENGOERING}'escalate' is not possible: the "
        "workplace owns",
    ),
    (
        "{rule: arbejdstidsregistrering, verdict: escalate, recommend: trial}",
        f"decisions.yaml:4:46: decisions[0].verdict: {ARBEJDSTID}'escalate' is not possible: the "
        "rule comes under EU-retten, which cannot grant an exemption",
    ),
    (  # an application without a proposal would be sent back
        "{rule: besoeg-klokkeslaet, verdict: escalate, recommend: remove}",
        f"decisions.yaml:4:5: decisions[0].proposal: {KLOKKESLAET}a case sent on needs the "
        "committee's proposal to the rule's owner (proposal)",
    ),
    (  # a trial is asked for with its period and safeguards
        "{rule: besoeg-klokkeslaet, verdict: escalate, recommend: trial, proposal: Prøv det.}",
        f"decisions.yaml:4:5: decisions[0].trial: {KLOKKESLAET}a trial needs its period, "
        "safeguards and evaluation",
    ),
    (
        "{rule: rengoering-log, verdict: amend}",
        f"decisions.yaml:4:5: decisions[0].text: {RENGOERING}amend requires the new wording (text)",
    ),
    (
        "{rule: rengoering-log, verdict: merge, into: rengoering-log}",
        f"decisions.yaml:4:50: decisions[0].into: {RENGOERING}a rule cannot be merged with itself",
    ),
    (
        "{rule: rengoering-log, verdict: defend, confirmed: [purpose], stance: disagreement}",
        f"decisions.yaml:4:5: decisions[0].minority: {RENGOERING}when there is disagreement",
    ),
    (
        "{rule: rengoering-log, verdict: defer}",
        f"decisions.yaml:4:5: decisions[0].reason: {RENGOERING}defer requires a reason (reason)",
    ),
    (
        "{rule: rengoering-log, verdict: forsvar}",
        "decisions.yaml:4:37: decisions[0].verdict: 'forsvar' is not allowed; choose one of: "
        "defend,",
    ),
]


@pytest.mark.parametrize(("decision", "expected"), REFUSALS, ids=lambda v: str(v)[:40])
def test_every_refusal_writes_nothing(example: Path, decision: str, expected: str) -> None:
    before = _snapshot_files(example)
    text = (
        f"participants: [{{name: A, side: ledelse}}]\ndecided_by: A\ndecisions:\n  - {decision}\n"
    )
    code, _, err = _apply(example, text, "--lang", "en")
    assert code == 1, err
    assert err.splitlines()[0].startswith(expected), err
    assert _snapshot_files(example) == before


def test_all_problems_are_listed_at_once(example: Path) -> None:
    before = _snapshot_files(example)
    text = (
        "decisions:\n"
        "  - {rule: ugentlig-vejning, verdict: remove}\n"
        "  - {rule: besoeg-klokkeslaet, verdict: remove}\n"
        "  - {rule: ugentlig-vejning, verdict: remove}\n"
    )
    code, _, err = _apply(example, text, "--lang", "en")
    assert code == 1
    assert [line.split(": ")[0] for line in err.splitlines()[:-1]] == [
        "decisions.yaml:1:1",
        "decisions.yaml:1:1",
        "decisions.yaml:3:41",
        "decisions.yaml:4:12",
    ]
    assert "participants" in err.splitlines()[0]
    assert "decided_by" in err.splitlines()[1]
    assert _snapshot_files(example) == before


def test_unparseable_decisions_file_exits_3(example: Path) -> None:
    code, _, err = _apply(example, "decisions: [\n", "--lang", "en")
    assert code == 3
    # a problem regelsyn has no plain words for keeps the parser's own after "invalid YAML"
    assert err.startswith("decisions.yaml:2:1: invalid YAML: expected the node content")


def test_participants_and_decider_from_flags(example: Path) -> None:
    text = "decisions:\n  - {rule: ugentlig-vejning, verdict: remove}\n"
    assert _apply(example, text, "--lang", "en")[0] == 1  # without them: refused
    result = run(
        "review", "--decisions", "decisions.yaml", "--participant", "Anne Holm:ledelse:formand",
        "--decided-by", "Anne Holm", "--date", "2026-12-01", registry=example,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    review = (example / "reviews" / "2026-12-01.yaml").read_text(encoding="utf-8")
    assert "  - {name: Anne Holm, side: ledelse, role: formand}" in review


def test_bad_participant_flag(example: Path) -> None:
    result = run("--lang", "en", "review", "--participant", "Anne:chef", registry=example)
    assert result.exit_code == 2
    assert result.err_lines[0] == (
        "Error: 'Anne:chef': the side cannot be read: 'chef' is not one of the words here; use "
        "one of: Management, Employees, Politicians"
    )


def test_no_terminal_names_decisions(example: Path) -> None:
    result = run("--lang", "en", "review", registry=example, input="")
    assert result.exit_code == 2
    assert "--decisions" in result.err_lines[0]


def test_second_review_the_same_day_gets_its_own_id(example: Path) -> None:
    assert _apply(example, DECISIONS)[0] == 0
    again = DECISIONS.split("decisions:")[0] + (
        "decisions:\n  - {rule: rengoering-log, verdict: defer, reason: Mere viden.}\n"
    )
    assert _apply(example, again)[0] == 0
    assert (example / "reviews" / "2026-11-22-2.md").exists()


def test_render_is_byte_identical_when_nothing_changed(example: Path) -> None:
    assert _apply(example, DECISIONS)[0] == 0
    log = example / "reviews" / "2026-11-22.md"
    before = log.read_bytes()
    mtime = log.stat().st_mtime_ns
    result = run("review", "render", "2026-11-22", registry=example)
    assert result.exit_code == 0
    assert result.err_lines == ["Referatet er uændret: reviews/2026-11-22.md"]
    assert log.read_bytes() == before
    assert log.stat().st_mtime_ns == mtime


def test_registry_template_wins_over_the_builtin(example: Path) -> None:
    assert _apply(example, DECISIONS)[0] == 0
    assert run("template", "export", "review.md.j2", registry=example).exit_code == 0
    own = example / "templates" / "review.md.j2"
    own.write_text(
        "Eget referat for {{ review.workplace | md }}: {{ review.decisions | length }}\n"
    )
    assert run("review", "render", "2026-11-22", registry=example).exit_code == 0
    log = (example / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert log == "Eget referat for Plejecenter Solhaven: 7\n"


def test_template_export_refuses_overwrite_and_unknown_names(example: Path) -> None:
    assert run("template", "export", "review.md.j2", registry=example).exit_code == 0
    again = run("--lang", "en", "template", "export", "review.md.j2", registry=example)
    assert again.exit_code == 1
    assert "--force" in again.err_lines[0]
    bad = run("--lang", "en", "template", "export", "../regelsyn.yaml", registry=example)
    assert bad.exit_code == 1
    assert bad.err_lines[0].startswith("Error: There is no built-in template '../regelsyn.yaml'")


def test_broken_template_is_named(example: Path) -> None:
    assert _apply(example, DECISIONS)[0] == 0
    build_tree(example, {"templates/review.md.j2": "line one\n{{ review.nope( }}\n"})
    result = run("--lang", "en", "review", "render", "2026-11-22", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Error: The template review.md.j2:2 cannot be used")


def test_review_list_and_show(example: Path) -> None:
    assert _apply(example, DECISIONS)[0] == 0
    listing = run("review", "list", registry=example)
    assert "2026-11-22" in listing.stdout
    assert "424,7" in listing.stdout  # 208 + (146 - 73) + (187.5 - 93.8) + 50, as Danes write it
    shown = run("review", "show", "2026-11-22", "--format", "json", registry=example)
    data = json.loads(shown.stdout)
    assert [d["verdict"] for d in data["decisions"]][:2] == ["remove", "defend"]
    md = run("review", "show", "2026-11-22", registry=example).stdout
    assert md == (example / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    missing = run("--lang", "en", "review", "show", "nope", registry=example)
    assert missing.exit_code == 1


def test_user_text_cannot_break_the_log(example: Path) -> None:
    hostile = (
        "participants: [{name: '<b>Anne</b> | x', side: ledelse, role: formand}]\n"
        "decided_by: '# Overskrift'\n"
        "decisions:\n"
        "  - rule: ugentlig-vejning\n"
        "    verdict: remove\n"
        '    grounds: "| celle |\\n# titel\\n<script>alert(1)</script> [x](javascript:alert(1))"\n'
    )
    assert _apply(example, hostile)[0] == 0
    log = (example / "reviews" / "2026-11-27.md").read_text(encoding="utf-8")  # today
    assert "<script>" not in log
    assert "<b>" not in log
    assert "[x](javascript:" not in log
    assert "| Afgørelsen træffes af | \\# Overskrift |" in log
    assert "- **Ledelse:** &lt;b&gt;Anne&lt;/b&gt; \\| x (formand)" in log
    grounds = next(line for line in log.splitlines() if line.startswith("**Begrundelse:**"))
    assert grounds == (
        "**Begrundelse:** \\| celle \\| \\# titel &lt;script&gt;alert(1)&lt;/script&gt; "
        "\\[x\\](javascript:alert(1))"
    )


def test_the_demo_decisions_apply_to_the_example(example: Path) -> None:
    demo = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"
    result = run("review", "--decisions", demo, registry=example)
    assert result.exit_code == 0, result.stderr
    assert run("check", registry=example).exit_code == 0


def test_a_reviews_rules_are_read_when_asked_for(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review of a few rules in a large registry validates only those, from the index cache;
    all rules are validated only when all are needed."""
    from regelsyn.app import review as reviewing
    from tests.helpers import GOOD_RULE

    build_tree(example, {"rules/andet-navn.yaml": GOOD_RULE.format(id="eget-id")})
    seen: list[str] = []
    read = Registry.read

    def counted(self: Registry, path: Path, model: type) -> object:
        if path.parent.name == "rules":
            seen.append(path.name)
        return read(self, path, model)

    monkeypatch.setattr(Registry, "read", counted)
    rules = reviewing.valid_rules(Registry(example))
    assert "rengoering-log" in rules and "findes-ikke" not in rules
    assert rules["rengoering-log"].record is not None
    assert rules["eget-id"].path.name == "andet-navn.yaml"  # the file, not the id
    assert len(rules.values()) == len(rules) == 19
    assert sorted(rules) == sorted(item.record.id for item in rules.values() if item.record)
    assert seen == []  # all from the index cache
    # a rule that check read without its JSON is read from its file
    path = example / "rules" / "rengoering-log.yaml"
    path.write_text(path.read_text("utf-8").replace("title: ", "title: Ny "), "utf-8")
    assert run("check", registry=example).exit_code == 1  # the id that is not the file name
    rules = reviewing.valid_rules(Registry(example))
    record = rules["rengoering-log"].record
    assert record is not None and record.title.startswith("Ny ")
    assert seen == ["rengoering-log.yaml"]
