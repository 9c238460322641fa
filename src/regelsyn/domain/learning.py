"""What other workplaces learned: what each did with its rules (removed, amended, reduced to the
floor, defended; trials evaluated and their outcome), and which of their rules are comparable.

Comparable means the same rule id, the same hjemmel (``legal_basis``), or a similar title. Titles
are compared with the standard library's :mod:`difflib` (no dependency to keep, and titles are
short): two titles are similar when the ratio of either the titles or their words sorted (word
order aside: "vejning af beboere hver uge") reaches :data:`TITLE_CUTOFF`. Each distinct title is
compared once, so a federation of copies of the same rules costs little.

Pure, and free of pydantic: a warm ``learn`` over hundreds of registries works on the index
cache's facts alone. No name of a person is read or returned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from regelsyn.model.facts import CaseFacts, Lesson, ReviewFacts, Tally, Topic

TITLE_CUTOFF = 0.75
# what a review's verdict did to a rule (escalations and deferrals did nothing yet: what the
# owner then did comes from the case)
VERDICT_ACTION = {
    "remove": "removed",
    "merge": "removed",
    "amend": "amended",
    "reduce_to_floor": "reduced_to_floor",
    "defend": "defended",
}
ACTIONS = (
    "removed",
    "amended",
    "reduced_to_floor",
    "defended",
    "trial_made_permanent",
    "trial_reverted",
    "trial_evaluated",
)
_TRIAL_ENDS = {"made_permanent": "trial_made_permanent", "reverted": "trial_reverted"}
_GRANTED = {"remove": "removed", "amend": "amended"}


def freed_hours(verdict: str, before: float | None, after: float | None) -> float:
    """Hours a year a decision frees: all of them for a removal, the difference for a
    simplification whose new burden is known, none otherwise (never less than none)."""
    if before is None:
        return 0.0
    if verdict in ("remove", "merge"):
        return before
    if verdict in ("amend", "reduce_to_floor") and after is not None:
        return round(max(before - after, 0.0), 1)
    return 0.0


@dataclass(frozen=True)
class Ref:
    """A rule as it is compared: id, title, hjemmel."""

    id: str
    title: str
    legal_basis: str | None = None


def lessons_of(
    registry: str,
    workplace: str,
    rule: Callable[[str], Ref | None],
    reviews: Iterable[ReviewFacts],
    cases: Iterable[CaseFacts],
) -> list[Lesson]:
    """Everything one registry did with its rules, from its reviews and cases. ``rule`` gives
    a rule as it is compared, by id (None when its file is gone). A case closed by the review
    that removed its rule is not counted twice; a trial counts once it is evaluated (with its
    result)."""
    found: dict[tuple[str, str, str], Lesson] = {}

    def add(
        rule_id: str,
        title: str | None,
        action: str,
        date: str,
        source: str,
        *,
        before: float | None = None,
        after: float | None = None,
        freed: float | None = None,
        result: str | None = None,
    ) -> None:
        facts = rule(rule_id)
        lesson = Lesson(
            topic="",
            match="",
            registry=registry,
            workplace=workplace,
            rule=rule_id,
            title=facts.title if facts else (title or rule_id),
            legal_basis=facts.legal_basis if facts else None,
            action=action,
            date=date,
            hours_before=before,
            hours_after=after,
            hours_freed=freed,
            result=result,
            source=source,
        )
        found.setdefault((rule_id, action, date), lesson)

    for review in sorted(reviews, key=lambda r: (r.date, r.id)):
        for rule_id, verdict, title, before, after in review.decisions:
            action = VERDICT_ACTION.get(verdict)
            if action is None:
                continue
            add(rule_id, title, action, review.date, f"reviews/{review.id}", before=before,
                after=after, freed=freed_hours(verdict, before, after))  # fmt: skip
    for case in sorted(cases, key=lambda c: c.id):
        outcome = _case_outcome(case)
        if outcome is not None:
            action, date, freed = outcome
            result = case.result if action.startswith("trial_") else None
            add(case.rule, None, action, date, f"cases/{case.id}", freed=freed, result=result)
    return list(found.values())


def _case_outcome(case: CaseFacts) -> tuple[str, str, float | None] | None:
    """What a case did to its rule: a trial evaluated (and made permanent or reverted), or a
    removal or amendment granted; with the date and the hours it freed."""
    states = {state: date for state, date, _ in case.outcomes}
    freed = sum(hours or 0.0 for _, _, hours in case.outcomes) or None
    freed = round(freed, 1) if freed is not None else None
    if case.request == "trial":
        if not (case.result or "").strip():  # settled when its rule was removed: not evaluated
            return None
        for state, action in _TRIAL_ENDS.items():
            if state in states:
                return action, states[state], freed
        if "evaluated" in states:
            return "trial_evaluated", states["evaluated"], freed
        return None
    if "granted" in states and case.request in _GRANTED:
        return _GRANTED[case.request], states["granted"], freed
    return None


# -- comparing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Title:
    """A title made ready for comparing: its words in order and sorted, with the letters each
    holds (for the cheap upper bounds :class:`SequenceMatcher` offers, worked out once)."""

    words: str
    ordered: str
    letters: Counter[str]


@lru_cache(maxsize=65536)
def _title(text: str) -> _Title:
    words = " ".join(text.casefold().split())
    return _Title(words, " ".join(sorted(words.split())), Counter(words))


@lru_cache(maxsize=65536)
def similar_titles(one: str, other: str) -> bool:
    """Whether two titles say nearly the same (:data:`TITLE_CUTOFF`), in any word order: the
    ratio of :class:`difflib.SequenceMatcher` on the titles, or on their words sorted. The
    length and the letters bound the ratio from above and are tried first."""
    first, second = _title(one), _title(other)
    if first.words == second.words:
        return True
    size = len(first.words) + len(second.words)
    if 2 * min(len(first.words), len(second.words)) < TITLE_CUTOFF * size:
        return False
    if 2 * sum((first.letters & second.letters).values()) < TITLE_CUTOFF * size:
        return False  # the letters the two share (either word order: the same letters)
    for a, b in ((first.words, second.words), (first.ordered, second.ordered)):
        if SequenceMatcher(None, a, b).ratio() >= TITLE_CUTOFF:
            return True
    return False


def _basis(text: str | None) -> str:
    """A hjemmel as written in any spacing or case: "Sundhedsloven § 119" = "sundhedsloven §119"."""
    return re.sub(r"[\s.,;:]+", "", (text or "").casefold())


def comparable(one: Ref, other: Ref) -> str | None:
    """How two rules compare: "id", "legal_basis", "title", or None when they do not."""
    if one.id == other.id:
        return "id"
    basis = _basis(one.legal_basis)
    if basis and basis == _basis(other.legal_basis):
        return "legal_basis"
    if similar_titles(one.title, other.title):
        return "title"
    return None


def _ref(lesson: Lesson) -> Ref:
    return Ref(lesson.rule, lesson.title, lesson.legal_basis)


def about(target: Ref, lessons: Iterable[Lesson]) -> list[Lesson]:
    """The lessons about rules comparable with ``target``, newest first."""
    chosen = []
    matches: dict[Ref, str | None] = {}
    for lesson in lessons:
        ref = _ref(lesson)
        if ref not in matches:
            matches[ref] = comparable(target, ref)
        match = matches[ref]
        if match is not None:
            chosen.append(replace(lesson, topic=target.id, match=match))
    return sorted(chosen, key=_newest_first)


def grouped(lessons: list[Lesson]) -> tuple[list[Topic], list[Lesson]]:
    """Every lesson under a topic: each rule joins the first topic whose rule it compares with
    (topics made in order of the rules most acted on), or makes a topic of its own; the topics
    with most lessons first (then by id), and within each, the newest lessons first."""
    count: dict[Ref, int] = {}
    for lesson in lessons:
        ref = _ref(lesson)
        count[ref] = count.get(ref, 0) + 1
    leaders: list[Ref] = []
    first_by_id: dict[str, int] = {}
    first_by_basis: dict[str, int] = {}
    home: dict[Ref, tuple[Ref, str]] = {}
    for ref in sorted(count, key=lambda r: (-count[r], r.id, r.title, r.legal_basis or "")):
        basis = _basis(ref.legal_basis)
        known = [first_by_id.get(ref.id), first_by_basis.get(basis) if basis else None]
        limit = min((n for n in known if n is not None), default=len(leaders))
        # an earlier topic can only be comparable by its title; the first found by id or
        # hjemmel is comparable by one of those
        earlier = (n for n in range(limit) if similar_titles(leaders[n].title, ref.title))
        place = next(earlier, limit)
        if place < len(leaders):
            home[ref] = (leaders[place], comparable(leaders[place], ref) or "title")
            continue
        first_by_id.setdefault(ref.id, len(leaders))
        if basis:
            first_by_basis.setdefault(basis, len(leaders))
        leaders.append(ref)
        home[ref] = (ref, "id")
    placed = []
    for lesson in lessons:
        leader, match = home[_ref(lesson)]
        placed.append(replace(lesson, topic=leader.id, match=match))
    topics = {leader.id: Topic(leader.id, leader.title) for leader in leaders}
    size = {topic_id: 0 for topic_id in topics}
    for lesson in placed:
        size[lesson.topic] += 1
    for topic_id, topic in topics.items():
        topic.tally = tally(lesson for lesson in placed if lesson.topic == topic_id)
    rank = {key: n for n, key in enumerate(sorted(topics, key=lambda k: (-size[k], k)))}
    ordered = sorted(placed, key=lambda item: (rank[item.topic], *_newest_first(item)))
    return sorted(topics.values(), key=lambda topic: rank[topic.id]), ordered


def _newest_first(lesson: Lesson) -> tuple[int, str, str, str]:
    day = dt.date.fromisoformat(lesson.date).toordinal()
    return (-day, lesson.registry, lesson.rule, lesson.action)


def tally(lessons: Iterable[Lesson]) -> Tally:
    """At how many workplaces each thing was done; trials counted one by one."""
    places: dict[str, set[str]] = {}
    trials = {"trial_made_permanent": 0, "trial_reverted": 0}
    for lesson in lessons:
        if lesson.action in trials:
            trials[lesson.action] += 1
        else:
            places.setdefault(lesson.action, set()).add(lesson.registry)
    return Tally(
        removed=len(places.get("removed", ())),
        amended=len(places.get("amended", ())),
        reduced_to_floor=len(places.get("reduced_to_floor", ())),
        defended=len(places.get("defended", ())),
        trial_made_permanent=trials["trial_made_permanent"],
        trial_reverted=trials["trial_reverted"],
    )
