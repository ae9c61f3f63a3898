"""An ordinary user's subordinate ids (``/etc/subuid``, ``/etc/subgid``): a host uid per template.

Linux charges some counters to the *host* uid of a process (pipe buffer pages, epoll watches): two
kernels of one host uid draw on one count, so one could use up another's share or signal a number
to it. Root gives each template a uid of its own (``uid_pool.py``). An ordinary user cannot switch
uid, but an administrator may have given them a range of subordinate ids, which Debian's ``useradd``
does by default; the setuid helpers ``newuidmap`` and ``newgidmap`` (Debian's ``uidmap`` package)
map them into a user namespace the user creates. ``stage.py`` then makes, per template, a namespace
that maps its own uid 1 to one subordinate uid (and gid), switches to it, and starts bubblewrap as it:
the template and its kernels run as that host uid, leased from the user's range like root's pool.

What stays shared: counters Linux charges to the *owner* of the outermost user namespace (the
grader's own uid), whatever uid a process has inside: the number of processes, inotify instances
and watches, POSIX message-queue bytes. The seccomp allow list refuses inotify and message queues,
and each kernel's processes are bounded far below the user's own limit, so a kernel can neither use
up a classmate's share of these nor read a number from them (``policy.py`` says so in every run).
"""
from __future__ import annotations

import os
import pwd
import shutil
from dataclasses import dataclass
from pathlib import Path

SUBUID_FILE = Path("/etc/subuid")
SUBGID_FILE = Path("/etc/subgid")
#: where the setuid helpers live on Debian and Ubuntu (a user's PATH may not name /usr/bin first)
HELPER_PATH = "/usr/bin:/bin:/usr/sbin:/sbin"


@dataclass(frozen=True)
class SubIds:
    """The grader's own ids and the subordinate range its templates lease from.

    Attributes
    ----------
    outer_uid, outer_gid : int
        The grader's uid and gid (uid 0 of each template's outer namespace).
    first_uid, first_gid : int
        The first subordinate uid and gid; template ``k`` of the range runs as ``first + k``.
    count : int
        How many ids both ranges hold from their first.
    newuidmap, newgidmap : str
        The setuid helpers that write the maps.
    """

    outer_uid: int
    outer_gid: int
    first_uid: int
    first_gid: int
    count: int
    newuidmap: str
    newgidmap: str


def _range_of(path: Path, names: tuple[str, ...]) -> tuple[int, int] | None:
    """The first ``name:start:count`` line of ``path`` for one of ``names`` (user name or uid)."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.strip().split(":")
        if len(parts) == 3 and parts[0] in names and parts[1].isdigit() and parts[2].isdigit():
            start, count = int(parts[1]), int(parts[2])
            if start > 0 and count > 0:
                return start, count
    return None


def subordinate_ids(uid: int | None = None, gid: int | None = None) -> tuple[SubIds | None, str]:
    """This user's subordinate ranges and helpers, or None and why not (one sentence).

    Returns
    -------
    (SubIds or None, str)
        The ranges when both files give the user one and both helpers are installed; otherwise
        None and the reason, which the run's first lines repeat.
    """
    uid = os.getuid() if uid is None else uid
    gid = os.getgid() if gid is None else gid
    try:
        names: tuple[str, ...] = (pwd.getpwuid(uid).pw_name, str(uid))
    except KeyError:
        names = (str(uid),)
    helpers = {tool: shutil.which(tool, path=HELPER_PATH) for tool in ("newuidmap", "newgidmap")}
    missing = [tool for tool, path in helpers.items() if path is None]
    if missing:
        return None, (f"{' and '.join(missing)} not installed (Debian's uidmap package: ask an administrator "
                      "for apt-get install uidmap)")
    uids, gids = _range_of(SUBUID_FILE, names), _range_of(SUBGID_FILE, names)
    if uids is None or gids is None:
        return None, (f"no subordinate {'uid' if uids is None else 'gid'} range for {names[0]} in "
                      f"{SUBUID_FILE if uids is None else SUBGID_FILE} (ask an administrator for usermod "
                      f"--add-subuids and --add-subgids)")
    return SubIds(uid, gid, uids[0], gids[0], min(uids[1], gids[1]),
                  str(helpers["newuidmap"]), str(helpers["newgidmap"])), ""
