"""One run at a time per course: an advisory lock that says who holds it.

Two ``grade`` runs on one course would both redo all the work and race on
its outputs. Every command that writes a course (``init``, ``grade``,
``demo``) takes ``COURSE/autograder/run.lock`` with ``flock``: the kernel
drops the lock when its holder exits, however it exits (``kill -9``
included), so a stale lock never blocks a TA. The holder writes who it is
into the file, so the second run can say whom to wait for.
"""
from __future__ import annotations

import fcntl
import getpass
import json
import os
import socket
import sys
import time
from pathlib import Path

from autograder.common.errors import EnvironmentProblem
from autograder.common.untrusted import one_line

LOCK_NAME = "run.lock"


class CourseBusy(EnvironmentProblem):
    """Another run holds the course."""


def _holder_text(raw: str) -> str:
    try:
        info = json.loads(raw)
        since = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(float(info["since"])))
        return (f"`{one_line(info.get('command', '?'), 120)}` (pid {int(info['pid'])}, user "
                f"{one_line(info.get('user', '?'), 40)} on {one_line(info.get('host', '?'), 60)}, since {since})")
    except (ValueError, KeyError, TypeError, OverflowError):
        return "another process (it left no details)"


class CourseLock:
    """``with CourseLock(course_root, "autograder grade C"):`` holds the course or raises CourseBusy."""

    def __init__(self, root: Path, command: str) -> None:
        self.path = Path(root) / "autograder" / LOCK_NAME
        self.command = command
        self.fd: int | None = None

    def __enter__(self) -> "CourseLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except PermissionError:
            # a lock file made by another user: reading it is enough to lock it and to say who holds it
            fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 4096, 0).decode("utf-8", "replace")
            os.close(fd)
            raise CourseBusy(f"another run is using the course {self.path.parents[1]}: {_holder_text(holder)}. "
                             "Wait for it to finish (or stop it), then run this again; "
                             "finished results are kept either way.") from None
        self.fd = fd
        info = {"pid": os.getpid(), "user": _user(), "host": socket.gethostname(),
                "since": time.time(), "command": self.command}
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
        except OSError:
            pass  # read-only lock file: the lock holds, only the note of who holds it is missing
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            try:
                os.ftruncate(self.fd, 0)
            except OSError:
                pass
            os.close(self.fd)  # closing drops the flock
            self.fd = None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def command_line() -> str:
    """How this process was started, for the lock note."""
    return " ".join(["autograder", *sys.argv[1:]])
