# verdict: wrong
# what: the tick labels are formatted before anything is drawn, ax.set_xticks(ax.get_xticks()) and ax.set_xticklabels(f'{t:.2f}' ...) on the new empty Axes (ticks 0, 0.2, ..., 1), which fixes those six ticks and labels; the histogram then autoscales the view to the values but the ticks stay at 0, 0.2, ..., 1: for [10.4, 10.45] and for [1.7e-5, 2.0e-5, 2.6e-5] no tick falls in the view, so the x axis carries no number at all (reference: ticks 10.40 ... 10.45 and 1.8 ... 2.6 (x 1e-5)), and for [0.56, 0.61, 0.64] the only tick is 0.60; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest" (the bars are in view, but the axis does not say where they are)
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure, with two-decimal tick labels."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.set_xticks(ax.get_xticks())
    ax.set_xticklabels([f"{t:.2f}" for t in ax.get_xticks()])
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
