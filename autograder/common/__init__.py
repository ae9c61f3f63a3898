"""What every layer uses: errors, files written whole, untrusted text made safe, the terminal, the
grading limits, and what stored records depend on.

====================  ===========================================================
``errors.py``          the errors a run reports in one sentence
``files.py``           files written whole (atomic), safe file names for student ids
``untrusted.py``       text from submissions made safe once (logs, terminal, CSV)
``terminal.py``        progress lines, wrapping at the terminal's width
``config.py``          the grading limits (``GradingConfig``) and their options
``provenance.py``      what stored calibrations and reference values are keyed on
``threads.py``         one thread for the grader's own linear algebra
====================  ===========================================================
"""
