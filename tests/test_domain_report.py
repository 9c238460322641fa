"""Table tests of ``domain/report.py``: the burden report's sums and the funnel.

DESIGN.md §3 (burden): ``minutes × per_year × people / 60`` hours a year; reports add up what
was removed (hours freed), what remains, the funnel of outcomes, and measurements that take time
while nobody uses their results. §6: what remains + what trials suspend + what was freed is
conserved. Every figure below is worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from regelsyn.domain import report as burden
from regelsyn.domain.report import CaseLine, Group, ReviewLine, RuleLine
from regelsyn.model import Rule
from regelsyn.model.case import Case
from tests.records import TODAY, TOMORROW, YESTERDAY, case, config, decision, event, review, rule
from tests.records import trial as terms

CONFIG = config()


def _rule(rule_id: str, hours: float | None, **changes: Any) -> Rule:
    """A rule costing ``hours`` a year (60 minutes, ``hours`` times, one person)."""
    return rule(rule_id, burden=None if hours is None else (60.0, hours, 1), **changes)


def _build(rules: list[Rule], **kwargs: Any) -> burden.Report:
    return burden.build(CONFIG, rules, kwargs.pop("reviews", []), kwargs.pop("cases", []),
                        TODAY, **kwargs)  # fmt: skip


# -- what remains, what trials suspend, what is unknown ----------------------------------------
def test_hours_remaining_suspended_and_unknown() -> None:
    rules = [
        rule("a", burden=(6.0, 1.0, 1)),  # 0.1
        rule("b", burden=(12.0, 1.0, 1), status="defended"),  # 0.2
        _rule("c", 10.0, status="removed"),  # gone: in no sum
        _rule("d", 5.0, status="suspended", suspended_from=YESTERDAY),  # suspended
        _rule("e", 2.0, status="suspended", suspended_from=TODAY),  # suspended from today
        _rule("f", 3.0, status="suspended", suspended_from=TOMORROW),  # not yet: remains
        _rule("g", 1.0, status="suspended"),  # no start date: suspended
        _rule("h", None, status="escalated"),  # unknown
        rule("i", burden=(6.0, 10.0, None)),  # unknown
        rule("j", status="removed"),  # unknown, but gone
        rule("k", burden=(6.0, 10.0, 0)),  # nobody does it: 0 hours, known
    ]
    found = _build(rules)
    assert found.rules == 11
    assert found.hours_remaining == 3.3  # 0.1 + 0.2 + 3.0 + 0, to one decimal
    assert found.hours_suspended == 8.0  # 5 + 2 + 1
    assert found.unknown_burden == 2


@pytest.mark.parametrize(
    ("status", "start", "suspended"),
    [
        ("suspended", None, True),
        ("suspended", YESTERDAY, True),
        ("suspended", TODAY, True),
        ("suspended", TOMORROW, False),
        ("active", YESTERDAY, False),
        ("escalated", None, False),
    ],
)
def test_suspended(status: str, start: dt.date | None, suspended: bool) -> None:
    assert burden.suspended(rule(status=status, suspended_from=start), TODAY) is suspended


# -- the groups ---------------------------------------------------------------------------------
def test_groups_by_status_kind_and_owner() -> None:
    rules = [
        _rule("a", 5.0),
        rule("a2", burden=(6.0, 1.0, 1)),  # 0.1
        rule("a3", burden=(12.0, 1.0, 1)),  # 0.2
        _rule("b", 2.5, kind="measurement", level="forvaltning"),
        _rule("c", 10.0, status="removed"),
        _rule("d", 1.0, kind="reporting", level="eu", status="defended"),
        _rule("e", None, kind="rule", level="kommunalbestyrelse", status="escalated"),
        _rule("f", 4.0, kind="approval", level="ukendt", status="amended"),
    ]
    labels = {"active": "Aktiv", "removed": "Fjernet", "documentation": "Dokumentation"}
    found = _build(rules, labels=labels)
    assert found.by_status == [
        Group("active", "Aktiv", 4, 7.8),  # 5 + 0.1 + 0.2 + 2.5
        Group("defended", "defended", 1, 1.0),
        Group("amended", "amended", 1, 4.0),
        Group("removed", "Fjernet", 1, 0.0),  # counted, but its hours are gone
        Group("escalated", "escalated", 1, 0.0),
    ]
    assert found.by_kind == [
        Group("rule", "rule", 1, 0.0),
        Group("documentation", "Dokumentation", 4, 5.3),
        Group("reporting", "reporting", 1, 1.0),
        Group("approval", "approval", 1, 4.0),
        Group("measurement", "measurement", 1, 2.5),
    ]
    assert found.by_owner == [
        Group("arbejdsplads", "Testcentret", 4, 5.3),
        Group("forvaltning", "Forvaltningen", 1, 2.5),
        Group("kommunalbestyrelse", "Kommunalbestyrelsen", 1, 0.0),
        Group("eu", "EU-retten", 1, 1.0),
        Group("ukendt", "ukendt", 1, 4.0),  # a level not on the ladder comes last
    ]


def test_an_empty_registry() -> None:
    found = burden.build(CONFIG, [], [], [], TODAY)
    assert (found.workplace, found.today, found.since, found.rules) == (
        "Testcentret",
        "2026-11-27",
        None,
        0,
    )
    assert (found.by_status, found.by_kind, found.by_owner) == ([], [], [])
    assert (found.hours_remaining, found.hours_suspended, found.hours_freed) == (0.0, 0.0, 0.0)
    assert found.funnel == {
        "challenged": 0,
        "reviewed": 0,
        "removed_or_simplified": 0,
        "kept": 0,
        "sent_on": 0,
        "waiting": 0,
    }
    assert (found.heaviest, found.unused, found.overdue, found.open_cases) == ([], [], [], [])
    assert found.reviews == []
    assert burden.build(CONFIG, [], [], [], TODAY, dt.date(2026, 1, 1)).since == "2026-01-01"


# -- the heaviest rules, measurements nobody uses, overdue reviews ------------------------------
def test_heaviest_are_the_ten_that_cost_most() -> None:
    rules = [_rule(f"r{n:02d}", float(n)) for n in range(1, 13)]  # 1 … 12 hours
    rules += [
        _rule("r13", 12.0),  # as heavy as r12: by id
        _rule("r14", 100.0, status="removed"),
        _rule("r15", None),
        rule("r16", burden=(6.0, 10.0, 0)),  # 0 hours
    ]
    found = _build(rules)
    assert [(line.id, line.hours) for line in found.heaviest] == [
        ("r12", 12.0), ("r13", 12.0), ("r11", 11.0), ("r10", 10.0), ("r09", 9.0),
        ("r08", 8.0), ("r07", 7.0), ("r06", 6.0), ("r05", 5.0), ("r04", 4.0),
    ]  # fmt: skip
    assert found.heaviest[0] == RuleLine("r12", "Regel r12", "Testcentret", 12.0)


def test_unused_measurements_and_reports() -> None:
    rules = [
        _rule("u1", 5.0, kind="measurement"),
        _rule("u2", 5.0, kind="reporting", use="  "),
        _rule("u3", 50.0, kind="measurement", use="Ledelsen bruger tallene."),
        _rule("u4", 20.0, kind="documentation"),
        _rule("u5", 30.0, kind="reporting", status="removed"),
        _rule("u6", None, kind="measurement", level="forvaltning"),
        _rule("u7", 7.5, kind="reporting", use=""),
        _rule("u8", 1.0, kind="measurement", status="suspended"),
    ]
    found = _build(rules)
    assert found.unused == [
        RuleLine("u7", "Regel u7", "Testcentret", 7.5),
        RuleLine("u1", "Regel u1", "Testcentret", 5.0),
        RuleLine("u2", "Regel u2", "Testcentret", 5.0),
        RuleLine("u8", "Regel u8", "Testcentret", 1.0),
        RuleLine("u6", "Regel u6", "Forvaltningen", None),
    ]
    assert found.unused_hours == 18.5  # 7.5 + 5 + 5 + 1


def test_overdue_reviews() -> None:
    rules = [
        _rule("o1", 2.0, level="forvaltning", next_review=dt.date(2026, 11, 1)),
        _rule("o2", None, status="defended", next_review=YESTERDAY),
        _rule("o3", 1.0, status="amended", next_review=dt.date(2026, 11, 1)),
        _rule("o4", 1.0, next_review=TODAY),  # due today: not overdue
        _rule("o5", 1.0, status="suspended", next_review=dt.date(2026, 1, 1)),
        _rule("o6", 1.0, status="removed", next_review=dt.date(2026, 1, 1)),
        _rule("o7", 1.0, status="escalated", next_review=dt.date(2025, 1, 1)),
        _rule("o8", 1.0),
    ]
    assert _build(rules).overdue == [
        RuleLine("o1", "Regel o1", "Forvaltningen", 2.0, "2026-11-01", 26),
        RuleLine("o3", "Regel o3", "Testcentret", 1.0, "2026-11-01", 26),
        RuleLine("o2", "Regel o2", "Testcentret", None, "2026-11-26", 1),
    ]


# -- open cases ----------------------------------------------------------------------------------
def test_open_cases_by_date_sent() -> None:
    cases = [
        case("escalated", case_id="U-2026-0003-a-abcd", target_level="forvaltning",
             sent=dt.date(2026, 11, 1), due=dt.date(2026, 11, 15)),
        case("in_review", case_id="U-2026-0001-b-abcd",
             events=[event("submitted", dt.date(2026, 11, 20))]),
        case("closed", case_id="U-2026-0002-c-abcd"),
        case("withdrawn", case_id="U-2026-0007-g-abcd"),
        case("trial_running", "trial", case_id="E-2026-0004-d-abcd", target_level="forvaltning",
             sent=dt.date(2026, 10, 1), due=dt.date(2026, 10, 31)),
        case("escalated", case_id="U-2026-0005-e-abcd", target_level="forvaltning",
             sent=dt.date(2026, 11, 1), due=TODAY),
        case("submitted", case_id="U-2026-0006-f-abcd", target_level="ukendt"),
    ]  # fmt: skip
    assert _build([], cases=cases).open_cases == [
        CaseLine("E-2026-0004-d-abcd", "Regel vejning", "trial_running", "Forvaltningen",
                 "2026-10-01", "2026-10-31", None, False),
        CaseLine("U-2026-0003-a-abcd", "Regel vejning", "escalated", "Forvaltningen",
                 "2026-11-01", "2026-11-15", 26, True),
        CaseLine("U-2026-0005-e-abcd", "Regel vejning", "escalated", "Forvaltningen",
                 "2026-11-01", "2026-11-27", 26, False),
        CaseLine("U-2026-0001-b-abcd", "Regel vejning", "in_review", "Testcentret",
                 None, None, 7, False),
        CaseLine("U-2026-0006-f-abcd", "Regel vejning", "submitted", "ukendt",
                 None, None, None, False),
    ]  # fmt: skip


# -- hours freed, by reviews and by cases -------------------------------------------------------
def _reviews() -> list[Any]:
    first = review("2026-03-01", dt.date(2026, 3, 1), [
        decision("a", "remove", hours_before=10.0),
        decision("b", "amend", text="T", hours_before=8.0, hours_after=3.0),  # 5
        decision("c", "defend", hours_before=4.0),  # 0
        decision("d", "merge", into="a", hours_before=2.24),
        decision("e", "reduce_to_floor", hours_before=6.0, hours_after=5.5),  # 0.5
    ])  # fmt: skip
    second = review("2026-03-01-2", dt.date(2026, 3, 1), [
        decision("g", "escalate", recommend="remove", proposal="P", hours_before=7.0),
    ])  # fmt: skip
    old = review("2025-06-01", dt.date(2025, 6, 1), [decision("f", "remove", hours_before=100.0)])
    return [second, old, first]


def _freeing_cases() -> list[Case]:
    return [
        case("closed", "remove", case_id="U-2026-0001-a-abcd", events=[
            event("submitted", dt.date(2026, 2, 1)),
            event("granted", dt.date(2026, 4, 1), hours_freed=12.5),
            event("closed", dt.date(2026, 4, 1)),
        ]),
        case("closed", "amend", case_id="U-2026-0002-b-abcd",
             events=[event("granted", dt.date(2026, 3, 1), hours_freed=3.3)]),
        case("closed", "trial", case_id="U-2026-0003-c-abcd", trial=terms(),
             events=[event("made_permanent", dt.date(2026, 9, 1), hours_freed=4.0)]),
        case("closed", "trial", case_id="U-2026-0004-d-abcd", trial=terms(alternative="Kortere."),
             events=[event("made_permanent", dt.date(2026, 10, 1), hours_freed=1.2)]),
        case("closed", "remove", case_id="U-2025-0005-e-abcd",
             events=[event("granted", dt.date(2025, 12, 31), hours_freed=50.0)]),
        case("closed", "remove", case_id="U-2026-0006-f-abcd",
             events=[event("granted", dt.date(2026, 5, 1), hours_freed=0.0)]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("since", "removed", "simplified", "total", "lines"),
    [
        # reviews: removed 10 + 2.24, simplified 5 + 0.5; cases: removed 12.5 + 4, simplified
        # 3.3 + 1.2; before 2026: 100 and 50 removed
        (None, 178.7, 10.0, 188.7, [
            ReviewLine("2025-06-01", "2025-06-01", 1, 100.0),
            ReviewLine("2026-03-01", "2026-03-01", 5, 17.7),  # 10 + 5 + 0 + 2.24 + 0.5
            ReviewLine("2026-03-01-2", "2026-03-01", 1, 0.0),
        ]),
        (dt.date(2026, 3, 1), 28.7, 10.0, 38.7, [  # from the day itself
            ReviewLine("2026-03-01", "2026-03-01", 5, 17.7),
            ReviewLine("2026-03-01-2", "2026-03-01", 1, 0.0),
        ]),
        (dt.date(2026, 3, 2), 16.5, 1.2, 17.7, []),  # the cases' 12.5 + 4, and 1.2
        (dt.date(2027, 1, 1), 0.0, 0.0, 0.0, []),
    ],
)  # fmt: skip
def test_hours_freed_by_reviews_and_cases(
    since: dt.date | None,
    removed: float,
    simplified: float,
    total: float,
    lines: list[ReviewLine],
) -> None:
    found = _build([], reviews=_reviews(), cases=_freeing_cases(), since=since)
    assert (found.hours_freed_removed, found.hours_freed_simplified) == (removed, simplified)
    assert found.hours_freed == total
    assert found.reviews == lines


@pytest.mark.parametrize(
    ("request_", "alternative", "removes"),
    [
        ("remove", None, True),
        ("amend", None, False),
        ("trial", None, True),  # set aside, then made permanent: gone
        ("trial", "Kortere.", False),  # its lighter version became the rule
        ("trial", "  ", True),  # a blank alternative is none: made permanent, the rule is gone
    ],
)
def test_case_removes(request_: str, alternative: str | None, removes: bool) -> None:
    with_terms = case(request=request_, trial=terms(alternative=alternative))
    assert burden.case_removes(with_terms) is removes
    assert burden.case_removes(case(request=request_)) is (request_ != "amend")


def test_hours_freed_by_cases_to_one_decimal() -> None:
    cases = [
        case("closed", "amend", events=[event("granted", TODAY, hours_freed=3.33)]),
        case("closed", "remove", events=[event("granted", TODAY, hours_freed=1.26)]),
        case("closed", "remove", events=[event("granted", TODAY, hours_freed=1.27)]),
    ]
    found = _build([], cases=cases)
    assert (found.hours_freed_removed, found.hours_freed_simplified) == (2.5, 3.3)  # 2.53, 3.33
    assert found.hours_freed == 5.9  # 5.86


def test_a_trial_made_permanent_without_a_real_alternative_frees_removed_hours() -> None:
    # rule_effect removes the rule when the alternative is blank; the report must agree
    cases = [
        case("closed", "trial", trial=terms(alternative="  "),
             events=[event("made_permanent", TODAY, hours_freed=6.0)]),
    ]  # fmt: skip
    found = _build([], cases=cases)
    assert (found.hours_freed_removed, found.hours_freed_simplified) == (6.0, 0.0)


# -- the funnel -----------------------------------------------------------------------------------
def _funnel_reviews() -> list[Any]:
    return [
        review("2026-06-01", dt.date(2026, 6, 1), [decision("d", "defer", reason="R"),
                                                   decision("c", "defer", reason="R"),
                                                   decision("p", "remove")]),
        review("2026-05-01-2", dt.date(2026, 5, 1), [decision("j", "remove")]),
        review("2026-01-10", dt.date(2026, 1, 10), [
            decision("a", "escalate", recommend="remove", proposal="P"),
            decision("b", "defend", confirmed=["purpose"]),
            decision("c", "defer", reason="R"),
            decision("d", "remove"),
        ]),
        review("2026-05-01", dt.date(2026, 5, 1), [
            decision("i", "escalate", recommend="remove", proposal="P"),
            decision("j", "defend", confirmed=["purpose"]),
        ]),
    ]  # fmt: skip


def _c(n: int, rule_id: str, kind: str, request_: str, status: str, *steps: Any) -> Case:
    events = [event(state, dt.date.fromisoformat(day)) for state, day in steps]
    case_id = f"U-2026-{n:04d}-{rule_id}-abcd"
    trial = terms() if request_ == "trial" else None
    return case(status, request_, case_id=case_id, rule_id=rule_id, kind=kind, events=events,
                trial=trial)  # fmt: skip


def _funnel_cases() -> list[Case]:
    return [
        _c(1, "a", "escalation", "remove", "closed",
           ("escalated", "2026-01-10"), ("granted", "2026-03-01"), ("closed", "2026-03-01")),
        _c(2, "e", "challenge", "trial", "closed",
           ("submitted", "2026-02-01"), ("in_review", "2026-02-01"), ("granted", "2026-02-15"),
           ("trial_running", "2026-02-15"), ("evaluated", "2026-08-01"),
           ("made_permanent", "2026-08-01"), ("closed", "2026-08-01")),
        _c(3, "f", "challenge", "trial", "closed",
           ("submitted", "2026-05-01"), ("in_review", "2026-05-01"), ("granted", "2026-05-15"),
           ("trial_running", "2026-05-15"), ("evaluated", "2026-08-01"),
           ("reverted", "2026-08-01"), ("closed", "2026-08-01")),
        _c(4, "g", "challenge", "remove", "closed",
           ("submitted", "2026-02-15"), ("in_review", "2026-02-15"), ("rejected", "2026-03-01"),
           ("closed", "2026-03-01")),
        _c(5, "h", "challenge", "remove", "in_review",
           ("submitted", "2026-10-01"), ("in_review", "2026-10-01")),
        _c(6, "i", "escalation", "remove", "closed",
           ("escalated", "2026-05-01"), ("rejected", "2026-05-01"), ("closed", "2026-05-01")),
        _c(7, "k", "challenge", "remove", "escalated",
           ("submitted", "2026-06-01"), ("in_review", "2026-06-01"), ("escalated", "2026-07-01")),
        _c(8, "l", "escalation", "amend", "no_answer",
           ("escalated", "2026-07-01"), ("no_answer", "2026-09-01")),
        _c(9, "m", "escalation", "remove", "redirected",
           ("escalated", "2026-04-01"), ("redirected", "2026-04-15")),
        _c(10, "o", "challenge", "remove", "submitted"),  # filed, no events
        _c(11, "p", "challenge", "remove", "closed",
           ("submitted", "2026-01-20"), ("in_review", "2026-01-20"), ("rejected", "2026-02-01"),
           ("closed", "2026-02-01")),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        # a: sent on, then removed by its owner: removed (once). b: kept. c: deferred only:
        # reviewed, no outcome. d: removed; a later deferral does not undo it. e: trial made
        # permanent. f: reverted, g: rejected, i: sent on and refused the same day: kept.
        # j: defended, then removed at a second meeting that day. k, l, m: sent on.
        # p: challenged and refused, later removed at a review. h: only in review.
        # Challenged: cases 2, 3, 4, 5, 7, 10 and 11. Waiting: k and l.
        (None, {"challenged": 7, "reviewed": 13, "removed_or_simplified": 5, "kept": 4,
                "sent_on": 3, "waiting": 2}),
        # from 2026-05-01: c, d deferred; e, j, p removed; f, i kept; k, l sent on
        (dt.date(2026, 5, 1), {"challenged": 4, "reviewed": 9, "removed_or_simplified": 3,
                               "kept": 2, "sent_on": 2, "waiting": 2}),
        (dt.date(2027, 1, 1), {"challenged": 1, "reviewed": 0, "removed_or_simplified": 0,
                               "kept": 0, "sent_on": 0, "waiting": 2}),
    ],
)  # fmt: skip
def test_funnel_counts_each_rule_once_by_its_latest_outcome(
    since: dt.date | None, expected: dict[str, int]
) -> None:
    assert burden.funnel(_funnel_reviews(), _funnel_cases(), since) == expected
    found = _build([], reviews=_funnel_reviews(), cases=_funnel_cases(), since=since)
    assert found.funnel == expected


def test_a_granted_amendment_counts_as_simplified_and_a_running_trial_as_nothing_yet() -> None:
    cases = [
        _c(1, "a", "challenge", "amend", "closed", ("granted", "2026-03-01")),
        _c(2, "b", "challenge", "trial", "trial_running",
           ("granted", "2026-03-01"), ("trial_running", "2026-03-01")),
    ]  # fmt: skip
    found = burden.funnel([], cases, None)
    assert (found["reviewed"], found["removed_or_simplified"]) == (1, 1)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('Sag "ny"', "Sag 'ny'"),
        ("med `kode`", "med 'kode'"),
        ("to\n  linjer\tog  mellemrum ", "to linjer og mellemrum"),
        ("", ""),
    ],
)
def test_mermaid_label(text: str, label: str) -> None:
    from regelsyn.render import mermaid_label

    assert mermaid_label(text) == label
