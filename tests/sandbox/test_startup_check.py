"""The grader refuses to grade when a real sandbox would give student code host root.

To build such a sandbox for real, these tests start bubblewrap straight from a root
grader, without switching to the sandbox uid (what the grader did before this check
existed): the template is then host uid 0 inside its user namespace.
"""
from __future__ import annotations

import pytest

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.grading.notebooks import PlannedCell
from autograder.sandbox import launch
from autograder.sandbox.identity import SandboxIdentity
from autograder.sandbox.invariants import verify_unprivileged
from autograder.sandbox.kernels import KernelSource
from autograder.sandbox.launch import SandboxLauncher
from autograder.sandbox.template import Template

#: must also hold when an ordinary user grades (the ordinary-user run of test_ordinary_user.py)
pytestmark = [pytest.mark.root_only, pytest.mark.ordinary_user]


def as_root_without_switching(monkeypatch):
    monkeypatch.setattr(launch, "resolve_identity", lambda uid: SandboxIdentity(0, 0, switch=False))


def test_a_template_running_as_host_root_is_refused(monkeypatch):
    as_root_without_switching(monkeypatch)
    config = GradingConfig()
    template = Template(SandboxLauncher(config), config, [])
    template.start()
    try:
        with pytest.raises(EnvironmentProblem) as info:
            verify_unprivileged(template)
    finally:
        template.stop()
    message = str(info.value)
    assert message.startswith("refusing to grade")
    assert "the template runs as host uid 0" in message
    assert "a student kernel runs as host uid 0" in message


def test_the_class_run_stops_before_any_student_code_runs(monkeypatch):
    as_root_without_switching(monkeypatch)
    config = GradingConfig()
    with pytest.raises(EnvironmentProblem, match="refusing to grade"):
        KernelSource.create(SandboxLauncher(config), config, [PlannedCell("setup", "x = 1", "instructor")])


def test_the_same_check_passes_for_the_real_sandbox():
    config = GradingConfig()
    source = KernelSource.create(SandboxLauncher(config), config, [PlannedCell("setup", "x = 1", "instructor")])
    source.close()
