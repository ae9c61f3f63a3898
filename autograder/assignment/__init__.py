"""Assignments as plug-ins: each is a folder with a manifest; the grader names none of them.

Where things are:

- :mod:`.manifest` reads and validates ``assignment.toml`` (name, notebook, source, exercises,
  preload, data);
- :mod:`.loader` finds assignment folders (the project's ``assignments/`` and ``--assignments
  DIR``) and loads an assignment's parts: its checks package, format rules, instructor solutions;
- :mod:`.notebook` builds the nbgrader source notebook from the jupytext source and the answer key;
- :mod:`.validate` tells an author what is missing (``autograder validate``).
"""
from autograder.assignment.loader import (REPO, AnswerKeyMissing, Assignment, add_assignment_folders,
                                          find_assignment, known_assignments, load_assignment)
from autograder.assignment.manifest import Exercise, ManifestError
from autograder.assignment.notebook import assign_stable_cell_ids

__all__ = ["REPO", "AnswerKeyMissing", "Assignment", "Exercise", "ManifestError", "add_assignment_folders",
           "assign_stable_cell_ids", "find_assignment", "known_assignments", "load_assignment"]
