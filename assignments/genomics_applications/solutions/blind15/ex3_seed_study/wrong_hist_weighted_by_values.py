# verdict: wrong
# what: ax.hist(values, weights=values): the bar heights are sums of losses per bin, not numbers of seeds; input: [0.1, 0.1, 0.1, 1.0]: bars of height 0.3 and 1.0 (the single large loss looks the most frequent) instead of 3 and 1; [0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: 2.6 and 0.9 instead of 5 and 1; the x range is right; breaks 'Draw their distribution ... What you draw must show the values themselves ... not transformed values'
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), weights=values, edgecolor="black")
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("loss per bin")
    return ax

