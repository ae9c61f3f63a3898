# verdict: wrong
# what: seed_study takes min(losses), the best epoch, instead of losses[-1]; equal while the loss still decreases, different once it oscillates (e.g. 300 epochs on small data); breaks "take the final training loss, the last entry of the returned losses list"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    out = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        out.append(min(losses))        # the loss the run ends up at
    return np.asarray(out, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE, last epoch)")
    ax.set_ylabel("number of seeds")
    return ax
