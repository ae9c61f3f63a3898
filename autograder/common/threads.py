"""One thread for the grader's own linear algebra.

The grader's process runs the hidden checks (reference values, designs, the Monte Carlo
statistics) on matrices of tens to hundreds of rows, in as many threads as it runs jobs, beside
kernels that keep every core busy. A BLAS pool of one thread per core gains nothing on matrices
that small, and under that load its idle threads spin for their share of a core: measured on
this project's 2 cores with both kept busy, ``tests/autograder/test_submission_draws.py`` (the ex2
checks in process) took 89 s with OpenBLAS's default pool and 10 s with one thread.
Kernels are pinned to one thread by their own environment (``sandbox/environment.py``).
"""
from __future__ import annotations

import os
import sys

#: read by OpenMP, MKL, OpenBLAS and numexpr when they load (and by the processes this one starts)
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS")
#: modules that load a thread pool as they are imported
_POOLED = ("numpy", "scipy", "torch", "sklearn")


def pin_math_threads() -> None:
    """Give this process's BLAS and OpenMP pools one thread, unless the user chose a count.

    A variable the user set is kept. Pools not loaded yet read the variables as they load; pools
    already loaded (numpy imported before the grader) are limited through threadpoolctl.
    """
    chosen = any(name in os.environ for name in THREAD_VARIABLES)
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    if not chosen and any(name in sys.modules for name in _POOLED):
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1)
