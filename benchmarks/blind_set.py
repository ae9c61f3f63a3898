"""How many of the blind set's mistakes the hidden checks catch, under several course secrets.

The blind set (the assignment's ``solutions/blind/<exercise>/*.py``, corpus format) was written from the
statement alone, without reading ``checks/``. For each course secret (``sha256(label)``) this
makes a throw-away course, submits every blind file as one student (its exercise's cell is the
file, the others are the instructor's solutions), grades the class with ``autograder grade`` and
reads ``grades/<assignment>.json``:

* a ``wrong`` file is *caught* when its exercise scores below full marks;
* a ``correct`` file is *ok* when every exercise has full marks;
* any *other* exercise that loses marks is reported (a check that blames the wrong exercise).

Usage::

    .venv/bin/python benchmarks/blind_set.py                      # secrets "course A|B|C"
    .venv/bin/python benchmarks/blind_set.py --secret X --secret Y --json out.json
    .venv/bin/python benchmarks/blind_set.py --folder assignments/genomics_applications/solutions/blind2
    .venv/bin/python benchmarks/blind_set.py --assignment count_models       # its solutions/blind

Prints one row per file (its exercise's score under each secret), then the caught rate per
exercise and secret, and the files whose verdict depends on the secret.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from autograder.assignment import Assignment, find_assignment  # noqa: E402
from autograder.course.folder import init_course  # noqa: E402
from autograder.course.demo import CorpusEntry, corpus_entries, notebook_with, submit  # noqa: E402
from autograder.course.secret import CourseSecret, secret_path, write_new  # noqa: E402


def grade_under(assignment: Assignment, label: str, files: list[CorpusEntry], jobs: int) -> dict[str, dict]:
    """The assignment's grades' students of the blind class graded under the secret sha256(label)."""
    base = Path(tempfile.mkdtemp(prefix="blind-set-"))
    try:
        root = base / "course"
        # before init: init keeps an existing secret
        write_new(secret_path(root), CourseSecret(hashlib.sha256(label.encode()).digest()))
        course = init_course(root, [assignment])[0]
        release = nbformat.read(course.release_notebook, as_version=4)
        instructor = {ex: assignment.instructor_solution(ex) for ex in assignment.exercise_ids}
        submit(course, "instructor", notebook_with(release, instructor))
        for f in files:
            submit(course, f.student, notebook_with(release, dict(instructor, **{f.exercise: f.path.read_text()})))
        done = subprocess.run([sys.executable, "-m", "autograder", "grade", str(root), "--jobs", str(jobs),
                               "--quiet"], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"autograder grade exited with {done.returncode}:\n{done.stderr[-3000:]}")
        return json.loads((root / "grades" / f"{assignment.name}.json").read_text())["students"]
    finally:
        shutil.rmtree(base, ignore_errors=True)


def scores(assignment: Assignment, entry: dict) -> dict[str, float]:
    return {ex: entry.get("exercises", {}).get(ex, {}).get("score", 0.0) for ex in assignment.exercise_ids}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--secret", action="append", help="a secret label (repeatable); default course A, B, C")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the per-file results here")
    parser.add_argument("--assignment", default="genomics_applications", help="whose blind set (default %(default)s)")
    parser.add_argument("--folder", type=Path, default=None,
                        help="a corpus-format folder of blind files (default the assignment's solutions/blind; "
                             "a fresh batch written later, e.g. its solutions/blind2)")
    args = parser.parse_args()
    assignment = find_assignment(args.assignment)
    full = {e.id: e.points for e in assignment.exercises}
    labels = args.secret or ["course A", "course B", "course C"]
    files = corpus_entries(assignment, (args.folder or assignment.folder / "solutions" / "blind").resolve())
    graded = {label: grade_under(assignment, label, files, args.jobs) for label in labels}
    for label, students in graded.items():
        if scores(assignment, students["instructor"]) != full:
            raise SystemExit(f"under {label!r} the instructor's solutions lost marks: "
                             f"{scores(assignment, students['instructor'])}")

    rows = []
    for f in files:
        per = {}
        for label in labels:
            sc = scores(assignment, graded[label].get(f.student, {}))
            others = {ex: s for ex, s in sc.items() if ex != f.exercise and s < full[ex]}
            ok = (sc[f.exercise] < full[f.exercise]) if f.verdict == "wrong" else \
                (sc[f.exercise] == full[f.exercise] and not others)
            per[label] = {"score": sc[f.exercise], "hit": ok, "others": others}
        rows.append({"exercise": f.exercise, "file": f.path.name, "verdict": f.verdict, "secrets": per})

    print(f"{'file':<52} {'verdict':<8} " + " ".join(f"{label[-12:]:>12}" for label in labels))
    for r in rows:
        cells = []
        for label in labels:
            p = r["secrets"][label]
            mark = ("caught" if p["hit"] else "MISSED") if r["verdict"] == "wrong" else ("ok" if p["hit"] else "FALSE+")
            cells.append(f"{p['score']:>4g} {mark:<7}")
        others = sorted({ex for p in r["secrets"].values() for ex in p["others"]})
        print(f"{r['exercise'][:3] + '/' + r['file']:<52} {r['verdict']:<8} " + " ".join(cells)
              + (f"  other exercises lost marks: {', '.join(others)}" if others else ""))
    print("\nwrong files caught / correct files at full marks, per exercise and secret:")
    for ex in [*assignment.exercise_ids, "all"]:
        mine = [r for r in rows if ex in ("all", r["exercise"])]
        line = []
        for label in labels:
            wrong = [r for r in mine if r["verdict"] == "wrong"]
            right = [r for r in mine if r["verdict"] == "correct"]
            line.append(f"{sum(r['secrets'][label]['hit'] for r in wrong)}/{len(wrong)} wrong, "
                        f"{sum(r['secrets'][label]['hit'] for r in right)}/{len(right)} correct")
        print(f"  {ex:<18} " + " | ".join(line))
    varying = [r["file"] for r in rows if len({p["hit"] for p in r["secrets"].values()}) > 1]
    print(f"\nverdict depends on the secret: {len(varying)} file(s)" + (f": {', '.join(varying)}" if varying else ""))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
