"""The meeting cycle: the agenda, approved minutes and corrections, and the calendar."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from regelsyn.domain import meetings
from tests.helpers import run
from tests.test_review import DECISIONS

MEETINGS = "meetings: [2026-11-22, 2026-12-03, 2027-02-04]\n"
CHALLENGE = [
    "challenge", "new", "--rule", "faldrisikoscreening", "--request", "remove",
    "--problem", "Screeningen gentages uden grund", "--anonymous", "--via", "Carla Nielsen (TR)",
]  # fmt: skip


@pytest.fixture
def held(example: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example registry with meeting dates and the meeting of 2026-11-22 recorded."""
    with (example / "regelsyn.yaml").open("a", encoding="utf-8") as handle:
        handle.write(MEETINGS)
    Path("decisions.yaml").write_text(DECISIONS, encoding="utf-8")
    assert run("review", "--decisions", "decisions.yaml", registry=example).exit_code == 0
    monkeypatch.setenv("REGELSYN_TODAY", "2026-11-24")
    assert run(*CHALLENGE, registry=example).exit_code == 0
    monkeypatch.setenv("REGELSYN_TODAY", "2026-11-27")
    return example


# -- the agenda -------------------------------------------------------------------------------
def test_the_agenda_of_the_next_meeting(held: Path, snapshot: object) -> None:
    result = run("agenda", registry=held)
    assert result.exit_code == 0, result.stderr
    assert "agendas/2026-12-03.md" in result.stderr
    text = (held / "agendas" / "2026-12-03.md").read_text(encoding="utf-8")
    assert text == snapshot
    assert "Carla" not in text.split("## 3.")[0] or "Carla" not in text


def test_the_agenda_holds_the_new_challenge_and_the_rules_due(held: Path) -> None:
    run("agenda", registry=held)
    text = (held / "agendas" / "2026-12-03.md").read_text(encoding="utf-8")
    challenges = text.split("## 2.")[1].split("## 3.")[0]
    assert "U-2026-0002-faldrisikoscreening" in challenges
    assert "haandkoebsmedicin" not in text.split("## 1.")[1].split("## 2.")[0]  # just amended
    record = (held / "agendas" / "2026-12-03.yaml").read_text(encoding="utf-8")
    assert "meeting: 2026-12-03" in record


def test_agenda_for_a_given_meeting_and_a_copy(held: Path, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "dagsorden.md"
    copy.parent.mkdir()
    result = run("agenda", "--meeting", "2027-02-04", "--out", copy, registry=held)
    assert result.exit_code == 0, result.stderr
    assert copy.read_bytes() == (held / "agendas" / "2027-02-04.md").read_bytes()
    assert "2027-02-04" in copy.read_text(encoding="utf-8").splitlines()[1]


def test_agenda_without_meetings_is_refused(example: Path) -> None:
    result = run("agenda", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0] == "Fejl: Der er intet møde i regelsyn.yaml efter 2026-11-27."


def test_agenda_and_due_agree(held: Path) -> None:
    """``agenda`` lists the rules that ``rule list --due-before`` lists as due by the
    meeting (DESIGN.md §6: the commands agree on what is due)."""
    run("agenda", registry=held)
    listed = run("rule", "list", "--due-before", "2026-12-04", "--format", "json", registry=held)

    due = {r["id"] for r in json.loads(listed.stdout)}
    record = (held / "agendas" / "2026-12-03.yaml").read_text(encoding="utf-8")
    on_agenda = {json.loads(ln.strip()[2:]) for ln in record.splitlines() if ln.startswith("  - ")}
    rules = {r for r in on_agenda if not r.startswith(("U-", "E-"))}
    assert rules == due


def test_review_takes_its_rules_from_the_agenda(held: Path) -> None:
    run("agenda", registry=held)
    record = (held / "agendas" / "2026-12-03.yaml").read_text(encoding="utf-8")
    first = json.loads(record.split("rules:")[1].split("\n")[1].strip()[2:])
    Path("d2.yaml").write_text(
        "participants: [{name: Anne Holm, side: ledelse, role: formand}]\n"
        f"decided_by: Anne Holm\ndecisions:\n  - {{rule: {first}, verdict: defer, reason: x}}\n",
        encoding="utf-8",
    )
    result = run("review", "--agenda", "2026-12-03", "--decisions", "d2.yaml", registry=held)
    assert result.exit_code == 0, result.stderr
    assert (held / "reviews" / "2026-12-03.yaml").is_file()
    triage = (held / "reviews" / "2026-12-03.yaml").read_text(encoding="utf-8")
    assert triage.count("group:") == record.split("cases:")[0].count("\n  - ")


def test_review_with_an_unknown_agenda_is_refused(held: Path) -> None:
    result = run("review", "--agenda", "2026-12-03", registry=held)
    assert result.exit_code == 1
    assert result.err_lines[0] == "Fejl: Der er ingen dagsorden til mødet 2026-12-03."


def test_check_warns_when_the_agenda_is_missing(held: Path) -> None:
    lines = run("check", registry=held).out_lines
    wanted = [line for line in lines if line.startswith("regelsyn.yaml:")]
    assert wanted == [
        "regelsyn.yaml:20:24: meetings: mødet 2026-12-03 er om 6 dage, og der er ikke skrevet "
        "en dagsorden (regelsyn agenda --meeting 2026-12-03)"
    ]
    run("agenda", registry=held)
    assert not [ln for ln in run("check", registry=held).out_lines if "meetings" in ln]


@pytest.mark.parametrize(
    ("days", "written", "found"),
    [(6, False, ["agenda_missing"]), (7, False, []), (0, False, ["agenda_missing"]),
     (-1, False, []), (3, True, [])],
)  # fmt: skip
def test_agenda_missing_rule(days: int, written: bool, found: list[str]) -> None:
    today = dt.date(2026, 11, 27)
    meeting = today + dt.timedelta(days=days)
    issues = meetings.agenda_missing([meeting], {meeting} if written else set(), today)
    assert [i.code for i in issues] == found


# -- approval ---------------------------------------------------------------------------------
def _approve(registry: Path, role: str, name: str, *extra: str) -> tuple[int, str]:
    result = run("review", "approve", "2026-11-22", "--role", role, "--name", name, *extra,
                 registry=registry)  # fmt: skip
    return result.exit_code, result.stderr


def test_an_approved_log(held: Path, snapshot: object) -> None:
    assert _approve(held, "Formand", "Anne Holm")[0] == 0
    log = (held / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert "Godkendt" not in log
    assert _approve(held, "nestleder", "Bo Jensen", "--date", "2026-11-28")[0] == 0
    log = (held / "reviews" / "2026-11-22.md").read_text(encoding="utf-8")
    assert log.split("## Godkendelse")[1] == snapshot
    assert "| Status | **Godkendt** (2026-11-28) |" in log
    record = (held / "reviews" / "2026-11-22.yaml").read_text(encoding="utf-8")
    assert "role: naestformand, name: Bo Jensen, date: 2026-11-28" in record


def test_approving_twice_is_refused(held: Path) -> None:
    _approve(held, "formand", "Anne Holm")
    before = (held / "reviews" / "2026-11-22.yaml").read_bytes()
    code, err = _approve(held, "chair", "Anne Holm")
    assert code == 1
    assert err.splitlines()[0] == (
        "Fejl: reviews/2026-11-22.yaml: referatet er allerede godkendt af formand"
    )
    assert (held / "reviews" / "2026-11-22.yaml").read_bytes() == before


def test_approving_an_unknown_review_is_refused(held: Path) -> None:
    result = run("review", "approve", "2026-01-01", "--role", "formand", "--name", "A",
                 registry=held)  # fmt: skip
    assert result.exit_code == 1
    assert result.err_lines[0] == "Fejl: Der er ingen gennemgang med id '2026-01-01'."


def test_only_chair_and_vice_chair_approve(held: Path) -> None:
    code, err = _approve(held, "tillidsrepræsentant", "Carla Nielsen")
    assert code == 2
    assert "kan ikke godkende et referat" in err


def test_an_approval_before_the_meeting_is_refused(held: Path) -> None:
    code, err = _approve(held, "formand", "Anne Holm", "--date", "2026-11-01")
    assert code == 1
    assert "kan ikke ligge før mødet" in err


def test_changing_an_approved_review_is_refused(held: Path) -> None:
    _approve(held, "formand", "Anne Holm")
    _approve(held, "naestformand", "Bo Jensen")
    path = held / "reviews" / "2026-11-22.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Vægten bruges ikke til noget.", "Ændret."),
        encoding="utf-8",
    )
    result = run("review", "render", "2026-11-22", registry=held)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: reviews/2026-11-22.yaml: beslutningerne er ændret, efter at referatet blev godkendt",
        "Registrér en rettelse som et nyt møde: regelsyn review --decisions FIL med "
        "'corrects: 2026-11-22' i filen.",
    ]
    check = run("check", registry=held)
    assert check.exit_code == 1
    assert any("reviews/2026-11-22.yaml" in ln and "ændret, efter" in ln for ln in check.out_lines)


def test_a_correction_is_a_new_review_without_approvals(held: Path) -> None:
    _approve(held, "formand", "Anne Holm")
    _approve(held, "naestformand", "Bo Jensen")
    Path("fix.yaml").write_text(
        "date: 2026-11-29\ncorrects: 2026-11-22\n"
        "participants: [{name: Anne Holm, side: ledelse, role: formand}]\n"
        "decided_by: Anne Holm\n"
        "decisions:\n  - {rule: faldregistrering-dobbelt, verdict: defer, reason: Rettet.}\n",
        encoding="utf-8",
    )
    result = run("review", "--decisions", "fix.yaml", registry=held)
    assert result.exit_code == 0, result.stderr
    record = (held / "reviews" / "2026-11-29.yaml").read_text(encoding="utf-8")
    assert "corrects: '2026-11-22'" in record
    assert "approvals: []" in record
    log = (held / "reviews" / "2026-11-29.md").read_text(encoding="utf-8")
    assert "Dette referat retter referatet fra mødet 2026-11-22." in log
    assert "Godkendt" not in log


def test_a_correction_of_an_unknown_review_is_refused(held: Path) -> None:
    Path("fix.yaml").write_text(
        "date: 2026-11-29\ncorrects: 2020-01-01\n"
        "participants: [{name: Anne Holm, side: ledelse, role: formand}]\n"
        "decided_by: Anne Holm\n"
        "decisions:\n  - {rule: faldregistrering-dobbelt, verdict: defer, reason: x}\n",
        encoding="utf-8",
    )
    result = run("review", "--decisions", "fix.yaml", registry=held)
    assert result.exit_code == 1
    assert not (held / "reviews" / "2026-11-29.yaml").exists()


def test_check_warns_about_minutes_not_approved(
    held: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not [ln for ln in run("check", registry=held).out_lines if "reviews/" in ln]
    monkeypatch.setenv("REGELSYN_TODAY", "2026-12-06")
    lines = [ln for ln in run("check", registry=held).out_lines if ln.startswith("reviews/")]
    assert len(lines) == 1
    assert lines[0].endswith(
        "approvals: referatet er ikke godkendt af formand og næstformand 14 dage efter mødet"
    )
    _approve(held, "formand", "Anne Holm")
    _approve(held, "naestformand", "Bo Jensen")
    assert not [ln for ln in run("check", registry=held).out_lines if ln.startswith("reviews/")]


def test_approval_roles_in_english(held: Path) -> None:
    assert _approve(held, "chair", "Anne Holm")[0] == 0
    result = run("--lang", "en", "review", "approve", "2026-11-22", "--role", "vice-chair",
                 "--name", "Bo Jensen", registry=held)  # fmt: skip
    assert result.exit_code == 0
    assert "both approved" in result.stderr


# -- the calendar -----------------------------------------------------------------------------
def test_the_calendar_parses_and_its_uids_are_stable(held: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run("calendar", "--out", first, registry=held).exit_code == 0
    assert run("calendar", "--out", second, registry=held).exit_code == 0
    one = Calendar.from_ical(first.read_bytes())
    two = Calendar.from_ical(second.read_bytes())
    uids = [str(e["UID"]) for e in one.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in two.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    summaries = {str(e["SUMMARY"]): e for e in one.walk("VEVENT")}
    meeting = summaries["Møde i Lokal-MED Plejecenter Solhaven"]
    assert meeting.decoded("DTSTART") in (dt.date(2026, 11, 22), dt.date(2026, 12, 3),
                                          dt.date(2027, 2, 4))  # fmt: skip
    assert any(s.startswith("Frist: dagsorden til mødet 2026-12-03") for s in summaries)
    assert any(s.startswith("Svarfrist: ") for s in summaries)  # the escalation's reply date
    assert any(s.startswith("Opfølgning: ") for s in summaries)  # koeletemperatur-log's action
    due = [s for s in summaries if s.endswith(" til gennemgang")]
    said = r"1 regel til gennemgang|([02-9]|\d\d+) regler til gennemgang"
    assert due and all(re.fullmatch(said, s) for s in due)
    for event in one.walk("VEVENT"):
        assert isinstance(event.decoded("DTSTART"), dt.date)  # all-day
        assert not isinstance(event.decoded("DTSTART"), dt.datetime)


def test_a_changed_rule_keeps_the_uids_of_the_other_events(held: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    run("calendar", "--out", first, registry=held)
    run("rule", "edit", "rengoering-log", "--title", "Ny titel", registry=held)
    run("calendar", "--out", second, registry=held)
    one = {str(e["UID"]) for e in Calendar.from_ical(first.read_bytes()).walk("VEVENT")}
    two = {str(e["UID"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")}
    assert one == two


def test_the_calendar_in_english(held: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.ics"
    assert run("--lang", "en", "calendar", "--out", out, registry=held).exit_code == 0
    assert "SUMMARY:Meeting of Lokal-MED Plejecenter Solhaven" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["agenda"], ["calendar", "--out", "feed.ics"]])
def test_a_broken_review_is_named_and_nothing_is_written(held: Path, command: list[str]) -> None:
    """The reviews come from the index cache, which reads a changed file again: a review
    broken by hand after the cache knew it is named with its line, not shown as it was."""
    assert run("agenda", registry=held).exit_code == 0  # the cache knows every review
    log = held / "reviews" / "2026-11-22.yaml"
    log.write_text(log.read_text(encoding="utf-8").replace("date: 2026-11-22", "date: [x"),
                   encoding="utf-8")  # fmt: skip
    (held / "agendas" / "2026-12-03.md").unlink()
    result = run(*command, registry=held)
    assert result.exit_code == 3
    assert result.err_lines[0] == (
        "reviews/2026-11-22.yaml:3:10: en liste, der begynder med [, slutter ikke med ]"
    )
    assert not (held / "agendas" / "2026-12-03.md").exists()
    assert not Path("feed.ics").exists()


def test_the_calendar_is_the_site_s_feed(held: Path, tmp_path: Path) -> None:
    """``calendar`` reads whole only the cases with dates to show (told from the index cache's
    facts); the site's feed reads every case. Both give the same bytes, a granted trial and an
    escalation's reply date included."""
    from tests.test_cases import TRIAL, _new

    case_id = _new(held, "--rule", "koeletemperatur-log", "--request", "trial", "--problem",
                   "Målingen gentages", "--filed-by", "Dorte", *TRIAL)  # fmt: skip
    granted = run("challenge", "decide", case_id, "--outcome", "granted", "--reasons", "ok",
                  "--by", "Anne Holm", registry=held)  # fmt: skip
    assert granted.exit_code == 0, granted.stderr
    feed = tmp_path / "feed.ics"
    assert run("calendar", "--out", feed, registry=held).exit_code == 0
    assert run("site", "--out", tmp_path / "site", registry=held).exit_code == 0
    text = feed.read_text(encoding="utf-8")
    assert text == (tmp_path / "site" / "calendar.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Forsøg starter: " in text
    assert "Svarfrist: " in text
