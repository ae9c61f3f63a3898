"""How long a kernel waited for a CPU it was ready to use: the part of a deadline that the
machine's load spent, not the student's code.

A wall-clock deadline alone makes a verdict depend on the load: a submission whose checked calls
take 3 s on a quiet machine take 7 s while other kernels share its two cores, and a 6 s limit then
fails it in one run and passes it in the next. Linux keeps, for every thread, the time it spent
runnable but queued for a CPU (``/proc/<pid>/task/<tid>/schedstat``, second field, ns); a request's
deadline moves out by what its kernel's threads waited there (``worker.py``), up to a bound. Time
the code spends sleeping or blocked is its own and is not given back, so a hang that sleeps is
stopped on time whatever the load.
"""
from __future__ import annotations

import os


def run_queue_wait_s(pid: int | None) -> float:
    """Seconds the live threads of host process ``pid`` have spent runnable but waiting for a CPU.

    Parameters
    ----------
    pid : int or None
        A host pid (the student's interpreter); None where the worker has none.

    Returns
    -------
    float
        The sum over its threads, s; 0.0 where it cannot be read (no such process, or a kernel
        without scheduler statistics), which leaves deadlines as they were. Threads that have
        exited take their wait with them: the sum can only undercount.
    """
    if pid is None:
        return 0.0
    total_ns = 0
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as stats:
                fields = stats.read().split()
            total_ns += int(fields[1])
        except (OSError, IndexError, ValueError):
            continue  # a thread that ended between the listing and the read
    return total_ns / 1e9
