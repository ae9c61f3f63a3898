"""The files ``nbgrader release_feedback`` needs beside a feedback page, and who cannot fetch theirs.

nbgrader 0.9's ``release_feedback`` copies every
``feedback/<student>/<assignment>/<notebook>.html`` to the exchange as
``<md5(submission secret + notebook id)>.html``; it reads ``timestamp.txt``
and ``submission_secret.txt`` from the same folder and stops with a
traceback, releasing nobody after that student, when either is missing. The
student's ``fetch_feedback`` finds the page by the same hash, from the secret
their own ``nbgrader submit`` kept in their cache. ``nbgrader
generate_feedback`` gets both files from the autograded folder; ours come from
the submission itself, where ``nbgrader submit`` and ``collect`` put them.

A submission copied in by hand (or by ``zip_collect``) has no secret: no
student cache knows it, so ``fetch_feedback`` cannot find that page whatever
is released. Such a folder gets a placeholder secret (kept across runs, so
the exchange gets one file per page, not one per run) and, if needed, a
``timestamp.txt`` from the notebook's modification time, only so that
``release_feedback`` goes on to the rest of the class; the TA is told to hand
those pages over another way.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from pathlib import Path

from autograder.common.untrusted import one_line

TIMESTAMP = "timestamp.txt"
SECRET = "submission_secret.txt"  # noqa: S105 - a file name, not a password
#: nbgrader's own timestamp format (``nbgrader submit`` writes it, ``parse_utc`` reads it)
NBGRADER_TIME = "%Y-%m-%d %H:%M:%S.%f %Z"


def _read(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text if text.strip() else None


def delivery_files(submission: Path, feedback: Path, notebook: str) -> tuple[dict[str, str], bool]:
    """The ``timestamp.txt`` and ``submission_secret.txt`` to write beside a page, and whether it is fetchable.

    Parameters
    ----------
    submission : Path
        ``COURSE/submitted/<student>/<assignment>``.
    feedback : Path
        ``COURSE/feedback/<student>/<assignment>``, where the page goes.
    notebook : str
        The assignment's notebook file name (its time stands in for a missing ``timestamp.txt``).

    Returns
    -------
    files : dict
        File name to text, always both files.
    fetchable : bool
        True when the submission has the secret of an ``nbgrader submit``, so
        the student's ``fetch_feedback`` will find the released page.
    """
    timestamp = _read(submission / TIMESTAMP)
    secret = _read(submission / SECRET)
    fetchable = secret is not None
    if secret is None:
        # a placeholder nobody's cache holds: release_feedback can go on; reuse it so reruns add no file
        previous = _read(feedback / SECRET)
        secret = previous if previous and previous.startswith("placeholder-") else \
            f"placeholder-{secrets.token_hex(32)}"
    if timestamp is None:
        try:
            mtime = (submission / notebook).stat().st_mtime
        except OSError:
            mtime = datetime.now(timezone.utc).timestamp()
        timestamp = datetime.fromtimestamp(mtime, timezone.utc).strftime(NBGRADER_TIME)
    return {TIMESTAMP: timestamp, SECRET: secret}, fetchable


def missing_note(students: list[str], listing: Path) -> str:
    """What the TA must do for submissions that ``fetch_feedback`` cannot reach."""
    shown = ", ".join(one_line(s, limit=40) for s in students[:10]) + (", ..." if len(students) > 10 else "")
    return (f"warning: {len(students)} submission(s) did not come through `nbgrader submit` (no "
            f"{SECRET}: copied by hand or by zip_collect), so `nbgrader fetch_feedback` cannot find their "
            f"pages: hand those pages over yourself (email, LMS), or have the students submit with nbgrader "
            f"and collect again. `nbgrader release_feedback` still works for the class. List with paths: "
            f"{listing}. Students: {shown}")
