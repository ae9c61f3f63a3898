"""Start bubblewrap as the unprivileged sandbox uid, from a grader running as root.

Usage (by ``launch.py`` only)::

    python -I stage.py '<spec json>' -- BWRAP ARGS...

``spec`` is ``{"uid", "gid", "stage_root", "sources": {name: host path}}``, and
for an ordinary user's subordinate ids ``"userns": {"outer": [uid, gid],
"host": [uid, gid], "newuidmap": path, "newgidmap": path}``.

The sandbox's uid may not be able to reach the folders it needs: root's
Python and the venv can live under ``/root`` (mode 700). This script, still
root, makes a private mount namespace (nothing here is visible on the host),
mounts a small tmpfs on ``stage_root`` and binds each source folder, read-only,
to ``stage_root/<name>``; then it drops every group and switches to the
sandbox uid for good, checks that it cannot switch back, and executes
bubblewrap, which refers to the sources by their staged paths. Nothing else
of the host becomes reachable, and no host permission is changed.

An ordinary user cannot switch uid, but can use subordinate ids: with
``"userns"`` this script first makes a user namespace of its own whose uid 0
is the grader and whose uid 1 is one subordinate uid (gids alike), the maps
written by the setuid ``newuidmap``/``newgidmap`` from a helper process left
outside; as that namespace's root it stages the sources (opened as the grader,
so a mode-700 home is no obstacle) and then switches to uid and gid 1, which
are the subordinate ids on the host.

Standard library only: this runs before anything is confined.
"""
from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys

CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
MS_RDONLY, MS_NOSUID, MS_NODEV = 1, 2, 4
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 0x4000, 1 << 18

_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _mount(source, target: str, fstype, flags: int, data=None) -> None:
    _check(_libc.mount(source.encode() if source else None, target.encode(),
                       fstype.encode() if fstype else None, ctypes.c_ulong(flags),
                       data.encode() if data else None), f"mount {target}")


def enter_user_namespace(userns: dict) -> None:
    """Become root of a new user namespace mapping 0 to the grader's ids and 1 to the subordinate ones.

    Only a process outside the namespace may write its maps, and only the setuid helpers may map
    subordinate ids: a child forked first waits until this process has unshared, then runs them.
    """
    me = os.getpid()
    go_read, go_write = os.pipe()
    done_read, done_write = os.pipe()
    helper = os.fork()
    if helper == 0:
        try:
            os.close(go_write)
            os.close(done_read)
            maps = (("newuidmap", userns["outer"][0], userns["host"][0]),
                    ("newgidmap", userns["outer"][1], userns["host"][1]))
            ok = os.read(go_read, 1) == b"x" and all(
                subprocess.run([userns[tool], str(me), "0", str(outer), "1", "1", str(host), "1"],
                               stdin=subprocess.DEVNULL, stdout=sys.stderr).returncode == 0
                for tool, outer, host in maps)
            os.write(done_write, b"1" if ok else b"0")
        finally:
            os._exit(0)
    os.close(go_read)
    os.close(done_write)
    unshared = _libc.unshare(CLONE_NEWUSER)
    errno = ctypes.get_errno()
    os.write(go_write, b"x" if unshared == 0 else b"-")  # the helper must end either way
    answer = os.read(done_read, 1)
    os.waitpid(helper, 0)
    if unshared != 0:
        raise SystemExit(f"stage: unshare(CLONE_NEWUSER): {os.strerror(errno)}")
    if answer != b"1":
        raise SystemExit(f"stage: newuidmap/newgidmap refused to map subordinate ids {userns['host']}; check "
                         "/etc/subuid and /etc/subgid, or grade with --sandbox-uid set to your own uid")


def stage(sources: dict[str, str], root: str) -> None:
    """Bind each source, read-only, at ``root/<name>`` in a new private mount namespace."""
    _check(_libc.unshare(CLONE_NEWNS), "unshare(CLONE_NEWNS)")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    # Opened in the new namespace (a bind must come from a mount of this namespace)
    # and before the tmpfs below hides anything that lives under ``root``.
    handles = {name: os.open(path, os.O_PATH | os.O_CLOEXEC) for name, path in sources.items()}
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
    for name, fd in handles.items():
        target = os.path.join(root, name)
        if os.path.isdir(f"/proc/self/fd/{fd}"):
            os.mkdir(target)
        else:
            with open(target, "w"):
                pass
        _mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)
        _mount(None, target, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
        os.close(fd)
    _mount(None, root, None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)


def become(uid: int, gid: int) -> None:
    """Switch every id to ``uid``/``gid`` for good, with no supplementary groups."""
    if uid <= 0 or gid <= 0:
        raise SystemExit(f"stage: refusing to run the sandbox as uid {uid}, gid {gid}")
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if os.getresuid() != (uid, uid, uid) or os.getgroups():
        raise SystemExit("stage: could not drop privileges")
    try:
        os.setuid(0)
    except PermissionError:
        return
    raise SystemExit("stage: could switch back to root after dropping privileges")


def main(argv: list[str]) -> None:
    if len(argv) < 4 or argv[2] != "--":
        raise SystemExit("usage: stage.py SPEC -- BWRAP ARGS...")
    spec = json.loads(argv[1])
    if spec.get("userns"):
        enter_user_namespace(spec["userns"])
    stage(spec["sources"], spec["stage_root"])
    become(int(spec["uid"]), int(spec["gid"]))
    os.execv(argv[3], argv[3:])  # noqa: S606 - bubblewrap, by the path launch.py resolved


if __name__ == "__main__":
    main(sys.argv)
