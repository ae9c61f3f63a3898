"""What a graded class leaves behind: grades files, feedback pages, the class report, exports.

=======================  =========================================================
``grades.py``             ``grades/<assignment>.json`` and ``.csv``, the course's ``grades.json``,
                          student logs, the TA's table
``feedback/``             what a student is told: text and pages, delivered through nbgrader
``class_report/``         the class report: analysis, figures, page
``lateness.py``           the late-submission policy and penalties
``export.py``             per-exercise CSV and Canvas's gradebook import
=======================  =========================================================
"""
