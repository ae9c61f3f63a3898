# verdict: wrong
# what: the histogram is drawn with ax.hist(..., align='left') ("bars starting at their bin"), but align='left' centres each bar on its left bin edge, so the drawing is shifted by half a bin and the largest loss is no longer covered; [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] is drawn over [0.4667, 0.8667] instead of [0.50, 0.90], and [10.4, 10.45] over [10.3875, 10.4375], so 10.45 lies outside every bar; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure, x axis labelled."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), align="left", edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
