"""What a run prints while it works: fitted to the terminal, and short when no one is watching.

* On a terminal, one line is rewritten in place (``\\r``), cut to the
  terminal's width and never padded beyond it, so an 80-column terminal
  keeps one line instead of a new one per update.
* Off a terminal (a pipe, a log file, cron), a run prints a start line, a
  line each time another tenth of the class is done or 30 s passed, and the
  end: a few lines for any class size.
* Lines of prose (the sandbox's description, the class summary) are wrapped
  on a terminal at its width, on word boundaries, continuation lines
  indented (:func:`wrap`, :func:`say`); off one each stays one line per fact.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap
import threading
import time

#: off a terminal, a progress line at most this often when no tenth of the class was crossed
QUIET_EVERY_S = 30.0
#: the narrowest width lines are fitted to (a width this small is a misreport)
MIN_COLUMNS = 40


def columns(stream=None) -> int:
    """The width lines written to ``stream`` must fit: ``COLUMNS``, the stream's terminal, else 80."""
    if not os.environ.get("COLUMNS"):
        try:
            return max(MIN_COLUMNS, os.get_terminal_size((stream or sys.stderr).fileno()).columns)
        except (OSError, ValueError, AttributeError):
            pass
    return max(MIN_COLUMNS, shutil.get_terminal_size((80, 24)).columns)


def fit(line: str, width: int) -> str:
    """``line`` cut to ``width - 1`` characters (the last column would wrap on some terminals)."""
    limit = max(1, width - 1)
    return line if len(line) <= limit else line[: limit - 1] + "…"


#: how much deeper than its line's own indent a wrapped line's continuation starts
WRAP_INDENT = "    "


def wrap(text: str, stream=None, *, tty: bool | None = None, width: int | None = None) -> str:
    """``text`` as ``stream`` shows it whole: on a terminal, each line wrapped to fit the terminal's width.

    Lines break at spaces, never cut: a continuation starts :data:`WRAP_INDENT`
    deeper than its line's own indent, and only a word wider than the whole
    line (a long path) is split. Off a terminal (a pipe, a log file) ``text``
    is returned as it is, one line per fact, unless a ``width`` is given.
    ``stream`` is stdout unless given; ``tty`` overrides what it says it is.
    """
    stream = stream or sys.stdout
    if width is None:
        if not (_is_tty(stream) if tty is None else tty):
            return text
        width = columns(stream)
    limit = max(MIN_COLUMNS, width) - 1  # the last column wraps on some terminals
    lines = []
    for line in text.split("\n"):
        if len(line) <= limit:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))][: limit // 2]
        lines += _Wrapper(width=limit, subsequent_indent=indent + WRAP_INDENT, break_long_words=True,
                          break_on_hyphens=False).wrap(line)
    return "\n".join(lines)


class _Wrapper(textwrap.TextWrapper):
    """Breaks a word wider than a line (a path) after one of its ``/`` where it can, rather than anywhere."""

    def _split(self, text: str) -> list[str]:
        chunks = []
        for chunk in super()._split(text):
            if len(chunk) > self.width - len(self.subsequent_indent) and "/" in chunk:
                chunks += re.findall(r"[^/]*/|[^/]+", chunk)
            else:
                chunks.append(chunk)
        return chunks


def say(*parts, stream=None) -> None:
    """``print(*parts)`` to ``stream`` (stdout), wrapped by :func:`wrap` to fit a terminal's width."""
    stream = stream or sys.stdout
    print(wrap(" ".join(str(p) for p in parts), stream), file=stream, flush=True)


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """The class's progress on ``stream`` (stderr): a bar with ETA on a terminal, a few lines off one.

    ``tty`` and ``width`` are the terminal's unless given (tests give them).
    """

    def __init__(self, total: int, enabled: bool, *, stream=None, tty: bool | None = None,
                 width: int | None = None, every_s: float = QUIET_EVERY_S) -> None:
        self.total, self.done, self.started = total, 0, time.monotonic()
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self.tty = _is_tty(self.stream) if tty is None else tty
        self.width = width
        self.every_s = every_s
        self._last_tenth, self._last_line_at = 0, self.started
        if self.enabled and not self.tty:
            self._write(f"grading: 0/{total} done\n")

    def _columns(self) -> int:
        return self.width or columns(self.stream)

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def line(self, label: str) -> str:
        """The progress line after ``done`` submissions, ``label`` the last one, fitted to the width."""
        width = self._columns()
        elapsed = time.monotonic() - self.started
        eta = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        counts = f" {self.done}/{self.total}  {elapsed:.0f} s, ETA {eta:.0f} s  "
        # the bar takes what is left of a third of the line, 10 to 30 characters
        size = max(10, min(30, width // 3, width - len(counts) - 3))
        bar = "#" * int(size * self.done / self.total)
        return fit(f"[{bar:<{size}}]{counts}{label}", width)

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.tty:
            # rewrite the line and clear what a longer earlier line left; never pad past the width
            self._write("\r" + self.line(label) + "\x1b[K" + ("\n" if self.done == self.total else ""))
            return
        tenth = 10 * self.done // self.total
        now = time.monotonic()
        if self.done == self.total or tenth > self._last_tenth or now - self._last_line_at >= self.every_s:
            self._last_tenth, self._last_line_at = tenth, now
            self._write(self.line(label).rstrip() + "\n")


class Ticker:
    """While a long step with no steps of its own runs (calibration), show that it runs and for how long.

    On a terminal one line counts the seconds in place (and is erased at the
    end); off one, a line every ``every_s`` seconds.
    """

    def __init__(self, label: str, enabled: bool, *, stream=None, tty: bool | None = None,
                 width: int | None = None, every_s: float | None = None) -> None:
        self.label, self.enabled = label, enabled
        self.stream = stream or sys.stderr
        self.tty = _is_tty(self.stream) if tty is None else tty
        self.width = width
        self.every_s = every_s if every_s is not None else (1.0 if self.tty else 10.0)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._shown = False
        self._lock = threading.Lock()
        self.started = time.monotonic()

    def _show(self, elapsed: float) -> None:
        line = fit(f"{self.label}: {elapsed:.0f} s", self.width or columns(self.stream))
        with self._lock:
            self.stream.write(("\r" + line + "\x1b[K") if self.tty else line + "\n")
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        """Erase the line on a terminal, so that a message printed now starts a clean line."""
        with self._lock:
            if self._shown and self.tty:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            self._shown = False

    def relabel(self, label: str) -> None:
        """A new step begins: its label, and its seconds counted from now."""
        self.label, self.started = label, time.monotonic()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self._show(time.monotonic() - self.started)

    def __enter__(self) -> Ticker:
        if self.enabled:
            self._thread = threading.Thread(target=self._run, name="ticker", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.clear()  # the next line starts on a clean line
