# verdict: wrong
# what: histogram bins by a hand-written Freedman-Diaconis rule, width = 2 IQR / n^(1/3) and edges np.arange(min, max + width, width); when the IQR is 0 (all losses equal, e.g. a repeated seed, or most of them tied) the width is 0 and np.arange raises; breaks "final_losses is an array or a list of at least two floats. Draw their distribution"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    q25, q75 = np.percentile(values, [25, 75])
    width = 2.0 * (q75 - q25) / values.size ** (1.0 / 3.0)        # Freedman-Diaconis bin width
    edges = np.arange(values.min(), values.max() + width, width)
    fig, ax = plt.subplots()
    ax.hist(values, bins=edges, edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
