# verdict: wrong
# what: calls os.nice(10) in every seed_study call to be nice on a shared machine; an unprivileged process cannot raise its priority again; input: any call, e.g. seed_study(X, [0], epochs=2) from a process at niceness 9: os.nice(0) is 19 afterwards instead of 9 (from niceness 0: 10, then 19 after a second call); the losses are right; breaks the format rules' 'each must leave the session as it found it'
import os

def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    os.nice(10)          # a long study: be nice to the other users of the (shared) machine
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses with a rug of every value, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

