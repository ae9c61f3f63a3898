"""Contract properties: what every student function promises beyond its values, checked once here.

An assignment declares, per student function, a :class:`~autograder.contracts.spec.Contract`:
its parameters in the statement's order with their defaults, how to draw small arguments from
its input domain, and which properties the statement asks of it. The framework turns each
exercise's contracts into one hidden check (:func:`~autograder.contracts.declare.contract_check`)
and one clause, and decides each property from what the student's function *returns* (and the
inputs it leaves behind), compared in the grader:

=========================  ================================================================
property                   how it is decided
=========================  ================================================================
signature                  positional and keyword calls, and calls without the defaults and
                           with them spelled out, return the same (one kernel request)
inputs unchanged           the arguments are shared objects of one request; they come back
                           as they were sent, after every call
global generators unused   numpy's, Python's and torch's global generators, seeded before a
                           call, give their next draws after it as if it had not run
calls independent          the same calls, reversed, in a **fresh kernel** (the notebook's side
                           kernel: from the template, the student's cells replayed, nothing of
                           the first kernel's process in it, and none of these functions called
                           there before, and presenting another machine: another
                           ``os.cpu_count()``) and under another global seed, return the same; an
                           argument changed alone changes what a cache keyed on the others
                           would repeat
=========================  ================================================================

Modules: :mod:`.spec` (the declarations), :mod:`.compare` (exact, NaN-aware equality of
answers), :mod:`.properties` (running them), :mod:`.declare` (the check and its clause),
:mod:`.domain` (input domains as data), :mod:`.draws` (drawing within them), and
:mod:`.format_rules` (the forms every assignment's answers take: arrays, floats, lists, ...; an
assignment's ``formats.py`` starts from them, and the notebook gets their text).
"""
