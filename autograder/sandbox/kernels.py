"""Where a submission's kernels come from.

:class:`KernelSource` hands each submission a kernel factory: kernels forked
from the class's warm template, or, for a plan that starts differently (a
student cell at the very top), :class:`~autograder.sandbox.template.ColdKernel`
s, which are confined the same way. Before the class is graded it checks,
from inside a real kernel and from the host, that the sandbox holds no host
privilege (``invariants.py``).

``--sandbox none`` (:class:`UnconfinedLauncher`) runs kernels as plain
processes: for notebooks you trust only.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Callable

from autograder.config import GradingConfig
from autograder.notebooks import PlannedCell
from autograder.sandbox.launch import copy_submission_files, kernel_env
from autograder.sandbox.worker import AGENT_DIR, LaunchSpec, PopenWorker, Worker


def common_prefix(plan: list[PlannedCell]) -> list[PlannedCell]:
    """The instructor cells a plan starts with (the same for every student)."""
    prefix = []
    for cell in plan:
        if cell.owner != "instructor":
            break
        prefix.append(cell)
    return prefix


class UnconfinedLauncher:
    """Runs kernels without a sandbox. Only for notebooks you trust."""

    name = "none"
    use_cgroups = False

    def __init__(self, config: GradingConfig) -> None:
        self.config = config

    def describe(self) -> str:
        return "NO SANDBOX (trusted notebooks only)"

    def enforcement(self) -> str:
        return "no sandbox"

    def launch(self, submission_dir: Path | None) -> LaunchSpec:
        import shutil

        scratch = Path(tempfile.mkdtemp(prefix="kernel-"))
        for name, data in (copy_submission_files(submission_dir) if submission_dir else {}).items():
            target = scratch / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        tmp = scratch / ".tmp"
        tmp.mkdir()
        env = kernel_env(str(scratch), str(tmp), str(Path(sys.executable).parent))
        argv = [sys.executable, "-s", "-P", str(AGENT_DIR / "agent.py")]
        return LaunchSpec(argv=argv, env=env, cwd=str(scratch),
                          cleanup=[lambda: shutil.rmtree(scratch, ignore_errors=True)],
                          limits=self.describe())


class KernelSource:
    """Kernel factories for the submissions of one grading run.

    Parameters
    ----------
    launcher : SandboxLauncher or UnconfinedLauncher
    config : GradingConfig
    template : Template, optional
        The class's warm template (sandboxed runs only).
    """

    def __init__(self, launcher, config: GradingConfig, template=None) -> None:
        self.launcher = launcher
        self.config = config
        self.template = template

    @classmethod
    def create(cls, launcher, config: GradingConfig, instructor_plan: list[PlannedCell],
               prefix: list[PlannedCell] | None = None) -> "KernelSource":
        """Start the class's template and check the sandbox's invariants in it.

        The template runs the instructor cells every plan starts with, or
        ``prefix`` when given: the audit's templates also run the instructor's
        solutions before the mutated cell (its kernels hold nothing else). A
        class's template must never be given a prefix that holds solutions.

        Raises
        ------
        EnvironmentProblem
            When the sandbox cannot start or would hold host privilege.
        """
        if launcher.name != "bwrap":
            return cls(launcher, config)
        from autograder.sandbox.invariants import verify_unprivileged
        from autograder.sandbox.template import Template

        template = Template(launcher, config, common_prefix(instructor_plan) if prefix is None else prefix)
        template.start()
        try:
            verify_unprivileged(template)
        except BaseException:
            template.stop()
            raise
        return cls(launcher, config, template)

    def for_plan(self, plan: list[PlannedCell], submission_dir: Path | None
                 ) -> tuple[Callable[[], Worker], int]:
        """A kernel factory for this plan and how many of its cells kernels have already run."""
        if self.launcher.name == "none":
            return (lambda: PopenWorker(self.launcher.launch(submission_dir),
                                        self.config.output_limit_bytes)), 0
        from autograder.sandbox.template import ColdKernel

        if self.template is not None and self.template.matches(plan):
            return (lambda: self.template.new_kernel(submission_dir)), len(self.template.prefix)
        return (lambda: ColdKernel(self.launcher, self.config, submission_dir)), 0

    def describe(self) -> str:
        text = self.launcher.describe()
        return text + ("; kernels forked from a warm, sandboxed template" if self.template else "")

    def cell_seconds(self) -> dict[str, float]:
        return dict(self.template.cell_seconds) if self.template else {}

    def close(self) -> None:
        if self.template is not None:
            self.template.stop()
