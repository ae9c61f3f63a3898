"""The objects a check passes reach the student's function as those very objects (the agent's ``call``)."""
from types import SimpleNamespace

import numpy as np

from autograder.kernel.agent import call, to_torch, wire  # the agent's own wire module (a sibling file)


def consume(items):
    """A student's function that empties the caller's list as it reads it."""
    taken = []
    while items:
        taken.append(items.pop(0))
    return taken


def test_a_shared_list_argument_is_the_callers_list_so_emptying_it_shows_after_the_call():
    shared = [[3, 1, 2]]
    shell = SimpleNamespace(user_ns={"consume": consume})
    request = {"func": "consume", "kwargs": wire.encode({"items": wire.SharedArg(0)})}
    answer = call(shell, request, shared=shared, returned=[None])
    assert answer["ok"] and wire.decode(answer["value"]) == [3, 1, 2]
    assert shared[0] == []  # what the contracts read back: "changes its argument"


def test_a_container_is_rebuilt_only_where_an_array_becomes_a_tensor():
    plain = [1, [2, 3], {"a": (4, 5)}]
    assert to_torch(plain) is plain
    marked = [1, np.zeros(2).view(wire.TensorMarker)]
    turned = to_torch(marked)
    assert turned is not marked and type(turned[1]).__name__ == "Tensor"
    assert to_torch(marked, keep=frozenset({id(marked)})) is marked


def test_an_array_many_calls_take_travels_once_and_each_call_gets_a_fresh_copy_in_its_layout(monkeypatch):
    """Through the grader's session and the agent's own handlers: three calls of one request take
    the same Fortran-ordered float32 array; it is sent once, and each call meets the original values
    in the original dtype and memory order, whatever the call before did to its own copy."""
    import importlib

    from autograder.common.config import GradingConfig
    from autograder.grading.notebooks import PlannedCell
    from autograder.grading.session import KernelSession
    from test_student_raised import AgentKernel

    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MPLBACKEND"):
        monkeypatch.setenv(name, "1")
        monkeypatch.delenv(name)
    agent = importlib.import_module("autograder.kernel.agent")
    code = ("import numpy as np\n"
            "def first_then_zero(X, v):\n"
            "    seen = (float(X[0, 0]), str(X.dtype), bool(X.flags.f_contiguous and not X.flags.c_contiguous),\n"
            "            bool(X.flags.writeable), float(v.sum()))\n"
            "    X[...] = 0.0\n"
            "    v[...] = 0.0\n"
            "    return list(seen)\n")
    sent: list[dict] = []
    handler = agent.HANDLERS["calls"]
    monkeypatch.setitem(agent.HANDLERS, "calls",
                        lambda shell, request: (sent.append(request), handler(shell, request))[1])
    running = KernelSession([PlannedCell("cell", code, "student")], lambda: AgentKernel(agent), GradingConfig())
    running.run_plan()
    X = np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3) + 1)
    v = np.array([1.0, 2.0])
    try:
        got = [r.get() for r in running.calls([{"func": "first_then_zero", "args": (X, v)}] * 3, timeout=30)]
    finally:
        running.close()
    assert got == [[1.0, "float32", True, True, 3.0]] * 3
    assert X[0, 0] == 1.0 and v.sum() == 3.0  # the grader's own arrays are untouched
    (request,) = sent
    assert len(request["copies"]) == 2
    assert all(arg == {"t": "copy", "i": k} for call in request["calls"] for k, arg in enumerate(call["args"]))


def test_an_array_only_one_call_takes_is_sent_in_that_call():
    from autograder.grading.session import _repeated_arrays

    once, twice = np.zeros(2), np.ones(3)
    copies, as_copy = _repeated_arrays([{"func": "f", "args": (once, twice)}, {"func": "g", "kwargs": {"x": twice}},
                                        {"describe": 0}])
    assert len(copies) == 1 and copies[0] is twice
    assert as_copy(once) is once and isinstance(as_copy(twice), wire_of_grader().CopyArg)


def wire_of_grader():
    from autograder.kernel import wire as grader_wire

    return grader_wire
