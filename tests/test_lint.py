"""The code that faces hostile input passes the linter, security rules included."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).parent / "ruff"
    # the instructor's solutions, the corpus and the blind sets (each assignment's solutions/) are
    # cell bodies and students' code, not modules: left out, as the top-level solutions/ always was
    proc = subprocess.run([str(ruff), "check", "autograder", "assignments", "reference", "tests", "benchmarks",
                           "--extend-exclude", "solutions"],
                          cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
