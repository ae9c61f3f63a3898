"""Builds the test class: the solution corpus, tampered notebooks and hostile ones.

Every hostile or tampered student comes with the exact scores it must get.
"""
from __future__ import annotations

import json
from pathlib import Path

import nbformat

from autograder.assignment import EXERCISES, instructor_solution
from autograder.course import Course
from autograder.demo import notebook_with, submit, submit_corpus
from autograder.notebooks import is_test_cell

FULL = {ex: 5.0 for ex in EXERCISES}
MARKER_SERVER_PORT = 18766


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
    warnings.warn("a library warning on stderr", UserWarning)
    sys.stderr.write("progress: training " + str(list(seeds)) + "\\n")
    print("lots of output", list(seeds))
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


def protected_paths(course: Course) -> list[Path]:
    repo = Path(__file__).resolve().parents[1]
    return [course.source_notebook, course.release_notebook, course.root / "gradebook.db",
            course.root / "nbgrader_config.py", course.submission("instructor"),
            repo / "reference" / "irls.py", repo / "solutions" / "instructor" / "ex1_irls_logistic.py",
            repo / "assignments" / "genomics_applications" / "checks" / "ex1_irls_logistic.py"]


def build_class(course: Course) -> dict[str, dict]:
    """Submit everything; return {student: expectation} for non-corpus students.

    An expectation is ``{"scores": {...}}`` or ``{"error": "text in the message"}``.
    """
    submit_corpus(course)
    release = nbformat.read(course.release_notebook, as_version=4)
    instructor = _instructor()
    expect: dict[str, dict] = {}

    def with_code(student: str, exercise: str, code: str, expected: dict) -> None:
        submit(course, student, notebook_with(release, dict(instructor, **{exercise: code})))
        expect[student] = {"scores": expected}

    # hostile code
    with_code("attack-hang-cell", "ex2_condition", HANG_CELL_IGNORING_SIGINT, scores(ex2_condition=0.0))
    with_code("attack-hang-function", "ex1_irls_logistic", HANG_IN_FUNCTION, scores(ex1_irls_logistic=0.0))
    with_code("attack-exit", "ex3_seed_study", EXIT_IN_FUNCTION, scores(ex3_seed_study=1.5))
    # The cheater's beta has the right shape, which is worth the 0.5 of that check; nothing else.
    with_code("attack-cheater", "ex1_irls_logistic", CHEATER, scores(ex1_irls_logistic=0.5))
    with_code("attack-hijack-shell", "ex1_irls_logistic", HIJACK_SHELL,
              scores(ex2_condition=0.0, ex3_seed_study=0.0, ex4_real_data=0.0))
    with_code("attack-exhaust", "ex3_seed_study", EXHAUST, scores())
    with_code("attack-segfault", "ex4_real_data", SEGFAULT_IN_FUNCTION, scores(ex4_real_data=4.0))
    # Warnings are not failures: stderr output, warnings and plots cost nothing.
    with_code("quirk-noisy-but-correct", "ex3_seed_study", NOISY_BUT_CORRECT, scores())
    paths = [str(p) for p in protected_paths(course)] + [str(course.root / "grades.json")]
    snoop = (SNOOP_AND_VANDALISE.replace("PATHS_PLACEHOLDER", repr(paths))
             .replace("PORT_PLACEHOLDER", str(MARKER_SERVER_PORT)))
    with_code("attack-snoop", "ex4_real_data", snoop, scores())

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
    expect["tamper-missing-solution"] = {"error": "ex2_condition missing"}

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
