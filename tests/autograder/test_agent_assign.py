"""The contracts' in-place probe: the agent's ``assign`` entry puts other values into the very object
an earlier call saw (an array's memory, a data frame's columns), and the grader offers it only
arguments it can change so. (What it catches in a real kernel: the corpus's caches keyed on an
object's id, ``tests/test_audit.py``.)"""
import numpy as np
import pandas as pd

from autograder.contracts.properties import _own_copy
from autograder.kernel import wire
from autograder.kernel.agent import assign


def _frame(depth, kinds=("B", "T cell", "B")) -> pd.DataFrame:
    return pd.DataFrame({"depth": np.asarray(depth, dtype=float),
                         "cell_type": pd.Categorical(list(kinds), categories=["B", "T cell", "unused"])},
                        index=[7, 7, 2])


def test_a_frame_gets_the_new_values_in_the_same_object_by_position_whatever_its_index():
    target, value = _frame([1.0, 2.0, 3.0]), _frame([10.0, 20.0, 30.0], ("T cell", "B", "B"))
    seen = id(target)
    answer = assign({"assign": 0, "value": wire.encode(wire.FrameArg(value))}, [target])
    assert answer["ok"] and id(target) == seen
    assert target["depth"].tolist() == [10.0, 20.0, 30.0] and target.index.tolist() == [7, 7, 2]
    assert target["cell_type"].tolist() == ["T cell", "B", "B"]
    assert list(target["cell_type"].cat.categories) == ["B", "T cell", "unused"]


def test_a_frame_with_other_columns_or_dtypes_is_refused_and_left_as_it_was():
    target = _frame([1.0, 2.0, 3.0])
    other_dtype = _frame([1.0, 2.0, 3.0]).assign(depth=[1, 2, 3])
    renamed = _frame([1.0, 2.0, 3.0]).rename(columns={"depth": "size"})
    for value in (wire.FrameArg(other_dtype), wire.FrameArg(renamed), np.zeros(3)):
        answer = assign({"assign": 0, "value": wire.encode(value)}, [target])
        assert not answer["ok"] and answer["error"]["type"] == "ProtocolError"
    assert target["depth"].tolist() == [1.0, 2.0, 3.0]


def test_an_array_gets_the_new_values_in_its_own_memory():
    target = np.zeros((2, 3), order="F")
    answer = assign({"assign": 0, "value": wire.encode(np.arange(6.0).reshape(2, 3))}, [target])
    assert answer["ok"] and target.tolist() == [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]] and target.flags.f_contiguous


def test_a_list_gets_the_new_items_in_the_same_object_whatever_their_number():
    target = ["depth", "group"]
    seen = id(target)
    answer = assign({"assign": 0, "value": wire.encode(["donor", "depth", "score"])}, [target])
    assert answer["ok"] and id(target) == seen and target == ["donor", "depth", "score"]


def test_the_probe_copies_an_argument_only_when_the_kernel_can_change_it_in_place():
    frame = wire.FrameArg(_frame([1.0, 2.0, 3.0]))
    changed = wire.FrameArg(_frame([2.0, 4.0, 6.0]))
    copy = _own_copy(frame, changed)
    assert isinstance(copy, wire.FrameArg) and copy.frame is not frame.frame and copy.frame.equals(frame.frame)
    shorter = wire.FrameArg(_frame([1.0, 2.0, 3.0]).iloc[:2])
    assert _own_copy(frame, shorter) is None
    assert _own_copy(frame, wire.FrameArg(frame.frame.assign(extra=1.0))) is None
    assert _own_copy(np.ones((2, 2)), np.ones((2, 3))) is None
    assert _own_copy(np.ones(3), np.ones(3, dtype=np.float32)) is None
    assert _own_copy(np.ones(3), np.zeros(3)) is not None
    covariates = ["depth", "group"]
    assert _own_copy(covariates, ["donor"]) == covariates and _own_copy(covariates, ["donor"]) is not covariates
    assert _own_copy(covariates, ("donor",)) is None and _own_copy((1, 2), (3, 4)) is None

