"""The ``feedback`` subcommand (parser and handler), kept out of ``cli.py``; ``check``'s is in
:mod:`autograder.cli.check`."""
from __future__ import annotations

from pathlib import Path


def add_parsers(sub, add_grading_options) -> None:
    """Add ``feedback COURSE`` to the ``autograder`` parser, and ``check NOTEBOOK`` (:mod:`autograder.cli.check`)."""
    from autograder.cli import check as check_cli

    p_feedback = sub.add_parser("feedback", help="one HTML feedback page per graded student, where nbgrader's "
                                                 "release_feedback delivers it: COURSE/feedback/<student>/"
                                                 "<assignment>/<notebook>.html")
    p_feedback.add_argument("course", type=Path)
    from autograder.cli.options import add_assignment_options

    add_assignment_options(p_feedback, "every graded assignment of the course")
    check_cli.add_parser(sub, add_grading_options)


def not_a_notebook_course(command: str, path: Path) -> str | None:
    """The message for ``init``/``grade`` given a notebook file instead of a course folder, or None."""
    if path.suffix.lower() != ".ipynb":
        return None
    return (f"{path} is a notebook, not a course folder: to grade one notebook without a course, "
            f"use `autograder check {path}`; `autograder {command}` takes a course folder")


def run_feedback(args) -> int:
    from autograder.course.folder import chosen_courses
    from autograder.outputs.feedback.course_pages import page_name, write_course_feedback

    for course in chosen_courses(args.course, args.assignment, having="results"):
        name = course.assignment.name
        run = write_course_feedback(course)
        print(f"wrote {len(run.pages)} feedback page(s): "
              f"{args.course / 'feedback' / '<student>' / name / page_name(course)}")
        print(f"deliver them with nbgrader: `nbgrader release_feedback {name}` in the course folder; "
              f"students run `nbgrader fetch_feedback {name}` (or use the Assignments tab)")
        _relink_report(course)
    return 0


def _relink_report(course) -> None:
    """Rewrite an existing class report, whose student rows link to these pages only once they exist."""
    from autograder.outputs.class_report import report_folder, write_report

    if (report_folder(course) / "index.html").is_file():
        print(f"class report updated with links to the pages: {write_report(course, log=print)}")
