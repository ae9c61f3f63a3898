"""Do two grades documents of one assignment agree, timing fields aside?

A refactor of the grader must grade every notebook as before. Grade the demo class before and
after, then::

    .venv/bin/python benchmarks/same_grades.py BEFORE/grades.json AFTER/grades/genomics_applications.json

Either file may be a per-assignment document (``{"assignment", "students"}``) or a course file
(``{"assignments": {...}}``, with ``--assignment NAME`` when it holds several). Prints the students
whose entries differ, field by field, and exits 1 when any does.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

#: fields that measure the run, not the grade
TIMING = {"seconds"}


def assignment_document(path: Path, name: str | None) -> dict:
    document = json.loads(path.read_text())
    if "assignments" in document:
        held = document["assignments"]
        if name is None and len(held) != 1:
            raise SystemExit(f"{path} holds {', '.join(held)}: give --assignment")
        return held[name] if name else next(iter(held.values()))
    return document


def without_timing(value):
    if isinstance(value, dict):
        return {k: without_timing(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [without_timing(v) for v in value]
    return value


def differences(before: dict, after: dict) -> list[str]:
    lines = []
    if before.get("assignment") != after.get("assignment"):
        lines.append(f"assignment: {before.get('assignment')!r} -> {after.get('assignment')!r}")
    old, new = without_timing(before["students"]), without_timing(after["students"])
    for student in sorted(set(old) | set(new)):
        if student not in new or student not in old:
            lines.append(f"{student}: {'only before' if student in old else 'only after'}")
        elif old[student] != new[student]:
            both = set(old[student]) | set(new[student])
            keys = sorted(k for k in both if old[student].get(k) != new[student].get(k))
            lines.append(f"{student}: " + "; ".join(f"{k}: {old[student].get(k)!r} -> {new[student].get(k)!r}"
                                                     for k in keys))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--assignment")
    args = parser.parse_args()
    before = assignment_document(args.before, args.assignment)
    after = assignment_document(args.after, args.assignment)
    lines = differences(before, after)
    for line in lines:
        print(line)
    print(f"{len(before['students'])} student(s) before, {len(after['students'])} after; "
          f"{len(lines)} difference(s) (timing fields aside)")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
