"""Grading one submission: read it, run it in its kernels, check it, score it.

=======================  =========================================================
``notebooks.py``          read a notebook strictly; take only the student's code; the plan
``session.py``            one student's kernels: the plan, replay after a crash, deadlines, budget
``checking.py``           the hidden checks run and scored (the checks API: ``autograder.checks``)
``plots.py``              plots read from what was drawn
``raised.py``             the line of the student's own code that raised
``calibration.py``        the instructor's calibration: measured, stored with the course, reused
``reference_store.py``    reference values the checks compute, kept signed per course
``memo.py``               a reference value computed once per process
``submission.py``         one submission, start to end
=======================  =========================================================
"""
