"""What a run prints fits an 80-column terminal, and a pipe gets a few lines, not one per student.

The progress line and the calibration ticker write to a real pseudo-terminal
set to 80 columns (``TIOCSWINSZ``) and to a pipe; the result table is made
for 80 columns; what ``grade`` prints around it (the ``sandbox:`` line, the
class summary) wraps whole at 80 columns on the terminal and stays one line
per fact on a pipe. Nothing here grades a notebook: ``grade``'s printing runs
on a stand-in run and made-up results (``report_class.made_up``).
"""
from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import struct
import termios
import threading
import time

import pytest

from genomics import ASSIGNMENT, EXERCISES, GENOMICS
from autograder.grading.submission import SubmissionResult
from autograder.outputs.grades import _short_name, table
from autograder.common.terminal import Progress, Ticker

#: a folder name nbgrader takes, as long as one may be
LONG_ID = ("a-student-id-as-long-as-a-folder-name-may-be-" * 6)[:243]
ERROR = ("the notebook could not be read: " + "nbformat says the JSON is invalid at line 1 column 2 " * 3
         + "USEFUL-END: resubmit the notebook saved by Jupyter")
CLEAR = re.compile(r"\x1b\[K")


@pytest.fixture
def terminal_80(monkeypatch):
    """A pseudo-terminal of 80 columns: ``(stream to write, function returning all it showed)``."""
    monkeypatch.delenv("COLUMNS", raising=False)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    shown = bytearray()

    def drain():
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    stream = os.fdopen(slave, "w", encoding="utf-8")

    def output() -> str:
        stream.flush()
        time.sleep(0.2)
        return shown.decode("utf-8")

    yield stream, output
    stream.close()
    os.close(master)
    reader.join(timeout=2)


def screen_lines(text: str) -> list[str]:
    """Every piece of ``text`` a terminal shows on one row: split at carriage returns and newlines."""
    return [piece for piece in re.split(r"[\r\n]", CLEAR.sub("", text)) if piece]


def test_the_progress_line_on_an_80_column_terminal_never_exceeds_80_columns_and_stays_on_one_line(terminal_80):
    stream, output = terminal_80
    bar = Progress(40, True, stream=stream)
    assert bar.tty
    for n in range(40):
        bar.step(LONG_ID if n % 2 else f"student-{n}")
    shown = output()
    assert max(len(line) for line in screen_lines(shown)) <= 80, screen_lines(shown)
    assert shown.count("\n") == 1  # rewritten in place; one newline when the class is done
    assert "40/40" in screen_lines(shown)[-1]


def test_a_pipe_gets_a_start_line_a_line_per_tenth_and_the_end_not_one_line_per_student(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    read, write = os.pipe()
    with os.fdopen(write, "w", encoding="utf-8") as stream:
        bar = Progress(200, True, stream=stream)
        assert not bar.tty
        for n in range(200):
            bar.step(LONG_ID if n % 2 else f"student-{n}")
    with os.fdopen(read, encoding="utf-8") as piped:
        lines = piped.read().splitlines()
    assert lines[0] == "grading: 0/200 done" and "200/200" in lines[-1]
    assert len(lines) <= 12, lines
    assert max(len(line) for line in lines) <= 80 and not any("\r" in line or "\x1b" in line for line in lines)


def test_a_pipe_also_gets_a_line_every_30_seconds_when_a_tenth_takes_longer():
    stream = io.StringIO()
    bar = Progress(1000, True, stream=stream, tty=False, width=80, every_s=0.05)
    bar.step("a")
    time.sleep(0.06)
    bar.step("b")
    assert stream.getvalue().splitlines()[-1].startswith("[") and " 2/1000 " in stream.getvalue()


def test_the_calibration_shows_it_runs_on_a_terminal_within_80_columns_and_on_a_pipe():
    stream = io.StringIO()
    with Ticker("preparing the sandbox", True, stream=stream, tty=True, width=80, every_s=0.02) as ticker:
        time.sleep(0.1)
        ticker.relabel("calibrating on the instructor's solutions " + "x" * 100)
        time.sleep(0.1)
    shown = stream.getvalue()
    assert "preparing the sandbox: 0 s" in shown and "calibrating on the instructor's solutions" in shown
    assert max(len(line) for line in screen_lines(shown)) <= 80 and shown.endswith("\r\x1b[K")
    piped = io.StringIO()
    with Ticker("calibrating on the instructor's solutions", True, stream=piped, tty=False, every_s=0.02):
        time.sleep(0.15)
    assert 2 <= len(piped.getvalue().splitlines()) <= 10
    silent = io.StringIO()
    with Ticker("calibrating", False, stream=silent, every_s=0.01):  # --quiet
        time.sleep(0.05)
    assert silent.getvalue() == ""


def _graded(student: str, scores: list[float]) -> SubmissionResult:
    exercises = {ex: {"score": float(s), "max_score": 5.0} for ex, s in zip(EXERCISES, scores, strict=True)}
    return SubmissionResult(student, "graded", None, exercises, 20.0)


def test_the_result_table_fits_80_columns_with_a_243_character_id_and_wraps_an_error_note_whole():
    results = [_graded("alice", [5, 5, 5, 5]), _graded(LONG_ID, [0, 0, 0, 0]),
               SubmissionResult(LONG_ID[:-1] + "b", "error", ERROR, {}, 20.0)]
    text = table(GENOMICS, results, width=80)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80, "\n".join(lines)
    # the useful end of the error is shown, on indented lines under the row
    assert "USEFUL-END: resubmit the notebook saved by Jupyter" in " ".join(line.strip() for line in lines)
    broken = _short_name(LONG_ID[:-1] + "b")
    row = next(i for i, line in enumerate(lines) if line.startswith(broken + " "))
    assert "ERROR" not in lines[row] and lines[row + 1].startswith("    ERROR: the notebook could not be read")
    # two long ids that differ only at the end stay apart: their start and end are kept
    assert broken != _short_name(LONG_ID) and len(broken) <= 20 and broken.endswith("b")


def test_the_result_table_keeps_short_notes_on_the_row():
    lines = table(GENOMICS, [_graded("bob", [5, 5, 0, 5])], width=80).splitlines()
    assert lines[2].startswith("bob") and max(len(line) for line in lines) <= 80


# --- what `autograder grade` and `demo` print around the table: the sandbox's description and the class summary


def _sandbox_lines() -> list[str]:
    """The ``sandbox:`` line a root grader and an ordinary user get, as the run words it (no sandbox started)."""
    from types import SimpleNamespace

    from autograder.common.config import GradingConfig
    from autograder.sandbox.identity import SandboxIdentity
    from autograder.sandbox.kernels import KernelSource
    from autograder.sandbox.policy import SandboxPolicy
    from autograder.sandbox.seccomp_policy import CompiledFilter

    lines = []
    for identity, cgroups in ((SandboxIdentity(61000, 61000, switch=True), True),
                              (SandboxIdentity(os.getuid() or 1000, os.getgid() or 1000, switch=False), False)):
        policy = SandboxPolicy(GradingConfig(), identity, cgroups, CompiledFilter(b"", ("kexec_load",)))
        kernels = SimpleNamespace(launcher=SimpleNamespace(describe=policy.describe, policy=policy),
                                  templates=[1, 2], host_uids=lambda: [61002, 61003])
        lines.append(f"sandbox: {KernelSource.describe(kernels)}")
    return lines


def _grade_printing(monkeypatch, root) -> list[str]:
    """``autograder grade``'s printing, the run itself a stand-in that logs the sandbox's lines; the lines logged."""
    import random

    import autograder.course.classrun
    from autograder.cli.commands import _grade_locked
    from autograder.common.config import GradingConfig
    from autograder.course.folder import Course
    from report_class import made_up

    logged = _sandbox_lines()
    rng = random.Random(0)
    results = [made_up(f"{LONG_ID[:40]}-{n}", rng) for n in range(12)]  # long ids: the flagged names are long

    def stand_in(root, config, *, log=print, **_):
        for line in logged:
            log(line)
        return results

    monkeypatch.setattr(autograder.course.classrun, "grade_course", stand_in)
    assert _grade_locked(Course(root, GENOMICS), GradingConfig(), force=False, only=None, quiet=False) == 0
    return logged


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_sandbox_line_and_the_class_summary_wrap_whole_on_an_80_column_terminal(terminal_80, monkeypatch,
                                                                                    tmp_path):
    import sys

    stream, output = terminal_80
    monkeypatch.setattr(sys, "stdout", stream)
    logged = _grade_printing(monkeypatch, tmp_path)
    lines = screen_lines(output())
    assert max(len(line) for line in lines) <= 80, "\n".join(line for line in lines if len(line) > 80)
    for sandbox in logged:
        # wrapped at spaces, every word kept, the continuation lines indented under their first line
        start = next(i for i, line in enumerate(lines) if sandbox.startswith(line))
        end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
        assert end - start >= 2 and _flat(" ".join(lines[start:end])) == _flat(sandbox)
    summary = lines[next(i for i, line in enumerate(lines) if line.startswith("class summary:")):]
    shown = _flat(" ".join(summary))
    assert "flagged (below 50% of 20, or not graded): " in shown
    # a path wider than the terminal is broken after a "/", whole: its pieces joined give it back
    page = tmp_path / "reports" / ASSIGNMENT / "index.html"
    assert f"report: {page}" in "".join(line.lstrip() for line in summary)
    report = next(line for line in summary if line.startswith("  report: "))
    assert len(f"  report: {page}") < 80 or report.endswith("/")
    assert f"{LONG_ID[:39]}…" in shown  # a flagged id is shown as the summary cuts it, not cut again
    assert all(line.startswith(("class summary:", "  ")) for line in summary)
    assert any(line.startswith("      ") for line in summary)  # an item's continuation, under the item


def test_off_a_terminal_the_sandbox_line_and_each_summary_item_stay_one_line(monkeypatch, tmp_path, capsys):
    logged = _grade_printing(monkeypatch, tmp_path)
    lines = capsys.readouterr().out.splitlines()
    assert all(line in lines for line in logged)
    summary = lines[next(i for i, line in enumerate(lines) if line.startswith("class summary:")):]
    assert [line.split(":")[0].strip() for line in summary] == [
        "class summary", "mean per exercise", "most failed checks", "flagged (below 50% of 20, or not graded)",
        "errors", "report"]
