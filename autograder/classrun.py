"""Grading a whole class: calibrate, grade in parallel, record as each ends.

* Calibration: the instructor's own notebook is graded first, in a sandbox
  of its own (a separate template: the class's template never holds the
  solutions). It must get full marks, or the run stops (the environment is
  broken, not the students). Its cell times set the students' cell limits.
* Submissions are graded ``jobs`` at a time. Each result is written to
  ``COURSE/autograder/results/<student>.json`` (atomically) the moment it
  ends, with a fingerprint of the submission, the source and the grader; a
  later run reuses it when nothing changed, so an interrupted run resumes
  where it stopped and a repeated run gives identical grades.
* Only this process writes the gradebook, the autograded notebooks and
  ``grades.json``; student kernels see none of them.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import threading
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

from autograder.config import GradingConfig
from autograder.course import Course
from autograder.errors import EnvironmentProblem
from autograder.gradebook import record_in_gradebook, write_autograded_notebook
from autograder.grading import SubmissionResult, fingerprint, grade_notebook
from autograder.sandbox.kernels import KernelSource
from autograder.notebooks import build_plan, extract_student_code
from autograder.report import atomic_write, student_log, write_grades
from autograder.secret import CourseSecret, load_or_create, secret_path
from autograder.sandbox.launch import make_launcher, raise_own_limits

CALIBRATION_STUDENT = "__instructor__"


def load_checks():
    from assignments.genomics_applications.checks import CHECKS

    return CHECKS


def _quiet_library_warnings() -> None:
    """The TA's terminal shows grading progress, not library chatter.

    Warnings the reference emits on purpose inside checks (a capped max_iter)
    and SQLAlchemy's notes from nbgrader's gradebook say nothing about a
    student; the process-wide filter is set once, before any thread starts.
    """
    import warnings

    warnings.filterwarnings("ignore", module="nbgrader")
    warnings.filterwarnings("ignore", message=".*not in session.*")
    try:
        from reference.errors import ConvergenceWarning

        warnings.filterwarnings("ignore", category=ConvergenceWarning)
    except ImportError:
        pass


def _pin_grader_threads() -> None:
    """The reference recomputation must use one torch thread, like the kernels."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


class Progress:
    """A one-line progress bar with ETA on stderr (quiet when not a TTY)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.started = total, 0, time.monotonic()
        self.enabled = enabled and total > 0
        self.tty = sys.stderr.isatty()

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        eta = elapsed / self.done * (self.total - self.done)
        bar = "#" * int(30 * self.done / self.total)
        line = (f"[{bar:<30}] {self.done}/{self.total}  {elapsed:5.0f} s elapsed, "
                f"ETA {eta:4.0f} s  {label}")
        if self.tty:
            sys.stderr.write("\r" + line[:150].ljust(150))
            if self.done == self.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


def calibrate(course: Course, source, digest, checks, kernels: KernelSource, config,
              secret: CourseSecret) -> dict[str, float]:
    """Grade the instructor's notebook with ``kernels`` (its own sandbox); return per-cell seconds."""
    with tempfile.TemporaryDirectory(prefix="calibration-") as tmp:
        path = Path(tmp) / course.source_notebook.name
        shutil.copyfile(course.source_notebook, path)
        result = grade_notebook(CALIBRATION_STUDENT, path, source, checks, kernels, config, secret,
                                None, digest)
    failed = [c for c in result.checks if not c.passed]
    if result.status != "graded" or failed:
        details = result.error or "; ".join(f"{c.exercise}/{c.name}: {c.message}" for c in failed)
        raise EnvironmentProblem(
            "the instructor's own solutions do not get full marks in this environment, so no "
            f"student would be graded fairly: {details}\n(check the README's set-up; "
            "`autograder grade --sandbox none` tells whether the sandbox is the cause)")
    seconds = {cell.label: cell.seconds for cell in result.cells if cell.owner == "instructor"}
    seconds.update(kernels.cell_seconds())
    return seconds


def prepare_kernels(course: Course, source, digest, checks, launcher, config, secret: CourseSecret, log
                    ) -> tuple[KernelSource, dict[str, float]]:
    """The class's kernel source and the cell time budget from calibration.

    Calibration gets a sandbox and template of its own, so the class's template
    never holds the instructor's solutions; the two start side by side.
    """
    instructor_plan = build_plan(source, extract_student_code(source, source))
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(KernelSource.create, launcher, config, instructor_plan)
        try:
            own = KernelSource.create(launcher, config, instructor_plan)
            try:
                log(f"sandbox: {own.describe()}")
                log("calibrating on the instructor's solutions ...")
                budget = calibrate(course, source, digest, checks, own, config, secret)
            finally:
                own.close()
        except BaseException:
            try:
                pending.result().close()
            except Exception:  # noqa: BLE001, S110 - the first failure is the one to report
                pass
            raise
        return pending.result(), budget


def grade_course(root: Path, config: GradingConfig, *, force: bool = False,
                 only: list[str] | None = None, progress: bool = True,
                 log=print) -> list[SubmissionResult]:
    """Grade every submission under ``COURSE/submitted`` and write all outputs."""
    raise_own_limits()
    _pin_grader_threads()
    _quiet_library_warnings()
    course = Course(root.resolve())
    source, digest = course.load_source()
    secret, created = load_or_create(secret_path(course.root))
    if created:
        log(f"made a course secret at {secret_path(course.root)} (hidden-check inputs are drawn from it)")
    digest = f"{digest}:{secret.fingerprint()}"  # another secret means other inputs: regrade
    checks = load_checks()
    results_dir, logs_dir = course.state / "results", course.state / "logs"
    results_dir.mkdir(parents=True, exist_ok=True)
    logs_dir.mkdir(parents=True, exist_ok=True)
    kernels = None
    try:
        launcher = make_launcher(config)
        students = [s for s in course.students() if only is None or s in only]
        previous: dict[str, SubmissionResult] = {}
        todo = []
        for student in students:
            cached = _load_result(results_dir / f"{student}.json")
            path = course.submission(student)
            if cached is not None and not force and cached.fingerprint == fingerprint(path, digest):
                previous[student] = cached
            else:
                todo.append(student)
        if previous:
            log(f"{len(previous)} submission(s) unchanged since the last run: results reused")
        budget: dict[str, float] = {}
        if todo:
            kernels, budget = prepare_kernels(course, source, digest, checks, launcher, config, secret, log)
            log(f"grading {len(todo)} submission(s) with {config.jobs} job(s)")
        bar = Progress(len(todo), progress)
        write_lock = threading.Lock()
        fresh: dict[str, SubmissionResult] = {}

        def grade_one(student: str) -> SubmissionResult:
            path = course.submission(student)
            try:
                return grade_notebook(student, path, source, checks, kernels, config, secret, budget, digest)
            except Exception as exc:  # noqa: BLE001 - a grader bug costs one line, not the run
                detail = traceback.format_exc()
                result = SubmissionResult(student, "error", f"internal grader error: {exc}", {},
                                          0.0, log=detail.splitlines())
                return result

        def record(result: SubmissionResult) -> None:
            with write_lock:
                atomic_write(logs_dir / f"{result.student}.log", student_log(result))
                try:
                    record_in_gradebook(course.db_url, source, result)
                    write_autograded_notebook(course.autograded(result.student), source, result)
                except Exception as exc:  # noqa: BLE001
                    log(f"warning: could not record {result.student} in nbgrader's gradebook: {exc}")
                # Written last: its presence means everything above is done, so a run
                # killed at any point resumes with no student half-recorded.
                atomic_write(results_dir / f"{result.student}.json", json.dumps(result.to_json()))
                fresh[result.student] = result
                bar.step(result.student)

        with ThreadPoolExecutor(max_workers=max(1, config.jobs)) as pool:
            pending = {pool.submit(grade_one, s) for s in todo}
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    record(future.result())
        results = [fresh.get(s) or previous[s] for s in students]
        write_grades(course.root, results)
        return results
    finally:
        if kernels is not None:
            kernels.close()


def _load_result(path: Path) -> SubmissionResult | None:
    try:
        return SubmissionResult.from_json(json.loads(path.read_text()))
    except (OSError, ValueError, TypeError, KeyError):
        return None
