"""Where a submission's kernels come from: the warm fork server, or a fresh sandbox."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from autograder.config import GradingConfig
from autograder.errors import EnvironmentProblem
from autograder.notebooks import PlannedCell
from autograder.worker import PopenWorker, Worker


def common_prefix(plan: list[PlannedCell]) -> list[PlannedCell]:
    """The instructor cells a plan starts with (the same for every student)."""
    prefix = []
    for cell in plan:
        if cell.owner != "instructor":
            break
        prefix.append(cell)
    return prefix


class KernelSource:
    """Hands each submission a kernel factory and how many plan cells it preloads.

    With a zygote, kernels are forked from a warm interpreter that has already
    run the instructor's leading cells; a plan that starts differently (a
    student cell added at the very top) gets fresh sandboxes instead.
    """

    def __init__(self, launcher, config: GradingConfig, zygote=None) -> None:
        self.launcher = launcher
        self.config = config
        self.zygote = zygote

    @classmethod
    def create(cls, launcher, config: GradingConfig, instructor_plan: list[PlannedCell], log=print):
        if getattr(launcher, "name", "") != "bwrap":
            return cls(launcher, config)
        from autograder.zygote import Zygote

        zygote = Zygote(launcher, config, common_prefix(instructor_plan))
        try:
            zygote.start()
        except EnvironmentProblem as exc:
            log(f"warning: no fork server ({exc}); every kernel starts cold (slower)")
            return cls(launcher, config)
        return cls(launcher, config, zygote)

    def for_plan(self, plan: list[PlannedCell], submission_dir: Path | None
                 ) -> tuple[Callable[[], Worker], int]:
        if self.zygote is not None and self.zygote.matches(plan):
            return (lambda: self.zygote.new_kernel(submission_dir)), len(self.zygote.prefix)
        return (lambda: PopenWorker(self.launcher.launch(submission_dir),
                                    self.config.output_limit_bytes)), 0

    def describe(self) -> str:
        text = self.launcher.describe()
        return text + ("; kernels forked from a warm, sandboxed fork server" if self.zygote else "")

    def cell_seconds(self) -> dict[str, float]:
        return dict(self.zygote.cell_seconds) if self.zygote else {}

    def close(self) -> None:
        if self.zygote is not None:
            self.zygote.stop()
