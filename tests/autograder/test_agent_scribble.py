"""The agent's ``scribble`` entry: a caller changing what a call returned, as the contracts do."""
import numpy as np

from autograder.kernel.agent import scribble


def test_every_returned_array_is_changed_in_place_and_counted():
    beta, history = np.array([1.0, 2.0]), {"beta": [np.zeros(2), np.array([3.0, 4.0])], "ok": np.array([True])}
    returned = [(beta, history), None]
    answer = scribble({"scribble": 0}, returned, shared=[])
    assert answer["ok"] and answer["value"] == 4
    assert beta.tolist() == [2.0, 3.0] and history["beta"][1].tolist() == [4.0, 5.0]
    assert history["ok"].tolist() == [False]


def test_a_view_of_an_argument_is_the_callers_own_data_and_left_alone():
    X = np.arange(6.0).reshape(3, 2)
    returned = [X[:, 0], None]
    answer = scribble({"scribble": 0}, returned, shared=[X])
    assert answer["ok"] and answer["value"] == 0 and X[:, 0].tolist() == [0.0, 2.0, 4.0]


def test_read_only_arrays_and_other_values_are_skipped():
    frozen = np.ones(3)
    frozen.flags.writeable = False
    answer = scribble({"scribble": 0}, [[frozen, 1.5, "text"], None], shared=[])
    assert answer["ok"] and answer["value"] == 0


def test_scribble_must_name_an_earlier_entry():
    assert not scribble({"scribble": 3}, [None, None], shared=[])["ok"]
    assert not scribble({"scribble": "0"}, [np.ones(1), None], shared=[])["ok"]
