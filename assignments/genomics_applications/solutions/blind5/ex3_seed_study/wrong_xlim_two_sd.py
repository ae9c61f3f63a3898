# verdict: wrong
# what: a strip plot whose x limits are set to mean +/- 2 sd "to zoom in on the spread", so an outlying seed falls outside the visible Axes; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest".
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 2.5))
    ax.plot(values, np.zeros_like(values), 'o', alpha=0.6)
    centre, spread = values.mean(), values.std(ddof=1)
    ax.set_xlim(centre - 2 * spread, centre + 2 * spread)      # focus on the bulk of the seeds
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
