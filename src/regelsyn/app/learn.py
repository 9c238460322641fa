"""``regelsyn learn``: what other workplaces did with comparable rules, and what their trials
taught, so that a result is carried over to other workplaces (the trust-reform paper's
recommendation 6; the Norwegian quality-municipality programme's networks).

Registries are named as for ``inbox`` (folders, patterns, git addresses) and each is read
through its own index cache, in parallel; which rules are comparable is
:mod:`regelsyn.domain.learning`'s. No person's name is read or shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regelsyn import i18n
from regelsyn.app.inbox import resolve
from regelsyn.domain import learning
from regelsyn.domain.learning import Ref
from regelsyn.errors import Refused, RegelsynError, UsageProblem
from regelsyn.i18n import t, tn
from regelsyn.model.facts import Lesson, RuleFacts, Tally, Topic
from regelsyn.store.registry import Registry

if TYPE_CHECKING:
    from regelsyn.model import Rule


@dataclass
class Learned:
    """What ``learn`` found: the topics (comparable rules gathered) with what was done with
    them, each thing done, and the registries that could not be read."""

    registries: int = 0
    rule: str | None = None  # --rule: the rule of the current registry asked about
    topics: list[Topic] = field(default_factory=list)
    lessons: list[Lesson] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def line(self, topic: Topic) -> str:
        """What was done with the topic's rules, in one line."""
        return tally_line(topic.tally, others=self.rule is not None)


def learn(registries: list[str], rule: str | None, current: Callable[[], Registry]) -> Learned:
    """``learn`` as the command runs it: ``--rule`` asks about a rule of the current registry
    (``current`` opens it), which is then left out; without registries named, its
    ``learn_from`` names them."""
    registry = None
    if rule is not None or not registries:
        try:
            registry = current()
        except Refused:
            if rule is not None:
                raise  # no registry here to take the rule from
    asked = asked_rule(registry, rule) if registry is not None and rule else None
    leave_out = registry.root if registry is not None else None
    return collect(sources(registry, registries), rule=asked, leave_out=leave_out)


def sources(registry: Registry | None, given: list[str]) -> list[str]:
    """The registries to learn from: those named, else the current registry's ``learn_from``
    (its folders relative to the registry)."""
    if given:
        return given
    if registry is None:
        raise UsageProblem(t("err.learn_no_registries"))
    wanted = registry.config_facts().learn_from
    if not wanted:
        raise UsageProblem(t("err.learn_no_registries"), hint=t("hint.learn_from"))
    return [_from(registry.root, item) for item in wanted]


def _from(root: Path, item: str) -> str:
    import os

    if "://" in item or item.endswith(".git") or Path(item).is_absolute():
        return item
    return os.path.normpath(root / item) + ("/" if item.endswith("/") else "")


def collect(
    registries: list[str], *, rule: Ref | None = None, leave_out: Path | None = None
) -> Learned:
    """Every lesson in these registries, gathered under topics; with ``rule``, only those about
    rules comparable with it. ``leave_out``: the current registry (it learns from others)."""
    found = Learned(rule=rule.id if rule else None)
    lessons, found.registries = gather(registries, found.warnings, leave_out)
    if rule is None:
        found.topics, found.lessons = learning.grouped(lessons)
    else:
        found.lessons = learning.about(rule, lessons)
        found.topics = [Topic(rule.id, rule.title, learning.tally(found.lessons))]
    return found


def gather(
    registries: list[str], warnings: list[str], leave_out: Path | None = None
) -> tuple[list[Lesson], int]:
    """The lessons of every registry named (each read once, in parallel), and how many were
    read."""
    from concurrent.futures import ThreadPoolExecutor

    seen = {leave_out.resolve()} if leave_out else set()
    chosen = []
    for folder, name in resolve(registries, warnings):
        where = folder.resolve()
        if where not in seen:
            seen.add(where)
            chosen.append((folder, name))
    lang = i18n.language()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda src: read_one(src[0], src[1], lang), chosen))
    warnings += [problem for _, problem in results if problem]
    return [lesson for lessons, _ in results for lesson in lessons], len(chosen)


def read_one(folder: Path, name: str, lang: str) -> tuple[list[Lesson], str | None]:
    """What one registry did with its rules (and a problem to report, if any)."""
    from regelsyn.store.federated import gather as gathered
    from regelsyn.store.packing import rule_names

    found = gathered(folder.absolute(), lang)
    if found is None:
        return [], t("inbox.unreadable", path=name)
    known: dict[str, Ref | None] = {}

    def rule(rule_id: str) -> Ref | None:
        if rule_id not in known:
            data = found.rules.get(rule_id)
            known[rule_id] = Ref(rule_id, *rule_names(data)) if data is not None else None
        return known[rule_id]

    lessons = learning.lessons_of(name, found.workplace, rule, found.reviews, found.cases)
    problem = tn("learn.skipped", found.skipped, path=name) if found.skipped else None
    return lessons, problem


def asked_rule(registry: Registry, rule_id: str) -> Ref:
    """The current registry's rule ``--rule`` asks about, as it is compared."""
    from regelsyn.store.packing import from_dict
    from regelsyn.store.packing import rule_id as id_of

    for entry in registry.rule_entries(fragments=False):
        if entry.facts is not None and id_of(entry.facts) == rule_id:
            facts: RuleFacts = from_dict(RuleFacts, entry.facts)
            return Ref(facts.id, facts.title, facts.legal_basis)
    from regelsyn.app import lookup

    lookup.rule_id(registry, rule_id)  # refuses, naming the rules most likely meant
    raise Refused(t("err.no_such_rule", id=rule_id), hint=t("hint.rule_list"))  # unreadable


# -- in a review --------------------------------------------------------------------------------
def review_lines(registry: Registry, rules: list[Rule]) -> dict[str, str]:
    """For a review: a line for each rule that comparable workplaces removed or changed, when
    the settings name registries to learn from (``learn_from``); none when they cannot be
    read (``regelsyn learn`` says why)."""
    config = registry.config()
    if not config.learn_from or not rules:
        return {}
    try:
        lessons, _ = gather(sources(registry, []), [], leave_out=registry.root)
    except (RegelsynError, OSError):
        return {}
    lines = {}
    for rule in rules:
        found = learning.tally(learning.about(Ref(rule.id, rule.title, rule.legal_basis), lessons))
        if found.changed:
            lines[rule.id] = t("learn.review_line", line=tally_line(found, others=True), id=rule.id)
    return lines


# -- words ------------------------------------------------------------------------------------
def tally_line(found: Tally, *, others: bool) -> str:
    """``fjernet på 4 andre arbejdspladser; 1 forsøg gjort permanent``: what was done where,
    in one line (``others``: at workplaces other than this one)."""
    kind = "other_places" if others else "places"
    parts = []
    for action in ("removed", "amended", "reduced_to_floor", "defended"):
        count = getattr(found, action)
        if count:
            parts.append(t(f"learn.did_{action}", places=tn(f"learn.{kind}", count)))
    for action in ("trial_made_permanent", "trial_reverted"):
        count = getattr(found, action)
        if count:
            parts.append(tn(f"learn.did_{action}", count))
    text = "; ".join(parts) or t("learn.nothing_done")
    return text[:1].upper() + text[1:]


def digest(found: Learned, day: dt.date) -> str:
    """What was learned as a Markdown digest an administration can send round."""
    from regelsyn.render import documents

    context: dict[str, Any] = {
        "topics": [(topic, found.line(topic)) for topic in found.topics],
        "lessons": found.lessons,
        "registries": found.registries,
        "rule": found.rule,
        "today": day.isoformat(),
    }
    return documents.learn_digest(i18n.language(), **context)
