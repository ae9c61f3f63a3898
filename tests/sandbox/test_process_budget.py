"""The grader's process limit: raised when the hard limit allows, fewer jobs when it does not, a refusal
when not even one job fits; root is exempt."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.sandbox.process_budget import ProcessPlan, fit_to_process_limit, plan, run_tasks, tasks_of

UNLIMITED = resource.RLIM_INFINITY


def test_a_limit_with_room_for_the_run_is_left_as_it_is():
    assert plan(2, 64, running=40, soft=10_000, hard=10_000) == ProcessPlan(None, 2)
    assert plan(2, 64, running=40, soft=UNLIMITED, hard=UNLIMITED).soft is None


def test_a_soft_limit_below_the_runs_needs_is_raised_within_the_hard_limit_and_the_jobs_kept():
    need = 40 + run_tasks(3, 64)
    decided = plan(3, 64, running=40, soft=need - 1, hard=need + 10)
    assert decided.jobs == 3 and decided.message is None and need <= decided.soft <= need + 10
    assert plan(3, 64, running=40, soft=100, hard=UNLIMITED).soft >= need


@given(jobs=st.integers(2, 32), max_processes=st.integers(3, 256), running=st.integers(0, 2000),
       short=st.integers(1, 5000))
def test_a_hard_limit_too_low_for_the_jobs_runs_the_most_jobs_that_fit_and_says_why(jobs, max_processes, running,
                                                                                    short):
    hard = running + run_tasks(jobs, max_processes) - short
    if hard < running + run_tasks(1, max_processes):
        with pytest.raises(EnvironmentProblem, match=r"ulimit -u\) is"):
            plan(jobs, max_processes, running, soft=hard, hard=hard)
        return
    decided = plan(jobs, max_processes, running, soft=min(hard, 100), hard=hard)
    assert 1 <= decided.jobs < jobs and decided.soft == hard
    assert running + run_tasks(decided.jobs, max_processes) <= hard < running + run_tasks(decided.jobs + 1,
                                                                                           max_processes)
    assert f"running {decided.jobs} job(s), not {jobs}" in decided.message and str(hard) in decided.message


def test_the_tasks_of_a_uid_count_this_processes_threads():
    started = threading.Event()
    stop = threading.Event()
    workers = [threading.Thread(target=lambda: (started.set(), stop.wait())) for _ in range(3)]
    for worker in workers:
        worker.start()
    try:
        assert tasks_of(os.getuid()) >= threading.active_count() >= 4
    finally:
        stop.set()
        for worker in workers:
            worker.join()


def test_root_is_exempt(monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    config = GradingConfig(jobs=5)
    assert fit_to_process_limit(config, log=lambda *a: None) is config


PROBE = """
import json, os, resource, sys
from autograder.common.config import GradingConfig
from autograder.sandbox import process_budget
if os.geteuid() == 0:
    os.geteuid = lambda: 1000  # root is exempt: the probe plays an ordinary user (the marker runs it as one)
resource.setrlimit(resource.RLIMIT_NPROC, (int(sys.argv[1]), int(sys.argv[2])))
lines = []
running = process_budget.tasks_of(os.getuid())
# the run decides on this same count: other processes of the uid (as root in CI, many) start and end meanwhile
process_budget.tasks_of = lambda uid: running
try:
    config = process_budget.fit_to_process_limit(GradingConfig(jobs=4, max_processes=64), log=lines.append)
except Exception as exc:
    print(json.dumps({"refused": str(exc), "running": running}))
else:
    print(json.dumps({"jobs": config.jobs, "soft": resource.getrlimit(resource.RLIMIT_NPROC)[0], "lines": lines,
                      "running": running}))
"""


@pytest.mark.ordinary_user
@pytest.mark.parametrize("room", [100_000, 600, 0, -200])
def test_an_ordinary_users_run_raises_its_limit_runs_fewer_jobs_or_refuses_as_its_process_limit_allows(room):
    """The hard limit is the tasks already running plus ``room`` plus what 4 jobs need, the soft limit
    below that: the run's jobs, soft limit and line are what the plan says for the tasks it found."""
    running_now = tasks_of(os.getuid())
    hard = running_now + run_tasks(4, 64) + room
    current = resource.getrlimit(resource.RLIMIT_NPROC)[1]
    if current != UNLIMITED:
        hard = min(hard, current)  # nobody but root may raise a hard limit
    soft = running_now + 10
    probe = subprocess.run([sys.executable, "-c", PROBE, str(soft), str(max(hard, soft))], capture_output=True,
                           text=True, cwd="/", timeout=120, env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
    assert probe.returncode == 0, probe.stderr
    out = json.loads(probe.stdout)
    try:
        want = plan(4, 64, out["running"], soft, max(hard, soft))
    except EnvironmentProblem as exc:
        assert out.get("refused") == str(exc) and "ulimit -u" in out["refused"]
        return
    assert out["jobs"] == want.jobs and out["soft"] == (want.soft or soft)
    assert out["lines"] == ([want.message] if want.message else [])
    assert out["running"] + run_tasks(out["jobs"], 64) <= out["soft"]
