"""The message catalogs: gettext .po files a translator can open in Poedit or Weblate, complete
in every language, with plural forms said right; every message id the code names is in them,
also those built at run time, and every message in them is used."""

from __future__ import annotations

import ast
import gettext
import importlib.util
import re
import shutil
import subprocess
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from regelsyn import vocab
from regelsyn.domain import meetings
from regelsyn.domain.learning import ACTIONS
from regelsyn.i18n import CATALOGS, LANGUAGES, catalog, po, po_file, tl, tn, tnl
from regelsyn.i18n.words import GROUPS as WORD_GROUPS
from regelsyn.model.finding import COUNTED
from tests.helpers import GOOD_RULE, build_tree, run

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "regelsyn"
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"  # da, nb and en alike: one, and all others
KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")


@cache
def entries(lang: str) -> tuple[po.Entry, ...]:
    return tuple(po.parse(po_file(lang).read_text(encoding="utf-8")))


def messages(lang: str) -> dict[str, po.Entry]:
    return {entry.msgid: entry for entry in entries(lang) if entry.msgid}


def texts(entry: po.Entry) -> list[str]:
    return entry.forms if entry.plural is not None else [entry.msgstr]


# -- the files ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalog_is_a_po_file_of_its_language_with_plural_forms(lang: str) -> None:
    where = po_file(lang).relative_to(SRC).as_posix()
    assert where == f"i18n/locale/{lang}/LC_MESSAGES/regelsyn.po"
    header = po.header(list(entries(lang)))
    assert header["Language"] == lang
    assert header["Plural-Forms"] == PLURAL_FORMS
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalog(lang).plural(1) == 0 and catalog(lang).plural(0) == catalog(lang).plural(2) == 1


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not here")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_msgfmt_accepts_each_catalog_and_gettext_reads_what_regelsyn_reads(
    lang: str, tmp_path: Path
) -> None:
    """GNU msgfmt, as Poedit and Weblate check a file, finds nothing to say; the .mo it makes,
    read by the standard library, holds exactly the texts regelsyn reads from the .po."""
    mo = tmp_path / "regelsyn.mo"
    checked = subprocess.run(["msgfmt", "--check", "-o", str(mo), str(po_file(lang))],
                             capture_output=True, text=True, check=False)  # fmt: skip
    assert (checked.returncode, checked.stderr) == (0, "")
    with mo.open("rb") as fp:
        gnu = gettext.GNUTranslations(fp)
    ours = catalog(lang)
    for key, entry in messages(lang).items():
        if entry.plural is None:
            assert ours.gettext(key) == gnu.gettext(key) == entry.msgstr
        else:
            for n in (0, 1, 2, 21):
                assert ours.ngettext(key, key, n) == gnu.ngettext(key, key, n), (key, n)


def test_every_language_has_every_message_in_the_same_order_and_form() -> None:
    danish = list(messages("da"))
    for lang in LANGUAGES:
        found = messages(lang)
        assert list(found) == danish, lang
        for key, entry in found.items():
            assert not entry.fuzzy, (lang, key)
            assert (entry.plural is None) == (messages("da")[key].plural is None), (lang, key)
            if entry.plural is not None:
                assert entry.plural == key, (lang, key)
                assert len(entry.forms) == 2, (lang, key)
            assert all(texts(entry)), f"{lang}: {key} is not translated"


def test_placeholders_agree_across_languages_and_forms() -> None:
    """Every language fills in the same fields; a singular form may say "one" without {n}."""
    for key, danish in messages("da").items():
        wanted = set(PLACEHOLDER.findall(texts(danish)[-1]))
        for lang in LANGUAGES:
            forms = texts(messages(lang)[key])
            assert set(PLACEHOLDER.findall(forms[-1])) == wanted, (lang, key)
            for form in forms[:-1]:
                assert set(PLACEHOLDER.findall(form)) | {"n"} >= wanted, (lang, key)


# words that show a count the lazy way, and placeholders that hold one; a message with either
# is a plural message
LAZY_PLURAL = re.compile(r"\w\((?:s|e|er|r|en|ne)\)")
COUNTS = {"n", "count"}
# counts that stand alone, with no word to agree with them
NOT_COUNTED = {"report.balance_unknown": "the number stands alone after a colon"}


def test_messages_that_show_a_count_have_plural_forms() -> None:
    lazy = []
    for lang in LANGUAGES:
        for key, entry in messages(lang).items():
            said = entry.msgstr
            counts = LAZY_PLURAL.search(said) or COUNTS & set(PLACEHOLDER.findall(said))
            if entry.plural is None and key not in NOT_COUNTED and counts:
                lazy.append(f"{lang}: {key}: {said}")
    assert lazy == []


def test_plural_messages_show_their_number() -> None:
    for lang in LANGUAGES:
        for key, entry in messages(lang).items():
            if entry.plural is not None:
                assert "{n}" in entry.forms[-1], (lang, key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_files_are_written_as_gettext_writes_them(lang: str) -> None:
    """What scripts/catalogs.py writes is what is there: no reflowed lines in a diff."""
    text = po_file(lang).read_text(encoding="utf-8")
    assert po.format_file(po.parse(text)) == text


# -- reading them -------------------------------------------------------------------------------
TRICKY = r"""# a translator's comment
#. an extracted comment
#: src/regelsyn/app/check.py:54
#, fuzzy
msgid "fuzzy.one"
msgstr "left out: it needs a translator's eye"

msgid "long.one"
msgstr ""
"two lines, "
"joined"

msgid "escaped"
msgstr "a \"quote\", a \\ backslash,\ta tab\nand a new line \303\246 \x41"

msgctxt "menu"
msgid "with.context"
msgstr "in context"

msgid "untranslated"
msgstr ""

msgid "count.things"
msgid_plural "count.things"
msgstr[0] "{n} ting"
msgstr[1] "{n} tinger"
msgid "no.blank.line.before"
msgstr "still its own entry"
#~ msgid "obsolete"
#~ msgstr "an old message, kept as a comment"
"""


def test_the_start_up_reader_reads_what_the_strict_reader_reads() -> None:
    strict = po.parse(TRICKY)
    lean = po.messages(TRICKY)
    assert lean == {
        "long.one": "two lines, joined",
        "escaped": 'a "quote", a \\ backslash,\ta tab\nand a new line \xc3\xa6 A',
        "menu\x04with.context": "in context",
        "count.things": ["{n} ting", "{n} tinger"],
        "no.blank.line.before": "still its own entry",
    }
    assert [e.msgid for e in strict] == [
        "fuzzy.one", "long.one", "escaped", "with.context", "untranslated", "count.things",
        "no.blank.line.before",
    ]  # fmt: skip
    assert strict[0].fuzzy and strict[0].comments[0] == "# a translator's comment"
    assert {e.msgid: e.msgstr for e in strict[1:3]} == {k: lean[k] for k in ("long.one", "escaped")}
    for lang in LANGUAGES:
        text = po_file(lang).read_text(encoding="utf-8")
        assert po.messages(text) == {
            e.msgid: e.forms if e.plural is not None else e.msgstr for e in po.parse(text)
        }


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('msgid "a"\nmsgstr "b"\nmsgid "c"\nmsgtxt "d"\n', 4),
        ('msgid "a"\nmsgstr "b\n', 2),
        ('msgid "a"\nmsgstr "b" "c"\n', 2),
        ('msgid "a"\n', 1),
        ('"orphan"\n', 1),
        ('msgid "a"\nmsgid_plural "a"\nmsgstr "b"\n', 1),
        ('msgid "a"\nmsgstr "b"\nmsgstr "c"\n', 3),
        ('msgid "a"\nmsgstr "\\q"\n', 2),
    ],
)  # fmt: skip
def test_a_broken_file_is_refused_at_its_line(text: str, line: int) -> None:
    with pytest.raises(po.PoSyntaxError) as caught:
        po.parse(text)
    assert caught.value.line == line


# -- plural forms -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "key", "n", "said"),
    [
        ("da", "count.rules", 1, "1 regel"), ("da", "count.rules", 2, "2 regler"),
        ("da", "count.rules", 0, "0 regler"), ("nb", "count.rules", 1, "1 regel"),
        ("nb", "count.rules", 2, "2 regler"), ("en", "count.rules", 1, "1 rule"),
        ("en", "count.rules", 2, "2 rules"),
        ("da", "review.all_decided", 1, "Alle regler er gennemgået (1 afgørelse)."),
        ("da", "review.all_decided", 2, "Alle regler er gennemgået (2 afgørelser)."),
        ("nb", "review.all_decided", 1, "Alle reglene er gjennomgått (1 avgjørelse)."),
        ("nb", "review.all_decided", 2, "Alle reglene er gjennomgått (2 avgjørelser)."),
        ("en", "review.all_decided", 1, "All rules have been reviewed (1 decision)."),
        ("en", "review.all_decided", 2, "All rules have been reviewed (2 decisions)."),
        ("da", "count.times_a_year", 1, "1 gang om året"),
        ("da", "count.times_a_year", 730, "730 gange om året"),
        ("nb", "count.times_a_year", 1, "1 gang i året"),
        ("da", "count.hours_a_year", 1.0, "1 time om året"),
        ("da", "count.hours_a_year", 1.5, "1,5 timer om året"),
        ("da", "count.hours_a_year", 1234, "1.234 timer om året"),
        ("nb", "count.hours_a_year", 1234, "1\u00a0234 timer i året"),
        ("en", "count.hours_a_year", 0.5, "0.5 hours a year"),
        ("da", "count.errors", 1, "1 fejl"), ("en", "count.errors", 1, "1 error"),
        ("da", "count.warnings", 1, "1 advarsel"), ("da", "count.warnings", 3, "3 advarsler"),
        ("da", "rule.list_skipped", 1, "1 regelfil kunne ikke læses og er udeladt."),
        ("da", "rule.list_skipped", 2, "2 regelfiler kunne ikke læses og er udeladt."),
    ],
)  # fmt: skip
def test_a_count_is_said_in_the_form_for_its_number(
    lang: str, key: str, n: float, said: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # gettext warns of a fraction given as it is
        assert tnl(key, n, lang) == said


def test_a_message_missing_in_a_language_falls_back_to_danish() -> None:
    nb = catalog("nb")
    assert nb.gettext("no.such.key") == "no.such.key"
    assert tl("no.such.key", "en") == "no.such.key"
    assert tn("no.such.key", 2) == "no.such.key"
    assert catalog("da").gettext("label.error") == "Fejl"
    assert "da" in CATALOGS and "sv" not in CATALOGS and len(CATALOGS) == 3


@pytest.mark.parametrize(
    ("lang", "summary"),
    [("da", "0 fejl og 1 advarsel i 1 regel."), ("nb", "0 feil og 1 advarsel i 1 regel."),
     ("en", "0 errors and 1 warning in 1 rule.")],
)  # fmt: skip
def test_check_says_its_summary_in_the_form_for_each_count(
    minimal: Path, lang: str, summary: str
) -> None:
    rule = GOOD_RULE.format(id="x").replace("burden: {minutes: 6, per_year: 10, people: 5}\n", "")
    build_tree(minimal, {"rules/x.yaml": rule})
    result = run("--lang", lang, "check", registry=minimal)
    assert result.exit_code == 0
    assert result.out_lines[-1] == summary
    build_tree(minimal, {"rules/x.yaml": GOOD_RULE.format(id="x")})
    clean = run("--lang", lang, "check", registry=minimal).out_lines
    assert clean == [tnl("check.ok", 1, lang)]
    assert clean[0].split(": ", 1)[1].startswith(("1 regel,", "1 rule,"))


def test_a_review_of_one_rule_says_one_decision(example: Path) -> None:
    decisions = example / "one.yaml"
    decisions.write_text(
        "date: 2026-11-22\n"
        "participants: [{name: Anne Holm, side: ledelse, role: formand}]\n"
        "decided_by: Anne Holm\n"
        "decisions:\n"
        "  - {rule: ugentlig-vejning, verdict: remove, grounds: Vægten bruges ikke.}\n",
        encoding="utf-8",
    )
    result = run("review", "--decisions", str(decisions), registry=example)
    assert result.exit_code == 0, result.stderr
    said = r"✓ Gennemgangen \S+ er gemt med 1 afgørelse\. Referat: reviews/\S+\.md"
    assert re.fullmatch(said, result.err_lines[0]), result.err_lines
    shown = run("rule", "show", "rengoering-log", registry=example).stdout
    assert "4 min × 730 gange om året × 12 personer = 584 timer om året" in shown


# -- the code and the catalogs agree ------------------------------------------------------------
FUNCTIONS = {"t": "t", "tl": "t", "tn": "tn", "tnl": "tn"}
TEMPLATE_CALL = re.compile(r"(?<![\w.])(tn?)\(\s*\"([^\"]*)\"\s*(~)?")


def _code_files() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if p.parent.name != "i18n" or p.stem == "words"]


@cache
def code_calls() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], set[str]]:
    """(kind, id, where) of every message named as it is, of every id built at run time (the
    id with ``{}`` for what is filled in), and every key-like string in the code."""
    named: list[tuple[str, str, str]] = []
    built: list[tuple[str, str, str]] = []
    strings: set[str] = set()
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_fstrings = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)
                           for v in n.values}  # fmt: skip
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in inside_fstrings and KEY.fullmatch(node.value)):  # fmt: skip
                strings.add(node.value)
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in FUNCTIONS:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            for arg in (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    named.append((FUNCTIONS[name], arg.value, where))
                elif isinstance(arg, ast.JoinedStr):
                    parts = (v.value if isinstance(v, ast.Constant) else "{}" for v in arg.values)
                    built.append((FUNCTIONS[name], "".join(map(str, parts)), where))
    for path in sorted((ROOT / "templates").glob("*.j2")):
        text = path.read_text(encoding="utf-8")
        for match in TEMPLATE_CALL.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            where = f"{path.relative_to(ROOT)}:{line}"
            kind, said, joined = match.groups()
            (built if joined else named).append((kind, said + ("{}" if joined else ""), where))
        strings |= {s for s in re.findall(r"\"([^\"]*)\"", text) if KEY.fullmatch(s)}
    return named, built, strings


def _issue_codes() -> set[str]:
    """The codes of the domain's issues: each ``Issue(severity, code, ...)`` with its code
    written out, and the codes chosen in a variable just before (``code = ...``)."""
    codes: set[str] = set()
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Issue":
                code = node.args[1] if len(node.args) > 1 else None
                if isinstance(code, ast.Constant):
                    codes.add(code.value)
            if (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "code"
                    and path.parent.name == "domain"):  # fmt: skip
                keys = {id(k) for d in ast.walk(node.value) if isinstance(d, ast.Dict)
                        for k in d.keys}  # fmt: skip
                compared = {id(c) for c in ast.walk(node.value) if isinstance(c, ast.Compare)
                            for c in ast.walk(c)}  # fmt: skip
                codes |= {c.value for c in ast.walk(node.value)
                          if isinstance(c, ast.Constant) and isinstance(c.value, str)
                          and id(c) not in keys | compared}  # fmt: skip
    return codes | {f"d_needs_{field}" for field in ("text", "into", "recommend", "reason")}


ISSUES = _issue_codes()
# what each id built at run time is built from: kind ("t", or "tn" for a plural message), the
# id with {} for each part filled in, and the values of those parts. None: the code looks the
# id up first (``if key in CATALOGS["da"]``, ``.get``), so a missing one is no fault.
DYNAMIC: dict[tuple[str, str], list[tuple[str, ...]] | None] = {
    ("t", "kind.{}"): [(k,) for k in vocab.KINDS],
    ("t", "status.{}"): [(s,) for s in vocab.STATUSES],
    ("t", "state.{}"): [(s,) for s in vocab.STATES],
    ("t", "verdict.{}"): [(v,) for v in vocab.VERDICTS],
    ("t", "event.{}"): [(e,) for e in vocab.EVENTS],
    ("t", "history.{}"): [("added",), ("outside",), ("layout",)],
    ("t", "group.{}"): [(g,) for g in vocab.GROUPS],
    ("t", "meet.group_{}"): [(g,) for g in vocab.GROUPS],
    ("t", "side.{}"): [(s,) for s in vocab.SIDES],
    ("t", "meet.q_{}"): [(p,) for p in vocab.PREMISES],
    # the premises have labels (the decision log); other fields show their name without one
    ("t", "f.{}"): [(p,) for p in vocab.PREMISES],
    ("t", "request.{}"): [(r,) for r in WORD_GROUPS["request"][0]],
    ("t", "recommend.{}"): [(r,) for r in WORD_GROUPS["request"][0]],
    ("t", "app.title_{}"): [(r,) for r in WORD_GROUPS["request"][0]],
    ("t", "app.proposal_{}"): [(r,) for r in WORD_GROUPS["request"][0]],
    ("t", "stance.{}"): [(s,) for s in WORD_GROUPS["stance"][0]],
    ("t", "case.title_{}"): [("challenge",), ("escalation",)],
    ("t", "git.msg.kind.{}"): [("challenge",), ("escalation",)],
    ("t", "{}.{}"): [(prefixes[0], key) for keys, prefixes in WORD_GROUPS.values() for key in keys],
    ("t", "role.{}"): [(r,) for r in meetings.APPROVERS],
    ("t", "cal.{}"): [
        (k,)
        for k in (
            "meeting",
            "deadline",
            "reply",
            "trial_start",
            "trial_end",
            "evaluation",
            "action",
        )
    ],  # "due" counts: cal.due, tn
    ("t", "site.{}"): [("reviews",), ("cases",)],
    ("t", "sheet.case_kind.{}"): [("challenge",), ("escalation",)],
    ("t", "learn.{}.{}"): [("match", m) for m in ("id", "legal_basis", "title")]
    + [("action", a) for a in ACTIONS],
    ("t", "agenda.trial_{}"): [("start",), ("end",), ("evaluate",)],
    ("t", "agenda.{}"): [("challenges",), ("replies",), ("overdue_cases",)],
    ("t", "site.case_title_{}"): [("challenge",), ("escalation",)],
    ("t", "err.{}_ambiguous"): [("case",), ("review",)],
    ("t", "hint.{}_ambiguous"): [("case",), ("review",)],
    ("t", "err.no_such_{}"): [("case",), ("review",)],
    ("t", "check.{}"): None,  # checked below: every issue code has a message
    ("tn", "check.{}"): [(code,) for code in COUNTED],
    ("t", "check.{}_hint"): [("unknown_level",)],
    ("t", "err.{}"): None,  # checked below
    ("t", "sync.step.{}"): [("fetch",), ("merge",), ("render",), ("push",)],
    ("t", "sync.side.{}"): [("ours",), ("theirs",)],
    ("tn", "sync.{}"): [
        (k,)
        for k in (
            "rules_new",
            "rules_changed",
            "reviews_new",
            "cases_new",
            "cases_answered",
            "cases_changed",
            "other",
        )
    ],
    ("t", "learn.did_{}"): [(a,) for a in ("removed", "amended", "reduced_to_floor", "defended")],
    ("tn", "learn.did_{}"): [("trial_made_permanent",), ("trial_reverted",)],
    ("tn", "learn.{}"): [("places",), ("other_places",)],
    ("t", "learn.action.{}"): [(a,) for a in ACTIONS],
    ("t", "learn.match.{}"): [("id",), ("legal_basis",), ("title",)],
    ("tn", "err.template_limit_{}"): [
        (n,)
        for n in (
            "text",
            "items",
            "made",
            "output",
            "loops",
            "calls",
            "depth",
            "range",
            "digits",
            "memory",
            "seconds",
        )
    ],
    ("t", "import.would_{}"): [("create",), ("update",), ("unchanged",)],
    ("t", "init.comment.{}"): [("local_level",), ("levels",), ("review",), ("git",)],
    ("t", "schema.title_{}"): [("config",), ("rule",)],
    ("t", "funnel.{}"): [
        (k,)
        for k in ("challenged", "reviewed", "removed_or_simplified", "kept", "sent_on", "waiting")
    ],
    ("t", "sheet.{}"): None,  # a column without a label keeps its field's name
}


def built_ids() -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for (kind, pattern), values in DYNAMIC.items():
        if values is not None:
            found[(kind, pattern)] = {pattern.format(*v) for v in values}
    return found


def test_every_message_named_in_the_code_is_in_the_catalogs_with_its_form() -> None:
    named, _, strings = code_calls()
    danish = messages("da")
    wrong = [f"{where}: {kind}({key!r})" for kind, key, where in named
             if key not in danish
             or (danish[key].plural is not None) != (kind == "tn")]  # fmt: skip
    assert wrong == []
    prefixes = {key.split(".")[0] for key in danish}
    looks_like_ids = {s for s in strings if s.split(".")[0] in prefixes and not s.endswith("_")
                      and s.rsplit(".", 1)[1]
                      not in ("j2", "json", "yaml", "md", "html", "ics", "css", "js")}  # fmt: skip
    # a string that begins message ids is their prefix (sheet.headers("sheet.case", columns))
    prefixes_of_ids = {s for s in looks_like_ids if any(k.startswith(s + ".") for k in danish)}
    assert sorted(looks_like_ids - set(danish) - prefixes_of_ids) == []


def test_every_message_id_built_at_run_time_is_known_here() -> None:
    """A new ``t(f"...{x}")`` needs its values listed in DYNAMIC, so that the next test can
    check that each id it builds is in the catalogs."""
    _, built, _ = code_calls()
    unknown = sorted({f"{where}: {kind}({pattern!r})" for kind, pattern, where in built
                      if (kind, pattern) not in DYNAMIC})  # fmt: skip
    assert unknown == []


def test_every_message_id_built_at_run_time_is_in_the_catalogs() -> None:
    danish = messages("da")
    missing = []
    for (kind, _pattern), ids in built_ids().items():
        for key in sorted(ids):
            if key not in danish or (danish[key].plural is not None) != (kind == "tn"):
                missing.append(f"{kind}({key!r})")
    for code in sorted(ISSUES):
        if f"check.{code}" not in danish and f"err.{code}" not in danish:
            missing.append(f"the issue {code!r}: neither check.{code} nor err.{code}")
    assert missing == []


def test_every_message_in_the_catalogs_is_used() -> None:
    named, _, strings = code_calls()
    used = {key for _, key, _ in named} | strings
    for ids in built_ids().values():
        used |= ids
    used |= {f"check.{code}" for code in ISSUES} | {f"err.{code}" for code in ISSUES}
    looked_up = [re.compile(re.escape(p).replace(r"\{\}", "[a-z0-9_.]+"))
                 for (_, p), values in DYNAMIC.items() if values is None]  # fmt: skip
    for path in _code_files():  # ids a module builds to look up (word.kind.x, sheet.title)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
                parts = (re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z0-9_.]+"
                         for v in node.values)  # fmt: skip
                looked_up.append(re.compile("".join(parts)))
    unused = [key for key in messages("da")
              if key not in used and not any(p.fullmatch(key) for p in looked_up)]  # fmt: skip
    assert unused == []


def test_a_registrys_template_says_counts_with_tn_and_is_told_when_it_uses_t(
    example: Path,
) -> None:
    """Templates have ``tn`` too; one written before a message had plural forms is refused
    with the line and what to write instead (not a bare KeyError)."""
    (example / "templates").mkdir()
    own = example / "templates" / "rule.md.j2"
    own.write_text('{{ tn("count.rules", 1) }}, {{ tn("count.hours_a_year", 2.5) }}\n')
    shown = run("rule", "show", "ugentlig-vejning", "--format", "md", registry=example)
    assert shown.stdout == "1 regel, 2,5 timer om året\n"
    own.write_text('# {{ rule.title }}\n{{ t("log.freed", hours=fmt(2)) }}\n')
    refused = run("--lang", "en", "rule", "show", "ugentlig-vejning", "--format", "md",
                  registry=example)  # fmt: skip
    assert refused.exit_code == 1
    assert refused.err_lines[0] == (
        "Error: The template rule.md.j2:2 cannot be used: the message 'log.freed' states a "
        'number and has a singular and a plural form: write tn("log.freed", number) instead of '
        't("log.freed", ...)'
    )


# -- scripts/catalogs.py: messages from branches that still have the Python catalogs ---------
def _script() -> Any:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _py(messages: dict[str, str | tuple[str, ...]], comment: str = "") -> str:
    lines = [f"    {key!r}: {value!r}," for key, value in messages.items()]
    if comment:
        lines.insert(len(lines) - 1, f"    # {comment}")
    return '"""Dansk."""\n\nMESSAGES = {\n' + "\n".join(lines) + "\n}\n"


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@t", *args], cwd=root,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_script_brings_a_branchs_python_catalog_changes_into_the_po_files(
    tmp_path: Path,
) -> None:
    catalogs = _script()
    i18n = tmp_path / "src" / "regelsyn" / "i18n"
    i18n.mkdir(parents=True)
    base = {"a.one": "A", "b.two": "B {x}", "c.kept": "C"}
    for lang in LANGUAGES:
        (i18n / f"{lang}.py").write_text(_py(base), encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "base")
    assert catalogs.add({lang: _py(base) for lang in LANGUAGES}, update=False, root=tmp_path) == []
    _git(tmp_path, "checkout", "-qb", "other")
    theirs = {"b.two": "B changed {x}", "c.kept": "C", "d.new": "D",
              "e.count": ("{n} ting", "{n} tinger")}  # fmt: skip
    for lang in LANGUAGES:
        (i18n / f"{lang}.py").write_text(_py(theirs, "a new block"), encoding="utf-8")
    _git(tmp_path, "commit", "-qam", "other")
    _git(tmp_path, "checkout", "-q", "main")
    _git(tmp_path, "rm", "-q", *(f"src/regelsyn/i18n/{lang}.py" for lang in LANGUAGES))
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "the catalogs are .po files")
    # as the README says: merge (the .py files stay deleted), commit, then bring the messages
    merged = subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@t", "merge", "-q",
                             "other"], cwd=tmp_path, capture_output=True, check=False)  # fmt: skip
    assert merged.returncode == 1  # modified there, deleted here
    _git(tmp_path, "rm", "-q", *(f"src/regelsyn/i18n/{lang}.py" for lang in LANGUAGES))
    _git(tmp_path, "commit", "-q", "--no-edit")
    assert catalogs.merge("other", root=tmp_path) == []
    text = catalogs.po_path("nb", tmp_path).read_text(encoding="utf-8")
    assert po.messages(text) == {
        "": po.messages(text)[""],
        "b.two": "B changed {x}",
        "c.kept": "C",
        "d.new": "D",
        "e.count": ["{n} ting", "{n} tinger"],
    }
    assert '# a new block\nmsgid "e.count"\nmsgid_plural "e.count"\n' in text
    assert catalogs.merge("other", root=tmp_path) == []  # run twice, changes nothing more
    assert catalogs.po_path("nb", tmp_path).read_text(encoding="utf-8") == text
    # a text changed there, and made a plural message here: left for a person to decide
    _git(tmp_path, "commit", "-qam", "merged")
    _git(tmp_path, "checkout", "-q", "other")
    for lang in LANGUAGES:
        (i18n / f"{lang}.py").write_text(_py({**theirs, "c.kept": "C again"}), encoding="utf-8")
    _git(tmp_path, "commit", "-qam", "again")
    _git(tmp_path, "checkout", "-q", "main")
    entries_here = po.parse(catalogs.po_path("da", tmp_path).read_text(encoding="utf-8"))
    for entry in entries_here:
        if entry.msgid == "c.kept":
            catalogs.set_value(entry, ("{n} C", "{n} Cs"))
    catalogs.write_po("da", entries_here, tmp_path)
    notes = catalogs.merge("other", root=tmp_path)
    assert notes == ["da: c.kept: changed on other and here; other has 'C again'"]


@pytest.mark.parametrize(
    ("label", "default", "prompt"),
    [("Hvorfor udskydes afgørelsen?", "", "Hvorfor udskydes afgørelsen? "),
     ("Hvorfor udskydes afgørelsen?", "Afventer", "Hvorfor udskydes afgørelsen? [Afventer] "),
     ("Titel", "", "Titel: "), ("Dato", "2026-11-22", "Dato [2026-11-22]: ")],
)  # fmt: skip
def test_a_question_ending_in_a_question_mark_gets_no_colon(
    monkeypatch: pytest.MonkeyPatch, label: str, default: str, prompt: str
) -> None:
    from regelsyn.ui import prompt as prompting

    asked: list[str] = []
    monkeypatch.setattr(prompting, "has_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", lambda text: asked.append(text) or "svar")
    prompter = prompting.TerminalPrompter("--reason")
    assert prompter.ask(prompting.Question("reason", label, default=default)) == "svar"
    assert asked == [prompt]


def test_norwegian_calls_the_committee_a_styringsgruppe() -> None:
    """A Norwegian tripartite group is a *styringsgruppe*; "utvalget" (the Danish udvalg) crept
    into the site's and the agenda's texts once. Only the app's description names both kinds."""
    said = [key for key, entry in messages("nb").items()
            if re.search(r"\b[Uu]tvalg(et|ets)?\b", " ".join(texts(entry)))
            and key != "help.app"]  # fmt: skip
    assert said == []
