"""The least ``--memory-mb`` with which a sandboxed kernel starts and runs numpy and torch.

``autograder`` refuses a smaller ``--memory-mb`` up front (``autograder/cli/commands.py``,
``MIN_MEMORY_MB``): below it no kernel can start, and every notebook, the
instructor's first, would fail with "the kernel exited". This script finds the
floor again by bisection, with the real sandbox, for each way a kernel is made
and bounded:

* ``warm``: forked from the class's warm template (torch, pandas, matplotlib
  imported before the fork; the kernel pays only for the pages it writes);
* ``cold``: a kernel with a template of its own that imports nothing heavy (a
  notebook whose first cell is the student's), importing numpy and torch under
  its own limit;

each with ``--cgroups auto`` (a memory cgroup, where the grader can make one:
as root) and ``--cgroups off`` (the supervisor's Pss budget and RLIMIT_AS, as
for an ordinary user). A trial passes when the kernel starts and a cell
importing numpy and torch and computing with both answers ``ok``.

Usage: ``.venv/bin/python benchmarks/kernel_memory_floor.py`` (about 4 minutes);
``--instructor`` also bisects the least value with which the instructor's
notebook gets full marks (slower: one calibration per trial).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # genomics.py: the first assignment

from autograder.common.config import GradingConfig  # noqa: E402
from autograder.common.errors import EnvironmentProblem, WorkerError  # noqa: E402

PROBE = ("import numpy as np, torch\n"
         "x = np.ones((100, 100)) @ np.ones((100, 100))\n"
         "t = torch.ones(100, 100) @ torch.ones(100, 100)\n"
         "print(float(x.sum() + t.sum()))\n")


def kernel_runs(config: GradingConfig, cold: bool) -> tuple[bool, str]:
    """(True, '') when a kernel made with ``config`` starts and runs :data:`PROBE`, else (False, why)."""
    from genomics import GENOMICS, build_source_notebook
    from autograder.grading.notebooks import build_plan, extract_student_code
    from autograder.sandbox.kernels import KernelSource
    from autograder.sandbox.launch import make_launcher
    from autograder.sandbox.template import ColdKernel

    launcher = make_launcher(config, GENOMICS.manifest.preload)
    source = build_source_notebook()
    plan = build_plan(source, extract_student_code(source, source))
    kernels = None
    worker = None
    try:
        if cold:
            worker = ColdKernel(launcher, config, None)
        else:
            kernels = KernelSource.create(launcher, config, plan)
            worker = kernels.for_plan(plan, None)[0]()
        worker.start(config.start_timeout_s)
        answer = worker.request("run_cell", 60, "the probe cell", code=PROBE)
        if answer.get("ok"):
            return True, ""
        return False, f"cell: {answer.get('error')!s:.200}"
    except (WorkerError, EnvironmentProblem) as exc:
        return False, f"{type(exc).__name__}: {str(exc)[:200]} | {worker.stderr.text()[-200:] if worker else ''}"
    finally:
        if worker is not None:
            worker.kill()
        if kernels is not None:
            kernels.close()


def instructor_full_marks(config: GradingConfig) -> tuple[bool, str]:
    """(True, '') when the instructor's notebook gets full marks with ``config``.

    Calibrates below ``calibrate_course``, which refuses a ``--memory-mb`` under the floor this
    script measures; nothing is stored.
    """
    from autograder.grading.calibration import ensure_calibration
    from genomics import GENOMICS, load_checks
    from autograder.course.folder import Course, init_course
    from autograder.sandbox.launch import make_launcher
    from autograder.course.secret import load_or_create, secret_path

    global _FRESH
    if _FRESH is None:
        _FRESH = init_course(Path(tempfile.mkdtemp(prefix="memory-floor-")) / "course", [GENOMICS])[0].root
    course = Course(_FRESH, GENOMICS)
    source, digest = course.load_source()
    secret, _ = load_or_create(secret_path(course.root))
    try:
        ensure_calibration(course.source_notebook, source, digest, load_checks(),
                           make_launcher(config, GENOMICS.manifest.preload), config, secret, lambda *a: None, None)
        return True, ""
    except EnvironmentProblem as exc:
        return False, str(exc)[:300]


_FRESH: Path | None = None  # one course made by init for every trial (never written to)


def bisect(works, low: int, high: int, label: str) -> int:
    """The least value in (low, high] for which ``works(value)`` holds (``works(high)`` must)."""
    ok, why = works(high)
    if not ok:
        raise SystemExit(f"{label}: even {high} MiB fails: {why}")
    while high - low > 8:
        middle = (low + high) // 2
        started = time.monotonic()
        ok, why = works(middle)
        print(f"  {label}: {middle:5d} MiB {'ok  ' if ok else 'FAIL'} ({time.monotonic() - started:4.1f} s) {why}",
              flush=True)
        if ok:
            high = middle
        else:
            low = middle
    return high


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instructor", action="store_true", help="also bisect the instructor's full marks")
    parser.add_argument("--high", type=int, default=2048)
    parser.add_argument("--no-kernels", dest="kernels", action="store_false", help="skip the kernel floors")
    args = parser.parse_args()
    base = GradingConfig(jobs=1, sandbox="bwrap")
    floors = {}
    for cgroups in ("auto", "off"):
        for cold in (False, True) if args.kernels else ():
            label = f"{'cold' if cold else 'warm'} kernel, --cgroups {cgroups}"
            def trial(mb, cg=cgroups, c=cold):
                return kernel_runs(replace(base, memory_mb=mb, cgroups=cg), c)

            floors[label] = bisect(trial, 0, args.high, label)
            print(f"{label}: least --memory-mb that works: {floors[label]}", flush=True)
        if args.instructor:
            label = f"instructor's full marks, --cgroups {cgroups}"
            def calibrated(mb, cg=cgroups):
                return instructor_full_marks(replace(base, memory_mb=mb, cgroups=cg))

            floors[label] = bisect(calibrated, 0, args.high, label)
            print(f"{label}: least --memory-mb that works: {floors[label]}", flush=True)
    print("\n".join(f"{label}: {mb} MiB" for label, mb in floors.items()))


if __name__ == "__main__":
    main()
