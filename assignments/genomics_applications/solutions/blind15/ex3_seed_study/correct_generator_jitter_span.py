# verdict: correct
# what: correct: the seeds are consumed by a small generator function yielding one float per seed, collected with np.array(list(...), dtype=np.float64); the plot is a jittered strip of every loss (jitter from a private np.random.default_rng(0), so no global stream is touched) over a shaded band from the smallest to the largest loss and a median line, on plt.figure().add_subplot()
def _final_losses(X, seeds, epochs):
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        yield float(losses[-1])


def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array(list(_final_losses(X, seeds, epochs)), dtype=np.float64)


def plot_loss_distribution(final_losses):
    """Strip plot of the final losses (one point per seed) over their range, on a new figure."""
    v = np.array(final_losses, dtype=np.float64)
    ax = plt.figure(figsize=(7, 3)).add_subplot()
    jitter = np.random.default_rng(0).uniform(-0.3, 0.3, size=v.size)
    ax.axvspan(v.min(), v.max(), color="0.9", zorder=0)
    ax.axvline(np.median(v), color="tab:red", lw=1, label="median")
    ax.scatter(v, jitter, s=30, color="tab:blue", edgecolor="black", zorder=3, label="one seed")
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_xlabel("final training loss (MSE, last epoch)")
    ax.legend(loc="upper right")
    return ax
