"""The course: an nbgrader course folder with its assignments, and a class graded in it.

=======================  =========================================================
``folder.py``             the course folder: its assignments, paths, ``init``, snapshots
``classrun.py``           a whole class: parallel, resumable, interruptible
``lock.py``               one run per course at a time
``secret.py``             the course secret that draws the hidden inputs
``gradebook.py``          nbgrader's gradebook and autograded notebooks
``nbgrader_hooks.py``     nbgrader's own autograde refused (it would run code unsandboxed)
``nbgrader_cli.py``       nbgrader's command line, run in the course folder
``checkone.py``           ``check``: one notebook in a throw-away course
``demo.py``               the demo class: every assignment's corpus as students
=======================  =========================================================
"""
