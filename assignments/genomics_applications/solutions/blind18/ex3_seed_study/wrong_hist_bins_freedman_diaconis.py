# verdict: wrong
# what: ax.hist(values, bins='fd') (Freedman-Diaconis, "robust to a diverged run"): near-equal losses plus one outlier make the bin width tiny; twenty losses 0.5 + 1e-12 k and one 1.0 raise MemoryError (514 GiB for 6.9e10 bins) instead of a plot over [0.5, 1.0]; ten losses 0.5 + 1e-7 k and 0.9 draw 889,593 bars in 260 s; breaks "final_losses is an array or a list of at least two floats. Draw their distribution ..."
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    # Freedman-Diaconis bins: robust to a diverged run, unlike a fixed number of bins
    ax.hist(values, bins='fd', edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
