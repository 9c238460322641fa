"""Table tests of ``domain/cases.py``: the life of a case, what its outcomes do to the rule,
when a trial may act, when a reply is overdue, and how a case is settled.

Expectations are written out by hand from DESIGN.md §3 (escalate, challenge right, trials);
the lifecycle's moves are the hand-written ``ALLOWED`` of ``tests/test_cases.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from regelsyn.domain import cases as lifecycle
from regelsyn.model.case import STATES
from regelsyn.model.finding import Issue
from tests.records import CASE_ID, TODAY, TOMORROW, YESTERDAY, case, config, event, rule, trial
from tests.test_cases import ALLOWED

START, END = dt.date(2027, 1, 1), dt.date(2027, 6, 30)
TERMS = trial(START, END)
LATER = dt.date(2028, 11, 27)  # TODAY and the review interval of 24 months
BURDEN = (6.0, 10.0, 5)  # 50 occurrences a year
CONFIG = config()


# -- where a case can go -----------------------------------------------------------------------
def test_the_states_that_are_open_waiting_and_undecided() -> None:
    assert set(STATES) - {"closed", "withdrawn"} == lifecycle.OPEN_STATES
    assert {"escalated", "no_answer"} == lifecycle.WAITING_STATES
    assert {"submitted", "in_review"} == lifecycle.UNDECIDED_STATES


@pytest.mark.parametrize("current", STATES)
@pytest.mark.parametrize("wanted", STATES)
def test_path_to_follows_the_lifecycle(current: str, wanted: str) -> None:
    subject = case(current, "remove")
    via_review = (
        current == "submitted"
        and (current, wanted) not in ALLOWED
        and ("in_review", wanted) in ALLOWED
    )
    if (current, wanted) in ALLOWED or via_review:
        path = lifecycle.path_to(subject, wanted)
        assert path[:2] == ["in_review", wanted] if via_review else path[0] == wanted
    else:
        with pytest.raises(lifecycle.TransitionRefused) as refused:
            lifecycle.path_to(subject, wanted)
        assert (refused.value.current, refused.value.wanted) == (current, wanted)
        assert {(current, s) for s in refused.value.allowed} == {
            move for move in ALLOWED if move[0] == current
        }
        assert str(refused.value) == f"{current} -> {wanted}"


@pytest.mark.parametrize(
    ("status", "request_", "wanted", "path"),
    [
        ("submitted", "remove", "in_review", ["in_review"]),
        ("submitted", "remove", "withdrawn", ["withdrawn"]),
        ("submitted", "remove", "granted", ["in_review", "granted", "closed"]),
        ("submitted", "amend", "partly", ["in_review", "partly", "closed"]),
        ("submitted", "trial", "granted", ["in_review", "granted", "trial_running"]),
        ("submitted", "trial", "partly", ["in_review", "partly", "trial_running"]),
        ("submitted", "remove", "rejected", ["in_review", "rejected", "closed"]),
        ("submitted", "remove", "escalated", ["in_review", "escalated"]),
        ("in_review", "remove", "granted", ["granted", "closed"]),
        ("in_review", "trial", "rejected", ["rejected", "closed"]),
        ("in_review", "remove", "withdrawn", ["withdrawn"]),
        ("escalated", "amend", "granted", ["granted", "closed"]),
        ("escalated", "trial", "granted", ["granted", "trial_running"]),
        ("escalated", "remove", "redirected", ["redirected"]),
        ("escalated", "remove", "no_answer", ["no_answer"]),
        ("escalated", "remove", "withdrawn", ["withdrawn"]),
        ("no_answer", "remove", "escalated", ["escalated"]),
        ("redirected", "remove", "closed", ["closed"]),
        ("trial_running", "trial", "evaluated", ["evaluated"]),
        ("trial_running", "trial", "withdrawn", ["withdrawn"]),
        ("evaluated", "trial", "made_permanent", ["made_permanent", "closed"]),
        ("evaluated", "trial", "reverted", ["reverted", "closed"]),
        ("granted", "trial", "trial_running", ["trial_running"]),
        ("granted", "remove", "closed", ["closed"]),
        ("withdrawn", "remove", "closed", ["closed"]),
    ],
)
def test_path_to_with_the_automatic_steps(
    status: str, request_: str, wanted: str, path: list[str]
) -> None:
    assert lifecycle.path_to(case(status, request_), wanted) == path


def test_a_submitted_case_refused_names_its_own_state() -> None:
    with pytest.raises(lifecycle.TransitionRefused) as refused:
        lifecycle.path_to(case("submitted"), "made_permanent")
    assert refused.value.current == "submitted"
    assert refused.value.allowed == ("in_review", "withdrawn")


def test_move_appends_each_step_and_only_the_wanted_one_carries_the_note() -> None:
    filed = case("submitted", "remove", events=[event("submitted", YESTERDAY, by="Bo")])
    moved = lifecycle.move(filed, "granted", TODAY, "Anne", "Fint.")
    assert moved.status == "closed"
    assert [(e.date, e.state, e.by, e.note) for e in moved.events] == [
        (YESTERDAY, "submitted", "Bo", None),
        (TODAY, "in_review", "Anne", None),
        (TODAY, "granted", "Anne", "Fint."),
        (TODAY, "closed", "Anne", None),
    ]
    assert filed.status == "submitted"
    assert len(filed.events) == 1


def test_move_a_trial_into_running() -> None:
    moved = lifecycle.move(case("escalated", "trial", trial=TERMS), "partly", TODAY, None, "Ja")
    assert moved.status == "trial_running"
    assert [(e.state, e.note) for e in moved.events] == [("partly", "Ja"), ("trial_running", None)]


# -- overdue replies and days waiting ----------------------------------------------------------
@pytest.mark.parametrize("status", STATES)
def test_reply_overdue_only_while_waiting_and_only_after_the_date(status: str) -> None:
    waiting = status in ("escalated", "no_answer")
    assert lifecycle.reply_overdue(status, YESTERDAY, TODAY) is waiting
    assert lifecycle.reply_overdue(status, TODAY, TODAY) is False
    assert lifecycle.reply_overdue(status, TOMORROW, TODAY) is False
    assert lifecycle.reply_overdue(status, None, TODAY) is False


SENT, FILED = dt.date(2026, 11, 17), dt.date(2026, 11, 7)  # 10 and 20 days before TODAY


@pytest.mark.parametrize(
    ("status", "sent", "filed", "days"),
    [
        ("escalated", SENT, FILED, 10),
        ("no_answer", SENT, FILED, 10),
        ("escalated", TODAY, FILED, 0),
        ("escalated", None, FILED, None),
        ("submitted", SENT, FILED, 20),
        ("in_review", None, FILED, 20),
        ("in_review", SENT, None, None),
        ("redirected", SENT, FILED, None),
        ("granted", SENT, FILED, None),
        ("partly", SENT, FILED, None),
        ("rejected", SENT, FILED, None),
        ("trial_running", SENT, FILED, None),
        ("evaluated", SENT, FILED, None),
        ("made_permanent", SENT, FILED, None),
        ("reverted", SENT, FILED, None),
        ("withdrawn", SENT, FILED, None),
        ("closed", SENT, FILED, None),
    ],
)
def test_days_waiting(
    status: str, sent: dt.date | None, filed: dt.date | None, days: int | None
) -> None:
    assert lifecycle.days_waiting(status, sent, filed, TODAY) == days


def test_waiting_counts_from_the_first_event_and_is_overdue_from_the_due_date() -> None:
    events = [event("submitted", FILED), event("in_review", SENT)]
    assert lifecycle.waiting(case("in_review", events=events), TODAY) == 20
    assert lifecycle.waiting(case("in_review"), TODAY) is None
    sent = case("escalated", sent=SENT, due=YESTERDAY, events=events)
    assert lifecycle.waiting(sent, TODAY) == 10
    assert lifecycle.is_overdue(sent, TODAY) is True
    assert lifecycle.is_overdue(sent, YESTERDAY) is False
    assert lifecycle.is_overdue(case("escalated"), TODAY) is False


@pytest.mark.parametrize(
    ("level", "sent", "due"),
    [
        ("arbejdsplads", dt.date(2026, 12, 20), dt.date(2027, 1, 3)),  # 14 days
        ("forvaltning", TODAY, dt.date(2026, 12, 27)),  # 30 days
        ("kommunalbestyrelse", TODAY, None),  # the level names no reply time
        ("eu", TODAY, None),
        ("ukendt", TODAY, None),
    ],
)
def test_due_date(level: str, sent: dt.date, due: dt.date | None) -> None:
    assert lifecycle.due_date(CONFIG, level, sent) == due


# -- what an outcome does to the rule ----------------------------------------------------------
LIFTED = {("suspended_from",): None, ("suspended_until",): None}
SUSPEND = {("status",): "suspended", ("suspended_from",): START, ("suspended_until",): END}
# a removed rule keeps no suspension dates
REMOVED = {("status",): "removed", ("next_review",): None, **LIFTED}
BACK_LATER = {("status",): "active", ("next_review",): LATER, **LIFTED}
BACK_NOW = {("status",): "active", ("next_review",): TODAY, **LIFTED}
ALT = {"alternative": "Én måling om dagen."}


@pytest.mark.parametrize(
    ("request_", "terms", "proposal", "rule_status", "outcome", "expected"),
    [
        # a granted trial suspends the rule from its start to its end, in part too
        ("trial", {}, None, "active", "granted", SUSPEND),
        ("trial", {}, None, "escalated", "granted", SUSPEND),
        ("trial", {}, None, "escalated", "partly", SUSPEND),
        # trial terms on a request that is no trial are not a trial
        ("remove", {}, None, "active", "granted", REMOVED),
        ("amend", {}, "Kortere.", "active", "partly", {("status",): "active",
                                                      ("next_review",): TODAY}),
        # a granted removal, a granted amendment
        ("remove", None, None, "active", "granted", REMOVED),
        ("remove", None, None, "escalated", "granted", REMOVED),
        ("amend", None, "Kortere.", "escalated", "granted",
         {("status",): "amended", ("next_review",): LATER, ("text",): "Kortere."}),
        ("amend", None, None, "active", "granted",
         {("status",): "amended", ("next_review",): LATER}),
        ("amend", None, "   ", "active", "granted",
         {("status",): "amended", ("next_review",): LATER}),
        # in part: back before the committee at once
        ("remove", None, None, "escalated", "partly", {("status",): "active",
                                                      ("next_review",): TODAY}),
        ("amend", None, "Kortere.", "active", "partly", {("status",): "active",
                                                        ("next_review",): TODAY}),
        # made permanent: removed, or the alternative it tested becomes the rule
        ("trial", {}, None, "suspended", "made_permanent", {**REMOVED, **LIFTED}),
        ("trial", {"alternative": "  "}, None, "suspended", "made_permanent",
         {**REMOVED, **LIFTED}),
        ("trial", ALT, None, "suspended", "made_permanent",
         {("status",): "amended", ("text",): "Én måling om dagen.", **LIFTED,
          ("next_review",): LATER}),
        ("trial", ALT | {"alternative_hours": 2.0}, None, "suspended", "made_permanent",
         {("status",): "amended", ("text",): "Én måling om dagen.", **LIFTED,
          ("next_review",): LATER, ("burden", "minutes"): 2.4}),
        ("trial", ALT | {"alternative_hours": 0.0}, None, "suspended", "made_permanent",
         {("status",): "amended", ("text",): "Én måling om dagen.", **LIFTED,
          ("next_review",): LATER, ("burden", "minutes"): 0.0}),
        # refused or reverted: back in the cycle, an interval on
        ("remove", None, None, "escalated", "rejected", BACK_LATER),
        ("trial", {}, None, "suspended", "reverted", BACK_LATER),
        ("trial", {}, None, "escalated", "rejected", BACK_LATER),
        # withdrawn: back before the committee, which had taken it up
        ("remove", None, None, "escalated", "withdrawn", BACK_NOW),
        ("trial", {}, None, "suspended", "withdrawn", BACK_NOW),
        # a rule the case had not touched is left as it is
        ("remove", None, None, "active", "rejected", {}),
        ("remove", None, None, "defended", "withdrawn", {}),
        ("trial", {}, None, "amended", "reverted", {}),
        ("remove", None, None, "removed", "rejected", {}),
        # escalating a case escalates its rule
        ("remove", None, None, "active", "escalated", {("status",): "escalated"}),
        ("remove", None, None, "escalated", "escalated", {("status",): "escalated"}),
        ("trial", {}, None, "suspended", "escalated", {("status",): "escalated"}),
        # the steps on the way do nothing to the rule
        ("remove", None, None, "escalated", "redirected", {}),
        ("remove", None, None, "escalated", "no_answer", {}),
        ("remove", None, None, "active", "in_review", {}),
        ("remove", None, None, "escalated", "closed", {}),
        ("trial", {}, None, "suspended", "trial_running", {}),
        ("trial", {}, None, "suspended", "evaluated", {}),
        ("trial", {}, None, "suspended", "closed", {}),
        # a trial granted without terms has nothing to suspend
        ("trial", None, None, "escalated", "granted", {}),
        ("remove", None, None, "suspended", "made_permanent", {}),
    ],
)  # fmt: skip
def test_rule_effect(
    request_: str,
    terms: dict[str, Any] | None,
    proposal: str | None,
    rule_status: str,
    outcome: str,
    expected: dict[tuple[str, ...], Any],
) -> None:
    subject = case(
        "in_review",
        request_,
        proposal=proposal,
        trial=None if terms is None else trial(START, END, **terms),
    )
    target = rule(burden=BURDEN, status=rule_status)
    assert lifecycle.rule_effect(subject, outcome, target, CONFIG, TODAY) == expected


# -- a trial acts only between its start and end -----------------------------------------------
def _not_started() -> list[Issue]:
    return [Issue("error", "trial_not_started", ("trial", "start"), {"start": "2027-01-01",
                                                                     "id": CASE_ID})]  # fmt: skip


def _over() -> list[Issue]:
    return [Issue("error", "trial_over", ("trial", "end"), {"end": "2027-06-30", "id": CASE_ID})]


@pytest.mark.parametrize(
    ("request_", "outcome", "date", "expected"),
    [
        ("trial", "evaluated", dt.date(2026, 12, 31), _not_started()),
        ("trial", "made_permanent", dt.date(2026, 12, 31), _not_started()),
        ("trial", "reverted", dt.date(2026, 12, 31), _not_started()),
        ("trial", "evaluated", START, []),
        ("trial", "reverted", START, []),
        ("trial", "evaluated", dt.date(2027, 7, 1), []),
        ("trial", "withdrawn", dt.date(2026, 12, 31), []),
        ("trial", "granted", dt.date(2026, 12, 31), []),
        ("trial", "granted", END, []),
        ("trial", "granted", dt.date(2027, 7, 1), _over()),
        ("trial", "partly", dt.date(2027, 7, 1), _over()),
        ("trial", "rejected", dt.date(2027, 7, 1), []),
        ("trial", "escalated", dt.date(2027, 7, 1), []),
        ("remove", "granted", dt.date(2027, 7, 1), []),  # terms on a request that is no trial
    ],
)
def test_timing_issues(request_: str, outcome: str, date: dt.date, expected: list[Issue]) -> None:
    subject = case("in_review", request_, trial=TERMS)
    assert lifecycle.timing_issues(subject, outcome, date) == expected


def test_no_trial_no_timing_issues() -> None:
    assert lifecycle.timing_issues(case("in_review", "trial"), "granted", dt.date(2030, 1, 1)) == []
    assert lifecycle.timing_issues(case("trial_running"), "evaluated", dt.date(2000, 1, 1)) == []


# -- settling the open cases of a removed rule -------------------------------------------------
@pytest.mark.parametrize(
    ("status", "steps"),
    [
        ("submitted", ["in_review", "granted", "closed"]),
        ("in_review", ["granted", "closed"]),
        ("escalated", ["withdrawn", "closed"]),
        ("redirected", ["withdrawn", "closed"]),
        ("no_answer", ["withdrawn", "closed"]),
        ("trial_running", ["evaluated", "made_permanent", "closed"]),
        ("evaluated", ["made_permanent", "closed"]),
        ("granted", ["closed"]),
        ("partly", ["closed"]),
        ("rejected", ["closed"]),
        ("made_permanent", ["closed"]),
        ("reverted", ["closed"]),
        ("withdrawn", ["closed"]),
        ("closed", []),
    ],
)
def test_settle(status: str, steps: list[str]) -> None:
    before = [event(status, YESTERDAY)]
    settled = lifecycle.settle(case(status, events=before), TODAY, "Anne", "Reglen er fjernet.")
    assert settled.status == "closed"
    assert [(e.date, e.state, e.by, e.note) for e in settled.events[1:]] == [
        (TODAY, step, "Anne", None if number else "Reglen er fjernet.")
        for number, step in enumerate(steps)
    ]
    assert settled.events[0] == before[0]


def test_settle_refuses_a_step_the_lifecycle_does_not_allow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lifecycle, "_SETTLE", {"escalated": ("closed",)})
    with pytest.raises(lifecycle.TransitionRefused) as refused:
        lifecycle.settle(case("escalated"), TODAY, None, "x")
    assert (refused.value.current, refused.value.wanted) == ("escalated", "closed")
    assert refused.value.allowed == lifecycle.TRANSITIONS["escalated"]


# -- case ids ----------------------------------------------------------------------------------
def _chooser(picks: str) -> Any:
    """A ``random`` that picks these characters in turn and checks the alphabet it is given."""
    chars = iter(picks)

    def pick(alphabet: str) -> str:
        assert alphabet == "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read aloud
        return next(chars)

    return pick


@pytest.mark.parametrize(
    ("prefix", "existing", "rule_id", "expected"),
    [
        ("U", [], "ugentlig-vejning", "U-2026-0001-ugentlig-vejning-k3f9"),
        ("E", [], "ugentlig-vejning", "E-2026-0001-ugentlig-vejning-k3f9"),
        ("U", ["U-2026-0007-a-abcd", "E-2026-0008-b-abcd", "U-2025-0030-c-abcd"], "x",
         "U-2026-0009-x-k3f9"),
        ("U", [], "en-lang-regel-om-vejning", "U-2026-0001-en-lang-regel-k3f9"),
        ("U", [], "a" * 39 + "-b-c", "U-2026-0001-" + "a" * 39 + "-k3f9"),
        ("U", [], "a" * 50, "U-2026-0001-" + "a" * 40 + "-k3f9"),
        ("U", [], "", "U-2026-0001-sag-k3f9"),
    ],
)  # fmt: skip
def test_new_case_id(prefix: str, existing: list[str], rule_id: str, expected: str) -> None:
    assert lifecycle.new_case_id(prefix, 2026, existing, rule_id, _chooser("k3f9")) == expected
