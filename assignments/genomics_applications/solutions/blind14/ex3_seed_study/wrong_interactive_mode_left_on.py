# verdict: wrong
# what: calls plt.ion() inside plot_loss_distribution 'to show the figure as soon as it is drawn' and leaves interactive mode on; input: any call, e.g. [0.5, 0.6]: the histogram and rug are right, but afterwards matplotlib.is_interactive() and rcParams['interactive'] are True instead of False, so in the caller's later scripts every pyplot call redraws at once and plt.show() no longer blocks; breaks the format rules' 'matplotlib's settings (with plt.style.context(...) or plt.rc_context, not plt.style.use) ... are the caller's'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    plt.ion()                      # show the figure as soon as it is drawn
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=20)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
