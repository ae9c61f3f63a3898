"""An assignment's manifest (``assignment.toml``): what it is, read and checked at the boundary.

An assignment is a folder. Its manifest names the nbgrader assignment and notebook, the jupytext
source, the exercises (solution cell ``grade_id``, title, points, the functions the student
writes) and what the kernel template preloads; every other part has a fixed place in the folder
(``checks/``, ``solutions/instructor/<grade_id>.py``, ``solutions/corpus/<exercise>/``,
``audit/``, ``CLAUSES.md``). A manifest that says something impossible is refused with a message
naming the file and the key, before anything is graded.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from autograder.common.errors import EnvironmentProblem

#: nbgrader's assignment and grade ids: a Python-ish identifier keeps paths, URLs and CSV columns plain
NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
KEYS = {"name", "title", "notebook", "source", "formats", "fill", "preload", "data", "exercises"}
EXERCISE_KEYS = {"id", "title", "points", "functions"}


class ManifestError(EnvironmentProblem):
    """A manifest that cannot describe an assignment; the message names the file and the key."""


@dataclass(frozen=True)
class Exercise:
    """One exercise: one solution cell and the functions written in it.

    Attributes
    ----------
    id : str
        The solution cell's nbgrader ``grade_id``; test cells' ids start with it.
    title : str
        Short title, shown as "Exercise <n>: <title>".
    points : float
        Max score; equals the points of the exercise's test cells in the notebook.
    functions : tuple of str
        Names of the functions the student writes in the cell.
    """

    id: str
    title: str
    points: float
    functions: tuple[str, ...]


@dataclass(frozen=True)
class Manifest:
    """The manifest's content, validated; paths resolved against the assignment's folder."""

    folder: Path
    name: str
    title: str
    notebook: str
    source: Path
    formats: Path | None
    fill: dict[str, Path]
    preload: tuple[str, ...]
    data: tuple[Path, ...]
    exercises: tuple[Exercise, ...]


def _need(table: dict, key: str, kind: type | tuple, where: str):
    if key not in table:
        raise ManifestError(f"{where}: the key {key!r} is missing")
    value = table[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise ManifestError(f"{where}: {key!r} must be {getattr(kind, '__name__', kind)}, not {value!r}")
    return value


def _inside(folder: Path, relative: str, where: str, key: str) -> Path:
    path = (folder / relative).resolve()
    if folder.resolve() not in path.parents:
        raise ManifestError(f"{where}: {key!r} = {relative!r} leaves the assignment's folder")
    if not path.is_file():
        raise ManifestError(f"{where}: {key!r} = {relative!r}: no such file in {folder}")
    return path


def _strings(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ManifestError(f"{where}: {key!r} must be a list of strings, not {value!r}")
    return tuple(value)


def _exercise(table: object, where: str) -> Exercise:
    if not isinstance(table, dict):
        raise ManifestError(f"{where}: each [[exercises]] entry must be a table")
    unknown = set(table) - EXERCISE_KEYS
    if unknown:
        raise ManifestError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                            f"an exercise has {', '.join(sorted(EXERCISE_KEYS))}")
    ex_id = _need(table, "id", str, where)
    if not NAME.fullmatch(ex_id):
        raise ManifestError(f"{where}: exercise id {ex_id!r} must be letters, digits and '_', starting with a letter")
    points = _need(table, "points", (int, float), f"{where} ({ex_id})")
    if not points > 0:
        raise ManifestError(f"{where} ({ex_id}): points must be positive, not {points!r}")
    functions = _strings(table, "functions", f"{where} ({ex_id})")
    if not functions or not all(f.isidentifier() for f in functions):
        raise ManifestError(f"{where} ({ex_id}): 'functions' must name at least one Python function")
    return Exercise(ex_id, _need(table, "title", str, f"{where} ({ex_id})"), float(points), functions)


def read_manifest(folder: Path) -> Manifest:
    """Read and validate ``folder/assignment.toml``.

    Raises
    ------
    ManifestError
        When the file is missing, not TOML, has unknown keys, or names a file that is not there.
    """
    folder = Path(folder)
    path = folder / "assignment.toml"
    where = str(path)
    try:
        table = tomllib.loads(path.read_text())
    except OSError as exc:
        raise ManifestError(f"{folder} is not an assignment: cannot read {path.name} ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{where} is not valid TOML: {exc}") from None
    unknown = set(table) - KEYS
    if unknown:
        raise ManifestError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                            f"a manifest has {', '.join(sorted(KEYS))}")
    name = _need(table, "name", str, where)
    if not NAME.fullmatch(name):
        raise ManifestError(f"{where}: name {name!r} must be letters, digits and '_', starting with a letter")
    if name != folder.resolve().name:
        raise ManifestError(f"{where}: name {name!r} must be the folder's name, {folder.resolve().name!r}")
    notebook = _need(table, "notebook", str, where)
    if "/" in notebook or not notebook.endswith(".ipynb"):
        raise ManifestError(f"{where}: notebook {notebook!r} must be a file name ending in .ipynb")
    entries = _need(table, "exercises", list, where)
    if not entries:
        raise ManifestError(f"{where}: an assignment needs at least one [[exercises]] entry")
    exercises = tuple(_exercise(e, f"{where} [[exercises]] #{i + 1}") for i, e in enumerate(entries))
    ids = [e.id for e in exercises]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise ManifestError(f"{where}: exercise id(s) {', '.join(twice)} appear more than once")
    for earlier, later in ((a, b) for a in ids for b in ids if a != b):
        if later.startswith(earlier + "_"):
            raise ManifestError(f"{where}: exercise id {later!r} starts with {earlier!r}_, so its cells "
                                f"could not be told apart (test cells are named <exercise>_...)")
    fill = table.get("fill", {})
    if not isinstance(fill, dict) or not all(isinstance(v, str) for v in fill.values()):
        raise ManifestError(f"{where}: 'fill' must map grade ids to file names")
    formats = table.get("formats")
    return Manifest(
        folder=folder.resolve(), name=name, title=_need(table, "title", str, where), notebook=notebook,
        source=_inside(folder, _need(table, "source", str, where), where, "source"),
        formats=_inside(folder, formats, where, "formats") if formats is not None else None,
        fill={grade_id: _inside(folder, file, where, f"fill.{grade_id}") for grade_id, file in fill.items()},
        preload=_strings(table, "preload", where),
        data=tuple(_inside(folder, f, where, "data") for f in _strings(table, "data", where)),
        exercises=exercises)
