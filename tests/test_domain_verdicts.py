"""Table tests of ``domain/verdicts.py``: who may decide what, and what a decision does.

Every expectation is written out by hand from DESIGN.md §3 (triage, defend, remove, amend,
escalate, who decides, burden), never taken from the tables in the module under test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from regelsyn.domain import verdicts
from regelsyn.model.finding import Issue
from tests.records import CASE_ID, case, config, decision, rule, trial

OWN = config()
EFFECT = config(defend_requires="effect")


def _error(code: str, *loc: str, **params: Any) -> Issue:
    return Issue("error", code, loc, params)


# -- triage and the verdicts each pile allows -------------------------------------------------
@pytest.mark.parametrize(
    ("level", "floor", "group", "allowed"),
    [
        ("arbejdsplads", None, "own", ("defend", "amend", "merge", "remove", "defer")),
        ("arbejdsplads", "", "own", ("defend", "amend", "merge", "remove", "defer")),
        (
            "arbejdsplads",
            "Loven kræver én måling.",
            "floor",
            ("defend", "amend", "reduce_to_floor", "merge", "remove", "defer"),
        ),
        ("forvaltning", None, "send_on", ("defend", "escalate", "defer")),
        ("forvaltning", "Loven kræver én måling.", "send_on", ("defend", "escalate", "defer")),
        ("kommunalbestyrelse", None, "send_on", ("defend", "escalate", "defer")),
        ("ukendt-niveau", None, "send_on", ("defend", "escalate", "defer")),
        ("eu", None, "not_dispensable", ("defend", "defer")),
        ("eu", "Forordningen kræver det.", "not_dispensable", ("defend", "defer")),
    ],
)
def test_triage_and_allowed_verdicts(
    level: str, floor: str | None, group: str, allowed: tuple[str, ...]
) -> None:
    subject = rule(level=level, floor=floor)
    assert verdicts.triage(OWN, subject) == group
    assert verdicts.allowed_verdicts(OWN, subject) == allowed


def test_a_local_level_that_grants_no_exemption_is_not_dispensable() -> None:
    strict = config(levels=[{"id": "arbejdsplads", "name": "T", "dispensable": False}])
    assert verdicts.triage(strict, rule()) == "not_dispensable"


# -- the premises a meeting stated ------------------------------------------------------------
FILED = {"purpose": "Formål på fil.", "effect": "Effekt på fil.", "legal_certainty": None}


@pytest.mark.parametrize(
    ("on_file", "meeting", "expected"),
    [
        ({}, {}, {}),
        # a premise on file that the meeting did not confirm counts for nothing
        (FILED, {}, {}),
        ({}, {"premises": {"purpose": "Sagt på mødet."}}, {"purpose": "Sagt på mødet."}),
        ({}, {"premises": {"purpose": "  Sagt.  "}}, {"purpose": "  Sagt.  "}),
        ({}, {"premises": {"purpose": "   ", "effect": ""}}, {}),
        (
            {},
            {"premises": {"purpose": "P", "effect": "E", "legal_certainty": "L"}},
            {"purpose": "P", "effect": "E", "legal_certainty": "L"},
        ),
        (FILED, {"confirmed": ["effect"]}, {"effect": "Effekt på fil."}),
        (
            FILED,
            {"confirmed": ["purpose", "effect"]},
            {"purpose": "Formål på fil.", "effect": "Effekt på fil."},
        ),
        # confirming a premise that is not on file (or blank) confirms nothing
        (FILED, {"confirmed": ["legal_certainty"]}, {}),
        ({"purpose": "   "}, {"confirmed": ["purpose"]}, {}),
        # what the meeting states wins over what it confirms
        (FILED, {"premises": {"purpose": "Nyt."}, "confirmed": ["purpose"]}, {"purpose": "Nyt."}),
        # marked not documented: it does not count, whatever the record or the meeting said
        (FILED, {"confirmed": ["purpose"], "not_documented": ["purpose"]}, {}),
        ({}, {"premises": {"effect": "E"}, "not_documented": ["effect"]}, {}),
        (
            FILED,
            {
                "premises": {"legal_certainty": "L"},
                "confirmed": ["effect"],
                "not_documented": ["purpose"],
            },
            {"legal_certainty": "L", "effect": "Effekt på fil."},
        ),
        ({}, {"not_documented": ["purpose", "effect", "legal_certainty"]}, {}),
    ],
)
def test_stated_premises(
    on_file: dict[str, str | None], meeting: dict[str, Any], expected: dict[str, str]
) -> None:
    found = verdicts.stated_premises(rule(**on_file), decision(verdict="defend", **meeting))
    assert found == expected


# -- the default offered, and why a defence fails ---------------------------------------------
@pytest.mark.parametrize(
    ("policy", "level", "floor", "stated", "expected"),
    [
        (OWN, "arbejdsplads", None, {"purpose": "P"}, ("defend", None)),
        (OWN, "arbejdsplads", None, {}, ("remove", None)),
        (OWN, "arbejdsplads", "Gulvet.", {}, ("remove", None)),
        (OWN, "forvaltning", None, {}, ("escalate", "remove")),
        (OWN, "forvaltning", None, {"legal_certainty": "L"}, ("defend", None)),
        (OWN, "eu", None, {}, ("defer", None)),
        (OWN, "eu", None, {"purpose": "P"}, ("defend", None)),
        (EFFECT, "arbejdsplads", None, {"purpose": "P"}, ("remove", None)),
        (EFFECT, "forvaltning", None, {"purpose": "P"}, ("escalate", "remove")),
        (EFFECT, "eu", None, {"purpose": "P"}, ("defer", None)),
        (EFFECT, "arbejdsplads", None, {"effect": "E"}, ("defend", None)),
    ],
)
def test_suggested_verdict(
    policy: Any, level: str, floor: str | None, stated: dict[str, str], expected: Any
) -> None:
    assert verdicts.suggested_verdict(policy, rule(level=level, floor=floor), stated) == expected


@pytest.mark.parametrize(
    ("policy", "stated", "expected"),
    [
        (OWN, {}, [_error("d_defend_no_premise", "premises")]),
        (OWN, {"purpose": "P"}, []),
        (OWN, {"legal_certainty": "L"}, []),
        (EFFECT, {}, [_error("d_defend_no_premise", "premises")]),
        (
            EFFECT,
            {"purpose": "P", "legal_certainty": "L"},
            [_error("d_defend_no_effect", "premises")],
        ),
        (EFFECT, {"effect": "E"}, []),
    ],
)
def test_defence_issues(policy: Any, stated: dict[str, str], expected: list[Issue]) -> None:
    assert verdicts.defence_issues(policy, stated) == expected


# -- why a decision cannot be recorded --------------------------------------------------------
IDS = {"vejning", "maaling", "log"}
STATED = {"premises": {"purpose": "Sagt på mødet."}}
TERMS = trial()


@pytest.mark.parametrize(
    ("level", "floor", "policy", "fields", "expected"),
    [
        # authority: only what the workplace owns is removed, amended, reduced or merged by it
        ("eu", None, OWN, {"verdict": "remove"},
         [_error("d_not_dispensable", "verdict", verdict="remove", level="EU-retten")]),
        ("eu", None, OWN, {"verdict": "escalate", "stance": "disagreement"},
         [_error("d_not_dispensable", "verdict", verdict="escalate", level="EU-retten")]),
        ("forvaltning", None, OWN, {"verdict": "remove"},
         [_error("d_not_own", "verdict", verdict="remove", level="Forvaltningen")]),
        ("forvaltning", None, OWN, {"verdict": "amend"},
         [_error("d_not_own", "verdict", verdict="amend", level="Forvaltningen")]),
        ("ukendt", None, OWN, {"verdict": "merge", "into": "log"},
         [_error("d_not_own", "verdict", verdict="merge", level="ukendt")]),
        ("arbejdsplads", None, OWN, {"verdict": "reduce_to_floor"},
         [_error("d_no_floor", "verdict", verdict="reduce_to_floor", level="Testcentret")]),
        ("arbejdsplads", None, OWN, {"verdict": "escalate", "recommend": "remove"},
         [_error("d_is_own", "verdict", verdict="escalate", level="Testcentret")]),
        ("arbejdsplads", "Gulv.", OWN, {"verdict": "escalate"},
         [_error("d_is_own", "verdict", verdict="escalate", level="Testcentret")]),
        # defend: only on a premise documented at the meeting
        ("arbejdsplads", None, OWN, {"verdict": "defend"},
         [_error("d_defend_no_premise", "premises")]),
        ("arbejdsplads", None, OWN, {"verdict": "defend", **STATED}, []),
        ("arbejdsplads", None, OWN, {"verdict": "defend", "confirmed": ["purpose"]}, []),
        ("arbejdsplads", None, OWN,
         {"verdict": "defend", "confirmed": ["purpose"], "not_documented": ["purpose"]},
         [_error("d_defend_no_premise", "premises")]),
        ("eu", None, OWN, {"verdict": "defend", **STATED}, []),
        ("arbejdsplads", None, EFFECT, {"verdict": "defend", **STATED},
         [_error("d_defend_no_effect", "premises")]),
        ("arbejdsplads", None, EFFECT, {"verdict": "defend", "premises": {"effect": "E"}}, []),
        # what each verdict needs
        ("arbejdsplads", None, OWN, {"verdict": "remove"}, []),
        ("arbejdsplads", None, OWN, {"verdict": "amend"},
         [_error("d_needs_text", "text", verdict="amend")]),
        ("arbejdsplads", None, OWN, {"verdict": "amend", "text": "  "},
         [_error("d_needs_text", "text", verdict="amend")]),
        ("arbejdsplads", None, OWN, {"verdict": "amend", "text": "Kortere."}, []),
        ("arbejdsplads", "Gulv.", OWN, {"verdict": "reduce_to_floor"}, []),
        ("arbejdsplads", None, OWN, {"verdict": "defer"},
         [_error("d_needs_reason", "reason", verdict="defer")]),
        ("arbejdsplads", None, OWN, {"verdict": "defer", "reason": ""},
         [_error("d_needs_reason", "reason", verdict="defer")]),
        ("arbejdsplads", None, OWN, {"verdict": "defer", "reason": "Mangler tal."}, []),
        ("eu", None, OWN, {"verdict": "defer", "reason": "Mangler tal."}, []),
        ("arbejdsplads", None, OWN, {"verdict": "merge"},
         [_error("d_needs_into", "into", verdict="merge")]),
        ("arbejdsplads", None, OWN, {"verdict": "merge", "into": "vejning"},
         [_error("d_merge_self", "into")]),
        ("arbejdsplads", None, OWN, {"verdict": "merge", "into": "andet"},
         [_error("d_unknown_rule", "into", id="andet")]),
        ("arbejdsplads", None, OWN, {"verdict": "merge", "into": "log"}, []),
        ("forvaltning", None, OWN, {"verdict": "escalate"},
         [_error("d_needs_recommend", "recommend", verdict="escalate"),
          _error("d_needs_proposal", "proposal")]),
        ("forvaltning", None, OWN, {"verdict": "escalate", "recommend": "remove", "proposal": " "},
         [_error("d_needs_proposal", "proposal")]),
        ("forvaltning", None, OWN, {"verdict": "escalate", "recommend": "remove", "proposal": "P"},
         []),
        ("forvaltning", None, OWN, {"verdict": "escalate", "recommend": "amend", "proposal": "P"},
         []),
        ("forvaltning", None, OWN, {"verdict": "escalate", "recommend": "trial", "proposal": "P"},
         [_error("d_needs_trial", "trial")]),
        ("forvaltning", None, OWN,
         {"verdict": "escalate", "recommend": "trial", "proposal": "P", "trial": TERMS}, []),
        # a disagreement is recorded with its minority note
        ("arbejdsplads", None, OWN, {"verdict": "remove", "stance": "disagreement"},
         [_error("d_needs_minority", "minority")]),
        ("arbejdsplads", None, OWN,
         {"verdict": "remove", "stance": "disagreement", "minority": "  "},
         [_error("d_needs_minority", "minority")]),
        ("arbejdsplads", None, OWN,
         {"verdict": "remove", "stance": "disagreement", "minority": "TR er imod."}, []),
        ("arbejdsplads", None, OWN, {"verdict": "remove", "minority": "TR er imod."}, []),
        # several at once, in the order of the form
        ("arbejdsplads", None, OWN, {"verdict": "defend", "stance": "disagreement"},
         [_error("d_defend_no_premise", "premises"), _error("d_needs_minority", "minority")]),
        ("arbejdsplads", None, OWN, {"verdict": "merge", "into": "x", "stance": "disagreement"},
         [_error("d_unknown_rule", "into", id="x"), _error("d_needs_minority", "minority")]),
    ],
)  # fmt: skip
def test_decision_issues(
    level: str, floor: str | None, policy: Any, fields: dict[str, Any], expected: list[Issue]
) -> None:
    subject = rule(level=level, floor=floor, purpose="Formål på fil.")  # confirmed, or not
    found = verdicts.decision_issues(policy, subject, decision(**fields), IDS)
    assert found == expected


def test_a_decision_on_an_unknown_rule() -> None:
    found = verdicts.decision_issues(OWN, None, decision("borte", "defend"), IDS)
    assert found == [_error("d_unknown_rule", "rule", id="borte")]


# -- what is wrong between a meeting's decisions ----------------------------------------------
def _d(rule_id: str, verdict: str, into: str | None = None) -> Any:
    fields = {"into": into} if into else {}
    return decision(rule_id, verdict, **fields)


@pytest.mark.parametrize(
    ("decisions", "statuses", "expected"),
    [
        ([], {}, []),
        ([_d("a", "remove"), _d("b", "remove")], {}, []),
        ([_d("a", "remove"), _d("a", "defend")], {}, [(1, _error("d_duplicate", "rule", id="a"))]),
        (
            [_d("a", "defer"), _d("b", "defer"), _d("a", "defer"), _d("a", "remove")],
            {},
            [(n, _error("d_duplicate", "rule", id="a")) for n in (2, 3)],
        ),
        # merged into a rule removed before, or at this very meeting (before or after it)
        ([_d("a", "merge", "b")], {"b": "removed"}, [
            (0, _error("d_merge_into_removed", "into", id="b"))]),
        ([_d("a", "merge", "b")], {"b": "active"}, []),
        ([_d("a", "merge", "b")], {"b": "escalated"}, []),
        ([_d("a", "merge", "b")], {}, []),
        ([_d("a", "merge", "b"), _d("b", "remove")], {"b": "active"}, [
            (0, _error("d_merge_into_removed", "into", id="b"))]),
        ([_d("b", "merge", "c"), _d("a", "merge", "b")], {}, [
            (1, _error("d_merge_into_removed", "into", id="b"))]),
        ([_d("a", "merge", "b"), _d("b", "defend")], {}, []),
        # only a merge is checked; a merge into itself is decision_issues' business
        ([_d("a", "remove", "b")], {"b": "removed"}, []),
        ([_d("a", "merge", "a")], {"a": "removed"}, []),
        ([_d("a", "merge")], {}, []),
        # both at once
        ([_d("a", "merge", "b"), _d("a", "merge", "b")], {"b": "removed"}, [
            (0, _error("d_merge_into_removed", "into", id="b")),
            (1, _error("d_duplicate", "rule", id="a")),
            (1, _error("d_merge_into_removed", "into", id="b")),
        ]),
    ],
)  # fmt: skip
def test_meeting_issues(decisions: list[Any], statuses: dict[str, str], expected: Any) -> None:
    assert verdicts.meeting_issues(decisions, statuses) == expected


# -- what a decision sets on its rule ---------------------------------------------------------
DAY = dt.date(2026, 8, 31)
NEXT = dt.date(2028, 2, 29)  # 18 months on; February's last day in a leap year
SLOW = config(interval_months=18)
BURDEN = (6.0, 10.0, 5)  # 6 minutes, 10 times a year, 5 people: 5 hours a year
# a removed rule keeps no suspension dates
GONE = {("status",): "removed", ("next_review",): None, ("suspended_from",): None,
        ("suspended_until",): None}  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"verdict": "defend", "confirmed": ["purpose"]},
         {("status",): "defended", ("next_review",): NEXT}),
        ({"verdict": "defend", "premises": {"purpose": "P", "effect": " ", "legal_certainty": "L"}},
         {("purpose",): "P", ("legal_certainty",): "L", ("status",): "defended",
          ("next_review",): NEXT}),
        ({"verdict": "amend", "text": "Kortere."},
         {("status",): "amended", ("next_review",): NEXT, ("text",): "Kortere."}),
        ({"verdict": "amend", "text": "Kortere.", "hours_after": 2.0},
         {("status",): "amended", ("next_review",): NEXT, ("text",): "Kortere.",
          ("burden", "minutes"): 2.4}),
        ({"verdict": "amend", "text": "Intet arbejde.", "hours_after": 0.0},
         {("status",): "amended", ("next_review",): NEXT, ("text",): "Intet arbejde.",
          ("burden", "minutes"): 0.0}),
        ({"verdict": "reduce_to_floor"},
         {("status",): "amended", ("next_review",): NEXT, ("text",): "Én måling om dagen."}),
        ({"verdict": "reduce_to_floor", "text": "Én måling, kvitteret.", "hours_after": 1.0},
         {("status",): "amended", ("next_review",): NEXT, ("text",): "Én måling, kvitteret.",
          ("burden", "minutes"): 1.2}),
        ({"verdict": "remove"}, GONE),
        ({"verdict": "remove", "hours_after": 1.0}, GONE),
        ({"verdict": "merge", "into": "log"}, GONE),
        ({"verdict": "escalate", "recommend": "remove", "proposal": "P"},
         {("status",): "escalated"}),
        ({"verdict": "defer", "reason": "Mangler tal."}, {}),
        ({"verdict": "defer", "reason": "R", "premises": {"effect": "E"}}, {("effect",): "E"}),
    ],
)  # fmt: skip
def test_rule_changes(fields: dict[str, Any], expected: dict[tuple[str, ...], Any]) -> None:
    subject = rule(burden=BURDEN, floor="Én måling om dagen.", next_review=dt.date(2026, 1, 1))
    assert verdicts.rule_changes(SLOW, subject, decision(**fields), DAY) == expected


# -- burden and hours freed -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("burden", "hours", "expected"),
    [
        (None, 3.0, {}),
        ((6.0, None, 5), 3.0, {}),
        ((6.0, 10.0, None), 3.0, {}),
        ((6.0, 10.0, 0), 3.0, {}),  # nobody does it: no minutes can say it
        ((6.0, 0.0, 5), 3.0, {}),
        ((None, 10.0, 5), 3.0, {("burden", "minutes"): 3.6}),  # 10 × 5 = 50 times: 180 / 50
        ((6.0, 10.0, 5), 10.0, {("burden", "minutes"): 12.0}),
        ((6.0, 10.0, 5), 0.0, {("burden", "minutes"): 0.0}),
        ((6.0, 1.0, 1), 2.0, {("burden", "minutes"): 120.0}),  # once a year, one person
        ((6.0, 0.5, 1), 1.0, {("burden", "minutes"): 120.0}),  # every other year
        ((6.0, 7.0, 1), 1.0, {("burden", "minutes"): 8.5714}),  # 60 / 7, to 4 places
    ],
)
def test_burden_for(
    burden: tuple[float | None, float | None, int | None] | None,
    hours: float,
    expected: dict[tuple[str, ...], float],
) -> None:
    assert verdicts.burden_for(rule(burden=burden), hours) == expected


@pytest.mark.parametrize(
    ("verdict", "before", "after", "expected"),
    [
        ("remove", None, None, 0.0),
        ("remove", 12.5, None, 12.5),
        ("remove", 12.5, 3.0, 12.5),
        ("merge", 40.0, None, 40.0),
        ("remove", 0.0, None, 0.0),
        ("amend", 100.0, 40.0, 60.0),
        ("amend", 100.0, None, 0.0),
        ("amend", 100.0, 0.0, 100.0),
        ("amend", None, 10.0, 0.0),
        ("reduce_to_floor", 100.0, 40.0, 60.0),
        ("amend", 33.33, 0.0, 33.3),  # to one decimal
        ("amend", 10.0, 10.0, 0.0),
        ("amend", 10.0, 25.0, 0.0),  # heavier afterwards frees nothing, and takes nothing back
        ("defend", 100.0, None, 0.0),
        ("defend", 100.0, 40.0, 0.0),
        ("escalate", 100.0, None, 0.0),
        ("defer", 100.0, None, 0.0),
    ],
)
def test_hours_freed(
    verdict: str, before: float | None, after: float | None, expected: float
) -> None:
    fields = {"hours_before": before, "hours_after": after}
    assert verdicts.hours_freed(decision(verdict=verdict, **fields)) == expected


# -- the route up the ladder, and what cannot be sent up --------------------------------------
@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("arbejdsplads", []),
        ("forvaltning", ["forvaltning"]),
        ("kommunalbestyrelse", ["forvaltning", "kommunalbestyrelse"]),
        ("eu", ["forvaltning", "kommunalbestyrelse", "eu"]),
        ("ukendt", ["ukendt"]),
    ],
)
def test_route(owner: str, expected: list[str]) -> None:
    assert verdicts.route(OWN, owner) == expected


def test_route_from_a_workplace_in_the_middle_of_the_ladder() -> None:
    middle = config(local_level="forvaltning")
    assert verdicts.route(middle, "forvaltning") == []
    assert verdicts.route(middle, "eu") == ["kommunalbestyrelse", "eu"]
    assert verdicts.route(middle, "arbejdsplads") == ["arbejdsplads"]  # below: straight to it


def test_route_when_the_workplace_is_not_on_the_ladder() -> None:
    assert verdicts.route(config(local_level="andet"), "kommunalbestyrelse") == [
        "kommunalbestyrelse"
    ]


@pytest.mark.parametrize(
    ("level", "escalation", "trial_terms"),
    [
        ("eu",
         [_error("escalate_not_dispensable", "rule", level="EU-retten")],
         [_error("trial_not_dispensable", "rule", level="EU-retten")]),
        ("arbejdsplads", [_error("escalate_own", "rule", id="vejning")], []),
        ("forvaltning", [], []),
        ("kommunalbestyrelse", [], []),
        ("ukendt", [], []),
    ],
)  # fmt: skip
def test_escalation_and_trial_issues(
    level: str, escalation: list[Issue], trial_terms: list[Issue]
) -> None:
    subject = rule(level=level)
    assert verdicts.escalation_issues(OWN, subject) == escalation
    assert verdicts.trial_issues(OWN, subject) == trial_terms


# -- a workplace grants only what it owns -----------------------------------------------------
NOT_OWN = [_error("decide_not_own", "status", level="Forvaltningen", id=CASE_ID)]


@pytest.mark.parametrize(
    ("level", "status", "outcome", "expected"),
    [
        ("forvaltning", "in_review", "granted", NOT_OWN),
        ("forvaltning", "submitted", "partly", NOT_OWN),
        ("forvaltning", "in_review", "rejected", []),
        ("forvaltning", "in_review", "escalated", []),
        ("forvaltning", "in_review", "withdrawn", []),
        ("forvaltning", "escalated", "granted", []),  # the owner's reply
        ("forvaltning", "escalated", "partly", []),
        ("arbejdsplads", "in_review", "granted", []),
        ("arbejdsplads", "in_review", "partly", []),
        ("ukendt", "in_review", "granted",
         [_error("decide_not_own", "status", level="ukendt", id=CASE_ID)]),
    ],
)  # fmt: skip
def test_grant_issues(level: str, status: str, outcome: str, expected: list[Issue]) -> None:
    found = verdicts.grant_issues(OWN, rule(level=level), case(status), outcome)
    assert found == expected
