"""The project's first assignment as the tests use it: its names and parts, from its manifest.

The grader names no assignment; the tests of ``genomics_applications``'s grading do, through here.
"""
from __future__ import annotations

from pathlib import Path

from autograder.course import demo
from autograder.assignment import find_assignment
from autograder.audit.equivalents import equivalents_file, mistakes_record

GENOMICS = find_assignment("genomics_applications")
ASSIGNMENT = GENOMICS.name
NOTEBOOK = GENOMICS.notebook
EXERCISES = GENOMICS.exercise_ids
CORPUS = GENOMICS.corpus
SOURCE_TEXT = GENOMICS.manifest.source
EQUIVALENTS_FILE = equivalents_file(GENOMICS)
MISTAKES_RECORD = mistakes_record(GENOMICS)
#: the assignment's grades files, relative to the course folder (``COURSE/grades.json`` is the course's)
GRADES_JSON = Path("grades") / f"{ASSIGNMENT}.json"
GRADES_CSV = Path("grades") / f"{ASSIGNMENT}.csv"
instructor_solution = GENOMICS.instructor_solution
build_source_notebook = GENOMICS.build_source_notebook
exercise_of = GENOMICS.exercise_of


def load_checks() -> list:
    """The assignment's hidden checks."""
    return GENOMICS.checks()


def corpus_entries(folder: Path | None = None) -> list[demo.CorpusEntry]:
    """The assignment's corpus (or a blind folder in the same format)."""
    return demo.corpus_entries(GENOMICS, folder)
