"""Stages the course's ``nbgrader_config.py`` puts into nbgrader's own autograde.

Stock ``nbgrader autograde`` (the command, and formgrader's Autograde button,
which calls the same ``Autograde`` converter) runs every student notebook in an
ordinary Jupyter kernel as the user who runs it: unconfined, with the course,
the gradebook and the course secret in reach. This course grades only through
``autograder grade``, in the sandbox, so nbgrader's autograde is switched off:

* ``RefuseAutogradeExporter`` is the ``Autograde`` converter's exporter. The
  converter builds it before it looks at any submission, so refusing there
  leaves the autograded notebooks and the gradebook exactly as they were.
* ``RefuseAutograde`` is the converter's only preprocessor, in case the
  exporter is configured back: no ``Execute`` stage is ever reached.

Both raise nbgrader's own ``NbGraderException`` with ``REFUSAL``, so the
command exits with status 1 and formgrader shows the message.

One more stage keeps formgrader up whatever a student hands in:
:func:`tolerate_unreadable_timestamps` reads a ``timestamp.txt`` that nbgrader
cannot parse as no time (nbgrader's own reader raises, and every formgrader
page of that assignment answers HTTP 500), as ``autograder grade`` counts it.
"""
from __future__ import annotations

import functools

from nbconvert.exporters import NotebookExporter
from nbgrader.converters.base import NbGraderException
from nbgrader.preprocessors import NbGraderPreprocessor

REFUSAL = (
    "nbgrader's autograde is disabled for this course: it would run student code outside "
    "the sandbox, as the user who started it. Grade with `autograder grade COURSE` (one "
    "student: `autograder grade COURSE --student ID --force`); it records scores and "
    "feedback in this gradebook, and formgrader shows them."
)


def _refuse(log) -> None:
    if log is not None:
        log.error(REFUSAL)
    raise NbGraderException(REFUSAL)


class RefuseAutogradeExporter(NotebookExporter):
    """An exporter that cannot be built: the converter stops before any submission."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: D107 - refusal only
        parent = kwargs.get("parent")
        _refuse(getattr(parent, "log", None))


class RefuseAutograde(NbGraderPreprocessor):
    """A preprocessor that refuses every notebook before anything executes it."""

    def preprocess(self, nb, resources):  # noqa: D102 - refusal only
        _refuse(self.log)


def tolerate_unreadable_timestamps() -> None:
    """Make nbgrader's API read an unparsable ``timestamp.txt`` as no time, with a warning.

    ``NbGraderAPI.get_submitted_timestamp`` is what formgrader (and the API's other users) read
    every submission's time through; nbgrader's parser raises on a file it cannot read (a
    student's own clock format, an edited file), and the request that asked answers HTTP 500 for
    the whole assignment. ``autograder grade`` counts such a submission as on time and records no
    time in the gradebook, so reading it as None here also keeps formgrader's "autograded" test
    (the file's time equals the gradebook's) true. Idempotent: the config runs in every nbgrader
    process, sometimes more than once.
    """
    from nbgrader.apps.api import NbGraderAPI

    original = NbGraderAPI.get_submitted_timestamp
    if getattr(original, "tolerates_unreadable", False):
        return

    @functools.wraps(original)
    def get_submitted_timestamp(self, assignment_id, student_id):
        try:
            return original(self, assignment_id, student_id)
        except (ValueError, OverflowError, TypeError) as error:  # dateutil's ParserError is a ValueError
            self.log.warning("%s's timestamp.txt for %s is unreadable (%s): read as no time, as "
                             "`autograder grade` counts it (on time)", student_id, assignment_id, error)
            return None

    get_submitted_timestamp.tolerates_unreadable = True
    NbGraderAPI.get_submitted_timestamp = get_submitted_timestamp
