"""Which host uid runs student code: never 0.

Linux decides many things by *host* uid, whatever a user namespace says
(sysctl writes under ``/proc/sys``, chmod of inodes one owns, keyring quotas).
bubblewrap maps the sandbox's user to whoever starts it, so the process that
starts bubblewrap must already be the unprivileged uid the kernels are to
have:

* a grader running as an ordinary user who has subordinate ids (``subids.py``)
  starts bubblewrap through ``stage.py`` too, which first makes a user namespace
  mapping one subordinate uid and gid, leased per template from the user's range,
  and switches to them; without subordinate ids, it starts bubblewrap as itself
  and its kernels are that user on the host, with no capability there;
* a grader running as root starts bubblewrap through ``stage.py``, which
  switches to a dedicated uid with no supplementary groups, after exposing
  to it, read-only and in a private mount namespace, only the folders the
  sandbox needs. Each template leases its own uid, machine-wide, from the
  pool that starts at ``GradingConfig.sandbox_uid`` (by default
  :data:`DEFAULT_SANDBOX_UID`; see ``uid_pool.py``), so that no two kernels
  of different templates share one.
"""
from __future__ import annotations

import os
import pwd
from dataclasses import dataclass

from autograder.common.errors import EnvironmentProblem
from autograder.sandbox.subids import SubIds, subordinate_ids
from autograder.sandbox.uid_pool import POOL_SIZE, UidLease, lease_uid, user_lock_dir

#: a uid no account on a stock Debian/Ubuntu machine uses (isolate uses 60000+)
DEFAULT_SANDBOX_UID = 61000


@dataclass(frozen=True)
class SandboxIdentity:
    """The host ids of every sandboxed process.

    Attributes
    ----------
    uid, gid : int
        Host user and group id; never 0.
    switch : bool
        True when the grader must switch to them before starting bubblewrap
        (root, or an ordinary user's subordinate ids); False when the grader
        already is that user. Each template then leases ids of its own.
    subids : SubIds or None
        An ordinary user's subordinate ranges (``uid``/``gid`` are then ids of
        them); None for root or without them.
    why_shared : str
        For an ordinary user without subordinate ids: why not (the run says it).
    """

    uid: int
    gid: int
    switch: bool
    subids: SubIds | None = None
    why_shared: str = ""

    def leased(self) -> tuple["SandboxIdentity", "UidLease | None"]:
        """This identity on a uid of its own: leased from the pool that starts at ``uid`` (root) or from
        the user's subordinate range (with the gid of the same offset), or itself (an ordinary user
        without subordinate ids, who cannot switch)."""
        if not self.switch:
            return self, None
        if self.subids is None:
            lease = lease_uid(self.uid)
            return SandboxIdentity(lease.uid, lease.uid, switch=True), lease
        ids = self.subids
        lease = lease_uid(ids.first_uid, min(ids.count, POOL_SIZE), user_lock_dir(),
                          hint="wait for a grading run of yours to end, or ask for a larger range in /etc/subuid")
        offset = lease.uid - ids.first_uid
        return SandboxIdentity(lease.uid, ids.first_gid + offset, True, ids), lease

    def describe(self) -> str:
        try:
            name = pwd.getpwuid(self.uid).pw_name
        except KeyError:
            name = "no account"
        how = ("dedicated uid" if self.subids is None else "a subordinate uid of the grader's") if self.switch \
            else "the grader's own uid"
        return f"host uid {self.uid} ({name}; {how})"


def resolve_identity(sandbox_uid: int | None = None) -> SandboxIdentity:
    """The identity kernels will have, given who runs the grader.

    Raises
    ------
    EnvironmentProblem
        When that identity would be root.
    """
    if os.geteuid() != 0:
        if sandbox_uid not in (None, os.getuid()):
            raise EnvironmentProblem(
                f"--sandbox-uid {sandbox_uid} needs a grader running as root; as an ordinary user "
                f"the kernels run as subordinate uids of yours, or as you (--sandbox-uid {os.getuid()})")
        ids, why = subordinate_ids() if sandbox_uid is None else (None, f"--sandbox-uid {os.getuid()} asked for it")
        if ids is not None:
            return SandboxIdentity(ids.first_uid, ids.first_gid, True, ids)
        return SandboxIdentity(os.getuid(), os.getgid(), switch=False, why_shared=why)
    uid = DEFAULT_SANDBOX_UID if sandbox_uid is None else int(sandbox_uid)
    if uid <= 0 or uid >= 2**31:
        raise EnvironmentProblem(f"sandbox uid {uid} is not an unprivileged uid; choose one in 1..2^31")
    return SandboxIdentity(uid, uid, switch=True)
