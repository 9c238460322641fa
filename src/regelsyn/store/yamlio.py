"""Round-trip YAML: load with positions, dump preserving comments, order and quoting."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import itertools
import re
import warnings
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarfloat import ScalarFloat
from ruamel.yaml.scalarint import ScalarInt

from regelsyn.i18n import t

# ruamel.yaml warns on stderr about YAML 1.1 number forms such as "1e400"; regelsyn reports
# what matters about a file itself, so the person at the terminal never sees those lines.
warnings.filterwarnings("ignore", module=r"ruamel\.yaml.*")

MAX_BYTES = 1024 * 1024


class _OwnError(ConstructorError):
    """A problem regelsyn itself finds while constructing; its message is already localised."""


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that reports impossible dates and refuses custom tags."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            raise _OwnError(
                None, None, t("y.bad_date", value=node.value), node.start_mark
            ) from None

    def construct_undefined(self, node: Any) -> Any:
        raise _OwnError(None, None, t("y.tag", tag=str(node.tag)), node.start_mark)

    # ruamel.yaml's round-trip constructor itself adds ``maptyp`` to the signature
    def construct_mapping(self, node: Any, maptyp: Any, deep: bool = False) -> Any:  # type: ignore[override]
        """Also note on the mapping how each of its empty values was written."""
        result = super().construct_mapping(node, maptyp, deep)
        words = {
            key.value: value.value
            for key, value in node.value
            if isinstance(key, ScalarNode) and isinstance(value, ScalarNode)
            and isinstance(key.value, str) and value.tag == _NULL_TAG
        }  # fmt: skip
        if words:
            setattr(maptyp, _NULL_WORDS, words)
        return result


_NULL_TAG = "tag:yaml.org,2002:null"
# where a mapping read from a file keeps how each of its empty values was written ("~",
# "null", "Null", or "" for ``key:``), so that a write keeps each as it was
_NULL_WORDS = "_regelsyn_null_words"


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)
_Constructor.add_constructor(None, _Constructor.construct_undefined)


class _Representer(RoundTripRepresenter):
    """Writes an empty value as ``null``, as the record sketches in DESIGN.md do (one read from
    a file: as the file wrote it)."""

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")

    def ignore_aliases(self, data: Any) -> bool:
        # the same date object used twice must be written twice, never as &id001 / *id001
        if isinstance(data, dict | list):
            return bool(super().ignore_aliases(data))
        return True

    def represent_mapping(self, tag: Any, mapping: Any, flow_style: Any = None) -> Any:
        """An empty value read from a file is written as that file wrote it."""
        node = super().represent_mapping(tag, mapping, flow_style)
        words: dict[str, str] = getattr(mapping, _NULL_WORDS, {})
        if not words:
            return node
        for key, value in node.value:
            word = words.get(key.value) if isinstance(key, ScalarNode) else None
            if word is not None and isinstance(value, ScalarNode) and value.tag == _NULL_TAG:
                value.value = word
        return node


_Representer.add_representer(type(None), _Representer.represent_none)


def _null_representer(word: str) -> type[_Representer]:
    """A representer that writes empty values as ``word`` (``null``, ``~`` or nothing), the
    way a hand-written file does."""

    class Representer(_Representer):
        def represent_none(self, data: Any) -> Any:
            if not self.represented_objects:  # a document that is only an empty value
                return super().represent_none(data)
            return self.represent_scalar("tag:yaml.org,2002:null", word)

    Representer.add_representer(type(None), Representer.represent_none)
    return Representer


_REPRESENTERS = {"null": _Representer, "~": _null_representer("~"), "": _null_representer("")}


@dataclass(frozen=True)
class Indent:
    """A file's layout, kept when regelsyn writes it: indentation, and how empty values look."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2
    null: str = "null"  # how empty values are written: "null", "~", or "" (``key:``)


def make_yaml(indent: Indent = Indent()) -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.Representer = _REPRESENTERS.get(indent.null, _Representer)
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return yaml


class YamlProblem(Exception):
    """A file that is not YAML we accept, with the position of the first problem (1-based)."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


def decode(data: bytes) -> str:
    """The text of a record file: UTF-8, with or without a byte-order mark. A file saved as
    UTF-16, or with an unresolved git merge conflict, is refused before it is parsed, so that
    the person is told that rather than a parser's guess."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(t("y.too_big", size=len(data), limit=MAX_BYTES))
    if _looks_utf16(data):
        raise YamlProblem(t("y.utf16"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        key = "y.not_utf8_cp1252" if _looks_cp1252(data) else "y.not_utf8"
        raise YamlProblem(t(key), line, col) from None
    conflict = _conflict_line(text)
    if conflict:
        raise YamlProblem(t("y.conflict"), conflict)
    return text


def _looks_utf16(data: bytes) -> bool:
    """A byte-order mark of UTF-16, or many NUL bytes: never in UTF-8 text, but every other
    byte of UTF-16 without a mark (which Notepad can also write)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = data[:4096]
    return len(sample) >= 4 and sample.count(0) * 4 >= len(sample)


# git's conflict markers: seven of one sign at the start of a line, alone or before a space
_CONFLICT = re.compile(r"(?:\A|(?<=[\r\n]))(?:<{7}|\|{7}|={7}|>{7})(?=[ \t\r\n]|\Z)")


def _conflict_line(text: str) -> int:
    """The line (1-based) of the first merge-conflict marker, or 0 when there is none."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text and "=======" not in text:
        return 0
    found = _CONFLICT.search(text)
    if found is None:
        return 0
    return len(_LINE_BREAK.findall(text, 0, found.start())) + 1


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _lf(text: str) -> str:
    """``text`` with every line break (CRLF, or CR alone) as LF: YAML reads them alike."""
    return _LINE_BREAK.sub("\n", text) if "\r" in text else text


def _looks_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


_KEY_OPENS_BLOCK = re.compile(r"^( *)(- +)?[^#\s][^#]*:\s*(#.*)?$")


def guess_indent(text: str) -> Indent:
    """The indentation a hand-written file uses for nested mappings and block lists, and how it
    writes empty values, so that a write keeps them (ruamel.yaml applies one setting to the
    whole file)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    mapping: int | None = None
    offset: int | None = None
    for previous, line in itertools.pairwise(lines):
        opener = _KEY_OPENS_BLOCK.match(previous)
        if not opener:
            continue
        base = len(opener.group(1)) + len(opener.group(2) or "")
        inner = len(line) - len(line.lstrip(" "))
        if line.lstrip(" ").startswith("- "):
            offset = inner - base if offset is None and inner >= base else offset
        elif inner > base and mapping is None:
            mapping = inner - base
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return Indent(mapping=mapping, sequence=offset + 2, offset=offset, null=_null_word(lines))


_BLOCK_TEXT = re.compile(r":\s+[|>][-+0-9]*\s*(#.*)?$")
_NULL_WORD = re.compile(r":\s+(null|Null|NULL|~)\s*(#.*)?$")


def _null_word(lines: list[str]) -> str:
    """How the file writes an empty value: ``null`` or ``~`` (whichever it uses more), or
    nothing at all (``key:``); ``null`` when it has none."""
    words = [found.group(1).lower() for line in lines if (found := _NULL_WORD.search(line))]
    if words:
        return "~" if words.count("~") > len(words) - words.count("~") else "null"
    text_indent = -1  # inside a | or > block: lines indented deeper are text, not keys
    for line, following in itertools.zip_longest(lines, lines[1:]):
        indent = len(line) - len(line.lstrip(" "))
        if indent > text_indent >= 0:
            continue
        text_indent = indent if _BLOCK_TEXT.search(line) else -1
        opener = _KEY_OPENS_BLOCK.match(line)
        if not opener:
            continue
        base = len(opener.group(1)) + len(opener.group(2) or "")
        if following is None:
            return ""
        inner = len(following) - len(following.lstrip(" "))
        nested = inner > base or (inner == base and following.lstrip(" ").startswith("- "))
        if not nested:
            return ""
    return "null"


def load(text: str) -> Any:
    """Parse ``text`` round-trip; problems come back as :class:`YamlProblem` with a position."""
    from regelsyn.store.fastload import too_big

    text = _lf(text)
    if "*" in text and too_big(text):
        raise YamlProblem(t("y.alias_bomb"))
    yaml = make_yaml()
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = _describe(exc, text)
        if mark is None:
            raise YamlProblem(message) from None
        raise YamlProblem(message, mark.line + 1, mark.column + 1) from None
    except YAMLError as exc:
        raise YamlProblem(t("y.syntax", problem=str(exc).splitlines()[0])) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise YamlProblem(t("y.syntax", problem=str(exc))) from None


def _describe(exc: MarkedYAMLError, text: str) -> str:
    problem = str(exc.problem or exc.context or "")
    if "\\t" in problem or "\t" in problem:
        return t("y.tab")
    if problem.startswith("found duplicate key") and exc.context_mark and exc.problem_mark:
        key = problem.split('"')[1] if '"' in problem else "?"
        first = _first_key_line(text, key, exc.context_mark.line, exc.problem_mark)
        return t("y.duplicate_key", key=key, first=first)
    if isinstance(exc, _OwnError):
        return problem
    for pattern, key in _PLAIN:
        found = pattern.search(problem)
        if found:
            return t(key, **found.groupdict())
    return t("y.syntax", problem=problem or "?")


# the parser's problems a person meets most, said plainly with what to do (others keep the
# parser's words after "invalid YAML:")
_PLAIN = [
    (re.compile(r"^mapping values are not allowed here"), "y.colon"),
    (re.compile(r"^expected ',' or '\]'"), "y.unclosed_list"),
    (re.compile(r"^expected ',' or '\}'"), "y.unclosed_braces"),
    (re.compile(r"^found unexpected end of stream"), "y.unclosed_quote"),
    (re.compile(r"^found unknown escape character '(?P<char>.*)'"), "y.escape"),
    (re.compile(r"^expected <block end>|^expected '<document start>'"), "y.indent"),
    (re.compile(r"^could not find expected ':'"), "y.missing_colon"),
    (re.compile(r"^found undefined alias '(?P<name>.*)'"), "y.undefined_alias"),
    (re.compile(r"^found character '(?P<char>.*)' that cannot start any token"), "y.bad_start"),
]


def _first_key_line(text: str, key: str, start: int, duplicate: Any) -> int:
    """The 1-based line where ``key`` first appears in the mapping that repeats it."""
    lines = text.splitlines()
    pattern = re.compile(rf"^[ \-]{{{duplicate.column}}}['\"]?{re.escape(key)}['\"]?\s*:")
    for number in range(start, min(duplicate.line, len(lines))):
        if pattern.match(lines[number]):
            return number + 1
    return start + 1


def dump(data: Any, indent: Indent = Indent()) -> str:
    stream = io.StringIO()
    make_yaml(indent).dump(data, stream)
    return stream.getvalue()


def dump_verified(data: Any, indent: Indent = Indent()) -> str:
    """``dump``, then read back: text that would not load as the same data is never written."""
    text = dump(data, indent)
    if to_plain(load(text)) != to_plain(data):
        raise YamlProblem(t("y.roundtrip"))
    return text


def to_plain(node: Any) -> Any:
    """Round-trip nodes as plain Python values, ready for pydantic."""
    if isinstance(node, TaggedScalar):
        raise YamlProblem(t("y.tag", tag=str(node.tag)))
    if isinstance(node, dict):
        return {_plain_key(key): to_plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [to_plain(item) for item in node]
    if isinstance(node, ScalarBoolean):
        return bool(node)
    if isinstance(node, bool):
        return node
    if isinstance(node, ScalarInt):
        return int(node)
    if isinstance(node, ScalarFloat):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, dt.datetime):
        return dt.datetime(*node.timetuple()[:6])
    return node


def _plain_key(key: Any) -> Any:
    return str(key) if isinstance(key, str) else key


def mapping(items: dict[str, Any], *, flow: bool = False) -> CommentedMap:
    """A new YAML mapping, in flow style (``{a: 1}``) when asked."""
    result = CommentedMap(items)
    if flow:
        result.fa.set_flow_style()
    return result


def sequence(items: list[Any], *, flow: bool = False) -> CommentedSeq:
    result = CommentedSeq(items)
    if flow:
        result.fa.set_flow_style()
    return result
