"""What a student kernel may use, stated once: limits, who enforces them, and how.

:class:`SandboxPolicy` is computed once per grading run from the settings, the
sandbox identity and whether cgroups can be made. It gives the limits each
kernel is forked with (:meth:`kernel_limits`) and says, truthfully, which
limits hold and by what means (:meth:`rows`, :meth:`describe`): a grader
running as an ordinary user has no cgroup, and then the kernel's supervisor
bounds memory instead, RLIMIT_NPROC bounds processes, and nothing bounds a
kernel's share of the CPU but its time limits.
"""
from __future__ import annotations

from dataclasses import dataclass

from autograder.config import GradingConfig
from autograder.sandbox.identity import SandboxIdentity
from autograder.sandbox.seccomp_policy import CompiledFilter

MiB = 1024 * 1024
#: tasks of a kernel's user namespace that are the sandbox's, not the student's: the intermediate
#: (outside the kernel's PID namespace) and the supervisor (its PID 1). They count against the
#: kernel's ``max_processes`` like every other task: the student's code may have the rest.
SANDBOX_PROCESSES = 2

#: what Linux counts per host uid, not per user namespace: every kernel of one host uid draws on
#: the same count, so one can use up a classmate's share or signal a number to it (issue 16: a
#: host uid per kernel is still to come)
PER_UID_COUNTERS = "inotify instances and watches, pipe buffer pages, POSIX message-queue bytes"
#: the channels that remain between kernels alive at the same time
SHARED_BETWEEN_KERNELS = ("host uid {uid}'s per-uid counters (" + PER_UID_COUNTERS + "); the machine's "
                          "CPU time and memory pressure, which any kernel can see (load average, "
                          "/proc/meminfo, /proc/pressure); nothing else")


@dataclass(frozen=True)
class SandboxPolicy:
    """The limits and protections of every student kernel of one grading run."""

    config: GradingConfig
    identity: SandboxIdentity
    cgroups: bool
    seccomp: CompiledFilter

    @property
    def processes(self) -> int:
        """The kernel's limit on tasks at once, exactly ``--max-processes``.

        It is RLIMIT_NPROC of the student process (what ``ulimit -u`` and
        ``resource.getrlimit`` say inside the kernel) and the pids cgroup's
        ``pids.max``; both count every process and thread of the kernel, the
        sandbox's :data:`SANDBOX_PROCESSES` included.
        """
        return self.config.max_processes

    def kernel_limits(self) -> dict[str, int | bool]:
        """What the template passes to each forked kernel (``kernel/agent.py``)."""
        c = self.config
        return {
            "memory_bytes": c.memory_mb * MiB,
            "cpu_seconds": c.cpu_seconds,
            "file_bytes": c.file_mb * MiB,
            "processes": self.processes,
            "tmp_bytes": c.tmp_mb * MiB,
            "home_bytes": c.home_mb * MiB,
            "shm_bytes": c.shm_mb * MiB,
            "poll_memory": not self.cgroups,
        }

    def enforcement(self) -> str:
        """How the limits are enforced, without the run's particular ids (a calibration key part)."""
        who = "a dedicated uid" if self.identity.switch else "the grader's own uid"
        return (f"bubblewrap as {who}; {'cgroups' if self.cgroups else 'supervisor and rlimits'}; "
                f"seccomp allows {len(self.seccomp.allowed)} calls (filter {self.seccomp.digest})")

    def rows(self) -> list[tuple[str, str]]:
        """(what, how it is enforced) for every limit and protection in force."""
        c = self.config
        if self.cgroups:
            memory = f"{c.memory_mb} MiB in total, tmpfs included (memory cgroup)"
            processes = (f"{c.max_processes} processes and threads at once, {SANDBOX_PROCESSES} of them the "
                         "sandbox's (pids cgroup, and RLIMIT_NPROC in the kernel's user namespace)")
            cpu = f"{c.cpus:g} core(s) at once (CPU cgroup quota); {c.cpu_seconds} s CPU per process (RLIMIT_CPU)"
        else:
            memory = (f"{c.memory_mb} MiB in total, tmpfs included (Pss polled every 0.1 s by the kernel's "
                      f"PID 1; no writable cgroup), and {c.memory_mb} MiB address space per process "
                      "(RLIMIT_AS)")
            processes = (f"{c.max_processes} processes and threads at once, {SANDBOX_PROCESSES} of them the "
                         "sandbox's (RLIMIT_NPROC, counted in the kernel's own user namespace)")
            cpu = (f"{c.cpu_seconds} s CPU per process (RLIMIT_CPU); no per-kernel core share "
                   "without a cgroup (wall-clock limits stop a kernel that hogs the CPU)")
        return [
            ("host uid", self.identity.describe() + "; never 0, checked at start-up"),
            ("capabilities", "none (bounding set empty, securebits locked, no_new_privs)"),
            ("system calls", f"seccomp (libseccomp) allow list: {len(self.seccomp.allowed)} calls, every "
                             f"other one fails with ENOSYS; {len(self.seccomp.denied)} dangerous ones refused "
                             "by name (EPERM); no new namespaces, no socket families but "
                             "unix/inet/inet6/netlink"),
            ("memory", memory),
            ("processes", processes),
            ("CPU", cpu),
            ("writable", f"private tmpfs only: /tmp {c.tmp_mb} MiB, home {c.home_mb} MiB, "
                         f"/dev/shm {c.shm_mb} MiB; files at most {c.file_mb} MiB"),
            ("read-only", "/, /usr, Python, /proc (all of it), device nodes"),
            ("network", "none (own empty network namespace; vsock refused)"),
            ("own to each kernel", "user, mount, PID, IPC, UTS, network and cgroup namespaces, "
                                   "keyring, /dev, /tmp, home and /dev/shm"),
            ("shared with other kernels", SHARED_BETWEEN_KERNELS.format(uid=self.identity.uid)),
        ]

    def describe(self) -> str:
        c = self.config
        how = "cgroup" if self.cgroups else "no cgroup: supervisor and rlimits"
        return (f"bubblewrap as {self.identity.describe()}, no network, memory {c.memory_mb} MiB, "
                f"{c.max_processes} processes, CPU time {c.cpu_seconds} s ({how}), seccomp on; "
                f"kernels alive at the same time share host uid {self.identity.uid}'s counters "
                f"({PER_UID_COUNTERS})")
