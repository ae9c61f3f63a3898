"""The autograder: sandboxed, parallel, resumable grading of nbgrader assignments.

``sandbox/`` and ``kernel/`` isolate student code; ``grading.py`` grades one
notebook; ``classrun.py`` a class; the README's stage table maps the rest.
"""
import sys

# jsonschema (under nbformat and nbgrader) imports rfc3987-syntax when it is installed, only to
# check the "iri" string format, which no notebook schema uses; importing it builds a parser and
# costs ~2.5 s of every command's start. Without it jsonschema skips that one format.
sys.modules.setdefault("rfc3987_syntax", None)
