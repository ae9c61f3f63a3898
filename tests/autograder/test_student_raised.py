"""What a student reads when their own code raises inside a checked call, or was left blank.

The student's cells run in a real IPython shell through the kernel's own agent
(``kernel/agent.py``: its handlers, its error report, its wire format) in this
process, without a sandbox; the grader's side (session, checks, feedback) is
the real one. Only the confined process and its pipes are left out.
"""
from __future__ import annotations

import sys

import pytest

from genomics import GENOMICS
from autograder.grading.checking import Check, run_checks
from autograder.common.config import GradingConfig
from autograder.outputs.feedback import check_summary, model, page, text
from autograder.grading.submission import SubmissionResult
from autograder.grading.notebooks import PlannedCell
from autograder.course.secret import CourseSecret
from autograder.grading.session import KernelSession, StudentError
from stand_in_kernel import ScriptedKernel

#: exercise 2's solution cell, whose coefficient_rmse raises inside numpy (line 5 of the cell)
SINGULAR = '''import numpy as np

def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    A = np.zeros((2, 2))
    return np.linalg.solve(A, np.ones(2))
'''
#: exercise 1 as released: the stub every solution cell starts as
STUB = '''def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS."""
    # YOUR CODE HERE
    raise NotImplementedError()'''
SECRET = CourseSecret(b"student raised test secret, 32 b")


class AgentKernel(ScriptedKernel):
    """A kernel that is this process: the agent's own handlers answer each request, unconfined."""

    def __init__(self, agent) -> None:
        super().__init__(self._answer)
        self.agent, self.shell = agent, agent.make_shell()

    def _answer(self, request: dict) -> bytes:
        try:  # as the agent's serve_channels answers a request
            answer = self.agent.HANDLERS[request["op"]](self.shell, request)
        except Exception as exc:  # noqa: BLE001 - the error is the answer
            answer = {"ok": False, "error": self.agent.describe_exception(exc)}
        answer["id"] = request["id"]
        return self.agent.wire.dumps(answer)


@pytest.fixture
def agent(monkeypatch):
    """``kernel/agent.py``, imported as the sandbox runs it (its environment kept out of this process)."""
    import importlib

    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS", "MPLBACKEND"):
        monkeypatch.setenv(name, "1")
        monkeypatch.delenv(name)
    return importlib.import_module("autograder.kernel.agent")


def session(agent, exercise: str, code: str) -> KernelSession:
    """A session whose plan is one solution cell of ``exercise`` holding ``code``, already run."""
    plan = [PlannedCell(f"solution cell {exercise}", code, "student", exercise)]
    running = KernelSession(plan, lambda: AgentKernel(agent), GradingConfig(), exercises=GENOMICS.exercise_ids)
    running.run_plan()
    return running


def calling(func: str, number: int) -> Check:
    def body(student) -> None:
        student.call(func, [[1.0, 0.0], [0.0, 1.0]], [1.0, 2.0])
    body.__name__ = f"{func}_{number}"
    return Check("ex2_condition", body.__name__, 1.0, f"{func} check {number}", body)


def test_an_exception_in_a_checked_call_names_the_students_line_and_its_source(agent):
    running = session(agent, "ex2_condition", SINGULAR)
    try:
        with pytest.raises(StudentError) as raised:
            running.call("coefficient_rmse", [[1.0, 0.0], [0.0, 1.0]], [1.0, 2.0], timeout=30)
    finally:
        running.close()
    assert str(raised.value) == ("coefficient_rmse raised LinAlgError: Singular matrix at line 5 of your "
                                 "exercise 2 cell: `return np.linalg.solve(A, np.ones(2))`")
    assert raised.value.raised == "LinAlgError"
    assert "agent.py" not in str(raised.value) and "site-packages" not in str(raised.value)


def test_the_same_exception_in_several_checks_is_said_once_naming_the_other_checks(agent):
    running = session(agent, "ex2_condition", SINGULAR)
    try:
        results = run_checks([calling("coefficient_rmse", k) for k in (1, 2, 3)], running, GradingConfig(), SECRET)
    finally:
        running.close()
    graded = SubmissionResult("ann", "graded", None, {"ex2_condition": {"score": 0.0, "max_score": 5.0}}, 5.0,
                              results)
    shown = text.exercise_text(model.build(GENOMICS, graded), "ex2_condition")
    assert shown.count("LinAlgError") == 1, shown
    assert ("-> coefficient_rmse raised LinAlgError: Singular matrix at line 5 of your exercise 2 cell: "
            "`return np.linalg.solve(A, np.ones(2))` (also in checks 2 and 3)") in shown
    assert shown.count("-> the same error as check 1") == 2, shown


def test_a_blank_exercise_reads_as_one_not_attempted_line_not_one_per_check(agent):
    from genomics import load_checks

    checks = [c for c in load_checks() if c.exercise == "ex1_irls_logistic"]
    running = session(agent, "ex1_irls_logistic", STUB)
    try:
        results = run_checks(checks, running, GradingConfig(), SECRET)
    finally:
        running.close()
    assert len(results) > 5 and not any(r.passed for r in results)
    graded = SubmissionResult("ann", "graded", None, {"ex1_irls_logistic": {"score": 0.0, "max_score": 5.0}},
                              5.0, results)
    feedback = model.build(GENOMICS, graded)
    shown = text.exercise_text(feedback, "ex1_irls_logistic")
    assert shown.count("NotImplementedError") == 1, shown
    assert "Not attempted: your cell still raises NotImplementedError" in shown
    html = page.render(GENOMICS, feedback)
    assert "Not attempted: your cell still raises NotImplementedError" in html and "raised Not" not in html
    staff = check_summary.summary(feedback)
    assert staff.count("NotImplementedError") == 1, staff
    assert "ex1_irls_logistic      0 / 5   not attempted (still raises NotImplementedError)" in staff


def test_a_forged_report_cannot_put_text_other_than_the_students_own_line_in_the_message():
    import hashlib

    from autograder.grading.raised import Locator

    cell = PlannedCell("solution cell ex2_condition", "x = 1\ny = 2\n", "student", "ex2_condition")
    name = hashlib.sha1(cell.source.encode()).hexdigest()[:12]  # noqa: S324 - IPython's cell name
    frame = '  File "<ipython-input-1-{}>", line 2, in f\n    hidden_input = [3.14159]\n'
    locator = Locator([cell], GENOMICS.exercise_ids)  # numbered in the assignment's order, whatever the plan holds
    assert locator.locate(frame.format("0000000000ab")) is None  # no cell of the student's
    where = locator.locate(frame.format(name))
    assert where is not None and where.text() == "at line 2 of your exercise 2 cell: `y = 2`"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
