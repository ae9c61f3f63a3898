"""Strict wire format between the grader and the student's kernel.

Both sides speak newline-delimited JSON. Values are encoded as a tree of plain
JSON values and *tagged* objects ``{"t": <tag>, ...}``; every JSON object on
the wire is tagged, so nothing a student returns can be mistaken for a tag.

This module is imported by the grader and, as a plain file, by the agent
inside the sandbox. It depends on numpy only and must stay that way: the
sandbox sees this file but not the rest of the project.

Security notes
--------------
The grader decodes bytes written by untrusted code. Decoding therefore

* never unpickles, evals or imports anything;
* accepts only whitelisted numeric dtypes, checks that the byte length of
  every array equals ``prod(shape) * itemsize``;
* bounds nesting depth and total array bytes.
"""
from __future__ import annotations

import base64
import json
import math
from typing import Any

import numpy as np

#: dtypes an array on the wire may carry (numpy ``dtype.str`` spellings).
ALLOWED_DTYPES = frozenset(
    ["|b1", "|i1", "|u1"]
    + [f"<{k}{n}" for k in "iu" for n in (2, 4, 8)]
    + ["<f2", "<f4", "<f8", "<c8", "<c16"]
)
MAX_DEPTH = 32
MAX_ARRAY_BYTES = 256 * 1024 * 1024
MAX_ITEMS = 100_000


class WireError(ValueError):
    """Raised when bytes on the wire do not follow the schema."""


# --------------------------------------------------------------------- tags
class Opaque:
    """Stands for a value the kernel could not (or would not) encode.

    Parameters
    ----------
    type_name : str
        Qualified type name of the original object, for messages.
    """

    __slots__ = ("type_name", "kind")

    def __init__(self, type_name: str, kind: str | None = None) -> None:
        self.type_name = type_name
        self.kind = kind

    def __repr__(self) -> str:
        return f"<{self.type_name} object>"

    def wire_kind(self) -> str:
        """What the object was, in the words of the format rules (``formats.describe``)."""
        return self.kind or f"a {self.type_name} object"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and other.type_name == self.type_name

    def __hash__(self) -> int:
        return hash(("Opaque", self.type_name))


class TensorMarker(np.ndarray):
    """An ndarray that was (or is to become) a torch tensor on the other side."""

    def wire_kind(self) -> str:
        """What the value was, in the words of the format rules (``formats.describe``)."""
        return f"a torch tensor of shape {tuple(self.shape)}"


class OneShotIter(list):
    """Values the kernel receives as a one-shot iterator (``iter(list)``), e.g. a generator of seeds."""


class RangeArg:
    """A ``range`` the kernel receives as a real ``range``."""

    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        self.range = range(start, stop, step)


def as_tensor(arr: np.ndarray) -> TensorMarker:
    """Mark an array so that the kernel receives it as a torch tensor."""
    return np.ascontiguousarray(arr).view(TensorMarker)


class AxesDescription(dict):
    """The kernel's raw description of a matplotlib Axes a student returned.

    Keys (see ``artists.py``): ``xlabel``, ``ylabel`` (str), ``xlim``,
    ``ylim`` (2 floats), ``artists`` (list of ``{"kind", "box"}``). Untrusted:
    the grader validates it (``autograder/plots.py``) and judges it against
    the values it asked to be plotted.
    """

    #: the format rules (``formats.plot_loss_distribution_format``) accept it as an Axes
    is_axes = True


class FrameArg:
    """A pandas DataFrame to send to the kernel, column by column.

    Parameters
    ----------
    frame : pandas.DataFrame
        Columns may be numeric, boolean, categorical or object (strings).
    """

    def __init__(self, frame) -> None:
        self.frame = frame


# ------------------------------------------------------------------- encode
def _qualname(obj: Any) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _encode_array(arr: np.ndarray, tag: str = "ndarray") -> dict:
    arr = np.asarray(arr)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    if arr.dtype.str not in ALLOWED_DTYPES:
        return {"t": "opaque", "type": f"numpy.ndarray[{arr.dtype}]",
                "kind": f"a numpy array of shape {arr.shape} and dtype {arr.dtype}"}
    data = np.ascontiguousarray(arr).tobytes()
    return {
        "t": tag,
        "dtype": arr.dtype.str,
        "shape": list(arr.shape),
        "data": base64.b64encode(data).decode("ascii"),
    }


def encode(value: Any, _depth: int = 0, *, extra=None) -> Any:
    """Encode a Python value as a JSON-compatible tree.

    Parameters
    ----------
    value : object
        Scalars, strings, None, lists, tuples, dicts with string keys,
        numpy arrays and scalars, and (via ``extra``) richer types.
    extra : callable, optional
        ``extra(value) -> encoded or None``: a hook for types this module
        does not know (the agent uses it for torch tensors and DataFrames).

    Returns
    -------
    object
        Something :func:`json.dumps` accepts.
    """
    if _depth > MAX_DEPTH:
        return {"t": "opaque", "type": "too deeply nested"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return {"t": "int", "v": str(value)} if abs(value) > 2**53 else value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"t": "float", "v": repr(value)}
    if isinstance(value, complex):
        return {"t": "complex", "re": encode(value.real), "im": encode(value.imag)}
    if isinstance(value, np.generic):
        return {"t": "scalar", "array": _encode_array(np.asarray(value))}
    if isinstance(value, TensorMarker):
        return _encode_array(np.asarray(value), tag="tensor")
    if isinstance(value, np.ndarray):
        return _encode_array(value)
    if isinstance(value, FrameArg):
        return _encode_frame(value.frame)
    if isinstance(value, OneShotIter):
        return {"t": "iter", "v": [encode(v, _depth + 1, extra=extra) for v in list(value)[:MAX_ITEMS]]}
    if isinstance(value, RangeArg):
        r = value.range
        return {"t": "range", "v": [r.start, r.stop, r.step]}
    if isinstance(value, (list, tuple)):
        items = [encode(v, _depth + 1, extra=extra) for v in list(value)[:MAX_ITEMS]]
        return items if type(value) is list else {"t": "tuple", "v": items}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {"t": "dict", "v": {k: encode(v, _depth + 1, extra=extra) for k, v in value.items()}}
        return {"t": "opaque", "type": "dict with non-string keys"}
    if extra is not None:
        encoded = extra(value)
        if encoded is not None:
            return encoded
    return {"t": "opaque", "type": _qualname(value)}


def encode_pandas(value) -> dict | None:
    """A DataFrame or Series a student returns, as a ``frame`` node (None for other objects)."""
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return _encode_frame(value)
    if isinstance(value, pd.Series):
        node = _encode_frame(value.to_frame(name="values" if value.name is None else value.name))
        node["series"] = True
        return node
    return None


def _encode_frame(frame) -> dict:
    import pandas as pd

    columns = []
    for name in frame.columns:
        col = frame[name]
        entry: dict = {"name": str(name)}
        if isinstance(col.dtype, pd.CategoricalDtype):
            entry.update(kind="category", codes=_encode_array(col.cat.codes.to_numpy()),
                         categories=encode(list(col.cat.categories)), ordered=bool(col.cat.ordered))
        elif col.dtype == object or pd.api.types.is_string_dtype(col.dtype):
            entry.update(kind="object", values=encode([None if v is None else v for v in col.tolist()]))
        else:
            entry.update(kind="array", values=_encode_array(col.to_numpy()))
        columns.append(entry)
    return {"t": "frame", "columns": columns, "index": encode([str(i) for i in frame.index])}


def decode_frame(node: dict, decode_child, budget: list[int]):
    """Rebuild a DataFrame from a ``frame`` node (kernel side)."""
    import pandas as pd

    data = {}
    for entry in node.get("columns") or []:
        kind = entry.get("kind")
        if kind == "category":
            codes = _decode_array(entry["codes"], budget)
            cats = decode_child(entry["categories"])
            data[entry["name"]] = pd.Categorical.from_codes(codes, categories=cats,
                                                            ordered=bool(entry.get("ordered")))
            if len(data) > MAX_ITEMS:
                raise WireError("frame has too many columns")
        elif kind == "object":
            data[entry["name"]] = pd.Series(decode_child(entry["values"]), dtype=object)
        elif kind == "array":
            data[entry["name"]] = _decode_array(entry["values"], budget)
        else:
            raise WireError(f"unknown frame column kind {kind!r}")
    index = decode_child(node.get("index"))
    try:
        frame = pd.DataFrame(data)
        frame.index = pd.Index(index)
    except (ValueError, TypeError) as exc:
        raise WireError(f"inconsistent frame ({exc})") from exc
    if node.get("series") is True:
        if frame.shape[1] != 1:
            raise WireError("a series node must have exactly one column")
        return frame.iloc[:, 0]
    return frame


def decode_returned(tag, node, decode_child, budget):
    """The grader's ``extra`` hook: pandas objects a student returned."""
    if tag == "frame":
        try:
            return decode_frame(node, decode_child, budget)
        except (KeyError, ValueError, TypeError) as exc:
            if isinstance(exc, WireError):
                raise
            raise WireError(f"unreadable frame ({type(exc).__name__})") from exc
    return None


# ------------------------------------------------------------------- decode
def _decode_array(node: dict, budget: list[int]) -> np.ndarray:
    dtype_str = node.get("dtype")
    shape = node.get("shape")
    data = node.get("data")
    if dtype_str not in ALLOWED_DTYPES:
        raise WireError(f"array dtype {dtype_str!r} is not allowed")
    if not isinstance(shape, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) and 0 <= n for n in shape
    ) or len(shape) > 32:
        raise WireError(f"array shape {shape!r} is not a list of non-negative ints")
    if not isinstance(data, str):
        raise WireError("array data is not a base64 string")
    dtype = np.dtype(dtype_str)
    n_bytes = math.prod(shape) * dtype.itemsize
    budget[0] -= n_bytes
    if budget[0] < 0:
        raise WireError("arrays on the wire exceed the size limit")
    try:
        raw = base64.b64decode(data, validate=True)
    except (ValueError, TypeError) as exc:
        raise WireError("array data is not valid base64") from exc
    if len(raw) != n_bytes:
        raise WireError(f"array data has {len(raw)} bytes; shape {shape} of {dtype} needs {n_bytes}")
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


def _decode(node: Any, depth: int, budget: list[int], extra) -> Any:
    if depth > MAX_DEPTH:
        raise WireError("value is nested too deeply")
    if node is None or isinstance(node, (bool, str)):
        return node
    if isinstance(node, int):
        return node
    if isinstance(node, float):
        return node
    if isinstance(node, list):
        if len(node) > MAX_ITEMS:
            raise WireError("list is too long")
        return [_decode(v, depth + 1, budget, extra) for v in node]
    if not isinstance(node, dict):
        raise WireError(f"unexpected JSON value of type {type(node).__name__}")
    tag = node.get("t")
    if tag == "dict":
        items = node.get("v")
        if not isinstance(items, dict):
            raise WireError("dict node without a mapping")
        return {str(k): _decode(v, depth + 1, budget, extra) for k, v in items.items()}
    if tag == "tuple":
        items = node.get("v")
        if not isinstance(items, list):
            raise WireError("tuple node without a list")
        return tuple(_decode(v, depth + 1, budget, extra) for v in items)
    if tag == "ndarray":
        return _decode_array(node, budget)
    if tag == "tensor":
        return _decode_array(node, budget).view(TensorMarker)
    if tag == "scalar":
        arr = _decode_array(node.get("array") or {}, budget)
        if arr.shape != ():
            raise WireError("scalar node with a non-scalar array")
        return arr[()]
    if tag == "int":
        text = node.get("v")
        if not isinstance(text, str) or len(text) > 400:
            raise WireError("bad big int")
        try:
            return int(text)
        except ValueError as exc:
            raise WireError("bad big int") from exc
    if tag == "float":
        if node.get("v") not in ("nan", "inf", "-inf"):
            raise WireError("bad special float")
        return float(node["v"])
    if tag == "complex":
        return complex(_decode(node.get("re"), depth + 1, budget, extra),
                       _decode(node.get("im"), depth + 1, budget, extra))
    if tag == "axes":
        inner = _decode(node.get("v"), depth + 1, budget, extra)
        if not isinstance(inner, dict):
            raise WireError("axes node without a mapping")
        return AxesDescription(inner)
    if tag == "opaque":
        name, kind = node.get("type"), node.get("kind")
        return Opaque(name[:200] if isinstance(name, str) else "unknown",
                      kind[:200] if isinstance(kind, str) else None)
    if extra is not None and isinstance(tag, str):
        decoded = extra(tag, node, lambda n: _decode(n, depth + 1, budget, extra), budget)
        if decoded is not None:
            return decoded
    raise WireError(f"unknown node tag {tag!r}")


def decode(node: Any, *, extra=None, max_bytes: int = MAX_ARRAY_BYTES) -> Any:
    """Decode a tree produced by :func:`encode`, strictly.

    Raises
    ------
    WireError
        On anything outside the schema.
    """
    return _decode(node, 0, [max_bytes], extra)


# ----------------------------------------------------------------- messages
def dumps(message: dict) -> bytes:
    """One message as a single line of UTF-8 JSON, newline-terminated."""
    return (json.dumps(message, separators=(",", ":"), allow_nan=False) + "\n").encode()


def _reject_constant(name: str) -> None:
    raise WireError(f"bare {name} is not allowed on the wire")


def loads(line: bytes) -> dict:
    """Parse one message line; the top level must be a JSON object."""
    try:
        message = json.loads(line, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WireError(f"message is not valid JSON: {exc}") from exc
    if not isinstance(message, dict):
        raise WireError("message is not a JSON object")
    return message
