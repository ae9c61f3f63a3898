"""Grading mutants and the solution corpus through the real sandboxed path.

Every mutant becomes a notebook: the instructor's solutions in every cell,
the mutant in its own exercise's cell. It is graded exactly as a student's
notebook is (sandboxed kernels forked from a warm template, hidden checks in
this process), with only its exercise's checks and stopping at the first
failure: a mutant is *killed* when any check of its exercise fails. The
solution corpus is graded with every check of its exercise, for the check x
mistake matrix.
"""
from __future__ import annotations

import hashlib
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.assignment import EXERCISES, build_source_notebook, instructor_solution
from autograder.audit.equivalents import Equivalent, load_equivalents
from autograder.audit.mutants import Mutant, mutants_of
from autograder.classrun import load_checks, prepare_kernels
from autograder.config import GradingConfig
from autograder.demo import CorpusEntry, corpus_entries, notebook_with
from autograder.grading import grade_notebook
from autograder.sandbox.launch import make_launcher, raise_own_limits
from autograder.secret import CourseSecret

#: the share of non-equivalent mutants every exercise's checks must kill
TARGET = 0.95


@dataclass
class MutantOutcome:
    mutant: Mutant
    killed: bool
    check: str | None = None   # the first check that failed
    message: str = ""


@dataclass
class ExerciseAudit:
    exercise: str
    outcomes: list[MutantOutcome]
    equivalents: dict[str, Equivalent]

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
        return [e for e in self.equivalents.values() if e.exercise == self.exercise and e.id not in ids]

    @property
    def score(self) -> float:
        relevant = len(self.killed) + len(self.survived)
        return len(self.killed) / relevant if relevant else 1.0


@dataclass
class CorpusRow:
    entry: CorpusEntry
    failed: list[str]
    score: float
    max_score: float


@dataclass
class AuditReport:
    exercises: dict[str, ExerciseAudit]
    corpus: dict[str, list[CorpusRow]] = field(default_factory=dict)
    checks: dict[str, list[str]] = field(default_factory=dict)
    target: float = TARGET


#: the audit's inputs are fixed so its report is reproducible; a course's own secret can be given
AUDIT_SECRET = CourseSecret(hashlib.sha256(b"autograder audit").digest())


@dataclass
class _Setup:
    secret: CourseSecret
    source: nbformat.NotebookNode
    digest: str
    checks: list
    kernels: object
    config: GradingConfig
    budget: dict[str, float]
    folder: Path


class _Course:
    """What calibration needs of a course: where the instructor's notebook is."""

    def __init__(self, source_notebook: Path) -> None:
        self.source_notebook = source_notebook


def _setup(config: GradingConfig, secret: CourseSecret, folder: Path, log) -> _Setup:
    source = build_source_notebook()
    path = folder / "source.ipynb"
    nbformat.write(source, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    checks = load_checks()
    kernels, calibration = prepare_kernels(_Course(path), source, digest, checks, make_launcher(config), config,
                                           secret, log)
    return _Setup(secret, source, digest, checks, kernels, config, calibration.cell_seconds, folder)


def _grade(setup: _Setup, name: str, exercise: str, code: str, stop_at_first_failure: bool):
    solutions = {ex: instructor_solution(ex) for ex in EXERCISES}
    solutions[exercise] = code
    path = setup.folder / f"{name}.ipynb"
    nbformat.write(notebook_with(setup.source, solutions), path)
    checks = [c for c in setup.checks if c.exercise == exercise]
    return grade_notebook(name, path, setup.source, checks, setup.kernels, setup.config, setup.secret,
                          setup.budget, setup.digest, stop_at_first_failure=stop_at_first_failure)


def _judge(setup: _Setup, mutant: Mutant) -> MutantOutcome:
    result = _grade(setup, f"mutant-{mutant.id}", mutant.exercise, mutant.source, True)
    failed = [c for c in result.checks if not c.passed]
    if result.status != "graded":
        return MutantOutcome(mutant, True, None, result.error or "could not be graded")
    if failed:
        return MutantOutcome(mutant, True, failed[0].name, failed[0].message)
    return MutantOutcome(mutant, False)


def _corpus_row(setup: _Setup, entry: CorpusEntry) -> CorpusRow:
    result = _grade(setup, f"corpus-{entry.student}", entry.exercise, entry.path.read_text(), False)
    scores = result.exercises.get(entry.exercise, {"score": 0.0, "max_score": 0.0})
    return CorpusRow(entry, [c.name for c in result.checks if not c.passed], scores["score"],
                     scores["max_score"])


def run_audit(config: GradingConfig | None = None, exercises: list[str] | None = None,
              corpus: bool = True, log=print, secret: CourseSecret = AUDIT_SECRET,
              mutants: bool = True) -> AuditReport:
    """Grade every mutant (and the corpus) of the chosen exercises; see the module doc.

    ``mutants=False`` grades the corpus alone (e.g. under another course secret).
    """
    raise_own_limits()
    config = config or GradingConfig(check_timeout_floor_s=5.0, cell_timeout_floor_s=10.0)
    exercises = exercises or list(EXERCISES)
    equivalents = load_equivalents()
    mutants = {ex: mutants_of(instructor_solution(ex), ex) if mutants else [] for ex in exercises}
    with tempfile.TemporaryDirectory(prefix="audit-") as tmp:
        setup = _setup(config, secret, Path(tmp), log)
        try:
            jobs = max(1, config.jobs)
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                log(f"grading {sum(len(m) for m in mutants.values())} mutants with {jobs} job(s)")
                outcomes = {ex: list(pool.map(lambda m: _judge(setup, m), mutants[ex])) for ex in exercises}
                rows: dict[str, list[CorpusRow]] = {}
                if corpus:
                    entries = [e for e in corpus_entries() if e.exercise in exercises]
                    log(f"grading {len(entries)} corpus solutions")
                    for ex in exercises:
                        rows[ex] = list(pool.map(lambda e: _corpus_row(setup, e),
                                                 [e for e in entries if e.exercise == ex]))
        finally:
            setup.kernels.close()
    report = AuditReport({ex: ExerciseAudit(ex, outcomes[ex], equivalents) for ex in exercises}, rows)
    report.checks = {ex: [c.name for c in setup.checks if c.exercise == ex] for ex in exercises}
    return report
