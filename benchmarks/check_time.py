"""How long ``autograder check`` takes on one notebook, as a student's or TA's command.

Runs ``autograder check NOTEBOOK`` (a child process, timed from start to exit) on a notebook
holding the instructor's solutions but one wrong exercise from the corpus:

* ``cold``: the first run with an empty calibration cache, so it calibrates;
* ``reused``: the runs after it, which reuse the stored calibration;
* ``course``: with ``--course COURSE``, reusing that course's stored calibration.

Usage: ``.venv/bin/python benchmarks/check_time.py --runs 3``. Prints seconds per run and the
best and median of each kind; writes them to ``benchmarks/results/check_time.json`` as well.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the tests' genomics.py: the first assignment's parts

from genomics import CORPUS, EXERCISES, GENOMICS, build_source_notebook, instructor_solution  # noqa: E402
from autograder.course.demo import notebook_with  # noqa: E402

WRONG = CORPUS / "ex1_irls_logistic" / "wrong_poisson_weights.py"


def timed_check(notebook: Path, env: dict, *extra: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "autograder", "check", str(notebook), *extra],
                          capture_output=True, text=True, env=env, timeout=900)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"check failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="reused runs after the cold one (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="check-time-") as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, AUTOGRADER_CACHE_DIR=str(tmp / "cache"))
        notebook = tmp / "my work.ipynb"
        code = {ex: instructor_solution(ex) for ex in EXERCISES}
        code["ex1_irls_logistic"] = WRONG.read_text()
        nbformat.write(notebook_with(build_source_notebook(), code), notebook)
        cold = timed_check(notebook, env)
        reused = [timed_check(notebook, env) for _ in range(args.runs)]
        from autograder.course.classrun import calibrate_course
        from autograder.common.config import GradingConfig
        from autograder.course.folder import init_course

        course = init_course(tmp / "course", [GENOMICS])[0]
        calibrate_course(course.root, GradingConfig(), log=lambda *a: None, assignment=GENOMICS)
        with_course = [timed_check(notebook, env, "--course", str(course.root)) for _ in range(args.runs)]
    figures = {"cold_s": cold, "reused_s": reused, "course_s": with_course,
               "reused_best_s": min(reused), "reused_median_s": statistics.median(reused),
               "course_best_s": min(with_course), "course_median_s": statistics.median(with_course),
               "cores": os.cpu_count()}
    print(f"autograder check on one notebook ({os.cpu_count()} cores):")
    print(f"  cold (calibrates):          {cold:6.1f} s")
    print(f"  calibration reused:         {' '.join(f'{s:.1f}' for s in reused)} s "
          f"(best {min(reused):.1f}, median {statistics.median(reused):.1f})")
    print(f"  with --course (its record): {' '.join(f'{s:.1f}' for s in with_course)} s "
          f"(best {min(with_course):.1f}, median {statistics.median(with_course):.1f})")
    out = ROOT / "benchmarks" / "results" / "check_time.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
