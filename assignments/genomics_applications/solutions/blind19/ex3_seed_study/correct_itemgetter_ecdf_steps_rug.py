# verdict: correct
# what: correct: seed_study maps each seed through train_autoencoder and picks losses[-1] with operator.itemgetter, collected in a tuple; the plot is an empirical CDF drawn with ax.step over the sorted values (from the smallest to the largest, where='post', ends at 0 and 1) plus a rug of every value, on a new figure from plt.figure().add_subplot(); seed_study bitwise equal to the notebook's train_autoencoder (epochs 4) on [3, 1, 2], np.arange(3), an int32 [4, 4], [2**31, 7], range(2), [-3, 4], a generator of [5, 5, 0], (9,) and [2**63 + 1]; the plot, on a new figure with an x label, draws over exactly [min, max] for [0.50, 0.51, 0.52, 0.53, 0.54, 0.90], [10.4, 10.45], [1.7e-5, 2.0e-5, 2.6e-5], an unsorted list, [0.5, 0.5, 0.6], [0.5, 0.5] and 200 values
from operator import itemgetter

_last_loss = itemgetter(-1)


def seed_study(X, seeds, epochs=100):
    finals = tuple(_last_loss(train_autoencoder(X, s, epochs=epochs)[1]) for s in seeds)
    return np.asarray(finals, dtype=np.float64)


def plot_loss_distribution(final_losses):
    v = np.sort(np.asarray(final_losses, dtype=np.float64))
    heights = np.arange(1, v.size + 1) / v.size
    ax = plt.figure(figsize=(7, 4)).add_subplot()
    ax.step(np.r_[v[0], v], np.r_[0.0, heights], where='post', color='C0', label='empirical CDF')
    ax.plot(v, np.zeros_like(v), '|', color='k', markersize=15, label='one seed')
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel('final training loss (MSE in the last epoch)')
    ax.set_ylabel('fraction of seeds with a loss <= x')
    ax.legend(loc='lower right')
    return ax
