# verdict: correct
# what: correct: seed_study as itertools.starmap(train_autoencoder, zip(repeat(X), seeds, repeat(epochs))) with operator.itemgetter(-1) on each losses list; the plot is a Wilkinson dot plot (every loss as a dot at its own value, stacked within histogram bins, thin stems), on fig = plt.figure(); ax = fig.subplots()
import itertools
import operator


def seed_study(X, seeds, epochs=100):
    runs = itertools.starmap(train_autoencoder, zip(itertools.repeat(X), seeds, itertools.repeat(epochs)))
    last_loss = operator.itemgetter(-1)
    return np.array([last_loss(losses) for _model, losses in runs], dtype=np.float64)


def plot_loss_distribution(final_losses):
    v = np.sort(np.asarray(final_losses, dtype=np.float64).ravel())
    # a Wilkinson dot plot: every loss drawn at its own value, stacked within histogram bins
    edges = np.histogram_bin_edges(v, bins=min(12, v.size))
    bin_of = np.clip(np.searchsorted(edges, v, side='right') - 1, 0, edges.size - 2)
    level = np.zeros(v.size)
    for b in np.unique(bin_of):
        members = bin_of == b
        level[members] = np.arange(1, members.sum() + 1)
    fig = plt.figure()
    ax = fig.subplots()
    ax.scatter(v, level, s=40, zorder=3)
    ax.vlines(v, 0, level, color='grey', lw=0.5, zorder=2)
    ax.set_ylim(0, level.max() + 1)
    ax.set_xlabel('final training loss (MSE at the last epoch)')
    ax.set_ylabel('seeds (stacked per bin)')
    return ax
