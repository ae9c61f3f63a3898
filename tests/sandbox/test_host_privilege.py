"""No kernel holds host privilege or shares anything with another kernel.

Each test attacks from inside a real kernel (of every kind, see conftest.py) and
checks the outcome from the host, where nothing in the sandbox can forge it.
"""
from __future__ import annotations

import errno
import os
import platform
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

from autograder.sandbox.identity import DEFAULT_SANDBOX_UID
from autograder.sandbox.uid_pool import POOL_SIZE
from autograder.sandbox.invariants import host_view, privilege_problems, sysctl_problems
from autograder.sandbox.seccomp_policy import DENIED_SYSCALLS, allowed_names
from autograder.sandbox.template import Template

from conftest import running_as_root

#: must also hold when an ordinary user grades (the ordinary-user run of test_ordinary_user.py)
pytestmark = pytest.mark.ordinary_user

HOST_SYSCTLS = ("/proc/sys/kernel/core_pattern", "/proc/sys/vm/overcommit_memory",
                "/proc/sys/vm/panic_on_oom", "/proc/sys/kernel/panic")


def read_host(path: str) -> str:
    return Path(path).read_text()


def test_every_sandboxed_process_runs_as_an_unprivileged_host_uid(kernels):
    kernel = kernels.kernel()
    kernel.start(60)
    try:
        views = {"student": host_view(kernel.student), "supervisor": host_view(kernel.supervisor)}
        if kernels.template is not None:
            views["template"] = host_view(kernels.template.host_pid)
        # a root grader's template (and every kernel it forks) is on the uid it leased from the pool, an
        # ordinary user's on a subordinate uid it leased from the user's range, or else on the user's
        identity = kernel.template.host_ids
        expected = identity.uid if identity.switch else os.getuid()
        if running_as_root():
            assert DEFAULT_SANDBOX_UID <= expected < DEFAULT_SANDBOX_UID + POOL_SIZE
        elif identity.subids is not None:
            assert identity.subids.first_uid <= expected < identity.subids.first_uid + identity.subids.count
            assert expected != os.getuid()
        for who, view in views.items():
            assert privilege_problems(who, view) == []
            assert set(view.uids) == {expected}, (who, view)
            assert all(outside == expected for _, outside, _ in view.uid_map), (who, view)
    finally:
        kernel.kill()


def test_host_sysctl_writes_are_refused_and_the_values_unchanged(kernels):
    before = {path: read_host(path) for path in HOST_SYSCTLS}
    marker = f"/tmp/core-pattern-ran-{os.getpid()}"
    code = f'''
import os, signal
def attack():
    outcome = {{}}
    for path, value in (("/proc/sys/kernel/core_pattern", "|/usr/bin/touch {marker}"),
                        ("/proc/sys/vm/overcommit_memory", "1"), ("/proc/sys/vm/panic_on_oom", "1"),
                        ("/proc/sys/kernel/panic", "1"), ("/proc/sysrq-trigger", "c")):
        try:
            with open(path, "w") as handle:
                handle.write(value)
            outcome[path] = "written"
        except OSError as exc:
            outcome[path] = exc.strerror
    pid = os.fork()
    if pid == 0:
        os.kill(os.getpid(), signal.SIGSEGV)
    os.waitpid(pid, 0)
    return outcome
'''
    s = kernels.session(code)
    try:
        outcome = s.call("attack", timeout=20)
    finally:
        s.close()
    assert "written" not in outcome.values(), outcome
    assert {path: read_host(path) for path in HOST_SYSCTLS} == before
    assert not os.path.exists(marker)


def test_the_templates_host_uid_alone_refuses_a_sysctl_write(kernels):
    """The template sees the host's /proc writable: only its host uid stops the write."""
    template = kernels.template or Template(kernels.launcher, kernels.config, [], warm=False)
    if kernels.template is None:
        template.start()
    try:
        answer = template.identity()
    finally:
        if kernels.template is None:
            template.stop()
    assert sysctl_problems("the template", answer) == []
    from autograder.kernel import wire
    writes = wire.decode(answer["value"])["sysctl_writes"]
    assert all(outcome in ("refused: Permission denied", "refused: Operation not permitted")
               for outcome in writes.values()), writes


def test_host_device_nodes_cannot_be_changed(kernels):
    before = {name: os.stat(f"/dev/{name}") for name in ("null", "zero", "urandom")}
    code = '''
import os
def attack():
    outcome = []
    for name in ("null", "zero", "urandom"):
        for action in (lambda p: os.chmod(p, 0o600), lambda p: os.utime(p, (0, 0)),
                       lambda p: os.chown(p, 0, 0), lambda p: os.unlink(p),
                       lambda p: os.mknod(p + "2", 0o666)):
            try:
                action("/dev/" + name)
                outcome.append("changed")
            except OSError as exc:
                outcome.append(exc.strerror)
    with open("/dev/null", "w") as handle:
        handle.write("still usable")
    with open("/dev/zero", "rb") as handle:
        outcome.append(list(handle.read(2)))
    return outcome
'''
    s = kernels.session(code)
    try:
        outcome = s.call("attack", timeout=20)
    finally:
        s.close()
    assert "changed" not in outcome and outcome[-1] == [0, 0]
    after = {name: os.stat(f"/dev/{name}") for name in before}
    for name, stat in before.items():
        assert (stat.st_mode, stat.st_uid, stat.st_mtime_ns) == \
            (after[name].st_mode, after[name].st_uid, after[name].st_mtime_ns), name


def test_keyring_calls_are_denied(kernels):
    import pyseccomp

    number = {name: pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, name)
              for name in ("keyctl", "add_key", "request_key")}
    code = f'''
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
def keys():
    results = {{}}
    for name, args in (("keyctl", (0, -3)), ("add_key", (b"user", b"k", b"v", 1, -3)),
                       ("request_key", (b"user", b"k", None, -3))):
        ret = libc.syscall({number}[name], *args)
        results[name] = (ret, ctypes.get_errno())
    return results
'''
    s = kernels.session(code)
    try:
        results = s.call("keys", timeout=10)
    finally:
        s.close()
    assert results == {name: (-1, errno.EPERM) for name in ("keyctl", "add_key", "request_key")}


def test_every_denied_system_call_fails_with_eperm(kernels):
    import pyseccomp

    numbers = {name: pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, name) for name, _ in DENIED_SYSCALLS}
    numbers = {name: n for name, n in numbers.items() if n >= 0}
    clone = pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, "clone")
    code = f'''
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
def denied():
    out = {{}}
    for name, number in {numbers!r}.items():
        ctypes.set_errno(0)
        ret = libc.syscall(number, 0, 0, 0, 0, 0, 0)
        out[name] = ctypes.get_errno() if ret == -1 else "allowed"
    return out
def families():
    import socket
    out = {{}}
    for family in (40, 38, 17, 15, 31, 44):  # vsock, alg, packet, key, bluetooth, xdp
        try:
            socket.socket(family, socket.SOCK_STREAM).close()
            out[str(family)] = "allowed"
        except OSError as exc:
            out[str(family)] = exc.errno
    a, b = socket.socketpair()
    out["socketpair"] = "ok"
    return out
def new_namespaces():
    import os
    libc.syscall.restype = ctypes.c_long
    # clone(CLONE_NEWUSER | SIGCHLD) straight through the system call
    ret = libc.syscall({clone}, 0x10000000 | 17, 0, 0, 0, 0)
    if ret == 0:
        os._exit(0)
    return ret, ctypes.get_errno()
'''
    s = kernels.session(code)
    try:
        denied = s.call("denied", timeout=20)
        families = s.call("families", timeout=20)
        namespaces = s.call("new_namespaces", timeout=20)
    finally:
        s.close()
    assert denied == {name: errno.EPERM for name in numbers}
    assert families == {**{str(f): errno.EAFNOSUPPORT for f in (40, 38, 17, 15, 31, 44)},
                        "socketpair": "ok"}
    assert namespaces == (-1, errno.EPERM)


#: real system calls a notebook never needs, on neither list: the allow list refuses them
UNLISTED = ("inotify_init1", "landlock_create_ruleset", "mq_open", "setuid", "shmget", "timerfd_create")


def test_a_call_off_the_allow_list_fails_with_enosys_never_success(kernels):
    """The filter is an allow list: a real call that is not on it, and a number no Linux has
    yet, fail with ENOSYS (as on a kernel too old to have them); clone3 too, so libc uses clone."""
    import pyseccomp

    assert not set(UNLISTED) & (allowed_names() | {name for name, _ in DENIED_SYSCALLS})
    numbers = {name: pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, name) for name in (*UNLISTED, "clone3")}
    numbers = {name: n for name, n in numbers.items() if n >= 0}
    assert len(numbers) >= 5, numbers
    numbers.update({"not yet a system call (1000)": 1000, "not yet a system call (999)": 999})
    code = f'''
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
def unlisted():
    out = {{}}
    for name, number in {numbers!r}.items():
        ctypes.set_errno(0)
        ret = libc.syscall(number, 0, 0, 0, 0, 0, 0)
        out[name] = (ret, ctypes.get_errno())
    return out
'''
    s = kernels.session(code)
    try:
        results = s.call("unlisted", timeout=20)
    finally:
        s.close()
    assert results == {name: (-1, errno.ENOSYS) for name in numbers}


def test_argument_filters_refuse_what_they_name_and_nothing_else(kernels):
    """TIOCSTI is refused, with or without high bits the kernel ignores; other ioctls reach the
    kernel; a socket family with high bits set is refused, not read as its low bits."""
    import pyseccomp

    sys_socket = pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, "socket")
    code = f'''
import ctypes, os, socket, termios
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.argtypes = [ctypes.c_long] * 4
def _ioctl(fd, request):
    ctypes.set_errno(0)
    ret = libc.ioctl(fd, ctypes.c_ulong(request), ctypes.byref(ctypes.c_int(0)))
    return ret, ctypes.get_errno()
def ioctls():
    r, w = os.pipe()
    null = os.open("/dev/null", os.O_RDWR)
    out = {{"tiocsti": _ioctl(null, termios.TIOCSTI),
            "tiocsti high bits": _ioctl(null, termios.TIOCSTI | (1 << 32)),
            "tcgets": _ioctl(null, termios.TCGETS),
            "fionread": _ioctl(r, termios.FIONREAD),
            "isatty": os.isatty(null)}}
    ctypes.set_errno(0)
    out["unix family, high bits set"] = (libc.syscall({sys_socket}, (1 << 32) | socket.AF_UNIX,
                                                      socket.SOCK_STREAM, 0), ctypes.get_errno())
    fd = libc.syscall({sys_socket}, socket.AF_UNIX, socket.SOCK_STREAM, 0)
    out["unix family"] = fd >= 0
    return out
'''
    s = kernels.session(code)
    try:
        outcome = s.call("ioctls", timeout=20)
    finally:
        s.close()
    assert outcome == {"tiocsti": (-1, errno.EPERM), "tiocsti high bits": (-1, errno.EPERM),
                       "tcgets": (-1, errno.ENOTTY), "fionread": (0, 0), "isatty": False,
                       "unix family, high bits set": (-1, errno.EAFNOSUPPORT), "unix family": True}


@pytest.mark.skipif(platform.machine() != "x86_64", reason="32-bit and x32 calls are x86-64's")
def test_a_call_of_another_architecture_kills_the_process(kernels):
    """An x32 call, or a 32-bit one through int 0x80, is not seen by the 64-bit rules: it kills."""
    code = '''
import ctypes, mmap, os
libc = ctypes.CDLL(None, use_errno=True)
def _in_child(call):
    pid = os.fork()
    if pid == 0:
        call()
        os._exit(7)
    _, status = os.waitpid(pid, 0)
    return ["signal", os.WTERMSIG(status)] if os.WIFSIGNALED(status) else ["exit", os.WEXITSTATUS(status)]
def calls():
    page = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    page.write(bytes([0xB8, 20, 0, 0, 0, 0xCD, 0x80, 0xC3]))  # mov eax, 20 (getpid); int 0x80; ret
    getpid_i386 = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(page)))
    return {"native": _in_child(lambda: libc.syscall(39)),
            "x32": _in_child(lambda: libc.syscall(0x40000000 | 39)),
            "i386": _in_child(getpid_i386)}
'''
    s = kernels.session(code)
    try:
        outcome = s.call("calls", timeout=20)
    finally:
        s.close()
    assert outcome["native"] == ["exit", 7]
    assert outcome["x32"] == ["signal", signal.SIGSYS]
    # SIGSEGV: a host kernel without 32-bit emulation refuses int 0x80 before the filter
    assert outcome["i386"] in (["signal", signal.SIGSYS], ["signal", signal.SIGSEGV])


WORKLOAD = '''
import os, time

def _square(x):
    return x * x

def _tasks():
    return len(os.listdir("/proc/self/task"))

def workload():
    import ctypes, multiprocessing, shutil, signal, subprocess
    # each thread's malloc arena reserves 64 MiB of address space, and without a cgroup these kernels
    # have 1 GiB of it per process (RLIMIT_AS): two arenas keep the threads below from exhausting it
    ctypes.CDLL(None).mallopt(-8, 2)  # M_ARENA_MAX
    from concurrent.futures import ThreadPoolExecutor
    import matplotlib.pyplot as plt
    import pandas as pd
    import torch
    from torch.utils.data import DataLoader, TensorDataset
    out = {}
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3])
    fig.savefig("/tmp/plot.png")
    plt.close(fig)
    out["savefig"] = os.path.getsize("/tmp/plot.png") > 0
    pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}).to_csv("/tmp/frame.csv", index=False)
    out["read_csv"] = int(pd.read_csv("/tmp/frame.csv").a.sum())
    shutil.copy2("/tmp/frame.csv", "/tmp/copy.csv")
    out["copy2"] = os.path.getsize("/tmp/copy.csv") > 0
    signal.setitimer(signal.ITIMER_REAL, 0)
    start = time.monotonic()
    time.sleep(0.05)
    out["sleep"] = time.monotonic() - start >= 0.05
    ip = get_ipython()
    ip.run_cell("_listing = !ls /")  # IPython's `x = !cmd`: a shell through subprocess
    out["bang"] = "usr" in ip.user_ns["_listing"]
    out["subprocess"] = subprocess.run("echo $((6 * 7)) | cat", shell=True, capture_output=True,
                                       text=True, check=True).stdout.strip()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        out["pool"] = pool.map(_square, range(6))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        out["spawn"] = pool.map(abs, [-3])
    queue = multiprocessing.Queue()
    queue.put("q")
    out["queue"] = queue.get(timeout=10)
    with ThreadPoolExecutor(3) as threads:
        out["threads"] = sum(threads.map(_square, range(6)))
    data = TensorDataset(torch.arange(16.0))
    out["loader"] = sum(float(b.sum()) for (b,) in DataLoader(data, batch_size=4, num_workers=2))
    torch.set_num_threads(2)  # every thread costs address space: these kernels have 1 GiB of it
    try:
        a = torch.randn(200, 200)
        out["torch"] = bool(torch.allclose(a @ torch.eye(200), a))
        out["torch threads"] = _tasks() >= 2
    finally:
        torch.set_num_threads(1)
    return out
'''


def test_a_notebooks_usual_work_runs_under_the_allow_list(kernels):
    """What notebooks do: `x = !cmd`, subprocesses, multiprocessing (fork and spawn), threads,
    torch with several threads and DataLoader workers, matplotlib, pandas, shutil, sleeping."""
    s = kernels.session(WORKLOAD)
    try:
        outcome = s.call("workload", timeout=180)
    finally:
        s.close()
    assert outcome == {"bang": True, "subprocess": "42", "pool": [0, 1, 4, 9, 16, 25], "spawn": [3],
                       "queue": "q", "threads": 55, "torch": True, "torch threads": True,
                       "loader": 120.0, "savefig": True, "read_csv": 3, "copy2": True, "sleep": True}


def test_a_disk_filling_kernel_is_bounded_and_the_host_disk_untouched(kernels):
    config = kernels.config
    host_dirs = {"/", tempfile.gettempdir(), str(Path.home())}
    free_before = {d: shutil.disk_usage(d).free for d in host_dirs}
    code = '''
import os
def fill():
    written = {}
    for folder in ("/tmp", "/home/student", "/dev/shm"):
        total, i = 0, 0
        chunk = b"x" * 2**20
        try:
            while total < 4 * 2**30:
                with open(f"{folder}/fill-{i}", "wb") as handle:
                    for _ in range(64):
                        handle.write(chunk)
                        total += len(chunk)
                i += 1
        except OSError as exc:
            written[folder] = (total, exc.errno)
        for name in os.listdir(folder):
            if name.startswith("fill-"):
                os.unlink(f"{folder}/{name}")
    return written
'''
    s = kernels.session(code)
    try:
        written = s.call("fill", timeout=120)
    finally:
        s.close()
    limits = {"/tmp": config.tmp_mb, "/home/student": config.home_mb, "/dev/shm": config.shm_mb}
    for folder, (total, err) in written.items():
        assert err in (errno.ENOSPC, errno.EFBIG, errno.ENOMEM), (folder, err)
        assert total <= (limits[folder] + 1) * 2**20, (folder, total)
    for folder, free in free_before.items():
        assert shutil.disk_usage(folder).free > free - 64 * 2**20, folder


def test_home_is_a_private_nosuid_tmpfs_not_a_host_folder(kernels):
    code = '''
import os
def mounts():
    found = {}
    with open("/proc/self/mountinfo") as handle:
        for line in handle:
            fields = line.split()
            target, options = fields[4], fields[5]
            fstype = fields[fields.index("-") + 1]
            if target in ("/home/student", "/tmp", "/dev/shm", "/dev", "/proc"):
                found[target] = (fstype, "nosuid" in options, options.startswith("ro"))
    return found
'''
    s = kernels.session(code)
    try:
        mounts = s.call("mounts", timeout=10)
    finally:
        s.close()
    assert mounts == {"/home/student": ("tmpfs", True, False), "/tmp": ("tmpfs", True, False),
                      "/dev/shm": ("tmpfs", True, False), "/dev": ("tmpfs", True, True),
                      "/proc": ("proc", True, True)}


SCANNER = '''
import os, re
TOKEN = re.compile(rb"AGMARK-([0-9a-f]{32})")
def scan(own):
    found = set()
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1]:
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            for offset in range(start, end, 1 << 24):
                try:
                    mem.seek(offset)
                    chunk = mem.read(min(1 << 24, end - offset) + 40)
                except (OSError, ValueError, OverflowError):
                    continue
                found.update(m.group(1).decode() for m in TOKEN.finditer(chunk))
    return sorted(found)
'''


def test_no_kernel_memory_ever_holds_another_kernels_files_or_cells(kernels, tmp_path):
    """A marker given to one kernel as a file and as a cell is nowhere in a later kernel's
    memory; the scanner finds a marker of its own (so the scan does see memory)."""
    planted = os.urandom(16).hex()
    (tmp_path / "notebook.ipynb").write_text(f"### BEGIN SOLUTION\nAGMARK-{planted}\n")
    first = kernels.session(f"secret = 'AGMARK-{planted}' * 4\ndef size():\n    return len(secret)\n",
                            submission_dir=tmp_path)
    assert first.call("size", timeout=10) == 4 * 39
    first.close()
    own = os.urandom(16).hex()
    second = kernels.session(SCANNER + f"\nmine = 'AGMARK-' + '{own[:16]}' + '{own[16:]}'\n")
    try:
        found = second.call("scan", own, timeout=120)
    finally:
        second.close()
    assert own in found
    assert planted not in found
