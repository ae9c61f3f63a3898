"""The start-up check: no sandboxed process holds host privilege.

Before any student is graded, the grader looks at a real template and a real
kernel forked from it, both from the host side (``/proc/<pid>/status`` and
``uid_map`` as the host sees them: nothing inside the sandbox can forge
these) and from the inside (the ``identity`` probe: a no-op write of the
current value of a global sysctl must be refused). If any of it fails, it
refuses to grade and says why.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.common.errors import EnvironmentProblem, WorkerError
from autograder.kernel import wire


@dataclass(frozen=True)
class HostView:
    """A process's ids as the host sees them.

    Attributes
    ----------
    uids, gids : tuple of int
        Real, effective, saved and filesystem ids.
    uid_map : list of (inside, outside, count)
        The process's user namespace mapping, outside ids in host terms.
    """

    uids: tuple[int, ...]
    gids: tuple[int, ...]
    uid_map: list[tuple[int, int, int]]


def host_view(pid: int) -> HostView:
    """Read a process's host ids; OSError if it is gone."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = {line.split(":")[0]: line.split(":")[1].split() for line in status.splitlines() if ":" in line}
    mapping = [tuple(int(v) for v in line.split()) for line in
               Path(f"/proc/{pid}/uid_map").read_text().splitlines() if line.strip()]
    return HostView(tuple(int(v) for v in fields["Uid"]), tuple(int(v) for v in fields["Gid"]),
                    mapping)  # type: ignore[arg-type]


def privilege_problems(who: str, view: HostView) -> list[str]:
    """Why ``view`` breaks the invariant (empty when it holds)."""
    problems = []
    if 0 in view.uids:
        problems.append(f"{who} runs as host uid 0 (uids {view.uids})")
    if 0 in view.gids:
        problems.append(f"{who} runs with host gid 0 (gids {view.gids})")
    for inside, outside, count in view.uid_map:
        if outside <= 0 < outside + count:
            problems.append(f"{who}'s user namespace maps uid {inside} to host root")
    return problems


def identity_problems(who: str, view: HostView, expected) -> list[str]:
    """Why ``view`` is not the host uid its template leased (empty when it is, or when the grader's
    own uid was meant): kernels of two templates must never share one."""
    if not expected.switch or set(view.uids) == {expected.uid}:
        return []
    return [f"{who} runs as host uid(s) {sorted(set(view.uids))}, not the uid {expected.uid} its template leased"]


def sysctl_problems(who: str, answer: dict) -> list[str]:
    """Why an ``identity`` answer shows a writable host sysctl (empty when none is)."""
    if not answer.get("ok"):
        return [f"{who} could not run the identity probe: {answer.get('error')}"]
    try:
        report = wire.decode(answer.get("value"))
        writes = report["sysctl_writes"]
    except (wire.WireError, KeyError, TypeError):
        return [f"{who} gave an unreadable identity report"]
    if not writes:
        return [f"{who} probed no sysctl"]
    return [f"{who} could write the host sysctl {path}" for path, outcome in writes.items()
            if not str(outcome).startswith("refused")]


def verify_unprivileged(template, timeout: float = 60.0) -> None:
    """Check the template and a fresh kernel from it; raise EnvironmentProblem if either is privileged."""
    problems: list[str] = []
    kernel = None
    try:
        problems += privilege_problems("the template", host_view(template.host_pid))
        problems += identity_problems("the template", host_view(template.host_pid), template.host_ids)
        problems += sysctl_problems("the template", template.identity(timeout))
        kernel = template.new_kernel(None)
        try:
            kernel.start(timeout)
            for who, pid in (("a student kernel", kernel.student), ("a kernel's supervisor", kernel.supervisor)):
                problems += privilege_problems(who, host_view(pid))
                problems += identity_problems(who, host_view(pid), template.host_ids)
            problems += sysctl_problems("a student kernel",
                                        kernel.request("identity", timeout, "probing a kernel"))
        finally:
            kernel.kill()
    except (OSError, WorkerError, TypeError) as exc:
        detail = kernel.stderr.text().strip()[-1500:] if kernel is not None else ""
        problems.append(f"the check itself failed ({type(exc).__name__}: {exc})"
                        + (f"; the kernel said:\n{detail}" if detail else ""))
    if problems:
        raise EnvironmentProblem(
            "refusing to grade: the sandbox would give student code host privilege:\n  - "
            + "\n  - ".join(problems)
            + "\n(students' code must never run as host root; see the README's 'How grading works')")
