"""The site's pages, from the HTML templates (``site_*.html.j2``, escaped by Jinja2's
autoescape) and the site's stylesheet and script (``site.css``, ``site.js``), with the registry's
``templates/`` before the built-in ones. Each function returns a page's bytes; nothing is
written here."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup

from regelsyn import __version__
from regelsyn.domain import meetings, verdicts
from regelsyn.i18n import CATALOGS, number, tl
from regelsyn.render import charts, environment, render_with
from regelsyn.vocab import GROUPS, KINDS, SIDES, STATUSES, VERDICTS

if TYPE_CHECKING:
    from regelsyn.domain.agenda import Agenda
    from regelsyn.domain.report import Report
    from regelsyn.model import RegistryConfig, Rule
    from regelsyn.model.case import Case
    from regelsyn.model.facts import RuleSummary
    from regelsyn.model.review import Decision, Review

TEMPLATES = (
    "site_layout.html.j2", "site_index.html.j2", "site_row.html.j2", "site_rule.html.j2",
    "site_review.html.j2", "site_case.html.j2", "site_list.html.j2", "site_report.html.j2",
    "site_agenda.html.j2", "site_challenge.html.j2",
)  # fmt: skip
ASSETS = ("site.css", "site.js")


class Pages:
    """One environment for a whole build: the templates are compiled once."""

    def __init__(self, root: Path | None, language: str, config: RegistryConfig) -> None:
        self.language = language
        self.config = config
        folder = root / "templates" if root is not None else None
        own = folder is not None and any((folder / n).exists() for n in (*TEMPLATES, *ASSETS))
        self.own = own  # the registry has templates of its own for the site
        self.env = environment(root, language, html=True, builtin_only=not own)
        words: dict[str, str] = {}

        def said(key: str, **params: Any) -> str:  # the same words on thousands of pages
            if params:
                return tl(key, language, **params)
            if key not in words:
                words[key] = tl(key, language)
            return words[key]

        self.env.globals["t"] = said
        self.env.globals["config"] = config

    def fingerprint(self) -> str:
        """What every page depends on besides its records: regelsyn's version, the language,
        the settings and the templates in use (the registry's own, where it has them)."""
        digest = hashlib.sha256(f"{__version__}\x1f{self.language}\x1f".encode())
        digest.update(self.config.model_dump_json().encode())
        digest.update(repr(sorted(CATALOGS[self.language].items())).encode())
        for name in (*TEMPLATES, *ASSETS):
            digest.update(name.encode() + b"\x1f" + self.source(name).encode() + b"\x1e")
        return digest.hexdigest()

    def source(self, name: str) -> str:
        assert self.env.loader is not None
        text: str = self.env.loader.get_source(self.env, name)[0]
        return text

    def asset(self, name: str) -> bytes:
        return self.source(name).encode("utf-8")

    def _page(self, name: str, depth: int, page: str, **context: Any) -> bytes:
        return render_with(self.env, name, base="../" * depth, page=page, **context).encode()

    def row(self, rule: RuleSummary, due: str) -> str:
        owner = self.config.level_name(rule.owner_level)
        return render_with(self.env, "site_row.html.j2", r=rule, due=due, owner=owner).strip()

    def index(self, rows: list[str], tags: list[str], horizon: str) -> bytes:
        """The front page: every rule's row, and the filters (``tags``: every tag in use)."""
        owners = [(level.id, level.name) for level in self.config.levels]
        return self._page(
            "site_index.html.j2", 0, "index", rows=rows, rows_html=Markup("\n".join(rows)),
            owners=owners, statuses=STATUSES, kinds=KINDS, tags=tags, horizon=horizon,
        )  # fmt: skip

    def rule(
        self,
        rule: Rule,
        decisions: list[tuple[Review, Decision]],
        cases: list[Case],
        overdue: bool,
    ) -> bytes:
        return self._page(
            "site_rule.html.j2", 1, "rule", rule=rule, decisions=decisions, cases=cases,
            overdue=overdue, owner=self.config.level_name(rule.owner.level),
            group=verdicts.triage(self.config, rule), mail=self.challenge_mail(rule),
        )  # fmt: skip

    def challenge_mail(self, rule: Rule) -> str | None:
        """A ``mailto:`` to the committee, with a subject and a body to fill in; None when
        ``committee.email`` is not set."""
        email = self.config.committee.email
        if not email:
            return None
        subject = tl("site.mail_subject", self.language, title=rule.title, id=rule.id)
        body = tl("site.mail_body", self.language, title=rule.title, id=rule.id)
        return f"mailto:{quote(email, safe='@')}?subject={quote(subject)}&body={quote(body)}"

    def review(self, review: Review, corrected_by: list[str]) -> bytes:
        approvals = {a.role: a for a in review.approvals}
        done = meetings.approved(approvals)
        return self._page(
            "site_review.html.j2", 1, "review", review=review,
            by_side={s: [p for p in review.participants if p.side == s] for s in SIDES
                     if any(p.side == s for p in review.participants)},
            counts={v: n for v in VERDICTS
                    if (n := sum(1 for d in review.decisions if d.verdict == v))},
            freed=[verdicts.hours_freed(d) for d in review.decisions],
            total_freed=round(sum(verdicts.hours_freed(d) for d in review.decisions), 1),
            chair=next((p.name for p in review.participants if p.role == "formand"), None),
            vice=next((p.name for p in review.participants if p.role == "naestformand"), None),
            approvals=approvals, corrected_by=corrected_by,
            approved=max(a.date for a in review.approvals).isoformat() if done else None,
        )  # fmt: skip

    def case(self, case: Case, rule: Rule | None, overdue: bool) -> bytes:
        route = [self.config.level_name(level) for level in case.route]
        return self._page(
            "site_case.html.j2", 1, "case", case=case, rule_exists=rule is not None,
            target=self.config.level_name(case.target_level), route=route, overdue=overdue,
            hours=rule.hours_per_year if rule else None,
            legal_basis=rule.legal_basis if rule else None,
        )  # fmt: skip

    def listing(self, page: str, items: list[dict[str, Any]]) -> bytes:
        heading = tl(f"site.{page}", self.language)
        return self._page("site_list.html.j2", 1, page, heading=heading, items=items)

    def report(self, figures: Report) -> bytes:
        fmt = self._number
        owners = [(g.label, g.hours) for g in figures.by_owner if g.hours]
        freed = [(line.date, line.hours_freed) for line in figures.reviews]
        axis = tl("report.hours_axis", self.language)
        owner_chart = charts.pie(owners, tl("report.chart_owner", self.language), "owners", fmt)
        review_chart = charts.bars(
            freed, tl("report.chart_reviews", self.language), axis, "freed", fmt
        )
        return self._page(
            "site_report.html.j2", 0, "report", r=figures,
            owner_chart=owner_chart if owners else None,
            review_chart=review_chart if freed else None,
        )  # fmt: skip

    def agenda(self, the_agenda: Agenda | None) -> bytes:
        groups: dict[str, list[Any]] = {g: [] for g in GROUPS}
        for line in the_agenda.rules if the_agenda else []:
            groups[line.group].append(line)
        shown = {g: rows for g, rows in groups.items() if rows}
        return self._page("site_agenda.html.j2", 0, "agenda", a=the_agenda, groups=shown)

    def challenge(self) -> bytes:
        return self._page("site_challenge.html.j2", 0, "challenge")

    def _number(self, value: object) -> str:
        return number(value if isinstance(value, (int, float)) else None, self.language)
