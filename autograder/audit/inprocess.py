"""A stand-in for a kernel that answers the checks' calls with plain Python, in this process.

For trusted code only (the instructor's solutions, the corpus): it runs the hidden checks against
a solution thousands of times in seconds, without a sandbox, to sweep the checks over many draws
(``benchmarks/draw_sweep.py``) or to build white-box attacks on them (the submission-draw tests).
Everything else is the real check code; only the kernel's transport is replaced. Arguments and
answers still go through the wire format both ways (the agent's decoding included), so a data frame
arrives with the dtypes, index and column kinds a kernel would see.
"""
from __future__ import annotations

import copy
import json

import numpy as np

from autograder.kernel import agent, wire
from autograder.grading.session import Returned, StudentError


def _sent(value):
    """``value`` as the kernel's agent decodes it from the grader's request (with the agent's own copy of
    the wire module, a sibling import in the kernel, whose classes are not the grader's)."""
    return agent.to_torch(agent.wire.decode(json.loads(json.dumps(wire.encode(value))), extra=agent.decode_extra))


def _answered(value, summarize=None):
    """``value`` as the grader decodes it from the agent's reply (a returned Axes described, as the
    agent describes it, when the call asks for ``summarize="axes"``)."""
    from matplotlib.axes import Axes

    from autograder.kernel import artists

    if summarize == "axes" and isinstance(value, Axes):
        node = {"t": "axes", "v": agent.wire.encode(artists.describe_axes(value))}
    else:
        node = agent.wire.encode(value, extra=agent.encode_extra)
    return wire.decode(json.loads(json.dumps(node)), extra=wire.decode_returned)


class _Log:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        self.lines.append(line)


class InProcessKernel:
    """Answers the checks' calls with ``namespace``'s functions, recording every input it met (``met``)."""

    def __init__(self, namespace: dict) -> None:
        self.namespace, self.met, self.log = namespace, [], _Log()

    def _raw(self, func: str, args, kwargs):
        args, kwargs = _sent(list(args)), _sent(dict(kwargs))
        self.met.append((func, copy.deepcopy(tuple(args)), copy.deepcopy(dict(kwargs))))
        return self.namespace[func](*args, **kwargs)

    def call(self, func, *args, timeout=None, summarize=None, global_seed=None, **kwargs):
        return _answered(self._raw(func, args, kwargs), summarize)

    def calls(self, entries, timeout=None, shared=None, probe_global_rngs=False, return_shared=False):
        out = []
        returned: list = []  # each entry's value as returned, for a later "describe" entry (as the agent keeps)
        for entry in entries:
            returned.append(None)
            try:
                if "describe" in entry:  # an earlier answer's Axes, as the calls since left it
                    out.append(Returned(_answered(returned[entry["describe"]], "axes")))
                    continue
                returned[-1] = self._raw(entry["func"], entry.get("args", ()), entry.get("kwargs", {}))
                out.append(Returned(_answered(returned[-1], entry.get("summarize"))))
            except Exception as exc:  # noqa: BLE001 - a failing call is that call's answer, as in a kernel
                raised = type(exc).__name__
                out.append(Returned(None, StudentError("exception", f"{entry['func']} raised {raised}: {exc}", raised)))
        return out


def namespace_of(code: str) -> dict:
    """The names a solution's code defines, run here (trusted code only), with numpy and pandas (and torch
    and torch.nn as `nn` for code that uses torch), as the notebook's first cells import them."""
    import pandas as pd  # here: only exercises on data frames need it

    namespace = {"np": np, "pd": pd}  # what the notebook's first cell imports for the solutions
    if "torch" in code:  # imported only for the solutions that use it: it costs a second
        import torch

        namespace.update(torch=torch, nn=torch.nn)
    if "plt" in code:
        import matplotlib

        matplotlib.use("Agg")  # no display here, as in a kernel
        import matplotlib.pyplot as plt

        namespace["plt"] = plt
    exec(code, namespace)  # noqa: S102 - the instructor's solution or a corpus entry: trusted
    return namespace
