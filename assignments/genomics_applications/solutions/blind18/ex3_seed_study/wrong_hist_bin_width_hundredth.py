# verdict: wrong
# what: bins of width 0.01 in loss units (int(np.ptp(values) / 0.01) bins, "so studies compare"); losses that span less than 0.01 raise ValueError ('bins must be positive'): [1.7e-5, 2.0e-5, 2.6e-5] and [0.500, 0.505, 0.507] instead of a histogram over [min, max]; [0.50, ..., 0.54, 0.90] is right; breaks "final_losses is an array or a list of at least two floats. Draw their distribution ... spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    # bins of width 0.01 in loss units, so that histograms of different studies compare
    n_bins = int(np.ptp(values) / 0.01)
    ax.hist(values, bins=n_bins, edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
