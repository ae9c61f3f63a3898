"""Mistake operators: the errors students make, applied to the instructor's solutions.

mutmut's operators (see :mod:`autograder.audit.mutants`) change one token: a
``<`` into ``<=``, a ``1`` into ``2``. Students rarely err that way. These
operators model what students do write, from the kinds of mistakes outside
testers found surviving in blind batches: each rewrites a whole construct the
way a student would, and each names the habit it models.

The set is **versioned and frozen**: :data:`VERSION` 1 was written and measured
on the checks of the time before any check changed, so its kill rate is an
honest gauge of the checks, not of the operators' fit to them. A new operator
goes into a new version, reported apart; an operator of a released version is
never changed (the ids of its mutants would move and the measurement with them).

Operators are generic: they match code shapes (a ``range`` loop bound, a
``break`` inside a loop, a generator built from a seed, a solver call, a
parameter list, a pandas index, a figure), never an assignment's names, so a
second assignment's solutions get mutants from them without a change here.
"""
from __future__ import annotations

import hashlib
from typing import Callable, Iterator

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from autograder.audit.mutants import Mutant, _changed_lines, _compiles, solution_regions

#: the released operator set's version; see the module doc
VERSION = 1
FAMILY = f"mistakes-v{VERSION}"

_CODE = cst.Module([])


def _code(node: cst.CSTNode) -> str:
    return _CODE.code_for_node(node).strip()


def _expr(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)


def _statement(text: str) -> cst.BaseStatement:
    return cst.parse_statement(text)


def _call_name(node: cst.Call) -> str:
    func = node.func
    if isinstance(func, cst.Attribute):
        return func.attr.value
    return func.value if isinstance(func, cst.Name) else ""


def _is_break_if(node: cst.CSTNode) -> bool:
    """``if C: break`` (the stopping test of an iteration)."""
    if not isinstance(node, cst.If) or node.orelse is not None:
        return False
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
    statements = [s for line in body for s in (line.body if isinstance(line, cst.SimpleStatementLine) else [line])]
    if isinstance(node.body, cst.SimpleStatementSuite):
        statements = list(node.body.body)
    return len(statements) == 1 and isinstance(statements[0], cst.Break)


# --------------------------------------------------------- the operators
# Each takes (node, context) and yields replacement nodes; context gives the enclosing
# function's parameter names and name. A replacement may be a FlattenSentinel of statements.

def loop_bound(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """An iteration count off by one: ``range(n)`` as ``range(n - 1)``, ``range(1, n)`` or ``range(n + 1)``."""
    if isinstance(node, cst.Call) and _code(node.func) == "range" and len(node.args) == 1 \
            and node.args[0].keyword is None and not isinstance(node.args[0].value, cst.Integer):
        n = _code(node.args[0].value)
        for text in (f"range({n} - 1)", f"range(1, {n})", f"range({n} + 1)"):
            yield _expr(text)


def no_stop_on_first_iteration(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """The stopping test skipped on the first pass (a loop written to "do at least two steps")."""
    if not isinstance(node, cst.For) or not isinstance(node.target, cst.Name):
        return
    body = list(node.body.body)
    breaks = [i for i, s in enumerate(body) if _is_break_if(s)]
    if not breaks:
        return
    index = node.target.value if node.target.value != "_" else "_it"
    i = breaks[0]
    test = body[i].test
    new_if = body[i].with_changes(test=cst.BooleanOperation(
        left=test.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()]), operator=cst.And(),
        right=_expr(f"{index} > 0")))
    body[i] = new_if
    yield node.with_changes(target=cst.Name(index), body=node.body.with_changes(body=body))


def stop_before_update(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """The stopping test moved ahead of the statements that record the step (a do-while turned while)."""
    if not isinstance(node, (cst.For, cst.While)):
        return
    body = list(node.body.body)
    breaks = [i for i, s in enumerate(body) if _is_break_if(s)]
    if not breaks or breaks[0] == 0:
        return
    i = breaks[0]
    # the test moves up past the statements that only record (appends, assignments that do not feed it)
    used = {n.value for n in _names(body[i].test)}
    j = i
    while j > 0 and isinstance(body[j - 1], cst.SimpleStatementLine) and \
            not (_assigned(body[j - 1]) & used):
        j -= 1
    if j < i:
        yield node.with_changes(body=node.body.with_changes(body=body[:j] + [body[i]] + body[j:i] + body[i + 1:]))


def criterion_norm(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """A convergence size measured another way: the largest change as a Euclidean norm or a sum."""
    if isinstance(node, cst.Call) and _call_name(node) in ("max", "amax") and len(node.args) == 1:
        inner = node.args[0].value
        if isinstance(inner, cst.Call) and _call_name(inner) in ("abs", "absolute") and len(inner.args) == 1:
            x = _code(inner.args[0].value)
            yield _expr(f"np.linalg.norm({x})")
            yield _expr(f"np.sum(np.abs({x}))")


def safeguard_ridge(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """A tiny ridge added "for stability": ``solve(A, b)`` as ``solve(A + 1e-8 I, b)``."""
    if isinstance(node, cst.Call) and _call_name(node) in ("solve", "inv", "cholesky") and node.args:
        a = _code(node.args[0].value)
        ridged = _expr(f"({a}) + 1e-8 * np.eye(np.shape({a})[0])")
        yield node.with_changes(args=[node.args[0].with_changes(value=ridged), *node.args[1:]])


def safeguard_truncation(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """Small singular values cut off "as noise": an ``rcond``/``tol`` set where the default was exact."""
    if not isinstance(node, cst.Call):
        return
    name = _call_name(node)
    keyword = {"lstsq": "rcond", "pinv": "rcond", "matrix_rank": "tol"}.get(name)
    if keyword is None:
        return
    args = [a for a in node.args if not (a.keyword is not None and a.keyword.value == keyword)]
    value = "1e-6" if name == "matrix_rank" else "1e-10"
    args = [*args[:-1], args[-1].with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))] \
        if args else []
    yield node.with_changes(args=[*args, cst.Arg(_expr(value), keyword=cst.Name(keyword),
                                                 equal=cst.AssignEqual(cst.SimpleWhitespace(""),
                                                                       cst.SimpleWhitespace("")))])


def safeguard_clip(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """An intermediate clipped "to avoid overflow": ``exp(x)`` of a clipped ``x``, probabilities
    kept off 0 and 1, weights kept above a floor."""
    if isinstance(node, cst.Call) and _call_name(node) == "exp" and len(node.args) == 1:
        x = _code(node.args[0].value)
        yield node.with_changes(args=[node.args[0].with_changes(value=_expr(f"np.clip({x}, -30.0, 30.0)"))])
    if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name) \
            and isinstance(node.value, (cst.Call, cst.BinaryOperation)):
        name, rhs = node.targets[0].target.value, _code(node.value)
        if "exp" in rhs or "logaddexp" in rhs or name.lower().startswith(("p", "mu", "prob")):
            yield node.with_changes(value=_expr(f"np.clip({rhs}, 1e-10, 1 - 1e-10)"))
        elif name.lower().startswith("w"):
            yield node.with_changes(value=_expr(f"np.maximum({rhs}, 1e-10)"))


def seed_as_truth_value(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """``default_rng(seed or None)``: seed 0 read as "no seed"."""
    if isinstance(node, cst.Call) and _call_name(node) in ("default_rng", "manual_seed", "RandomState") \
            and len(node.args) == 1 and isinstance(node.args[0].value, cst.Name):
        s = node.args[0].value.value
        yield node.with_changes(args=[node.args[0].with_changes(value=_expr(f"{s} or None"))])


def global_random_state(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """The global generator seeded and used where the statement asks for a generator from ``seed``."""
    if not (isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1
            and isinstance(node.body[0], cst.Assign) and len(node.body[0].targets) == 1):
        return
    value = node.body[0].value
    if isinstance(value, cst.Call) and _call_name(value) == "default_rng" and len(value.args) == 1:
        target = _code(node.body[0].targets[0].target)
        seed = _code(value.args[0].value)
        yield cst.FlattenSentinel([_statement(f"np.random.seed({seed})"), _statement(f"{target} = np.random")])


def reordered_parameters(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """Two neighbouring parameters in another order than the statement's (a positional call mixes them)."""
    if not isinstance(node, cst.FunctionDef):
        return
    params = list(node.params.params)
    for i in range(len(params) - 1):
        a, b = params[i], params[i + 1]
        if (a.default is None) != (b.default is None):
            continue
        swapped = list(params)
        swapped[i], swapped[i + 1] = b.with_changes(comma=a.comma), a.with_changes(comma=b.comma)
        yield node.with_changes(params=node.params.with_changes(params=swapped))


MEMO_HELPER = '''
def _memoised_without(ignored):
    """A student's cache: results kept by the arguments, all but one."""
    import functools, inspect
    def decorate(fn):
        signature, cache = inspect.signature(fn), {}
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            key = repr([(k, v) for k, v in bound.arguments.items() if k != ignored])
            if key not in cache:
                cache[key] = fn(*args, **kwargs)
            return cache[key]
        return wrapper
    return decorate
'''


def memoised_on_part(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """Results cached between calls under a key that leaves one argument out (state carried over)."""
    if not isinstance(node, cst.FunctionDef):
        return
    for param in node.params.params:
        decorator = cst.Decorator(_expr(f"_memoised_without({param.name.value!r})"))
        yield node.with_changes(decorators=[*node.decorators, decorator])


def label_indexing(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """Rows addressed by label where position was meant, or positions where labels were kept."""
    if isinstance(node, cst.Attribute) and node.attr.value == "iloc":
        yield node.with_changes(attr=cst.Name("loc"))
    if isinstance(node, cst.Arg) and node.keyword is not None and node.keyword.value == "index" \
            and isinstance(node.value, cst.Attribute) and node.value.attr.value == "index":
        frame = _code(node.value.value)
        yield node.with_changes(value=_expr(f"range(len({frame}))"))
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) \
            and node.value.value in ctx.get("params", ()) and len(node.slice) == 1 \
            and isinstance(node.slice[0].slice, cst.Index) and isinstance(node.slice[0].slice.value, cst.Name):
        yield _expr(f"{_code(node)}.reset_index(drop=True)")


def figure_by_name(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """A figure fetched by a fixed name, so every call draws on the same one."""
    if not isinstance(node, cst.Call):
        return
    name = ctx.get("function", "figure")
    if _code(node.func) == "plt.subplots" and not node.args:
        yield _expr(f"(plt.figure({name!r}), plt.figure({name!r}).gca())")
    if _code(node.func) == "plt.figure" and not node.args:
        yield _expr(f"plt.figure({name!r})")


def written_into_input(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """A transformed column written back into the caller's object (``obs[c] = x = ...``)."""
    if not (isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1
            and isinstance(node.body[0], cst.Assign) and len(node.body[0].targets) == 1
            and isinstance(node.body[0].value, cst.BinaryOperation)):
        return
    for source in ctx.get("param_items", ()):
        assign = node.body[0]
        yield node.with_changes(body=[assign.with_changes(
            targets=[cst.AssignTarget(_expr(source)), *assign.targets])])


def in_place_update(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """An update written in place (``x -= m; x /= s``) on an array that may be the caller's: bound
    without a copy (``astype(..., copy=False)``, ``np.asarray``)."""
    if not isinstance(node, cst.FunctionDef):
        return
    statements = _all(node, cst.SimpleStatementLine)
    updates = [s for s in statements if _in_place_form(s) is not None]
    for update in updates:
        target, parts = _in_place_form(update)
        new = node.deep_replace(update, cst.FlattenSentinel(
            [_statement(f"{target} {op} {operand}") for op, operand in parts]))
        for origin in _all(new, cst.Call):
            if _call_name(origin) == "astype" and not any(a.keyword for a in origin.args):
                parent_assign = [a for a in _all(new, cst.Assign) if a.value is origin
                                 and _code(a.targets[0].target) == target]
                if parent_assign:
                    new = new.deep_replace(origin, _expr(f"{_code(origin)[:-1]}, copy=False)"))
                    break
        yield new


def _in_place_form(statement: cst.SimpleStatementLine):
    """``t = (t - a) / b`` or ``t = t - a``: (t, [("-=", a), ("/=", b)]); else None."""
    if len(statement.body) != 1 or not isinstance(statement.body[0], cst.Assign):
        return None
    assign = statement.body[0]
    if len(assign.targets) != 1 or not isinstance(assign.targets[0].target, cst.Name):
        return None
    target = assign.targets[0].target.value
    ops = {cst.Add: "+=", cst.Subtract: "-=", cst.Multiply: "*=", cst.Divide: "/="}
    parts: list[tuple[str, str]] = []
    value = assign.value
    while isinstance(value, cst.BinaryOperation) and type(value.operator) in ops:
        parts.insert(0, (ops[type(value.operator)], _code(value.right)))
        value = value.left
        if isinstance(value, cst.Name):
            return (target, parts) if value.value == target else None
        value = value.with_changes(lpar=[], rpar=[])
    return None


def narrowed_dtype(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """Single precision where double was meant (``float32`` "to save memory")."""
    if not isinstance(node, cst.Call):
        return
    for i, arg in enumerate(node.args):
        is_dtype = (arg.keyword is not None and arg.keyword.value == "dtype") or \
            (arg.keyword is None and i == 0 and _call_name(node) == "astype")
        if is_dtype and _code(arg.value) in ("float", "np.float64"):
            yield node.with_changes(args=[*node.args[:i], arg.with_changes(value=_expr("np.float32")),
                                          *node.args[i + 1:]])


def sample_statistic(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """Sample versus population: ``std``/``var`` with the other ``ddof`` than the statement's."""
    if isinstance(node, cst.Call) and _call_name(node) in ("std", "var"):
        ddof = [a for a in node.args if a.keyword is not None and a.keyword.value == "ddof"]
        if ddof:
            other = "1" if _code(ddof[0].value) == "0" else "0"
            yield node.with_changes(args=[a.with_changes(value=_expr(other)) if a is ddof[0] else a
                                          for a in node.args])
        else:
            yield _expr(f"{_code(node)[:-1]}{', ' if node.args else ''}ddof=1)")


def history_off_by_one(node: cst.CSTNode, ctx: dict) -> Iterator[cst.CSTNode]:
    """A history that misses its start, or records each step before making it."""
    if isinstance(node, cst.List) and len(node.elements) == 1 and ctx.get("appended"):
        yield node.with_changes(elements=[])
    if isinstance(node, (cst.For, cst.While)):
        body = list(node.body.body)
        appends = [i for i, s in enumerate(body) if _is_append(s)]
        if appends and appends[0] > 0:
            i = appends[0]
            yield node.with_changes(body=node.body.with_changes(body=[body[i]] + body[:i] + body[i + 1:]))


def _is_append(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 and \
        isinstance(statement.body[0], cst.Expr) and isinstance(statement.body[0].value, cst.Call) and \
        _call_name(statement.body[0].value) == "append"


def _names(node: cst.CSTNode) -> list[cst.Name]:
    found: list[cst.Name] = []

    class Visitor(cst.CSTVisitor):
        def visit_Name(self, name: cst.Name) -> None:
            found.append(name)

    node.visit(Visitor())
    return found


def _assigned(statement: cst.SimpleStatementLine) -> set[str]:
    out: set[str] = set()
    for small in statement.body:
        targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else \
            [small.target] if isinstance(small, (cst.AugAssign, cst.AnnAssign)) else []
        for target in targets:
            out |= {n.value for n in _names(target)}
    return out


#: every operator of this version, in report order (frozen: see the module doc)
OPERATORS: list[tuple[str, Callable[[cst.CSTNode, dict], Iterator[cst.CSTNode]]]] = [
    ("loop_bound", loop_bound),
    ("no_stop_on_first_iteration", no_stop_on_first_iteration),
    ("stop_before_update", stop_before_update),
    ("criterion_norm", criterion_norm),
    ("safeguard_ridge", safeguard_ridge),
    ("safeguard_truncation", safeguard_truncation),
    ("safeguard_clip", safeguard_clip),
    ("seed_as_truth_value", seed_as_truth_value),
    ("global_random_state", global_random_state),
    ("reordered_parameters", reordered_parameters),
    ("memoised_on_part", memoised_on_part),
    ("label_indexing", label_indexing),
    ("figure_by_name", figure_by_name),
    ("written_into_input", written_into_input),
    ("in_place_update", in_place_update),
    ("narrowed_dtype", narrowed_dtype),
    ("sample_statistic", sample_statistic),
    ("history_off_by_one", history_off_by_one),
]


# ------------------------------------------------------------ enumeration
class _Sites(cst.CSTVisitor):
    """Every node of a function that holds a solution region, with that function's context."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        self.regions = regions
        self.sites: list[tuple[cst.CSTNode, dict]] = []
        self.function: list[dict] = []

    def _region_of(self, node: cst.CSTNode) -> bool:
        pos = self.get_metadata(PositionProvider, node)
        return any(pos.start.line < b and pos.end.line > a for a, b in self.regions)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        if not self._region_of(node):
            return False
        params = [p.name.value for p in node.params.params]
        context = {"function": node.name.value, "params": params,
                   "param_items": _param_items(node, params),
                   "appended": _appended_names(node)}
        self.function.append(context)
        self.sites.append((node, context))
        return True

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        if self.function and self.function[-1]["function"] == original_node.name.value:
            self.function.pop()

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, cst.FunctionDef):
            return self.visit_FunctionDef(node)
        if self.function and not isinstance(node, (cst.Raise, cst.FormattedString)) and self._in_region(node):
            self.sites.append((node, self.function[-1]))
        return not isinstance(node, (cst.Raise, cst.FormattedString))

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if isinstance(original_node, cst.FunctionDef):
            self.leave_FunctionDef(original_node)

    def _in_region(self, node: cst.CSTNode) -> bool:
        line = self.get_metadata(PositionProvider, node).start.line
        return any(a < line < b for a, b in self.regions)


def _param_items(node: cst.FunctionDef, params: list[str]) -> list[str]:
    """``P[k]`` read from a parameter ``P`` (a column the function transforms)."""
    return sorted({_code(s) for s in _all(node, cst.Subscript)
                   if isinstance(s.value, cst.Name) and s.value.value in params and len(s.slice) == 1
                   and isinstance(s.slice[0].slice, cst.Index) and isinstance(s.slice[0].slice.value, cst.Name)})


def _appended_names(node: cst.FunctionDef) -> bool:
    return any(_call_name(c) == "append" for c in _all(node, cst.Call))


def _all(node: cst.CSTNode, kind: type) -> list:
    found: list = []

    class Visitor(cst.CSTVisitor):
        def on_visit(self, n: cst.CSTNode) -> bool:
            if isinstance(n, kind):
                found.append(n)
            return True

    node.visit(Visitor())
    return found


def mistakes_of(source: str, exercise: str) -> list[Mutant]:
    """Every distinct mistake mutant of ``source`` (one exercise's solution cell), in operator order."""
    regions = solution_regions(source)
    module = cst.parse_module(source)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    sites = _Sites(regions)
    wrapper.visit(sites)
    seen: set[str] = {source}
    out: list[Mutant] = []
    for name, operator in OPERATORS:
        for node, context in sites.sites:
            try:
                replacements = list(operator(node, context))
            except Exception:  # noqa: BLE001, S112 - an operator that cannot handle this node offers nothing
                continue
            for replacement in replacements:
                try:
                    code = module.deep_replace(node, replacement).code
                except Exception:  # noqa: BLE001, S112
                    continue
                if name == "memoised_on_part":  # the decorator's helper comes first: it is used at def time
                    code = MEMO_HELPER.lstrip() + "\n\n" + code
                if code in seen or not _compiles(code):
                    continue
                seen.add(code)
                line, before, after = _changed_lines(source, code)
                digest = hashlib.sha1(f"{exercise}\n{code}".encode(), usedforsecurity=False).hexdigest()[:12]
                out.append(Mutant(exercise, digest, name, line, before, after, code, family=FAMILY))
    return out


# ---------------------------------------------------------- the frozen record
def load_record(path) -> dict[str, dict]:
    """The measured record of a version (``audit/mistakes-v<N>.toml``): entries by mutant id.

    Raises
    ------
    ValueError
        On an entry without id, exercise, operator or a ``before`` of "killed" or "survived".
    """
    import tomllib
    from pathlib import Path

    entries: dict[str, dict] = {}
    for number, raw in enumerate(tomllib.loads(Path(path).read_text()).get("mutant", []), 1):
        missing = [k for k in ("id", "exercise", "operator") if not str(raw.get(k, "")).strip()]
        if missing or raw.get("before") not in ("killed", "survived"):
            raise ValueError(f"{Path(path).name}: entry {number} needs id, exercise, operator and a before "
                             f"of 'killed' or 'survived'")
        entries[raw["id"]] = raw
    return entries


def record_toml(outcomes, note: str) -> str:
    """A version's record (see :func:`load_record`) of measured mutants: each with its outcome now.

    Parameters
    ----------
    outcomes : iterable of MutantOutcome
        The family's mutants of every exercise, as the audit graded them.
    note : str
        Comment lines at the top: what was measured, on which checks, when.
    """
    lines = [f"# {line}".rstrip() for line in note.splitlines()] + [""]
    for outcome in outcomes:
        m = outcome.mutant
        lines += ["[[mutant]]", f'id = "{m.id}"', f'exercise = "{m.exercise}"', f'operator = "{m.operator}"',
                  f'before = "{"killed" if outcome.killed else "survived"}"', ""]
    return "\n".join(lines)
