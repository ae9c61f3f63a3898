"""What only an ordinary user can break, tried as one, from a fresh checkout under /tmp.

CI runs as root. This module makes a new unprivileged user (``useradd`` gives it subordinate ids),
copies this checkout's tracked files to a folder under /tmp that only the user may enter, and runs,
as that user and with that user's PATH (Debian's python3.11):

1. the README's Quick start's first command exactly as written: the set-up, then the demo class
   graded end to end (a spread of each solution corpus, graded as a class);
2. once the set-up is done, beside the demo: the README's test command on the tests marked
   ``ordinary_user`` (the sandbox's own tests and a class run), which must also hold without root:
   no writable cgroup, kernels as the user's uid;
3. once the demo is done (the marked tests may still run): root grades two students of that demo
   class (one assignment's) from that checkout, whose venv lives under /tmp, which every kernel
   covers with its own /tmp.

Everything runs once (module fixture); the tests read what it left. The demo's grades also stand
for a spread of the corpus graded as a class: each corpus file the demo chose
(:func:`~autograder.course.demo.demo_entries`) is handed in by one demo student (the demo's key,
``demo-course/autograder/demo-class``, says which), a correct one gets full marks on its exercise, a
wrong one loses marks there, and no mistake costs marks on an exercise its student got right. (Every
corpus file's verdict, under four secrets, is the audit's: ``test_audit.py``.)
"""
from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from autograder.assignment import known_assignments
from autograder.course.demo import DEMO_MARK, corpus_entries, demo_entries
from autograder.sandbox.identity import DEFAULT_SANDBOX_UID
from autograder.sandbox.uid_pool import POOL_SIZE

pytestmark = [pytest.mark.slow, pytest.mark.root_only]
REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
#: the assignments the project ships: the demo releases and grades each
ASSIGNMENTS = {a.name: a for a in known_assignments()}
#: the corpus files the demo class hands in
CORPUS = [(a, e) for a in ASSIGNMENTS.values() for e in demo_entries(a)]


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


def user_env(user: pwd.struct_passwd) -> dict[str, str]:
    return {"HOME": user.pw_dir, "USER": user.pw_name, "LOGNAME": user.pw_name, "LANG": "C.UTF-8",
            "PATH": "/usr/local/bin:/usr/bin:/bin"}


def start_as(user: pwd.struct_passwd, command: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(["/bin/bash", "-c", command], cwd=cwd, env=user_env(user), user=user.pw_uid,
                            group=user.pw_gid, extra_groups=[], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def run_as(user: pwd.struct_passwd, command: str, cwd: Path, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(["/bin/bash", "-c", command], cwd=cwd, env=user_env(user), user=user.pw_uid,
                          group=user.pw_gid, extra_groups=[], capture_output=True, text=True,
                          timeout=timeout)


class Output:
    """A child's stdout and stderr, read as they come; ``seen(text)`` waits for a line starting with it."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc, self.out, self.err = proc, [], []
        self.lines = threading.Condition()
        self.threads = [threading.Thread(target=self._read, args=(proc.stdout, self.out), daemon=True),
                        threading.Thread(target=self._read, args=(proc.stderr, self.err), daemon=True)]
        for thread in self.threads:
            thread.start()

    def _read(self, stream, into: list[str]) -> None:
        for line in stream:
            with self.lines:
                into.append(line)
                self.lines.notify_all()
        with self.lines:
            into.append(None)
            self.lines.notify_all()

    def seen(self, start: str, timeout: float) -> bool:
        with self.lines:
            return self.lines.wait_for(lambda: any(line and line.startswith(start) for line in self.out)
                                       or None in self.out, timeout) and \
                any(line and line.startswith(start) for line in self.out)

    def result(self, args: str, timeout: float) -> subprocess.CompletedProcess:
        self.proc.wait(timeout)
        for thread in self.threads:
            thread.join(timeout)
        text = "".join(line for line in self.out if line)
        return subprocess.CompletedProcess(args, self.proc.returncode, text, "".join(x for x in self.err if x))


@dataclass
class UserRun:
    user: pwd.struct_passwd
    checkout: Path
    quick_start: subprocess.CompletedProcess
    python_prefix: str
    marked: subprocess.CompletedProcess
    root_grade: subprocess.CompletedProcess

    def grades(self, assignment: str = "genomics_applications") -> dict:
        """One assignment's students in the demo course's grades."""
        path = self.checkout / "demo-course" / "grades" / f"{assignment}.json"
        return json.loads(path.read_text())["students"]

    def demo_key(self, assignment: str) -> dict[str, dict[str, str]]:
        """Student -> exercise -> the corpus file they handed in (or ``instructor``), as the demo wrote it."""
        return json.loads((self.checkout / "demo-course" / DEMO_MARK).read_text())["students"][assignment]

    def holder(self, assignment, entry) -> tuple[str, dict[str, float]]:
        """The demo student who handed in ``entry``, and their score per exercise."""
        held = [s for s, row in self.demo_key(assignment.name).items() if row[entry.exercise] == entry.name]
        assert len(held) == 1, (entry.name, held)
        got = self.grades(assignment.name)[held[0]]
        assert got["status"] == "graded", got["error"]
        return held[0], exercise_scores(assignment, got)


@pytest.fixture(scope="module")
def user_run():
    """Make the user and the checkout, run everything once, remove them afterwards."""
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
        # as private as a mode-700 home: the kernels' subordinate uids reach the venv only through
        # what the grader, as the user, hands them
        checkout.chmod(0o700)
        set_up_and_demo, run_tests = quick_start_commands()
        quick_start = Output(start_as(user, set_up_and_demo, checkout))
        # Once the set-up is done, the marked tests (in one process: what only an ordinary user can
        # break) run beside the demo class; neither uses the other's files.
        marked_command = f"{run_tests} -m 'ordinary_user and not root_only' -n 0 -p no:cacheprovider"
        marked_run = None
        if quick_start.seen("setup: .venv ready", timeout=3600):
            marked_run = Output(start_as(user, marked_command, checkout))
        first = quick_start.result(set_up_and_demo, timeout=3600)
        prefix = run_as(user, ".venv/bin/python -c 'import sys; print(sys.base_prefix)'", checkout, timeout=60)
        # root grades the demo class as soon as it exists, while the marked tests may still run
        grader = checkout / ".venv" / "bin" / "autograder"
        # a failed set-up leaves no grader: the Quick start's own test then says why, with its output
        as_root = subprocess.run([str(grader), "grade", "demo-course", "--force",
                                  "--assignment", "genomics_applications",
                                  "--student", "instructor", "--student", "release"],
                                 cwd=checkout, capture_output=True, text=True, timeout=3600) if grader.exists() else \
            subprocess.CompletedProcess(str(grader), -1, "", f"not run: the set-up made no {grader}")
        marked = (marked_run.result(marked_command, timeout=3600) if marked_run is not None else
                  subprocess.CompletedProcess(marked_command, -1, "not run: the set-up failed", ""))
        yield UserRun(user, checkout, first, prefix.stdout.strip(), marked, as_root)
    finally:
        subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
        # Removing a checkout with its venv (over a GiB of small files) takes this worker ~15 s that
        # the rest of the suite can use: the user and the files go in a process of their own.
        subprocess.Popen(["/bin/sh", "-c", 'userdel --remove "$1"; rm -rf "$2"', "cleanup", name, str(base)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)


def test_the_quick_start_sets_up_and_grades_the_demo_class_as_an_ordinary_user(user_run):
    first = user_run.quick_start
    assert first.returncode == 0, (first.stdout[-3000:], first.stderr[-3000:])
    assert "(no cgroup: supervisor and rlimits)" in first.stdout
    # useradd gave the user subordinate ids and the set-up (root's, first) installed uidmap: each job
    # slot's kernels run as a subordinate uid of the user's, never as the user
    first_subuid = next(int(line.split(":")[1]) for line in Path("/etc/subuid").read_text().splitlines()
                        if line.split(":")[0] == user_run.user.pw_name)
    assert f"subordinate host uids of uid {user_run.user.pw_uid} leased from {first_subuid}-" in first.stdout
    for assignment in ASSIGNMENTS.values():  # each graded as a class of its own
        students = len(user_run.demo_key(assignment.name)) + 2  # with the release and the instructor's notebooks
        assert f"class summary: {students} student(s), {students} graded" in first.stdout, assignment.name
        assert f"== {assignment.name}" in first.stdout


def test_the_set_up_uses_the_systems_python(user_run):
    assert user_run.python_prefix == "/usr", "the user's set-up uses the system's python3.11"


def test_the_tests_marked_for_ordinary_users_pass_as_one(user_run):
    marked = user_run.marked
    assert marked.returncode == 0, marked.stdout[-5000:]
    summary = marked.stdout.strip().splitlines()[-1]
    passed = re.search(r"(\d+) passed", summary)
    assert passed and int(passed.group(1)) >= 40, summary
    assert not re.search(r"\d+ (failed|error|skipped)", summary), summary


def test_root_grades_that_checkout_under_tmp(user_run):
    as_root = user_run.root_grade
    assert as_root.returncode == 0, as_root.stderr[-3000:]
    held = re.search(r"this run holds host uid\(s\) ([\d, ]+)", as_root.stdout)
    assert held, as_root.stdout[-3000:]
    uids = [int(u) for u in held.group(1).split(", ")]
    # two students, two job slots: two templates, each on a uid of its own from the root pool
    assert len(set(uids)) == 2 and all(DEFAULT_SANDBOX_UID <= u < DEFAULT_SANDBOX_UID + POOL_SIZE for u in uids)
    students = user_run.grades()
    assert (students["instructor"]["score"], students["release"]["score"]) == (20.0, 0.0)


def exercise_scores(assignment, entry: dict) -> dict[str, float]:
    return {ex: entry["exercises"][ex]["score"] for ex in assignment.exercise_ids}


def full_marks(assignment) -> dict[str, float]:
    return {e.id: e.points for e in assignment.exercises}


@pytest.mark.parametrize("assignment", ASSIGNMENTS.values(), ids=lambda a: a.name)
def test_the_demo_class_hands_in_each_chosen_corpus_file_exactly_once(user_run, assignment):
    handed_in = sorted((ex, name) for row in user_run.demo_key(assignment.name).values()
                       for ex, name in row.items() if name != "instructor")
    assert handed_in == sorted((e.exercise, e.name) for e in demo_entries(assignment))


@pytest.mark.parametrize(("assignment", "entry"), [(a, e) for a, e in CORPUS if e.verdict == "correct"],
                         ids=lambda x: getattr(x, "student", None) or x.name)
def test_a_correct_corpus_solution_gets_full_marks_in_the_demo_class(user_run, assignment, entry):
    _, scores = user_run.holder(assignment, entry)
    assert scores[entry.exercise] == full_marks(assignment)[entry.exercise], entry.what


@pytest.mark.parametrize(("assignment", "entry"), [(a, e) for a, e in CORPUS if e.verdict == "wrong"],
                         ids=lambda x: getattr(x, "student", None) or x.name)
def test_a_wrong_corpus_solution_loses_marks_on_its_exercise_only_in_the_demo_class(user_run, assignment, entry):
    student, scores = user_run.holder(assignment, entry)
    assert scores[entry.exercise] < full_marks(assignment)[entry.exercise], f"{entry.what}: not caught"
    # every exercise its student got right (a correct file or the instructor's) keeps full marks
    verdicts = {(e.exercise, e.name): e.verdict for e in corpus_entries(assignment)}
    right = [ex for ex, name in user_run.demo_key(assignment.name)[student].items()
             if name == "instructor" or verdicts[ex, name] == "correct"]
    assert right, f"{student} got no exercise right: nothing would show a mistake costing marks elsewhere"
    assert {ex: scores[ex] for ex in right} == {ex: full_marks(assignment)[ex] for ex in right}, student


def test_the_demo_course_grades_total_each_students_assignments(user_run):
    course = json.loads((user_run.checkout / "demo-course" / "grades.json").read_text())
    assert set(course["assignments"]) == set(ASSIGNMENTS)
    for student, entry in course["students"].items():
        scores = {name: user_run.grades(name)[student]["score"] if student in user_run.grades(name) else 0.0
                  for name in ASSIGNMENTS}
        assert entry["assignments"] == scores and entry["score"] == round(sum(scores.values()), 6), student
