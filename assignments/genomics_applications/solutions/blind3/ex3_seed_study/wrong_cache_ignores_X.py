# verdict: wrong
# what: seed_study memoises final losses in a module-level dict keyed on (seed, epochs) only, so a later call with different data X returns the losses of the first data set; breaks "for each seed in seeds ... train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs)"
_FINAL_LOSS_CACHE = {}


def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed (cached: training is slow)."""
    finals = []
    for seed in seeds:
        key = (int(seed), int(epochs))
        if key not in _FINAL_LOSS_CACHE:
            _FINAL_LOSS_CACHE[key] = train_autoencoder(X, seed, epochs=epochs)[1][-1]
        finals.append(_FINAL_LOSS_CACHE[key])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE, last epoch)")
    ax.set_ylabel("number of seeds")
    return ax
