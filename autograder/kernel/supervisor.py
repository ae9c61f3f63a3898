"""PID 1 of a student kernel: reaps, forwards interrupts, enforces budgets.

The supervisor runs no student code. It is not dumpable and holds no
capabilities, so the student process (same uid, no capabilities, ptrace
denied by seccomp) can neither read nor change its memory. When the student
process exits, the supervisor exits, and the kernel then kills every process
left in the PID namespace, detached ones included.

Where the grader could not give the kernel a memory cgroup, the supervisor
is what bounds the kernel's total memory: every ``POLL_S`` seconds it adds
the proportional set size (Pss) of every process in its namespace to the
bytes held in the kernel's tmpfs mounts, and ends the kernel when the sum
exceeds its budget. (The process count needs no polling: RLIMIT_NPROC is
counted per user namespace, so it bounds this kernel alone.)

This file runs inside the sandbox and uses only the standard library.
"""
from __future__ import annotations

import os
import signal
import time

POLL_S = 0.1
TMPFS_MOUNTS = ("/tmp", "/home/student", "/dev/shm")


def _pss_bytes(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tmpfs_bytes() -> int:
    used = 0
    for path in TMPFS_MOUNTS:
        try:
            stat = os.statvfs(path)
        except OSError:
            continue
        used += (stat.f_blocks - stat.f_bfree) * stat.f_frsize
    return used


def kernel_memory_bytes() -> int:
    """Memory the kernel holds: Pss of every process here plus its tmpfs files."""
    own = str(os.getpid())
    pids = [p for p in os.listdir("/proc") if p.isdigit() and p != own]
    return sum(_pss_bytes(p) for p in pids) + _tmpfs_bytes()


def _reap(student: int) -> bool:
    """Reap every exited child; True once the student process is among them."""
    gone = False
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return True
        if pid == 0:
            return gone
        gone = gone or pid == student


def supervise(student: int, memory_budget: int | None, report_fd: int) -> None:
    """Watch the student process until it ends (or breaks its budget), then return.

    Parameters
    ----------
    student : int
        PID of the student process in this namespace (2).
    memory_budget : int or None
        Bytes; None when a cgroup bounds the kernel's memory instead.
    report_fd : int
        Where to write one line saying why the kernel was ended (the
        kernel's stderr pipe).
    """
    signal.signal(signal.SIGINT, lambda *_: _forward(student, signal.SIGINT))
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        if _reap(student):
            return
        if memory_budget is not None:
            used = kernel_memory_bytes()
            if used > memory_budget:
                _say(report_fd, f"[sandbox] the kernel was ended: it held {used / 2**20:.0f} MiB, "
                                f"over its {memory_budget / 2**20:.0f} MiB memory budget")
                return
            time.sleep(POLL_S)
        else:
            try:
                pid, _ = os.waitpid(-1, 0)
            except ChildProcessError:
                return
            if pid == student:
                _reap(student)
                return


def _forward(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _say(fd: int, text: str) -> None:
    try:
        os.write(fd, (text + "\n").encode())
    except OSError:
        pass
