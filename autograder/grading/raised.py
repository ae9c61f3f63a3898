"""Where the student's own code raised, for the message of a checked call that raised.

When a checked call raises, the kernel's agent reports the exception's type,
its message and the text of ``traceback.format_exception``: frames of the
agent, of libraries and of the notebook's cells, which IPython compiles as
``<ipython-input-N-H>`` where ``H`` starts the SHA-1 of the cell's code.
:func:`locate` finds the innermost frame that lies in one of the student's
cells, matched by that hash against the grader's own copy of the plan, and
names the cell, the line and that line's source, e.g. ``at line 12 of your
exercise 2 cell: `np.linalg.solve(A, b)```.

The report is untrusted (the student's code can forge it), so it only chooses
a cell and a line number: the text shown is always the grader's copy of the
student's own cell. Nothing the kernel sends can put another text there, such
as a hidden input; a forged report can only point at another line of the
student's own code.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from autograder.grading.notebooks import PlannedCell
from autograder.common.untrusted import one_line

#: a frame of a notebook cell in ``traceback.format_exception`` text
_CELL_FRAME = re.compile(r'^\s*File "<ipython-input-\d+-([0-9a-f]{1,40})>", line (\d+)')
#: longest source line quoted in a message
MAX_SOURCE_CHARS = 120
#: the reports the agent sends are at most this long; more is not read
MAX_TRACEBACK_CHARS = 16000


@dataclass(frozen=True)
class Where:
    """A line of one of the student's cells.

    Attributes
    ----------
    cell : str
        The cell as a student calls it: ``your exercise 2 cell``.
    line : int
        1-based, as in the cell.
    source : str
        That line of the cell, stripped and on one line.
    """

    cell: str
    line: int
    source: str

    def text(self) -> str:
        """``at line 12 of your exercise 2 cell: `np.linalg.solve(A, b)```."""
        return f"at line {self.line} of {self.cell}: `{self.source}`"


def cell_name(cell: PlannedCell, exercises: list[str]) -> str:
    """How a student calls one of their cells: ``your exercise 2 cell``, ``your cell after ex2_fit``.

    ``exercises`` are the assignment's exercises in notebook order: the second is "exercise 2".
    """
    label = cell.label
    if label.startswith("solution cell ") and cell.exercise in exercises:
        copy = label.partition(" (")[2]
        return f"your exercise {exercises.index(cell.exercise) + 1} cell" + (f" ({copy}" if copy else "")
    return label if label.startswith("your ") else f"your cell {label}"


def _code_hashes(source: str) -> set[str]:
    """The hashes IPython may put in the name of a cell holding ``source``: it compiles the code
    with a final newline added when there is none."""
    forms = {source, source + "\n"} if not source.endswith("\n") else {source}
    return {hashlib.sha1(form.encode("utf-8", "replace")).hexdigest() for form in forms}  # noqa: S324 - IPython's name


class Locator:
    """Finds student frames of a plan's cells in the kernel's traceback text."""

    def __init__(self, plan: list[PlannedCell], exercises: Sequence[str] | None = None) -> None:
        """``exercises``: every exercise of the assignment in notebook order (the instructor's solution
        cells), so a cell is numbered the same whichever cells the submission kept; without it, the
        plan's own exercises (a submission that lost a solution cell would renumber the others)."""
        self._cells = [(cell, _code_hashes(cell.source)) for cell in plan if cell.owner == "student"]
        self._exercises = (list(exercises) if exercises is not None
                           else list(dict.fromkeys(cell.exercise for cell in plan if cell.exercise)))

    def locate(self, traceback_text: object) -> Where | None:
        """The innermost frame of ``traceback_text`` in one of the student's cells, or None.

        Parameters
        ----------
        traceback_text : object
            ``traceback`` of the agent's error report (any JSON value: the kernel is untrusted).
        """
        if not isinstance(traceback_text, str):
            return None
        frames = [m for m in map(_CELL_FRAME.match, traceback_text[-MAX_TRACEBACK_CHARS:].splitlines()) if m]
        for frame in reversed(frames):
            prefix, line = frame.group(1), int(frame.group(2))
            for cell, hashes in self._cells:
                lines = cell.source.splitlines()
                if any(h.startswith(prefix) for h in hashes) and len(prefix) >= 8 and 1 <= line <= len(lines):
                    return Where(cell_name(cell, self._exercises), line,
                                 one_line(lines[line - 1].strip(), MAX_SOURCE_CHARS))
        return None
