"""Each kernel runs confined: no network, a private filesystem view, bounded resources,
and nothing survives it. These tests run real kernels, both kinds the grader uses: a
fresh bubblewrap sandbox per kernel, and kernels forked from the warm fork server."""
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from autograder.config import GradingConfig
from autograder.notebooks import PlannedCell
from autograder.sandbox import BwrapLauncher
from autograder.session import KernelSession, StudentError
from autograder.worker import PopenWorker
from autograder.zygote import Zygote

REPO = Path(__file__).resolve().parents[2]
CONFIG = GradingConfig(sandbox="bwrap", check_timeout_floor_s=4, cell_timeout_floor_s=6,
                       memory_mb=1024, max_processes=48)


@pytest.fixture(scope="module", params=["fresh", "forked"])
def launcher(request):
    """A factory of kernels: ``launcher.kernel()`` -> an unstarted Worker."""
    with tempfile.TemporaryDirectory() as tmp:
        bwrap = BwrapLauncher(CONFIG, Path(tmp))
        if request.param == "fresh":
            bwrap.kernel = lambda: PopenWorker(bwrap.launch(None))
            yield bwrap
        else:
            zygote = Zygote(bwrap, CONFIG, [])
            zygote.start()
            bwrap.kernel = lambda: zygote.new_kernel(None)
            yield bwrap
            zygote.stop()


def session(launcher, code):
    s = KernelSession([PlannedCell("cell", code, "student")], launcher.kernel, CONFIG)
    s.run_plan()
    return s


PROBES = '''
import os, socket
def connect(host, port):
    try:
        socket.create_connection((host, port), timeout=2).close()
        return "connected"
    except OSError as exc:
        return type(exc).__name__
def listdir(path):
    try:
        return sorted(os.listdir(path))
    except OSError as exc:
        return type(exc).__name__
def exists(path):
    return os.path.exists(path)
def write(path):
    try:
        with open(path, "w") as handle:
            handle.write("x")
        return "written"
    except OSError as exc:
        return type(exc).__name__
def uid():
    return os.getuid()
def capabilities():
    status = open("/proc/self/status").read()
    return {k: status.split(k + ":")[1].split()[0] for k in ("CapEff", "CapPrm", "CapBnd", "CapAmb")}
def new_user_namespace():
    import ctypes
    return ctypes.CDLL(None, use_errno=True).unshare(0x10000000) == 0
def processes():
    return sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
'''


def test_kernel_has_no_capabilities_and_no_way_to_gain_them(launcher):
    s = session(launcher, PROBES)
    try:
        assert set(s.call("capabilities", timeout=10).values()) == {"0000000000000000"}
        assert s.call("new_user_namespace", timeout=10) is False
    finally:
        s.close()


def test_kernel_sees_only_its_own_processes(launcher):
    s = session(launcher, PROBES)
    try:
        assert len(s.call("processes", timeout=10)) <= 2  # itself (and bwrap's init)
    finally:
        s.close()


def test_kernels_do_not_share_tmp_or_home(launcher):
    first = session(launcher, PROBES)
    second = session(launcher, PROBES)
    try:
        assert first.call("write", "/tmp/secret", timeout=10) == "written"
        assert first.call("write", "/home/student/secret", timeout=10) == "written"
        assert second.call("exists", "/tmp/secret", timeout=10) is False
        assert second.call("exists", "/home/student/secret", timeout=10) is False
    finally:
        first.close()
        second.close()


def test_kernel_cannot_connect_anywhere_not_even_loopback(launcher):
    server = subprocess.Popen(["python3", "-m", "http.server", "--bind", "127.0.0.1", "18765"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    s = session(launcher, PROBES)
    try:
        assert s.call("connect", "127.0.0.1", 18765, timeout=10) != "connected"
        assert s.call("connect", "8.8.8.8", 53, timeout=10) != "connected"
    finally:
        s.close()
        server.kill()


def test_kernel_sees_no_project_course_or_answer_key(launcher):
    s = session(launcher, PROBES)
    try:
        for path in (REPO / "reference", REPO / "solutions", REPO / "assignments",
                     REPO / "autograder" / "checking.py", Path("/root/.bash_history")):
            assert s.call("exists", str(path), timeout=10) is False, path
        import sys
        python_roots = {Path(p).resolve().parts[1] for p in (sys.base_prefix, sys.prefix)}
        visible = set(s.call("listdir", "/", timeout=10))
        assert visible <= {"bin", "dev", "etc", "home", "lib", "lib64", "opt", "proc", "sbin", "tmp",
                           "usr"} | python_roots
    finally:
        s.close()


def test_environment_is_read_only_and_scratch_is_writable(launcher):
    s = session(launcher, PROBES)
    try:
        import sys
        assert s.call("write", str(Path(sys.prefix) / "pwned.py"), timeout=10) == "OSError"
        assert s.call("write", "/home/student/notes.txt", timeout=10) == "written"
        assert s.call("write", "/tmp/notes.txt", timeout=10) == "written"
    finally:
        s.close()


def test_hang_that_ignores_sigint_is_killed_and_the_next_call_gets_a_fresh_kernel(launcher):
    code = PROBES + '''
import signal
def stubborn():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        pass
'''
    s = session(launcher, code)
    try:
        started = time.monotonic()
        with pytest.raises(StudentError) as info:
            s.call("stubborn", timeout=2)
        assert info.value.kind == "timeout" and time.monotonic() - started < 10
        assert s.call("exists", "/proc", timeout=10) is True  # replayed in a new kernel
    finally:
        s.close()


def test_kernel_exit_is_a_crash_and_grading_goes_on(launcher):
    s = session(launcher, PROBES + "\ndef die():\n    os._exit(3)\n")
    try:
        with pytest.raises(StudentError) as info:
            s.call("die", timeout=5)
        assert info.value.kind == "crash"
        assert s.call("exists", "/proc", timeout=10) is True
    finally:
        s.close()


def test_memory_limit_stops_a_huge_allocation(launcher):
    s = session(launcher, "import numpy as np\ndef hog():\n    return float(np.ones(3 * 2**30 // 8).sum())\n")
    try:
        with pytest.raises(StudentError) as info:
            s.call("hog", timeout=20)
        assert info.value.kind in ("exception", "crash")
    finally:
        s.close()


def test_no_process_survives_the_kernel_even_detached_ones(launcher):
    marker = f"survivor-{time.time_ns()}"
    code = f'''
import subprocess
def spawn():
    for _ in range(3):
        subprocess.Popen(["/bin/sh", "-c", "exec -a {marker} sleep 300"], start_new_session=True)
    return True
'''
    s = session(launcher, code)
    assert s.call("spawn", timeout=10) is True
    s.close()
    time.sleep(0.3)
    survivors = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout
    assert survivors.strip() == ""


def test_fork_bomb_is_bounded_by_the_process_limit(launcher):
    code = '''
import os
def bomb():
    children = 0
    try:
        for _ in range(500):
            if os.fork() == 0:
                import time
                time.sleep(60)
                os._exit(0)
            children += 1
    except OSError:
        pass
    return children
'''
    s = session(launcher, code)
    try:
        assert s.call("bomb", timeout=20) < CONFIG.max_processes
    finally:
        s.close()


def test_a_cell_that_kills_its_kernel_is_skipped_and_the_others_replayed(launcher):
    plan = [PlannedCell("a", "def f():\n    return 'f'", "student"),
            PlannedCell("b", "import os\nos._exit(1)", "student"),
            PlannedCell("c", "def g():\n    return f() + 'g'", "student")]
    s = KernelSession(plan, launcher.kernel, CONFIG)
    try:
        s.run_plan()
        assert [o.status for o in s.outcomes] == ["ok", "crash", "ok"]
        assert s.call("g", timeout=10) == "fg"
    finally:
        s.close()
