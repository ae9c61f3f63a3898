"""``autograder check NOTEBOOK``: the staff tool's parser and what it prints.

``check`` is for TAs and instructors (it needs the instructor's solutions; see
:mod:`autograder.course.checkone`). It prints, per exercise, the score out of the
maximum and what the first failing check said (:mod:`autograder.outputs.feedback.check_summary`),
and writes the page the student would get beside the notebook. How the
sandbox, the calibration and the job slots went is operators' news: shown
with ``--verbose`` only; warnings are always shown.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

#: what ``check`` is, as its help, its output and its refusal without the answer key say
STAFF_TOOL = "a staff tool for TAs and instructors, to check one notebook before or outside a class run"
HELP = f"grade one notebook without a course ({STAFF_TOOL}); writes <notebook stem>.feedback.html beside it"
DESCRIPTION = (f"Grade one notebook with the hidden checks, in the sandbox: {STAFF_TOOL}. It needs the "
               "instructor's solutions (solutions/instructor/ of the course repository, or --course COURSE) "
               "and prints per exercise the score out of its maximum and the first failing check's message. "
               "Students test their work with the visible tests in their notebook.")


def add_parser(sub, add_grading_options) -> None:
    """Add ``check NOTEBOOK`` to the ``autograder`` parser."""
    p_check = sub.add_parser("check", help=HELP, description=DESCRIPTION)
    p_check.add_argument("notebook", type=Path)
    p_check.add_argument("--json", action="store_true", help="print the result as JSON")
    p_check.add_argument("--verbose", "-v", action="store_true",
                         help="also print how the sandbox, the calibration and the reference values went")
    p_check.add_argument("--secret-file", dest="secret_file", type=Path,
                         help="draw hidden inputs from this secret (as COURSE/autograder/secret)")
    p_check.add_argument("--course", dest="secret_course", type=Path,
                         help="grade against this course's instructor notebook and draw hidden inputs from its "
                              "secret (the course is not changed)")
    p_check.add_argument("--student", dest="student", default=None,
                         help="grade as this student: with --course, exactly what `grade` gives them (hidden "
                              "inputs are drawn per student and code); by default the notebook's name")
    p_check.add_argument("--assignment", dest="assignment", default=None, metavar="NAME",
                         help="the notebook's assignment (default: found from the notebook's cells)")
    p_check.add_argument("--assignments", dest="assignment_folders", action="append", type=Path, metavar="DIR",
                         help="also know the assignments in DIR (repeatable)")
    add_grading_options(p_check)


def _log(verbose: bool):
    """Where the grading run's lines go: stderr, all of them with ``verbose``, else warnings only."""
    from autograder.common.terminal import say

    def log(*parts) -> None:
        text = " ".join(str(p) for p in parts)
        if verbose or text.startswith("warning:"):
            say(text, stream=sys.stderr)  # wrapped to fit a terminal's width (the sandbox's description)
    return log


def run(args, config) -> int:
    """``autograder check``; returns the exit code."""
    from autograder.course.checkone import (PUBLIC_KEY_NOTE, check_notebook, instructor_notebook, json_entry,
                                            notebook_assignment, read_secret, require_inputs, write_page)
    from autograder.outputs.feedback.check_summary import summary
    from autograder.outputs.feedback.model import build
    from autograder.common.terminal import columns

    require_inputs(args.notebook, args.student)
    assignment = notebook_assignment(args.notebook, args.assignment, args.secret_course)
    source = instructor_notebook(assignment, args.secret_course)  # the answer key, or one sentence before anything runs
    secret, default = read_secret(args.secret_file, args.secret_course)
    log = _log(args.verbose)
    if not args.json:
        print(f"autograder check (a staff tool for TAs and instructors): grading {args.notebook} ...", file=sys.stderr)
    if default:
        print(PUBLIC_KEY_NOTE, file=sys.stderr)
    result = check_notebook(args.notebook, config, secret, assignment=assignment, progress=False, log=log,
                            course=args.secret_course, student=args.student, source=source)
    page = write_page(assignment, args.notebook, result, log=log)
    if args.json:
        entry = json_entry(assignment, result)
        entry["feedback_page"] = str(page) if page else None
        print(json.dumps(entry, indent=2))
        return 0
    print(f"{args.notebook}, graded as student {result.student!r}:")
    print(summary(build(assignment, result), columns(sys.stdout)))
    if page:
        print(f"\nthe student's feedback page: {page}")
    return 0
