"""Do the checks give the same verdicts and say the same words in every course?

Grades the solution corpus (with the instructor's solutions) under the audit's secret and
under ``--secrets`` more (five in all by default), each solution once with its checks run under
every secret in turn (see :mod:`autograder.audit.runner`), and prints, per solution whose
result depends on the secret: the first failing check and its message under each secret, and
the score. ``--every-check`` runs every check under every secret (the per-check verdicts the
issue asks to be identical), not only up to the first failure. ``--mutants`` also judges every
mutant of both operator families under every secret (its plan run once, its checks up to the first
failure under each secret) and prints those killed under some secrets and not others.

Usage: ``.venv/bin/python benchmarks/draw_independence.py [--secrets 4] [--every-check] [--mutants]
[--exercise EX]``.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # genomics.py: the first assignment

from genomics import GENOMICS  # noqa: E402
from autograder.audit.runner import AUDIT_LABEL, run_audit  # noqa: E402
from autograder.course.secret import CourseSecret  # noqa: E402


def graders_part(message: str) -> str:
    """A message without what the student's own code raised (theirs, not the grader's)."""
    return re.sub(r"raised (\w+): [^;]*", r"raised \1: ...", message)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--secrets", type=int, default=4, help="secrets besides the audit's (default 4)")
    parser.add_argument("--every-check", action="store_true", help="every check under every secret")
    parser.add_argument("--exercise", action="append", help="only this exercise (repeatable)")
    parser.add_argument("--mutants", action="store_true", help="every mutant under every secret too")
    args = parser.parse_args()
    labels = [f"course {chr(ord('A') + k)}" for k in range(args.secrets)]
    others = {label: CourseSecret(hashlib.sha256(label.encode()).digest()) for label in labels}
    started = time.perf_counter()
    report = run_audit(GENOMICS, log=lambda *a: None, other_secrets=others, mutants=args.mutants,
                       exercises=args.exercise,
                       matrix=args.every_check, matrix_everywhere=args.every_check,
                       mutant_secrets=others if args.mutants else None)
    seconds = time.perf_counter() - started
    rows = verdict_rows = message_rows = 0
    for ex, ours in report.verdicts[AUDIT_LABEL].items():
        for k, row in enumerate(ours):
            rows += 1
            under = {label: report.verdicts[label][ex][k] for label in report.verdicts}
            failed = {tuple(r.failed) if args.every_check else (r.first_failure or ("-",))[0]
                      for r in under.values()}
            messages = {graders_part(r.first_failure[1]) if r.first_failure else "" for r in under.values()}
            if len(failed) == 1 and len(messages) == 1:
                continue
            verdict_rows += len(failed) > 1
            message_rows += len(failed) == 1
            print(f"{ex}/{row.entry.name}:")
            for label, r in under.items():
                name, text = r.first_failure or ("-", "")
                print(f"  {label:9} {r.score:6.3g}  {name}: {text[:160]}"
                      + (f"  [failed: {', '.join(r.failed)}]" if args.every_check else ""))
    what = "failed checks" if args.every_check else "first failing check"
    print(f"\n{rows} solutions under {len(report.verdicts)} secrets: {verdict_rows} with another {what} under "
          f"some secret, {message_rows} more whose first message reads differently")
    if args.mutants:
        judged = dependent = 0
        for family, audits in report.families.items():
            for ex, audit in audits.items():
                judged += len(audit.outcomes)
                for o in audit.draw_dependent:
                    dependent += 1
                    print(f"  mutant {family}/{ex} {o.mutant.id} [{o.mutant.operator}] killed under "
                          f"{'audit, ' if o.killed else ''}{', '.join(o.killed_under) or 'no other secret'}: "
                          f"{o.mutant.describe()[:160]}")
        print(f"{judged} mutants under {len(others) + 1} secrets: {dependent} killed under some and not others")
    print(f"({seconds:.0f} s)")


if __name__ == "__main__":
    main()
