"""Host uids leased machine-wide: one per template, never two live templates on one uid.

The pool tests use a lock folder of their own and a uid range no grading run of the suite uses.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.grading.notebooks import PlannedCell
from autograder.sandbox.kernels import KernelSource
from autograder.sandbox.launch import SandboxLauncher
from autograder.sandbox.uid_pool import lease_uid

FIRST = 64700  # far from the default pool (61000) and from the suite's --sandbox-uid runs


@pytest.fixture
def locks(tmp_path):
    return tmp_path / "locks"


def test_two_leases_get_two_uids_and_a_released_uid_is_leased_again(locks):
    a, b = lease_uid(FIRST, 10, locks), lease_uid(FIRST, 10, locks)
    assert (a.uid, b.uid) == (FIRST, FIRST + 1)
    a.release()
    c = lease_uid(FIRST, 10, locks)
    assert c.uid == FIRST
    b.release(), c.release()


def test_a_uid_leased_by_another_grader_process_is_skipped(locks):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from autograder.sandbox.uid_pool import lease_uid; "
         f"lease = lease_uid({FIRST}, 10, Path({str(locks)!r})); print(lease.uid, flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == str(FIRST)
        mine = lease_uid(FIRST, 10, locks)
        assert mine.uid == FIRST + 1
        mine.release()
    finally:
        holder.communicate("")
    # the holder is gone, and with it its lock
    again = lease_uid(FIRST, 10, locks)
    assert again.uid == FIRST
    again.release()


def test_a_full_pool_is_refused_with_its_range_named(locks):
    held = [lease_uid(FIRST, 2, locks) for _ in range(2)]
    with pytest.raises(EnvironmentProblem, match=f"no free sandbox uid in {FIRST}-{FIRST + 1}"):
        lease_uid(FIRST, 2, locks)
    for lease in held:
        lease.release()


@pytest.mark.root_only
def test_a_uid_with_a_live_process_is_not_leased(locks):
    squatter = subprocess.Popen(["sleep", "30"], user=FIRST, group=FIRST)
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not os.path.exists(f"/proc/{squatter.pid}"):
            time.sleep(0.01)
        lease = lease_uid(FIRST, 10, locks)
        assert lease.uid == FIRST + 1
        lease.release()
    finally:
        squatter.kill()
        squatter.wait()


@pytest.mark.root_only
def test_a_uid_owning_a_file_in_tmp_is_not_leased(locks, tmp_path):
    planted = f"/tmp/uid-pool-test-{os.getpid()}"
    with open(planted, "w"):
        pass
    os.chown(planted, FIRST, FIRST)
    try:
        lease = lease_uid(FIRST, 10, locks)
        assert lease.uid == FIRST + 1
        lease.release()
    finally:
        os.unlink(planted)


@pytest.mark.root_only
def test_notebooks_graded_at_once_get_templates_on_different_uids_and_a_returned_one_serves_again(
        tmp_path, monkeypatch):
    monkeypatch.setattr("autograder.sandbox.uid_pool.LOCK_DIR", tmp_path / "locks")
    config = GradingConfig(sandbox="bwrap", sandbox_uid=FIRST, check_timeout_floor_s=4, cell_timeout_floor_s=6)
    plan = [PlannedCell("setup", "x = 1", "instructor")]
    source = KernelSource.create(SandboxLauncher(config), config, plan, slots=2)
    try:
        assert source.host_uids() == [FIRST, FIRST + 1]
        assert f"this run holds host uid(s) {FIRST}, {FIRST + 1}" in source.describe()
        first, _ = source.for_plan(plan, None)
        second, _ = source.for_plan(plan, None)
        assert {first.template.host_ids.uid, second.template.host_ids.uid} == {FIRST, FIRST + 1}
        # a third notebook at once (outside the job pool) gets a template, and a uid, of its own
        third, _ = source.for_plan(plan, None)
        assert third.template.host_ids.uid == FIRST + 2
        kernel = third()
        kernel.start(60)
        try:
            with open(f"/proc/{kernel.student}/status") as handle:
                uids = next(line for line in handle if line.startswith("Uid:")).split()[1:]
            assert set(uids) == {str(FIRST + 2)}
        finally:
            kernel.kill()
        held = first.template
        first.release()
        again, _ = source.for_plan(plan, None)
        assert again.template is held
        for factory in (second, third, again):
            factory.release()
    finally:
        source.close()
    # closed: every uid is back in the pool once its processes are gone
    deadline = time.monotonic() + 10
    lease = lease_uid(FIRST, 10, tmp_path / "locks")
    while lease.uid != FIRST and time.monotonic() < deadline:
        lease.release()
        time.sleep(0.05)
        lease = lease_uid(FIRST, 10, tmp_path / "locks")
    assert lease.uid == FIRST
    lease.release()


#: a kernel that reports how many bytes a new pipe of its own holds (64 KiB while its host uid is
#: within fs.pipe-user-pages-soft, one page once the uid is over it)
PIPE_PROBE = """
import fcntl, os
def new_pipe_bytes():
    r, w = os.pipe()
    return fcntl.fcntl(w, 1032)  # F_GETPIPE_SZ
"""
#: ... and one that first takes its uid's whole share (1 MiB pipes until Linux hands out one page), and keeps it,
#: with a margin of its own: a thousand more small pipes (some 2,000 pages), so that pipes the same uid's other
#: processes close meanwhile (the grader's, an earlier test's kernels) cannot bring the uid back under the limit
PIPE_HOG = PIPE_PROBE + """
HELD = []
for _ in range(4000):
    r, w = os.pipe()
    HELD += [r, w]
    try:
        fcntl.fcntl(w, 1031, 1 << 20)  # F_SETPIPE_SZ
    except OSError:
        pass
    if new_pipe_bytes() < 65536:
        break
import resource
for _ in range(min(1000, (resource.getrlimit(resource.RLIMIT_NOFILE)[0] - len(os.listdir("/proc/self/fd")) - 64) // 2)):
    HELD += list(os.pipe())  # descriptors to spare for the probes that follow
"""


def _identities():
    """Every way this user's runs can give kernels host uids: root's leased uids; an ordinary user's
    subordinate uids (when /etc/subuid gives them some) and their own uid (``--sandbox-uid`` theirs)."""
    if os.geteuid() == 0:
        return [pytest.param(None, id="root-leased-uids")]
    return [pytest.param(None, id="ordinary-default"), pytest.param(os.getuid(), id="ordinary-own-uid")]


@pytest.mark.ordinary_user
@pytest.mark.parametrize("sandbox_uid", _identities())
def test_kernels_of_two_job_slots_share_pipe_pages_exactly_when_the_run_says_they_share_a_uid(sandbox_uid):
    """A kernel holding its uid's whole share of pipe-buffer pages, beside a kernel of the other job
    slot (both alive): the second's new pipe keeps its full 64 KiB when the two templates run as
    different host uids (root's pool; an ordinary user's subordinate uids), and the run's description
    says nothing is shared then; with one uid for both, the run says they share its counters, and
    they do. A kernel of the hog's own template (the same notebook's side kernel) shares its uid."""
    from autograder.grading.session import KernelSession

    config = GradingConfig(sandbox="bwrap", sandbox_uid=sandbox_uid, check_timeout_floor_s=4,
                           cell_timeout_floor_s=20, memory_mb=1024, max_processes=48)
    launcher = SandboxLauncher(config)
    plan = [PlannedCell("setup", "x = 1", "instructor")]
    source = KernelSource.create(launcher, config, plan, slots=2)
    sessions = []
    try:
        factories = [source.for_plan(plan, None)[0] for _ in range(2)]

        def session(factory, code):
            s = KernelSession([PlannedCell("cell", code, "student")], factory, config)
            s.run_plan()
            sessions.append(s)
            return s

        hog = session(factories[0], PIPE_HOG)
        assert hog.call("new_pipe_bytes", timeout=10) < 65536  # its uid's share is spent
        neighbour, same_slot = session(factories[1], PIPE_PROBE), session(factories[0], PIPE_PROBE)
        uids = {f.template.host_ids.uid for f in factories} if launcher.policy.identity.switch else {os.getuid()}
        if launcher.policy.mode == "own":
            assert uids == {os.getuid()}
            assert f"share host uid {os.getuid()}'s counters (" in launcher.describe()
            assert "pipe buffer pages" in launcher.describe()
            assert neighbour.call("new_pipe_bytes", timeout=10) < 65536
        else:
            assert len(uids) == 2 and os.getuid() not in uids and 0 not in uids
            assert "kernels of different notebooks never share a host uid" in launcher.describe()
            assert neighbour.call("new_pipe_bytes", timeout=10) == 65536
        assert same_slot.call("new_pipe_bytes", timeout=10) < 65536
    finally:
        for s in sessions:
            s.close()
        source.close()
