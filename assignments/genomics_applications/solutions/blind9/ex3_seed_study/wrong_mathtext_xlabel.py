# verdict: wrong
# what: a LaTeX habit in the label, r'final training loss ($\textrm{MSE}$ after the last epoch)': \textrm is not matplotlib mathtext, so the figure cannot be drawn (ax.figure.canvas.draw(), savefig or plt.show() raise ValueError from the mathtext parser) on every input, although get_xlabel() is non-empty and the histogram and rug span [min, max]; breaks "Draw their distribution on a new figure ... Give the x axis ... a non-empty label that says what is plotted" (nothing can be shown)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.sort(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), alpha=0.6)
    ax.plot(values, np.zeros_like(values), '|', color='k', markersize=15)
    ax.set_xlabel(r'final training loss ($\textrm{MSE}$ after the last epoch)')
    ax.set_ylabel(r'number of seeds')
    return ax
