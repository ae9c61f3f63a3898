"""The grader's process limit (``ulimit -u``) against the tasks a run of several jobs starts.

Linux charges every task of every kernel to the host uid that owns the kernels' outermost user
namespace: the grader's uid, whether kernels run as the grader, on subordinate uids, or nested in
namespaces of their own. For an ordinary user, those tasks count against the grader's own
RLIMIT_NPROC, beside everything else the user runs. When the limit is too low, a student's thread
or process fails to start at random (``BlockingIOError``, torch's pool refusing to grow), and the
notebook loses marks for nothing it did. A run therefore raises its soft limit to what it needs
when the hard limit allows, and otherwise runs fewer jobs, saying why, or refuses to start.
(Root is exempt: a root grader's kernels run on uids of their own.)
"""
from __future__ import annotations

import dataclasses
import os
import resource
from dataclasses import dataclass
from pathlib import Path

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem


def run_tasks(jobs: int, max_processes: int) -> int:
    """The most tasks a run of ``jobs`` job slots has at once: per slot a template and a kernel, and one
    more kernel's worth for the calibration and a kernel being replaced, each at most ``max_processes``."""
    return (2 * jobs + 1) * max_processes


@dataclass(frozen=True)
class ProcessPlan:
    """What a run does about the process limit: the soft limit to set (None: leave it), the jobs to run,
    and a line to print (None: nothing to say)."""

    soft: int | None
    jobs: int
    message: str | None = None


def plan(jobs: int, max_processes: int, running: int, soft: int, hard: int) -> ProcessPlan:
    """Fit a run to the process limit.

    Parameters
    ----------
    jobs, max_processes : int
        The run's ``--jobs`` and ``--max-processes``.
    running : int
        Tasks (processes and threads) of the grader's uid already running.
    soft, hard : int
        RLIMIT_NPROC (``resource.RLIM_INFINITY`` for no limit).

    Raises
    ------
    EnvironmentProblem
        When even one job does not fit under the hard limit.
    """
    unlimited = resource.RLIM_INFINITY
    need = running + run_tasks(jobs, max_processes)
    if soft == unlimited or need <= soft:
        return ProcessPlan(None, jobs)
    if hard == unlimited or need <= hard:
        return ProcessPlan(2 * need if hard == unlimited else min(hard, 2 * need), jobs)  # with room to spare
    fits = ((hard - running) // max_processes - 1) // 2  # the most jobs with run_tasks(jobs) <= hard - running
    advice = (f"ask an administrator to raise nproc for this user (/etc/security/limits.conf) to at least "
              f"{need}, or lower --max-processes")
    if fits < 1:
        raise EnvironmentProblem(
            f"your process limit (ulimit -u) is {hard}, and {running} tasks of yours already run: even one job, "
            f"whose kernels may have {max_processes} tasks each ({run_tasks(1, max_processes)} at once), does "
            f"not fit, and a student's threads would fail to start at random; {advice}")
    return ProcessPlan(hard, fits, (
        f"running {fits} job(s), not {jobs}: your process limit (ulimit -u) is {hard} and {running} tasks of "
        f"yours already run, while {jobs} jobs may need {run_tasks(jobs, max_processes)} more (each kernel up "
        f"to {max_processes}); with more, a student's threads could fail to start and cost marks. To run "
        f"{jobs}, {advice}"))


def tasks_of(uid: int, proc: Path = Path("/proc")) -> int:
    """Tasks (threads included) whose real uid is ``uid``, as RLIMIT_NPROC counts them."""
    count = 0
    for status in proc.glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
            if int(fields["Uid"].split()[0]) == uid:
                count += int(fields["Threads"])
        except (OSError, KeyError, ValueError):
            continue  # a process gone meanwhile, or a file we may not read
    return count


def fit_to_process_limit(config: GradingConfig, log=print) -> GradingConfig:
    """``config`` with as many jobs as the grader's process limit allows, that limit raised as far as
    needed (within the hard limit); unchanged for root."""
    if os.geteuid() == 0:
        return config
    soft, hard = resource.getrlimit(resource.RLIMIT_NPROC)
    if soft == resource.RLIM_INFINITY:
        return config
    decided = plan(config.jobs, config.max_processes, tasks_of(os.getuid()), soft, hard)
    if decided.soft is not None:
        resource.setrlimit(resource.RLIMIT_NPROC, (decided.soft, hard))
    if decided.message:
        log(decided.message)
    return config if decided.jobs == config.jobs else dataclasses.replace(config, jobs=decided.jobs)
