# verdict: correct
# what: seed_study with np.fromiter over a generator expression (works for one-shot iterables and numpy seeds); plot_loss_distribution draws an ECDF step curve plus a rug of the raw values on a new figure
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    return np.fromiter((train_autoencoder(X, int(s), epochs=epochs)[1][-1] for s in seeds),
                       dtype=np.float64)


def plot_loss_distribution(final_losses):
    """Empirical CDF of the final losses, with a rug of the values; returns the Axes."""
    v = np.sort(np.asarray(final_losses, dtype=np.float64).ravel())
    frac = np.arange(1, v.size + 1) / v.size
    fig = plt.figure()
    ax = fig.add_subplot()
    ax.step(v, frac, where="post", color="tab:blue")
    ax.plot(v, np.zeros_like(v), "|", color="black", markersize=12)
    ax.set_xlabel("final training loss per seed")
    ax.set_ylabel("fraction of seeds <= x")
    return ax
