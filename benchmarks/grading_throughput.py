"""Grading throughput: this autograder (sandbox on) beside stock ``nbgrader autograde``.

Grades N copies of the instructor's solutions three ways and prints seconds per
notebook:

* ``autograder grade --jobs 1`` and ``--jobs 2`` (sandbox on, fork server);
* ``--jobs 2`` on distinct notebooks as well: the demo's class (the solution corpus, right and
  wrong, with the instructor's and the release notebook), and the same class submitted twice,
  for the marginal cost of a real class; each run twice, the spread is the run-to-run noise;
* stock ``nbgrader autograde`` on the same notebooks (fresh kernel per notebook,
  every cell executed, no sandbox);
* the floor: the checks' own compute plus the student's cells, summed from the
  per-check and per-cell times the autograder records.

Usage: ``.venv/bin/python benchmarks/grading_throughput.py --copies 20 --stock-copies 6``
(``--only-corpus`` for the distinct notebooks alone).
Figures are written to ``benchmarks/results/throughput.json`` as well.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # genomics.py: the first assignment

from genomics import EXERCISES, GENOMICS, instructor_solution  # noqa: E402
from autograder.course.classrun import grade_course  # noqa: E402
from autograder.common.config import GradingConfig  # noqa: E402
from autograder.course.folder import init_course, run_nbgrader  # noqa: E402
from autograder.course.demo import notebook_with, submit, submit_corpus  # noqa: E402


def make_class(root: Path, copies: int):
    course = init_course(root, [GENOMICS])[0]
    release = nbformat.read(course.release_notebook, as_version=4)
    nb = notebook_with(release, {ex: instructor_solution(ex) for ex in EXERCISES})
    for i in range(copies):
        submit(course, f"s{i:03d}", nb)
    return course


def make_corpus_class(root: Path, times: int):
    """The demo's class, each notebook submitted ``times`` times under other names."""
    course = init_course(root, [GENOMICS])[0]
    submit_corpus(course, whole=True)
    for k in range(1, times):
        for folder in sorted(p for p in course.submitted.iterdir() if "~" not in p.name):
            shutil.copytree(folder, course.submitted / f"{folder.name}~{k}")
    return course


def time_autograder(course, jobs: int, full_marks: bool = True) -> dict:
    started = time.perf_counter()
    results = grade_course(course.root, GradingConfig(jobs=jobs), force=True, progress=False,
                           log=lambda *a: None, assignment=course.assignment)
    wall = time.perf_counter() - started
    assert not full_marks or all(r.score == r.max_score for r in results), "a copy lost marks"
    per_notebook = [r.seconds for r in results]
    floor = [sum(c.seconds for c in r.checks)
             + sum(c.seconds for c in r.cells if c.status != "ok" or c.owner == "student")
             for r in results]
    return {"jobs": jobs, "notebooks": len(results), "wall_s": wall,
            "wall_per_notebook_s": wall / len(results),
            "mean_notebook_latency_s": sum(per_notebook) / len(results),
            "floor_per_notebook_s": sum(floor) / len(results)}


def allow_stock_autograde(course) -> None:
    """Let nbgrader's own autograde run in this benchmark's course (trusted copies of the solutions).

    Courses made by ``autograder init`` refuse ``nbgrader autograde``, which runs student code
    unsandboxed; the stock figure needs it, so the config lines that refuse it are dropped here.
    """
    config = course.root / "nbgrader_config.py"
    lines = config.read_text().splitlines(keepends=True)
    config.write_text("".join(line for line in lines if not line.startswith("c.Autograde.")))


def time_stock_nbgrader(course, copies: int) -> dict:
    allow_stock_autograde(course)
    students = sorted(p.name for p in course.submitted.iterdir())[:copies]
    started = time.perf_counter()
    for student in students:
        run_nbgrader(course, ["autograde", "genomics_applications", "--force",
                              f"--student={student}"])
    wall = time.perf_counter() - started
    return {"notebooks": len(students), "wall_s": wall, "wall_per_notebook_s": wall / len(students)}


def time_corpus(tmp: Path) -> dict:
    """Distinct notebooks at --jobs 2: the demo's class once and twice, each graded twice."""
    once, twice = make_corpus_class(tmp / "corpus", 1), make_corpus_class(tmp / "corpus2", 2)
    time_autograder(once, 2, full_marks=False)  # calibrates, computes the reference values: not timed
    time_autograder(twice, 2, full_marks=False)
    runs = {name: [time_autograder(course, 2, full_marks=False)["wall_s"] for _ in range(2)]
            for name, course in (("once", once), ("twice", twice))}
    notebooks = sum(1 for _ in once.submitted.iterdir())
    marginal = [(b - a) / notebooks for a, b in zip(runs["once"], runs["twice"], strict=True)]
    return {"notebooks": notebooks, "wall_s_runs": runs,
            "marginal_per_notebook_s": min(marginal), "marginal_per_notebook_s_runs": marginal,
            # how far two runs of the same class apart: the noise a difference must exceed
            "run_to_run_noise": max(abs(r[0] - r[1]) / min(r) for r in runs.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--stock-copies", type=int, default=6)
    parser.add_argument("--only-corpus", action="store_true", help="only the distinct notebooks")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        if args.only_corpus:
            print(json.dumps({"corpus_jobs2": time_corpus(tmp)}, indent=2))
            return
        course = make_class(tmp / "course", args.copies)
        double = make_class(tmp / "double", 2 * args.copies)
        report = {"copies": args.copies}
        # Start-up (fork server, calibration on the instructor's notebook) is paid once per
        # run; the marginal cost of one more notebook, from runs of N and 2N notebooks, is
        # what a class of 300 sees.
        time_autograder(course, 1)  # warm the file cache so the first figure is not an outlier
        for jobs in (1, 2):
            # best of two runs each: a busy moment of the machine is not the grader's cost
            entry = min((time_autograder(course, jobs) for _ in range(2)), key=lambda e: e["wall_s"])
            twice = min((time_autograder(double, jobs) for _ in range(2)), key=lambda e: e["wall_s"])
            entry["marginal_per_notebook_s"] = (twice["wall_s"] - entry["wall_s"]) / args.copies
            entry["startup_s"] = entry["wall_s"] - args.copies * entry["marginal_per_notebook_s"]
            report[f"autograder_jobs{jobs}"] = entry
        report["corpus_jobs2"] = time_corpus(tmp)
        stock_course = make_class(tmp / "stock", args.stock_copies)
        report["stock_nbgrader"] = time_stock_nbgrader(stock_course, args.stock_copies)
        stock = report["stock_nbgrader"]["wall_per_notebook_s"]
        # The machine notes' figure for a lean torch assignment (no teaching demos):
        report["stock_reference_lean_s"] = 3.8
        for jobs in (1, 2):
            entry = report[f"autograder_jobs{jobs}"]
            entry["throughput_vs_stock"] = stock / entry["wall_per_notebook_s"]
            entry["marginal_throughput_vs_stock"] = stock / entry["marginal_per_notebook_s"]
            entry["marginal_throughput_vs_lean_stock"] = 3.8 / entry["marginal_per_notebook_s"]
            entry["cost_vs_floor"] = entry["mean_notebook_latency_s"] / entry["floor_per_notebook_s"]
        out = Path(__file__).parent / "results" / "throughput.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps(report, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
