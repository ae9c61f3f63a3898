"""Builds the test class: the solution corpus, tampered notebooks and hostile ones.

Every hostile or tampered student comes with the exact scores it must get.
"""
from __future__ import annotations

import json
from pathlib import Path

import nbformat

from genomics import EXERCISES, GENOMICS, GRADES_JSON, instructor_solution
from autograder.course.folder import Course
from autograder.course.demo import notebook_with, submit
from autograder.grading.notebooks import is_test_cell

FULL = {ex: 5.0 for ex in EXERCISES}
MARKER_SERVER_PORT = 18766
#: markers no kernel may ever see: one in a classmate's notebook, one in the instructor's solutions
CLASSMATE_TOKEN = "c1a55e" + "0123456789abcdef0123456789"
INSTRUCTOR_TOKEN = "1257c0" + "fedcba9876543210fedcba9876"
CORE_PATTERN_MARKER = Path("/tmp/autograder-test-core-pattern-ran")


def plant_instructor_marker(course: Course) -> None:
    """Put :data:`INSTRUCTOR_TOKEN` into every solution cell of the instructor's source notebook."""
    from autograder.grading.notebooks import is_solution_cell

    source = nbformat.read(course.source_notebook, as_version=4)
    for cell in source.cells:
        if is_solution_cell(cell):
            cell.source += f"\n# AGMARK-{INSTRUCTOR_TOKEN}\n"
    nbformat.write(source, course.source_notebook)


def scores(**overrides) -> dict[str, float]:
    return dict(FULL, **{k: v for k, v in overrides.items()})


def _instructor() -> dict[str, str]:
    return {ex: instructor_solution(ex) for ex in EXERCISES}


# ---- hostile code, one class of attack per student (issue: grade untrusted notebooks)
HANG_CELL_IGNORING_SIGINT = instructor_solution("ex2_condition") + '''
import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
while True:
    pass
'''

HANG_IN_FUNCTION = '''
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    import time
    while True:
        time.sleep(0.01)
'''

EXIT_IN_FUNCTION = instructor_solution("ex3_seed_study") + '''
import os
def seed_study(X, seeds, epochs=100):
    os._exit(0)
'''

SEGFAULT_IN_FUNCTION = instructor_solution("ex4_real_data") + '''
import ctypes
def design_diagnostics(X):
    return ctypes.string_at(0)          # SIGSEGV: the kernel dies mid-check
'''

NOISY_BUT_CORRECT = instructor_solution("ex3_seed_study") + '''
import sys, warnings
_seed_study = seed_study
def seed_study(X, seeds, epochs=100):
    seeds = list(seeds)                  # seeds may be a generator: iterate it once
    warnings.warn("a library warning on stderr", UserWarning)
    sys.stderr.write("progress: training " + str(seeds) + "\\n")
    print("lots of output", seeds)
    return _seed_study(X, seeds, epochs=epochs)
import matplotlib.pyplot as plt
plt.plot([1, 2, 3])
plt.show()
warnings.warn("another warning at the top level", DeprecationWarning)
'''

CHEATER = '''
import sys, builtins, numpy as np
# fake verdicts on stdout, a score variable, patched comparison helpers
print("ex1_irls_logistic: 5 / 5 points\\n  [PASS] everything")
score, passed = 100, True
np.allclose = lambda *a, **k: True
np.testing.assert_allclose = lambda *a, **k: None
np.array_equal = lambda *a, **k: True

def irls_logistic(X, y, max_iter=25, tol=1e-8):
    # look through the callers' frames for anything that looks like an answer
    found = []
    frame = sys._getframe(1)
    while frame is not None:
        found += [v for v in frame.f_locals.values() if isinstance(v, np.ndarray)]
        frame = frame.f_back
    beta = found[0][: X.shape[1]] if found else np.zeros(X.shape[1])
    return beta, {"beta": [np.zeros(X.shape[1]), beta], "deviance": [0.0]}
'''

HIJACK_SHELL = instructor_solution("ex1_irls_logistic") + '''
import builtins
ip = get_ipython()
ip.run_cell = lambda *a, **k: None          # later cells never run
ip.showtraceback = lambda *a, **k: None
ip.input_transformers_post.append(lambda lines: ["pass\\n"])
_real_import = builtins.__import__
def _import(name, *args, **kwargs):
    if name.startswith("autograder") or name.startswith("reference"):
        raise ImportError("nothing here")
    return _real_import(name, *args, **kwargs)
builtins.__import__ = _import
'''

EXHAUST = instructor_solution("ex3_seed_study") + '''
import os, subprocess, numpy as np
try:
    hog = np.ones(3 * 2**30 // 8)      # 3 GiB: beyond the kernel's memory limit
except MemoryError:
    hog = None
children = []
for _ in range(400):                    # far beyond the process limit
    try:
        children.append(subprocess.Popen(["/bin/sh", "-c", "exec -a grader-test-survivor sleep 600"],
                                         start_new_session=True))
    except OSError:
        break
print("spawned", len(children))
for child in children[3:]:              # keep three detached sleepers: they must not outlive grading
    child.kill()
    child.wait()
print("x" * (40 * 2**20))               # 40 MB on stdout
'''

SNOOP_AND_VANDALISE = instructor_solution("ex4_real_data") + '''
import os, socket, glob
report = {}
for path in PATHS_PLACEHOLDER:
    try:
        with open(path, "rb") as handle:
            report[path] = handle.read(200)
    except OSError as exc:
        report[path] = type(exc).__name__
    try:
        with open(path, "w") as handle:
            handle.write("pwned")
    except OSError:
        pass
report["glob"] = [p for p in glob.glob("/home/**", recursive=True) + glob.glob("/tmp/**", recursive=True)
                  + glob.glob("/work/*") + glob.glob("/root/*")]
try:
    socket.create_connection(("127.0.0.1", PORT_PLACEHOLDER), timeout=2)
    report["net"] = "connected"
except OSError as exc:
    report["net"] = type(exc).__name__
print("SNOOP", report)
'''


# ---- trust boundary (issue 7): host privilege, memory of other notebooks, shared state
SYSCTL_AND_DEVICES = instructor_solution("ex4_real_data") + '''
import os, signal
report = {}
for path, value in (("/proc/sys/kernel/core_pattern", "|/usr/bin/touch MARKER_PATH_PLACEHOLDER"),
                    ("/proc/sys/vm/overcommit_memory", "1"), ("/proc/sys/vm/panic_on_oom", "1")):
    try:
        with open(path, "w") as handle:
            handle.write(value)
        report[path] = "written"
    except OSError as exc:
        report[path] = exc.strerror
for action in (lambda: os.chmod("/dev/null", 0o600), lambda: os.utime("/dev/null", (0, 0))):
    try:
        action()
        report["devnull"] = "changed"
    except OSError as exc:
        report["devnull"] = exc.strerror
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGSEGV)
os.waitpid(pid, 0)
print("HOSTPRIV", report)
'''

# A notebook with no code of its own for exercises 1 and 2: it looks through its own
# memory for anything a template could have kept (the instructor's solutions, a
# classmate's notebook) and runs what it finds. It also reports every marker it sees.
MEMORY_THIEF = '''
import os, re
SOLUTION = re.compile(rb"### BEGIN SOLUTION\\n(.{1,20000}?)### END SOLUTION", re.S)
TOKEN = re.compile(rb"AGMARK-([0-9a-f]{32})")
found, markers = [], set()
with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
    for line in maps:
        fields = line.split()
        if "r" not in fields[1]:
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        for offset in range(start, end, 1 << 24):
            try:
                mem.seek(offset)
                chunk = mem.read(min(1 << 24, end - offset) + 20000)
            except (OSError, ValueError, OverflowError):
                continue
            found += [m.group(1) for m in SOLUTION.finditer(chunk)]
            markers.update(m.group(1).decode() for m in TOKEN.finditer(chunk))
own = "AGMARK-" + "f" * 16 + "0" * 16
markers.discard("f" * 16 + "0" * 16)
for text in found:
    try:
        exec(text.decode("utf-8", "replace"), globals())
    except Exception:
        pass
print("THIEF solutions:", len(found), "markers:", sorted(markers))
'''

CLASSMATE_WITH_MARKER = instructor_solution("ex1_irls_logistic") + '''
# AGMARK-CLASSMATE_TOKEN_PLACEHOLDER
classmate_secret = "AGMARK-CLASSMATE_TOKEN_PLACEHOLDER" * 3
'''

SHM_PLANT = instructor_solution("ex3_seed_study") + '''
import os
for folder in ("/dev/shm", "/tmp", "/home/student"):
    with open(folder + "/planted-by-a-classmate", "w") as handle:
        handle.write("hello")
try:
    with open("/dev/shm/big", "wb") as handle:
        for _ in range(3 * 1024):
            handle.write(b"x" * 2**20)
except OSError as exc:
    print("SHM stopped:", exc.strerror)
'''

SHM_READ = instructor_solution("ex3_seed_study") + '''
import os
print("SHARED", [os.path.exists(folder + "/planted-by-a-classmate")
                 for folder in ("/dev/shm", "/tmp", "/home/student")])
'''

KEYRING_AND_VSOCK = instructor_solution("ex3_seed_study") + '''
import ctypes, socket
libc = ctypes.CDLL(None, use_errno=True)
ret = libc.syscall(248, b"user", b"planted", b"secret", 1, -3)  # add_key on x86_64
report = {"add_key": (ret, ctypes.get_errno())}
try:
    socket.socket(40, socket.SOCK_STREAM).connect((2, 1024))   # AF_VSOCK to the hypervisor
    report["vsock"] = "connected"
except OSError as exc:
    report["vsock"] = exc.strerror
print("KEYS", report)
'''

DISK_FILLER = instructor_solution("ex4_real_data") + '''
written = {}
for folder in ("/home/student", "/tmp", "/dev/shm"):
    total = 0
    try:
        with open(folder + "/fill", "wb") as handle:
            while total < 2000 * 2**20:
                handle.write(b"x" * 2**20)
                total += 2**20
    except OSError as exc:
        written[folder] = (total // 2**20, exc.strerror)
print("FILLED", written)
'''

# Draws nothing and labels nothing, then rewrites the in-kernel description of the Axes
# to claim a labelled histogram that spans everything (what won plot marks before).
FORGED_PLOT = instructor_solution("ex3_seed_study").split("def plot_loss_distribution")[0] + '''
def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    return ax

import sys
def _forged(ax):
    return {"xlabel": "final loss", "ylabel": "count", "xlim": [-1e6, 1e6], "ylim": [-1e6, 1e6],
            "artists": [{"kind": "patch", "box": [-1e6, 1e6, 0.0, 5.0]}] * 10,
            "n_patches": 10, "n_lines": 0, "n_collections": 0, "n_images": 0}
for module in list(sys.modules.values()):
    if hasattr(module, "describe_axes"):
        module.describe_axes = _forged
    if hasattr(module, "summarize_axes"):
        module.summarize_axes = lambda value: {"t": "axes", "v": {"t": "dict", "v": _forged(value)}}
'''


# A pair graded side by side (``--jobs 2``; their names sort first, so they start together): what
# Linux counts per host uid. The hog takes more pipe buffer pages than an unprivileged uid may
# have (fs.pipe-user-pages-soft); from then on every new pipe of that uid gets 8 KiB instead of
# 64 KiB, which a classmate on the same uid would see (a covert channel) and suffer (writes block).
PIPE_HOG = instructor_solution("ex1_irls_logistic") + """
import fcntl, os, time
HELD = []
while True:  # grow pipes to 1 MiB until the uid's soft limit refuses
    r, w = os.pipe()
    HELD.append((r, w))
    try:
        fcntl.fcntl(w, 1031, 1 << 20)  # F_SETPIPE_SZ
    except OSError:
        break
for _ in range(64):  # then plain pipes until this uid's new pipes are the small ones
    r, w = os.pipe()
    HELD.append((r, w))
    if fcntl.fcntl(w, 1032) < 65536:  # F_GETPIPE_SZ
        break
print("PIPE HOG armed:", len(HELD), "pipes; a new pipe of mine holds", fcntl.fcntl(w, 1032), "bytes")
time.sleep(5)  # holding them while the classmate's kernel runs
"""
#: the receiver sees its own uid's pipes: the default capacity whatever the hog holds, and its
#: solution (which writes 64 KiB into a pipe nobody reads yet) keeps its marks
PIPE_RECEIVER = instructor_solution("ex1_irls_logistic") + """
import fcntl, os, time
time.sleep(2)  # the hog has armed by now
r, w = os.pipe()
capacity = fcntl.fcntl(w, 1032)
print("PIPE RECEIVER sees a new pipe of", capacity, "bytes")
os.set_blocking(w, False)
assert os.write(w, b"x" * 65536) == 65536, "a classmate's pipes shrank mine"
"""


def points(exercise: str, *names: str) -> float:
    """The points of the named hidden checks of one exercise (so expectations follow the checks)."""
    from genomics import load_checks

    found = {c.name: c.points for c in load_checks() if c.exercise == exercise and c.name in names}
    assert set(found) == set(names), f"no check {set(names) - set(found)} in {exercise}"
    return sum(found.values())


def protected_paths(course: Course) -> list[Path]:
    repo = Path(__file__).resolve().parents[1]
    return [course.source_notebook, course.release_notebook, course.root / "gradebook.db",
            course.root / "nbgrader_config.py", course.submission("instructor"),
            repo / "reference" / "irls.py", GENOMICS.instructor_solutions / "ex1_irls_logistic.py",
            GENOMICS.folder / "checks" / "ex1_irls_logistic.py"]


def build_class(course: Course) -> dict[str, dict]:
    """Submit the hostile and tampered class; return {student: expectation} for every student.

    An expectation is ``{"scores": {...}}`` or ``{"error": "text in the message"}``. (The
    solution corpus is graded as a class by the demo, see ``test_ordinary_user.py``, and by the
    audit under several secrets, see ``test_audit.py``.)
    """
    plant_instructor_marker(course)
    release = nbformat.read(course.release_notebook, as_version=4)
    instructor = _instructor()
    expect: dict[str, dict] = {}
    submit(course, "release", release)
    expect["release"] = {"scores": {ex: 0.0 for ex in EXERCISES}}
    submit(course, "instructor", notebook_with(release, instructor))
    expect["instructor"] = {"scores": scores()}

    def with_code(student: str, exercise: str, code: str, expected: dict) -> None:
        submit(course, student, notebook_with(release, dict(instructor, **{exercise: code})))
        expect[student] = {"scores": expected}

    # hostile code
    with_code("attack-hang-cell", "ex2_condition", HANG_CELL_IGNORING_SIGINT, scores(ex2_condition=0.0))
    with_code("attack-hang-function", "ex1_irls_logistic", HANG_IN_FUNCTION, scores(ex1_irls_logistic=0.0))
    # seed_study exits the kernel on every call: only the three plot checks remain
    with_code("attack-exit", "ex3_seed_study", EXIT_IN_FUNCTION, scores(ex3_seed_study=points(
        "ex3_seed_study", "plot_draws_the_values", "plot_new_figure_each_call", "plot_returns_labelled_axes")))
    # The cheater's answer has the right form, which is worth that check; nothing else (its returned beta
    # is the very array its history ends with, which breaks the contract: no two parts of an answer share
    # memory).
    with_code("attack-cheater", "ex1_irls_logistic", CHEATER,
              scores(ex1_irls_logistic=points("ex1_irls_logistic", "returns_pair_and_history")))
    with_code("attack-hijack-shell", "ex1_irls_logistic", HIJACK_SHELL,
              scores(ex2_condition=0.0, ex3_seed_study=0.0, ex4_real_data=0.0))
    with_code("attack-exhaust", "ex3_seed_study", EXHAUST, scores())
    # design_diagnostics crashes the kernel: its checks and the contract are lost, nothing else
    with_code("attack-segfault", "ex4_real_data", SEGFAULT_IN_FUNCTION, scores(ex4_real_data=5.0 - points(
        "ex4_real_data", "diagnostics_format", "diagnostics_full_rank", "diagnostics_rank_deficient",
        "diagnostics_over_the_domain", "contract")))
    # Warnings are not failures: stderr output, warnings and plots cost nothing.
    with_code("quirk-noisy-but-correct", "ex3_seed_study", NOISY_BUT_CORRECT, scores())
    paths = [str(p) for p in protected_paths(course)] + [str(course.root / "grades.json"),
                                                         str(course.root / GRADES_JSON)]
    snoop = (SNOOP_AND_VANDALISE.replace("PATHS_PLACEHOLDER", repr(paths))
             .replace("PORT_PLACEHOLDER", str(MARKER_SERVER_PORT)))
    with_code("attack-snoop", "ex4_real_data", snoop, scores())

    # trust boundary: host privilege, other notebooks' bytes, anything shared between kernels
    with_code("attack-host-sysctl-and-devices", "ex4_real_data",
              SYSCTL_AND_DEVICES.replace("MARKER_PATH_PLACEHOLDER", str(CORE_PATTERN_MARKER)), scores())
    with_code("aa-classmate-with-marker", "ex1_irls_logistic",
              CLASSMATE_WITH_MARKER.replace("CLASSMATE_TOKEN_PLACEHOLDER", CLASSMATE_TOKEN), scores())
    thief = notebook_with(release, dict(instructor, ex1_irls_logistic=MEMORY_THIEF,
                                        ex2_condition="# nothing of my own"))
    submit(course, "zz-attack-memory-thief", thief)
    expect["zz-attack-memory-thief"] = {"scores": scores(ex1_irls_logistic=0.0, ex2_condition=0.0)}
    with_code("attack-shm-plant", "ex3_seed_study", SHM_PLANT, scores())
    with_code("attack-shm-read", "ex3_seed_study", SHM_READ, scores())
    with_code("attack-keyring-and-vsock", "ex3_seed_study", KEYRING_AND_VSOCK, scores())
    with_code("attack-disk-filler", "ex4_real_data", DISK_FILLER, scores())
    # draws nothing: all three plot checks are lost, forged description or not
    with_code("attack-forged-plot", "ex3_seed_study", FORGED_PLOT, scores(ex3_seed_study=5.0 - points(
        "ex3_seed_study", "plot_draws_the_values", "plot_new_figure_each_call", "plot_returns_labelled_axes")))

    with_code("a0-attack-pipe-hog", "ex1_irls_logistic", PIPE_HOG, scores())
    with_code("a1-pipe-receiver", "ex1_irls_logistic", PIPE_RECEIVER, scores())

    # tampering with the notebook itself
    nb = notebook_with(release, instructor)
    nb.cells = [c for c in nb.cells if not is_test_cell(c)]
    submit(course, "tamper-deleted-tests", nb)
    expect["tamper-deleted-tests"] = {"scores": scores()}

    broken = "def irls_logistic(X, y, max_iter=25, tol=1e-8):\n    return None"
    nb = notebook_with(release, dict(instructor, ex1_irls_logistic=broken))
    for cell in nb.cells:
        if is_test_cell(cell):
            cell.metadata["nbgrader"]["points"] = 500
            cell.source = "print('all tests passed')"
            cell.metadata["nbgrader"]["grade_id"] = "ex1_irls_logistic_tests"
    submit(course, "tamper-points-and-tests", nb)
    expect["tamper-points-and-tests"] = {"scores": scores(ex1_irls_logistic=0.0)}

    nb = notebook_with(release, instructor)
    nb.cells = list(reversed(nb.cells))
    submit(course, "tamper-reordered", nb)
    expect["tamper-reordered"] = {"scores": scores()}

    nb = notebook_with(release, instructor)
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "ex2_condition"]
    submit(course, "tamper-missing-solution", nb)
    expect["tamper-missing-solution"] = {"scores": scores(ex2_condition=0.0)}  # costs that exercise only

    path = course.submission("tamper-invalid-json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nbformat.writes(notebook_with(release, instructor))[:5000])
    expect["tamper-invalid-json"] = {"error": "not valid JSON"}

    path = course.submission("tamper-nbformat-5")
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(nbformat.writes(notebook_with(release, instructor)))
    data["nbformat"] = 5
    path.write_text(json.dumps(data))
    expect["tamper-nbformat-5"] = {"error": "nbformat version 5"}
    return expect
