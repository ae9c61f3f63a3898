"""Cancelling a run kills every kernel, also one that was starting when the cancel came."""
import threading

import pytest

from autograder.course.classrun import CancellableKernels, GradingCancelled


class FakeKernel:
    def __init__(self) -> None:
        self.killed = False

    def kill(self) -> None:
        self.killed = True


class SlowSource:
    """A kernel source whose kernels take until ``release`` is set to start."""

    def __init__(self) -> None:
        self.starting = threading.Event()
        self.release = threading.Event()
        self.made: list[FakeKernel] = []

    def for_plan(self, plan, submission_dir):
        def make():
            self.starting.set()
            assert self.release.wait(10)
            kernel = FakeKernel()
            self.made.append(kernel)
            return kernel
        return make, 0


def test_a_kernel_that_finishes_starting_after_the_cancel_is_killed_and_never_handed_out():
    source = SlowSource()
    kernels = CancellableKernels(source)
    new_kernel, _ = kernels.for_plan([], None)
    outcome = {}

    def start():
        try:
            outcome["kernel"] = new_kernel()
        except GradingCancelled:
            outcome["cancelled"] = True

    thread = threading.Thread(target=start)
    thread.start()
    assert source.starting.wait(10)
    kernels.cancel()  # the kernel is still starting: the cancel cannot see it yet
    source.release.set()
    thread.join(10)
    assert outcome == {"cancelled": True}
    assert [k.killed for k in source.made] == [True]


def test_kernels_handed_out_before_a_cancel_are_killed_by_it_and_no_new_one_starts():
    source = SlowSource()
    source.release.set()
    kernels = CancellableKernels(source)
    new_kernel, _ = kernels.for_plan([], None)
    first, second = new_kernel(), new_kernel()
    assert not first.killed and not second.killed
    kernels.cancel()
    assert first.killed and second.killed
    with pytest.raises(GradingCancelled):
        new_kernel()
    assert len(source.made) == 2
