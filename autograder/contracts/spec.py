"""How an assignment declares a student function's contract: data, not code in its checks."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

#: marks a parameter without a default
REQUIRED = object()


@dataclass(frozen=True)
class Param:
    """One parameter, in the statement's order.

    Attributes
    ----------
    name : str
    default : object
        The statement's default, or :data:`REQUIRED`.
    """

    name: str
    default: Any = REQUIRED

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


@dataclass(frozen=True)
class Contract:
    """What the statement promises of one function besides its values.

    Attributes
    ----------
    function : str
        The student's function, as the notebook names it.
    params : tuple of Param
        Its parameters in the statement's order.
    draw : callable
        ``draw(rng) -> dict``: one call's arguments (every parameter, defaults given values other
        than the defaults), small enough to cost milliseconds, from the function's input domain.
    vary : callable, optional
        ``vary(rng, args) -> dict``: for some parameters, another value each (``{name: value}``)
        that changes the correct answer for ``args``. Used to catch results kept between calls
        under a key that leaves that parameter out. Default: none.
    send : callable, optional
        ``send(name, value) -> wire value``: how an argument travels (``as_tensor``, ``FrameArg``,
        ``OneShotIter``, ...). Default: as is.
    summarize : str, optional
        ``"axes"`` for a function that returns a matplotlib Axes (compared by its geometry).
    random_from_seed : bool
        The statement asks for randomness from a ``seed`` argument only (said so in messages).
    leaves_global_rngs : bool
        The global generators of numpy, ``random`` and torch must be neither read nor moved
        (False where the notebook's own code reseeds one, e.g. torch in a training function, or
        where the statement lets the function draw from them, e.g. a plot's jitter).
    may_reseed : tuple of str
        The global generators (``"numpy"``, ``"random"``, ``"torch"``) the function may reseed,
        because the notebook's own code does (a training function that calls ``torch.manual_seed``).
        Whatever else it may do with them, no function reseeds any other: a caller's later draws
        would repeat themselves.
    deterministic : bool
        Its answer depends on its arguments only (every function of a graded statement, unless
        it says otherwise).
    leaves_inputs : bool
        It must not change its arguments.
    leaves_settings : bool
        It must leave the session's settings as it found them (``kernel/session_state.py`` lists
        them: numpy's error handling and print options, the warnings filters, pandas' options,
        torch's default dtype, threads, modes and matmul precision, matplotlib's settings, the working
        directory, the environment variables, the recursion limit, the garbage collector, logging),
        and every figure open before it open and as it was.
    parts_apart : bool
        No two arrays of one answer share memory (the same array twice, or views of one): a
        caller who changes one part would change another.
    defaults_checked_apart : bool
        The defaults are checked by a check of the exercise's own that already calls without them
        (e.g. an expensive default such as 100 training epochs): the contract does not repeat
        those calls.
    permuted : tuple of str
        Array parameters the contract also sends as a pair of calls: the drawn value rounded to
        quarters, then the same entries in another order. The two have the same shape, dtype, sum and
        norms bit for bit, and other answers: a result kept between calls under a fingerprint of the
        argument (its shape, its sum, a few of its entries) is told apart from one found by all of its
        values.
    answer_form : callable, optional
        ``answer_form(value, args)`` raises (with a message for the student) unless ``value`` has the
        form of an answer (the assignment's format rules). The contract is a promise about answers:
        a function that returns None, or another form, keeps none of it.
    """

    function: str
    params: tuple[Param, ...]
    draw: Callable[[np.random.Generator], dict]
    vary: Callable[[np.random.Generator, dict], dict] | None = None
    send: Callable[[str, Any], Any] | None = None
    summarize: str | None = None
    random_from_seed: bool = False
    leaves_global_rngs: bool = True
    may_reseed: tuple[str, ...] = ()
    deterministic: bool = True
    leaves_inputs: bool = True
    leaves_settings: bool = True
    parts_apart: bool = True
    defaults_checked_apart: bool = False
    permuted: tuple[str, ...] = ()
    answer_form: Callable[[Any, dict], None] | None = None
    names: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        names = tuple(p.name for p in self.params)
        if len(set(names)) != len(names):
            raise ValueError(f"{self.function}: a parameter is listed twice in {names}")
        seen_default = False
        for p in self.params:
            if p.required and seen_default:
                raise ValueError(f"{self.function}: required parameter {p.name!r} follows one with a default")
            seen_default |= not p.required
        if set(self.permuted) - set(names):
            raise ValueError(f"{self.function}: permuted names no parameter: {sorted(set(self.permuted) - set(names))}")
        unknown = set(self.may_reseed) - {"numpy", "random", "torch"}
        if unknown:
            raise ValueError(f"{self.function}: may_reseed names no global generator: {sorted(unknown)}")
        object.__setattr__(self, "names", names)

    def signature(self) -> str:
        """``f(X, y, max_iter=25, tol=1e-08)``, as the statement writes it."""
        parts = [p.name if p.required else f"{p.name}={p.default!r}" for p in self.params]
        return f"{self.function}({', '.join(parts)})"

    def wire(self, name: str, value: Any) -> Any:
        return self.send(name, value) if self.send else value

    def checked_draw(self, rng: np.random.Generator) -> dict:
        """``draw(rng)``, refused unless it names every parameter and nothing else."""
        args = self.draw(rng)
        if set(args) != set(self.names):
            raise ValueError(f"{self.function}: the contract's draw gives {sorted(args)}, "
                             f"the parameters are {list(self.names)}")
        return args


def clause_text(contracts: list[Contract]) -> str:
    """The clause the statement's contract sentences add up to, for one exercise's functions."""
    signatures = "; ".join(c.signature() for c in contracts)
    promises = ["positional and keyword calls and calls with or without the defaults agree",
                "a number or flag given as a numpy scalar (np.int64, np.float64, np.float32, np.bool_) gives the "
                "same answer as a Python one (with a float32, within float32's rounding)"]
    if any(c.leaves_inputs for c in contracts):
        promises.append("the arguments are left unchanged, and read-only array arguments give the same answer")
    if any(c.random_from_seed for c in contracts):
        promises.append("randomness comes only from the seed argument")
    if any(c.leaves_global_rngs for c in contracts):
        promises.append("the global generators of numpy, random and torch are neither used nor reseeded"
                        + (", by any call or by the solution cell itself"
                           if all(c.leaves_global_rngs for c in contracts) and any(c.leaves_settings for c in contracts)
                           else ""))
    else:
        reseeded = sorted({name for c in contracts for name in c.may_reseed})
        promises.append("no global generator is reseeded" + (f" but {', '.join(reseeded)}'s, as the notebook's own "
                                                             f"code does" if reseeded else ""))
        if any(c.deterministic for c in contracts):
            promises.append("each global generator is left in a state that depends on the arguments and the state "
                            "found alone (never reseeded from the operating system's entropy)")
    if any(c.leaves_settings for c in contracts):
        promises.append("the session's settings are left as they were (numpy's error handling and print options, "
                        "subnormal numbers, "
                        "the warnings filters, pandas' options, torch's default dtype, threads, modes and matmul "
                        "precision, matplotlib's settings, the working directory, the environment variables, "
                        "the recursion limit, the garbage collector, the logging configuration and every logger's, the "
                        "names of Python's and the libraries' modules and their flags, the libraries' settings "
                        "(torch's print options, numpy's error callback, scipy.special's error handling, "
                        "scikit-learn's config, ...), the locale, signal handlers, the decimal context, the "
                        "process's priority, CPUs and resource limits, tracing hooks and threads) and the figures "
                        "already open stay open and undrawn on, by every call and by the solution cell itself")
    if any(c.parts_apart for c in contracts):
        promises.append("no two arrays of an answer share memory")
    if any(c.deterministic for c in contracts):
        promises.append("the result depends on the arguments alone: not on earlier calls, the kernel, "
                        "the machine (its number of CPUs) or the global random state")
        promises.append("what a call returns is the caller's: changing it changes no later answer")
    return f"{signatures}: " + "; ".join(promises) + "."
