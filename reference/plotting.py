"""Exercise 3's figure: the distribution of final losses over seeds."""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["plot_loss_distribution"]


def plot_loss_distribution(final_losses: Any, ax: Any = None) -> Any:
    """Histogram with a rug of the final training losses, one per seed.

    Parameters
    ----------
    final_losses : array_like of shape (n_seeds,)
        Finite final losses (MSE per entry), e.g. from :func:`reference.seed_study`.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure is made if omitted.

    Returns
    -------
    matplotlib.axes.Axes
        With x axis labelled ``'final training loss (MSE)'``.
    """
    losses = np.asarray(final_losses, dtype=np.float64)
    if losses.ndim != 1 or losses.size < 1:
        raise ValueError(f"final_losses must be a non-empty 1-D array; got shape {losses.shape}")
    if not np.all(np.isfinite(losses)):
        raise ValueError(f"final_losses must be finite; got {losses!r}")
    import matplotlib.pyplot as plt  # deferred: keeps `import reference` light

    if ax is None:
        _, ax = plt.subplots(figsize=(6, 4))
    ax.hist(losses, bins=min(10, losses.size), color="tab:blue", alpha=0.6, edgecolor="white")
    # a rug shows every seed even when the histogram bins merge them
    ax.plot(losses, np.zeros_like(losses), "|", color="black", markersize=20, clip_on=False)
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    spread = losses.std(ddof=1) if losses.size > 1 else 0.0
    ax.set_title(f"Final loss over {losses.size} seeds (sd {spread:.2g})")
    return ax
