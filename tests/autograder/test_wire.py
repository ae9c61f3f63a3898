"""The wire format decodes only what its schema allows."""
import base64

import numpy as np
import pytest

from autograder.kernel import wire


def roundtrip(value):
    return wire.decode(wire.loads(wire.dumps({"v": wire.encode(value)}))["v"])


def test_arrays_round_trip_with_dtype_and_shape():
    arr = np.arange(12, dtype=np.float32).reshape(3, 4)
    out = roundtrip(arr)
    assert out.dtype == np.float32 and out.shape == (3, 4) and np.array_equal(out, arr)


def test_tuples_lists_and_dicts_stay_distinct():
    out = roundtrip((1, [2.5, "a"], {"k": None}))
    assert out == (1, [2.5, "a"], {"k": None}) and isinstance(out, tuple)


def test_non_finite_floats_round_trip():
    out = roundtrip([float("nan"), float("inf"), -float("inf")])
    assert np.isnan(out[0]) and out[1] == np.inf and out[2] == -np.inf


def test_unencodable_objects_become_opaque_with_their_type():
    out = roundtrip(object())
    assert isinstance(out, wire.Opaque) and out.type_name == "builtins.object"


def test_object_arrays_are_not_sent():
    assert isinstance(roundtrip(np.array([object()])), wire.Opaque)


def test_decoder_rejects_dtypes_outside_the_allowlist():
    node = {"t": "ndarray", "dtype": "|O", "shape": [1], "data": ""}
    with pytest.raises(wire.WireError, match="not allowed"):
        wire.decode(node)


def test_decoder_rejects_byte_length_that_does_not_match_shape():
    node = {"t": "ndarray", "dtype": "<f8", "shape": [3],
            "data": base64.b64encode(b"\0" * 16).decode()}
    with pytest.raises(wire.WireError, match="needs 24"):
        wire.decode(node)


def test_decoder_rejects_unknown_tags():
    with pytest.raises(wire.WireError, match="unknown node tag"):
        wire.decode({"t": "pickle", "data": "gASV"})


def test_decoder_rejects_deep_nesting():
    node = 1
    for _ in range(wire.MAX_DEPTH + 5):
        node = [node]
    with pytest.raises(wire.WireError, match="nested"):
        wire.decode(node)


def test_messages_reject_bare_nan_and_non_objects():
    with pytest.raises(wire.WireError):
        wire.loads(b'{"v": NaN}')
    with pytest.raises(wire.WireError):
        wire.loads(b"[1, 2]")


def test_array_budget_bounds_total_size():
    node = wire.encode([np.zeros(1000), np.zeros(1000)])
    with pytest.raises(wire.WireError, match="size limit"):
        wire.decode(node, max_bytes=10_000)


def test_frames_round_trip_through_the_kernel_decoder():
    import pandas as pd

    frame = pd.DataFrame({"a": [1.5, 2.5], "b": pd.Categorical(["x", "y"]), "c": [True, False],
                          "d": ["s", "t"]}, index=["r1", "r2"])
    node = wire.loads(wire.dumps({"v": wire.encode(wire.FrameArg(frame))}))["v"]
    out = wire.decode(node, extra=lambda tag, n, child, budget: wire.decode_frame(n, child, budget)
                      if tag == "frame" else None)
    pd.testing.assert_frame_equal(out, frame)
