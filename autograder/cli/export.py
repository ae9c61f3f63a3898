"""The ``export`` and ``policy`` commands: their arguments and what they print."""
from __future__ import annotations

import argparse
from pathlib import Path

from autograder.common.errors import EnvironmentProblem


def add_export_parser(sub) -> None:
    from autograder.cli.options import add_assignment_options
    from autograder.outputs.export import FORMATS

    p = sub.add_parser(
        "export", help="the course's grades as a per-exercise CSV or a Canvas gradebook import CSV",
        description="Write the course's final grades (TA scores and late penalties applied). --format canvas "
                    "writes Canvas's gradebook import CSV (Student, ID, SIS User ID, SIS Login ID, Section, then "
                    "the assignment). Canvas matches rows to students by ID, SIS User ID or SIS Login ID: "
                    "without --roster the nbgrader student id is written as 'SIS Login ID', which is right only "
                    "when nbgrader ids ARE the students' Canvas logins. Otherwise pass --roster.")
    p.add_argument("course", type=Path)
    p.add_argument("--format", dest="fmt", choices=FORMATS, required=True)
    p.add_argument("--output", "-o", type=Path,
                   help="file to write (default COURSE/exports/<assignment>[_canvas].csv; with several "
                        "assignments, give --assignment)")
    p.add_argument("--roster", type=Path, help="CSV mapping nbgrader ids (column 'nbgrader_id', else "
                                               "'SIS Login ID') to Canvas's Student, ID, SIS User ID, "
                                               "SIS Login ID, Section (canvas only). Students not in it are "
                                               "left out of the Canvas file and listed in "
                                               "<output>_not_in_roster.csv")
    p.add_argument("--title", default=None, help="Canvas assignment title (default: the assignment's title)")
    p.add_argument("--canvas-assignment-id", dest="assignment_id",
                   help="Canvas's assignment id: the column becomes 'TITLE (ID)' and updates that assignment")
    add_assignment_options(p, "every graded assignment of the course")


def add_policy_parser(sub) -> None:
    from autograder.outputs.lateness import DUE_FORMAT, PENALTIES

    p = sub.add_parser("policy", help="show or set the late-submission policy (COURSE/autograder/policy.toml, or "
                                      "one assignment's own: COURSE/autograder/NAME/policy.toml)")
    p.add_argument("course", type=Path)
    p.add_argument("--assignment", dest="policy_assignment", metavar="NAME",
                   help="this assignment's own policy (its deadline); it starts as a copy of the course's. "
                        "Default: the course's, which every assignment without its own follows")
    p.add_argument("--due", help=f"deadline: {DUE_FORMAT}; 'none' removes it")
    p.add_argument("--timezone", help="the course's time zone, an IANA name (default UTC): a --due without "
                                      "an offset or zone name is in it")
    p.add_argument("--penalty", choices=PENALTIES)
    p.add_argument("--percent-per-day", dest="percent_per_day", type=float,
                   help="percent of the max score deducted per started day late")
    p.add_argument("--grace-minutes", dest="grace_minutes", type=float,
                   help="minutes after the deadline that still count as on time")


def run_export(args: argparse.Namespace) -> int:
    from autograder.course.folder import chosen_courses
    from autograder.outputs.export import export

    if args.roster and args.fmt != "canvas":
        raise EnvironmentProblem("--roster maps students to Canvas ids: use it with --format canvas")
    courses = chosen_courses(args.course, args.assignment, having="results")
    if len(courses) > 1 and (args.output or args.title or args.assignment_id):
        raise EnvironmentProblem("--output, --title and --canvas-assignment-id name one assignment's file: "
                                 "give --assignment NAME too")
    status = 0
    for course in courses:
        done = export(course, args.fmt, args.output, args.roster, args.title, args.assignment_id)
        for note in done.notes:
            print(note)
        print(f"wrote {done.path} ({done.rows} student(s), format {args.fmt})")
        if done.left_out:
            status = 1  # students left out of a Canvas file: a script must not take the export as complete
    return status


def _apply_policy(root: Path) -> str:
    """Rewrite the grades files and nbgrader's penalties under the new policy; what was done."""
    from autograder.course.folder import Course, course_assignments
    from autograder.course.lock import CourseBusy, CourseLock, command_line
    from autograder.outputs.export import stored_results
    from autograder.outputs.grades import write_grades

    count = 0
    try:
        with CourseLock(root, command_line()):
            for assignment in course_assignments(root):
                course = Course(root, assignment)
                results = stored_results(course)
                if results:
                    write_grades(course, results)
                    count += len(results)
            if not count:
                return "no student is graded yet: `autograder grade` applies it"
    except CourseBusy:
        return "a run holds the course: a `grade` run applies the new policy when it writes the grades"
    return (f"rewrote {root / 'grades.json'}, the files in {root / 'grades'} and the late penalties in nbgrader's "
            f"gradebook ({count} graded submission(s), nothing regraded); run `autograder feedback {root}` for "
            "the students' pages")


def run_policy(args: argparse.Namespace) -> int:
    import dataclasses

    from autograder.course.folder import course_assignments, require_course_folder
    from autograder.outputs.lateness import PolicyError, has_own_policy, load_policy, parse_due, save_policy, zone

    require_course_folder(args.course)  # a course, not a stray folder
    names = [a.name for a in course_assignments(args.course)]
    if args.policy_assignment is not None and args.policy_assignment not in names:
        raise EnvironmentProblem(f"{args.course} has no assignment {args.policy_assignment!r}; its assignments: "
                                 f"{', '.join(names) or 'none'}")
    notes, path = [], None
    try:
        policy = load_policy(args.course, args.policy_assignment)
        changes = {name: getattr(args, name) for name in ("penalty", "percent_per_day", "grace_minutes")
                   if getattr(args, name) is not None}
        if args.timezone is not None:
            zone(args.timezone.strip())
            changes["timezone"] = args.timezone.strip()
            if args.due is None and policy.due is not None:
                notes.append(f"the deadline is the same instant as before ({policy.local_due().isoformat()}); "
                             "give --due again to set it in the new time zone")
        if args.due is not None:
            changes["due"] = None if args.due.strip().lower() in ("", "none") else \
                parse_due(args.due, changes.get("timezone", policy.timezone))
        if changes:
            policy = dataclasses.replace(policy, **changes)
            path = save_policy(args.course, policy, args.policy_assignment)
    except PolicyError as exc:
        raise EnvironmentProblem(f"late-submission policy: {exc}") from None
    if path is not None:
        print(f"wrote {path}")
    if args.policy_assignment is not None:
        whose = "its own" if has_own_policy(args.course, args.policy_assignment) else \
            "the course's (give an option to set its own)"
        print(f"assignment: {args.policy_assignment}, policy: {whose}")
    else:
        own = [name for name in names if has_own_policy(args.course, name)]
        if own:
            notes.append(f"assignment(s) with a policy of their own, which this one does not change: {', '.join(own)}"
                         " (see `autograder policy COURSE --assignment NAME`)")
    due = f"{policy.local_due().isoformat()} ({policy.timezone})" if policy.due else "none (nothing is late)"
    detail = {"none": "no penalty", "zero": "a late submission scores 0",
              "percent_per_day": f"{policy.percent_per_day:g}% of the max score per started day late"}
    print(f"due: {due}\ntimezone: {policy.timezone}\npenalty: {policy.penalty} ({detail[policy.penalty]})\n"
          f"grace: {policy.grace_minutes:g} minute(s)")
    for note in notes:
        print(note)
    if path is not None:
        print(_apply_policy(args.course.resolve()))
    return 0
