"""Named warnings and errors raised by the reference solutions.

Every numerical failure mode of the reference code has its own class, so a
caller (or a grading test) can catch exactly the condition it expects and a
TA reading a traceback sees what went wrong without reading the source.
"""

from __future__ import annotations

__all__ = [
    "ConvergenceWarning",
    "PerfectSeparationWarning",
    "RankDeficientError",
    "IRLSDivergenceError",
]


class ConvergenceWarning(UserWarning):
    """An iterative fit stopped at ``max_iter`` before meeting its tolerance."""


class PerfectSeparationWarning(ConvergenceWarning):
    """Logistic fitted probabilities reached 0/1: the MLE does not exist.

    A subclass of :class:`ConvergenceWarning` because separation is the most
    common reason a logistic IRLS fit fails to converge; filtering
    ``ConvergenceWarning`` therefore also filters this one.
    """


class RankDeficientError(ValueError):
    """A design matrix is numerically rank deficient.

    Parameters
    ----------
    message : str
        Human-readable explanation; should include the condition number.
    condition_number : float
        Ratio of largest to smallest singular value (``inf`` when the
        smallest is exactly zero).
    """

    def __init__(self, message: str, condition_number: float) -> None:
        super().__init__(message)
        self.condition_number = condition_number


class IRLSDivergenceError(ArithmeticError):
    """IRLS produced non-finite coefficients, fitted means or deviance.

    Raised instead of letting ``inf``/``nan`` propagate silently, typically
    because the starting point was far from the solution (for example a
    Poisson fit started at ``beta = 0`` for counts in the hundreds).
    """
