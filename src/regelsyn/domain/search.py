"""Finding a record from what a person types: words from a rule's title, its id, a tag, a case's
short number. Pure functions; the use cases read the records and word the answers.

People type as they speak: "rengøring log", "Rengoering", "vejning ugentlig", "faldregistrering
dobelt". So text is folded before it is compared (case, accents, æ ø å written ae oe aa as in the
ids), the words of a query may come in any order, a word may be the beginning of a longer one or
a part of a compound ("log" in "rengøringslog"), and one slip of the keys is forgiven (two in a
long word).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# æ ø å as the ids write them (``rengoering-log``), so that a title and an id fold alike
_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "ð": "d", "þ": "th"})
_WORD = re.compile(r"[a-z0-9]+")
# Small Danish and Norwegian words (folded) that say little about which rule is meant: they
# count when they match, but a title need not hold them.
STOP_WORDS = frozenset(
    ("af", "av", "aa", "alle", "at", "de", "den", "der", "det", "efter", "eller", "en", "et",
     "ei", "for", "fra", "hver", "hvert", "i", "ikke", "med", "og", "om", "paa", "pr", "som",
     "til", "ved")
)  # fmt: skip

EXACT, PREFIX, INSIDE, TYPO = 1.0, 0.9, 0.75, 0.6  # how well a typed word matches a word
TAG_WEIGHT = 0.9  # a word found only among the tags counts a little less than in id or title


@dataclass(frozen=True)
class Findable:
    """A record as a search sees it."""

    id: str
    title: str = ""
    tags: tuple[str, ...] = ()


def fold(text: str) -> str:
    """``text`` as it is compared: lower case, æ ø å as ae oe aa, other accents dropped."""
    text = text.casefold().translate(_LETTERS)
    if text.isascii():  # most Danish and Norwegian text, once æ ø å are written out
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits; a hyphen or a space separates)."""
    return _WORD.findall(fold(text))


def allowed_slips(word: str) -> int:
    """How many slips of the keys a typed word may hold: none under four letters, one, and two
    from eight letters (one only, where it is the beginning of a longer word: Danish compounds
    share their first halves)."""
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


def slips(typed: str, word: str, limit: int, *, beginning: bool = False) -> int:
    """The fewest edits (a letter added, dropped, changed, or two swapped) that turn ``typed``
    into ``word`` (with ``beginning``: into a beginning of it); ``limit + 1`` when it takes more
    than ``limit``."""
    n = len(typed)
    if beginning:
        word = word[: n + limit]
        if len(word) < n - limit:
            return limit + 1
    elif abs(len(word) - n) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(word) + 1))
    for i in range(1, n + 1):
        row = [i] + [0] * len(word)
        for j in range(1, len(word) + 1):
            cost = 0 if typed[i - 1] == word[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and typed[i - 1] == word[j - 2] and typed[i - 2] == word[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    best = min(previous[max(0, n - limit) :]) if beginning else previous[-1]
    return min(best, limit + 1)


def match(typed: str, word: str) -> float:
    """How well one typed word (folded) matches one word of a record: 0 when it does not."""
    if typed == word:
        return EXACT
    if word.startswith(typed) and len(typed) >= 2:
        return PREFIX
    if len(typed) >= 3 and typed in word:
        return INSIDE
    limit = allowed_slips(typed)
    if not limit or len(set(typed) - set(word[: len(typed) + limit])) > limit:
        return 0.0  # each letter the word lacks takes a slip of its own
    if slips(typed, word, limit) <= limit or slips(typed, word, 1, beginning=True) <= 1:
        return TYPO
    return 0.0


@dataclass(frozen=True)
class Hit:
    item: Findable
    score: float


class _Matcher:
    """The quality of each typed word against each word seen, remembered: a registry's thousands
    of titles share far fewer words."""

    def __init__(self, typed: Sequence[str]) -> None:
        self.typed = typed
        self.seen: dict[str, tuple[float, ...]] = {}

    def qualities(self, word: str) -> tuple[float, ...]:
        found = self.seen.get(word)
        if found is None:
            found = self.seen[word] = tuple(match(typed, word) for typed in self.typed)
        return found


@dataclass(frozen=True)
class _Folded:
    """A record's words, folded once for all the words typed."""

    item: Findable
    main: tuple[str, ...]  # of its id and title, and its id written as one word
    tags: tuple[str, ...]
    id: str
    title: str


def _folded(items: Iterable[Findable]) -> list[_Folded]:
    found = []
    for item in items:
        the_id, title = fold(item.id), fold(item.title)
        id_words = _WORD.findall(the_id)
        main = (*id_words, *_WORD.findall(title), "".join(id_words))  # "rengoeringlog"
        tags = tuple(word for tag in item.tags for word in words(tag))
        found.append(_Folded(item, main, tags, the_id, title.strip()))
    return found


def _coverage(matcher: _Matcher, record: _Folded) -> list[float]:
    """For each typed word, its best match among the record's words."""
    best = [0.0] * len(matcher.typed)
    for weight, found in ((1.0, record.main), (TAG_WEIGHT, record.tags)):
        for word in found:
            for i, quality in enumerate(matcher.qualities(word)):
                if quality * weight > best[i]:
                    best[i] = quality * weight
    return best


def search(query: str, items: Iterable[Findable], limit: int | None = None) -> list[Hit]:
    """The records whose id, title or tags hold every word of ``query`` that says something
    (:data:`STOP_WORDS` only add to the score), best first: the whole title or id typed, then
    by how well the words match, then by id."""
    return _search(query, _folded(items), limit)


def _search(query: str, records: list[_Folded], limit: int | None) -> list[Hit]:
    typed = words(query)
    if not typed:
        return []
    needed = [i for i, word in enumerate(typed) if word not in STOP_WORDS] or list(
        range(len(typed))
    )
    whole = fold(query).strip()
    matcher = _Matcher(typed)
    hits = []
    for record in records:
        best = _coverage(matcher, record)
        if all(best[i] > 0 for i in needed):
            exact = whole in (record.id, record.title)
            hits.append(Hit(record.item, (len(typed) + 1 if exact else 0) + sum(best)))
    hits.sort(key=lambda hit: (-hit.score, hit.item.id))
    return hits[:limit]  # all of them for None


def closest(typed: str, items: Iterable[Findable], limit: int = 3) -> list[Findable]:
    """What someone who typed ``typed`` for an id most likely meant: the records a search for
    it finds, else those most like it (half or more of its words, or an id or title spelt
    much the same), best first; at most ``limit``."""
    records = _folded(items)
    found = [hit.item for hit in _search(typed, records, limit)]
    if found:
        return found
    typed_words = words(typed)
    if not typed_words:
        return []
    matcher = _Matcher(typed_words)
    alike = difflib.SequenceMatcher(b=fold(typed))
    scored = []
    for number, record in enumerate(records):
        covered = sum(1 for quality in _coverage(matcher, record) if quality > 0)
        share = covered / len(typed_words)
        ratio = max(_ratio(alike, record.id), _ratio(alike, record.title or record.id))
        if share >= 0.5 or ratio >= 0.6:
            scored.append((-(share + ratio), record.item.id, number))
    scored.sort()  # most alike first, then by id
    return [records[number].item for *_, number in scored[:limit]]


def _ratio(matcher: difflib.SequenceMatcher[str], text: str) -> float:
    """How alike ``text`` is spelt to what the matcher holds (0 when not nearly alike: the
    quick bounds first)."""
    matcher.set_seq1(text)
    if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
        return 0.0
    return matcher.ratio()


# -- case and review ids -------------------------------------------------------------------------
_SHORT_CASE = re.compile(
    r"^(?:(?P<letter>[ue])-)?(?:(?P<year>\d{4})-)?(?P<number>\d{1,4})(?:-(?P<rest>.+))?$"
)
_CASE_PARTS = re.compile(r"^(?P<letter>[UE])-(?P<year>\d{4})-(?P<number>\d{4})-(?P<rest>.+)$")


def _short_case_matches(short: re.Match[str], case_id: str) -> bool:
    parts = _CASE_PARTS.match(case_id)
    if parts is None:
        return False
    letter, year, rest = short["letter"], short["year"], short["rest"]
    return (
        (letter is None or letter.upper() == parts["letter"])
        and (year is None or year == parts["year"])
        and int(short["number"]) == int(parts["number"])
        and (rest is None or parts["rest"].startswith(rest))
    )


def matching_cases(typed: str, case_ids: Iterable[str]) -> list[str]:
    """The cases ``typed`` can mean: the whole id; else, when it is a number, that number with
    or without the letter, the year and a beginning of the rest (``U-2026-0007``, ``2026-7``,
    ``7``, ``0007``, ``U-2026-0007-vejn``), or a year's cases (``U-2026``, ``2026``, when no
    case has that number); else the ids that begin with it (``E-2026-``). Any case of
    letters."""
    ids = list(case_ids)
    text = typed.strip()
    if text in ids:
        return [text]
    short = _SHORT_CASE.match(text.lower())
    if short is not None:
        found = [case_id for case_id in ids if _short_case_matches(short, case_id)]
        if found or not _a_year(short):
            return found
        return [case_id for case_id in ids if _in_year(short, case_id)]
    lowered = text.lower()
    return [case_id for case_id in ids if case_id.lower().startswith(lowered)] if text else []


def _a_year(short: re.Match[str]) -> bool:
    """``U-2026`` or ``2026``: a year rather than a number (when no case has that number)."""
    return short["year"] is None and short["rest"] is None and len(short["number"]) == 4


def _in_year(short: re.Match[str], case_id: str) -> bool:
    parts = _CASE_PARTS.match(case_id)
    letter = short["letter"]
    return (
        parts is not None
        and parts["year"] == short["number"]
        and (letter is None or letter.upper() == parts["letter"])
    )


def matching_ids(typed: str, ids: Iterable[str]) -> list[str]:
    """The ids ``typed`` can mean: the id itself, else those that begin with it (a review's
    ``2026-11`` for ``2026-11-22``)."""
    known = list(ids)
    text = typed.strip()
    if text in known:
        return [text]
    return [name for name in known if name.lower().startswith(text.lower())] if text else []


def alike_ids(typed: str, ids: Iterable[str], limit: int = 3) -> list[str]:
    """The ids spelt most like ``typed`` (for "did you mean"), most alike first, then by id."""
    matcher = difflib.SequenceMatcher(b=typed.strip())
    scored = []
    for the_id in ids:
        matcher.set_seq1(the_id)
        ratio = matcher.ratio()
        if ratio >= ALIKE:
            scored.append((-ratio, the_id))
    return [the_id for _, the_id in sorted(scored)[:limit]]


ALIKE = 0.75  # how alike an id must be spelt to be offered
