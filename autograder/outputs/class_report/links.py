"""Where the report's student rows link: each student's feedback page and grading log.

Links are relative to ``COURSE/reports/<assignment>/index.html``, so they work wherever the
course folder is (moved, copied, opened from a file share), and are made only
to files that exist when the report is written: a row without a page says so
instead of linking to nothing. ``autograder feedback`` rewrites an existing
report once the pages exist.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from autograder.course.folder import Course
from autograder.outputs.feedback.course_pages import page_path


@dataclass(frozen=True)
class StudentLinks:
    """A student's links from the report (``None``: that file does not exist)."""

    feedback: str | None
    log: str | None


def _relative(root: Path, path: Path) -> str:
    # from reports/<assignment>/ up to the course, then every segment percent-encoded (ids may hold spaces, #, ?, %)
    return "../../" + "/".join(quote(part, safe="") for part in path.relative_to(root).parts)


def student_links(course: Course, students: list[str]) -> dict[str, StudentLinks]:
    """Each student's links, for those files that exist now."""
    links = {}
    for student in students:
        page = page_path(course, student)
        log = course.log_file(student)
        links[student] = StudentLinks(_relative(course.root, page) if page is not None and page.is_file() else None,
                                      _relative(course.root, log) if log.is_file() else None)
    return links
