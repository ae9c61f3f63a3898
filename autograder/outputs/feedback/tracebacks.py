"""The student's own traceback lines, cut out of a kernel's error report.

When a cell raises, the kernel's agent sends ``traceback.format_exception``
text. It holds frames of IPython and of the agent (grader code a student has
no use for, and must not see) besides the frames of the notebook's cells.
Only the cells' frames (IPython compiles every cell as
``<ipython-input-N-hash>``) and the exception lines are kept, bounded, so the
feedback can show a student where their cell failed. The text comes from the
sandbox: it is untrusted, kept as plain text, and escaped wherever it is shown.
"""
from __future__ import annotations

import re

from autograder.common.untrusted import for_log

#: at most this many lines and characters per line are kept
MAX_LINES = 30
MAX_LINE_CHARS = 240
_CELL_FILE = re.compile(r'^\s*File "<ipython-input-[^">]*>", (line \d+)(, in .*)?$')
_OTHER_FILE = re.compile(r'^\s*File "')
HEADER = "Your cell's traceback (most recent call last):"


def student_traceback(text: object) -> str:
    """The cell frames and exception lines of a kernel's traceback text ("" when there are none).

    Parameters
    ----------
    text : object
        ``traceback`` of the agent's error reply (any JSON value: the kernel is untrusted).

    Returns
    -------
    str
        Lines such as ``Your cell's traceback (most recent call last):``, ``  In your cell, line 2, in f``,
        the source line under it, and ``NameError: name 'x' is not defined``.
    """
    if not isinstance(text, str) or not text.strip():
        return ""
    kept: list[str] = []
    keeping = False  # inside a frame of a cell
    for raw in for_log(text[-16000:]).splitlines():
        line = raw.rstrip()
        cell = _CELL_FILE.match(line)
        if cell:
            keeping = True
            kept.append(f"  In your cell, {cell.group(1)}{cell.group(2) or ''}")
        elif _OTHER_FILE.match(line):
            keeping = False  # IPython, agent or library frame: left out
        elif line.startswith("    ") or not line.strip():
            if keeping and line.strip():
                kept.append(line)
        else:
            keeping = False  # a header or the exception line itself
            # said as the student's own, never read as a crash of the grader
            kept.append(HEADER if line.strip() == "Traceback (most recent call last):" else line)
    kept = [line if len(line) <= MAX_LINE_CHARS else line[:MAX_LINE_CHARS - 1] + "…" for line in kept]
    if len(kept) > MAX_LINES:
        kept = kept[:2] + ["  ..."] + kept[-(MAX_LINES - 3):]
    return "\n".join(kept)
