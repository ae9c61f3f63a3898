"""Confining one student kernel, step by step (runs inside the sandbox).

Every kernel, whether forked from the warm template or started cold, is made
by the same three processes (see ``agent.become_kernel``):

``intermediate``
    A fork of the template. It creates the kernel's own user, mount, PID,
    network, IPC, UTS and cgroup namespaces (:func:`new_namespaces`), forks
    the supervisor and then only waits for it.
``supervisor``
    PID 1 of the kernel's PID namespace. It builds the kernel's private
    filesystem (:func:`private_filesystem`), forbids further user
    namespaces, drops every capability and installs the seccomp filter
    (:func:`lock_down`), then forks the student process and watches it
    (``supervisor.py``).
``student process``
    PID 2. It sets its rlimits (:func:`set_limits`) and runs the student's
    code. It inherits the supervisor's lock-down.

Nothing here ever reads a submission: files reach the student process over
its own pipe after all of this is done. The template this is forked from
holds only the instructor's teaching cells. This file uses only the standard
library.
"""
from __future__ import annotations

import ctypes
import os
import platform
import resource

CLONE_NEWNS = 0x00020000
CLONE_NEWCGROUP = 0x02000000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
KERNEL_NAMESPACES = (CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC
                     | CLONE_NEWUTS | CLONE_NEWCGROUP)

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 0x4000, 1 << 18
MS_NOATIME, MS_NODIRATIME, MS_RELATIME = 1024, 2048, 1 << 21
# statvfs f_flag bits -> mount flags that must be kept on a remount (the kernel
# refuses to clear flags locked by a more privileged mount namespace)
_KEEP_ON_REMOUNT = {1: MS_RDONLY, 2: MS_NOSUID, 4: MS_NODEV, 8: MS_NOEXEC, 1024: MS_NOATIME,
                    2048: MS_NODIRATIME, 4096: MS_RELATIME}

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2
PR_CAPBSET_DROP = 24
PR_SET_SECUREBITS = 28
PR_SET_NO_NEW_PRIVS = 38
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
# NOROOT, NO_SETUID_FIXUP, KEEP_CAPS off, NO_CAP_AMBIENT_RAISE: all set and locked
SECUREBITS_LOCKED_DOWN = 0x01 | 0x02 | 0x04 | 0x08 | 0x20 | 0x40 | 0x80
SYS_CAPSET = {"x86_64": 126, "aarch64": 91}
SYS_KEYCTL = {"x86_64": 250, "aarch64": 219}
KEYCTL_JOIN_SESSION_KEYRING = 1

#: device nodes a kernel gets, each a read-only bind of the sandbox's own node
DEVICES = ("null", "zero", "full", "random", "urandom")
#: ptys a kernel may hold at once, in its own devpts
PTY_MAX = 16
HOME = "/home/student"

_libc = ctypes.CDLL(None, use_errno=True)


class ConfinementError(OSError):
    """A confinement step failed; the kernel must not run student code."""


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise ConfinementError(errno, f"{what}: {os.strerror(errno)}")


def mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _check(_libc.mount(source.encode() if source else None, target.encode(),
                       fstype.encode() if fstype else None, ctypes.c_ulong(flags),
                       data.encode() if data else None), f"mount {target}")


def remount_readonly(target: str, bind: bool = True) -> None:
    """Make one mount read-only, keeping whatever flags it already has."""
    current = os.statvfs(target).f_flag
    keep = 0
    for bit, flag in _KEEP_ON_REMOUNT.items():
        if current & bit:
            keep |= flag
    mount(None, target, None, MS_REMOUNT | (MS_BIND if bind else 0) | MS_RDONLY | keep)


def _write(path: str, text: str) -> None:
    with open(path, "w") as handle:
        handle.write(text)


def die_with_parent() -> None:
    _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)


# ---------------------------------------------------------------- the steps
def new_namespaces() -> None:
    """Own user namespace (uid and gid 0 inside, the template's ids outside) and the rest.

    A user namespace of its own gives each kernel its own per-user counters
    (RLIMIT_NPROC counts this kernel's processes only) and its own
    ``user.max_user_namespaces``. Its uid 0 is the template's, which is an
    unprivileged host uid: nothing here adds privilege on the host.
    """
    _check(_libc.unshare(ctypes.c_int(KERNEL_NAMESPACES)), "unshare")
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", "0 0 1")
    _write("/proc/self/gid_map", "0 0 1")


def forbid_user_namespaces() -> None:
    """No nested user namespaces (the seccomp filter denies them too)."""
    _write("/proc/sys/user/max_user_namespaces", "0")


def private_filesystem(tmp_bytes: int, home_bytes: int, shm_bytes: int) -> None:
    """Everything writable is this kernel's own, size-bounded tmpfs.

    Called as PID 1 of the kernel's PID namespace, so the new procfs shows
    only this kernel's processes. Afterwards:

    * ``/proc`` is a fresh procfs mounted read-only (``/proc/sys`` and every
      other global file included);
    * ``/dev`` is a fresh read-only tmpfs holding read-only binds of
      :data:`DEVICES`, a private ``/dev/shm`` and a private devpts
      (``/dev/pts``, ``/dev/ptmx``: at most :data:`PTY_MAX` ptys);
    * ``/tmp``, ``/home/student`` and ``/dev/shm`` are private tmpfs with
      size limits (their pages count against the kernel's memory cgroup);
    * ``/`` and everything else is read-only.
    """
    mount("none", "/", None, MS_REC | MS_PRIVATE)
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY)
    sources = {name: os.open(f"/dev/{name}", os.O_PATH) for name in DEVICES}
    mount("tmpfs", "/dev", "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0755")
    for name, fd in sources.items():
        with open(f"/dev/{name}", "w"):
            pass
        mount(f"/proc/self/fd/{fd}", f"/dev/{name}", None, MS_BIND)
        os.close(fd)
        remount_readonly(f"/dev/{name}")
    os.mkdir("/dev/shm")
    mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV,
          f"size={shm_bytes},nr_inodes=4096,mode=1777")
    # a devpts of this kernel's own (IPython's bare `!cmd` runs the command on a pty): its ptys are
    # invisible to any other kernel, and there are at most PTY_MAX of them
    os.mkdir("/dev/pts")
    mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC,
          f"newinstance,ptmxmode=0666,mode=0620,max={PTY_MAX}")
    for link, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                         ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2"),
                         ("ptmx", "pts/ptmx")):
        os.symlink(target, f"/dev/{link}")
    remount_readonly("/dev", bind=False)
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={tmp_bytes},mode=1777")
    mount("tmpfs", HOME, "tmpfs", MS_NOSUID | MS_NODEV, f"size={home_bytes},mode=0755")
    remount_readonly("/")
    os.chdir(HOME)


def join_private_keyring() -> None:
    """A new, empty session keyring (keyring calls are denied afterwards anyway)."""
    number = SYS_KEYCTL.get(platform.machine())
    if number is not None:
        _libc.syscall(number, KEYCTL_JOIN_SESSION_KEYRING, None)


def drop_all_capabilities() -> None:
    """Leave no capability in any set, with no way to regain one."""
    try:
        with open("/proc/sys/kernel/cap_last_cap") as handle:
            last = int(handle.read())
    except OSError:
        last = 40
    for cap in range(last + 1):
        _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
    _libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    _check(_libc.prctl(PR_SET_SECUREBITS, SECUREBITS_LOCKED_DOWN, 0, 0, 0), "securebits")

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    header = Header(0x20080522, 0)
    data = (Data * 2)()
    number = SYS_CAPSET.get(platform.machine())
    if number is None:
        raise ConfinementError(0, f"capset syscall number unknown on {platform.machine()}")
    _check(_libc.syscall(number, ctypes.byref(header), ctypes.byref(data)), "capset")
    with open("/proc/self/status") as handle:
        status = handle.read()
    for field in ("CapEff", "CapPrm", "CapBnd", "CapAmb", "CapInh"):
        value = status.split(field + ":")[1].split()[0]
        if int(value, 16) != 0:
            raise ConfinementError(0, f"{field} is {value} after dropping capabilities")


def install_seccomp(program: bytes) -> None:
    """Load a seccomp BPF program (compiled by the grader with libseccomp).

    ``no_new_privs`` is set first, as the kernel requires of an unprivileged
    process; the filter is inherited by every thread and child created later.
    """
    if not program or len(program) % 8:
        raise ConfinementError(0, "no valid seccomp program was given to the sandbox")
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    buffer = ctypes.create_string_buffer(program, len(program))
    prog = SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    _check(_libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0), "seccomp")
    with open("/proc/self/status") as handle:
        if "Seccomp:\t2" not in handle.read():
            raise ConfinementError(0, "the seccomp filter is not in force")


def lock_down(seccomp_program: bytes) -> None:
    """No capabilities, not dumpable, seccomp: what every process after this inherits."""
    join_private_keyring()
    drop_all_capabilities()
    install_seccomp(seccomp_program)


def not_dumpable() -> None:
    """Nobody without CAP_SYS_PTRACE may read this process's memory or /proc files."""
    _check(_libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0), "dumpable")


def set_limits(memory_bytes: int, cpu_seconds: int, file_bytes: int, processes: int) -> None:
    """rlimits of the student process; RLIMIT_NPROC counts this kernel's user namespace only."""
    for which, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CPU, cpu_seconds),
                         (resource.RLIMIT_FSIZE, file_bytes), (resource.RLIMIT_CORE, 0),
                         (resource.RLIMIT_NPROC, processes)):
        resource.setrlimit(which, (value, value))


def close_other_fds(keep: set[int]) -> None:
    """Close every descriptor inherited from the template but stdio and ``keep``."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
