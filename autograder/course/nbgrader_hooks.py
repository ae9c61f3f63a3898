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
"""
from __future__ import annotations

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
