"""What the grader's stored results depend on: its code and libraries, the machine; where they live.

The instructor's calibration (:mod:`autograder.grading.calibration`) and the reference values
(:mod:`autograder.grading.reference_store`) are both kept between runs and both keyed on these, so a
change of the grader's code, of a numerical library or of the machine is never mistaken for
the same setting.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
from functools import lru_cache
from pathlib import Path

_CODE_ROOTS = ("autograder", "reference", "assignments")
_LIBRARIES = ("numpy", "scipy", "torch", "pandas", "matplotlib", "anndata", "scanpy", "nbformat")


#: folders of an assignment that grading never reads: its solutions (the instructor's are in the notebook,
#: whose own digest keys every record) and corpora
_NOT_CODE = ("__pycache__", "solutions")


def _data_files(root: Path) -> set[Path]:
    """The data files an assignment's manifest names (its kernels read them): part of what grading depends on."""
    import tomllib

    try:
        listed = tomllib.loads((root / "assignment.toml").read_text()).get("data", [])
    except (OSError, ValueError):
        return set()
    return {(root / name).resolve() for name in listed if isinstance(name, str)}


def code_digest(roots: dict[str, Path]) -> str:
    """A digest of every source file (``.py``, ``.j2``, ``.toml``) under each named folder, names included
    (an assignment's ``solutions/`` left out), and of every data file an assignment's manifest names."""
    digest = hashlib.sha256()
    for name, root in sorted(roots.items()):
        data = _data_files(root)
        for path in sorted(root.rglob("*")):
            if (path.suffix in (".py", ".j2", ".toml") or path.resolve() in data) \
                    and not set(_NOT_CODE) & set(path.relative_to(root).parts) and path.is_file():
                digest.update(f"{name}/{path.relative_to(root).as_posix()}\n".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def assignment_scope(checks) -> tuple[str, ...]:
    """The assignment folders the checks come from (each holds an ``assignment.toml``), for :func:`grader_digest`."""
    folders = set()
    for check in checks:
        file = getattr(sys.modules.get(getattr(check.func, "__module__", "")), "__file__", None)
        for parent in Path(file).resolve().parents if file else ():
            if (parent / "assignment.toml").is_file():
                folders.add(str(parent))
                break
    return tuple(sorted(folders))


@lru_cache(maxsize=16)
def grader_digest(scope: tuple[str, ...] = ()) -> str:
    """A digest of the grader's code, the reference's, the assignment's checks and the libraries' versions.

    Any change to them may change what the instructor's notebook scores or costs. ``scope``: the
    assignment folders whose code counts (:func:`assignment_scope`), so that editing one assignment
    keeps every other's stored records; empty, every project assignment's.
    """
    import importlib
    from importlib import metadata

    digest = hashlib.sha256(f"python {sys.version}\n".encode())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name} {version}\n".encode())
    roots = {}
    for package in _CODE_ROOTS if not scope else _CODE_ROOTS[:2]:
        try:
            roots[package] = Path(importlib.import_module(package).__file__).parent
        except (ImportError, TypeError):
            continue
    roots.update({f"assignment:{Path(folder).name}": Path(folder) for folder in scope})
    digest.update(code_digest(roots).encode())
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def machine_id() -> str:
    """Host name, processor model and core count: times measured here say little about another machine."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.node()} | {model or platform.processor()} | {os.cpu_count()} cores"


def key_digest(key: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:32]


def user_cache_dir() -> Path:
    """Where calibrations of throw-away courses are kept: ``$AUTOGRADER_CACHE_DIR``, else the XDG cache."""
    explicit = os.environ.get("AUTOGRADER_CACHE_DIR")
    if explicit:
        return Path(explicit) / "calibrations"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "autograder" / "calibrations"
