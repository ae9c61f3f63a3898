# verdict: wrong
# what: default epochs=300 (taken from the notebook's "Try seed_study(X_expr, range(10), epochs=300)") instead of the signature's epochs=100; seed_study(X, seeds) without epochs trains three times as long.
def seed_study(X, seeds, epochs=300):
    return np.array([float(train_autoencoder(X, s, epochs=epochs)[1][-1]) for s in seeds])


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='white')
    ax.plot(values, np.zeros_like(values), '|', color='k', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('seeds')
    return ax
