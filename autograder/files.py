"""Writing the grader's own files so that no reader ever sees half of one."""
from __future__ import annotations

import os
from pathlib import Path


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
