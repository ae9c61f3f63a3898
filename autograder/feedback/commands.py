"""The ``feedback`` and ``check`` subcommands (parsers and handlers), kept out of ``cli.py``."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parsers(sub, add_grading_options) -> None:
    """Add ``feedback COURSE`` and ``check NOTEBOOK`` to the ``autograder`` parser."""
    p_feedback = sub.add_parser("feedback", help="one HTML feedback page per graded student: "
                                                 "COURSE/feedback/<student>/autograder.html")
    p_feedback.add_argument("course", type=Path)

    p_check = sub.add_parser("check", help="grade one notebook without a course; writes "
                                           "<notebook stem>.feedback.html beside it")
    p_check.add_argument("notebook", type=Path)
    p_check.add_argument("--json", action="store_true", help="print the result as JSON")
    p_check.add_argument("--secret-file", dest="secret_file", type=Path,
                         help="draw hidden inputs from this secret (as COURSE/autograder/secret)")
    p_check.add_argument("--course", dest="secret_course", type=Path,
                         help="draw hidden inputs from this course's secret (the course is not changed)")
    p_check.add_argument("--student", dest="student", default=None,
                         help="grade as this student: with --course, exactly what `grade` gives them (hidden "
                              "inputs are drawn per student and code); by default the notebook's name")
    add_grading_options(p_check)


def not_a_notebook_course(command: str, path: Path) -> str | None:
    """The message for ``init``/``grade`` given a notebook file instead of a course folder, or None."""
    if path.suffix.lower() != ".ipynb":
        return None
    return (f"{path} is a notebook, not a course folder: to grade one notebook without a course, "
            f"use `autograder check {path}`; `autograder {command}` takes a course folder")


def run_feedback(args) -> int:
    from autograder.feedback.course_pages import write_course_feedback

    pages = write_course_feedback(args.course)
    print(f"wrote {len(pages)} feedback page(s): {args.course / 'feedback' / '<student>' / 'autograder.html'}")
    return 0


def run_check(args, config) -> int:
    from autograder.checkone import PUBLIC_KEY_NOTE, check_notebook, json_entry, read_secret, write_page
    from autograder.report import table

    secret, default = read_secret(args.secret_file, args.secret_course)
    def log(*parts):
        print(*parts, file=sys.stderr)

    if default:
        log(PUBLIC_KEY_NOTE)
    result = check_notebook(args.notebook, config, secret, progress=False, log=log, course=args.secret_course,
                            student=args.student)
    page = write_page(args.notebook, result, log=log)
    if args.json:
        entry = json_entry(result)
        entry["feedback_page"] = str(page) if page else None
        print(json.dumps(entry, indent=2))
    else:
        print(table([result]))
        if page:
            print(f"\nfeedback page: {page}")
    return 0
