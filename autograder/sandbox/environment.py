"""What every kernel starts with, sandboxed or not: its environment variables and its submission's files."""
from __future__ import annotations

from pathlib import Path


def kernel_env(home: str, tmp: str, venv_bin: str) -> dict[str, str]:
    """Environment of a student kernel: minimal and pinned to one thread."""
    return {
        "PATH": f"{venv_bin}:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": tmp,
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": f"{tmp}/matplotlib",
        # Library caches (fontconfig, torch) go to the kernel's /tmp: its home holds only the submission.
        "XDG_CACHE_HOME": f"{tmp}/cache",
        "NUMBA_CACHE_DIR": f"{tmp}/numba",
    }


def kernel_files(submission_dir: Path | None, data: dict[str, bytes]) -> dict[str, bytes]:
    """What a kernel finds in its working folder: the submission's files, then the assignment's data
    files over them (a student's copy of a data file never replaces the assignment's)."""
    files = copy_submission_files(submission_dir) if submission_dir else {}
    files.update(data)
    return files


def copy_submission_files(submission_dir: Path, limit_bytes: int = 64 * 1024 * 1024) -> dict[str, bytes]:
    """A submission folder's regular files (no links), by relative path, bounded in size."""
    files: dict[str, bytes] = {}
    used = 0
    for path in sorted(submission_dir.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        if used + size > limit_bytes:
            break
        files[str(path.relative_to(submission_dir))] = path.read_bytes()
        used += size
    return files
