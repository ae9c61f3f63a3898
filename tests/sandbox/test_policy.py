"""The sandbox policy itself: identity, what is mounted and masked, what is limited
and how truthfully it is described (no kernel started)."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.sandbox import launch, seccomp_policy
from autograder.sandbox.cgroups import CgroupLimits
from autograder.sandbox import identity as identity_module, subids
from autograder.sandbox.identity import DEFAULT_SANDBOX_UID, SandboxIdentity, resolve_identity
from autograder.sandbox.invariants import HostView, identity_problems, privilege_problems, sysctl_problems
from autograder.sandbox.policy import SandboxPolicy
from autograder.sandbox.launch import PythonView, SandboxLauncher
from autograder.kernel import wire

from conftest import running_as_root

#: must also hold when an ordinary user grades (the ordinary-user run of test_ordinary_user.py)
pytestmark = pytest.mark.ordinary_user

root_only = pytest.mark.root_only


@pytest.fixture()
def launcher():
    return SandboxLauncher(GradingConfig())


def binds(argv: list[str]) -> list[tuple[str, str]]:
    return [(argv[i + 1], argv[i + 2]) for i, a in enumerate(argv) if a in ("--ro-bind", "--bind")]


def test_an_installed_copy_of_the_answer_key_is_masked(launcher, monkeypatch, tmp_path):
    site = tmp_path / "site-packages"
    for package in ("reference", "assignments", "numpy"):
        (site / package).mkdir(parents=True)
    monkeypatch.setattr(PythonView, "site_packages", lambda self: [(str(site), "/opt/venv/site")])
    args = launcher._binds()
    masked = {args[i + 1] for i, a in enumerate(args) if a == "--tmpfs"}
    assert masked == {"/opt/venv/site/reference", "/opt/venv/site/assignments"}


def test_nothing_of_the_project_or_course_is_bound_into_the_sandbox(launcher):
    repo = str(Path(__file__).resolve().parents[2])
    argv = launcher.template_spec(99, warm=True).argv
    sources = [source for source, _ in binds(argv)]
    inside_repo = [s for s in sources if s == repo or s.startswith(repo + os.sep)]
    staged = [s for s in sources if s.startswith(launch.STAGE_ROOT + "/")] if launcher.policy.identity.switch else []
    # only the venv (a sibling of the code) and the in-sandbox agent's folder
    assert all(s.endswith(".venv") or s.endswith(os.path.join("autograder", "kernel")) for s in inside_repo)
    assert all(Path(s).name in ("venv", "agent", "python") for s in staged)


def test_the_venv_is_seen_at_a_fixed_path_outside_tmp(launcher):
    argv = launcher.template_spec(99, warm=True).argv
    if launcher.view.venv is not None:
        assert (launcher._reach(launcher.view.venv), launch.VENV_MOUNT) in binds(argv)
        assert launcher.view.executable.startswith(launch.VENV_MOUNT + "/bin/")


def test_a_python_that_every_kernel_would_hide_is_refused(monkeypatch):
    monkeypatch.setattr(sys, "base_prefix", "/tmp/some-python")
    with pytest.raises(EnvironmentProblem, match="lies under /tmp"):
        PythonView.of_this_process()


def test_the_template_starts_as_the_sandbox_uid_never_as_root(launcher):
    argv = launcher.template_spec(99, warm=True).argv
    identity = launcher.policy.identity
    if running_as_root():
        assert argv[2].endswith("stage.py") and argv[4] == "--"
        spec = __import__("json").loads(argv[3])
        assert spec["uid"] == spec["gid"] == DEFAULT_SANDBOX_UID
    elif identity.subids is not None:  # the stage maps one subordinate uid at 1 of its own namespace
        spec = __import__("json").loads(argv[3])
        assert (spec["uid"], spec["gid"]) == (1, 1)
        assert spec["userns"]["outer"] == [os.getuid(), os.getgid()]
        assert spec["userns"]["host"] == [identity.uid, identity.gid] and os.getuid() not in spec["userns"]["host"]
    else:
        assert "stage.py" not in " ".join(argv)
        assert identity.uid == os.getuid() != 0


def _as_ordinary_user(monkeypatch, ranges):
    """Pretend to be uid 1234 whose subordinate ids are ``ranges`` (uid first, gid first, count) or None."""
    for name in ("geteuid", "getuid", "getgid"):
        monkeypatch.setattr(os, name, lambda: 1234)
    found = (subids.SubIds(1234, 1234, *ranges, "/usr/bin/newuidmap", "/usr/bin/newgidmap"), "") if ranges \
        else (None, "newuidmap and newgidmap not installed")
    monkeypatch.setattr(identity_module, "subordinate_ids", lambda: found)


def test_identity_of_an_ordinary_user_without_subordinate_ids_is_that_user_and_says_why(monkeypatch):
    _as_ordinary_user(monkeypatch, None)
    identity = resolve_identity(None)
    assert (identity.uid, identity.gid, identity.switch) == (1234, 1234, False)
    assert identity.leased() == (identity, None)
    policy = SandboxPolicy(GradingConfig(), identity, False, seccomp_policy.compile_filter())
    assert "share host uid 1234's counters (" in policy.describe()
    assert "newuidmap and newgidmap not installed" in policy.describe()
    with pytest.raises(EnvironmentProblem, match="needs a grader running as root"):
        resolve_identity(4321)


def test_an_ordinary_user_leases_one_subordinate_uid_and_gid_per_template(monkeypatch, tmp_path):
    _as_ordinary_user(monkeypatch, (300000, 500000, 65536))
    monkeypatch.setenv("AUTOGRADER_UID_LOCK_DIR", str(tmp_path / "locks"))
    identity = resolve_identity(None)
    assert identity.switch and identity.subids is not None
    (a, lease_a), (b, lease_b) = identity.leased(), identity.leased()
    try:
        assert (a.uid, a.gid, b.uid, b.gid) == (300000, 500000, 300001, 500001)
    finally:
        lease_a.release()
        lease_b.release()
    policy = SandboxPolicy(GradingConfig(), identity, False, seccomp_policy.compile_filter())
    assert "kernels of different notebooks never share a host uid" in policy.describe()
    assert "300000-300999" in dict(policy.rows())["host uid"]
    assert "uid 1234's process count" in dict(policy.rows())["shared with other kernels"]
    # their own uid, asked for, is the shared uid of before
    own = resolve_identity(1234)
    assert (own.uid, own.switch) == (1234, False) and "--sandbox-uid 1234" in own.why_shared


def test_subordinate_ranges_are_found_by_user_name_or_uid_and_each_gap_is_named(monkeypatch, tmp_path):
    import pwd

    name = pwd.getpwuid(os.getuid()).pw_name
    uid_file, gid_file = tmp_path / "subuid", tmp_path / "subgid"
    monkeypatch.setattr(subids, "SUBUID_FILE", uid_file)
    monkeypatch.setattr(subids, "SUBGID_FILE", gid_file)
    monkeypatch.setattr(subids.shutil, "which", lambda tool, path=None: f"/usr/bin/{tool}")
    uid_file.write_text(f"someone:100000:65536\n{name}:200000:1000\n")
    gid_file.write_text(f"{os.getuid()}:300000:500\nbroken line\n")
    found, why = subids.subordinate_ids()
    assert (found.first_uid, found.first_gid, found.count, why) == (200000, 300000, 500, "")
    gid_file.write_text("someone:100000:65536\n")
    assert subids.subordinate_ids()[0] is None and "no subordinate gid range" in subids.subordinate_ids()[1]
    monkeypatch.setattr(subids.shutil, "which", lambda tool, path=None: None)
    assert "apt-get install uidmap" in subids.subordinate_ids()[1]


def test_a_kernel_on_another_uid_than_its_template_leased_is_a_problem():
    leased = SandboxIdentity(231072, 231072, True)
    assert identity_problems("k", HostView((231072,) * 4, (231072,) * 4, []), leased) == []
    assert identity_problems("k", HostView((1003,) * 4, (1003,) * 4, []), leased) == \
        ["k runs as host uid(s) [1003], not the uid 231072 its template leased"]
    assert identity_problems("k", HostView((1003,) * 4, (1003,) * 4, []), SandboxIdentity(1003, 1003, False)) == []


@pytest.mark.parametrize("uid", [0, -5])
def test_a_root_grader_refuses_a_privileged_sandbox_uid(monkeypatch, uid):
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    with pytest.raises(EnvironmentProblem, match="not an unprivileged uid"):
        resolve_identity(uid)


def test_the_stage_script_refuses_to_run_bubblewrap_as_root():
    proc = subprocess.run([sys.executable, "-I", str(launch.STAGE_SCRIPT),
                           '{"uid": 0, "gid": 0, "stage_root": "/nonexistent-stage", "sources": {}}',
                           "--", "/bin/true"], capture_output=True, text=True)
    assert proc.returncode != 0


def test_privilege_problems_name_every_way_to_be_root():
    fine = HostView((61000,) * 4, (61000,) * 4, [(0, 61000, 1)])
    assert privilege_problems("k", fine) == []
    assert privilege_problems("k", HostView((0, 0, 0, 0), (5,) * 4, [])) == \
        ["k runs as host uid 0 (uids (0, 0, 0, 0))"]
    assert privilege_problems("k", HostView((5,) * 4, (5, 0, 5, 5), [])) == \
        ["k runs with host gid 0 (gids (5, 0, 5, 5))"]
    assert privilege_problems("k", HostView((5,) * 4, (5,) * 4, [(0, 0, 1)])) == \
        ["k's user namespace maps uid 0 to host root"]


def test_a_writable_host_sysctl_is_a_problem():
    def answer(writes):
        return {"ok": True, "value": wire.encode({"sysctl_writes": writes})}
    assert sysctl_problems("k", answer({"/proc/sys/a": "refused: Permission denied"})) == []
    assert sysctl_problems("k", answer({"/proc/sys/a": "written"})) == ["k could write the host sysctl /proc/sys/a"]
    assert sysctl_problems("k", answer({})) == ["k probed no sysctl"]
    assert sysctl_problems("k", {"ok": True, "value": "garbage"}) == ["k gave an unreadable identity report"]


def test_limits_are_described_by_who_enforces_them():
    rows_with = dict(SandboxLauncher(GradingConfig()).policy.rows())
    rows_without = dict(SandboxLauncher(GradingConfig(cgroups="off")).policy.rows())
    assert "Pss polled" in rows_without["memory"] and "RLIMIT_NPROC" in rows_without["processes"]
    assert "no per-kernel core share" in rows_without["CPU"]
    if CgroupLimits.available():
        assert "memory cgroup" in rows_with["memory"]


@root_only
def test_cgroup_sets_memory_process_and_cpu_limits():
    assert CgroupLimits.available(), "a root grader on these machines can make cgroups"
    group = CgroupLimits(256 * 2**20, 17, cpus=0.5)
    try:
        files = {p.name: p for d in group.dirs for p in d.iterdir()}
        if group.version == 1:
            assert int(files["memory.limit_in_bytes"].read_text()) == 256 * 2**20
            assert files["pids.max"].read_text().strip() == "17"
            assert files["cpu.cfs_quota_us"].read_text().strip() == "50000"
        else:
            assert files["memory.max"].read_text().strip() == str(256 * 2**20)
            assert files["pids.max"].read_text().strip() == "17"
            assert files["cpu.max"].read_text().split()[0] == "50000"
    finally:
        group.remove()
    assert not any(d.exists() for d in group.dirs)


@root_only
def test_stale_groups_of_dead_graders_are_swept():
    group = CgroupLimits(64 * 2**20, 8)
    dead = 2**22 + 12345  # above pid_max: never a live process
    renamed = []
    for d in group.dirs:
        target = d.with_name(f"autograder-{dead}-stale")
        d.rename(target)
        renamed.append(target)
    assert CgroupLimits.sweep_stale() >= len(renamed)
    assert not any(d.exists() for d in renamed)


def test_the_allow_list_is_one_sorted_list_apart_from_every_refusal():
    groups = seccomp_policy.ALLOWED_SYSCALLS
    names = [name for _, calls in groups for name in calls]
    assert all(list(calls) == sorted(calls) for _, calls in groups)
    assert len(names) == len(set(names)), "a call is in two groups"
    assert len({why for why, _ in groups}) == len(groups)
    allowed = seccomp_policy.allowed_names()
    refused = {name for name, _ in seccomp_policy.DENIED_SYSCALLS} | \
        {name for name, _ in seccomp_policy.FALLBACK_TO_OLDER}
    assert not allowed & refused
    assert "clone3" not in allowed and seccomp_policy.DEFAULT_ERRNO == errno.ENOSYS
    import pyseccomp

    unknown = [name for name in allowed | refused
               if all(pyseccomp.resolve_syscall(arch, name) < 0
                      for arch in (pyseccomp.Arch.X86_64, pyseccomp.Arch.AARCH64))]
    assert unknown == [], "not a system call of x86-64 or aarch64"


def test_root_and_an_ordinary_user_compile_the_same_filter():
    """The filter depends on nothing of who grades: a child that is not root compiles the same program."""
    here = seccomp_policy.compile_filter()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            assert os.geteuid() != 0
            with os.fdopen(write, "wb") as sink:
                sink.write(seccomp_policy.compile_filter().program)
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        elsewhere = source.read()
    os.waitpid(pid, 0)
    assert elsewhere == here.program
    assert len(here.allowed) > 150 and "read" in here.allowed and "ptrace" in here.denied


def test_the_system_call_row_says_allow_list_and_enosys():
    row = dict(SandboxLauncher(GradingConfig()).policy.rows())["system calls"]
    assert "allow list" in row and "ENOSYS" in row and "EPERM" in row
