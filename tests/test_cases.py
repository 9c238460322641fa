"""Challenge right and escalation: cases, their lifecycle, trials, replies, the inbox."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from regelsyn.domain import cases as lifecycle
from regelsyn.domain.presets import PRESETS
from regelsyn.model.case import STATES, Case
from regelsyn.store.registry import Registry
from tests.helpers import build_tree, copy_example, git_repo, run

TRIAL = [
    "--start", "2027-01-01", "--end", "2027-06-30",
    "--purpose-kept", "Én daglig måling holder kølevarerne sikre.",
    "--legal-certainty-kept", "Ingen borgerrettigheder berøres.",
    "--higher-rules-kept", "Egenkontrolprogrammet følges fortsat.",
    "--evaluation", "Køkkenlederen gennemgår afvigelser i juli 2027.",
]  # fmt: skip


def _new(registry: Path, *args: str) -> str:
    """File a challenge; returns the new case id."""
    before = set(Registry(registry).record_ids(registry / "cases"))
    result = run("challenge", "new", *args, registry=registry)
    assert result.exit_code == 0, result.stderr
    (case_id,) = set(Registry(registry).record_ids(registry / "cases")) - before
    return case_id


def _case(registry: Path, case_id: str) -> Case:
    loaded = Registry(registry).read(registry / "cases" / f"{case_id}.yaml", Case)
    assert loaded.record is not None, loaded.findings
    return loaded.record


def _status(registry: Path, rule_id: str) -> str:
    rule = Registry(registry).rule(rule_id).record
    assert rule is not None
    return rule.status


# -- filing -------------------------------------------------------------------------------------
def test_file_a_named_challenge(example: Path) -> None:
    case_id = _new(
        example, "--rule", "ugentlig-vejning", "--request", "remove", "--problem",
        "Vægten bruges ikke.", "--proposal", "Vej ved behov.", "--gain-hours", "200",
        "--filed-by", "Bo Jensen",
    )  # fmt: skip
    assert case_id.startswith("U-2026-0001-ugentlig-vejning-")
    case = _case(example, case_id)
    assert (case.kind, case.status, case.filed_by, case.anonymous) == (
        "challenge", "submitted", "Bo Jensen", False,
    )  # fmt: skip
    assert case.target_level == "arbejdsplads"
    assert case.gain_hours == 200
    assert (example / "cases" / f"{case_id}.md").exists()


def test_unregistered_rule_is_created(example: Path) -> None:
    case_id = _new(
        example, "--unregistered", "Kvittering for udleveret nøglebrik", "--request", "remove",
        "--problem", "Ingen ser på kvitteringerne.", "--filed-by", "Bo Jensen",
    )  # fmt: skip
    rule = Registry(example).rule("kvittering-for-udleveret-noeglebrik").record
    assert rule is not None
    assert rule.owner.level == "arbejdsplads"
    assert [e.event for e in rule.history] == ["created"]
    assert _case(example, case_id).rule == rule.id
    assert run("check", registry=example).exit_code == 0


@pytest.mark.parametrize(
    ("args", "code", "first_line"),
    [
        (["--anonymous", "--filed-by", "Bo"], 2, "Error: An anonymous case cannot have a name"),
        (["--anonymous"], 2, "Error: An anonymous case comes through a representative"),
        (["--filed-by", "Bo", "--via", "TR"], 2, "Error: --via is only used"),
        (["--filed-by", "Bo", "--start", "2027-01-01"], 2, "Error: The trial details"),
    ],
)
def test_filing_refusals(example: Path, args: list[str], code: int, first_line: str) -> None:
    result = run(
        "--lang", "en", "challenge", "new", "--rule", "ugentlig-vejning", "--request", "remove",
        "--problem", "x", *args, registry=example,
    )  # fmt: skip
    assert result.exit_code == code
    assert result.err_lines[0].startswith(first_line), result.stderr
    assert not (example / "cases").exists()


def test_no_terminal_names_the_missing_flags(example: Path) -> None:
    result = run("--lang", "en", "challenge", "new", "--rule", "ugentlig-vejning",
                 registry=example, input="")  # fmt: skip
    assert result.exit_code == 2
    assert "--request --problem --filed-by NAME | --anonymous --via NAME" in result.stderr


# -- trials -------------------------------------------------------------------------------------
def test_trial_against_eu_law_is_refused(example: Path) -> None:
    result = run(
        "--lang", "en", "challenge", "new", "--rule", "arbejdstidsregistrering", "--request",
        "trial", "--problem", "x", "--filed-by", "Bo", *TRIAL, registry=example,
    )  # fmt: skip
    assert result.exit_code == 1
    assert "EU-retten" in result.err_lines[0]
    assert "--request amend" in result.err_lines[0]
    assert not (example / "cases").exists()


def test_trial_without_all_safeguards_is_refused(example: Path) -> None:
    result = run(
        "--lang", "en", "challenge", "new", "--rule", "koeletemperatur-log", "--request", "trial",
        "--problem", "x", "--filed-by", "Bo", *TRIAL[:6], registry=example,
    )  # fmt: skip
    assert result.exit_code == 1
    assert "--higher-rules-kept --evaluation" in result.err_lines[0]


def test_trial_lifecycle_suspends_then_removes_the_rule(example: Path) -> None:
    case_id = _new(
        example, "--rule", "koeletemperatur-log", "--request", "trial", "--problem",
        "To målinger giver intet ekstra.", "--filed-by", "Dorte Bak", *TRIAL,
    )  # fmt: skip
    granted = run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "Fint.",
                  "--by", "Anne Holm", registry=example)  # fmt: skip
    assert granted.exit_code == 0, granted.stderr
    assert _case(example, case_id).status == "trial_running"
    rule = Registry(example).rule("koeletemperatur-log").record
    assert rule is not None
    assert (rule.status, rule.suspended_until) == ("suspended", dt.date(2027, 6, 30))
    # after the end, check reports the trial until it is evaluated
    os.environ["REGELSYN_TODAY"] = "2027-07-05"
    found = run("--lang", "en", "check", registry=example)
    assert any(
        line.startswith(f"cases/{case_id}.yaml:")
        and "trial.end: the trial ended on 2027-06-30" in line
        for line in found.out_lines
    ), found.stdout
    done = run("challenge", "evaluate", case_id, "--result", "Ingen afvigelser.", "--outcome",
               "made_permanent", "--by", "Anne Holm", registry=example)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    case = _case(example, case_id)
    assert [e.state for e in case.events] == [
        "submitted", "in_review", "granted", "trial_running", "evaluated", "made_permanent",
        "closed",
    ]  # fmt: skip
    assert case.result == "Ingen afvigelser."
    after = Registry(example).rule("koeletemperatur-log").record
    assert after is not None
    assert (after.status, after.suspended_until) == ("removed", None)
    assert "suspended_until" not in (example / "rules" / "koeletemperatur-log.yaml").read_text()
    assert not any("trial" in line for line in run("check", registry=example).out_lines)


def test_reverted_trial_restores_the_rule(example: Path) -> None:
    case_id = _new(example, "--rule", "koeletemperatur-log", "--request", "trial", "--problem",
                   "x", "--filed-by", "Dorte", *TRIAL)  # fmt: skip
    granted = run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "ok",
                  "--by", "A", registry=example)  # fmt: skip
    assert granted.exit_code == 0, granted.stderr
    assert _status(example, "koeletemperatur-log") == "suspended"
    early = run("--lang", "en", "challenge", "evaluate", case_id, "--result", "x", "--outcome",
                "reverted", registry=example)  # fmt: skip
    assert early.exit_code == 1
    assert early.err_lines[0] == (
        f"Error: The trial in case {case_id} does not start until 2027-01-01; it cannot be "
        "evaluated, made permanent or reverted before then."
    )
    assert _status(example, "koeletemperatur-log") == "suspended"
    done = run("challenge", "evaluate", case_id, "--result", "Afvigelser steg.", "--outcome",
               "reverted", "--date", "2027-03-01", registry=example)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    rule = Registry(example).rule("koeletemperatur-log").record
    assert rule is not None
    assert (rule.status, rule.suspended_from, rule.suspended_until) == ("active", None, None)
    assert str(rule.next_review) == "2029-03-01"  # back in the cycle, an interval on
    assert _case(example, case_id).status == "closed"


# -- the lifecycle ------------------------------------------------------------------------------
def _a_case(status: str, request: str = "remove") -> Case:
    return Case(
        id="U-2026-0001-x-abcd",
        kind="challenge",
        rule="x",
        title="X",
        request=request,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        target_level="arbejdsplads",
    )


# the lifecycle, written out by hand (DESIGN.md §3: replies, trials, withdrawal), so that the
# test does not take its expectation from the table it checks
ALLOWED = {
    ("submitted", "in_review"), ("submitted", "withdrawn"),
    ("in_review", "granted"), ("in_review", "partly"), ("in_review", "rejected"),
    ("in_review", "escalated"), ("in_review", "withdrawn"),
    ("escalated", "granted"), ("escalated", "partly"), ("escalated", "rejected"),
    ("escalated", "redirected"), ("escalated", "no_answer"), ("escalated", "withdrawn"),
    ("redirected", "escalated"), ("redirected", "closed"), ("redirected", "withdrawn"),
    ("no_answer", "escalated"), ("no_answer", "closed"), ("no_answer", "withdrawn"),
    ("granted", "trial_running"), ("granted", "closed"),
    ("partly", "trial_running"), ("partly", "closed"),
    ("rejected", "closed"),
    ("trial_running", "evaluated"), ("trial_running", "withdrawn"),
    ("evaluated", "made_permanent"), ("evaluated", "reverted"),
    ("made_permanent", "closed"), ("reverted", "closed"), ("withdrawn", "closed"),
}  # fmt: skip


def test_the_lifecycle_table_is_the_one_written_here() -> None:
    table = {(a, b) for a, nexts in lifecycle.TRANSITIONS.items() for b in nexts}
    assert table == ALLOWED
    # a case never closes without an outcome
    for jump in (("submitted", "closed"), ("escalated", "closed"), ("trial_running", "closed")):
        assert jump not in table


@pytest.mark.parametrize("current", STATES)
@pytest.mark.parametrize("wanted", STATES)
def test_every_transition_allowed_or_refused(current: str, wanted: str) -> None:
    case = _a_case(current)
    via_review = (
        current == "submitted"
        and (current, wanted) not in ALLOWED
        and ("in_review", wanted) in ALLOWED
    )
    if (current, wanted) in ALLOWED or via_review:
        moved = lifecycle.move(case, wanted, dt.date(2026, 12, 1), "A", "why")
        states = [e.state for e in moved.events]
        assert wanted in states
        assert states[0] == ("in_review" if via_review else wanted)
        assert next(e for e in moved.events if e.state == wanted).note == "why"
    else:
        with pytest.raises(lifecycle.TransitionRefused) as refused:
            lifecycle.move(case, wanted, dt.date(2026, 12, 1), "A", "why")
        assert refused.value.allowed == lifecycle.TRANSITIONS[current]


def test_withdrawn_from_every_open_state() -> None:
    for state in lifecycle.OPEN_STATES - {"granted", "partly", "rejected", "evaluated",
                                           "made_permanent", "reverted"}:  # fmt: skip
        assert "withdrawn" in lifecycle.TRANSITIONS[state], state


def test_refused_transition_from_the_command_line(example: Path) -> None:
    case_id = _new(example, "--rule", "ugentlig-vejning", "--request", "remove", "--problem",
                   "x", "--filed-by", "Bo")  # fmt: skip
    assert run("challenge", "decide", case_id, "--outcome", "rejected", "--reasons", "Nej.",
               "--by", "A", registry=example).exit_code == 0  # fmt: skip
    before = (example / "cases" / f"{case_id}.yaml").read_bytes()
    again = run("--lang", "en", "challenge", "decide", case_id, "--outcome", "granted",
                "--reasons", "Alligevel.", "--by", "A", registry=example)  # fmt: skip
    assert again.exit_code == 1
    assert again.err_lines[0] == (
        "Error: A case that is closed cannot become granted. Possible next steps: none "
        "(the case is closed)."
    )
    danish = run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "Alligevel.",
                 "--by", "A", registry=example)  # fmt: skip
    assert danish.err_lines[0] == (
        "Fejl: En sag, der er afsluttet (closed), kan ikke blive imødekommet (granted). Mulige "
        "næste trin: ingen (sagen er afsluttet)."
    )
    assert (example / "cases" / f"{case_id}.yaml").read_bytes() == before


def test_a_workplace_cannot_grant_what_it_does_not_own(example: Path) -> None:
    case_id = _new(example, "--rule", "vagtplan-varsling", "--request", "amend", "--problem",
                   "x", "--filed-by", "Bo")  # fmt: skip
    result = run("--lang", "en", "challenge", "decide", case_id, "--outcome", "granted",
                 "--reasons", "ok", "--by", "A", registry=example)  # fmt: skip
    assert result.exit_code == 1
    assert f"regelsyn escalate {case_id}" in result.err_lines[0]


# -- escalation ---------------------------------------------------------------------------------
def test_escalate_a_challenge_and_record_the_reply(example: Path) -> None:
    case_id = _new(example, "--rule", "besoeg-klokkeslaet", "--request", "remove", "--problem",
                   "Klokkeslæt bruges ikke.", "--filed-by", "Bo")  # fmt: skip
    sent = run("escalate", case_id, "--date", "2026-12-01", registry=example)
    assert sent.exit_code == 0, sent.stderr
    case = _case(example, case_id)
    assert (case.status, case.sent, case.due) == (
        "escalated", dt.date(2026, 12, 1), dt.date(2026, 12, 31),  # forvaltning: 30 days
    )  # fmt: skip
    assert case.route == ["forvaltning"]
    assert _status(example, "besoeg-klokkeslaet") == "escalated"
    reply = run("case", "reply", case_id, "--outcome", "granted", "--date", "2026-12-15",
                "--note", "Kravet ophæves.", registry=example)  # fmt: skip
    assert reply.exit_code == 0, reply.stderr
    assert _case(example, case_id).status == "closed"
    assert _status(example, "besoeg-klokkeslaet") == "removed"
    document = (example / "cases" / f"{case_id}.md").read_text(encoding="utf-8")
    assert (
        "| 2026-12-15 | imødekommet | Sundheds- og Omsorgsforvaltningen | Kravet ophæves. |"
        in document
    )


def test_a_rejection_keeps_the_rule_and_closes_the_case(example: Path) -> None:
    result = run("escalate", "besoeg-klokkeslaet", "--recommend", "remove", "--problem", "x",
                 registry=example)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    (case_id,) = Registry(example).record_ids(example / "cases")
    assert case_id.startswith("E-2026-0001-besoeg-klokkeslaet-")
    run("case", "reply", case_id, "--outcome", "rejected", "--note", "Nej.", registry=example)
    assert _status(example, "besoeg-klokkeslaet") == "active"
    assert _case(example, case_id).status == "closed"


def test_reply_to_a_case_that_was_not_sent_is_refused(example: Path) -> None:
    case_id = _new(example, "--rule", "ugentlig-vejning", "--request", "remove", "--problem",
                   "x", "--filed-by", "Bo")  # fmt: skip
    result = run("--lang", "en", "case", "reply", case_id, "--outcome", "granted",
                 registry=example)  # fmt: skip
    assert result.exit_code == 1
    assert result.err_lines[0].endswith("Possible next steps: under review (in_review), withdrawn.")


@pytest.mark.parametrize(
    ("rule", "fragment"),
    [("rengoering-log", "owns the rule"), ("arbejdstidsregistrering", "EU-retten")],
)
def test_escalate_refusals(example: Path, rule: str, fragment: str) -> None:
    result = run("--lang", "en", "escalate", rule, registry=example)
    assert result.exit_code == 1
    assert fragment in result.err_lines[0]
    assert not (example / "cases").exists()


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_escalation_routing_for_each_preset(tmp_path: Path, preset: str) -> None:
    target = tmp_path / preset
    assert run("init", target, "--preset", preset, "--no-git").exit_code == 0
    ladder = PRESETS[preset].levels
    for index, level in enumerate(ladder[1:], start=1):
        rule_id = f"regel-{index}"
        assert (
            run(
                "rule",
                "add",
                "--id",
                rule_id,
                "--title",
                f"Regel {index}",
                "--kind",
                "rule",
                "--text",
                "Tekst.",
                "--owner-level",
                level.id,
                registry=target,
            ).exit_code
            == 0
        )
        result = run("escalate", rule_id, "--date", "2026-12-01", registry=target)
        if not level.dispensable:
            assert result.exit_code == 1
            continue
        assert result.exit_code == 0, result.stderr
        (case_file,) = (target / "cases").glob(f"E-2026-*-regel-{index}-*.yaml")
        case = _case(target, case_file.stem)
        assert case.target_level == level.id
        assert case.route == [lvl.id for lvl in ladder[1 : index + 1]]
        assert case.due == dt.date(2026, 12, 1) + dt.timedelta(days=level.response_days or 0)


# -- anonymity ----------------------------------------------------------------------------------
def test_an_anonymous_case_holds_no_name_anywhere(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Hemmelig Hansen"
    for name in ("USER", "LOGNAME", "GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(name, secret)
    subprocess.run(["git", "init", "-q", str(example)], check=True)
    subprocess.run(["git", "-C", str(example), "config", "user.name", secret], check=True)
    case_id = _new(
        example, "--rule", "besoeg-klokkeslaet", "--request", "remove", "--problem",
        "Klokkeslæt bruges ikke.", "--anonymous", "--via", "Carla Nielsen (TR)",
    )  # fmt: skip
    # the filing is committed under the representative's name alone; the secretary sends it on
    secretary = ("--author", "Sekretæren <sekretaer@example.dk>")
    assert run(*secretary, "escalate", case_id, registry=example).exit_code == 0
    outputs = [
        run("challenge", "show", case_id, "--format", fmt, registry=example).stdout
        for fmt in ("md", "json", "yaml")
    ]
    outputs += [
        run("challenge", "list", "--format", fmt, registry=example).stdout
        for fmt in ("table", "json", "csv")
    ]
    outputs += [run("inbox", "--level", "forvaltning", example, "--format", fmt).stdout
                for fmt in ("table", "json", "csv")]  # fmt: skip
    digest = Path("digest.md")
    run("inbox", "--level", "forvaltning", example, "--render", digest)
    outputs.append(digest.read_text(encoding="utf-8"))
    assert all(secret not in text for text in outputs)
    files = [p for p in example.rglob("*") if p.is_file() and ".git" not in p.parts]
    assert any(".regelsyn" in p.parts for p in files)  # the index cache is searched too
    assert all(secret.encode() not in p.read_bytes() for p in files)
    log = _git(example, "log", "--format=%an <%ae> %cn <%ce>%n%B")
    assert secret not in log
    assert "Carla Nielsen (TR) <> Carla Nielsen (TR) <>" in log
    case = _case(example, case_id)
    assert (case.filed_by, case.anonymous, case.via) == (None, True, "Carla Nielsen (TR)")
    assert json.loads(outputs[1])["filed_by"] is None


def test_check_finds_a_name_on_an_anonymous_case(example: Path) -> None:
    case_id = _new(example, "--rule", "ugentlig-vejning", "--request", "remove", "--problem",
                   "x", "--anonymous", "--via", "TR")  # fmt: skip
    path = example / "cases" / f"{case_id}.yaml"
    path.write_text(path.read_text().replace("filed_by: null", "filed_by: Bo Jensen"))
    result = run("--lang", "en", "check", registry=example)
    assert result.exit_code == 1
    assert any(
        line.startswith(f"cases/{case_id}.yaml:8:11: filed_by: the case is anonymous")
        for line in result.out_lines
    )


def test_check_finds_overdue_replies_and_unknown_rules(example: Path) -> None:
    run("escalate", "besoeg-klokkeslaet", "--date", "2026-10-01", registry=example)
    (case_id,) = Registry(example).record_ids(example / "cases")
    result = run("--lang", "en", "check", registry=example)
    assert any(f"cases/{case_id}.yaml:" in line and "due: the reply deadline was 2026-10-31 (27 "
               "days ago)" in line for line in result.out_lines), result.stdout  # fmt: skip
    overdue = run("challenge", "list", "--overdue", "--format", "json", registry=example)
    assert [c["id"] for c in json.loads(overdue.stdout)] == [case_id]
    (example / "rules" / "besoeg-klokkeslaet.yaml").unlink()
    result = run("--lang", "en", "check", registry=example)
    assert result.exit_code == 1
    assert any("rule: the case mentions the rule 'besoeg-klokkeslaet'" in line
               for line in result.out_lines)  # fmt: skip


# -- ids across clones --------------------------------------------------------------------------
def _git(folder: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                          env=env, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_two_clones_never_get_the_same_id_and_merge_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REGELSYN_ID_SEED")
    origin = copy_example(tmp_path / "origin")
    _git(origin, "init", "-q", "-b", "main")
    _git(origin, "add", "-A")
    _git(origin, "commit", "-qm", "registry")
    clones = []
    for name in ("anne", "bo"):
        subprocess.run(["git", "clone", "-q", str(origin), str(tmp_path / name)], check=True)
        _git(tmp_path / name, "config", "user.name", name.capitalize())
        _git(tmp_path / name, "config", "user.email", f"{name}@example.dk")
        clones.append(tmp_path / name)
    ids = []
    for clone in clones:  # regelsyn commits each filing itself
        ids.append(_new(clone, "--rule", "ugentlig-vejning", "--request", "remove", "--problem",
                        "Vægten bruges ikke.", "--filed-by", clone.name))  # fmt: skip
        assert _git(clone, "status", "--porcelain") == ""
    assert ids[0] != ids[1]
    assert ids[0].startswith("U-2026-0001-ugentlig-vejning-")
    assert ids[1].startswith("U-2026-0001-ugentlig-vejning-")
    anne, bo = clones
    _git(bo, "pull", "-q", "--no-rebase", "--no-edit", str(anne), "main")
    names = sorted(p.stem for p in (bo / "cases").glob("*.yaml"))
    assert names == sorted(ids)
    assert run("check", registry=bo).exit_code == 0


# -- the inbox ----------------------------------------------------------------------------------
def test_inbox_over_three_registries(tmp_path: Path) -> None:
    places = []
    for name, workplace in (("solhaven", "Plejecenter Solhaven"), ("egely", "Plejecenter Egely"),
                            ("fyrtaarnet", "Børnehuset Fyrtårnet")):  # fmt: skip
        folder = copy_example(tmp_path / "kommune" / name)
        config = (folder / "regelsyn.yaml").read_text(encoding="utf-8")
        (folder / "regelsyn.yaml").write_text(
            config.replace("workplace: Plejecenter Solhaven", f"workplace: {workplace}")
        )
        places.append(folder)
    run("escalate", "besoeg-klokkeslaet", "--date", "2026-11-01", registry=places[0])
    run("escalate", "kvalitetsindberetning", "--date", "2026-11-20", registry=places[1])
    run("escalate", "vagtplan-varsling", "--date", "2026-11-20", registry=places[2])  # to KL
    result = run("inbox", "--level", "forvaltning", str(tmp_path / "kommune" / "*"),
                 "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["workplace"], r["rule"], r["days_waiting"], r["due"]) for r in rows] == [
        ("Plejecenter Solhaven", "besoeg-klokkeslaet", 26, "2026-12-01"),
        ("Plejecenter Egely", "kvalitetsindberetning", 7, "2026-12-20"),
    ]
    digest = Path("indbakke.md")
    rendered = run("inbox", "--level", "forvaltning", *map(str, places), "--render", digest)
    assert rendered.exit_code == 0
    text = digest.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("<!--")
    assert "| Plejecenter Egely | `" in text
    assert "Fyrtårnet" not in text
    table = run("inbox", "--level", "overenskomst", *map(str, places))
    assert "Børnehuset Fyrtårnet" in table.stdout


def test_inbox_reads_a_git_clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    origin = copy_example(tmp_path / "origin")
    run("escalate", "besoeg-klokkeslaet", registry=origin)
    git_repo(origin)
    url = f"file://{origin}"
    result = run("inbox", "--level", "forvaltning", url, "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["rule"], r["registry"]) for r in rows] == [("besoeg-klokkeslaet", url)]
    # the copy is kept, with its index cache; the next look fetches what changed
    (copy,) = [p for p in (tmp_path / "cache" / "regelsyn" / "inbox").iterdir() if p.is_dir()]
    assert (copy / ".regelsyn" / "index.sqlite").is_file()
    assert run("escalate", "kvalitetsindberetning", registry=origin).exit_code == 0  # committed
    again = run("inbox", "--level", "forvaltning", url, "--format", "json")
    assert sorted(r["rule"] for r in json.loads(again.stdout)) == [
        "besoeg-klokkeslaet", "kvalitetsindberetning"]  # fmt: skip
    # the origin out of reach: the copy fetched last is used, with a warning
    shutil.rmtree(origin)
    offline = run("--lang", "en", "inbox", "--level", "forvaltning", url, "--format", "json")
    assert offline.exit_code == 0
    assert offline.stdout == again.stdout
    assert offline.err_lines[0].startswith(f"Warning: {url} could not be fetched (")
    assert offline.err_lines[0].endswith("); the copy fetched last is used.")


def test_inbox_names_a_url_it_cannot_clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    url = f"file://{tmp_path}/nowhere.git"
    result = run("--lang", "en", "inbox", "--level", "forvaltning", url)
    assert result.exit_code == 3
    assert result.err_lines[0].startswith(f"Error: {url} could not be fetched with git: ")
    assert [p for p in (tmp_path / "cache" / "regelsyn" / "inbox").iterdir() if p.is_dir()] == []


def test_inbox_names_a_folder_that_is_not_a_registry(tmp_path: Path) -> None:
    result = run("--lang", "en", "inbox", "--level", "forvaltning", str(tmp_path))
    assert result.exit_code == 2
    assert result.err_lines[0].startswith("Error: There is no registry in")


# -- the application ----------------------------------------------------------------------------
def _application(example: Path, *lang: str) -> str:
    case_id = _new(
        example, "--rule", "koeletemperatur-log", "--request", "trial", "--problem",
        "To daglige målinger | giver <b>intet</b> ekstra.", "--proposal", "Én måling om dagen.",
        "--gain-hours", "73", "--anonymous", "--via", "Carla Nielsen (TR)", *TRIAL,
    )  # fmt: skip
    # the workplace owns this rule; send the trial up to the administration all the same
    result = run(*lang, "escalate", case_id, "--to", "forvaltning", "--date", "2026-12-01",
                 registry=example)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return (example / "cases" / f"{case_id}.md").read_text(encoding="utf-8")


def test_application_in_danish(example: Path, snapshot: object) -> None:
    assert _application(example) == snapshot


def test_application_in_english(example: Path, snapshot: object) -> None:
    assert _application(example, "--lang", "en") == snapshot


def test_broken_case_files_are_reported_by_check(example: Path) -> None:
    build_tree(example, {"cases/U-2026-0001-x-abcd.yaml": "id: U-2026-0001-x-abcd\nkind: klage\n"})
    result = run("--lang", "en", "check", registry=example)
    assert result.exit_code == 1
    assert result.out_lines[0].startswith("cases/U-2026-0001-x-abcd.yaml:")
