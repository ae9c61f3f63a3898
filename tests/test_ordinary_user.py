"""The README's two commands, run by an ordinary user from a fresh checkout under /tmp.

CI runs as root. This test makes a new unprivileged user, copies this checkout's
tracked files to a folder under /tmp that the user owns, and runs, as that user and
with that user's PATH (Debian's python3.11), exactly what the README's Quick start
says: the set-up and demo class, then the whole test suite (less the tests that need
root: cgroups, switching uid, creating users). As an ordinary user the grader has no
writable cgroup and its kernels run as the user's own uid; everything else must hold.
Finally root grades the demo class again from that checkout, whose venv lives under
/tmp, which every kernel covers with its own /tmp.
"""
from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from autograder.sandbox.identity import DEFAULT_SANDBOX_UID

pytestmark = [pytest.mark.slow, pytest.mark.root_only]
REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"


def quick_start_commands() -> list[str]:
    """The two commands of the README's Quick start, as written there."""
    text = README.read_text()
    block = text.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.strip() for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2, commands
    return commands


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True)
    return [name for name in out.stdout.decode().split("\0") if name and (REPO / name).is_file()]


@pytest.fixture()
def ordinary_user():
    """A new user with a home under /tmp and a copy of this checkout there; removed afterwards."""
    base = Path(tempfile.mkdtemp(prefix="autograder-user-", dir="/tmp"))
    base.chmod(0o755)
    name = f"agtest{os.getpid() % 100000}"
    subprocess.run(["useradd", "--home-dir", str(base / "home"), "--create-home", "--shell", "/bin/bash",
                    "--user-group", name], check=True, capture_output=True)
    try:
        checkout = base / "main"
        for relative in tracked_files():
            target = checkout / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / relative, target)
        user = pwd.getpwnam(name)
        for path in [checkout, *checkout.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid, follow_symlinks=False)
        yield user, checkout
    finally:
        subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
        subprocess.run(["userdel", "--remove", name], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def run_as(user: pwd.struct_passwd, command: str, cwd: Path, timeout: float) -> subprocess.CompletedProcess:
    env = {"HOME": user.pw_dir, "USER": user.pw_name, "LOGNAME": user.pw_name, "LANG": "C.UTF-8",
           "PATH": "/usr/local/bin:/usr/bin:/bin"}
    return subprocess.run(["/bin/bash", "-c", command], cwd=cwd, env=env, user=user.pw_uid,
                          group=user.pw_gid, extra_groups=[], capture_output=True, text=True,
                          timeout=timeout)


def test_quick_start_and_whole_suite_pass_for_an_ordinary_user_in_a_checkout_under_tmp(ordinary_user):
    user, checkout = ordinary_user
    set_up_and_demo, run_tests = quick_start_commands()
    first = run_as(user, set_up_and_demo, checkout, timeout=3600)
    assert first.returncode == 0, (first.stdout[-3000:], first.stderr[-3000:])
    assert "(no cgroup: supervisor and rlimits)" in first.stdout
    assert f"host uid {user.pw_uid}" in first.stdout
    python = run_as(user, ".venv/bin/python -c 'import sys; print(sys.base_prefix)'", checkout, timeout=60)
    assert python.stdout.strip() == "/usr", "the user's set-up uses the system's python3.11"
    second = run_as(user, f"{run_tests} -m 'not root_only'", checkout, timeout=3600)
    assert second.returncode == 0, second.stdout[-5000:]
    assert " passed" in second.stdout and " failed" not in second.stdout
    as_root = subprocess.run([str(checkout / ".venv" / "bin" / "autograder"), "grade", "demo-course", "--force"],
                             cwd=checkout, capture_output=True, text=True, timeout=3600)
    assert as_root.returncode == 0, as_root.stderr[-3000:]
    assert f"host uid {DEFAULT_SANDBOX_UID}" in as_root.stdout
    students = json.loads((checkout / "demo-course" / "grades.json").read_text())["students"]
    assert (students["instructor"]["score"], students["release"]["score"]) == (20.0, 0.0)
