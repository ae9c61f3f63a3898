"""How long the README's test command takes, and where the time goes.

Runs the second command of the README's Quick start (the whole suite, as CI runs it) with
``--durations=0``, or with ``--fast`` the edit-test tier (``-m "not slow"``), and prints:

* the wall time and the machine's busy CPU-seconds over the run (from ``/proc/stat``: the suite is
  CPU-bound on 2 cores, so wall time is about busy CPU-seconds / 2, and the busy seconds say what a
  change saved even when another run's machine was slower);
* the worker-seconds each test module held (setup, call and teardown summed): what to cut first;
* the slowest 50 setups and calls.

The text is written to ``benchmarks/results/suite_durations.txt`` (``suite_durations_fast.txt``) as
well. ``--from LOG`` summarises the saved output of an earlier ``pytest --durations=0`` run instead.

Usage: ``.venv/bin/python benchmarks/suite_time.py [--fast] [--from LOG]`` from the repository root.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DURATION = re.compile(r"^(\d+\.\d+)s (setup|call|teardown)\s+(\S+?)::")


def readme_test_command() -> list[str]:
    block = (ROOT / "README.md").read_text().split("## Quick start", 1)[1].split("```bash", 1)[1].split("```")[0]
    return shlex.split([line for line in block.strip().splitlines() if line.strip()][1])


def busy_cpu_seconds() -> float:
    """Every core's non-idle time since boot (user, nice, system, irq, softirq, steal), in seconds."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def summarise(stdout: str) -> list[str]:
    """Per-module worker-seconds and the 50 slowest items of a ``--durations=0`` output."""
    items = [line for line in stdout.splitlines() if DURATION.match(line)]
    modules: collections.Counter = collections.Counter()
    for line in items:
        seconds, _, path = DURATION.match(line).groups()
        modules[path] += float(seconds)
    lines = [f"worker-seconds per module (sum {sum(modules.values()):.0f}):"]
    lines += [f"{seconds:8.0f}  {path}" for path, seconds in modules.most_common() if seconds >= 1.0]
    return lines + ["slowest items:", *items[:50]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fast", action="store_true", help='only the edit-test tier, -m "not slow"')
    parser.add_argument("--from", dest="log", type=Path, help="summarise this saved pytest output instead")
    args = parser.parse_args()
    if args.log is not None:
        print("\n".join(summarise(args.log.read_text())))
        return
    command = readme_test_command() + ["-p", "no:cacheprovider", "--durations=0"]
    if args.fast:
        command += ["-m", "not slow"]
    print("running:", " ".join(command), f"({os.cpu_count()} cores)", flush=True)
    busy, started = busy_cpu_seconds(), time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall, busy = time.perf_counter() - started, busy_cpu_seconds() - busy
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    text = "\n".join([f"wall {wall:.0f} s ({wall / 60:.1f} min) on {os.cpu_count()} cores, "
                      f"{busy:.0f} busy CPU-s: {summary}", *summarise(done.stdout)])
    print(text)
    out = ROOT / "benchmarks" / "results" / ("suite_durations_fast.txt" if args.fast else "suite_durations.txt")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
