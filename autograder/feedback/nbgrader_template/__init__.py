"""The course's template for ``nbgrader generate_feedback``: nbgrader's own, with a readable index.

nbgrader 0.9.6 labels every test cell "Test cell" in the index at the top of
a feedback page (the label is fixed in its ``feedback/index.html.j2``). The
course's ``nbgrader_config.py`` calls :func:`configure`, which makes
``generate_feedback`` export with :class:`FeedbackExporter` and gives that
exporter alone the folder here and ``feedback/autograder_index.html.j2``: it
extends nbgrader's page (found as ``index.html.j2`` in nbgrader's
``feedback`` folder, since ours has none) and only replaces that index,
naming each exercise.

Nothing is set on ``HTMLExporter`` itself: formgrader renders a submission
with a plain ``HTMLExporter`` built from the same course config (its
``formgrade`` template), and a template file set there would replace
formgrader's grading page (before this was scoped to our exporter, every
submission page failed with ``TemplateNotFound: autograder_index.html.j2``).
"""
from __future__ import annotations

from pathlib import Path

from nbconvert.exporters import HTMLExporter

TEMPLATE_FILE = "autograder_index.html.j2"
HERE = Path(__file__).resolve().parent


class FeedbackExporter(HTMLExporter):
    """nbgrader's feedback exporter under a name of its own, so its settings reach no other exporter."""


def nbgrader_templates() -> Path:
    """nbgrader's formgrader template folder (holds ``feedback/``)."""
    import nbgrader

    return Path(nbgrader.__file__).resolve().parent / "server_extensions" / "formgrader" / "templates"


def configure(c) -> None:
    """Use this template for ``nbgrader generate_feedback`` (``c`` is an nbgrader config).

    Also when formgrader's "Generate Feedback" button runs it; formgrader's own
    pages (``HTMLExporter``, template ``formgrade``) are left as nbgrader sets them.
    """
    c.GenerateFeedback.exporter_class = f"{FeedbackExporter.__module__}.{FeedbackExporter.__qualname__}"
    c.FeedbackExporter.template_name = "feedback"
    c.FeedbackExporter.extra_template_basedirs = [str(HERE), str(nbgrader_templates())]
    c.FeedbackExporter.template_file = TEMPLATE_FILE
