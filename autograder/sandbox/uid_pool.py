"""Host uids leased machine-wide, one per sandbox template (a root grader's only).

Linux charges some counters to a host uid whatever user namespace a process
is in (inotify instances, pipe buffer pages, message-queue bytes, ...): the
charge climbs the namespace tree to the owner of the outermost namespace,
the uid that started bubblewrap. Kernels that are alive at the same time must
therefore come from templates started by different host uids, as isolate
gives each box its own uid. Each template leases one:

* the lease is an exclusive ``flock`` on ``LOCK_DIR/<uid>.lock``, held while
  the template lives and dropped by the kernel when its holder exits, however
  it exits; two graders on one machine (two TAs, two courses) never hold the
  same uid;
* a uid is used only if, once locked, no process runs as it (any of real,
  effective, saved or filesystem uid) and it owns no file directly in the host
  folders anyone can write (``/tmp``, ``/var/tmp``, ``/dev/shm``); otherwise the
  next one is tried.

An ordinary user cannot switch uid, but may have subordinate ids (``subids.py``): its
templates lease from that range the same way, with the locks in a folder of the user's own
(:func:`user_lock_dir`; nobody else can map those ids). Without them its kernels are its own uid,
and the run's first lines say which counters they share (``policy.py``).
"""
from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass, field
from pathlib import Path

from autograder.common.errors import EnvironmentProblem

#: where the locks live; /run is a tmpfs, so a reboot clears them
LOCK_DIR = Path(os.environ.get("AUTOGRADER_UID_LOCK_DIR", "/run/autograder/uids"))


def user_lock_dir() -> Path:
    """Where an ordinary user's leases of their subordinate ids are locked: one folder per user,
    whatever course or cache folder a run uses, so that two runs of the user never share an id."""
    explicit = os.environ.get("AUTOGRADER_UID_LOCK_DIR")
    if explicit:
        return Path(explicit)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK):
        return Path(runtime) / "autograder-uids"
    return Path(os.path.expanduser("~")) / ".cache" / "autograder" / "uids"


#: how many uids one pool spans from its first uid
POOL_SIZE = 1000
#: host folders that any uid can write to: a uid that owns a file there has been used by someone
SHARED_FOLDERS = ("/tmp", "/var/tmp", "/dev/shm")


@dataclass
class UidLease:
    """One leased host uid (and the gid of the same number); ``release()`` returns it."""

    uid: int
    _fd: int | None = field(default=None, repr=False)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor drops the flock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def uids_with_processes() -> set[int]:
    """Every host uid (real, effective, saved or filesystem) some process runs as, from one /proc scan."""
    found: set[int] = set()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status") as handle:
                for line in handle:
                    if line.startswith("Uid:"):
                        found.update(int(x) for x in line.split()[1:5])
                        break
        except OSError:  # gone meanwhile
            continue
    return found


def shared_file_owners(folders: tuple[str, ...] = SHARED_FOLDERS) -> dict[int, str]:
    """uid -> one file it owns directly in ``folders``, from one scan of each folder."""
    owners: dict[int, str] = {}
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        owners.setdefault(entry.stat(follow_symlinks=False).st_uid, entry.path)
                    except OSError:
                        continue
        except OSError:
            continue
    return owners


def lease_uid(first: int, size: int = POOL_SIZE, lock_dir: Path | None = None,
              hint: str = "choose another range with --sandbox-uid") -> UidLease:
    """Lease the first free uid of ``first .. first + size - 1``.

    Raises
    ------
    EnvironmentProblem
        When every uid of the pool is held or in use.
    """
    folder = lock_dir or LOCK_DIR
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(f"cannot make {folder} for the sandbox's uid locks: {exc}") from exc
    running, owners = uids_with_processes(), shared_file_owners()
    in_use: list[str] = []
    for uid in range(first, first + size):
        fd = os.open(folder / f"{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        # locked: nobody else can take it now; is it really unused?
        leftover = "a process runs as it" if uid in running else owners.get(uid)
        if leftover:
            os.close(fd)
            in_use.append(f"{uid} ({leftover})")
            continue
        return UidLease(uid, fd)
    raise EnvironmentProblem(
        f"no free sandbox uid in {first}-{first + size - 1}: all are leased by other grading runs"
        + (f" or in use ({', '.join(in_use[:5])}{', ...' if len(in_use) > 5 else ''})" if in_use else "")
        + f"; {hint}")
