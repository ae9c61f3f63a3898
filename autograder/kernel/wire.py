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
* bounds every reply before it is parsed (:func:`scan`), then its value
  while it is decoded (:func:`decode`), by the limits of :class:`Limits`;
* turns every failure on a reply, whatever Python raised, into a
  :class:`WireError`: bad bytes cost one answer, never the grader.

Limits
------
All limits on what a kernel may send live in :class:`Limits` (one instance,
:data:`LIMITS`). Honest answers are far inside them: the largest are arrays of
a few MB (base64 in the JSON) and lists or dicts of a few thousand items.

=====================  ==========  ==================================================
limit                  value       bounds
=====================  ==========  ==================================================
``message_bytes``      32 MiB      one reply line (the grader reads no further)
``containers``         50,000      ``[`` plus ``{`` in the line (also ``]`` plus ``}``)
``separators``         250,000     ``,`` plus ``:`` in the line, so JSON values
                                   <= 1 + containers + separators
``json_depth``         72          nesting of lists and objects, outside strings
                                   (a value nested ``MAX_DEPTH`` deep needs 2 levels
                                   per level, plus the message around it)
``string_chars``       1 Mi        one decoded string (not array data)
``int_chars``          20          one integer literal (larger ints travel as
                                   ``{"t": "int"}`` strings; Python's int parsing
                                   is quadratic in the digits)
``array_bytes``        16 MiB      all arrays of one reply together (their base64
                                   takes 21.3 MiB of the line, leaving room for the rest)
=====================  ==========  ==================================================

Why this bounds time and memory: :func:`scan` runs only C-speed ``bytes``
methods (``count``, ``replace``, ``translate``, ``split``) and a numpy
cumulative sum over the brackets outside strings; for a line within the
limits, ``json.loads`` (one C call, which holds the GIL throughout) then builds
at most 300,001 values: 0.1 to 0.2 s at worst, in a few times the line's size
of memory (``benchmarks/hostile_replies.py`` measures it). Parsing in another
process would not help: its result would have to come back as bytes, to be
parsed again here. Counting brackets and
separators inside strings too only over-counts: a reply whose *strings* hold
50,000 brackets is refused, which no honest answer does.
"""
from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

#: dtypes an array on the wire may carry (numpy ``dtype.str`` spellings).
ALLOWED_DTYPES = frozenset(
    ["|b1", "|i1", "|u1"]
    + [f"<{k}{n}" for k in "iu" for n in (2, 4, 8)]
    + ["<f2", "<f4", "<f8", "<c8", "<c16"]
)
#: value nesting the encoder sends and the decoder accepts (deeper values are sent as opaque)
MAX_DEPTH = 32
#: items of one list or tuple the encoder sends and the decoder accepts
MAX_ITEMS = 100_000
#: largest size of one array dimension (a zero-size array may not claim more)
MAX_ARRAY_DIM = 2**31 - 1


@dataclass(frozen=True)
class Limits:
    """What one message on the wire may hold (the table in the module docstring says why).

    Attributes
    ----------
    message_bytes : int
        Bytes of one line, newline excluded.
    containers : int
        Lists and objects, counted as ``[`` plus ``{`` in the line (and,
        separately, ``]`` plus ``}``).
    separators : int
        ``,`` plus ``:`` in the line.
    json_depth : int
        Nesting of lists and objects outside strings.
    string_chars : int
        Characters of one decoded string or key (array data excepted).
    int_chars : int
        Characters of one integer literal, sign included.
    array_bytes : int
        Bytes of all decoded arrays together.
    """

    message_bytes: int = 32 * 1024 * 1024
    containers: int = 50_000
    separators: int = 250_000
    json_depth: int = 2 * MAX_DEPTH + 8
    string_chars: int = 1024 * 1024
    int_chars: int = 20
    array_bytes: int = 16 * 1024 * 1024


#: the limits every reply from a kernel is held to
LIMITS = Limits()
MAX_ARRAY_BYTES = LIMITS.array_bytes


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


def _dimensions(ndim: int) -> str:
    """Dimensions, not sizes (an answer's sizes follow the hidden inputs), as ``formats.describe`` says it."""
    return f"{ndim} dimension{'s' * (ndim != 1)}"


class TensorMarker(np.ndarray):
    """An ndarray that was (or is to become) a torch tensor on the other side."""

    def wire_kind(self) -> str:
        """What the value was, in the words of the format rules (``formats.describe``)."""
        return f"a torch tensor with {_dimensions(self.ndim)}"


class SubclassMarker(np.ndarray):
    """The values of an array that was an instance of an ndarray subclass (``numpy.matrix``, a masked
    array) on the kernel's side. The format rules ask for a plain ``numpy.ndarray`` and name the type
    that came instead; checks that read the values leniently still read them."""

    type_name = "numpy.ndarray subclass"

    def wire_kind(self) -> str:
        """What the value was, in the words of the format rules (``formats.describe``)."""
        return f"a {self.type_name} (a subclass of numpy.ndarray) with {_dimensions(self.ndim)}"


class OneShotIter(list):
    """Values the kernel receives as a one-shot iterator (``iter(list)``), e.g. a generator of seeds."""


class RangeArg:
    """A ``range`` the kernel receives as a real ``range``."""

    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        self.range = range(start, stop, step)


class ScalarMarker(np.ndarray):
    """A 0-d array the kernel receives as the numpy scalar it holds (``np.float64`` is a Python
    float, so without the mark it would arrive as one)."""


def as_numpy_scalar(value: np.generic) -> ScalarMarker:
    """Mark a numpy scalar so that the kernel receives it as that numpy scalar."""
    return np.asarray(value).view(ScalarMarker)


def as_tensor(arr: np.ndarray) -> TensorMarker:
    """Mark an array so that the kernel receives it as a torch tensor."""
    return np.ascontiguousarray(arr).view(TensorMarker)


class AxesDescription(dict):
    """The kernel's raw description of a matplotlib Axes a student returned.

    Keys (see ``artists.py``): ``xlabel``, ``ylabel`` (str), ``xlim``,
    ``ylim`` (2 floats), ``artists`` (list of ``{"kind", "box"}``). Untrusted:
    the grader validates it (``autograder/grading/plots.py``) and judges it against
    the values it asked to be plotted.
    """

    #: an assignment's format rules may accept it as an Axes (it says it is one)
    is_axes = True


class SharedArg:
    """An argument of a batched request that names its ``shared`` entry ``index``: the kernel
    passes the same object wherever it appears (so a call that changes it shows in the next)."""

    def __init__(self, index: int) -> None:
        self.index = index


class CopyArg:
    """An argument of a batched request that names its ``copies`` entry ``index``: the kernel
    decodes each entry of ``copies`` once and passes every call a fresh copy of it (the same
    dtype, shape and memory order a value sent in full arrives with), so that an array many
    calls take travels once, and a call that changes its copy changes nothing another call gets."""

    def __init__(self, index: int) -> None:
        self.index = index


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
                "kind": f"a numpy array with {_dimensions(arr.ndim)} and dtype {arr.dtype}"}
    # a Fortran-ordered array arrives Fortran-ordered: LAPACK wrappers that may overwrite their input
    # (scipy's overwrite_a=True) do so only on such arrays, and the caller's layout is the caller's
    fortran = arr.ndim > 1 and arr.flags.f_contiguous and not arr.flags.c_contiguous
    data = arr.tobytes(order="F") if fortran else np.ascontiguousarray(arr).tobytes()
    node = {
        "t": tag,
        "dtype": arr.dtype.str,
        "shape": list(arr.shape),
        "data": base64.b64encode(data).decode("ascii"),
    }
    if fortran:
        node["order"] = "F"
    return node


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
    if _depth >= MAX_DEPTH:  # the decoder accepts depth MAX_DEPTH: what is sent can be read
        return {"t": "opaque", "type": "too deeply nested"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return {"t": "int", "v": str(value)} if abs(value) > 2**53 else value
    if isinstance(value, float):
        # float(): np.float64 is a float whose repr is "np.float64(nan)"
        return value if math.isfinite(value) else {"t": "float", "v": repr(float(value))}
    if isinstance(value, complex):
        return {"t": "complex", "re": encode(value.real), "im": encode(value.imag)}
    if isinstance(value, np.generic):
        return {"t": "scalar", "array": _encode_array(np.asarray(value))}
    if isinstance(value, TensorMarker):
        return _encode_array(np.asarray(value), tag="tensor")
    if isinstance(value, ScalarMarker) and value.ndim == 0:
        return {"t": "scalar", "array": _encode_array(np.asarray(value))}
    if isinstance(value, np.ndarray):
        node = _encode_array(value)
        # a subclass changes what the values mean to a caller (numpy.matrix: X[0] is 2-D, X ** 2 a matrix
        # power): its name travels with them, so the format rules can refuse it by name
        if type(value) is not np.ndarray and not isinstance(value, SubclassMarker) and node["t"] == "ndarray":
            node["subclass"] = _qualname(value)[:200]
        return node
    if isinstance(value, FrameArg):
        return _encode_frame(value.frame)
    if isinstance(value, OneShotIter):
        return {"t": "iter", "v": [encode(v, _depth + 1, extra=extra) for v in list(value)[:MAX_ITEMS]]}
    if isinstance(value, SharedArg):
        return {"t": "shared", "i": int(value.index)}
    if isinstance(value, CopyArg):
        return {"t": "copy", "i": int(value.index)}
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


#: pandas' nullable extension dtypes a frame column may travel in (by their names), beside numpy's:
#: a student's code can tell them apart (``col.dtype == object`` is false for ``string``), so a
#: column keeps its dtype across the wire. A column holding pd.NA travels as objects instead.
EXTENSION_DTYPES = frozenset({"string", "boolean", "Float32", "Float64",
                              *(f"{sign}Int{bits}" for sign in ("", "U") for bits in (8, 16, 32, 64))})


def _extension_name(dtype) -> str | None:
    """The name of a nullable extension dtype listed in EXTENSION_DTYPES (None for numpy dtypes)."""
    import pandas as pd

    if isinstance(dtype, pd.StringDtype):
        return "string"  # whatever its storage: the kernel rebuilds the default one
    name = str(dtype)
    return name if pd.api.types.is_extension_array_dtype(dtype) and name in EXTENSION_DTYPES else None


def _encode_frame(frame) -> dict:
    import pandas as pd

    columns = []
    for name in frame.columns:
        col = frame[name]
        entry: dict = {"name": str(name)}
        if isinstance(name, (int, np.integer)) and not isinstance(name, (bool, np.bool_)):
            entry["int_name"] = True  # a frame built from an array or read without a header: columns 0, 1, ...
        extension = _extension_name(col.dtype)
        if extension is not None and bool(col.isna().any()):
            extension = None  # a column with pd.NA travels as objects, NA as None
            col = col.astype(object)
        if isinstance(col.dtype, pd.CategoricalDtype):
            entry.update(kind="category", codes=_encode_array(col.cat.codes.to_numpy()),
                         categories=encode(list(col.cat.categories)), ordered=bool(col.cat.ordered))
        elif col.dtype == object or pd.api.types.is_string_dtype(col.dtype):
            entry.update(kind="object", values=encode([None if v is None or v is pd.NA else v
                                                       for v in col.tolist()]))
        elif extension is not None:
            entry.update(kind="array", values=_encode_array(col.to_numpy(dtype=col.dtype.numpy_dtype)))
        else:
            entry.update(kind="array", values=_encode_array(col.to_numpy()))
        if extension is not None:
            entry["dtype"] = extension
        columns.append(entry)
    # integer row labels stay integers (label and position then differ, as in the student's own data)
    labels = [int(i) if isinstance(i, (int, np.integer)) and not isinstance(i, bool) else str(i) for i in frame.index]
    node = {"t": "frame", "columns": columns, "index": encode(labels)}
    if isinstance(frame.index.name, str):  # a named index (AnnData's obs: a barcode's name) keeps its name
        node["index_name"] = frame.index.name
    return node


def decode_frame(node: dict, decode_child, budget: list[int]):
    """Rebuild a DataFrame from a ``frame`` node (kernel side)."""
    import pandas as pd

    data = {}
    for entry in node.get("columns") or []:
        kind = entry.get("kind")
        if entry.get("int_name") is True:
            text = entry.get("name")
            if not (isinstance(text, str) and 0 < len(text) <= 20 and text.lstrip("-").isdigit()):
                raise WireError("an integer column label that is not an integer")
            entry = dict(entry, name=int(text))
        extension = entry.get("dtype")
        if extension is not None and (extension not in EXTENSION_DTYPES or kind not in ("object", "array")
                                      or (extension == "string") != (kind == "object")):
            raise WireError(f"frame column dtype {extension!r} is not one of pandas' nullable dtypes for a "
                            f"{kind!r} column")
        if kind == "category":
            codes = _decode_array(entry["codes"], budget)
            cats = decode_child(entry["categories"])
            data[entry["name"]] = pd.Categorical.from_codes(codes, categories=cats,
                                                            ordered=bool(entry.get("ordered")))
            if len(data) > MAX_ITEMS:
                raise WireError("frame has too many columns")
        elif kind == "object":
            values = decode_child(entry["values"])
            data[entry["name"]] = pd.Series(values, dtype=object) if extension is None else \
                pd.Series(pd.array(values, dtype=extension))
        elif kind == "array":
            values = _decode_array(entry["values"], budget)
            data[entry["name"]] = values if extension is None else pd.Series(pd.array(values, dtype=extension))
        else:
            raise WireError(f"unknown frame column kind {kind!r}")
    index = decode_child(node.get("index"))
    try:
        frame = pd.DataFrame(data)
        frame.index = pd.Index(index)
        name = node.get("index_name")
        if name is not None:
            if not isinstance(name, str) or len(name) > 1000:
                raise WireError("a frame's index name must be a short string")
            frame.index.name = name
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
    if not isinstance(shape, list) or len(shape) > 32 or not all(
        isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_ARRAY_DIM for n in shape
    ):
        raise WireError(f"array shape {str(shape)[:100]} is not a list of at most 32 sizes")
    if not isinstance(data, str):
        raise WireError("array data is not a base64 string")
    dtype = np.dtype(dtype_str)
    n_bytes = math.prod(shape) * dtype.itemsize
    budget[0] -= n_bytes
    if budget[0] < 0:
        raise WireError("arrays on the wire exceed the size limit")
    # the length tells before decoding whether the bytes can match the shape
    if len(data) != 4 * ((n_bytes + 2) // 3):
        raise WireError(f"array data of {len(data)} base64 characters does not fit shape {shape} "
                        f"of {dtype}, which needs {n_bytes} bytes")
    try:
        raw = base64.b64decode(data, validate=True)
    except (ValueError, TypeError) as exc:
        raise WireError("array data is not valid base64") from exc
    if len(raw) != n_bytes:
        raise WireError(f"array data has {len(raw)} bytes; shape {shape} of {dtype} needs {n_bytes}")
    order = node.get("order", "C")
    if order not in ("C", "F"):
        raise WireError(f"array order {str(order)[:10]!r} is neither 'C' nor 'F'")
    return np.frombuffer(raw, dtype=dtype).reshape(shape, order=order).copy(order=order)


def _checked_text(text: str) -> str:
    """A decoded string within the length limit and encodable (no lone surrogates)."""
    if len(text) > LIMITS.string_chars:
        raise WireError(f"a string of {len(text)} characters, more than the {LIMITS.string_chars} allowed")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise WireError("a string that is not valid Unicode (a lone surrogate)") from exc
    return text


def _real(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WireError("complex node with a part that is not a real number")
    return value


def _decode(node: Any, depth: int, budget: list[int], extra) -> Any:
    if depth > MAX_DEPTH:
        raise WireError("value is nested too deeply")
    if node is None or isinstance(node, (bool, int, float)):
        return node
    if isinstance(node, str):
        return _checked_text(node)
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
        return {_checked_text(k): _decode(v, depth + 1, budget, extra) for k, v in items.items()}
    if tag == "tuple":
        items = node.get("v")
        if not isinstance(items, list):
            raise WireError("tuple node without a list")
        return tuple(_decode(v, depth + 1, budget, extra) for v in items)
    if tag == "ndarray":
        arr = _decode_array(node, budget)
        subclass = node.get("subclass")
        if subclass is None:
            return arr
        if not isinstance(subclass, str) or len(subclass) > 200:
            raise WireError("array subclass name is not a string of at most 200 characters")
        marked = arr.view(SubclassMarker)
        marked.type_name = _checked_text(subclass)
        return marked
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
        return complex(_real(_decode(node.get("re"), depth + 1, budget, extra)),
                       _real(_decode(node.get("im"), depth + 1, budget, extra)))
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

    Parameters
    ----------
    node : object
        A parsed JSON value (from :func:`loads`), untrusted.
    extra : callable, optional
        ``extra(tag, node, decode_child, budget) -> value or None`` for tags
        this module does not know (frames, iterators, ranges).
    max_bytes : int
        Bytes all arrays of the tree may hold together.

    Raises
    ------
    WireError
        On anything outside the schema or the limits, and on any other error
        Python raises while decoding (a hostile tree must cost one value).
    """
    try:
        return _decode(node, 0, [max_bytes], extra)
    except WireError:
        raise
    except Exception as exc:  # noqa: BLE001 - RecursionError, MemoryError, OverflowError, ... all mean "unreadable"
        raise WireError(f"the value is malformed ({type(exc).__name__}: {str(exc)[:200]})") from exc


# ----------------------------------------------------------------- messages
def dumps(message: dict) -> bytes:
    """One message as a single line of UTF-8 JSON, newline-terminated."""
    return (json.dumps(message, separators=(",", ":"), allow_nan=False) + "\n").encode()


def _reject_constant(name: str) -> None:
    raise WireError(f"malformed: bare {name} is not allowed on the wire")


#: every byte but a quote and the four brackets (``bytes.translate`` deletes these)
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
#: opening brackets to +1, closing ones to -1 (as int8)
_DEPTH_STEPS = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")


def scan(line: bytes, limits: Limits = LIMITS) -> None:
    """Refuse a message line that is too large, too deep or too busy to parse cheaply.

    Runs before ``json.loads`` and only at C speed, in memory about the size of
    ``line``: its size, that it is ASCII (``dumps`` writes nothing else), the
    counts of brackets and separators anywhere in it, then the nesting depth
    of the brackets outside strings. A line that passes parses within the
    bounds the module docstring states.

    Parameters
    ----------
    line : bytes
        One message, without its newline.
    limits : Limits

    Raises
    ------
    WireError
        Saying whether the message is too large, too deep or malformed.
    """
    size = len(line)
    if size > limits.message_bytes:
        raise WireError(f"too large: {size} bytes, more than the {limits.message_bytes} allowed")
    if not line.isascii():
        raise WireError("malformed: the message is not ASCII JSON")
    for what, count in (("opening brackets", line.count(b"[") + line.count(b"{")),
                        ("closing brackets", line.count(b"]") + line.count(b"}"))):
        if count > limits.containers:
            raise WireError(f"too large: {count} {what}, more than the {limits.containers} "
                            "lists and objects allowed")
    separators = line.count(b",") + line.count(b":")
    if separators > limits.separators:
        raise WireError(f"too large: {separators} separators, more than the {limits.separators} allowed")
    # Without escaped backslashes and escaped quotes, every quote left opens or closes a string
    # (up to the first syntax error, where json.loads stops too). No copy when there are none.
    bare = line.replace(b"\\\\", b"").replace(b'\\"', b"")
    quotes = bare.count(b'"')
    if quotes > 2 * (1 + limits.containers + limits.separators):
        raise WireError(f"too large: {quotes // 2} strings, more than a message of this size can hold")
    skeleton = bare.translate(None, _NOT_STRUCTURE)  # quotes and brackets only: small after the counts
    del bare
    outside = b"".join(skeleton.split(b'"')[::2])  # the brackets outside strings, in order
    if outside:
        depth = int(np.frombuffer(outside.translate(_DEPTH_STEPS), dtype=np.int8).cumsum(dtype=np.int32).max())
        if depth > limits.json_depth:
            raise WireError(f"too deep: nested {depth} levels, more than the {limits.json_depth} allowed")


def loads(line: bytes, limits: Limits | None = LIMITS) -> dict:
    """Parse one message line; the top level must be a JSON object.

    Parameters
    ----------
    line : bytes
        One message, without its newline.
    limits : Limits or None
        What the line may hold (:func:`scan`). None parses anything: only for
        the grader's own requests, read by the agent (they may carry a
        submission's files, larger than any reply).

    Raises
    ------
    WireError
        For any line outside the limits or the syntax, whatever Python raised.
    """
    try:
        if limits is None:
            message = json.loads(line, parse_constant=_reject_constant)
        else:
            scan(line, limits)

            def parse_int(text: str) -> int:
                if len(text) > limits.int_chars:
                    raise WireError(f"too large: an integer of {len(text)} characters, more than the "
                                    f"{limits.int_chars} allowed")
                return int(text)

            # str, not bytes: json.loads would guess UTF-16 or UTF-32 from NUL bytes
            message = json.loads(line.decode("ascii"), parse_constant=_reject_constant, parse_int=parse_int)
    except WireError:
        raise
    except Exception as exc:  # noqa: BLE001 - RecursionError, MemoryError, ... : hostile bytes cost one answer
        raise WireError(f"malformed: not valid JSON ({type(exc).__name__}: {str(exc)[:200]})") from exc
    if not isinstance(message, dict):
        raise WireError("malformed: the message is not a JSON object")
    return message
