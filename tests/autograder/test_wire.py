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


def frame_through_the_wire(frame):
    node = wire.loads(wire.dumps({"v": wire.encode(wire.FrameArg(frame))}))["v"]
    return wire.decode(node, extra=lambda tag, n, child, budget: wire.decode_frame(n, child, budget)
                       if tag == "frame" else None)


def test_pandas_nullable_and_string_columns_keep_their_dtypes_and_repeated_labels_their_place():
    import pandas as pd

    frame = pd.DataFrame({"s": pd.array(["x", "Y"], dtype="string"), "i": pd.array([3, -4], dtype="Int64"),
                          "b": pd.array([True, False], dtype="boolean"), "f": pd.array([0.5, 2.0], dtype="Float64"),
                          "u": pd.array([1, 2], dtype="UInt8")}, index=["c1", "c1"])
    pd.testing.assert_frame_equal(frame_through_the_wire(frame), frame)


def test_integer_column_labels_arrive_as_integers_and_string_ones_that_look_like_integers_as_strings():
    import pandas as pd

    frame = pd.DataFrame({2: [1.5, 2.5], "0": ["x", "y"], np.int64(-1): pd.Categorical(["a", "b"])})
    out = frame_through_the_wire(frame)
    pd.testing.assert_frame_equal(out, frame)
    assert [type(c) for c in out.columns] == [int, str, int]


@pytest.mark.parametrize("name", ["x", "", "1.5", "1" * 21, 3])
def test_an_integer_column_label_that_is_not_an_integer_is_a_wire_error(name):
    node = {"t": "frame", "columns": [{"name": name, "int_name": True, "kind": "array",
                                       "values": wire.encode(np.zeros(0))}], "index": []}
    with pytest.raises(wire.WireError, match="integer column label"):
        wire.decode(node, extra=wire.decode_returned)


def test_a_nullable_column_holding_a_missing_value_travels_as_objects():
    import pandas as pd

    frame = pd.DataFrame({"i": pd.array([3, None], dtype="Int64")})
    out = frame_through_the_wire(frame)
    assert out["i"].dtype == object and out["i"].tolist() == [3, None]


@pytest.mark.parametrize("entry", [{"kind": "array", "dtype": "string"}, {"kind": "object", "dtype": "Int64"},
                                   {"kind": "array", "dtype": "datetime64[ns]"}])
def test_a_frame_column_dtype_that_does_not_fit_its_kind_is_a_wire_error(entry):
    values = {"t": "list", "v": []} if entry["kind"] == "object" else wire.encode(np.zeros(0))
    node = {"t": "frame", "columns": [dict(entry, name="c", values=values)], "index": []}
    with pytest.raises(wire.WireError, match="nullable dtypes"):
        wire.decode(node, extra=lambda tag, n, child, budget: wire.decode_frame(n, child, budget))


def test_a_fortran_ordered_matrix_arrives_fortran_ordered_and_a_c_ordered_one_c_ordered():
    a = np.asfortranarray(np.arange(12.0).reshape(3, 4))
    out = wire.decode(wire.loads(wire.dumps({"v": wire.encode(a)}))["v"])
    assert out.flags.f_contiguous and not out.flags.c_contiguous and np.array_equal(out, a) and out.flags.writeable
    c = wire.decode(wire.loads(wire.dumps({"v": wire.encode(np.ascontiguousarray(a))}))["v"])
    assert c.flags.c_contiguous and np.array_equal(c, a)


def test_an_array_order_other_than_c_or_f_is_a_wire_error():
    node = dict(wire.encode(np.zeros((2, 2))), order="K")
    with pytest.raises(wire.WireError, match="order"):
        wire.decode(node)


# ------------------------------------------------------------ reply limits
# Every limit of wire.LIMITS, at the limit (accepted) and one past it (refused, with the reason).
LIMITS = wire.LIMITS


def padded_line(size: int) -> bytes:
    """A valid message of exactly ``size`` bytes (whitespace pads it)."""
    head, tail = b'{"id":"x","value":', b"1}"
    return head + b" " * (size - len(head) - len(tail)) + tail


def containers_line(count: int) -> bytes:
    """A valid message with exactly ``count`` lists and objects (the message itself included)."""
    return b'{"v":[' + b",".join([b"[]"] * (count - 2)) + b"]}"


def separators_line(count: int) -> bytes:
    """A valid message with exactly ``count`` commas and colons (one colon, then ``count`` values)."""
    return b'{"v":[' + b",".join([b"0"] * count) + b"]}"


def nested_line(depth: int) -> bytes:
    """A valid message nested exactly ``depth`` levels (the message's own object is level 1)."""
    return b'{"v":' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"


def test_a_line_of_exactly_the_size_limit_is_read():
    assert wire.loads(padded_line(LIMITS.message_bytes))["value"] == 1


def test_a_line_one_byte_over_the_size_limit_is_refused_as_too_large():
    with pytest.raises(wire.WireError, match="too large.*bytes"):
        wire.loads(padded_line(LIMITS.message_bytes + 1))


def test_a_line_with_exactly_the_container_limit_is_read():
    assert len(wire.loads(containers_line(LIMITS.containers))["v"]) == LIMITS.containers - 2


def test_a_line_one_container_over_the_limit_is_refused_as_too_large():
    with pytest.raises(wire.WireError, match="too large.*lists and objects"):
        wire.loads(containers_line(LIMITS.containers + 1))


def test_closing_brackets_are_bounded_like_opening_ones():
    with pytest.raises(wire.WireError, match="too large.*closing brackets"):
        wire.scan(b"]" * (LIMITS.containers + 1))


def test_a_line_with_exactly_the_separator_limit_is_read():
    assert len(wire.loads(separators_line(LIMITS.separators))["v"]) == LIMITS.separators


def test_a_line_one_separator_over_the_limit_is_refused_as_too_large():
    with pytest.raises(wire.WireError, match="too large.*separators"):
        wire.loads(separators_line(LIMITS.separators + 1))


def test_a_line_nested_exactly_to_the_depth_limit_is_read():
    assert isinstance(wire.loads(nested_line(LIMITS.json_depth))["v"], list)


def test_a_line_nested_one_level_past_the_limit_is_refused_as_too_deep():
    with pytest.raises(wire.WireError, match="too deep: nested 73 levels"):
        wire.loads(nested_line(LIMITS.json_depth + 1))


def test_brackets_inside_strings_do_not_count_towards_depth():
    line = b'{"v":"' + b"[" * 500 + b'","w":[[1]]}'
    assert wire.loads(line)["w"] == [[1]]


def test_closing_brackets_inside_strings_cannot_hide_real_nesting():
    # each level carries a string of closers: a count that ignored strings would see depth ~0
    level = b'["' + b"]" * 10 + b'",'
    line = b'{"v":' + level * 100 + b"0" + b"]" * 100 + b"}"
    with pytest.raises(wire.WireError, match="too deep"):
        wire.loads(line)


def test_escaped_quotes_do_not_end_a_string_for_the_depth_count():
    line = b'{"v":"\\"' + b"[" * 200 + b'","w":1}'
    assert wire.loads(line)["w"] == 1


def test_an_escaped_backslash_before_a_quote_ends_the_string_for_the_depth_count():
    line = b'{"v":"\\\\","w":' + b"[" * 100 + b"]" * 100 + b"}"
    with pytest.raises(wire.WireError, match="too deep"):
        wire.loads(line)


def test_two_hundred_thousand_nested_brackets_are_a_wire_error_not_a_recursion_error():
    with pytest.raises(wire.WireError, match="too large|too deep"):
        wire.loads(b"[" * 200_000)


def test_sixty_three_mib_of_empty_lists_is_refused_before_parsing():
    line = b"[[]" + b",[]" * (21 * 1024 * 1024) + b"]"
    with pytest.raises(wire.WireError, match="too large"):
        wire.loads(line)


def test_a_line_within_the_size_limit_but_made_of_empty_lists_is_refused_by_its_count():
    line = b'{"v":[[]' + b",[]" * (10 * 1024 * 1024) + b"]}"
    assert len(line) < LIMITS.message_bytes
    with pytest.raises(wire.WireError, match="too large.*lists and objects"):
        wire.loads(line)


def test_non_ascii_bytes_are_refused_as_malformed():
    with pytest.raises(wire.WireError, match="malformed.*ASCII"):
        wire.loads('{"v":"é"}'.encode())


def test_nul_bytes_cannot_make_the_parser_guess_another_encoding():
    with pytest.raises(wire.WireError, match="malformed"):
        wire.loads('{"v":1}'.encode("utf-16-be"))


def test_requests_read_without_limits_may_exceed_the_reply_limits():
    line = b'{"files":{"data.bin":"' + b"A" * (LIMITS.message_bytes + 4) + b'"}}'
    assert len(wire.loads(line, limits=None)["files"]["data.bin"]) == LIMITS.message_bytes + 4


def test_a_string_of_exactly_the_string_limit_decodes():
    assert len(wire.decode("a" * LIMITS.string_chars)) == LIMITS.string_chars


def test_a_string_one_character_over_the_limit_is_refused():
    with pytest.raises(wire.WireError, match="string of 1048577 characters"):
        wire.decode(["a" * (LIMITS.string_chars + 1)])


def test_a_dict_key_over_the_string_limit_is_refused():
    with pytest.raises(wire.WireError, match="string of"):
        wire.decode({"t": "dict", "v": {"k" * (LIMITS.string_chars + 1): 1}})


def test_a_lone_surrogate_in_a_string_is_refused():
    with pytest.raises(wire.WireError, match="not valid Unicode"):
        wire.decode(wire.loads(b'{"v":"\\ud800"}')["v"])


def test_arrays_of_exactly_the_array_limit_decode():
    node = wire.encode(np.zeros(LIMITS.array_bytes, dtype=np.uint8))
    assert wire.decode(node).nbytes == LIMITS.array_bytes


def test_arrays_one_byte_over_the_array_limit_are_refused():
    node = wire.encode([np.zeros(LIMITS.array_bytes // 2, dtype=np.uint8),
                        np.zeros(LIMITS.array_bytes // 2 + 1, dtype=np.uint8)])
    with pytest.raises(wire.WireError, match="size limit"):
        wire.decode(node)


def test_the_largest_array_allowed_fits_in_one_message():
    line = wire.dumps({"id": "x", "ok": True, "value": wire.encode(np.zeros(LIMITS.array_bytes, np.uint8))})
    assert wire.decode(wire.loads(line[:-1])["value"]).nbytes == LIMITS.array_bytes


def test_an_array_claiming_a_huge_empty_shape_is_a_wire_error():
    node = {"t": "ndarray", "dtype": "<f8", "shape": [2**70, 0], "data": ""}
    with pytest.raises(wire.WireError, match="shape"):
        wire.decode(node)


def test_a_complex_node_with_a_non_number_part_is_a_wire_error():
    with pytest.raises(wire.WireError, match="complex"):
        wire.decode({"t": "complex", "re": [1], "im": 0.0})


def test_any_error_of_an_extra_decoder_becomes_a_wire_error():
    def broken(tag, node, child, budget):
        raise KeyError("columns")

    with pytest.raises(wire.WireError, match="malformed.*KeyError"):
        wire.decode({"t": "frame"}, extra=broken)


def test_a_frame_with_an_unhashable_column_name_is_a_wire_error():
    node = {"t": "frame", "columns": [{"name": [1], "kind": "object", "values": []}], "index": []}
    with pytest.raises(wire.WireError):
        wire.decode(node, extra=wire.decode_returned)


def test_whatever_the_encoder_sends_however_deep_the_decoder_reads():
    value: list = [1]
    for _ in range(wire.MAX_DEPTH + 10):
        value = [value]
    out = roundtrip(value)
    for _ in range(wire.MAX_DEPTH):
        out = out[0]
    assert isinstance(out, wire.Opaque)


def test_an_integer_literal_of_exactly_the_int_limit_is_read():
    assert wire.loads(b'{"v":-' + b"9" * (LIMITS.int_chars - 1) + b"}")["v"] == -int("9" * (LIMITS.int_chars - 1))


def test_an_integer_literal_one_character_over_the_int_limit_is_refused():
    # Python parses integers in time quadratic in their digits: 7,000 of 4,300 digits took 0.8 s in one call
    with pytest.raises(wire.WireError, match="too large: an integer of 21 characters"):
        wire.loads(b'{"v":' + b"9" * (LIMITS.int_chars + 1) + b"}")


def test_big_integers_the_encoder_sends_are_read_back():
    assert roundtrip([2**60, -(2**53)]) == [2**60, -(2**53)]


def test_numpy_special_floats_round_trip():
    import math

    import numpy as np

    from autograder.kernel import wire

    for value in (np.float64("nan"), np.float64("inf"), np.float64("-inf"), np.float32("nan")):
        back = wire.decode(wire.loads(wire.dumps({"v": wire.encode(value)}))["v"])
        assert (math.isnan(back) and math.isnan(value)) or back == value
