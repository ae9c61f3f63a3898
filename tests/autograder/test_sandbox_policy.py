"""The sandbox policy itself: what is mounted, masked and limited (no kernel started)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from autograder import sandbox
from autograder.config import GradingConfig
from autograder.sandbox import BwrapLauncher, CgroupLimits


@pytest.fixture()
def launcher(tmp_path):
    return BwrapLauncher(GradingConfig(), tmp_path)


def test_an_installed_copy_of_the_answer_key_is_masked(launcher, monkeypatch, tmp_path):
    site = tmp_path / "site-packages"
    for package in ("reference", "assignments", "numpy"):
        (site / package).mkdir(parents=True)
    monkeypatch.setattr(sandbox, "_site_packages", lambda: [str(site)])
    args = launcher._binds()
    masked = {args[i + 1] for i, a in enumerate(args) if a == "--tmpfs"}
    assert masked == {str(site / "reference"), str(site / "assignments")}


def test_nothing_of_the_project_or_course_is_bound_into_a_kernel(launcher):
    repo = str(Path(__file__).resolve().parents[2])
    args = launcher._binds()
    sources = [args[i + 1] for i, a in enumerate(args) if a in ("--ro-bind", "--bind")]
    inside_repo = [s for s in sources if s == repo or s.startswith(repo + os.sep)]
    # only the venv (a sibling of the code) and the agent's own folder
    assert all(s.endswith(".venv") or s.endswith(os.path.join("autograder", "kernel")) for s in inside_repo)


def test_fresh_kernels_have_every_namespace_and_no_capabilities(launcher):
    argv = launcher.launch(None).argv
    for flag in ("--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent",
                 "--new-session", "--clearenv"):
        assert flag in argv
    assert argv[argv.index("--cap-drop") + 1] == "ALL"
    assert argv[argv.index("--uid") + 1] == "65534"


def test_cgroup_sets_memory_process_and_cpu_limits():
    if not CgroupLimits.available():
        pytest.fail("no writable cgroup controller: the README's set-up expects one on these machines")
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
