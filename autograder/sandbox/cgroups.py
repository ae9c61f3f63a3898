"""A cgroup per student kernel: memory, processes and CPU share, and kill-all.

Used where the grader can write a cgroup hierarchy (v1 or v2), which in
practice means a grader running as root. Elsewhere the kernel's supervisor
bounds memory and RLIMIT_NPROC bounds processes (see ``policy.py``).
"""
from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")


class CgroupLimits:
    """A cgroup (v1 or v2) for one kernel: memory and process limits, kill-all.

    Parameters
    ----------
    memory_bytes : int
        Memory limit (bytes); tmpfs pages the kernel writes count too.
    max_pids : int
        Processes and threads at once.
    cpus : float, optional
        Cores of CPU time per period (a CPU quota).
    """

    def __init__(self, memory_bytes: int, max_pids: int, cpus: float | None = None) -> None:
        self.name = f"autograder-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.dirs: list[Path] = []
        self.procs_files: list[Path] = []
        self.version = None
        try:
            if (CGROUP_ROOT / "cgroup.controllers").exists():
                self._setup_v2(memory_bytes, max_pids)
            else:
                self._setup_v1(memory_bytes, max_pids)
            if cpus:
                self._limit_cpu(cpus)
        except OSError:
            self.remove()
            raise

    def _limit_cpu(self, cpus: float) -> None:
        """At most ``cpus`` cores of CPU time per period, where the controller exists."""
        period = 100_000
        quota = max(1000, int(cpus * period))
        if self.version == 2:
            try:
                (self.dirs[0] / "cpu.max").write_text(f"{quota} {period}")
            except OSError:
                pass
            return
        cpu = CGROUP_ROOT / "cpu" / self.name
        try:
            cpu.mkdir()
        except OSError:
            return
        self.dirs.append(cpu)
        (cpu / "cpu.cfs_period_us").write_text(str(period))
        (cpu / "cpu.cfs_quota_us").write_text(str(quota))
        self.procs_files.append(cpu / "cgroup.procs")

    def _setup_v1(self, memory_bytes: int, max_pids: int) -> None:
        mem, pids = CGROUP_ROOT / "memory" / self.name, CGROUP_ROOT / "pids" / self.name
        mem.mkdir()
        self.dirs.append(mem)
        (mem / "memory.limit_in_bytes").write_text(str(memory_bytes))
        try:  # no swap here, but where there is, bound memory+swap too
            (mem / "memory.memsw.limit_in_bytes").write_text(str(memory_bytes))
        except OSError:
            pass
        pids.mkdir()
        self.dirs.append(pids)
        (pids / "pids.max").write_text(str(max_pids))
        self.procs_files = [mem / "cgroup.procs", pids / "cgroup.procs"]
        self.version = 1

    def _setup_v2(self, memory_bytes: int, max_pids: int) -> None:
        group = CGROUP_ROOT / self.name
        group.mkdir()
        self.dirs.append(group)
        (group / "memory.max").write_text(str(memory_bytes))
        (group / "memory.swap.max").write_text("0")
        (group / "pids.max").write_text(str(max_pids))
        self.procs_files = [group / "cgroup.procs"]
        self.version = 2

    @staticmethod
    def sweep_stale() -> int:
        """Remove groups left by grader processes that no longer exist (kill -9)."""
        removed = 0
        for parent in (CGROUP_ROOT, CGROUP_ROOT / "memory", CGROUP_ROOT / "pids", CGROUP_ROOT / "cpu"):
            for group in parent.glob("autograder-*-*") if parent.is_dir() else []:
                try:
                    owner = int(group.name.split("-")[1])
                except (IndexError, ValueError):
                    continue
                if Path(f"/proc/{owner}").exists():
                    continue
                stale = CgroupLimits.__new__(CgroupLimits)
                stale.dirs, stale.version = [group], None
                stale.procs_files = [group / "cgroup.procs"]
                stale.remove()
                removed += 1
        return removed

    @staticmethod
    def available() -> bool:
        """Can this process make kernel cgroups here (usually: is it root)?"""
        try:
            probe = CgroupLimits(1 << 30, 16)
        except OSError:
            return False
        probe.remove()
        return True

    def members(self) -> set[int]:
        pids: set[int] = set()
        for path in self.procs_files:
            try:
                pids.update(int(p) for p in path.read_text().split())
            except OSError:
                pass
        return pids

    def kill_all(self) -> None:
        """SIGKILL every process in the group until none is left."""
        if self.version == 2:
            try:
                (self.dirs[0] / "cgroup.kill").write_text("1")
            except OSError:
                pass
        for _ in range(2000):
            members = self.members()
            if not members:
                return
            for pid in members:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.002)

    def remove(self) -> None:
        self.kill_all()
        for path in self.dirs:
            for _ in range(100):
                try:
                    path.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.005)

    def peak_memory_bytes(self) -> int | None:
        for name in ("memory.max_usage_in_bytes", "memory.peak"):
            try:
                return int((self.dirs[0] / name).read_text())
            except (OSError, ValueError, IndexError):
                continue
        return None

    def add(self, pid: int) -> None:
        """Move a running process (host pid) into this group."""
        for path in self.procs_files:
            path.write_text(str(pid))
