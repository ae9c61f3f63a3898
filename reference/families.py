"""Link functions and exponential-family distributions for IRLS.

A family bundles what one IRLS step needs: the inverse link, the IRLS
weights and working response, the deviance, the response check and the
data-based starting point. All quantities are expressed through the linear
predictor ``eta`` so the logistic case can be evaluated without ever forming
``1 - p`` by subtraction (which loses all precision once ``p`` rounds to 1).

Shapes: ``y``, ``eta`` and ``mu`` are 1-D arrays of shape ``(n_samples,)``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np
from scipy.special import expit, xlogy

from ._validation import check_binary, check_counts, check_positive_finite

__all__ = [
    "Link",
    "LogLink",
    "LogitLink",
    "Family",
    "Poisson",
    "Binomial",
    "NegativeBinomial",
]


class Link(ABC):
    """A monotone link ``eta = g(mu)``."""

    @abstractmethod
    def __call__(self, mu: np.ndarray) -> np.ndarray:
        """Link ``g(mu)``."""

    @abstractmethod
    def inverse(self, eta: np.ndarray) -> np.ndarray:
        """Inverse link ``g^{-1}(eta)``."""

    @abstractmethod
    def deriv(self, mu: np.ndarray) -> np.ndarray:
        """Derivative ``g'(mu) = d eta / d mu``."""


class LogLink(Link):
    """``g(mu) = log(mu)``, ``g^{-1}(eta) = exp(eta)``, ``g'(mu) = 1/mu``."""

    def __call__(self, mu: np.ndarray) -> np.ndarray:
        return np.log(mu)

    def inverse(self, eta: np.ndarray) -> np.ndarray:
        return np.exp(eta)

    def deriv(self, mu: np.ndarray) -> np.ndarray:
        return 1.0 / mu


class LogitLink(Link):
    """``g(p) = log(p / (1 - p))``, ``g^{-1}(eta) = 1 / (1 + exp(-eta))``."""

    def __call__(self, mu: np.ndarray) -> np.ndarray:
        return np.log(mu) - np.log1p(-mu)

    def inverse(self, eta: np.ndarray) -> np.ndarray:
        return expit(eta)

    def deriv(self, mu: np.ndarray) -> np.ndarray:
        return 1.0 / (mu * (1.0 - mu))


class Family(ABC):
    """Base class: generic IRLS quantities from link, variance and response.

    Notes
    -----
    With mean ``mu = g^{-1}(eta)`` and variance function ``V(mu)``, one IRLS
    (Fisher scoring) step regresses the working response

    .. math:: z = \\eta + g'(\\mu)(y - \\mu)

    on ``X`` with weights

    .. math:: w = 1 / (g'(\\mu)^2 V(\\mu)).

    For a canonical link ``X^T W X`` is also the Hessian of the negative
    log-likelihood (observed = expected information).
    """

    name: str = "family"
    link: Link
    canonical: bool = True

    def inverse_link(self, eta: np.ndarray) -> np.ndarray:
        """Mean ``mu`` from linear predictor ``eta``."""
        return self.link.inverse(eta)

    def link_derivative(self, mu: np.ndarray) -> np.ndarray:
        """``g'(mu)``."""
        return self.link.deriv(mu)

    @abstractmethod
    def variance(self, mu: np.ndarray) -> np.ndarray:
        """Variance function ``V(mu)``."""

    @abstractmethod
    def validate_response(self, y: np.ndarray, name: str = "y") -> None:
        """Raise ``ValueError`` if ``y`` is outside the family's support."""

    @abstractmethod
    def starting_mu(self, y: np.ndarray) -> np.ndarray:
        """Fitted means used for the first IRLS step."""

    @abstractmethod
    def deviance(self, y: np.ndarray, eta: np.ndarray) -> float:
        """Deviance ``2 (loglik(saturated) - loglik(fitted))`` as a float."""

    def starting_eta(self, y: np.ndarray) -> np.ndarray:
        """Linear predictor of :meth:`starting_mu`."""
        return self.link(self.starting_mu(y))

    def irls_weights(self, eta: np.ndarray) -> np.ndarray:
        """IRLS weights ``1 / (g'(mu)^2 V(mu))``, shape (n_samples,)."""
        mu = self.inverse_link(eta)
        return 1.0 / (self.link_derivative(mu) ** 2 * self.variance(mu))

    def working_response(self, y: np.ndarray, eta: np.ndarray) -> np.ndarray:
        """Working response ``eta + g'(mu) (y - mu)``, shape (n_samples,)."""
        mu = self.inverse_link(eta)
        return eta + self.link_derivative(mu) * (y - mu)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Poisson(Family):
    """Poisson counts with the canonical log link.

    Notes
    -----
    ``V(mu) = mu``; IRLS weights ``w = mu``; working response
    ``z = eta + (y - mu) / mu``. Deviance

    .. math:: D = 2 \\sum_i [y_i \\log(y_i/\\mu_i) - (y_i - \\mu_i)]

    with ``0 log 0 = 0`` (``scipy.special.xlogy``). The start is
    ``mu0 = y + 0.1`` as in R's ``glm.fit`` ``mustart``: it is positive even
    for zero counts and already close to the data, which keeps the first
    step from overshooting the way a ``beta = 0`` start does for large counts.
    """

    name = "poisson"
    link = LogLink()

    def variance(self, mu: np.ndarray) -> np.ndarray:
        return mu

    def validate_response(self, y: np.ndarray, name: str = "y") -> None:
        check_counts(y, name)

    def starting_mu(self, y: np.ndarray) -> np.ndarray:
        return y + 0.1

    def irls_weights(self, eta: np.ndarray) -> np.ndarray:
        return np.exp(eta)

    def deviance(self, y: np.ndarray, eta: np.ndarray) -> float:
        mu = np.exp(eta)
        return float(2.0 * np.sum(xlogy(y, y / mu) - (y - mu)))


class NegativeBinomial(Family):
    """Negative binomial (NB2) with known dispersion ``alpha`` and log link.

    Parameters
    ----------
    alpha : float
        Dispersion, ``> 0``; ``Var(y) = mu + alpha mu^2``.

    Notes
    -----
    ``V(mu) = mu + alpha mu^2``, ``g'(mu) = 1/mu``, so IRLS weights are
    ``w = mu / (1 + alpha mu)`` and the working response is
    ``z = eta + (y - mu) / mu``. Deviance

    .. math:: D = 2 \\sum_i \\left[y_i \\log(y_i/\\mu_i)
              - (y_i + 1/\\alpha) \\log\\frac{1 + \\alpha y_i}{1 + \\alpha \\mu_i}\\right]

    with ``0 log 0 = 0``. The log link is not canonical for NB, so ``X^T W X``
    is the expected (Fisher) information, not the observed Hessian. Start
    ``mu0 = y + 0.1`` as for :class:`Poisson`.
    """

    name = "negative_binomial"
    link = LogLink()
    canonical = False

    def __init__(self, alpha: float) -> None:
        self.alpha = check_positive_finite(alpha, "alpha")

    def variance(self, mu: np.ndarray) -> np.ndarray:
        return mu + self.alpha * mu**2

    def validate_response(self, y: np.ndarray, name: str = "y") -> None:
        check_counts(y, name)

    def starting_mu(self, y: np.ndarray) -> np.ndarray:
        return y + 0.1

    def irls_weights(self, eta: np.ndarray) -> np.ndarray:
        mu = np.exp(eta)
        return mu / (1.0 + self.alpha * mu)

    def deviance(self, y: np.ndarray, eta: np.ndarray) -> float:
        mu = np.exp(eta)
        a = self.alpha
        # log1p keeps the ratio accurate when alpha*y and alpha*mu are small
        log_ratio = np.log1p(a * y) - np.log1p(a * mu)
        return float(2.0 * np.sum(xlogy(y, y / mu) - (y + 1.0 / a) * log_ratio))

    def __repr__(self) -> str:
        return f"NegativeBinomial(alpha={self.alpha!r})"


class Binomial(Family):
    """Bernoulli (0/1) response with the canonical logit link.

    Notes
    -----
    ``V(p) = p (1 - p)``; IRLS weights ``w = p (1 - p)`` and working response
    ``z = eta + (y - p) / (p (1 - p))``. Both are evaluated from ``eta`` as
    ``p = expit(eta)``, ``1 - p = expit(-eta)`` so neither factor is formed by
    cancellation. Deviance for 0/1 ``y`` (the saturated log-likelihood is 0):

    .. math:: D = -2 \\sum_i [y_i \\log p_i + (1 - y_i) \\log(1 - p_i)]
              = 2 \\sum_i [y_i \\log(1 + e^{-\\eta_i}) + (1 - y_i) \\log(1 + e^{\\eta_i})]

    computed with ``logaddexp(0, .)``, exact for any finite ``eta``.
    The start is ``beta = 0``, i.e. ``p0 = 1/2`` for every observation.
    """

    name = "binomial"
    link = LogitLink()

    def variance(self, mu: np.ndarray) -> np.ndarray:
        return mu * (1.0 - mu)

    def validate_response(self, y: np.ndarray, name: str = "y") -> None:
        check_binary(y, name)

    def starting_mu(self, y: np.ndarray) -> np.ndarray:
        return np.full(y.shape, 0.5)

    def starting_eta(self, y: np.ndarray) -> np.ndarray:
        # logit(1/2) is exactly 0; say so rather than rely on rounding
        return np.zeros(y.shape)

    def irls_weights(self, eta: np.ndarray) -> np.ndarray:
        return expit(eta) * expit(-eta)

    def working_response(self, y: np.ndarray, eta: np.ndarray) -> np.ndarray:
        p, q = expit(eta), expit(-eta)
        residual = y * q - (1.0 - y) * p  # y - p without cancellation for 0/1 y
        return eta + residual / (p * q)

    def deviance(self, y: np.ndarray, eta: np.ndarray) -> float:
        return float(2.0 * np.sum(y * np.logaddexp(0.0, -eta) + (1.0 - y) * np.logaddexp(0.0, eta)))
