"""The grader's error taxonomy.

Two families, handled differently:

* :class:`SubmissionError` — something about one student's submission (not a
  notebook, missing solution cell, ...). That student gets ``status: error``
  with the message; the class run goes on.
* :class:`EnvironmentProblem` — the grading environment itself is broken (no
  course, no source notebook, the instructor's solutions fail). The run stops
  with a message that names the fix.

Kernel-level failures (:class:`WorkerError` and subclasses) happen while a
student's code runs; they cost the checks they interrupt, never the run.
"""
from __future__ import annotations


class SubmissionError(Exception):
    """A submission cannot be graded; the message is shown to the TA."""


class EnvironmentProblem(Exception):
    """The grader cannot work here; the message says what to fix."""


class WorkerError(Exception):
    """The student's kernel did not answer a request."""

    kind = "error"


class WorkerTimeout(WorkerError):
    kind = "timeout"


class WorkerDied(WorkerError):
    kind = "crash"


class WorkerProtocolError(WorkerError):
    """The kernel's answer was too large, too deep or malformed (``kernel/wire.py``'s limits).

    Raised for any failure while reading or parsing one answer, whatever
    Python raised underneath; the kernel is stopped, since it no longer
    follows the protocol, and the session starts a fresh one for the next
    call. Only the check that made the call fails.
    """

    kind = "protocol"
