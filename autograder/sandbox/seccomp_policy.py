"""The seccomp filter every student kernel runs under: an allow list.

The filter is defence in depth on top of the unprivileged host uid and the
namespaces. Like Docker's default profile it is an allow list: a kernel may
make the system calls of :data:`ALLOWED_SYSCALLS` (what Python, numpy, torch,
pandas, matplotlib, subprocesses and multiprocessing make, found by tracing;
see ``benchmarks/syscall_census.py``) and the calls of
:data:`ARGUMENT_FILTERED` with the arguments a notebook needs; every other call
fails with ``ENOSYS``, as if the kernel were too old to have it, so that libc
falls back to an older call where it has one. A system call added to Linux
after this list was written is therefore refused, never allowed.

The calls of :data:`DENIED_SYSCALLS`, kernel interfaces a Python exercise never
needs and that have a history of privilege escalation or of reaching outside
the kernel's namespaces, are refused by name with ``EPERM``. Socket families
other than :data:`ALLOWED_SOCKET_FAMILIES` fail with ``EAFNOSUPPORT``;
``clone`` with a namespace flag with ``EPERM``; ``clone3`` with ``ENOSYS``
(its flags are in memory the filter cannot read; libc falls back to
``clone``); ``ioctl(TIOCSTI)`` with ``EPERM``. System calls of any other
architecture (32-bit or x32 calls from a 64-bit process) kill the process.

The filter is built here, in the grader, with libseccomp (through the
``pyseccomp`` bindings), and handed to the sandbox as compiled BPF; the
kernel's supervisor loads it (``kernel/confine.py``) before any student code
runs, and every process of the kernel inherits it. It does not depend on who
grades: root and an ordinary user compile the same program.
"""
from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass

from autograder.common.errors import EnvironmentProblem

#: what every call that is neither allowed nor refused by name gets
DEFAULT_ERRNO = errno.ENOSYS

#: The allow list: (why a kernel needs them, the calls, sorted). Found by tracing,
#: with benchmarks/syscall_census.py, the demo class (the whole solution corpus),
#: tests/sandbox/ and tests/test_class_grading.py (every attack notebook) and a workload of
#: subprocesses, multiprocessing (fork, spawn, forkserver, Manager, shared memory), torch
#: threads and DataLoader workers, matplotlib, pandas, scipy, scikit-learn and joblib; then
#: completed with the calls the same libraries reach through Python's os, io, socket, select,
#: signal, time, mmap, fcntl and resource modules on other paths. Names that are not system
#: calls on the grading machine's architecture (the legacy x86-64 names on aarch64) are skipped.
ALLOWED_SYSCALLS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The process's own memory: the allocator, thread stacks and guard pages, mmap'd files
    # (numpy's memmap, np.load(mmap_mode=...)), shared memory files; torch's allocator and
    # libnuma set a NUMA policy on their own pages. All of it counts against the kernel's
    # memory limit.
    ("memory", ("brk", "get_mempolicy", "madvise", "map_shadow_stack", "mbind", "memfd_create",
                "mmap", "mprotect", "mremap", "msync", "munmap", "set_mempolicy")),
    # Reading and writing descriptors: files, pipes (subprocess, multiprocessing), sockets;
    # sendfile, copy_file_range and splice are shutil's fast copies.
    ("file i/o", ("close", "close_range", "copy_file_range", "dup", "dup2", "dup3", "fadvise64",
                  "fallocate", "fcntl", "fdatasync", "flock", "fsync", "ftruncate", "lseek", "open",
                  "openat", "pipe2", "pread64", "preadv", "preadv2", "pwrite64", "pwritev",
                  "pwritev2", "read", "readv", "sendfile", "splice", "truncate", "write", "writev")),
    # Names, metadata and directories (pathlib, os, shutil, tempfile, sqlite); the kernel can
    # write only its own tmpfs, so these change nothing of the host's. mknod makes FIFOs
    # (os.mkfifo): device nodes need a capability no kernel has. The xattr calls are
    # shutil.copy2's (it fails on ENOSYS, not on EPERM or ENOTSUP).
    ("files and directories", (
        "access", "chdir", "chmod", "chown", "faccessat", "faccessat2", "fchdir", "fchmod",
        "fchmodat", "fchmodat2", "fchown", "fchownat", "fgetxattr", "flistxattr", "fremovexattr",
        "fsetxattr", "fstat", "fstatfs", "getcwd", "getdents64", "getxattr", "lchown", "lgetxattr",
        "link", "linkat", "listxattr", "llistxattr", "lremovexattr", "lsetxattr", "lstat", "mkdir",
        "mkdirat", "mknod", "mknodat", "newfstatat", "readlink", "readlinkat", "removexattr",
        "rename", "renameat", "renameat2", "rmdir", "setxattr", "stat", "statfs", "statx",
        "symlink", "symlinkat", "umask", "unlink", "unlinkat", "utimensat")),
    # Waiting on descriptors: select, selectors and asyncio, multiprocessing's connections,
    # subprocess.communicate, IPython's output capture.
    ("waiting on descriptors", ("epoll_create1", "epoll_ctl", "epoll_pwait", "epoll_wait",
                                "eventfd2", "poll", "ppoll", "pselect6", "select")),
    # Processes and threads: fork, exec (IPython's `x = !cmd`, subprocess, multiprocessing's
    # spawn and forkserver, platform's `uname -p`), waiting, threads (torch's and OpenMP's
    # workers, concurrent.futures) and their futexes, the dynamic loader's set-up.
    # clone is here with its flags filtered (ARGUMENT_FILTERED).
    ("processes and threads", (
        "arch_prctl", "execve", "execveat", "exit", "exit_group", "fork", "futex", "getcpu",
        "getpgid", "getpgrp", "getpid", "getppid", "getsid", "gettid", "pidfd_open", "prctl",
        "rseq", "sched_get_priority_max", "sched_get_priority_min", "sched_getaffinity",
        "sched_getparam", "sched_getscheduler", "sched_rr_get_interval", "sched_setaffinity",
        "sched_setparam", "sched_setscheduler", "sched_yield", "set_robust_list",
        "set_tid_address", "setpgid", "setsid", "vfork", "wait4", "waitid")),
    # Signals, within the kernel's own PID namespace: interrupts, timeouts (signal.alarm,
    # setitimer), faulthandler's alternate stack, raise() and abort().
    ("signals", ("alarm", "getitimer", "kill", "pause", "pidfd_send_signal", "restart_syscall",
                 "rt_sigaction", "rt_sigpending", "rt_sigprocmask", "rt_sigreturn",
                 "rt_sigsuspend", "rt_sigtimedwait", "setitimer", "sigaltstack", "tgkill")),
    # Reading clocks and sleeping (clock_settime and its kind are refused by name).
    ("time", ("clock_getres", "clock_gettime", "clock_nanosleep", "gettimeofday", "nanosleep",
              "time", "times")),
    # Who and where the process is, and its own limits: os.getuid, os.cpu_count, resource,
    # os.nice (a kernel may only lower its own priority), randomness.
    ("identity and limits", ("getegid", "geteuid", "getgid", "getgroups", "getpriority",
                             "getrandom", "getresgid", "getresuid", "getrlimit", "getrusage",
                             "getuid", "prlimit64", "setpriority", "setrlimit", "sysinfo",
                             "uname")),
    # Sockets of the allowed families (socket and socketpair are in ARGUMENT_FILTERED):
    # multiprocessing's Manager and connections, asyncio, libc's name lookups; the kernel's
    # network namespace is empty, so nothing leaves it.
    ("sockets", ("accept", "accept4", "bind", "connect", "getpeername", "getsockname",
                 "getsockopt", "listen", "recvfrom", "recvmmsg", "recvmsg", "sendmmsg", "sendmsg",
                 "sendto", "setsockopt", "shutdown")),
)

#: allowed only with the arguments a notebook needs (the rules are in compile_filter)
ARGUMENT_FILTERED: tuple[tuple[str, str], ...] = (
    ("clone", "processes and threads, but no flag that makes a namespace (EPERM)"),
    ("ioctl", "terminal and descriptor queries (isatty, FIONREAD...), but not TIOCSTI (EPERM)"),
    ("socket", "AF_UNIX, AF_INET, AF_INET6 and AF_NETLINK only (else EAFNOSUPPORT)"),
    ("socketpair", "AF_UNIX, AF_INET, AF_INET6 and AF_NETLINK only (else EAFNOSUPPORT)"),
)

#: refused with DEFAULT_ERRNO like every call not on the list, named here for what relies on it
FALLBACK_TO_OLDER: tuple[tuple[str, str], ...] = (
    ("clone3", "its flags are in memory the filter cannot read: on ENOSYS libc uses clone"),
)

#: (system call, why a student kernel must not make it): refused by name, with EPERM
DENIED_SYSCALLS: tuple[tuple[str, str], ...] = (
    ("keyctl", "kernel keyrings are shared per host uid"),
    ("add_key", "kernel keyrings are shared per host uid"),
    ("request_key", "kernel keyrings are shared per host uid"),
    ("bpf", "eBPF programs run in the host kernel"),
    ("perf_event_open", "performance counters observe the whole machine"),
    ("userfaultfd", "a classic tool for kernel exploits"),
    ("io_uring_setup", "io_uring bypasses this filter's view of system calls"),
    ("io_uring_enter", "io_uring bypasses this filter's view of system calls"),
    ("io_uring_register", "io_uring bypasses this filter's view of system calls"),
    ("ptrace", "no process may inspect or steer another"),
    ("process_vm_readv", "no process may read another's memory"),
    ("process_vm_writev", "no process may write another's memory"),
    ("process_madvise", "no process may act on another's memory"),
    ("kcmp", "compares kernel objects of other processes"),
    ("pidfd_getfd", "would take descriptors from another process"),
    ("unshare", "no new namespaces"),
    ("setns", "no entering other namespaces"),
    ("mount", "no mounts"),
    ("umount2", "no unmounts (nothing hidden may be revealed)"),
    ("pivot_root", "no mounts"),
    ("chroot", "no mounts"),
    ("open_tree", "no mounts"),
    ("move_mount", "no mounts"),
    ("fsopen", "no mounts"),
    ("fsconfig", "no mounts"),
    ("fsmount", "no mounts"),
    ("fspick", "no mounts"),
    ("mount_setattr", "no mounts"),
    ("open_by_handle_at", "opens files by inode, around the mount view"),
    ("name_to_handle_at", "exposes inode handles for open_by_handle_at"),
    ("kexec_load", "loads a new host kernel"),
    ("kexec_file_load", "loads a new host kernel"),
    ("init_module", "loads host kernel modules"),
    ("finit_module", "loads host kernel modules"),
    ("delete_module", "unloads host kernel modules"),
    ("reboot", "host-wide"),
    ("swapon", "host-wide"),
    ("swapoff", "host-wide"),
    ("acct", "host-wide process accounting"),
    ("quotactl", "host disk quotas"),
    ("quotactl_fd", "host disk quotas"),
    ("syslog", "the host kernel's log"),
    ("lookup_dcookie", "host profiling interface"),
    ("fanotify_init", "watches the host's filesystems"),
    ("settimeofday", "host clock"),
    ("clock_settime", "host clock"),
    ("clock_adjtime", "host clock"),
    ("adjtimex", "host clock"),
    ("iopl", "raw I/O ports"),
    ("ioperm", "raw I/O ports"),
    ("modify_ldt", "a classic tool for kernel exploits"),
    ("uselib", "obsolete loader interface"),
    ("vhangup", "terminal control"),
)

#: clone() flags that would create namespaces
NAMESPACE_FLAGS = {
    "CLONE_NEWNS": 0x00020000, "CLONE_NEWCGROUP": 0x02000000, "CLONE_NEWUTS": 0x04000000,
    "CLONE_NEWIPC": 0x08000000, "CLONE_NEWUSER": 0x10000000, "CLONE_NEWPID": 0x20000000,
    "CLONE_NEWNET": 0x40000000, "CLONE_NEWTIME": 0x00000080,
}
#: socket families a kernel may use (local, IP inside its own empty network namespace,
#: and route netlink, which libc's getaddrinfo uses); AF_VSOCK, AF_ALG, AF_PACKET and
#: every other family are refused (vsock in particular is not network-namespaced)
ALLOWED_SOCKET_FAMILIES = {"AF_UNIX": 1, "AF_INET": 2, "AF_INET6": 10, "AF_NETLINK": 16}
AF_MAX = 46
TIOCSTI = 0x5412  # pushes characters into a terminal's input


def allowed_names() -> frozenset[str]:
    """Every call the filter lets through, with or without argument rules (all architectures)."""
    return frozenset(name for _, names in ALLOWED_SYSCALLS for name in names) | \
        frozenset(name for name, _ in ARGUMENT_FILTERED)


@dataclass(frozen=True)
class CompiledFilter:
    """A filter ready for the sandbox.

    Attributes
    ----------
    program : bytes
        BPF instructions (8 bytes each), as ``seccomp_export_bpf`` writes them.
    denied : tuple of str
        Names of the system calls refused by name (``EPERM``) on this architecture.
    allowed : tuple of str
        Names of the system calls allowed on this architecture (those of
        :data:`ARGUMENT_FILTERED` with their argument rules); every other call
        gets ``ENOSYS``.
    """

    program: bytes
    denied: tuple[str, ...]
    allowed: tuple[str, ...] = ()

    @property
    def digest(self) -> str:
        """A short digest of the program: a changed filter is a changed sandbox."""
        return hashlib.sha256(self.program).hexdigest()[:12]


def _libseccomp():
    try:
        import pyseccomp
    except (ImportError, RuntimeError) as exc:
        raise EnvironmentProblem(
            f"libseccomp is needed for the sandbox's system call filter ({exc}); install it with "
            "`apt-get install libseccomp2` and run the README's set-up (pip install pyseccomp)") from exc
    return pyseccomp


def compile_filter() -> CompiledFilter:
    """Build the student kernels' filter with libseccomp and export it as BPF.

    Every call has either one unconditional rule or rules whose conditions never
    overlap with a different action: libseccomp lets an unconditional rule swallow
    the conditional rules of the same call, whatever the order they were added in.
    """
    sc = _libseccomp()
    filt = sc.SyscallFilter(sc.ERRNO(DEFAULT_ERRNO))
    filt.set_attr(sc.Attr.ACT_BADARCH, sc.KILL_PROCESS)
    try:  # a binary search over system call numbers instead of a linear scan (libseccomp >= 2.5)
        filt.set_attr(sc.Attr.CTL_OPTIMIZE, 2)
    except OSError:
        pass

    def here(name: str) -> bool:
        return sc.resolve_syscall(sc.Arch.NATIVE, name) >= 0

    allow, deny = sc.ALLOW, sc.ERRNO(errno.EPERM)
    allowed = []
    for _why, names in ALLOWED_SYSCALLS:
        for name in names:
            if here(name):  # else not a system call on this architecture
                filt.add_rule(allow, name)
                allowed.append(name)
    denied = []
    for name, _why in DENIED_SYSCALLS:
        if here(name):
            filt.add_rule(deny, name)
            denied.append(name)
    # clone: allowed without a namespace flag, EPERM with one (clone3 gets the default, ENOSYS)
    every_namespace = 0
    for flag in NAMESPACE_FLAGS.values():
        filt.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
        every_namespace |= flag
    filt.add_rule(allow, "clone", sc.Arg(0, sc.MASKED_EQ, every_namespace, 0))
    # socket, socketpair: the allowed families; EAFNOSUPPORT for every other family, and for
    # a family with high bits set (the kernel reads an int; the filter sees 64 bits)
    refuse_family = sc.ERRNO(errno.EAFNOSUPPORT)
    for call in ("socket", "socketpair"):
        for family in range(AF_MAX):
            rule = allow if family in ALLOWED_SOCKET_FAMILIES.values() else refuse_family
            filt.add_rule(rule, call, sc.Arg(0, sc.EQ, family))
        filt.add_rule(refuse_family, call, sc.Arg(0, sc.GE, AF_MAX))
    # ioctl: EPERM when the request's low 32 bits (all the kernel reads) are TIOCSTI; allowed
    # when any one of those bits differs from TIOCSTI's, which is one rule per bit, since
    # "allow unless" cannot be said to libseccomp without an unconditional rule
    filt.add_rule(deny, "ioctl", sc.Arg(1, sc.MASKED_EQ, 0xFFFFFFFF, TIOCSTI))
    for bit in range(32):
        filt.add_rule(allow, "ioctl", sc.Arg(1, sc.MASKED_EQ, 1 << bit, ~TIOCSTI & (1 << bit)))
    allowed.extend(name for name, _ in ARGUMENT_FILTERED)
    with os.fdopen(os.memfd_create("seccomp-filter"), "w+b") as sink:
        filt.export_bpf(sink)
        sink.seek(0)
        program = sink.read()
    if not program or len(program) % 8:
        raise EnvironmentProblem("libseccomp produced no usable filter program")
    return CompiledFilter(program, tuple(denied), tuple(sorted(allowed)))
