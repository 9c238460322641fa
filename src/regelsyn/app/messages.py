"""What regelsyn's own git commits say: one line, in the registry's language, built from what a
use case did (the review's verdicts and the hours they freed, the case's new state), so that the
git history reads as the workplace's audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from regelsyn.i18n import tl, tnl

if TYPE_CHECKING:
    from regelsyn.model.case import Case
    from regelsyn.model.review import Review
    from regelsyn.store.registry import Registry

# the order verdicts are counted in: what changed first, what stays last
VERDICT_ORDER = ("remove", "merge", "reduce_to_floor", "amend", "defend", "escalate", "defer")


def language(registry: Registry) -> str:
    """The registry's language (commit messages are the workplace's record, not the
    reader's)."""
    return registry.config_facts().language


def field_label(name: str, lang: str) -> str:
    """A record field as people call it (``burden.minutes`` → ``Byrde (minutter)``); the
    field's own name where the catalog has none."""
    said = tl(f"f.{name}", lang)
    return name if said == f"f.{name}" else said


def fields(names: list[str], lang: str) -> str:
    return ", ".join(field_label(name, lang) for name in names)


def review(done: Review, lang: str) -> str:
    """``Gennemgang 2026-11-20: 1 fjernet, 1 forsvaret, 1 sendt videre; 260 timer frigjort om
    året``."""
    from regelsyn.domain.verdicts import hours_freed

    counts = {verdict: 0 for verdict in VERDICT_ORDER}
    for decision in done.decisions:
        counts[decision.verdict] = counts.get(decision.verdict, 0) + 1
    said = ", ".join(
        f"{count} {tl(f'verdict.{verdict}', lang)}" for verdict, count in counts.items() if count
    )
    message = tl("git.msg.review", lang, date=done.date.isoformat(),
                 counts=said or tl("git.msg.nothing", lang))  # fmt: skip
    freed = round(sum(hours_freed(d) for d in done.decisions), 1)
    if freed:
        message = tnl("git.msg.review_hours", freed, lang, message=message)
    return message


def case(moved: Case, lang: str, level: str, outcome: str | None = None) -> str:
    """``Udfordring U-2026-0007-…: imødekommet (forsøg til 2027-06-30)``: the ``outcome`` (else
    the state the case is in now); ``level`` is the name of the level it is addressed to."""
    kind = tl(f"git.msg.kind.{moved.kind}", lang)
    state = tl(f"state.{outcome or moved.status}", lang)
    if moved.status == "submitted":
        return tl("git.msg.case_filed", lang, kind=kind, id=moved.id, title=moved.title)
    if moved.status == "escalated":
        due = moved.due.isoformat() if moved.due else "–"
        return tl("git.msg.case_sent", lang, kind=kind, id=moved.id, level=level, due=due)
    if moved.trial is not None and moved.status in ("granted", "partly", "trial_running"):
        end = moved.trial.end.isoformat()
        return tl("git.msg.case_trial", lang, kind=kind, id=moved.id, state=state, end=end)
    return tl("git.msg.case", lang, kind=kind, id=moved.id, state=state)
