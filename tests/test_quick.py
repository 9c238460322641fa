"""The pydantic-free reading of a changed rule (``store/quick.py``) never vouches for a record
the model refuses, and gives the same facts as the model for the records it accepts."""

from __future__ import annotations

import datetime as dt
import math
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from regelsyn.model import Rule
from regelsyn.store import fastload, quick
from regelsyn.store.packing import pack_rule, to_row
from regelsyn.store.reading import quick_rule, rule_facts
from regelsyn.vocab import EVENTS, KINDS, MAX_MINUTES, STATUSES
from tests.helpers import example_registry

FIELDS = [name for name in Rule.model_fields]

ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.sampled_from(["", " ", "\ud800", "2026-01-01", "12", "active", "rule", "arbejdsplads"]),
    st.dates(),
    st.datetimes(),
    st.binary(max_size=4),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _valid() -> st.SearchStrategy[dict[str, Any]]:
    text = st.text(min_size=1, max_size=12)
    maybe_text = st.none() | st.text(max_size=12)
    amount = st.none() | st.integers(0, MAX_MINUTES) | st.floats(0, MAX_MINUTES, allow_nan=False)
    burden = st.fixed_dictionaries(
        {},
        optional={"minutes": amount, "per_year": amount, "people": st.none() | st.integers(0, 999)},
    )
    use = st.fixed_dictionaries(
        {},
        optional={
            "text": maybe_text,
            "minutes": amount,
            "per_year": amount,
            "people": st.none() | st.integers(0, 999),
        },
    )
    entry = st.fixed_dictionaries(
        {"date": st.dates(), "event": st.sampled_from(EVENTS)},
        optional={name: maybe_text for name in ("verdict", "ref", "case", "by", "note", "blob")},
    )
    slug = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
    return st.fixed_dictionaries(
        {
            "id": slug,
            "title": text,
            "kind": st.sampled_from(KINDS),
            "text": text,
            "owner": st.fixed_dictionaries({"level": slug}, optional={"body": maybe_text}),
        },
        optional={
            "legal_basis": maybe_text,
            "purpose": maybe_text,
            "effect": maybe_text,
            "legal_certainty": st.none() | st.sampled_from(["", "  ", "Retssikkerhed."]),
            "adopted": st.none() | st.dates(),
            "next_review": st.none() | st.dates(),
            "applies_to": st.lists(text, max_size=2),
            "tags": st.lists(text, max_size=3),
            "burden": st.none() | burden,
            "use": maybe_text | use,
            "status": st.sampled_from(STATUSES),
            "history": st.lists(entry, max_size=3),
        },
    )


PATHS: list[tuple[str | int, ...]] = [
    *((name,) for name in FIELDS),
    ("hours_per_year",),
    ("extra",),
    *(("owner", name) for name in ("level", "body", "x")),
    *(("burden", name) for name in ("minutes", "per_year", "people", "hours")),
    *(("use", name) for name in ("text", "minutes", "per_year", "people", "x")),
    *(("history", 0, name) for name in ("date", "event", "note", "blob", "x")),
    ("tags", 0),
    ("applies_to", 0),
]


@st.composite
def records(draw: st.DrawFn) -> Any:
    """Mostly valid rule records, with one or two values changed to something odd."""
    data = draw(_valid())
    for _ in range(draw(st.integers(0, 2))):
        path = draw(st.sampled_from(PATHS))
        _put(data, path, draw(ODD))
    if draw(st.integers(0, 4)) == 0:
        data.pop(draw(st.sampled_from(FIELDS)), None)
    return data


def _put(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    """Set ``value`` at ``path``, making the containers on the way where they are missing."""
    if len(path) == 1:
        data[str(path[0])] = value
        return
    head = str(path[0])
    if head == "history":
        items = data.get(head)
        if not (isinstance(items, list) and items and isinstance(items[0], dict)):
            data[head] = [{"date": dt.date(2026, 1, 1), "event": "created"}]
        data[head][0][str(path[2])] = value
    elif head in ("tags", "applies_to"):
        data[head] = [value]
    else:
        if not isinstance(data.get(head), dict):
            data[head] = {"level": "a"} if head == "owner" else {}
        data[head][str(path[1])] = value


def _model_facts(data: Any) -> Any:
    try:
        return rule_facts(Rule.model_validate(data))
    except ValidationError:
        return None


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_what_quick_accepts_the_model_accepts_with_the_same_facts(data: Any) -> None:
    facts = quick.rule_facts(data)
    if facts is not None:
        assert _model_facts(data) == facts


@settings(max_examples=300, deadline=None)
@given(_valid())
def test_a_plainly_valid_record_needs_no_model(data: Any) -> None:
    facts = quick.rule_facts(data)
    assert facts is not None
    assert facts == _model_facts(data)


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("title", ""),
        ("kind", "regel"),
        ("next_review", "2026-01-01"),
        ("tags", ["ok", ""]),
        ("hours_per_year", 3.0),
        ("burden", {"minutes": -1}),
        ("burden", {"minutes": math.nan}),
        ("burden", {"people": 2.0}),
        ("burden", {"minutes": "5"}),
        ("burden", {"minutes": 1e300}),
        ("burden", {"per_year": 525_601}),
        ("burden", {"people": 1_000_001}),
        ("burden", {"minutes": math.inf}),
        ("adopted", dt.datetime(2026, 1, 1)),
        ("owner", {"level": "Arbejdsplads"}),
        ("id", "Ab"),
        ("id", " x"),
        ("history", [{"date": dt.date(2026, 1, 1)}]),
        ("title", "\ud800"),
        ("use", 3),
        ("use", {"text": 3}),
        ("use", {"minutes": "5"}),
        ("use", {"people": 1.5}),
        ("use", {"who": "x"}),
    ],
)
def test_anything_unusual_goes_to_the_model(change: str, value: Any) -> None:
    data = {"id": "x", "title": "T", "kind": "rule", "text": "T", "owner": {"level": "a"}}
    assert quick.rule_facts(data) is not None
    assert quick.rule_facts({**data, change: value}) is None


def test_every_example_rule_reads_the_same_both_ways() -> None:
    rules = sorted((example_registry() / "rules").glob("*.yaml"))
    assert len(rules) >= 18
    for path in rules:
        data, node = fastload.load(path.read_text(encoding="utf-8"))
        entry = quick_rule(path, f"rules/{path.name}")
        assert entry is not None, path.name
        where = partial(fastload.position, node)
        facts = rule_facts(Rule.model_validate(data), where)
        assert entry.facts == pack_rule(facts), path.name
        assert entry.fragment is None


def test_an_unreadable_file_goes_to_the_model(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("id: [broken\n", encoding="utf-8")
    assert quick_rule(path, "rules/x.yaml") is None
    path.write_bytes(b"\xff\xfe\x00")
    assert quick_rule(path, "rules/x.yaml") is None
    assert quick_rule(tmp_path / "missing.yaml", "rules/missing.yaml") is None


SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@settings(max_examples=200, deadline=None, suppress_health_check=SLOW_OK)
@given(records())
def test_a_written_record_reads_alike_both_ways(tmp_path: Path, data: Any) -> None:
    """The same through YAML text: dumped, then read by check's quick path and by the model."""
    import io

    from ruamel.yaml import YAML

    from regelsyn.store.reading import read

    buffer = io.StringIO()
    try:
        YAML(typ="safe", pure=True).dump(data, buffer)
    except Exception:  # values YAML cannot hold (lone surrogates) make no file
        return
    path = tmp_path / "rules" / "x.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    entry = quick_rule(path, "rules/x.yaml")
    if entry is None:
        return
    record, where, _ = read(path, "rules/x.yaml", Rule)
    assert record is not None
    facts = rule_facts(record, where)
    assert entry.facts == (pack_rule(facts) or to_row(facts))
