"""How long the README's test command takes, and where the time goes.

Runs the second command of the README's Quick start (the whole suite, as CI runs it) with
``--durations=50``, or with ``--fast`` the edit-test tier (``-m "not slow"``), and prints the
wall time and the slowest setups and calls. The table is written to
``benchmarks/results/suite_durations.txt`` as well.

Usage: ``.venv/bin/python benchmarks/suite_time.py [--fast]`` from the repository root.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_test_command() -> list[str]:
    block = (ROOT / "README.md").read_text().split("## Quick start", 1)[1].split("```bash", 1)[1].split("```")[0]
    return shlex.split([line for line in block.strip().splitlines() if line.strip()][1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fast", action="store_true", help='only the edit-test tier, -m "not slow"')
    args = parser.parse_args()
    command = readme_test_command() + ["-p", "no:cacheprovider", "--durations=50"]
    if args.fast:
        command += ["-m", "not slow"]
    print("running:", " ".join(command), f"({os.cpu_count()} cores)", flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    table = [line for line in done.stdout.splitlines() if re.match(r"^\d+\.\d+s (setup|call|teardown) ", line)]
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    text = "\n".join([f"wall {wall:.0f} s ({wall / 60:.1f} min) on {os.cpu_count()} cores: {summary}",
                      "slowest durations:", *table])
    print(text)
    out = ROOT / "benchmarks" / "results" / ("suite_durations_fast.txt" if args.fast else "suite_durations.txt")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
