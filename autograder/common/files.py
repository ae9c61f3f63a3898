"""The grader's own files: named safely whatever a student's id, and never seen half written."""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

#: a student id that is its own file stem: at most 100 characters (a file name is at most 255 bytes,
#: temporary names included), of a set that every shell and file system takes as it is
_PLAIN_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,99}")
_NOT_PLAIN = re.compile(r"[^A-Za-z0-9_.@+-]+")


def student_file_stem(student: str) -> str:
    """The stem of a student's own files in the grader's folders (``results/<stem>.json``, ``logs/<stem>.log``).

    A plain id (letters, digits and ``_ . @ + -``, not starting with ``.``, ``-``, ``@`` or ``+``, at
    most 100 characters) is its own stem: ``alice`` gives ``results/alice.json``. Any other folder
    name nbgrader takes (as long as a file name allows, or with spaces, accents, control characters,
    ...) gives a readable prefix and a hash of the whole id, ``<prefix>~<16 hex digits>``: a ``~`` is
    never in a plain stem, so two ids share a stem only if their hashes collide (odds 2^-64).
    The real id is inside every such file; no reader takes it from a file name. This is the one
    mapping from ids to file names: every writer and reader of those files calls it.
    """
    if _PLAIN_ID.fullmatch(student):
        return student
    readable = unicodedata.normalize("NFKD", student).encode("ascii", "ignore").decode()  # Ü -> U
    prefix = _NOT_PLAIN.sub("_", readable).lstrip("._-@+")[:40] or "student"
    digest = hashlib.sha256(student.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
    return f"{prefix}~{digest}"


def atomic_write(path: Path, data: str | bytes, mode: int = 0o666) -> None:
    """Write via a temporary file and rename, so readers never see half a file.

    ``data`` as text is written UTF-8; ``mode`` (less the umask) is the file's from the start, e.g.
    ``0o600`` for what only the grader's user may read.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if isinstance(data, str):
        # backslashreplace: text that still holds a lone surrogate is written, never a crash
        data = data.encode("utf-8", errors="backslashreplace")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)
