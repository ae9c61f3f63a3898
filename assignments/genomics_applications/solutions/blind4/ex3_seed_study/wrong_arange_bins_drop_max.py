# verdict: wrong
# what: fixed-width bins built with np.arange(lo, hi, width), which stops before hi: the largest loss lies outside the last bin and is not drawn. Breaks "spanning them from the smallest to the largest".
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    n_bins = min(10, values.size)
    lo, hi = values.min(), values.max()
    width = (hi - lo) / n_bins
    edges = np.arange(lo, hi, width)               # equal-width bins from the smallest value
    fig, ax = plt.subplots()
    ax.hist(values, bins=edges, edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
