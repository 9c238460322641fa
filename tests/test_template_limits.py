"""Limits for templates: what a registry's own template may use, and how going over reads.

The hostile templates themselves are in test_robustness.py; here are the messages in each
language, the place an error names, the memory and time backstops, and that the built-in
templates stay far inside the limits and render exactly as in Jinja2's own sandbox.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from jinja2 import DictLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from regelsyn.render import limits
from regelsyn.render.limits import LimitedEnvironment, Limits
from tests.helpers import run

LOOPS = "{% for i in range(100000) %}\n{% for j in range(100000) %}{% endfor %}{% endfor %}"
DEMO = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"


def _show(registry: Path, template: str, *options: str) -> subprocess.CompletedProcess[str]:
    """``regelsyn rule show --format md`` with ``template`` as the registry's rule.md.j2, in a
    process of its own (``options`` come before the command), stopped after two minutes."""
    (registry / "templates").mkdir(exist_ok=True)
    (registry / "templates" / "rule.md.j2").write_text(template)
    command = [sys.executable, "-m", "regelsyn", "-C", str(registry), *options, "rule", "show",
               "ugentlig-vejning", "--format", "md"]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(
    ("options", "line"),
    [
        ([], "Fejl: Skabelonen rule.md.j2:2 kan ikke bruges: dens løkker kører over 1.000.000 "
             "gange i alt"),
        (["--lang", "nb"], "Feil: Malen rule.md.j2:2 kan ikke brukes: løkkene dens går over "
                           "1\u00a0000\u00a0000 ganger til sammen"),
        (["--lang", "en"], "Error: The template rule.md.j2:2 cannot be used: its loops run over "
                           "1,000,000 times in all"),
    ],
)  # fmt: skip
def test_the_refusal_is_in_the_users_language(example: Path, options: list[str], line: str) -> None:
    done = _show(example, LOOPS, *options)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == line
    assert "Traceback" not in done.stderr


def test_an_included_template_is_named_with_its_line(example: Path) -> None:
    (example / "templates" / "dele").mkdir(parents=True)
    (example / "templates" / "dele" / "tabel.md.j2").write_text("a\nb\n{{ 'x' * 20000000 }}\n")
    done = _show(example, "# {{ rule.title }}\n{% include 'dele/tabel.md.j2' %}\n", "--lang", "en")
    assert done.stderr.splitlines()[0] == (
        "Error: The template dele/tabel.md.j2:3 cannot be used: it makes a text of over "
        "10,000,000 characters"
    )


BACKSTOP = """\
import runpy, sys
from regelsyn.render import limits
limits.LIMITS = limits.Limits(memory={memory}, seconds={seconds})
sys.argv[0] = "regelsyn"
runpy.run_module("regelsyn", run_name="__main__")
"""


@pytest.mark.parametrize(
    ("template", "reason"),
    [
        # distinct texts kept in a list: each is small, only the memory grows
        # (all on line 2: where the check fires inside the loop must not move the line number)
        ("{# line 1 #}\n{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
         "{% set _ = ns.l.append('x' * 100000 ~ i) %}{% endfor %}",
         "2 cannot be used: it uses over 100 MB of memory"),
        # a search through a long text, a million times: nothing is made, only time passes
        ("{% set big = 'x' * 9000000 %}\n{% for i in range(1000000) %}"
         "{% if 'q' in big %}{% endif %}{% endfor %}",
         "2 cannot be used: it computes for over 2 seconds"),
    ],
)  # fmt: skip
def test_memory_and_time_are_a_backstop(example: Path, template: str, reason: str) -> None:
    (example / "templates").mkdir()
    (example / "templates" / "rule.md.j2").write_text(template)
    # each backstop alone: a busy machine must not reach the time limit before the memory one
    backstop = BACKSTOP.format(memory=100 if "memory" in reason else 2000,
                               seconds=2 if "seconds" in reason else 60)  # fmt: skip
    command = [sys.executable, "-c", backstop, "-C", str(example), "--lang", "en", "rule", "show",
               "ugentlig-vejning", "--format", "md"]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == f"Error: The template rule.md.j2:{reason}"
    assert time.monotonic() - started < 30


TIGHT = Limits(text=100_000, items=10_000, made=10_000_000, output=1_000_000, loops=10_000,
               calls=10_000, depth=2, range=10_000, digits=10)  # fmt: skip


def test_the_builtin_templates_use_a_hundredth_of_the_limits(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every built-in template renders the example registry under limits a hundred times
    tighter than the real ones (depth: 2 of 50)."""
    monkeypatch.setattr(limits, "LIMITS", TIGHT)
    # a registry with a templates folder of its own renders even the built-in templates in the
    # sandbox, held to the limits (without one they render unsandboxed: trusted code)
    (example / "templates").mkdir()
    (example / "templates" / "LÆS.txt").write_text("Egne skabeloner.\n", encoding="utf-8")
    assert run("review", "--decisions", DEMO, registry=example).exit_code == 0  # review, case
    assert run("report", registry=example).exit_code == 0
    shown = run("rule", "show", "ugentlig-vejning", "--format", "md", registry=example)
    assert shown.exit_code == 0
    digest = Path("indbakke.md")  # in the working folder
    assert run("inbox", "--level", "forvaltning", example, "--render", digest).exit_code == 0
    assert (example / "reviews" / "2026-11-22.md").is_file()
    assert list((example / "cases").glob("*.md"))
    assert digest.is_file()


FEATURES = {
    "base": "<{% block head %}H{% endblock %}|{% block body %}B{% endblock %}>",
    "child": "{% extends 'base' %}{% block body %}{{ super() }}+{{ self.head() }}{% endblock %}",
    "list": "{% for x in items %}[{{ x }}{{ ',' if not loop.last }}]{% endfor %}",
    "macros": "{% macro row(x) %}<{{ x }}>{% endmacro %}{% macro wrap() %}[{{ caller() }}]"
    "{% endmacro %}",
    "main": """\
{% import 'macros' as m %}{% from 'macros' import row %}
{{ m.row(1) }}{{ row(2) }}{% call m.wrap() %}inner{{ 1 + 2 }}{% endcall %}
{% for x in items if x > 1 %}{{ loop.index }}/{{ loop.length }}{{ loop.cycle('a', 'b') }}\
{% else %}none{% endfor %} {% for x in [] %}x{% else %}empty{% endfor %}
{% for node in tree recursive %}({{ node.n }}{{ loop(node.kids) if node.kids }}){% endfor %}
{% include 'list' %}{% include 'child' %}
{{ 'a' ~ 1 ~ [1, 2] }} {{ '%s-%05.1f' % ('x', 2.25) }} {{ '{}:{:>4}'.format('k', 7) }}
{{ '{a}'.format_map({'a': 3}) }} {{ 'abc'.center(9, '*') }} {{ 'a,b'.split(',') | join('+') }}
{{ items | sum }} {{ items | map('string') | join }} {{ [[1], [2]] | sum(start=[]) }}
{{ items | batch(3, 0) | list }} {{ items | slice(2) | list }} {{ 'x y' | replace(' ', '_') }}
{{ 'hi\nthere' | indent(2, true) }} {{ 'long text here' | wordwrap(5) }}
{{ 'see www.a.io' | urlize }} {{ {'b': 1, 'a': [1, 'x']} | tojson }} {{ {'a': 1} | tojson(2) }}
{{ 2 ** 10 }} {{ 7 * 6 }} {{ [0] * 3 }} {{ 'ab' * 2 }} {{ 5 - 2 }} {{ 3.14159 | round(2) }}
{{ range(3) | list }} {{ lipsum(1, false, 3, 4) | length > 0 }} {{ '%(a)s' % {'a': 1} }}
{% set ns = namespace(l=[]) %}{% for i in range(3) %}{% set _ = ns.l.append(i) %}{% endfor %}\
{{ ns.l }} {{ ns.l.extend([7]) }}{{ ns.l }} {{ [3, 1, 2] | sort }} {{ [3, 1, 2].sort() }}
{% set cap %}captured {{ 1 }}{% endset %}{{ cap | upper }} {% filter upper %}f{% endfilter %}
{{ items | unique | list }} {{ "%s and %s" | format(1, 2) }} {{ ['a', 'b'] | pprint }}
{{ 'abc'.replace('b', 'x') }} {{ ' '.join(['a', 'b']) }} {{ ns }} {{ 'x\ty'.expandtabs(4) }}
""",
}


def test_the_limits_change_nothing_else() -> None:
    """Jinja2's own sandbox and the limited one render the same text from the same template."""
    context = {"items": [1, 2, 3, 2], "tree": [{"n": 1, "kids": [{"n": 2, "kids": []}]}]}
    texts = []
    for kind in (SandboxedEnvironment, LimitedEnvironment):
        env = kind(loader=DictLoader(FEATURES), undefined=StrictUndefined)
        if isinstance(env, LimitedEnvironment):
            env.guard_filters()
            env.start()
        texts.append("".join(env.get_template("main").generate(**context)))
    assert texts[1] == texts[0]
    assert "<1><2>[inner3]" in texts[0]
    assert "(1(2))" in texts[0]
    assert "<H|B+H>" in texts[0]


def test_only_a_registry_with_templates_of_its_own_renders_in_the_sandbox(example: Path) -> None:
    """The built-in templates alone are trusted and rendered unsandboxed; once the registry has a
    templates folder with anything in it, every document is rendered in the sandbox."""
    from regelsyn.render import own_templates

    assert own_templates(example) is False
    (example / "templates").mkdir()
    assert own_templates(example) is False  # an empty folder stands in for nothing
    (example / "templates" / "rule.md.j2").write_text("{{ 1 / 0 }}", encoding="utf-8")
    assert own_templates(example) is True
    shown = run("rule", "show", "ugentlig-vejning", "--format", "md", registry=example)
    assert (shown.exit_code, shown.err_lines) == (
        1, ["Fejl: Skabelonen rule.md.j2:1 kan ikke bruges: division by zero"])  # fmt: skip
