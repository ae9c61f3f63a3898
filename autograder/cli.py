"""``autograder``: make a course, grade a class, run the demo."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from autograder.config import GradingConfig
from autograder.errors import EnvironmentProblem


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
                             "never 0")
    parser.add_argument("--cgroups", choices=["auto", "off"],
                        help="'off' bounds kernels with their supervisor and rlimits only")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="autograder", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_init = sub.add_parser("init", help="make or refresh an nbgrader course folder")
    p_init.add_argument("course", type=Path)

    p_grade = sub.add_parser("grade", help="grade every submission of the course")
    p_grade.add_argument("course", type=Path)
    p_grade.add_argument("--force", action="store_true", help="regrade unchanged submissions too")
    p_grade.add_argument("--student", action="append", help="grade only this student (repeatable)")
    p_grade.add_argument("--quiet", action="store_true", help="no progress bar or table")
    _add_grading_options(p_grade)

    p_demo = sub.add_parser("demo", help="make a course, submit the solution corpus, grade, print")
    p_demo.add_argument("course", type=Path, nargs="?", default=Path("demo-course"))
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
    _add_grading_options(p_audit)

    _add_export_and_policy(sub)

    p_report = sub.add_parser("report", help="class report: COURSE/reports/index.html, figures, checks.csv")
    p_report.add_argument("course", type=Path)
    p_report.add_argument("--flag-below", dest="flag_below", type=_fraction, default=None, metavar="FRACTION",
                          help="flag students below this fraction of the max score (default 0.5)")

    from autograder.feedback import commands as feedback_commands

    feedback_commands.add_parsers(sub, _add_grading_options)

    args = parser.parse_args(argv)
    try:
        if args.command in ("init", "grade") and feedback_commands.not_a_notebook_course(args.command, args.course):
            print(f"autograder: {feedback_commands.not_a_notebook_course(args.command, args.course)}",
                  file=sys.stderr)
            return 2
        if args.command in COURSE_COMMANDS:
            from autograder.course import require_course

            require_course(args.course)  # a typo is named as one, and no stray course is suggested
        if args.command == "check" and args.secret_course is not None:
            from autograder.course import course_problem

            problem = course_problem(args.secret_course)
            if problem:
                raise EnvironmentProblem(f"--course {args.secret_course}: {problem}")
        if args.command == "init" and args.course.exists() and not args.course.is_dir():
            raise EnvironmentProblem(f"{args.course} is a file, not a course folder; give `autograder init` "
                                     "a folder (a new one, or an existing course to refresh)")
        if args.command == "feedback":
            return feedback_commands.run_feedback(args)
        if args.command == "check":
            from autograder import check_cli

            return check_cli.run(args, _grading_config(args))
        if args.command == "init":
            from autograder.course import init_course
            from autograder.course_lock import CourseLock, command_line

            with CourseLock(args.course, command_line()):
                course = init_course(args.course)
            print(f"course ready at {course.root}\n  source:  {course.source_notebook}\n"
                  f"  release: {course.release_notebook}")
            return 0
        if args.command == "grade":
            return _grade(args.course, _grading_config(args), force=args.force,
                          only=args.student, quiet=args.quiet)
        if args.command == "demo":
            from autograder.course import init_course
            from autograder.course_lock import CourseLock, command_line
            from autograder.demo import claim_demo_folder, submit_corpus

            config = _grading_config(args)
            claim_demo_folder(args.course)
            with CourseLock(args.course, command_line()):
                course = init_course(args.course)
                demo_class = submit_corpus(course)
                from autograder.terminal import say

                say(demo_class.summary(course))
                return _grade_locked(course.root, config, force=True, only=None, quiet=False)
        if args.command == "audit":
            return _audit(args)
        if args.command == "report":
            return _report(args.course, args.flag_below)
        if args.command in ("export", "policy"):
            from autograder.export_cli import run_export, run_policy

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


def _report(root: Path, flag_below: float | None) -> int:
    from autograder.class_report import DEFAULT_FLAG_BELOW, write_report
    from autograder.course import Course

    Course(root.resolve()).load_source()  # a course folder, or a message saying what is missing
    if not any((root / "autograder" / "results").glob("*.json")):
        raise EnvironmentProblem(f"no graded submission in {root}: run `autograder grade {root}` first")
    print(f"wrote {write_report(root, flag_below=DEFAULT_FLAG_BELOW if flag_below is None else flag_below)}")
    return 0


def _add_export_and_policy(sub) -> None:
    from autograder.export_cli import add_export_parser, add_policy_parser

    add_export_parser(sub)
    add_policy_parser(sub)


def _audit(args) -> int:
    import json

    from autograder.assignment import EXERCISES

    if args.clauses:
        from autograder.audit.clauses import markdown
        from autograder.classrun import load_checks

        print(markdown(load_checks()), end="")
        return 0
    from dataclasses import replace

    from autograder.audit import report as audit_report
    from autograder.audit.runner import AUDIT_CONFIG, run_audit

    unknown = [e for e in args.exercise or [] if e not in EXERCISES]
    if unknown:
        raise EnvironmentProblem(f"unknown exercise {unknown[0]!r}; choose from {', '.join(EXERCISES)}")
    overrides = {name: getattr(args, name) for name in GradingConfig.field_names()
                 if getattr(args, name, None) is not None}
    config = _checked(replace(AUDIT_CONFIG, **overrides))
    quiet = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr))
    from autograder.audit.runner import FAMILIES

    report = run_audit(config, args.exercise, corpus=args.corpus, log=quiet,
                       families=tuple(args.family or FAMILIES))
    if args.json:
        print(json.dumps(audit_report.to_json(report), indent=2))
    else:
        print(audit_report.text(report))
        if args.new_entries:
            print("\n" + audit_report.new_entries(report))
    return 0 if all(a.score >= report.target for audits in report.families.values() for a in audits.values()) else 1


def _grade(root: Path, config: GradingConfig, *, force: bool, only, quiet: bool) -> int:
    from autograder.course import Course
    from autograder.course_lock import CourseLock, command_line

    Course(root.resolve()).load_source()  # no course, no lock file made in a stray folder
    with CourseLock(root, command_line()):
        return _grade_locked(root, config, force=force, only=only, quiet=quiet)


def _grade_locked(root: Path, config: GradingConfig, *, force: bool, only, quiet: bool) -> int:
    import shlex

    from autograder.classrun import FORCED_PENDING_FILE, ForcedRegrades, RunInterrupted, grade_course
    from autograder.course import Course
    from autograder.report import course_overrides, table
    from autograder.terminal import say

    try:
        # what the run says (the sandbox's description among it) is wrapped to fit a terminal's width
        results = grade_course(root, config, force=force, only=only, progress=not quiet,
                               log=(lambda *a: None) if quiet else say)
    except RunInterrupted as exc:
        print(f"\nautograder: {exc}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        # Ctrl-C before grading started (while calibrating): a --force run's students are all still owed
        left = len(ForcedRegrades(Course(root.resolve()).state / FORCED_PENDING_FILE).students) if force else 0
        if not left:
            raise
        print(f"\nautograder: interrupted before any submission was graded; run `autograder grade "
              f"{shlex.quote(str(root))}` (without --force) to regrade the {left} "
              f"student{'' if left == 1 else 's'} not yet done", file=sys.stderr)
        return 130
    if not quiet:
        from autograder.report import class_lateness

        # a TA's formgrader scores are the final ones; late penalties come off them (warned about in grade)
        print(table(results, course_overrides(root), class_lateness(root, results, log=lambda *a: None)))
        say(f"\nwrote {root / 'grades.json'}, {root / 'grades.csv'}; logs in {root / 'autograder' / 'logs'}")
    from autograder.class_report import report_after_grading

    summary = report_after_grading(root, results, course_overrides(root, log=lambda *a: None))
    if not quiet:
        say("\n" + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
