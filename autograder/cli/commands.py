"""``autograder``: make a course, grade a class, run the demo."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from autograder.cli.options import add_assignment_options
from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem


#: commands that work on an existing course (``init`` and ``demo`` make theirs)
COURSE_COMMANDS = ("grade", "report", "feedback", "export", "policy")


def _grading_config(args) -> GradingConfig:
    overrides = {name: getattr(args, name) for name in GradingConfig.field_names()
                 if getattr(args, name, None) is not None}
    return _checked(GradingConfig(**overrides))


def _checked(config: GradingConfig) -> GradingConfig:
    """``config``, or EnvironmentProblem naming the option whose limit no kernel can work with."""
    problem = config.limit_problem()
    if problem:
        raise EnvironmentProblem(problem)
    return config


def _add_grading_options(parser: argparse.ArgumentParser) -> None:
    defaults = GradingConfig()
    parser.add_argument("--jobs", "-j", type=int, help=f"submissions at once (default {defaults.jobs})")
    parser.add_argument("--memory-mb", dest="memory_mb", type=int,
                        help=f"memory per kernel, MiB (default {defaults.memory_mb})")
    parser.add_argument("--max-processes", dest="max_processes", type=int,
                        help="processes and threads per kernel at once, the sandbox's own 2 included: "
                             f"the kernel's RLIMIT_NPROC (default {defaults.max_processes})")
    parser.add_argument("--cpus", type=float,
                        help=f"cores one kernel may use at once (default {defaults.cpus:g})")
    parser.add_argument("--cpu-seconds", dest="cpu_seconds", type=int,
                        help=f"CPU seconds per kernel (default {defaults.cpu_seconds})")
    parser.add_argument("--cell-timeout-floor", dest="cell_timeout_floor_s", type=float,
                        help=f"least seconds per cell (default {defaults.cell_timeout_floor_s:g})")
    parser.add_argument("--check-timeout-floor", dest="check_timeout_floor_s", type=float,
                        help=f"least seconds per checked call (default {defaults.check_timeout_floor_s:g})")
    parser.add_argument("--notebook-time-floor", dest="notebook_time_floor_s", type=float,
                        help="least seconds one notebook may cost in total, cells, restarts and checks "
                             f"(default {defaults.notebook_time_floor_s:g})")
    parser.add_argument("--notebook-time-factor", dest="notebook_time_factor", type=float,
                        help="a notebook may cost this many times the instructor's graded notebook "
                             f"(default {defaults.notebook_time_factor:g})")
    parser.add_argument("--max-kernel-starts", dest="max_kernel_starts", type=int,
                        help="kernels one notebook may start, restarts included "
                             f"(default {defaults.max_kernel_starts})")
    parser.add_argument("--sandbox", choices=["auto", "bwrap", "none"],
                        help="'none' runs student code unconfined: trusted notebooks only")
    parser.add_argument("--sandbox-uid", dest="sandbox_uid", type=int,
                        help="first uid of the pool of host uids that student kernels lease when "
                             "grading as root, one per job slot (default: 61000, the pool 61000-61999); "
                             "never 0. An ordinary user's kernels lease the user's subordinate uids "
                             "(/etc/subuid); that user's own uid here runs them as the user")
    parser.add_argument("--cgroups", choices=["auto", "off"],
                        help="'off' bounds kernels with their supervisor and rlimits only")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="autograder", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_init = sub.add_parser("init", help="make or refresh an nbgrader course folder")
    p_init.add_argument("course", type=Path)
    add_assignment_options(p_init, "every assignment the grader knows")

    p_grade = sub.add_parser("grade", help="grade every submission of the course")
    p_grade.add_argument("course", type=Path)
    p_grade.add_argument("--force", action="store_true", help="regrade unchanged submissions too")
    p_grade.add_argument("--student", action="append", help="grade only this student (repeatable)")
    p_grade.add_argument("--quiet", action="store_true", help="no progress bar or table")
    add_assignment_options(p_grade, "every assignment of the course with submissions")
    _add_grading_options(p_grade)

    p_demo = sub.add_parser("demo", help="make a course, submit a class from the solution corpus, grade, print")
    p_demo.add_argument("course", type=Path, nargs="?", default=Path("demo-course"))
    p_demo.add_argument("--whole-corpus", action="store_true",
                        help="hand in every corpus file (default: a spread of each exercise's files, about ten "
                             "students per assignment)")
    add_assignment_options(p_demo, "every assignment the grader knows")
    _add_grading_options(p_demo)

    p_audit = sub.add_parser("audit", help="grade mutants of the instructor's solutions and the corpus: "
                                           "how strong are the hidden checks?")
    p_audit.add_argument("--json", action="store_true", help="print the report as JSON")
    p_audit.add_argument("--exercise", action="append", help="only this exercise (repeatable)")
    p_audit.add_argument("--no-corpus", dest="corpus", action="store_false", help="skip the corpus matrix")
    p_audit.add_argument("--family", action="append", choices=("syntactic", "mistakes-v1"),
                         help="only this operator family (repeatable; default: every family, reported apart)")
    p_audit.add_argument("--new-entries", action="store_true",
                         help="also print equivalents-file entries for every survivor, for review")
    p_audit.add_argument("--clauses", action="store_true",
                         help="print the clause tables (markdown) and exit, grading nothing")
    p_audit.add_argument("--write-record", dest="write_record", action="store_true",
                         help="freeze the mistake operators' measurement of an assignment that has none yet: "
                              "write audit/mistakes-v1.toml from this run (never overwrites a record)")
    add_assignment_options(p_audit, "every assignment the grader knows")
    _add_grading_options(p_audit)

    p_validate = sub.add_parser("validate", help="tell an assignment's author what is missing or inconsistent "
                                                 "(manifest, notebook, checks, clauses, corpus, audit review)")
    p_validate.add_argument("--run", action="store_true",
                            help="also run the notebooks: visible tests pass on the instructor's and fail on the "
                                 "release's, and the instructor gets full marks in the sandbox (a minute or more)")
    add_assignment_options(p_validate, "every assignment the grader knows")
    _add_grading_options(p_validate)

    _add_export_and_policy(sub)

    p_report = sub.add_parser("report", help="class report: COURSE/reports/index.html, figures, checks.csv")
    p_report.add_argument("course", type=Path)
    p_report.add_argument("--flag-below", dest="flag_below", type=_fraction, default=None, metavar="FRACTION",
                          help="flag students below this fraction of the max score (default 0.5)")
    add_assignment_options(p_report, "every graded assignment of the course")

    from autograder.cli import feedback as feedback_commands

    feedback_commands.add_parsers(sub, _add_grading_options)

    args = parser.parse_args(argv)
    try:
        if getattr(args, "assignment_folders", None):
            from autograder.assignment import add_assignment_folders

            add_assignment_folders(args.assignment_folders)
        if args.command in ("init", "grade") and feedback_commands.not_a_notebook_course(args.command, args.course):
            print(f"autograder: {feedback_commands.not_a_notebook_course(args.command, args.course)}",
                  file=sys.stderr)
            return 2
        if args.command in COURSE_COMMANDS:
            from autograder.course.folder import require_course, require_course_folder

            for name in getattr(args, "assignment", None) or [None]:
                # a typo is named as one, and no stray course is suggested
                require_course(args.course, name) if name else require_course_folder(args.course)
        if args.command == "check" and args.secret_course is not None:
            from autograder.course.folder import course_problem

            problem = course_problem(args.secret_course)
            if problem:
                raise EnvironmentProblem(f"--course {args.secret_course}: {problem}")
        if args.command == "init" and args.course.exists() and not args.course.is_dir():
            raise EnvironmentProblem(f"{args.course} is a file, not a course folder; give `autograder init` "
                                     "a folder (a new one, or an existing course to refresh)")
        if args.command == "feedback":
            return feedback_commands.run_feedback(args)
        if args.command == "check":
            from autograder.cli import check as check_cli

            return check_cli.run(args, _grading_config(args))
        if args.command == "init":
            from autograder.course.folder import init_course
            from autograder.course.lock import CourseLock, command_line

            with CourseLock(args.course, command_line()):
                courses = init_course(args.course, _named_assignments(args))
            print(f"course ready at {courses[0].root}")
            for course in courses:
                print(f"  {course.assignment.name}\n    source:  {course.source_notebook}\n"
                      f"    release: {course.release_notebook}")
            return 0
        if args.command == "grade":
            return _grade(args.course, _grading_config(args), force=args.force,
                          only=args.student, quiet=args.quiet, names=args.assignment)
        if args.command == "demo":
            from autograder.course.folder import init_course
            from autograder.course.lock import CourseLock, command_line
            from autograder.course.demo import claim_demo_folder, submit_corpus
            from autograder.common.terminal import say

            config = _grading_config(args)
            claim_demo_folder(args.course)
            with CourseLock(args.course, command_line()):
                courses = init_course(args.course, _named_assignments(args))
                demo_class = submit_corpus(courses, whole=args.whole_corpus)
                say(demo_class.summary(courses[0]))
                status = 0
                for course in courses:
                    if len(courses) > 1:
                        print(f"== {course.assignment.name}")
                    status = max(status, _grade_locked(course, config, force=True, only=None, quiet=False))
                return status
        if args.command == "audit":
            return _audit(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "report":
            return _report(args.course, args.flag_below, args.assignment)
        if args.command in ("export", "policy"):
            from autograder.cli.export import run_export, run_policy

            return (run_export if args.command == "export" else run_policy)(args)
    except EnvironmentProblem as exc:
        print(f"autograder: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("autograder: interrupted; finished results are kept", file=sys.stderr)
        return 130
    return 1


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a fraction between 0 and 1, e.g. 0.5; got {text!r}")
    return value


def _named_assignments(args) -> list | None:
    """The assignments named with ``--assignment`` (None: none named)."""
    from autograder.assignment import find_assignment

    return [find_assignment(name) for name in dict.fromkeys(args.assignment)] if args.assignment else None


def _report(root: Path, flag_below: float | None, names: list[str] | None) -> int:
    from autograder.outputs.class_report import DEFAULT_FLAG_BELOW, write_report
    from autograder.course.folder import chosen_courses

    for course in chosen_courses(root, names, having="results"):
        course.load_source()  # a course folder, or a message saying what is missing
        if not any((course.state / "results").glob("*.json")):
            raise EnvironmentProblem(f"no graded submission of {course.assignment.name} in {root}: run "
                                     f"`autograder grade {root}` first")
        print(f"wrote {write_report(course, flag_below=DEFAULT_FLAG_BELOW if flag_below is None else flag_below)}")
    return 0


def _add_export_and_policy(sub) -> None:
    from autograder.cli.export import add_export_parser, add_policy_parser

    add_export_parser(sub)
    add_policy_parser(sub)


def _audit(args) -> int:
    import json

    from autograder.assignment import known_assignments

    assignments = _named_assignments(args) or known_assignments()
    if args.clauses:
        from autograder.audit.clauses import markdown

        for assignment in assignments:
            print(markdown(assignment, assignment.checks()), end="")
        return 0
    from dataclasses import replace

    from autograder.audit import report as audit_report
    from autograder.audit.runner import AUDIT_CONFIG, FAMILIES, run_audit

    every = {ex for a in assignments for ex in a.exercise_ids}
    unknown = [e for e in args.exercise or [] if e not in every]
    if unknown:
        raise EnvironmentProblem(f"unknown exercise {unknown[0]!r}; choose from {', '.join(sorted(every))}")
    overrides = {name: getattr(args, name) for name in GradingConfig.field_names()
                 if getattr(args, name, None) is not None}
    config = _checked(replace(AUDIT_CONFIG, **overrides))
    quiet = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr))
    status, reports = 0, {}
    for assignment in assignments:
        exercises = [e for e in args.exercise or [] if e in assignment.exercise_ids]
        if args.exercise and not exercises:
            continue
        report = run_audit(assignment, config, exercises or None, corpus=args.corpus, log=quiet,
                           families=tuple(args.family or FAMILIES))
        reports[assignment.name] = report
        if args.write_record:
            print(_write_record(assignment, report), file=sys.stderr)
        if not args.json:
            print(f"== {assignment.name}")
            print(audit_report.text(report))
            if args.new_entries:
                print("\n" + audit_report.new_entries(report))
        if not all(a.score >= report.target for audits in report.families.values() for a in audits.values()):
            status = 1
    if args.json:
        one = len(reports) == 1
        print(json.dumps(audit_report.to_json(next(iter(reports.values()))) if one else
                         {name: audit_report.to_json(r) for name, r in reports.items()}, indent=2))
    return status


def _write_record(assignment, report) -> str:
    """Freeze the mistake operators' first measurement of ``assignment`` (see ``audit/mistakes.py``)."""
    import time

    from autograder.audit.equivalents import mistakes_record
    from autograder.audit.mistakes import FAMILY, record_toml

    path = mistakes_record(assignment)
    if path.exists():
        return f"{path} exists: a frozen record is never rewritten (a new operator goes into a new version)"
    if FAMILY not in report.families:
        return f"no record written: the run did not grade the {FAMILY} family"
    outcomes = [o for audit in report.families[FAMILY].values() for o in audit.outcomes]
    note = (f"The mistake operators, version 1 (autograder/audit/mistakes.py), frozen and measured on\n"
            f"{assignment.name}'s checks ({time.strftime('%Y-%m-%d')}, `autograder audit --write-record`). "
            "Every mutant the\noperators make of the instructor's solutions is listed with its outcome: "
            "`before` is \"killed\" or\n\"survived\". A later change of the checks may kill more, "
            "never fewer (tests/test_audit.py).")
    path.write_text(record_toml(outcomes, note))
    return f"wrote {path}: {len(outcomes)} mutants, {sum(o.killed for o in outcomes)} killed"


def _validate(args) -> int:
    from autograder.assignment import known_assignments
    from autograder.assignment.validate import run_problems, static_problems

    status = 0
    for assignment in _named_assignments(args) or known_assignments():
        problems = static_problems(assignment)
        if args.run and not problems:
            print(f"{assignment.name}: running the notebooks and the calibration ...", file=sys.stderr)
            problems = run_problems(assignment, _grading_config(args))
        if problems:
            status = 1
            print(f"{assignment.name} ({assignment.folder}): {len(problems)} problem(s)")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"{assignment.name} ({assignment.folder}): complete"
                  + ("" if args.run else " (static checks; --run also runs the notebooks)"))
    return status


def _grade(root: Path, config: GradingConfig, *, force: bool, only, quiet: bool, names=None) -> int:
    from autograder.course.folder import chosen_courses
    from autograder.course.lock import CourseLock, command_line

    courses = chosen_courses(root, names)
    if only and len(courses) > 1:
        # --student grades those students in the assignments they submitted
        courses = [c for c in courses if set(only) & set(c.students())] or courses[:1]
    for course in courses:
        course.load_source()  # no course, no lock file made in a stray folder
    status = 0
    with CourseLock(root, command_line()):
        for course in courses:
            if len(courses) > 1 and not quiet:
                print(f"== {course.assignment.name}")
            status = max(status, _grade_locked(course, config, force=force, only=only, quiet=quiet))
            if status == 130:
                break
    return status


def _grade_locked(course, config: GradingConfig, *, force: bool, only, quiet: bool) -> int:
    import shlex

    from autograder.course.classrun import FORCED_PENDING_FILE, ForcedRegrades, RunInterrupted, grade_course
    from autograder.outputs.grades import course_overrides, table
    from autograder.common.terminal import say

    root = course.root
    try:
        # what the run says (the sandbox's description among it) is wrapped to fit a terminal's width
        results = grade_course(root, config, force=force, only=only, progress=not quiet,
                               log=(lambda *a: None) if quiet else say, assignment=course.assignment)
    except RunInterrupted as exc:
        print(f"\nautograder: {exc}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        # Ctrl-C before grading started (while calibrating): a --force run's students are all still owed
        left = len(ForcedRegrades(course.state / FORCED_PENDING_FILE).students) if force else 0
        if not left:
            raise
        print(f"\nautograder: interrupted before any submission was graded; run `autograder grade "
              f"{shlex.quote(str(root))} --assignment {course.assignment.name}` (without --force) to regrade "
              f"the {left} "
              f"student{'' if left == 1 else 's'} not yet done", file=sys.stderr)
        return 130
    if not quiet:
        from autograder.outputs.grades import class_lateness

        # a TA's formgrader scores are the final ones; late penalties come off them (warned about in grade)
        print(table(course.assignment, results, course_overrides(course),
                    class_lateness(course, results, log=lambda *a: None)))
        name = course.assignment.name
        say(f"\nwrote {root / 'grades' / (name + '.json')}, {root / 'grades' / (name + '.csv')} and the course's "
            f"{root / 'grades.json'}; logs in {course.state / 'logs'}")
    from autograder.outputs.class_report import report_after_grading

    summary = report_after_grading(course, results, course_overrides(course, log=lambda *a: None))
    if not quiet:
        say("\n" + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
