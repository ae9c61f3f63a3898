"""Reading how long a process waited for a CPU (autograder/sandbox/cpu_wait.py)."""
import os
import subprocess
import sys
import time

from autograder.sandbox.cpu_wait import run_queue_wait_s

SPIN = "import os\nos.sched_setaffinity(0, {%d})\nwhile True: pass"


def test_a_process_that_shares_its_cpu_with_another_busy_one_is_seen_waiting():
    cpu = min(os.sched_getaffinity(0))
    busy = [subprocess.Popen([sys.executable, "-c", SPIN % cpu], start_new_session=True) for _ in range(2)]
    try:
        time.sleep(1.0)
        # two sharing one CPU: each waits about half the time
        assert all(run_queue_wait_s(p.pid) > 0.2 for p in busy)
    finally:
        for p in busy:
            p.kill()
            p.wait()


def test_a_process_that_sleeps_is_not_seen_waiting():
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        time.sleep(0.5)  # its start-up may have waited a little, its sleep does not
        before = run_queue_wait_s(sleeper.pid)
        time.sleep(1.0)
        assert run_queue_wait_s(sleeper.pid) - before < 0.01
    finally:
        sleeper.kill()
        sleeper.wait()


def test_no_process_or_a_gone_one_has_waited_nothing():
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert run_queue_wait_s(None) == 0.0 and run_queue_wait_s(gone.pid) == 0.0
