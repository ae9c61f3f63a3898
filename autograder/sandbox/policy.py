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

from autograder.common.config import GradingConfig
from autograder.kernel.confine import PTY_MAX
from autograder.sandbox.identity import SandboxIdentity
from autograder.sandbox.uid_pool import POOL_SIZE
from autograder.sandbox.seccomp_policy import CompiledFilter

MiB = 1024 * 1024
#: tasks of a kernel's user namespace that are the sandbox's, not the student's: the intermediate
#: (outside the kernel's PID namespace) and the supervisor (its PID 1). They count against the
#: kernel's ``max_processes`` like every other task: the student's code may have the rest.
SANDBOX_PROCESSES = 2

#: what Linux counts per host uid, not per user namespace (the charge climbs to the uid that started
#: bubblewrap): kernels of one host uid draw on the same count, so one could use up another's share
#: or signal a number to it. A root grader's templates each lease a uid of their own (one per job
#: slot, ``uid_pool.py``), as do an ordinary user's with subordinate ids (``subids.py``); without
#: them, an ordinary user's kernels are all that user.
PER_UID_COUNTERS = "inotify instances and watches, pipe buffer pages, POSIX message-queue bytes"
#: what a subordinate uid of its own separates (Linux keeps these per host uid, whoever owns the namespace)
SUBORDINATE_UID_COUNTERS = "pipe buffer pages, epoll watches"
#: what Linux charges to the owner of the outermost user namespace, whatever uid a process has inside
#: it: an ordinary user's subordinate ids do not separate these (the seccomp allow list refuses
#: inotify and message queues; each kernel's processes are bounded by ``--max-processes``)
OWNER_COUNTERS = "process count, inotify and message-queue counters"
#: what every kernel alive at the same time shares, whoever runs the grader
SHARED_BY_ALL = ("the machine's CPU time and memory pressure, which any kernel can see (load average, "
                 "/proc/meminfo, /proc/pressure)")


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

    @property
    def mode(self) -> str:
        """Whose host uids kernels run as: ``"root"`` (dedicated uids a root grader leases),
        ``"subids"`` (an ordinary user's subordinate uids) or ``"own"`` (the grader's own uid)."""
        if not self.identity.switch:
            return "own"
        return "root" if self.identity.subids is None else "subids"

    def shared_between_kernels(self) -> str:
        """The channels that remain between kernels alive at the same time."""
        if self.mode == "root":
            return SHARED_BY_ALL + "; nothing else: kernels of different notebooks never share a host uid"
        if self.mode == "subids":
            return (SHARED_BY_ALL + f"; and the grader's uid {self.identity.subids.outer_uid}'s "
                    f"{OWNER_COUNTERS}, which Linux charges to the owner of the kernels' outer user namespace "
                    "(a kernel can reach none of them but its own processes, at most --max-processes)")
        return (f"host uid {self.identity.uid}'s per-uid counters ({PER_UID_COUNTERS}); "
                f"{SHARED_BY_ALL}; nothing else")

    def enforcement(self) -> str:
        """How the limits are enforced, without the run's particular ids (a calibration key part)."""
        who = {"root": "a dedicated uid", "subids": "a subordinate uid", "own": "the grader's own uid"}[self.mode]
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
            ("host uid", self.uid_row()),
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
                                   f"keyring, /dev (with a devpts: at most {PTY_MAX} ptys), /tmp, home and /dev/shm"
                                   + (", and a host uid with its per-uid counters ("
                                      + (PER_UID_COUNTERS if self.mode == "root" else SUBORDINATE_UID_COUNTERS)
                                      + "), shared only with the same notebook's side kernel"
                                      if self.identity.switch else "")),
            ("shared with other kernels", self.shared_between_kernels()),
        ]

    def pool(self) -> str:
        """The range templates lease their uids from."""
        ids = self.identity.subids
        first, size = (self.identity.uid, POOL_SIZE) if ids is None else (ids.first_uid, min(ids.count, POOL_SIZE))
        return f"{first}-{first + size - 1}"

    def uid_row(self) -> str:
        if self.mode == "root":
            return (f"one per template, leased machine-wide from {self.pool()} (a lock per uid, "
                    "checked unused: no process, no file in /tmp, /var/tmp, /dev/shm); one template per job slot, "
                    "whose kernels run one notebook at a time; never 0, checked at start-up")
        if self.mode == "subids":
            return (f"one per template, leased from the grader's subordinate uids {self.pool()} (/etc/subuid, "
                    "mapped by newuidmap; a lock per uid, checked unused); one template per job slot, whose kernels "
                    "run one notebook at a time; never the grader's own uid, never 0, checked at start-up")
        return (self.identity.describe() + "; never 0, checked at start-up"
                + (f" (no subordinate uids: {self.identity.why_shared})" if self.identity.why_shared else ""))

    def describe(self) -> str:
        c = self.config
        how = "cgroup" if self.cgroups else "no cgroup: supervisor and rlimits"
        limits = (f"no network, memory {c.memory_mb} MiB, {c.max_processes} processes, CPU time {c.cpu_seconds} s "
                  f"({how}), seccomp on")
        if self.mode == "root":
            return (f"bubblewrap as dedicated host uids leased from {self.pool()}, one per job slot, "
                    f"{limits}; kernels of different notebooks never share a host uid")
        if self.mode == "subids":
            return (f"bubblewrap as subordinate host uids of uid {self.identity.subids.outer_uid} leased from "
                    f"{self.pool()}, one per job slot, {limits}; kernels of different notebooks never share a "
                    f"host uid (they share uid {self.identity.subids.outer_uid}'s {OWNER_COUNTERS}, which they "
                    "cannot exhaust)")
        return (f"bubblewrap as {self.identity.describe()}, {limits}; "
                f"kernels alive at the same time share host uid {self.identity.uid}'s counters "
                f"({PER_UID_COUNTERS})"
                + (f"; no subordinate uids: {self.identity.why_shared}" if self.identity.why_shared else ""))
