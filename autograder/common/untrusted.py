"""Untrusted text, made safe once where it enters the grader.

Everything a submission controls reaches the grader as text: its output,
exception messages, type names, its folder name (the student id). That text
may hold lone surrogates (which cannot be written as UTF-8), terminal
escapes (which repaint a TA's terminal or hide lines of a log), bidi
overrides (which reorder what a reader sees), or a leading ``=`` that a
spreadsheet runs as a formula.

* :func:`clean` makes any text encodable: lone surrogates and other invalid
  code points become U+FFFD. Every string from a kernel passes through it.
* :func:`for_log` also drops terminal colour and title sequences (ANSI CSI
  and OSC: an IPython traceback is coloured) and escapes every other control
  and bidi character (keeping newlines and tabs), for per-student logs: plain
  text that shows, never obeys, what the submission printed.
* :func:`one_line` escapes newlines too, for a terminal line or a table cell.
* :func:`csv_cell` neutralises formulas as OWASP's CSV-injection guidance
  says: a cell that starts with ``= + - @``, a tab or a carriage return gets
  a leading single quote.
"""
from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# and the line/paragraph separators that some terminals and editors treat as newlines.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]")
# ANSI CSI (colours, cursor moves, clear screen) and OSC (window titles, hyperlinks) sequences
_ANSI = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|\x9b[0-?]*[ -/]*[@-~]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(text: object) -> str:
    """``text`` as a str that encodes as UTF-8: invalid code points become U+FFFD."""
    if not isinstance(text, str):
        text = str(text)
    return _SURROGATES.sub("\ufffd", text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_log(text: object) -> str:
    """Clean text without ANSI sequences, other control and bidi characters shown as ``\\x07``-style
    escapes; keeps newlines and tabs."""
    return _CONTROLS.sub(_escape, _ANSI.sub("", clean(text)))


def one_line(text: object, limit: int | None = None) -> str:
    """Like :func:`for_log`, with newlines and tabs escaped too; cut to ``limit`` characters."""
    line = for_log(text).replace("\t", "\\t").replace("\n", "\\n")
    if limit is not None and len(line) > limit:
        line = line[: max(0, limit - 1)] + "…"
    return line


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: numbers pass, formula-like strings get a leading quote."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = one_line(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def clean_tree(value):
    """``value`` with :func:`clean` applied to every string in it (lists, tuples, dicts, dataclasses)."""
    import dataclasses

    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [clean_tree(v) for v in value]
    if isinstance(value, tuple):
        return tuple(clean_tree(v) for v in value)
    if isinstance(value, dict):
        return {clean_tree(k): clean_tree(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: clean_tree(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value
