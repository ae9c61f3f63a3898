"""The course's ``nbgrader generate_feedback``: the autograder's page, else nbgrader's with a readable index.

:class:`FeedbackExporter` renders the autograder's own page for every student
with a stored result (see its docstring). Only for a student without one does
nbgrader's page come out, with the template below.

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
    """The course's ``generate_feedback`` exporter: the autograder's page when the student has a stored result.

    So ``nbgrader generate_feedback`` and formgrader's Generate Feedback button
    write the page ``autograder feedback`` writes (scores from the stored
    result, the TA's formgrader scores and comments read from the gradebook
    now, the late penalty), and put beside it the ``timestamp.txt`` and
    ``submission_secret.txt`` that ``nbgrader release_feedback`` needs
    (nbgrader would copy them from the autograded folder, which has none).
    A student without a stored result (graded some other way) gets
    nbgrader's own page, with the index naming each exercise. Being a class
    of its own, its settings reach no other exporter.
    """

    def from_notebook_node(self, nb, resources=None, **kw):  # noqa: D102 - see the class
        student, root, name = _student_and_course(self, resources)
        if student is not None and root is not None and name is not None:
            from autograder.course.folder import course_assignments, course_of
            from autograder.outputs.feedback.course_pages import student_page
            from autograder.outputs.feedback.delivery import delivery_files

            known = [a for a in course_assignments(root) if a.name == name]
            html = student_page(course_of(root, known[0]), student, log=self.log.warning) if known else None
            if html is not None:
                resources = self._init_resources(resources)
                files, _ = delivery_files(root / "submitted" / student / name, root / "feedback" / student / name,
                                          known[0].notebook)
                resources.setdefault("outputs", {}).update({n: t.encode("utf-8") for n, t in files.items()})
                return html, resources
        return super().from_notebook_node(nb, resources, **kw)


def _student_and_course(exporter, resources) -> tuple[str | None, Path | None, str | None]:
    """The student nbgrader is converting for, the course root and the assignment, when nbgrader says
    (else None)."""
    told = (resources or {}).get("nbgrader") or {}
    coursedir = getattr(getattr(exporter, "parent", None), "coursedir", None)
    root = getattr(coursedir, "root", None)
    return (told.get("student") or None), (Path(root).resolve() if root else None), (told.get("assignment") or None)


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
