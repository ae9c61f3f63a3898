"""The ``export`` and ``policy`` commands: their arguments and what they print."""
from __future__ import annotations

import argparse
from pathlib import Path

from autograder.errors import EnvironmentProblem


def add_export_parser(sub) -> None:
    from autograder.export import DEFAULT_TITLE, FORMATS

    p = sub.add_parser("export", help="the course's grades as a per-exercise CSV or a Canvas gradebook import CSV")
    p.add_argument("course", type=Path)
    p.add_argument("--format", dest="fmt", choices=FORMATS, required=True)
    p.add_argument("--output", "-o", type=Path,
                   help="file to write (default COURSE/exports/genomics_applications[_canvas].csv)")
    p.add_argument("--roster", type=Path, help="CSV mapping nbgrader ids (column 'nbgrader_id', else "
                                               "'SIS Login ID') to Canvas's Student, ID, SIS User ID, "
                                               "SIS Login ID, Section (canvas only)")
    p.add_argument("--title", default=DEFAULT_TITLE, help=f"Canvas assignment title (default {DEFAULT_TITLE!r})")
    p.add_argument("--canvas-assignment-id", dest="assignment_id",
                   help="Canvas's assignment id: the column becomes 'TITLE (ID)' and updates that assignment")


def add_policy_parser(sub) -> None:
    from autograder.lateness import DUE_FORMAT, PENALTIES

    p = sub.add_parser("policy", help="show or set the late-submission policy (COURSE/autograder/policy.toml)")
    p.add_argument("course", type=Path)
    p.add_argument("--due", help=f"deadline: {DUE_FORMAT}; 'none' removes it")
    p.add_argument("--penalty", choices=PENALTIES)
    p.add_argument("--percent-per-day", dest="percent_per_day", type=float,
                   help="percent of the max score deducted per started day late")
    p.add_argument("--grace-minutes", dest="grace_minutes", type=float,
                   help="minutes after the deadline that still count as on time")


def run_export(args: argparse.Namespace) -> int:
    from autograder.export import export

    if args.roster and args.fmt != "canvas":
        raise EnvironmentProblem("--roster maps students to Canvas ids: use it with --format canvas")
    done = export(args.course, args.fmt, args.output, args.roster, args.title, args.assignment_id)
    for note in done.notes:
        print(note)
    print(f"wrote {done.path} ({done.rows} student(s), format {args.fmt})")
    return 0


def run_policy(args: argparse.Namespace) -> int:
    import dataclasses

    from autograder.course import Course
    from autograder.lateness import PolicyError, load_policy, parse_due, save_policy

    Course(args.course.resolve()).load_source()  # a course, not a stray folder
    try:
        policy = load_policy(args.course)
        changes = {name: getattr(args, name) for name in ("penalty", "percent_per_day", "grace_minutes")
                   if getattr(args, name) is not None}
        if args.due is not None:
            changes["due"] = None if args.due.strip().lower() in ("", "none") else parse_due(args.due)
        if changes:
            policy = dataclasses.replace(policy, **changes)
            path = save_policy(args.course, policy)
            print(f"wrote {path}; run `autograder grade {args.course}` to rewrite grades.json / grades.csv "
                  "(nothing is regraded); `autograder export` always applies the current policy")
    except PolicyError as exc:
        raise EnvironmentProblem(f"late-submission policy: {exc}") from None
    due = policy.due.isoformat() if policy.due else "none (nothing is late)"
    detail = {"none": "no penalty", "zero": "a late submission scores 0",
              "percent_per_day": f"{policy.percent_per_day:g}% of the max score per started day late"}
    print(f"due: {due}\npenalty: {policy.penalty} ({detail[policy.penalty]})\n"
          f"grace: {policy.grace_minutes:g} minute(s)")
    return 0
