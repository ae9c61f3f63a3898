"""The ``autograder`` command line, on top of every layer.

=======================  =========================================================
``commands.py``           the parser and the course commands (init, grade, demo, audit, report,
                          validate); ``main`` is the console script
``options.py``            options several commands share (``--assignment``, ``--assignments``)
``check.py``              ``check NOTEBOOK``
``export.py``             ``export`` and ``policy``
``feedback.py``           ``feedback``
=======================  =========================================================
"""
from autograder.cli.commands import main

__all__ = ["main"]
