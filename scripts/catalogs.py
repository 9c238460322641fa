"""Bring messages from the old Python catalogs (``src/regelsyn/i18n/{da,nb,en}.py``, each a
``MESSAGES`` dict of key → text) into the gettext catalogs
(``src/regelsyn/i18n/locale/<lang>/LC_MESSAGES/regelsyn.po``).

    python scripts/catalogs.py add [--update] [FILE.py ...]
        Every key of the given .py catalogs (default: src/regelsyn/i18n/{da,nb,en}.py; the
        language is the file's name) that a .po file lacks is appended to its end, in the order
        of the Danish file. A key the .po already has is left alone; where its text differs, it
        is listed, and --update writes the .py text over it.

    python scripts/catalogs.py merge REF [--base COMMIT]
        What the branch or commit REF did to the .py catalogs since it forked from this branch
        (their merge base; once REF is merged, the merge base with the merge's first parent):
        keys it added are appended, texts it changed are changed, keys it removed are removed.
        Run it during or after ``git merge REF`` on a branch where the .po files are the
        catalogs; a key changed here too (say, made a plural) is listed, not overwritten.

A value in a .py catalog is a text, or a tuple of texts for a message with plural forms, as
many as the language has (da, nb, en: singular, plural): ``("{n} regel", "{n} regler")``. The
comment lines above a key in the .py file become translator comments (``# ...``) in the .po.
Exit code 1 when something needs a person's eye (listed on stderr), else 0.
"""

from __future__ import annotations

import argparse
import ast
import io
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from regelsyn.i18n import po  # noqa: E402

I18N = "src/regelsyn/i18n"
LANGUAGES = ("da", "nb", "en")
NAMES = {"da": "Danish", "nb": "Norwegian Bokmål", "en": "English"}
PLURAL_FORMS = {
    "da": "nplurals=2; plural=(n != 1);",
    "nb": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
}
Value = str | tuple[str, ...]


def po_path(lang: str, root: Path = ROOT) -> Path:
    return root / I18N / "locale" / lang / "LC_MESSAGES" / "regelsyn.po"


# -- the .py catalogs ----------------------------------------------------------------------
def read_py(source: str) -> tuple[dict[str, Value], dict[str, list[str]]]:
    """The ``MESSAGES`` dict of a catalog module (read, not run) and, for each key, the comment
    lines just above it."""
    tree = ast.parse(source)
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == "MESSAGES":
            assert node.value is not None and isinstance(node.value, ast.Dict)
            messages = ast.literal_eval(node.value)
            comments = _comments(source, node.value)
            break
    else:
        return {}, {}
    for key, value in messages.items():
        ok = isinstance(value, str) or (
            isinstance(value, tuple) and all(isinstance(v, str) for v in value)
        )
        if not isinstance(key, str) or not ok:
            raise SystemExit(f"{key!r}: a key is a string and a value a string or tuple of strings")
    return messages, comments


def _comments(source: str, mapping: ast.Dict) -> dict[str, list[str]]:
    """Comment lines between one key's value and the next key, keyed by the next key."""
    by_line: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            by_line[token.start[0]] = token.string.lstrip("#").strip()
    found: dict[str, list[str]] = {}
    previous_end = mapping.lineno
    for key_node, value_node in zip(mapping.keys, mapping.values, strict=True):
        assert isinstance(key_node, ast.Constant)
        lines = [by_line[n] for n in range(previous_end, key_node.lineno) if n in by_line]
        if lines:
            found[str(key_node.value)] = lines
        previous_end = (value_node.end_lineno or value_node.lineno) + 1
    return found


# -- the .po catalogs ----------------------------------------------------------------------
def new_header(lang: str) -> po.Entry:
    fields = [
        "Project-Id-Version: regelsyn",
        "PO-Revision-Date: 2026-12-01 12:00+0000",
        "Last-Translator: regelsyn developers",
        f"Language-Team: {NAMES[lang]}",
        f"Language: {lang}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        f"Plural-Forms: {PLURAL_FORMS[lang]}",
    ]
    return po.Entry(
        msgid="",
        msgstr="".join(f"{field}\n" for field in fields),
        comments=[
            f"# {NAMES[lang]} messages of regelsyn. The message id is the key the code uses;",
            "# {name} is filled in by the program. Edit with Poedit, Weblate or any text",
            '# editor; README.md, "Translations", says how.',
        ],
    )


def read_po(lang: str, root: Path = ROOT) -> list[po.Entry]:
    path = po_path(lang, root)
    if not path.exists():
        return [new_header(lang)]
    return po.parse(path.read_text(encoding="utf-8"))


def write_po(lang: str, entries: list[po.Entry], root: Path = ROOT) -> None:
    path = po_path(lang, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po.format_file(entries), encoding="utf-8")


def nplurals(entries: list[po.Entry]) -> int:
    forms = po.header(entries).get("Plural-Forms", "nplurals=2;")
    return int(forms.split("nplurals=", 1)[1].split(";", 1)[0])


def make_entry(key: str, value: Value, comments: list[str], count: int) -> po.Entry:
    lines = [f"# {line}" if line else "#" for line in comments]
    if isinstance(value, str):
        return po.Entry(msgid=key, msgstr=value, comments=lines)
    if len(value) != count:
        raise ValueError(f"{key}: {len(value)} forms, but the language has {count}")
    return po.Entry(msgid=key, plural=key, forms=list(value), comments=lines)


def same(entry: po.Entry, value: Value) -> bool:
    if isinstance(value, str):
        return entry.plural is None and entry.msgstr == value
    return entry.plural is not None and tuple(entry.forms) == value


def set_value(entry: po.Entry, value: Value) -> None:
    if isinstance(value, str):
        entry.plural, entry.forms, entry.msgstr = None, [], value
    else:
        entry.plural, entry.forms, entry.msgstr = entry.msgid, list(value), ""


# -- the commands --------------------------------------------------------------------------
def add(sources: dict[str, str], *, update: bool, root: Path = ROOT) -> list[str]:
    """Append the keys of each language's .py source that its .po lacks; the notes returned
    are what a person should look at."""
    notes: list[str] = []
    parsed = {lang: read_py(text) for lang, text in sources.items()}
    order = list(parsed.get("da", next(iter(parsed.values())))[0])
    for lang, (messages, comments) in parsed.items():
        entries = read_po(lang, root)
        count = nplurals(entries)
        by_id = {e.msgid: e for e in entries if e.msgid}
        keys = [k for k in order if k in messages] + [k for k in messages if k not in order]
        for key in keys:
            value = messages[key]
            if key not in by_id:
                try:
                    entry = make_entry(key, value, comments.get(key, []), count)
                except ValueError as exc:
                    notes.append(f"{lang}: {exc}")
                    continue
                entries.append(entry)
                by_id[key] = entry
            elif not same(by_id[key], value):
                if update:
                    set_value(by_id[key], value)
                    notes.append(f"{lang}: {key}: the text of the .py catalog is written")
                else:
                    notes.append(f"{lang}: {key}: the .po text differs from the .py (kept)")
        missing = [k for k in order if k not in messages]
        if missing:
            notes.append(f"{lang}: missing here, present in da: {', '.join(missing)}")
        write_po(lang, entries, root)
    return notes


def git_show(ref: str, path: str, root: Path = ROOT) -> str:
    done = _git(root, "show", f"{ref}:{path}")
    return done.stdout if done.returncode == 0 else ""


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def fork_point(ref: str, root: Path = ROOT) -> str:
    """Where ``ref`` forked from this branch: its merge base with HEAD, or, once ``ref`` has
    been merged (the merge commit is HEAD), with the merge's first parent."""
    here = "HEAD"
    if _git(root, "merge-base", "--is-ancestor", ref, "HEAD").returncode == 0:
        here = "HEAD^1"
    found = _git(root, "merge-base", here, ref)
    if found.returncode != 0:
        raise SystemExit(f"no common history of {ref} and {here}: {found.stderr.strip()}")
    return found.stdout.strip()


def merge(ref: str, root: Path = ROOT, base: str | None = None) -> list[str]:
    """Apply to the .po files what ``ref`` changed in the .py catalogs since ``base`` (by
    default where it forked from this branch)."""
    base = base or fork_point(ref, root)
    notes: list[str] = []
    for lang in LANGUAGES:
        before, _ = read_py(git_show(base, f"{I18N}/{lang}.py", root))
        after, comments = read_py(git_show(ref, f"{I18N}/{lang}.py", root))
        entries = read_po(lang, root)
        count = nplurals(entries)
        by_id = {e.msgid: e for e in entries if e.msgid}
        for key, value in after.items():
            entry = by_id.get(key)
            if key not in before:
                if entry is None:
                    try:
                        entries.append(make_entry(key, value, comments.get(key, []), count))
                    except ValueError as exc:
                        notes.append(f"{lang}: {exc}")
                elif not same(entry, value):
                    notes.append(f"{lang}: {key}: added on {ref} and here, with other texts")
            elif before[key] != value:
                if entry is None:
                    notes.append(f"{lang}: {key}: changed on {ref}, removed here")
                elif same(entry, before[key]):
                    set_value(entry, value)
                elif not same(entry, value):
                    notes.append(f"{lang}: {key}: changed on {ref} and here; {ref} has {value!r}")
        for key in before:
            if key not in after and key in by_id:
                if same(by_id[key], before[key]):
                    entries.remove(by_id[key])
                else:
                    notes.append(f"{lang}: {key}: removed on {ref}, changed here (kept)")
        write_po(lang, entries, root)
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    adding = commands.add_parser("add", help="add the keys of .py catalogs the .po files lack")
    adding.add_argument("files", nargs="*", type=Path)
    adding.add_argument("--update", action="store_true", help="write differing texts over")
    merging = commands.add_parser("merge", help="apply a branch's .py catalog changes")
    merging.add_argument("ref")
    merging.add_argument("--base", help="the commit REF's changes are counted from "
                         "(default: where REF forked from this branch)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.command == "add":
        files = args.files or [ROOT / I18N / f"{lang}.py" for lang in LANGUAGES]
        absent = [f for f in files if not f.is_file()]
        if absent:
            parser.error(f"no such file: {', '.join(map(str, absent))} (the .py catalogs are "
                         "gone from this branch: name a branch's files, or use merge)")  # fmt: skip
        unknown = [f for f in files if f.stem not in LANGUAGES]
        if unknown:
            parser.error(f"a catalog is named after its language ({', '.join(LANGUAGES)}): "
                         f"{', '.join(map(str, unknown))}")  # fmt: skip
        sources = {f.stem: f.read_text(encoding="utf-8") for f in files}
        notes = add(sources, update=args.update)
    else:
        notes = merge(args.ref, base=args.base)
    for note in notes:
        print(note, file=sys.stderr)
    return 1 if notes else 0


if __name__ == "__main__":
    sys.exit(main())
