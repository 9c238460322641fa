"""Table tests of ``domain/ids.py`` and ``domain/slug.py``: readable ids that never clash
(DESIGN.md §2: slugs ``[a-z0-9][a-z0-9-]{0,63}`` for rules, generated ids for the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from regelsyn.domain.ids import case_number, review_id
from regelsyn.domain.slug import slugify, unique_slug


@pytest.mark.parametrize(
    ("taken", "expected"),
    [
        (set(), "2026-11-22"),
        ({"2026-11-22"}, "2026-11-22-2"),
        ({"2026-11-22", "2026-11-22-2"}, "2026-11-22-3"),
        ({"2026-11-22", "2026-11-22-3"}, "2026-11-22-2"),
        ({"2026-11-21"}, "2026-11-22"),
    ],
)
def test_review_id(taken: set[str], expected: str) -> None:
    assert review_id(dt.date(2026, 11, 22), taken.__contains__) == expected


@pytest.mark.parametrize(
    ("existing", "number"),
    [
        ([], 1),
        (["U-2026-0007-vejning-abcd"], 8),
        (["U-2026-0007-a-abcd", "E-2026-0008-b-abcd"], 9),  # challenges and escalations share
        (["E-2026-0008-b-abcd", "U-2026-0007-a-abcd"], 9),
        (["U-2025-0030-a-abcd", "U-2027-0040-a-abcd"], 1),  # other years
        (["u-2026-0030-a-abcd", "U-2026-0040", "notes.txt", "XU-2026-0050-a-abcd"], 1),
        (["UU-2026-0030-a-abcd", "U-26-0030-a-abcd", "U-2026-030-a-abcd"], 1),
        (["X-2026-0012-a-abcd"], 13),
    ],
)
def test_case_number(existing: list[str], number: int) -> None:
    assert case_number(2026, existing) == number


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Daglig rengøringslog", "daglig-rengoeringslog"),
        ("Æble, Øl & Åkande", "aeble-oel-aakande"),
        ("ÆØÅ æøå", "aeoeaa-aeoeaa"),
        ("Café für Müller", "cafe-fur-muller"),
        ("  --Hej!!  ", "hej"),
        ("Skema 2 (ny)", "skema-2-ny"),
        ("", "regel"),
        ("!!!", "regel"),
        ("a" * 64, "a" * 64),
        ("a" * 65, "a" * 64),
        # cut at the last dash in the second half of the 64 characters
        ("a" * 30 + " " + "b" * 30 + " " + "c" * 30, "a" * 30 + "-" + "b" * 30),
        ("a" * 63 + " b", "a" * 63),
        # no dash in the second half: cut at 64
        ("a" * 20 + " " + "b" * 70, "a" * 20 + "-" + "b" * 43),
        ("a" * 31 + " " + "b" * 70, "a" * 31 + "-" + "b" * 32),
        ("a" * 32 + " " + "b" * 70, "a" * 32),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_slugify_fallback() -> None:
    assert slugify("???", fallback="sag") == "sag"
    assert slugify("Ja", fallback="sag") == "ja"


@pytest.mark.parametrize(
    ("title", "taken", "slug"),
    [
        ("Vejning", set(), "vejning"),
        ("Vejning", {"vejning"}, "vejning-2"),
        ("Vejning", {"vejning", "vejning-2"}, "vejning-3"),
        ("Vejning", {"vejning", "vejning-3"}, "vejning-2"),
        ("a" * 64, {"a" * 64}, "a" * 62 + "-2"),
        ("a" * 61 + " bb", {"a" * 61 + "-bb"}, "a" * 61 + "-2"),
        ("", {"regel"}, "regel-2"),
    ],
)
def test_unique_slug(title: str, taken: set[str], slug: str) -> None:
    assert unique_slug(title, taken.__contains__) == slug


def test_unique_slug_counts_past_nine_within_the_length() -> None:
    taken = {"a" * 64} | {"a" * 62 + f"-{n}" for n in range(2, 10)}
    assert unique_slug("a" * 64, taken.__contains__) == "a" * 61 + "-10"
