"""Each kernel runs confined: no network, a private filesystem view, bounded resources,
and nothing survives it. These tests run real kernels of every kind the grader makes
(see conftest.py): the same policy holds for all of them."""
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from genomics import GENOMICS
from autograder.grading.notebooks import PlannedCell
from autograder.grading.session import KernelSession, StudentError
from autograder.sandbox.worker import INTERRUPT_GRACE_S, LOAD_ALLOWANCE

#: must also hold when an ordinary user grades (the ordinary-user run of test_ordinary_user.py)
pytestmark = pytest.mark.ordinary_user

REPO = Path(__file__).resolve().parents[2]

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
def capabilities():
    with open("/proc/self/status") as handle:
        status = handle.read()
    return {k: status.split(k + ":")[1].split()[0] for k in ("CapEff", "CapPrm", "CapBnd", "CapAmb", "CapInh")}
def new_user_namespace():
    import ctypes
    return ctypes.CDLL(None, use_errno=True).unshare(0x10000000) == 0
def processes():
    return sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
'''


def test_kernel_has_no_capabilities_and_no_way_to_gain_them(kernels):
    s = kernels.session(PROBES)
    try:
        assert set(s.call("capabilities", timeout=10).values()) == {"0000000000000000"}
        assert s.call("new_user_namespace", timeout=10) is False
    finally:
        s.close()


def test_kernel_sees_only_its_supervisor_and_itself(kernels):
    s = kernels.session(PROBES)
    try:
        assert s.call("processes", timeout=10) == [1, 2]
    finally:
        s.close()


def test_kernels_do_not_share_tmp_home_or_shm(kernels):
    first = kernels.session(PROBES)
    second = kernels.session(PROBES)
    try:
        for path in ("/tmp/secret", "/home/student/secret", "/dev/shm/secret"):
            assert first.call("write", path, timeout=10) == "written"
            assert second.call("exists", path, timeout=10) is False, path
    finally:
        first.close()
        second.close()


def test_a_bare_shell_command_runs_on_a_pty_that_no_other_kernel_sees(kernels):
    first = kernels.session(PROBES + "HELD = os.openpty()\n")
    second = kernels.session(PROBES)
    try:
        assert first.call("listdir", "/dev/pts", timeout=10) == ["0", "ptmx"]  # its own pty, in its own devpts
        assert second.call("listdir", "/dev/pts", timeout=10) == ["ptmx"]
    finally:
        first.close()
        second.close()
    kernel = kernels.kernel()
    kernel.start(60)
    try:
        answer = kernel.request("run_cell", 30, "a bare !cmd", code="!echo PTY-OK")
        assert answer.get("ok"), answer
        deadline = time.monotonic() + 5
        while "PTY-OK" not in kernel.stdout.text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "PTY-OK" in kernel.stdout.text(), (kernel.stdout.text(), kernel.stderr.text())
    finally:
        kernel.kill()


def test_kernel_cannot_connect_anywhere_not_even_loopback(kernels):
    server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "18765"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    s = kernels.session(PROBES)
    try:
        assert s.call("connect", "127.0.0.1", 18765, timeout=10) != "connected"
        assert s.call("connect", "8.8.8.8", 53, timeout=10) != "connected"
    finally:
        s.close()
        server.kill()


def test_kernel_sees_no_project_course_or_answer_key(kernels):
    s = kernels.session(PROBES)
    try:
        for path in (REPO / "reference", GENOMICS.instructor_solutions, REPO / "assignments",
                     REPO / "autograder" / "grading" / "checking.py", Path("/root/.bash_history")):
            assert s.call("exists", str(path), timeout=10) is False, path
        python_roots = {Path(p).resolve().parts[1] for p in (sys.base_prefix,)}
        visible = set(s.call("listdir", "/", timeout=10))
        assert visible <= {"bin", "dev", "etc", "home", "lib", "lib64", "opt", "proc", "sbin", "tmp",
                           "usr"} | python_roots
        assert set(s.call("listdir", "/opt", timeout=10)) <= {"agent", "venv"}
    finally:
        s.close()


def test_everything_but_the_private_tmpfs_is_read_only(kernels):
    s = kernels.session(PROBES)
    try:
        for path in ("/opt/venv/pwned.py", "/opt/agent/agent.py", "/pwned", "/etc/pwned", "/usr/pwned",
                     "/proc/sys/kernel/core_pattern", "/dev/pwned"):
            assert s.call("write", path, timeout=10) != "written", path
        for path in ("/home/student/notes.txt", "/tmp/notes.txt", "/dev/shm/notes"):
            assert s.call("write", path, timeout=10) == "written", path
    finally:
        s.close()


def test_hang_that_ignores_sigint_is_killed_and_the_next_call_gets_a_fresh_kernel(kernels):
    code = PROBES + '''
import signal
def stubborn():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        pass
'''
    s = kernels.session(code)
    try:
        started = time.monotonic()
        with pytest.raises(StudentError) as info:
            s.call("stubborn", timeout=2)
        assert info.value.kind == "timeout" and time.monotonic() - started < 10
        assert s.call("exists", "/proc", timeout=10) is True  # replayed in a new kernel
    finally:
        s.close()


def test_the_side_kernel_starts_once_from_the_replayed_cells_and_leaves_the_main_kernel_untouched(kernels):
    s = kernels.session(PROBES + '''
count, kernel = 0, os.urandom(8).hex()  # every kernel that runs the cell draws its own
def bump():
    global count
    count += 1
    return count, kernel
''')
    try:
        assert [s.call("bump", timeout=10)[0] for _ in range(2)] == [1, 2]
        main = s.call("bump", timeout=10)[1]
        with s.side_kernel():
            first, side = s.call("bump", timeout=10)   # the cells replayed: nothing of the main kernel
        assert (first, s.call("bump", timeout=10)[0]) == (1, 4) and side != main
        with s.side_kernel():
            assert tuple(s.call("bump", timeout=10)) == (2, side)  # kept for the notebook's later uses
        assert s.kernel_starts == 1, "the side kernel is the grader's choice, not the notebook's"
    finally:
        s.close()


def test_the_side_kernel_presents_another_cpu_count_from_before_the_students_cells_run(kernels):
    from autograder.kernel.agent import other_machine_cpus

    s = kernels.session(PROBES + '''
import multiprocessing
at_cell = os.cpu_count()  # what the student's cell meets, in each kernel
def cpus():
    return at_cell, os.cpu_count(), multiprocessing.cpu_count()
''')
    try:
        main = s.call("cpus", timeout=10)
        with s.side_kernel():
            side = s.call("cpus", timeout=10)
        assert tuple(main) == (os.cpu_count(),) * 3
        assert tuple(side) == (other_machine_cpus(os.cpu_count()),) * 3 and side != main
    finally:
        s.close()


def test_the_course_libraries_import_and_train_with_one_torch_thread(kernels):
    """A cold kernel imports its libraries after it is confined; a forked one inherits them: both work alike."""
    s = kernels.session(PROBES + """
import numpy as np, pandas as pd, scipy.linalg, matplotlib.pyplot as plt, torch
def run():
    torch.manual_seed(0)
    layer = torch.nn.Linear(4, 2)
    loss = layer(torch.ones(3, 4)).pow(2).mean()
    loss.backward()
    fig, ax = plt.subplots()
    ax.hist(np.arange(5.0))
    return torch.get_num_threads(), float(loss), pd.Series([1.0, 2.0]).sum()
""")
    try:
        threads, loss, total = s.call("run", timeout=60)
        assert threads == 1 and np.isfinite(loss) and total == 3.0
    finally:
        s.close()


def test_interrupt_reaches_the_students_code_and_the_kernel_lives_on(kernels):
    code = PROBES + '''
import time
def sleepy():
    time.sleep(60)
'''
    s = kernels.session(code)
    try:
        worker = s.worker
        status = Path(f"/proc/{worker.student}/status").read_text()
        signals = [line for line in status.splitlines() if line.startswith(("SigBlk", "SigIgn", "SigCgt"))]
        with pytest.raises(StudentError) as info:
            s.call("sleepy", timeout=1)
        assert info.value.kind == "timeout" and "interrupted" in str(info.value), \
            (signals, worker.stderr.text()[-2000:])
        assert s.worker is worker and s.call("exists", "/proc", timeout=10) is True
    finally:
        s.close()


def test_kernel_exit_is_a_crash_and_grading_goes_on(kernels):
    s = kernels.session(PROBES + "\ndef die():\n    os._exit(3)\n")
    try:
        with pytest.raises(StudentError) as info:
            s.call("die", timeout=5)
        assert info.value.kind == "crash"
        assert s.call("exists", "/proc", timeout=10) is True
    finally:
        s.close()


def test_memory_limit_stops_a_huge_allocation(kernels):
    s = kernels.session("import numpy as np\ndef hog():\n    return float(np.ones(3 * 2**30 // 8).sum())\n")
    try:
        with pytest.raises(StudentError) as info:
            s.call("hog", timeout=20)
        assert info.value.kind in ("exception", "crash")
    finally:
        s.close()


def test_memory_spread_over_processes_is_bounded_for_the_whole_kernel(kernels):
    """Fourteen processes each stay under the per-process limit; together they break the
    kernel's budget, so either the kernel ends (supervisor) or some of them are killed
    (memory cgroup): they never all hold their memory at once."""
    code = '''
import os, time
def spread():
    children = []
    for _ in range(14):
        pid = os.fork()
        if pid == 0:
            try:
                block = bytearray(100 * 2**20)
                block[::4096] = b"\\x01" * len(range(0, len(block), 4096))
                time.sleep(3)
            finally:
                os._exit(0)
        children.append(pid)
    statuses = [os.waitpid(pid, 0)[1] for pid in children]
    return [os.WTERMSIG(s) if os.WIFSIGNALED(s) else 0 for s in statuses]
'''
    s = kernels.session(code)
    try:
        try:
            signals = s.call("spread", timeout=25)
        except StudentError as exc:
            assert exc.kind == "crash", exc
        else:
            assert 9 in signals, signals
    finally:
        s.close()


def test_no_process_survives_the_kernel_even_detached_ones(kernels):
    marker = f"survivor-{time.time_ns()}"
    code = f'''
import subprocess
def spawn():
    for _ in range(3):
        subprocess.Popen(["/bin/sh", "-c", "exec -a {marker} sleep 300"], start_new_session=True)
    return True
'''
    s = kernels.session(code)
    assert s.call("spawn", timeout=10) is True
    s.close()
    time.sleep(0.3)
    survivors = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout
    assert survivors.strip() == ""


def test_fork_bomb_is_bounded_by_the_process_limit(kernels):
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
    s = kernels.session(code)
    try:
        assert s.call("bomb", timeout=20) < kernels.config.max_processes
    finally:
        s.close()


def test_the_process_limit_read_inside_a_kernel_is_the_configured_max_processes(kernels):
    code = '''
import resource
def nproc_limit():
    return list(resource.getrlimit(resource.RLIMIT_NPROC))
'''
    s = kernels.session(code)
    try:
        assert s.call("nproc_limit", timeout=10) == [kernels.config.max_processes] * 2
    finally:
        s.close()


def test_a_cell_that_kills_its_kernel_is_skipped_and_the_others_replayed(kernels):
    plan = [PlannedCell("a", "def f():\n    return 'f'", "student"),
            PlannedCell("b", "import os\nos._exit(1)", "student"),
            PlannedCell("c", "def g():\n    return f() + 'g'", "student")]
    s = KernelSession(plan, kernels.kernel, kernels.config)
    try:
        s.run_plan()
        assert [o.status for o in s.outcomes] == ["ok", "crash", "ok"]
        assert s.call("g", timeout=10) == "fg"
    finally:
        s.close()


def test_submission_files_reach_the_private_home(kernels, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "counts.csv").write_text("a,b\n1,2\n")
    (tmp_path / "notebook.ipynb").write_text("{}")
    s = kernels.session(PROBES + "\ndef read(p):\n    return open(p).read()\n", submission_dir=tmp_path)
    try:
        assert s.call("read", "/home/student/data/counts.csv", timeout=10) == "a,b\n1,2\n"
        assert s.call("listdir", "/home/student", timeout=10) == ["data", "notebook.ipynb"]
    finally:
        s.close()


def test_a_template_outlives_the_thread_that_started_it(kernels):
    """bubblewrap's die-with-parent follows the starting *thread*: templates must not."""
    import threading

    from autograder.sandbox.template import Template

    template = Template(kernels.launcher, kernels.config, [], warm=False)
    starter = threading.Thread(target=template.start)
    starter.start()
    starter.join()
    try:
        time.sleep(0.5)
        assert template.alive()
        kernel = template.new_kernel(None)
        kernel.start(30)
        kernel.kill()
        assert template.restarts == 0
    finally:
        template.stop()


def test_a_setting_one_call_leaves_changed_is_put_back_before_the_next_request(kernels):
    """A function that leaves torch's default dtype, numpy's error handling and matplotlib's style
    changed (its own contract fails for it) leaves them changed for its own request only: the next
    request, another exercise's check, finds the session as the notebook's cells left it. So too for a
    library setting behind a getter (numpy's error callback), a library's logger and the CPUs the
    process may use."""
    s = kernels.session("import numpy as np\nimport torch\nimport matplotlib\nmatplotlib.use('Agg')\n"
                        "import matplotlib.pyplot as plt\nimport pandas as pd\nimport warnings\nimport logging, os\n"
                        "np.seterr(under='warn')\n"
                        "def leak():\n    torch.set_default_dtype(torch.float64)\n    np.seterr(all='raise')\n"
                        "    plt.style.use('ggplot')\n    warnings.simplefilter('ignore')\n"
                        "    pd.set_option('display.max_rows', 3)\n    torch.use_deterministic_algorithms(True)\n"
                        "    np.set_printoptions(precision=2)\n    np.seterrcall(print)\n"
                        "    logging.getLogger('matplotlib').setLevel(logging.CRITICAL)\n"
                        "    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n    return settings()\n"
                        "def settings():\n    return [str(torch.get_default_dtype()), np.geterr()['divide'], "
                        "np.geterr()['under'], plt.rcParams['axes.facecolor'], "
                        "('ignore', None, Warning, None, 0) in warnings.filters, "
                        "pd.get_option('display.max_rows'), torch.are_deterministic_algorithms_enabled(), "
                        "np.get_printoptions()['precision'], np.geterrcall() is None, "
                        "logging.getLogger('matplotlib').level, sorted(os.sched_getaffinity(0))]\n")
    try:
        before = s.call("settings", timeout=20)
        cpus = before[-1]
        assert s.call("leak", timeout=20) == ["torch.float64", "raise", "raise", "#E5E5E5", True, 3, True, 2, False,
                                              50, cpus[:1]]
        # the notebook's own top-level setting (under='warn') is part of what is put back
        assert s.call("settings", timeout=20) == before
        assert before[:-1] == ["torch.float32", "warn", "warn", "white", False, 60, False, 8, True, 0]
    finally:
        s.close()


LOADED = '''
import os, time
def pinned(cpu, name, *args):
    """``name(*args)`` on one CPU (pinned within the call: the kernel puts its CPUs back between requests)."""
    os.sched_setaffinity(0, {cpu})
    return globals()[name](*args)
def spin(seconds):
    """Runs for `seconds` of its own CPU time, however long that takes on the clock."""
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
    return "done"
def sleepy():
    time.sleep(60)
'''


@pytest.fixture
def loaded_call(kernels):
    """``call(func, *args, timeout=...) -> (value or StudentError, wall seconds)``: the call made in a
    kernel pinned to one CPU that another busy process shares (in a session of its own: the
    scheduler shares a CPU fairly between sessions, then within one)."""
    cpu = min(os.sched_getaffinity(0))
    hog = subprocess.Popen([sys.executable, "-c", f"import os\nos.sched_setaffinity(0, {{{cpu}}})\nwhile True: pass"],
                           start_new_session=True)
    s = kernels.session(LOADED)

    def call(func: str, *args, timeout: float):
        started = time.monotonic()
        try:
            outcome = s.call("pinned", cpu, func, *args, timeout=timeout)
        except StudentError as exc:
            outcome = exc
        return outcome, time.monotonic() - started

    try:
        yield call
    finally:
        s.close()
        hog.kill()
        hog.wait()


def test_time_a_call_spent_waiting_for_a_cpu_does_not_count_against_its_timeout(loaded_call):
    outcome, elapsed = loaded_call("spin", 1.0, timeout=1.5)
    # half the CPU or less: 2 s or more on the clock for 1 s of its own, past the 1.5 s timeout. The
    # test run's own load may share that CPU too (CI: a third or less), and the allowance is bounded:
    # then the call is stopped, but not before the bound, LOAD_ALLOWANCE times its timeout
    assert elapsed > 1.5
    assert outcome == "done" or (isinstance(outcome, StudentError) and outcome.kind == "timeout"
                                 and elapsed >= LOAD_ALLOWANCE * 1.5 - 0.05), (outcome, elapsed)


def test_a_hang_under_load_is_stopped_within_the_load_allowance(loaded_call):
    outcome, elapsed = loaded_call("spin", 1000.0, timeout=1)
    assert isinstance(outcome, StudentError) and outcome.kind == "timeout"
    assert 1.5 < elapsed < LOAD_ALLOWANCE * 1 + INTERRUPT_GRACE_S + 1.0


def test_a_sleeping_hang_under_load_is_stopped_at_its_own_timeout(loaded_call):
    outcome, elapsed = loaded_call("sleepy", timeout=1)
    assert isinstance(outcome, StudentError) and outcome.kind == "timeout" and elapsed < 1.9
