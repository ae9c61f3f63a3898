"""What the worst notebooks cost: each one's wall time against its budget, and grader peak memory.

Grades, in this process and with the default limits, a class of notebooks
that attack the run's total cost rather than a single cell or call:

* ``many-restarts``: 200 added cells that each print 2 MiB and exit the kernel;
* ``slow-cell-crash-per-check``: a 20 s cell, and a function that exits the
  kernel on every call (each check restarts it and replays the slow cell);
* ``sleeps-under-the-call-floor``: correct functions that sleep just under the
  per-call floor on every call;
* ``untrusted-text``: terminal escapes, bidi overrides and a lone surrogate in
  its output and exception messages;
* ``honest``: the instructor's solutions.

Usage: ``.venv/bin/python benchmarks/hostile_class.py [--jobs 2]``; prints a
table and writes ``benchmarks/results/hostile_class.json``.
"""
from __future__ import annotations

import argparse
import json
import resource
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
from autograder.course.folder import init_course  # noqa: E402
from autograder.course.demo import notebook_with, submit  # noqa: E402

SOLVED = {ex: instructor_solution(ex) for ex in EXERCISES}
FLOOR = GradingConfig().check_timeout_floor_s


def _added(nb, cells):
    nb = nbformat.from_dict(json.loads(nbformat.writes(nb)))
    nb.cells.extend(nbformat.v4.new_code_cell(src) for src in cells)
    return nb


def _sleepy(exercise: str, functions: list[str]) -> str:
    wrappers = "".join(
        f"\n_orig_{f} = {f}\ndef {f}(*a, **k):\n    _t.sleep({FLOOR - 0.5})\n    return _orig_{f}(*a, **k)\n"
        for f in functions)
    return SOLVED[exercise] + "\nimport time as _t\n" + wrappers


def build(root: Path):
    course = init_course(root, [GENOMICS])[0]
    release = nbformat.read(course.release_notebook, as_version=4)
    solved = notebook_with(release, SOLVED)
    submit(course, "honest", solved)
    submit(course, "many-restarts",
           _added(solved, ["print('x' * (2 << 20), flush=True)\nimport os\nos._exit(1)"] * 200))
    crash = SOLVED["ex1_irls_logistic"] + "\ndef irls_logistic(*a, **k):\n    import os\n    os._exit(3)\n"
    submit(course, "slow-cell-crash-per-check",
           _added(notebook_with(release, dict(SOLVED, ex1_irls_logistic=crash)), ["import time\ntime.sleep(20)"]))
    sleepy = dict(SOLVED, ex1_irls_logistic=_sleepy("ex1_irls_logistic", ["irls_logistic"]),
                  ex2_condition=_sleepy("ex2_condition", ["design_with_condition", "coefficient_rmse"]))
    submit(course, "sleeps-under-the-call-floor", notebook_with(release, sleepy))
    text = ('import sys\nprint("\\x1b[2J\\x1b[31mred\\x1b[0m \\u202e")\n'
            'def irls_logistic(X, y, max_iter=25, tol=1e-8):\n    raise ValueError("\\ud800 \\x1b[5m")\n')
    submit(course, "untrusted-text", notebook_with(release, dict(SOLVED, ex1_irls_logistic=text)))
    return course


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    config = GradingConfig(jobs=args.jobs)
    tmp = Path(tempfile.mkdtemp(prefix="hostile-"))
    lines: list[str] = []
    try:
        course = build(tmp / "course")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        results = grade_course(course.root, config, force=True, progress=False, log=lines.append,
                               assignment=course.assignment)
        wall = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        budget_line = next((x for x in lines if "may cost" in x), "")
        rows = [{"student": r.student, "seconds": round(r.seconds, 1), "score": r.score,
                 "budget_checks": sum(c.kind == "budget" for c in r.checks),
                 "kept_output_bytes": len(r.stdout) + len(r.stderr)} for r in results]
        report = {"jobs": args.jobs, "wall_s": round(wall, 1), "budget": budget_line,
                  "grader_peak_rss_mib": round(peak, 1), "grader_rss_before_grading_mib": round(rss_before, 1),
                  "notebooks": rows}
        print(budget_line)
        print(f"{'student':30} {'seconds':>8} {'score':>6} {'budget-failed':>13} {'kept output':>12}")
        for row in rows:
            print(f"{row['student']:30} {row['seconds']:>8} {row['score']:>6} {row['budget_checks']:>13} "
                  f"{row['kept_output_bytes']:>12}")
        print(f"wall {wall:.1f} s with --jobs {args.jobs}; grader peak RSS {peak:.0f} MiB "
              f"({rss_before:.0f} MiB before grading)")
        out = Path(__file__).resolve().parent / "results" / "hostile_class.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
