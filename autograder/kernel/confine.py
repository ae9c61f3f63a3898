"""Confining one forked student kernel inside the zygote's bubblewrap sandbox.

The zygote (a warm interpreter that has imported numpy/torch/matplotlib and
run the instructor's teaching cells) lives in a bubblewrap sandbox that gives
it no network and a read-only view of the Python environment only. For each
submission it forks, and the child narrows itself further before any student
code runs:

1. fresh mount, PID, network, IPC and UTS namespaces (``unshare``), then a
   second fork so the student's kernel is PID 1 of its own namespace: when it
   dies, the kernel reaps every process it started, detached or not;
2. its own ``/proc`` (it sees only its own processes), a private ``/tmp`` and a
   private ``/home/student`` (tmpfs) holding a copy of its one submission; no
   further user namespaces;
3. rlimits (address space, CPU seconds, file size, no core dumps);
4. every capability dropped for good (bounding set, securebits locked,
   effective/permitted/inheritable/ambient cleared) and ``no_new_privs``.

The grader puts the child in its own cgroup (memory, processes) between
steps 1 and 2, using the host pid the child reports. This file runs inside
the sandbox and uses only the standard library.
"""
from __future__ import annotations

import ctypes
import os
import platform
import resource

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

MS_NOSUID, MS_NODEV, MS_NOEXEC = 2, 4, 8
MS_REC, MS_PRIVATE = 0x4000, 1 << 18

PR_SET_PDEATHSIG = 1
PR_CAPBSET_DROP = 24
PR_SET_SECUREBITS = 28
PR_SET_NO_NEW_PRIVS = 38
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
# NOROOT, NO_SETUID_FIXUP, KEEP_CAPS off, NO_CAP_AMBIENT_RAISE: all set and locked
SECUREBITS_LOCKED_DOWN = 0x01 | 0x02 | 0x04 | 0x08 | 0x20 | 0x40 | 0x80
SYS_CAPSET = {"x86_64": 126, "aarch64": 91}

_libc = ctypes.CDLL(None, use_errno=True)


class ConfinementError(OSError):
    """A confinement step failed; the kernel must not run student code."""


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise ConfinementError(errno, f"{what}: {os.strerror(errno)}")


def unshare(flags: int) -> None:
    _check(_libc.unshare(ctypes.c_int(flags)), "unshare")


def mount(source: str, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _check(_libc.mount(source.encode(), target.encode(), fstype.encode() if fstype else None,
                       ctypes.c_ulong(flags), data.encode() if data else None), f"mount {target}")


def host_pid() -> int:
    """This process's pid in the outermost namespace /proc was mounted for."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("NSpid:"):
                return int(line.split()[1])
    return os.getpid()


def close_other_fds(keep: set[int]) -> None:
    """Close every descriptor inherited from the zygote but stdio and ``keep``."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def die_with_parent() -> None:
    _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)


def private_filesystem(files: dict[str, bytes], home: str, tmp_mb: int, home_mb: int) -> None:
    """Own /proc, empty private /tmp, and ``home`` holding only ``files``."""
    mount("none", "/", None, MS_REC | MS_PRIVATE)
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={tmp_mb}m,mode=1777")
    mount("tmpfs", home, "tmpfs", MS_NOSUID | MS_NODEV, f"size={home_mb}m,mode=0755")
    for name, data in files.items():
        path = os.path.normpath(os.path.join(home, name))
        if not path.startswith(home + os.sep):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
    os.chdir(home)


def forbid_user_namespaces() -> None:
    """No nested user namespaces for the student (they would hand out fresh capabilities).

    ``user.max_user_namespaces`` is per user namespace: 0 here binds every process
    of the sandbox's namespace, the student's included.
    """
    with open("/proc/sys/user/max_user_namespaces", "w") as handle:
        handle.write("0")
    try:
        unshare(0x10000000)  # CLONE_NEWUSER must now fail
    except ConfinementError:
        return
    raise ConfinementError(0, "user namespaces are still allowed")


def set_limits(memory_bytes: int, cpu_seconds: int, file_bytes: int) -> None:
    for which, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CPU, cpu_seconds),
                         (resource.RLIMIT_FSIZE, file_bytes), (resource.RLIMIT_CORE, 0)):
        resource.setrlimit(which, (value, value))


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
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    with open("/proc/self/status") as handle:
        status = handle.read()
    for field in ("CapEff", "CapPrm", "CapBnd", "CapAmb"):
        value = status.split(field + ":")[1].split()[0]
        if int(value, 16) != 0:
            raise ConfinementError(0, f"{field} is {value} after dropping capabilities")
