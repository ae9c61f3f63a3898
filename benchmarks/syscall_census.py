"""Which system calls do student kernels make? A census with strace.

Runs a command (a grading run, a test module, ``autograder demo``) under
``strace -f`` and lists every system call made by a process under the
kernels' seccomp filter: the kernel's PID 1 from the moment it loads the
filter, and every process and thread descended from it. The grader's own
calls, the template's and bubblewrap's are left out: the filter never sees
them. Each call is then set against ``autograder/sandbox/seccomp_policy.py``:
allowed, refused by name, or refused as not on the allow list.

This is how the allow list was found (and how to check it after an upgrade of
Python, numpy, torch, pandas or matplotlib): run the demo class and the
sandbox tests under the census and look at the ``not allowed`` column. Calls
the attack notebooks make on purpose are expected there; anything a correct
solution or a legitimate library path makes is a call the list is missing
(its caller sees ``ENOSYS``).

Usage (as root, which may trace the sandbox's processes)::

    .venv/bin/python benchmarks/syscall_census.py --trace /tmp/demo.strace -- \\
        .venv/bin/autograder demo /tmp/census-demo --whole-corpus
    .venv/bin/python benchmarks/syscall_census.py --trace /tmp/demo.strace   # parse again
    .venv/bin/python benchmarks/syscall_census.py --trace a.strace --trace b.strace --json

Tracing slows the kernels several times over; give the run generous time
limits (``--cell-timeout-floor``, ``--check-timeout-floor``).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autograder.sandbox import seccomp_policy  # noqa: E402

STRACE_ARGS = ("-f", "-qq", "-s", "0", "--pidns-translation", "-e", "signal=none")
LINE = re.compile(r"^(\d+)\s+(?:<\.\.\. (\w+) resumed>|(\w+)\()")
#: what a fork returns, translated into strace's PID namespace when it differs
CHILD = re.compile(r"= (\d+)(?: /\* (\d+) in strace's PID NS \*/)?\s*$")
FORKS = {"clone", "clone3", "fork", "vfork"}
#: the filter is in force for a task once one of these returned 0
LOADS_FILTER = re.compile(r"(?:prctl\(PR_SET_SECCOMP, SECCOMP_MODE_FILTER|seccomp\(SECCOMP_SET_MODE_FILTER).*= 0\s*$")


def run_traced(trace: Path, command: list[str]) -> int:
    strace = shutil.which("strace")
    if strace is None:
        raise SystemExit("strace is not installed (apt-get install strace)")
    return subprocess.call([strace, *STRACE_ARGS, "-o", str(trace), *command])


def census(trace: Path) -> tuple[Counter, dict[str, set[int]]]:
    """(calls made under the filter, per call the tasks that made it) from one trace."""
    parent: dict[int, tuple[int, int]] = {}  # task -> (the task that made it, at which line)
    loaded_at: dict[int, int] = {}
    with trace.open(errors="replace") as handle:  # first pass: who made whom, who loaded the filter
        pending: dict[int, str] = {}
        for number, line in enumerate(handle):
            match = LINE.match(line)
            if not match:
                continue
            tid, resumed, started = int(match.group(1)), match.group(2), match.group(3)
            name = resumed or started
            if started and line.rstrip().endswith("<unfinished ...>"):
                pending[tid] = started
                continue
            if resumed:
                pending.pop(tid, None)
            if name in FORKS:
                child = CHILD.search(line)
                if child:
                    parent[int(child.group(2) or child.group(1))] = (tid, number)
            elif name in ("prctl", "seccomp") and tid not in loaded_at and LOADS_FILTER.search(line):
                loaded_at[tid] = number

    def confined_from(tid: int, depth: int = 0) -> int | None:
        """The trace line after which ``tid`` runs under the filter (-1: all its life), if ever."""
        if tid in loaded_at:
            return loaded_at[tid]
        if tid not in parent or depth > 64:
            return None
        maker, line = parent[tid]
        since = confined_from(maker, depth + 1)
        return -1 if since is not None and line > since else None

    memo: dict[int, int | None] = {}
    calls: Counter = Counter()
    who: dict[str, set[int]] = defaultdict(set)
    with trace.open(errors="replace") as handle:
        for number, line in enumerate(handle):
            match = LINE.match(line)
            if not match or match.group(2):  # a resumed call was counted when it started
                continue
            tid, name = int(match.group(1)), match.group(3)
            if tid not in memo:
                memo[tid] = confined_from(tid)
            start = memo[tid]
            if start is None or number <= start:
                continue
            calls[name] += 1
            who[name].add(tid)
    return calls, who


def verdict(name: str) -> str:
    if name in seccomp_policy.allowed_names():
        return "allowed"
    if name in {call for call, _ in seccomp_policy.DENIED_SYSCALLS}:
        return "refused by name"
    return "not allowed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trace", type=Path, action="append", required=True,
                        help="strace output to write (with a command) or to read (without); repeatable")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("command", nargs="*", help="command to run under strace (after --)")
    args = parser.parse_args(argv)
    if args.command:
        if len(args.trace) != 1:
            parser.error("one --trace with a command")
        status = run_traced(args.trace[0], args.command)
        print(f"command exited with {status}", file=sys.stderr)
    calls: Counter = Counter()
    tasks: dict[str, set[int]] = defaultdict(set)
    for trace in args.trace:
        more, who = census(trace)
        calls.update(more)
        for name, tids in who.items():
            tasks[name] |= {(str(trace), tid) for tid in tids}
    rows = [{"call": name, "count": calls[name], "tasks": len(tasks[name]), "verdict": verdict(name)}
            for name in sorted(calls)]
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    for row in rows:
        print(f"{row['call']:<24} {row['count']:>10} {row['tasks']:>6}  {row['verdict']}")
    missing = [row["call"] for row in rows if row["verdict"] == "not allowed"]
    print(f"\n{len(rows)} calls made under the filter; not on the allow list: {' '.join(missing) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
