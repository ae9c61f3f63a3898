# verdict: wrong
# what: seed_study validates with "if not seeds: raise", a truth test that raises for a numpy integer array of two or more seeds (ambiguous truth value) and rejects np.array([0]); breaks "seeds is any iterable of at least one integer: a list, a tuple, a range, a numpy integer array, or a generator"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    if not seeds:
        raise ValueError("seed_study needs at least one seed")
    finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE, last epoch)")
    ax.set_ylabel("number of seeds")
    return ax
