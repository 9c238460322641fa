"""`regelsyn site`: the pages, their escaping, nothing from outside, incremental and atomic
rebuilds, and the registry's own templates."""

from __future__ import annotations

import json
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from regelsyn.store.sitedir import MANIFEST
from tests.helpers import build_tree, run
from tests.test_meetings import CHALLENGE, MEETINGS
from tests.test_review import DECISIONS

HOSTILE = '<script>alert("x")</script> & <img src=https://evil.example/x.png>'


@pytest.fixture
def registry(example: Path) -> Path:
    """The example registry after a meeting, with an anonymous challenge, a committee address
    and a hostile text in one rule."""
    config = example / "regelsyn.yaml"
    text = config.read_text(encoding="utf-8").replace(
        "kind: MED}", "kind: MED, email: med@solhaven.example}"
    )
    config.write_text(text + MEETINGS, encoding="utf-8")
    Path("decisions.yaml").write_text(DECISIONS, encoding="utf-8")
    assert run("review", "--decisions", "decisions.yaml", registry=example).exit_code == 0
    assert run(*CHALLENGE, registry=example).exit_code == 0
    assert run("rule", "edit", "trivselsmaaling", "--use", HOSTILE, registry=example).exit_code == 0
    return example


def _build(registry: Path, out: Path) -> str:
    result = run("site", "--out", out, registry=registry)
    assert result.exit_code == 0, result.stderr
    return result.stderr


def _head(out: Path) -> dict[str, Any]:
    """The manifest's first line: its format, fingerprint and files."""
    head: dict[str, Any] = json.loads((out / MANIFEST).read_bytes().partition(b"\n")[0])
    return head


def _pages(out: Path) -> dict[str, str]:
    return {
        str(p.relative_to(out)): p.read_text(encoding="utf-8")
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix in (".html", ".css", ".js", ".ics")
    }


class _Refs(HTMLParser):
    """Every address a page refers to (href, src, action, and url() in styles)."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "action", "srcset", "poster", "data", "xlink:href"):
                self.refs.append(value or "")
            if name == "style" and value and "url(" in value:
                self.refs.append(value)


def test_the_site_has_every_page(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    pages = _pages(out)
    for rule in (registry / "rules").glob("*.yaml"):
        assert f"rules/{rule.stem}.html" in pages
    for name in ("index.html", "report.html", "agenda.html", "challenge.html", "calendar.ics",
                 "reviews/index.html", "reviews/2026-11-22.html", "cases/index.html",
                 "assets/site.css", "assets/site.js"):  # fmt: skip
        assert name in pages, name
    assert any(name.startswith("cases/E-2026-0001-besoeg-klokkeslaet") for name in pages)
    index = pages["index.html"]
    assert '<html lang="da">' in index
    assert 'href="rules/rengoering-log.html">Daglig rengøringslog for fællesarealer</a>' in index
    assert '<label for="q">Søg</label>' in index
    report = pages["report.html"]
    assert report.count("<svg") == 2 and '<title id="owners-t">' in report
    log = pages["reviews/2026-11-22.html"]
    assert "signature-table" in log and "Næstformand".lower() in log.lower()


def test_every_link_inside_the_site_resolves_and_nothing_comes_from_outside(
    registry: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    for name, text in _pages(out).items():
        if not name.endswith(".html"):
            continue
        parser = _Refs()
        parser.feed(text)
        for ref in parser.refs:
            if ref.startswith(("mailto:", "#")):
                continue
            assert not re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.I), (name, ref)
            target = (out / name).parent / ref.split("#")[0].split("?")[0]
            assert target.resolve().is_file(), (name, ref)
        assert "@import" not in text and "url(" not in text, name
    css = (out / "assets" / "site.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    script = (out / "assets" / "site.js").read_text(encoding="utf-8")
    assert not re.search(r"https?:|fetch\(|XMLHttpRequest|import\(", script)


def test_user_text_is_escaped(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    page = (out / "rules" / "trivselsmaaling.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=https" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;img" in page


def test_an_anonymous_filer_is_never_shown(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    case = next((out / "cases").glob("U-2026-*.html")).read_text(encoding="utf-8")
    assert "anonym, gennem Carla Nielsen (TR)" in case
    record = next((registry / "cases").glob("U-2026-*.yaml")).read_text(encoding="utf-8")
    assert "filed_by" not in record or "filed_by: null" in record


def test_challenge_this_rule(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    page = (out / "rules" / "rengoering-log.html").read_text(encoding="utf-8")
    assert '<h2 id="challenge-h">Udfordr denne regel</h2>' in page
    mail = re.search(r'href="(mailto:[^"]+)"', page)
    assert mail is not None
    assert mail.group(1).startswith("mailto:med@solhaven.example?subject=Udfordring%20af%20reglen")
    assert "regelsyn challenge new --rule rengoering-log --request remove" in page


def test_a_rebuild_with_nothing_changed_writes_nothing(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    said = _build(registry, out)
    assert "Skrevet: 0 filer." in said
    now = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    assert {p: t for p, t in now.items() if p.name != MANIFEST} == {
        p: t for p, t in times.items() if p.name != MANIFEST
    }


def test_a_changed_rule_rewrites_only_the_pages_that_depend_on_it(
    registry: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    before = _pages(out)
    assert run("rule", "edit", "normperiode-opgoerelse", "--title", "Ny titel",
               registry=registry).exit_code == 0  # fmt: skip
    inodes = {p: p.stat().st_ino for p in out.rglob("*.html")}
    _build(registry, out)
    after = _pages(out)
    changed = {name for name in after if after[name] != before.get(name)}
    # its page and the front page's row (it falls due more than a year ahead: not in the
    # calendar, whose events list the titles of the rules due in the coming year)
    assert changed == {"rules/normperiode-opgoerelse.html", "index.html"}
    for path, inode in inodes.items():
        rel = str(path.relative_to(out))
        assert (path.stat().st_ino == inode) == (rel not in changed), rel


def test_a_removed_rule_loses_its_page_after_the_index(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    (registry / "rules" / "normperiode-opgoerelse.yaml").unlink()
    result = run("site", "--out", out, registry=registry)
    assert not (out / "rules" / "normperiode-opgoerelse.html").exists()
    assert "normperiode-opgoerelse" not in (out / "index.html").read_text(encoding="utf-8")
    assert result.err_lines[1:] == ["1 side, der ikke længere hører til, er slettet."]


def test_a_folder_with_other_files_is_refused(registry: Path, tmp_path: Path) -> None:
    out = build_tree(tmp_path / "mine", {"notes.txt": "mine"})
    result = run("site", "--out", out, registry=registry)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Fejl: ")
    assert "indeholder allerede filer, som regelsyn ikke har skrevet" in result.err_lines[0]
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_the_registry_s_own_template_wins_and_changes_every_page(
    registry: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    layout = Path(__file__).resolve().parent.parent / "templates" / "site_layout.html.j2"
    text = layout.read_text(encoding="utf-8").replace("<footer>", "<footer><p>Vores egen</p>")
    build_tree(registry, {"templates/site_layout.html.j2": text})
    said = _build(registry, out)
    assert "Skrevet: 0 filer." not in said
    assert "Vores egen" in (out / "rules" / "rengoering-log.html").read_text(encoding="utf-8")


def test_the_site_in_english(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert run("--lang", "en", "site", "--out", out, registry=registry).exit_code == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in index and "Challenge a rule" in index


def test_the_manifest_names_every_file(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    manifest = _head(out)
    files = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()} - {MANIFEST}
    assert set(manifest["files"]["paths"]) == files
    assert len(manifest["files"]["digests"]) == 32 * len(files)
    assert not list(out.rglob(".*.tmp"))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == []


def test_a_first_build_appears_whole_and_a_killed_one_leaves_nothing(
    registry: Path, tmp_path: Path
) -> None:
    left = build_tree(tmp_path, {".site.building-999999999/index.html": "half"})
    hour_ago = time.time() - 3700
    os.utime(left / ".site.building-999999999", (hour_ago, hour_ago))
    out = tmp_path / "site"
    out.mkdir()  # an empty folder made for the site
    _build(registry, out)
    assert (out / "index.html").is_file()
    assert not (left / ".site.building-999999999").exists()


def test_pages_shared_out_over_processes_are_the_same(
    registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from regelsyn.app import site

    _build(registry, tmp_path / "serial")
    monkeypatch.setattr(site, "PARALLEL_FROM", 1)
    said = _build(registry, tmp_path / "parallel")
    assert "Skrevet: 30 filer. Uændret: 0 filer." in said
    assert _pages(tmp_path / "parallel") == _pages(tmp_path / "serial")
    manifest = _head(tmp_path / "parallel")
    assert len(manifest["files"]["paths"]) == 30


def test_a_site_of_an_earlier_manifest_format_is_brought_up_to_date(
    registry: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    manifest = _head(out)
    files = manifest["files"]
    digests = [files["digests"][i : i + 32] for i in range(0, len(files["digests"]), 32)]
    columns = zip(files["paths"], digests, files["keys"], strict=True)
    manifest |= {"format": 1, "files": {path: [digest, key] for path, digest, key in columns}}
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert "Skrevet: 0 filer." in _build(registry, out)
    assert _head(out)["format"] == 2


@pytest.mark.parametrize("damage", ['{"format": 99}', '{"format": 2, "files"', ""])
def test_a_site_whose_manifest_cannot_be_read_is_built_again_in_place(
    registry: Path, tmp_path: Path, damage: str
) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    (registry / "rules" / "normperiode-opgoerelse.yaml").unlink()
    (out / MANIFEST).write_text(damage, encoding="utf-8")
    (out / "mine.txt").write_text("mine", encoding="utf-8")
    result = run("site", "--out", out, registry=registry)
    assert result.exit_code == 0, result.stderr
    assert result.err_lines[0] == (
        "Webstedets manifest (.regelsyn-site.json) kunne ikke læses, så hele webstedet er "
        "bygget igen. Sider, der ikke længere hører til, er slettet; andre filer i mappen er "
        "ikke rørt."
    )
    assert result.err_lines[1].endswith("Uændret: 0 filer.")
    assert result.err_lines[2] == "1 side, der ikke længere hører til, er slettet."
    _build(registry, tmp_path / "fresh")
    assert _pages(out) == _pages(tmp_path / "fresh")
    assert (out / "mine.txt").read_text(encoding="utf-8") == "mine"
    assert "Skrevet: 0 filer." in _build(registry, out)


@pytest.mark.parametrize(
    "damage",
    [
        '{"format": 2, "fingerprint": "x", "files": {"paths": [["a"]], "keys": ["k"], '
        '"digests": "' + "0" * 32 + '"}}',
        '{"format": 2, "files": {"paths": "a", "keys": [], "digests": ""}}',
        '{"format": 1, "files": {"index.html": "abc"}}',
        "[" * 100_000,
    ],
)
def test_a_manifest_of_the_wrong_shape_is_not_read(
    registry: Path, tmp_path: Path, damage: str
) -> None:
    out = tmp_path / "site"
    _build(registry, out)
    pages = _pages(out)
    (out / MANIFEST).write_text(damage, encoding="utf-8")
    result = run("site", "--out", out, registry=registry)
    assert result.exit_code == 0, result.stderr
    assert result.err_lines[0].startswith("Webstedets manifest (.regelsyn-site.json) kunne ikke")
    assert _pages(out) == pages


def test_what_the_last_build_kept_is_not_used_once_changed_by_hand(
    registry: Path, tmp_path: Path
) -> None:
    """The manifest's second line (what the last build kept, behind a checksum): changed by
    anything but regelsyn, it is not used; the files are, so nothing is written again."""
    out = tmp_path / "site"
    _build(registry, out)
    head, _, kept = (out / MANIFEST).read_bytes().partition(b"\n")
    (out / MANIFEST).write_bytes(head + b"\n" + kept.replace(b'"tags":{', b'"tags":[{', 1))
    assert "Skrevet: 0 filer." in _build(registry, out)
    again = (out / MANIFEST).read_bytes().partition(b"\n")[2]
    assert b'"tags":{' in again and b'"tags":[{' not in again


def test_a_cache_that_cannot_keep_what_it_read_serves_nothing_stale(
    registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the index cache cannot be written (a full disk, another process holding it), the
    records a build just read are used as read, not the cache's older copies: the approved
    minutes show their approval, the retitled rule its title, in the site and the calendar."""
    from regelsyn.store.index import Index

    out = tmp_path / "site"
    _build(registry, out)
    monkeypatch.setattr(Index, "store", lambda self, *args, **kwargs: None)
    (review,) = sorted((registry / "reviews").glob("*.yaml"))
    approved = run("review", "approve", review.stem, "--role", "formand", "--name",
                   "Anne Holm", "--date", "2026-11-25", registry=registry)  # fmt: skip
    assert approved.exit_code == 0, approved.stderr
    assert run("rule", "edit", "rengoering-log", "--title", "Rengøring, ny titel",
               registry=registry).exit_code == 0  # fmt: skip
    _build(registry, out)
    log = (out / "reviews" / f"{review.stem}.html").read_text(encoding="utf-8")
    assert "Anne Holm" in log and "2026-11-25" in log
    assert "Rengøring, ny titel" in (out / "rules" / "rengoering-log.html").read_text("utf-8")
    assert "Rengøring, ny titel" in (out / "index.html").read_text(encoding="utf-8")
    # later, with a cache that works again but still holds the old copies: a page made again
    # for another reason (a challenge filed on the rule) reads the rule from its file
    monkeypatch.undo()
    cases = set((registry / "cases").glob("*.yaml"))
    assert run("challenge", "new", "--rule", "rengoering-log", "--request", "remove",
               "--problem", "Loggen læses ikke", "--filed-by", "Carla Nielsen",
               registry=registry).exit_code == 0  # fmt: skip
    (case,) = set((registry / "cases").glob("*.yaml")) - cases
    _build(registry, out)
    page = (out / "rules" / "rengoering-log.html").read_text(encoding="utf-8")
    assert case.stem in page
    assert "Rengøring, ny titel" in page


def test_a_build_cut_short_leaves_no_page_the_next_one_trusts(
    registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build killed after writing pages but before its manifest: those pages are newer than
    what the manifest says. The next build trusts none of the old pages, so a rule changed and
    changed back shows as it is now, and the site equals one built from nothing."""
    from regelsyn.store.sitedir import UNFINISHED, SiteDir

    out = tmp_path / "site"
    _build(registry, out)
    rule = registry / "rules" / "normperiode-opgoerelse.yaml"
    before = rule.read_bytes()
    assert run("rule", "edit", rule.stem, "--title", "Midlertidig titel",
               registry=registry).exit_code == 0  # fmt: skip

    def killed(self: SiteDir, state: object) -> int:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(SiteDir, "finish", killed)
        assert run("site", "--out", out, registry=registry).exit_code == 130
    assert (out / UNFINISHED).exists()
    assert "Midlertidig titel" in (out / "rules" / f"{rule.stem}.html").read_text("utf-8")
    rule.write_bytes(before)
    _build(registry, out)
    assert not (out / UNFINISHED).exists()
    _build(registry, tmp_path / "fresh")
    assert _pages(out) == _pages(tmp_path / "fresh")
    assert "Skrevet: 0 filer." in _build(registry, out)


def _interrupts_ignored() -> bool:
    import signal

    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_worker_processes_leave_ctrl_c_to_the_command() -> None:
    """Ctrl-C reaches every process of the terminal's group: the workers that render pages or
    parse files ignore it, so the person sees the command's one line, not a traceback from each
    worker."""
    from regelsyn.store.pool import workers

    with workers(2, "fork") as pool:
        assert list(pool.map(_call, [_interrupts_ignored] * 2)) == [True, True]
    assert not _interrupts_ignored()


def _call(function: Any) -> Any:
    return function()
