"""The checks API: everything an assignment's hidden checks import, from one place.

An assignment's ``checks/`` package imports only this module (and its ``formats.py`` only
:mod:`autograder.contracts.format_rules`), so the grader's own layout can change without touching
any assignment. ``docs/writing-an-assignment.md`` walks through using it.

=====================================  ===========================================================
clauses and checks                     :class:`Clause`, :func:`clauses`, :func:`check`,
                                       :class:`CheckFailed`, :func:`student_failure`,
                                       :func:`registered_checks`, :class:`Student`
where inputs come from                 :func:`draws`, :data:`PER_SUBMISSION`, :data:`PER_COURSE`,
                                       :func:`attempts`, :func:`quietly`
input domains as data                  :class:`Domain`, :class:`Kind`, :func:`domain_check`
contract properties, declared once     :class:`Contract`, :class:`Param`, :data:`REQUIRED`,
                                       :func:`contract_check`
comparing answers                      :func:`as_array`, :func:`assert_close`,
                                       :func:`shape_difference`, :func:`timed`
reference values computed once         :func:`computed_once`
what a student's call raised           :class:`StudentError`
how arguments travel to the kernel     :class:`FrameArg`, :class:`OneShotIter`, :class:`RangeArg`,
                                       :func:`as_tensor`, :class:`AxesDescription`
plots, read from what was drawn        :func:`parse_drawing`, :func:`depiction_axis`,
                                       :func:`against_positions`, :func:`bars_count_the_values`,
                                       :func:`ticks_tell_values_apart`, :func:`ticks_label_the_view`,
                                       :class:`MalformedDrawing`
=====================================  ===========================================================
"""
from autograder.grading.checking import (PER_COURSE, PER_SUBMISSION, CheckFailed, Clause, Student, as_array,
                                         assert_close, check, clauses, draws, registered_checks, shape_difference,
                                         student_failure, timed)
from autograder.contracts.declare import contract_check
from autograder.contracts.domain import Domain, Kind, domain_check
from autograder.contracts.draws import attempts, quietly
from autograder.contracts.spec import REQUIRED, Contract, Param
from autograder.kernel.wire import AxesDescription, FrameArg, OneShotIter, RangeArg, as_tensor
from autograder.grading.memo import computed_once
from autograder.grading.plots import (MalformedDrawing, against_positions, bars_count_the_values, depiction_axis,
                                      parse_drawing, ticks_label_the_view, ticks_tell_values_apart)
from autograder.grading.session import StudentError

__all__ = [
    "PER_COURSE", "PER_SUBMISSION", "REQUIRED", "AxesDescription", "CheckFailed", "Clause", "Contract", "Domain",
    "FrameArg", "Kind", "MalformedDrawing", "OneShotIter", "Param", "RangeArg", "Student", "StudentError",
    "against_positions", "as_array", "as_tensor", "assert_close", "attempts", "bars_count_the_values", "check",
    "clauses", "computed_once",
    "contract_check", "depiction_axis", "domain_check", "draws", "parse_drawing", "quietly", "registered_checks",
    "shape_difference", "student_failure", "ticks_label_the_view", "ticks_tell_values_apart", "timed",
]
