"""``python -m autograder.course.nbgrader_cli ARGS``: nbgrader's own command line, as ``nbgrader ARGS``.

The grader runs nbgrader's commands (``generate_assignment``, ``generate_feedback``, ...) through
this module, so that they start without the parser that jsonschema builds for one string format
no notebook uses (see ``autograder/__init__.py``): about 2.5 s less per command.
"""
import sys

import autograder  # noqa: F401 - its import keeps that parser out, before nbgrader imports jsonschema

if __name__ == "__main__":
    from nbgrader.apps.nbgraderapp import main

    sys.argv[0] = "nbgrader"
    sys.exit(main())
