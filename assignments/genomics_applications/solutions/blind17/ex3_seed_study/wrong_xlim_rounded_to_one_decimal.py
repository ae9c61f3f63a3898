# verdict: wrong
# what: the x limits are "tidied" to one decimal with round(min, 1) and round(max, 1), which can cut the extreme values off instead of widening the view (floor/ceil would); for [0.56, 0.65, 0.74] the view is (0.6, 0.7), so 0.56 and 0.74 are out of view; for [0.56, 0.61, 0.64] both ends round to 0.6, matplotlib widens the equal limits to (0.57, 0.63) and 0.56 and 0.64 are out of view; [10.4, 10.45] gets (9.88, 10.92), both losses squeezed into 5 % of the width (reference view (10.3975, 10.4525)); [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] is right; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram and rug of the final losses on a new figure, with tidy x limits."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlim(round(values.min(), 1), round(values.max(), 1))     # round numbers at the ends
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
