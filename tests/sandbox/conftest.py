"""Real kernels of every kind the grader makes, for the sandbox tests.

``forked``: from the class's warm template; ``cold``: a kernel with a template
of its own; ``forked-no-cgroup``: forked, bounded by the supervisor and rlimits
only (what a grader running as an ordinary user gets).
"""
from __future__ import annotations

import os

import pytest

from autograder.common.config import GradingConfig
from autograder.grading.notebooks import PlannedCell
from autograder.sandbox.launch import SandboxLauncher
from autograder.sandbox.template import ColdKernel, Template
from autograder.grading.session import KernelSession

BASE = dict(sandbox="bwrap", check_timeout_floor_s=4, cell_timeout_floor_s=6, memory_mb=1024,
            max_processes=48)
#: an ordinary user can make no cgroup, so for one "forked" already is "forked-no-cgroup"
KINDS = ["forked", "cold", "forked-no-cgroup"] if os.geteuid() == 0 else ["forked", "cold"]


class Kernels:
    """A kind of kernel: ``kernel()`` gives an unstarted one; ``session(code)`` a running session."""

    def __init__(self, kind: str, config: GradingConfig, launcher: SandboxLauncher,
                 template: Template | None) -> None:
        self.kind, self.config, self.launcher, self.template = kind, config, launcher, template

    def kernel(self, submission_dir=None):
        if self.template is None:
            return ColdKernel(self.launcher, self.config, submission_dir)
        return self.template.new_kernel(submission_dir)

    def session(self, code: str, submission_dir=None) -> KernelSession:
        s = KernelSession([PlannedCell("cell", code, "student")],
                          lambda: self.kernel(submission_dir), self.config)
        s.run_plan()
        return s


@pytest.fixture(scope="module", params=KINDS)
def kernels(request):
    config = GradingConfig(**BASE, cgroups="off" if request.param.endswith("no-cgroup") else "auto")
    launcher = SandboxLauncher(config)
    template = None
    if request.param != "cold":
        template = Template(launcher, config, [])
        template.start()
    yield Kernels(request.param, config, launcher, template)
    if template is not None:
        template.stop()


def running_as_root() -> bool:
    return os.geteuid() == 0
