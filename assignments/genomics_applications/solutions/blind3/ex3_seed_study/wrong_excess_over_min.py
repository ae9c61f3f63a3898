# verdict: wrong
# what: plot_loss_distribution plots each loss minus the smallest loss ("excess over the best seed"), a shifted copy of the values, so the plot does not show the losses themselves; breaks "What you draw must show the values themselves ...: not transformed values"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Strip plot of how much worse each seed is than the best one; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    excess = values - values.min()
    fig, ax = plt.subplots()
    ax.scatter(excess, np.zeros_like(excess), alpha=0.7)
    ax.set_yticks([])
    ax.set_xlabel("final training loss above the best seed")
    return ax
