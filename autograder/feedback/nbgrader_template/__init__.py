"""The course's template for ``nbgrader generate_feedback``: nbgrader's own, with a readable index.

nbgrader 0.9.6 labels every test cell "Test cell" in the index at the top of
a feedback page (the label is fixed in its ``feedback/index.html.j2``). The
course's ``nbgrader_config.py`` calls :func:`configure`, which adds the
folder here to nbconvert's template folders and picks
``feedback/autograder_index.html.j2``: it extends nbgrader's page (found as
``index.html.j2`` in nbgrader's ``feedback`` folder, since ours has none)
and only replaces that index, naming each exercise.
"""
from __future__ import annotations

from pathlib import Path

TEMPLATE_FILE = "autograder_index.html.j2"
HERE = Path(__file__).resolve().parent


def nbgrader_templates() -> Path:
    """nbgrader's formgrader template folder (holds ``feedback/``)."""
    import nbgrader

    return Path(nbgrader.__file__).resolve().parent / "server_extensions" / "formgrader" / "templates"


def configure(c) -> None:
    """Use this template for ``nbgrader generate_feedback`` (``c`` is an nbgrader config)."""
    c.HTMLExporter.extra_template_basedirs = [str(HERE), str(nbgrader_templates())]
    c.HTMLExporter.template_file = TEMPLATE_FILE
