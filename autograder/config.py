"""Grading settings: every knob typed, described, and safe by default."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields


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
        Host uid (and gid) of every sandboxed process when the grader runs as
        root; None means :data:`autograder.sandbox.identity.DEFAULT_SANDBOX_UID`.
        An ordinary user's kernels always run as that user.
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

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
