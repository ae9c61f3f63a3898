"""Running an exercise's contracts against the student's kernel; see the package doc.

Every property is decided here, in the grader, from values the kernel sends back: what the
student's functions returned, their arguments as they were after the calls, and the next draws
of the global generators. The first property broken fails the check with one line that names the
function, the parameter and the property, never a value drawn from the course secret.

A caller may change what a call returned: the first request does so (numbers + 1, booleans
negated, never a view of an argument) and calls again, which must answer as before.

Cost: per function one request for the signature and one for the calls in the current kernel,
and one in the notebook's side kernel, which every exercise's contracts share (one replay of the
student's cells per notebook). The arguments are the contracts' small draws: milliseconds per call.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from autograder.grading.checking import CheckFailed, Student
from autograder.contracts.compare import same
from autograder.contracts.spec import Contract
from autograder.kernel import wire
from autograder.kernel.session_state import CELL_GENERATORS, entry_list_items
from autograder.grading.memo import computed_once
from autograder.grading.session import Returned

#: global seeds set before the calls (two, to show a dependence on the global state)
GLOBAL_SEEDS = (20240, 777)


@computed_once(course_wide=True)
def expected_draws(seed: int) -> list:
    """The next draws of numpy's, Python's and torch's global generators right after seeding them
    (kept with the reference values: a run that has them never imports torch). ``seed`` is one of
    :data:`GLOBAL_SEEDS` whatever the submission, so the values are the course's."""
    draws: list = [float(np.random.RandomState(seed).random_sample()), random.Random(seed).random()]
    try:
        import torch

        generator = torch.Generator().manual_seed(seed)
        draws.append(float(torch.rand(1, generator=generator).item()))
    except ImportError:  # pragma: no cover - the course installs torch
        draws.append(None)
    return draws


#: how the calls of a permuted pair are named (see Contract.permuted): the argument on a grid, then the
#: same entries in another order
ON_A_GRID = " on a grid of quarters"
PERMUTED = " with its entries permuted"


def _permuted_pair(rng: np.random.Generator, value: Any) -> tuple[np.ndarray, np.ndarray]:
    """``value`` rounded to quarters, and the same entries in another order (never the identity order).

    Quarters of numbers of a few units add and square exactly in floating point in any order: the
    two arrays have the same shape, dtype, sum, sum of absolute values and of squares, bit for bit,
    so a result kept under any such summary of the argument answers the second with the first's.
    """
    grid = np.round(np.asarray(value, dtype=float) * 4) / 4
    flat = grid.ravel()
    if np.unique(flat).size < 2:
        raise ValueError("a permuted pair needs an array of at least 2 distinct entries on a grid of quarters")
    twin = flat[rng.permutation(flat.size)]
    if np.array_equal(twin, flat):  # the values fell where they were: one of the two sorted orders is new
        twin = np.sort(flat)[::-1] if not np.array_equal(np.sort(flat)[::-1], flat) else np.sort(flat)
    dtype = np.asarray(value).dtype
    return grid.astype(dtype), twin.reshape(grid.shape).astype(dtype)


@dataclass
class _Call:
    label: str            # what the message calls it: "the call", or the parameter changed
    args: dict
    global_seed: int


def check_contracts(student: Student, exercise: str, contracts: list[Contract]) -> None:
    """Every property of every contract of one exercise; raises :class:`CheckFailed` on the first broken."""
    if any(contract.leaves_settings for contract in contracts):
        cell_leaves_settings(exercise, student.cell_settings(exercise),
                             generators=all(contract.leaves_global_rngs for contract in contracts))
    rng = student.rng(exercise, "contracts")
    plans = []
    for contract in contracts:
        base = contract.checked_draw(rng)
        changed = contract.vary(rng, base) if contract.vary else {}
        unknown = set(changed) - set(contract.names)
        if unknown:
            raise ValueError(f"{contract.function}: the contract varies unknown parameters {sorted(unknown)}")
        calls = [_Call("the call", base, GLOBAL_SEEDS[0])]
        calls += [_Call(name, dict(base, **{name: value}), GLOBAL_SEEDS[0]) for name, value in changed.items()]
        for name in contract.permuted:
            grid, twin = _permuted_pair(rng, base[name])
            calls += [_Call(f"{name}{ON_A_GRID}", dict(base, **{name: grid}), GLOBAL_SEEDS[0]),
                      _Call(f"{name}{PERMUTED}", dict(base, **{name: twin}), GLOBAL_SEEDS[0])]
        plans.append((contract, calls))
    for contract, calls in plans:
        _signature(student, contract, calls[0].args)
        _float32(student, contract, calls)
    first = {c.function: _run(student, c, calls + calls, in_place=True) for c, calls in plans}
    for contract, calls in plans:
        _answer_form(contract, first[contract.function].values[0], calls[0].args)
    # The second run goes to a kernel where these functions were never called: the notebook's side
    # kernel, shared by every exercise's contracts (each calls its own functions only), so a notebook
    # pays for one replay of its cells, not one per exercise. Its StudentError (a crash, the budget)
    # is the check's, with its kind.
    with student.side_kernel():
        again = {c.function: _run(student, c, calls[::-1] + [_Call("the call", calls[0].args, GLOBAL_SEEDS[1])])
                 for c, calls in plans}
    for contract, calls in plans:
        _independent(contract, calls, first[contract.function], again[contract.function])


def _answer_form(contract: Contract, value: Any, args: dict) -> None:
    if contract.answer_form is None:
        return
    try:
        contract.answer_form(value, args)
    except Exception as exc:  # noqa: BLE001 - the format rules' own message says what is wrong
        raise CheckFailed(f"{contract.function} does not return an answer of the statement's form ({exc}); "
                          "its contract (calls that agree, inputs and global generators left alone) is "
                          "checked on answers") from None


# ---------------------------------------------------------------- signature
def _signature(student: Student, contract: Contract, args: dict) -> None:
    """Positional = keyword; without the defaults = with the defaults spelled out.

    A call that raises on one side only counts as a different answer: a swapped pair of
    parameters often makes the positional call raise. When the same keyword call made twice
    differs, nothing is concluded here: the calls' independence, checked next, says why.
    """
    def send(name: str, value: Any) -> Any:  # in the layout every call of the contracts uses (see _fortran)
        return _fortran(contract.wire(name, value))

    required = [p for p in contract.params if p.required]
    optional = [] if contract.defaults_checked_apart else [p for p in contract.params if not p.required]

    def entry(positional: list, keywords: dict) -> dict:
        return {"func": contract.function, "args": [send(p.name, args[p.name]) for p in positional],
                "kwargs": keywords, "summarize": contract.summarize}

    by_name = {p.name: send(p.name, args[p.name]) for p in contract.params}
    entries = [entry(list(contract.params), {}), {**entry([], by_name)}, {**entry([], by_name)}]
    if optional:
        entries += [entry(required, {}), entry(required, {p.name: p.default for p in optional})]
    # each number or flag once as the numpy scalar of its kind, the other arguments as they are
    as_numpy = {name: numpy_scalar(value) for name, value in by_name.items()}
    as_numpy = {name: value for name, value in as_numpy.items() if value is not None}
    numpy_at = len(entries)
    entries += [entry([], dict(by_name, **{name: value})) for name, value in as_numpy.items()]
    read_only = {**entry([], by_name), "read_only": True} if contract.leaves_inputs and any(
        type(value) is np.ndarray for value in by_name.values()) else None
    if read_only is not None:
        entries.append(read_only)
    results = _request(student, contract, entries)
    keyword = _value(contract, results[1], "called by keyword")  # as the statement spells it: the error is theirs
    if not same(keyword, _value(contract, results[2], "called by keyword")):
        return
    if results[0].error is not None or not same(results[0].value, keyword):
        raise CheckFailed(f"{contract.function} gives another answer when its arguments are passed by "
                          f"position than by name: its parameters must be in the statement's order, "
                          f"{contract.signature()}")
    if optional:
        _value(contract, results[4], "called with its defaults spelled out")
        if results[3].error is not None or not same(results[3].value, results[4].value):
            raise CheckFailed(f"{contract.function} called without its optional arguments does not give what "
                              f"the statement's defaults give: {contract.signature()}")
    if read_only is not None:
        returned = results[-1]
        if returned.error is not None:  # their own exception and line, as every call that raised
            raise returned.error.within("called with read-only arrays (as pandas' to_numpy() or np.broadcast_to "
                                        "give them), which the statement allows: work on a copy, never write "
                                        "into an argument")
        if not same(returned.value, keyword):
            raise CheckFailed(f"{contract.function} gives another answer when its array arguments are read-only "
                              f"(as pandas' to_numpy() or np.broadcast_to give them): an answer depends on the "
                              f"values alone; work on a copy, never write into an argument")
    for k, (name, value) in enumerate(as_numpy.items()):
        noun, example = NUMPY_FORMS[type(value)]
        returned, kind = results[numpy_at + k], f"a numpy {noun} (such as {example})"
        if returned.error is not None:  # their own exception and line, as every call that raised
            raise returned.error.within(f"called with {name} as {kind}, which the statement allows")
        if not same(returned.value, keyword, scalars_by_value=True):
            raise CheckFailed(
                f"{contract.function} gives another answer when {name} is {kind} instead of a Python "
                f"{noun}: a number or flag of the statement may be a numpy scalar; compare "
                "it with == (not `is`), do not test its type with isinstance(..., int/float/bool), or convert "
                "it with int(), float() or bool()")


#: per numpy scalar an argument is also sent as: how the messages name its kind, and an example
NUMPY_FORMS = {np.bool_: ("bool", "np.True_"), np.int64: ("integer", "np.int64(3)"),
               wire.ScalarMarker: ("float", "np.float64(0.5)")}


def numpy_scalar(value: Any) -> Any:
    """``value`` as the numpy scalar of its kind (``np.bool_``, ``np.int64``, ``np.float64``), ready
    for the wire; None for anything else, and for an integer beyond 32 bits, which a caller's numpy
    integer arithmetic could overflow where Python's does not."""
    if type(value) is bool:
        return np.bool_(value)
    if type(value) is int:
        return np.int64(value) if abs(value) < 2**31 else None
    if type(value) is float:
        return wire.as_numpy_scalar(np.float64(value))
    return None


def _float32(student: Student, contract: Contract, calls: list[_Call]) -> None:
    """Each float of the statement once as a numpy float32, beside the same value as a Python float,
    at the call that changes it (the contract's author chose that value to move the answer: a tol that
    stops at the first step), else at the base call; the two must agree within float32's rounding.

    ``np.float64`` is a Python float, ``np.float32`` is not: a type test with ``isinstance(x, float)``
    that falls back to a default, or refuses the value, shows only here.
    """
    changes = {call.label: call.args for call in calls[1:]}
    entries, probed = [], []
    for param in contract.params:
        args = changes.get(param.name, calls[0].args)
        single = float32_scalar(args[param.name])
        if single is None:
            continue
        sent = {p.name: _fortran(contract.wire(p.name, args[p.name])) for p in contract.params}
        entries += [{"func": contract.function, "args": [], "kwargs": dict(sent, **{param.name: value}),
                     "summarize": contract.summarize} for value in (float(single), single)]
        probed.append(param.name)
    if not entries:
        return
    results = _request(student, contract, entries)
    for k, name in enumerate(probed):
        as_float = _value(contract, results[2 * k], f"called with {name} as a Python float")
        returned = results[2 * k + 1]
        if returned.error is not None:
            raise returned.error.within(f"called with {name} as a numpy float32 (such as np.float32(0.5)), "
                                        "which the statement allows")
        if not same(returned.value, as_float, scalars_by_value=True, single=True):
            raise CheckFailed(
                f"{contract.function} gives another answer when {name} is a numpy float32 (such as "
                f"np.float32(0.5)) instead of a Python float of the same value: a float of the statement may be "
                "any numpy floating scalar, float32 too (np.float64 is a Python float, np.float32 is not); do "
                "not test its type with isinstance(..., float), or convert it with float()")


def float32_scalar(value: Any) -> np.float32 | None:
    """A Python float as the numpy float32 nearest it, when that is finite and zero only where the
    float is (the call beside it sends the float32's own value as a Python float); None otherwise."""
    if type(value) is not float or not abs(value) < 3e38:  # NaN and infinities fail the comparison too
        return None
    single = np.float32(value)
    return single if (single == 0) == (value == 0) else None


# ---------------------------------------------------------------- the calls
@dataclass
class _Outcome:
    values: list[Any]
    draws: list[list | None]
    settings: list[tuple[dict, dict] | None]
    before: list | None
    after: list | None
    names: list[str | None]   # the parameter each shared object was sent as (None: the in-place probes')
    #: call index k -> what the base call answered with call k's changed array put, in place, into an
    #: object the function had already seen (see :func:`_run`)
    in_place: dict[int, Any] = field(default_factory=dict)
    #: (arrays changed, the base call's answer after the caller changed what it returned), or None
    scribbled: tuple[int, Any] | None = None
    #: how many pairs of arrays in the base call's answer share memory, or None (not asked, or unread)
    aliased: int | None = None


def _run(student: Student, contract: Contract, calls: list[_Call], in_place: bool = False) -> _Outcome:
    """``calls`` in one request; every non-scalar argument is a shared object of the request.

    With ``in_place``, for every call k that changes one array argument (same shape and dtype), the
    request then calls the base arguments with a fresh copy of that array, copies call k's values
    into that very object, and calls again: a function whose answers depend on the values alone
    answers the second as call k (a result kept by the object's id or shape does not). The copy is
    an object of its own, so the caller's arguments are read back untouched."""
    shared: list = []
    names: list[str] = []
    index: dict[int, int] = {}

    def arg(name: str, value: Any) -> Any:
        if isinstance(value, (bool, int, float, str, type(None), np.generic)):
            return contract.wire(name, value)
        if id(value) not in index:  # the same object in the draw is the same object in the kernel
            index[id(value)] = len(shared)
            shared.append(_fortran(contract.wire(name, value)))
            names.append(name)
        return wire.SharedArg(index[id(value)])

    def entry(args: dict, global_seed: int) -> dict:
        return {"func": contract.function, "kwargs": {n: arg(n, args[n]) for n in contract.names},
                "global_seed": global_seed, "summarize": contract.summarize}

    entries = [entry(call.args, call.global_seed) for call in calls]
    probes: dict[int, int] = {}   # call index -> entry index of the call after the in-place change
    probed: set[str] = set()
    for k, call in enumerate(calls[1:] if in_place else [], start=1):
        name = call.label
        if name not in contract.names or name in probed:
            continue
        probed.add(name)
        base, changed = contract.wire(name, calls[0].args[name]), contract.wire(name, call.args[name])
        copy = _own_copy(base, changed)
        if copy is None:
            continue
        shared.append(copy)
        names.append(None)
        index[id(copy)] = len(shared) - 1
        args = dict(calls[0].args, **{name: copy})
        entries += [entry(args, calls[0].global_seed), {"assign": len(shared) - 1, "value": changed},
                    entry(args, calls[0].global_seed)]
        probes[k] = len(entries) - 1
    scribble_at = None
    if in_place and contract.deterministic:
        # the base call again, then its answer changed in place as a caller may, then the base call
        # once more: an answer handed out again (a cache returning its own object) shows the change
        # (first: do two parts of that answer share memory, so that changing one changes the other?)
        entries.append(entry(calls[0].args, calls[0].global_seed))
        entries += [{"aliases": len(entries) - 1}, {"scribble": len(entries) - 1},
                    entry(calls[0].args, calls[0].global_seed)]
        scribble_at = len(entries) - 1
    results = _request(student, contract, entries, shared=shared, probe=True, return_shared=True)
    *answers, inputs = results
    values = [_value(contract, r, "called") for r in answers[:len(calls)]]
    changed_values = {}
    for k, at in probes.items():
        if answers[at - 1].error is not None:  # the call before changed the object's form: its columns, say
            raise CheckFailed(f"{contract.function} changes its argument {calls[k].label} (after a call, the "
                              f"caller's object no longer has the form it was given: its shape, dtype, columns or "
                              f"index), so no new values could be put into it: work on a copy")
        changed_values[k] = _value(contract, answers[at], "called")
    scribbled = aliased = None
    if scribble_at is not None:
        count, pairs = answers[scribble_at - 1], answers[scribble_at - 2]
        if count.error is None and isinstance(count.value, int) and count.value > 0:
            scribbled = (count.value, _value(contract, answers[scribble_at], "called"))
        if pairs.error is None and isinstance(pairs.value, int) and not isinstance(pairs.value, bool):
            aliased = pairs.value
    before = after = None
    if inputs.error is None and isinstance(inputs.value, tuple) and len(inputs.value) == 2:
        before, after = inputs.value
    return _Outcome(values, [r.rngs for r in answers[:len(calls)]], [r.settings for r in answers[:len(calls)]],
                    before, after, names, changed_values, scribbled, aliased)


def _own_copy(base: Any, changed: Any) -> Any:
    """A copy of ``base`` that the kernel can change in place into ``changed``, or None.

    Arrays of the same shape and dtype, lists, or data frames (:class:`wire.FrameArg`) with the same
    columns, index and dtypes: the kernel copies the new values into the very object an earlier
    call saw (an array's memory; a list's items, as ``covariates.append(...)`` does; a frame's
    columns, as ``obs["depth"] *= 10`` does). The copy is an
    object of its own, seen by no other call, in the layout the other calls' arrays have (a layout
    changes BLAS's summation order, and the answers are compared exactly)."""
    if isinstance(base, np.ndarray) and isinstance(changed, np.ndarray):
        if base.shape == changed.shape and base.dtype == changed.dtype:
            return _fortran(base).copy(order="K")
        return None
    if type(base) is list and type(changed) is list:
        return list(base)
    if isinstance(base, wire.FrameArg) and isinstance(changed, wire.FrameArg):
        old, new = base.frame, changed.frame
        if old.columns.is_unique and old.columns.equals(new.columns) and old.index.equals(new.index) \
                and old.dtypes.equals(new.dtypes):
            return wire.FrameArg(old.copy(deep=True))
    return None


def _fortran(value: Any) -> Any:
    """A plain matrix argument in Fortran order, as a caller's may be (``np.asfortranarray``, a
    transpose, pandas' ``to_numpy``): a routine that may overwrite its input (LAPACK through scipy's
    ``overwrite_a=True``) does so only on such an array, so the arguments-unchanged promise is judged
    on them. Values, shape and dtype are the same; anything else is sent as it is. Every call of the
    contracts sends its matrices so, since a layout changes BLAS's summation order, and so the last
    bits of an answer, which the contracts compare exactly (a result cached by value must read the
    same as one computed afresh)."""
    if type(value) is np.ndarray and value.ndim == 2 and min(value.shape) > 1:
        return np.asfortranarray(value)
    return value


def _request(student: Student, contract: Contract, entries: list[dict], **options) -> list[Returned]:
    """One kernel request; a request that fails as a whole (hang, crash, budget, unreadable reply)
    raises its :class:`StudentError`, which the check runner records with its kind."""
    return student.calls(entries, shared=options.get("shared"), probe_global_rngs=options.get("probe", False),
                         return_shared=options.get("return_shared", False))


def _value(contract: Contract, returned: Returned, how: str) -> Any:
    """The value a call returned; a call that raised fails the check (the draws are valid inputs)."""
    if returned.error is not None:  # keeps its kind (exception, protocol) for the report
        raise returned.error.within(f"{how} with arguments the statement allows")
    return returned.value


def _independent(contract: Contract, calls: list[_Call], first: _Outcome, again: _Outcome) -> None:
    f = contract.function
    n = len(calls)
    for outcome in (first, again):
        if contract.leaves_inputs:
            _inputs_unchanged(contract, outcome)
        if contract.leaves_settings:
            _settings_unchanged(contract, outcome)
        if outcome is again:
            _global_rngs_not_reseeded(contract, again.draws[n - 1], again.draws[n])
        if contract.leaves_global_rngs:
            seeds = [c.global_seed for c in calls + calls] if outcome is first else \
                [c.global_seed for c in calls[::-1]] + [GLOBAL_SEEDS[1]]
            for seed, drawn in zip(seeds, outcome.draws, strict=True):
                if drawn is not None and not same(list(drawn), expected_draws(seed)):
                    raise CheckFailed(f"{f} uses or reseeds a global random generator (np.random, random or "
                                      f"torch): " + ("draw from a generator made from seed, e.g. "
                                                     "np.random.default_rng(seed), and leave the global ones alone"
                                                     if contract.random_from_seed else
                                                     "it should not touch them"))
    if not contract.deterministic:
        return
    # first: the calls twice over; again: the calls reversed, then calls[0] under the other global seed
    for k in range(n):
        if not same(first.values[k], first.values[n + k]):
            changed = "" if k == 0 else f" (with {calls[k].label} changed)"
            raise CheckFailed(f"the same call of {f}{changed} made twice returns different answers: the answer "
                              f"must depend on the arguments alone"
                              + (" (a generator made from seed in every call; every seed, 0 included, is a seed)"
                                 if contract.random_from_seed else " (no state kept between calls)"))
    if not same(again.values[n - 1], again.values[n]):
        raise CheckFailed(f"{f} returns another answer when only the global random state differs: "
                          + ("draw from a generator made from seed, e.g. np.random.default_rng(seed)"
                             if contract.random_from_seed else "it must not depend on it"))
    # a permuted twin answered apart from its kernel: a result kept under a summary of the argument (told
    # first: the base call, answered after the twin in the fresh kernel, differs for the same reason)
    for k in range(1, n):
        if calls[k].label.endswith(PERMUTED) and not same(first.values[k], again.values[n - 1 - k]):
            name = calls[k].label.removesuffix(PERMUTED)
            raise CheckFailed(f"after other calls, {f} called with {name}{PERMUTED} (the same shape, sum and "
                              f"norms) returns another answer than in a fresh kernel: a result kept between calls "
                              f"must be found by every value of {name}, not by a summary of them")
    if not same(first.values[0], again.values[n - 1]):
        raise CheckFailed(f"the same call of {f} returns another answer in a fresh kernel: the answer must "
                          f"depend on the arguments alone (every seed, 0 included, is a seed; no files, "
                          f"caches or globals; nor the machine: the fresh kernel's os.cpu_count() is another)")
    if contract.parts_apart and first.aliased:
        raise CheckFailed(f"{f} returns an answer two of whose arrays are one (or views of one): a caller who "
                          f"changes one part of the answer changes another, e.g. the returned coefficients and "
                          f"the last entry of a history; store and return copies (array.copy())")
    if first.scribbled is not None and not same(first.values[0], first.scribbled[1]):
        raise CheckFailed(f"{f} hands out an array it keeps: a caller who changes what one call returned "
                          f"changes what the next same call returns; return a new array every call (a copy "
                          f"of anything kept between calls)")
    for k, value in first.in_place.items():  # against the fresh kernel's answer to call k
        if not same(value, again.values[n - 1 - k]):
            sent = contract.wire(calls[k].label, calls[k].args[calls[k].label])
            kind = "data frame" if isinstance(sent, wire.FrameArg) else "list" if type(sent) is list else "array"
            raise CheckFailed(f"{f} called again with the same {calls[k].label} {kind}, changed in place to other "
                              f"values, returns another answer than for those values passed afresh: a result kept "
                              f"between calls must be found by the argument's values, not by the object (its id "
                              f"or its shape)")
    for k in range(1, n):
        if not same(first.values[k], again.values[n - 1 - k]):
            raise CheckFailed(f"after other calls, {f} called with only {calls[k].label} changed returns "
                              f"another answer than in a fresh kernel: a result kept between calls "
                              f"leaves out {calls[k].label}")
    _global_state_reproducible(contract, calls, first, again)


def _global_state_reproducible(contract: Contract, calls: list[_Call], first: _Outcome, again: _Outcome) -> None:
    """The same call made on the same global state leaves each global generator in one state, or untouched.

    Every call of the contracts is made right after the kernel seeded the global generators, and is
    followed by their next draws: calls[k] is made three times on seed ``GLOBAL_SEEDS[0]`` (twice in
    the first kernel, once in the fresh one), and calls[0] once more on ``GLOBAL_SEEDS[1]``. A
    function that reseeds a generator as the notebook does (``torch.manual_seed(seed)``) leaves it in
    a state its arguments fix; one that leaves it alone, or answers from a cache, leaves the state it
    found. A state that is neither, and differs between the repeats, came from outside the arguments:
    the operating system's entropy (``torch.seed()``, ``np.random.seed()``), the clock or the process.
    """
    n = len(calls)
    untouched = [expected_draws(seed) for seed in GLOBAL_SEEDS]
    for k in range(n):
        made = [(first.draws[k], 0), (first.draws[n + k], 0), (again.draws[n - 1 - k], 0)]
        if k == 0:
            made.append((again.draws[n], 1))
        for g, (name, _) in enumerate(GLOBAL_RNGS):
            left = {drawn[g] for drawn, seed in made
                    if isinstance(drawn, list) and len(drawn) == len(GLOBAL_RNGS) and drawn[g] is not None
                    and drawn[g] != untouched[seed][g]}
            if len(left) > 1:
                raise CheckFailed(f"{contract.function} leaves {name}'s global generator in another state after "
                                  f"each of two identical calls: it was reseeded from outside the arguments (the "
                                  f"operating system's entropy, e.g. torch.seed() or np.random.seed() without a "
                                  f"seed, or the clock), so the caller's later draws cannot be reproduced; reseed "
                                  f"only as the notebook's own code does, from the arguments, or leave it alone")


#: the global generators, in the order the kernel reports their next draws (agent.global_draws)
GLOBAL_RNGS = (("numpy", "np.random.seed"), ("random", "random.seed"), ("torch", "torch.manual_seed"))


def _global_rngs_not_reseeded(contract: Contract, one: list | None, other: list | None) -> None:
    """The same call made after the global generators were seeded with two different seeds leaves
    each of them in two different states, unless the call reseeds it (a generator it merely uses
    moves on from where it was): judged on every generator but those the notebook's own code
    reseeds (``Contract.may_reseed``)."""
    if not (isinstance(one, list) and isinstance(other, list) and len(one) == len(other) == len(GLOBAL_RNGS)):
        return
    for (name, how), a, b in zip(GLOBAL_RNGS, one, other, strict=True):
        if name not in contract.may_reseed and a is not None and a == b:
            raise CheckFailed(f"{contract.function} reseeds {name}'s global generator ({how}): the caller's "
                              f"later draws from it are the same whatever they seeded before the call; use a "
                              f"generator of your own (e.g. np.random.default_rng(...)) and leave the global "
                              f"ones alone")


#: how to leave each setting of the session as it was, by the name the kernel reports it under
SETTING_ADVICE = {
    "numpy errors": "numpy's floating-point error handling (np.seterr): wrap the code that needs other "
                    "handling in `with np.errstate(...)`",
    "torch default dtype": "torch's default dtype (torch.set_default_dtype): give dtype= to the tensors you make",
    "torch threads": "torch's thread count (torch.set_num_threads): set it back before returning",
    "matplotlib settings": "matplotlib's settings (plt.style.use, plt.rc, rcParams[...]): use `with "
                           "plt.style.context(...)` or `with plt.rc_context(...)` around your plot",
    "open figures": "the figures open before the call (plt.close('all')): close only figures you opened",
    "figures' contents": "a figure open before the call was drawn on (plt.gcf(), plt.gca(), plt.hist or "
                         "plt.plot draw on the caller's current figure, and plt.figure(n) with a number of your "
                         "own choosing reopens an open figure): draw on a new figure of your own, "
                         "fig, ax = plt.subplots()",
    "numpy print options": "numpy's print options (np.set_printoptions): use `with np.printoptions(...)`",
    "warnings filters": "Python's warnings filters (warnings.filterwarnings, warnings.simplefilter): wrap the "
                        "code whose warnings you silence in `with warnings.catch_warnings():`",
    "working directory": "the working directory (os.chdir): build paths instead of changing directory",
    "torch modes": "torch's modes (torch.use_deterministic_algorithms, torch.set_grad_enabled, "
                   "torch.autograd.set_detect_anomaly): use their context managers (torch.no_grad(), ...) or "
                   "set them back before returning",
    "pandas options": "pandas' options (pd.set_option, pd.options...): use `with pd.option_context(...)`",
    "environment variables": "the environment variables (os.environ[...] = ..., os.environ.pop): set them back "
                             "before returning, or pass settings as arguments",
    "recursion limit": "Python's recursion limit (sys.setrecursionlimit): set it back before returning",
    "garbage collector": "Python's garbage collector (gc.disable, gc.set_threshold): gc.enable() it again, "
                         "with the thresholds it had, before returning",
    "logging": "the logging configuration (logging.basicConfig, the root logger's level or handlers, "
               "logging.disable): use a logger of your own, logging.getLogger(__name__), and configure nothing",
    "torch matmul precision": "torch's float32 matrix-multiplication precision "
                              "(torch.set_float32_matmul_precision): set it back before returning",
    "subnormal numbers": "the processor's handling of subnormal numbers (torch.set_flush_denormal(True) flushes "
                         "them to 0 for numpy too): set it back before returning",
    "names rebound": "names of Python's or a library's modules point elsewhere or were added ({names}): put "
                     "back what you replace before returning (try/finally, or unittest.mock.patch as a context "
                     "manager), add nothing to a library's module (use a name of your own), and set streams back "
                     "to what you found, not to sys.__stdout__",
    "library settings objects": "a library's settings held in an object (torch.set_printoptions): set them back "
                                "before returning",
    "locale": "the C library's locale (locale.setlocale): leave it alone; sort and compare strings without it",
    "signal handlers": "a signal handler (signal.signal, an alarm): put back the handler signal.signal "
                       "returned, and cancel only alarms you set",
    "decimal context": "the decimal module's context (decimal.getcontext().prec = ...): use `with "
                       "decimal.localcontext() as ctx:`",
    "threads left running": "threads still running after the call (an executor or thread not shut down): use "
                            "`with ThreadPoolExecutor() as pool:`, or join your threads, before returning",
    "process priority": "the process's scheduling priority (os.nice): leave it alone (it cannot be set back)",
    "tracing hooks": "a trace, profile or memory-tracing hook (sys.settrace, sys.setprofile, faulthandler, "
                     "tracemalloc.start): switch it off again before returning",
    "library settings": "a library's settings ({names}): use the library's context manager (np.errstate, "
                        "sklearn.config_context, ...) or set them back before returning; some (torch's inter-op "
                        "thread count) can never be set back, so leave them alone",
    "process limits": "the process's CPUs or resource limits ({names}: os.sched_setaffinity, resource.setrlimit): "
                      "leave them alone (a lowered hard limit cannot be raised again)",
    CELL_GENERATORS: "the global random generators ({names}): a line at the cell's top level draws "
                                "from one or reseeds it (np.random.seed(0), random.random(), "
                                "torch.manual_seed(0)), which changes what the notebook's later cells draw; make "
                                "a generator of your own inside your functions, np.random.default_rng(seed)",
    "loggers": "a logger's configuration ({names}: its level, handlers, propagate or disabled): configure only a "
               "logger of your own, logging.getLogger(__name__), and set a library's back before returning",
}

#: settings sent as "name@value" entries: compared on the names both readings hold (a logger that first
#: appears during the call is its own; a library it first imports, the kernel compares with its settings
#: at that import), and the advice names the entries that differ
ENTRY_SETTINGS = ("library settings", "process limits", "loggers", CELL_GENERATORS)


def _entries_differ(before: Any, after: Any) -> list[str]:
    """The entries of an :data:`ENTRY_SETTINGS` reading that both hold with different values."""
    old, new = entry_list_items(before), entry_list_items(after)
    return sorted(name for name in set(old) & set(new) if old[name] != new[name])


def _advice(name: str, before: Any, after: Any) -> str:
    """What to do about one setting a call left changed; for names rebound, which names."""
    advice = SETTING_ADVICE.get(name, name)
    if name == "names rebound":  # "module.name@what" entries: the names whose object differs
        old, new = entry_list_items(before), entry_list_items(after)
        advice = advice.format(names=", ".join(sorted(n for n in set(old) | set(new) if old.get(n) != new.get(n)))
                               or "some")
    elif name in ENTRY_SETTINGS:
        advice = advice.format(names=", ".join(_entries_differ(before, after)) or "some")
    return advice


def _changed_settings(before: dict, after: dict) -> list[str]:
    """The names of the settings that differ between two readings (a figure opened in between is the
    reader's own; one open before must still be open)."""
    return [name for name in before if name in after
            and (not set(before[name]) <= set(after[name]) if name == "open figures"
                 else _drawn_on(before[name], after[name]) if name == "figures' contents"
                 else bool(_entries_differ(before[name], after[name])) if name in ENTRY_SETTINGS
                 else before[name] != after[name])]


def _settings_unchanged(contract: Contract, outcome: _Outcome) -> None:
    """Each call left the session's settings as it found them (read before and after it, in the kernel)."""
    for pair in outcome.settings:
        if pair is None:  # a kernel without the probe (a stand-in): nothing to judge
            continue
        before, after = pair
        changed = _changed_settings(before, after)
        if changed:
            raise CheckFailed(f"{contract.function} leaves the caller's session changed: "
                              + "; ".join(_advice(name, before[name], after[name]) for name in changed)
                              + ". A function is called many times in one session and must leave it as it found it")


def cell_leaves_settings(exercise: str, pairs: list[tuple[dict, dict]], generators: bool = True) -> None:
    """The exercise's solution cell, run as a whole, left the notebook's session as it found it (read
    before and after the cell's first run): a line at the cell's top level (``np.seterr(...)``,
    ``warnings.filterwarnings(...)``) changes it for every later cell of the notebook. With
    ``generators`` (every function of the exercise must leave the global random generators alone:
    ``Contract.leaves_global_rngs``), those generators are part of that session too
    (``np.random.seed(0)`` at the cell's top level)."""
    for before, after in pairs:
        changed = [name for name in _changed_settings(before, after) if generators or name != CELL_GENERATORS]
        if changed:
            raise CheckFailed(f"your {exercise} cell itself leaves the notebook's session changed when it runs (a "
                              f"line at the cell's top level, outside your functions): "
                              + "; ".join(_advice(name, before[name], after[name]) for name in changed)
                              + ". Settings your functions need belong inside them, set back before they return")


def _drawn_on(before: Any, after: Any) -> bool:
    """Whether a figure open before the call and still open after it shows something else (the kernel
    sends ``serial:digest`` entries joined by ``;``); a figure the call opened or closed is judged
    by "open figures" (a closed one) or not at all (its own)."""
    def contents(value: Any) -> dict[str, str]:
        if not isinstance(value, str):
            return {}
        return dict(part.split(":", 1) for part in value.split(";") if part.count(":") == 1)
    old, new = contents(before), contents(after)
    return any(serial in new and new[serial] != digest for serial, digest in old.items())


def _inputs_unchanged(contract: Contract, outcome: _Outcome) -> None:
    if outcome.before is None or outcome.after is None or len(outcome.before) != len(outcome.after):
        raise CheckFailed(f"the arguments of {contract.function} could not be read back after the calls")
    for name, before, after in zip(outcome.names, outcome.before, outcome.after, strict=True):
        if name is not None and not same(before, after):
            raise CheckFailed(f"{contract.function} changes its argument {name} (the caller's object is not "
                              f"the same after the call): work on a copy")
