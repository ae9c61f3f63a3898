"""Grading mutants and the solution corpus through the real sandboxed path, in batches.

Every mutant becomes a notebook: the instructor's solutions in every cell,
the mutant in its own exercise's cell. It is graded exactly as a student's
notebook is (a sandboxed kernel forked from a warm template, hidden checks in
this process), with only its exercise's checks and stopping at the first
failure: a mutant is *killed* when any check of its exercise fails. The
solution corpus (and the instructor's own solution) is graded with every
check of its exercise, for the check x mistake matrix, under the audit's
secret and under any other secrets asked for: each solution's notebook is
graded once, its checks run under every secret in turn in the same kernel
(the union of the secrets' draws), each secret's contracts in a new side kernel.
Every check draws from the whole secret the audit gives, as in a course whose exercises all draw
course-wide: a class's per-submission draws are the same draws under a secret of their own per
submission, and the audit's several secrets measure exactly that variation.

Batching: all notebooks of one exercise share everything before that
exercise's solution cell, so one template per exercise runs it once (the
teaching cells and the instructor's solutions of the earlier exercises) and
every mutant's kernel is forked from it, running only its own cell and those
after it. The audit's templates hold nothing but the instructor's code, of
which every mutant is a copy. One calibration serves the whole audit and is
kept in the per-user cache (see :mod:`autograder.grading.calibration`), so a repeated
audit does not calibrate again. Every mutant is still graded: nothing is sampled.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.assignment import Assignment
from autograder.audit import mistakes
from autograder.audit.equivalents import Equivalent, equivalents_file, load_equivalents
from autograder.audit.mutants import Mutant, mutants_of
from autograder.grading.calibration import CalibrationStore, ensure_calibration
from autograder.common.provenance import user_cache_dir
from autograder.grading.reference_store import reference_values_kept
from autograder.common.config import GradingConfig
from autograder.course.demo import CorpusEntry, corpus_entries, notebook_with
from autograder.grading.checking import CheckResult, run_checks
from autograder.grading.submission import SubmissionResult, exercise_points, grade_notebook, score_exercises
from autograder.grading.notebooks import PlannedCell, build_plan, extract_student_code
from autograder.sandbox.kernels import KernelSource
from autograder.sandbox.process_budget import fit_to_process_limit
from autograder.sandbox.launch import assignment_launcher, raise_own_limits
from autograder.course.secret import CourseSecret

#: the share of non-equivalent mutants every exercise's checks must kill
TARGET = 0.95
#: the label of the audit's own secret in :attr:`AuditReport.verdicts`
AUDIT_LABEL = "audit"


@dataclass
class MutantOutcome:
    mutant: Mutant
    killed: bool
    check: str | None = None   # the first check that failed
    message: str = ""
    #: the other secrets' labels it was also judged under (``mutant_secrets``), and those that killed it
    judged_under: tuple[str, ...] = ()
    killed_under: tuple[str, ...] = ()

    @property
    def draw_dependent(self) -> bool:
        """Killed under some of the secrets it was judged under and not under others."""
        return bool(self.judged_under) and set(self.killed_under) != (set(self.judged_under) if self.killed else set())


#: the operator families the audit reports apart: the syntactic operators (mutmut's and the
#: numerical ones), and the frozen mistake operators (see :mod:`autograder.audit.mistakes`)
SYNTACTIC = "syntactic"
FAMILIES = (SYNTACTIC, mistakes.FAMILY)


def family_mutants(source: str, exercise: str, family: str) -> list[Mutant]:
    """The mutants of one family of operators for one exercise's cell."""
    if family == SYNTACTIC:
        return mutants_of(source, exercise)
    if family == mistakes.FAMILY:
        return mistakes.mistakes_of(source, exercise)
    raise ValueError(f"unknown operator family {family!r}; choose from {', '.join(FAMILIES)}")


@dataclass
class ExerciseAudit:
    exercise: str
    outcomes: list[MutantOutcome]
    equivalents: dict[str, Equivalent]
    #: the operator family of these outcomes: only that family's reviewed equivalents can be stale here
    family: str = "syntactic"

    @property
    def equivalent(self) -> list[MutantOutcome]:
        return [o for o in self.outcomes if not o.killed and o.mutant.id in self.equivalents]

    @property
    def killed(self) -> list[MutantOutcome]:
        return [o for o in self.outcomes if o.killed]

    @property
    def survived(self) -> list[MutantOutcome]:
        return [o for o in self.outcomes if not o.killed and o.mutant.id not in self.equivalents]

    @property
    def wrongly_equivalent(self) -> list[MutantOutcome]:
        """Listed as equivalent, yet a check told them apart: the list is wrong."""
        return [o for o in self.outcomes if o.killed and o.mutant.id in self.equivalents]

    @property
    def stale(self) -> list[Equivalent]:
        ids = {o.mutant.id for o in self.outcomes}
        return [e for e in self.equivalents.values()
                if e.exercise == self.exercise and e.family == self.family and e.id not in ids]

    @property
    def draw_dependent(self) -> list[MutantOutcome]:
        """Mutants whose verdict depends on the secret (judged under several: ``mutant_secrets``)."""
        return [o for o in self.outcomes if o.draw_dependent]

    @property
    def score(self) -> float:
        relevant = len(self.killed) + len(self.survived)
        return len(self.killed) / relevant if relevant else 1.0


@dataclass
class CorpusRow:
    """One solution graded with every check of its exercise.

    Attributes
    ----------
    failed : list of str
        Names of the checks it failed, in check order.
    first_failure : (str, str) or None
        Name and message of the first failing check: what its author reads first.
    """

    entry: CorpusEntry
    failed: list[str]
    score: float
    max_score: float
    first_failure: tuple[str, str] | None = None


@dataclass
class AuditReport:
    """Mutant outcomes per exercise, and the corpus graded under one or more secrets.

    Attributes
    ----------
    corpus : dict
        Rows per exercise under the audit's own secret (the instructor's
        solution first, then the corpus).
    verdicts : dict
        The same rows under every secret graded, by secret label
        (``"audit"`` is the audit's own).
    """

    exercises: dict[str, ExerciseAudit]
    corpus: dict[str, list[CorpusRow]] = field(default_factory=dict)
    #: every family graded, per exercise (``exercises`` is the syntactic family's)
    families: dict[str, dict[str, ExerciseAudit]] = field(default_factory=dict)
    checks: dict[str, list[str]] = field(default_factory=dict)
    target: float = TARGET
    verdicts: dict[str, dict[str, list[CorpusRow]]] = field(default_factory=dict)


#: the audit's inputs are fixed so its report is reproducible; a course's own secret can be given
AUDIT_SECRET = CourseSecret(hashlib.sha256(b"autograder audit").digest())
#: a class's check floor (a slow but correct corpus style keeps room on a loaded machine; no mutant
#: hangs today, so a shorter one would save nothing) and a shorter cell floor (every cell but one is
#: the instructor's, and none takes a second)
AUDIT_CONFIG = GradingConfig(check_timeout_floor_s=10.0, cell_timeout_floor_s=10.0)


def instructor_entry(assignment: Assignment, exercise: str) -> CorpusEntry:
    """The instructor's own solution as a corpus row: it must pass every check under every secret."""
    return CorpusEntry(exercise, "instructor", "correct", "the instructor's solution",
                       assignment.instructor_solutions / f"{exercise}.py")


@dataclass
class _Setup:
    assignment: Assignment
    source: nbformat.NotebookNode
    digest: str
    checks: list
    launcher: object
    config: GradingConfig
    budget: dict[str, float]
    folder: Path
    plan: list[PlannedCell]


def _setup(assignment: Assignment, config: GradingConfig, secret: CourseSecret, folder: Path, log) -> _Setup:
    source = assignment.build_source_notebook()
    path = folder / "source.ipynb"
    nbformat.write(source, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    checks = assignment.checks()
    launcher = assignment_launcher(assignment, config)
    store = CalibrationStore(None, secret, user_cache_dir())
    calibration = ensure_calibration(path, source, digest, checks, launcher, config, secret, log, store)
    plan = build_plan(source, extract_student_code(source, source))
    return _Setup(assignment, source, digest, checks, launcher, config, calibration.cell_seconds, folder, plan)


def prefix_before(plan: list[PlannedCell], exercise: str) -> list[PlannedCell]:
    """The cells of the instructor's plan before ``exercise``'s solution cell (run once per exercise)."""
    for index, cell in enumerate(plan):
        if cell.exercise == exercise:
            return plan[:index]
    return plan


class _Batch:
    """Every notebook of one exercise, graded from one template that ran everything before its cell."""

    def __init__(self, setup: _Setup, exercise: str) -> None:
        self.setup, self.exercise = setup, exercise
        self.checks = [c for c in setup.checks if c.exercise == exercise]
        assignment = setup.assignment
        self.solutions = {ex: assignment.instructor_solution(ex) for ex in assignment.exercise_ids}
        self.kernels = KernelSource.create(setup.launcher, setup.config, setup.plan,
                                           prefix=prefix_before(setup.plan, exercise), slots=setup.config.jobs)
        self._serial = 0
        self._lock = threading.Lock()

    def grade(self, code: str, secret: CourseSecret, stop_at_first_failure: bool, run=None) -> SubmissionResult:
        with self._lock:
            self._serial += 1
            name = f"{self.exercise}-{self._serial}"
        # a folder per notebook: a kernel receives its submission folder's files, and no other notebook's
        folder = self.setup.folder / name
        folder.mkdir()
        try:
            path = folder / "notebook.ipynb"
            nbformat.write(notebook_with(self.setup.source, dict(self.solutions, **{self.exercise: code})), path)
            return grade_notebook(name, path, self.setup.source, self.checks, self.kernels, self.setup.config,
                                  secret, self.setup.budget, self.setup.digest,
                                  stop_at_first_failure=stop_at_first_failure, run=run,
                                  per_submission_draws=False)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        self.kernels.close()


def _judge(batch: _Batch, mutant: Mutant, secret: CourseSecret,
           others: dict[str, CourseSecret] | None = None) -> MutantOutcome:
    """One mutant graded up to its first failing check, under ``secret`` and (its plan run once,
    its checks again in the same kernel, as :func:`_corpus_rows` does) under each of ``others``."""
    others = others or {}
    under: dict[str, list[CheckResult]] = {}

    def run(checks, session):
        first = run_checks(checks, session, batch.setup.config, secret, True)
        for label, other in others.items():
            session.retire_side_kernel()
            under[label] = run_checks(checks, session, batch.setup.config, other, True)
        return first

    result = batch.grade(mutant.source, secret, True, run if others else None)
    failed = [c for c in result.checks if not c.passed]
    labels = tuple(others)
    if result.status != "graded":  # its cells failed: the same under every secret
        return MutantOutcome(mutant, True, None, result.error or "could not be graded", labels, labels)
    killed_under = tuple(label for label in labels if any(not c.passed for c in under.get(label, [])))
    if failed:
        return MutantOutcome(mutant, True, failed[0].name, failed[0].message, labels, killed_under)
    return MutantOutcome(mutant, False, judged_under=labels, killed_under=killed_under)


def _corpus_rows(batch: _Batch, entry: CorpusEntry, secrets: dict[str, CourseSecret],
                 verdict_only: dict[str, bool]) -> dict[str, CorpusRow]:
    """``entry`` graded once, its checks run under every secret in turn: a row per secret label.

    Under each secret the checks run with every check of the exercise, or (``verdict_only[label]``)
    up to the first failure. One kernel serves every secret (the plan runs once), and each
    secret's contracts meet a side kernel of their own, new from the template, as in a course of
    that secret.
    """
    labels = list(secrets)
    under: dict[str, list[CheckResult]] = {}

    def run(checks, session):
        for label in labels:
            under[label] = run_checks(checks, session, batch.setup.config, secrets[label], verdict_only[label])
            session.retire_side_kernel()
        return under[labels[0]]

    result = batch.grade(entry.path.read_text(), secrets[labels[0]], verdict_only[labels[0]], run)
    points = exercise_points(batch.setup.source)
    # checks not run at all (a missing cell) failed under every secret alike
    not_run = result.checks[len(under.get(labels[0], [])):]
    rows = {}
    for label in labels:
        checks = under.get(label, []) + not_run
        scores = score_exercises(checks, points).get(entry.exercise, {"score": 0.0, "max_score": 0.0})
        failed = [c for c in checks if not c.passed]
        first = (failed[0].name, failed[0].message) if failed else None
        if result.status != "graded":
            first = ("(not gradable)", result.error or "could not be graded")
        rows[label] = CorpusRow(entry, [c.name for c in failed], scores["score"], scores["max_score"], first)
    return rows


def run_audit(assignment: Assignment, config: GradingConfig | None = None, exercises: list[str] | None = None,
              corpus: bool = True, log=print, secret: CourseSecret = AUDIT_SECRET,
              mutants: bool = True, other_secrets: dict[str, CourseSecret] | None = None,
              families: tuple[str, ...] = FAMILIES, matrix: bool = True,
              matrix_everywhere: bool = False,
              mutant_secrets: dict[str, CourseSecret] | None = None) -> AuditReport:
    """Grade every mutant (and the corpus) of the chosen exercises; see the module doc.

    Parameters
    ----------
    assignment : Assignment
        Whose instructor's solutions, corpus, checks and reviews are audited.
    exercises : list of str, optional
        Some of its exercises (default: all).
    corpus : bool
        Also grade the instructor's solution and the corpus with every check.
    secret : CourseSecret
        Draws the hidden inputs of the mutants and of the corpus's matrix.
    mutants : bool
        ``False`` grades the corpus alone.
    other_secrets : dict, optional
        Labelled secrets under which the instructor's solution and the corpus
        are graded as well (:attr:`AuditReport.verdicts`), for their verdicts
        only: each stops at its first failing check (the matrix and the first
        messages are the audit secret's).
    families : tuple of str
        The operator families whose mutants are graded (:data:`FAMILIES`); each is
        reported apart in :attr:`AuditReport.families`.
    matrix : bool
        Grade the corpus under the audit's secret with every check of its
        exercise (the check x mistake matrix). ``False`` stops each solution at
        its first failing check there too: the same verdicts, scores below full
        marks and first failures, for a fraction of the cost (the test suite).
    matrix_everywhere : bool
        Every check under every secret, not only the audit's: the per-check verdicts that must
        not depend on the draw (``benchmarks/draw_independence.py``).
    mutant_secrets : dict, optional
        Labelled secrets under which every mutant is judged as well (each up to its first
        failing check, the plan run once): :attr:`ExerciseAudit.draw_dependent` lists those
        killed under some secrets and not others.
    """
    raise_own_limits()
    config = fit_to_process_limit(config or AUDIT_CONFIG)
    exercises = exercises or list(assignment.exercise_ids)
    equivalents = load_equivalents(equivalents_file(assignment))
    secrets = ({AUDIT_LABEL: secret} if corpus else {}) | dict(other_secrets or {})
    verdict_only = {label: not matrix_everywhere and (label != AUDIT_LABEL or not matrix) for label in secrets}
    todo = {ex: [m for family in (families if mutants else ())
                 for m in family_mutants(assignment.instructor_solution(ex), ex, family)] for ex in exercises}
    entries = {ex: [instructor_entry(assignment, ex)] + [e for e in corpus_entries(assignment) if e.exercise == ex]
               for ex in exercises}
    outcomes: dict[str, list[MutantOutcome]] = {}
    verdicts: dict[str, dict[str, list[CorpusRow]]] = {label: {} for label in secrets}
    with tempfile.TemporaryDirectory(prefix="audit-") as tmp, reference_values_kept(
            None, secret, lambda *a: None, (str(assignment.folder),)):
        setup = _setup(assignment, config, secret, Path(tmp), log)
        jobs = max(1, config.jobs)
        log(f"grading {sum(len(m) for m in todo.values())} mutants"
            + (f" and {sum(len(e) for e in entries.values())} solutions under {len(secrets)} secret(s)"
               if secrets else "") + f" with {jobs} job(s)")
        with ThreadPoolExecutor(max_workers=1) as starter, ThreadPoolExecutor(max_workers=jobs) as pool:
            # the next exercise's template starts while this one's notebooks are graded
            upcoming: Future | None = starter.submit(_Batch, setup, exercises[0])
            try:
                for k, ex in enumerate(exercises):
                    batch = upcoming.result()
                    upcoming = starter.submit(_Batch, setup, exercises[k + 1]) if k + 1 < len(exercises) else None
                    try:
                        judged = [pool.submit(_judge, batch, m, secret, mutant_secrets) for m in todo[ex]]
                        rows = ([pool.submit(_corpus_rows, batch, e, secrets, verdict_only) for e in entries[ex]]
                                if secrets else [])
                        outcomes[ex] = [f.result() for f in judged]
                        graded = [f.result() for f in rows]
                        for label in secrets:
                            verdicts[label][ex] = [by_label[label] for by_label in graded]
                    finally:
                        batch.close()
                    log(f"  {ex}: {len(todo[ex])} mutants"
                        + (f", {len(entries[ex])} solutions x {len(secrets)} secret(s)" if secrets else ""))
            finally:
                if upcoming is not None and upcoming.exception() is None:
                    upcoming.result().close()
    by_family = {family: {ex: ExerciseAudit(ex, [o for o in outcomes[ex] if o.mutant.family == family],
                                            equivalents, family)
                          for ex in exercises} for family in (families if mutants else (SYNTACTIC,))}
    report = AuditReport(by_family.get(SYNTACTIC, {ex: ExerciseAudit(ex, [], equivalents) for ex in exercises}),
                         verdicts.get(AUDIT_LABEL, {}), families=by_family, verdicts=verdicts)
    report.checks = {ex: [c.name for c in setup.checks if c.exercise == ex] for ex in exercises}
    return report
