"""Limits for templates: a hostile template is refused before it exhausts memory or time.

A registry's own templates are untrusted input. :class:`LimitedEnvironment` bounds the size of
every string and list an operator, filter or method makes (estimated before the work wherever
an argument decides the size: ``'x' * n``, ``center(n)``, ``join``, ``format``, ``replace``…),
the text one rendering writes, the turns of all its loops, its macro calls, how deep macros,
includes, imports and recursive loops nest, ``range()`` and the size of numbers; the memory and
CPU time of a rendering are a backstop for what the counts cannot foresee. Going over raises
:class:`LimitExceeded`, which names the limit and, where it can, the template and line.
"""

from __future__ import annotations

import inspect
import math
import re
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, is_dataclass
from functools import update_wrapper, wraps
from typing import Any, cast

from jinja2 import Template, TemplateError, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import BlockReference, Context, LoopContext, Macro
from jinja2.sandbox import SandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter
from jinja2.utils import Namespace, generate_lorem_ipsum
from markupsafe import Markup
from pydantic import BaseModel


@dataclass(frozen=True)
class Limits:
    """What one rendering may use. Measured with the built-in templates: the report on 50,000
    rules (benchmarks/generate.py) writes 4.4 MB in 41,000 loop turns, makes 2.9 M characters,
    its longest text 96; the log of a review of 16,000 decisions writes 4.5 MB in 32,000 turns,
    makes 3.8 M, its longest text 276; neither calls a macro, goes deeper than 1, takes over a
    second of CPU or grows the memory."""

    text: int = 10_000_000  # characters in one string an operation makes
    items: int = 1_000_000  # items in one list or mapping an operation makes
    made: int = 1_000_000_000  # characters and items all operations make together
    output: int = 100_000_000  # characters one template (or macro, or block) writes
    loops: int = 1_000_000  # turns of all loops together
    calls: int = 1_000_000  # macro calls
    depth: int = 50  # macros, includes, imports, extends and recursive loops inside each other
    range: int = 1_000_000  # numbers in one range()
    digits: int = 1_000  # digits of a number
    memory: int = 1_000  # MB the process may grow by while rendering
    seconds: int = 30  # CPU seconds


LIMITS = Limits()
CONTAINERS = (list, tuple, dict, set, frozenset)
Args = tuple[Any, ...]
Kwargs = dict[str, Any]


class LimitExceeded(TemplateError):
    """A template went over ``limit`` (a field of :class:`Limits`); ``where`` is (name, line)."""

    def __init__(self, limit: str, amount: int, where: tuple[str, int] | None = None) -> None:
        super().__init__(f"over the {limit} limit ({amount})")
        self.limit = limit
        self.amount = amount
        self.where = where or _template_line(inspect.currentframe())


def _template_line(frame: types.FrameType | None) -> tuple[str, int] | None:
    """The innermost template and line on the stack from ``frame`` outwards."""
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None and template.name:
            return template.name, template.get_corresponding_lineno(frame.f_lineno)
        frame = frame.f_back
    return None


def _suspended_at(gen: Any) -> tuple[str, int] | None:
    """The template line a suspended render generator stopped at, following ``yield from``
    and the counting wrappers of :func:`_written` down to the innermost template."""
    found = None
    while (frame := getattr(gen, "gi_frame", None)) is not None:
        found = _template_line(frame) if "__jinja_template__" in frame.f_globals else found
        gen = gen.gi_yieldfrom or frame.f_locals.get("inner")
    return found


def _peak_memory() -> int:
    """The process's peak resident memory in bytes; 0 where the platform does not tell."""
    try:
        import resource
    except ImportError:  # Windows: the other limits still hold
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


class Tally:
    """What one rendering has used so far, checked against its limits."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.turns = self.calls = self.depth = self.spent = 0
        self._cpu = time.process_time()
        self._memory = _peak_memory()
        self._next_look = 0.0

    def text(self, size: float) -> None:
        if size > self.limits.text:
            raise LimitExceeded("text", self.limits.text)

    def items(self, count: float) -> None:
        if count > self.limits.items:
            raise LimitExceeded("items", self.limits.items)

    def digits(self, count: float) -> None:
        if count > self.limits.digits:
            raise LimitExceeded("digits", self.limits.digits)

    def made(self, value: Any) -> Any:
        """``value`` as an operation made it, refused if it is too big."""
        if isinstance(value, (str, bytes, bytearray)):
            self.text(len(value))
        elif isinstance(value, CONTAINERS):
            self.items(len(value))
        else:
            return value
        self.spend(len(value))
        return value

    def spend(self, size: int) -> None:
        """Count what an operation made (or copied): growing a text a bit at a time is slow."""
        self.spent += size
        if self.spent > self.limits.made:
            raise LimitExceeded("made", self.limits.made)

    def turn(self, count: int = 1) -> None:
        self.turns += count
        if self.turns > self.limits.loops:
            raise LimitExceeded("loops", self.limits.loops)
        self.tick()

    def enter(self, *, call: bool) -> None:
        """One level deeper: a macro call (``call``), an include, a block, a recursive loop."""
        if self.depth >= self.limits.depth:
            raise LimitExceeded("depth", self.limits.depth)
        if call and self.calls >= self.limits.calls:
            raise LimitExceeded("calls", self.limits.calls)
        self.depth += 1
        self.calls += call
        self.tick()

    def leave(self) -> None:
        self.depth -= 1

    def tick(self) -> None:
        """Look at CPU time and memory, at most twenty times a second (the clock is cheap)."""
        now = time.monotonic()
        if now < self._next_look:
            return
        self._next_look = now + 0.05
        if time.process_time() - self._cpu > self.limits.seconds:
            raise LimitExceeded("seconds", self.limits.seconds)
        if self._memory and _peak_memory() - self._memory > self.limits.memory * 2**20:
            raise LimitExceeded("memory", self.limits.memory)


class _Sizes:
    """How long ``str()`` of nested lists, tuples and mappings comes out, without making it:
    shared parts are measured once, and the count stops just over ``cap``."""

    def __init__(self, cap: int, depth: int) -> None:
        self.cap, self.depth, self.deepest = cap, depth, 0
        self.known: dict[int, int] = {}
        self.open: set[int] = set()

    def of(self, value: Any, level: int = 0) -> int:
        if isinstance(value, str):
            return len(value) + 2 * (level > 0)  # quotes inside a container
        key = id(value)
        if key in self.known:
            return self.known[key]
        if isinstance(value, dict):
            parts: Iterable[Any] = value
        elif isinstance(value, CONTAINERS):
            parts = value
        elif isinstance(value, (BaseModel, Namespace)) or (
            is_dataclass(value) and not isinstance(value, type)
        ):
            # it prints its fields, which may hold what the template made (Namespace hides
            # its __dict__ from getattr)
            value = parts = object.__getattribute__(value, "__dict__")
        else:  # anything else is as big as the data it was made from
            if level:
                self.known[key] = len(repr(value))
            return self.known.get(key, 0)
        if key in self.open:
            return 5  # a list inside itself prints as [...]
        if level >= self.depth:
            raise LimitExceeded("depth", self.depth)
        self.deepest = max(self.deepest, level + 1)
        self.open.add(key)
        total = 2
        for part in parts:
            total += self.of(part, level + 1) + 2
            if isinstance(value, dict):
                total += self.of(value[part], level + 1)
            if total > self.cap:
                break
        self.open.discard(key)
        self.known[key] = min(total, self.cap + 1)
        return self.known[key]


class _LimitedCodeGenerator(CodeGenerator):
    """Jinja2's code generator, with every loop counted and ``~`` sized before it joins."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in list(node.find_all(nodes.For)):  # for x in environment.turns(items)
            turns = nodes.EnvironmentAttribute("turns", lineno=loop.lineno)
            loop.iter = nodes.Call(turns, [loop.iter], [], None, None, lineno=loop.lineno)
        super().visit_Template(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.joined({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")


class _LimitedTemplate(Template):
    """A template whose rendering, and each block's, counts what it writes and how deep
    includes, imports and extends nest."""

    @classmethod
    def from_code(
        cls,
        environment: Any,
        code: types.CodeType,
        globals: Any,
        uptodate: Callable[[], bool] | None = None,
    ) -> Template:
        template = super().from_code(environment, code, globals, uptodate)
        template.root_render_func = _written(template.root_render_func)
        template.blocks = {name: _written(block) for name, block in template.blocks.items()}
        return template


class _LimitedContext(Context):
    """A render context whose ``super()`` finds a block among the counted ones."""

    def super(self, name: str, current: Callable[[Context], Iterator[str]]) -> Any:
        for block in self.blocks.get(name, ()):
            if getattr(block, "__wrapped__", None) is current:
                return super().super(name, block)
        return super().super(name, current)


def _written(render: Callable[[Context], Iterator[str]]) -> Callable[[Context], Iterator[str]]:
    """``render`` (a template's or a block's) one level deeper, counting what it writes."""

    @wraps(render)
    def written(context: Context) -> Iterator[str]:
        tally = cast(LimitedEnvironment, context.environment).tally
        tally.enter(call=False)
        inner = render(context)
        try:
            count = 0
            for chunk in inner:
                count += len(chunk)
                if count > tally.limits.output:
                    raise LimitExceeded("output", tally.limits.output, _suspended_at(inner))
                yield chunk
        finally:
            getattr(inner, "close", lambda: None)()
            tally.leave()

    return written


class LimitedEnvironment(SandboxedEnvironment):
    """A sandboxed environment whose templates are held to :class:`Limits`."""

    intercepted_binops = frozenset({"+", "-", "*", "%", "**"})
    code_generator_class = _LimitedCodeGenerator
    template_class = _LimitedTemplate
    context_class = _LimitedContext

    def __init__(self, *args: Any, limits: Limits = LIMITS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits
        self.tally = Tally(limits)
        self.finalize = self._printable
        self.globals["range"] = self._range
        self.globals["lipsum"] = self._lipsum

    def start(self) -> None:
        """Begin a rendering: nothing used yet."""
        self.tally = Tally(self.limits)

    def guard_filters(self) -> None:
        """Hold every filter registered so far to the limits (call after adding filters)."""
        for name, func in list(self.filters.items()):
            self.filters[name] = _guarded_filter(name, func)

    def text_of(self, value: Any) -> _Sizes:
        """Refuse ``value`` if ``str(value)`` would be too long; the measure, for its depth."""
        sizes = _Sizes(self.limits.text, self.limits.depth)
        self.tally.text(sizes.of(value))
        return sizes

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # pydantic's own methods (model_dump_json(indent=…) and friends) are no template's
        # business, and their output cannot be sized beforehand
        if attr.startswith("model_") and isinstance(obj, BaseModel):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        tally = self.tally
        tally.tick()
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "%" and isinstance(left, str):
            tally.text(self._printf_size(left, right))
        elif operator == "**" and ints and right > 0 and abs(left) > 1:
            tally.digits(right * math.log10(abs(left)))
        elif ints:
            tally.digits(_digits(left) + _digits(right) if operator == "*" else
                         max(_digits(left), _digits(right)) + 1)  # fmt: skip
        elif operator == "*":
            seq, times = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(times, int) and isinstance(seq, (str, bytes, list, tuple)):
                self._sized(seq, len(seq) * times)
        elif operator == "+" and isinstance(left, (str, bytes, list, tuple)):
            self._sized(left, len(left) + len(right) if hasattr(right, "__len__") else 0)
        return tally.made(super().call_binop(context, operator, left, right))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        tally = self.tally
        tally.tick()
        if isinstance(obj, (Macro, BlockReference, LoopContext)):
            if isinstance(obj, LoopContext) and args:  # loop(children) in a recursive loop
                args = (self.turns(args[0]), *args[1:])
            tally.enter(call=not isinstance(obj, LoopContext))
            try:  # what they write is bounded by concat and _written
                return super().call(context, obj, *args, **kwargs)
            finally:
                tally.leave()
        if not isinstance(obj, (types.BuiltinFunctionType, types.MethodType)):
            return tally.made(super().call(context, obj, *args, **kwargs))
        owner, name = obj.__self__, obj.__name__
        if isinstance(obj, types.BuiltinFunctionType):  # C code; list.sort(key=macro) calls back
            kwargs = {k: self._called_back(context, v) for k, v in kwargs.items()}
        if isinstance(owner, (str, bytes)) or name == "strftime":
            args = self._method_size(name, owner, args, kwargs)
        elif isinstance(owner, list) and name == "extend" and args:
            tally.items(len(owner) + (len(args[0]) if hasattr(args[0], "__len__") else 0))
        result = super().call(context, obj, *args, **kwargs)
        if isinstance(owner, (list, dict, set)):
            tally.items(len(owner))  # append, extend, update… may have grown it
        return tally.made(result)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` and ``format_map`` through a formatter that counts what it makes."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) or (
            value.__name__ not in ("format", "format_map") or not isinstance(value.__self__, str)
        ):
            return None
        owner: str = value.__self__
        by_name = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            formatter: SandboxedFormatter = (
                _EscapeFormatter(self, escape=owner.escape)
                if isinstance(owner, Markup)
                else _CountingFormatter(self)
            )
            if by_name:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                return type(owner)(formatter.vformat(owner, (), args[0]))
            return type(owner)(formatter.vformat(owner, args, kwargs))

        return update_wrapper(wrapper, value)

    def concat(self, parts: Iterable[str]) -> str:
        """What a macro, ``{% set %}`` block or ``{% filter %}`` block wrote, joined."""
        parts = list(parts)
        size = sum(map(len, parts))
        if size > self.limits.output:
            raise LimitExceeded("output", self.limits.output)
        self.tally.spend(size)
        return "".join(parts)

    def joined(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        """``a ~ b ~ c``: refused before joining if the result would be too long."""
        if not all(isinstance(part, str) for part in parts):
            sizes = _Sizes(self.limits.text, self.limits.depth)
            self.tally.text(sum(sizes.of(part) for part in parts))
        return cast(str, self.tally.made(join(parts)))

    def turns(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """The items of a ``for`` loop, each turn counted."""
        tally = self.tally
        for item in iterable:
            tally.turn()
            yield item

    def _printable(self, value: Any) -> Any:
        """What ``{{ … }}`` writes; a list (or record) is refused if its text would be too long."""
        if value is not None and not isinstance(value, (str, int, float)):
            self.text_of(value)
        return value

    def _range(self, *args: int) -> range:
        numbers = range(*args)
        try:
            count = len(numbers)
        except OverflowError:
            count = self.limits.range + 1
        if count > self.limits.range:
            raise LimitExceeded("range", self.limits.range)
        return numbers

    def _lipsum(self, n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
        self.tally.text(_int(n) * (_int(max) * 16 + 10))
        return str(generate_lorem_ipsum(n, html, min, max))

    def _called_back(self, context: Context, value: Any) -> Any:
        if not callable(value) or isinstance(value, type):
            return value
        return lambda *a, **k: self.call(context, value, *a, **k)

    def _sized(self, kind: Any, size: int) -> None:
        (self.tally.text if isinstance(kind, (str, bytes)) else self.tally.items)(size)

    def _method_size(self, name: str, owner: Any, args: Args, kwargs: Kwargs) -> Args:
        """Refuse a string method whose arguments would make too long a text; the arguments
        (an iterator given to ``join`` is read here, once)."""
        text = self.tally.text
        if name in ("center", "ljust", "rjust", "zfill"):
            text(max(len(owner), _int(_arg(args, kwargs, 0, "width", 0))))
        elif name == "expandtabs":
            text(len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t")
                 * _int(_arg(args, kwargs, 0, "tabsize", 8)))  # fmt: skip
        elif name == "replace" and len(args) >= 2:
            text(_replaced(owner, args[0], args[1], _int(_arg(args, kwargs, 2, "count", -1), -1)))
        elif name == "join" and args:
            items = list(args[0])
            text(sum(len(i) if hasattr(i, "__len__") else 0 for i in items)
                 + len(owner) * max(len(items) - 1, 0))  # fmt: skip
            args = (items, *args[1:])
        elif name == "translate" and args and isinstance(args[0], dict):
            longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
            text(len(owner) * max(longest, 1))
        elif name == "strftime" and args and isinstance(args[0], str):
            text(len(args[0]) * 13)  # %c is 24 characters for 2
        return args

    def _printf_size(self, form: str, values: Any) -> int:
        """How long ``form % values`` can come out, at most."""
        positional = list(values) if isinstance(values, tuple) else [values]
        by_key = values if isinstance(values, dict) else {}
        total, index = len(form), 0
        sizes = _Sizes(self.limits.text, self.limits.depth)
        for spec in _SPEC.finditer(form):
            if spec["conv"] == "%":
                continue
            widest = 0
            for number in (spec["width"], spec["prec"]):
                if number == "*":
                    widest = max(widest, abs(_int(positional[index] if index < len(positional)
                                                  else 0)))  # fmt: skip
                    index += 1
                elif number:
                    widest = max(widest, int(number) if len(number) < 12 else 10**12)
            if spec["key"] is not None and by_key:
                value = by_key.get(spec["key"])
            else:
                value, index = (positional[index] if index < len(positional) else None), index + 1
            total += widest + sizes.of(value) * (4 if spec["conv"] in "ra" else 1) + 2
            total += 320 if spec["conv"] in "fF" else 0  # %f of 1e308 has 309 digits
            if total > self.limits.text:
                break
        return total * (6 if isinstance(form, Markup) else 1)


class _CountingFormatter(SandboxedFormatter):
    """``str.format`` in the sandbox, refusing a field too wide and a result too long."""

    def __init__(self, env: LimitedEnvironment, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self.limited = env
        self.written = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion:  # {!r} of a list makes its text here
            self.limited.text_of(value)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        widest = max((int(d) if len(d) < 12 else 10**12 for d in re.findall(r"\d+", format_spec)),
                     default=0)  # fmt: skip
        size = _Sizes(self.limited.limits.text, self.limited.limits.depth).of(value)
        self.limited.tally.text(self.written + widest + 13 * len(format_spec) + size)
        piece = super().format_field(value, format_spec)
        self.written += len(piece)
        self.limited.tally.text(self.written)
        return piece


class _EscapeFormatter(_CountingFormatter, SandboxedEscapeFormatter):
    pass


# Filters that take a list as a list; every other filter prints its value (str() of it).
_LIST_FILTERS = frozenset({
    "abs", "attr", "batch", "count", "d", "default", "dictsort", "first", "float", "groupby",
    "int", "items", "join", "last", "length", "list", "map", "max", "min", "pprint", "random",
    "reject", "rejectattr", "reverse", "round", "select", "selectattr", "slice", "sort", "sum",
    "tojson", "unique",
})  # fmt: skip


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` held to the limits: its arguments sized first, its result checked after."""
    passes = getattr(getattr(func, "jinja_pass_arg", None), "name", None)
    prints = name not in _LIST_FILTERS
    size = _FILTER_SIZES.get(name)

    @pass_context
    def guarded(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
        env = cast(LimitedEnvironment, context.environment)
        env.tally.tick()
        if prints and not isinstance(value, (str, int, float)):
            env.text_of(value)
        if size is not None:
            if name in ("join", "sum"):
                value = list(value)  # read once here, to be measured
            size(env, value, args, kwargs)
        if passes == "context":
            args = (value, *args)
            value = context
        elif passes == "eval_context":
            args = (value, *args)
            value = context.eval_ctx
        elif passes == "environment":
            args = (value, *args)
            value = env
        return env.tally.made(func(value, *args, **kwargs))

    return guarded


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _center(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    env.tally.text(max(len(_text(value)), _int(_arg(a, k, 0, "width", 80))))


def _indent(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    width = _arg(a, k, 0, "width", 4)
    pad = len(width) if isinstance(width, str) else _int(width)
    env.tally.text(pad)
    text = _text(value)
    env.tally.text(len(text) + (text.count("\n") + 1) * pad)


def _replace(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    old, new = str(_arg(a, k, 0, "old", "")), str(_arg(a, k, 1, "new", ""))
    count = _arg(a, k, 2, "count", None)
    env.tally.text(_replaced(_text(value), old, new, -1 if count is None else _int(count, -1)))


def _wordwrap(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    wrap = _arg(a, k, 2, "wrapstring", None)
    env.tally.text(len(_text(value)) * (1 + len(str(wrap or "\n"))))


def _urlize(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    text = _text(value)
    extra = sum(len(str(_arg(a, k, i, key, None) or "")) for i, key in ((2, "target"), (3, "rel")))
    links = text.count(".") + text.count("@") + text.count(":") + 1  # every link has one
    env.tally.text(3 * len(text) + links * (extra + 60))


def _format(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    env.tally.text(env._printf_size(_text(value), k or a))


def _join(env: LimitedEnvironment, items: Any, a: Args, k: Kwargs) -> None:
    glue = len(str(_arg(a, k, 0, "d", "")))
    sizes = _Sizes(env.limits.text, env.limits.depth)
    own = 0 if _arg(a, k, 1, "attribute", None) is not None else sum(map(sizes.of, items))
    env.tally.text(own + glue * max(len(items) - 1, 0))


def _sum(env: LimitedEnvironment, items: Any, a: Args, k: Kwargs) -> None:
    start = _arg(a, k, 1, "start", 0)
    if isinstance(start, (list, tuple)):  # each step copies all the steps before it
        lengths = [len(i) if hasattr(i, "__len__") else 0 for i in items]
        env.tally.items(len(start) + sum(lengths))
        env.tally.spend(len(start) * len(items) + sum(n * (len(items) - i)
                                                      for i, n in enumerate(lengths)))  # fmt: skip


def _list(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    env.tally.items(len(value) if hasattr(value, "__len__") else 0)


def _pieces(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    env.tally.items(_int(_arg(a, k, 0, "linecount", _arg(a, k, 0, "slices", 0))))


def _round(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    env.tally.digits(abs(_int(_arg(a, k, 0, "precision", 0))))


def _json(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    indent = _arg(a, k, 0, "indent", None)
    step = len(indent) if isinstance(indent, str) else _int(indent)
    sizes = env.text_of(value)  # escaped, at most 6 per character; a line per item, indented
    env.tally.text(6 * sizes.of(value) + 2 * sizes.of(value) * sizes.deepest * step)


def _pprint(env: LimitedEnvironment, value: Any, a: Args, k: Kwargs) -> None:
    sizes = env.text_of(value)
    env.tally.text(sizes.of(value) * (1 + 2 * sizes.deepest))


_FILTER_SIZES: dict[str, Callable[[LimitedEnvironment, Any, Args, Kwargs], None]] = {
    "center": _center, "indent": _indent, "replace": _replace, "wordwrap": _wordwrap,
    "urlize": _urlize, "format": _format, "join": _join, "sum": _sum, "list": _list,
    "batch": _pieces, "slice": _pieces, "round": _round, "tojson": _json, "pprint": _pprint,
}  # fmt: skip


_SPEC = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?[-#0 +]*(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d+))?[hlL]?(?P<conv>.)",
    re.DOTALL,
)


def _int(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) else default


def _arg(args: Args, kwargs: Kwargs, index: int, name: str, default: Any) -> Any:
    return args[index] if len(args) > index else kwargs.get(name, default)


def _digits(number: int) -> float:
    return abs(number).bit_length() * math.log10(2) + 1


def _replaced(owner: Any, old: Any, new: Any, count: int) -> int:
    if not isinstance(old, type(owner)) or not isinstance(new, type(owner)):
        return len(owner)
    found = owner.count(old) if old else len(owner) + 1
    found = found if count < 0 else min(found, count)
    return len(owner) + found * max(len(new) - len(old), 0)
