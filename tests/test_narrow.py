"""Every list the product shows, in a narrow window: at 80 and at 60 columns, in Danish and in
Norwegian, on a registry where no list is empty (a review held, challenges filed, one sent up
and one trial made permanent). No line is wider than the window, every column's header and
values are there, no id is broken across lines and no word is broken in the middle; at 60
columns each record is a block of ``Label: value`` lines with its id first. The lists are
driven through the real commands; what each command handed to the layout is caught on its way
(:func:`regelsyn.ui.layout.render`), so that every value can be looked for in what was shown."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest
from rich.cells import cell_len
from rich.console import Console

from regelsyn import inert
from regelsyn.ui import layout
from regelsyn.ui.layout import Column, Listing
from tests.helpers import run

AUTHOR = ("--author", "Anne Holm <anne@example.dk>")
DEMO = Path(__file__).parent.parent / "scripts" / "demo-decisions.yaml"
TRIAL = (
    "--start", "2026-02-01", "--end", "2026-07-31", "--purpose-kept", "Formålet holdes",
    "--legal-certainty-kept", "Ingen borgere berøres", "--higher-rules-kept", "Loven følges",
    "--evaluation", "Evalueres i august",
)  # fmt: skip
BOX = "│┃┏┓┗┛┡┩━─┳┻╇┼└┘┌┐├┤┬┴╭╮╰╯"


def _ok(*args: str | Path, registry: Path | None = None) -> str:
    result = run(*args, registry=registry)
    assert result.exit_code == 0, result.stderr
    return result.stderr


def _build(root: Path) -> Path:
    """The example registry after a meeting (one rule sent up), two open challenges, and one
    trial granted, evaluated and made permanent."""
    _ok(*AUTHOR, "init", root, "--example")
    _ok(*AUTHOR, "review", "--decisions", DEMO, registry=root)
    _ok(*AUTHOR, "challenge", "new", "--rule", "faldrisikoscreening", "--request", "remove",
        "--problem", "Screeningen gentages uden grund", "--filed-by", "Bo Jensen",
        registry=root)  # fmt: skip
    _ok(*AUTHOR, "challenge", "new", "--rule", "koeletemperatur-log", "--request", "trial",
        "--problem", "Dobbelt arbejde", "--filed-by", "Dorte Bak", *TRIAL,
        registry=root)  # fmt: skip
    _ok(*AUTHOR, "challenge", "new", "--rule", "faldregistrering-dobbelt", "--request", "trial",
        "--problem", "Dobbelt arbejde", "--anonymous", "--via", "Carla (TR)", *TRIAL,
        "--date", "2026-01-05", registry=root)  # fmt: skip
    (trial,) = [p.stem for p in (root / "cases").glob("U-*faldregistrering*.yaml")]
    _ok(*AUTHOR, "challenge", "decide", trial, "--outcome", "granted", "--reasons", "Vi prøver",
        "--by", "Anne Holm", "--date", "2026-01-10", registry=root)  # fmt: skip
    _ok(*AUTHOR, "challenge", "evaluate", trial, "--result",
        "Ingen fald blev overset; EOJ alene er nok.", "--outcome", "made_permanent",
        "--by", "Anne Holm", "--date", "2026-08-15", registry=root)  # fmt: skip
    return root


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        patch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
        patch.setenv("GIT_CONFIG_NOSYSTEM", "1")
        patch.setenv("REGELSYN_TODAY", "2026-11-27")
        patch.setenv("REGELSYN_ID_SEED", "regelsyn-tests")
        patch.delenv("REGELSYN_LANG", raising=False)
        yield _build(tmp_path_factory.mktemp("narrow") / "solhaven")


class Seen:
    """What the commands handed to the layout: the listings, and a rule card's fields."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.listings: list[Listing] = []
        self.records: list[list[tuple[str, str, str]]] = []
        render, record = layout.render, layout.record

        def seen_render(listing: Listing, width: int, screen: Console) -> list[Any]:
            self.listings.append(listing)
            return render(listing, width, screen)

        def seen_record(fields: list[Any], width: int, screen: Console) -> Any:
            self.records.append(list(fields))
            return record(fields, width, screen)

        monkeypatch.setattr(layout, "render", seen_render)
        monkeypatch.setattr(layout, "record", seen_record)


def _lines(cell: str | tuple[str, ...]) -> list[str]:
    return [inert.text(line) for line in (cell if isinstance(cell, tuple) else (cell,))]


def _words(shown: str) -> set[str]:
    """The words on the screen, between spaces and a table's lines (a label's colon aside)."""
    found = {word for word in re.split(f"[\\s{BOX}]+", shown) if word}
    return found | {word.removesuffix(":") for word in found}


def assert_fits(shown: str, width: int) -> None:
    wide = [line for line in shown.splitlines() if cell_len(line) > width]
    assert not wide, f"wider than {width}: {wide}"
    assert "…" not in shown  # nothing cut short


def assert_whole(listings: list[Listing], shown: str, width: int) -> None:
    """Every header and every value of ``listings`` in ``shown``: ids and figures each on one
    line, every word of the rest unbroken; no column without a value; at ``width`` 60 each
    record a block that starts with its id."""
    assert listings, "nothing was listed"
    lines = shown.splitlines()
    words = _words(shown)
    for listing in listings:
        assert listing.rows, f"an empty list: {[c.header for c in listing.columns]}"
        for column in listing.columns:
            missing = [w for w in column.header.split() if w not in words]
            assert not missing, f"header {column.header!r}: {missing}"
        for row in listing.rows:
            for column, cell in zip(listing.columns, row, strict=True):
                for value in _lines(cell):
                    if column.kind == "id":
                        assert any(value in line for line in lines), f"{value!r} broken or gone"
                    else:
                        broken = [w for w in value.split() if w not in words]
                        assert not broken, f"{column.header}: {broken} broken or gone"
            if width <= layout.STACKED_AT:
                _assert_block_starts_with_id(listing, row, lines)
    for index, column in enumerate(listings[0].columns):
        values = [v for lst in listings for row in lst.rows for v in _lines(row[index])]
        assert any(v.strip() not in ("", "–") for v in values), f"{column.header} is empty"
    if width <= layout.STACKED_AT:
        assert not set("┃│") & set(shown), "a table at 60 columns"


def _assert_block_starts_with_id(listing: Listing, row: Any, lines: list[str]) -> None:
    """The record's id on its block's first line, beside its label (or, too long to stand
    beside it, on the line below)."""
    keys = [(c, v) for c, v in zip(listing.columns, row, strict=True) if c.key]
    for column, value in keys:
        label = f"{column.header}:"
        below = [line.strip() for line in lines[1:]] + [""]
        at = [i for i, line in enumerate(lines) if line.startswith(label)
              and (line.endswith(f" {value}") or below[i] == value)]  # fmt: skip
        assert at, f"no line '{label} {value}'"
        assert at[0] == 0 or lines[at[0] - 1] == "", f"{value} does not start its block"


def _case(world: Path, prefix: str) -> str:
    return next(p.stem for p in sorted((world / "cases").glob(f"{prefix}*.yaml")))


LISTS = [
    ("rule", "list"),
    ("due", "--within", "120m"),
    ("review", "list"),
    ("challenge", "list"),
    ("rule", "history", "rengoering-log"),
    ("case", "history", "{escalated}"),
    ("inbox", "--level", "forvaltning", "{registry}"),
    ("learn", "{registry}"),
]


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("lang", ["da", "nb"])
@pytest.mark.parametrize("args", LISTS, ids=" ".join)
def test_every_list_reads_in_a_narrow_window(
    world: Path, monkeypatch: pytest.MonkeyPatch, lang: str, width: int, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    seen = Seen(monkeypatch)
    given = {"registry": str(world), "escalated": _case(world, "E-")}
    result = run("--lang", lang, *(arg.format(**given) for arg in args), registry=world)
    assert result.exit_code == 0, result.stderr
    assert_fits(result.stdout, width)
    assert_whole(seen.listings, result.stdout, width)


def test_a_list_that_fits_stays_a_table(world: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for args in (("review", "list"), ("rule", "history", "rengoering-log")):
        shown = run(*args, registry=world).stdout
        assert "┃" in shown.splitlines()[1], args
    assert run("rule", "list", registry=world).stdout.startswith(
        "Id:        arbejdstidsregistrering\nTitel:     Registrering af daglig arbejdstid\n"
    )


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("lang", ["da", "nb"])
def test_the_triage_and_the_rule_card_of_a_meeting(
    world: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    width: int,
) -> None:
    """The meeting at a terminal shows the triage of every rule, then the first rule's card,
    then asks (here the input has ended: the meeting stops there)."""
    registry = tmp_path / "meeting"
    shutil.copytree(world, registry, ignore=shutil.ignore_patterns(".regelsyn"))
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setattr("regelsyn.ui.prompt.has_terminal", lambda: True)
    seen = Seen(monkeypatch)
    result = run("--lang", lang, *AUTHOR, "review", "--all", "--participant",
                 "Anne Holm:ledelse:formand", "--decided-by", "Anne Holm", registry=registry,
                 input="")  # fmt: skip
    assert result.exit_code == 2, result.stderr  # the input ended at the first question
    shown, card = result.stdout.split("\n╭", 1)
    card = "╭" + card[: card.index("╯") + 1]  # the prompt follows it
    assert_fits(shown, width)
    assert_fits(card, width)
    (triage,) = seen.listings
    assert len(triage.rows) == 16
    assert_whole([triage], shown, width)
    _assert_card(seen.records, card)


@pytest.mark.parametrize("width", [80, 60, 40])
@pytest.mark.parametrize("lang", ["da", "nb"])
def test_a_rule_card(world: Path, monkeypatch: pytest.MonkeyPatch, lang: str, width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    seen = Seen(monkeypatch)
    result = run("--lang", lang, "rule", "show", "haandkoebsmedicin-to-underskrifter",
                 registry=world)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert_fits(result.stdout, width)
    _assert_card(seen.records, result.stdout)
    title = "Underskrift fra to medarbejdere ved udlevering af håndkøbsmedicin"
    assert set(title.split()) <= _words(result.stdout)


def _assert_card(records: list[list[tuple[str, str, str]]], shown: str) -> None:
    (fields,) = records
    words = _words(shown)
    lines = [line.strip("│ ") for line in shown.splitlines()]
    for label, value, kind in fields:
        missing = [w for w in f"{label} {value}".split() if w not in words]
        assert not missing, f"{label}: {missing}"
        if kind == "id":
            assert any(value in line for line in lines), f"{label}: {value} broken"


# -- the layout itself -----------------------------------------------------------------------
def _widths(columns: list[Column], rows: list[tuple[str, ...]], width: int) -> list[int] | None:
    return layout.widths(columns, [[_lines(cell) for cell in row] for row in rows], width)


COLUMNS = [Column("Id", "id", key=True), Column("Titel"), Column("Status", "words")]
ROWS = [("rengoering-log", "Daglig rengøringslog for fællesarealer", "sendt videre")]


def test_a_table_at_its_natural_width_where_it_fits() -> None:
    assert _widths(COLUMNS, ROWS, 200) == [14, 38, 12]


def test_the_free_text_folds_first_then_the_few_words_never_an_id() -> None:
    # 3 × 3 + 1 columns go to the frame; 14 + 38 + 12 = 64 would need 74
    assert _widths(COLUMNS, ROWS, 70) == [14, 34, 12]
    assert _widths(COLUMNS, ROWS, 61) == [14, 25, 12]
    assert _widths(COLUMNS, ROWS, 200)[0] == 14  # type: ignore[index]
    # the title at its least (20), then "sendt videre" wraps between its words
    many = [("rengoering-log", "Daglig rengøringslog for fællesarealer " * 3, "sendt videre")]
    assert _widths(COLUMNS, many, 61) == [14, 25, 12]
    wide_id = [("x" * 40, "En lang titel " * 5, "ok")]
    assert _widths(COLUMNS, wide_id, 61) is None  # the id cannot fit beside a readable title


def test_headers_wrap_between_their_words() -> None:
    columns = [Column("Svar ønskes senest", "id"), Column("Titel")]
    assert _widths(columns, [("2026-12-22 !", "Kort")], 200) == [18, 5]
    assert _widths(columns, [("2026-12-22 !", "En titel " * 10)], 61) == [12, 42]


def test_sixty_columns_or_fewer_is_always_blocks() -> None:
    assert _widths(COLUMNS, ROWS, 60) is None
    assert _widths([Column("Id", "id")], [("a",)], 40) is None


BLOCK = [
    ("Svar ønskes senest", "id", True, ["U-2026-0003-koeletemperatur-log-rmxn"]),
    ("Titel", "text", False, ["Temperaturmåling af køleskabe to gange dagligt"]),
    ("Resultat", "text", False, [""]),
]


def test_a_block_puts_a_long_id_below_its_label() -> None:
    assert layout.block(BLOCK, 50, Console(width=50)).plain.splitlines() == [  # type: ignore[arg-type]
        "Svar ønskes senest:",
        "U-2026-0003-koeletemperatur-log-rmxn",
        "Titel:              Temperaturmåling af køleskabe",
        "                    to gange dagligt",
        "Resultat:           –",
    ]


def test_in_a_very_narrow_window_each_value_goes_under_its_label() -> None:
    """(An id that does not fit beneath its label with a margin goes without one.)"""
    assert layout.block(BLOCK, 36, Console(width=36)).plain.splitlines() == [  # type: ignore[arg-type]
        "Svar ønskes senest:",
        "U-2026-0003-koeletemperatur-log-rmxn",
        "Titel:",
        "  Temperaturmåling af køleskabe to",
        "  gange dagligt",
        "Resultat:",
        "  –",
    ]


# -- where the width comes from --------------------------------------------------------------
def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return {**env, **extra}


def test_a_pipe_gets_wide_tables(world: Path) -> None:
    """Without a terminal and without ``COLUMNS``, lists are drawn 160 wide (as before): a
    script or a file gets the table."""
    done = subprocess.run([sys.executable, "-m", "regelsyn", "-C", str(world), "rule", "list"],
                          capture_output=True, text=True, env=_env(), timeout=30)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("┏") and "┃ Id " in lines[1]
    assert 80 < max(map(cell_len, lines)) <= 160


def test_a_terminal_60_wide_gets_blocks(world: Path) -> None:
    """The width is the terminal's own (no ``COLUMNS``): a 60-column window gets blocks."""
    child = pexpect.spawn(sys.executable, ["-m", "regelsyn", "-C", str(world), "rule", "list"],
                          env=_env(), encoding="utf-8", timeout=20,
                          dimensions=(200, 60))  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = re.sub(r"\x1b\[[0-9;]*m", "", child.before or "").replace("\r\n", "\n")
    assert shown.startswith("Id:        arbejdstidsregistrering\n")
    assert_fits(shown, 60)


def test_a_message_on_a_narrow_terminal_breaks_between_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Notes, warnings and errors on a terminal are broken between words at its width (the
    terminal itself would break a word in two); piped, a message stays one line."""
    import io
    import sys

    from regelsyn.ui import console

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    text = "Nettstedets manifest kunne ikke leses, så hele nettstedet er bygget på nytt."
    monkeypatch.setenv("COLUMNS", "30")
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    console.note(text)
    console.error("en regel mangler", hint="Se alle id'er med 'regelsyn rule list'.")
    assert screen.getvalue().splitlines() == [
        "Nettstedets manifest kunne",
        "ikke leses, så hele",
        "nettstedet er bygget på nytt.",
        "Fejl: en regel mangler",
        "Se alle id'er med 'regelsyn",
        "rule list'.",
    ]
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    console.note(text)
    assert piped.getvalue() == text + "\n"
