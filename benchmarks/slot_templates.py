"""What a host uid per job slot costs: start-up time and memory of one template per slot.

A root grader's run starts one warm template per job slot, each on a host uid it leases
(``autograder/sandbox/uid_pool.py``). This script starts the class's templates (the instructor's
teaching cells run in each) with 1, 2 and 4 slots, as ``KernelSource.create`` does for a class,
and reports the wall time until every template is checked and ready and the memory the templates
hold (the sum of their processes' Pss, from ``/proc/PID/smaps_rollup``: pages a forked template
shares are counted once).

Usage (as root, which leases uids): ``.venv/bin/python benchmarks/slot_templates.py``
(about half a minute).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # genomics.py: the first assignment


def pss_mib(pid: int) -> float:
    """Pss of ``pid`` and of every process below it, MiB."""
    total = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
            for task in os.listdir(f"/proc/{current}/task"):
                children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
                todo += [int(c) for c in children]
        except OSError:
            continue
    return total


def main() -> None:
    from genomics import GENOMICS, build_source_notebook
    from autograder.common.config import GradingConfig
    from autograder.grading.notebooks import build_plan, extract_student_code
    from autograder.sandbox.kernels import KernelSource
    from autograder.sandbox.launch import make_launcher

    if os.geteuid() != 0:
        raise SystemExit("run as root: an ordinary user's kernels share the user's uid, with one template")
    source = build_source_notebook()
    plan = build_plan(source, extract_student_code(source, source))
    print(f"{'slots':>5} {'ready (s)':>10} {'templates Pss (MiB)':>20} {'per slot (MiB)':>15}  host uids")
    for slots in (1, 2, 4):
        config = GradingConfig(jobs=slots)
        started = time.perf_counter()
        kernels = KernelSource.create(make_launcher(config, GENOMICS.manifest.preload), config, plan, slots=slots)
        ready = time.perf_counter() - started
        try:
            memory = sum(pss_mib(t.worker.proc.pid) for t in kernels.templates)
            print(f"{slots:>5} {ready:>10.2f} {memory:>20.0f} {memory / slots:>15.0f}  {kernels.host_uids()}")
        finally:
            kernels.close()


if __name__ == "__main__":
    main()
