"""Measurements that are used: ``use`` as a text or with the time spent using the results, in
the record, the flags, spreadsheets, the schema, ``check``, the report and the review (issue 17,
part 1). Figures are worked out by hand from the example registry."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

from regelsyn.app import meeting
from regelsyn.domain.balance import measured
from regelsyn.model import Rule, Use
from regelsyn.model.review import Decision, DecisionsFile, Participant
from regelsyn.store.registry import Registry
from regelsyn.ui.meeting import ask_use
from regelsyn.ui.prompt import ScriptedPrompter
from tests.helpers import run

# the example's measurements, registrations and reports: (id, measuring, using, share, unused)
BALANCE = [
    ("besoeg-klokkeslaet", 1925.0, 0.0, 100.0, True),  # 15 min × 220 × 35
    ("arbejdstidsregistrering", 330.0, 0.0, 100.0, True),  # 2 × 220 × 45
    ("ugentlig-vejning", 208.0, 0.0, 100.0, True),  # 30 × 52 × 8
    ("faldregistrering-dobbelt", 60.0, 0.0, 100.0, True),
    ("kvalitetsindberetning", 36.0, 0.0, 100.0, True),
    ("magtanvendelse-registrering", None, 0.0, None, True),  # its burden is not known
    ("koeletemperatur-log", 146.0, 17.3, 89.4, False),  # using: 20 min × 52 × 1 = 17.3 h
    ("trivselsmaaling", 15.0, 32.0, 31.9, False),  # using: 120 min × 2 × 8 = 32 h
    ("faldrisikoscreening", 53.3, None, None, False),  # used, but for how long is not stated
    ("utilsigtede-haendelser", 80.0, None, None, False),
]
UNDOCUMENTED = [
    "arbejdstidsregistrering",
    "besoeg-klokkeslaet",
    "faldregistrering-dobbelt",
    "kvalitetsindberetning",
    "magtanvendelse-registrering",
    "ugentlig-vejning",
]


def _lines(path: Path, start: str, count: int) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith(start))
    return lines[at : at + count]


def test_the_report_shows_each_measurements_balance(example: Path) -> None:
    result = run("report", "--format", "json", registry=example)
    assert result.exit_code == 0, result.stderr
    balance = json.loads(result.stdout)["measurements"]
    got = [(m["id"], m["measuring"], m["using"], m["share"], m["unused"]) for m in balance["lines"]]
    assert got == BALANCE
    # overall: the seven measurements whose two times are known (2,720 h measuring, 49.3 h using)
    assert {k: v for k, v in balance.items() if k != "lines"} == {
        "recommended": 20,
        "measuring": 2720.0,
        "using": 49.3,
        "share": 98.2,
        "unknown": 3,
        "unused": 6,
        "unused_hours": 2559.0,
    }
    text = run("report", registry=example).stdout
    assert (
        "| Temperaturmåling af køleskabe to gange dagligt (`koeletemperatur-log`) | "
        "Plejecenter Solhaven | 146 | 17,3 | 89,4 % |" in text
    )
    assert (
        "| Ugentlig vejning af alle beboere (`ugentlig-vejning`) – ingen bruger resultatet | "
        "Plejecenter Solhaven | 208 | 0 | 100 % |" in text
    )
    assert (
        "Samlet går 98,2 % af tiden til at måle (2.720 timer om året) og resten til at bruge "
        "resultatet (49,3 timer om året). Anbefalet: 20 % at måle, resten at bruge." in text
    )
    chart = text.split("```mermaid\nxychart-beta\n")[-1].split("```", 1)[0].splitlines()
    assert chart == [
        '    title "Andel af tiden brugt på at måle (anbefalet: 20 %)"',
        '    x-axis ["besoeg-klokkeslaet", "arbejdstidsregistrering", "ugentlig-vejning", '
        '"faldregistrering-dobbelt", "kvalitetsindberetning", "koeletemperatur-log", '
        '"trivselsmaaling"]',
        '    y-axis "Procent" 0 --> 100',
        "    bar [100.0, 100.0, 100.0, 100.0, 100.0, 89.4, 31.9]",
        "    line [20, 20, 20, 20, 20, 20, 20]",
    ]


def test_measured_by_hand() -> None:
    assert measured(146.0, 17.3, "x").share == 89.4
    assert measured(10.0, None, "Lederen bruger det.").unused is False
    assert measured(10.0, None, "  ").unused is True  # nobody is said to use it
    assert measured(10.0, 0.0, "Lederen.").unused is True  # no time spent using it
    assert measured(0.0, 0.0, None).share is None


def test_check_warns_about_a_measurement_whose_use_is_undocumented(example: Path) -> None:
    result = run("--lang", "en", "check", "--format", "json", registry=example)
    assert result.exit_code == 0  # warnings only
    found = json.loads(result.stdout)["findings"]
    flagged = [f for f in found if f["code"] == "use_undocumented"]
    assert [f["file"] for f in flagged] == [f"rules/{name}.yaml" for name in UNDOCUMENTED]
    assert flagged[0] == {
        "severity": "warning",
        "file": "rules/arbejdstidsregistrering.yaml",
        "field": "use",
        "message": "nobody is recorded as using the results; say who uses them and for what in "
        "'use' (with the time it takes), or consider removing the measurement",
        "line": 14,
        "col": 6,
        "code": "use_undocumented",
    }
    assert run("check", "--strict", registry=example).exit_code == 1
    # documenting who uses it (in either form) is enough
    assert (
        run("rule", "edit", "ugentlig-vejning", "--use", "Diætisten.", registry=example).exit_code
        == 0
    )
    again = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    assert "rules/ugentlig-vejning.yaml" not in {
        f["file"] for f in again if f["code"] == "use_undocumented"
    }


def test_writes_keep_the_form_the_file_has(example: Path) -> None:
    rules = example / "rules"
    # a plain text stays a plain text while only the text changes
    assert run("rule", "edit", "faldrisikoscreening", "--use", "Sygeplejersken.",
               registry=example).exit_code == 0  # fmt: skip
    assert _lines(rules / "faldrisikoscreening.yaml", "use:", 1) == ["use: Sygeplejersken."]
    # the time spent using it turns it into a mapping, with the text beside it
    result = run("rule", "edit", "utilsigtede-haendelser", "--use-minutes", "30",
                 "--use-per-year", "4", "--use-people", "2", registry=example)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert _lines(rules / "utilsigtede-haendelser.yaml", "use:", 6) == [
        "use:",
        "  text: Kommunens patientsikkerhedsansvarlige analyserer rapporterne og melder læring "
        "tilbage til plejecentrene.",
        "  minutes: 30",
        "  per_year: 4",
        "  people: 2",
        "status: active",
    ]
    # in a mapping, one field is changed in place; the comment above it stays
    assert run("rule", "edit", "koeletemperatur-log", "--use-minutes", "25",
               registry=example).exit_code == 0  # fmt: skip
    assert _lines(rules / "koeletemperatur-log.yaml", "# tiden til", 6) == [
        "# tiden til at bruge resultatet: køkkenlederens ugentlige gennemgang",
        "use:",
        "  text: Køkkenlederen gennemgår skemaerne ugentligt og kasserer varer ved afvigelser; "
        "Fødevarestyrelsen ser dem ved kontrolbesøg.",
        "  minutes: 25",
        "  per_year: 52",
        "  people: 1",
    ]
    rule = Registry(example).rule("koeletemperatur-log").record
    assert rule is not None and rule.use_hours == 21.7  # 25 × 52 × 1 / 60
    # a new rule with the time written from the start
    added = run("rule", "add", "--title", "Månedlig optælling af bleer", "--kind",
                "measurement", "--text", "Lageret tælles.", "--owner-level", "arbejdsplads",
                "--use", "Indkøberen bestiller efter tallet.", "--use-minutes", "10",
                registry=example)  # fmt: skip
    assert added.exit_code == 0, added.stderr
    assert _lines(rules / "maanedlig-optaelling-af-bleer.yaml", "use:", 5) == [
        "use:",
        "  text: Indkøberen bestiller efter tallet.",
        "  minutes: 10",
        "  per_year: null",
        "  people: null",
    ]


def test_spreadsheets_have_the_columns_and_reimport_changes_nothing(example: Path) -> None:
    sheet = example / "regler.csv"
    assert run("export", "--format", "csv", "--out", sheet, registry=example).exit_code == 0
    rows = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][17:21] == ["Brug", "Brug, minutter", "Brug, gange om året", "Brug, personer"]
    cooling = next(row for row in rows if row[0] == "koeletemperatur-log")
    assert cooling[17:21] == [
        "Køkkenlederen gennemgår skemaerne ugentligt og kasserer varer ved afvigelser; "
        "Fødevarestyrelsen ser dem ved kontrolbesøg.",
        "20", "52", "1",
    ]  # fmt: skip
    screening = next(row for row in rows if row[0] == "faldrisikoscreening")
    assert screening[18:21] == ["", "", ""]  # a plain text: no time
    before = {p.name: p.read_bytes() for p in (example / "rules").iterdir()}
    again = run("import", sheet, registry=example)
    assert again.exit_code == 0, again.stderr
    assert {p.name: p.read_bytes() for p in (example / "rules").iterdir()} == before
    # a sheet that gives the time for a rule whose use is a plain text
    screening[18:21] = ["10", "16", "1"]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    sheet.write_text(buffer.getvalue(), encoding="utf-8")
    assert run("import", sheet, registry=example).exit_code == 0
    rule = Registry(example).rule("faldrisikoscreening").record
    assert rule is not None
    assert rule.use == Use(text=screening[17], minutes=10, per_year=16, people=1)
    assert rule.history[-1].fields == ["use"]


def test_the_schema_knows_both_forms(example: Path) -> None:
    assert run("schema", registry=example).exit_code == 0
    schema = json.loads((example / "schemas" / "rule.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["use"]["anyOf"] == [
        {"type": "string"},
        {"$ref": "#/$defs/Use"},
        {"type": "null"},
    ]
    assert list(schema["$defs"]["Use"]["properties"]) == ["text", "minutes", "per_year", "people"]
    assert schema["$defs"]["Use"]["additionalProperties"] is False
    plain = {"id": "x", "title": "T", "kind": "measurement", "text": "T", "owner": {"level": "a"}}
    assert Rule.model_validate({**plain, "use": "Lederen."}).use == "Lederen."
    assert Rule.model_validate({**plain, "use": {"minutes": 5}}).use == Use(minutes=5)


def test_a_review_shows_the_balance_and_asks_who_uses_the_results(
    example: Path, capsys: object
) -> None:
    registry = Registry(example)
    rule = registry.rule("koeletemperatur-log").record
    assert rule is not None
    # Enter keeps what is on file: nothing new is stated
    assert ask_use(rule, ScriptedPrompter({})) is None
    prompter = ScriptedPrompter({"use_minutes": "30", "use_per_year": "52", "use_people": "2"})
    found = ask_use(rule, prompter)
    assert prompter.asked == ["use", "use_minutes", "use_per_year", "use_people"]
    assert found == Use(text=rule.use_text, minutes=30, per_year=52, people=2)
    assert ask_use(rule, ScriptedPrompter({"use": "-"})) == Use()  # nobody uses it
    # the decision writes what the meeting found to the rule, in the form the file has
    session = DecisionsFile(
        date=dt.date(2026, 11, 27),
        participants=[Participant(name="Anne Holm", side="ledelse", role="formand")],
        decided_by="Anne Holm",
        decisions=[
            Decision(rule="koeletemperatur-log", verdict="defend", confirmed=["effect"],
                     use=found),
            Decision(rule="ugentlig-vejning", verdict="defer", reason="Diætisten spørges.",
                     use=Use(text="Diætisten følger vægttab.", minutes=5, per_year=52,
                             people=1)),
        ],
    )  # fmt: skip
    meeting.apply(registry, session, meeting.Options(date=dt.date(2026, 11, 27)))
    assert _lines(example / "rules" / "koeletemperatur-log.yaml", "  minutes", 3) == [
        "  minutes: 30",
        "  per_year: 52",
        "  people: 2",
    ]
    assert _lines(example / "rules" / "ugentlig-vejning.yaml", "use:", 5) == [
        "use:",
        "  text: Diætisten følger vægttab.",
        "  minutes: 5",
        "  per_year: 52",
        "  people: 1",
    ]
    shown = run("--lang", "en", "rule", "show", "ugentlig-vejning", registry=example).stdout
    # 208 hours measuring against 5 × 52 × 1 / 60 = 4.3 using: 98 % measuring
    assert re.search(
        r"│ Measuring / using: +98 % of the time goes to measuring \(208 hours a year "
        r"against 4\.3 using the results\); recommended: at most 20 % +│",
        shown,
    )
