"""Grading a whole class: calibrate, grade in parallel, record as each ends.

* Calibration: the instructor's own notebook is graded first, in a sandbox
  of its own (a separate template: the class's template never holds the
  solutions). It must get full marks, or the run stops (the environment is
  broken, not the students). Its cell times set the students' cell limits.
  It is stored with the course and reused while nothing it depends on
  changed (``calibration.py``).
* Submissions are graded ``jobs`` at a time. Each result is written to
  ``COURSE/autograder/results/<stem>.json`` (atomically) the moment it
  ends, with the student's id, a fingerprint of the submission, the source
  and the grader; a later run reuses it when nothing changed, so an
  interrupted run resumes where it stopped and a repeated run gives
  identical grades. The stem is the id itself, or a safe name for an id too
  long or odd to be a file name (:func:`autograder.common.files.student_file_stem`);
  every reader takes the id from inside the file.
* A ``--force`` run writes the students it must regrade to
  ``COURSE/autograder/forced_pending.json`` before it starts and takes each
  out as they are recorded: after Ctrl-C, a plain run (without ``--force``)
  regrades exactly those left (their unchanged submissions would otherwise
  keep the old results), and a finished run leaves no list behind.
* Every folder under ``submitted/`` is a student but a hidden one (name
  starting with ``.``), which the run names in one line and does not grade.
* Only this process writes the gradebook, the autograded notebooks and
  ``grades.json``; student kernels see none of them.
"""
from __future__ import annotations

import contextlib
import importlib
import json
import shlex
import signal
import threading
import traceback
import weakref
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

from autograder.assignment import Assignment
from autograder.grading.calibration import (CALIBRATION_FILE, Calibration, CalibrationStore, ensure_calibration,
                                            prepare_kernels)
from autograder.common.config import GradingConfig
from autograder.course.folder import Course, bring_up_to_date, course_of
from autograder.common.errors import EnvironmentProblem
from autograder.common.files import atomic_write
from autograder.course.gradebook import record_in_gradebook, write_autograded_notebook
from autograder.grading.submission import SubmissionResult, fingerprint, grade_notebook
from autograder.outputs.grades import student_log, write_grades
from autograder.sandbox.process_budget import fit_to_process_limit
from autograder.sandbox.kernels import KernelSource
from autograder.sandbox.launch import assignment_launcher, raise_own_limits
from autograder.grading.reference_store import reference_values_kept
from autograder.course.secret import load_or_create, secret_path
from autograder.common.terminal import Progress, Ticker
from autograder.common.untrusted import clean, clean_tree, one_line


def load_checks(assignment: Assignment) -> list:
    """The assignment's hidden checks.

    They may import ``reference`` but not torch at module level: the reference trains under one
    torch thread itself (``reference.torch_threads``), and a run whose reference values are stored
    never imports it.
    """
    return assignment.checks()


def _quiet_library_warnings() -> None:
    """The TA's terminal shows grading progress, not library chatter.

    Warnings the reference emits on purpose inside checks (a capped max_iter)
    and SQLAlchemy's notes from nbgrader's gradebook say nothing about a
    student; the process-wide filter is set once, before any thread starts.
    """
    import warnings

    warnings.filterwarnings("ignore", module="nbgrader")
    # nbgrader's gradebook imports its JupyterHub client, whose urllib3 warns that optional SOCKS
    # proxy support is not installed: nothing grading uses
    warnings.filterwarnings("ignore", module="urllib3")
    warnings.filterwarnings("ignore", message=".*not in session.*")
    try:
        from reference.errors import ConvergenceWarning

        warnings.filterwarnings("ignore", category=ConvergenceWarning)
    except ImportError:
        pass


class RunInterrupted(Exception):
    """Ctrl-C: the run stopped; every finished result is kept.

    ``forced_left`` students of a ``--force`` run (this one or an earlier one)
    were not regraded yet: a plain run of ``course`` finishes them, and the
    message says so (running the same ``--force`` command again would regrade
    everyone, and a plain rerun without the pending list would keep their old
    results).
    """

    def __init__(self, finished: int, total: int, forced_left: int = 0, course: str = "COURSE",
                 assignment: str = "") -> None:
        if forced_left:
            which = f" --assignment {assignment}" if assignment else ""
            rest = (f"run `autograder grade {course}{which}` (without --force) to regrade the {forced_left} "
                    f"student{'' if forced_left == 1 else 's'} not yet done")
        else:
            rest = "run the same command again to grade the rest"
        super().__init__(f"interrupted: {finished} of {total} submission(s) finished and kept; {rest}")
        self.finished, self.total, self.forced_left = finished, total, forced_left


#: the students a ``--force`` run has still to regrade, in ``COURSE/autograder/``
FORCED_PENDING_FILE = "forced_pending.json"


class ForcedRegrades:
    """The forced regrades not done yet, kept in a file so that Ctrl-C does not lose them.

    A ``--force`` run adds its students before grading anyone (atomically);
    each is taken out once recorded; the file is removed when none is left.
    A plain run regrades the pending students it covers, whatever their
    fingerprints say.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.students: set[str] = set()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.students = {s for s in data.get("students", []) if isinstance(s, str)}
        except (OSError, ValueError, AttributeError):
            pass  # no list (the usual case), or an unreadable one: nothing pending

    def add(self, students) -> None:
        self.students |= set(students)
        self._save()

    def done(self, student: str) -> None:
        if student in self.students:
            self.students.discard(student)
            self._save()

    def _save(self) -> None:
        if self.students:
            atomic_write(self.path, json.dumps({"students": sorted(self.students)}, indent=1))
        else:
            self.path.unlink(missing_ok=True)


class GradingCancelled(BaseException):
    """Raised in a grading thread once the run is cancelled: no ``except Exception`` may turn it into a grade."""


class CancellableKernels:
    """The run's kernel source, with a switch that stops every kernel at once.

    Ctrl-C must stop a run within seconds: every kernel handed out is
    remembered, so a cancel kills them all (their pending requests fail at
    once) and no new kernel starts. Results graded while cancelling are
    discarded, never recorded.
    """

    def __init__(self, kernels: KernelSource) -> None:
        self.kernels = kernels
        self.cancelled = threading.Event()
        self._live: "weakref.WeakSet" = weakref.WeakSet()
        self._lock = threading.Lock()

    def for_plan(self, plan, submission_dir):
        make, preloaded = self.kernels.for_plan(plan, submission_dir)

        def new_kernel():
            if self.cancelled.is_set():
                raise GradingCancelled()
            worker = make()
            with self._lock:
                # a cancel that came while this kernel was starting did not see it: kill it here
                if not self.cancelled.is_set():
                    self._live.add(worker)
                    return worker
            worker.kill()
            raise GradingCancelled()

        new_kernel.release = getattr(make, "release", lambda: None)
        return new_kernel, preloaded

    def cancel(self) -> None:
        self.cancelled.set()
        with self._lock:
            live = list(self._live)
        for worker in live:
            try:
                worker.kill()
            except Exception:  # noqa: BLE001, S110 - best effort: the process may be gone already
                pass


def stored_results(results_dir: Path) -> dict[str, SubmissionResult]:
    """Every stored result of the course, by student: what grades.json describes."""
    results = {}
    for path in sorted(results_dir.glob("*.json")):
        result = _load_result(path)
        if result is not None:
            results[result.student] = result
    return results


def calibrate_course(root: Path, config: GradingConfig, log=print,
                     assignment: Assignment | str | None = None) -> Calibration:
    """The course's calibration for ``config``: the stored one, or a new one made and stored now.

    ``grade`` does this itself before it grades anyone; calling it ahead (before
    a deadline, or once for a course that will be copied) makes later runs
    start grading at once.
    """
    _refuse_impossible_limits(config)
    raise_own_limits()
    config = fit_to_process_limit(config, log)
    _quiet_library_warnings()
    course = course_of(root, assignment)
    source, source_digest = course.load_source()
    secret, _ = load_or_create(secret_path(course.root))
    store = CalibrationStore(course.state / CALIBRATION_FILE, secret)
    with reference_values_kept(course.state, secret, log, (str(course.assignment.folder),)):
        return ensure_calibration(course.source_notebook, source, source_digest, load_checks(course.assignment),
                                  assignment_launcher(course.assignment, config), config, secret, log, store)


def grade_course(root: Path, config: GradingConfig, *, force: bool = False,
                 only: list[str] | None = None, progress: bool = True,
                 log=print, calibration_cache: Path | None = None,
                 nbgrader_records: bool = True,
                 assignment: Assignment | str | None = None) -> list[SubmissionResult]:
    """Grade one assignment's submissions (all, or ``only`` these) and write all outputs.

    ``assignment`` by name or object; ``None``: the course's only assignment.

    Returns every stored result of the course (``grades.json`` describes the
    whole class whatever subset was graded now). The instructor's calibration
    is reused from ``COURSE/autograder/calibration.json`` (or from
    ``calibration_cache``, for a course that is thrown away after the run)
    while nothing it depends on changed; see :mod:`autograder.grading.calibration`.
    ``nbgrader_records=False`` keeps only the results and logs (no gradebook,
    autograded notebooks or grades files): for a course made to grade one
    notebook and thrown away.

    Raises
    ------
    EnvironmentProblem
        No course, no submission to grade, or the environment is broken;
        previous outputs are left as they were.
    RunInterrupted
        On Ctrl-C, after keeping every finished result and rewriting the outputs from them.
    """
    _refuse_impossible_limits(config)
    raise_own_limits()
    config = fit_to_process_limit(config, log)
    _quiet_library_warnings()
    for line in bring_up_to_date(root) if nbgrader_records else []:
        log(line)
    course = course_of(root, assignment)
    source, source_digest = course.load_source()
    everyone = course.students()
    skipped = _not_students_line(course)
    if not everyone:
        raise EnvironmentProblem(
            f"no submissions to grade: expected notebooks at {course.submitted}/<student>/"
            f"{course.assignment.name}/{course.assignment.notebook} (nbgrader collect puts them there). "
            "Nothing was graded, and the grades files were left as they were." + (f" ({skipped})" if skipped else ""))
    if skipped:
        log(skipped)
    unknown = sorted(set(only or []) - set(everyone))
    if unknown:
        raise EnvironmentProblem(
            f"no submission folder for {', '.join(map(repr, unknown))} under {course.submitted} "
            f"(students there: {', '.join(everyone[:8])}{', ...' if len(everyone) > 8 else ''}). "
            "Nothing was graded.")
    secret, created = load_or_create(secret_path(course.root))
    if created:
        log(f"made a course secret at {secret_path(course.root)} (hidden-check inputs are drawn from it)")
    digest = f"{source_digest}:{secret.fingerprint()}"  # another secret means other inputs: regrade
    results_dir = course.state / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    (course.state / "logs").mkdir(parents=True, exist_ok=True)
    kernels: CancellableKernels | None = None
    checks: list = []
    students = [s for s in everyone if only is None or s in only]
    forced = ForcedRegrades(course.state / FORCED_PENDING_FILE)
    forced.students &= set(everyone)  # a student whose folder is gone has nothing left to regrade
    owed = [] if force else [s for s in students if s in forced.students]
    if force:
        forced.add(students)  # before anyone is graded: Ctrl-C from now on knows who is left
    elif owed:
        log(f"finishing {len(owed)} forced regrade(s) interrupted earlier")
    todo = []
    reused = 0
    for student in students:
        cached = _load_result(course.result_file(student))
        # the id inside the file, never its name, says whose result it is (as every stored id, cleaned)
        if (cached is not None and not force and student not in forced.students
                and cached.student == clean(student)
                and cached.fingerprint == fingerprint(course.submission(student), digest)):
            reused += 1
        else:
            todo.append(student)
    if reused:
        log(f"{reused} submission(s) unchanged since the last run: results reused")
    finished = 0
    recorded: set[str] = set()
    kept = contextlib.ExitStack()
    try:
        if todo:
            # a course thrown away after the run keeps its reference values in the per-user cache, quietly
            kept.enter_context(reference_values_kept(course.state if calibration_cache is None else None, secret,
                                                     log if calibration_cache is None else (lambda *a: None),
                                                     (str(course.assignment.folder),)))
        launcher = assignment_launcher(course.assignment, config)
        calibration = Calibration({}, 0.0)
        if todo:
            store = CalibrationStore(course.state / CALIBRATION_FILE, secret, calibration_cache)
            if nbgrader_records:
                # The first result is recorded through nbgrader's gradebook, whose import takes seconds:
                # done while the sandbox starts, a Ctrl-C at the first result does not wait for it.
                threading.Thread(target=importlib.import_module, args=("nbgrader.api",), daemon=True).start()
            # the sandbox's start and a calibration (20-25 s) print nothing of their own: a line says it runs
            with Ticker("preparing the sandbox", progress) as ticker:
                def said(*args) -> None:
                    ticker.clear()
                    log(*args)
                    if args and str(args[0]).startswith("calibrating"):
                        ticker.relabel("calibrating on the instructor's solutions")

                source_kernels, checks, calibration = prepare_kernels(
                    course.source_notebook, source, source_digest, course.assignment.checks, launcher, config,
                    secret, said, store, slots=min(max(1, config.jobs), len(todo)))
            kernels = CancellableKernels(source_kernels)
            log(f"grading {len(todo)} submission(s) with {config.jobs} job(s); each notebook may cost "
                f"{config.notebook_budget(calibration.notebook_seconds):.0f} s at most")
        bar = Progress(len(todo), progress)
        write_lock = threading.Lock()
        wall_budget = config.notebook_budget(calibration.notebook_seconds)

        def grade_one(student: str) -> SubmissionResult:
            path = course.submission(student)
            try:
                result = grade_notebook(student, path, source, checks, kernels, config, secret,
                                        calibration.cell_seconds, digest, wall_budget_s=wall_budget,
                                        assignment=course.assignment.name)
            except Exception as exc:  # noqa: BLE001 - a grader bug costs one line, not the run
                result = SubmissionResult(student, "error", f"internal grader error: {exc}", {},
                                          0.0, log=traceback.format_exc().splitlines())
            # everything the submission wrote is untrusted text: made encodable once, here
            return clean_tree(result)

        def record(student: str, result: SubmissionResult) -> None:
            nonlocal finished
            with write_lock:
                try:
                    _record(course, source, student, result, log, nbgrader_records)
                except Exception as exc:  # noqa: BLE001 - one student's record never stops the run
                    _record_failure(course, student, result, exc, log)
                try:
                    forced.done(student)
                except OSError as exc:  # the list only errs towards regrading again: never stops the run
                    log(f"warning: could not update {forced.path}: {one_line(exc, 200)}")
                finished += 1
                recorded.add(student)
                bar.step(one_line(result.student, limit=60))

        with _ctrl_c_sets(threading.Event()) as interrupted:
            with ThreadPoolExecutor(max_workers=max(1, config.jobs)) as pool:
                pending = {pool.submit(grade_one, s): s for s in todo}
                while pending and not interrupted.is_set():
                    done, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                    for future in done:
                        record(pending.pop(future), future.result())
                if pending:
                    # Ctrl-C: kill every kernel, start no more; half-graded results are dropped
                    if kernels is not None:
                        kernels.cancel()
                    for future in pending:
                        future.cancel()
            if interrupted.is_set() and finished < len(todo):
                if nbgrader_records:  # Ctrl-C must stop within seconds: the repair pass waits for the next run
                    _write_class_grades(course, results_dir, log, repair=False)
                # a plain run of the course grades what this run left and every forced regrade still owed
                left = (set(todo) - recorded) | forced.students if forced.students else set()
                raise RunInterrupted(finished, len(todo), len(left), shlex.quote(str(root)), course.assignment.name)
        if not nbgrader_records:
            return list(stored_results(results_dir).values())
        return _write_class_grades(course, results_dir, log)
    finally:
        if kernels is not None:
            kernels.kernels.close()
        kept.close()


def _refuse_impossible_limits(config: GradingConfig) -> None:
    """A limit no kernel can work with is refused before any sandbox starts (``GradingConfig.limit_problem``)."""
    problem = config.limit_problem()
    if problem:
        raise EnvironmentProblem(problem)


@contextlib.contextmanager
def _ctrl_c_sets(event: threading.Event):
    """While grading, Ctrl-C sets ``event`` instead of raising KeyboardInterrupt.

    A KeyboardInterrupt lands wherever the main thread happens to be, also in
    a weakref callback or ``__del__``, where Python prints "Exception ignored"
    and drops it: the run would go on. A flag the grading loop polls cannot be
    lost. (Outside the main thread, signals cannot be caught: nothing changes.)
    """
    if threading.current_thread() is not threading.main_thread():
        yield event
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: event.set())
    try:
        yield event
    finally:
        signal.signal(signal.SIGINT, previous)


def _not_students_line(course: Course) -> str | None:
    """One line naming the folders under ``submitted/`` that are not graded and why, or None."""
    hidden = course.not_students()
    if not hidden:
        return None
    names = ", ".join(repr(one_line(name, limit=60)) for name in hidden[:10])
    return (f"not graded: {len(hidden)} folder(s) in {course.submitted} whose name starts with '.', "
            f"which is never a student (a hidden folder; nbgrader skips it too): {names}"
            f"{', ...' if len(hidden) > 10 else ''}")


def _record(course: Course, source, student: str, result: SubmissionResult, log,
            nbgrader_records: bool = True) -> None:
    atomic_write(course.log_file(student), student_log(result))
    try:
        if nbgrader_records:
            record_in_gradebook(course.db_url, course.assignment, source, result)
            write_autograded_notebook(course.autograded(student), course.assignment, source, result)
    except Exception as exc:  # noqa: BLE001
        log(f"warning: could not record {one_line(student, 60)} in nbgrader's gradebook: {one_line(exc, 300)}")
    # Written last: its presence means everything above is done, so a run
    # killed at any point resumes with no student half-recorded.
    atomic_write(course.result_file(student), json.dumps(result.to_json()))


def _record_failure(course: Course, student: str, result: SubmissionResult, exc: Exception, log) -> None:
    """Keep a line for a student whose result could not be recorded; the next run grades them again."""
    message = f"the result could not be recorded ({type(exc).__name__}: {one_line(exc, 200)}); grade again"
    log(f"warning: {one_line(student, 60)}: {message}")
    failed = SubmissionResult(result.student, "error", message, {}, result.max_score,
                              seconds=result.seconds, fingerprint="")  # no fingerprint: never reused
    try:
        atomic_write(course.result_file(student), json.dumps(failed.to_json()))
    except Exception as again:  # noqa: BLE001
        log(f"warning: {one_line(student, 60)}: not even the error line could be stored: {one_line(again, 200)}")


def _write_class_grades(course: Course, results_dir: Path, log, repair: bool = True) -> list[SubmissionResult]:
    """grades.json / grades.csv from every stored result: the whole class, never a subset."""
    results = list(stored_results(results_dir).values())
    if results:
        write_grades(course, results, log=log, repair=repair)
    return results


def _load_result(path: Path) -> SubmissionResult | None:
    try:
        return SubmissionResult.from_json(json.loads(path.read_text()))
    except (OSError, ValueError, TypeError, KeyError):
        return None
