"""The ``autograder`` command line, on top of every layer.

=======================  =========================================================
``main.py``               the parser and the course commands (init, grade, demo, audit, report,
                          validate)
``options.py``            options several commands share (``--assignment``, ``--assignments``)
``check.py``              ``check NOTEBOOK``
``export.py``             ``export`` and ``policy``
``feedback.py``           ``feedback``
=======================  =========================================================
"""
