"""Table tests of ``domain/search.py``: a rule found from the words people type, a case from its
short number, a review from a beginning of its date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regelsyn.domain.search import (
    EXACT,
    INSIDE,
    PREFIX,
    TAG_WEIGHT,
    TYPO,
    Findable,
    alike_ids,
    allowed_slips,
    closest,
    fold,
    match,
    matching_cases,
    matching_ids,
    search,
    slips,
    words,
)

RULES = [
    Findable("arbejdstidsregistrering", "Registrering af daglig arbejdstid", ("arbejdstid",)),
    Findable("besoeg-klokkeslaet", "Registrering af klokkeslæt for hvert besøg",
             ("dokumentation",)),
    Findable("faldregistrering-dobbelt", "Dobbelt faldregistrering i både EOJ og papirskema",
             ("fald", "dokumentation")),
    Findable("forflytningsvurdering", "Månedlig skriftlig forflytningsvurdering for hver beboer",
             ("arbejdsmiljø", "sikkerhed")),
    Findable("koeletemperatur-log", "Temperaturmåling af køleskabe to gange dagligt",
             ("hygiejne", "fødevaresikkerhed")),
    Findable("normperiode-opgoerelse", "Opgørelse af arbejdstid ved normperiodens udløb",
             ("arbejdstid", "økonomi")),
    Findable("rengoering-log", "Daglig rengøringslog for fællesarealer", ("hygiejne",)),
    Findable("trivselsmaaling", "Årlig trivselsmåling", ("arbejdsmiljø", "trivsel")),
    Findable("ugentlig-vejning", "Ugentlig vejning af alle beboere", ("ernæring", "kvalitet")),
    Findable("broken-file"),  # a file that cannot be read: known by its name alone
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Rengøring", "rengoering"),
        ("ÆØÅ æøå", "aeoeaa aeoeaa"),
        ("Café Müller", "cafe muller"),
        ("STRAßE", "strasse"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_words_split_at_anything_but_letters_and_digits() -> None:
    assert words("ugentlig-vejning, Over 500 kr!") == ["ugentlig", "vejning", "over", "500", "kr"]


@pytest.mark.parametrize(("word", "allowed"), [("abc", 0), ("abcd", 1), ("abcdefg", 1),
                                                ("abcdefgh", 2)])  # fmt: skip
def test_allowed_slips(word: str, allowed: int) -> None:
    assert allowed_slips(word) == allowed


@pytest.mark.parametrize(
    ("typed", "word", "limit", "beginning", "expected"),
    [
        ("vejning", "vejning", 1, False, 0),
        ("vejing", "vejning", 1, False, 1),  # a letter dropped
        ("vejnning", "vejning", 1, False, 1),  # a letter added
        ("vejnign", "vejning", 1, False, 1),  # two swapped
        ("vajning", "vejning", 1, False, 1),  # one changed
        ("vjenign", "vejning", 1, False, 2),  # more than the limit
        ("vejning", "vejningen", 1, False, 2),  # too much longer to be a slip
        ("vejning", "vejningen", 1, True, 0),  # but it is its beginning
        ("rengoring", "rengoeringslog", 1, True, 1),
        ("rengoring", "rengoeringslog", 1, False, 2),
        ("arbejdstid", "arbejdsmiljoe", 1, True, 2),  # compounds sharing their first half
        ("abcd", "ab", 1, True, 2),  # the word is too short for the typed word
        ("abcd", "abc", 1, True, 1),  # just long enough
        ("ab", "ba", 1, False, 1),
        ("", "ab", 2, False, 2),
    ],
)
def test_slips(typed: str, word: str, limit: int, beginning: bool, expected: int) -> None:
    assert slips(typed, word, limit, beginning=beginning) == expected


def _edits(a: str, b: str) -> int:
    """The edit distance with swaps of neighbours (optimal string alignment), in full."""
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
                             rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))  # fmt: skip
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


@given(st.text("abc", max_size=7), st.text("abc", max_size=9), st.integers(0, 2), st.booleans())
def test_slips_agrees_with_the_edit_distance(
    typed: str, word: str, limit: int, beginning: bool
) -> None:
    if beginning:
        ends = range(max(0, len(typed) - limit), min(len(word), len(typed) + limit) + 1)
        expected = min((_edits(typed, word[:end]) for end in ends), default=limit + 1)
    else:
        expected = _edits(typed, word)
    assert slips(typed, word, limit, beginning=beginning) == min(expected, limit + 1)


@pytest.mark.parametrize(
    ("typed", "word", "quality"),
    [
        ("log", "log", EXACT),
        ("rengoering", "rengoeringslog", PREFIX),
        ("r", "rengoeringslog", 0.0),  # one letter is no beginning
        ("re", "rengoeringslog", PREFIX),
        ("log", "rengoeringslog", INSIDE),
        ("lo", "rengoeringslog", 0.0),  # two letters inside a word say nothing
        ("ugntlig", "ugentlig", TYPO),
        ("rengoring", "rengoeringslog", TYPO),
        ("xyz", "xyzw", PREFIX),
        ("xyq", "xyz", 0.0),  # three letters allow no slip
        ("arbejdstid", "arbejdsmiljoe", 0.0),
        ("faldregistrering", "faldregistrerign", TYPO),
        ("vajning", "vejning", TYPO),  # a letter the word lacks: one slip
        ("vajnixg", "vejning", 0.0),  # two
        ("xrbejdstix", "arbejdstid", TYPO),  # two slips in a long word
        ("xrbejdstix", "arbejdstidsregistrering", 0.0),  # but at its beginning, one only
    ],
)
def test_match(typed: str, word: str, quality: float) -> None:
    assert match(typed, word) == quality


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("ugentlig-vejing", ["ugentlig-vejning"]),  # the id with a slip
        ("Ugentlig vejning", ["ugentlig-vejning"]),  # the title, any case
        ("vejning ugentlig", ["ugentlig-vejning"]),  # words in any order
        ("rengøring log", ["rengoering-log"]),  # æøå as the ids write them
        ("rengoringslog", ["rengoering-log"]),  # ø typed as o
        ("rengoeringlog", ["rengoering-log"]),  # the id without its hyphen
        ("Daglig rengøringslog for fællesarealer", ["rengoering-log"]),
        ("log for rengøring", ["rengoering-log"]),  # "for" need not be in the title
        ("faldregistrering dobelt", ["faldregistrering-dobbelt"]),
        ("hygiejne", ["koeletemperatur-log", "rengoering-log"]),  # a tag, by id
        ("arbejdstid", ["arbejdstidsregistrering", "normperiode-opgoerelse"]),  # title first
        ("MÅLING", ["koeletemperatur-log", "trivselsmaaling"]),  # inside compounds
        ("trivselsmaling", ["trivselsmaaling"]),
        ("broken", ["broken-file"]),
        ("koeletemperaturlog", ["koeletemperatur-log"]),  # the id as one word
        ("Kvittering for nøglebrik", []),
        ("for og i", []),  # small words alone are searched for, and found in no title here
        ("", []),
        ("---", []),
    ],
)
def test_search(query: str, ids: list[str]) -> None:
    assert [hit.item.id for hit in search(query, RULES)] == ids


def test_the_whole_title_typed_comes_first() -> None:
    rules = [Findable("a-log", "Log over fald"), Findable("b", "Log"), Findable("c", "Log log")]
    found = search("log", rules)
    assert [hit.item.id for hit in found] == ["b", "a-log", "c"]  # then by id
    assert [hit.score for hit in found] == [2 + EXACT, EXACT, EXACT]


def test_a_whole_word_comes_before_a_beginning_and_a_part() -> None:
    rules = [Findable("a", "Logbog"), Findable("b", "Dagslog"), Findable("c", "Log over fald")]
    found = search("log", rules)
    assert [hit.item.id for hit in found] == ["c", "a", "b"]
    assert [hit.score for hit in found] == [EXACT, PREFIX, INSIDE]


def test_search_limit() -> None:
    assert [hit.item.id for hit in search("registrering", RULES, limit=2)] == [
        "arbejdstidsregistrering",
        "besoeg-klokkeslaet",
    ]


def test_a_word_only_among_the_tags_counts_less() -> None:
    rules = [Findable("a", "Noget", ("fald",)), Findable("b", "Fald i stuen")]
    found = search("fald", rules)
    assert [(hit.item.id, hit.score) for hit in found] == [("b", EXACT), ("a", TAG_WEIGHT)]
    found = search("fald", [Findable("a", "Faldskema", ("fald",))])
    assert [hit.score for hit in found] == [TAG_WEIGHT]  # better in the tags than in the title
    found = search("vejnign", [Findable("a", "Vejning", ("vejnig",))])
    assert [hit.score for hit in found] == [TYPO]  # as good in the title: the title counts


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("ugentlig-vejing", ["ugentlig-vejning"]),
        ("vejning-af-alle-beboerne", ["ugentlig-vejning"]),  # most of the words
        ("rengoering-logbog", ["rengoering-log"]),  # spelt much the same
        ("helt-andet", []),
        ("", []),
    ],
)
def test_closest(typed: str, ids: list[str]) -> None:
    assert [item.id for item in closest(typed, RULES)] == ids


def test_closest_limit() -> None:
    assert len(closest("registrering", RULES, limit=1)) == 1


def test_closest_finds_first_and_falls_back_on_spelling() -> None:
    # a search hit wins, although another id is spelt more like it
    rules = [Findable("vejning-beboere", "Vejning"), Findable("vejnings", "Andet")]
    assert [item.id for item in closest("vejning", rules)] == ["vejning-beboere", "vejnings"]
    alike = [
        Findable("x1", "Ugentlig vejning"),  # the title spelt alike (0.79)
        Findable("zz", "Helt andet"),  # nothing alike
        Findable("ugentlig-vejninx", "Noget tredje"),  # 0.79, sorts before x1
        Findable("ugentlig-vejningen", "Noget andet"),  # 0.8
        Findable("aaugentlig-vejning", "Noget"),  # 0.8, sorts first
        Findable("ugentlig-vejning", "Ugentlig vejning af alle beboere"),  # 0.86
    ]
    assert [item.id for item in closest("ugntlg-vjnng", alike, 10)] == [
        "ugentlig-vejning", "aaugentlig-vejning", "ugentlig-vejningen", "ugentlig-vejninx", "x1",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("rengoering-qqqqqqqqqqqqqqqqqq", ["rengoering-log"]),  # half its words (spelt 0.51)
        ("rengoering-qqqqqqqqqqqqqqqqqq-wwwwwwwwwwwwww", []),  # a third of them
        ("qqqqqqqqqq-rengoering-wwwwwwwwwwwwww-zzzzzzzzzz", []),  # a quarter
    ],
)
def test_closest_by_share_of_words(typed: str, ids: list[str]) -> None:
    rules = [Findable("rengoering-log", "Daglig rengøringslog for fællesarealer")]
    assert [item.id for item in closest(typed, rules)] == ids


CASES = [
    "U-2026-0001-ugentlig-vejning-k3f9",
    "E-2026-0002-besoeg-klokkeslaet-x7q2",
    "U-2025-0001-rengoering-log-ab12",
    "U-2026-0012-rengoering-log-zz99",
]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("U-2026-0001-ugentlig-vejning-k3f9", [CASES[0]]),  # the whole id
        ("U-2026-0001", [CASES[0]]),  # the short number
        ("u-2026-0001", [CASES[0]]),
        ("U-2026-1", [CASES[0]]),
        ("2026-0001", [CASES[0]]),  # without the letter
        ("2026-1", [CASES[0]]),
        ("2", [CASES[1]]),  # the number alone
        ("0002", [CASES[1]]),
        ("e-2", [CASES[1]]),
        ("U-2", []),  # case 2 is an escalation: no other case is meant
        ("1", [CASES[0], CASES[2]]),  # case 1 of two years
        ("U-2026-0001-ugentlig", [CASES[0]]),  # a beginning of the rest
        ("U-2026-0001-rengoering", []),
        ("12", [CASES[3]]),
        ("U-2026-00", []),  # case number 0
        ("E-2026-", [CASES[1]]),  # no number: the ids that begin so
        ("u", [CASES[0], CASES[2], CASES[3]]),
        ("E-2026-0002-besoeg-klokkeslaet-x7q", [CASES[1]]),
        ("99", []),
        ("1999-2026", []),  # case 2026 of 1999, not the cases of 2026
        ("U-2026", [CASES[0], CASES[3]]),  # a year: its U cases
        ("2025", [CASES[2]]),
        ("E-2025", []),
        ("", []),
        ("   ", []),
    ],
)
def test_matching_cases(typed: str, found: list[str]) -> None:
    assert matching_cases(typed, CASES) == found


def test_a_file_that_is_no_case_is_never_meant() -> None:
    assert matching_cases("1", ["notes", "U-2026-1-x", CASES[0]]) == [CASES[0]]
    assert matching_cases("2026", ["notes", CASES[0]]) == [CASES[0]]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("2026-11-22", ["2026-11-22"]),  # the id itself, although another begins with it
        ("2026-11", ["2026-11-22", "2026-11-22-2"]),
        ("2026-11-22-", ["2026-11-22-2"]),
        ("2025", ["2025-05-01"]),
        ("2027", []),
        ("", []),
    ],
)
def test_matching_ids(typed: str, found: list[str]) -> None:
    assert matching_ids(typed, ["2025-05-01", "2026-11-22", "2026-11-22-2"]) == found


def test_matching_ids_ignores_the_case_of_letters() -> None:
    assert matching_ids("ab", ["Abc", "xab"]) == ["Abc"]
    assert matching_ids("AB", ["abc"]) == ["abc"]


def test_alike_ids() -> None:
    assert alike_ids("2026-11-23", ["2025-05-01", "2026-11-22"]) == ["2026-11-22"]
    assert alike_ids("2026-11-23", ["2026-11-29", "2026-11-22"]) == ["2026-11-22", "2026-11-29"]
    assert alike_ids("xyz", ["2025-05-01"]) == []
    assert alike_ids("U-2026-0012-rengoering-log-zz9q", CASES)[0] == CASES[3]
    assert alike_ids("E-2026-0002-besoeg-klokkeslaet-x7q", CASES) == [CASES[1]]
    assert alike_ids("2026", [f"2026-0{n}-01" for n in range(1, 6)], limit=2) == []
