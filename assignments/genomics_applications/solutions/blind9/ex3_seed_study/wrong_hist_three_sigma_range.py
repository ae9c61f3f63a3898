# verdict: wrong
# what: histogram bins fixed to mean +/- 3 sd: the bars overshoot the data ([0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: bars over [0.441, 1.010] instead of [0.50, 0.90]) and, from 11 values on, an outlier more than 3 sd out is not counted (linspace(0.50, 0.52, 11) plus 0.90: 11 of 12 values counted, bars over [0.478, 0.543], the 0.90 missing); breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    centre, spread = values.mean(), values.std()
    # bins over mean +/- 3 sd: covers the distribution without wasting bins on empty space
    lo, hi = (centre - 3 * spread, centre + 3 * spread) if spread > 0 else (centre - 0.5, centre + 0.5)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), range=(lo, hi), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
