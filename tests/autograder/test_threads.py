"""The grader's own linear algebra runs on one thread (``autograder/common/threads.py``), unless the
user chose a thread count."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from autograder.common.threads import THREAD_VARIABLES

POOLS = ("import threadpoolctl, json\n"
         "print(json.dumps({p['internal_api']: p['num_threads'] for p in threadpoolctl.threadpool_info()}))")


def pools_after(code: str, **env: str) -> dict[str, int]:
    """Thread count per loaded pool (openblas, openmp, ...) of a fresh interpreter after ``code``."""
    clean = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    done = subprocess.run([sys.executable, "-c", f"{code}\n{POOLS}"], env={**clean, **env},
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_numpy_imported_after_the_grader_gets_one_blas_thread():
    pools = pools_after("import autograder, numpy")
    assert pools.get("openblas") == 1, pools


def test_numpy_imported_before_the_grader_is_limited_to_one_thread_as_well():
    assert pools_after("import numpy")["openblas"] == os.cpu_count()  # the control: the pool numpy makes
    pools = pools_after("import numpy, autograder")
    assert set(pools.values()) == {1}, pools


def test_a_thread_count_the_user_chose_is_kept():
    pools = pools_after("import numpy, autograder", OPENBLAS_NUM_THREADS="2")
    assert pools["openblas"] == 2, pools
