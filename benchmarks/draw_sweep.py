"""Do correct solutions pass every hidden check on every draw? A sweep over many draws, in process.

Calibration proves the instructor's solution on one course's draws; per-submission draws give
every student draws of their own, which calibration never saw. Before an exercise's draws are
made per submission, its checks must pass every correct form on (practically) every draw. This
script runs an exercise's checks (all but the contract, which needs a real kernel) against the
instructor's solution, and with ``--corpus`` against the corpus's correct forms too (and its
wrong forms, each of which must fail a check on every draw), under
``--draws`` course secrets (``sha256("sweep <i>")``: a failure can be replayed), in this process
(``autograder/audit/inprocess.py``), spread over ``--jobs`` processes. It prints, per check, how
many draws failed which form, with the first messages and the failing draws' numbers.

Usage: ``.venv/bin/python benchmarks/draw_sweep.py --exercise ex1_irls_logistic --draws 600 [--corpus]``
(ex1: about 1.7 s per draw and form on one core).
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # genomics.py: the first assignment


def secret_number(i: int):
    from autograder.course.secret import CourseSecret

    return CourseSecret(hashlib.sha256(f"sweep {i}".encode()).digest())


def forms(exercise: str, corpus: bool, verdict: str = "correct", folders: tuple[str, ...] = ()) -> dict[str, str]:
    """name -> code of every form to sweep with this verdict (the instructor's is correct), from the
    corpus and from ``folders`` laid out as the corpus (a blind set: ``<folder>/<exercise>/*.py``)."""
    from genomics import instructor_solution
    from genomics import corpus_entries

    found = {"instructor": instructor_solution(exercise)} if verdict == "correct" else {}
    if corpus:
        for entry in corpus_entries():
            if entry.exercise == exercise and entry.verdict == verdict:
                found[entry.name] = entry.path.read_text()
    for folder in folders:
        for path in sorted((Path(folder) / exercise).glob("*.py")):
            if path.read_text().startswith(f"# verdict: {verdict}"):
                found[f"{Path(folder).name}/{path.stem}"] = path.read_text()
    return found


def sweep(exercise: str, corpus: bool, draws: list[int], folders: tuple[str, ...] = ()) \
        -> list[tuple[str, str, int, str]]:
    """(form, check, draw, message) of every failure of a correct form over ``draws``, and
    (form, "(no check failed)", draw, "") for every draw on which a wrong form passed them all."""
    from autograder.audit.inprocess import InProcessKernel, namespace_of
    from autograder.grading.checking import run_checks
    from genomics import load_checks
    from autograder.common.config import GradingConfig

    checks = [c for c in load_checks() if c.exercise == exercise and c.name != "contract"]
    config = GradingConfig()
    failures = []
    with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):  # what the solutions print
        for name, code in forms(exercise, corpus, "correct", folders).items():
            for i in draws:
                results = run_checks(checks, InProcessKernel(namespace_of(code)), config, secret_number(i))
                failures += [(name, r.name, i, r.message) for r in results if not r.passed]
        for name, code in forms(exercise, corpus, "wrong", folders).items():
            for i in draws:
                try:
                    results = run_checks(checks, InProcessKernel(namespace_of(code)), config, secret_number(i))
                except Exception:  # noqa: BLE001, S112 - a wrong form that breaks the sweep is caught anyway
                    continue
                if all(r.passed for r in results):  # (a mistake only the contract sees shows up here)
                    failures.append((name, "(no check failed)", i, ""))
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exercise", default="ex1_irls_logistic")
    parser.add_argument("--draws", type=int, default=300)
    parser.add_argument("--first", type=int, default=0, help="number of the first draw (default 0)")
    parser.add_argument("--corpus", action="store_true", help="the corpus's correct forms too")
    parser.add_argument("--folder", action="append", default=[],
                        help="a folder laid out as the corpus (a blind set), swept too; repeatable")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    numbers = list(range(args.first, args.first + args.draws))
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        parts = [numbers[k::args.jobs] for k in range(args.jobs)]
        failures = [f for part in pool.map(sweep, [args.exercise] * args.jobs, [args.corpus] * args.jobs, parts,
                                           [tuple(args.folder)] * args.jobs)
                    for f in part]
    n_correct = len(forms(args.exercise, args.corpus, "correct", tuple(args.folder)))
    n_wrong = len(forms(args.exercise, args.corpus, "wrong", tuple(args.folder)))
    print(f"{args.exercise}: {n_correct} correct and {n_wrong} wrong form(s) x {args.draws} draws in "
          f"{time.perf_counter() - started:.0f} s with {args.jobs} process(es): {len(failures)} finding(s) "
          "(a correct form failing a check, or a wrong one failing none)")
    by_check: dict[str, list] = defaultdict(list)
    for form, check, i, message in failures:
        by_check[check].append((form, i, message))
    for check, rows in sorted(by_check.items()):
        print(f"- {check}: {len(rows)} failure(s); draws {sorted({i for _, i, _ in rows})[:20]}")
        for form, i, message in rows[:40]:
            print(f"    {form} @ draw {i}: {message[:400]}")


if __name__ == "__main__":
    main()
