# verdict: correct
# what: correct: each seed's run is kept as a small dataclass record (seed, final loss) built from train_autoencoder(X, seed, epochs=epochs), one pass over any iterable, returned as np.array([...], dtype=np.float64) in the given order; the plot is a normal-free quantile plot: the sorted losses against their Hazen plotting positions (i - 1/2)/n as markers joined by a thin line, with a vertical line at the median, on plt.figure().add_subplot(), x axis labelled; bitwise equal to reference.seed_study on the ordinary seed forms of the README and drawn over [min, max] on every plot input
from dataclasses import dataclass


@dataclass(frozen=True)
class _Run:
    seed: int
    final_loss: float


def seed_study(X, seeds, epochs=100):
    """Final training loss (losses[-1]) of the notebook's train_autoencoder for each seed, in order."""
    runs = []
    for seed in seeds:                                    # iterated once: generators work too
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        runs.append(_Run(seed=seed, final_loss=losses[-1]))
    return np.array([run.final_loss for run in runs], dtype=np.float64)


def plot_loss_distribution(final_losses):
    """Quantile plot of the final losses: each loss at its own x, against its plotting position."""
    values = np.sort(np.asarray(final_losses, dtype=np.float64))
    positions = (np.arange(1, values.size + 1) - 0.5) / values.size
    ax = plt.figure().add_subplot()
    ax.plot(values, positions, marker="o", linestyle="-", linewidth=0.8)
    ax.axvline(np.median(values), color="grey", linestyle=":", label="median")
    ax.set_ylim(0.0, 1.0)
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("plotting position (i - 1/2) / n")
    ax.legend(loc="lower right")
    return ax
