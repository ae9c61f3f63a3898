"""Grading settings: every knob typed, described, and safe by default."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields


#: The least ``--memory-mb`` accepted. Below it no notebook of this course can be graded: the
#: instructor's own solutions lose marks, so the run would stop anyway, after calibrating, with
#: kernels that "exited". Measured with the real sandbox by ``benchmarks/kernel_memory_floor.py``
#: (bisection, 8 MiB steps; 2 cores, Python 3.11, torch 2.13 CPU): a kernel starts and runs numpy and
#: torch from 16 MiB with a memory cgroup (as root) and from 40 MiB without one (an ordinary user:
#: Pss budget and RLIMIT_AS); the instructor's notebook gets full marks from 48 MiB and 112 MiB.
#: 128 MiB is the round value above both; real student code wants far more (the default).
MIN_MEMORY_MB = 128

#: each limit's command-line option, for messages that name it
LIMIT_OPTIONS = {
    "jobs": "--jobs", "memory_mb": "--memory-mb", "max_processes": "--max-processes", "cpus": "--cpus",
    "cpu_seconds": "--cpu-seconds", "cell_timeout_floor_s": "--cell-timeout-floor",
    "check_timeout_floor_s": "--check-timeout-floor", "notebook_time_floor_s": "--notebook-time-floor",
    "notebook_time_factor": "--notebook-time-factor", "max_kernel_starts": "--max-kernel-starts",
}


@dataclass(frozen=True)
class GradingConfig:
    """Settings of one grading run.

    Attributes
    ----------
    jobs : int
        Submissions graded at once (default: the number of cores).
    memory_mb : int
        Memory limit of one student kernel, MiB.
    max_processes : int
        Processes and threads one student kernel may have at once, the sandbox's own two
        included: the kernel's RLIMIT_NPROC (what ``ulimit -u`` says inside it) and, as
        root, its pids cgroup.
    cpus : float
        Cores one student kernel may use at once (cgroup CPU quota), so a
        kernel that spins up busy processes cannot starve the others.
    cpu_seconds : int
        CPU time limit of each process of a student kernel, s.
    cell_timeout_floor_s : float
        Least time a student cell may run, s.
    cell_timeout_factor : float
        A cell may run this many times longer than the instructor's
        corresponding cell took in the calibration run.
    check_timeout_floor_s : float
        Least time one call made by a hidden check may take, s.
    check_timeout_factor : float
        A call may take this many times the reference's own run time.
    start_timeout_s : float
        Time allowed for a kernel to start (imports included), s.
    output_limit_bytes : int
        Bytes of a kernel's stdout and of its stderr kept for the log; also the
        most kept for one notebook over all its kernels (restarts included).
    notebook_time_floor_s : float
        Least wall time one notebook may cost in total (cells, restarts and
        every checked call), s.
    notebook_time_factor : float
        A notebook may cost this many times the instructor's whole graded
        notebook in the calibration run; after that its remaining checks fail
        with the reason, and the run moves on.
    max_kernel_starts : int
        Kernels one notebook may start (the first and every restart after a
        hang or crash, each replaying the cells).
    sandbox : str
        ``"auto"`` (bubblewrap when usable, else refuse), ``"bwrap"``, or
        ``"none"`` (trusted notebooks only: runs student code unconfined).
    sandbox_uid : int or None
        First uid of the pool from which each template leases its host uid
        (and gid of the same number) when the grader runs as root; None means
        :data:`autograder.sandbox.identity.DEFAULT_SANDBOX_UID`.
        An ordinary user's kernels lease the user's subordinate uids
        (``sandbox/subids.py``), or run as the user without them or when this
        is the user's own uid.
    cgroups : str
        ``"auto"`` (a cgroup per kernel where the grader can make one) or
        ``"off"`` (the kernel's supervisor and rlimits bound it instead).
    tmp_mb, home_mb, shm_mb : int
        Sizes of a kernel's private tmpfs ``/tmp``, home and ``/dev/shm``, MiB.
    file_mb : int
        Largest file a kernel may write, MiB.
    """

    jobs: int = max(1, os.cpu_count() or 1)
    memory_mb: int = 2048
    max_processes: int = 64
    cpus: float = 1.0
    cpu_seconds: int = 600
    cell_timeout_floor_s: float = 30.0
    cell_timeout_factor: float = 20.0
    check_timeout_floor_s: float = 10.0
    check_timeout_factor: float = 50.0
    start_timeout_s: float = 60.0
    output_limit_bytes: int = 1 << 20
    notebook_time_floor_s: float = 120.0
    notebook_time_factor: float = 10.0
    max_kernel_starts: int = 12
    sandbox: str = "auto"
    sandbox_uid: int | None = None
    cgroups: str = "auto"
    tmp_mb: int = 256
    home_mb: int = 128
    shm_mb: int = 64
    file_mb: int = 128

    def cell_timeout(self, reference_seconds: float | None) -> float:
        base = self.cell_timeout_factor * (reference_seconds or 0.0)
        return max(self.cell_timeout_floor_s, base)

    def check_timeout(self, reference_seconds: float | None) -> float:
        base = self.check_timeout_factor * (reference_seconds or 0.0)
        return max(self.check_timeout_floor_s, base)

    def notebook_budget(self, reference_seconds: float | None) -> float:
        """Total wall seconds one notebook may cost, from the instructor's graded notebook's."""
        base = self.notebook_time_factor * (reference_seconds or 0.0)
        return max(self.notebook_time_floor_s, base)

    def limit_problem(self) -> str | None:
        """Why these limits cannot grade anything, naming the option and what works; None when they can.

        Checked before any sandbox starts, so that a limit no kernel can live with is one plain
        sentence, not a calibration in which every kernel dies.
        """
        default = GradingConfig()
        if self.memory_mb < MIN_MEMORY_MB:
            return (f"--memory-mb {self.memory_mb} is too small: a sandboxed kernel with numpy and torch "
                    f"needs at least {MIN_MEMORY_MB} MiB to grade this course's notebooks; use --memory-mb "
                    f"{MIN_MEMORY_MB} or more (the default, {default.memory_mb}, suits most classes)")
        # SANDBOX_PROCESSES (sandbox/policy.py): the sandbox's own two tasks count against the limit
        least = {"jobs": 1, "max_processes": 3, "cpus": 0.01, "cpu_seconds": 1, "cell_timeout_floor_s": 0.1,
                 "check_timeout_floor_s": 0.1, "notebook_time_floor_s": 0.1, "notebook_time_factor": 0,
                 "max_kernel_starts": 1}
        for name, smallest in least.items():
            value = getattr(self, name)
            if value < smallest:
                return (f"{LIMIT_OPTIONS[name]} {value:g} cannot work: it must be at least {smallest:g} "
                        f"(the default is {getattr(default, name):g})")
        return None

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
