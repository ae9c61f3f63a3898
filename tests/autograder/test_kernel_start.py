"""A kernel whose start-up breaks off before it is ready is started again, not charged to the notebook."""
from __future__ import annotations

import pytest

from autograder.common.config import GradingConfig
from autograder.common.errors import WorkerDied, WorkerProtocolError, WorkerTimeout
from autograder.grading.session import START_ATTEMPTS, KernelSession, StudentError


class _Text:
    def text(self) -> str:
        return ""


class StartingKernel:
    """Stands for a Worker: its ``start`` raises the given error, or succeeds when there is none."""

    limits = ""

    def __init__(self, error: Exception | None) -> None:
        self.error, self.killed = error, False
        self.stdout = self.stderr = _Text()

    def start(self, timeout: float) -> None:
        if self.error is not None:
            raise self.error

    def kill(self) -> None:
        self.killed = True


def session_with(outcomes: list[Exception | None]) -> tuple[KernelSession, list[StartingKernel]]:
    made: list[StartingKernel] = []

    def new_kernel() -> StartingKernel:
        made.append(StartingKernel(outcomes[len(made)]))
        return made[-1]

    return KernelSession([], new_kernel, GradingConfig()), made


@pytest.mark.parametrize("error", [WorkerProtocolError("the kernel's supervisor did not start"),
                                   WorkerDied("starting the kernel: the kernel exited")])
def test_a_start_that_broke_off_is_tried_again_and_not_counted_against_the_notebook(error):
    session, made = session_with([error, None])
    session.run_plan()
    assert len(made) == 2 and made[0].killed and session.worker is made[1]
    assert session.kernel_starts == 1
    assert any("did not start" in line and "attempt 2" in line for line in session.log.lines)


def test_a_start_that_keeps_breaking_off_fails_after_a_bounded_number_of_tries():
    session, made = session_with([WorkerProtocolError("no hello")] * START_ATTEMPTS)
    with pytest.raises(StudentError, match="the kernel did not start"):
        session.run_plan()
    assert len(made) == START_ATTEMPTS and all(k.killed for k in made)


def test_a_start_that_hung_is_not_tried_again():
    session, made = session_with([WorkerTimeout("starting the kernel timed out"), None])
    with pytest.raises(StudentError) as info:
        session.run_plan()
    assert info.value.kind == "timeout" and len(made) == 1
