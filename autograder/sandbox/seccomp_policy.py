"""The seccomp filter every student kernel runs under.

The filter is defence in depth on top of the unprivileged host uid and the
namespaces: it takes away kernel interfaces a Python exercise never needs and
that have a history of privilege escalation or of reaching outside the
kernel's namespaces. It is built here, in the grader, with libseccomp (through
the ``pyseccomp`` bindings), and handed to the sandbox as compiled BPF; the
kernel's supervisor loads it (``kernel/confine.py``) before any student code
runs, and every process of the kernel inherits it.

Denied calls fail with ``EPERM`` (or ``EAFNOSUPPORT`` for socket families,
``ENOSYS`` for ``clone3``, so that libc falls back to ``clone``, whose flags
the filter can inspect). System calls of any other architecture (32-bit or
x32 calls from a 64-bit process) kill the process.
"""
from __future__ import annotations

import errno
import os
from dataclasses import dataclass

from autograder.errors import EnvironmentProblem

#: (system call, why a student kernel must not make it)
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


@dataclass(frozen=True)
class CompiledFilter:
    """A filter ready for the sandbox.

    Attributes
    ----------
    program : bytes
        BPF instructions (8 bytes each), as ``seccomp_export_bpf`` writes them.
    denied : tuple of str
        Names of the system calls denied outright on this architecture.
    """

    program: bytes
    denied: tuple[str, ...]


def _libseccomp():
    try:
        import pyseccomp
    except (ImportError, RuntimeError) as exc:
        raise EnvironmentProblem(
            f"libseccomp is needed for the sandbox's system call filter ({exc}); install it with "
            "`apt-get install libseccomp2` and run the README's set-up (pip install pyseccomp)") from exc
    return pyseccomp


def compile_filter() -> CompiledFilter:
    """Build the student kernels' filter with libseccomp and export it as BPF."""
    sc = _libseccomp()
    deny = sc.ERRNO(errno.EPERM)
    filt = sc.SyscallFilter(sc.ALLOW)
    filt.set_attr(sc.Attr.ACT_BADARCH, sc.KILL_PROCESS)
    try:  # a binary search over system call numbers instead of a linear scan (libseccomp >= 2.5)
        filt.set_attr(sc.Attr.CTL_OPTIMIZE, 2)
    except OSError:
        pass
    denied = []
    for name, _why in DENIED_SYSCALLS:
        if sc.resolve_syscall(sc.Arch.NATIVE, name) < 0:
            continue  # not a system call on this architecture
        filt.add_rule(deny, name)
        denied.append(name)
    for flag in NAMESPACE_FLAGS.values():
        filt.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
    filt.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    refuse_family = sc.ERRNO(errno.EAFNOSUPPORT)
    for call in ("socket", "socketpair"):
        for family in range(AF_MAX):
            if family not in ALLOWED_SOCKET_FAMILIES.values():
                filt.add_rule(refuse_family, call, sc.Arg(0, sc.EQ, family))
        filt.add_rule(refuse_family, call, sc.Arg(0, sc.GE, AF_MAX))
    filt.add_rule(deny, "ioctl", sc.Arg(1, sc.MASKED_EQ, 0xFFFFFFFF, TIOCSTI))
    with os.fdopen(os.memfd_create("seccomp-filter"), "w+b") as sink:
        filt.export_bpf(sink)
        sink.seek(0)
        program = sink.read()
    if not program or len(program) % 8:
        raise EnvironmentProblem("libseccomp produced no usable filter program")
    return CompiledFilter(program, tuple(denied))
