"""Assignments are plug-ins: folders with a manifest, several per course, none named by the grader.

``tests/plugin_assignment/vector_norms`` is an assignment kept outside the project's
``assignments/`` (as a course team's own repository would keep it): it is loaded with
``--assignments DIR``, validated, and graded end to end beside ``genomics_applications``.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.assignment import REPO, Assignment, ManifestError, known_assignments, load_assignment
from autograder.assignment.validate import static_problems

from courses import GRADE_OPTIONS, PLUGINS, knowing

PLUGIN = PLUGINS / "vector_norms"
AUTOGRADER = [sys.executable, "-m", "autograder"]


@pytest.fixture
def with_plugins():
    """The grader also knows the assignments under ``tests/plugin_assignment`` (undone after the test)."""
    with knowing(PLUGINS):
        yield


def declared_names(assignments: list[Assignment]) -> set[str]:
    """Every name a manifest declares: assignment, notebook, exercise ids, student functions."""
    names = set()
    for a in assignments:
        names |= {a.name, a.notebook_id, *a.exercise_ids, *a.functions}
    return names


def test_the_grader_names_no_assignment_exercise_or_function_that_any_manifest_declares(with_plugins):
    names = declared_names(known_assignments())
    assert {"genomics_applications", "irls_logistic", "ex1_norms", "l2_norm"} <= names  # the gauge reads
    pattern = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![A-Za-z0-9])")
    found = []
    for path in sorted((REPO / "autograder").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            text = path.read_text(errors="replace")
            found += [f"{path.relative_to(REPO)}:{text[:m.start()].count(chr(10)) + 1}: {m.group(1)}"
                      for m in pattern.finditer(text)]
    assert found == []


@pytest.mark.parametrize("assignment", known_assignments(), ids=lambda a: a.name)
def test_every_assignment_the_project_ships_is_complete(assignment):
    assert static_problems(assignment) == []


@pytest.mark.slow
@pytest.mark.parametrize("assignment", known_assignments(), ids=lambda a: a.name)
def test_every_assignment_passes_its_visible_tests_and_fails_them_on_the_release(assignment):
    """What ``validate --run`` runs first: the instructor's notebook top to bottom with its visible
    tests passing, and every visible test failing on the release's placeholders. (The instructor's
    full marks from the hidden checks, under four secrets: ``test_audit.py``, for every assignment.)"""
    from autograder.assignment.validate import visible_test_problems

    assert visible_test_problems(assignment) == []


@pytest.mark.slow
def test_validate_run_passes_the_assignment_from_outside_the_project(with_plugins):
    """All of ``validate --run``, the calibration in the sandbox included."""
    from autograder.assignment.validate import run_problems

    assert run_problems(load_assignment(PLUGIN)) == []


def test_the_assignment_from_outside_the_project_is_complete(with_plugins):
    assert static_problems(load_assignment(PLUGIN)) == []


def copy_plugin(tmp_path: Path, name: str = "vector_norms") -> Path:
    folder = tmp_path / name
    shutil.copytree(PLUGIN, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def with_manifest(folder: Path, old: str, new: str) -> Path:
    path = folder / "assignment.toml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))
    return folder


@pytest.mark.parametrize(("old", "new", "said"), [
    ('title = "Vector norms"', 'title = "Vector norms"\ncolour = "red"', "unknown key(s) colour"),
    ('name = "vector_norms"', 'name = "other_name"', "must be the folder's name"),
    ('notebook = "vector_norms.ipynb"\n', "", "'notebook' is missing"),
    ('source = "vector_norms.py"', 'source = "../../outside.py"', "leaves the assignment's folder"),
    ('source = "vector_norms.py"', 'source = "nowhere.py"', "no such file"),
    ("points = 2.0", "points = 0", "points must be positive"),
    ("points = 2.0", 'points = "2"', "'points' must be"),
    ('functions = ["l2_norm"]', "functions = []", "must name at least one Python function"),
    ('id = "ex1_norms"', 'id = "1st"', "must be letters, digits and '_'"),
    ('functions = ["l2_norm"]\n', 'functions = ["l2_norm"]\n\n[[exercises]]\nid = "ex1_norms"\ntitle = "again"\n'
                                  'points = 1.0\nfunctions = ["f"]\n', "appear more than once"),
    ('functions = ["l2_norm"]\n', 'functions = ["l2_norm"]\n\n[[exercises]]\nid = "ex1_norms_more"\ntitle = "t"\n'
                                  'points = 1.0\nfunctions = ["f"]\n', "could not be told apart"),
    ('title = "Vector norms"', 'title = "Vector norms', "not valid TOML"),
])
def test_a_manifest_that_cannot_describe_an_assignment_is_refused_naming_the_key(tmp_path, old, new, said):
    folder = with_manifest(copy_plugin(tmp_path), old, new)
    with pytest.raises(ManifestError, match=re.escape(said)):
        load_assignment(folder)


def test_a_folder_without_a_manifest_is_no_assignment(tmp_path):
    with pytest.raises(ManifestError, match="is not an assignment"):
        load_assignment(tmp_path)


def test_two_assignments_sharing_an_exercise_id_are_refused(tmp_path):
    twin = copy_plugin(tmp_path / "more", "norms_again")
    with_manifest(twin, 'name = "vector_norms"', 'name = "norms_again"')
    with knowing(PLUGINS, tmp_path / "more"), \
            pytest.raises(ManifestError, match="exercise id 'ex1_norms' is used by vector_norms and norms_again"):
        known_assignments()


def problems_after(tmp_path: Path, change) -> list[str]:
    folder = copy_plugin(tmp_path, "norms_changed")
    with_manifest(folder, 'name = "vector_norms"', 'name = "norms_changed"')
    # its own exercise id and a package of its own: no check of the real plug-in is shared
    for path in [folder / "assignment.toml", folder / "vector_norms.py", *folder.rglob("*.py"), folder / "CLAUSES.md"]:
        path.write_text(path.read_text().replace("ex1_norms", "ex1_changed"))
    solutions = folder / "solutions"
    (solutions / "instructor" / "ex1_norms.py").rename(solutions / "instructor" / "ex1_changed.py")
    (solutions / "corpus" / "ex1_norms").rename(solutions / "corpus" / "ex1_changed")
    change(folder)
    return static_problems(load_assignment(folder))


def test_validation_passes_an_unchanged_copy_once_its_clause_table_is_regenerated(tmp_path):
    from autograder.audit.clauses import markdown

    def regenerate(folder):
        assignment = load_assignment(folder)
        (folder / "CLAUSES.md").write_text(markdown(assignment, assignment.checks()))

    assert problems_after(tmp_path, regenerate) == []


@pytest.mark.parametrize(("change", "said"), [
    (lambda f: with_manifest(f, "points = 2.0", "points = 3.0"), "its test cells carry 2 points; the manifest says 3"),
    (lambda f: with_manifest(f, 'functions = ["l2_norm"]', 'functions = ["l2_norm", "l1_norm"]'),
     "defines no function 'l1_norm'"),
    (lambda f: [p.unlink() for p in (f / "solutions" / "corpus").rglob("wrong_*.py")], "has no wrong solution"),
    (lambda f: (f / "CLAUSES.md").unlink(), "CLAUSES.md is missing"),
    (lambda f: (f / "audit" / "equivalent_mutants.toml").unlink(), "equivalent_mutants.toml is missing"),
    (lambda f: (f / "checks" / "norms.py").write_text((f / "checks" / "norms.py").read_text()
                                                      .replace('clauses=("1.2",)', "clauses=()")),
     "clause 1.2 is enforced by no check"),
    (lambda f: (f / "solutions" / "instructor" / "ex1_changed.py").unlink(), "the source notebook does not build"),
])
def test_validation_names_what_an_author_left_out(tmp_path, change, said):
    problems = problems_after(tmp_path, change)
    assert any(said in p for p in problems), problems


def test_check_finds_the_assignment_of_a_notebook_from_its_cells(tmp_path, with_plugins):
    import nbformat

    from autograder.course.checkone import notebook_assignment

    nb = load_assignment(PLUGIN).build_source_notebook()
    path = tmp_path / "renamed.ipynb"
    nbformat.write(nb, path)
    assert notebook_assignment(path).name == "vector_norms"
    genomics = tmp_path / "other.ipynb"
    nbformat.write(next(a for a in known_assignments() if a.name == "genomics_applications")
                   .build_source_notebook(), genomics)
    assert notebook_assignment(genomics).name == "genomics_applications"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*AUTOGRADER, *args], cwd=cwd, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def plugin_course(tmp_path_factory):
    """The plug-in's demo class, made with --assignments, then the course moved and graded without it."""
    base = tmp_path_factory.mktemp("plugin")
    made = run("demo", str(base / "made"), "--assignments", str(PLUGINS), "--assignment", "vector_norms",
               "--whole-corpus", cwd=base)
    assert made.returncode == 0, made.stdout + made.stderr
    (base / "made").rename(base / "moved")
    regraded = run("grade", str(base / "moved"), "--force", "--quiet", cwd=base)
    assert regraded.returncode == 0, regraded.stdout + regraded.stderr
    for command in (["report"], ["feedback"], ["export", "--format", "csv"]):
        done = run(command[0], str(base / "moved"), *command[1:], cwd=base)
        assert done.returncode == 0, done.stdout + done.stderr
    return base / "moved"


#: the score of each corpus file (and of the instructor's and the release notebooks), as its header says
BY_FILE = {"instructor": 2.0, "release": 0.0, "correct_hypot": 2.0, "wrong_l1": 0.0, "wrong_overflows": 1.0,
           "wrong_numpy_norm": 1.0}


def expected_scores(course: Path) -> dict[str, float]:
    """Student -> the score the corpus file they handed in must get (the demo's key says which)."""
    from autograder.course.demo import DEMO_MARK

    key = json.loads((course / DEMO_MARK).read_text())["students"]["vector_norms"]
    return {"instructor": 2.0, "release": 0.0} | {s: BY_FILE[row["ex1_norms"]] for s, row in key.items()}


@pytest.mark.slow
def test_an_assignment_from_outside_the_project_grades_its_corpus_as_its_headers_say(plugin_course):
    document = json.loads((plugin_course / "grades" / "vector_norms.json").read_text())
    assert document["assignment"] == "vector_norms"
    expected = expected_scores(plugin_course)
    assert len(expected) == len(BY_FILE)  # one student per corpus file, and the two notebooks
    assert {s: e["score"] for s, e in document["students"].items()} == expected


@pytest.mark.slow
def test_a_moved_course_keeps_its_outside_assignment_and_writes_every_output(plugin_course):
    assert (plugin_course / "autograder" / "assignments" / "vector_norms" / "assignment.toml").is_file()
    assert (plugin_course / "reports" / "vector_norms" / "index.html").is_file()
    assert "vector_norms/index.html" in (plugin_course / "reports" / "index.html").read_text()
    assert (plugin_course / "feedback" / "instructor" / "vector_norms" / "vector_norms.html").is_file()
    rows = (plugin_course / "exports" / "vector_norms.csv").read_text().splitlines()
    assert rows[0].startswith("student,ex1_norms,total")


@pytest.mark.slow
def test_the_course_grades_file_totals_each_students_assignments(plugin_course):
    course = json.loads((plugin_course / "grades.json").read_text())
    assert list(course["assignments"]) == ["vector_norms"]
    assert {s: (e["score"], e["max_score"], e["assignments"]) for s, e in course["students"].items()} == \
        {s: (score, 2.0, {"vector_norms": score}) for s, score in expected_scores(plugin_course).items()}


@pytest.fixture(scope="module")
def two_assignment_course(new_course):
    """One course holding genomics_applications and vector_norms: ada solves both, bob only vector_norms.

    The suite's calibrated genomics course, with vector_norms added by ``init``."""
    import nbformat

    from autograder.course.folder import Course, init_course
    from autograder.course.demo import notebook_with, submit

    with knowing(PLUGINS):
        genomics = new_course("two")
        root = genomics.root
        by_name = {a.name: a for a in known_assignments()}
        courses = {c.assignment.name: c for c in init_course(root, [by_name["vector_norms"]])}
        courses[genomics.assignment.name] = Course(root, genomics.assignment)
        for name, course in courses.items():
            a = course.assignment
            release = nbformat.read(course.release_notebook, as_version=4)
            solved = notebook_with(release, {ex: a.instructor_solution(ex) for ex in a.exercise_ids})
            submit(course, "ada", solved)
            if name == "vector_norms":
                submit(course, "bob", solved)
                # bob hands in his own copy of the data file: the assignment's still serves his kernels
                (course.submission("bob").parent / "data").mkdir()
                (course.submission("bob").parent / "data" / "example.txt").write_text("0\n0\n0\n")
    # without --assignments: the course's own copy of vector_norms serves
    graded = run("grade", str(root), "--quiet", *GRADE_OPTIONS, cwd=root.parent)
    assert graded.returncode == 0, graded.stdout + graded.stderr
    report = run("report", str(root), cwd=root.parent)
    assert report.returncode == 0, report.stdout + report.stderr
    return root


@pytest.mark.slow
def test_the_assignments_data_file_is_released_and_serves_every_kernel_over_a_students_copy(two_assignment_course):
    """vector_norms's check reads data/example.txt in the kernel: bob's zeros in its place would cost a point."""
    from autograder.assignment import load_assignment

    shipped = (PLUGIN / "data" / "example.txt").read_bytes()
    assert load_assignment(PLUGIN).data_files() == {"data/example.txt": shipped}
    assert (two_assignment_course / "release" / "vector_norms" / "data" / "example.txt").read_bytes() == shipped
    norms = json.loads((two_assignment_course / "grades" / "vector_norms.json").read_text())["students"]
    assert norms["bob"]["score"] == 2.0, norms["bob"]["checks_failed"]


@pytest.mark.slow
def test_each_assignment_of_a_course_gets_its_own_grades_file(two_assignment_course):
    genomics = json.loads((two_assignment_course / "grades" / "genomics_applications.json").read_text())
    norms = json.loads((two_assignment_course / "grades" / "vector_norms.json").read_text())
    assert {s: e["score"] for s, e in genomics["students"].items()} == {"ada": 20.0}
    assert {s: e["score"] for s, e in norms["students"].items()} == {"ada": 2.0, "bob": 2.0}


@pytest.mark.slow
def test_the_course_grades_total_over_assignments_and_name_what_a_student_did_not_submit(two_assignment_course):
    course = json.loads((two_assignment_course / "grades.json").read_text())
    assert set(course["assignments"]) == {"genomics_applications", "vector_norms"}
    ada, bob = course["students"]["ada"], course["students"]["bob"]
    assert (ada["score"], ada["max_score"], ada["missing"]) == (22.0, 22.0, [])
    assert (bob["score"], bob["max_score"], bob["missing"]) == (2.0, 22.0, ["genomics_applications"])
    rows = (two_assignment_course / "grades.csv").read_text().splitlines()
    assert rows[0] == "student,score,max_score,genomics_applications,vector_norms"
    assert rows[1:] == ["ada,22.0,22.0,20.0,2.0", "bob,2.0,22.0,0.0,2.0"]


@pytest.mark.slow
def test_nbgrader_sees_every_assignment_of_the_course(two_assignment_course):
    from autograder.course.folder import Course, course_assignments, run_nbgrader

    course = Course(two_assignment_course, course_assignments(two_assignment_course)[0])
    listed = run_nbgrader(course, ["db", "assignment", "list"])
    assert "genomics_applications" in listed and "vector_norms" in listed
    run_nbgrader(course, ["export", "--to", str(two_assignment_course / "nbgrader.csv")])
    exported = (two_assignment_course / "nbgrader.csv").read_text()
    assert {"genomics_applications", "vector_norms"} <= {line.split(",")[0] for line in exported.splitlines()[1:]}


@pytest.mark.slow
def test_the_course_report_index_links_each_assignments_report(two_assignment_course):
    index = (two_assignment_course / "reports" / "index.html").read_text()
    rows = dict(re.findall(r'<tr><td><a href="(\w+)/index.html">(.*?)</tr>', index))
    assert set(rows) == {"genomics_applications", "vector_norms"}
    for name in rows:
        assert (two_assignment_course / "reports" / name / "index.html").is_file()
    # students, graded, could not be graded, mean / max, flagged: from each assignment's grades file
    numbers = {name: re.findall(r'<td class="num">([^<]*)</td>', row) for name, row in rows.items()}
    assert numbers == {"genomics_applications": ["1", "1", "0", "20.00 / 20", "0"],
                       "vector_norms": ["2", "2", "0", "2.00 / 2", "0"]}


#: what an assignment's code may import of the grader: the checks API, and the common format rules
PUBLIC = {"autograder.checks", "autograder.contracts.format_rules"}


@pytest.mark.parametrize("folder", [a.folder for a in known_assignments()] + [PLUGIN], ids=lambda f: f.name)
def test_an_assignment_imports_only_the_checks_api_of_the_grader(folder):
    import ast

    used = set()
    for path in folder.rglob("*.py"):
        if "solutions" in path.relative_to(folder).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            used |= {f"{path.relative_to(folder)}: {n}" for n in names if n.split(".")[0] == "autograder"
                     and n not in PUBLIC}
    assert sorted(used) == []


def test_a_course_made_before_assignments_were_plug_ins_is_carried_over_once(tmp_path):
    from autograder.course.folder import CONFIG_TEMPLATE, NBGRADER_EXPORT, bring_up_to_date

    genomics = next(a for a in known_assignments() if a.name == "genomics_applications")
    source = tmp_path / "source" / genomics.name / genomics.notebook
    source.parent.mkdir(parents=True)
    source.write_text("{}")
    old = tmp_path / "autograder"
    (old / "results").mkdir(parents=True)
    (old / "results" / "ada.json").write_text("{}")
    (old / "calibration.json").write_text("{}")
    (old / "secret").write_text("s")
    (tmp_path / "nbgrader_config.py").write_text("# nbgrader configuration written by `autograder init`. old hooks\n")
    done = bring_up_to_date(tmp_path)
    assert len(done) == 2, done
    state = old / genomics.name
    assert (state / "results" / "ada.json").is_file() and (state / "calibration.json").is_file()
    assert not (old / "results").exists() and (old / "secret").is_file()  # the course secret stays the course's
    assert (tmp_path / "nbgrader_config.py").read_text() == CONFIG_TEMPLATE.format(export=NBGRADER_EXPORT)
    assert bring_up_to_date(tmp_path) == []
