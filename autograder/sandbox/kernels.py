"""Where a submission's kernels come from.

:class:`KernelSource` hands each submission a kernel factory: kernels forked
from the class's warm template, or, for a plan that starts differently (a
student cell at the very top), :class:`~autograder.sandbox.template.ColdKernel`
s, which are confined the same way. Before the class is graded it checks,
from inside a real kernel and from the host, that the sandbox holds no host
privilege (``invariants.py``).

``--sandbox none`` (:class:`~autograder.sandbox.unconfined.UnconfinedLauncher`)
runs kernels as plain processes: for notebooks you trust only.
"""
from __future__ import annotations

import threading
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from autograder.common.config import GradingConfig
from autograder.grading.notebooks import PlannedCell
from autograder.sandbox.worker import PopenWorker, Worker


def common_prefix(plan: list[PlannedCell]) -> list[PlannedCell]:
    """The instructor cells a plan starts with (the same for every student)."""
    prefix = []
    for cell in plan:
        if cell.owner != "instructor":
            break
        prefix.append(cell)
    return prefix


class KernelSource:
    """Kernel factories for the submissions of one grading run.

    A root grader's run holds one warm template per job slot, each on a host
    uid of its own (``uid_pool.py``): a notebook takes a free template for its
    whole grading (its main kernel, the kernels that replace it, its side
    kernel) and gives it back when it is graded, so kernels alive at the same
    time for different notebooks never share a host uid. An ordinary user's
    kernels are that user whatever template forks them: one template serves
    every slot.

    Parameters
    ----------
    launcher : SandboxLauncher or UnconfinedLauncher
    config : GradingConfig
    templates : list of Template, optional
        The class's warm templates, started and checked (sandboxed runs only).
    """

    def __init__(self, launcher, config: GradingConfig, templates: list | None = None) -> None:
        self.launcher = launcher
        self.config = config
        self.templates = list(templates or [])
        self._free = list(self.templates)
        self._lock = threading.Lock()

    @property
    def template(self):
        """The first template (None without a sandbox)."""
        return self.templates[0] if self.templates else None

    @classmethod
    def create(cls, launcher, config: GradingConfig, instructor_plan: list[PlannedCell],
               prefix: list[PlannedCell] | None = None, slots: int = 1) -> "KernelSource":
        """Start the class's templates (``slots`` of them, at once) and check the sandbox's invariants in each.

        Each template runs the instructor cells every plan starts with, or
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
        cells = common_prefix(instructor_plan) if prefix is None else prefix
        count = max(1, slots) if launcher.policy.identity.switch else 1
        source = cls(launcher, config)
        if count == 1:
            source._add(_checked_template(launcher, config, cells))
            return source
        with ThreadPoolExecutor(max_workers=count) as pool:
            started = [pool.submit(_checked_template, launcher, config, cells) for _ in range(count)]
            failures = []
            for future in started:
                try:
                    source._add(future.result())
                except BaseException as exc:  # noqa: BLE001 - reported below, after the others are stopped
                    failures.append(exc)
        if failures:
            source.close()
            raise failures[0]
        return source

    def _add(self, template) -> None:
        with self._lock:
            self.templates.append(template)
            self._free.append(template)

    def _take(self):
        """A template no other notebook holds; a new one if every template is held."""
        with self._lock:
            if self._free:
                return self._free.pop()
            first = self.templates[0]
        # more notebooks at once than slots (a caller that grades outside the job pool): one more
        # template, on a uid of its own, rather than two notebooks' kernels on one uid
        template = _checked_template(self.launcher, self.config, first.prefix)
        with self._lock:
            self.templates.append(template)
        return template

    def _give_back(self, template) -> None:
        with self._lock:
            if template in self.templates and template not in self._free:
                self._free.append(template)

    def for_plan(self, plan: list[PlannedCell], submission_dir: Path | None
                 ) -> tuple[Callable[[], Worker], int]:
        """A kernel factory for this plan and how many of its cells kernels have already run.

        The factory holds a template (a host uid) until its ``release()``, or until it is
        garbage: call ``release()`` once the notebook's kernels are stopped.
        """
        if self.launcher.name == "none":
            return (lambda: PopenWorker(self.launcher.launch(submission_dir),
                                        self.config.output_limit_bytes)), 0
        from autograder.sandbox.template import ColdKernel

        if self.templates and self.templates[0].matches(plan):
            template = self._take() if self.launcher.policy.identity.switch else self.templates[0]
            return SlotKernels(self, template, submission_dir), len(template.prefix)
        # a cold kernel is a template of its own, with a uid leased for itself
        return (lambda: ColdKernel(self.launcher, self.config, submission_dir)), 0

    def host_uids(self) -> list[int]:
        return sorted({t.host_ids.uid for t in self.templates})

    def describe(self) -> str:
        text = self.launcher.describe()
        if not self.templates:
            return text
        uids = self.host_uids()
        if self.launcher.policy.identity.switch:
            return (text + f"; kernels forked from {len(self.templates)} warm, sandboxed template(s), one per job "
                           f"slot; this run holds host uid(s) {', '.join(map(str, uids))}")
        return text + "; kernels forked from a warm, sandboxed template"

    def cell_seconds(self) -> dict[str, float]:
        return dict(self.templates[0].cell_seconds) if self.templates else {}

    def close(self) -> None:
        with self._lock:
            templates, self.templates, self._free = self.templates, [], []
        if len(templates) > 1:  # at once: a Ctrl-C stops within seconds however many slots
            with ThreadPoolExecutor(max_workers=len(templates)) as pool:
                list(pool.map(lambda t: t.stop(), templates))
        elif templates:
            templates[0].stop()


class SlotKernels:
    """``new_kernel()`` for one notebook: kernels forked from the template it holds."""

    def __init__(self, source: KernelSource, template, submission_dir: Path | None) -> None:
        self.template = template
        self.submission_dir = submission_dir
        # a factory dropped without release() still gives its template back
        self._finalizer = weakref.finalize(self, source._give_back, template)

    def __call__(self) -> Worker:
        return self.template.new_kernel(self.submission_dir)

    def release(self) -> None:
        self._finalizer()


def _checked_template(launcher, config: GradingConfig, prefix: list[PlannedCell]):
    """A started template whose sandbox holds no host privilege (checked in it and from the host)."""
    from autograder.sandbox.invariants import verify_unprivileged
    from autograder.sandbox.template import Template

    template = Template(launcher, config, prefix)
    template.start()
    try:
        verify_unprivileged(template)
    except BaseException:
        template.stop()
        raise
    return template
