"""Table tests of ``domain/checks.py`` (what ``regelsyn check`` finds, as issue codes) and of
the pure helpers of ``model/facts.py`` that feed it (what a rule's history says)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from regelsyn.domain import checks
from regelsyn.model.facts import (
    CaseFacts,
    ConfigFacts,
    RuleFacts,
    Step,
    decided_in_review,
    history_flags,
    position,
)
from regelsyn.model.finding import Issue
from tests.records import TODAY, TOMORROW, YESTERDAY


def _config(defend_requires: str = "one") -> ConfigFacts:
    return ConfigFacts(
        workplace="Testcentret",
        language="da",
        local_level="arbejdsplads",
        levels=["arbejdsplads", "forvaltning", "eu"],
        names={"arbejdsplads": "Testcentret", "forvaltning": "Forvaltningen", "eu": "EU-retten"},
        dispensable={"arbejdsplads": True, "forvaltning": True, "eu": False},
        defend_requires=defend_requires,
    )


CLEAN_RULE = RuleFacts(
    id="vejning",
    title="Vejning",
    kind="documentation",
    owner_level="arbejdsplads",
    status="active",
    premises=["purpose"],
    next_review="2027-06-01",
    hours=10.0,
    tags=[],
    history_reviewed=True,
    status_backed=True,
    owner_unreviewed=False,
    refs=[],
)


def _warn(code: str, *loc: str, **params: Any) -> Issue:
    return Issue("warning", code, loc, params)


def _error(code: str, *loc: str, **params: Any) -> Issue:
    return Issue("error", code, loc, params)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"owner_level": "forvaltning"}, []),
        ({"owner_level": "forvaltningen"},
         [_error("unknown_level", "owner", "level", level="forvaltningen", hint="forvaltning")]),
        ({"owner_level": "zzz"}, [_error("unknown_level", "owner", "level", level="zzz", hint="")]),
        ({"status_backed": False, "status": "defended"},
         [_warn("status_unbacked", "status", status="defended")]),
        ({"owner_unreviewed": True}, [_warn("owner_changed", "owner", "level")]),
        ({"premises": []}, [_warn("no_premise", "purpose")]),
        ({"premises": [], "status": "amended"}, [_warn("no_premise", "purpose")]),
        ({"premises": [], "status": "defended"}, [_warn("defended_without_premise", "purpose")]),
        ({"status": "defended", "premises": ["effect"]}, []),
        ({"hours": None}, [_warn("burden_unknown", "burden")]),
        ({"hours": 0.0}, []),  # known to cost nothing
        ({"next_review": YESTERDAY.isoformat()},
         [_warn("review_overdue", "next_review", date="2026-11-26", days=1)]),
        ({"next_review": "2026-10-28"},
         [_warn("review_overdue", "next_review", date="2026-10-28", days=30)]),
        ({"next_review": TODAY.isoformat()}, []),
        ({"next_review": None}, []),
        ({"next_review": YESTERDAY.isoformat(), "status": "escalated"}, []),
        ({"next_review": YESTERDAY.isoformat(), "status": "suspended"}, []),
        # a removed rule: only what breaks the registry or its governance
        ({"status": "removed", "premises": [], "hours": None, "next_review": "2020-01-01"}, []),
        ({"status": "removed", "premises": [], "status_backed": False, "owner_level": "x"},
         [_error("unknown_level", "owner", "level", level="x", hint=""),
          _warn("status_unbacked", "status", status="removed")]),
        # everything at once, in the order of the record
        ({"id": "vejnin", "owner_level": "eux", "status_backed": False, "owner_unreviewed": True,
          "premises": [], "hours": None, "next_review": YESTERDAY.isoformat()},
         [_error("id_mismatch", "id", id="vejnin", stem="vejning"),
          _error("unknown_level", "owner", "level", level="eux", hint="eu"),
          _warn("status_unbacked", "status", status="active"),
          _warn("owner_changed", "owner", "level"),
          _warn("no_premise", "purpose"),
          _warn("burden_unknown", "burden"),
          _warn("review_overdue", "next_review", date="2026-11-26", days=1)]),
    ],
)  # fmt: skip
def test_rule_issues(changes: dict[str, Any], expected: list[Issue]) -> None:
    facts = dataclasses.replace(CLEAN_RULE, **changes)
    assert checks.rule_issues(_config(), facts, "vejning", TODAY) == expected


def test_rule_issues_without_today_leave_out_only_the_overdue_review() -> None:
    facts = dataclasses.replace(CLEAN_RULE, next_review="2020-01-01", hours=None)
    assert checks.rule_issues(_config(), facts, "vejning", None) == [
        _warn("burden_unknown", "burden")
    ]


@pytest.mark.parametrize(
    ("status", "premises", "expected"),
    [
        ("defended", ["purpose"], [_warn("defended_without_effect", "effect")]),
        ("defended", ["purpose", "legal_certainty"], [_warn("defended_without_effect", "effect")]),
        ("defended", ["effect"], []),
        ("defended", [], [_warn("defended_without_premise", "purpose")]),
        ("active", ["purpose"], []),
        ("amended", ["purpose"], []),
    ],
)
def test_rule_issues_when_a_defence_needs_its_effect(
    status: str, premises: list[str], expected: list[Issue]
) -> None:
    facts = dataclasses.replace(CLEAN_RULE, status=status, premises=premises)
    assert checks.rule_issues(_config("effect"), facts, "vejning", TODAY) == expected


def test_review_overdue() -> None:
    assert checks.review_overdue(dt.date(2026, 11, 20), TODAY) == _warn(
        "review_overdue", "next_review", date="2026-11-20", days=7
    )


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([], {}),
        ([("a", "rules/a.yaml"), ("b", "rules/b.yaml")], {}),
        ([("a", "rules/a.yaml"), ("a", "rules/a.yaml")], {}),  # the same file read twice
        (
            [("a", "rules/a.yaml"), ("a", "rules/kopi.yaml")],
            {"a": ["rules/a.yaml", "rules/kopi.yaml"]},
        ),
        (
            [("a", "x.yaml"), ("b", "b.yaml"), ("a", "y.yaml"), ("a", "z.yaml"), ("b", "c.yaml")],
            {"a": ["x.yaml", "y.yaml", "z.yaml"], "b": ["b.yaml", "c.yaml"]},
        ),
    ],
)
def test_duplicate_ids(pairs: list[tuple[str, str]], expected: dict[str, list[str]]) -> None:
    assert checks.duplicate_ids(pairs) == expected


CLEAN_CASE = CaseFacts(
    id="U-2026-0001-vejning-abcd",
    rule="vejning",
    anonymous=False,
    named=True,
    target_level="forvaltning",
    status="escalated",
    due=TOMORROW.isoformat(),
    trial_end=None,
)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"id": "U-2026-0002-vejning-abcd"},
         [_error("id_mismatch", "id", id="U-2026-0002-vejning-abcd",
                 stem="U-2026-0001-vejning-abcd")]),
        ({"rule": "borte"}, [_error("case_unknown_rule", "rule", id="borte")]),
        ({"anonymous": True}, [_error("case_named_anonymous", "filed_by")]),
        ({"anonymous": True, "named": False}, []),
        ({"named": False}, []),
        ({"target_level": "forvaltningen"},
         [_error("unknown_level", "target_level", level="forvaltningen", hint="forvaltning")]),
        ({"target_level": "zzz"}, [_error("unknown_level", "target_level", level="zzz", hint="")]),
        # a reply is overdue the day after its date, while the case waits for it
        ({"due": YESTERDAY.isoformat()},
         [_warn("case_reply_overdue", "due", date="2026-11-26", days=1)]),
        ({"due": "2026-11-17", "status": "no_answer"},
         [_warn("case_reply_overdue", "due", date="2026-11-17", days=10)]),
        ({"due": TODAY.isoformat()}, []),
        ({"due": None}, []),
        ({"due": YESTERDAY.isoformat(), "status": "redirected"}, []),
        ({"due": YESTERDAY.isoformat(), "status": "in_review"}, []),
        # a trial that has ended waits for its evaluation
        ({"status": "trial_running", "trial_end": YESTERDAY.isoformat()},
         [_warn("case_trial_ended", "trial", "end", date="2026-11-26")]),
        ({"status": "trial_running", "trial_end": TODAY.isoformat()}, []),
        ({"status": "trial_running", "trial_end": None}, []),
        ({"status": "evaluated", "trial_end": YESTERDAY.isoformat()}, []),
        # everything at once, in the order of the record
        ({"id": "x", "rule": "y", "anonymous": True, "target_level": "z",
          "due": YESTERDAY.isoformat()},
         [_error("id_mismatch", "id", id="x", stem="U-2026-0001-vejning-abcd"),
          _error("case_unknown_rule", "rule", id="y"),
          _error("case_named_anonymous", "filed_by"),
          _error("unknown_level", "target_level", level="z", hint=""),
          _warn("case_reply_overdue", "due", date="2026-11-26", days=1)]),
    ],
)  # fmt: skip
def test_case_issues(changes: dict[str, Any], expected: list[Issue]) -> None:
    facts = dataclasses.replace(CLEAN_CASE, **changes)
    assert checks.case_issues(facts, CLEAN_CASE.id, {"vejning"}, _config(), TODAY) == expected


# -- model/facts.py: what a rule's history says ------------------------------------------------
def _step(
    event: str, verdict: str | None = None, status: str | None = None, fields: Any = None
) -> Step:
    return (event, verdict, status, fields)


CREATED = _step("created")
DEFENDED = _step("reviewed", "defend")
DEFERRED = _step("reviewed", "defer")
OWNER_EDIT = _step("edited", fields=["owner.level"])


@pytest.mark.parametrize(
    ("steps", "status", "flags"),
    [
        # (reviewed, status backed, owner changed since last decided)
        ([], "active", (False, True, False)),
        ([], "defended", (False, False, False)),
        ([CREATED], "active", (False, True, False)),
        ([CREATED], "removed", (False, False, False)),
        ([CREATED, DEFENDED], "defended", (True, True, False)),
        ([CREATED, DEFENDED], "active", (True, False, False)),
        ([_step("reviewed", "remove")], "removed", (True, True, False)),
        ([_step("reviewed", "merge")], "removed", (True, True, False)),
        ([_step("reviewed", "reduce_to_floor")], "amended", (True, True, False)),
        ([_step("reviewed", "escalate")], "escalated", (True, True, False)),
        # a deferral decides nothing and sets no status
        ([DEFERRED], "active", (False, True, False)),
        ([DEFERRED], "defended", (False, False, False)),
        ([DEFENDED, DEFERRED], "defended", (True, True, False)),
        # an entry that names the status it set is believed
        ([_step("reviewed", "defend", "amended")], "amended", (True, True, False)),
        ([_step("decided", "granted", "suspended")], "suspended", (False, True, False)),
        ([_step("decided", "granted", "suspended")], "active", (False, False, False)),
        ([_step("challenged", None, "escalated")], "escalated", (False, True, False)),
        ([_step("escalated")], "escalated", (False, True, False)),
        ([_step("escalated")], "active", (False, False, False)),
        ([DEFENDED, _step("escalated")], "escalated", (True, True, False)),
        # an older entry that changed the status without naming it backs any status
        ([_step("decided")], "removed", (False, True, False)),
        ([_step("decided"), CREATED], "amended", (False, True, False)),
        ([_step("decided"), DEFENDED], "amended", (True, False, False)),
        # edits change no status
        ([DEFENDED, _step("edited", fields=["title"])], "defended", (True, True, False)),
        ([DEFENDED, _step("imported", fields=["status"])], "removed", (True, False, False)),
        # the owner changed since the rule was last decided
        ([DEFENDED, OWNER_EDIT], "defended", (True, True, True)),
        ([OWNER_EDIT], "active", (False, True, True)),
        ([DEFENDED, _step("imported", fields=["title", "owner.level"])], "defended",
         (True, True, True)),
        ([DEFENDED, _step("edited", fields=["owner.body"])], "defended", (True, True, False)),
        ([DEFENDED, _step("edited", fields=[])], "defended", (True, True, False)),
        ([OWNER_EDIT, DEFENDED], "defended", (True, True, False)),
        ([DEFENDED, OWNER_EDIT, DEFERRED], "defended", (True, True, True)),
        ([DEFENDED, OWNER_EDIT, _step("reviewed", "remove")], "removed", (True, True, False)),
    ],
)  # fmt: skip
def test_history_flags(steps: list[Step], status: str, flags: tuple[bool, bool, bool]) -> None:
    assert history_flags(steps, status) == flags


@pytest.mark.parametrize(
    ("event", "verdict", "decided"),
    [
        ("reviewed", "defend", True),
        ("reviewed", "escalate", True),
        ("reviewed", None, True),
        ("reviewed", "defer", False),
        ("decided", "granted", False),
        ("edited", None, False),
    ],
)
def test_decided_in_review(event: str, verdict: str | None, decided: bool) -> None:
    assert decided_in_review(event, verdict) is decided


def test_position_of_a_field() -> None:
    pos: dict[str, Any] = {"owner.level": (3, 5), "trial.end": [9, 7], "levels.2.id": (4, 1)}
    assert position(pos, ("owner", "level")) == (3, 5)
    assert position(pos, ("trial", "end")) == (9, 7)  # a list when read from the cache
    assert position(pos, ("levels", 2, "id")) == (4, 1)
    assert position(pos, ("purpose",)) == (1, 1)
    assert dataclasses.replace(CLEAN_RULE, pos=pos).at(("owner", "level")) == (3, 5)
    assert dataclasses.replace(CLEAN_CASE, pos=pos).at(("due",)) == (1, 1)
    assert CLEAN_CASE.due_date == TOMORROW
    assert dataclasses.replace(CLEAN_CASE, sent="2026-11-01").sent_date == dt.date(2026, 11, 1)
    assert CLEAN_CASE.sent_date is None


@pytest.mark.parametrize(
    ("refs", "existing", "missing"),
    [
        ([], set(), []),
        (["reviews/2026-11-22"], {"reviews/2026-11-22"}, []),
        (["reviews/2026-11-22"], set(), ["reviews/2026-11-22"]),
        (["cases/U-1", "cases/U-1"], set(), ["cases/U-1"]),  # named once
        (["regneark.csv", "cases/E-2"], {"cases/E-2"}, []),  # an import's note is no record
    ],
)
def test_missing_refs(refs: list[str], existing: set[str], missing: list[str]) -> None:
    from regelsyn.domain.checks import missing_refs

    assert missing_refs(refs, existing) == [
        Issue("warning", "ref_missing", ("history",), {"ref": ref}) for ref in missing
    ]
