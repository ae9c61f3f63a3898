# verdict: wrong
# what: plot_loss_distribution reuses one named figure (plt.figure('final losses'), cleared each call) and adds a fresh Axes to it, so a second call wipes the first call's plot and both Axes share one figure; breaks "Draw their distribution on a new figure"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig = plt.figure("final losses")     # one window for this plot, not a new one per call
    fig.clf()
    ax = fig.add_subplot(1, 1, 1)
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
