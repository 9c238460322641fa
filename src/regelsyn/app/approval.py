"""``regelsyn review approve``: the chair and the vice-chair approve a meeting's minutes.

An approval is recorded in ``reviews/<id>.yaml`` with the digest of the decisions it vouches
for, and the decision log is written again with the names, roles and dates in its signature
table. Approved decisions are not changed: a correction is a new review (``corrects: ID`` in the
decisions file), which starts without approvals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from regelsyn.app import messages
from regelsyn.app.review import write_log
from regelsyn.domain import meetings
from regelsyn.errors import Refused, UsageProblem
from regelsyn.i18n import t, tl
from regelsyn.model.finding import issue_message
from regelsyn.model.review import Approval, Review, decisions_digest, role_key
from regelsyn.store.registry import Registry


@dataclass
class Approved:
    review: Review
    log_path: Path
    approved: bool  # chair and vice-chair have both approved now


def approve(registry: Registry, review_id: str, role: str, name: str, date: dt.date) -> Approved:
    """Record ``name``'s approval as ``role`` (formand or næstformand, in any language); the
    review named by its id or a beginning only it has (:func:`lookup.review_id`)."""
    from regelsyn.app import lookup

    key = role_key(role) or ""
    if key not in meetings.APPROVERS:
        raise UsageProblem(t("check.approve_role", role=role))
    if not name.strip():
        raise UsageProblem(t("err.approve_no_name"))
    review_id = lookup.review_id(registry, review_id)
    with registry.transaction(t("tx.approve", id=review_id)) as tx:
        lang = messages.language(registry)
        tx.message = tl("git.msg.approve", lang, id=review_id, role=tl(f"role.{key}", lang),
                        name=name.strip())  # fmt: skip
        loaded = registry.review(review_id)
        review = loaded.record
        assert review is not None
        roles = [a.role for a in review.approvals]
        changed = review.changed_since_approval()
        issues = meetings.approval_issues(roles, key, review.date, date, changed)
        if issues:
            if "role" in issues[0].params and key in meetings.APPROVERS:
                issues[0].params["role"] = t(f"role.{key}")
            hint = t("hint.correct_review", id=review.id) if changed else None
            path = registry.rel(loaded.path)
            raise Refused(f"{path}: {issue_message(issues[0])}", hint=hint)
        approval = Approval(
            role=key,
            name=name.strip(),
            date=date,
            decisions=decisions_digest(review.decisions),
        )
        entry = approval.model_dump(mode="python")
        registry.update_record(loaded, Review, {}, [("approvals", entry)], always=True)
        updated = review.model_copy(update={"approvals": [*review.approvals, approval]})
        log = write_log(registry, updated)
    return Approved(updated, log, meetings.approved([*roles, key]))
