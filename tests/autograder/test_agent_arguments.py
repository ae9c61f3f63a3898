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
