# verdict: wrong
# what: draws a histogram plus a scipy.stats.gaussian_kde curve; when the losses are equal (seed_study(X, [2, 2]) gives two equal entries) gaussian_kde raises numpy.linalg.LinAlgError (singular data covariance) instead of returning an Axes: plot([0.5, 0.5]): LinAlgError, reference: an Axes (three equal values such as [0.61] * 3 happen to escape through a rounding-level variance); breaks "final_losses is an array or a list of at least two floats. Draw their distribution ..." (and "A seed that appears twice gives two entries")
# The KDE makes the histogram of few values easier to read; the student never tried equal values.
from scipy.stats import gaussian_kde
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), density=True, alpha=0.5, edgecolor="black")
    grid = np.linspace(values.min(), values.max(), 200)
    ax.plot(grid, gaussian_kde(values)(grid), color="tab:red")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("density")
    return ax
