"""Random sequences of use cases on a real registry: a hypothesis state machine that drives
:mod:`regelsyn.app` (never the command line) in a temporary folder, with random inputs, valid
and invalid, and a "today" that moves forward. After every step :mod:`tests.guarantees` reads
the registry back from disk and checks DESIGN.md §6.

A refusal (:class:`regelsyn.errors.RegelsynError`) is an allowed outcome, and then nothing in
``rules/``, ``reviews/`` or ``cases/`` may have changed; any other exception is a failure.

Shared by tests/test_invariants.py (a few sequences) and benchmarks/invariants.py (thousands).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from regelsyn.app import cases, challenge, editing, importing, meeting, rules
from regelsyn.app.registry import open_registry
from regelsyn.domain import verdicts
from regelsyn.errors import RegelsynError
from regelsyn.model import Rule
from regelsyn.model.case import Case, Trial
from regelsyn.model.review import Decision, DecisionsFile, Participant, Premises
from regelsyn.store.registry import Registry
from regelsyn.vocab import KINDS, PREMISES, SIDES, VERDICTS
from tests import guarantees
from tests.guarantees import Books

START = dt.date(2026, 11, 27)
LEVELS = ("arbejdsplads", "forvaltning", "hoved-med", "kommunalbestyrelse", "overenskomst",
          "stat", "eu")  # fmt: skip
CONFIG = """\
schema: 1
workplace: Invariantcentret
language: da
committee: {name: Lokal-MED Invariantcentret, kind: MED}
local_level: arbejdsplads
levels:
  - {id: arbejdsplads, name: Invariantcentret, response_days: 14}
  - {id: forvaltning, name: Forvaltningen, response_days: 30}
  - {id: hoved-med, name: Hoved-MED, response_days: 60}
  - {id: kommunalbestyrelse, name: Kommunalbestyrelsen}
  - {id: overenskomst, name: Overenskomstens parter, response_days: 90}
  - {id: stat, name: Ministeriet, response_days: 90}
  - {id: eu, name: EU-retten, dispensable: false}
review: {interval_months: %(interval)d, defend_requires: %(requires)s}
"""
# id, owner level, floor, premises, burden (minutes, per_year, people), next review: a rule at
# every level of the ladder; with and without a floor, premises and a (known) burden
SEED: list[tuple[str, str, str | None, dict[str, str], tuple[Any, ...] | None, str | None]] = [
    ("lokal-log", "arbejdsplads", None, {"purpose": "Hygiejne ved tilsyn."}, (4, 730, 12),
     "2026-12-01"),
    ("lokal-gulv", "arbejdsplads", "Én måling dagligt efter egenkontrolprogrammet.", {},
     (3, 365, 8), "2025-09-01"),
    ("lokal-ukendt", "arbejdsplads", None, {}, (None, 12, 3), None),
    ("lokal-ingen", "arbejdsplads", None, {"effect": "Færre fejl (årsrapport 2024)."},
     (5, 10, 0), "2027-06-01"),
    ("forvaltning-krav", "forvaltning", None, {"purpose": "Overblik på tværs."}, (15, 220, 35),
     None),
    ("hovedmed-maaling", "hoved-med", None, {}, (15, 1, 60), "2026-06-01"),
    ("kommune-kvittering", "kommunalbestyrelse", None,
     {"legal_certainty": "Beskytter beboernes midler."}, None, "2027-01-01"),
    ("overenskomst-varsel", "overenskomst", None, {}, (60, 13, 2), "2028-04-01"),
    ("stat-haendelser", "stat", "Hændelser rapporteres efter loven.",
     {"effect": "Færre medicineringsfejl."}, (20, 6, 40), "2026-10-01"),
    ("eu-arbejdstid", "eu", None, {"purpose": "Hviletid kan kontrolleres."}, (2, 220, 45),
     "2028-01-01"),
]  # fmt: skip

TEXT = st.sampled_from(["Bruges ikke.", "Dobbeltarbejde.", "Ingen fund ved tilsyn 2023-2025.",
                        "Sikrer borgernes klageadgang.", "Én gang om ugen er nok.",
                        "Tekst med *stjerner* og | streg."])  # fmt: skip
BLANK = st.sampled_from(["", "   "])
PEOPLE = ("Anne Holm", "Bo Jensen", "Carla Nielsen", "Dorte Bak", "Ea Ørsted", "Åse *Ø* Lund")
ROLES = (None, "formand", "Næstformand", "nestleder", "TR", "amr", "chair", "kasserer")
SECRET = "Hemmelig Hansen"  # an anonymous filer: this name may be in no file, output or cache
# a folder in memory where there is one: thousands of registries are written and thrown away
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None
HOURS = st.integers(0, 3000).map(lambda n: n / 10)


def often(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value, sometimes None (a field left out)."""
    return st.one_of(strategy, strategy, strategy, st.none())


def sometimes(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def rarely(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.none(), st.none(), strategy)


def seed_rule(spec: tuple[str, str, str | None, dict[str, str], Any, str | None]) -> str:
    rule_id, level, floor, premises, burden, next_review = spec
    lines = [f"id: {rule_id}", f"title: Regel {rule_id}", "kind: documentation",
             f"text: Personalet følger {rule_id}.", f"owner: {{level: {level}}}"]  # fmt: skip
    if floor:
        lines.append(f"floor: {floor}")
    lines += [f"{name}: {value}" for name, value in premises.items()]
    if burden is not None:
        minutes, per_year, people = ("null" if v is None else v for v in burden)
        lines.append(f"burden: {{minutes: {minutes}, per_year: {per_year}, people: {people}}}")
    lines.append(f"next_review: {next_review or 'null'}")
    return "\n".join(lines) + "\n"


class Tally:
    """What the machine tried, for the long run's figures."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.sequences = 0
        self.steps = 0
        self.done: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.open: Counter[str] = Counter()  # rules left out of a check (guarantees.py)

    def line(self) -> str:
        ops = ", ".join(f"{name} {self.done[name]}/{self.done[name] + self.refused[name]}"
                        for name in sorted(self.done | self.refused))  # fmt: skip
        open_questions = ", ".join(f"{name}: {count}" for name, count in sorted(self.open.items()))
        return (
            f"{self.sequences} sequences, {self.steps} steps\n  done/tried: {ops}\n"
            f"  rules left out of one check: {open_questions or 'none'}\n"
        )


TALLY = Tally()


class ProcessMachine(RuleBasedStateMachine):
    """A registry in a temporary folder, driven through the use cases."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="regelsyn-machine-", dir=SCRATCH))
        self.root = self.tmp / "registry"
        self.books = Books(today=START)
        self.anonymous_cases: list[str] = []
        self.rule_ids: list[str] = []
        self.facts: dict[str, guarantees.Facts] = {}
        self.case_ids: list[str] = []
        TALLY.sequences += 1

    def teardown(self) -> None:
        TALLY.open["heavier by a decision (open question 1)"] += len(self.books.raised)
        TALLY.open["trial overtaken (open question 2)"] += len(self.books.trial_overridden)
        shutil.rmtree(self.tmp, ignore_errors=True)

    @property
    def today(self) -> dt.date:
        return self.books.today

    # -- the registry ---------------------------------------------------------------------
    @initialize(requires=st.sampled_from(["one", "effect"]), interval=st.sampled_from([24, 12]))
    def start(self, requires: str, interval: int) -> None:
        (self.root / "rules").mkdir(parents=True)
        text = CONFIG % {"interval": interval, "requires": requires}
        (self.root / "regelsyn.yaml").write_text(text, encoding="utf-8")
        for spec in SEED:
            (self.root / "rules" / f"{spec[0]}.yaml").write_text(seed_rule(spec), "utf-8")
        self.registry = open_registry(self.root)
        self._book({}, hand=False)

    def _book(self, before: dict[str, guarantees.Facts], *, hand: bool) -> None:
        after = guarantees.rule_facts(self.root)
        self.books.learn(before, after, hand=hand)
        self.facts = after
        self.rule_ids = sorted(after)
        self.case_ids = Registry(self.root).case_ids()

    def _do(self, name: str, action: Callable[[], Any], *, hand: bool = False) -> Any:
        """Run one use case; a refusal must leave the records as they were."""
        TALLY.steps += 1
        files = guarantees.record_bytes(self.root)
        before = guarantees.rule_facts(self.root)
        try:
            result = action()
        except RegelsynError as refusal:
            TALLY.refused[name] += 1
            changed = guarantees.changed_files(files, guarantees.record_bytes(self.root))
            assert not changed, f"{name} was refused ({refusal.message!r}) but wrote {changed}"
            return None
        TALLY.done[name] += 1
        self._book(before, hand=hand)
        return result

    # -- strategies that depend on the registry ----------------------------------------------
    def _rule_id(self, data: st.DataObject) -> str:
        return str(data.draw(st.sampled_from(self.rule_ids), label="rule"))

    def _cases(self) -> list[Case]:
        return [c.record for c in Registry(self.root).load_cases() if c.record is not None]

    def _case(self, data: st.DataObject, *states: str) -> Case:
        """A case, mostly one in one of ``states`` (if there is one)."""
        found = {case.id: case for case in self._cases()}
        wanted = sorted(i for i, c in found.items() if c.status in states)
        pool = wanted if wanted and data.draw(st.integers(0, 4), label="any case") else []
        return found[data.draw(st.sampled_from(pool or sorted(found)), label="case")]

    def _date(self, data: st.DataObject, low: int = -20, high: int = 20) -> dt.date:
        """Mostly today; sometimes a date around it (backdated or ahead)."""
        offset = data.draw(st.one_of(st.just(0), st.just(0), st.integers(low, high)), label="date")
        return self.today + dt.timedelta(days=offset)

    def _trial(self, data: st.DataObject) -> Trial:
        start = self.today + dt.timedelta(days=data.draw(st.integers(-30, 120), label="start"))
        length = data.draw(st.integers(1, 200), label="days")
        return Trial(
            start=start,
            end=start + dt.timedelta(days=length),
            purpose_kept="Formålet holdes.",
            legal_certainty_kept="Ingen borgerrettigheder berøres.",
            higher_rules_kept="Loven følges fortsat.",
            evaluation="Lederen evaluerer.",
            alternative=data.draw(sometimes(TEXT), label="alternative"),
            alternative_hours=data.draw(rarely(HOURS), label="alternative_hours"),
        )

    def _terms(self, data: st.DataObject, request: str | None) -> dict[str, Any]:
        """A trial's terms as flags give them: complete, with gaps, or none."""
        if request != "trial" and data.draw(st.integers(0, 9), label="stray terms"):
            return {}
        trial = self._trial(data)
        terms = trial.model_dump(exclude={"alternative_hours"})
        if data.draw(st.integers(0, 5), label="end first") == 0:
            terms["end"] = trial.start  # an end that is not after the start
        if data.draw(st.integers(0, 5), label="gap") == 0:
            terms[data.draw(st.sampled_from(sorted(terms)), label="missing")] = None
        return terms

    # -- rules: adding, editing, importing ---------------------------------------------------
    @precondition(lambda self: len(self.rule_ids) < 16)  # a registry small enough to meet again
    @rule(data=st.data())
    def add_rule(self, data: st.DataObject) -> None:
        fields: dict[str, Any] = {
            "title": data.draw(st.sampled_from(["Ny regel", "Ugentlig tælling", "Ny regel"])),
            "kind": data.draw(st.sampled_from(KINDS)),
            "text": "Personalet gør det.",
            "owner.level": data.draw(st.sampled_from([*LEVELS, "forvaltningen"])),
            "floor": data.draw(sometimes(TEXT), label="floor"),
            "next_review": data.draw(sometimes(st.integers(-400, 400)), label="next_review"),
        }
        if fields["next_review"] is not None:
            fields["next_review"] = self.today + dt.timedelta(days=fields["next_review"])
        for name in PREMISES:
            fields[name] = data.draw(rarely(st.one_of(TEXT, BLANK)), label=name)
        if data.draw(st.booleans(), label="burden"):
            fields["burden.minutes"] = data.draw(sometimes(st.integers(-1, 60)), label="minutes")
            fields["burden.per_year"] = data.draw(often(st.integers(0, 400)), label="per_year")
            fields["burden.people"] = data.draw(often(st.integers(0, 40)), label="people")
        given = {name: value for name, value in fields.items() if value is not None}
        self._do("add", lambda: rules.add(self.registry, given, self.today))

    @rule(data=st.data())
    def edit_rule(self, data: st.DataObject) -> None:
        rule_id = self._rule_id(data)
        choices = {
            "title": TEXT,
            "purpose": st.one_of(TEXT, BLANK),
            "tags": st.lists(st.sampled_from(["hygiejne", "mad", "tid"]), max_size=2),
            "owner.level": st.sampled_from([*LEVELS, "forvaltningen"]),
            "burden.minutes": st.integers(0, 60),
            "burden.per_year": st.integers(0, 400),
            "burden.people": st.integers(0, 40),
            "next_review": st.integers(-400, 400).map(lambda d: self.today + dt.timedelta(d)),
            "status": st.sampled_from(["removed", "defended", "active"]),
        }
        names = data.draw(st.lists(st.sampled_from(sorted(choices)), min_size=1, max_size=3,
                                   unique=True), label="fields")  # fmt: skip
        changes = {name: data.draw(choices[name], label=name) for name in names}
        note = self._do("edit", lambda: editing.apply_flags(self.registry, rule_id, changes,
                                                            self.today), hand=True)  # fmt: skip
        assert note is None or "status" not in changes, f"{rule_id}: status edited by hand"

    @rule(data=st.data())
    def import_sheet(self, data: st.DataObject) -> None:
        columns = ["Id", "Titel", "Type", "Ejer", "Formål", "Minutter", "Gange om året",
                   "Personer", "Status"]  # fmt: skip
        rows = []
        for _ in range(data.draw(st.integers(1, 3), label="rows")):
            known = data.draw(st.booleans(), label="existing rule")
            rows.append([
                self._rule_id(data) if known else "",
                data.draw(st.sampled_from(["Importeret regel", "Kvittering for nøgler", ""])),
                data.draw(st.sampled_from(["dokumentation", "måling", "approval", "", "x"])),
                data.draw(st.sampled_from([*LEVELS, "Forvaltningen", "", "ukendt"])),
                data.draw(st.sampled_from(["", "Et formål."])),
                data.draw(st.sampled_from(["", "3,5", "10", "-2"])),
                data.draw(st.sampled_from(["", "52", "365"])),
                data.draw(st.sampled_from(["", "0", "4"])),
                data.draw(st.sampled_from(["", "", "", "aktiv", "fjernet", "removed"])),
            ])  # fmt: skip
        keep = data.draw(st.lists(st.sampled_from(range(len(columns))), min_size=1, unique=True),
                         label="columns")  # fmt: skip
        lines = [";".join(columns[i] for i in sorted(keep))]
        lines += [";".join(row[i] for i in sorted(keep)) for row in rows]
        sheet = self.tmp / "ark.csv"
        sheet.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        skip = data.draw(st.booleans(), label="skip invalid")

        def run() -> None:
            plan = importing.prepare(self.registry, sheet, mapping=None, sheet=None,
                                     today=self.today)  # fmt: skip
            importing.apply(self.registry, plan, skip_invalid=skip, dry_run=False,
                            today=self.today)  # fmt: skip

        self._do("import", run, hand=True)

    # -- the meeting ----------------------------------------------------------------------------
    def _decision(self, data: st.DataObject, rule: Rule, careful: bool) -> Decision:
        """A decision on ``rule``: anything at all, or (``careful``) one that a committee
        that knows the rules of the process would state."""
        config = self.registry.config()
        allowed = verdicts.allowed_verdicts(config, rule) if careful else VERDICTS
        verdict = data.draw(st.sampled_from(allowed), label="verdict")
        fields: dict[str, Any] = {"rule": rule.id, "verdict": verdict}
        filled = (lambda s: s) if careful else often
        if verdict == "defend" or data.draw(st.integers(0, 5), label="premises anyway") == 0:
            premise = st.one_of(TEXT, BLANK) if not careful else TEXT
            fields["premises"] = data.draw(sometimes(st.builds(
                Premises, purpose=sometimes(premise), effect=sometimes(premise),
                legal_certainty=sometimes(premise),
            )), label="premises")  # fmt: skip
            some = st.lists(st.sampled_from(PREMISES), max_size=2, unique=True)
            fields["confirmed"] = data.draw(some, label="confirmed")
            fields["not_documented"] = data.draw(some, label="not_documented")
            if careful and verdict == "defend":  # an effect stated at the meeting
                stated = fields["premises"] or Premises()
                fields["premises"] = stated.model_copy(update={"effect": data.draw(TEXT)})
                fields["not_documented"] = [p for p in fields["not_documented"] if p != "effect"]
        if verdict in ("amend", "reduce_to_floor"):
            fields["text"] = data.draw(filled(TEXT) if verdict == "amend" else sometimes(TEXT))
            fields["hours_after"] = data.draw(sometimes(HOURS), label="hours_after")
        if verdict == "merge":
            targets = [*self.rule_ids, "findes-ikke"]
            if careful:
                targets = [i for i in self.rule_ids if i != rule.id] or targets
            fields["into"] = data.draw(filled(st.sampled_from(targets)), label="into")
        if verdict == "escalate":
            recommend = data.draw(filled(st.sampled_from(["remove", "amend", "trial"])))
            fields["recommend"] = recommend
            fields["proposal"] = data.draw(filled(TEXT), label="proposal")
            fields["grounds"] = data.draw(sometimes(TEXT), label="grounds")
            if recommend == "trial" and (careful or data.draw(st.integers(0, 5), label="terms")):
                fields["trial"] = self._trial(data)
        if verdict == "defer":
            fields["reason"] = data.draw(filled(TEXT), label="reason")
        if data.draw(st.integers(0, 5), label="disagreement") == 0:
            fields["stance"] = "disagreement"
            fields["minority"] = data.draw(filled(TEXT), label="minority")
        return Decision(**fields)

    @rule(data=st.data())
    def hold_meeting(self, data: st.DataObject) -> None:
        careful = data.draw(st.integers(0, 3), label="careful") > 0
        participants = data.draw(st.lists(st.builds(
            Participant, name=st.sampled_from(PEOPLE), side=st.sampled_from(SIDES),
            role=st.sampled_from(ROLES),
        ), min_size=1 if careful else 0, max_size=3), label="participants")  # fmt: skip
        decided_by = data.draw(st.sampled_from(PEOPLE) if careful else often(st.sampled_from(
            PEOPLE)), label="decided_by")  # fmt: skip
        records = {r.record.id: r.record for r in Registry(self.root).load_rules() if r.record}
        chosen = data.draw(st.lists(st.sampled_from(self.rule_ids), min_size=1, max_size=3,
                                    unique=careful), label="rules")  # fmt: skip
        decisions = [self._decision(data, records[rule_id], careful) for rule_id in chosen]
        session = DecisionsFile(date=self.today, participants=participants,
                                decided_by=decided_by, decisions=decisions)  # fmt: skip
        options = meeting.Options(date=self.today)
        self._do("meeting", lambda: meeting.apply(self.registry, session, options))

    # -- cases ------------------------------------------------------------------------------------
    @rule(data=st.data())
    def file_challenge(self, data: st.DataObject) -> None:
        request = data.draw(often(st.sampled_from(["remove", "amend", "trial"])), label="request")
        given = challenge.Given(request=request, problem=data.draw(TEXT, label="problem"),
                                proposal=data.draw(sometimes(TEXT), label="proposal"))  # fmt: skip
        if data.draw(st.integers(0, 5), label="unregistered"):
            given.rule = self._rule_id(data)
        else:
            given.unregistered = "Uregistreret krav om kvittering"
            given.owner_level = data.draw(sometimes(st.sampled_from([*LEVELS, "ukendt"])))
        who = data.draw(st.sampled_from(["named", "anonymous", "anonymous", "named and anonymous",
                                         "anonymous without via"]), label="who")  # fmt: skip
        if who == "named":
            given.filed_by = data.draw(st.sampled_from(PEOPLE), label="filed_by")
        else:
            given.anonymous = True
            given.via = None if who == "anonymous without via" else "Carla Nielsen (TR)"
            if who == "named and anonymous":
                given.filed_by = SECRET  # refused; the name must then be nowhere
                self.books.secrets.add(SECRET)
        for name, value in self._terms(data, request).items():
            setattr(given, name, value)
        filed = self._do("challenge", lambda: challenge.file(self.registry, given, self.today))
        if filed is not None and filed.case.anonymous:
            self.anonymous_cases.append(filed.case.id)

    @rule(data=st.data())
    def trial_granted(self, data: st.DataObject) -> None:
        """A trial filed and then granted (two use cases, two steps), so that trials run often
        enough to be evaluated, overlapped and overtaken."""
        local = sorted(i for i, f in self.facts.items() if f.owner == "arbejdsplads")
        rule_id = data.draw(st.sampled_from(local or self.rule_ids), label="rule")
        given = challenge.Given(rule=rule_id, request="trial", problem="Prøv uden.",
                                filed_by=data.draw(st.sampled_from(PEOPLE)))  # fmt: skip
        for name, value in self._trial(data).model_dump(exclude={"alternative_hours"}).items():
            setattr(given, name, value)
        date = self._date(data)
        filed = self._do("challenge", lambda: challenge.file(self.registry, given, self.today))
        if filed is not None:
            self._do("decide", lambda: cases.decide(self.registry, filed.case.id, "granted",
                                                    "Ja.", "Anne Holm", date))  # fmt: skip

    @precondition(lambda self: self.case_ids)
    @rule(data=st.data())
    def decide_case(self, data: st.DataObject) -> None:
        unanswered = any(c.status in ("redirected", "no_answer") for c in self._cases())
        if unanswered and data.draw(st.integers(0, 2), label="unanswered") == 0:
            case = self._case(data, "redirected", "no_answer")
        else:
            case = self._case(data, "submitted", "in_review", "redirected", "no_answer")
        if case.status in ("redirected", "no_answer") and data.draw(st.booleans()):
            outcome = data.draw(st.sampled_from(["closed", "withdrawn"]), label="outcome")
        else:
            outcomes = ["granted", "granted", "partly", "rejected", "withdrawn", "in_review",
                        "closed"]  # fmt: skip
            outcome = data.draw(st.sampled_from(outcomes), label="outcome")
        by = data.draw(st.sampled_from(PEOPLE), label="by")
        date = self._date(data)
        self._do("decide", lambda: cases.decide(self.registry, case.id, outcome,
                                                "Begrundelse.", by, date))  # fmt: skip

    @rule(data=st.data())
    def escalate(self, data: st.DataObject) -> None:
        live = [(i, f.owner) for i, f in self.facts.items() if f.status != "removed"]
        higher = sorted(i for i, owner in live if owner not in ("arbejdsplads", "eu"))
        waiting = ("in_review", "submitted", "redirected", "no_answer")
        pending = [c for c in self._cases() if c.status in waiting]
        to_case = bool(self.case_ids) and data.draw(st.integers(0, 3 if pending else 9)) < 2
        if to_case:
            target = self._case(data, *waiting).id
        elif higher and data.draw(st.integers(0, 3), label="owned higher up"):
            target = data.draw(st.sampled_from(higher), label="rule")
        else:
            target = self._rule_id(data)
        recommend = data.draw(sometimes(st.sampled_from(["remove", "amend", "trial"])))
        stance = data.draw(sometimes(st.sampled_from(["agreement", "disagreement"])))
        levels = st.sampled_from([*LEVELS, "ukendt"])
        kwargs = {
            "recommend": recommend,
            "to_level": data.draw(sometimes(levels) if to_case else rarely(levels), label="to"),
            "problem": data.draw(sometimes(TEXT), label="problem"),
            "proposal": data.draw(often(TEXT), label="proposal"),
            "stance": stance,
            "minority": data.draw(often(TEXT) if stance == "disagreement" else rarely(TEXT)),
            "by": data.draw(sometimes(st.sampled_from(PEOPLE)), label="by"),
            "date": self._date(data),
            "terms": self._terms(data, recommend),
        }
        self._do("escalate", lambda: cases.escalate(self.registry, target, **kwargs))

    @precondition(lambda self: self.case_ids)
    @rule(data=st.data())
    def reply(self, data: st.DataObject) -> None:
        case = self._case(data, "escalated")
        outcome = data.draw(st.sampled_from(["granted", "partly", "rejected", "redirected",
                                             "no_answer"]), label="outcome")  # fmt: skip
        note = data.draw(sometimes(TEXT), label="note")
        date = self._date(data)
        self._do("reply", lambda: cases.reply(self.registry, case.id, outcome, note, None, date))

    @precondition(lambda self: self.case_ids)
    @rule(data=st.data())
    def evaluate(self, data: st.DataObject) -> None:
        case = self._case(data, "trial_running")
        outcome = data.draw(st.sampled_from(["made_permanent", "reverted"]), label="outcome")
        date = self._date(data, -60, 250)
        if case.trial is not None and data.draw(st.booleans(), label="after its start"):
            date = case.trial.start + dt.timedelta(days=data.draw(st.integers(0, 250)))
        self._do("evaluate", lambda: cases.evaluate(self.registry, case.id, "Evalueret.",
                                                    outcome, None, date))  # fmt: skip

    # -- time, and a name written where it must not be ------------------------------------------
    @rule(days=st.sampled_from([1, 7, 30, 100, 400]))
    def advance(self, days: int) -> None:
        TALLY.steps += 1
        self.books.today = self.today + dt.timedelta(days=days)

    @precondition(lambda self: self.anonymous_cases)
    @rule(data=st.data())
    def name_written_by_hand(self, data: st.DataObject) -> None:
        """Someone writes the filer's name into an anonymous case file by hand: the file holds
        it (check flags it), but nothing regelsyn writes or shows may."""
        TALLY.steps += 1
        case_id = data.draw(st.sampled_from(self.anonymous_cases), label="case")
        path = self.root / "cases" / f"{case_id}.yaml"
        text = path.read_text(encoding="utf-8")
        if "filed_by: null" in text:
            path.write_text(text.replace("filed_by: null", f"filed_by: {SECRET}"), "utf-8")
            self.books.secrets.add(SECRET)
            self.books.hand_named.add(f"cases/{case_id}.yaml")

    @invariant()
    def guarantees_hold(self) -> None:
        if hasattr(self, "registry"):
            guarantees.check_all(self.root, self.books)
