"""`regelsyn learn`: what comparable workplaces did, read across a federation of copies of the
example registry that made different decisions (reviews applied through ``meeting.apply`` and
``regelsyn review --decisions``, challenges filed, trials evaluated); and the line a review
shows when ``learn_from`` names them."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regelsyn.app import challenge, meeting
from regelsyn.app import learn as learning
from regelsyn.app.cases import decide, evaluate
from regelsyn.model.review import Decision, DecisionsFile, Participant
from regelsyn.store.registry import Registry
from regelsyn.ui.meeting import MeetingScreen
from regelsyn.ui.prompt import ScriptedPrompter
from tests.helpers import copy_example, run

PEOPLE = [Participant(name="Anne Holm", side="ledelse", role="formand")]
SECRET = "Hemmelig Hansen"  # a filer's name: in no output of learn
TRIAL = {
    "start": dt.date(2026, 2, 1),
    "end": dt.date(2026, 7, 31),
    "purpose_kept": "Formålet holdes.",
    "legal_certainty_kept": "Ingen borgere berøres.",
    "higher_rules_kept": "Loven følges.",
    "evaluation": "Evalueres i august.",
}
DECISIONS = """\
date: 2026-05-04
participants: [{name: Carl Berg, side: ledelse, role: formand}]
decided_by: Carl Berg
decisions:
  - {rule: ugentlig-vejning, verdict: remove, grounds: Ingen bruger vægten.}
  - {rule: koeletemperatur-log, verdict: reduce_to_floor, hours_after: 73}
  - {rule: rengoering-log, verdict: defend, confirmed: [purpose]}
"""


def _named(root: Path, workplace: str) -> Path:
    copy_example(root)
    config = root / "regelsyn.yaml"
    text = config.read_text(encoding="utf-8").replace("Plejecenter Solhaven", workplace)
    config.write_text(text, encoding="utf-8")
    return root


def _meet(root: Path, date: dt.date, *decisions: Decision) -> None:
    session = DecisionsFile(date=date, participants=PEOPLE, decided_by="Anne Holm",
                            decisions=[*decisions])  # fmt: skip
    meeting.apply(Registry(root), session, meeting.Options(date=date))


def _trial(root: Path, rule: str, result: str, outcome: str, **who: object) -> None:
    registry = Registry(root)
    given = challenge.Given(rule=rule, request="trial", problem="Dobbelt arbejde.", **TRIAL,
                            **who)  # type: ignore[arg-type]  # fmt: skip
    filed = challenge.file(registry, given, dt.date(2026, 1, 5))
    case = filed.case.id
    decide(registry, case, "granted", "Vi prøver.", "Anne Holm", dt.date(2026, 1, 10))
    evaluate(registry, case, result, outcome, "Anne Holm", dt.date(2026, 8, 15))


def build(parent: Path) -> Path:
    """Four workplaces that made different decisions, and Solhaven (the example) beside them."""
    nord = _named(parent / "nord", "Plejecenter Nord")
    _meet(nord, dt.date(2026, 3, 2),
          Decision(rule="ugentlig-vejning", verdict="remove", grounds="Ingen bruger vægten."),
          Decision(rule="rengoering-log", verdict="amend", text="Ugentlig kvittering.",
                   hours_after=100))  # fmt: skip
    syd = _named(parent / "syd", "Plejecenter Syd")
    (parent / "syd.yaml").write_text(DECISIONS, encoding="utf-8")
    done = run("review", "--decisions", parent / "syd.yaml", registry=syd)
    assert done.exit_code == 0, done.stderr
    vest = _named(parent / "vest", "Plejecenter Vest")
    # the same rules under other names: one by a similar title, one by the same hjemmel
    weigh = (vest / "rules" / "ugentlig-vejning.yaml").read_text(encoding="utf-8")
    weigh = weigh.replace("id: ugentlig-vejning", "id: vejning-af-beboere").replace(
        "title: Ugentlig vejning af alle beboere", "title: Ugentlig vejning af beboerne"
    )
    (vest / "rules" / "vejning-af-beboere.yaml").write_text(weigh, encoding="utf-8")
    (vest / "rules" / "ugentlig-vejning.yaml").unlink()
    cool = (vest / "rules" / "koeletemperatur-log.yaml").read_text(encoding="utf-8")
    cool = (
        cool.replace("id: koeletemperatur-log", "id: koeleskabe")
        .replace(
            "title: Temperaturmåling af køleskabe to gange dagligt", "title: Kontrol af kølerum"
        )
        .replace("Forordning (EF) nr. 852/2004 art. 5", "forordning (EF) nr. 852/2004, art. 5")
    )
    (vest / "rules" / "koeleskabe.yaml").write_text(cool, encoding="utf-8")
    (vest / "rules" / "koeletemperatur-log.yaml").unlink()
    _meet(vest, dt.date(2026, 4, 7),
          Decision(rule="vejning-af-beboere", verdict="remove"),
          Decision(rule="koeleskabe", verdict="defend",
                   confirmed=["purpose", "effect"]))  # fmt: skip
    oest = _named(parent / "oest", "Plejecenter Øst")
    _trial(oest, "faldregistrering-dobbelt", "Ingen fald blev overset; EOJ alene er nok.",
           "made_permanent", anonymous=True, via="Carla (TR)")  # fmt: skip
    _trial(oest, "ugentlig-vejning", "Vægttab blev opdaget for sent; vejningen genindføres.",
           "reverted", filed_by=SECRET)  # fmt: skip
    home = copy_example(parent / "solhaven")
    with (home / "regelsyn.yaml").open("a", encoding="utf-8") as settings:
        settings.write("# de registre, en gennemgang lærer af\nlearn_from: ['../*/']\n")
    return parent


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("federation"))


@pytest.fixture
def federation(built: Path) -> Path:
    """A fresh copy of the federation in the current folder (so names are relative)."""
    here = Path.cwd()
    for registry in sorted(p for p in built.iterdir() if p.is_dir()):
        shutil.copytree(registry, here / registry.name, ignore=shutil.ignore_patterns(".regelsyn"))
    return here


REGISTRIES = ["nord", "oest", "syd", "vest"]
# (topic, match, registry, rule, action, date, before, after, freed): newest first in a topic
EVERYTHING = [
    ("ugentlig-vejning", "id", "oest", "ugentlig-vejning", "trial_reverted", "2026-08-15",
     None, None, None),
    ("ugentlig-vejning", "id", "syd", "ugentlig-vejning", "removed", "2026-05-04",
     208.0, None, 208.0),
    ("ugentlig-vejning", "title", "vest", "vejning-af-beboere", "removed", "2026-04-07",
     208.0, None, 208.0),
    ("ugentlig-vejning", "id", "nord", "ugentlig-vejning", "removed", "2026-03-02",
     208.0, None, 208.0),
    # two rules with one lesson each, compared by hjemmel: the first by id leads the topic
    ("koeleskabe", "legal_basis", "syd", "koeletemperatur-log", "reduced_to_floor",
     "2026-05-04", 146.0, 73.0, 73.0),
    ("koeleskabe", "id", "vest", "koeleskabe", "defended", "2026-04-07", 146.0, None, 0.0),
    ("rengoering-log", "id", "syd", "rengoering-log", "defended", "2026-05-04",
     584.0, None, 0.0),
    ("rengoering-log", "id", "nord", "rengoering-log", "amended", "2026-03-02",
     584.0, 100.0, 484.0),
    ("faldregistrering-dobbelt", "id", "oest", "faldregistrering-dobbelt",
     "trial_made_permanent", "2026-08-15", None, None, 60.0),
]  # fmt: skip


def _rows(text: str) -> list[tuple[object, ...]]:
    keys = ("topic", "match", "registry", "rule", "action", "date", "hours_before",
            "hours_after", "hours_freed")  # fmt: skip
    return [tuple(row[key] for key in keys) for row in json.loads(text)]


def test_learn_lists_what_every_workplace_did_gathered_by_comparable_rule(
    federation: Path,
) -> None:
    result = run("learn", "nord", "oest", "syd", "vest", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert _rows(result.stdout) == EVERYTHING
    rows = json.loads(result.stdout)
    assert {row["workplace"] for row in rows} == {
        "Plejecenter Nord", "Plejecenter Øst", "Plejecenter Syd", "Plejecenter Vest"
    }  # fmt: skip
    trials = {row["rule"]: row["result"] for row in rows if row["action"].startswith("trial_")}
    assert trials == {
        "ugentlig-vejning": "Vægttab blev opdaget for sent; vejningen genindføres.",
        "faldregistrering-dobbelt": "Ingen fald blev overset; EOJ alene er nok.",
    }
    assert [row["source"] for row in rows if row["registry"] == "syd"] == [
        "reviews/2026-05-04", "reviews/2026-05-04", "reviews/2026-05-04"
    ]  # fmt: skip
    assert rows[4]["legal_basis"] == (
        "Forordning (EF) nr. 852/2004 art. 5 og bekendtgørelse om fødevarehygiejne"
    )
    # a pattern finds the same registries; each registry is read once
    again = run("learn", "*/", "nord", "--format", "json")
    assert again.exit_code == 0
    assert sorted(_rows(again.stdout)) == sorted(EVERYTHING)  # Solhaven has done nothing yet


def test_learn_about_one_rule_leaves_the_current_registry_out(federation: Path) -> None:
    # oest asks about its own rule: what others did, not what it did itself
    result = run("learn", "--rule", "ugentlig-vejning", "*/", "--format", "json",
                 registry=federation / "oest")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert _rows(result.stdout) == [row for row in EVERYTHING[:4] if row[2] != "oest"]
    csv_lines = run("learn", "--rule", "ugentlig-vejning", "*/", "--format", "csv",
                    registry=federation / "oest").stdout.splitlines()  # fmt: skip
    assert csv_lines[0] == (  # as export writes a sheet: for Danish Excel, in Danish
        "\ufeffEmne (regel);Sammenlignet på;Register;Arbejdsplads;Regel;Titel;Hjemmel;"
        "Hvad blev gjort;Dato;Timer om året før;Timer om året efter;Timer om året frigjort;"
        "Forsøgets resultat;Kilde"
    )
    assert csv_lines[1] == (
        "ugentlig-vejning;samme id;syd;Plejecenter Syd;ugentlig-vejning;Ugentlig vejning af "
        "alle beboere;;fjernet;2026-05-04;208;;208;;reviews/2026-05-04"
    )
    assert len(csv_lines) == 4


def test_learn_from_in_the_settings_names_the_registries(federation: Path) -> None:
    result = run("learn", "--rule", "faldregistrering-dobbelt", "--format", "json",
                 registry=federation / "solhaven")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(row["registry"], row["action"]) for row in rows] == [
        (str(federation / "oest"), "trial_made_permanent")
    ]
    table = run("--lang", "en", "learn", "--rule", "ugentlig-vejning",
                registry=federation / "solhaven")  # fmt: skip
    assert table.exit_code == 0
    assert table.out_lines[0].rstrip() == (
        "Ugentlig vejning af alle beboere (ugentlig-vejning): Removed at 3 other workplaces; "
        "1 trial reverted"
    )


def test_a_review_says_what_comparable_workplaces_did(federation: Path) -> None:
    registry = Registry(federation / "solhaven")
    prompter = ScriptedPrompter({}, confirm=True)
    options = meeting.Options(
        ids=["ugentlig-vejning", "faldregistrering-dobbelt", "forflytningsvurdering"],
        date=dt.date(2026, 11, 27), participants=["Anne Holm:ledelse:formand"],
        decided_by="Anne Holm",
    )  # fmt: skip
    outcome = meeting.interactive(registry, options, lambda: MeetingScreen(prompter),
                                  resume=False)  # fmt: skip
    assert outcome.recorded is not None
    lines = [line for line in prompter.said if "regelsyn learn --rule" in line]
    assert lines == [  # in the order of the agenda: own rules first, then those on a floor
        "Fjernet på 3 andre arbejdspladser; 1 forsøg rullet tilbage (se 'regelsyn learn --rule "
        "ugentlig-vejning').",
        "1 forsøg gjort permanent (se 'regelsyn learn --rule faldregistrering-dobbelt').",
    ]


def test_no_line_without_learn_from(example: Path) -> None:
    registry = Registry(example)
    rules = [registry.rule("ugentlig-vejning").record]
    assert learning.review_lines(registry, rules) == {}  # type: ignore[arg-type]


def test_no_filers_name_in_any_output(federation: Path) -> None:
    case = next((federation / "oest" / "cases").glob("U-*-ugentlig-vejning-*.yaml"))
    assert SECRET in case.read_text(encoding="utf-8")  # filed by name: the file holds it
    outputs = [
        run("learn", *REGISTRIES, "--format", fmt).stdout for fmt in ("json", "csv", "table")
    ]
    assert run("learn", *REGISTRIES, "--render", "digest.md").exit_code == 0
    outputs.append((federation / "digest.md").read_text(encoding="utf-8"))
    for text in outputs:
        assert SECRET not in text and "Hansen" not in text and "Carla" not in text
        assert "Anne Holm" not in text and "Carl Berg" not in text  # nor the committee's


def test_the_digest_an_administration_sends_round(federation: Path, snapshot: object) -> None:
    result = run("learn", *REGISTRIES, "--render", "erfaringer.md")
    assert result.exit_code == 0
    assert f"✓ Oversigten er skrevet: {federation / 'erfaringer.md'}" in result.err_lines
    assert (federation / "erfaringer.md").read_text(encoding="utf-8") == snapshot


def test_learn_refuses_without_registries_and_names_broken_ones(
    federation: Path, example: Path
) -> None:
    result = run("learn", registry=example)
    assert result.exit_code == 2
    assert result.err_lines[0] == (
        "Fejl: Nævn de registre, der skal læres af (fx '../*/'), eller skriv dem i learn_from i "
        "regelsyn.yaml."
    )
    nowhere = run("learn")  # not in a registry either
    assert (nowhere.exit_code, nowhere.err_lines[0]) == (2, result.err_lines[0])
    missing = run("learn", "--rule", "ingen-saadan", "nord", registry=example)
    assert missing.exit_code == 1
    assert missing.err_lines[0] == "Fejl: Der er ingen regel med id 'ingen-saadan'."
    (federation / "syd" / "reviews" / "2026-05-04.yaml").write_text("id: [x\n", encoding="utf-8")
    (federation / "vest" / "regelsyn.yaml").write_text("levels: 3\n", encoding="utf-8")
    broken = run("learn", *REGISTRIES, "--format", "json")
    assert broken.exit_code == 0
    assert broken.err_lines == [
        "Advarsel: syd: 1 fil kunne ikke læses og er sprunget over; kør 'regelsyn -C syd check'.",
        "Advarsel: vest kunne ikke læses som register og er sprunget over; kør 'regelsyn -C "
        "vest check'.",
    ]
    assert {row["registry"] for row in json.loads(broken.stdout)} == {"nord", "oest"}


def test_a_warm_learn_reads_no_yaml_and_imports_no_pydantic(federation: Path) -> None:
    command = [sys.executable, "-X", "importtime", "-m", "regelsyn", "learn", *REGISTRIES,
               "--format", "json"]  # fmt: skip
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "pydantic" in first.stderr  # the first run fills the caches
    warm = subprocess.run(command, capture_output=True, text=True, check=True)
    loaded = {line.split("|")[-1].strip() for line in warm.stderr.splitlines() if "|" in line}
    assert not loaded & {"pydantic", "ruamel.yaml", "jinja2", "rich.console"}
    assert _rows(warm.stdout) == EVERYTHING


def test_the_installed_command(federation: Path) -> None:
    """The console script pip installed, as an administration runs it."""
    script = Path(sys.executable).with_name("regelsyn")
    env = {**os.environ, "REGELSYN_LANG": "en"}
    found = subprocess.run([str(script), "learn", *REGISTRIES, "--format", "json"],
                           capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert found.returncode == 0, found.stderr
    assert _rows(found.stdout) == EVERYTHING
    report = subprocess.run([str(script), "-C", "syd", "report", "--format", "json"],
                            capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert report.returncode == 0, report.stderr
    balance = json.loads(report.stdout)["measurements"]
    # the example's 2,720 hours measuring, less the weighing removed (208) and the cooling log
    # cut from 146 to 73 hours: 2,439 hours measuring beside 49.3 using
    assert (balance["measuring"], balance["using"], balance["share"]) == (2439.0, 49.3, 98.0)
