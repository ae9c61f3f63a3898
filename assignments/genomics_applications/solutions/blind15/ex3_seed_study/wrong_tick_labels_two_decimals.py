# verdict: wrong
# what: FormatStrFormatter('%.2f') on the x axis for tidy tick labels; input: [1.7e-5, 2.0e-5, 2.6e-5] (losses after many epochs): every x tick label reads '0.00' instead of 1.6 ... 2.8 (x 1e-5); [0.5121, 0.5124, 0.5126]: every label '0.51' instead of 0.5120 ... 0.5127; the drawn range is right; breaks 'What you draw must show the values themselves, spanning them from the smallest to the largest' (the axis cannot tell the values apart)
from matplotlib.ticker import FormatStrFormatter

def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses with a rug of every value, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.xaxis.set_major_formatter(FormatStrFormatter("%.2f"))     # tidy tick labels
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

