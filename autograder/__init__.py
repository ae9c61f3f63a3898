"""The autograder: sandboxed, parallel, resumable grading of nbgrader assignments.

Layers, each a sub-package with a map in its ``__init__``: ``assignment/`` (assignments as
plug-ins), ``sandbox/`` and ``kernel/`` (isolation), ``grading/`` (one submission), ``course/``
(a course and a class run), ``outputs/`` (grades, feedback, report, exports), ``cli/`` (the
command line), ``audit/`` (the checks' strength), ``contracts/`` and ``checks.py`` (the checks API
assignments use), ``common/`` (what every layer uses). The README's stage table maps the stages.
"""
import sys

# jsonschema (under nbformat and nbgrader) imports rfc3987-syntax when it is installed, only to
# check the "iri" string format, which no notebook schema uses; importing it builds a parser and
# costs ~2.5 s of every command's start. Without it jsonschema skips that one format.
sys.modules.setdefault("rfc3987_syntax", None)

# before numpy loads: see common/threads.py
from autograder.common.threads import pin_math_threads  # noqa: E402

pin_math_threads()
