"""Mutants of the instructor's solutions: small, plausible departures from the statement.

A mutant is the instructor's cell with one change inside a ``### BEGIN SOLUTION``
... ``### END SOLUTION`` region. The changes come from two sources:

* mutmut's node operators (``mutmut.mutation.mutators.mutation_operators``, a
  maintained mutation-testing library): arithmetic, comparison and boolean
  operators, numbers (+1), strings, True/False, dropped or ``None``-ed call
  arguments, assignments to ``None``, ``is``/``in`` swaps;
* operators written here for numerical code, which mutmut does not have:
  off-by-one downwards (numbers -1), a removed ``.copy()``, ``axis``/``ddof``/
  ``keepdims`` changed or dropped, adjacent positional arguments swapped, a
  whole statement deleted, one numerical function in place of another
  (max/min/sum/mean/median, std/var, lstsq/pinv, geomspace/linspace, ...), a
  call's argument used without the call (no abs, sqrt, sorting, conversion),
  and the other end of a sequence (``[-1]``/``[0]``, ``[1:]``/``[:-1]``).

Strings inside ``raise``, ``print``, ``warnings.warn`` and f-strings are not
mutated (messages are free in every statement), nor are docstrings.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


@dataclass(frozen=True)
class Mutant:
    """One mutant of one exercise's cell.

    Attributes
    ----------
    exercise : str
        The solution cell's grade_id.
    id : str
        Stable for the same cell and change: a hash of the exercise and the mutated code.
    operator : str
        Name of the operator that made it.
    line : int
        1-based line of the change in the cell.
    before, after : str
        The changed line(s), stripped.
    source : str
        The whole mutated cell.
    family : str
        The operator set it comes from: ``"syntactic"`` (mutmut's and the numerical ones of this
        module) or a versioned set of mistake operators (:mod:`autograder.audit.mistakes`); the
        audit reports each family apart.
    """

    exercise: str
    id: str
    operator: str
    line: int
    before: str
    after: str
    source: str
    family: str = "syntactic"

    def describe(self) -> str:
        return f"line {self.line} [{self.operator}]: {self.before!r} -> {self.after!r}"


# ----------------------------------------------------------- domain operators
def _number_minus_one(node: cst.BaseNumber) -> Iterator[cst.BaseNumber]:
    if isinstance(node, (cst.Integer, cst.Float)):
        value = node.evaluated_value - 1
        if value >= 0:  # a negative literal is a unary minus, not a number
            yield node.with_changes(value=repr(value))


def _removed_copy(node: cst.Call) -> Iterator[cst.BaseExpression]:
    if isinstance(node.func, cst.Attribute) and node.func.attr.value == "copy" and not node.args:
        yield node.func.value


_KEYWORD_VARIANTS = {
    "axis": ("0", "1", "-1", "None"),
    "ddof": ("0", "1"),
    "keepdims": ("True", "False"),
}


def _keyword_changes(node: cst.Call) -> Iterator[cst.Call]:
    for i, arg in enumerate(node.args):
        if arg.keyword is None or arg.keyword.value not in _KEYWORD_VARIANTS:
            continue
        current = cst.Module([]).code_for_node(arg.value)
        for variant in _KEYWORD_VARIANTS[arg.keyword.value]:
            if variant != current:
                new_arg = arg.with_changes(value=cst.parse_expression(variant))
                yield node.with_changes(args=[*node.args[:i], new_arg, *node.args[i + 1:]])
        yield node.with_changes(args=[*node.args[:i], *node.args[i + 1:]])


def _swapped_arguments(node: cst.Call) -> Iterator[cst.Call]:
    positional = [i for i, a in enumerate(node.args) if a.keyword is None and not a.star]
    for a, b in zip(positional, positional[1:], strict=False):
        args = list(node.args)
        args[a], args[b] = (node.args[b].with_changes(comma=node.args[a].comma),
                            node.args[a].with_changes(comma=node.args[b].comma))
        yield node.with_changes(args=args)


def _deleted_statement(node: cst.SimpleStatementLine) -> Iterator[cst.SimpleStatementLine]:
    if not (len(node.body) == 1 and isinstance(node.body[0], cst.Pass)):
        yield node.with_changes(body=[cst.Pass()])


#: a function or method a plausible mistake puts in place of another
_SWAPS = {
    "max": ("min", "sum", "mean"), "min": ("max",), "sum": ("mean",), "mean": ("median", "sum"),
    "median": ("mean",), "std": ("var",), "var": ("std",), "norm": ("sum",),
    "argmax": ("argmin",), "argmin": ("argmax",), "exp": ("log",), "log": ("exp",),
    "lstsq": ("pinv",), "solve": ("lstsq",), "qr": ("svd",), "cond": ("matrix_rank",),
    "logaddexp": ("add",), "geomspace": ("linspace",), "linspace": ("geomspace",),
}


def _swapped_function(node: cst.Call) -> Iterator[cst.Call]:
    func = node.func
    name = func.attr if isinstance(func, cst.Attribute) else func if isinstance(func, cst.Name) else None
    if name is None or name.value not in _SWAPS:
        return
    for other in _SWAPS[name.value]:
        new_name = name.with_changes(value=other)
        yield node.with_changes(func=func.with_changes(attr=new_name) if isinstance(func, cst.Attribute)
                                else new_name)


#: calls whose argument a plausible mistake uses directly (no abs, no sqrt, no sorting, no conversion)
_UNWRAPPED = {"abs", "sqrt", "sorted", "float", "int", "unique", "asarray", "array", "list", "copy", "exp"}


def _unwrapped_call(node: cst.Call) -> Iterator[cst.BaseExpression]:
    func = node.func
    name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
    positional = [a for a in node.args if a.keyword is None and not a.star]
    if name in _UNWRAPPED and positional:
        yield positional[0].value.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


def _subscript_end(node: cst.Subscript) -> Iterator[cst.Subscript]:
    """x[-1] <-> x[0], x[1:] -> x[:-1] and x[1:] -> x[:] (the first, the last, nothing dropped)."""
    if len(node.slice) != 1:
        return
    element = node.slice[0]
    index = element.slice
    code = cst.Module([]).code_for_node(index).strip()
    replacements = {"-1": ("0",), "0": ("-1",), "1:": (":-1", ":"), ":-1": ("1:",)}
    for new in replacements.get(code, ()):
        new_index = cst.parse_expression(f"x[{new}]").slice[0].slice
        yield node.with_changes(slice=[element.with_changes(slice=new_index)])


DOMAIN_OPERATORS: list[tuple[type, Callable[[cst.CSTNode], Iterable[cst.CSTNode]], str]] = [
    (cst.Call, _swapped_function, "swapped_function"),
    (cst.Call, _unwrapped_call, "unwrapped_call"),
    (cst.Subscript, _subscript_end, "subscript_end"),
    (cst.BaseNumber, _number_minus_one, "number_minus_one"),
    (cst.Call, _removed_copy, "removed_copy"),
    (cst.Call, _keyword_changes, "axis_ddof_keepdims"),
    (cst.Call, _swapped_arguments, "swapped_arguments"),
    (cst.SimpleStatementLine, _deleted_statement, "deleted_statement"),
]


def operators() -> list[tuple[type, Callable[[cst.CSTNode], Iterable[cst.CSTNode]], str]]:
    """mutmut's operators, then ours."""
    from mutmut.mutation.mutators import mutation_operators

    theirs = [(node_type, func, func.__name__.removeprefix("operator_"))
              for node_type, func in mutation_operators]
    return theirs + DOMAIN_OPERATORS


# ------------------------------------------------------------- enumeration
class _Collector(cst.CSTVisitor):
    """Every node inside a solution region, minus messages and docstrings."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        self.regions = regions
        self.nodes: list[tuple[cst.CSTNode, int]] = []
        self.muted = 0  # inside raise/print/warn/f-string/docstring

    def _in_region(self, node: cst.CSTNode) -> int | None:
        line = self.get_metadata(PositionProvider, node).start.line
        return line if any(a < line < b for a, b in self.regions) else None

    def on_visit(self, node: cst.CSTNode) -> bool:
        if _is_message(node):
            self.muted += 1
        elif not self.muted:
            line = self._in_region(node)
            if line is not None:
                self.nodes.append((node, line))
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if _is_message(original_node):
            self.muted -= 1


def _is_message(node: cst.CSTNode) -> bool:
    if isinstance(node, (cst.Raise, cst.FormattedString)):
        return True
    if isinstance(node, cst.Call):
        name = cst.Module([]).code_for_node(node.func)
        return name in ("print", "warnings.warn", "warn")
    if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 and \
            isinstance(node.body[0], cst.Expr) and isinstance(node.body[0].value, cst.SimpleString):
        return True  # a docstring
    return False


def solution_regions(source: str) -> list[tuple[int, int]]:
    """(begin line, end line) of each solution region, 1-based, exclusive."""
    regions, start = [], None
    for number, line in enumerate(source.splitlines(), 1):
        if line.strip() == BEGIN:
            start = number
        elif line.strip() == END and start is not None:
            regions.append((start, number))
            start = None
    return regions


def _changed_lines(before: str, after: str) -> tuple[int, str, str]:
    old, new = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            return i1 + 1, " / ".join(s.strip() for s in old[i1:i2]), " / ".join(s.strip() for s in new[j1:j2])
    return 0, "", ""


def mutants_of(source: str, exercise: str) -> list[Mutant]:
    """Every distinct mutant of ``source`` (one exercise's solution cell)."""
    regions = solution_regions(source)
    module = cst.parse_module(source)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    collector = _Collector(regions)
    wrapper.visit(collector)
    seen: set[str] = {source}
    mutants: list[Mutant] = []
    for node, _line in collector.nodes:
        for node_type, func, name in operators():
            if not isinstance(node, node_type):
                continue
            for replacement in _safely(func, node):
                try:
                    code = module.deep_replace(node, replacement).code
                except Exception:  # noqa: BLE001, S112 - an operator that cannot apply here
                    continue
                if code in seen or not _compiles(code):
                    continue
                seen.add(code)
                line, before, after = _changed_lines(source, code)
                digest = hashlib.sha1(f"{exercise}\n{code}".encode(), usedforsecurity=False).hexdigest()[:12]
                mutants.append(Mutant(exercise, digest, name, line, before, after, code))
    return mutants


def _safely(func, node) -> list[cst.CSTNode]:
    """The replacements an operator offers; none when it cannot handle the node."""
    try:
        return list(func(node))
    except Exception:  # noqa: BLE001 - e.g. a literal libcst refuses to build
        return []


def _compiles(code: str) -> bool:
    try:
        compile(code, "<mutant>", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def strip_markers(source: str) -> str:
    """The cell as a student would hand it in (markers are nbgrader's)."""
    return re.sub(rf"^\s*({re.escape(BEGIN)}|{re.escape(END)})\s*$\n?", "", source, flags=re.M)
