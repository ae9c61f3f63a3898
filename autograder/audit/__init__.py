"""``autograder audit``: how strong are the hidden checks?

``mutants.py`` makes mutants of the instructor's solutions; ``runner.py`` grades
each one, and the solution corpus, through the real sandboxed grading path;
``equivalents.py`` reads the reviewed list of mutants that cannot be told apart
from the solution; ``report.py`` prints the tables (or JSON). ``mistakes.py``
holds the mistake operators (a frozen version) and their measured record;
``clauses.py`` renders the clause tables (``CLAUSES.md``) and finds clauses no
check enforces; ``inprocess.py`` answers the checks' calls in this process for
trusted code (sweeps over many draws).
"""
