"""What an ordinary user's subordinate uid costs a template's start, against the user's own uid.

With subordinate ids (``autograder/sandbox/subids.py``) each template starts through ``stage.py``,
which makes a user namespace, has ``newuidmap``/``newgidmap`` write its maps from a helper process,
stages the sources and switches uid before it executes bubblewrap; with ``--sandbox-uid`` set to
the user's own uid, bubblewrap starts directly. This script starts a cold template (no warm-up, so
the difference is not lost in import times) ``--runs`` times in each mode, alternating, and prints
the median and each time. The stage executes bubblewrap and the helper exits, so no process
stays resident for it: the memory cost is nil.

Usage, as an ordinary user who has subordinate ids: ``.venv/bin/python benchmarks/identity_cost.py``
(about 20 s).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def start_times(sandbox_uid: int | None, runs: int) -> tuple[str, list[float]]:
    from autograder.common.config import GradingConfig
    from autograder.sandbox.launch import SandboxLauncher
    from autograder.sandbox.template import Template

    config = GradingConfig(sandbox="bwrap", sandbox_uid=sandbox_uid)
    launcher = SandboxLauncher(config)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        template = Template(launcher, config, [], warm=False)
        template.start()
        times.append(time.perf_counter() - started)
        template.stop()
    return launcher.policy.mode, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    if os.geteuid() == 0:
        raise SystemExit("run this as an ordinary user: root's templates lease dedicated uids instead")
    results: dict[str, list[float]] = {}
    for _ in range(2):  # alternate, so that a slower minute of the machine hits both modes
        for sandbox_uid in (None, os.getuid()):
            mode, times = start_times(sandbox_uid, args.runs)
            results.setdefault(mode, []).extend(times)
    for mode, times in results.items():
        print(f"{mode:7s} cold template start: median {statistics.median(times):.3f} s over {len(times)} "
              f"({', '.join(f'{t:.2f}' for t in times)})")
    if "subids" not in results:
        print("(this user has no subordinate ids or no newuidmap: both runs used the user's own uid)")


if __name__ == "__main__":
    main()
