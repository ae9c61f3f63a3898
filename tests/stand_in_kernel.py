"""A stand-in kernel for tests of the grader's side: the real pipe path, no confined process.

``ScriptedKernel(reply)`` answers each request the grader writes with ``reply(request) -> bytes``,
from a thread, as a kernel writes (a reply larger than the pipe must not block the grader), and the
grader reads it through the real :class:`~autograder.sandbox.worker.Worker` code.
"""
from __future__ import annotations

import json
import os
import threading

from autograder.sandbox.worker import Worker


class ScriptedKernel(Worker):
    """A stand-in kernel: ``reply(request) -> bytes`` answers each request, read by the real path."""

    def __init__(self, reply) -> None:
        super().__init__()
        self.reply = reply
        self._out = -1
        self.writers: list[threading.Thread] = []

    def start(self, timeout: float) -> None:
        self._resp, self._out = os.pipe()
        os.set_blocking(self._resp, False)
        self.started = True

    def alive(self) -> bool:
        return not self.dead

    def _signal(self, sig: int) -> None:
        pass

    def _write(self, payload: bytes, deadline: float, what: str) -> None:
        data = self.reply(json.loads(payload))
        writer = threading.Thread(target=self._send, args=(data,), daemon=True)
        self.writers.append(writer)
        writer.start()

    def _send(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._out, view):]
        except OSError:
            pass  # the grader stopped reading

    def _reap(self) -> None:
        os.close(self._resp)
        self._resp = -1  # closed here, so that a writer still blocked on it ends
        for writer in self.writers:
            writer.join(10)
        os.close(self._out)
